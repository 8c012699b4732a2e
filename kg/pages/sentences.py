"""People named in running text: cue phrases and bios.

"Featuring author Elena V. Marchuk (Associate Professor, Tulane University), with comments by
Adam Reyes (Carlisle Institute)" lists a speaker and a discussant; "Dr. Anjali Menon is an
associate professor of international relations at Hollings University" gives a title and an
affiliation to a person the page already lists.
"""

from __future__ import annotations

import re

from kg.pages.people import Entry, bare_name, describe, parse_entries, with_role

CUES = (
    (r"with comments (?:by|from)", "discussant"),
    (r"comments (?:by|from)", "discussant"),
    (r"(?:featuring|features|featured)", "speaker"),
    (r"with remarks (?:by|from)", "speaker"),
    (r"keynote (?:address|remarks|speech|lecture) (?:by|from)", "keynote"),
    (r"opening remarks (?:by|from)", "introductory-remarks"),
    (r"closing remarks (?:by|from)", "closing-remarks"),
    (r"moderated by", "moderator"),
    (r"chaired by", "chair"),
    (r"introduced by", "introductory-remarks"),
    (r"in conversation with", "moderator"),
    (r"(?:a )?(?:talk|lecture|presentation) by", "speaker"),
)
_CUE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{c})" for i, (c, _) in enumerate(CUES)) + r")\s+", re.IGNORECASE)
_LEAD_WORDS = re.compile(
    r"^(?:(?:the\s+)?(?:authors?|speakers?|panelists?|experts?|guests?|"
    r"journalists?|historians?|scholars?|economists?|novelist|filmmaker)\s+)+"
)
_BIO = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'-]*\s+){1,4}?[A-Z][\w'-]+)\s+(?:is|serves as|has been)\s+"
    r"(?:currently\s+)?(?:an?\s+|the\s+)?(?P<what>[^.;]+)"
)


def cued_entries(line: str) -> list[Entry]:
    """People a sentence introduces with a cue ('featuring', 'with comments by', …)."""
    cues = list(_CUE.finditer(line))
    entries: list[Entry] = []
    for n, cue in enumerate(cues):
        role = CUES[int(next(k for k, v in cue.groupdict().items() if v)[1:])][1]
        end = cues[n + 1].start() if n + 1 < len(cues) else len(line)
        segment = _LEAD_WORDS.sub("", line[cue.end() : end].strip(" ,;"))
        segment = re.split(r"(?<=[a-z]{3})\.\s|(?<=\))\.\s|\.$", segment)[0]
        entries.extend(with_role(e, role) for e in parse_entries(segment))
    return entries


def bio(line: str) -> tuple[str, str | None, str] | None:
    """(name, job title, affiliation) from 'Dr. Jane Doe is a senior fellow at the X Institute
    and …'; None when the line is not a bio sentence."""
    match = _BIO.match(line)
    if not match:
        return None
    _, name = bare_name(match.group("name"))
    what = re.split(r",| and (?:a|an|the|is|has|was)\b| where\b| who\b", match.group("what"))[0]
    job_title, affiliation = describe(what)
    if not affiliation:
        return None
    return name, job_title, affiliation
