"""Lines a text rendering wrapped inside a name or a post: 'Director of the Institute of' /
'International Relations, Vilnius University' is one line. A line never ends on 'of' or 'for'
unless the renderer broke it there, so such a line and the capitalised line after it are one.
Running text is left as it is: its readers take a sentence line by line."""

from __future__ import annotations

import re

from kg.pages.lines import is_prose

# a connecting word no heading, name or post ends with ('Permanent Secretary for', 'Centre for',
# 'Institute of', 'Fondo de'), after at least one other word
_ENDS_ON_CONNECTOR = re.compile(r"\S\s+(?:of|for|and|&|the|de|du|des|del|della|di|von|für|pour)$", re.IGNORECASE)
# the rest of a name or a post: capitalised, and no sentence ends in it
_CONTINUES = re.compile(r"^[A-ZÀ-ÖØ-Þ](?!.*\.(?:\s|$))")


def join_wrapped(lines: list[str]) -> list[str]:
    """The lines with each wrapped line joined to the line it continues."""
    joined: list[str] = []
    for line in lines:
        if joined and _ENDS_ON_CONNECTOR.search(joined[-1]) and _CONTINUES.match(line) and not is_prose(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined
