"""The server over real HTTP: 303 from /id/, content negotiation on /doc/, 404 and 406, JSON-LD in HTML."""

from __future__ import annotations

import json
import re

import pytest
import requests
from rdflib import Graph, Literal, URIRef

from kg.vocab import SCHEMA
from tests.conftest import iri

RDF_TYPES = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}


def test_id_redirects_to_doc_with_303(base_url: str, http: requests.Session) -> None:
    r = http.get(f"{base_url}/id/person/chen-jian", allow_redirects=False)
    assert r.status_code == 303
    assert r.headers["Location"].endswith("/doc/person/chen-jian")


@pytest.mark.parametrize("media_type", sorted(RDF_TYPES))
def test_doc_negotiates_rdf_about_that_iri(base_url: str, http: requests.Session, media_type: str) -> None:
    r = http.get(f"{base_url}/id/person/chen-jian", headers={"Accept": media_type})
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith(media_type)
    assert "Accept" in r.headers["Vary"]
    graph = Graph().parse(data=r.text, format=RDF_TYPES[media_type])
    person = URIRef(iri("id/person/chen-jian"))
    assert (person, SCHEMA.name, Literal("Chen Jian")) in graph
    assert (person, SCHEMA.affiliation, URIRef(iri("id/organization/university-of-virginia"))) in graph


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/turtle;q=0.5, application/ld+json", "application/ld+json"),
        ("application/ld+json;q=0.1, text/turtle;q=0.9", "text/turtle"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
        (None, "text/html"),
        ("*/*", "text/html"),
    ],
)
def test_q_values_are_honoured(base_url: str, http: requests.Session, accept: str | None, expected: str) -> None:
    headers = {"Accept": accept} if accept else {"Accept": ""}
    r = http.get(f"{base_url}/doc/event/2003-07-29-uneasy-allies", headers=headers)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(expected)


@pytest.mark.parametrize(
    ("suffix", "media_type"),
    [
        ("ttl", "text/turtle"),
        ("jsonld", "application/ld+json"),
        ("nt", "application/n-triples"),
        ("rdf", "application/rdf+xml"),
        ("html", "text/html"),
    ],
)
def test_suffix_forms(base_url: str, http: requests.Session, suffix: str, media_type: str) -> None:
    r = http.get(f"{base_url}/doc/organization/indo-pacific-program.{suffix}", headers={"Accept": "image/png"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(media_type)


def test_unknown_iris_get_404_not_500(base_url: str, http: requests.Session) -> None:
    for path in ("/id/person/nobody", "/doc/person/nobody", "/doc/spaceship/x", "/id/event/..%2f..%2fetc"):
        r = http.get(base_url + path, allow_redirects=False)
        assert r.status_code == 404, path
        assert r.headers["Content-Type"].startswith("application/problem+json")
        assert r.json()["status"] == 404


def test_406_lists_what_is_offered(base_url: str, http: requests.Session) -> None:
    r = http.get(f"{base_url}/doc/person/chen-jian", headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert "text/turtle" in r.json()["detail"]


def test_etag_revalidation_gives_304(base_url: str, http: requests.Session) -> None:
    url = f"{base_url}/doc/person/hazel-smith.ttl"
    first = http.get(url)
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    again = http.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and not again.content


def jsonld_of(html: str) -> dict:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    return json.loads(scripts[0])


def test_event_page_shows_speakers_linked_and_embeds_event_jsonld(base_url: str, http: requests.Session) -> None:
    r = http.get(f"{base_url}/id/event/2003-07-29-uneasy-allies", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert '<a href="/doc/person/chen-jian">Chen Jian</a>' in r.text
    assert '<a href="/doc/organization/university-of-virginia">University of Virginia</a>' in r.text
    assert "2003-07-29 15:00 EDT" in r.text and "2003-07-29 19:00 UTC" in r.text
    data = jsonld_of(r.text)
    assert data["@type"] == "Event" and data["@id"] == iri("id/event/2003-07-29-uneasy-allies")
    assert data["startDate"] == "2003-07-29T15:00:00-04:00"
    assert data["@context"]["@vocab"] == "https://schema.org/"
    assert sorted(p["name"] for p in data["performer"]) == ["Chen Jian", "Hazel Smith", "Samuel S. Kim"]
    assert all(p["@id"].startswith(iri("id/person/")) for p in data["performer"])


def test_person_page_lists_all_their_events(base_url: str, http: requests.Session) -> None:
    r = http.get(f"{base_url}/doc/person/samuel-s-kim", headers={"Accept": "text/html"})
    assert r.text.count('href="/doc/event/') == 2
    assert "Capitol Hill meeting" in r.text
    data = jsonld_of(r.text)
    assert data["@type"] == "ProfilePage" and data["mainEntity"]["@type"] == "Person"


def test_sparql_construct_answers_turtle(base_url: str, http: requests.Session) -> None:
    query = (
        "CONSTRUCT { ?p <https://schema.org/name> ?n } "
        "WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }"
    )
    r = http.get(f"{base_url}/sparql", params={"query": query})
    assert r.headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=r.text, format="turtle")) == 5


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_sparql_select_three_ways(base_url: str, http: requests.Session, how: str) -> None:
    query = "SELECT ?n WHERE { ?p <https://schema.org/alternateName> ?n } ORDER BY ?n"
    url = f"{base_url}/sparql"
    if how == "get":
        r = http.get(url, params={"query": query})
    elif how == "form":
        r = http.post(url, data={"query": query})
    else:
        r = http.post(url, data=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.headers["Content-Type"].startswith("application/sparql-results+json")
    assert [b["n"]["value"] for b in r.json()["results"]["bindings"]] == ["Jian Chen", "Samuel Kim", "Wilson Center"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("SELECT * WHERE { ?s ?p ", 400),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400),
        ("INSERT DATA { <a:b> <a:c> <a:d> }", 400),
    ],
)
def test_sparql_errors_are_400_with_a_message(base_url: str, http: requests.Session, query: str, status: int) -> None:
    r = http.get(f"{base_url}/sparql", params={"query": query})
    assert r.status_code == status and r.json()["detail"]
