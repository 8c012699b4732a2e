"""HTML pages of resources: the facts of a description, plus what each kind needs around it.

An event page lists its speakers with roles and affiliations; a person page every event they
took part in. Every page embeds the resource's schema.org JSON-LD for crawlers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import render_template
from markupsafe import Markup
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from kg.vocab import SCHEMA, kg_namespace
from server import jsonld
from server.context import base, local_path, store
from server.formats import RDF_DOCUMENT_FORMATS


@dataclass(frozen=True)
class Link:
    label: str
    href: str | None


def label_of(graph: Graph, node: Node) -> str:
    for predicate in (SCHEMA.name, RDFS.label):
        value = graph.value(node, predicate)
        if value is not None:
            return str(value)
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def link(graph: Graph, node: Node) -> Link:
    return Link(label_of(graph, node), local_path(str(node)) or str(node))


def _fact_value(graph: Graph, node: Node) -> Any:
    if isinstance(node, Literal):
        return str(node)
    if isinstance(node, BNode):
        return ", ".join(str(o) for p, o in sorted(graph.predicate_objects(node)) if isinstance(o, Literal))
    return link(graph, node)


def facts(graph: Graph, iri: URIRef) -> list[tuple[str, list[Any]]]:
    """(property label, values) for every property of the resource, types first."""
    rows = []
    for predicate in sorted(set(graph.predicates(iri))):
        if predicate == SCHEMA.description:
            continue
        values = [_fact_value(graph, o) for o in sorted(graph.objects(iri, predicate))]
        rows.append((_property_label(predicate), values))
    return rows


def _property_label(predicate: Node) -> str:
    if predicate == RDF.type:
        return "type"
    return str(predicate).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def local_and_utc(value: Node | None, zone: Node | None) -> tuple[str, str] | None:
    """An instant in the event's own time zone and in UTC, for people to read."""
    if value is None:
        return None
    text = str(value)
    if "T" not in text:
        return text, ""
    moment = datetime.fromisoformat(text)
    local = moment.astimezone(ZoneInfo(str(zone))) if zone else moment
    utc = moment.astimezone(ZoneInfo("UTC"))
    return local.strftime("%Y-%m-%d %H:%M %Z (UTC%z)").replace("(UTC", "(UTC "), utc.strftime("%Y-%m-%d %H:%M UTC")


EVENT_PEOPLE = """
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?name ?role ?org ?orgName ?jobTitle WHERE {
  $event kg:participation ?p . ?p kg:participant ?person ; kg:role ?role .
  ?person schema:name ?name .
  OPTIONAL { ?p kg:statedAffiliation ?org . ?org schema:name ?orgName }
  OPTIONAL { ?p kg:statedJobTitle ?jobTitle }
} ORDER BY ?role ?name
"""

PERSON_EVENTS = """
PREFIX schema: <https://schema.org/>
SELECT ?event ?eventName ?start ?role ?org ?orgName WHERE {
  ?p kg:participant $person ; kg:role ?role .
  ?event kg:participation ?p ; schema:name ?eventName ; schema:startDate ?start .
  OPTIONAL { ?p kg:statedAffiliation ?org . ?org schema:name ?orgName }
} ORDER BY DESC(?start)
"""

ORGANIZATION_EVENTS = """
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?event ?eventName ?start WHERE {
  { ?event schema:organizer $org } UNION { ?event schema:sponsor $org }
  ?event schema:name ?eventName ; schema:startDate ?start .
} ORDER BY DESC(?start)
"""

ORGANIZATION_PEOPLE = """
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?person ?name WHERE {
  { ?person schema:affiliation $org } UNION { ?person schema:worksFor $org }
  ?person schema:name ?name .
} ORDER BY ?name
"""


def _select(query: str, variable: str, iri: URIRef) -> list[dict[str, Node]]:
    prologue = f"PREFIX kg: <{kg_namespace(base())}>\n"
    return store().select(prologue + query.replace(f"${variable}", f"<{iri}>"))


def _role(node: Node) -> str:
    words = str(node).rsplit("#", 1)[-1]
    return "".join(" " + c.lower() if c.isupper() else c for c in words).strip()


def _rows(rows: list[dict[str, Node]], *keys: str) -> list[dict[str, Any]]:
    """Query rows with IRIs turned into local links and roles into words."""
    result = []
    for row in rows:
        item: dict[str, Any] = {}
        for key, value in row.items():
            if key == "role":
                item[key] = _role(value)
            elif isinstance(value, URIRef):
                item[key] = local_path(str(value)) or str(value)
            else:
                item[key] = str(value)
        result.append(item)
    return result


def _sections(kind: str, iri: URIRef) -> dict[str, Any]:
    if kind == "event":
        return {"people": _rows(_select(EVENT_PEOPLE, "event", iri))}
    if kind == "person":
        return {"events": _rows(_select(PERSON_EVENTS, "person", iri))}
    if kind == "organization":
        return {"events": _rows(_select(ORGANIZATION_EVENTS, "org", iri)),
                "members": _rows(_select(ORGANIZATION_PEOPLE, "org", iri))}
    return {}


def render_page(kind: str, iri: URIRef, graph: Graph) -> str:
    """The HTML page of one resource, with its JSON-LD embedded."""
    base_iri = base()
    data = jsonld.document(graph, iri, base_iri)
    path = local_path(str(iri)) or ""
    return render_template(
        "resource.html",
        kind=kind,
        iri=str(iri),
        title=label_of(graph, iri),
        description=graph.value(iri, SCHEMA.description),
        facts=facts(graph, iri),
        start=local_and_utc(graph.value(iri, SCHEMA.startDate), graph.value(iri, kg_namespace(base_iri).timeZone)),
        end=local_and_utc(graph.value(iri, SCHEMA.endDate), graph.value(iri, kg_namespace(base_iri).timeZone)),
        formats=[(f.label, f"{path}.{f.suffix}") for f in RDF_DOCUMENT_FORMATS],
        jsonld=Markup(json.dumps(data, indent=2, ensure_ascii=False).replace("<", "\\u003c")),
        **_sections(kind, iri),
    )
