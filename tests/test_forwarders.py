"""benchmarks/forwarders.py: each forwarder it compares with eventkg passes a query to the store and
the store's answer back, the rows capped as eventkg caps them (a LIMIT lowered, not a second one)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
import requests

from benchmarks import forwarders
from tests.conftest import OxigraphServer

JSON = "application/sparql-results+json"
QUERY = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 2"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path / "oxigraph")
    update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 1, 2, 3 } }"
    requests.post(f"{server.url}/update", data={"update": update}, timeout=10).raise_for_status()
    yield server
    server.stop()


def forwarder(shape: str, store: str, folder: Path) -> AbstractContextManager[str]:
    return forwarders.nginx_forwarder(store, folder) if shape == "nginx" else forwarders.granian_forwarder(shape, store)


@pytest.mark.parametrize("shape", ["wsgi", "rsgi", "nginx"])
def test_a_forwarder_answers_what_the_store_answers(store: OxigraphServer, shape: str, tmp_path: Path) -> None:
    direct = requests.post(f"{store.url}/query", data={"query": QUERY}, headers={"Accept": JSON}, timeout=10)
    with forwarder(shape, f"{store.url}/query", tmp_path) as url:
        answers = [requests.post(url, data={"query": QUERY}, headers={"Accept": JSON}, timeout=10) for _ in range(3)]
    assert len(direct.json()["results"]["bindings"]) == 2
    for answer in answers:  # the second and third on kept connections
        assert answer.status_code == 200, answer.text
        assert answer.headers["Content-Type"].startswith(JSON)
        assert answer.json() == direct.json()
