"""Event pages (HTML or plain-text renderings) -> EventRecord. Knows HTML and text, never RDF.

    parse_page(content, source) -> ParsedPage(record, notes)

decode.py refuses what is not a readable page; html.py reads embedded schema.org data and
renders the rest as text; text.py runs the readers (lines, blocks, title, when, people, orgs,
reports, place, related) over the text; schemaorg.py lays embedded data over what the text
said; assemble.py freezes the result into records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from html import unescape
from zoneinfo import ZoneInfo

from kg.errors import PageError
from kg.pages.agreement import agreed_title, is_all_chrome, lecture_title, with_subtitle
from kg.pages.assemble import assemble
from kg.pages.decode import decode_page
from kg.pages.draft import PageDraft
from kg.pages.gazetteer import town_zone
from kg.pages.html import read_html
from kg.pages.initials import settle_short_names
from kg.pages.italics import add_italic_works
from kg.pages.orgs import hosts_with_others, own_body_with_partners, unit_and_university, without_parent_initials
from kg.pages.participants import at_own_university, read_appositions
from kg.pages.reports import as_written
from kg.pages.schemaorg import (
    apply_event,
    event_items,
    occurrence,
    organization_addresses,
    organization_names,
    place_hint,
    site_publisher,
)
from kg.pages.schemaorg import text as plain_text
from kg.pages.text import BESIDE, parse_text
from kg.pages.title import clean_title, is_candidate
from kg.pages.when import CITY_ZONES, footer_zone
from kg.pages.words import language_zone
from kg.records import EventRecord

# The readers write about a thousand patterns inline (re.sub(pattern, ...)); re keeps only 512 compiled,
# so past that it compiled most of them again for every page (a sixth of the time a page took). (A private
# setting: a Python without it only reads pages slower.)
re._MAXCACHE = max(getattr(re, "_MAXCACHE", 0), 4096)  # type: ignore[attr-defined]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")


@dataclass(frozen=True)
class ParsedPage:
    record: EventRecord
    notes: tuple[str, ...] = ()  # what the page states that could not be read


def is_html(text: str, source: str, content_type: str | None) -> bool:
    if content_type:
        return "html" in content_type.lower()
    if source.lower().endswith(HTML_SUFFIXES):
        return True
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head


def parse_page(
    content: bytes,
    source: str,
    content_type: str | None = None,
    url: str | None = None,
    default_zone: str | None = None,
) -> ParsedPage:
    """The event a page states; PageError when the page is unreadable or states none."""
    page_text = decode_page(content, source, content_type)
    if is_html(page_text, source, content_type):
        draft = _parse_html(page_text, source, url, default_zone)
    else:
        draft = parse_text(page_text, default_zone)
    read_appositions(draft)  # (after the html reader's embedded people too)
    own = None if draft.event.organizers else own_body_with_partners(draft.text, draft.site_publisher)
    if own:  # 'This lecture is co-sponsored by X' and no host named: the site's own body
        draft.event.organizers.append(draft.org(own).name)
    draft.event.organizers = [without_parent_initials(name, draft.text) for name in draft.event.organizers]
    settle_short_names(draft)
    at_own_university(draft)
    printed = unescape(page_text)
    for report in draft.event.reports:
        report.name = as_written(report.name, printed)
    _require_event(draft, source)
    return ParsedPage(assemble(draft, url), tuple(draft.notes))


def _parse_html(html: str, source: str, url: str | None, default_zone: str | None) -> PageDraft:
    page = read_html(html, source, url)
    events = event_items(page.items)
    stated = plain_text(events[0].get("name")) if events else None
    usable = page.title and is_candidate(clean_title(page.title)) and not is_all_chrome(page.title, page.signals)
    headline = page.title if usable else None
    if stated:
        page.signals.texts.append(("schema", stated))
    chosen = stated or headline
    title = agreed_title(page.signals) or (clean_title(chosen) if chosen else None)
    title = lecture_title(with_subtitle(title, page.title, page.subtitle), page.after, page.title)
    hint = place_hint(events[0]) if events else ""
    # the clock the page's calendar link names, else the caller's, else that of the institution's
    # address in the site's footer ('…, Wellington 6140, New Zealand'), dropped from the text
    # (or the address its embedded schema.org organisation gives, a footer's in other words)
    zone = page.zone or default_zone or footer_zone([page.signals.footer]) or _masthead_zone(page.text)
    zone = zone or next(filter(None, map(town_zone, organization_addresses(page.items))), None)
    zone = zone or language_zone(page.language)
    draft = parse_text(page.text, zone, title_hint=title, place_hint=hint, head=page.head)
    add_italic_works(draft.event, page.italics)
    _dated_by_link(draft, page.spans)
    _ended_by_link(draft, page.spans)
    if _timed_by_markup(draft, page.instants) or events:
        if events:
            apply_event(draft, occurrence(events, draft.event.start and draft.event.start[:10]), default_zone)
        _settle_zone(draft)
    draft.site_publisher = site_publisher(page.items, page.site_name)
    group = _GROUP_CARD.search(page.text)
    if group:  # the group holds the event, not the platform the site names ('Meetup')
        draft.site_publisher = draft.org(group["group"]).name
        draft.event.organizers = [draft.site_publisher, *(n for n in draft.event.organizers if n != group["group"])]
    # the site's name spells out its initials too: 'ØIGS – Øresund Institute for Global Studies'
    # and its header's logo: '<img alt="ISGS – Institute for Security and Governance Studies">'
    stated = "\n".join((page.head, page.site_name or "", *page.signals.site_names))
    draft.site_names = (stated, *organization_names(page.items))
    draft.footer = page.signals.footer
    if draft.site_publisher and hosts_with_others(draft.text) and not _ORGANIZER_FIELD.search(draft.text):
        own = draft.org(draft.site_publisher).name
        if not _unit_of_own(draft, own):
            draft.event.organizers = [own, *(n for n in draft.event.organizers if n != own)]
    draft.event.url = draft.event.url or page.url
    return draft


def _unit_of_own(draft: PageDraft, own: str) -> bool:
    """The site is a university's, and a host the text names is its unit whose own site this is (the
    unit's name beside the university's in the <title> or logo: 'Events - X Centre | Y University'): the
    unit holds the event, as a unit written with its parent is answered, not the university too."""
    found = [draft.find_org(n) for n in draft.event.organizers]
    stated = draft.site_names[0] if draft.site_names else ""
    return any(
        org and unit_and_university(org.name, own) and (org.parent == own or org.name in stated) for org in found
    )


MASTHEAD_LINES = 3


def _masthead_zone(text: str) -> str | None:
    """An old table layout's masthead, which no <header> marks: the zone of the town its first
    lines name ('University of Otago · Te Whare Wānanga o Otago · Dunedin, New Zealand')."""
    lines = [line for line in text.split("\n") if line.strip()][:MASTHEAD_LINES]
    return footer_zone([part for line in lines for part in BESIDE.split(line)])


# a meetup group's card: its name over its kind
_GROUP_CARD = re.compile(r"(?m)^(?P<group>[^\n]{2,80})\n(?:Public|Private) group$")


# 'Organizer: Trade Division' on a page that says the event is 'co-organized with Y': the field,
# not the site, names Y's partner
_ORGANIZER_FIELD = re.compile(r"(?im)^(?:organi[sz]er|organi[sz]ed by|hosted by|host)\s*:\s*\S")


def _timed_by_markup(draft: PageDraft, instants: list[datetime]) -> bool:
    """The page's <time datetime> instants complete what the text dates: a day it gives without a
    time it can place (no zone stated, or no time) takes the first instant on that day, and a start
    with no end takes the next instant on the event's last day as its end; whether it did."""
    event = draft.event
    if not event.start or (len(event.start) > 10 and event.end):
        return False
    timed = len(event.start) > 10
    starts = [
        moment
        for moment in instants
        if (moment == datetime.fromisoformat(event.start) if timed else moment.date().isoformat() == event.start)
    ]
    if not starts:
        return False
    last_day = (event.end or event.start)[:10]
    ends = [moment for moment in instants if moment > starts[0] and moment.date().isoformat() == last_day]
    event.start = event.start if timed else starts[0].isoformat()
    event.end = ends[0].isoformat() if ends else event.end  # a multi-day event's last day stays a day
    draft.notes = [n for n in draft.notes if "without a time zone" not in n]
    return not timed or bool(ends)


def _dated_by_link(draft: PageDraft, spans: list[tuple[datetime, datetime]]) -> None:
    """A page that dates its event only by a weekday ('this Friday, from 7 pm') and its one timed
    'Add to calendar' link: the link's start and end, on its clock, in place of a bare day the text
    found elsewhere ('talk given on 9 May 2022' in a list of earlier ones); a start the text gives
    with its time stays."""
    event = draft.event
    if len(set(spans)) != 1 or (event.start and len(event.start) > 10):
        return
    begin, end = spans[0]
    event.start, event.end = begin.isoformat(), end.isoformat()


def _ended_by_link(draft: PageDraft, spans: list[tuple[datetime, datetime]]) -> None:
    """A start the text gives with its time but no end ends when the 'Add to calendar' link that
    starts at that instant does, on the start's clock (Zoom writes the end only there)."""
    event = draft.event
    if not event.start or len(event.start) <= 10 or event.end:
        return
    start = datetime.fromisoformat(event.start)
    ends = [end for begin, end in spans if begin == start]
    if ends:
        event.end = ends[0].astimezone(start.tzinfo).isoformat()


def _settle_zone(draft: PageDraft) -> None:
    """After embedded data gave a time with an offset: drop the note about a zone-less time,
    and name the zone when the event's city keeps that offset on that day."""
    event = draft.event
    if not event.start or len(event.start) <= 10:
        return
    draft.notes = [n for n in draft.notes if "without a time zone" not in n]
    city = event.location.locality if event.location and event.location.locality else None
    zone = CITY_ZONES.get(city or "")
    if event.time_zone is None and zone:
        moment = datetime.fromisoformat(event.start)
        if moment.utcoffset() == moment.astimezone(ZoneInfo(zone)).utcoffset():
            event.time_zone = zone


def _require_event(draft: PageDraft, source: str) -> None:
    missing = [what for what, value in (("title", draft.event.name), ("date", draft.event.start)) if not value]
    if missing:
        looked = (
            "looked for a date such as 'Jul. 29, 2003' or '29 July 2003' with a year, near the top or under 'Date'"
            if "date" in missing
            else "looked for a heading line before the date"
        )
        raise PageError(source, f"no event found: no {' and no '.join(missing)} ({looked})")
    if not re.search(r"\w", draft.event.name or ""):
        raise PageError(source, "no event found: the title is empty")
