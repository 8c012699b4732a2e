"""Works a page names by a title in italics, the way a title is typeset: 'the publication of the Bennett
Institute report <em>Levelling up productivity: what the regions tell us …</em>', 'The draft plan,
<em>X</em>, can be read at City Hall'. A title in sentence case has no capitals to end it by, and a text
rendering drops the italics that do; so the HTML reader takes them here, before they are lost.
"""

from __future__ import annotations

import re
from typing import Any

from kg.pages.draft import EventDraft, ReportDraft
from kg.pages.reports import REPORT_RE

# the kind of work written just before the title, with what the sentence says of it between: 'its new
# forecast report for 23 countries of the region, ', 'a special issue of its journal, the X Review (Vol.
# 3, No. 2), ', 'the photobook '
_WORK_BEFORE = re.compile(
    r"\b(?:report|book|photobook|plan|strategy|issue|volume|study|paper|brief|review|atlas|handbook|anthology"
    r"|monograph|collection|catalogue|edition|novel|memoir|biography)s?\b"
    r"(?:[^.;:!?()]|\([^()]{0,40}\)){0,100}?[,:]?\s*$",
    re.IGNORECASE,
)
# the sentence says the event launches, presents or discusses it, or that it is new or a draft
_PRESENTED = re.compile(
    r"\b(?:launch\w*|present\w*|publication|publishe[sd]|releas\w*|unveil\w*|discuss\w*|marks?|new|latest|draft"
    r"|consultation|forthcoming)\b",
    re.IGNORECASE,
)
# the kind of work written after the title, in Turkish: '<em>X</em> adlı kitabı', 'isimli yeni kitap',
# 'başlıklı raporu' (named, titled)
_WORK_AFTER = re.compile(
    r"^\s*(?:adlı|adli|isimli|başlıklı)\s+(?:yeni\s+|son\s+)?(?:kitab|kitap|rapor|çalışma|araştırma|eser)\w*",
    re.IGNORECASE,
)
# a bio's earlier work: 'the author of <em>X</em>', '<em>X</em> (2019) won the …'
_EARLIER = re.compile(r"\bauthor(?:ed)?\s+(?:of\s+)?(?:the\s+|her\s+|his\s+)?\w*\s*$", re.IGNORECASE)
_HONOURED_AFTER = re.compile(r"^[\s,]*(?:\([^()]*\)\s*,?\s*)?(?:won|received|was|has been|is)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
MIN_WORDS, MAX_WORDS = 2, 30


def italic_titles(root: Any) -> list[str]:
    """The titles in italics (<em>, <i>, <cite>) of the works a paragraph says the event presents, in order."""
    titles: list[str] = []
    for element in root.iter("em", "i", "cite"):
        title = " ".join(element.text_content().split())
        block = next((a for a in element.iterancestors() if a.tag in ("p", "li", "dd", "td", "blockquote")), None)
        if block is None or not _title_like(title) or title in titles:
            continue
        text = " ".join(block.text_content().split())
        at = text.find(title)
        if at < 0:
            continue
        before, after = text[:at], text[at + len(title) :]
        sentence = (_SENTENCE_END.split(before)[-1] + title + _SENTENCE_END.split(after)[0]).strip()
        if (
            (_WORK_BEFORE.search(before) and _PRESENTED.search(sentence) or _WORK_AFTER.match(after))
            and not _EARLIER.search(before)
            and not _HONOURED_AFTER.match(after)
            and not _numbered_right_before(before)
            and not _numbered_after(after)
            and not _JOURNAL.search(before)
        ):
            titles.append(title)
    return titles


def _numbered_right_before(before: str) -> bool:
    """'SHPI Working Paper 2024/07, <em>X</em>': the title of a numbered work, which its series and number
    name (reports.py)."""
    end = len(before.rstrip(" ,:–—-"))
    return any(m.end() == end for m in REPORT_RE.finditer(before))


def _numbered_after(after: str) -> bool:
    """'<em>X</em> (Policy Brief No. 14)', '<em>X</em>, Research Paper 2024/03, …': a numbered work's title,
    named by the series and number after it."""
    clause = re.match(r"[\s,]*(?:\((?P<inside>[^()]{3,80})\)|(?P<next>[^,;()]{3,80}))", after)
    return clause is not None and REPORT_RE.search(clause["inside"] or clause["next"]) is not None


# 'the new special issue of the <em>Journal of X</em>': the journal's name, the issue's own title after it
_JOURNAL = re.compile(r"\b(?:issue|volume|number)\s+of\s+(?:the\s+|its\s+|our\s+)?$", re.IGNORECASE)


def _title_like(text: str) -> bool:
    """Two words or more, opening with a capital or a figure, not a sentence of its own."""
    words = text.split()
    return (
        MIN_WORDS <= len(words) <= MAX_WORDS and (text[:1].isupper() or text[:1].isdigit()) and not text.endswith(".")
    )


def add_italic_works(event: EventDraft, titles: list[str]) -> None:
    """The works named in italics among the event's reports, once each: a shorter name read from the text
    ('Levelling up productivity') is the same work's, and takes the full title."""
    for title in titles:
        folded = title.casefold()
        known = [r for r in event.reports if not r.number and folded.startswith(r.name.casefold())]
        if any(r.name.casefold() in folded or folded in r.name.casefold() for r in event.reports if r not in known):
            continue
        if known:
            known[0].name = title
            continue
        publisher = event.organizers[0] if event.organizers else None
        event.reports.append(ReportDraft(name=title, publisher=publisher))
