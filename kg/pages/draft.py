"""What a page states, collected while reading it, before it becomes a frozen EventRecord.

People are merged as they are found: "Jian Chen" and "Chen Jian" on one page are one person
with both forms kept. Organisations are merged by their comparable name, former and other
names included, so "Asia Program" finds the "Indo-Pacific Program" once the page has said that
one is the old name of the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.names import Match, compare, fold, organization_key
from kg.pages.offices import agency_of_office, foundation_of_office
from kg.pages.people import Entry, office_in_honorific
from kg.pages.words import PATRONYMIC, POSSESSIVE, SUBUNIT_KINDS
from kg.records import PlaceRecord


@dataclass
class PersonDraft:
    names: list[str]
    honorific: str | None = None
    job_title: str | None = None
    telephone: str | None = None
    email: str | None = None
    works_for: str | None = None
    url: str | None = None
    given_name: str | None = None
    family_name: str | None = None


@dataclass
class RoleDraft:
    person: PersonDraft
    role: str
    affiliation: str | None = None
    job_title: str | None = None
    session: int | None = None  # the programme item it was listed under, if any
    told: bool = False  # named in running text ('moderated by Korea Center Director X'), not in a list or card


@dataclass
class OrgDraft:
    name: str
    alternate_names: list[str] = field(default_factory=list)
    former_names: list[str] = field(default_factory=list)
    type: str | None = None
    description: str | None = None
    url: str | None = None
    parent: str | None = None

    @property
    def names(self) -> list[str]:
        return [self.name, *self.alternate_names, *self.former_names]


@dataclass
class ReportDraft:
    name: str
    number: str | None = None
    publisher: str | None = None
    url: str | None = None


@dataclass
class EventDraft:
    name: str | None = None
    start: str | None = None
    end: str | None = None
    time_zone: str | None = None
    description: str | None = None
    url: str | None = None
    keywords: list[str] = field(default_factory=list)
    attendance_mode: str | None = None
    status: str | None = None
    in_language: str | None = None
    location: PlaceRecord | None = None
    online_location: PlaceRecord | None = None
    organizers: list[str] = field(default_factory=list)
    sponsors: list[str] = field(default_factory=list)
    roles: list[RoleDraft] = field(default_factory=list)
    reports: list[ReportDraft] = field(default_factory=list)
    related: list[EventDraft] = field(default_factory=list)


STAFF_ROLES = ("contact", "rapporteur", "organizer")
# the office a contact answers for, named by the host's initials or the event ('UMRC Secretariat',
# 'Conference Office'): where to write, not her employer ('Foreign Office', 'Cabinet Office' are)
_CONTACT_OFFICE = re.compile(r"^(?:[A-Z]{2,8}|Conference|Forum|Symposium|Workshop|Events?)\s+(?:Secretariat|Office)$")
# a unit of the host named after a contact's post ('Administrative Coordinator, Clinical Ethics Service', 'Ms. X,
# International Cooperation Team', 'Events Coordinator, School of Government'): where in the host she answers,
# a part of her post, not her employer
_CONTACT_UNIT = re.compile(
    rf"^(?:(?:[A-Z][\w'’-]*\s+)+(?:(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)+)?(?:{SUBUNIT_KINDS}|Service|Desk)"
    r"|(?:School|Department) of [A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*)$"
)


def _contact_unit(entry: Entry) -> Entry:
    unit = entry.affiliation or ""
    if not _CONTACT_UNIT.match(unit) or unit in (entry.job_title or ""):
        return entry  # ('Energy and Climate Unit coordinator': the unit before the post names her employer)
    return replace(entry, affiliation=None, job_title=f"{entry.job_title}, {unit}" if entry.job_title else None)


@dataclass
class PageDraft:
    """One page's facts: the event, and the people and organisations it mentions."""

    text: str = ""
    event: EventDraft = field(default_factory=EventDraft)
    people: list[PersonDraft] = field(default_factory=list)
    orgs: list[OrgDraft] = field(default_factory=list)
    site_publisher: str | None = None
    site_names: tuple[str, ...] = ()  # how the site names itself outside the text: <title>, embedded Organization
    footer: str = ""  # the site's footer, dropped from the text, where a body often spells out its initials
    notes: list[str] = field(default_factory=list)
    session: int | None = None  # the programme item being read, while people are read under it

    def find_person(self, name: str) -> PersonDraft | None:
        for person in self.people:
            if any(same_person(name, known) for known in person.names):
                return person
        return None

    def person(self, name: str) -> PersonDraft:
        """The person of that name on this page, created on first mention."""
        name = POSSESSIVE.sub("", name)
        found = self.find_person(name)
        if found is None:
            found = PersonDraft(names=[name])
            self.people.append(found)
        elif name not in found.names:
            # the Western form of a name written family name first is the one a reader looks for
            found.names.insert(0 if western_short_form(name, found.names[0]) else len(found.names), name)
        return found

    def find_org(self, name: str) -> OrgDraft | None:
        key = organization_key(name)
        for org in self.orgs:
            if any(organization_key(known) == key for known in org.names):
                return org
        return None

    def org(self, name: str) -> OrgDraft:
        """The organisation of that name (or former or other name), created on first mention."""
        name = _clean_org_name(name)
        names = _bilingual_names(name)
        names = _name_and_initials(name) if len(names) == 1 else names
        found = next((org for org in map(self.find_org, names) if org is not None), None)
        if found is None:
            found = OrgDraft(name=names[0])
            self.orgs.append(found)
        found.alternate_names.extend(n for n in names[1:] if n not in found.names)
        return found

    def rename_org(self, current: str, former: str) -> None:
        """Record that `former` is an old name of `current`, merging the two if both exist."""
        org = self.org(current)
        old = self.find_org(former)
        if old is not None and old is not org:
            self.orgs.remove(old)
            org.alternate_names.extend(n for n in old.alternate_names if n not in org.names)
            org.description = org.description or old.description
        if former not in org.names:
            org.former_names.append(_clean_org_name(former))
        _rename_references(self, [n for n in (old.names if old else [former])], org.name)

    def merge_org(self, alias: str, name: str) -> None:
        """`alias` is another name of the organisation `name` (its initials): one organisation."""
        org, other = self.org(name), self.find_org(alias)
        if other is None or other is org:
            return
        self.orgs.remove(other)
        org.alternate_names.extend(n for n in other.names if n not in org.names)
        org.description = org.description or other.description
        _rename_references(self, other.names, org.name)

    def add_entry(
        self, entry: Entry, role: str, event: EventDraft | None = None, told: bool = False, card: bool = False
    ) -> RoleDraft:
        """A person as listed with a role (`told` of in running text, or described on a `card` or in
        a list under a heading); staff also get their title and employer."""
        event = event or self.event
        person = self.person(entry.name)
        person.honorific = person.honorific or entry.honorific
        person.telephone = person.telephone or entry.telephone
        person.email = person.email or entry.email
        entry = _contact_unit(entry) if role == "contact" else entry
        office = role == "contact" and _CONTACT_OFFICE.match(entry.affiliation or "")
        affiliation = self.org(entry.affiliation).name if entry.affiliation and not office else None
        if role in STAFF_ROLES:
            person.job_title = person.job_title or entry.job_title
            person.works_for = person.works_for or affiliation
        for existing in event.roles:
            if existing.person is person and existing.role == role:
                if existing.told and card and (affiliation or entry.job_title):
                    # a card or list writes the post in full, the text before it in passing ('Korea
                    # Center Director X' over 'Director, Hyundai Motor-Korea Foundation Center for …')
                    existing.affiliation, existing.job_title, existing.told = affiliation, entry.job_title, False
                existing.affiliation = existing.affiliation or affiliation
                existing.job_title = existing.job_title or entry.job_title
                return existing
        added = RoleDraft(person, role, affiliation, entry.job_title or office_in_honorific(entry), self.session, told)
        event.roles.append(added)
        return added

    def roles_of(self, person: PersonDraft) -> list[RoleDraft]:
        return [r for r in self.event.roles if r.person is person]


def _bilingual_names(name: str) -> list[str]:
    """'Cyngor Gwynedd / Gwynedd Council': a bilingual page's organisation in both its languages,
    one organisation whose second name is an alternate name; any other name is itself."""
    sides = [side.strip() for side in name.split(" / ")]
    if len(sides) == 2 and all(side[:1].isupper() and 0 < len(side.split()) <= 8 for side in sides):
        return sides
    return [name]


# 'Tampere Peace Research Institute TAPRI', 'Centro de Estudios Ibéricos y Latinoamericanos (CEIL)': a name
# written with its own initials after it
_TRAILING_INITIALS = re.compile(
    r"^(?P<full>.+?)\s+(?:\((?P<bracketed>[A-Z][A-Za-z&]{1,9})\)|(?P<bare>[A-Z][A-Z&]{1,9}))$"
)


def _name_and_initials(name: str) -> list[str]:
    """The name and its initials as two names of one organisation, when the letters are the
    initials of the name's capitalised words (a word may give more than one: 'TAPRI')."""
    found = _TRAILING_INITIALS.match(name)
    short = found and (found.group("bracketed") or found.group("bare"))
    if not found or not short:
        return [name]
    words = [w for w in re.split(r"[\s-]+", found.group("full")) if w[:1].isupper()]
    return [found.group("full"), short] if _abbreviates(short.replace("&", ""), words) else [name]


def _abbreviates(short: str, words: list[str]) -> bool:
    if not words or not short:
        return not words and not short
    word = words[0]
    return any(
        short[:k].casefold() == word[:k].casefold() and _abbreviates(short[k:], words[1:])
        for k in range(1, min(len(word), len(short)) + 1)
    )


def _without_patronymic(name: str) -> str:
    """'Daulet Nurlanovich Sadykov' -> 'Daulet Sadykov': a formal list writes the patronymic, prose leaves it out."""
    tokens = name.split()
    kept = [t for i, t in enumerate(tokens) if i == 0 or not PATRONYMIC.match(t)]
    return " ".join(kept) if len(kept) >= 2 else name


@lru_cache(maxsize=200_000)
def same_person(a: str, b: str) -> bool:
    """The same name in any order and hyphenation: 'Jian Chen' / 'Chen Jian', 'Kim Min-jun' /
    'Min-jun Kim' / 'Minjun Kim' (on one page, where two such people are not to be expected), with
    or without a patronymic ('SADYKOV Daulet Nurlanovich' / 'Daulet Sadykov') or the middle names
    of a name written family name first ('Nguyen Van An' / 'An Nguyen')."""
    a, b = _without_patronymic(a), _without_patronymic(b)
    return (
        compare(a, b) is Match.SAME
        or compare(a.replace("-", ""), b.replace("-", "")) is Match.SAME
        or western_short_form(a, b)
        or western_short_form(b, a)
    )


def western_short_form(short: str, full: str) -> bool:
    """'An Nguyen' of 'Nguyen Van An', 'Ha Tran' of 'Tran Thi Thu Ha': the given name before the
    family name, the middle names left out, as a Vietnamese name is written in Western order."""
    given_family = fold(short).split()
    family_middle_given = fold(full).split()
    return (
        len(given_family) == 2
        and 3 <= len(family_middle_given) <= 4
        and given_family == [family_middle_given[-1], family_middle_given[0]]
    )


def _clean_org_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;.:–—")  # "Outreach Coordinator, CCPFR – e-mail": not the dash
    return agency_of_office(foundation_of_office(name[4:] if name.startswith("the ") else name))


def _rename_references(page: PageDraft, old_names: list[str], new_name: str) -> None:
    """Point affiliations, employers and hosts that used an old name at the current one."""
    old = {organization_key(n) for n in old_names}

    def renamed(name: str | None) -> str | None:
        return new_name if name is not None and organization_key(name) in old else name

    for event in (page.event, *page.event.related):
        for role in event.roles:
            role.affiliation = renamed(role.affiliation)
        event.organizers = _unique([renamed(n) or n for n in event.organizers])
        event.sponsors = _unique([renamed(n) or n for n in event.sponsors])
        for report in event.reports:
            report.publisher = renamed(report.publisher)
    for person in page.people:
        person.works_for = renamed(person.works_for)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
