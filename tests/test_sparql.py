"""/sparql over real HTTP with real clients, against both backends: the embedded store and a real
Oxigraph server as remote store (published to by the real `kg build`)."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, VOID
from SPARQLWrapper import JSON, XML, SPARQLWrapper

from kg import config
from kg.build import build
from kg.vocab import SCHEMA
from server.service_description import SD
from tests.conftest import BASE, SEED_RECORDS, LiveServer, OxigraphServer, iri

TIME_LIMIT_S = 2.0
UPDATE_TIME_LIMIT_S = 10.0  # publishing a release takes longer than a query on a busy machine
MAX_ROWS = 40
NAMES = (
    "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
)
SPEAKERS = ["Chen Jian", "Hazel Smith", "Robert M. Hathaway", "Samuel S. Kim", "Timothy Hildebrandt"]
PERSONS = (
    "CONSTRUCT { ?p <https://schema.org/name> ?n } "
    "WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }"
)
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
EVENT_GRAPH = BASE + "graph/event/2003-07-29-uneasy-allies"


class Endpoint:
    def __init__(self, live: LiveServer, backend: str) -> None:
        self.live, self.backend = live, backend
        self.url = f"{live.url}/sparql"


def _settings(store: Path, **extra: object) -> config.Settings:
    return config.load(
        environ={},
        records=SEED_RECORDS,
        store=store,
        base=BASE,
        max_result_rows=MAX_ROWS,
        **{"query_timeout_s": TIME_LIMIT_S, **extra},
    )


@pytest.fixture(scope="session", params=["embedded", "remote"])
def endpoint(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    store = tmp_path_factory.mktemp(f"sparql-{request.param}")
    extra = request.getfixturevalue("oxigraph").settings() if request.param == "remote" else {}
    settings = _settings(store, **extra)
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    _start_query_workers(f"{live.url}/sparql")
    yield Endpoint(live, request.param)
    live.stop()


def _start_query_workers(url: str) -> None:
    """The first query starts the query workers and waits for one, without its time limit running:
    tests that time a query begin with a worker up."""
    assert requests.get(url, params={"query": "ASK {} # workers started"}, timeout=120).status_code == 200


def bindings(r: requests.Response, var: str) -> list[str]:
    return [b[var]["value"] for b in r.json()["results"]["bindings"]]


# -- protocol --------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_select_three_ways(endpoint: Endpoint, how: str) -> None:
    if how == "get":
        r = requests.get(endpoint.url, params={"query": NAMES})
    elif how == "form":
        r = requests.post(endpoint.url, data={"query": NAMES})
    else:
        r = requests.post(endpoint.url, data=NAMES.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/sparql-results+json")
    assert bindings(r, "name") == SPEAKERS


def test_every_result_format_says_the_same(endpoint: Endpoint) -> None:
    answers = {}
    for media_type in (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ):
        r = requests.get(endpoint.url, params={"query": NAMES}, headers={"Accept": media_type})
        assert r.status_code == 200 and r.headers["Content-Type"].startswith(media_type)
        answers[media_type] = r.text
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    from_xml = [e.text for e in ET.fromstring(answers["application/sparql-results+xml"]).findall(".//r:literal", ns)]
    from_csv = [row["name"] for row in csv.DictReader(io.StringIO(answers["text/csv"]))]
    from_tsv = [line.strip('"') for line in answers["text/tab-separated-values"].splitlines()[1:]]
    from_json = [
        b["name"]["value"] for b in json.loads(answers["application/sparql-results+json"])["results"]["bindings"]
    ]
    assert from_json == from_xml == from_csv == from_tsv == SPEAKERS


@pytest.mark.parametrize(
    ("media_type", "syntax"),
    [
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/n-quads", "nquads"),
        ("application/trig", "trig"),
    ],
)
def test_construct_in_every_rdf_format(endpoint: Endpoint, media_type: str, syntax: str) -> None:
    r = requests.post(endpoint.url, data={"query": PERSONS}, headers={"Accept": media_type})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(media_type)
    graph = Graph()
    graph.parse(data=r.text, format=syntax)
    assert sorted(str(o) for o in graph.objects(None, SCHEMA.name)) == SPEAKERS


def test_ask_and_describe(endpoint: Endpoint) -> None:
    r = requests.get(endpoint.url, params={"query": "ASK { ?s a <https://schema.org/Event> }"})
    assert r.json()["boolean"] is True
    r = requests.get(
        endpoint.url, params={"query": f"DESCRIBE <{iri('id/person/chen-jian')}>"}, headers={"Accept": "text/turtle"}
    )
    graph = Graph().parse(data=r.text, format="turtle")
    assert (URIRef(iri("id/person/chen-jian")), SCHEMA.name, Literal("Chen Jian")) in graph


def test_default_and_named_graph_uris_are_honoured(endpoint: Endpoint) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Person> }"
    everything = requests.get(endpoint.url, params={"query": count})
    only_event = requests.get(endpoint.url, params={"query": count, "default-graph-uri": EVENT_GRAPH})
    assert int(bindings(everything, "n")[0]) == 5 and int(bindings(only_event, "n")[0]) == 0
    named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = requests.get(endpoint.url, params={"query": named, "named-graph-uri": EVENT_GRAPH})
    assert bindings(r, "g") == [EVENT_GRAPH]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("application/sparql-results+xml;q=0.1, text/tab-separated-values;q=0.9", "text/tab-separated-values"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+json"),
    ],
)
def test_q_values_are_honoured(endpoint: Endpoint, accept: str | None, expected: str) -> None:
    r = requests.get(endpoint.url, params={"query": NAMES}, headers={"Accept": accept or ""})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(expected)


def test_head_answers_like_get_without_a_body(endpoint: Endpoint) -> None:
    r = requests.head(endpoint.url, params={"query": NAMES}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv") and not r.content


def test_format_parameter_and_406(endpoint: Endpoint) -> None:
    r = requests.get(endpoint.url, params={"query": NAMES, "format": "csv"}, headers={"Accept": "text/html"})
    assert r.headers["Content-Type"].startswith("text/csv")
    r = requests.get(endpoint.url, params={"query": PERSONS, "format": "json"})
    assert r.headers["Content-Type"].startswith("application/ld+json")
    r = requests.get(endpoint.url, params={"query": NAMES}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.json()["detail"]


@pytest.mark.parametrize(
    ("request_args", "status", "words"),
    [
        ({"params": {"query": "SELECT * WHERE { ?s ?p "}}, 400, "syntax"),
        ({"params": [("query", NAMES), ("query", NAMES)]}, 400, "exactly one"),
        ({"params": {"query": NAMES, "update": "CLEAR ALL"}}, 400, "/sparql/update"),
        ({"params": {"query": "PREFIX : <http://a/> INSERT DATA { :a :b :c }"}}, 400, "update"),
        ({"params": {"query": "LOAD <http://127.0.0.1:9/x.ttl>"}}, 400, "update"),
        (
            {"method": "POST", "data": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
            400,
            "update",
        ),
        (
            {"method": "POST", "data": b"{}", "headers": {"Content-Type": "application/json"}},
            415,
            "application/sparql-query",
        ),
        ({"method": "POST", "data": {"query": "x" * 1_100_000}}, 413, ""),
    ],
)
def test_protocol_errors_have_honest_statuses(endpoint: Endpoint, request_args: dict, status: int, words: str) -> None:
    arguments = dict(request_args)
    r = requests.request(arguments.pop("method", "GET"), endpoint.url, **arguments)
    assert r.status_code == status
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert words.lower() in (r.json()["title"] + r.json()["detail"]).lower()


# -- real clients ----------------------------------------------------------------------------------


@pytest.mark.parametrize("return_format", [JSON, XML])
def test_sparqlwrapper(endpoint: Endpoint, return_format: str) -> None:
    client = SPARQLWrapper(endpoint.url)
    client.setQuery(NAMES)
    client.setReturnFormat(return_format)
    result = client.query().convert()
    if return_format == JSON:
        names = [b["name"]["value"] for b in result["results"]["bindings"]]
    else:
        names = [e.firstChild.data for e in result.getElementsByTagName("literal")]
    assert names == SPEAKERS


def test_rdflib_sparqlstore(endpoint: Endpoint) -> None:
    graph = Graph(store="SPARQLStore")
    graph.open(endpoint.url)
    assert sorted(str(row[0]) for row in graph.query(NAMES)) == SPEAKERS
    assert (URIRef(iri("id/person/hazel-smith")), RDF.type, SCHEMA.Person) in graph


# -- service description, browser page, CORS, cache ------------------------------------------------


def test_service_description(endpoint: Endpoint) -> None:
    r = requests.get(endpoint.url, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=r.text, format="turtle")
    service = URIRef(endpoint.url)
    assert (service, RDF.type, SD.Service) in graph and (service, SD.endpoint, service) in graph
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.resultFormat, URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV")) in graph
    dataset = graph.value(service, SD.defaultDataset)
    total = requests.get(endpoint.url, params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"})
    assert int(graph.value(dataset, VOID.triples)) == int(bindings(total, "n")[0])


def test_browser_gets_an_offline_query_page(endpoint: Endpoint) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = requests.get(endpoint.url, headers={"Accept": browser})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    assert f'<code id="endpoint-url">{endpoint.url}</code>' in r.text
    assert "Events of a person" in r.text and "Events per year" in r.text and "Speakers of an event" in r.text
    assert "https://" not in r.text.split("<main")[0].replace("https://schema.org", "")
    script = requests.get(f"{endpoint.live.url}/static/sparql.js")
    assert script.status_code == 200 and "fetch(" in script.text and "https://" not in script.text


def test_cors_for_get_post_and_preflight(endpoint: Endpoint) -> None:
    r = requests.get(endpoint.url, params={"query": NAMES}, headers={"Origin": "http://elsewhere.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    r = requests.options(
        endpoint.url,
        headers={
            "Origin": "http://elsewhere.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert r.status_code == 204 and "POST" in r.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in r.headers["Access-Control-Allow-Headers"]


def test_answers_revalidate_with_etag(endpoint: Endpoint) -> None:
    first = requests.get(endpoint.url, params={"query": NAMES}, headers={"Accept": "text/csv"})
    again = requests.get(endpoint.url, params={"query": NAMES}, headers={"Accept": "text/csv"})
    assert first.headers["ETag"] == again.headers["ETag"] and first.content == again.content
    r = requests.get(
        endpoint.url, params={"query": NAMES}, headers={"Accept": "text/csv", "If-None-Match": first.headers["ETag"]}
    )
    assert r.status_code == 304 and not r.content
    other = requests.get(endpoint.url, params={"query": NAMES}, headers={"Accept": "application/sparql-results+xml"})
    assert other.headers["ETag"] != first.headers["ETag"]
    volatile = requests.get(endpoint.url, params={"query": "SELECT (NOW() AS ?t) {}"})
    assert "ETag" not in volatile.headers


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_a_repeated_request_gets_the_same_answer_and_headers(endpoint: Endpoint, how: str) -> None:
    """The second time round a request takes the short way (server/fast_path.py): nothing may differ."""
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } # " + how
    accept = {"Accept": "text/csv;q=0.5, text/tab-separated-values"}
    send = {
        "get": lambda: requests.get(endpoint.url, params={"query": query}, headers=accept),
        "form": lambda: requests.post(endpoint.url, data={"query": query}, headers=accept),
        "direct": lambda: requests.post(
            endpoint.url, data=query, headers={**accept, "Content-Type": "application/sparql-query"}
        ),
    }[how]
    first, again = send(), send()
    assert first.status_code == again.status_code == 200 and first.content == again.content
    assert first.headers["Content-Type"].startswith("text/tab-separated-values")
    assert len(first.content.splitlines()) == MAX_ROWS + 1
    for name in ("Content-Type", "ETag", "Vary", "X-SPARQL-MaxRows", "Access-Control-Allow-Origin"):
        assert first.headers[name] == again.headers[name]
    r = requests.get(endpoint.url, params={"query": query}, headers={**accept, "If-None-Match": first.headers["ETag"]})
    assert r.status_code == 304 and not r.content and r.headers["ETag"] == first.headers["ETag"]
    other = requests.get(endpoint.url, params={"query": query}, headers={"Accept": "text/csv"})
    assert other.headers["Content-Type"].startswith("text/csv") and other.content != first.content


def test_rows_are_capped(endpoint: Endpoint) -> None:
    r = requests.get(endpoint.url, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(r.json()["results"]["bindings"]) == MAX_ROWS and r.headers["X-SPARQL-MaxRows"] == str(MAX_ROWS)
    r = requests.get(endpoint.url, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert len(r.json()["results"]["bindings"]) == 3 and "X-SPARQL-MaxRows" not in r.headers


# -- safety ----------------------------------------------------------------------------------------


def test_runaway_query_is_stopped_while_others_are_answered(endpoint: Endpoint) -> None:
    started = time.monotonic()
    with ThreadPoolExecutor(2) as pool:
        runaway = pool.submit(requests.get, endpoint.url, params={"query": CARTESIAN}, timeout=30)
        time.sleep(0.2)
        quick = [requests.get(endpoint.url, params={"query": NAMES + f" # {i}"}, timeout=30) for i in range(3)]
        r = runaway.result()
    assert r.status_code == 503 and "time limit" in r.json()["title"].lower()
    assert time.monotonic() - started < TIME_LIMIT_S + 3
    assert all(q.status_code == 200 and bindings(q, "name") == SPEAKERS for q in quick)
    after = requests.get(endpoint.url, params={"query": NAMES + " # after"}, timeout=30)
    assert bindings(after, "name") == SPEAKERS


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it is offered."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.socket.close()


@pytest.mark.parametrize(
    "service",
    [
        "SERVICE <http://127.0.0.1:{port}/sparql>",
        "SERVICE SILENT <http://127.0.0.1:{port}/sparql>",
        "SERVICE l:sparql",
        "SERVICE ?where",
        "service <http://127.0.0.1:{port}/sparql>",
    ],
)
def test_service_to_a_host_not_allowed_never_reaches_it(endpoint: Endpoint, service: str) -> None:
    listener = Listener()
    try:
        query = (
            f"PREFIX l: <http://127.0.0.1:{listener.port}/> SELECT * WHERE {{ "
            f"VALUES ?where {{ <http://127.0.0.1:{listener.port}/sparql> }} "
            f"{service.format(port=listener.port)} {{ ?s ?p ?o }} }}"
        )
        r = requests.get(endpoint.url, params={"query": query})
        time.sleep(0.3)
        assert r.status_code == 400 and "SERVICE" in r.json()["detail"]
        assert listener.connections == 0
    finally:
        listener.close()


def test_allow_listed_service_is_federated(oxigraph: OxigraphServer, tmp_path: Path) -> None:
    remote = f"{oxigraph.url}/query"
    requests.post(
        f"{oxigraph.url}/update",
        data="INSERT DATA { GRAPH <urn:fed> { <urn:a> <urn:b> 'federated' } }",
        headers={"Content-Type": "application/sparql-update"},
    ).raise_for_status()
    settings = _settings(tmp_path / "store", service_allow=(remote,))
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    try:
        query = f"SELECT ?o WHERE {{ SERVICE <{remote}> {{ GRAPH <urn:fed> {{ <urn:a> <urn:b> ?o }} }} }}"
        r = requests.get(f"{live.url}/sparql", params={"query": query})
        assert r.status_code == 200 and bindings(r, "o") == ["federated"]
        other = requests.get(f"{live.url}/sparql", params={"query": query.replace(remote, remote + "/x")})
        assert other.status_code == 400
    finally:
        live.stop()
        requests.post(
            f"{oxigraph.url}/update",
            data="DROP SILENT GRAPH <urn:fed>",
            headers={"Content-Type": "application/sparql-update"},
        )


def test_update_endpoint_exists_only_with_a_token_and_requires_it(endpoint: Endpoint, tmp_path: Path) -> None:
    r = requests.post(f"{endpoint.url}/update", data={"update": "CLEAR ALL"})
    assert r.status_code == 404
    settings = _settings(tmp_path / "store", update_token="s3cret", query_timeout_s=UPDATE_TIME_LIMIT_S)
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    try:
        url = f"{live.url}/sparql"
        insert = "INSERT DATA { GRAPH <urn:extra> { <urn:x> <https://schema.org/name> 'Added' } }"
        assert requests.post(f"{url}/update", data={"update": insert}).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert requests.post(f"{url}/update", data={"update": insert}, headers=wrong).status_code == 401
        ask = {"query": "ASK { <urn:x> <https://schema.org/name> 'Added' }"}
        assert requests.get(url, params=ask).json()["boolean"] is False
        token = {"Authorization": "Bearer s3cret"}
        r = requests.post(
            f"{url}/update", data=insert.encode(), headers={**token, "Content-Type": "application/sparql-update"}
        )
        assert r.status_code == 204
        assert requests.get(url, params=ask).json()["boolean"] is True
        refused = requests.post(f"{url}/update", data={"update": "LOAD <http://127.0.0.1:9/x>"}, headers=token)
        assert refused.status_code == 400
    finally:
        live.stop()


def _files(folder: Path) -> dict[int, str]:
    return {path.stat().st_ino: path.name for path in folder.iterdir() if path.is_file()}


class Updatable:
    """The seed data built into its own store, served with updates on (token "s3cret")."""

    def __init__(self, root: Path) -> None:
        settings = _settings(root, update_token="s3cret", query_timeout_s=UPDATE_TIME_LIMIT_S)
        self.root, self.first_release = root, build(settings, echo=lambda line: None).release
        self.live = LiveServer(settings)
        self.url = f"{self.live.url}/sparql"
        _start_query_workers(self.url)

    def update(self, text: str) -> requests.Response:
        return requests.post(
            f"{self.url}/update", data={"update": text}, headers={"Authorization": "Bearer s3cret"}, timeout=60
        )

    def release(self) -> str:
        return requests.get(f"{self.live.url}/readyz", timeout=10).json()["release"]


@pytest.fixture
def updatable(tmp_path: Path) -> Iterator[Updatable]:
    server = Updatable(tmp_path / "store")
    yield server
    server.live.stop()


def test_update_publishes_a_hard_link_copy_and_leaves_the_old_release_as_it_was(updatable: Updatable) -> None:
    insert = "INSERT DATA { GRAPH <urn:extra> { <urn:x> <https://schema.org/name> 'Added' } }"
    assert updatable.update(insert).status_code == 204
    before, after = updatable.first_release, updatable.release()
    assert after != before and after.endswith("-update")
    old, new = updatable.root / "releases" / before, updatable.root / "releases" / after
    shared = _files(old).keys() & _files(new).keys()
    assert any(_files(old)[inode].endswith(".sst") for inode in shared)  # linked, not copied
    ask = "ASK { <urn:x> <https://schema.org/name> 'Added' }"
    assert requests.get(updatable.url, params={"query": ask}).json()["boolean"] is True
    assert bindings(requests.get(updatable.url, params={"query": NAMES}), "name") == SPEAKERS
    answer = ox.Store.read_only(str(old)).query(ask, use_default_graph_as_union=True)
    assert isinstance(answer, ox.QueryBoolean) and not answer  # the old release is unchanged


def test_a_runaway_update_is_stopped_at_the_time_limit_and_publishes_nothing(updatable: Updatable) -> None:
    """Under the update limit: a small update after the runaway takes 1.3-2.4 s at load 20."""
    runaway = (
        "INSERT { GRAPH <urn:big> { ?a <urn:p> ?l } } WHERE { GRAPH ?w { ?a ?b ?c } GRAPH ?x { ?d ?e ?f } "
        "GRAPH ?y { ?g ?h ?i } GRAPH ?z { ?j ?k ?l } "
        "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l))) < 0) }"
    )
    started = time.monotonic()
    r = updatable.update(runaway)
    assert r.status_code == 503 and "time limit" in r.json()["title"].lower()
    assert "nothing was published" in r.json()["detail"] and r.headers["Retry-After"]
    assert time.monotonic() - started < UPDATE_TIME_LIMIT_S + 3
    assert updatable.release() == updatable.first_release
    assert bindings(requests.get(updatable.url, params={"query": NAMES + " # after"}, timeout=30), "name") == SPEAKERS
    small = "INSERT DATA { GRAPH <urn:extra> { <urn:y> <https://schema.org/name> 'Later' } }"
    assert updatable.update(small).status_code == 204  # the lock was released, a worker is there
    assert requests.get(updatable.url, params={"query": "ASK { <urn:y> ?p 'Later' }"}).json()["boolean"] is True
    left = {p.name for p in (updatable.root / "releases").iterdir()}
    assert left == {updatable.first_release, updatable.release()}  # the half-written one was removed
