"""EventRecord -> the YAML record format of docs/records.md, the inverse of
kg.records.load_yaml_record: people and organisations declared once under `people:` and
`organizations:` and referred to by key, fields in the order of the hand-written records,
long text as literal blocks, empty fields left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from kg.records import (
    EventRecord,
    OrganizationRecord,
    Participation,
    PersonRecord,
    PlaceRecord,
    ReportRecord,
    iter_events,
)

YAML_WIDTH = 100


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks; lists of lists indented as people write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _compact(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v not in (None, "", (), [], {})}


def _organizations(record: EventRecord) -> Iterator[OrganizationRecord]:
    def with_parents(org: OrganizationRecord | None) -> Iterator[OrganizationRecord]:
        while org is not None:
            yield org
            org = org.parent

    for event in iter_events(record):
        for org in (*event.organizers, *event.sponsors):
            yield from with_parents(org)
        for participation in event.participants:
            yield from with_parents(participation.affiliation)
            yield from with_parents(participation.person.works_for)
        for report in event.reports:
            yield from with_parents(report.publisher)


def _organization(org: OrganizationRecord) -> dict[str, Any]:
    return _compact(
        {
            "name": org.name,
            "type": None if org.type == "Organization" else org.type,
            "alternate_names": list(org.alternate_names),
            "former_names": list(org.former_names),
            "parent": org.parent.key if org.parent else None,
            "url": org.url,
            "description": org.description,
        }
    )


def _person(person: PersonRecord) -> dict[str, Any]:
    return _compact(
        {
            "name": person.name,
            "alternate_names": list(person.alternate_names),
            "given_name": person.given_name,
            "family_name": person.family_name,
            "honorific_prefix": person.honorific_prefix,
            "job_title": person.job_title,
            "telephone": person.telephone,
            "email": person.email,
            "works_for": person.works_for.key if person.works_for else None,
            "url": person.url,
        }
    )


def _participation(participation: Participation) -> dict[str, Any]:
    return _compact(
        {
            "person": participation.person.key,
            "role": participation.role,
            "affiliation": participation.affiliation.key if participation.affiliation else None,
            "job_title": participation.job_title,
        }
    )


def _report(report: ReportRecord) -> dict[str, Any]:
    return _compact(
        {
            "name": report.name,
            "report_number": report.report_number,
            "publisher": report.publisher.key if report.publisher else None,
            "url": report.url,
            "date_published": report.date_published,
        }
    )


def _place(place: PlaceRecord | None) -> dict[str, Any] | None:
    return _compact(vars(place)) if place is not None else None


def _event(event: EventRecord, slug: str | None) -> dict[str, Any]:
    return _compact(
        {
            "name": event.name,
            "slug": slug,
            "start": event.start,
            "end": event.end,
            "time_zone": event.time_zone,
            "url": event.url,
            "attendance_mode": event.attendance_mode,
            "status": event.status,
            "in_language": event.in_language,
            "keywords": list(event.keywords),
            "location": _place(event.location),
            "online_location": _place(event.online_location),
            "organizers": [o.key for o in event.organizers],
            "sponsors": [o.key for o in event.sponsors],
            "participants": [_participation(p) for p in event.participants],
            "reports": [_report(r) for r in event.reports],
            "description": event.description,
        }
    )


def _unique_by_key(items: Iterator[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in items:
        if item.key in found and found[item.key] != item:
            raise ValueError(f"two different records share the key {item.key!r}")
        found.setdefault(item.key, item)
    return found


def record_document(record: EventRecord) -> dict[str, Any]:
    """The record as the mapping the YAML file holds (the slug comes from the file name)."""
    document = _event(record, None)
    later = {k: document.pop(k, None) for k in ("participants", "reports", "description")}
    orgs = _unique_by_key(_organizations(record))
    people = _unique_by_key(p for e in iter_events(record) for p in (x.person for x in e.participants))
    document["organizations"] = {k: _organization(o) for k, o in orgs.items()}
    document["people"] = {k: _person(p) for k, p in people.items()}
    document["participants"] = later["participants"]
    document["reports"] = later["reports"]
    document["related_events"] = [_event(e, e.slug) for e in record.related_events]
    document["description"] = later["description"]
    return _compact(document)


def record_yaml(record: EventRecord) -> str:
    """The record as YAML text for `data/events/{slug}.yaml`."""
    return yaml.dump(
        record_document(record),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=YAML_WIDTH,
        default_flow_style=False,
    )
