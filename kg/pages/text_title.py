"""The title of a plain-text page (a text browser's rendering) by the evidence its lines give.

A rendering has no tags to say which line is the heading, but it keeps the evidence a reader
uses: the title is printed more than once (the page's `<title>` as a first line 'Title | Site',
an archive's heading above the text), it stands next to the event's date block (above it, or
below the date, time and venue lines), and it is shaped like a heading. A line another line
holds, whole or as a run of its parts between separators, gets the votes of
kg.pages.agreement; a site's, organisation's or unit's name, a series name or the last part of
a 'Title | Site' line ranks lower, as it does in HTML. A line standing right under the title
with no colon between is its subtitle ('Borders, Bodies and Belonging' / 'Migration
Governance in Post-Brexit Scotland').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.dates import find_dates
from kg.pages.agreement import (
    SEPARATOR,
    is_last_part,
    is_organisation,
    is_series,
    lecture_theme,
    run_keys,
    title_key,
)
from kg.pages.gazetteer import town_name
from kg.pages.lines import BREADCRUMB_OPENING, is_breadcrumb, is_chrome, is_prose, is_when_line, match_label
from kg.pages.people import is_person_name, segment_kind
from kg.pages.place import attendance, names_a_street, read_place
from kg.pages.title import (
    EVENT_TYPES,
    clean_title,
    describes_event,
    is_candidate,
    is_generic_heading,
    is_language_switcher,
    labelled_title,
)
from kg.pages.when import is_post_date, labelled_post_date

HEADER_SPAN = 4  # lines from the first date line that still belong to the event's date block
MENU_SPAN = 8  # lines at the top of a page where its menu bar stands
FOOT_LINES = 8  # lines with text at the end of a page where its footer stands
PARAGRAPH = 100  # running text this long is a paragraph, not a heading that ends in '?'
_QUOTES = "\"'“”‘’«"
_QUOTED = re.compile(r"[«“„\"]([^«»“”„\"]{3,200})[»”“\"]")  # a title quoted in a sentence
_ROOM = re.compile(r"\b(?:Room|Rm\.?|Suite|Floor|Hall|Auditorium|Level)\s+[\w-]*\d", re.IGNORECASE)
_ROOM_NAME = re.compile(  # 'Central Library, Hamilton Room': a building, then its room
    r"^[^,:]+,(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Room|Hall|Theatre|Theater|Auditorium|Lounge|Chamber|Studio|Suite"
    r"|Library|Gallery|Building|Wing|Floor)$"
)


# 'Town Hall, Galway', 'Central Library, Wollongong': a building's name by the kind of building, then its town
_BUILDING_IN_TOWN = re.compile(
    r"^(?P<building>[A-Z][^,:]{0,50}\b(?:Hall|Library|Theatre|Theater|Auditorium|Museum|Hotel|Gallery|Chambers)),"
    r"\s+(?P<town>[^,]{2,40})$"
)


def is_venue(line: str) -> bool:
    """'55 York Boulevard, Hamilton, ON L8R 3K1', 'The Anatomical Theatre, …, Akademigatan 3,
    Uppsala', 'Hans Rosling Center, Room 101', 'Town Hall, Galway': a place line has a street, a
    postcode, a room or a building in a town."""
    if _ROOM.search(line) or _ROOM_NAME.match(line):
        return True
    building = _BUILDING_IN_TOWN.match(line)
    if building and town_name(building["town"]):
        return True
    place, _ = read_place([line])
    street = place.street_address if place else None
    return bool(place and (place.locality and (street or place.postal_code) or street and names_a_street(street)))


def _in_card(position: int, lines: list[str]) -> bool:
    """The line stands under a person's job title or name: their employer in a speaker card,
    not the title printed twice ('Collin Koh / Research Fellow / S. Rajaratnam Centre …')."""
    above = lines[position - 1] if position > 0 else ""
    return bool(above) and (segment_kind(above) == "title" or is_person_name(above))


@dataclass
class _Page:
    """What every candidate's score reads, worked out once per page."""

    lines: list[str]
    keys: list[set[str]]  # what each line holds: itself and its runs of parts
    dated: list[int]  # the event's date lines
    content: list[int]  # content[i]: content lines (not header, not chrome) before line i
    separated: list[str]  # lines of several parts ('Title | Site')
    venue_names: set[str]  # the names venue lines start with
    menu: int  # the site's menu bar near the top, or -1: what stands above it is the site's branding

    @classmethod
    def read(cls, lines: list[str]) -> _Page:
        when = [i for i, line in enumerate(lines) if line and (is_when_line(line) or _date_then_place(line))]
        # where no line is a date's alone, a post's date line with more of the post's furniture ('2 June 2026 | 643
        # views', '… | Category: Events') stands by the headline as one does
        if not when:
            when = [i for i, line in enumerate(lines) if _post_line(line)]
        posted = [i for i in when if is_post_date(lines, i)]
        dated = [i for i in when if i not in posted]
        # the event's, not a related event's; lines with text count ('JAN' / '16' over the kicker, the
        # heading and the date, each set off by blank lines)
        dated = [i for i in dated if sum(1 for line in lines[dated[0] : i] if line) <= HEADER_SPAN]
        # a headline stands by its post's date ('Published: 04 November 2024' under it) when the
        # event's date is given only in the body, after running text; a post's date over a series
        # label, the heading and the event's date block ('Posted: 2 June 2026') is not that block
        between = lines[posted[0] if posted else 0 : dated[0] if dated else 0]
        in_body = not dated or any(is_prose(line) and len(line) > PARAGRAPH for line in between)
        dated = sorted({*dated, *(i for i in posted if in_body and labelled_post_date(lines[i]))})
        content = [0]
        for line in lines:
            content.append(content[-1] + (bool(line) and not _in_header(line)))
        return cls(
            lines,
            [run_keys(line) if line else set() for line in lines],
            dated,
            content,
            [line for line in lines if len(SEPARATOR.split(line)) > 1 and not _names_the_page(line)],
            {title_key(line.split(",")[0]) for line in lines if line and is_venue(line)},
            next((i for i, line in enumerate(lines[:MENU_SPAN]) if " | " in line and is_chrome(line)), -1),
        )

    def support(self, position: int) -> int:
        """How many other lines hold this line, whole or as a run of their parts ('Title | Site'),
        among those down to the event's date block: a page repeats its title above the body (its
        title bar, breadcrumb or archive heading), its site's name in the footer as well."""
        own = title_key(self.lines[position])
        end = max(self.dated[-1], position) if self.dated else len(self.lines)
        held = (j for j, keys in enumerate(self.keys[:end]) if j != position and own in keys)
        return sum(1 for j in held if not _in_card(j, self.lines))

    def masthead(self, position: int) -> bool:
        """'INSTITUTE OF X' over the menu bar and again in the footer's last lines, and nowhere
        between: the site's name (a title over the menu, the page's `<title>`, is held by its
        heading below the menu)."""
        own = title_key(self.lines[position])
        printed = [j for j, keys in enumerate(self.keys) if own in keys]
        # the foot: the last lines with text, in the page's second half and after the event's date block
        texts = [i for i, line in enumerate(self.lines) if line]
        foot = max(texts[max(len(texts) - FOOT_LINES, len(texts) // 2)], self.dated[-1] + 1 if self.dated else 0)
        top = [j for j in printed if j < self.menu]
        return bool(top) and len(top) < len(printed) and all(j < self.menu or j >= foot for j in printed)

    def quotes_a_heading(self, position: int) -> bool:
        """The line quotes another line of the page whole, and says more: a sentence that names
        the event by its title ('The Institute invites you to a debate on «Title»')."""
        line = self.lines[position]
        quoted = {title_key(q) for q in _QUOTED.findall(line)} - {title_key(line)}
        if not quoted:
            return False  # most lines quote nothing: no need to read every other line of a long page
        return any(title_key(other) in quoted for j, other in enumerate(self.lines) if other and j != position)

    def header_distance(self, position: int) -> int:
        """How many content lines stand between the line and the nearest date line: the date,
        time and venue lines of the event's header and the page's chrome do not count."""
        spans = [(position + 1, date) if date > position else (date + 1, position) for date in self.dated]
        return min((self.content[end] - self.content[start] for start, end in spans), default=len(self.lines))

    def names_the_venue(self, position: int) -> bool:
        """'Goethe-Institut London' above 'Goethe-Institut London, 50 Princes Gate, …': the
        venue's (and often the site's) name, not the title."""
        line = self.lines[position]
        return title_key(line) in self.venue_names and not is_venue(line)


# a date's label that names a deadline, not the post's own date ('Submission deadline: …', 'Register by …')
_DEADLINE = re.compile(
    r"\b(?:deadline|submissions?|notification|acceptance|call for|abstracts? due|register by|rsvp by|apply by"
    r"|early[- ]bird|registration (?:opens|closes))\b",
    re.IGNORECASE,
)


def _post_line(line: str) -> bool:
    return bool(line) and labelled_post_date(line) and not _DEADLINE.search(line) and bool(find_dates(line))


def _names_the_page(line: str) -> bool:
    """'Home » Events » Title': the breadcrumb's last step names the page, unless it names a series
    ('Home » Events » ISS Pretoria Seminar', the section the page sits in)."""
    return is_breadcrumb(line) and not is_series(SEPARATOR.split(line)[-1])


# 'Friday 2 November 2001, Hótel Saga, Reykjavík', '10–11 April 2025 · POSTECH, Pohang': the date with its year,
# then the venue after a comma or a middle dot
_DATE_THEN_PLACE = re.compile(r"^(?P<date>.*?\b(?:1[89]|20)\d\d)(?:,|\s+[·•|])\s+\S")


def _date_then_place(line: str) -> bool:
    dated = _DATE_THEN_PLACE.match(line)
    return dated is not None and is_when_line(dated["date"])


def _in_header(line: str) -> bool:
    """Chrome, a venue line, a 'Date & Time' / 'Location' heading of the date block, or a
    'Hosted by X' line beside it."""
    label = match_label(line)
    header = label is not None and label[0].kind in ("date", "place", "hosts", "sponsors")
    return header or is_chrome(line) or is_language_switcher(line) or is_venue(line)


def _score(position: int, page: _Page) -> float:
    lines = page.lines
    line = lines[position]
    score = 3.0 if page.support(position) else 0.0
    first_date = page.dated[0] if page.dated else len(lines)
    if position < first_date or first_date < position < page.dated[-1]:
        score += 1  # above the date block, or inside it ('14.05.2025' / Title / '18:00–19:30 CEST')
    if position < page.menu and not page.support(position):
        score -= 1  # 'Harbourside University' / 'Research that matters since 1962' / the menu bar
    distance = page.header_distance(position)
    score += 2 if distance == 0 else 1 if distance <= 2 else 0
    if is_organisation(line) or is_last_part(line, page.separated) or page.names_the_venue(position):
        score -= 3  # 'Lowell Policy Institute', 'Department of Politics and …', the site's name
    typed = re.match(r"^(?P<head>[^|:]+?)(?: \| |: )(?P<tail>[^|]+)$", line)
    tail = typed.group("tail").strip() if typed else ""
    if typed and EVENT_TYPES.match(typed.group("head").strip()) and not (EVENT_TYPES.match(tail) or is_series(tail)):
        # 'Seminar | The Politics of Water', 'Book Talk: "X"': the type names the event ('Webinar |
        # Policy Series 2026' names the series it belongs to)
        score += 1
    if re.fullmatch(r"[\"“][^\"“”]{3,200}[\"”]", line):
        score += 1.5  # a talk's title is quoted on seminar pages: '"Minimum Wages and Informality"'
    # the next line with text, past a date line: 'Ramadan Talks 2026 #3' / 'Thursday, March 5' / Title
    following = next((other for other in lines[position + 1 : position + 4] if other and not is_when_line(other)), "")
    preceding = next((other for other in reversed(lines[max(position - 2, 0) : position]) if other), "")
    titled = is_candidate(following) and following[:1] not in _QUOTES or is_candidate(preceding)
    if _is_kicker(line, following):
        score -= 3  # 'TAULA RODONA', 'APRESENTAÇÃO DE RELATÓRIO' over the heading: its type, in capitals
    elif _under_kicker(position, lines) and not _heading_below(position, lines):
        # the heading a kicker stands over ('SYMPOSIUM' / 'Towns at a Turning Point'; not a lecture's
        # name, 'INAUGURAL LECTURE' / 'The 547th Inaugural Lecture', over the lecture's own title)
        score += 2
    if page.masthead(position):
        score -= 3  # the site's name over its menu bar, printed again only at the page's foot
    if page.quotes_a_heading(position):
        score -= 2  # '… invites you to an open debate on «Title»' under the heading it quotes
    if is_series(line) and titled:
        # 'Annual Darwin Lecture' over the lecture's own title, or under it (a quoted one joins it); a
        # breadcrumb or <title> line that repeats it ('Series – Short title | Site') repeats the series
        score -= 1.5 + (3.0 if page.support(position) else 0.0)
    below = next((other for other in lines[position + 1 : position + 3] if other), "")
    if _BYLINE.match(below) and find_dates(below):
        score += 2  # 'Title' / 'Posted on 29 September 2025 by Admin': a blog post's heading over its byline
    return score


# a post's byline with its date (not a deadline's: 'Submission deadline: …' under 'Call for papers')
_BYLINE = re.compile(r"^\s*(?:posted|published)\s+(?:on|by)\b", re.IGNORECASE)
KICKER_WORDS = 4


def _is_kicker(line: str, following: str) -> bool:
    """A short line in capitals over a longer heading written in lower case too: a kicker (the
    event's type or section), whatever its language."""
    words = line.split()
    tags = SEPARATOR.split(line)
    if len(tags) > 1 and line.isupper():
        # 'TALANOA SERIES | NO. 7 | ENERGY': a row of short tags over a heading of one part, in
        # capitals or not
        longest = max(len(tag.split()) for tag in tags)
        one_part = len(SEPARATOR.split(following)) == 1 and len(following.split()) > longest
        return longest <= KICKER_WORDS and one_part and is_candidate(following)
    longer = len(following.split()) > len(words) and not following.isupper()
    return line.isupper() and len(words) <= KICKER_WORDS and longer and is_candidate(following)


def _under_kicker(position: int, lines: list[str]) -> bool:
    """The line stands under a kicker of one or two words set off by a blank line ('DISKUSIJA',
    'THÔNG BÁO' / '' / the heading): not under a time ('2:00 – 3:30 PM EDT' is in capitals too), the
    site's chrome ('PTEN'), its name ('YORKSHIRE PHILOSOPHICAL SOCIETY') or a section ('NEWS & EVENTS')."""
    above = lines[position - 2] if position >= 2 and not lines[position - 1] else ""
    plain = bool(_KICKER.fullmatch(above)) and not is_chrome(above) and not is_language_switcher(above)
    return plain and _is_kicker(above, lines[position])


def _heading_below(position: int, lines: list[str]) -> bool:
    """The next line with text is a heading too (not the post's date or the event's, '04/05/2026')."""
    below = next((line for line in lines[position + 1 :] if line), "")
    return _usable(below) and not find_dates(below) and not _NUMERIC_DATE.search(below)


_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")


_KICKER = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def _opens_quoted(line: str) -> bool:
    """The line opens with a quote: the quoted title that completes a heading above it, unless a
    guillemet's work goes on to the heading's own words ('«X» کی تقریبِ رونمائی' is a heading)."""
    return line[:1] in _QUOTES and not re.match(r"«[^»]+»\s*\S", line)


def _usable(line: str) -> bool:
    # (a trail opening with 'Home' is the way to the page, its last step named in short: 'Strona główna /
    # Wydarzenia / Seminarium: X' over the heading)
    opening = BREADCRUMB_OPENING.match(line)
    return is_candidate(line) and not is_venue(line) and not _section_label(line) and not _trail(line) and not opening


_STEP = re.compile(r"\s+/\s+")
STEP_WORDS = 3


def _trail(line: str) -> bool:
    """'Home / News / Announcements', in any language: three or more short steps between slashes
    are the page's path, not its heading (two may be one title in two languages)."""
    steps = _STEP.split(line)
    return len(steps) >= 3 and all(0 < len(step.split()) <= STEP_WORDS for step in steps[:-1])


def _section_label(line: str) -> bool:
    """'LECTURES 1999-2000 : Report of Meeting': a season's programme and a generic heading, the
    section the page belongs to, not its event."""
    parts = [p.strip() for p in re.split(r"\s*:\s+", line)]
    return len(parts) == 2 and is_series(parts[0]) and is_generic_heading(parts[1])


_NOT_SUBTITLE = re.compile(  # 'Hosted by …', 'With …', 'Tickets £10', 'Book Launch and Reception'
    r"^(?:\w+ed by|with|featuring|followed|including|in (?:english|person))\b|[£$€¥]"
    r"|\b(?:reception|drinks|refreshments|lunch|dinner|book signing|Q&A)\b",
    re.IGNORECASE,
)


def _title_case(line: str) -> bool:
    """'Migration Governance in Post-Brexit Scotland': every longer word capitalised."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4 and w.lower() not in ("with", "from")]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


_KIND_THEN_TOPIC = re.compile(
    r"^(?P<kind>(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)\s+(?:on|about|of|for)\s+(?:the\s+)?[A-Z]"
)


def _names_its_kind(line: str) -> bool:
    """'Regional Seminar on Transboundary Water Governance', 'International Workshop of …':
    a line led by the kind of event, then its topic, says what the event is (a subtitle
    continues the title's own words)."""
    head = _KIND_THEN_TOPIC.match(line)
    words = head.group("kind").split() if head else []
    return any(EVENT_TYPES.fullmatch(" ".join(words[-n:])) for n in (1, 2) if len(words) >= n)


def _above_dates(position: int, lines: list[str]) -> bool:
    """The next line with text after this one is a date or time line."""
    following = next((line for line in lines[position + 1 :] if line), "")
    return bool(following) and is_when_line(following)


def _under_dates(position: int, lines: list[str]) -> list[str]:
    """The lines with text after this one up to the first of running text: the date block's fields."""
    following = [line for line in lines[position + 1 : position + 12] if line][:6]
    prose = next((i for i, line in enumerate(following) if is_prose(line)), len(following))
    return following[:prose]


def subtitle(position: int, lines: list[str], candidates: list[int]) -> str | None:
    """The line under the title that completes it: a quoted one ('The 2020 X Lecture' /
    '"Y"'), or one right under it (no blank line between) when the title has no colon of its
    own and both are written in title case, the line names no series, unit, place or
    attendance, and it is no 'Hosted by …' or 'With …' line."""
    title = lines[position]
    following = next((line for line in lines[position + 1 :] if line), "")
    # 'The 7th Annual X Memorial Lecture' / 'Theme: Y', under it or under the date block below it
    theme = next(filter(None, (lecture_theme(title, line) for line in _under_dates(position, lines))), None)
    if theme:
        return theme
    # (in French guillemets too: '« Le revenu de transition à l'épreuve du terrain »')
    quoted = re.fullmatch(r"[\"“]\s*(?P<sub>[^\"“”«»]{3,200}?)\s*[\"”]|«\s*(?P<fr>[^\"“”«»]{3,200}?)\s*»", following)
    if quoted:
        return quoted.group("sub") or quoted.group("fr")
    adjacent = lines[position + 1] if position + 1 < len(lines) else ""
    if position + 1 not in candidates or ":" in title + adjacent or title.endswith(("?", "!")):
        return None
    # a subtitle in sentence case ('Whales of the Tasman Sea' / 'Songs, strandings and …') when
    # the two lines stand as one heading right above the date block
    cased = _title_case(adjacent) or (
        adjacent[:1].isupper() and _above_dates(position + 1, lines) and not describes_event(adjacent)
    )
    if not (_usable(adjacent) and _title_case(title) and cased and len(adjacent.split()) >= 3):
        return None
    typed = bool(EVENT_TYPES.match(title.split()[-1]))  # 'CEPS Ideas Lab Session' above the title
    typed = typed or _names_its_kind(adjacent)
    # (one year's edition of a forum, 'Rural Health Forum 2026', takes its theme under it as a named one does)
    named = any(is_organisation(t) or is_series(t) and not _named_edition(t) for t in (title, adjacent))
    stated = attendance(adjacent, False, False) is not None or bool(_NOT_SUBTITLE.search(adjacent))
    return None if typed or named or stated or adjacent.endswith(".") else adjacent


# one event's name, not a series': 'Annual CECL Lecture 2025', 'Far West Research Symposium 2025'
_ONE_EVENT = re.compile(
    r"\b(?:Lecture|Symposium|Colloquium|Conference|Forum|Summit|Workshop|Seminar|Congress)\s+(?:19|20)\d\d$"
)


def _named_edition(line: str) -> bool:
    """A named lecture or symposium of one year over the line that gives its own title, the two
    standing as one heading above the date: the event's name, joined by its theme after a colon."""
    # (a lecture named without its year, 'Annual Darwin Lecture', stays above its title: sets 3, 62)
    return bool(_ONE_EVENT.search(line)) and ":" not in line and len(line.split()) <= 8


# 'Awards Ceremony' / 'and the Eighth X Lecture': a heading set on two lines, the second led by 'and'
_CONTINUATION = re.compile(r"^(?:and|&)\s+(?:the\s+)?[A-Z0-9][^.!]{2,100}$")


def _continued(position: int, lines: list[str]) -> str:
    """The rest of a heading the page sets on the next line, joined by a space (or nothing)."""
    following = lines[position + 1] if position + 1 < len(lines) else ""
    return f" {following}" if _CONTINUATION.match(following) and _title_case(following) else ""


_TYPED = re.compile(r"^(?P<type>[^:|]{3,40}):\s+(?P<rest>\S.*)$")


def _typed_heading(line: str, title: str) -> bool:
    """'Public hearing: X' over a field 'Inquiry' / 'X': the heading writes the event's type before
    its name, and keeps it (a '<title>' line 'Webinar: X | Site' is the <head>'s, not a heading)."""
    typed = _TYPED.match(line)
    return bool(typed and EVENT_TYPES.match(typed["type"]) and title_key(typed["rest"]) == title_key(title))


def _body_start(page: _Page) -> int:
    """The first line of running text after the event's date: a page names its event before it
    describes it, and what follows the description is the page's footer."""
    after = page.dated[-1] if page.dated else len(page.lines)
    return next((i for i in range(after + 1, len(page.lines)) if _running_text(page.lines[i])), len(page.lines))


def _running_text(line: str) -> bool:
    """Prose, not a heading that reads like it by a question mark in the middle ('Who Pays for
    the Port? Cities, shipping lines and …'): a short line that is a title candidate (no full
    stop, no verb to the reader) is a heading."""
    return is_prose(line) and not (len(line) <= PARAGRAPH and is_candidate(line))


_ENGLISH = frozenset({"the", "and", "of", "in", "on", "for", "with", "to", "from"})
# the small words of the other languages whose pages print their title in English as well
_OTHER_LANGUAGE = frozenset(
    ("le", "la", "les", "des", "du", "et", "au", "aux", "pour", "dans", "sur")  # French
    + ("el", "los", "las", "y", "del", "con", "e", "do", "da", "dos", "per", "il", "della", "nel")  # es, pt, it
    + ("der", "die", "das", "und", "für", "im", "het", "en")  # German, Dutch
)


def _translated(line: str, english: str) -> bool:
    """'Habiter le Nord : logement, climat et …' over 'Living in the North: Housing, Climate
    and …': the English line under it says the same, as long, with the same colon and question
    mark, and keeps its names ('Nunavik')."""
    words, other = (re.findall(r"[^\W\d_][\w'’-]*|\d+", text) for text in (line, english))
    small, other_small = ({w.lower() for w in ws} for ws in (words, other))
    languages = not small & _ENGLISH and bool(small & _OTHER_LANGUAGE) and bool(other_small & _ENGLISH)
    marks = all(line.count(mark) == english.count(mark) for mark in ":?")
    shape = marks and 2 * len(words) >= len(other) >= len(words) / 2
    names = {w for w in words[1:] if w[:1].isupper() or w.isdigit()} & set(other[1:])
    return languages and shape and bool(names)


def _latin(text: str) -> bool:
    letters = re.findall(r"[^\W\d_]", text)
    return bool(letters) and all(ord(c) < 0x250 for c in letters)


def _in_two_scripts(line: str, other: str) -> bool:
    """'Blue Economy of the Bay: Ports and Fisheries' over its Bangla (or Arabic, Tamil …) line, or
    the other way round: one title in two scripts, with the same colon and question mark."""
    scripts = _latin(line) != _latin(other) and not (_latin(line) and _latin(other))
    marks = all(line.count(mark) == other.count(mark) for mark in ":?")
    return scripts and marks and len(other.split()) >= 3 and len(line.split()) >= 3


# a post about the event after it: 'Report: X', 'Meeting summary – X', over the event's own full title
_REPORT_ON = re.compile(
    r"^(?:(?:meeting|event|seminar|conference|workshop|lecture)\s+)?(?:report|summary|recap|minutes)\s*[:–—-]\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _reported_in_full(best: int, lines: list[str], usable: list[int]) -> int:
    """'Report: Policy Dialogue on X' over 'Policy Dialogue on X: What Have We Learnt?': the report's
    heading names the event in short; the line under it that begins with those words names it whole."""
    reported = _REPORT_ON.match(lines[best])
    short = title_key(reported.group("rest")) if reported else None
    fuller = (i for i in usable if best < i <= best + 6 and short and title_key(lines[i]).startswith(short))
    return next((i for i in fuller if title_key(lines[i]) != short), best)


def _joined_after_colon(lines: list[str], candidates: list[int]) -> tuple[list[str], list[int]]:
    """A heading the page sets on two lines after its colon ('50 Years of Independence:' / 'Seychelles
    and the Sea'), read as the one line it is: both in title case, the first no label ('Speakers:'
    is one word or a field the page names) and the second no date, name or venue."""
    lines, candidates = list(lines), list(candidates)
    for i in range(len(lines) - 1):
        head, rest = lines[i], lines[i + 1]
        if not (head.endswith(":") and rest and len(head.split()) >= 3 and _title_case(head) and _title_case(rest)):
            continue
        joined = f"{head} {rest}"
        if match_label(head) is None and not is_when_line(rest) and not is_person_name(rest) and _usable(joined):
            lines[i], lines[i + 1] = joined, ""
            candidates = sorted({*candidates, i} - {i + 1})
    return lines, candidates


# 'invites you to a public lecture, "Title", delivered by …', 'a round table entitled “Title”'
_INVITED = re.compile(
    r"\b(?:lecture|seminar|talk|webinar|workshop|conference|symposium|forum|round ?table|panel(?: discussion)?"
    r"|discussion|debate|dialogue|colloquium|briefing|presentation)s?,?\s+(?:(?:entitled|titled|called|on)\s+)?"
    r"[\"“«„](?P<title>[^\"“”«»„]{8,200}?)[,.]?[\"”»“]",
    re.IGNORECASE,
)


def _invited_title(lines: list[str]) -> str | None:
    """The title a sentence of the page quotes after the event's kind, the first so quoted."""
    invited = next(filter(None, (_INVITED.search(line) for line in lines if is_prose(line))), None)
    return invited["title"].strip() if invited else None


def find_title(lines: list[str], candidates: list[int]) -> str | None:
    """The best-evidenced title among the candidate line indices, or None."""
    labelled = labelled_title(lines)
    if labelled:
        return labelled
    lines, candidates = _joined_after_colon(lines, candidates)
    page = _Page.read(lines)
    usable = [i for i in candidates if _usable(lines[i])]
    usable = [i for i in usable if i < _body_start(page)] or usable
    if not usable or max(_score(i, page) for i in usable) < 0:
        # no heading names the event ('Events' over the date, the site's name): the invitation quotes its title
        invited = _invited_title(lines)
        if invited or not usable:
            return invited
    best = _reported_in_full(max(usable, key=lambda i: (_score(i, page), -i)), lines, usable)  # on a tie, the earlier
    best = next((i for i in usable if 0 < i < best and _typed_heading(lines[i], lines[best])), best)
    above = next((i for i in range(best - 1, -1, -1) if lines[i]), -1)
    kicker = above >= 0 and _is_kicker(lines[above], lines[best])  # 'TALKS · SPRING' over '"Y"'
    if _opens_quoted(lines[best]) and above in usable and not (is_organisation(lines[above]) or kicker):
        best = above  # 'The 2020 X Lecture' / '"Y"': the quoted title completes the heading above
    elif above in usable and (_translated(lines[above], lines[best]) or _in_two_scripts(lines[above], lines[best])):
        best = above  # a bilingual page prints its title in its own language first, then in English
    if best > 0 and best - 1 in usable and subtitle(best - 1, lines, candidates) == lines[best]:
        best -= 1  # 'Europe's Defence Industry After 2022' / 'Rearmament, Supply Chains and …'
    title = clean_title(lines[best]) + _continued(best, lines)
    above = next((i for i in range(best - 1, -1, -1) if lines[i]), -1)
    if above in usable and _named_edition(lines[above]) and _above_dates(best, lines) and title[:1] not in _QUOTES:
        return f"{clean_title(lines[above])}: {title}"  # 'Annual X Lecture 2025' / its own title / the date
    sub = subtitle(best, lines, candidates) if title in lines[best] else None
    if sub and _RUNS_ON.search(title):
        return f"{title} {sub}"  # 'Coins, Hoards and the' / 'Roman Town of Isca': one title wrapped, no subtitle
    return f"{title}: {sub}" if sub else title


# a line that ends on a word no heading ends with (an article, a preposition, a conjunction, a comma) runs on
_RUNS_ON = re.compile(r"(?:\b(?:the|a|an|of|and|or|in|for|to|on|with|at|from|by|into|over)|&|,)$")
