"""A page set in two columns and rendered line by line (`pdftotext -layout` of a flyer or a
programme, a text dump of a two-column layout): each line runs the left column's line and the
right column's side by side, a wide gap between them, so a sentence of the left column is cut by
a speaker's name and post on the right ('From 2023 every traveller cros-      Prof. dr. X').
Where enough lines share one column start after such a gap, the region is rewritten as its left
column followed by its right one. A typesetter's line-end hyphens ('cros-' / 'sing', 'Migra-' /
'tion Law') are joined again when the text breaks words that way more than once."""

from __future__ import annotations

import re
from collections import Counter

from kg.pages.wrap import unwrapped_cell

MIN_GAP = 3  # spaces between the columns; a field's value set after its label is closer or short
MIN_LEFT_WIDTH = 30  # the right column starts past this: a left column of labels or times is no column
MIN_SPLIT_LINES = 3  # lines with text on both sides before a region is taken for two columns
MIN_LEFT_TEXT = 15  # the median length of the left parts: running text or names, not labels
_GAP = re.compile(rf"(?<=\S) {{{MIN_GAP},}}(?=\S)")
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_]{2})-$")
_GOES_ON = re.compile(r"^[a-zß-öø-ÿ]")
MIN_BROKEN_WORDS = 2
MIN_RUNNING_SHARE = 1 / 3  # of the left column's line breaks that fall inside its running text
_ENDS_ON_SMALL_WORD = re.compile(r"\s(?:of|and|the|for|to|in|at|on|with|by|from|a|an|or)$")


def without_columns(text: str) -> str:
    """The text with each two-column region set out one column after the other and its broken
    words joined; other text unchanged."""
    lines = text.split("\n")
    for start in _column_starts(lines):
        lines = _split_regions(lines, start)
    return "\n".join(_words_rejoined(lines))


def _gap_ends(line: str) -> set[int]:
    return {m.end() for m in _GAP.finditer(line)}


def _column_starts(lines: list[str]) -> list[int]:
    counts = Counter(p for line in lines for p in _gap_ends(line) if p >= MIN_LEFT_WIDTH)
    return [p for p, n in counts.most_common() if n >= MIN_SPLIT_LINES]


def _split_regions(lines: list[str], column: int) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _fits(lines[end], column):
            end += 1
        region = lines[index:end]
        split = [line[:column].strip() for line in region if column in _gap_ends(line)]
        if _two_columns(split, [line[:column].strip() for line in region]):
            out.extend(_one_after_the_other(region, column))
            index = end
        else:
            out.append(lines[index])
            index += 1
    return out


def _two_columns(split: list[str], left: list[str]) -> bool:
    """Whether a region is a page's two columns, not a table set out with spaces: enough lines
    with text on both sides, the left parts long, with no gap of their own (a programme's 'Time   Item
    Speaker' has two), and the left column's text running on from line to line ('… traveller cros-' /
    'sing the …', '… Professor of European' / 'Migration Law'), where a table's rows each stand alone."""
    if len(split) < MIN_SPLIT_LINES or sorted(map(len, split))[len(split) // 2] < MIN_LEFT_TEXT:
        return False
    if any(_GAP.search(part) for part in split):
        return False
    pairs = [(a, b) for a, b in zip(left, left[1:], strict=False) if a and b]
    running = sum(1 for a, b in pairs if _GOES_ON.match(b) or a.endswith(("-", ",")) or _ENDS_ON_SMALL_WORD.search(a))
    return bool(pairs) and running >= MIN_RUNNING_SHARE * len(pairs)


def _fits(line: str, column: int) -> bool:
    """A line of the two-column region: blank, its text on one side of the column's start, or on
    both sides with the gap before it."""
    if not line.strip():
        return True
    indent = len(line) - len(line.lstrip())
    return len(line.rstrip()) <= column - MIN_GAP or indent >= column - 1 or column in _gap_ends(line)


def _one_after_the_other(region: list[str], column: int) -> list[str]:
    """The region's left column, then its right one, each with the lines it wrapped joined."""
    out: list[str] = []
    for part in ([line[:column] for line in region], [line[column:] for line in region]):
        pieces = [piece.strip() for piece in part]
        width = max(map(len, pieces))  # as the renderer filled the column, before a word is joined
        out.extend([*unwrapped_cell(_words_rejoined(pieces, at_least=1), width, blanks=True), ""])
    return out


def _words_rejoined(lines: list[str], at_least: int = MIN_BROKEN_WORDS) -> list[str]:
    """The lines with each word broken at a line's end joined ('cros-' / 'sing the …'), when the
    text breaks at least so many words (a column set out by a typesetter breaks them; a page's
    own 'well-' / 'known' is rare)."""
    breaks = sum(
        1
        for line, following in zip(lines, lines[1:], strict=False)
        if _BROKEN_WORD.search(line.rstrip()) and _GOES_ON.match(following.strip())
    )
    if breaks < at_least:
        return lines
    out: list[str] = []
    for line in lines:
        if out and _BROKEN_WORD.search(out[-1].rstrip()) and _GOES_ON.match(line.strip()):
            out[-1] = out[-1].rstrip()[:-1] + line.strip()
        else:
            out.append(line)
    return out
