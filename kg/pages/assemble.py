"""PageDraft -> EventRecord: names settled, keys given, organisations nested, roles tidied.

A person listed once as a plain speaker and again as moderator keeps only the specific role.
Keys are the slugs of the names, as in hand-written records ("chen-jian", "indo-pacific-
program"); an event's slug is its date and the head of its title ("2003-07-29-uneasy-allies"),
a related meeting's adds its place ("2003-07-30-uneasy-allies-capitol-hill").
"""

from __future__ import annotations

import re

from kg.names import fold, organization_key, slugify
from kg.pages.draft import EventDraft, OrgDraft, PageDraft, PersonDraft, RoleDraft
from kg.pages.mentions import resolve_names
from kg.pages.orgs import org_type
from kg.pages.participants import panel_of_speakers, university_over_unit
from kg.pages.title import EVENT_TYPES
from kg.pages.words import ORG_WORDS
from kg.records import EventRecord, OrganizationRecord, Participation, PersonRecord, ReportRecord

SLUG_WORDS = 6


class _Builder:
    """Frozen records for the drafts, each built once and shared."""

    def __init__(self, page: PageDraft) -> None:
        self.page = page
        self.orgs: dict[int, OrganizationRecord] = {}
        self.persons: dict[int, PersonRecord] = {}
        self.org_keys: set[str] = set()
        self.person_keys: set[str] = set()

    def org(self, name: str | None) -> OrganizationRecord | None:
        if name is None:
            return None
        draft = self.page.find_org(name) or self.page.org(name)
        if id(draft) not in self.orgs:
            parent = self.org(draft.parent) if draft.parent and draft.parent != draft.name else None
            self.orgs[id(draft)] = _organization(draft, _unique(slugify(draft.name), self.org_keys), parent)
        return self.orgs[id(draft)]

    def person(self, draft: PersonDraft) -> PersonRecord:
        if id(draft) not in self.persons:
            self.persons[id(draft)] = PersonRecord(
                key=_unique(slugify(draft.names[0]), self.person_keys),
                name=draft.names[0],
                alternate_names=tuple(draft.names[1:]),
                given_name=draft.given_name,
                family_name=draft.family_name,
                honorific_prefix=draft.honorific,
                job_title=draft.job_title,
                telephone=draft.telephone,
                email=draft.email,
                works_for=self.org(draft.works_for),
                url=draft.url,
            )
        return self.persons[id(draft)]

    def participation(self, role: RoleDraft) -> Participation:
        return Participation(self.person(role.person), role.role, self.org(role.affiliation), role.job_title)


def _organization(draft: OrgDraft, key: str, parent: OrganizationRecord | None) -> OrganizationRecord:
    return OrganizationRecord(
        key=key,
        name=draft.name,
        type=draft.type or org_type(draft.name) or "Organization",
        alternate_names=tuple(name for name in draft.alternate_names if not _kind_alone(name)),
        former_names=tuple(draft.former_names),
        parent=parent,
        url=draft.url,
        description=draft.description,
    )


def _kind_alone(name: str) -> bool:
    """'Centre', 'Institute': how the page refers to its own body, not a name of it. Kept as one, it
    would make every ingested centre one organisation at build, which joins bodies sharing a name."""
    return " " not in name and fold(name) in ORG_WORDS


def _unique(key: str, taken: set[str]) -> str:
    candidate, n = key, 2
    while candidate in taken:
        candidate, n = f"{key}-{n}", n + 1
    taken.add(candidate)
    return candidate


_OFF_STAGE = ("organizer", "contact", "rapporteur")


def specific_roles(roles: list[RoleDraft]) -> list[RoleDraft]:
    """Drop 'speaker' for a person the page also gives a specific role on the programme,
    keeping what it knew; a convenor or contact who also gives a talk stays a speaker, and so
    does one who speaks in one programme item and chairs another, or discusses another paper of her session."""
    kept = []
    for role in roles:
        others = [r for r in roles if r.person is role.person and r.role not in ("speaker", *_OFF_STAGE)]
        if role.session is not None and all(o.session not in (None, role.session) for o in others):
            others = []  # a speaker in one programme item who chairs another is both
        if role.session is not None and all(o.role == "discussant" and o.session == role.session for o in others):
            others = []  # and so is one who gives a paper and discusses another in the same session
        if role.role == "speaker" and others:
            if _card_post(role) and (not _card_post(others[0]) or (others[0].told and not role.told)):
                # a card's 'Senior Fellow, X Program, Y' over the prose's 'senior fellow with the Y X Program'
                # (or its 'Center President X', capitalised in passing)
                others[0].affiliation, others[0].job_title = role.affiliation, role.job_title
            others[0].affiliation = others[0].affiliation or role.affiliation
            others[0].job_title = others[0].job_title or role.job_title
            continue
        kept.append(role)
    return kept


def _card_post(role: RoleDraft) -> bool:
    """A post written as a card or list writes it, capitalised, with its employer."""
    return bool(role.affiliation and role.job_title and role.job_title[:1].isupper())


def event_slug(name: str, start: str) -> str:
    """'2003-07-29-uneasy-allies' from the date and the title's head (before a colon, unless
    the head only says what kind of event it is: 'Book Talk: …')."""
    head, _, tail = name.partition(":")
    short = tail if tail.strip() and EVENT_TYPES.match(head.strip()) else head
    words = slugify(short).split("-")[:SLUG_WORDS]
    return f"{start[:10]}-{'-'.join(words)}"


def assemble(page: PageDraft, url: str | None = None) -> EventRecord:
    """The frozen record of a page whose event has a name and a start."""
    resolve_names(page)
    university_over_unit(page)  # after the surname mentions ('Dr. X, researcher at the Institute') join
    panel_of_speakers(page)  # after the surname mentions ('Dr X will present the findings') are read
    _nest_under_publisher(page)
    builder = _Builder(page)
    event = page.event
    assert event.name and event.start
    slug = event_slug(event.name, event.start)
    related = tuple(
        _event(builder, draft, _related_slug(event.name, draft, taken), None)
        for taken in [{slug}]
        for draft in event.related
    )
    return _event(builder, event, slug, url, related)


def _related_slug(main_name: str, draft: EventDraft, taken: set[str]) -> str:
    """'2003-07-30-uneasy-allies-capitol-hill': the meeting's date, the main title's head and
    the meeting's place."""
    assert draft.start
    where = draft.location.name if draft.location and draft.location.name else "meeting"
    return _unique(f"{event_slug(main_name, draft.start)}-{slugify(where)}", taken)


def _event(
    builder: _Builder, draft: EventDraft, slug: str, url: str | None, related: tuple[EventRecord, ...] = ()
) -> EventRecord:
    assert draft.name and draft.start
    organizers = tuple(o for o in (builder.org(n) for n in draft.organizers) if o)
    sponsors = tuple(o for o in (builder.org(n) for n in draft.sponsors) if o and o not in organizers)
    return EventRecord(
        slug=slug,
        name=draft.name,
        start=draft.start,
        end=draft.end,
        time_zone=draft.time_zone,
        description=draft.description,
        url=draft.url or url,
        keywords=tuple(draft.keywords),
        attendance_mode=draft.attendance_mode,
        status=draft.status,
        in_language=draft.in_language,
        location=draft.location,
        online_location=draft.online_location,
        organizers=organizers,
        sponsors=sponsors,
        participants=tuple(builder.participation(r) for r in specific_roles(draft.roles)),
        reports=tuple(ReportRecord(r.name, r.number, builder.org(r.publisher), r.url) for r in draft.reports),
        related_events=related,
    )


_UNIT = r"(?:Program|Programme|Project|Initiative|Center|Centre|Institute|Department|Forum|Series|Lab"
_UNIT_NAME = re.compile(rf"\b{_UNIT}|Laboratory|Office)$|^{_UNIT}|Laboratory|Office|School)\b")


def _nest_under_publisher(page: PageDraft) -> None:
    """Hosts that are units of the site's publisher ('Indo-Pacific Program' on the Wilson
    Center's site) get the publisher as parent; the publisher itself and outside
    organisations do not."""
    if not page.site_publisher:
        return
    publisher = page.org(page.site_publisher)
    for name in page.event.organizers:
        org = page.org(name)
        if org is publisher or org.parent:
            continue
        if _UNIT_NAME.search(org.name) or (organization_key(publisher.name) in organization_key(org.name)):
            org.parent = publisher.name
