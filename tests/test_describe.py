"""A resource's description and its last change, read from the store's indexes by pattern
(PublishedStore.describe, .last_modified) rather than by evaluating DESCRIBE_QUERY and
LAST_MODIFIED: the same triples and the same instant, for every resource and for the shapes the
queries cover (blank nodes two deep and no deeper, #fragments, the default graph, several graphs)."""

from __future__ import annotations

import gc
import shutil
import weakref
from datetime import UTC, datetime
from pathlib import Path

from rdflib import URIRef

from kg.config import Settings
from kg.store import DESCRIBE_QUERY, LAST_MODIFIED, PublishedStore
from kg.vocab import SCHEMA
from server import resources
from server.formats import NTRIPLES, RDFXML, TURTLE
from tests.conftest import BASE, LiveServer


def by_queries(store: PublishedStore, iri: str) -> tuple[set, datetime | None]:
    graph = store.construct(DESCRIBE_QUERY.replace("$iri", f"<{iri}>"))
    rows = store.select(LAST_MODIFIED.replace("$iri", f"<{iri}>"))
    return set(graph), datetime.fromisoformat(str(rows[0]["last"])) if rows and "last" in rows[0] else None


def by_patterns(store: PublishedStore, iri: str) -> tuple[set, datetime | None]:
    return set(store.describe(iri)), store.last_modified(iri)


def test_every_resource_is_described_as_the_describe_query_does(seed_store: Settings) -> None:
    store = PublishedStore(seed_store.store)
    subjects = {str(row["s"]) for row in store.select("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }")}
    kinds = {iri.split("/id/", 1)[1].split("/", 1)[0] for iri in subjects if "/id/" in iri}
    assert {"event", "person", "organization"} <= kinds
    described = 0
    for iri in sorted(subjects) + [f"{BASE}id/event/never-published"]:
        assert by_patterns(store, iri) == by_queries(store, iri), iri
        described += bool(by_patterns(store, iri)[0])
    assert described == len(subjects)


def test_blank_nodes_fragments_default_graph_and_newest_graph(seed_store: Settings, tmp_path: Path) -> None:
    shutil.copytree(seed_store.store, tmp_path / "store")
    store = PublishedStore(tmp_path / "store")
    thing = f"{BASE}id/event/shapes"
    store.update(
        f"""PREFIX schema: <https://schema.org/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        INSERT DATA {{
          GRAPH <urn:graph:one> {{
            <{thing}> schema:location [
                        schema:address [ schema:name "two deep" ; schema:geo [ schema:name "three" ] ] ] ;
                      schema:about <{thing}#part> , <{thing}-other#part> , <urn:linked> .
            <{thing}#part> schema:description "a fragment: all of it" .
            <{thing}-other#part> schema:description "another resource's fragment: name and type only" ;
                                 schema:name "other part" .
            <urn:linked> a schema:Thing ; schema:name "linked" ; schema:description "not described" .
          }}
          GRAPH <urn:graph:two> {{ <{thing}> schema:name "Shapes" }}
          <{thing}> schema:alternateName "in the default graph" .
          <urn:graph:one> prov:generatedAtTime "2020-01-01T00:00:00Z"^^xsd:dateTime .
          <urn:graph:two> prov:generatedAtTime "2021-06-01T12:00:00+02:00"^^xsd:dateTime .
          <urn:graph:other> prov:generatedAtTime "2030-01-01T00:00:00Z"^^xsd:dateTime .
        }}"""
    )
    triples, modified = by_patterns(store, thing)
    assert (triples, modified) == by_queries(store, thing)
    assert modified == datetime(2021, 6, 1, 10, tzinfo=UTC)  # the newer of its two graphs
    texts = {str(o) for _, _, o in triples}
    assert {"two deep", "a fragment: all of it", "other part", "linked", "in the default graph"} <= texts
    assert not {"three", "not described", "another resource's fragment: name and type only"} & texts
    assert (URIRef(f"{thing}#part"), None, None) in store.describe(thing)


def test_a_description_is_freed_when_dropped_without_the_cycle_collector(seed_store: Settings) -> None:
    """rdflib's default store makes each graph a reference cycle; a /doc/ render's graph must go
    as soon as the page is written, not wait for (and lengthen) the cycle collector's passes."""
    store = PublishedStore(seed_store.store)
    gc.disable()
    try:
        event = f"{BASE}id/event/2003-07-29-uneasy-allies"
        graph = store.describe(event)
        assert len(graph) > 10 and graph.value(URIRef(event), SCHEMA.name) is not None
        gone = weakref.ref(graph)
        del graph
        assert gone() is None
    finally:
        gc.enable()


def test_an_rdf_rendering_leaves_no_cycle_either(live: LiveServer) -> None:
    """Binding prefixes for Turtle gives the graph a namespace manager that refers back to it."""
    event = f"{BASE}id/event/2003-07-29-uneasy-allies"
    with live.app.test_request_context():
        for chosen in (TURTLE, NTRIPLES, RDFXML):
            graph = PublishedStore(live.app.extensions["kg.settings"].store).describe(event)
            gc.disable()
            try:
                body = resources._render(chosen, "event", URIRef(event), graph)
                assert b"uneasy-allies" in body and (chosen is not TURTLE or b"@prefix schema:" in body)
                gone = weakref.ref(graph)
                del graph
                assert gone() is None, chosen.suffix
            finally:
                gc.enable()
