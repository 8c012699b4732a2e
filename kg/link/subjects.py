"""Our people and organisations as the matcher sees them: names, affiliations, years and topics.

Read from the mapped graphs (YAML and RDF records alike), so what is compared with an authority
record is what the archive publishes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.vocab import SCHEMA, kg_namespace, split_iri


@dataclass(frozen=True)
class Subject:
    """One of our people or organisations, with what an authority record can agree with."""

    kind: str  # person or organization
    slug: str
    name: str
    names: tuple[str, ...]  # the preferred name first, then the variants
    affiliations: tuple[str, ...] = ()  # organisation names: stated at events, worksFor, parent
    affiliation_keys: tuple[str, ...] = ()  # the same organisations as review-file keys
    years: tuple[int, ...] = ()  # years of the events they took part in (or organised)
    topics: tuple[str, ...] = ()  # event names and keywords, job titles
    family_name: str | None = None
    given_name: str | None = None

    @property
    def key(self) -> str:
        """The entity column of the review file: person/chen-jian."""
        return f"{self.kind}/{self.slug}"


def _texts(graph: Graph, node: Node, *predicates: URIRef) -> list[str]:
    return [str(o) for p in predicates for o in graph.objects(node, p)]


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def subjects_of(graphs: Mapping[URIRef, Graph], base: str) -> list[Subject]:
    """Every person and organisation minted under `base`, sorted by key."""
    union = Graph()
    for graph in graphs.values():
        union += graph
    found = []
    for kind, cls in (("person", SCHEMA.Person), ("organization", SCHEMA.Organization)):
        for node in set(union.subjects(RDF.type, cls)):
            parts = split_iri(base, str(node))
            if parts and parts[0] == kind:
                found.append(_subject(union, node, kind, parts[1], base))
    return sorted(found, key=lambda s: s.key)


def _subject(graph: Graph, node: Node, kind: str, slug: str, base: str) -> Subject:
    kg = kg_namespace(base)
    name = str(graph.value(node, SCHEMA.name) or slug)
    names = _unique([name, *_texts(graph, node, SCHEMA.alternateName, kg.formerName)])
    orgs = [
        *graph.objects(node, SCHEMA.affiliation),
        *graph.objects(node, SCHEMA.worksFor),
        *graph.objects(node, SCHEMA.parentOrganization),
    ]
    events: list[Node] = []
    topics = _texts(graph, node, SCHEMA.jobTitle)
    if kind == "person":
        for participation in graph.subjects(kg.participant, node):
            orgs += graph.objects(participation, kg.statedAffiliation)
            topics += _texts(graph, participation, kg.statedJobTitle)
            events += graph.subjects(kg.participation, participation)
    else:
        events += [*graph.subjects(SCHEMA.organizer, node), *graph.subjects(SCHEMA.sponsor, node)]
    years = sorted(
        {
            int(str(start)[:4])
            for e in events
            for start in graph.objects(e, SCHEMA.startDate)
            if str(start)[:4].isdigit()
        }
    )
    for event in events:
        topics += _texts(graph, event, SCHEMA.name, SCHEMA.keywords)
    org_keys = [f"organization/{p[1]}" for o in orgs if (p := split_iri(base, str(o)))]
    return Subject(
        kind=kind,
        slug=slug,
        name=name,
        names=names,
        affiliations=_unique(str(graph.value(o, SCHEMA.name) or "") for o in orgs),
        affiliation_keys=_unique(org_keys),
        years=tuple(years),
        topics=_unique(topics),
        family_name=_first(graph, node, SCHEMA.familyName),
        given_name=_first(graph, node, SCHEMA.givenName),
    )


def _first(graph: Graph, node: Node, predicate: URIRef) -> str | None:
    value = graph.value(node, predicate)
    return str(value) if value is not None else None


def inverted(subject: Subject) -> str:
    """The heading form authority files use: 'Kim, Samuel S.'; 'Chen, Jian' when the parts are stated."""
    if subject.kind != "person":
        return subject.name
    if subject.family_name and subject.given_name:
        return f"{subject.family_name}, {subject.given_name}"
    words = subject.name.split()
    return f"{words[-1]}, {' '.join(words[:-1])}" if len(words) > 1 else subject.name


def family_and_given(subject: Subject) -> list[tuple[str, str]]:
    """Plausible (family, given) splits: the stated one, else last word first and, for two words, both."""
    if subject.family_name and subject.given_name:
        return [(subject.family_name, subject.given_name)]
    words = subject.name.split()
    if len(words) < 2:
        return []
    splits = [(words[-1], " ".join(words[:-1]))]
    if len(words) == 2:
        splits.append((words[0], words[1]))
    return splits
