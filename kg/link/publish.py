"""Accepted links into the graph: sameAs, the identifier, and who accepted it, when, from where.

In the person's (or organisation's) own named graph:

    <person> schema:sameAs <http://www.wikidata.org/entity/Q…> ;
             schema:identifier [ a schema:PropertyValue ;
                 schema:propertyID "Wikidata" ; schema:value "Q…" ; schema:url <record IRI> ;
                 prov:wasAttributedTo [ a prov:Person ; schema:name "who accepted it" ] ;
                 dcterms:dateAccepted "2024-05-02"^^xsd:date ;
                 dcterms:source "the service that proposed it" ] .

Only rows whose status is `accepted` are published. An accepted row that cannot be published
(a mistyped identifier, no `decided_by`, a date that is not a date, two accepted links to the same
authority) stops the build like a SHACL violation, naming the review file and line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from kg.errors import NotConforming
from kg.link import review
from kg.link.identifiers import Identifier, IdentifierError, parse
from kg.nquads import Triples
from kg.vocab import SCHEMA, graph_iri

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


def add_accepted_links(
    graphs: Mapping[URIRef, Triples], review_file: Path, base: str, known: Collection[URIRef] | None = None
) -> list[str]:
    """Add every accepted link to its entity's graph; returns notes about rows left out.

    `known` names every entity graph of the build when `graphs` holds only some of them (a batch):
    links of the others are then left to their own batch rather than noted as not in the records.
    """
    rows = review.read(review_file)
    errors: list[str] = []
    notes: list[str] = []
    published: dict[tuple[str, str], int] = {}
    for row in rows:
        if row.status != "accepted":
            continue
        where = f"{review_file}:{row.line}: {row.entity}"
        problems, identifier = _check(row)
        if (row.entity, row.authority) in published:
            problems.append(
                f"a second accepted {row.authority} link (the first is on line "
                f"{published[(row.entity, row.authority)]}); reject one of them"
            )
        if problems or identifier is None:
            errors += [f"{where}: {p}" for p in problems]
            continue
        kind, slug = row.entity.split("/", 1)
        graph = graphs.get(graph_iri(base, kind, slug))
        if graph is None:
            if known is not None and graph_iri(base, kind, slug) in known:
                continue
            notes.append(f"{where} is not in the records; its {identifier.scheme.label} link is not published")
            continue
        published[(row.entity, row.authority)] = row.line
        add_link(graph, URIRef(f"{base}id/{kind}/{slug}"), identifier, row)
    if errors:
        raise NotConforming(
            "\n".join(
                [
                    f"{review_file}: accepted links that cannot be published:",
                    *errors,
                    f"{len(errors)} problem(s); nothing was published, the served graph is unchanged",
                ]
            )
        )
    return notes


def _check(row: review.Row) -> tuple[list[str], Identifier | None]:
    problems: list[str] = []
    identifier = None
    try:
        identifier = parse(row.authority, row.identifier)
    except IdentifierError as err:
        problems.append(str(err))
    if identifier is not None and row.iri and row.iri not in (identifier.iri, identifier.record_iri):
        problems.append(
            f"the iri column {row.iri!r} is not the IRI of {identifier.value} ({identifier.iri}); correct or empty it"
        )
    if not row.decided_by:
        problems.append("accepted without decided_by: write who accepted the link")
    if not (DATE_RE.match(row.decided_at) or DATETIME_RE.match(row.decided_at)):
        problems.append(
            f"decided_at {row.decided_at!r} is not a date: write it as 2024-05-02 (or 2024-05-02T14:30:00Z)"
        )
    return problems, identifier


def add_link(graph: Triples, entity: URIRef, identifier: Identifier, row: review.Row) -> None:
    value, agent = BNode(), BNode()
    graph.add((entity, SCHEMA.sameAs, URIRef(identifier.iri)))
    graph.add((entity, SCHEMA.identifier, value))
    graph.add((value, RDF.type, SCHEMA.PropertyValue))
    graph.add((value, SCHEMA.propertyID, Literal(identifier.scheme.label)))
    graph.add((value, SCHEMA.value, Literal(identifier.value)))
    graph.add((value, SCHEMA.url, URIRef(identifier.record_iri)))
    graph.add((value, PROV.wasAttributedTo, agent))
    graph.add((agent, RDF.type, PROV.Person))
    graph.add((agent, SCHEMA.name, Literal(row.decided_by)))
    datatype = XSD.date if DATE_RE.match(row.decided_at) else XSD.dateTime
    graph.add((value, DCTERMS.dateAccepted, Literal(row.decided_at, datatype=datatype)))
    if row.service:
        graph.add((value, DCTERMS.source, Literal(row.service)))
