"""The SPARQL 1.1 Service Description of /sparql, with a small VoID part for its default dataset.

The full VoID/DCAT description is /.well-known/void (server/dataset.py); this one states only what
a client needs to use the endpoint, and links there.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, VOID, XSD

from kg.config import Settings
from kg.store import Release

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RESULT_FORMAT_IRIS = {
    "application/sparql-results+json": FORMATS.SPARQL_Results_JSON,
    "application/sparql-results+xml": FORMATS.SPARQL_Results_XML,
    "text/csv": FORMATS.SPARQL_Results_CSV,
    "text/tab-separated-values": FORMATS.SPARQL_Results_TSV,
    "text/turtle": FORMATS.Turtle,
    "application/ld+json": FORMATS["JSON-LD"],
    "application/n-triples": FORMATS["N-Triples"],
    "application/rdf+xml": FORMATS.RDF_XML,
    "application/n-quads": FORMATS["N-Quads"],
    "application/trig": FORMATS.TriG,
}


def describe_service(
    endpoint: str, base: str, settings: Settings, release: Release | None, update_endpoint: str | None
) -> Graph:
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("void", VOID)
    graph.bind("dcterms", DCTERMS)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if update_endpoint:
        graph.add((service, SD.supportedLanguage, SD.SPARQL11Update))
        graph.add((service, RDFS.seeAlso, URIRef(update_endpoint)))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    if settings.service_allow:
        graph.add((service, SD.feature, SD.BasicFederatedQuery))
    for iri in RESULT_FORMAT_IRIS.values():
        graph.add((service, SD.resultFormat, iri))
    dataset = URIRef(f"{base}.well-known/void#dataset")
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, DCTERMS.title, Literal(settings.title)))
    graph.add((dataset, VOID.sparqlEndpoint, service))
    graph.add((dataset, RDFS.seeAlso, URIRef(f"{base}.well-known/void")))
    default_graph = BNode()
    graph.add((dataset, SD.defaultGraph, default_graph))
    graph.add((default_graph, RDF.type, SD.Graph))
    if release is not None:
        triples = Literal(release.triples, datatype=XSD.integer)
        graph.add((dataset, VOID.triples, triples))
        graph.add((default_graph, VOID.triples, triples))
        graph.add((dataset, DCTERMS.modified, Literal(release.built_at.isoformat(), datatype=XSD.dateTime)))
    return graph
