"""Wikidata: entity search, then the items' statements (instance of, employer, dates, identifiers).

`wbsearchentities` finds items by label or alias for each of our name forms; `wbgetentities`
fetches their statements (at most 50 ids a request) and the labels of their employers. The same
entity parser reads offline subsets (one entity JSON per line, see kg/link/offline.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kg.link.http import AuthorityClient
from kg.link.identifiers import Identifier, IdentifierError, parse
from kg.link.match import Candidate
from kg.link.subjects import Subject

SERVICE = "wikidata"
CALLS = "Wikidata API (wbsearchentities, wbgetentities)"
SEARCH_LIMIT = 10
MAX_IDS = 50
HUMAN = "Q5"
EXTERNAL_IDS = {"P214": "viaf", "P244": "lcnaf", "P496": "orcid", "P213": "isni"}


def search(client: AuthorityClient, subject: Subject) -> list[Candidate]:
    """Candidates for one of our people or organisations."""
    ids: list[str] = []
    for name in subject.names[:4]:
        body = client.get_json(
            SERVICE,
            "",
            {
                "action": "wbsearchentities",
                "search": name,
                "language": "en",
                "uselang": "en",
                "type": "item",
                "limit": str(SEARCH_LIMIT),
                "format": "json",
            },
        )
        ids += [hit["id"] for hit in body.get("search") or [] if isinstance(hit, dict) and "id" in hit]
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    entities = get_entities(client, ids, "labels|descriptions|aliases|claims")
    employers = sorted({e for entity in entities.values() for e in _item_values(entity, "P108")})
    labels = {k: label(v) for k, v in get_entities(client, employers, "labels").items()} if employers else {}
    return [c for e in entities.values() if (c := candidate(e, labels, CALLS)) is not None]


def get_entities(client: AuthorityClient, ids: Iterable[str], props: str) -> dict[str, Any]:
    """Entities by id, 50 to a request; missing ones are left out."""
    found: dict[str, Any] = {}
    ordered = list(ids)
    for start in range(0, len(ordered), MAX_IDS):
        body = client.get_json(
            SERVICE,
            "",
            {
                "action": "wbgetentities",
                "ids": "|".join(ordered[start : start + MAX_IDS]),
                "props": props,
                "languages": "en|mul",
                "languagefallback": "1",
                "format": "json",
            },
        )
        for key, entity in (body.get("entities") or {}).items():
            if isinstance(entity, dict) and "missing" not in entity:
                found[key] = entity
    return found


def _language_value(values: Mapping[str, Any] | None) -> str:
    for language in ("en", "mul"):
        value = (values or {}).get(language)
        if isinstance(value, dict) and value.get("value"):
            return str(value["value"])
    return ""


def label(entity: Mapping[str, Any]) -> str:
    return _language_value(entity.get("labels"))


def _statements(entity: Mapping[str, Any], prop: str) -> list[Any]:
    """Values of a property's statements, deprecated ones and 'no value'/'unknown' left out."""
    values = []
    for statement in (entity.get("claims") or {}).get(prop, []):
        snak = statement.get("mainsnak", {})
        if statement.get("rank") != "deprecated" and snak.get("snaktype") == "value":
            values.append(snak.get("datavalue", {}).get("value"))
    return values


def _item_values(entity: Mapping[str, Any], prop: str) -> list[str]:
    return [v["id"] for v in _statements(entity, prop) if isinstance(v, dict) and "id" in v]


def _year(entity: Mapping[str, Any], prop: str) -> int | None:
    for value in _statements(entity, prop):
        time = value.get("time", "") if isinstance(value, dict) else ""
        if len(time) > 5 and time[1:5].isdigit() and int(value.get("precision", 0)) >= 9:
            return int(time[1:5]) * (-1 if time.startswith("-") else 1)
    return None


def _identifiers(entity: Mapping[str, Any]) -> tuple[Identifier, ...]:
    found = []
    for prop, authority in EXTERNAL_IDS.items():
        for value in _statements(entity, prop):
            try:
                found.append(parse(authority, str(value)))
            except IdentifierError:
                continue  # a malformed statement on Wikidata is not our evidence
    return tuple(found)


def candidate(entity: Mapping[str, Any], employer_labels: Mapping[str, str], service: str) -> Candidate | None:
    """A Candidate from a Wikibase entity (API response or dump line)."""
    try:
        identifier = parse("wikidata", str(entity.get("id", "")))
    except IdentifierError:
        return None
    name = label(entity)
    aliases = [
        a["value"]
        for language in ("en", "mul")
        for a in (entity.get("aliases") or {}).get(language, [])
        if isinstance(a, dict) and a.get("value")
    ]
    employers = _item_values(entity, "P108")
    instance_of = _item_values(entity, "P31")
    return Candidate(
        identifier=identifier,
        label=name or identifier.value,
        service=service,
        description=_language_value(entity.get("descriptions")),
        names=tuple(dict.fromkeys(n for n in (name, *aliases) if n)),
        kind="person" if HUMAN in instance_of else ("organization" if instance_of else None),
        affiliations=tuple(employer_labels[e] for e in employers if employer_labels.get(e)),
        affiliation_ids=tuple(parse("wikidata", e) for e in employers),
        born=_year(entity, "P569"),
        died=_year(entity, "P570"),
        same_as=_identifiers(entity),
    )
