"""HTML pages of resources: the facts of a description, plus what each kind needs around it.

An event page lists its speakers with roles and affiliations; a person page every event they
took part in. Every page embeds the resource's schema.org JSON-LD for crawlers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

from flask import render_template, request
from markupsafe import Markup
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from kg.store import DESCRIBE_QUERY
from kg.vocab import SCHEMA, kg_namespace
from server import index, jsonld
from server.context import base, local_path, store
from server.formats import RDF_DOCUMENT_FORMATS
from server.paging import Paging


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


LINK_SCHEMES = ("http", "https", "mailto")


def safe_href(target: str) -> str | None:
    """A link target for an HTML page: a path on this server or an http(s)/mailto URL; anything
    else (javascript:, data:, vbscript:, ...) is shown as text, never linked."""
    if target.startswith("/") and not target.startswith("//"):
        return target
    return target if urlsplit(target.strip()).scheme.lower() in LINK_SCHEMES else None


def link(graph: Graph, node: Node) -> Link:
    return Link(label_of(graph, node), local_path(str(node)) or safe_href(str(node)))


def _fact_value(graph: Graph, node: Node) -> Any:
    if isinstance(node, Literal):
        return str(node)
    if isinstance(node, BNode):
        return ", ".join(str(o) for p, o in sorted(graph.predicate_objects(node), key=str) if isinstance(o, Literal))
    return link(graph, node)


def facts(graph: Graph, iri: URIRef) -> list[tuple[str, list[Any]]]:
    """(property label, values) for every property of the resource."""
    rows = []
    for predicate in sorted(set(graph.predicates(iri)), key=str):
        if predicate == SCHEMA.description:
            continue
        values = [_fact_value(graph, o) for o in sorted(graph.objects(iri, predicate), key=str)]
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


def _select(query: str, variable: str, iri: URIRef) -> list[dict[str, Node]]:
    prologue = f"PREFIX kg: <{kg_namespace(base())}>\n"
    return store().select(prologue + query.replace(f"${variable}", f"<{iri}>"))


@lru_cache(maxsize=256)  # a few dozen roles; a busy person's page names one per row
def _role(term: str) -> str:
    words = term.rsplit("#", 1)[-1]
    return "".join(" " + c.lower() if c.isupper() else c for c in words).strip()


def _href(iri: str, base_iri: str | None = None) -> str:
    return local_path(iri, base_iri) or safe_href(iri) or ""


def _rows(rows: list[dict[str, Node]]) -> list[dict[str, Any]]:
    """Query rows with IRIs turned into local links and roles into words."""
    result = []
    for row in rows:
        item: dict[str, Any] = {}
        for key, value in row.items():
            if key == "role":
                item[key] = _role(str(value))
            elif isinstance(value, URIRef):
                item[key] = _href(str(value))
            else:
                item[key] = str(value)
        result.append(item)
    return result


def _indexed(rows: list[dict[str, Any]], *iris: str) -> list[dict[str, Any]]:
    """Rows of the release's index, the same way: the columns named in `iris` as local links."""
    base_iri = base()
    for row in rows:
        for key in iris:
            row[key] = _href(row[key], base_iri) if row[key] else None
        if row.get("role"):
            row["role"] = _role(row["role"])
    return rows


STAFF_ROLES = {"contact", "rapporteur", "host", "organizer"}
AUTHORITY_NAMES = {
    "www.wikidata.org": "Wikidata",
    "viaf.org": "VIAF",
    "id.loc.gov": "LC NAF",
    "orcid.org": "ORCID",
    "isni.org": "ISNI",
}


def _links(graph: Graph, iri: URIRef, predicate: URIRef) -> list[Link]:
    return sorted(
        (link(graph, o) for o in graph.objects(iri, predicate) if isinstance(o, URIRef)), key=lambda item: item.label
    )


def _place(graph: Graph, node: Node) -> dict[str, Any]:
    address = graph.value(node, SCHEMA.address)
    parts = (
        []
        if address is None
        else [
            str(graph.value(address, p))
            for p in (
                SCHEMA.streetAddress,
                SCHEMA.addressLocality,
                SCHEMA.addressRegion,
                SCHEMA.postalCode,
                SCHEMA.addressCountry,
            )
            if graph.value(address, p) is not None
        ]
    )
    url = graph.value(node, SCHEMA.url)
    return {
        "name": str(graph.value(node, SCHEMA.name) or ""),
        "address": ", ".join(parts),
        "url": safe_href(str(url)) if url else None,
    }


def _sections(kind: str, iri: URIRef, graph: Graph) -> dict[str, Any]:
    if kind == "event":
        people = _rows(_select(EVENT_PEOPLE, "event", iri))
        people.sort(key=lambda row: row["role"] in STAFF_ROLES)  # speakers first, staff last
        return {
            "people": people,
            "places": [_place(graph, n) for n in graph.objects(iri, SCHEMA.location)],
            "hosts": _links(graph, iri, SCHEMA.organizer),
            "sponsors": _links(graph, iri, SCHEMA.sponsor),
            "reports": _links(graph, iri, SCHEMA.subjectOf),
            "related": _links(graph, iri, kg_namespace(base()).relatedEvent),
        }
    if kind == "person":
        # A busy speaker takes part in thousands of events: their page reads the release's index,
        # one range per page, never the graph (see kg.export.INDEX_TABLES).
        paging = Paging.of(index.count_of(str(iri)))
        badges = [
            {"label": AUTHORITY_NAMES.get(urlsplit(str(o)).hostname or "", "link"), "href": str(o)}
            for o in sorted(graph.objects(iri, SCHEMA.sameAs), key=str)
            if safe_href(str(o))
        ]
        affiliations = _indexed(index.affiliations_of(str(iri), paging.size), "org")
        return {
            "events": _indexed(index.events_of(str(iri), paging.offset, paging.size), "event", "org"),
            "paging": paging,
            "affiliations": sorted(affiliations, key=lambda a: (a["from"], a["orgName"])),
            "badges": badges,
            "variants": sorted(str(n) for n in graph.objects(iri, SCHEMA.alternateName)),
        }
    if kind == "organization":
        paging = Paging.of(index.count_of(str(iri)))
        return {
            "events": _indexed(index.events_of(str(iri), paging.offset, paging.size), "event", "org"),
            "paging": paging,
            "members": _indexed(index.members_of(str(iri), paging.size), "person"),
            "members_total": index.member_count(str(iri)),
            "programs": _links(graph, iri, SCHEMA.subOrganization),
            "parents": _links(graph, iri, SCHEMA.parentOrganization),
            "variants": sorted(str(n) for n in graph.objects(iri, SCHEMA.alternateName))
            + [f"{n} (former name)" for n in sorted(graph.objects(iri, kg_namespace(base()).formerName), key=str)],
        }
    return {}


def render_page(kind: str, iri: URIRef, graph: Graph) -> str:
    """The HTML page of one resource, with its JSON-LD embedded for crawlers."""
    base_iri = base()
    path = local_path(str(iri)) or ""
    data = jsonld.for_crawlers(graph, iri, base_iri, request.host_url.rstrip("/") + path)
    zone = graph.value(iri, kg_namespace(base_iri).timeZone)
    return render_template(
        "resource.html",
        kind=kind,
        iri=str(iri),
        title=label_of(graph, iri),
        description=graph.value(iri, SCHEMA.description),
        facts=facts(graph, iri),
        start=local_and_utc(graph.value(iri, SCHEMA.startDate), zone),
        end=local_and_utc(graph.value(iri, SCHEMA.endDate), zone),
        formats=[(f.label, f.media_type, f"{path}.{f.suffix}") for f in RDF_DOCUMENT_FORMATS],
        sparql="/sparql?" + urlencode({"query": DESCRIBE_QUERY.replace("$iri", f"<{iri}>").strip()}),
        jsonld=Markup(json.dumps(data, indent=2, ensure_ascii=False).replace("<", "\\u003c")),
        **_sections(kind, iri, graph),
    )
