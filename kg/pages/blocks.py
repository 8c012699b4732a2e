"""A page's lines cut into blocks: each section heading opens one, and each kind of block
decides which of the following lines still belong to it.

A "Date & Time" block holds only date and time lines; a "Location" block a few address lines
up to the next blank line; a speaker block names and the lines describing them (a bio
paragraph that follows a name too) until a heading, a date, running text or two blank lines.
Lines outside any heading form unlabelled blocks, where the title, the unlabelled speaker
lists, the description and the staff lines are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.dates import find_dates
from kg.pages.lines import (
    Label,
    is_chrome,
    is_menu_word,
    is_photo_caption,
    is_prose,
    is_when_line,
    match_label,
    session_role,
    starts_with_time,
    vertical_menus,
    without_time,
)
from kg.pages.listings import is_kind_and_title
from kg.pages.orgs import employer_heading, grouped_by_employer
from kg.pages.people import (
    bare_name,
    describe,
    is_bare,
    is_person_name,
    lists_people,
    names_a_talk,
    names_only,
    opens_with_entry,
    parse_entries,
    without_bullet,
)
from kg.pages.sentences import bio, bio_subject, sentences
from kg.pages.title import EVENT_TYPES
from kg.pages.words import is_title_word

MAX_PLACE_LINES = 6
MAX_IGNORED_LINES = 12


@dataclass
class Block:
    label: Label | None
    inline: str = ""  # what follows the heading on its own line
    lines: list[int] = field(default_factory=list)
    blanks: int = 0  # blank lines since the last line taken
    head: int = -1  # index of the heading line

    @property
    def kind(self) -> str:
        return self.label.kind if self.label else "none"


def segment(lines: list[str]) -> list[Block]:
    """The page's blocks in order; chrome lines belong to none."""
    blocks = [Block(None)]
    menus = vertical_menus(lines)
    item: Label | None = None  # the programme item being read, while its people are listed
    presented = False  # whether the last programme item presented a work
    item_line = ""  # and its line
    panel: Label | None = None  # a panel's heading naming its session ('PANEL I: WHO OWNS THE WATER?')
    for index, line in enumerate(lines):
        # 'Moderator' / (blank) / 'Image - Jane Doe' / (blank) / 'Jane Doe': the photo's caption
        # stands where the card's picture is, and the blank after it does not part the card from
        # its heading
        if not line and not (index and is_photo_caption(lines[index - 1])):
            blocks[-1].blanks += 1
            continue
        if not line:
            continue
        if (is_chrome(line) and not _over_dated_items(line, lines[index + 1 :])) or index in menus:
            continue
        if _RULE.fullmatch(line.strip()) and blocks[-1].kind == "people":
            # a text rendering's horizontal rule ends the list of people above it
            blocks.append(Block(None))
            continue
        found = match_label(line)
        if found is not None and _card_post(found[0], found[1], line, lines[:index]):
            found = None
        if found is not None and line.endswith(":") and is_prose(line):
            # '… followed by a panel discussion with:' over a list: the paragraph is read as text too
            blocks.append(Block(None, lines=[index]))
        if found is not None and not _type_tag(found[0], found[1], line, lines[index + 1 :]):
            label = _panel_members(found[0], line, item, blocks[-1].label is item, lines[index + 1 :])
            label = _opening_remarks(label, line, blocks)
            label = _moderated_conversation(label, found[1], lines[index + 1 :])
            inline = _session_people(label, found[1], line)
            # ('Session 1: Title' / 'Location: Room 4' / 'Chair: X': the item's room does not end the item)
            room = found[0].kind == "place" and item is not None and blocks[-1].label is item
            blocks.append(Block(label, inline, head=index))
            named_session = found[0].kind == "people" and found[1] and not inline
            panel = found[0] if named_session else panel if found[0].kind == "people" else None
            item = item if found[0].kind == "people" or room else None
            continue
        if _timed_list(blocks[-1], line, lines):
            blocks[-1].lines.append(index)  # 'Witnesses' / '4:30 p.m. to 5:30 p.m.' / people: one list in turns
            blocks[-1].blanks = 0
            continue
        if (
            starts_with_time(line)
            and (blocks[-1].kind != "date" or _item_under_day(blocks[-1], line))
            and (not is_when_line(line) or _item_time(line, lines[:index], blocks))
        ):
            item = _session(line, presented and not _moderated_list(lines[index + 1 :]))
            item, item_line, panel = _opening_remarks(item, line, blocks), line, None
            presented = item.role == "presenter"
            blocks.append(Block(item, line, head=index))
            continue
        current = blocks[-1]
        if _after_one_named(current, line, lines):
            # 'Chair: X, Title, Org' then 'Y, Title, Org': Y is one of the item's own people; under 'PANEL I:
            # WHO OWNS THE WATER?' and its 'Moderator: X' they are the panel's (a chaired session's give papers)
            led: Label | None
            if panel is not None and current.label is not None and current.label.role == "moderator":
                led, role = panel, panel.role
            else:
                led, role = item, _led_role(current, item, item_line)
            current = Block(Label("people", role, led.pattern) if led and role else None)
            blocks.append(current)
        elif _unlabelled_heading(current, index, lines) or not _accepts(current, line, lines):
            current = Block(None)
            blocks.append(current)
        current.lines.append(index)
        current.blanks = 0
    return blocks


# a list's neutral heading, naming no part the people play: 'Participants:', 'With:' (and in the languages
# of Spanish, Portuguese, Galician, French, German and Dutch programmes: 'Participan:', 'Participantes:',
# 'Intervienen:', 'Avec :', 'Mit:', 'Met:')
_NEUTRAL_LIST = re.compile(
    r"(?:participants|with|participan(?:tes)?|intervienen|intervêm|avec|mit|met)\s*:?", re.IGNORECASE
)


def _panel_members(label: Label, line: str, item: Label | None, under_item: bool, following: list[str]) -> Label:
    """'Round table' / 'Chair: X' / 'Participants:' over a list: the members of a programme item that
    is a panel or round table are its panelists, as the item names them, not speakers; and so are those
    under a bare 'Speakers:' heading right under the item whose list a moderator closes ('Mesa redonda' /
    'Ponentes:' / … / 'Modera: X', set 83), which names no other part (in a chaired one they stay speakers:
    'Panel' / 'Oturum Başkanı: X' / 'Konuşmacılar:', set 87; 'Speakers include:' / … / 'Chaired by X', set 35;
    as sets 48-63 answer)."""
    if item is None or item.role != "panelist" or label.role != "speaker":
        return label
    bare = under_item and bool(_BARE_HEADING.fullmatch(line.strip())) and _moderated_list(following)
    # ('Round table: Title' / 'Moderator: X' / 'Participants: A (Y), B (Z)': the list on the label's line too)
    neutral = _NEUTRAL_LIST.fullmatch(line.strip()) or _NEUTRAL_LIST.fullmatch(line.split(":", 1)[0] + ":")
    if not neutral and not bare:
        return label
    return replace(label, role="panelist")


# a heading alone on its line, closed by a colon or not ('Ponentes:', 'Speakers')
_BARE_HEADING = re.compile(r"[^\W\d_][\w ]{0,30}:?")


# a programme's bare 'Remarks' item ('Toespraak / Remarks' in two languages; 'Remarks – X', 'Remarks from the
# co-host – X', 'Remarks by X')
REMARKS_ITEM = re.compile(
    r"(?:[^/]{2,30}\s/\s)?(?:brief |short )?remarks(?:\s*:?\s*$|\s*[:–—-]\s|\s(?:by|from)\s)", re.IGNORECASE
)
# the roles of who may stand before the opening's speeches: the welcome's, the master of ceremonies', the chair's
_OPENING_ROLES = ("introductory-remarks", "moderator", "chair")


def _opening_remarks(label: Label, line: str, blocks: list[Block]) -> Label:
    """'Welcome remarks – X' then 'Remarks – Y', or 'Remarks' first in a programme: remarks before any talk
    open the event (introductory remarks, as sets 36, 84, 101, 106 and 129 answer), not a talk."""
    if label.role != "speaker" or not REMARKS_ITEM.match(without_time(line)):
        return label
    before = [b.label.role for b in blocks if b.label and b.label.kind in ("people", "session") and b.label.role]
    if any(role not in _OPENING_ROLES for role in before):
        return label
    return replace(label, role="introductory-remarks")


def _led_role(block: Block, item: Label | None, item_line: str) -> str | None:
    """The role of the people listed after a programme item's one moderator: the item's, unless its title
    names none ('First Session: The Regional Arena'), when the people a moderator leads are panelists
    (the answers of sets 67, 73 and 84; under a 'Chair:' they stay speakers, sets 48-63)."""
    if item is None or not item.role:
        return None
    led = block.label is not None and block.label.role == "moderator"
    named = match_label(without_time(item_line)) is not None
    return "panelist" if led and item.role == "speaker" and not named else item.role


def _card_post(label: Label, rest: str, line: str, before: list[str]) -> bool:
    """'Aisha Rahman' / 'Lead Organizer' / 'X Tenants' Union': a person card's post under the name,
    not a heading over the organisers (an organiser's or sponsor's heading stands over its bodies)."""
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i]), None)
    above = before[at] if at is not None else ""
    if at and before[at - 1] and _card_post_line(before[at - 1]):
        # 'Jane Doe' / 'Editor' / 'Leicester Mercury' / (blank) / 'Moderator': the last card's
        # employer, not a name that opens a card, stands above; the role heads the next card
        return False
    labelled = match_label(above)  # 'Panellist: Jane Doe' / 'Chairperson' / 'X Association': her card's label
    above = labelled[1] if labelled and labelled[1] else above
    post = label.kind in ("hosts", "sponsors") and not rest and is_title_word(line.split()[-1])
    # 'Jane Doe' / 'Chairperson' / 'X Association': the chair of a body, not a chair's heading
    post = post or (label.role == "chair" and not rest and bool(_CHAIR_POST.fullmatch(line.strip())))
    # 'Jane Doe' / 'Moderator' / 'Journalist, X': the part she plays, written on her card under her name
    post = post or (not rest and bool(_CARD_ROLE.fullmatch(line.strip())))
    # 'Jane Doe' / 'Presenter, Morning Show' / 'X Radio': her post, opening with a role's word and a comma
    post = post or (label.kind == "people" and post_with_role_word(line))
    return post and not line.endswith(":") and is_person_name(above)


def _card_post_line(line: str) -> bool:
    """A post on a card's line of its own ('Community Affairs Editor'), above its employer."""
    return not is_person_name(line) and not match_label(line) and is_title_word(line.split()[-1])


_CHAIR_POST = re.compile(r"Chair(?:person|man|woman)")
_CARD_ROLE = re.compile(r"Moderator|Discussant|Respondent")
_CARD_POST_WITH_COMMA = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?, [A-Z][^:]*$")


def post_with_role_word(line: str) -> bool:
    """'Presenter, Morning Show' on a card under a name: a post that opens with a role's word and a comma
    (a programme row's 'Chair, Ms Jane Doe, …' stands under no name)."""
    return bool(_CARD_POST_WITH_COMMA.match(line))


def _timed_list(block: Block, line: str, lines: list[str]) -> bool:
    """A time alone on its line in a list of people that opened with one: the hour of the next
    turn (a committee hearing's witnesses in panels), not a programme item of its own."""
    opened = lines[block.lines[0]] if block.lines else line
    return block.kind == "people" and not block.inline and all(_time_alone(t) for t in (line, opened))


def _item_under_day(block: Block, line: str) -> bool:
    """'Date: Friday, 29/Mar/2019' / (blank) / '9:00am - 10:00am Keynote II: Title': a day's heading over its
    first programme item, which is no part of the heading's date."""
    return bool(block.inline) and block.blanks > 0 and not block.lines and not is_when_line(line)


def _time_alone(line: str) -> bool:
    return starts_with_time(line) and is_when_line(line) and not without_time(line).strip()


def _item_time(line: str, before: list[str], blocks: list[Block]) -> bool:
    """'11:15am – 12:45pm' on a line of its own in an agenda, the item's title on the next line
    ('Roundtable: Lessons …'): a programme item's time, not the event's (no date above it)."""
    above = next((b for b in reversed(before) if b), "")
    agenda = any(b.kind == "agenda" for b in blocks)
    return agenda and not find_dates(line, default_year=2000) and not find_dates(above, default_year=2000)


def _over_dated_items(line: str, following: list[str]) -> bool:
    """'Upcoming events' over '12 Mar 2025  Webinar: …': a list of the site's other events (whose
    people are not this event's), not a menu item, when a dated item follows it."""
    found = match_label(line)
    items = [f for f in following[:9] if f][:4]
    # a date under each title, two items at least: not the page's own heading over its own date
    paired = len(items) == 4 and not any(map(is_prose, items[::2])) and all(map(_dated_item, items[1::2]))
    # (also with a line more under each date: 'Title' / '10 December 2025' / 'Villa X, Monaco')
    more = [f for f in following[:15] if f][:6]
    pairs = zip(more, more[1:], strict=False)
    titled = sum(1 for a, b in pairs if not (is_prose(a) or _dated_item(a)) and _dated_item(b))
    dated = bool(items) and (_dated_item(items[0]) or paired or titled >= 2)
    return found is not None and found[0].kind == "ignore" and not found[1] and dated


def _dated_at(lines: list[str], at: int) -> bool:
    """A list's item at `at` dated on its first line or, under its title, on its second."""
    return _dated_item(lines[at]) or (at + 1 < len(lines) and _dated_item(lines[at + 1]))


def _dated_alike(lines: list[str], first: int, at: int) -> bool:
    """A list's first item and the one at `at` both dated: each at its head, or each closed by its date."""
    heads = _dated_at(lines, first) and _dated_at(lines, at)
    return heads or _closed_by_date(lines[first]) and _closed_by_date(lines[at])


def _closed_by_date(line: str) -> bool:
    """A list's item that ends with its date in brackets ('Launch of X (July 10, 2024)', 'Y (22.01.2025)'), or
    after a dash ('X — Wednesday, May 17, 2023, 8:30 AM EDT', 'Y — On demand (recorded November 9, 2022)')."""
    closing = re.search(r"\((?P<date>[^()]{6,30})\)\s*$", line) or _AFTER_DASH.search(line)
    return closing is not None and bool(find_dates(closing["date"], default_year=2000))


_AFTER_DASH = re.compile(r"\s[–—]\s(?P<date>[^–—]{6,60})$")


def _dated_item(line: str) -> bool:
    """A list's item that opens with its date ('12 Mar 2025  Webinar: …', '05.12.2024')."""
    dates = find_dates(line, default_year=2000)
    return bool(dates) and dates[0].span[0] == 0


def _type_tag(label: Label, rest: str, line: str, following: list[str]) -> bool:
    """'Panel Discussion' above a title is the kind of event, not a heading over panelists:
    the next line names no person; nor is 'Panel | Canada's Minerals Strategy', a title with
    its type, whose rest names none."""
    head = re.split(r"\s*[|:–—]\s*", line, maxsplit=1)[0]
    names = label.kind == "people" and rest and (parse_entries(rest) or is_person_name(rest.split(",")[0]))
    if label.kind == "people" and rest and " | " in line and EVENT_TYPES.match(head):
        return not names
    if label.kind == "people" and rest and not names:
        # 'Presentation of Working Paper 5/2011: "X"' over 'Date: …': the page's heading stands
        # over the event's date, where a programme row's people follow it
        return is_when_line(next((f for f in following if f), ""))
    if label.kind != "people" or rest or not (EVENT_TYPES.match(line) or is_menu_word(line)):
        return False  # ('Commentary' alone: a heading over a person, or a menu's item)
    nonblank = [f for f in following if f][:2]
    after = nonblank[0] if nonblank else ""
    if is_menu_word(line) and len(nonblank) > 1 and is_when_line(nonblank[1]):
        return True  # 'Commentary' / 'Jane Doe' / 'February 2, 2021': a related article's kind and byline
    if _QUOTED_ITEM.match(after) and len(nonblank) > 1:
        after = nonblank[1]  # 'Presentations' / '- "A talk's title"' / 'Its presenter, Post, Org'
    return not (lists_people(after) or is_person_name(after.split(",")[0]))


# a programme item that is only a talk's title in quotes, bulleted or not, its speaker on the next line
_QUOTED_ITEM = re.compile(r'^(?:[-–•*]\s+)?[“"][^“”"]+[”"]$')


def paper_title(line: str) -> bool:
    """'- Krill, salps and the changing sea-ice season': a paper's title on a line of its own, bulleted
    or in sentence case (a post or an organisation's name is written in capitals: 'Professor of History')."""
    text = without_bullet(line)
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    lower = [w for w in words[1:] if len(w) >= 4 and w[:1].islower() and w not in ("with", "from")]
    if len(words) < 3 or is_title_word(words[0]) or re.search(r"[a-z]{2}[.!?](?:\s|$)", text):
        return False
    return _bulleted(line) or len(lower) >= 2


def _bulleted(line: str) -> bool:
    return without_bullet(line) != line


NUMBERED_SESSION = re.compile(r"^(?:panel|session)\s+(?:[ivx]+|\d+|one|two|three|four|five)\b", re.IGNORECASE)


def _session_people(label: Label, rest: str, line: str) -> str:
    """'Panel 1: Freedom of Navigation' names the session, not a person: its people follow."""
    # ('Panel 1: Supply Chains' reads like a name too: only people described, or several, count)
    described = any(not is_bare(e) for e in parse_entries(rest)) or names_only(rest)
    if rest and NUMBERED_SESSION.match(line) and not described:
        return ""
    if label.role == "panelist" and _names_session(rest):
        return ""  # 'Panel: The Economics and Politics of Reform': the session's name; its people follow
    return rest


def _names_session(rest: str) -> bool:
    """What follows a heading's colon names a session, not its people ('Living with fire')."""
    return bool(rest) and not (parse_entries(rest) or is_person_name(re.split(r"\s*[,(]", rest)[0]))


def _moderated_conversation(label: Label, rest: str, following: list[str]) -> Label:
    """'Conversation: Living with fire' / people / 'Moderated by X': the people of a session its heading names
    and a moderator closes are its panelists, as a moderated list under a discussion item (_moderated_list)."""
    if label.kind == "people" and label.role == "speaker" and _names_session(rest) and _moderated_list(following):
        return replace(label, role="panelist")
    return label


_ONE_PERSON_ROLES = ("chair", "moderator", "discussant", "respondent", "presenter", "keynote")
_BY_LABEL = re.compile(r"^(?P<head>[A-Za-z]+ed by)\s")


def _after_one_named(block: Block, line: str, lines: list[str]) -> bool:
    """A line naming a new person right under a heading in the singular that named its one person
    on its own line ('Chair: Jane Doe, Researcher, X'): the heading does not hold for her. The one
    person may be named bare ('Chair: Professor Jane Doe', in a programme item or under a panel's
    heading whose time stands on a line of its own), when the new line names and describes a
    person of its own."""
    if block.kind != "people" or not block.inline or block.lines or block.blanks > 1 or block.label is None:
        return False
    # ('Chaired by Ms X, Judge at Y' then '- Professor Z, …': a label without a colon)
    # ('Modérateur / Moderator: X': a heading in two languages, in the singular in both)
    heading = re.match(
        r"^(?P<head>[A-Za-z][\w ]*?(?: / [^\W\d_][\w ]*?)?)\s*(?::|\s[-–—]\s)", lines[block.head]
    ) or _BY_LABEL.match(lines[block.head])
    plural = heading is not None and any(side.lower().endswith("s") for side in heading.group("head").split(" / "))
    if block.label.role not in _ONE_PERSON_ROLES or heading is None or plural:
        return False
    named = parse_entries(block.inline)
    listed = parse_entries(line)
    # ('- Prof. KIM Tae-hoon, X': a bulleted item, a family name in capitals)
    opening = re.split(r"\s*[,(–—]\s*", without_bullet(line), maxsplit=1)[0]
    settled = len(named) == 1 and not is_bare(named[0])  # a bare name may go on in the next line
    if len(named) == 1 and not settled and listed and not is_bare(listed[0]):
        settled = listed[0].name != named[0].name
    return settled and bool(listed) and bare_name(opening)[1].casefold() == listed[0].name.casefold()


def _unlabelled_heading(block: Block, index: int, lines: list[str]) -> bool:
    """A heading we cannot read ('Contributors', 'Open Discussion') between a list of people whose
    last is fully described and the next person: the people after it are not the list's."""
    line = lines[index]
    if block.kind not in ("people", "session") or not block.blanks or not (block.lines or block.inline):
        return False
    if len(line.split()) > 6 or is_prose(line) or is_person_name(line) or parse_entries(line) or describe(line)[0]:
        return False
    if employer_heading(line) and grouped_by_employer([lines[i] for i in block.lines]):
        return False  # 'Witnesses' / 'As an Individual' / … / 'Cooperation Canada' / 'Name, President'

    last = lines[block.lines[-1]] if block.lines else block.inline
    title, org = describe(last)
    if is_person_name(last) or (title and not org and not re.search(r"\b(?:by|with)\s+[A-Z]", last)):
        return False  # the line may go on describing the person above ('Jane Doe' / 'Senior Fellow' / 'X Institute')
    following = next((f for f in lines[index + 1 : index + 3] if f), "")
    return is_person_name(following) or bool(parse_entries(following))


def _session(line: str, presented: bool = False) -> Label:
    """A programme item ('9:00 – 9:15 a.m. Welcome Remarks') heads a block of its own."""
    role = session_role(line)
    if presented and role == "panelist" and DISCUSSION_ITEM.match(without_time(line)):
        role = "discussant"  # 'Presentation of the report' / 'Discussion': the work's discussants
    return Label("session", role, re.compile(re.escape(line)))


def _moderated_list(following: list[str]) -> bool:
    """The item's people listed on their lines, then 'Moderator: X' under them: a moderated panel (sets 65 and 89
    answer such a 'Discussion' after a presentation with panelists; a chaired one, or one naming its people in
    the item's line, with discussants: sets 80, 96, 114 and 119)."""
    for listed, line in enumerate(f for f in following if f.strip()):
        found = match_label(line)
        if starts_with_time(line) or (found is not None and found[0].role != "moderator"):
            return False
        if found is not None:
            return listed > 0
    return False


# an item named 'Discussion' alone, its people after it or under it ('Discussion — Dr A and Dr B'; not 'Panel
# discussion' nor 'Discussion with the contributors', a panel's)
DISCUSSION_ITEM = re.compile(r"(?i:discussion)\s*(?:$|[,:–—-]\s)")


_RULE = re.compile(r"[_=*~—–-]{3,}")


def _accepts(block: Block, line: str, lines: list[str]) -> bool:
    kind = block.kind
    if kind in ("none", "text", "agenda"):
        return True
    if kind == "ignore":  # a menu or a list of tags or related items: short lines, no gap
        started = bool(block.lines or block.inline)
        if block.label is not None and block.label.role == "list":
            return block.blanks <= 1 and len(block.lines) < MAX_IGNORED_LINES and _list_item(line)
        listed = not is_prose(line) or _list_item(line)
        # 'Related events' / '14 November 2024' / 'Title' / (blank) / '5 December 2024' / 'Title': dated
        # items a blank line apart are one list
        # ('More events' / 'Title' / '16 October 2025 · Webinar' / (blank) / 'Title' / '12 June 2025': the
        # date under each item's title)
        at = lines.index(line, block.lines[-1] + 1) if block.lines else -1
        # ('Other Events' / 'Schools Quiz Final (October 24, 2024)' / (blank) / 'Launch of X (July 10, 2024)':
        # each item closed by its date in brackets)
        next_item = block.blanks == 1 and bool(block.lines) and _dated_alike(lines, block.lines[0], at)
        gap = block.blanks == 0 or not started or next_item
        return gap and len(block.lines) < MAX_IGNORED_LINES and listed
    if kind == "date":
        return is_when_line(line) and len(block.lines) < 4
    started = bool(block.lines or block.inline)
    if kind == "place":
        return (
            not is_prose(line)
            and not _CALL_TO_ACTION.match(line)
            and (not is_when_line(line) or block.label is not None and block.label.role == "dated" and not started)
            and not _other_field(line)
            and not _BARE_FIELD.match(line)
            and len(block.lines) < MAX_PLACE_LINES
            and (block.blanks == 0 or not started)
        )
    if kind == "contact":
        # ('X, Post, Centre <csas.events@utoronto.ca>': an address is one word, not four in lower case, on a line
        # that opens with the person)
        named = is_person_name(bare_name(line.split(",")[0])[1]) and not is_prose(_ADDRESS.sub("e-mail", line))
        return (named or not is_prose(line)) and len(block.lines) < 4 and (block.blanks == 0 or not started)
    if kind in ("hosts", "sponsors"):  # 'Language: English', another field, ends the list
        field = line.endswith(":") or _other_field(line)
        return block.blanks < 2 and not is_when_line(line) and not block.inline and not field
    return _people_accepts(block, line, lines)


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 'Register to attend in person', 'RSVP', 'Book your seat' under an address: a button, no part of it
_CALL_TO_ACTION = re.compile(r"^(?:register|rsvp|sign up|book (?:your|a|now)|reserve)\b", re.IGNORECASE)
# 'Cost: Free', 'Working languages: English': a field of its own ends the address above it,
# unlike the place's own ways of attending ('Online: Zoom', 'In person: Room 2, …')
_FIELD = re.compile(r"^(?P<head>[A-Z][\w ]{1,24}):\s+\S")
# the same field as a label alone on its line, its value on the next ('Place / BIDR, … / Language / English')
_BARE_FIELD = re.compile(r"(?:languages?|cost|price|fees?|admission|tickets?|format)\s*:?$", re.IGNORECASE)
_PLACE_FIELD = re.compile(
    r"(?:in[- ]person|on[- ]?site|online|virtual(?:ly)?|live ?stream|zoom|room|building|floor)$", re.I
)


def _other_field(line: str) -> bool:
    field = _FIELD.match(line)
    return field is not None and not _PLACE_FIELD.match(field.group("head"))


def _list_item(line: str) -> bool:
    """A linked title in a list ('Working Paper 01/2024 - Debt sustainability analysis under the
    new rules'): long enough to look like prose, but no sentence; or a kind and a title, whose
    title may have a full stop ('Report: Poland in the Single Market. Twenty Years of Membership')."""
    # ('No. 11' ends none, nor a title's own question mark: 'Adult Learning and Older Workers: What Works?')
    sentence = re.search(r"(?:[a-z]{2}|\))(?:[.!](?:\s|$)|\?\s)", line)
    return len(line) < 160 and (not sentence or is_kind_and_title(line))


# 'Registration: …', 'Audience: …', 'Cost: …': a calendar's field after the one naming a person; not the
# fields that describe her ('Affiliation: X University', 'Position: Director')
_RECORD_FIELD = re.compile(r"^(?P<field>[A-Z][a-z]+(?: [a-z]+)?):\s+\S")
_DESCRIBING_FIELDS = frozenset(
    ("affiliation", "organization", "organisation", "institution", "title", "job title", "position", "employer")
)


def _other_record_field(line: str) -> bool:
    found = _RECORD_FIELD.match(line)
    return found is not None and found["field"].lower() not in _DESCRIBING_FIELDS and not parse_entries(line)


def _people_accepts(block: Block, line: str, lines: list[str]) -> bool:
    """Speaker blocks end at a date, running text that is not a bio, or two blank lines."""
    if block.blanks >= 2 or is_when_line(line):
        return False
    if starts_with_time(line):
        return False
    if block.kind != "session" and block.inline and not block.lines and _other_record_field(line):
        return False  # 'Presenter: Jane Doe' / 'Registration: Registration is required.': the calendar's next field
    if block.inline and block.blanks and not block.lines and block.kind != "session":
        # "Moderator: Jane Doe" followed by a blank line is complete, unless the next line
        # describes her ('Health Correspondent, The Sentinel') or, under a session's 'Chair: X', lists
        # the session's papers set apart as a list's items ('Title in sentence case — Dr. Y (Body)')
        return _describes(line) or _chaired_paper(block, line)
    if not is_prose(line) or opens_with_entry(line) or _QUOTED_ITEM.match(line):
        return True  # (a talk's quoted title: its speaker follows)
    if block.label is not None and block.label.role == "chair" and _bulleted(line) and paper_title(line):
        return True  # ('- A paper's title, with commas' under a session's chair)
    if names_a_talk(line) and parse_entries(line):
        return True  # '- "A long title: with, commas" – Dr. X (Y University)': an item, not running text
    recent = [lines[i] for i in block.lines[-3:]] or [block.inline]
    # a bio about a person: not 'The X Institute is pleased to invite you …' after a speaker's line
    first = sentences(line)[0]
    return _is_bio(line, recent) or (bio_subject(first) is not None and bio(first) is not None)


def _chaired_paper(block: Block, line: str) -> bool:
    return block.label is not None and block.label.role == "chair" and names_a_talk(line) and bool(parse_entries(line))


_CONNECTORS = frozenset(("of", "for", "on", "and", "at", "the", "in", "to", "&", "de", "du", "des"))


def _describes(line: str) -> bool:
    """'Health Correspondent, The Sentinel': a title and an organisation written as a name is,
    not a sentence ('This lecture is free to attend.') nor a label ('Related publication: …')."""
    words = re.findall(r"[\w'’-]+", line)
    capitalised = all(w[:1].isupper() or w.lower() in _CONNECTORS or not w[:1].isalpha() for w in words)
    plain = len(line) < 120 and ":" not in line and not line.rstrip().endswith((".", "!", "?"))
    return plain and capitalised and not parse_entries(line) and any(describe(line))


def _is_bio(line: str, recent: list[str]) -> bool:
    """A bio opens with the name, a pronoun or an honorific: 'Jane Doe is…', 'She is…'."""
    opening = line.split()[:3]
    if not opening:
        return False
    if opening[0] in ("He", "She", "They", "Dr.", "Professor", "Prof.", "Ambassador"):
        return True
    names = {w for text in recent for w in text.replace(",", " ").split() if is_person_name(text.split(",")[0])}
    return any(word.rstrip("'s,") in names for word in opening)


def block_text(block: Block, lines: list[str]) -> list[str]:
    """The block's own lines, the heading's inline value first."""
    return ([block.inline] if block.inline else []) + [lines[i] for i in block.lines]
