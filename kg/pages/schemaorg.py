"""schema.org data a page embeds, laid over what its text says: the embedded Event comes first,
the text fills the gaps.

Items arrive as JSON-LD-like dicts (kg.pages.html): values may be strings, lists, or nested
items with '@type'. A performer the text gives a more specific role ("Moderator: …") keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from kg.dates import parse_machine_date, zone_for
from kg.pages.draft import PageDraft
from kg.pages.gazetteer import local_script_town, town_name
from kg.pages.orgs import unit_org
from kg.pages.people import Entry, bare_name, describe, is_person_name
from kg.pages.place import read_place
from kg.pages.when import place_zone
from kg.pages.words import country_name, is_org_word
from kg.records import PlaceRecord

ATTENDANCE = {
    "OnlineEventAttendanceMode": "online",
    "OfflineEventAttendanceMode": "offline",
    "MixedEventAttendanceMode": "mixed",
}
STATUS = {
    "EventScheduled": "scheduled",
    "EventCancelled": "cancelled",
    "EventPostponed": "postponed",
    "EventRescheduled": "rescheduled",
    "EventMovedOnline": "moved-online",
}
PEOPLE_PROPERTIES = (
    ("performer", "speaker"),
    ("performers", "speaker"),
    ("contributor", "speaker"),
    ("organizer", "organizer"),
)


def types(item: Any) -> list[str]:
    if not isinstance(item, dict):
        return []
    found = item.get("@type", [])
    return [
        re.sub(r"^https?://schema\.org/", "", t)
        for t in (found if isinstance(found, list) else [found])
        if isinstance(t, str)
    ]


def values(item: dict[str, Any], key: str) -> list[Any]:
    found = item.get(key)
    if found is None:
        return []
    return found if isinstance(found, list) else [found]


def text(value: Any) -> str | None:
    """A plain string from a string, a list, a {'@value'} or an item's name."""
    if isinstance(value, list):
        return next((t for t in (text(v) for v in value) if t), None)
    if isinstance(value, dict):
        return text(value.get("@value") or value.get("name"))
    if isinstance(value, (str, int, float)) and str(value).strip():
        return " ".join(str(value).split())
    return None


def event_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if any(t.endswith("Event") for t in types(i))]


def site_publisher(items: list[dict[str, Any]], site_name: str | None) -> str | None:
    """The site's publisher: og:site_name, else a WebSite's or WebPage's publisher."""
    if site_name:
        return site_name
    for item in items:
        if {"WebSite", "WebPage"} & set(types(item)):
            name = text(item.get("publisher"))
            if name:
                return name
    return None


_ORGANIZATION = re.compile(r"Organization$|^(?:CollegeOrUniversity|NGO|Corporation|ResearchOrganization)$")


def organization_names(items: list[dict[str, Any]]) -> list[str]:
    """The names of the organisations the page embeds (the site's own, as a rule)."""
    return [n for item in items if any(_ORGANIZATION.search(t) for t in types(item)) if (n := text(item.get("name")))]


def organization_addresses(items: list[dict[str, Any]]) -> list[str]:
    """The towns of the addresses of the organisations the page embeds ('Ниш, RS'): the site's own,
    as its footer's address is."""
    found = []
    for item in items:
        if any(_ORGANIZATION.search(t) for t in types(item)):
            for address in values(item, "address"):
                if isinstance(address, dict) and (town := text(address.get("addressLocality"))):
                    found.append(", ".join(filter(None, (town, text(address.get("addressCountry"))))))
    return found


def apply_event(page: PageDraft, item: dict[str, Any], default_zone: str | None) -> None:
    """Lay one embedded Event over the page's draft."""
    event = page.event
    event.name = event.name or text(item.get("name"))  # the page's parse cleaned the stated name already
    event.url = text(item.get("url")) or event.url
    event.description = text(item.get("description")) or event.description
    event.in_language = text(item.get("inLanguage")) or event.in_language
    zone_label = event.time_zone or default_zone
    _apply_dates(page, item, zone_for(zone_label) if zone_label else None)
    mode = ATTENDANCE.get(re.sub(r".*/", "", text(item.get("eventAttendanceMode")) or ""))
    # 'offline' is what calendar plug-ins (The Events Calendar, Localist) and Drupal's schema.org
    # module write unless told otherwise: a venue the text says can also be joined online is hybrid,
    # an event the text says is held online ('Location: Virtual webinar via Zoom') is online; and a
    # 'Mixed' the calendar keeps by default gives way to a text that says the event is in person only
    stated = event.attendance_mode
    if mode and not (mode == "offline" and stated in ("mixed", "online") or mode == "mixed" and stated == "offline"):
        event.attendance_mode = mode
    if mode == "offline" and stated == "online" and _ALSO_STREAMED.search(page.text):
        # ('Day one will also be streamed' where the text gave no venue of its own: the embedded venue's
        # address is where it is held, the stream a second way in; not a Zoom webinar's institute address)
        event.attendance_mode = "mixed" if _street_place(values(item, "location")) else stated
    status = text(item.get("eventStatus"))
    event.status = STATUS.get(re.sub(r".*/", "", status or ""), event.status)
    keywords = text(item.get("keywords"))
    if keywords and not event.keywords:
        event.keywords = [k.strip() for k in re.split(r"[,;]", keywords) if k.strip()]
    _apply_location(page, values(item, "location"))
    _apply_orgs(page, item)
    _apply_people(page, item)


_ALSO_STREAMED = re.compile(
    r"\b(?:will|to) also be (?:live[- ]?)?(?:streamed|broadcast)|\b(?:is|are) also (?:being )?streamed"
)


def _street_place(locations: list[Any]) -> bool:
    """An embedded Place with a postal address, street or town: somewhere one goes, not a URL."""
    for location in locations:
        address = location.get("address") if isinstance(location, dict) else None
        if isinstance(address, dict) and (address.get("streetAddress") or address.get("addressLocality")):
            return True
    return False


def occurrence(events: list[dict[str, Any]], start: str | None) -> dict[str, Any]:
    """The embedded Event the page is about: of a recurring event's occurrences (Localist embeds
    each one, the first first, on every occurrence's page) the one on the day the text gives."""
    first = events[0]
    for event in events if start else []:
        if text(event.get("name")) == text(first.get("name")) and (text(event.get("startDate")) or "")[:10] == start:
            return event
    return first


def _apply_dates(page: PageDraft, item: dict[str, Any], zone: tzinfo | None) -> None:
    start, end = text(item.get("startDate")), text(item.get("endDate"))
    if start and _all_day(start, end) and not (page.event.start and len(page.event.start) > 10):
        page.event.start = start[:10]
        page.event.end = end[:10] if end and end[:10] != start[:10] else None
        return
    # (an online event's clock is the zone its text names: '10:00 am EDT' against a server's '-05:00')
    venue = place_zone(place_hint(item)) or page.event.time_zone
    # an end that repeats the start (a CMS's end field left as it filled it) states no end
    end = None if end and start and _same_moment(start, end) else end
    server = False  # the start's wall clock written with the server's offset: the end's is too
    for stated, attr in ((start, "start"), (end, "end")):
        parsed = parse_machine_date(stated, zone) if stated else None
        current = getattr(page.event, attr)
        if parsed is None or (len(parsed[0]) == 10 and current and current[:10] == parsed[0]):
            continue  # a bare date does not replace the time the text gives for that day
        if stated and current and venue and _server_clock(stated, current, venue):
            server = True
            continue
        wall = _venue_wall_clock(stated, venue) if server and stated and venue else None
        setattr(page.event, attr, wall or parsed[0])


def _same_moment(start: str, end: str) -> bool:
    try:
        return datetime.fromisoformat(start) == datetime.fromisoformat(end) and "T" in start
    except ValueError:
        return start == end


_MIDNIGHT = re.compile(r"\d{4}-\d\d-\d\dT00:00(?::00)?(?:Z|[+-]\d\d:?\d\d)?")
_LAST_MINUTE = re.compile(r"\d{4}-\d\d-\d\d(?:T23:59(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?")


def _all_day(start: str, end: str | None) -> bool:
    """An all-day event as calendar plug-ins embed it: from midnight ('…T00:00:00+10:30') to the last
    minute of its last day ('…T23:59:59+10:30'), or with no end."""
    return bool(_MIDNIGHT.fullmatch(start)) and (end is None or bool(_LAST_MINUTE.fullmatch(end)))


def _server_clock(stated: str, read: str, venue: str) -> bool:
    """'2026-01-29T19:00:00-05:00' for a lecture the text gives at 7:00 p.m. in Albuquerque: the
    venue's wall clock written with the offset of the server's clock, not the venue's."""
    try:
        written, found = datetime.fromisoformat(stated), datetime.fromisoformat(read)
    except ValueError:
        return False
    if written.tzinfo is None or written.replace(tzinfo=None) != found.replace(tzinfo=None):
        return False
    local = written.replace(tzinfo=ZoneInfo(venue)).utcoffset()
    return written.utcoffset() != local and found.utcoffset() == local


def _venue_wall_clock(stated: str, venue: str) -> str | None:
    """'2023-04-28T14:30:00-05:00' as 14:30 at the venue ('-06:00' in Mexico City, which gave up
    summer time in 2022) when its offset is not the venue's on that day."""
    try:
        written = datetime.fromisoformat(stated)
    except ValueError:
        return None
    if written.tzinfo is None:
        return None
    local = written.replace(tzinfo=ZoneInfo(venue))
    return local.isoformat() if local.utcoffset() != written.utcoffset() else None


def _apply_location(page: PageDraft, locations: list[Any]) -> None:
    for location in locations:
        if isinstance(location, str):
            if location.startswith("http"):
                page.event.online_location = PlaceRecord(url=location)
            else:
                page.event.location = page.event.location or PlaceRecord(name=location)
        elif "VirtualLocation" in types(location):
            page.event.online_location = PlaceRecord(name=text(location.get("name")), url=text(location.get("url")))
        elif isinstance(location, dict):
            page.event.location = _as_written(_place(location), page.event.location) or page.event.location


def _as_written(embedded: PlaceRecord | None, read: PlaceRecord | None) -> PlaceRecord | None:
    """The embedded place, with the city as the page's text writes it when both give the same
    street or postcode: 'Wien' in the data, '1090 Vienna' in the English text (a town the
    gazetteer knows: not the campus quarter 'Belval' of 'Esch-sur-Alzette / Belval')."""
    if embedded is None or read is None or not (embedded.locality and read.locality):
        return embedded
    if town_name(read.locality) is None:
        return embedded
    same_address = (embedded.postal_code and embedded.postal_code == read.postal_code) or (
        embedded.street_address and _street_key(embedded.street_address) == _street_key(read.street_address)
    )
    return replace(embedded, locality=read.locality) if same_address else embedded


def _street_key(street: str | None) -> str:
    """'Via dei Montecatini, 17' as the text's 'Via dei Montecatini 17': the words, not the commas."""
    return " ".join(re.findall(r"\w+", (street or "").casefold()))


def _place(location: dict[str, Any]) -> PlaceRecord | None:
    address = location.get("address")
    if not isinstance(address, dict):
        written = [t for t in (text(location.get("name")), text(address)) if t]
        return read_place(written)[0] if written else None
    street, locality = text(address.get("streetAddress")), text(address.get("addressLocality"))
    if street and not locality:  # a town written into the street field ('MDI Road, Kanifing')
        locality = getattr(read_place([street])[0], "locality", None)
    if locality:  # a town in its country's own script as the gazetteer names it: 'রাজশাহী' is Rajshahi
        locality = local_script_town(locality) or locality
    place = PlaceRecord(
        name=text(location.get("name")),
        street_address=street,
        locality=locality,
        region=text(address.get("addressRegion")),
        postal_code=text(address.get("postalCode")),
        country=text(address.get("addressCountry")),
    )
    return place if any(vars(place).values()) else None


def place_hint(item: dict[str, Any]) -> str:
    """The embedded event's place as text, for telling the zone of its times ('… Oslo …')."""
    found = []
    for location in values(item, "location"):
        place = _place(location) if isinstance(location, dict) else None
        # the address's parts apart, as an address writes them ('…, Dunedin, 9016, NZ'), the country
        # by its name: a code such as 'DE' or 'CA' would read as a US state's
        parts = {**vars(place), "country": place.country and country_name(place.country)} if place else {}
        found.append(", ".join(v for v in parts.values() if v) if place else text(location))
    return " ".join(f for f in found if f)


def _apply_orgs(page: PageDraft, item: dict[str, Any]) -> None:
    for key, target in (
        ("organizer", page.event.organizers),
        ("sponsor", page.event.sponsors),
        ("funder", page.event.sponsors),
    ):
        for org in values(item, key):
            if _is_person(org) or not text(org):
                continue
            draft = unit_org(page, text(org) or "")  # 'Department of X, Y University': the department
            if isinstance(org, dict):
                draft.url = draft.url or text(org.get("url"))
                draft.parent = draft.parent or text(org.get("parentOrganization"))
            if draft.name in target:
                continue
            target.insert(0 if key == "organizer" else len(target), draft.name)


def _apply_people(page: PageDraft, item: dict[str, Any]) -> None:
    for key, role in PEOPLE_PROPERTIES:
        for person in (one for node in values(item, key) for one in _each_named(node)):
            if not isinstance(person, dict) or not (
                _is_person(person) or (key != "organizer" and _named_person(person))
            ):
                # a person named as plain text, not a word like 'Organization' (what The Events Calendar
                # writes as the performer of every event)
                if not (isinstance(person, str) and key != "organizer" and is_person_name(person)):
                    continue
                person = {"name": person}
            entry = _entry(person)
            if entry is None:
                continue
            known = page.find_person(entry.name)
            if known is not None and page.roles_of(known):
                affiliation = page.org(entry.affiliation).name if entry.affiliation else None
                for stated in page.roles_of(known):
                    stated.affiliation = stated.affiliation or affiliation
                    stated.job_title = stated.job_title or entry.job_title
                page.person(entry.name)
                continue
            page.add_entry(entry, role)


def _each_named(node: Any) -> list[Any]:
    """One Person whose name is a list of names ('A, B, C and D'), as a CMS's token joins a field of several
    people into one name: a person for each name."""
    name = text(node.get("name")) if isinstance(node, dict) else None
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+", name or "")
    if len(names) < 2 or not all(is_person_name(n) for n in names) or set(node) - {"@type", "name"}:
        return [node]
    return [{**node, "name": n} for n in names]


def _is_person(node: Any) -> bool:
    """A Person node, unless its name is an organisation's: The Events Calendar types every
    organizer as a Person, 'Hillside Botanic Garden' included, and Modern Events Calendar its
    initials ('SAIIA', or a unit's with its university's: 'CMAS UGM')."""
    if not isinstance(node, dict) or "Person" not in types(node):
        return False
    name = text(node.get("name")) or ""
    words = re.findall(r"[\w'-]+", name)
    return not (any(is_org_word(w) for w in words) or re.fullmatch(r"[A-Z]{2,8}(?: [A-Z]{2,8})*", name))


def _named_person(node: dict[str, Any]) -> bool:
    """A performer typed Organization that names a person ('Dr Jane Roe'), as a CMS types every
    performer: the name, not the type, says who performs."""
    name = text(node.get("name")) or ""
    return is_person_name(name) and not any(is_org_word(w) for w in re.findall(r"[\w'-]+", name))


def _entry(person: dict[str, Any]) -> Entry | None:
    name = text(person.get("name"))
    if not name:
        given, family = text(person.get("givenName")), text(person.get("familyName"))
        name = " ".join(n for n in (given, family) if n) or None
    if not name:
        return None
    affiliation = text(person.get("affiliation")) or text(person.get("worksFor"))
    job_title = text(person.get("jobTitle"))
    if job_title and not affiliation:
        # 'Head of Carbon Programs, Terra Viva': a jobTitle that names the employer too
        stated_title, stated_org = describe(job_title)
        job_title, affiliation = (stated_title, stated_org) if stated_title and stated_org else (job_title, None)
    if job_title and re.match(r"(?i)(?:former|fmr\.?|ex-)\s", job_title):
        affiliation = None  # a former post's organisation is not a current affiliation
    honorific, name = bare_name(name)
    return Entry(
        name=name,
        honorific=text(person.get("honorificPrefix")) or honorific,
        job_title=job_title,
        affiliation=affiliation,
        telephone=text(person.get("telephone")),
        email=text(person.get("email")),
    )
