"""An organisation's initials used after its full name: 'Senior Fellow, CEEG' on a page that
names the Centre for European Economic Governance is at that centre ('PEM' for the Peabody
Essex Museum, 'TIEP' for the Tokyo Institute for Economic Policy). The full name is the
organisation's name, the initials another of its names.
"""

from __future__ import annotations

import re

INITIALS = re.compile(r"[A-Z][A-Z&]{1,7}")
_SMALL = frozenset(("of", "for", "and", "the", "on", "in", "at", "&", "de", "du", "des", "für", "und", "la", "le"))
# a run of capitalised words with the small words of a name between them
_NAME_RUN = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|at|&|de|du|des|für|und|la|le)\s+)*[A-Z][\w'’-]*)+"
)


def initials_of(name: str) -> str:
    """'Centre for European Economic Governance' -> 'CEEG'; 'Peabody Essex Museum' -> 'PEM'."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL]
    return "".join(w[0] for w in words if w[0].isupper())


def spelled_out(initials: str, text: str) -> str | None:
    """The full name the text gives for the initials: a run of capitalised words whose initials
    they are (a leading 'The' or a trailing word beyond them left out), if exactly one such name."""
    found: dict[str, None] = {}
    for run in _NAME_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                if words[start].lower() in _SMALL or words[end - 1].lower() in _SMALL:
                    continue
                candidate = " ".join(words[start:end])
                if initials_of(candidate) == initials.replace("&", ""):
                    found.setdefault(candidate)
    names = list(found)
    return names[0] if len(names) == 1 else None
