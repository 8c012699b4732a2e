"""The build's fast path gives exactly what the rdflib path gives.

A build maps records to plain triples (kg/nquads.py) and writes, hashes, indexes and validates
them as N-Triples text, in forked workers. The reference is the rdflib path: every record mapped
into an rdflib Graph in this process (`all_graphs`, what `kg link` uses), serialised by rdflib,
hashed, indexed and validated as one rdflib graph. Over the seed, a synthetic corpus and records
with awkward literals, blank nodes, a violation and an incomparable date pair, the staged
N-Quads must be the same graphs, with the same hashes, search rows and findings.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.build import Prepared, all_graphs, prepare
from kg.export import IndexRow, index_rows
from kg.lifecycle import content_hash
from kg.nquads import Triples, nquads
from kg.store import read_graphs
from kg.synth import synth
from kg.validate import validate_graph
from kg.vocab import SCHEMA
from tests.conftest import BASE, SEED_RECORDS, settings_for


def rdflib_nquads(graph_iri: URIRef, graph: Graph) -> str:
    """The reference: rdflib's N-Triples serializer, each line put in the named graph."""
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "".join(f"{line[:-2]} <{graph_iri}> .\n" for line in lines if line.endswith(" ."))


# Quotes, backslashes, line breaks, a carriage return, a tab and characters beyond ASCII; a start
# date with an end date-time (an incomparable pair the validator reports and kg/validate.py drops).
AWKWARD_YAML = r"""
name: "A \"quoted\" title with a back\\slash"
start: 2021-03-04
end: 2021-03-04T18:00:00+01:00
time_zone: Europe/Paris
description: "First line\nsecond line\r\nthird\tline: café, 北京, ✓"
keywords: ["Ünïcode", "emoji 🎉", "back\\slash"]
location:
  name: "Salle \"Rouge\""
  street_address: "1 rue de l'Exemple"
  locality: Paris
people:
  zoe:
    name: "Zoë O'Brien-Łukasz"
    job_title: "Director\tof \"Things\""
participants:
  - person: zoe
    role: speaker
"""

# Linked data as a record: a language tag, a blank node, a literal with a line break, a typed
# literal whose lexical form must be kept ("007"), and a person without a name (a violation).
AWKWARD_TURTLE = """
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://archive.example.org/event/7> a schema:Event ;
    schema:name "Réunion"@fr , "Meeting"@en ;
    schema:startDate "2019-05-01"^^xsd:date ;
    schema:description "two\\nlines \\"quoted\\"" ;
    schema:maximumAttendeeCapacity "007"^^xsd:integer ;
    schema:location [ a schema:Place ; schema:name "Hall" ] ;
    schema:performer <https://archive.example.org/person/nameless> .
<https://archive.example.org/person/nameless> a schema:Person .
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "records"
    synth(300, folder)
    for seed in SEED_RECORDS.glob("*.yaml"):
        shutil.copy(seed, folder / seed.name)
    (folder / "2021-03-04-awkward.yaml").write_text(AWKWARD_YAML, encoding="utf-8")
    (folder / "legacy-awkward.ttl").write_text(AWKWARD_TURTLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Prepared, dict[URIRef, Graph]]:
    """What the fast path staged (forked workers), and the rdflib mapping of the same records."""
    settings = settings_for(corpus, tmp_path_factory.mktemp("store"))
    prepared = prepare(settings, echo=lambda line: None, folder=tmp_path_factory.mktemp("staged"), incremental=False)
    return prepared, all_graphs(settings)


def unstamped(graph: Graph, name: URIRef) -> Graph:
    """A staged graph without the provenance the build states about the graph itself."""
    result = Graph()
    result += ((s, p, o) for s, p, o in graph if s != name)
    return result


def unordered(row: IndexRow) -> tuple[object, ...]:
    """A search row with its names and topics as sets: a graph's triples have no order."""
    return (row.iri, row.kind, row.label, sorted(row.names.split()), row.start, sorted(row.topics))


def test_staged_graphs_are_the_rdflib_mapping_graph_by_graph(built: tuple[Prepared, dict[URIRef, Graph]]) -> None:
    prepared, reference = built
    staged = read_graphs(prepared.staged)
    assert set(staged) == set(reference)
    assert len(reference) > 600  # 300 synthetic records, the seed, the awkward ones and their people
    for name, graph in reference.items():
        assert isomorphic(unstamped(staged[name], name), graph), name


def test_written_lines_are_those_of_rdflibs_serializer(built: tuple[Prepared, dict[URIRef, Graph]]) -> None:
    _, reference = built
    for name, graph in reference.items():
        assert sorted(nquads(name, Triples(graph)).splitlines()) == sorted(rdflib_nquads(name, graph).splitlines())


def test_hashes_subjects_and_search_rows_match_the_rdflib_graphs(built: tuple[Prepared, dict[URIRef, Graph]]) -> None:
    prepared, reference = built
    staged = read_graphs(prepared.staged)
    for name, graph in reference.items():
        entry = prepared.manifest.graphs[str(name)]
        assert entry["sha256"] == content_hash(graph) == str(staged[name].value(name, SCHEMA.sha256))
        minted = sorted({str(s) for s in graph.subjects() if str(s).startswith(f"{BASE}id/")})
        assert entry["subjects"] == minted
    rows = [row for graph in reference.values() for row in index_rows(graph, BASE)]
    assert sorted(map(unordered, prepared.rows)) == sorted(map(unordered, rows))
    awkward = next(row for row in rows if row.iri == f"{BASE}id/event/2021-03-04-awkward")
    assert awkward.label == 'A "quoted" title with a back\\slash'


def test_findings_are_those_of_the_rdflib_graph(built: tuple[Prepared, dict[URIRef, Graph]]) -> None:
    prepared, reference = built
    union, origins = Graph(), {}
    for name, graph in reference.items():
        union += graph
        sources = prepared.manifest.graphs[str(name)]["sources"]
        for subject in set(graph.subjects()):
            origins[subject] = tuple(sorted({*origins.get(subject, ()), *sources}))
    expected = validate_graph(union, BASE, origins).findings
    assert prepared.report.findings == expected
    assert any(f.severity == "violation" and f.sources == ("legacy-awkward.ttl",) for f in expected)
    assert sum(f.severity == "warning" for f in expected) > 100


def test_an_events_index_label_does_not_depend_on_the_order_of_its_names() -> None:
    event = URIRef(f"{BASE}id/event/2019-05-01-meeting")
    names = [Literal("Réunion", lang="fr"), Literal("Meeting", lang="en"), Literal("Sitzung", lang="de")]
    labels = set()
    for first in range(len(names)):
        ordered = names[first:] + names[:first]
        triples = [(event, RDF.type, SCHEMA.Event), *((event, SCHEMA.name, name) for name in ordered)]
        (row,) = index_rows(triples, BASE)
        labels.add(row.label)
    assert labels == {"Meeting"}  # English before other languages; an untagged name would come first
    untagged = [
        (event, RDF.type, SCHEMA.Event),
        (event, SCHEMA.name, names[0]),
        (event, SCHEMA.name, Literal("Rencontre")),
    ]
    assert index_rows(untagged, BASE)[0].label == "Rencontre"
