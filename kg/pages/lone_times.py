"""A programme whose times stand alone on their lines, as `pdftotext` (without `-layout`) writes a
flyer's table: the time's cell, a blank line, then the item's cell ('10.30' / '' / 'Coffee and
registration'). Each time is set before its item again, as the table showed them side by side, so
that the time starts the item's line as a programme's lines do."""

from __future__ import annotations

import re

# a time or a range of times alone: '10.30', '14:00', '9.30am', '11.00–12.15'
_TIME = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?[ap]\.?m\.?)?"
_LONE_TIME = re.compile(rf"^[ \t]*(?P<time>{_TIME}(?:\s*[–—-]\s*{_TIME})?)[ \t]*\n[ \t]*\n(?=[ \t]*[A-Z])", re.M)
MIN_LONE_TIMES = 3  # a programme, not a page footer's one time
# a table's time cell broken at its dash, over its item ('8:30am' / '- 9:15am' / 'Registration': ConfTool)
_BROKEN_RANGE = re.compile(
    rf"^[ \t]*(?P<time>{_TIME})[ \t]*\n[ \t]*(?P<end>[–—-][ \t]*{_TIME})[ \t]*\n(?=[ \t]*[A-Z])", re.M
)


def with_times_beside_items(text: str) -> str:
    """The text with each lone time of a programme joined to the item after it."""
    if len(_BROKEN_RANGE.findall(text)) >= MIN_LONE_TIMES:
        text = _BROKEN_RANGE.sub(lambda m: f"{m['time']} {m['end']} ", text)
    if len(_LONE_TIME.findall(text)) < MIN_LONE_TIMES:
        return text
    return _LONE_TIME.sub(lambda m: f"{m['time']} ", text)
