"""The remote-store backend: kg build publishes into a real Oxigraph server (SPARQL Update or Graph
Store Protocol), the server reads the release back from it, and a store that is gone is a 503."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kg import config
from kg.build import build
from kg.remote import RemoteStore
from kg.store import ReleaseDirectory
from tests.conftest import BASE, SEED_RECORDS, LiveServer, OxigraphServer, free_port

PERSONS = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/Person> }"


@pytest.fixture
def own_oxigraph(tmp_path: Path) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path / "oxigraph")
    yield server
    server.stop()


def settings_for(server: OxigraphServer, store: Path, **extra: object) -> config.Settings:
    return config.load(environ={}, records=SEED_RECORDS, store=store, base=BASE, **server.settings(**extra))


def count_persons(server: OxigraphServer) -> int:
    r = requests.get(
        f"{server.url}/query", params={"query": PERSONS}, headers={"Accept": "application/sparql-results+json"}
    )
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("mode", ["update", "gsp"])
def test_build_publishes_into_the_remote_store_and_replaces_it_on_rebuild(
    own_oxigraph: OxigraphServer, tmp_path: Path, mode: str
) -> None:
    extra = {"remote_gsp": f"{own_oxigraph.url}/store"} if mode == "gsp" else {}
    settings = settings_for(own_oxigraph, tmp_path / "store", **extra)
    first = build(settings, echo=lambda line: None)
    assert count_persons(own_oxigraph) == 5
    remote = RemoteStore(settings)
    assert remote.release().id == first.release == ReleaseDirectory(settings.store).current().id
    second = build(settings, echo=lambda line: None)
    assert count_persons(own_oxigraph) == 5  # replaced, not added twice
    assert RemoteStore(settings).release().id == second.release != first.release


def test_other_graphs_of_the_remote_store_are_left_alone(own_oxigraph: OxigraphServer, tmp_path: Path) -> None:
    requests.post(
        f"{own_oxigraph.url}/update",
        data="INSERT DATA { GRAPH <urn:other> { <urn:a> <urn:b> <urn:c> } }",
        headers={"Content-Type": "application/sparql-update"},
    ).raise_for_status()
    build(settings_for(own_oxigraph, tmp_path / "store"), echo=lambda line: None)
    r = requests.get(
        f"{own_oxigraph.url}/query",
        params={"query": "ASK { GRAPH <urn:other> { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert r.json()["boolean"] is True


def test_a_remote_store_that_is_gone_gives_503_with_retry_after(tmp_path: Path) -> None:
    gone = f"http://127.0.0.1:{free_port()}"
    settings = config.load(
        environ={}, records=SEED_RECORDS, store=tmp_path / "store", base=BASE, remote_query=f"{gone}/query"
    )
    live = LiveServer(settings)
    try:
        r = requests.get(f"{live.url}/sparql", params={"query": PERSONS})
        assert r.status_code == 503 and r.headers["Retry-After"]
        assert "cannot be reached" in r.json()["detail"]
    finally:
        live.stop()


def test_remote_update_through_the_token_endpoint_changes_the_release(
    own_oxigraph: OxigraphServer, tmp_path: Path
) -> None:
    settings = settings_for(own_oxigraph, tmp_path / "store", update_token="t0ken")
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    try:
        before = RemoteStore(settings).release().id
        r = requests.post(
            f"{live.url}/sparql/update",
            headers={"Authorization": "Bearer t0ken"},
            data={"update": "INSERT DATA { GRAPH <urn:x> { <urn:x> a <https://schema.org/Person> } }"},
        )
        assert r.status_code == 204
        assert count_persons(own_oxigraph) == 6
        after = RemoteStore(settings).release().id
        assert after != before and after.startswith(before + "+")
    finally:
        live.stop()
