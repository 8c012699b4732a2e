"""One table of the RDF and result formats the server speaks: media type, suffix, serializer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    media_type: str
    suffix: str
    rdflib_name: str  # rdflib serializer name ("" for non-RDF formats)
    label: str


HTML = Format("text/html", "html", "", "HTML")
TURTLE = Format("text/turtle", "ttl", "turtle", "Turtle")
JSONLD = Format("application/ld+json", "jsonld", "json-ld", "JSON-LD")
NTRIPLES = Format("application/n-triples", "nt", "nt", "N-Triples")
RDFXML = Format("application/rdf+xml", "rdf", "xml", "RDF/XML")
NQUADS = Format("application/n-quads", "nq", "nquads", "N-Quads")
TRIG = Format("application/trig", "trig", "trig", "TriG")

# What a resource's description (/doc/...) is offered as, in order of preference when any will do.
DOCUMENT_FORMATS = (HTML, TURTLE, JSONLD, NTRIPLES, RDFXML)
RDF_DOCUMENT_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)
BY_SUFFIX = {f.suffix: f for f in DOCUMENT_FORMATS}
