"""Linked-data publishing: every minted IRI dereferences, lifecycle statuses, dataset-level files."""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path
from xml.etree import ElementTree

import extruct
import pytest
import requests
from pyld import jsonld as pyld_jsonld
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.build import build
from kg.vocab import SCHEMA
from tests.conftest import BASE, LiveServer, iri, settings_for
from tests.test_mapping import schema_terms

ACCEPTS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}
RESOURCES = [
    "event/2003-07-29-uneasy-allies",
    "event/2003-07-30-uneasy-allies-capitol-hill",
    "person/chen-jian",
    "organization/indo-pacific-program",
    "organization/columbia-university",
    "report/indo-pacific-program-special-report-115",
    "participation/2003-07-29-uneasy-allies--chen-jian--speaker",
    "dataset/main",
]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.mark.parametrize("path", RESOURCES)
@pytest.mark.parametrize("accept", [*ACCEPTS, "text/html"])
def test_every_kind_of_iri_dereferences_with_every_format(
    base_url: str, http: requests.Session, path: str, accept: str
) -> None:
    first = http.get(f"{base_url}/id/{path}", headers={"Accept": accept}, allow_redirects=False)
    assert first.status_code == 303 and first.headers["Location"].endswith(f"/doc/{path}")
    r = http.get(f"{base_url}/doc/{path}", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(accept)
    assert r.headers["Vary"] == "Accept" and r.headers["ETag"] and r.headers["Last-Modified"]
    suffix = {
        "text/turtle": "ttl",
        "application/ld+json": "jsonld",
        "application/n-triples": "nt",
        "application/rdf+xml": "rdf",
        "text/html": "html",
    }[accept]
    assert r.headers["Content-Location"] == f"/doc/{path}.{suffix}"
    assert all(f"/doc/{path}.{s}" in r.headers["Link"] for s in ("ttl", "jsonld", "nt", "rdf", "html"))
    if accept == "text/html":
        assert "Access-Control-Allow-Origin" not in r.headers
        return
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    graph = Graph().parse(data=r.text, format=ACCEPTS[accept])
    assert (URIRef(iri(f"id/{path}")), None, None) in graph  # the description is about that IRI
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef)}
    assert all(s == URIRef(iri(f"id/{path}")) or (s, None, None) in graph for s in subjects)


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/ontology", "text/turtle"),
        ("/ontology.ttl", "text/turtle"),
        ("/ontology.jsonld", "application/ld+json"),
        ("/shapes", "text/turtle"),
        ("/shapes.nt", "application/n-triples"),
        ("/.well-known/void", "text/turtle"),
    ],
)
def test_ontology_shapes_and_void_dereference(
    base_url: str, http: requests.Session, path: str, media_type: str
) -> None:
    r = http.get(base_url + path, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(media_type)
    graph = Graph().parse(
        data=r.text,
        format={"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt"}[media_type],
    )
    assert len(graph) > 10


def test_ontology_terms_and_shapes_resolve_under_the_base(base_url: str, http: requests.Session) -> None:
    ontology = Graph().parse(data=http.get(f"{base_url}/ontology.ttl").text, format="turtle")
    assert (URIRef(iri("ontology#Participation")), RDF.type, None) in ontology
    shapes = Graph().parse(data=http.get(f"{base_url}/shapes.ttl").text, format="turtle")
    assert (URIRef(iri("shapes#EventShape")), None, None) in shapes


def test_ontology_html_is_generated_documentation(base_url: str, http: requests.Session) -> None:
    r = http.get(f"{base_url}/ontology", headers={"Accept": "text/html"})
    assert r.status_code == 200
    for term in ("Participation", "statedAffiliation", "formerName", "relatedEvent"):
        assert term in r.text
    shapes = http.get(f"{base_url}/shapes", headers={"Accept": "text/html"})
    assert "EventShape" in shapes.text and "exactly one name" in shapes.text


def test_406_and_304(base_url: str, http: requests.Session) -> None:
    assert (
        http.get(
            f"{base_url}/doc/report/indo-pacific-program-special-report-115", headers={"Accept": "application/pdf"}
        ).status_code
        == 406
    )
    assert http.get(f"{base_url}/ontology", headers={"Accept": "application/pdf"}).status_code == 406
    first = http.get(f"{base_url}/doc/event/2003-07-29-uneasy-allies", headers={"Accept": "text/turtle"})
    again = http.get(
        f"{base_url}/doc/event/2003-07-29-uneasy-allies",
        headers={"Accept": "text/turtle", "If-None-Match": first.headers["ETag"]},
    )
    assert again.status_code == 304
    since = http.get(
        f"{base_url}/doc/event/2003-07-29-uneasy-allies",
        headers={"Accept": "text/turtle", "If-Modified-Since": first.headers["Last-Modified"]},
    )
    assert since.status_code == 304


def test_event_jsonld_read_by_extruct_and_expanded_by_pyld_offline(base_url: str, http: requests.Session) -> None:
    html = http.get(f"{base_url}/doc/event/2003-07-29-uneasy-allies", headers={"Accept": "text/html"}).text
    data = extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
    assert len(data) == 1

    def no_network(url: str, options: dict | None = None) -> dict:
        raise AssertionError(f"pyld tried to fetch {url}")

    expanded = pyld_jsonld.expand(data[0], {"documentLoader": no_network})
    event = expanded[0]
    s = "https://schema.org/"
    assert event["@type"] == [f"{s}Event"] and event["@id"] == iri("id/event/2003-07-29-uneasy-allies")
    assert event[f"{s}name"][0]["@value"].startswith("Uneasy Allies")
    assert event[f"{s}startDate"][0]["@value"] == "2003-07-29T15:00:00-04:00"
    assert event[f"{s}endDate"][0]["@value"] == "2003-07-29T17:00:00-04:00"
    assert {p["@id"] for p in event[f"{s}performer"]} == {
        iri("id/person/chen-jian"),
        iri("id/person/hazel-smith"),
        iri("id/person/samuel-s-kim"),
    }
    assert event[f"{s}organizer"][0]["@id"] == iri("id/organization/indo-pacific-program")
    assert event[f"{s}description"] and event[f"{s}url"]
    assert not any(key.startswith(iri("ontology#")) for key in event)  # crawlers get schema.org only


def test_related_meeting_jsonld_has_a_place(base_url: str, http: requests.Session) -> None:
    html = http.get(f"{base_url}/doc/event/2003-07-30-uneasy-allies-capitol-hill.html").text
    data = extruct.extract(html, syntaxes=["json-ld"])["json-ld"][0]
    assert data["location"] == {"@type": "Place", "name": "Capitol Hill"}
    assert data["startDate"] == "2003-07-30"


def test_person_page_is_a_profile_page(base_url: str, http: requests.Session) -> None:
    html = http.get(f"{base_url}/doc/person/chen-jian.html").text
    data = extruct.extract(html, syntaxes=["json-ld"])["json-ld"][0]
    assert data["@type"] == "ProfilePage"
    assert data["mainEntity"]["@id"] == iri("id/person/chen-jian")
    assert data["mainEntity"]["alternateName"] == "Jian Chen"
    assert "Jian Chen" in html and "University of Virginia" in html and "Affiliations over time" in html


def test_event_page_for_people(base_url: str, http: requests.Session) -> None:
    html = http.get(f"{base_url}/doc/event/2003-07-29-uneasy-allies.html").text
    for expected in (
        "2003-07-29 15:00 EDT",
        "2003-07-29 19:00 UTC",
        "Hosted by",
        "Indo-Pacific Program",
        "Special Report #115",
        "Capitol Hill meeting",
        "rapporteur",
        "Asia Program director",
        "SPARQL query behind this page",
        "not stated",
    ):
        assert expected in html, expected


def test_organization_page_lists_programs_members_and_events(base_url: str, http: requests.Session) -> None:
    center = http.get(f"{base_url}/doc/organization/woodrow-wilson-international-center-for-scholars.html").text
    assert 'href="/doc/organization/indo-pacific-program"' in center
    program = http.get(f"{base_url}/doc/organization/indo-pacific-program.html").text
    assert "Asia Program (former name)" in program
    assert 'href="/doc/person/robert-m-hathaway"' in program
    assert 'href="/doc/event/2003-07-29-uneasy-allies"' in program


def test_browse_and_search(base_url: str, http: requests.Session) -> None:
    assert 'href="/doc/event/2003-07-29-uneasy-allies"' in http.get(f"{base_url}/events?year=2003").text
    assert "2003" in http.get(f"{base_url}/events").text
    assert 'href="/topics/North%20Korea"' in http.get(f"{base_url}/topics").text
    assert "Uneasy Allies" in http.get(f"{base_url}/topics/North Korea").text
    found = http.get(f"{base_url}/search", params={"q": "jian chen"}).text
    assert 'href="/doc/person/chen-jian"' in found
    assert 'href="/doc/person/chen-jian"' in http.get(f"{base_url}/search", params={"q": "Chen"}).text
    assert "Nothing matches" in http.get(f"{base_url}/search", params={"q": "zzzz"}).text
    former = http.get(f"{base_url}/search", params={"q": "asia program"}).text  # a former name
    assert 'href="/doc/organization/indo-pacific-program"' in former
    home = http.get(base_url + "/").text
    assert "<strong>2</strong> events" in home and "<strong>5</strong> people" in home


def sparql_count(http: requests.Session, base_url: str, where: str) -> int:
    r = http.get(f"{base_url}/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_void_counts_equal_what_sparql_counts(base_url: str, http: requests.Session) -> None:
    void = Graph().parse(
        data=http.get(f"{base_url}/.well-known/void", headers={"Accept": "text/turtle"}).text, format="turtle"
    )
    ns = "http://rdfs.org/ns/void#"
    dataset = URIRef(iri("id/dataset/main"))
    assert int(void.value(dataset, URIRef(ns + "triples"))) == sparql_count(http, base_url, "?s ?p ?o")
    for partition in void.objects(dataset, URIRef(ns + "classPartition")):
        cls = void.value(partition, URIRef(ns + "class"))
        entities = int(void.value(partition, URIRef(ns + "entities")))
        assert entities == sparql_count(http, base_url, f"?s a <{cls}>"), cls
    assert void.value(dataset, URIRef(ns + "sparqlEndpoint")) == URIRef(iri("sparql"))
    assert str(void.value(dataset, URIRef(ns + "uriSpace"))) == iri("id/")
    assert void.value(dataset, URIRef(ns + "exampleResource")) is not None
    assert len(list(void.objects(dataset, URIRef(ns + "dataDump")))) == 2
    assert void.value(dataset, URIRef("http://purl.org/dc/terms/license")) is not None


def test_sitemap_lists_every_doc_page_and_robots_points_to_it(base_url: str, http: requests.Session) -> None:
    assert f"Sitemap: {base_url}/sitemap.xml" in http.get(f"{base_url}/robots.txt").text
    tree = ElementTree.fromstring(http.get(f"{base_url}/sitemap.xml").content)
    urls = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in tree.iter(f"{SITEMAP}url")}
    for path in RESOURCES:
        assert f"{base_url}/doc/{path}" in urls
        assert re.match(r"\d{4}-\d{2}-\d{2}T", urls[f"{base_url}/doc/{path}"])
    for url in urls:
        assert http.get(url, headers={"Accept": "text/html"}).status_code == 200


def test_every_schema_term_in_every_served_graph_exists(base_url: str, http: requests.Session) -> None:
    tree = ElementTree.fromstring(http.get(f"{base_url}/sitemap.xml").content)
    used: set[str] = set()
    for loc in tree.iter(f"{SITEMAP}loc"):
        graph = Graph().parse(data=http.get(loc.text, headers={"Accept": "text/turtle"}).text, format="turtle")
        for _, p, o in graph:
            for term in (p, o):
                if isinstance(term, URIRef) and str(term).startswith(str(SCHEMA)):
                    used.add(str(term))
    used.discard(str(SCHEMA))  # the vocabulary itself, named by void:vocabulary
    assert used and not used - schema_terms()


def test_dumps_are_versioned_with_checksums(base_url: str, http: requests.Session) -> None:
    listing = http.get(f"{base_url}/dumps/", params={"format": "json"}).json()["releases"]
    current = listing[0]
    assert current["current"]
    for file in current["files"]:
        r = http.get(f"{base_url}/dumps/{current['id']}/{file['name']}")
        assert r.status_code == 200 and hashlib.sha256(r.content).hexdigest() == file["sha256"]
        text = gzip.decompress(r.content).decode()
        if file["name"].endswith(".nq.gz"):
            dataset = Dataset()
            dataset.parse(data=text, format="nquads")
            assert sum(len(g) for g in dataset.graphs()) == sparql_count(http, base_url, "?s ?p ?o")
        else:
            assert len(Graph().parse(data=text, format="turtle")) == sparql_count(http, base_url, "?s ?p ?o")
    sums = http.get(f"{base_url}/dumps/latest/SHA256SUMS").text
    assert current["files"][0]["sha256"] in sums
    for bad in (
        "/dumps/../../etc/passwd",
        "/dumps/latest/..%2f..%2fCURRENT",
        f"/dumps/{current['id']}/meta.json",
        "/dumps/2001/dataset.nq.gz",
    ):
        assert http.get(base_url + bad).status_code == 404, bad


def build_into(records: Path, store: Path) -> None:
    build(settings_for(records, store), echo=lambda line: None)


def event_record(name: str, *people: str) -> str:
    lines = "".join(f"  - {{person: {p}, role: speaker}}\n" for p in people)
    return f"name: {name}\nstart: 2021-03-04\nparticipants:\n{lines}"


def test_lifecycle_tombstones_merges_and_the_change_feed(tmp_path: Path) -> None:
    records, store = tmp_path / "records", tmp_path / "store"
    records.mkdir()
    (records / "a.yaml").write_text(event_record("Talk A", "Samuel Kim"))
    (records / "b.yaml").write_text(event_record("Talk B", "Sunhee Kim"))
    (records / "c.yaml").write_text(event_record("Talk C", "S. Kim"))
    (records / "d.yaml").write_text(event_record("Talk D", "Hazel Smith"))
    build_into(records, store)
    server = LiveServer(settings_for(records, store))
    try:
        get = requests.Session()
        assert get.get(f"{server.url}/doc/person/s-kim", headers={"Accept": "text/turtle"}).status_code == 200
        (records / "b.yaml").unlink()  # Sunhee Kim's talk is withdrawn: "S. Kim" is now unambiguous
        (records / "a.yaml").write_text(event_record("Talk A (revised)", "Samuel Kim"))
        build_into(records, store)
        gone = get.get(f"{server.url}/doc/event/b", headers={"Accept": "text/turtle"})
        assert gone.status_code == 410 and "withdrawn" in gone.json()["detail"]
        assert get.get(f"{server.url}/id/event/b").status_code == 410
        moved = get.get(f"{server.url}/id/person/s-kim", allow_redirects=False)
        assert moved.status_code == 301 and moved.headers["Location"] == "/id/person/samuel-kim"
        moved_doc = get.get(f"{server.url}/doc/person/s-kim", allow_redirects=False)
        assert moved_doc.headers["Location"] == "/doc/person/samuel-kim"
        owl_same_as = "<http://www.w3.org/2002/07/owl#sameAs>"
        same = get.get(
            f"{server.url}/sparql",
            params={"query": f"ASK {{ <{BASE}id/person/s-kim> {owl_same_as} <{BASE}id/person/samuel-kim> }}"},
        )
        assert same.json()["boolean"] is True
        feed = get.get(f"{server.url}/changes").json()
        assert feed["type"] == "OrderedCollection" and feed["totalItems"] > 0
        latest = get.get(f"{server.url}/changes?page=1").json()
        kinds = {(a["type"], a["object"].removeprefix(BASE)) for a in latest["orderedItems"]}
        assert ("Delete", "id/event/b") in kinds and ("Move", "id/person/s-kim") in kinds
        assert ("Update", "id/event/a") in kinds
        assert ("Update", "id/event/c") in kinds  # its speaker is now the merged person
        assert not any(obj.startswith(("id/event/d", "id/person/hazel-smith")) for _, obj in kinds)  # unchanged
        assert get.get(f"{server.url}/changes?page=2").json()["orderedItems"][0]["type"] == "Create"
        older = get.get(f"{server.url}/dumps/", params={"format": "json"}).json()["releases"]
        assert len(older) == 2 and get.get(f"{server.url}/dumps/{older[1]['id']}/dataset.nq.gz").status_code == 200
    finally:
        server.stop()


def test_iris_do_not_change_when_a_record_is_edited(tmp_path: Path) -> None:
    records, store = tmp_path / "records", tmp_path / "store"
    records.mkdir()
    (records / "a.yaml").write_text(event_record("Talk A", "Jian Chen"))
    build_into(records, store)
    (records / "b.yaml").write_text(event_record("Talk B", "Chen Jian") + "  - {person: Chen Jian, role: moderator}\n")
    build_into(records, store)
    server = LiveServer(settings_for(records, store))
    try:
        assert requests.get(f"{server.url}/doc/person/jian-chen.ttl").status_code == 200
        assert requests.get(f"{server.url}/doc/person/chen-jian.ttl").status_code == 404
    finally:
        server.stop()


def test_literals_are_escaped_in_html(tmp_path: Path) -> None:
    records, store = tmp_path / "records", tmp_path / "store"
    records.mkdir()
    (records / "x.yaml").write_text(
        'name: "<script>alert(1)</script> & <b>bold</b>"\nstart: 2020-01-01\n'
        'description: "</script><script>alert(2)</script>"\n'
    )
    build_into(records, store)
    server = LiveServer(settings_for(records, store))
    try:
        html = requests.get(f"{server.url}/doc/event/x.html").text
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
        data = extruct.extract(html, syntaxes=["json-ld"])["json-ld"][0]
        assert data["description"] == "</script><script>alert(2)</script>"
    finally:
        server.stop()


def test_search_index_forgets_what_an_incremental_build_replaced(tmp_path: Path) -> None:
    records, store = tmp_path / "records", tmp_path / "store"
    records.mkdir()
    turtle = (
        "@prefix schema: <https://schema.org/> .\n<https://archive.example.org/e/1> a schema:Event ;"
        ' schema:name "Talk by {who}" ; schema:startDate "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .'
    )
    (records / "a.ttl").write_text(turtle.replace("{who}", "Mallory"))
    (records / "b.yaml").write_text(event_record("Talk B", "Hazel Smith"))
    build_into(records, store)
    (records / "a.ttl").write_text(turtle.replace("{who}", "Alice").replace("/e/1", "/e/2"))
    build_into(records, store)
    server = LiveServer(settings_for(records, store))
    try:
        assert "Mallory" not in requests.get(f"{server.url}/search", params={"q": "talk"}).text
        assert "Talk by Alice" in requests.get(f"{server.url}/search", params={"q": "talk"}).text
        assert "Talk B" in requests.get(f"{server.url}/search", params={"q": "talk"}).text
    finally:
        server.stop()
