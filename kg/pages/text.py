"""A page's text -> PageDraft: every reader of kg.pages applied to the page's blocks.

Order matters only where one fact helps read another: hosts and renamings first (so that
"Asia Program director" finds the program under its current name), then people, the title,
the date, reports, the place, and last the running text (description and related meetings).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kg.dates import find_dates, find_times, numeric_date_order
from kg.pages.agreement import title_key
from kg.pages.badge import join_date_badges
from kg.pages.blocks import Block, block_text, segment
from kg.pages.boxes import without_box_tables
from kg.pages.captures import without_capture_toolbar
from kg.pages.caseless import caseless_hosts
from kg.pages.columns import without_columns
from kg.pages.draft import EventDraft, PageDraft, PersonDraft, ReportDraft
from kg.pages.gazetteer import town_name
from kg.pages.initials import MASTHEAD_LINES
from kg.pages.launched import book_in_title
from kg.pages.lines import is_prose, is_when_line, match_label, split_lines, unglued
from kg.pages.lone_times import with_times_beside_items
from kg.pages.mail import without_mail_headers
from kg.pages.markup import without_markup
from kg.pages.orgs import (
    field_partners,
    hosts_with_others,
    is_short_name,
    is_unit,
    names_a_host,
    names_a_work,
    own_institution,
    read_host_block,
    same_kind,
    self_references,
    stated_hosts,
    stated_renamings,
    unit_org,
)
from kg.pages.papers import with_papers_credited
from kg.pages.participants import read_bios, read_participants
from kg.pages.people import Entry, parse_entries, segment_kind
from kg.pages.place import (
    address_in_text,
    attendance,
    find_address,
    find_locality,
    footer_town,
    read_place,
    stated_online,
    town_in_sentence,
    town_in_venue,
    university_town,
)
from kg.pages.postposed import postposed_hosts
from kg.pages.related import RelatedMention, find_related
from kg.pages.reports import find_reports, heads_presented_works
from kg.pages.text_title import find_title
from kg.pages.title import without_glued_type
from kg.pages.when import day_first_place, find_when
from kg.pages.words import is_org_word
from kg.pages.wrap import rejoin_wrapped
from kg.records import PlaceRecord


def parse_text(
    text: str,
    default_zone: str | None = None,
    title_hint: str | None = None,
    place_hint: str = "",
    head: str = "",
) -> PageDraft:
    """Everything the text states about its event; `page.event.name`/`start` may stay None."""
    lines = join_date_badges(
        [part for line in split_lines(_as_shown(text)) for piece in without_glued_type(line) for part in unglued(piece)]
    )
    blocks = segment(lines)
    page = PageDraft(text="\n".join(lines))
    prose = _prose(blocks, lines)
    _read_hosts(page, blocks, lines)
    _read_stated_hosts(page, blocks, lines, head)
    _read_renamings(page, lines, prose)
    read_participants(page, blocks, lines, prose)
    read_bios(page, lines)
    page.event.name = title_hint or _title(lines, blocks)
    place_text = f"{_read_place(page, blocks, lines)}\n{place_hint}"
    _read_when(page, blocks, lines, place_text, default_zone, head)
    own_lines = _without_lists_of_others(blocks, lines)
    _read_reports(page, own_lines)
    page.event.attendance_mode = attendance(  # not a related event's 'Webinar: …'
        "\n".join(own_lines), page.event.location is not None, page.event.online_location is not None
    )
    _read_prose(page, prose)
    return page


def _as_shown(text: str) -> str:
    """The page's words as a browser would show them: a message's headers, a renderer's marks
    (Markdown, lynx's link numbers, box-drawn tables, columns side by side) and an archive's
    toolbar dropped, and the lines a renderer wrapped joined again."""
    steps = (
        without_mail_headers,
        without_markup,
        without_box_tables,
        without_columns,
        without_capture_toolbar,
        with_times_beside_items,
        rejoin_wrapped,
        with_papers_credited,
    )
    for step in steps:
        text = step(text)
    return text


def _prose(blocks: list[Block], lines: list[str]) -> list[int]:
    return [i for b in blocks if b.kind in ("none", "text") for i in b.lines if is_prose(lines[i])]


def _unlabelled_lines(blocks: list[Block]) -> list[int]:
    """The lines under no heading, where the title, the date and the venue stand when nobody
    labelled them. An 'Agenda' heading above the event's date names the site's section of events
    (as Dutch, German and Spanish sites call it), not the event's programme: its lines count."""
    dated = next((n for n, b in enumerate(blocks) if b.kind == "date"), len(blocks))
    kinds = ("none", "text")
    return [i for n, b in enumerate(blocks) if b.kind in kinds or b.kind == "agenda" and n < dated for i in b.lines]


def _read_hosts(page: PageDraft, blocks: list[Block], lines: list[str]) -> None:
    for block in blocks:
        if block.kind not in ("hosts", "sponsors"):
            continue
        names, people, descriptions = read_host_block(block_text(block, lines))
        if block.kind == "sponsors":  # 'Media partner: Solomon Star' where a speaker is 'Reporter, Solomon Star'
            employers = [text for text in people if _named_as_employer(text, lines)]
            names, people = names + employers, [text for text in people if text not in employers]
        if not (names or people) and block.inline:  # 'Presented by X as part of the Y Festival of History 2024.'
            names = stated_hosts(lines[block.head])[0 if block.kind == "hosts" else 1]
        target = page.event.organizers if block.kind == "hosts" else page.event.sponsors
        if block.kind == "hosts":  # 'Organiser: X, in cooperation with Y': Y a sponsor
            for partner in field_partners(block_text(block, lines)):
                if (org := unit_org(page, partner)).name not in page.event.sponsors:
                    page.event.sponsors.append(org.name)
        for name in names:
            org = unit_org(page, name)
            if org.name not in target:
                target.append(org.name)
            org.description = org.description or descriptions.get(name)
        heading = lines[block.head].lower() if block.head >= 0 else ""
        role = "organizer" if block.kind == "sponsors" or heading.startswith("organi") else "host"
        role = "presenter" if heading.startswith("presented by") else role  # 'Presented by Dr X, Lecturer, Y'
        role = _item_role(block, lines) or role
        for text in people:
            for entry in parse_entries(text) or ([Entry(text.strip())] if is_short_name(text) else []):
                page.add_entry(entry, role)


def _item_role(block: Block, lines: list[str]) -> str | None:
    """'Closing remarks' / 'Host: Jane Doe': an agenda slot's title naming a part, and under it the
    one who leads the slot (Eventbrite's 'Host' field): she plays the part the title names."""
    if block.head < 1 or not re.match(r"host:", lines[block.head], re.IGNORECASE):
        return None
    found = match_label(lines[block.head - 1])
    return found[0].role if found and found[0].kind == "people" and not found[1] else None


def _named_as_employer(name: str, lines: list[str]) -> bool:
    """A name that reads as a person's ('Solomon Star', 'Morgan Stanley') written elsewhere on the
    page after a post, as someone's employer ('Senior Journalist, Solomon Star'): a body."""
    after_post = re.compile(rf"(?P<post>[^,:;]+),\s+(?:the\s+)?{re.escape(name.strip())}\s*(?:[,.;)]|$)")
    return any(segment_kind(m.group("post").strip()) == "title" for line in lines for m in after_post.finditer(line))


_EVENT_WORDS = re.compile(
    r"\b(?:event|conference|seminar|lecture|discussion|forum|panel|webinar|presentation"
    r"|workshop|symposium|meeting|series|briefing|roundtable|dialogue|activity"
    r"|colloquium|talk|screening|exhibition|open house|conversation|launch|debate|town hall|hearing"
    # 'a sandwich lunch, kindly sponsored by X', 'thanks Y for its support'
    r"|lunch|reception|refreshments|breakfast|dinner|program|programme|support|sponsorship"
    r"|drinks|wine|pizza|food|snacks|coffee|catering"  # 'Pizza and drinks kindly sponsored by X'
    # 'The Foreign Policy School is supported by X': a school that is an event
    r"|(?:summer|winter|spring|autumn|policy|doctoral|training) school)s?\b",
    re.IGNORECASE,
)
_BY_FIRST = re.compile(
    r"^(?:(?:generously |kindly |jointly |proudly )?(?:co-?)?(?:hosted|organi[sz]ed|convened|presented|sponsored"
    r"|supported|underwritten|funded)|in "
    r"(?:cooperation|partnership|collaboration|association)|with (?:the )?support)"
    r"\b",
    re.IGNORECASE,
)

# a text dump's line broken inside a sentence: '… organized by the X Center for Development Policy' /
# '(XCDP) in partnership with the Y Foundation.'
_WRAPPED = re.compile(r"^.{60,}[\w,)]$")
# a text dump's line that goes on in the next: wrapped at its width, or ending with a small word
_WRAPS = re.compile(r"^.{55,}[\w,(-]$|^.{25,}\s(?:and|the|of|for|by|with|to|in|at|de|du|des|la)$")


def _continues(lines: list[str], i: int) -> bool:
    """'The X Council (XC) and the' / 'Y Chamber of Industry invite you to …': the sentence goes
    on in the next line of a text dump (lines of a dump's width, not an HTML paragraph's)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(nxt) and len(lines[i]) <= 90 and len(nxt) <= 90 and bool(_WRAPS.search(lines[i]))


# 'The school is organised by X': whatever the event is called, who holds it ('we're teaming up with' too)
# ('The Open Night is run by the X Society': whoever runs it holds it)
_IS_HOSTED = re.compile(
    r"\b(?:is|are|was|were|will be) (?:(?:co-?)?(?:organi[sz]ed|hosted|convened)|(?:jointly )?run) by\b", re.IGNORECASE
)
_KICKER = re.compile(r"\b(?:presents?|invites? you)\s*:?$")  # 'The Faculty of Economics presents' above the title
# 'The consultation is supported by X', 'The 2024 Awards are funded by X', 'This talanoa is supported by X', 'The
# evening is part of the Y Festival and is supported by X': whatever the event is called, who pays for it (its
# subject no body: 'The Institute is funded by X' says who funds the host)
_IS_SUPPORTED = re.compile(
    r"^(?:The|This|These|Our)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+)\s+(?:(?:is|are)\s+[^.;]{1,80}?\s+and\s+)?"
    r"(?:is|are|was|were|will\s+be|has\s+been)\s+(?:(?:generously|kindly|also|proudly)\s+)?(?:co-?)?"
    r"(?:supported|sponsored|funded|underwritten|financed)\s+(?:in\s+part\s+)?by\b"
)


def _event_supported(sentence: str) -> bool:
    found = _IS_SUPPORTED.match(sentence)  # (not 'The research presented was funded by X': the work's funder)
    if found is None:
        return False
    return not is_org_word(found["head"]) and not names_a_work(sentence[: found.end("head")])


def _read_stated_hosts(page: PageDraft, blocks: list[Block], lines: list[str], head: str = "") -> None:
    """Hosts and sponsors named in a sentence about the event ('The conference is hosted by
    the X Council's Y Initiative', 'Organized by X with the support of Y'); 'The Institute' as
    the page's <title> (`head`) or its masthead names it."""
    # the seed's 'Hosted By' heading over the programme that holds the event (not 'Co-presented by X' beside
    # the site's own invitation)
    hosted = any(b.kind == "hosts" and b.head >= 0 and lines[b.head].strip().lower() == "hosted by" for b in blocks)
    for i in (i for b in blocks if b.kind not in ("ignore", "date", "place") for i in b.lines):
        if _continues(lines, i):
            continue  # read with the line that ends its sentence
        first = i
        while first > max(0, i - 12) and _continues(lines, first - 1):
            first -= 1
        line = re.sub(r"(?<=\w-) (?=[A-Z])", "", " ".join(lines[first : i + 1]))  # 'Konrad-Adenauer-' / 'Stiftung'
        if first == i and i and _WRAPPED.search(lines[i - 1]):
            line = f"{lines[i - 1]} {lines[i]}"
        opening = (s.strip() for s in re.split(r"(?<=[a-z]{2}[.!?])\s+", line))
        stated = _EVENT_WORDS.search(line) or _KICKER.search(line) or _IS_HOSTED.search(line) or hosts_with_others(line)
        stated = stated or names_a_host(line)  # 'Fundação X presents the study …', 'RIEPR will hold a seminar'
        stated = stated or any(caseless_hosts(line))  # 'X ร่วมกับ Y ขอเชิญ…', 'X და Y გიწვევენ…'
        stated = stated or any(postposed_hosts(line))  # 'X қорының қолдауымен', 'Y-ի հետ համատեղ'

        if not (any(_BY_FIRST.match(s) or _event_supported(s) for s in opening) or stated):
            continue  # '… Co-sponsored by the Polis Center for Politics.' counts in any sentence
        hosts, sponsors = stated_hosts(line)
        for name in (h for h in hosts if not _cut_at_its_and(h, page.event.organizers)):
            own = own_institution(name, f"{head}\n{page.text}")
            if own is not None:  # 'The Centre presents': the centre the page names in full, else no one
                if not own:
                    continue
                name = own
            if hosted and _in_masthead(name, lines, line):
                continue  # 'X invites you' on X's own site, whose 'Hosted By' block names the programme that hosts
            org = unit_org(page, name)
            if org.name not in page.event.organizers:
                page.event.organizers.append(org.name)
        for name in sponsors:
            org = unit_org(page, name)
            if org.name not in page.event.sponsors + page.event.organizers:
                page.event.sponsors.append(org.name)


def _in_masthead(name: str, lines: list[str], sentence: str = "") -> bool:
    """The site's own name, as its masthead writes it at the top of the page, or by the initials the
    sentence gives it ('FUNAE' over the masthead's Spanish name, 'The Nicaraguan Foundation … (FUNAE)')."""
    top = {title_key(line) for line in [line for line in lines if line][:MASTHEAD_LINES]}
    initials = re.search(rf"{re.escape(name)}\s*\((?P<initials>[A-Z][A-Za-z&-]{{1,9}})\)", sentence)
    named = title_key(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)) in top
    return named or bool(initials and title_key(initials["initials"]) in top)


def _cut_at_its_and(name: str, known: list[str]) -> bool:
    """'Join the X Institute on China and the United States and the Y Program': a part cut off at
    an 'and' that the name of a host the page already lists holds ('X Institute on China')."""
    return any(k != name and (k.startswith(f"{name} and ") or k.endswith(f" and {name}")) for k in known)


def _read_renamings(page: PageDraft, lines: list[str], prose: list[int]) -> None:
    """Stated renamings, and the text naming a unit of the host's kind as this event's own."""
    for line in lines:
        for current, former in stated_renamings(line):
            page.rename_org(current, former)
    hosts = page.event.organizers
    for unit in self_references(" ".join(lines[i] for i in prose)):
        if page.find_org(unit) is not None:
            continue
        matching = [h for h in hosts if same_kind(h, unit)]
        if not matching and len(hosts) == 1 and is_unit(hosts[0]):
            # 'This West European Studies seminar' on a page the Global Europe Program alone hosts
            # today: the program under its old name, whatever kind of unit it called itself then
            matching = hosts
        if len(matching) == 1:
            page.rename_org(matching[0], unit)
        elif not hosts:
            page.event.organizers.append(page.org(unit).name)


def _title(lines: list[str], blocks: list[Block]) -> str | None:
    return find_title(lines, _unlabelled_lines(blocks))


def _read_place(page: PageDraft, blocks: list[Block], lines: list[str]) -> str:
    texts = [t for b in blocks if b.kind == "place" for t in block_text(b, lines) if not is_when_line(t)]
    page.event.location, page.event.online_location = read_place(texts)
    if page.event.location is not None and page.event.location.locality is None:
        texts += _address_after_place(page, blocks, lines)
    if page.event.location is None and not (texts and page.event.online_location):
        # (a 'Location: Online via Zoom' field: an address further down is the site's own)
        visible = ["" for _ in lines]
        for i in _unlabelled_lines(blocks):
            visible[i] = lines[i]
        found = find_address(visible)
        header = _header(visible)
        # (the date's own lines may stand in a date block: 'Date: …' / 'Time: …' / 'Location: Online via Zoom')
        dated = _header([line if visible[i] or is_when_line(line) else "" for i, line in enumerate(lines)])
        if page.event.online_location is None and (stream := stated_online(header or dated)):
            page.event.online_location = stream  # the address further down is the site's own
            return " ".join(texts)
        said = town_in_sentence(visible)  # 'The lecture takes place in the X Hotel, Y Road, Limerick.'
        if said is not None and (found is None or said[0] < found[0]):
            found = said  # not the site's own address in the footer below it
        place = found[1] if found is not None else find_locality(header) if header else None
        place = place or (find_locality(_later_header(visible)) if found is None and header else None)
        # a sentence full of names and capitalised places may not read as prose: long lines count
        place = place or address_in_text([line for line in visible if is_prose(line) or len(line.split()) >= 20])
        if place is not None:
            page.event.location = place
            texts.append(", ".join(v for v in vars(place).values() if v))
    if page.event.location and not page.event.location.locality:
        # a venue with no town: the one its university is named after ('…, University of Galway'), one inside its
        # own line ('…, Cairns, Broadcast'), else the footer's address's ('Lögberg, Room 101' of a Reykjavík site)
        venue = page.event.location.name
        town = university_town(venue) or town_in_venue(venue) or footer_town(lines)
        if town:
            page.event.location = replace(page.event.location, locality=town)
    locality = page.event.location.locality if page.event.location else None
    # the town first: its clock, not that of a town a venue is named after ('Stanley Burbury Theatre')
    return "\n".join([locality, *texts] if locality else texts)  # one line each: an address part ends its line


def _address_after_place(page: PageDraft, blocks: list[Block], lines: list[str]) -> list[str]:
    """'Venue' / 'Wolf Law Building' / (blank) / '2450 Kittredge Loop Drive, Boulder, CO 80309':
    the address a paragraph after the venue completes it."""
    ends = [max(b.lines or [b.head]) for b in blocks if b.kind == "place"]
    for start in (i for end in ends for i in range(end + 1, min(end + 3, len(lines))) if lines[i]):
        # the line, or its paragraph: 'Carrera 1 # 18A-12' / 'Bogotá, Colombia'; 'Hamra, Beirut, Lebanon'
        paragraph = list(itertools.takewhile(bool, lines[start : start + 3]))
        for texts in ([lines[start]], paragraph):
            place, _ = read_place(texts)
            whole = place is not None and (place.street_address or place.postal_code or place.country)
            address = place is not None and place.locality and whole
            if address and place is not None and page.event.location is not None:
                venue = page.event.location.name
                page.event.location = replace(place, name=", ".join(n for n in (venue, place.name) if n) or None)
                return texts
    return []


HEADER_LINES = 6


def _header(visible: list[str], after: int = -1) -> list[str]:
    """The lines next to the first date (after the line `after`), where a page without a street address
    names its city; a venue line just before the date belongs to them."""
    first = next((i for i, line in enumerate(visible) if i > after and line and _dated(line)), None)
    if first is None:
        return []
    last = _date_block_end(visible, first)
    return [_beside_date(line) if _dated(line) else line for line in visible[first : last + HEADER_LINES]]


def _date_block_end(visible: list[str], first: int) -> int:
    last = first  # 'joi, 15 mai 2025' / '18:00 - 20:00': the lines after the date block's last line
    while last + 1 < len(visible) and visible[last + 1] and is_when_line(visible[last + 1]):
        last += 1
    return last


def _hours_alone(line: str) -> bool:
    return is_when_line(line) and not find_dates(line, default_year=2000)


def _later_header(visible: list[str]) -> list[str]:
    """The lines next to the second date block: a post's date over the heading ('12 Dec 2024') comes
    before the event's own date, time and venue lines."""
    first = next((i for i, line in enumerate(visible) if line and _dated(line)), None)
    if first is None:
        return []
    after = _date_block_end(visible, first)
    # (the first date's hours a blank line below it, '10:00 – 12:00', are still its block)
    while after + 1 < len(visible) and (not visible[after + 1] or _hours_alone(visible[after + 1])):
        after += 1
    return _header(visible, after=after)


BESIDE = re.compile(r"\s+[·|•]\s+")


def _dated(line: str) -> bool:
    """A date line, also with the place after a middle dot or a bar: '24–25 October 2026 · Aula
    Magna, 1 Main Street, Tartu'."""
    return is_when_line(line) or is_when_line(BESIDE.split(line)[0]) or bool(_dateline_town(line))


_DATELINE = re.compile(r"^(?P<town>[A-Z][\w .'’-]{1,30}?),\s+(?P<date>\S.*)$")


def _dateline_town(line: str) -> str | None:
    """The known town a dateline opens with: 'Rome, 24/11/2016', 'Geneva, 3 May 2021'."""
    dateline = _DATELINE.match(line)
    if dateline and is_when_line(dateline["date"]) and not is_when_line(dateline["town"]):
        return town_name(dateline["town"])
    return None


def _beside_date(line: str) -> str:
    """What a date line gives after a middle dot or a bar that is no date or time: the place ('' when
    nothing else stands there); or the town a dateline opens with ('Rome, 24/11/2016')."""
    town = _dateline_town(line)
    if town:
        return town
    return " · ".join(p for p in BESIDE.split(line)[1:] if not is_when_line(p))


# a sentence that dates the event itself, read in its place among the page's lines (before a
# sidebar's dated news items), also when a text rendering's wrapped lines were joined into it
_ANNOUNCES = re.compile(
    r"\b(?:will\s+(?:take\s+place|be\s+held)|takes\s+place|is\s+(?:being\s+)?held|is\s+scheduled)\s+(?:on|at)\b",
    re.IGNORECASE,
)


# the same in the languages that say it with a verb after the date and hours, or a verb alone: Polish 'odbędzie
# się', Ukrainian 'відбудеться', Russian 'состоится', 'пройдёт', Turkish 'yapılacak', 'gerçekleştirilecek',
# 'düzenlenecek', Vietnamese 'diễn ra', 'được tổ chức', Georgian 'გაიმართება', 'ჩატარდება', Korean '개최',
# '열립니다', Nepali 'हुनेछ' (will be), 'सम्पन्न हुनेछ', Hindi 'आयोजित … होगी', Urdu 'منعقد ہوگی'
_ANNOUNCES_IN_WORDS = re.compile(
    r"\b(?:odbędzie\s+się|odbędą\s+się|відбудеться|відбудуться|состоится|состоятся|пройд[её]т"
    r"|(?:yapıl|gerçekleştiril|düzenlen)ecek(?:tir)?|diễn ra|được tổ chức)\b"
    r"|გაიმართება|ჩატარდება|개최|열립니다|열릴|हुनेछ|होगी|होगा|منعقد|ہوگی|ہوگا"
)


def _announces_hours(line: str) -> bool:
    """A sentence that dates the event with its hours and says it will take place in a language that puts the
    verb after them: '… २०८१ साउन १५ गते … बिहान १०:३० बजेदेखि … हुनेछ ।'."""
    return bool(_ANNOUNCES_IN_WORDS.search(line)) and bool(find_times(line))


def _read_when(
    page: PageDraft, blocks: list[Block], lines: list[str], place_text: str, default_zone: str | None, head: str
) -> None:
    dated = [i for b in blocks if b.kind == "date" for i in ([b.head] if b.inline else []) + b.lines]
    others = [
        i
        for b in blocks
        if b.kind not in ("date", "ignore", "people")
        for i in ([b.head] if b.inline else []) + b.lines
        if not is_prose(lines[i]) or _ANNOUNCES.search(lines[i]) or _announces_hours(lines[i])
    ]
    with numeric_date_order("\n".join(lines), day_first_place(place_text, lines)):
        found = find_when(lines, dated + sorted(others), place_text, default_zone, head)
        if found is None:  # only running text dates it: 'This event will take place on Tuesday, 4 June 2024 at 3pm BST'
            running = [i for b in blocks if b.kind in ("none", "text") for i in b.lines if is_prose(lines[i])]
            found = find_when(lines, running, place_text, default_zone, head)
    if found is None:
        return
    page.event.start, page.event.end, page.event.time_zone = found.start, found.end, found.time_zone
    if found.note:
        page.notes.append(found.note)


def _without_lists_of_others(blocks: list[Block], lines: list[str]) -> list[str]:
    """The lines less those under an ignored heading ('Related publications', 'Recent
    publications', 'Related', 'Other events'): a site's list of its other papers or events
    names none of this event's; its own downloads under 'Event Materials' do."""
    ignored = {
        i
        for b in blocks
        if b.kind == "ignore" and not (b.head >= 0 and heads_presented_works(lines[b.head]))
        for i in b.lines
    }
    return ["" if i in ignored else line for i, line in enumerate(lines)]


def _read_reports(page: PageDraft, lines: list[str]) -> None:
    publisher = page.event.organizers[0] if page.event.organizers else None
    year = int(page.event.start[:4]) if page.event.start else None
    reports = find_reports(lines, page.event.name, year)
    book = book_in_title(lines, page.event.name) if page.event.name else None
    if book and not reports:  # a launch naming its book only in the title
        reports.append(ReportDraft(name=book))
    for report in [r for r in reports if not _named_short(r, reports)]:
        report.publisher = publisher
        page.event.reports.append(report)


def _named_short(report: ReportDraft, reports: list[ReportDraft]) -> bool:
    """'Presentation of the Field Report' beside 'Tautai Field Report No. 2': the work the page names in full,
    named again by the last words of its series."""
    short = re.compile(rf"\b{re.escape(report.name)}\b", re.IGNORECASE)
    return not report.number and any(
        r is not report and len(r.name) > len(report.name) and short.search(r.name) for r in reports
    )


def _read_prose(page: PageDraft, prose: list[int]) -> None:
    """The description from the running text, and the related meetings it reports."""
    paragraphs = []
    lines = page.text.split("\n")
    year = int(page.event.start[:4]) if page.event.start else None
    for i in prose:
        mentions = find_related(lines[i], year, page.event.start or "") if year else []
        for mention in mentions:
            page.event.related.append(_related_event(page, mention))
        if not mentions or len(lines[i]) > 2 * len(mentions[0].sentence):
            paragraphs.append(lines[i])
    page.event.description = "\n\n".join(paragraphs) or None


def _related_event(page: PageDraft, mention: RelatedMention) -> EventDraft:
    where = f"{mention.place} {mention.noun}" if mention.place else mention.noun
    event = EventDraft(name=f"{page.event.name} ({where})", start=mention.start, description=mention.sentence)
    if mention.place:
        event.location = PlaceRecord(name=mention.place)
    for name in mention.people:
        person = _known_person(page, name)
        if person is not None:
            page.add_entry(Entry(person.names[0]), "speaker", event)
    return event


def _known_person(page: PageDraft, name: str) -> PersonDraft | None:
    """A person of the page by full name, or by a family name only one of them has."""
    if len(name.split()) > 1:
        return page.find_person(name)
    matches = [p for p in page.people if any(name in n.split() for n in p.names)]
    return matches[0] if len(matches) == 1 else None
