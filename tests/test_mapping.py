"""Records become schema.org RDF: the right classes, datatypes and only real schema.org terms."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.identity import resolve
from kg.mapping import map_all
from kg.records import find_record_files, load_yaml_record
from kg.vocab import SCHEMA
from tests.conftest import BASE, DATA, SEED_RECORDS, iri

KG = BASE + "ontology#"


@lru_cache(maxsize=1)
def schema_terms() -> frozenset[str]:
    vocabulary = Graph().parse(DATA / "schemaorg" / "schemaorg-current-https.ttl")
    return frozenset(str(s) for s in vocabulary.subjects() if str(s).startswith(str(SCHEMA)))


def seed_graph() -> Graph:
    records = [load_yaml_record(f) for f in find_record_files(SEED_RECORDS)]
    union = Graph()
    for graph in map_all(records, resolve(records), BASE).values():
        union += graph
    return union


def used_schema_terms(graph: Graph) -> set[str]:
    used = set()
    for _, p, o in graph:
        for term in (p, o if p == RDF.type or isinstance(o, URIRef) else None):
            if term is not None and str(term).startswith(str(SCHEMA)):
                used.add(str(term))
    return used


def test_every_schema_term_used_exists_in_schema_org() -> None:
    unknown = used_schema_terms(seed_graph()) - schema_terms()
    assert not unknown


def test_every_local_term_is_aligned_to_a_real_schema_org_term() -> None:
    ontology = Graph().parse(SEED_RECORDS.parent.parent / "ontology" / "kg.ttl", publicID=BASE + "ontology")
    for term in set(ontology.subjects(RDFS.label)):
        if not str(term).startswith(KG) or (term, RDF.type, URIRef(KG + "ParticipantRole")) in ontology:
            continue
        parents = set(ontology.objects(term, RDFS.subPropertyOf)) | set(ontology.objects(term, RDFS.subClassOf))
        assert parents, f"{term} is not aligned"
        assert all(str(p) in schema_terms() for p in parents), f"{term} aligned to a non-schema.org term"
        assert ontology.value(term, RDFS.comment) is not None


def test_local_terms_used_are_defined_in_the_ontology() -> None:
    ontology = Graph().parse(SEED_RECORDS.parent.parent / "ontology" / "kg.ttl", publicID=BASE + "ontology")
    defined = {str(s) for s in ontology.subjects(RDF.type)}
    graph = seed_graph()
    used = {str(t) for triple in graph for t in triple if str(t).startswith(KG)}
    assert used and used <= defined


def test_classes_and_subtypes() -> None:
    graph = seed_graph()
    assert (URIRef(iri("id/event/2003-07-29-uneasy-allies")), RDF.type, SCHEMA.Event) in graph
    columbia = URIRef(iri("id/organization/columbia-university"))
    assert {SCHEMA.Organization, SCHEMA.CollegeOrUniversity} <= set(graph.objects(columbia, RDF.type))
    assert (URIRef(iri("id/person/hazel-smith")), RDF.type, SCHEMA.Person) in graph


def test_dates_are_typed_instants_with_offsets_or_plain_dates() -> None:
    graph = seed_graph()
    starts = {str(o): o.datatype for o in graph.objects(None, SCHEMA.startDate)}
    assert starts == {"2003-07-29T15:00:00-04:00": XSD.dateTime, "2003-07-30": XSD.date}


def test_staff_are_participants_but_not_performers() -> None:
    graph = seed_graph()
    event = URIRef(iri("id/event/2003-07-29-uneasy-allies"))
    performers = {str(graph.value(p, SCHEMA.name)) for p in graph.objects(event, SCHEMA.performer)}
    assert performers == {"Samuel S. Kim", "Chen Jian", "Hazel Smith"}
    participants = set(graph.objects(event, URIRef(KG + "participation")))
    assert len(participants) == 5


def test_affiliations_collected_on_the_person() -> None:
    graph = seed_graph()
    person = URIRef(iri("id/person/chen-jian"))
    assert (person, SCHEMA.affiliation, URIRef(iri("id/organization/university-of-virginia"))) in graph
    assert (person, SCHEMA.alternateName, Literal("Jian Chen")) in graph
    assert (person, SCHEMA.name, Literal("Chen Jian")) in graph


def test_mapping_is_deterministic() -> None:
    assert isomorphic(seed_graph(), seed_graph())
