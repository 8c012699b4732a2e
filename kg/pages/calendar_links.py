"""Dates a page states only in its markup: 'Add to calendar' links and hCalendar titles.

Event sites that print a date without its year ('November 14 @ 6:30 pm', Luma's 'Thursday,
May 22') still write the whole date into the links that add the event to a calendar (Google
Calendar's `dates=20241114T183000/20241114T200000&ctz=Europe/Lisbon`, Outlook's
`startdt=2024-11-14T18:30:00`) and into hCalendar markup (`<abbr class="dtstart"
title="2024-11-14">`). Their years date the page; the zone a Google link names (`ctz`) is the
event's clock. `<time datetime="2025-06-12T09:00:00+02:00">` elements give whole instants (kept in
`instants`); one written in UTC (`…T15:00:00Z`, as Drupal writes them) takes the offset between
the clock it prints and UTC, since that is the event's local clock. A Google link's timed
`dates=20250312T150000Z/20250312T161500Z` is kept as a start and an end (`spans`): Zoom's
registration pages state the end nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from kg.dates import find_times, parse_machine_date, zone_name

_COMPACT = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:T(?P<t>\d{4,6})Z?)?$")
_ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")


@dataclass
class StatedInMarkup:
    days: list[str] = field(default_factory=list)  # ISO days, '2024-11-14'
    zone: str | None = None  # IANA zone a calendar link names
    instants: list[datetime] = field(default_factory=list)  # <time datetime> with an offset, page order
    spans: list[tuple[datetime, datetime]] = field(default_factory=list)  # a Google link's start and end


def stated_in_markup(tree: Any) -> StatedInMarkup:
    found = StatedInMarkup()
    for href in tree.xpath("//a/@href"):
        query = parse_qs(urlsplit(str(href)).query)
        for compact in "/".join(query.get("dates", [])).split("/"):  # Google Calendar
            match = _COMPACT.match(compact)
            if match:
                found.days.append(f"{match['y']}-{match['m']}-{match['d']}")
        found.spans += _span(query.get("dates", []), query.get("ctz", []))
        for key in ("startdt", "enddt", "st", "et"):  # Outlook, Yahoo
            found.days += [v[:10] for v in query.get(key, []) if _ISO_DAY.match(v)]
        for ctz in query.get("ctz", []):
            found.zone = found.zone or zone_name(ctz)
    for title in tree.xpath('//*[contains(@class, "dtstart") or contains(@class, "dtend")]/@title'):
        found.days += [str(title)[:10]] if _ISO_DAY.match(str(title)) else []
    for element in tree.xpath("//time[@datetime]"):
        instant = _instant(str(element.get("datetime")), element.text_content())
        found.instants += [instant] if instant is not None else []
    return found


def _span(dates: list[str], ctz: list[str]) -> list[tuple[datetime, datetime]]:
    """A Google Calendar link's 'dates=20250312T150000Z/20250312T161500Z' as two instants: in UTC
    when written with a Z, else on the clock its 'ctz' names; nothing for whole days."""
    parts = dates[0].split("/") if len(dates) == 1 else []
    zone = zone_name(ctz[0]) if ctz else None
    moments = []
    for part in parts:
        match = _COMPACT.match(part)
        clock = UTC if part.endswith("Z") else ZoneInfo(zone) if zone else None
        if match is None or not match["t"] or clock is None:
            return []
        local = datetime.strptime(part.rstrip("Z")[:15].ljust(15, "0"), "%Y%m%dT%H%M%S")
        moments.append(local.replace(tzinfo=clock))
    return [(moments[0], moments[1])] if len(moments) == 2 and moments[0] < moments[1] else []


def _instant(value: str, printed: str) -> datetime | None:
    """The instant a <time datetime> states, at the event's own offset; None for a day, a local
    time, or a UTC time whose element prints no clock to tell the local offset from."""
    parsed = parse_machine_date(value)
    if parsed is None or len(parsed[0]) == 10:  # a local time (no offset: None) or a day
        return None
    moment = datetime.fromisoformat(parsed[0])
    if moment.utcoffset() != timedelta(0):
        return moment
    clocks = find_times(printed)
    if not clocks:
        return None
    shown = datetime.combine(moment.date(), clocks[0].start)
    offset = (shown - moment.replace(tzinfo=None)) % timedelta(days=1)  # the printed clock may be the next or last day
    offset -= timedelta(days=1) if offset > timedelta(hours=14) else timedelta(0)
    if offset % timedelta(minutes=15):
        return None
    return moment.astimezone(timezone(offset))
