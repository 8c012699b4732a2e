"""Calendar badges: a date that a page's widget sets as a stack of short lines.

Event listings and sidebars often show the day as a badge, each part in its own element
('Tue' / '12' / 'Nov' / '2024', or 'AUG' / '07'), which a text rendering gives one per line.
Read one part at a time, no line is a date; joined, they are.
"""

from __future__ import annotations

import re

_PART = re.compile(
    r"^(?:(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)"
    r"|(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<month>[a-z]{3,9})\.?|(?P<year>(?:19|20)\d\d))$",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$",
    re.IGNORECASE,
)
_MAX_PARTS = 4


def _kind(word: str) -> str | None:
    match = _PART.match(word)
    if match is None:
        return None
    kind = next(k for k, v in match.groupdict().items() if v)
    if kind == "day" and not 1 <= int(word.rstrip("stndrh") or 0) <= 31:
        return None
    if kind == "month" and not _MONTH_NAME.match(word):
        return None
    return kind


def join_date_badges(lines: list[str]) -> list[str]:
    """The lines with each badge run ('Aug', '07', '2024') joined on its first line ('Aug 07
    2024') and its other lines left blank, so every line keeps its index."""
    joined = list(lines)
    index = 0
    while index < len(lines):
        run: list[str] = []
        kinds: list[str] = []
        while index + len(run) < len(lines) and len(run) < _MAX_PARTS:
            kind = _kind(lines[index + len(run)].strip())
            if kind is None or kind in kinds:
                break
            run.append(lines[index + len(run)].strip())
            kinds.append(kind)
        if {"day", "month"} <= set(kinds):
            joined[index] = " ".join(w.capitalize() if _kind(w) in ("month", "weekday") else w for w in run)
            for offset in range(1, len(run)):
                joined[index + offset] = ""
            index += len(run)
        else:
            index += 1
    return joined
