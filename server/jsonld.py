"""schema.org JSON-LD of one resource, nested the way search engines read it.

The resource is the root object; what it links to is nested as an object with its @id, @type and
name, and blank nodes (a Place and its PostalAddress) in full. The @context is inline, so no
remote context is ever needed to understand it; every @id is the resource's /id/ IRI.
"""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.vocab import SCHEMA, kg_namespace

# Properties whose IRI values are written as plain strings (coerced to @id in the context).
ID_PROPERTIES = ("url", "sameAs", "eventStatus", "eventAttendanceMode", "kg:role")
PLAIN_DATATYPES = {XSD.string, XSD.date, XSD.dateTime, None}


def context(base: str) -> dict[str, Any]:
    coerced = {name: {"@type": "@id"} for name in ID_PROPERTIES}
    return {"@vocab": str(SCHEMA), "kg": str(kg_namespace(base)), "xsd": str(XSD), **coerced}


def _term(iri: Node, base: str) -> str:
    text = str(iri)
    if text.startswith(str(SCHEMA)):
        return text[len(str(SCHEMA)) :]
    namespace = str(kg_namespace(base))
    return f"kg:{text[len(namespace) :]}" if text.startswith(namespace) else text


def _types(graph: Graph, node: Node, base: str) -> dict[str, Any]:
    names = [_term(t, base) for t in sorted(graph.objects(node, RDF.type), key=str)]
    return {"@type": names[0] if len(names) == 1 else names} if names else {}


def _literal(node: Literal, typed: bool) -> Any:
    if node.language:
        return {"@value": str(node), "@language": node.language}
    if node.datatype in (XSD.boolean, XSD.integer):
        return node.toPython()
    if node.datatype in PLAIN_DATATYPES and not (typed and node.datatype not in (XSD.string, None)):
        return str(node)
    datatype = str(node.datatype)
    return {
        "@value": str(node),
        "@type": "xsd:" + datatype[len(str(XSD)) :] if datatype.startswith(str(XSD)) else datatype,
    }


def _value(graph: Graph, term: str, node: Node, base: str, typed: bool) -> Any:
    if isinstance(node, Literal):
        return _literal(node, typed)
    if isinstance(node, BNode):
        return node_object(graph, node, base, typed)
    if term in ID_PROPERTIES:
        return str(node)
    linked: dict[str, Any] = {"@id": str(node), **_types(graph, node, base)}
    name = graph.value(node, SCHEMA.name)
    if name is not None:
        linked["name"] = str(name)
    return linked


def node_object(graph: Graph, node: Node, base: str, typed: bool = False, local: bool = True) -> dict[str, Any]:
    """One node as a JSON-LD object; `typed` keeps xsd datatypes on dates (RDF round trip);
    `local=False` leaves out the kg: terms that crawlers do not read."""
    result: dict[str, Any] = {} if isinstance(node, BNode) else {"@id": str(node)}
    result.update(_types(graph, node, base))
    for predicate in sorted(set(graph.predicates(node)) - {RDF.type}, key=str):
        term = _term(predicate, base)
        if not local and term.startswith("kg:"):
            continue
        values = [_value(graph, term, o, base, typed) for o in sorted(graph.objects(node, predicate), key=str)]
        result[term] = values[0] if len(values) == 1 else values
    return result


def document(graph: Graph, iri: URIRef, base: str, typed: bool = False) -> dict[str, Any]:
    """The resource's JSON-LD document with the inline context (every term kept)."""
    return {"@context": context(base), **node_object(graph, iri, base, typed)}


def for_crawlers(graph: Graph, iri: URIRef, base: str, page_url: str) -> dict[str, Any]:
    """What an HTML page embeds: schema.org terms only, dates as plain strings, the page's url;
    a person as the mainEntity of a ProfilePage, as search engines expect for profile pages."""
    entity = node_object(graph, iri, base, typed=False, local=False)
    entity.setdefault("url", page_url)
    if (iri, RDF.type, SCHEMA.Person) in graph:
        return {"@context": context(base), "@type": "ProfilePage", "url": page_url, "mainEntity": entity}
    return {"@context": context(base), **entity}
