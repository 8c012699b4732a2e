"""Other meetings the running text reports with their own date and place.

"A smaller meeting on this same topic, featuring Kim and Smith, was held on Capitol Hill on
July 30." is a related event: a meeting word, a verb of holding, a date (the year taken from
the event's own when the sentence gives none), a place after 'on', 'in' or 'at', and the
people it features, found among the page's people by full or family name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.dates import find_dates

MEETING = (
    r"(?:meeting|session|workshop|briefing|roundtable|round-table|seminar|conference|event"
    r"|discussion|forum|dialogue|symposium|lecture|panel|hearing|luncheon|breakfast"
    r"|dinner|consultation|gathering|colloquium|presentation)s?"
)
_HELD = re.compile(
    rf"\b(?P<noun>{MEETING})\b.*?\b(?:was|were|will be|is|are|had been|has been)"
    r"\s+(?:also\s+)?(?:held|convened|hosted|organized|organised|scheduled)\b"
    rf"|\b(?P<noun2>{MEETING})\b.*?\b(?:took|takes|will take) place\b"
    # 'X and Y discussed it with congressional staff at a smaller meeting in the Rayburn Building'
    rf"|\b(?-i:[a-z]{{3,}}ed)\b.*?\bat\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?P<noun3>{MEETING})\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:on|in|at)\s+(?P<place>(?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:of\s+|the\s+)?"
    r"[A-Z][\w'.-]*)*)"
)
_FEATURING = re.compile(
    r"\b(?:featuring|with|by|including)\s+(?P<names>(?:[A-Z][\w'.-]*\s*(?:,|and"
    r"|&)?\s*)+)"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass(frozen=True)
class RelatedMention:
    sentence: str  # the sentence without its date phrase
    noun: str
    start: str
    place: str | None
    people: tuple[str, ...]  # names or family names as written


def find_related(paragraph: str, year: int, main_start: str) -> list[RelatedMention]:
    """The related meetings one paragraph reports (never the event itself)."""
    found = []
    for sentence in _SENTENCE.split(paragraph):
        held = _HELD.search(sentence)
        if not held:
            continue
        days = find_dates(sentence, default_year=year)
        if not days or days[0].start.isoformat() == main_start[:10]:
            continue
        day = days[0]
        without_date = _drop_date(sentence, day.span)
        found.append(
            RelatedMention(
                sentence=without_date,
                noun=(held.group("noun") or held.group("noun2") or held.group("noun3")).lower(),
                start=day.start.isoformat(),
                place=_place(without_date, (_HELD.search(without_date) or held).end()),
                people=_featured(without_date),
            )
        )
    return found


def _drop_date(sentence: str, span: tuple[int, int]) -> str:
    before = re.sub(r"\s*\b(?:on|in)\s*$", "", sentence[: span[0]])
    text = before + sentence[span[1] :]
    # ('On the next day, December 6, X met …' leaves one comma where the date stood)
    return re.sub(r",(?:\s*,)+", ",", re.sub(r"\s+([.,;])", r"\1", text)).strip()


def _place(sentence: str, after: int) -> str | None:
    for match in _PLACE.finditer(sentence, max(0, after - 1)):
        place = re.sub(r"^the\s+", "", match.group("place")).strip(" .")
        if place and not find_dates(place, default_year=2000):
            return place
    return None


# the people a sentence's subject names before what they did ('…, Reinholt and Gowrie discussed …')
_SUBJECT = re.compile(
    r"(?:^|,\s+)(?!(?:He|She|They|It|We|I)\b)(?P<names>[A-Z][\w'.-]*(?:\s*(?:,|\band\b|&)\s*[A-Z][\w'.-]*)*)"
    r"\s+(?-i:[a-z]{3,}ed)\b"
)


def _featured(sentence: str) -> tuple[str, ...]:
    match = _FEATURING.search(sentence) or _SUBJECT.search(sentence)
    if not match:
        return ()
    names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names"))
    return tuple(n.strip(" .") for n in names if n.strip(" .") and n.strip()[0].isupper())
