"""id.loc.gov: the LC Name Authority File through suggest2 and the known-label lookup.

Headings are inverted ('Kim, Samuel S.'), so a person is searched left-anchored as 'Family,
Given' and by keyword with the name as written; the known-label lookup answers 302 with the
record's IRI in `X-Uri` (redirects are not followed) or 404. Hits are kept only when their MADS
type is a personal or corporate name.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from kg.link.http import AuthorityClient
from kg.link.identifiers import IdentifierError, from_iri, parse
from kg.link.match import Candidate
from kg.link.subjects import Subject, inverted

SERVICE = "lcnaf"
KINDS = {"PersonalName": "person", "CorporateName": "organization"}


def search(client: AuthorityClient, subject: Subject) -> list[Candidate]:
    heading = inverted(subject)
    family, _, given = heading.partition(", ")
    left = f"{family}, {given.split()[0]}" if given else heading
    candidates = suggest(client, {"q": left}) + suggest(client, {"q": subject.name, "searchtype": "keyword"})
    hit = known_label(client, heading)
    return candidates + ([hit] if hit else [])


def suggest(client: AuthorityClient, params: dict[str, str]) -> list[Candidate]:
    body = client.get_json(SERVICE, "/authorities/names/suggest2", params)
    kind = "keyword" if params.get("searchtype") == "keyword" else "left-anchored"
    return [c for hit in body.get("hits") or [] if (c := _hit(hit, f"id.loc.gov suggest2 ({kind})"))]


def _years(values: Any) -> int | None:
    for value in values or []:
        text = str(value)
        if text[:4].isdigit():
            return int(text[:4])
    return None


def _hit(hit: dict[str, Any], service: str) -> Candidate | None:
    more = hit.get("more") or {}
    types = [KINDS[t] for t in more.get("rdftypes") or [] if t in KINDS]
    if not types:
        return None
    try:
        identifier = parse("lcnaf", str(hit.get("token") or hit.get("uri") or ""))
    except IdentifierError:
        return None
    heading = str(hit.get("aLabel") or hit.get("suggestLabel") or identifier.value)
    fields = [*(more.get("occupations") or []), *(more.get("activityfields") or [])]
    return Candidate(
        identifier=identifier,
        label=heading,
        service=service,
        description="; ".join(str(f) for f in fields),
        names=tuple(
            dict.fromkeys(str(n) for n in (heading, hit.get("vLabel"), *(more.get("variantLabels") or [])) if n)
        ),
        kind=types[0],
        born=_years(more.get("birthdates")),
        died=_years(more.get("deathdates")),
        fields=tuple(str(f) for f in fields),
    )


def known_label(client: AuthorityClient, heading: str) -> Candidate | None:
    """The record whose authorised or variant heading is exactly `heading`, if there is one."""
    response = client.get(SERVICE, "/authorities/names/label/" + quote(heading, safe=",'"), expect=(302, 303, 404))
    if response.status_code == 404:
        return None
    identifier = from_iri(response.headers.get("X-Uri") or response.headers.get("Location") or "")
    if identifier is None or identifier.authority != "lcnaf":
        return None
    label = response.headers.get("X-PrefLabel") or heading
    return Candidate(
        identifier=identifier,
        label=label,
        service="id.loc.gov known-label lookup",
        names=tuple(dict.fromkeys((label, heading))),
    )
