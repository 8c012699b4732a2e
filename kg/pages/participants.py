"""Participants as a page lists them: under headings, in programme items, in lines nobody
labelled, in sentences ('Featuring X (Title, Org), with comments by Y'), with bios ('Jane Doe
is a senior fellow at X') and contact lines ('Questions? Contact Z at z@example.org').

A heading's role holds for the lines under it; a heading inside a line ('Moderator: A, X;
Panelists: B, Y') changes it from there on; a bare name line takes the following lines as its
title and affiliation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.names import STATED_HONORIFICS
from kg.pages.blocks import (
    DISCUSSION_ITEM,
    NUMBERED_SESSION,
    REMARKS_ITEM,
    Block,
    block_text,
    paper_title,
    post_with_role_word,
)
from kg.pages.caseless import named_after_kind
from kg.pages.draft import STAFF_ROLES, PageDraft, same_person
from kg.pages.gazetteer import CAPITAL, PO_BOX, town_name
from kg.pages.host_phrases import HOSTED_BY, SUPPORTED_BY
from kg.pages.lines import (
    Label,
    is_prose,
    is_when_line,
    match_label,
    session_role,
    starts_with_time,
    without_addresses,
    without_time,
)
from kg.pages.mentions import PROSE_HONORIFICS, named_in_full, surname
from kg.pages.orgs import AS_INDIVIDUAL, UNIVERSITY_WORDS, employer_heading, grouped_by_employer
from kg.pages.people import (
    ROLE_WORDS,
    Entry,
    bare_name,
    body_named_by_kind,
    describe,
    is_bare,
    is_person_name,
    is_place,
    names_a_talk,
    names_only,
    opens_with_entry,
    parse_entries,
    segment_kind,
    singular_post,
    with_role,
    written_family_name_first,
)
from kg.pages.sentences import (
    LEADING_ROLES,
    before_cue,
    bio,
    bio_subject,
    chairs_introduction,
    clause_roles,
    cued_entries,
    presenting_authors,
    sentences,
    speaking_subjects,
    stated_roles,
    summarised_roles,
)
from kg.pages.title import EVENT_TYPES
from kg.pages.verb_final import verb_final_roles
from kg.pages.words import POST_NOMINALS, is_org_word, is_title_word

_STAFF_WORDS = re.compile(
    r"\b(?:director|assistant|associate|coordinator|manager|officer|intern"
    r"|staff|administrator|secretary)\b",
    re.IGNORECASE,
)


def _staff_post(job_title: str) -> bool:
    """'Program Associate', 'Asia Program director': a post on the host's staff; not a rank that a
    staff word only qualifies ('Associate Professor of History', 'Assistant Professor'), nor a
    former post ('Former Director, X Agency'), which a programme's speakers hold."""
    if re.match(r"(?:former|fmr\.?)\s", job_title, re.IGNORECASE):
        return False
    return any(
        not is_title_word(job_title[match.end() :].split(maxsplit=1)[0] if job_title[match.end() :].split() else "")
        for match in _STAFF_WORDS.finditer(job_title)
    )


# "by X", and "by the Rector of the Y University, X" (not "by the Chair: X"); what a person says 'from'
# her: 'Words of welcome from Senator X', 'Closing thoughts from Prof. X' (not a place or a body: 'bus
# departs from Corrin Street', 'Remarks from MUBAS –')
_SAID_FROM = (
    r"(?:welcome|remarks|greetings?|address|message|thoughts|reflections)\s+from(?=\s+(?:\S+\.\s|[A-Z]\w+\s+[A-Z]))"
)
_BY_NAMES = re.compile(
    rf"\b(?:by|with|featuring|{_SAID_FROM})\s+(?P<names>(?:the\s+(?=(?:[A-Z][\w-]*\s+){{1,5}}(?:of|at)\s))?[A-Z].*)$"
)


# the same in Spanish, Galician and Portuguese programmes: 'Apertura, a cargo de X', 'Clausura, a cargo do director do
# CERT, Dr. X', 'Conferencia: «…», polo Dr. X' (the post before the name read by parse_entries)
_IN_CHARGE = re.compile(
    r"(?:,|\s)\s*(?:a\s+cargo\s+(?:(?:de(?:l|\s+l[ao]s?)?|d[ao]s?)\s+(?=[A-Z])|(?=(?:de\s+l[ao]s?|del|d[ao]s?)\s))"
    r"|pol[oa]s?\s+)(?P<names>.*\S)"
)


def _in_charge_of(item: str) -> list[Entry]:
    found = _IN_CHARGE.search(item)
    return parse_entries(found.group("names")) if found else []


def read_participants(page: PageDraft, blocks: list[Block], lines: list[str], prose: list[int]) -> None:
    last_prose = max(prose, default=-1)
    for before, block in zip([None, *blocks], blocks, strict=False):
        # people blocks right after a programme item are listed under it (its room's line between them too:
        # 'Session 1: Title' / 'Location: Room 4' / 'Chair: X'); anything else ends it
        room = block.kind == "place" and before is not None and before.kind == "session"
        page.session = (page.session or 0) + 1 if block.kind == "session" else page.session
        page.session = page.session if block.kind in ("session", "people", "agenda") or room else None
        if block.kind in ("people", "contact"):
            role = _item_role(block, lines, (block.label.role if block.label else None) or "speaker", page.session)
            entries = _block_entries(block, lines, role)
            if _roster_of_known(page, [lines[i] for i in block.lines], entries):
                # 'Speakers (A–Z)' / 'Doe, Jane (Dr)': an index of the people the programme gave their roles
                entries = [e for e in entries if not page.find_person(e.name)]
            if _a_directory_heading(lines, block.head, role) and _lists_the_programme(page, entries):
                # a role the list states of its own ('She will moderate') stays
                entries = [e for e in entries if e.role not in (None, role, "speaker") or not page.find_person(e.name)]
            elif role == "speaker" and _BIOS_HEADING.match(lines[block.head] if block.head >= 0 else ""):
                # 'About the speakers' over bios of people the programme gave other roles: no talk of their own
                entries = [e for e in entries if not _other_roles_only(page, e, role)]
            elif role == "speaker" and _all_known(page, entries):
                page.session = None  # 'Speakers' over profiles of the programme's people: no item of it
            entries = _members_of(page.text, lines[block.head] if block.head >= 0 else "", entries)
            for entry in entries:
                # 'Drafted by X, Unit assistant' / 'Y, Director, Unit, 202-691-4129': the line with a
                # telephone under the drafter is the contact's
                given = entry.role or role
                given = "contact" if given == "rapporteur" and (entry.telephone or entry.email) else given
                given = _envoys_remarks(lines[block.head], entry, given) if block.head >= 0 else given
                page.add_entry(entry, given, card=True)
                if block.label and block.label.also and given == block.label.role:
                    page.add_entry(entry, block.label.also, card=True)  # 'Welcome and moderation – X'
            for i in block.lines if block.kind == "people" else []:  # 'Please contact X' closing a speakers list
                if _CONTACT_IN_TEXT.search(lines[i]):
                    _read_contact_sentence(page, lines[i])
        elif block.kind == "session":
            _read_session(page, block, lines)
            # 'Lunch and departure' / '… please contact Ms. X, post, on +255 …': the page's closing paragraph
            # under the last item
            for i in (i for i in block.lines if _CONTACT_IN_TEXT.search(lines[i])):
                # (a sentence ended on its line is whole: the next line is the page's, 'Share this: …')
                closing = lines[i] if lines[i].endswith((".", "!", "?")) else " ".join(_paragraph(lines, i))
                if is_prose(closing):
                    _read_contact_sentence(page, closing)
        elif block.kind in ("hosts", "sponsors"):
            # 'Co-sponsored by' / 'X' / 'For more information please contact Y, post, at …': the page's
            # closing paragraph under the last heading
            for i in (i for i in block.lines if is_prose(lines[i]) and _CONTACT_IN_TEXT.search(lines[i])):
                _read_contact_sentence(page, lines[i])
        elif block.kind in ("none", "text"):
            read: set[int] = set()  # lines read as part of a paragraph above them
            for n, i in enumerate(block.lines):
                following = lines[block.lines[n + 1]] if n + 1 < len(block.lines) else ""
                if i in read:
                    continue
                if _titled_person(lines[i], following) and _a_card(lines, i):
                    page.add_entry(parse_entries(f"{lines[i]}, {following}")[0], "speaker", card=True)
                elif _describe_known(page, lines, i):
                    continue
                elif not is_prose(lines[i]) and not _site_name(lines, i):
                    _read_unlabelled(page, lines[i], after_text=i > last_prose >= 0)
                else:
                    run = _paragraph(lines, i)
                    read.update(range(i, i + len(run)))
                    _read_contact_sentence(page, " ".join(run))
                    _read_cued(page, " ".join(run))
    page.session = None
    _described_once(page)
    _described_in_text(page, [lines[i] for i in prose])


# 'Presenters' alone over cards of everyone who speaks (BigMarker's and ON24's word for a 'Speakers' list)
_PRESENTERS_HEADING = re.compile(r"^\s*(?:our |the )?presenters\s*:?\s*$", re.IGNORECASE)


def _a_directory_heading(lines: list[str], head: int, role: str) -> bool:
    """Whether the block's heading may head a directory of the programme's people: 'Speakers', and a
    bare 'Presenters' (not 'Presentation of Technical Paper No. 9', an item of the programme)."""
    return role == "speaker" or (role == "presenter" and head >= 0 and bool(_PRESENTERS_HEADING.match(lines[head])))


# the page's event is (or holds) a panel: 'Panel discussion · Hybrid', 'Public panel and paper launch', '… will
# present the findings, followed by a panel discussion', 'A panel of researchers … will then discuss'
_PANEL_ANNOUNCED = re.compile(r"\bpanel[ -](?:discussion|debate)\b|\b(?:a|the|this|public) panel\b(?! of judges)", re.I)


def panel_of_speakers(page: PageDraft) -> None:
    """'Speakers' over the people of a page that announces a panel, whose findings a presenter (or a keynote)
    sets out and whom a chair or moderator leads: the people listed with no programme item and no other role
    are the panel's members (the presenter listed among them keeps her role). After the surname mentions
    ('Dr X will present the brief's findings') are resolved."""
    roles = {r.role for r in page.event.roles}
    if not roles & {"chair", "moderator"} or not roles & {"presenter", "keynote"}:
        return
    if not _PANEL_ANNOUNCED.search(page.text):
        return
    for role in page.event.roles:
        listed = role.role == "speaker" and role.session is None and not role.told
        if listed and all(r.role == "speaker" for r in page.roles_of(role.person)):
            role.role = "panelist"


# 'Waipapa Taumata Rau | University of Auckland', 'Te Herenga Waka — Victoria University of Wellington': a body's
# name in its own language, then in English, as a site's masthead writes it
_NATIVE_NAME_THEN_BODY = re.compile(r"^(?P<native>[^|–—]{4,60}?)\s+[|–—]\s+(?P<body>[^|–—]{4,80})$")
_MASTHEAD_LINES = 4


def _site_name(lines: list[str], index: int) -> bool:
    """The line names the site's body in two languages and the page's masthead (its first lines, its title
    among them) holds it: the site's name, not a person and her employer."""
    found = _NATIVE_NAME_THEN_BODY.match(lines[index].strip())
    if not found or bare_name(found["native"])[0] or not any(is_org_word(w) for w in found["body"].split()):
        return False  # ('Prof. Jane Doe | University of X': a titled person)
    head = [line for line in lines[: _MASTHEAD_LINES * 3] if line.strip()][:_MASTHEAD_LINES]
    return any(lines[index].strip() in line for line in head)


def _roster_of_known(page: PageDraft, listed: list[str], entries: list[Entry]) -> bool:
    """Three lines or more, nearly all written family name first with nothing but titles after
    ('Ampetyane, Sarah (Dr)', 'DKHAR, Aiban (Dr.)'), of people the programme above already gave
    their roles, half of them at least: an index of them, not a part of the programme (the others
    are still read from it)."""
    indexed = [line for line in listed if written_family_name_first(line)]
    if len(indexed) < 3 or 4 * len(indexed) < 3 * len([line for line in listed if line.strip()]):
        return False
    known = [e for e in entries if (p := page.find_person(e.name)) is not None and page.roles_of(p)]
    return 2 * len(known) >= len(entries)


# a heading over the speakers' bios, not over a list of who speaks
_BIOS_HEADING = re.compile(
    r"^\s*(?:about (?:the|our) (?:speakers?|panel+ists?|participants|presenters?)"
    r"|speakers?['’]? (?:bios?|biographies|profiles)|(?:short )?biographies)\s*:?\s*$",
    re.IGNORECASE,
)


def _other_roles_only(page: PageDraft, entry: Entry, role: str) -> bool:
    """The person has roles on the page, none of them `role`: her bio fills the posts they lack."""
    person = page.find_person(entry.name)
    stated = page.roles_of(person) if person else []
    if not stated or any(r.role == role for r in stated):
        return False
    affiliation = page.org(entry.affiliation).name if entry.affiliation else None
    for one in stated:
        one.affiliation, one.job_title = one.affiliation or affiliation, one.job_title or entry.job_title
    return True


def _all_known(page: PageDraft, entries: list[Entry]) -> bool:
    """Two people or more, each given a role by the programme above (two authors who presented their paper,
    their portraits again under 'Speakers': not a talk of their own)."""
    return len(entries) >= 2 and all((p := page.find_person(e.name)) and page.roles_of(p) for e in entries)


def _lists_the_programme(page: PageDraft, entries: list[Entry]) -> bool:
    """A 'Speakers' list of the people the programme above gave their roles (a registration site's
    directory of its agenda, Cvent's): it adds their posts, not a talk each; whether it was one."""
    known = [(e, p) for e in entries if (p := page.find_person(e.name)) is not None and page.roles_of(p)]
    described = sum(bool(e.job_title or e.affiliation) for e in entries)
    if len(entries) < 3 or len(known) < len(entries) - 1 or 4 * described < 3 * len(entries):
        return False  # ('Featuring: A, B and C' names them bare: the text says who does what)
    for entry, person in known:
        affiliation = page.org(entry.affiliation).name if entry.affiliation else None
        for stated in page.roles_of(person):
            if stated.told and (affiliation or entry.job_title):  # the list writes the post in full
                stated.affiliation, stated.job_title, stated.told = affiliation, entry.job_title, False
            stated.affiliation = stated.affiliation or affiliation
            stated.job_title = stated.job_title or entry.job_title
    return True


def _paragraph(lines: list[str], index: int) -> list[str]:
    """The running text from this line to its paragraph's end, over the lines a text dump wrapped
    it into at its width ('… will be opened by the Vice-Chancellor of X,' / 'Professor Y, and
    chaired by …'), so a sentence is read whole."""
    run = [lines[index]]
    while len(run[-1]) >= _DUMP_WIDTH and index + len(run) < len(lines) and lines[index + len(run)]:
        run.append(lines[index + len(run)])
    return run


_DUMP_WIDTH = 60  # shorter lines end their paragraph: a text dump wraps at 70-100 characters


def _described_once(page: PageDraft) -> None:
    """'Chair: dr X, Head of Programme, Y Institute' then 'Closing remarks: dr X': the page
    describes a person once, and she holds that post in each of her roles."""
    for role in page.event.roles:
        if role.affiliation or role.job_title or role.role in STAFF_ROLES:
            continue
        described = [
            r for r in page.roles_of(role.person) if (r.affiliation or r.job_title) and r.role not in STAFF_ROLES
        ]
        if described:
            role.affiliation, role.job_title = described[0].affiliation, described[0].job_title


# 'X of the Y Institute', 'X, a former member of the Senate,': what a summary says of a listed person
_OF_ORG = r"\s+of\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|and|for|on|the|de|&)\s+)*[A-Z][\w'’.&-]*)*"
# ('the forum's president' names the post only by reference; 'Governor X of New Mexico' names no employer)
_APPOSITION = r",\s+an?\s+[a-z][^,;()]{3,100}?(?=,)"
# 'directed by Prof. A (The Harbour University) and Prof. B (Tel Aviv University)': the employer in brackets
_BRACKETED_ORG = r"\s+\((?P<org>[A-Z][^()]{2,100})\)"


def _described_in_text(page: PageDraft, prose: list[str]) -> None:
    """People a list names bare ('Speakers / A, B, C') whom the summary describes ('At a Carnegie
    event, A of the X University, B, a former member of the Senate, and C of the Y School
    discussed …', 'directed by A (X University) and B (Y Institute)'): the post or employer the text gives them."""
    text = " ".join(prose)
    page_text = " ".join(page.text.split())  # (a name and its brackets wrapped over two lines, anywhere on the page)
    for role in page.event.roles:
        if role.affiliation or role.job_title or role.role in STAFF_ROLES:
            continue
        for name in role.person.names:
            bracketed = re.search(rf"\b{re.escape(name)}{_BRACKETED_ORG}", page_text)
            if bracketed and _names_a_body(bracketed.group("org")):
                role.affiliation = page.org(bracketed.group("org")).name
                break
            found = re.search(rf"\b{re.escape(name)}(?P<rest>{_OF_ORG}|{_APPOSITION})", text)
            entries = parse_entries(f"{name}{found.group('rest')}") if found else []
            org = entries[0].affiliation if entries else None
            placed = org is not None and (is_place(org) or not any(is_org_word(w) for w in org.split()))
            if entries and entries[0].name == name and (org or entries[0].job_title) and not placed:
                role.job_title = entries[0].job_title
                role.affiliation = page.org(entries[0].affiliation).name if entries[0].affiliation else None
                break


def _names_a_body(text: str) -> bool:
    """'Tel Aviv University', 'The Hebrew University of Jerusalem'; not '(Chair)', '(Oslo)' or '(via Zoom)'."""
    return any(is_org_word(w) for w in text.split()) and not is_place(text) and "," not in text


_REMARKS = ("introductory-remarks", "closing-remarks", "featured-remarks", "keynote")
# what a programme prints beside an item's title: its time or its length ('09:30', '15m', '1h 30m')
_ITEM_FURNITURE = re.compile(r"[\d:.\s–—-]*(?:[ap]\.?m\.?)?|\d+\s*h(?:\s*\d+\s*m)?|\d+\s*min(?:utes)?|\d+\s*m", re.I)


def _item_role(block: Block, lines: list[str], role: str, session: int | None) -> str:
    """A programme item's own role for the people its 'Speaker:' line names ('Closing remarks /
    30m / Speaker: Dr X', 'Welcome and introduction to the network / Speaker: Y'); a session's
    'Conveners:' chair that session (a series' convenor, outside any session, organises it)."""
    if role == "organizer" and session is not None:
        return "chair"
    if role != "speaker" or block.head < 1:
        return role
    if not block.inline:
        return _labelled_item_role(lines, block.head) or role
    before = [line for line in lines[max(0, block.head - 4) : block.head] if line.strip()]
    before = [line for line in before if not _ITEM_FURNITURE.fullmatch(line.strip())]
    if not before or is_prose(before[-1]):
        return role
    return _remarks_item(before[-1]) or role


# an item's number after its kind: 'Keynote 1', 'Keynote II'
_ITEM_NUMBER = re.compile(r"\s+(?:\d{1,2}|[IVX]{1,4})$")


def _remarks_item(line: str) -> str | None:
    """The role of an item whose title opens with remarks or a keynote ('Welcome and Land Acknowledgment',
    'Keynote 1: Title'); None for another item or one that names its own person ('Opening remarks – Dr X')."""
    clauses = re.split(r"\s+(?:and|&)\s+|\s*:\s*|\s[–—-]\s", without_time(line))
    if len(clauses) > 1 and any(parse_entries(clause) for clause in clauses[1:]):
        # 'Opening remarks – Dr X' over 'Lecture – Y': an item of its own, with its person (also where her
        # post's 'and' split it: 'Welcome – X, Program Director, Agriculture and Livelihoods, Org')
        return None
    for clause in clauses:  # ('Student Award Presentations and Closing Remarks': the first clause a label names)
        found = match_label(_ITEM_NUMBER.sub("", clause))
        if found and not found[1]:
            return found[0].role if found[0].role in _REMARKS else None
    return None


def _labelled_item_role(lines: list[str], head: int) -> str | None:
    """'Keynote 1: Title' / 'Room 104' / 'Speaker' / 'Prof. X' (Oxford Abstracts, Whova): a bare 'Speaker(s)'
    label right under an item's title and its room gives the people the item's role. The title is the
    nearest of the lines above, up to the item's time; a blank line above the label sets it apart."""
    if not lines[head - 1].strip():
        return None
    for line in reversed(lines[max(0, head - 3) : head]):
        if not line.strip() or starts_with_time(line) or is_prose(line):
            return None
        found = _remarks_item(line)
        if found:
            return found
    return None


def _describe_known(page: PageDraft, lines: list[str], index: int) -> bool:
    """A card of a person the programme already named, under a heading we cannot read ('Dr. Eszter
    Kovács' / 'Senior Research Fellow' / 'Institute for Legal Studies'): her post where the
    programme gave none."""
    honorific, name = bare_name(lines[index])
    person = page.find_person(name) if is_person_name(lines[index]) else None
    if person is None:
        return False
    card = []
    for line in lines[index + 1 : index + 4]:
        if not line or is_prose(line) or is_person_name(line) or parse_entries(line):
            break
        card.append(line)
    title, org = describe(", ".join(card)) if card else (None, None)
    person.honorific = person.honorific or honorific
    for role in page.roles_of(person):
        if role.role not in STAFF_ROLES:
            role.job_title = role.job_title or title
            role.affiliation = role.affiliation or (page.org(org).name if org else None)
    return True


def _short_bio(line: str) -> bool:
    """A bio of one short sentence under a card's post ('X has covered the WHO for a decade.'), too short
    to read as prose: a sentence, not the card's body line."""
    words = line.split()
    return line.endswith(".") and len(words) >= 6 and sum(w[0].islower() for w in words) >= 3


def _titled_person(line: str, following: str) -> bool:
    """A line that is only a name, and a line under it that describes her."""
    if not following or is_prose(following) or not is_person_name(line):
        return False
    title, org = describe(following)
    return bool(title and org) and not parse_entries(following)


def _a_card(lines: list[str], index: int) -> bool:
    """The name line opens a speaker card: it has an honorific ('Professor X' / 'Emerita Professor
    of Y, Z University'), or the page lists the name on a line of its own elsewhere too, or a bio
    about her follows her post ('Jane Doe' / 'Director of X, Ministry of Y' / 'Jane leads …'), as
    conference tools (Sessionize, pretalx) print a session's speakers: a heading's words or a
    hotel's name over a line of description are none."""
    line = lines[index]
    if bare_name(line)[0] is not None or lines.count(line) > 1:
        return True
    after = next((text for text in lines[index + 2 : index + 4] if text), "").split()
    return len(after) > 5 and after[0] in ("He", "She", "They", *bare_name(line)[1].split())


# '"Herring and Kelp" (presentation of Occasional Paper No. 22) – Dr. X (Org)': a note on the talk after its title
_TALK_NOTE = re.compile(r"^[\"“‘«][^\"“”«»]+[\"”’»]\s*\((?P<note>[^()]{3,80})\)")


def _talk_role(line: str) -> str:
    """A talk's speaker, or the presenter of the work the talk's note says it presents."""
    note = _TALK_NOTE.match(line.lstrip("-–•* "))
    return "presenter" if note and session_role(note["note"]) == "presenter" else "speaker"


def _block_entries(block: Block, lines: list[str], role: str) -> list[Entry]:
    """People listed under a heading: one per line or several per line, or a name line
    followed by lines of title and affiliation ('Jane Doe' / 'Senior Fellow, X'). A heading
    inside a line ('Moderator: A, X; Panelists: B, Y') changes the role from there on."""
    entries: list[Entry] = []
    pending: list[str] = []  # a name line and the lines describing it
    pending_role = current = role
    shared: list[Entry] = []  # 'A and B' on a line: the post on the next line is both of theirs
    starred = _starred_role(lines)
    for line, paragraph_ends in _lines_of(block, lines):
        if current == "chair" and (entries or pending) and paper_title(line) and not parse_entries(line):
            # 'Chair: Dr X (Org)' / '- A paper's title' / 'Dr Y (Org)': the session's papers, each its speaker's
            entries.extend(_flush(pending, pending_role))
            pending, current = [], "speaker"
            continue
        # ('- "A long title: with, commas" – Dr. X (Y University)': a talk and its speaker, no sentence)
        prose = is_prose(without_addresses(line)) and not opens_with_entry(line) and not names_a_talk(line)
        prose = prose or (bool(pending) and _short_bio(line))  # a card's one-sentence bio under its post
        if starred and line.endswith("*") and not line.startswith("*"):
            entries.extend(with_role(e, starred) for e in parse_entries(line.rstrip("* ")))
            continue  # 'Kingston Reif, Director, Arms Policy Center*' with '*Moderator' below
        # 'Jane Doe is a senior fellow at the X Institution, where …' under 'Speakers', however short
        described = bio(sentences(line)[0]) if prose or " is " in line else None
        if described and not (prose or is_person_name(described[0])):
            described = None  # 'This Policy Dialogue is organised in partnership with …'
        if described:
            entries.append(Entry(described[0], job_title=described[1], affiliation=described[2], role=current))
        if prose:
            entries.extend(stated_roles(line))  # '… She will moderate the discussion.'
            # '… The panel will be moderated by X. Questions may be …': who leads the item, in a sentence under it
            entries.extend(e for e in cued_entries(line) if e.role in LEADING_ROLES)
            entries.extend(with_role(e, current) for e in speaking_subjects(line) if not described)
        if prose or is_when_line(line) or described:
            continue
        talk = _conversation(line) if current == "speaker" else []
        if talk:  # 'Fireside chat – Dr. A, Post, Org, in conversation with B, Post, Org': A speaks, B leads
            entries.extend(_flush(pending, pending_role) + talk)
            pending = []
            continue
        told = stated_roles(line)
        if len(told) == 1:  # 'X, Post, Org will moderate the open discussion.': too short for prose, its own role
            # ('Welcome' / 'X, Post, Org, who will chair the session': the item's role is hers as well)
            also = [replace(told[0], role=current)] if _WHO_WILL.search(line) and told[0].role != current else []
            told = [] if also and chairs_introduction((current, told[0].role or ""), line) else told
            entries.extend(_flush(pending, pending_role) + also + told)
            pending = []
            continue
        detail = _DETAIL_LINE.match(line)
        if detail and pending:  # 'Contact Email: x@y.org' under the name: the end of the card
            entries.extend(_flush([*pending, detail.group("value")], pending_role))
            pending = []
            continue
        led = _CONTACT_LEAD.sub("", line)
        if current == "moderator" and _LED_PEOPLE.match(led):
            current, led = _led_role(block, lines), _LED_PEOPLE.sub("", led)
        carded = pending and post_with_role_word(led)  # the post under a card's name, not a new role's heading
        led = _office_person(led) if current == "contact" else led
        parts = [(led, current)] if carded else _relabelled(led, current)
        current = parts[-1][1]
        for text, piece_role in parts:
            # a panel's member with a talk of her own ('Jane Doe, X University – "Title"') gives a paper,
            # as do the people listed with their talks under a session's 'Chair: X' line
            piece_role = _talk_role(text) if piece_role in ("panelist", "chair") and names_a_talk(text) else piece_role
            piece_role, text, itemised = _item_before_person(text, piece_role)
            found = [with_role(e, piece_role) for e in parse_entries(text)]
            cued = [] if found else cued_entries(text)
            if cued:  # 'Q&A moderated by X, post, Org' under 'Welcome: Y': a role of its own
                entries.extend(_flush(pending, pending_role) + cued)
                pending = []
                continue
            if itemised and found:  # the item's person is complete: the next line is the next item
                entries.extend(_flush(pending, pending_role) + found)
                pending = []
                continue
            if not found and shared and _share_post(entries, shared, text):
                shared = []
                continue
            shared = found if len(found) > 1 and all(is_bare(e) for e in found) else []
            if (
                not found
                or (paragraph_ends and _employer_line(pending, found))
                or _post_under_name(pending, found, text)
            ):
                if 0 < len(pending) < 4 and not _EVERYONE.match(text):
                    pending.append(text)
                continue
            entries.extend(_flush(pending, pending_role))
            pending = [text] if len(found) == 1 and (is_bare(found[0]) or _initials_only(found[0])) else []
            pending_role = piece_role
            entries.extend([] if pending else found)
        if paragraph_ends and len(pending) > 1:  # a blank line closes a described name
            entries.extend(_flush(pending, pending_role))
            pending = []
    entries.extend(_flush(pending, pending_role))
    return _under_employers([text for text, _ in _lines_of(block, lines)], entries)


def _under_employers(texts: list[str], entries: list[Entry]) -> list[Entry]:
    """A committee's witnesses grouped under the organisations they speak for ('Cooperation Canada' /
    'Name, President' / 'As an Individual' / 'Name, Professor, Y University'): a list that opens
    with such a heading gives each person under it that body; what the line names after the post
    is the post's ('Vice-President, Policy and Government Relations')."""
    if not grouped_by_employer(texts):
        return entries
    employer_of: dict[str, str | None] = {}
    employer = None
    for text in texts:
        if employer_heading(text):
            employer = None if AS_INDIVIDUAL.match(text) else text
            continue
        employer_of.update((e.name, employer) for e in parse_entries(text))
    return _with_employers(entries, employer_of)


def _with_employers(entries: list[Entry], employer_of: dict[str, str | None]) -> list[Entry]:
    """Each entry with the body it speaks for, what its line named after the post kept in the post."""
    grouped = []
    for entry in entries:
        body = employer_of.get(entry.name)
        if body:
            post = ", ".join(filter(None, (entry.job_title, entry.affiliation)))
            entry = replace(entry, affiliation=body, job_title=post or None)
        grouped.append(entry)
    return grouped


# a heading over a committee's or panel's own members: 'Committee members attending', 'Members of the
# Panel', 'Panel' (on a hearing's page)
_MEMBERS_HEADING = re.compile(
    r"^(?:(?P<kind>Committee|Panel|Board)(?:\s+[Mm]embers?(?:\s+(?:attending|present))?)?|"
    r"[Mm]embers\s+of\s+the\s+(?P<of>Committee|Panel|Board))\s*:?$"
)
# a body of that kind the page names in full: 'the Children, Education and Home Affairs Scrutiny Panel'
_BODY_OF_KIND = r"(?:[A-Z][\w'’-]*(?:,[ \t]+|[ \t]+(?:(?:and|&|of|on|for)[ \t]+)?))+{kind}\b"


def _members_of(text: str, heading: str, entries: list[Entry]) -> list[Entry]:
    """'Panel' / 'Deputy Jane Doe (Chair)' / 'Deputy John Roe': a hearing's page lists the members of the
    committee or panel that holds it under such a heading, by their names alone; the one body of that
    kind the page names is theirs, and its chair's post there 'Chair'."""
    found = _MEMBERS_HEADING.match(heading.strip())
    if not found or not any(e.affiliation is None for e in entries):
        return entries
    kind = found.group("kind") or found.group("of")
    names = {re.sub(r"^The\s+", "", m.group(0)) for m in re.finditer(_BODY_OF_KIND.format(kind=kind), text)}
    # ('The Panel will ask the Minister …': the one the page named before; 'Public Panel': the event's kind)
    names = {name for name in names if name != kind and not EVENT_TYPES.match(name)}
    if len(names) != 1:
        return entries
    body = names.pop()
    # ('Senator Jane Doe (Chair)': she chairs the hearing as the committee's chair, a post of hers in it)
    chair = {"chair": "Chair"}
    return [
        e if e.affiliation else replace(e, affiliation=body, job_title=e.job_title or chair.get(e.role or ""))
        for e in entries
    ]


# what follows the body a hearing's slot names: how its witnesses attend, or the body's state ('Department
# of Agriculture and Fisheries (Queensland)'), no part of its name
_SLOT_NOTE = re.compile(r"\s*\((?:(?i:via|by|online)\b[^)]*|[A-Z][a-z]+)\)$")
# a slot's gathering, not a body ('14:00 Youth Forum', '9:30 Working Group 2')
_GATHERING = re.compile(
    r"\b(?:forum|meeting|group|briefing|session|workshop|seminar|panel|dialogue|conference|summit|segment)s?"
    r"(?:\s+\d+|\s+[IVX]+)?$",
    re.IGNORECASE,
)


def _under_slot(item: str, entries: list[Entry]) -> list[Entry]:
    """'9.05 am – 9.50 am  Queensland Seafood Industry Association' / 'Mr X, Chief Executive Officer': a
    hearing's programme gives each slot to a body and lists its witnesses under it by their posts
    ('Director, Reef Programme': the unit after the post is the post's); the body is theirs (a slot of
    a gathering or of another item of the programme gives none)."""
    if not starts_with_time(item) or not any(e.job_title for e in entries):
        return entries
    body = _SLOT_NOTE.sub("", without_time(item))
    # ('Presentation of the Survey Findings', 'Opening of the General Assembly': an item of the programme)
    item_of_programme = match_label(body) or session_role(body) != "speaker" or _GATHERING.search(body)
    if not body or item_of_programme or not employer_heading(body):
        return entries
    return _with_employers(entries, dict.fromkeys((e.name for e in entries), body))


# 'Moderator: X, post, Org' / 'With A, B and C': the people the moderator leads, not moderators
_LED_PEOPLE = re.compile(r"^(?:[Ww]ith|[Jj]oined by)\s+(?=[A-Z])")


def _led_role(block: Block, lines: list[str]) -> str:
    """The role of the people a moderator leads: the programme item's above her heading ('Roundtable:
    Who polices the sea?' -> panelist), else speakers."""
    item = lines[block.head - 1] if block.head > 0 else ""
    role = session_role(item) if item and not is_prose(item) else None
    return role if role in ("panelist", "discussant", "respondent") else "speaker"


def _item_before_person(text: str, role: str) -> tuple[str, str, bool]:
    """'Introduction of the Lecturer — Dr. X, Head, Department of Y': an order of proceedings with no
    times gives each item and then its person; the item's role is hers, the person the rest, and
    whether the line was such an item."""
    parts = re.split(r"\s[–—-]\s", text, maxsplit=1)
    if len(parts) < 2 or is_person_name(parts[0]) or parse_entries(parts[0]) or not parse_entries(parts[1]):
        return role, text, False
    if re.match(r"[\"“‘«]", parts[0]):  # '"Blue bonds" – Dr X, post' under 'Presentations:': a talk, the heading's role
        return role, parts[1], True
    return session_role(parts[0]) or role, parts[1], True


def _share_post(entries: list[Entry], shared: list[Entry], line: str) -> bool:
    """'Jane Doe and John Roe' / 'Research Economists, Poverty Unit, X Institute': the post and the
    organisation of each of them."""
    title, org = describe(singular_post(line))
    if not (title and org) or is_prose(line):
        return False
    for n, entry in enumerate(entries):
        if entry in shared:
            entries[n] = replace(entry, job_title=title, affiliation=org)
    return True


# 'Moderator: Dr X' / 'All session speakers': the item's people again, no post of the moderator's
_EVERYONE = re.compile(
    r"^(?:all|the)\s+(?:\w+\s+)?(?:speakers|panel+ists|presenters|participants|discussants|contributors)\b", re.I
)
_DETAIL_LINE = re.compile(r"^(?:[Cc]ontact\s+)?(?i:e-?mail|phone|telephone|tel\.?|mobile)\s*:\s*(?P<value>\S.*)$")
_CONTACT_LEAD = re.compile(r"^(?:[Cc]ontact|[Ee]-?mail|[Ww]rite to):?\s+(?=[A-Z])")
# 'Workshop Secretariat (Ms. Jane Doe), X School', 'International Office (person in charge: Mr. Y)'
_OFFICE_PERSON = re.compile(
    r"^(?P<office>[A-Z][^()]{2,80}?)\s*\((?:(?:person )?in charge:?\s*)?(?P<person>(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+[^()]+)\)"
)


# 'Forum secretariat: Jane Doe, Head of the X Department' under 'Contacts': the office, then its officer
_OFFICE_LABEL = re.compile(r"^[A-Z][\w'’ -]{2,40}:\s+(?P<person>[A-Z].*)$")


# her address or number after her name: 'at x@…', 'on 07700 …', 'tel. +998 …', 'x@…'
_CONTACT_DETAIL = r"(?:(?:at|on|tel\.?)\b|[\w.+-]+@|\+?\d)"
# 'Enquiries: Conference Secretary, Mr Jane Doe, x@example.org': a staff post before the name, then her details
_STAFF_POST_FIRST = re.compile(
    r"^(?P<label>[A-Z][\w'’ -]{2,40}:\s+)?(?P<post>(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"(?:Secretary|Officer|Coordinator|Administrator|Manager|Convenor|Convener|Organi[sz]er|Registrar))"
    rf",\s+(?P<name>[^,(]+?),\s+(?P<rest>{_CONTACT_DETAIL}.*)$"
)


def _office_person(line: str) -> str:
    """A contact field naming the office, its officer in brackets or after a colon: the officer is the contact."""
    found = _OFFICE_PERSON.match(line)
    if found and is_person_name(found.group("person")):
        return found.group("person")
    posted = _STAFF_POST_FIRST.match(line)
    if posted and is_person_name(bare_name(posted["name"])[1]):
        return f"{posted['label'] or ''}{posted['name']}, {posted['post']}, {posted['rest']}"
    labelled = _OFFICE_LABEL.match(line) if not match_label(line) else None  # ('Enquiries: X' is read as labelled)
    if labelled and is_person_name(labelled.group("person").split(",")[0]):
        return labelled.group("person")
    return line


_FOOTNOTE = re.compile(r"^\*\s*(?P<role>" + "|".join(ROLE_WORDS) + r")\s*$", re.IGNORECASE)


def _starred_role(lines: list[str]) -> str | None:
    """The role a page's '*Moderator' footnote gives to the names marked with an asterisk."""
    for line in lines:
        match = _FOOTNOTE.match(line)
        if match:
            return ROLE_WORDS[match.group("role").lower()]
    return None


def _lines_of(block: Block, lines: list[str]) -> list[tuple[str, bool]]:
    """The block's lines, each with whether a blank line or the block's end follows it."""
    indices = ([block.head] if block.inline else []) + block.lines
    texts = block_text(block, lines)
    found = [
        (text, n + 1 == len(indices) or indices[n + 1] != i + 1)
        for n, (text, i) in enumerate(zip(texts, indices, strict=True))
    ]
    if block.kind == "contact":
        found = _without_postal_address(found)
    # '(moderator)' alone on the line under a speaker card's post belongs to that card
    joined: list[tuple[str, bool]] = []
    for text, ends in found:
        if joined and _ROLE_ONLY.fullmatch(text) and not joined[-1][1]:
            joined[-1] = (f"{joined[-1][0]} {text.strip()}", ends)
        else:
            joined.append((text, ends))
    return joined


def _without_postal_address(found: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A contact card's postal address is no part of her post: 'Ms X' / 'Committee Secretary' / 'PO Box 6100' /
    'Parliament House' / 'Canberra ACT 2600' / 'Phone: …' keeps the name, the post and the details' fields."""
    box = next((n for n, (text, _) in enumerate(found) if PO_BOX.match(text.strip())), None)
    if box is None:
        return found
    fields = next((n for n in range(box, len(found)) if ":" in found[n][0]), len(found))
    return found[:box] + found[fields:]


_WHO_WILL = re.compile(r",\s+who\s+will\s+(?:also\s+)?[a-z]")
_ROLE_ONLY = re.compile(r"\s*[(\[]\s*(?:" + "|".join(ROLE_WORDS) + r")\s*[)\]]\s*", re.IGNORECASE)


def _initials_only(entry: Entry) -> bool:
    """'Shri Ramesh Gowda, IAS' over 'Managing Director, X Ltd.': initials alone after the name may
    be a service's (the Indian Administrative Service's), and the lines after it still describe her."""
    return not entry.job_title and bool(re.fullmatch(r"[A-Z]{2,5}", entry.affiliation or ""))


def _post_under_name(pending: list[str], found: list[Entry], line: str) -> bool:
    """'Carlos Medina' / 'Director of Planning, Denver Water': a post, then an employer that reads like a
    name ('Denver Water', 'Sydney Water'), on the line under a bare name is that person's card."""
    if len(pending) != 1 or len(found) != 1 or found[0].affiliation or not found[0].job_title:
        return False
    if not line.startswith(f"{found[0].job_title}, "):
        return False  # 'Deputy Tom Le Feuvre (Vice-Chair)' under 'Deputy Rachel Vibert (Chair)': the next member
    return describe(f"{found[0].job_title}, {found[0].name}") == (found[0].job_title, found[0].name)


def _employer_line(pending: list[str], found: list[Entry]) -> bool:
    """'Tomás Ibarra / Chief Economist / Ledgerline Analytics': a line that reads like a name
    but closes a person's paragraph whose lines so far gave a post and no organisation."""
    if len(pending) < 2 or len(found) != 1 or not is_bare(found[0]):
        return False
    return not any(describe(text)[1] for text in pending[1:])


def _relabelled(line: str, role: str) -> list[tuple[str, str]]:
    """'Moderator: A, X; Panelists: B, Y; C, Z' -> [('A, X', moderator), ('B, Y; C, Z', panelist)]."""
    parts: list[tuple[str, str]] = []
    for piece in re.split(r"\s*;\s*(?=[A-Z][A-Za-z &-]{2,40}:)", line):
        # ('A (X), Title of her paper – discussant: B (Y)': B discusses A's paper; the next line is a paper again)
        # (the discussant first: the role read last goes on to the next line)
        dashed = _DASHED_DISCUSSANT.search(piece)
        if dashed and parse_entries(piece[: dashed.start()]):
            parts += [(piece[dashed.end() :], "discussant"), (piece[: dashed.start()], role)]
            continue
        found = match_label(piece)
        if found is not None and found[0].kind == "people" and found[1]:
            role = found[0].role or role
            piece = found[1]
        paired = _WITH_HOST.match(piece) if role == "speaker" else None
        if paired and is_person_name(bare_name(paired.group("guest"))[1]):
            parts += [(paired.group("guest"), role), (paired.group("host"), "moderator")]
            continue
        parts.append((piece, role))
    return parts


# a paper's discussant after a dash on its line ('A (X), Title – discussant: B (Y)')
_DASHED_DISCUSSANT = re.compile(r"\s+[–—-]\s+discussant\s*:\s*(?=[A-Z])", re.IGNORECASE)


# 'In conversation – Dr A with B, presenter, ABC Radio': the guest, then who talks with her (as 'A in
# conversation with B' makes B the moderator)
_WITH_HOST = re.compile(r"^(?P<guest>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s+with\s+(?P<host>[A-Z][^,]+,\s+.+)$")


def _flush(pending: list[str], role: str) -> list[Entry]:
    """A name line and its description lines as one entry; the description ends with its
    first line that names an organisation ('Director - X Center' / 'Senior Fellow - Y'), unless
    a semicolon says another post follows ('Global Fellow, X Institute;' / 'Former Ambassador …')."""
    if not pending:
        return []
    used = pending[:1]
    for n, line in enumerate(pending[1:], start=1):
        used.append(line)
        if describe(line)[1] and not line.rstrip().endswith(";"):
            after = pending[n + 1 : n + 2]  # 'Senior Fellow - X Center' / 'The Y Institution'
            used.extend(a for a in after if describe(a)[0] is None and describe(a)[1])
            break
    joined = ", ".join(p.strip(" ,") for p in used).replace(";,", ";")
    found = parse_entries(joined)
    if len(found) > 1 and len(used) > 2 and found[0].name == bare_name(used[0].strip(" ,"))[1]:
        # a card is one person: 'Presenter, Southern Lakes Evenings' / 'Bay Radio' under her name is her
        # post and employer, not a second person named 'Southern Lakes Evenings'
        title, org = describe(", ".join(p.strip(" ,") for p in used[1:]))
        found = [replace(found[0], job_title=title, affiliation=org)] if title and org else found
    return [with_role(e, role) for e in found[:1]]


def _described_below(entries: list[Entry], block: Block, lines: list[str]) -> list[Entry]:
    """The item line's one person, bare, with the post and employer on the line under it."""
    if len(entries) != 1 or not is_bare(entries[0]) or not block.lines:
        return []
    below = lines[block.lines[0]]
    if ":" in below or parse_entries(below) or is_prose(below) or not all(describe(below)):
        return []  # ('Attachment: programme.pdf (PDF, 312 KB)' under the last item is no post)
    found = parse_entries(f"{entries[0].name}, {below}")[:1]
    return [replace(e, honorific=entries[0].honorific, role=entries[0].role) for e in found]


def _read_session(page: PageDraft, block: Block, lines: list[str]) -> None:
    """A programme item: its role from the item's title, people from the item line and the
    lines under it ('8:00 am Keynote Speech by Paul Wolfowitz, Deputy Secretary of Defense')."""
    role = block.label.role if block.label else None
    title = block.inline
    if not without_time(title) and block.lines and not parse_entries(lines[block.lines[0]]):
        # '11:15am – 12:45pm' / 'Roundtable: Lessons …' / people: the item's title on the line under its time
        title, block = lines[block.lines[0]], Block(block.label, title, block.lines[1:], block.blanks, block.head)
        role = session_role(title)
    inline = match_label(without_time(title))
    entries: list[Entry] = []
    if inline and inline[0].kind == "people":
        # ('Discussion — Dr A and Dr B' after a work's presentation: its discussants, as segment() read the item;
        # 'Remarks – X' in the programme's opening: introductory remarks, as segment() read it)
        kept = (role == "discussant" and DISCUSSION_ITEM.match(without_time(title))) or (
            role == "introductory-remarks" and REMARKS_ITEM.match(without_time(title))
        )
        role = role if kept else inline[0].role
        # 'Session 1: Port Cities and Their Archives' names the session: only evident people count
        numbered = bool(NUMBERED_SESSION.match(without_time(title)))
        named = _before_people_label(inline[1])  # 'Panel 2: Divided Lines, Chair: X': the panel's name
        # 'Presentation of Findings: "Title, with Commas"': a quoted title names the work, not people
        named = _QUOTED_TALK.sub("", named).strip(" ,:–—-")
        # 'Panel: the market, the regulator and the homeowner, with A, B and C': the panel's theme, then its people
        theme, *panel = _LED_AFTER.split(named, maxsplit=1)
        named = panel[0] if panel and names_only(panel[0]) and not parse_entries(theme) else named
        # 'Panel: Pensions and Work – Dr. A (X), Dr. B (Y)': the people after the panel's title
        entries = _after_talk_title(named) or parse_entries(named, strict=numbered) or _in_charge_of(named)
    elif _conversation(without_time(title)):
        entries = _conversation(without_time(title))
    elif _BY_NAMES.search(title):
        entries = parse_entries(_BY_NAMES.search(title).group("names"))  # type: ignore[union-attr]
    elif _IN_CHARGE.search(title):
        entries = _in_charge_of(title)
    else:
        entries = _after_talk_title(without_time(title)) or _named_before(page, without_time(title))
        entries = entries or _presenting_subject(without_time(title))
        after_kind = named_after_kind(without_time(title))  # '開会挨拶 X（…）': the person after the item's kind
        entries = entries or (parse_entries(after_kind) if after_kind else [])
        # 'Launch of X, Title: Y, presented by its authors Dr. A, Post, and B, Post, Org': the cue names both, the
        # rest after the title's colon the last one only
        cued = cued_entries(without_time(title))
        entries = cued if len(cued) > len(entries) else entries
    # an agenda table's row: 'Session title, Speaker, Title, Org; Speaker, …' (a quoted talk
    # title's own commas, 'Keynote: “Leaving, Staying, Returning”, Dr. X', part no row)
    _, comma, after = _QUOTED_TALK.sub("", without_time(title)).partition(", ")
    labelled = match_label(after) if comma else None
    if not (labelled and labelled[0].kind == "people"):
        after, labelled = _people_label_after_comma(_QUOTED_TALK.sub("", without_time(title))) or (after, labelled)
    if labelled and labelled[0].kind == "people" and labelled[0].role:  # '…, Session 1, Moderator: X, Title'
        after, led = labelled[1], []
        # 'Panel discussion, facilitated by X, with A, B and C': the people she leads hold the item's role
        if labelled[0].role in ("moderator", "chair") and _LED_AFTER.search(after):
            after, members = _LED_AFTER.split(after, maxsplit=1)
            led_role = role if role in ("panelist", "discussant", "respondent") else "speaker"
            led = [with_role(e, led_role) for e in parse_entries(members)]
        relabelled = [with_role(e, labelled[0].role) for e in parse_entries(after)] + led
        # 'Roundtable: … All speakers, moderated by X': X holds the label's role, not the item's too
        entries = [e for e in entries if e.name not in {r.name for r in relabelled}] + relabelled
    known = {e.name for e in entries}
    # (not the body after the item's person: 'Closing remarks – X, Eastern Reef Insurance Pool')
    # ('Welcome — Briggs, Samuel T., Chancellor': no row's cell after the comma, but the name's given names)
    entries += [
        e
        for e in parse_entries(after)
        if comma and not any(e.name in name for name in known) and not body_named_by_kind(e.name)
    ]
    if role is None:
        return
    role = "presenter" if role == "speaker" and _PRESENTED_BY.search(without_time(title)) else role
    entries = [with_role(e, role) for e in entries]
    described = _described_below(entries, block, lines)
    if described:  # '14:30, Welcome address, Prof. X' / 'Vice-Rector, Y University': a table cell's two lines
        entries, block = described, Block(block.label, block.inline, block.lines[1:], block.blanks, block.head)
    # ('18:40 Preguntas del público' / 'Con el apoyo del Consejo X y Tecnología de Y.': who backs the event, no
    # person of the last item)
    listed = [i for i in block.lines if not _BACKING_LINE.match(lines[i])]
    # ('20:20 Closing remarks' / 'X' / blank / 'Afterwards we invite you for a drink.': the page's sentence after
    # a blank line under the last item, no post of its person)
    listed = next(
        (listed[:n] for n, i in enumerate(listed) if n and i > listed[n - 1] + 1 and _sentence(lines[i])), listed
    )
    entries += _under_slot(title, _block_entries(Block(None, "", listed), lines, role))
    # '1:00pm Welcome and chair: Dr X': the item's second role is the same person's, as a heading's is, when it
    # is one of leading the event ('Response and discussion' names a part of the programme, no panelist)
    also = inline[0].also if inline and inline[0].kind == "people" and inline[0].role == role else None
    also = also if also in ("chair", "moderator") else None
    for entry in entries:
        page.add_entry(entry, _envoys_remarks(title, entry, entry.role or role))
        if also and (entry.role or role) == role:
            page.add_entry(entry, also)


def _envoys_remarks(item: str, entry: Entry, role: str) -> str:
    """'Remarks – H.E. Amb. X, Ambassador of Sweden to Y': a dignitary's remarks at the opening are a guest's
    featured remarks (sets 110, 115 and 120), not a talk nor the opening's own remarks (segment() reads a host's
    'Remarks' after the welcome as introductory); the host's own 'Remarks' stay as they were."""
    envoy = "H.E." in (entry.honorific or "") or (entry.job_title or "").startswith("Ambassador")
    remarks = REMARKS_ITEM.match(without_time(item).partition(", ")[0].strip())
    return "featured-remarks" if role in ("speaker", "introductory-remarks") and envoy and remarks else role


def _sentence(line: str) -> bool:
    """A line of running text that ends as a sentence does ('Afterwards we invite you for a drink.'): no
    person's line, and no word of a post or a body ('Head of the Department of Economics.')."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return (
        line.rstrip().endswith((".", "!"))
        and not parse_entries(line)
        and not any(is_title_word(w) or is_org_word(w) for w in words)
    )


# a line that opens by saying who hosts or supports the event, in the languages host_phrases.py knows
_BACKING_LINE = re.compile(rf"^\s*(?:{SUPPORTED_BY}|{HOSTED_BY})\s", re.IGNORECASE)


# a work's item and then its person: 'Launch of the X Guide (Technical Report No. 12), presented by Dr. Y, post', '…
# – presented by its editor, Dr Y' (not 'presented by the X Institute', a host)
_PRESENTED_BY = re.compile(
    r"(?:,|\s[–—-])\s+presented\s+by\s+(?:(?:its|their|the)\s+(?:co-?)?(?:authors?|editors?),?\s+)?"
    r"(?!(?i:the)\s)(?:[A-Z][a-z]{1,5}\.?\s+)?[A-Z][\w'’-]+\s+[A-Z]"
)

# the people a moderator or chair named in a programme item leads: '…, moderated by X, with A, B and C'
_LED_AFTER = re.compile(r",?\s+(?:with|joined by)\s+(?=[A-Z])")

_IN_CONVERSATION = re.compile(r"^(?P<guests>[A-Z][^:;]+?)\s+in conversation with\s+(?P<host>[A-Z].*)$")


def _conversation(item: str) -> list[Entry]:
    """'A and B in conversation with C, post, Org': A and B speak, C leads the conversation; also one guest
    with her post ('Dr. A, Post, Org, in conversation with C, Post, Org') after the item's kind ('Fireside
    chat – …')."""
    match = _IN_CONVERSATION.match(item)
    guests = names_only(match.group("guests")) or [] if match else []
    if not match:
        return []
    if guests and all(is_person_name(g) for g in guests):
        speakers = [Entry(bare_name(g)[1], bare_name(g)[0], role="speaker") for g in guests]
    else:
        speakers = [with_role(e, "speaker") for e in _one_described_guest(match.group("guests"))]
    host = [with_role(e, "moderator") for e in parse_entries(match.group("host"))[:1]]
    return speakers + host if host and speakers else []


def _one_described_guest(guests: str) -> list[Entry]:
    """'Dr. A, Post, Org,' and 'Fireside chat – Dr. A, Post, Org,': the one guest with her post before the cue."""
    listed = parse_entries(re.split(r"\s[–—-]\s", guests)[-1].rstrip(" ,"), strict=True)
    return listed if len(listed) == 1 and is_person_name(listed[0].name) else []


def _named_before(page: PageDraft, item: str) -> list[Entry]:
    """'Summing up – Jane Doe': a person the page named earlier, bare after the item's dash."""
    parts = re.split(r"\s[–—-]\s", item)
    if len(parts) < 2 or parse_entries(parts[0]):
        return []
    named = parse_entries(parts[-1])
    return named if len(named) == 1 and is_bare(named[0]) and page.find_person(named[0].name) else []


# an item whose person opens it and presents what it names: 'Dr X, director of Y, presents Legacy Brief #4: …'
_PRESENTS = re.compile(r",\s+(?:presents|introduces|launches|discusses|shares)\s+(?=\S)")


def _presenting_subject(item: str) -> list[Entry]:
    verb = _PRESENTS.search(item)
    found = parse_entries(item[: verb.start()]) if verb else []
    return found if len(found) == 1 and not is_bare(found[0]) else []


_QUOTED_TALK = re.compile(r"[“\"][^“”\"]*\s[^“”\"]*[”\"]")


def _before_people_label(item: str) -> str:
    """'Divided Lines, Chair: Jane Doe (X)' -> 'Divided Lines': a heading with a role later in the
    item starts a part of its own (read with that role by the caller)."""
    labelled = _people_label_after_comma(item)
    return item[: -len(labelled[0])].rstrip(" ,–—-") if labelled else item


def _people_label_after_comma(item: str) -> tuple[str, tuple[Label, str]] | None:
    """The part of an item from its first ', Role: …' or ' – Role: …' on, and that label read ('Dams,
    Sediment and Fisheries, Chair: Dr. X, Y University': a session's title with commas of its own
    before its chair; 'Session 1: Rivers – Chair: Dr. X, Y University')."""
    # ('パネルディスカッション 司会：X': Chinese and Japanese set the label apart by a space only; 'Session 1:
    # Sleep in the dark season. Chair: Dr X', 'Round table: What should we change? Moderated by Y': after its
    # title's sentence)
    for comma in re.finditer(
        r",\s|\s[–—-]\s|(?<=[\u3040-\u30ff\u3400-\u9fff])\s(?=\S+[:：])|(?<=[a-z][.?!])\s(?=[A-Z])", item
    ):
        after = item[comma.end() :]
        labelled = match_label(after)
        if labelled and labelled[0].kind == "people" and labelled[0].role:
            return after, labelled
    return None


_ONE_PERSON_ITEM = re.compile(
    r"(?:(?:opening|closing|public|evening|illustrated|keynote)\s+)?"
    r"(?:talk|lecture|keynote|address|welcome|presentation|remarks|introduction|reading)",
    re.IGNORECASE,
)


def _named_after_kind(parts: list[str]) -> list[Entry]:
    """'Talk – Hemi Walker', 'Lecture — Dr Ana Ruiz': a name alone after an item that is its kind alone (a
    talk's title before the dash needs her post or honorific to tell her a person)."""
    kind, name = parts[0].strip(), parts[-1].strip()
    # (one person's part only: 'Roundtable — Keeping Encounters Safe', 'Session I – Whose Problem?' name a theme)
    if len(parts) != 2 or not _ONE_PERSON_ITEM.fullmatch(kind) or "?" in name or not is_person_name(name):
        return []
    honorific, bare = bare_name(name)
    return [Entry(bare, honorific)]


def _after_talk_title(item: str) -> list[Entry]:
    """'Rare earths of the North Atlantic – Dr Lars Nygaard, Geological Survey of Denmark': the
    speaker after the talk's title and a spaced dash; else after the item's colon or a full
    stop ('Opening words: Prof. Dr. Katharina Weber, X', 'Why editions matter. Dr. Y, Z'), the
    first place from which the rest reads as people."""
    parts = re.split(r"\s[–—-]\s", item)
    if len(parts) > 1:
        if parse_entries(parts[0]):
            return []  # 'Jane Doe – Director, X': the name comes first
        return parse_entries(parts[-1], strict=True) or _named_after_kind(parts)
    # (Devanagari has no capitals; a title in small letters opens the name: 'Cuvânt de deschidere: prof. univ. dr. X')
    for stop in re.finditer(r"(?:[:.?!])\s+(?=[A-Z\u0900-\u097f]|[a-z]{2,5}\.\s)", item):
        before = item[item.rfind(" ", 0, stop.start()) + 1 : stop.start()]
        listed = before == "M" and re.search(r"(?:[;,]|\bet)\s*$", item[: stop.start() - 1])  # French 'Mme A ; M. B'
        if item[stop.start()] == "." and (before in STATED_HONORIFICS or listed):
            continue  # 'A and Prof. B, Dean of X': an honorific's full stop ends no title
        entries = parse_entries(item[stop.end() :], strict=True)
        if entries:
            return entries
    if parse_entries(item):
        return []
    # a programme table's row read cell by cell: 'Debt, climate and the small-state trap, Mme X, Deputy
    # Governor, Y' (an unquoted talk title with commas of its own, then the speaker's cell)
    for stop in re.finditer(r",\s+(?=[A-Z])", item):
        rest = item[stop.end() :]
        if is_person_name(rest.split(",")[0]):
            return parse_entries(rest, strict=True)
    return []


_CONTACT_IN_TEXT = re.compile(
    # ('please contact the Convener, Dr. X, at …': her post before her name)
    # ('RSVP by 5 June to Ms X, post, …': the person answers are sent to)
    # ('Questions … can be directed to Event Coordinator X, x@example.org': whom they are sent to)
    # ('Registration: by 10 May to X, …', as 'RSVP by … to X'; 'please call X on …')
    # (the Dutch and French imperatives: 'Vragen? Contacteer X, post, via x@…', 'Contactez Mme Y au …')
    r"\b(?:[Cc]ontact(?:ing|eer|ez)?:?|(?:RSVP|Registration:?)(?:\s+by\s+[\w ,]{3,25}?)?\s+to|(?<=[Pp]lease\s)call"
    r"|(?:can|may|should)\s+(?:be\s+(?:directed|addressed|sent)|go)\s+to"  # 'Questions can go to X, post, on …'
    r"|\b(?:[Qq]uestions|[Ee]nquiries|[Ii]nquiries)\s+to"  # 'Questions to the convenor, Dr X, at x@example.org'
    # ('Please confirm your attendance by 14 February: Ms X, tel. …': whom the replies go to)
    r"|confirm\s+(?:your\s+)?(?:attendance|participation)(?:\s+by\s+[\w ,]{3,25}?)?(?:\s+to|\s+with|:)"
    # ('please write to Ms X, post, at …', 'please e-mail X at …', 'seek accreditation from X, post, on …')
    r"|(?<=[Pp]lease\s)e-?mail|\b[Ww]rite\s+to|(?:seek|request)\s+accreditation\s+from"
    r"|\b[Rr]each\s+out\s+to"  # 'Questions? Reach out to X at x@example.org'
    # ('please tell the Meetings Secretary, Mr X (01962 …), if you intend to come': whom to tell)
    r"|(?<=[Pp]lease\s)(?:tell|inform|notify)"
    # ('ring our secretary, X, on 07700 …', 'email the Programme Secretary, Mr X, at …', 'register with the press
    # secretary of the Centre, X, tel. …': whom to reach, her post before her name, her number or address after it)
    r"|\b(?:[Ee]-?mail|[Rr]ing|[Cc]all|[Pp]hone|[Tt]elephone|[Tt]ext|[Rr]egister\s+with)(?=\s+(?:the|our)\s+[^,]{2,40},\s)"
    # ('Teams link: available on request from the Secretary, X, at …': whom to ask for it)
    r"|\b(?:up)?on\s+request\s+from"
    # ('Media: X, post, x@example.org', 'Questions about the seminar: X, post, tel. …': a line's own label
    # for what she answers, her address or number after her (the caller asks for one)
    r"|^(?:Media|Press|Information|Questions?|Enquiries|Inquiries|Registration|Accreditation|Bookings|Reservations"
    r"|Practical|Further|More|General|RSVP|For)(?:\s+[a-z]+){0,6}:"  # ('For any query: X, post, Unit (x@example.org)')
    # (a paragraph's later sentence, where only a question's or registration's label names whom to ask: '…
    # online by 12 May. Questions: X, post, x@example.org'; set 67's 'Press: X, Communications Office' names no post)
    # (and a press or media contact's label, or the organising office's, after a sentence or a '·' on the line:
    # '… prior registration. Press: X, Office, x@…', '… data@… · Media: Y, post, y@…', '… Organising team: Z, …')
    r"|(?<=[.!?·]\s)(?:Questions?|Enquiries|Inquiries|Registration|Media|Press|Contacts?"
    r"|Organi[sz]ing\s+(?:team|office))\s?:"
    # ('Conference Secretariat: Ms X, +98 …', 'Organising team: X, post, x@example.org': the office that answers)
    r"|^(?:[A-Z][a-z]+\s+)?[Ss]ecretariat:|^Organi[sz]ing\s+(?:team|office):"
    # ('Questions? Email X, Post, at x@example.org or call …': whom the question goes to)
    r"|^(?:Questions|Enquiries|Inquiries)\?,?\s+(?:[Pp]lease\s+)?(?:[Ee]-?mail|[Cc]all|[Pp]hone|[Ww]rite\s+to))\s+"
    r"(?P<entry>(?:(?:the|our)\s+[A-Za-z][\w'’ -]{2,40},\s+)?(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
    rf"{CAPITAL}[\w.'-]+(?:\s+{CAPITAL}[\w.'-]+){{1,3}}\b.*)$"
)


# ('contact Ms. X at x@example.org or (082) 221-2411': her number after her address)
_AT_NUMBER = re.compile(r"\b(?:at|on|or)\s+\(?\+?\d[\d\s().-]{5,}\d\b")
# 'contact Ms. X on' ending a line a text dump wrapped: her number or address on the next
_AT_LINE_END = re.compile(r"\s+(?:at|on)$")
_NAME_WITH_EMAIL = re.compile(
    r"(?:\b(?:the|our)\s+(?P<title>[A-Za-z][A-Za-z -]{2,40}),\s+)?(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})\s*\(\s*(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)"
)


# 'please contact the Society office (Ms. Jane Doe, Office Manager) at …': the officer in brackets
_OFFICE_IN_TEXT = re.compile(
    r"\b[Cc]ontact(?:ing)?\s+(?:the\s+)?[A-Z][\w'’ -]{2,60}?\s*\((?P<person>(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+[^()]+)\)"
    r"\s+(?:at|on)\b"
)


# 'the Region Secretary, Jane Doe, at …': the post the sentence writes before the name
# '… at x@example.org by 10 March 2026. Members who …': the reply's deadline and the next sentence
_AFTER_EMAIL = re.compile(
    r"(?<=@)(?P<domain>[\w-]+(?:\.[\w-]+)+)(?:\s+by\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?(?:\.\s+[A-Z].*)?$"
)
# ('please email our Events Officer, X, at …': the site's own post)
# ('please tell the Meetings Secretary, Mr X (01962 …), if you intend to come': her number in brackets, then
# the sentence goes on)
_POST_FIRST = re.compile(
    # (or her address or number straight after her: 'contact the Seminar Coordinator, Dr. X, x@example.org')
    r"^(?:the|our)\s+(?P<post>[A-Za-z][\w'’ -]{2,40}),\s+(?P<name>[^,(]+?)"
    rf"(?:,\s+(?P<rest>{_CONTACT_DETAIL}.*)|\s+(?P<bracketed>\([^()]*\d[^()]*\))(?:,.*)?)$"
)


def _read_contact_sentence(page: PageDraft, line: str) -> None:
    """'Questions? Contact Lauren Mitchell at lm@example.edu or 773-702-8397.'; 'please email
    the workshop coordinator, Sam Whitcombe (sw@example.edu), for a copy'; 'RSVP by 5 June to
    Ms X, Office Administrator, x@example.org'."""
    office = _OFFICE_IN_TEXT.search(line)
    if office:
        for entry in parse_entries(office.group("person"))[:1]:
            page.add_entry(entry, "contact")
        return
    match = _CONTACT_IN_TEXT.search(line)
    if match:
        text = match.group("entry").rstrip(".")
        text = _AFTER_EMAIL.sub(r"\g<domain>", text)
        text = re.sub(r"(?<=\d)\.\s+[A-Z].*$", "", text)  # '…, 0803 412 7719. Share this: …': her number ends it
        posted = _POST_FIRST.match(text)
        text = f"{posted['name']}, {posted['post']}, {posted['rest'] or posted['bracketed']}" if posted else text
        # 'contact Ms. X at 8877-4000 local 4015 or' (a local number, the e-mail on the next line)
        local = _AT_NUMBER.search(text) or _AT_LINE_END.search(text)
        # ('Press contact: Mme X, Communication Officer.': a field's label for her, her post after her name)
        labelled = ":" in line[match.start() : match.start("entry")]
        entries = [
            e
            for e in parse_entries(text[: local.start()] if local else text)
            if e.telephone or e.email or local or (labelled and e.job_title)
        ]
        for entry in entries:
            page.add_entry(_labelled_contact(entry) if labelled and _after_sentence(line, match) else entry, "contact")
        if entries:
            return  # (else 'please email the coordinator, X (x@example.org), for …' below)
    named = False
    for found in _NAME_WITH_EMAIL.finditer(line):
        honorific, name = bare_name(found.group("name"))
        if is_person_name(name):
            page.add_entry(Entry(name, honorific, found.group("title"), email=found.group("email")), "contact")
            named = True
    for found in [] if named or match else _NAME_THEN_DETAILS.finditer(line):
        if not line[: found.start()].split()[-1][:1].islower():
            continue  # ('Lương Quốc Bảo': the end of a name the cue does not lead to)
        text = ", ".join(filter(None, (found["person"], found["post"], found["details"])))
        for entry in parse_entries(text)[:1]:
            if found["post"]:  # (between her name and her details: her post, 'Pegawai Tadbir', as a contact's)
                entry = replace(entry, job_title=found["post"], affiliation=None)
            if entry.telephone or entry.email:
                page.add_entry(entry, "contact")


def _after_sentence(line: str, match: re.Match[str]) -> bool:
    """The contact's label follows a sentence on its line ('… prior registration. Press: X, …')."""
    return line[: match.start()].rstrip().endswith((".", "!", "?", "·"))


def _labelled_contact(entry: Entry) -> Entry:
    """A contact under a label after a sentence ('Press: X, Communications Office, x@…', 'Contact : Mlle Y,
    Assistante de programmes, y@…') answers for the page's own event: the words after her name are her post
    when they read as one, never another body (sets 67 and 76)."""
    if entry.job_title or not entry.affiliation:
        return entry  # (her post and body both written: both hers, as set 134's 'Enquiries: Dr X, Hon. Secretary, Y')
    last = entry.affiliation.split()[-1]
    body = last[:1].isupper() and is_org_word(last)  # ('Communications Office', not 'de programmes')
    return replace(entry, job_title=None if body else entry.affiliation, affiliation=None)


# a contact named in a sentence of another language, her address or number right after her name (and post),
# the name inside the sentence (after a word, not opening it: 'Vragen? Contacteer X' gives a verb its capital):
# 'Spørsmål … kan rettes til Hanne Lie, kommunikasjonsrådgiver, hanne.lie@…', 'sila hubungi Cik X, Pegawai
# Tadbir, di talian 088-…': the words that cue her are not known, her details tell her
_NAME_THEN_DETAILS = re.compile(
    rf"(?<=[^\W\d_] )(?P<person>(?:{CAPITAL}[\w'’]*\.?\s+|[a-z]{{1,3}}\.\s+)?{CAPITAL}[\w'’-]+"
    rf"(?:\s+(?:{CAPITAL}[\w'’-]+|bin|binti)){{1,3}})(?:,\s+(?P<post>[^,.;:()@|·\d]{{2,60}}?)[,:]|,)\s+"
    r"(?:[a-zà-ÿ][\w.-]*\s+){0,3}?(?P<details>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d\s()-]{6,}\d)"
)


def _read_cued(page: PageDraft, line: str) -> None:
    cued = (
        cued_entries(line) + stated_roles(line) + speaking_subjects(line) + summarised_roles(line) + clause_roles(line)
    ) + verb_final_roles(line)
    for entry in cued + presenting_authors(line):
        page.add_entry(entry, entry.role or "speaker", told=True)


SPEAKING_ROLES = ("speaker", "keynote", "panelist", "presenter", "featured-remarks")


_BIO_LABEL = re.compile(r"^(?:(?:About )?(?:the )?(?:Author|Speaker|Lecturer)s?|Biography|Bio)\s*:\s+(?=[A-Z])", re.I)


def read_bios(page: PageDraft, lines: list[str]) -> None:
    """'Dr. Jane Doe is a senior fellow at X': a title and an affiliation for a listed person
    the page gave none; on a page that names no speaker otherwise, the first person a bio
    opens a paragraph about is the speaker ('Sven Beckert is the … Professor … at Harvard
    University. His lecture …')."""
    unspoken = not any(r.role in SPEAKING_ROLES for r in page.event.roles)
    lines = [_BIO_LABEL.sub("", line) for line in lines]  # 'Author: Dr X is a Fellow at Y'
    for sentence in (s for line in lines if len(line) > 40 for s in _pronouns_named(page, sentences(line))):
        named = _by_family_name(page, sentence)
        # ('Dr Lim is …' of no one listed: no full name to list her by)
        found = bio(named) if named is not sentence or not _FAMILY_NAME_BIO.match(sentence) else None
        person = (page.find_person(found[0]) or named_in_full(page, found[0])) if found else None
        if found is not None and person is None and _card_above(found[0], sentence, lines):
            # a speaker card: her name on a line of its own, her bio under it (pretalx, Sessionize)
            page.add_entry(Entry(found[0], job_title=found[1], affiliation=found[2]), "speaker")
            unspoken = False
            continue
        if found is not None and person is None and unspoken and line_opening(sentence, lines):
            page.add_entry(Entry(found[0], job_title=found[1], affiliation=found[2]), "speaker")
            unspoken = False
            continue
        subject = bio_subject(sentence) if found is None and unspoken else None
        if subject and page.text.count(subject) > 1 and line_opening(sentence, lines):
            # 'Claire Dufour is a naturalist and writer based in X.' on the page launching her book
            page.add_entry(Entry(subject), "speaker")
            unspoken = False
            continue
        if found is None or person is None:
            continue
        name, job_title, affiliation = found
        stated = page.find_org(affiliation)
        for role in page.roles_of(person):
            if role.job_title is None and stated is not None and role.affiliation == stated.name:
                role.job_title = job_title  # 'X (Bank of Uganda)' and, below, 'X is Director, …, at the Bank of Uganda'
            if role.affiliation is None:
                role.affiliation = page.org(affiliation).name
                # 'joined by conservator X' / 'X is Senior Paintings Conservator at Y': the fuller post
                fuller = job_title and role.job_title and job_title.lower().endswith(role.job_title.lower())
                role.job_title = job_title if fuller else role.job_title or job_title


# her post and employer in apposition after her name in the prose, her degrees between: 'the new book by Dr X,
# Senior Lecturer in History at Y University.', 'the medal goes to Dr X FRSE, Reader in Geology at the
# University of Z, for …'
_POST_AT_IN_APPOSITION = re.compile(
    rf"(?:\s+(?:{POST_NOMINALS})\.?)*\s*,\s+(?P<post>[A-Z][^,.;:()\n]{{2,80}}?\s+at\s+(?:the\s+)?[A-Z][^,.;:()\n]{{1,80}}?)"
    r"(?=\s*[,.;]|\s+(?:who|whose|for|where|since)\b|\s*$)",
    re.MULTILINE,
)


# a card's 'Post, Org' after her name, closing the line or the sentence: 'Working Paper No. 23 – "Title", by Dr X,
# Senior Researcher, SPRI' (the post first: not a list of names, nor her town)
_POST_ORG_IN_APPOSITION = re.compile(
    rf"(?:\s+(?:{POST_NOMINALS})\.?)*\s*,\s+(?P<post>[A-Z][^.;:()\n]{{2,160}}?)(?=\s*(?:[.;]\s|[.;]?\s*$))",
    re.MULTILINE,
)


# 'edited by Dr A and Dr B, Research Fellows in the Department of X, NIIA': the second of two names, after which a
# post in the plural is each one's
_AND_NEXT_NAME = re.compile(
    rf"\s+(?:and|&)\s+(?:(?:{'|'.join(PROSE_HONORIFICS)})\.?\s+)*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{1,3}})(?=,)"
)
# the plural word of a post, before its unit or body ('Research Fellows in the …', 'Lecturers at …')
_PLURAL_HEAD = re.compile(r"^(?P<head>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*?)s(?=\s+(?:in|at|of)\s|,|$)")


def _post_in_apposition(page: PageDraft, end: int) -> str | None:
    """Her post and employer right after her name, 'Post at Org' or a card's 'Post, Org', or after the next
    listed person's name when it is in the plural ('A and B, Research Fellows, X'), the post in the singular."""
    text = page.text
    found = _POST_AT_IN_APPOSITION.match(text, end)
    pair = None if found else _AND_NEXT_NAME.match(text, end)
    listed = pair is not None and page.find_person(bare_name(pair.group("name"))[1]) is not None
    found = (found or _POST_AT_IN_APPOSITION.match(text, pair.end())) if listed and pair else found
    card = None if found else _POST_ORG_IN_APPOSITION.match(text, pair.end() if listed and pair else end)
    found = found or (card if card and segment_kind(card.group("post").split(",")[0]) == "title" else None)
    post = found.group("post") if found else None
    plural = _PLURAL_HEAD.match(post or "")
    single = plural is not None and is_title_word(plural.group("head").split()[-1])
    if listed and not single:
        return None  # ('A and B, Director, X': the second's post alone)
    return f"{plural.group('head')}{post[plural.end() :]}" if post and plural and single else post


def _whole_name_at(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].split()
    return not before or not before[-1][:1].isupper() or before[-1].rstrip(".") in PROSE_HONORIFICS


def read_appositions(page: PageDraft) -> None:
    """The post and employer a listed person whom the page gave neither has in apposition after her name."""
    for person in page.people:
        roles = [r for r in page.roles_of(person) if r.job_title is None and r.affiliation is None]
        if not roles:
            continue
        name = person.names[0]
        # (her whole name, not the end of a longer one: 'Barroso Madrigal' inside 'Inés Barroso Madrigal')
        ends = (m.end() for m in re.finditer(re.escape(name), page.text) if _whole_name_at(page.text, m.start()))
        found = next((f for f in (_post_in_apposition(page, end) for end in ends) if f), None)
        job_title, affiliation = describe(found) if found else (None, None)
        if job_title is None or affiliation is None:
            continue
        for role in roles:
            role.job_title, role.affiliation = job_title, page.org(affiliation).name


# 'Jane Doe served two terms as mayor. She is now a senior fellow at X.': the paragraph's subject, then a pronoun
_OPENING_NAME = re.compile(r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)\s+(?=[a-z])")
_PRONOUN_IS = re.compile(r"^(?:She|He|They)\s+(?=(?:is|are|serves as|has been)\s)")


def _pronouns_named(page: PageDraft, told: list[str]) -> list[str]:
    """A paragraph's sentences, a bio sentence that calls its subject 'she' or 'he' named as its first
    sentence names her (a person the page lists by that name), when that sentence names no employer of
    hers ('X leads the Y Group at Z. She is a member of …' has told her post already)."""
    opening = _OPENING_NAME.match(told[0]) if told else None
    subject = opening["name"] if opening and page.find_person(bare_name(opening["name"])[1]) else None
    if subject is None or " at " in told[0]:
        return told
    named = (_PRONOUN_IS.sub(f"{subject} ", s) for s in told[1:])
    return [told[0], *(s.replace(f"{subject} are ", f"{subject} is ") for s in named)]


# 'Dr Vale is …', 'Quintero-Haskins is an …': a bio that calls the person by her family name alone
_FAMILY_NAME_BIO = re.compile(
    rf"^(?:(?:{'|'.join(PROSE_HONORIFICS)})\.?\s+)?(?P<family>[A-Z][\w'’-]+)(?=\s+(?:is|serves as|has been)\s)"
)


def _by_family_name(page: PageDraft, sentence: str) -> str:
    """The bio sentence with the full name of the one listed person of the family name it opens with
    (written last, or first: 'Dr Lim' for Lim Siew Ling)."""
    opening = _FAMILY_NAME_BIO.match(sentence)
    family = opening.group("family") if opening else None
    same = [p for p in page.people if family and surname(p) == family]
    same = same or [p for p in page.people if family and p.names[0].split()[0] == family]
    return f"{same[0].names[0]}{sentence[opening.end() :]}" if opening and len(same) == 1 else sentence


def _card_above(name: str, sentence: str, lines: list[str]) -> bool:
    """The paragraph the bio sentence opens comes right under a line that is only her name."""
    for n, line in enumerate(lines):
        if line.startswith(sentence):
            above = next((a for a in reversed(lines[max(0, n - 2) : n]) if a), "")
            return bool(above) and is_person_name(above) and same_person(bare_name(above)[1], name)
    return False


def line_opening(sentence: str, lines: list[str]) -> bool:
    """The sentence opens a paragraph of its own."""
    return any(line.startswith(sentence) for line in lines)


def _read_unlabelled(page: PageDraft, line: str, after_text: bool) -> None:
    """A speaker list nobody labelled, a staff line after the text, or a sentence that
    introduces people ('Featuring author X (Title, Org), with comments by Y')."""
    _read_contact_sentence(page, line)
    _read_cued(page, line)
    listed = before_cue(line)  # 'X, Professor, Y University, in conversation with Z': X before the cue
    # ('X, Professor, Y University; Discussant: Z, Counsel, W': a role inside the list, from there on)
    pieces = _relabelled(listed if "," in listed else line, "speaker")
    entries = [with_role(e, role) for piece, role in pieces for e in parse_entries(piece, strict=True)]
    for entry in entries:
        if entry.telephone or entry.email:
            role = "contact"
        elif after_text and len(entries) == 1 and _staff_post(entry.job_title or ""):
            role = "organizer"
        else:
            role = entry.role or "speaker"
        page.add_entry(entry, role)


# a university's own heads and units' heads: 'Vice-Chancellor', 'Rector Magnificus', 'Dean of
# Humanities', 'Head' of a department (which the entry reads as the affiliation)
_UNIVERSITY_POST = re.compile(
    r"^(?:(?:Deputy\s+|Pro-)?Vice-Chancellor|(?:Vice-)?Rector(?:\s+Magnificus)?|Provost"
    r"|Dean(?:\s+of\s+[A-Z][\w ]*)?|Head)$"
)
_UNIVERSITY_UNIT = re.compile(r"^(?:Department|School|Faculty)\s+of\s+[A-Z]")
_UNIVERSITY = re.compile(r"\b(?:[A-Z][\w-]+ )+University\b|\bUniversity of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*")


def at_own_university(page: PageDraft) -> None:
    """'The lecture will be chaired by the Vice-Chancellor, Professor X', 'Professor Y, Head of the
    Department of History' and 'Dr Z, Lecturer, School of Law' on the page of a university its
    header names, and no other: all hold their posts there (a department is a unit of it, which the
    post keeps); the head of a unit the header names too heads it (the unit's own page)."""
    header = "\n".join((*page.site_names, _above_title(page)))
    named = sorted({m.group(0) for m in _UNIVERSITY.finditer(header)}, key=len)
    # one university, which a run-on head may name with the next word ('University of X Lectures, …')
    if not named or not all(n.startswith(named[0]) for n in named):
        return
    own = named[0]
    for role in page.event.roles:
        unit = role.affiliation if role.affiliation and _is_university_unit(role.affiliation) else None
        unit = unit if unit and unit not in header else None
        if role.job_title and _UNIVERSITY_POST.match(role.job_title):
            if role.affiliation is None and role.job_title not in ("Head", "Dean"):  # of a unit it does not name
                role.affiliation = page.org(own).name
            elif unit and (written := _post_in_unit(page.text, role.job_title, unit)):
                role.job_title, role.affiliation = written, page.org(own).name
        elif unit:
            written = _post_in_unit(page.text, role.job_title, unit) if role.job_title else None
            role.job_title = written or (f"{role.job_title}, {unit}" if role.job_title else None)
            role.affiliation = page.org(own).name


def _is_university_unit(name: str) -> bool:
    """'School of Law', not 'Department of Agriculture of Huế City' nor '… of Vinh Long Province': a unit
    of a town's or a province's government."""
    if not _UNIVERSITY_UNIT.match(name):
        return False
    head, of, place = name.partition(" of ")[2].rpartition(" of ")
    place = _PROVINCE.sub("", place.removeprefix("the "))
    return not (head and town_name(place))


_PROVINCE = re.compile(r"\s+(?:Province|Prefecture|County|Oblast)$")


def _above_title(page: PageDraft) -> str:
    """The page's header: its text above the event's name (a text page's site lines), else its first line."""
    name = page.event.name or ""
    for written in (name, name.split(": ")[0]):  # a named lecture's heading joined to its title
        above, found, _ = page.text.partition(written) if written else ("", "", "")
        if found:
            return above
    return page.text.split("\n", 1)[0]


def _post_in_unit(text: str, post: str, unit: str) -> str | None:
    """The post as the text writes it with its unit: 'Head of the Department of History'."""
    written = re.search(rf"{re.escape(post)}\s+(?:of|in)\s+(?:the\s+)?{re.escape(unit)}", text)
    return written.group(0) if written else None


# a unit a university may hold: 'Department of X', 'Institute for Human Rights' (not 'X University')
_UNIT = re.compile(r"^(?:Department|School|Faculty|Institute|Centre|Center|Division)\b")
_IS_UNIVERSITY = re.compile(rf"\b(?:{UNIVERSITY_WORDS})\b")


def university_over_unit(page: PageDraft) -> None:
    """One person listed at a university ('X, Y University') and described elsewhere at a unit
    ('X, associate professor in the Department of Z, presented'): the university is the employer,
    the unit a part of it that the post keeps when the text writes them together."""
    for person in page.people:
        roles = page.roles_of(person)
        universities = {r.affiliation for r in roles if r.affiliation and _IS_UNIVERSITY.search(r.affiliation)}
        if len(universities) != 1:
            continue
        own = universities.pop()
        for role in roles:
            if role.affiliation and _UNIT.match(role.affiliation) and not _IS_UNIVERSITY.search(role.affiliation):
                if role.job_title and (written := _post_in_unit(page.text, role.job_title, role.affiliation)):
                    role.job_title = written
                role.affiliation = own
