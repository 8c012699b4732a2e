"""A paper's block as conference systems (ConfTool, Indico, OCS, EasyChair) print it under a session: its
title on a line, its authors on the next (names with superscript numbers or asterisks, separated by commas,
semicolons or 'and'), then their numbered affiliations ('1University of X, Country; 2Y Institute'):

    Strategic Voting in Small Committees
    Ana Ruiz1, Ben Cole2
    1University of Lund, Sweden; 2Tallinn University, Estonia

Each block is written again as one line of the form the readers take for a talk and its speakers
('"Title" — Ana Ruiz (University of Lund, Sweden), Ben Cole (Tallinn University, Estonia)'). Under a
session's chair the same block without numbers ('Title' / 'Name' / 'Body') is written so too."""

from __future__ import annotations

import re

from kg.pages.lines import match_label, starts_with_time
from kg.pages.people import is_person_name, parse_entries
from kg.pages.words import is_org_word

_MARK = "0-9¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# one author with her marks, up to the separator after them ('Hanna Weiß1,2, ', 'Ben Cole* and ')
_AUTHOR = re.compile(
    rf"\s*(?P<name>[^,;&{_MARK}]+?)\s*(?P<marks>[{_MARK}](?:[{_MARK},]*[{_MARK}])?)?\s*(?:[,;&]|\band\b|$)"
)
# an affiliation's number before it ('1University of X', '; 2 Y Institute', ', ³Z')
_NUMBERED = re.compile(rf"(?:^|[;,]\s*)(?P<mark>[{_MARK}]{{1,2}})\s*(?=[^\W\d_])")
# 'Chair:', 'Session Chair:', 'Chairs:', 'Chaired by' (its name on the line or the next)
_CHAIR = re.compile(r"^(?:session\s+)?chair(?:s|person|ed by)?\b\s*:?", re.IGNORECASE)


def _authors(line: str) -> list[tuple[str, str]] | None:
    """The authors a line lists, each with its first mark ('' for none); None when it lists anything else."""
    found: list[tuple[str, str]] = []
    if match_label(line) is not None:
        return None  # 'Designated Discussants' over their lines: a heading
    at = 0
    while at < len(line):
        author = _AUTHOR.match(line, at)
        if author is None or author.end() == at:
            return None
        name = author["name"].strip()
        if not is_person_name(name):
            return None
        marks = (author["marks"] or "").translate(_SUPERSCRIPTS)
        found.append((name, re.split(r",", marks)[0]))
        at = author.end()
    return found or None


def _numbered_bodies(line: str) -> dict[str, str]:
    """'1University of X, Germany; 2Y Institute' as {'1': 'University of X, Germany', '2': 'Y Institute'}."""
    text = line.translate(_SUPERSCRIPTS)
    marks = list(_NUMBERED.finditer(text))
    if not marks or marks[0].start() != 0:
        return {}
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return {m["mark"]: text[m.end() : end].strip(" ,;") for m, end in zip(marks, ends, strict=True)}


def _is_body(line: str) -> bool:
    """'Stockholm University, Sweden': an organisation's name, no label and no person's line."""
    named = ":" not in line and any(is_org_word(w.strip(",()")) for w in line.split())
    return named and not parse_entries(line)


def _is_title(line: str) -> bool:
    """A paper's title on a line of its own: words, no label, time or person."""
    return (
        len(line.split()) >= 3
        and not line.endswith((":", "."))
        and not starts_with_time(line)
        and match_label(line) is None
        and not is_person_name(line)
        and not _is_body(line)
    )


def _credited(authors: list[tuple[str, str]], body: str) -> str | None:
    """'Ana Ruiz (Body A), Ben Cole (Body B)': each author with her numbered affiliation, or all with one body."""
    numbered = _numbered_bodies(body)
    if numbered and all(mark in numbered for _, mark in authors):
        return ", ".join(f"{name} ({numbered[mark]})" for name, mark in authors)
    if numbered or not _is_body(body) or any(mark.isdigit() for _, mark in authors):
        return None
    return ", ".join(f"{name} ({body})" for name, _ in authors)


def with_papers_credited(text: str) -> str:
    """The text with each paper's block of title, authors and affiliations on one line."""
    lines = text.split("\n")
    out: list[str] = []
    chaired = False  # under a session's chair, until the next programme item's time
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if starts_with_time(line):
            chaired = False
        elif _CHAIR.match(line):
            chaired = True
        authors = _authors(line) if line and index + 1 < len(lines) else None
        credited = _credited(authors, lines[index + 1].strip()) if authors else None
        numbered = credited is not None and bool(_numbered_bodies(lines[index + 1].strip()))
        title = out[-1].strip() if credited is not None and out and _is_title(out[-1].strip()) else ""
        # (without numbers, only a paper's title over them, under a chair: not a card's name over its post)
        if credited is not None and (numbered or (chaired and title)):
            if title:
                out.pop()
            out.append(f"“{title}” — {credited}" if title else credited)
            index += 2
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)
