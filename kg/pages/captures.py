"""A web archive's toolbar over a captured page: the Wayback Machine's banner, its capture counts
and calendar ('14 captures', '2 Jun 2008 - 11 Sep 2015', 'MAY JUN JUL'), 'About this capture',
'COLLECTED BY' ... 'TIMESTAMPS'. It is the archive's, not the page's: its first line is no title
and its dates are the captures', so it is dropped before the page's own text is read."""

from __future__ import annotations

import re

# the banner line a browser's text rendering of a capture opens with (and may repeat)
_BANNER = re.compile(r"^\s*The Wayback Machine\s*-\s*https?://web\.archive\.org/web/\d{4,14}\S*\s*$")
_CAPTURES = re.compile(r"^\s*[\d,]+ captures?\s*$", re.IGNORECASE)
_TOOLBAR_END = re.compile(r"^\s*TIMESTAMPS\s*$")
TOOLBAR_MAX_LINES = 60  # the toolbar's lines, its calendar strip and collection notes included


def without_capture_toolbar(text: str) -> str:
    """The captured page's text: the archive's toolbar at the head (from its banner or capture
    count to its 'TIMESTAMPS' line) and its banner lines dropped; other text unchanged."""
    lines = text.split("\n")
    head = lines[:TOOLBAR_MAX_LINES]
    starts = [i for i, line in enumerate(head) if _BANNER.match(line) or _CAPTURES.match(line)]
    if not starts:
        return text
    ends = [i for i, line in enumerate(head) if i > starts[0] and _TOOLBAR_END.match(line)]
    if ends:
        lines = lines[: starts[0]] + lines[ends[-1] + 1 :]
    return "\n".join(line for line in lines if not _BANNER.match(line))
