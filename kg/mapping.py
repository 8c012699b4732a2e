"""Records -> RDF with schema.org terms. Knows RDF, never HTML.

Each triple is written to exactly one named graph, so the union default graph has no duplicates:
a record's graph holds its events, participations and reports; each resolved person and
organisation has a graph of its own, merged from every record that mentions it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD, ClosedNamespace

from kg.identity import Entity, Identities, organizations_of, preferred_name
from kg.names import slugify
from kg.nquads import Triples
from kg.records import (
    EventRecord,
    OrganizationRecord,
    Participation,
    PersonRecord,
    PlaceRecord,
    ReportRecord,
    iter_events,
)
from kg.vocab import SCHEMA, graph_iri, iri_for, kg_namespace

ROLE_TERMS = {
    "speaker": "Speaker",
    "moderator": "Moderator",
    "panelist": "Panelist",
    "keynote": "Keynote",
    "discussant": "Discussant",
    "chair": "Chair",
    "presenter": "Presenter",
    "respondent": "Respondent",
    "introductory-remarks": "IntroductoryRemarks",
    "featured-remarks": "FeaturedRemarks",
    "closing-remarks": "ClosingRemarks",
    "host": "Host",
    "organizer": "Organizer",
    "rapporteur": "Rapporteur",
    "contact": "Contact",
}
# Roles whose people crawlers should see as the event's performers; staff roles are not.
PERFORMING_ROLES = frozenset(ROLE_TERMS) - {"host", "organizer", "rapporteur", "contact"}
LOCAL_TERMS = [
    "relatedEvent",
    "timeZone",
    "participation",
    "Participation",
    "participant",
    "role",
    "statedAffiliation",
    "statedJobTitle",
    "formerName",
    *ROLE_TERMS.values(),
]
ATTENDANCE_MODES = {
    "offline": SCHEMA.OfflineEventAttendanceMode,
    "online": SCHEMA.OnlineEventAttendanceMode,
    "mixed": SCHEMA.MixedEventAttendanceMode,
}
EVENT_STATUSES = {
    "scheduled": SCHEMA.EventScheduled,
    "cancelled": SCHEMA.EventCancelled,
    "postponed": SCHEMA.EventPostponed,
    "rescheduled": SCHEMA.EventRescheduled,
    "moved-online": SCHEMA.EventMovedOnline,
}


def when(value: str) -> Literal:
    """xsd:date for a day, xsd:dateTime (with its offset) for an instant."""
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


@dataclass
class Mapper:
    """Maps records with the identities resolved across all of them."""

    base: str
    identities: Identities

    @cached_property
    def kg(self) -> ClosedNamespace:
        """The local terms the mapping writes, made once (each new URIRef is checked, which adds up)."""
        return ClosedNamespace(str(kg_namespace(self.base)), LOCAL_TERMS)

    def person(self, record: str, person: PersonRecord) -> URIRef:
        return iri_for(self.base, "person", self.identities.person_slug(record, person))

    def organization(self, record: str, org: OrganizationRecord) -> URIRef:
        return iri_for(self.base, "organization", self.identities.organization_slug(record, org))

    def record_graph(self, record: EventRecord) -> Graph:
        return self.record_triples(record).graph()

    def record_triples(self, record: EventRecord) -> Triples:
        """The record's own graph: its event, related meetings, participations and reports."""
        graph = Triples()
        main = iri_for(self.base, "event", record.slug)
        self._event(graph, record, record, main)
        for related in record.related_events:
            related_iri = iri_for(self.base, "event", related.slug)
            self._event(graph, record, related, related_iri)
            graph.add((main, self.kg.relatedEvent, related_iri))
            graph.add((related_iri, self.kg.relatedEvent, main))
        return graph

    def _event(self, graph: Triples, record: EventRecord, event: EventRecord, iri: URIRef) -> None:
        add = graph.add
        add((iri, RDF.type, SCHEMA.Event))
        add((iri, SCHEMA.name, Literal(event.name)))
        add((iri, SCHEMA.startDate, when(event.start)))
        if event.end:
            add((iri, SCHEMA.endDate, when(event.end)))
        optional = (
            (SCHEMA.description, event.description),
            (self.kg.timeZone, event.time_zone),
            (SCHEMA.inLanguage, event.in_language),
        )
        for predicate, value in optional:
            if value:
                add((iri, predicate, Literal(value)))
        if event.url:
            add((iri, SCHEMA.url, URIRef(event.url)))
        for keyword in event.keywords:
            add((iri, SCHEMA.keywords, Literal(keyword)))
        if event.attendance_mode:
            add((iri, SCHEMA.eventAttendanceMode, ATTENDANCE_MODES[event.attendance_mode]))
        if event.status:
            add((iri, SCHEMA.eventStatus, EVENT_STATUSES[event.status]))
        for place in (event.location, event.online_location):
            if place:
                add((iri, SCHEMA.location, self._place(graph, place)))
        for org in event.organizers:
            add((iri, SCHEMA.organizer, self.organization(record.slug, org)))
        for org in event.sponsors:
            add((iri, SCHEMA.sponsor, self.organization(record.slug, org)))
        for participation in event.participants:
            self._participation(graph, record, iri, event.slug, participation)
        for report in event.reports:
            report_iri = self._report(graph, record, report)
            add((iri, SCHEMA.subjectOf, report_iri))
            add((report_iri, SCHEMA.about, iri))

    def _place(self, graph: Triples, place: PlaceRecord) -> BNode:
        node = BNode()
        virtual = place.url is not None and not place.street_address and not place.locality
        graph.add((node, RDF.type, SCHEMA.VirtualLocation if virtual else SCHEMA.Place))
        if place.name:
            graph.add((node, SCHEMA.name, Literal(place.name)))
        if place.url:
            graph.add((node, SCHEMA.url, URIRef(place.url)))
        parts = (
            (SCHEMA.streetAddress, place.street_address),
            (SCHEMA.addressLocality, place.locality),
            (SCHEMA.addressRegion, place.region),
            (SCHEMA.postalCode, place.postal_code),
            (SCHEMA.addressCountry, place.country),
        )
        if not virtual and any(value for _, value in parts):
            address = BNode()
            graph.add((node, SCHEMA.address, address))
            graph.add((address, RDF.type, SCHEMA.PostalAddress))
            for predicate, value in parts:
                if value:
                    graph.add((address, predicate, Literal(value)))
        return node

    def _participation(
        self, graph: Triples, record: EventRecord, event: URIRef, event_slug: str, participation: Participation
    ) -> None:
        person = self.person(record.slug, participation.person)
        person_slug = self.identities.person_slug(record.slug, participation.person)
        node = iri_for(self.base, "participation", f"{event_slug}--{person_slug}--{participation.role}")
        graph.add((event, self.kg.participation, node))
        graph.add((node, RDF.type, self.kg.Participation))
        graph.add((node, self.kg.participant, person))
        graph.add((node, self.kg.role, self.kg[ROLE_TERMS[participation.role]]))
        if participation.affiliation:
            graph.add((node, self.kg.statedAffiliation, self.organization(record.slug, participation.affiliation)))
        if participation.job_title:
            graph.add((node, self.kg.statedJobTitle, Literal(participation.job_title)))
        if participation.role in PERFORMING_ROLES:
            graph.add((event, SCHEMA.performer, person))

    def _report(self, graph: Triples, record: EventRecord, report: ReportRecord) -> URIRef:
        slug = slugify(f"{report.publisher.name} {report.name}" if report.publisher else report.name)
        iri = iri_for(self.base, "report", slug)
        graph.add((iri, RDF.type, SCHEMA.Report))
        graph.add((iri, SCHEMA.name, Literal(report.name)))
        if report.report_number:
            graph.add((iri, SCHEMA.reportNumber, Literal(report.report_number)))
        if report.publisher:
            graph.add((iri, SCHEMA.publisher, self.organization(record.slug, report.publisher)))
        if report.url:
            graph.add((iri, SCHEMA.url, URIRef(report.url)))
        if report.date_published:
            graph.add((iri, SCHEMA.datePublished, when(report.date_published)))
        return iri

    def entity_links(self, record: EventRecord) -> Iterator[tuple[str, str, URIRef]]:
        """What a record adds to person and organisation graphs besides their mentions: a person's
        affiliation stated at an event, an organisation's child. (From the records, not the
        entities: an organisation's children are all mentioned in its own records, with their
        parent, so they are complete for a build holding only those.)"""
        for event in iter_events(record):
            for participation in event.participants:
                if participation.affiliation:
                    person = self.identities.person_slug(record.slug, participation.person)
                    yield "person", person, self.organization(record.slug, participation.affiliation)
        for child in organizations_of(record):
            if child.parent:
                parent = self.identities.organization_slug(record.slug, child.parent)
                yield "organization", parent, self.organization(record.slug, child)

    def entity_inputs(self, record: EventRecord) -> dict[tuple[str, str], list[object]]:
        """Everything the person and organisation graphs read of one record, per (kind, slug): its
        mentions there, with the IRIs they link to, and the links it adds. An entity graph is made
        from its inputs of every record in a fixed order, so a record whose inputs to it are the
        same leaves it the same (kg.quick)."""
        inputs: dict[tuple[str, str], list[object]] = {}
        for person in record.people:
            works_for = self.organization(record.slug, person.works_for) if person.works_for else None
            inputs.setdefault(("person", self.identities.person_slug(record.slug, person)), []).append(
                (person, works_for)
            )
        for org in organizations_of(record):
            parent = self.organization(record.slug, org.parent) if org.parent else None
            inputs.setdefault(("organization", self.identities.organization_slug(record.slug, org)), []).append(
                (org, parent)
            )
        for kind, slug, iri in self.entity_links(record):
            inputs.setdefault((kind, slug), []).append(iri)
        return inputs

    def person_graph(self, entity: Entity, affiliations: Iterable[URIRef]) -> Triples:
        """One person, merged from every mention; `affiliations` are those stated at events."""
        graph = Triples()
        iri = iri_for(self.base, "person", entity.slug)
        mentions: list[PersonRecord] = [m for _, m in entity.mentions]  # type: ignore[misc]
        name = preferred_name(mentions)
        graph.add((iri, RDF.type, SCHEMA.Person))
        graph.add((iri, SCHEMA.name, Literal(name)))
        for variant in _unique(n for m in mentions for n in m.names if n != name):
            graph.add((iri, SCHEMA.alternateName, Literal(variant)))
        singles = (
            (SCHEMA.givenName, "given_name"),
            (SCHEMA.familyName, "family_name"),
            (SCHEMA.honorificPrefix, "honorific_prefix"),
            (SCHEMA.jobTitle, "job_title"),
            (SCHEMA.telephone, "telephone"),
            (SCHEMA.email, "email"),
        )
        for predicate, attribute in singles:
            value = next((getattr(m, attribute) for m in mentions if getattr(m, attribute)), None)
            if value:
                graph.add((iri, predicate, Literal(value)))
        url = next((m.url for m in mentions if m.url), None)
        if url:
            graph.add((iri, SCHEMA.url, URIRef(url)))
        for record, mention in entity.mentions:
            if isinstance(mention, PersonRecord) and mention.works_for:
                graph.add((iri, SCHEMA.worksFor, self.organization(record, mention.works_for)))
        for org in affiliations:
            graph.add((iri, SCHEMA.affiliation, org))
        return graph

    def organization_graph(self, entity: Entity) -> Triples:
        """One organisation, merged from every mention, typed with its schema.org subtype too."""
        graph = Triples()
        iri = iri_for(self.base, "organization", entity.slug)
        mentions: list[OrganizationRecord] = [m for _, m in entity.mentions]  # type: ignore[misc]
        name = preferred_name(mentions)
        graph.add((iri, RDF.type, SCHEMA.Organization))
        for kind in {m.type for m in mentions}:
            graph.add((iri, RDF.type, URIRef(f"{SCHEMA}{kind}")))
        graph.add((iri, SCHEMA.name, Literal(name)))
        former = set(_unique(n for m in mentions for n in m.former_names))
        for variant in former:
            graph.add((iri, self.kg.formerName, Literal(variant)))
        for variant in _unique(n for m in mentions for n in m.names if n != name and n not in former):
            graph.add((iri, SCHEMA.alternateName, Literal(variant)))
        description = next((m.description for m in mentions if m.description), None)
        if description:
            graph.add((iri, SCHEMA.description, Literal(description)))
        url = next((m.url for m in mentions if m.url), None)
        if url:
            graph.add((iri, SCHEMA.url, URIRef(url)))
        for record, mention in entity.mentions:
            if isinstance(mention, OrganizationRecord) and mention.parent:
                parent = self.organization(record, mention.parent)
                graph.add((iri, SCHEMA.parentOrganization, parent))
        return graph


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def map_records(records: Iterable[EventRecord], identities: Identities, base: str) -> dict[URIRef, Graph]:
    """One graph per record: its events, participations and reports."""
    mapper = Mapper(base, identities)
    return {graph_iri(base, "event", r.slug): mapper.record_graph(r) for r in records}


class EntityMapper:
    """The person and organisation graphs, one at a time: each is merged from every record
    mentioning it. A person's affiliations are those stated at their events; an organisation lists
    its programs. What links records to entities is gathered once, so a graph costs only its own mentions.
    """

    def __init__(self, records: Iterable[EventRecord], identities: Identities, base: str) -> None:
        self.base, self.identities = base, identities
        self.mapper = Mapper(base, identities)
        self.affiliations: dict[str, set[URIRef]] = {}
        self.children: dict[str, set[URIRef]] = {}
        for record in records:
            for kind, slug, iri in self.mapper.entity_links(record):
                (self.affiliations if kind == "person" else self.children).setdefault(slug, set()).add(iri)

    def graph(self, kind: str, slug: str) -> Graph:
        return self.triples(kind, slug).graph()

    def triples(self, kind: str, slug: str) -> Triples:
        if kind == "person":
            entity = self.identities.persons[slug]
            return self.mapper.person_graph(entity, sorted(self.affiliations.get(slug, ())))
        graph = self.mapper.organization_graph(self.identities.organizations[slug])
        for child in sorted(self.children.get(slug, ())):
            graph.add((iri_for(self.base, "organization", slug), SCHEMA.subOrganization, child))
        return graph

    def graphs(self, only: set[URIRef] | None = None) -> dict[URIRef, Graph]:
        """Every person and organisation graph (only those named in `only`, when given)."""
        graphs: dict[URIRef, Graph] = {}
        for kind, group in (("organization", self.identities.organizations), ("person", self.identities.persons)):
            for slug in group:
                name = graph_iri(self.base, kind, slug)
                if only is None or name in only:
                    graphs[name] = self.graph(kind, slug)
        return graphs


def map_entities(
    records: Iterable[EventRecord], identities: Identities, base: str, only: set[URIRef] | None = None
) -> dict[URIRef, Graph]:
    """One graph per resolved person and organisation (only those named in `only`, when given)."""
    return EntityMapper(records, identities, base).graphs(only)


def map_all(records: list[EventRecord], identities: Identities, base: str) -> dict[URIRef, Graph]:
    """Every named graph of the dataset: one per record, one per person and organisation."""
    return {**map_records(records, identities, base), **map_entities(records, identities, base)}
