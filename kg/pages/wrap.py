"""A text rendering's lines rejoined where the renderer wrapped them at a fixed width.

Text browsers (lynx, w3m), mail clients and many copy-pastes fill each line up to a width and
break before the first word that does not fit, so a title, a speaker's affiliation or a
sentence is cut over two lines ('… Research Fellow, International Centre for' / 'Defence and
Security, Tallinn'). The width is found from the page's own lines: every break between two
lines allows the widths from the first line's length up to the length it would have had with
the next line's first word, and a wrapped page's breaks agree on one width. A break at that
width is a wrap when the next line goes on with the text (a lower-case word, after a dangling
'of' or 'and' or inside a bracket; else a name's last words, or a comma's next part set in
under it) rather than starting a list item, a field, a programme item or another person.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.names import stated_honorific
from kg.pages.lines import has_date, is_chrome, is_prose, match_label, starts_with_time
from kg.pages.people import is_person_name

MIN_MEASURED = 30  # a shorter line says nothing about the width
MIN_AGREEING = 5  # breaks that must agree on the width before any line is rejoined
MIN_DISTINCT = 3  # … of which so many differ
NEAR_WIDTH = (0.75, 1.15)  # a line wrapped by hand: within these fractions of the width

# what no text ends on: a small word, an ampersand, a slash, a spaced dash
_DANGLING = re.compile(
    r"(?:[&/]|\s[-–—]|\s(?:of|and|the|for|to|in|at|on|with|by|from|a|an|or|as|de|du|des|la|le|les|et|y|e|i"
    r"|und|der|die|das|von|zu|di|del|della|van|da|do|dos))$"
)
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # 'Konrad-Adenauer-' / 'Stiftung': broken at a word's own hyphen
_TERMINAL = re.compile(r"[.!?:;][\"”')\]]*$")
_ENDS_VALUE = re.compile(r"[.!?:][\"”')\]]*$")
_ABBREVIATED = re.compile(  # 'Dr.', 'S.', 'No.' end no sentence ('in Oslo.' does)
    r"(?:^|[\s(])(?:[A-Z]|Dr|Prof|Mr|Mrs|Ms|Mx|St|Sr|Jr|Rev|Hon|Gen|Col|Capt|Amb|Sen|Rep|Gov|No|Nos|Vol|pp"
    r"|Inc|Ltd|Co|Corp|Univ|Dept|Assoc|Asst)\.$"
)
_ITEM_MARK = re.compile(r"^(?:[*•·▪►‣◦+–—»›>-]|\d{1,2}[.)]|[a-z][.)]|\[\d+\]|\((?:\d{1,2}|[a-z]|[ivx]+)\))\s")
_FIELD_HEAD = re.compile(r"^[^:]{1,45}:\s")
_FIELD_LABEL = re.compile(r"^\s*[A-Z][\w&/' -]{0,30}:\s+")  # 'Where: ', 'Media contact: '
_NAME_WORDS = frozenset(("of", "and", "the", "for"))
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
_SEPARATOR = re.compile(r"\s*(?:,|\s[-–—|]\s|\()")
_ADDRESS = re.compile(r"^\d{1,5}[A-Za-z]?(?:[-/]\d+)?\s+[^\W\d_]")  # '14 avenue Berthelot', '06600 Ciudad de México'


def rejoin_wrapped(text: str) -> str:
    """The text with each wrapped line's continuation joined to it; unchanged when its lines
    show no wrap width."""
    raw = re.split(r"\r\n|\r|\n", text)
    lines = [line.expandtabs().rstrip() for line in raw]  # as wide as the renderer set them
    width = wrap_width(lines)
    if width is None:
        return "\n".join(_joined_at_connectors(raw))
    joined: list[str] = []
    for index, line in enumerate(lines):
        if index and joined[-1].strip() and _continues(joined[-1], lines[index - 1], line, width):
            glue = "" if _HYPHENATED.search(joined[-1].rstrip()) else " "
            joined[-1] = f"{joined[-1].rstrip()}{glue}{raw[index].strip()}"
        else:
            joined.append(raw[index])
    return "\n".join(joined)


# a connecting word no heading, name or post ends with ('Permanent Secretary for', 'Institute of',
# 'Fondo de'), after at least one other word; the line after it capitalised, ending no sentence
_ENDS_ON_CONNECTOR = re.compile(r"\S\s+(?:of|for|and|&|the|de|du|des|del|della|di|von|für|pour)$", re.IGNORECASE)
_CONTINUES_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ](?!.*\.(?:\s|$))")


def _joined_at_connectors(raw: list[str]) -> list[str]:
    """Lines wrapped by hand, with no width to go by: a name or a post cut after a connecting
    word ('Director of the Institute of' / 'Political Science, University of Tartu') is one line;
    running text is left as it is (its readers take a sentence line by line)."""
    joined: list[str] = []
    for line in raw:
        last = joined[-1].strip() if joined else ""
        if last and _ENDS_ON_CONNECTOR.search(last) and _CONTINUES_NAME.match(line.strip()) and not is_prose(last):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def wrap_width(lines: list[str]) -> int | None:
    """The width the rendering wrapped its lines at, or None when it wrapped none: the width
    most breaks allow, if enough of them agree and running text keeps within it."""
    breaks = [
        (len(line), _with_next_word(line, following))
        for line, following in zip(lines, lines[1:], strict=False)
        if len(line) >= MIN_MEASURED and following.strip()
    ]
    votes = Counter(width for shortest, longest in breaks for width in range(shortest, longest))
    if not votes:
        return None
    agreeing = max(votes.values())
    width = max(w for w, n in votes.items() if n == agreeing)
    # a filled paragraph's breaks differ (its lines' lengths, the next words'); a list's rows of
    # one length, each starting with the same word, agree on any width
    distinct = {(shortest, longest) for shortest, longest in breaks if shortest <= width < longest}
    # running text beyond the width: a paragraph the rendering kept on one line says it wraps
    # none; a few lines just beyond it (a list item, an address) a page may have kept whole
    beyond = [len(line) for line in lines if len(line) > width and is_prose(line.strip())]
    if agreeing < MIN_AGREEING or len(distinct) < MIN_DISTINCT or 4 * len(beyond) > agreeing:
        return None
    return None if max(beyond, default=0) > 1.5 * width else width


def _with_next_word(line: str, following: str) -> int:
    """The length the line would have had with the next line's first word on it."""
    return len(line) + 1 + len(following.split()[0])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues(text: str, line: str, following: str, width: int) -> bool:
    """Whether `following` goes on with `line` (the last line of `text`, the logical line
    joined so far), which the renderer broke at `width`: its next word did not fit, or, where
    a hand wrapped the text near that width, the line's end or the next line's start shows a
    cut ('… Department of City and' / 'Regional Planning, …', '… Engineering,' / '  Boğaziçi
    University' set in under it)."""
    if not following.strip():
        return False
    rest = following.strip()
    fits = len(line) <= width < _with_next_word(line, following)
    near = NEAR_WIDTH[0] * width <= len(line) <= NEAR_WIDTH[1] * width
    if not (fits or near):
        return False
    if _open(text) and not _open(f"{text} {rest}"):
        return True  # '… and the European Union,' / '2000-2024"': the line that closes the quotation
    if _stands_apart(line, following):
        return False
    if (
        _open(text)
        or _DANGLING.search(line)
        or _HYPHENATED.search(line)
        or rest[:1].islower()
        or rest[:1] == "("
        or _ends_with_honorific(line)
        or _name_cut_after_first(line, rest)
        or (line.endswith(",") and _SEPARATOR.search(line[:-1]) is not None)
    ):
        # '… Research' / '(CDPR) is organising …', '… Studies' / '(guest editor)', and an entry's parts
        # cut after a comma ('Name, Post, Unit,' / 'Its Institute'): no line ends on a comma
        return True
    if not fits and _indent(following) <= _indent(line):
        return False
    if (_TERMINAL.search(line) and not _ABBREVIATED.search(line)) or _new_entry(rest):
        return False
    label = _FIELD_LABEL.match(line)
    if label and _indent(following) == label.end():
        return False  # 'Where: Auditorium X' / '       Calle General Prim 30': the value's next part
    if _running(text) or (fits and _ended_on_next_line(text, rest)):
        return True
    # after an entry's last part ('Name, Title, Compagnie' / 'Nationale du Rhône') its rest; not a
    # line of its own ('Language: English', 'Working Paper 17: Title', 'In-person event. The
    # seminar is not recorded.', a paragraph), nor a card's next line ('Senior Fellow' / 'X Institute')
    parted = bool(_SEPARATOR.search(text))
    return parted and not (_FIELD_HEAD.match(rest) or _SENTENCE_END.search(rest) or _running(rest))


def unwrapped_cell(pieces: list[str], width: int, blanks: bool = False) -> list[str]:
    """A table cell's or a column's lines (stripped) with each wrap joined: the renderer broke a
    line only where the next word would not have fitted in the width (a shorter line ended where
    the page did), and a line that would not have fitted it may still end where the page did
    ('Keynote: "Title?"' / 'Prof. X, Y'). Blank lines are dropped, or kept one for a run."""
    lines: list[str] = []
    previous = ""
    for piece in pieces:
        if not piece:
            if blanks and lines and lines[-1]:
                lines.append("")
            previous = ""
            continue
        if lines and previous and continues_in_cell(previous, piece, width):
            glue = "" if _HYPHENATED.search(previous) else " "
            lines[-1] = f"{lines[-1]}{glue}{piece}"
        else:
            lines.append(piece)
        previous = piece
    return lines


def continues_in_cell(line: str, following: str, width: int) -> bool:
    """Whether a table cell's next line goes on with `line`, the renderer having filled the cell
    to `width`: the next word did not fit, and neither the line ends a sentence or a field's
    value ('Keynote: "Title?"') nor the next line starts an item, a field or a person ('Dr. X')."""
    rest = following.strip()
    if not len(line) <= width < _with_next_word(line, following) or _stands_apart(line, following):
        return False
    if "," not in line and is_person_name(line.strip()):
        return False  # a name alone over its post: 'Dr. X' / 'Professor of Y, Z
    if _ENDS_VALUE.search(line) and not _ABBREVIATED.search(line):
        return False  # a list's ';' goes on: 'Y, Body;' / 'Z, Body'
    return stated_honorific(rest)[0] is None or bool(_DANGLING.search(line)) or _ends_with_honorific(line)


def _running(text: str) -> bool:
    """Running text: a sentence's end inside, or mostly words in lower case ('… Exports", and
    the annual flagship report'), unlike a name, a title or an address."""
    words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"\S+@\S+|\S+\.\S+\.\S+", " ", text))
    lower = sum(w[0].islower() and w not in _NAME_WORDS for w in words)  # not the 'of' of a name
    return len(words) >= 6 and (lower > 0.3 * len(words) or bool(_SENTENCE_END.search(text)))


def _ended_on_next_line(text: str, rest: str) -> bool:
    """'X is Professor of Politics and Director of the Y Centre at Cardiff' / 'University. He has
    advised …': a bio's sentence (a verb in lower case among its posts and names in capitals, no
    field's label) that the next line, running text, ends."""
    verb = re.search(r"\s(?:is|was|has|leads|serves|works|teaches|holds)\s", text)
    ended = _SENTENCE_END.search(rest) or _TERMINAL.search(rest)
    return bool(verb and ended and _running(rest)) and not _FIELD_HEAD.match(text)


def _stands_apart(line: str, following: str) -> bool:
    """A line that starts something of its own: a list item, a programme item, a field (also
    under another field), a rule or a menu, or one set back from the line above."""
    rest = following.strip()
    if _indent(following) < _indent(line) or not re.search(r"[^\W\d_]", rest) or not re.search(r"[^\W\d_]", line):
        return True
    if _ITEM_MARK.match(rest) or starts_with_time(rest) or re.search(r"\S\s{3,}\S", rest):
        return True
    if _FIELD_LABEL.match(rest) and _FIELD_LABEL.match(line):
        return True  # 'Place: …' / 'Language: English'
    return is_chrome(" ".join(rest.split())) or match_label(rest) is not None


def _open(text: str) -> bool:
    """A bracket or a quotation left open: '(the link is' / 'sent after registration)'."""
    return (
        text.count("(") > text.count(")")
        or text.count("[") > text.count("]")
        or text.count("“") > text.count("”")
        or text.count('"') % 2 == 1
    )


def _ends_with_honorific(line: str) -> bool:
    """'… chaired by Prof.' / 'Jane Doe': an honorific is followed by its name."""
    words = line.split()
    return len(words) >= 1 and stated_honorific(f"{words[-1]} Jane Doe")[0] is not None


_NAME_END = re.compile(r"^[A-Z][\w'’-]+[,;]\s")  # 'Webb, University of …': a name's last word, then its body


def _name_cut_after_first(line: str, rest: str) -> bool:
    """'…; Prof. Marcus' / 'Webb, University of Richmond; …': an honorific and a first name end the
    line, and the next opens with the name's last word and its body."""
    words = line.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha() or not _NAME_END.match(rest):
        return False
    return stated_honorific(f"{words[-2]} {words[-1]} Doe")[0] is not None


def _new_entry(rest: str) -> bool:
    """A person described ('Kostas Andreou, Energy Counsellor, …', 'Dr. X'), a date, or an
    address line ('14 avenue Berthelot'): the start of another entry, not the tail of a name."""
    if stated_honorific(rest)[0] is not None or has_date(rest[:24]):
        return True
    parts = _SEPARATOR.split(rest, maxsplit=1)
    return (len(parts) > 1 and is_person_name(parts[0])) or bool(_ADDRESS.search(parts[0]))
