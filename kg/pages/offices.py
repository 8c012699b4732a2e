"""A foundation's country or city office is the foundation (docs/ingest.md, Accuracy).

Political and private foundations name their offices abroad by the foundation and the place:
"Friedrich-Ebert-Stiftung Vietnam Office", "Konrad-Adenauer-Stiftung Morocco", "Heinrich Böll
Stiftung Office in Abuja", "Friedrich-Ebert-Stiftung Jordan & Iraq". An office is no body of its
own, so a sponsor, organizer or employer named so is the foundation: one organisation in the
graph whichever office a page names.
"""

from __future__ import annotations

import re

from kg.pages.people import is_place

# the foundation's kind, also as the end of one word ('Konrad-Adenauer-Stiftung')
_FOUNDATION = re.compile(
    r"(?:stiftung|foundations?|fondation|fundaci[oó]n|funda[cç][aã]o|funda[tț]ia|fondazione|fundacja|stichting)\b",
    re.IGNORECASE,
)
_OFFICE = r"(?:(?:country|regional|representative|liaison|project|field)\s+)?(?:office|bureau|representation)"
_OFFICE_IN = re.compile(rf"\s+{_OFFICE}\s+(?:in|for)\s+(?:the\s+)?(?P<place>.+)$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(rf"\s+{_OFFICE}$", re.IGNORECASE)
# 'Konrad-Adenauer-Stiftung Regional Programme Political Dialogue Asia': the foundation's office for a region
_REGIONAL_PROGRAMME = re.compile(r"\s+(?:regional|country)\s+(?:programme|program|project)\b.*$", re.IGNORECASE)
# a region an office serves: 'South Asia', 'East Africa', 'Southeast Europe'
_REGION = re.compile(
    r"(?:(?:North|South|East|West|Central|Southeast|Southern|Eastern|Western|Northern)(?:ern)?\s+)?"
    r"(?:Asia|Africa|Europe|America|Latin America|Caucasus|Balkans|Middle East|Pacific|Gulf States)"
)


def foundation_of_office(name: str) -> str:
    """'Friedrich-Ebert-Stiftung Vietnam Office' -> 'Friedrich-Ebert-Stiftung'; any other name
    as it is ('Korea Foundation', 'Fondation de France', 'Open Society Foundation for South Africa')."""
    if not _FOUNDATION.search(name):
        return name  # every organisation name on a page comes here: most name no foundation
    programme = _REGIONAL_PROGRAMME.search(name)
    if programme:
        return _foundation(name[: programme.start()]) or name
    office_in = _OFFICE_IN.search(name)
    if office_in and _places(office_in.group("place")):
        return _foundation(name[: office_in.start()]) or name
    head = _OFFICE_AFTER.sub("", name)
    words = head.split()
    for i in range(1, len(words)):
        if _places(" ".join(words[i:])):
            return _foundation(" ".join(words[:i])) or name
    return name


def _places(text: str) -> bool:
    """'Vietnam', 'Jordan & Iraq', 'South Asia': places only."""
    parts = re.split(r"\s*(?:&|,|\band\b)\s*", text.strip())
    return all(p and (is_place(p) or _REGION.fullmatch(p)) for p in parts)


def _foundation(head: str) -> str | None:
    """The foundation's own name left before the place, if it is one ('Fondation de' is not)."""
    found = _FOUNDATION.search(head) and head.split()[-1][:1].isupper() and not _FOUNDATION.fullmatch(head)
    return head if found else None
