"""Namespaces and IRI minting.

Every IRI the graph mints has the form {base}id/{kind}/{slug}; its description lives at
{base}doc/{kind}/{slug}, and named graphs at {base}graph/{kind}/{slug}.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SH, XSD

SCHEMA = SDO  # https://schema.org/
HTTP_SCHEMA = "http://schema.org/"

KINDS = ("event", "person", "organization", "report", "participation", "dataset")


def ontology_iri(base: str) -> URIRef:
    """The local ontology lives in the dataset's own IRI space, so its terms dereference."""
    return URIRef(f"{base}ontology")


def shapes_iri(base: str) -> URIRef:
    return URIRef(f"{base}shapes")


def kg_namespace(base: str) -> Namespace:
    """Local terms: {base}ontology#Participation, ..."""
    return Namespace(f"{base}ontology#")


def prefixes(base: str) -> dict[str, str]:
    """Prefixes for serialisations and SPARQL examples."""
    return {**PREFIXES, "kg": str(kg_namespace(base)), "shape": f"{base}shapes#"}


PREFIXES = {
    "schema": str(SCHEMA),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "sh": str(SH),
}


def iri_for(base: str, kind: str, slug: str) -> URIRef:
    """The minted IRI of a resource: iri_for(base, "person", "chen-jian")."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return URIRef(f"{base}id/{kind}/{slug}")


def graph_iri(base: str, kind: str, slug: str) -> URIRef:
    """The named graph of one record (kind "event") or one resolved person or organisation."""
    return URIRef(f"{base}graph/{kind}/{slug}")


def provenance_graph_iri(base: str) -> URIRef:
    return URIRef(f"{base}graph/_provenance")


def split_iri(base: str, iri: str) -> tuple[str, str] | None:
    """(kind, slug) of a minted IRI, or None when the IRI is not one of ours."""
    prefix = f"{base}id/"
    if not iri.startswith(prefix):
        return None
    kind, _, slug = iri[len(prefix) :].partition("/")
    return (kind, slug) if kind in KINDS and slug else None
