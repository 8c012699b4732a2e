"""The lean way (server/lean_path.py) takes cold /sparql query requests in front of Flask, and answers
them exactly as the Flask view does: same status, headers (in order) and body, for answers and
refusals alike, over both backends (the embedded store and a real Oxigraph server)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote_plus

import flask
import pytest
import requests

from kg import config
from kg.build import build
from tests.conftest import BASE, SEED_RECORDS, LiveServer, OxigraphServer

TIME_LIMIT_S = 2.0
MAX_ROWS = 40
NAMES = (
    "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
)
PERSONS = (
    "CONSTRUCT { ?p <https://schema.org/name> ?n } "
    "WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }"
)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}
EVENT_GRAPH = BASE + "graph/event/2003-07-29-uneasy-allies"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
NOT_COMPARED = {"date", "server"}  # set by the HTTP server for each response


class Pair:
    """One store served twice: the app as it runs (lean way on) and the same app with every first
    request going through Flask; records which requests reached Flask in the first."""

    def __init__(self, settings: config.Settings) -> None:
        self.lean, self.flask_only = LiveServer(settings), LiveServer(settings, lean=False)
        self.entered_flask: list[str] = []
        flask.request_started.connect(self._entered, sender=self.lean.app, weak=False)
        for server in (self.lean, self.flask_only):  # the query workers start (slowly on a busy machine)
            deadline = time.monotonic() + 60
            while send(server.url, {"params": {"query": "ASK {}"}}).status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.5)

    def _entered(self, sender: flask.Flask, **extra: Any) -> None:
        self.entered_flask.append(f"{flask.request.method} {flask.request.full_path}")

    def __iter__(self) -> Iterator[LiveServer]:
        return iter((self.lean, self.flask_only))

    def stop(self) -> None:
        flask.request_started.disconnect(self._entered, sender=self.lean.app)
        self.lean.stop()
        self.flask_only.stop()


@pytest.fixture(scope="module", params=["embedded", "remote"])
def pair(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    root = tmp_path_factory.mktemp(f"lean-{request.param}")
    remote = OxigraphServer(root / "oxigraph") if request.param == "remote" else None
    settings = config.load(
        environ={},
        records=SEED_RECORDS,
        store=root / "store",
        base=BASE,
        max_result_rows=MAX_ROWS,
        query_timeout_s=TIME_LIMIT_S,
        **(remote.settings() if remote else {}),
    )
    build(settings, echo=lambda line: None)
    served = Pair(settings)
    yield served
    served.stop()
    if remote:
        remote.stop()


def send(url: str, how: dict[str, Any]) -> requests.Response:
    arguments = dict(how)
    return requests.request(arguments.pop("method", "GET"), f"{url}/sparql", timeout=30, **arguments)


def sent(r: requests.Response) -> tuple[int, list[tuple[str, str]], bytes]:
    """What a response says. A body that names the server (the service description) is compared
    with the server's address taken out, and without its length."""
    server = r.url.split("/sparql")[0].encode()
    ignored = NOT_COMPARED | ({"content-length"} if server in r.content else set())
    headers = [(name.lower(), value) for name, value in r.raw.headers.items() if name.lower() not in ignored]
    return r.status_code, headers, r.content.replace(server, b"http://SERVER")


def cold_requests(tag: str) -> list[dict[str, Any]]:
    """Query requests of every shape the lean way takes, each unseen so far (`tag` makes them unique)."""
    names, persons = f"{NAMES} # {tag}", f"{PERSONS} # {tag}"
    return [
        {"params": {"query": names}},
        {"method": "HEAD", "params": {"query": names}, "headers": {"Accept": "text/csv"}},
        {
            "method": "POST",
            "data": {"query": names},
            "headers": {"Accept": "text/csv;q=0.5, text/tab-separated-values"},
        },
        {"method": "POST", "data": names.encode(), "headers": DIRECT},
        {"params": {"query": names, "format": "xml"}, "headers": {"Accept": BROWSER}},
        {"params": {"query": persons, "format": "json"}},
        {"method": "POST", "data": {"query": persons}, "headers": {"Accept": "application/n-quads"}},
        {"params": {"query": f"ASK {{ ?s a <https://schema.org/Event> }} # {tag}"}},
        {"params": {"query": f"DESCRIBE <{BASE}id/person/chen-jian> # {tag}"}, "headers": {"Accept": "text/turtle"}},
        {"params": {"query": f"SELECT (COUNT(*) AS ?n) {{ ?s ?p ?o }} # {tag}", "default-graph-uri": EVENT_GRAPH}},
        {
            "method": "POST",
            "data": {
                "query": f"SELECT DISTINCT ?g {{ GRAPH ?g {{ ?s ?p ?o }} }} # {tag}",
                "named-graph-uri": EVENT_GRAPH,
            },
        },
        {"params": {"query": f"SELECT * {{ ?s ?p ?o }} # {tag}"}},  # capped: X-SPARQL-MaxRows
        {"params": {"query": f"SELECT ?s {{ ?s <https://schema.org/name> 'Chén' }} # {tag} ünïcode"}},
    ]


def test_cold_query_requests_are_answered_without_entering_flask(pair: Pair) -> None:
    pair.entered_flask.clear()
    for how in cold_requests("lean-only"):
        r = send(pair.lean.url, how)
        assert r.status_code == 200, (how, r.text)
    validator = send(pair.flask_only.url, {"params": {"query": NAMES + " # validated"}}).headers["ETag"]
    r = send(pair.lean.url, {"params": {"query": NAMES + " # validated"}, "headers": {"If-None-Match": validator}})
    assert r.status_code == 304  # a cold request that revalidates, answered without evaluating
    assert pair.entered_flask == []
    page = send(pair.lean.url, {"headers": {"Accept": BROWSER}})  # the query page is Flask's
    refused = send(pair.lean.url, {"params": {"query": "SELECT * WHERE { ?s ?p "}})  # rendered by Flask
    assert page.status_code == 200 and refused.status_code == 400
    assert [line.split("?")[0] for line in pair.entered_flask] == ["GET /sparql", "GET /sparql"]


def test_lean_answers_equal_the_flask_views(pair: Pair) -> None:
    entered = len(pair.entered_flask)
    for how in cold_requests("compared"):
        assert sent(send(pair.lean.url, how)) == sent(send(pair.flask_only.url, how)), how
    assert len(pair.entered_flask) == entered


def test_revalidation_is_the_same_on_every_way(pair: Pair) -> None:
    """304s: cold on the lean way, cold through Flask, and repeated (server/fast_path.py) agree."""
    for first, second in ((pair.lean, pair.flask_only), (pair.flask_only, pair.lean)):
        how: dict[str, Any] = {"params": {"query": f"{NAMES} # etag {first.url}"}, "headers": {"Accept": "text/csv"}}
        etag = send(first.url, how).headers["ETag"]
        how["headers"]["If-None-Match"] = etag
        cold, repeated = send(second.url, how), send(first.url, how)
        assert cold.status_code == 304 and not cold.content
        assert sent(cold) == sent(repeated)


@pytest.mark.parametrize(
    "how",
    [
        {"params": {"query": "SELECT * WHERE { ?s ?p "}},
        {"params": {"query": "SELECT * WHERE { ?s ?p "}, "headers": {"Accept": BROWSER}},  # an HTML problem
        {"params": [("query", NAMES), ("query", NAMES)]},
        {"params": {"query": NAMES, "update": "CLEAR ALL"}},
        {"params": {"query": "PREFIX : <http://a/> INSERT DATA { :a :b :c }"}},
        {"params": {"query": "  "}},
        {"params": {"query": NAMES}, "headers": {"Accept": "image/png"}},
        {"params": {"query": PERSONS, "format": "csv"}},
        {"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}},
        {"params": {"query": "SELECT * WHERE { ?s <not an iri> ?o }"}},
        {"method": "POST", "data": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"method": "POST", "data": b"{}", "headers": {"Content-Type": "application/json"}},
        {"method": "POST", "data": {"query": "x" * 1_100_000}},
        {
            "method": "POST",
            "data": b"query=%FF%FE&x=\xff",
            "headers": FORM,
        },
        {
            "method": "POST",
            "data": b"ASK {} # \xff",
            "headers": {"Content-Type": "application/sparql-query; charset=utf-8"},
        },
        {
            "method": "POST",
            "params": {"query": NAMES},
            "data": b"",
            "headers": DIRECT,
        },
        {"method": "POST", "params": {"query": NAMES}, "data": b"", "headers": FORM},
        {"method": "POST", "params": {"query": NAMES}, "data": {"query": NAMES}},  # two queries
        {"method": "POST", "params": {"query": NAMES}, "data": b"x", "headers": {"Content-Type": "text/plain"}},
        {
            "method": "POST",
            "data": b"query=ASK+{}+%23+%ZZ",
            "headers": {"Content-Type": "Application/X-WWW-FORM-urlencoded"},
        },
        {"params": {"query": "ASK {} # %ZZ \u00ff"}, "headers": {"Accept": "text/csv;q=0, */*;q=0.2"}},
        {
            "method": "OPTIONS",
            "headers": {"Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST"},
        },
        {"headers": {"Accept": "text/turtle"}},  # the service description
        {"method": "PUT", "params": {"query": NAMES}},
    ],
)
def test_refusals_and_everything_else_are_the_same(pair: Pair, how: dict[str, Any]) -> None:
    assert sent(send(pair.lean.url, how)) == sent(send(pair.flask_only.url, how))


def test_a_query_over_the_time_limit_is_the_same_503(pair: Pair) -> None:
    lean, through_flask = (send(s.url, {"params": {"query": CARTESIAN}}) for s in (pair.lean, pair.flask_only))
    assert lean.status_code == 503 and lean.headers["Retry-After"]
    assert sent(lean) == sent(through_flask)


def test_the_lean_way_reads_the_same_body_limit(pair: Pair) -> None:
    """A body just under the limit is read by the lean way; one byte more is Flask's 413."""
    limit = pair.lean.app.extensions["kg.settings"].max_request_bytes
    query = f"ASK {{}} #{'x' * (limit - len('ASK {} #'))}"
    assert len(query.encode()) == limit
    direct = {"method": "POST", "data": query.encode(), "headers": DIRECT}
    before = len(pair.entered_flask)
    assert send(pair.lean.url, direct).json()["boolean"] is True and len(pair.entered_flask) == before
    direct["data"] += b"x"
    r = send(pair.lean.url, direct)
    assert r.status_code == 413 and sent(r) == sent(send(pair.flask_only.url, direct))


@pytest.mark.parametrize("headers", [DIRECT, FORM])
def test_a_chunked_body_of_unknown_length_is_read_whole(pair: Pair, headers: dict[str, str]) -> None:
    """HTTP/1.1 lets a client send its body in chunks, without Content-Length: the query is read
    whole (by Flask, which reads to the body's end), never taken for an empty body."""
    body = (f"{NAMES} # chunked" if headers is DIRECT else f"query={quote_plus(NAMES + ' # chunked')}").encode()
    chunked = [send(s.url, {"method": "POST", "data": iter([body[:20], body[20:]]), "headers": headers}) for s in pair]
    whole = send(pair.flask_only.url, {"method": "POST", "data": body, "headers": headers})
    assert all(r.request.headers.get("Transfer-Encoding") == "chunked" for r in chunked)
    assert whole.status_code == 200 and [sent(r) for r in chunked] == [sent(whole)] * 2
