"""The remote-store backend: kg build publishes into a real Oxigraph server (SPARQL Update or Graph
Store Protocol), the server reads the release back from it, and a store that is gone is a 503."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote_plus

import pytest
import requests

from kg import config
from kg import remote as remote_module
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
    event = f"{BASE}id/event/2003-07-29-uneasy-allies"
    assert len(remote.describe(event)) > 10
    modified = remote.last_modified(event)  # the record graph's prov:generatedAtTime
    assert modified is not None and modified.tzinfo is not None and modified <= datetime.now(UTC)
    assert remote.last_modified(f"{BASE}id/event/never-published") is None
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


class FailingGateway:
    """A reverse proxy on 127.0.0.1 in front of a store, as deployments put one: it forwards each
    request, but answers a query that mentions <urn:fail> with the given 5xx status itself."""

    def __init__(self, upstream: str, status: int, body: bytes) -> None:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server interface
                data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if "urn:fail" in unquote_plus(data.decode()):  # the form as the store reads it
                    self._send(gateway.status, "text/plain", gateway.body)
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                r = requests.post(upstream + self.path, data=data, headers=headers, timeout=30)
                self._send(r.status_code, r.headers.get("Content-Type", ""), r.content)

            def _send(self, status: int, media_type: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", media_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.status, self.body = status, body
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize(
    ("status", "body", "title"),
    [
        (500, b"Internal Server Error", "Store unavailable"),
        (502, b"Bad Gateway", "Store unavailable"),
        (503, b"Service Unavailable", "Store unavailable"),
        (504, b"Gateway Timeout", "Query time limit exceeded"),
    ],
)
def test_a_remote_store_answering_5xx_to_a_query_gives_503_with_retry_after(
    own_oxigraph: OxigraphServer, tmp_path: Path, status: int, body: bytes, title: str
) -> None:
    build(settings_for(own_oxigraph, tmp_path / "store"), echo=lambda line: None)
    gateway = FailingGateway(own_oxigraph.url, status, body)
    settings = config.load(
        environ={}, records=SEED_RECORDS, store=tmp_path / "store", base=BASE, remote_query=f"{gateway.url}/query"
    )
    live = LiveServer(settings)
    try:
        assert requests.get(f"{live.url}/sparql", params={"query": PERSONS}).json()["results"]["bindings"]
        r = requests.get(f"{live.url}/sparql", params={"query": "ASK { <urn:fail> ?p ?o }"})
        assert r.status_code == 503 and int(r.headers["Retry-After"]) > 0
        assert r.json()["title"] == title and (str(status) in r.json()["detail"] or "stopped" in r.json()["detail"])
    finally:
        live.stop()
        gateway.stop()


@pytest.mark.parametrize(
    "accept",
    ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"],
)
@pytest.mark.parametrize("probe_rows", [3, 10])
def test_an_ordered_answer_first_asked_under_a_small_limit_is_the_whole_answer(
    own_oxigraph: OxigraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, accept: str, probe_rows: int
) -> None:
    """Five persons, ordered, with the row cap's LIMIT: under a probe of 3 rows the answer is asked
    again whole, under 10 the probe's answer is the whole one; either way the store's own answer to
    the query as written, in each results format."""
    settings = settings_for(own_oxigraph, tmp_path / "store")
    build(settings, echo=lambda line: None)
    monkeypatch.setattr(remote_module, "PROBE_ROWS", probe_rows)
    query = (
        "SELECT ?p ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } "
        "ORDER BY DESC(?name)"
    )
    capped = query + "\nLIMIT 100000\n"
    direct = requests.post(f"{own_oxigraph.url}/query", data={"query": query}, headers={"Accept": accept}, timeout=30)
    answer = RemoteStore(settings).query(capped, lambda kind: accept)
    assert answer.media_type == accept
    assert answer.body == direct.content
    assert direct.content.count(b"/id/person/") == 5  # all five, in the store's order
