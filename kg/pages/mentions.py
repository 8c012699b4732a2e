"""How the page's running text refers to its people: other name forms, honorifics, and which
word of a two-order name is the family name.

"Samuel Kim agreed with Chen" gives Samuel S. Kim the other form "Samuel Kim"; "Dr. Chen
suggested" gives Chen Jian the honorific "Dr."; a name written "Jian Chen" and "Chen Jian"
whose text then says "Chen" alone has the family name Chen. The form the page uses most
becomes the person's name, the others alternate names.
"""

from __future__ import annotations

import re

from kg.names import STATED_HONORIFICS, stated_honorific
from kg.pages.draft import PageDraft, PersonDraft, same_person
from kg.pages.people import bare_name, is_person_name, peer_title
from kg.pages.words import BARE_SURNAME, INITIAL, NAME_SUFFIX, PARTICLES, POSSESSIVE

# (on one line: 'Image - Portrait of Dana Whitfield' / 'Dana Whitfield' gives no 'Whitfield Dana')
_RUN = re.compile(r"(?:[A-Z][\w'-]*\.?(?:[A-Z]\.)*[ \t]+){1,5}[A-Z][\w'-]*")
PROSE_HONORIFICS = (
    "Dr",
    "Prof",
    "Professor",
    "Ambassador",
    "Amb",
    "Mr",
    "Mrs",
    "Ms",
    "Senator",
    "Sen",
    "Representative",
    "Rep",
    "General",
    "Gen",
    "Minister",
    "President",
    "Governor",
    "Gov",
    "Admiral",
    "Adm",
    "Colonel",
    "Col",
    "Judge",
    "Justice",
    "Rabbi",
    "Rev",
    "Sir",
    "Dame",
)
_HONORIFIC_BEFORE = r"\b(?P<honorific>(?:" + "|".join(PROSE_HONORIFICS) + r")\.?)\s+"


def count(text: str, form: str) -> int:
    return len(re.findall(rf"(?<![\w.]){re.escape(form)}(?![\w'-])", text))


def other_forms(text: str, person: PersonDraft) -> list[str]:
    """Full-name forms of the person in the text that differ from the listed ones."""
    found: list[str] = []
    for run in _RUN.finditer(text):
        tokens = stated_honorific(run.group(0))[1].split()
        for size in range(min(4, len(tokens)), 1, -1):
            for at in range(len(tokens) - size + 1):
                # "Dr. Ji-hoon Park's comments": the possessive is no part of the name
                form = POSSESSIVE.sub("", " ".join(tokens[at : at + size]).rstrip("."))
                if (
                    form.casefold() in {n.casefold() for n in person.names}  # 'KIM Soo-yeon' is 'Kim Soo-yeon'
                    or form in found
                    or not is_person_name(form)
                    or stated_honorific(form)[0]
                    or INITIAL.match(tokens[at])
                    # 'Lin Yuqing' / 'Lin Yuqing': a card's photo text repeating the name over it
                    or len(set(form.split())) < len(form.split())
                ):
                    continue
                if any(same_person(form, known) for known in person.names):
                    found.append(form)
    return found


def family_name(text: str, person: PersonDraft) -> str | None:
    """For a name written in both orders, the word the text uses alone, if only one is."""
    two_word = [n for n in person.names if len(n.split()) == 2]
    if not any(n.split()[::-1] == m.split() for n in two_word for m in two_word):
        return None
    first, second = two_word[0].split()
    alone = {w: count(text, w) - sum(count(text, n) for n in person.names if w in n.split()) for w in (first, second)}
    if alone[first] > 0 and alone[second] == 0:
        return first
    if alone[second] > 0 and alone[first] == 0:
        return second
    return None


def surname(person: PersonDraft) -> str:
    peer = peer_title(person.names[0])  # 'Lord Hale of Marston' is 'Lord Hale' in the text
    return person.family_name or (peer.group("name") if peer else NAME_SUFFIX.sub("", person.names[0]).split()[-1])


def honorific_in_text(text: str, person: PersonDraft, page: PageDraft) -> str | None:
    """'Dr.' from 'Dr. Chen suggested…' when no other person of the page is called Chen."""
    family = surname(person)
    if sum(1 for p in page.people if surname(p) == family) > 1:
        return None
    given = "|".join(re.escape(w) for n in person.names for w in n.split() if w != family)
    middle = rf"(?:(?:{given})\s+)*" if given else ""
    match = re.search(_HONORIFIC_BEFORE + middle + rf"{re.escape(family)}(?![\w'-])(?!\s+[A-Z])", text)
    return match.group("honorific") if match else None


_TITLED_SURNAME = re.compile(rf"^(?P<honorific>(?:{'|'.join(STATED_HONORIFICS)})\.?)\s+(?P<surname>[A-Z][\w'-]+)$")


def named_in_full(page: PageDraft, name: str) -> PersonDraft | None:
    """The one listed person the page wrote only as 'Dr. Ducharme', now that a bio names her in full
    ('Dr. Leah Ducharme is Associate Professor …'): she takes the full name."""
    words = name.split()
    titled = [
        (person, match)
        for person in page.people
        if len(person.names) == 1 and (match := _TITLED_SURNAME.match(person.names[0]))
    ]
    found = [(person, match) for person, match in titled if len(words) > 1 and match.group("surname") == words[-1]]
    if len(found) != 1:
        return None
    person, match = found[0]
    person.honorific = person.honorific or match.group("honorific")
    person.names = [name]
    return person


def _titled_surname(person: PersonDraft) -> tuple[str | None, str] | None:
    """The honorific and family name of a mention by them alone ('Dr Treloar'), the honorific
    perhaps already set apart ('Professor Pryce will chair' read as Pryce, honorific Professor)."""
    if len(person.names) != 1:
        return None
    if titled := _TITLED_SURNAME.match(person.names[0]):
        return titled.group("honorific"), titled.group("surname")
    if person.honorific and BARE_SURNAME.fullmatch(person.names[0]):
        return person.honorific, person.names[0]
    return None


def full_name_in_text(page: PageDraft) -> None:
    """'Dr Treloar, Lecturer in …, will present' when the page lists no other Treloar and its text
    names her in full once ('… by Dr Hannah Treloar and Professor …', an author's line no role
    reads): the mention takes that name."""
    for person in page.people:
        titled = _titled_surname(person)
        if titled is None or any(p is not person and surname(p) == titled[1] for p in page.people):
            continue
        honorific, family = titled
        full = set()
        for run in _RUN.finditer(page.text):
            words = run.group(0).split()
            if words[-1] != family:
                continue
            _, name = bare_name(" ".join(words[-4:]))
            name = " ".join(w for w in name.split() if w.rstrip(".") not in PROSE_HONORIFICS)
            if 2 <= len(name.split()) <= 4 and is_person_name(name):
                full.add(name)
        full = full or _family_name_first(page.text, honorific, family)
        if len(full) == 1:
            person.honorific = person.honorific or honorific
            person.names = [full.pop()]


def _family_name_first(text: str, honorific: str | None, family: str) -> set[str]:
    """'Dr Lim' of 'Dr Lim Siew Ling tells the story …': a Chinese, Korean or Vietnamese name written family
    name first, after the same honorific the mention uses (no run of the page ends with the family name)."""
    full = set()
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        if len(words) in (3, 4) and words[1] == family and words[0].rstrip(".") == (honorific or "").rstrip("."):
            name = " ".join(words[1:])
            if is_person_name(name):
                full.add(name)
    return full


_INITIALS_FAMILY = re.compile(r"^(?P<initials>(?:[A-Z]\.\s*){1,3})(?P<family>[A-Z][\w'’-]+)$")


def initials_spelled_in_text(page: PageDraft) -> None:
    """'Professor M. E. Holroyd (University of Leeds)' over a report that names 'Professor Margaret Holroyd': the
    person listed by her initials takes the given name the text spells out, when it spells one only."""
    for person in page.people:
        found = _INITIALS_FAMILY.match(person.names[0]) if len(person.names) == 1 else None
        if found is None or any(p is not person and surname(p) == found["family"] for p in page.people):
            continue
        spelled = re.finditer(
            rf"\b(?P<given>{found['initials'][0]}[a-z]{{2,}})\s+(?:[A-Z]\.\s*)?{re.escape(found['family'])}\b",
            page.text,
        )
        full = {name for m in spelled if is_person_name(name := f"{m['given']} {found['family']}")}
        if len(full) == 1:
            person.names = [full.pop()]


def merge_surname_mentions(page: PageDraft) -> None:
    """'Dr Whitby will discuss …' or 'Lord Avery will ask …' in the text is the listed Eleanor
    Whitby or Justin Avery, when the page lists exactly one person of that family name (or,
    failing that, whose name starts with it: 'Dr Tan' is Tan Ah Kow)."""
    for mention in list(page.people):
        titled = _TITLED_SURNAME.match(mention.names[0]) if len(mention.names) == 1 else None
        # 'Ferraro, Professor of Law at X, will be in conversation with …': the family name alone
        bare = BARE_SURNAME.fullmatch(mention.names[0]) if len(mention.names) == 1 else None
        particled = _particled_family_name(mention.names[0]) if len(mention.names) == 1 else False
        if titled is None and bare is None and not particled:
            continue
        family = titled.group("surname") if titled else mention.names[0]
        others = [p for p in page.people if p is not mention]
        same = [p for p in others if surname(p) == family]
        # 'Ould Cheikh set out …', 'van Dijk argued …': the family name with its particle
        same = same or [p for p in others if particled and p.names[0].endswith(f" {family}")]
        # 'Dr Tan' for Tan Ah Kow: a family name written first
        same = same or [p for p in others if p.names[0].split()[0] == family and titled]
        if len(same) != 1:
            continue
        person = same[0]
        person.honorific = person.honorific or (titled.group("honorific") if titled else None)
        _merge(page, mention, person)


# the particles that open a family name in Hassaniya ('Ould', son of; 'Mint', daughter of), as 'bin' does
_FAMILY_PARTICLES = PARTICLES | {"ould", "mint"}


def _particled_family_name(name: str) -> bool:
    """'Ould Cheikh', 'van Dijk', 'bin Hassan': a family name opened by its particles, no given name."""
    *particles, family = name.split()
    return (
        bool(particles)
        and all(p.lower() in _FAMILY_PARTICLES for p in particles)
        and bool(BARE_SURNAME.fullmatch(family))
    )


def merge_second_surname_omitted(page: PageDraft) -> None:
    """'Rosa María Coy' on a page that also writes Rosa María Coy Tzul: a name written without its
    last word, the second of two family names as Spanish and Portuguese names carry them, is the one
    listed person whose name is it and one word more."""
    for mention in list(page.people):
        short = mention.names[0] if len(mention.names) == 1 else ""
        if len(short.split()) < 2:
            continue
        longer = len(short.split()) + 1
        same = [
            p
            for p in page.people
            if p is not mention and any(n.startswith(f"{short} ") and len(n.split()) == longer for n in p.names)
        ]
        if len(same) == 1:
            same[0].names.append(short)
            _merge(page, mention, same[0])


def _merge(page: PageDraft, mention: PersonDraft, person: PersonDraft) -> None:
    """The mention's roles are the person's: one entry per role, with the post whichever gave it."""
    for event in (page.event, *page.event.related):
        held = {r.role: r for r in event.roles if r.person is person}
        for role in [r for r in event.roles if r.person is mention]:
            if role.role in held:
                held[role.role].affiliation = held[role.role].affiliation or role.affiliation
                held[role.role].job_title = held[role.role].job_title or role.job_title
                event.roles.remove(role)
            else:
                role.person = person
    page.people.remove(mention)


def resolve_names(page: PageDraft) -> None:
    """Complete each person's forms, family name and honorific from the text, and put the
    form the page uses most first."""
    merge_surname_mentions(page)
    merge_second_surname_omitted(page)
    full_name_in_text(page)
    initials_spelled_in_text(page)
    for person in page.people:
        person.names.extend(other_forms(page.text, person))
        family = family_name(page.text, person)
        if family is not None:
            person.family_name = family
            person.given_name = next(w for w in person.names[0].split() if w != family)
        person.honorific = person.honorific or honorific_in_text(page.text, person, page)
        person.names.sort(key=lambda n: -count(page.text, n))
