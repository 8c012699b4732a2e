"""A site's lists of its other publications, told by the shape of their items rather than by the
heading over them ('Read also', 'Most downloaded', 'Our latest report' and many more).

An item of such a list is a line of its own that opens with the publication and goes on with
its title ('Policy Note 2024/07: Financing Reconstruction', '» Research Report No. 45: Food
Prices (04/11/2024)', 'Working Paper | The ASEAN Outlook') or that cites it after its title
('Housing Affordability in Türkiye's Big Cities (BFESS Report No. 31, September 2024)'). The
event's own publication is named otherwise: in its running text, in its title, or after words
that say what it is to the event ('Download Special Report #115', 'Related publication: X',
'Background: X', 'The discussion draws on X').
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.pages.launched import title_at

# the kinds of content a site lists beside an event ('Report: X' / 'Podcast: Y'), unlike the
# fields of the event's own details ('Date: …' / 'Venue: …')
_KIND_WORDS = (
    r"(?:(?:working|policy|research|discussion|issue|special|blog|journal|news)\s+)?"
    r"(?:report|paper|brief|book|article|commentary|podcast|video|blog|post|analysis|interview|op-ed"
    r"|opinion|news|webinar|publication|study|note|essay|explainer|review|infographic|dataset|episode)s?"
)
_CONTENT_KIND = re.compile(_KIND_WORDS, re.IGNORECASE)
# what may stand before an item's publication: a bullet, a date, a card's type tag ('Policy note
# Policy Note 2024/09: …'), the publisher's name or initials or the series' first words ('»
# Policy Discussion Paper No. 2024/08: …'), not a word that says what to do with it ('Download
# Special Report #115')
_ITEM_OPENING = re.compile(
    r"[\s»•·*>◦▪‣–—-]*(?:\(?\d{1,2}[./]\d{1,2}[./]\d{2,4}\)?[\s|:–—-]*)?"
    rf"(?:(?i:{_KIND_WORDS})\s+)?"
    r"(?:(?:Launch|Release|Presentation)\s+of\s+(?:the\s+)?)?"  # a past event's entry: 'Launch of X Paper No. 12: …'
    r"(?:(?!(?:Download|Read|View|See|Get|Order|Buy|Related|Background)\b)[A-Z][\w'’&.-]*\s+){0,4}"
)
# what follows it: the item's title after a colon, a bar or a dash
_TITLE_AFTER = re.compile(r"\s*(?:[:|–—]|\s-\s)\s*\S")
_TITLE_AFTER_COMMA = re.compile(r",\s+(?P<title>[A-Z][^()\"“”]{4,}?)\s*(?:\((?:PDF|DOCX?|EPUB)\b[^()]*\))?\s*")
# 'Title of the Work (' or 'Title of the Work (BFESS ': a citation after a title in title case
_CITED_AFTER_TITLE = re.compile(r"(?P<title>[^()]{8,}?)\s*\(\s*(?:[A-Z]{2,6}\s+)?")
# 'Title of the Work – ' ending the line with its series and number: a list's entry, the work's
# title first ('State Capture in Public Procurement – Policy Brief #30')
_DASHED_AFTER_TITLE = re.compile(r"[\s»•·*>-]*(?P<title>[A-Z][^–—|]{8,}?)\s+[–—|]\s+")
# a line that is only a kind and a title: 'Report: X', 'Working Paper | X', 'Commentary – X'
_KIND_AND_TITLE = re.compile(r"^[\s»•·*>-]*(?P<kind>[A-Z][a-z]+(?:\s+[A-Za-z][a-z-]+)?)\s*(?:[:|]|\s[–—-])\s*[A-Z\"“]")
# the rest of the sentence up to the work: a few words, or a phrase and the bracket that cites it
# ('builds on the institute's earlier study of commuting zones (Report 2023:9)')
_UP_TO_WORK = r"(?:(?:[\w'’-]+\s+){0,3}|(?:[\w'’-]+\s+){1,10}\(\s*)$"
# within one sentence ('No. 9' and 'Vol. 3' do not end it)
_IN_SENTENCE = r"(?:[^.!?]|[.!?](?!\s+[A-Z]))*?"
# an earlier work that a sentence sets beside the event's: 'The paper follows Policy Discussion
# Paper No. 2024/05' (the work follows it; 'the seminar follows the release of X' is about X), 'a
# sequel to X', "the Institute's previous Working Paper No. 3"
_EARLIER = re.compile(
    r"\b(?i:paper|report|study|brief|note|book|publication|issue|volume|edition|it)\s+(?:also\s+)?"
    r"(?i:follows(?:\s+(?:up\s+)?on)?|builds\s+on|updates|succeeds|continues|extends)\s+"
    # or the second of two works it builds on: '… builds on last year's Outlook, … and on X'
    rf"(?:{_IN_SENTENCE}\band\s+(?:up)?on\s+)?{_UP_TO_WORK}"
    # the work a new one draws on ('The brief draws on Working Paper 2024/07'; 'It draws on X' may be the event's)
    rf"|\b(?i:paper|report|study|brief|note|book|publication)\s+(?i:draws)\s+on\s+{_UP_TO_WORK}"
    # the same in French, Portuguese and Spanish: 'L'étude prolonge le Cahier n° 198', 'Dá continuidade
    # ao Documento de Trabalho n.º 9/2025', 'fait suite à', 'da continuidad al'
    r"|\b(?i:prolonge|fait\s+suite\s+(?:à|au|aux)|d[áa]\s+(?:continuidade?|seguimi?ento)\s+(?:a|à|ao|aos|al))\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?i:sequel|successor|follow-up)\s+to\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?i:previous|earlier|preceding|prior|last)\s+(?:[A-Z][\w'’-]*\s+){0,4}$"
    # 'Previous in this series: Working Paper No. 22', 'Earlier in the series: X'
    r"|\b(?i:previous(?:ly)?|earlier)\s+(?i:in|from)\s+(?i:this|the)\s+series\s*:?\s*(?:[A-Z][\w'’-]*\s+){0,4}$"
    # or the kind between, the work after a comma: 'The previous issue, Balkan Dispatch No. 13, …'
    r"|\b(?i:previous|earlier|preceding|prior|last)\s+(?i:issue|edition|volume|number|report|paper|brief"
    r"|briefing|study|note)s?,?\s+(?:[A-Z][\w'’-]*\s+){0,4}$"
    # or a phrase that the bracket citing it closes: "MDRI's earlier study of graduate employability
    # (Working Paper Series No. 138, 2023)"
    r"|\b(?i:previous|earlier|preceding|prior)\s+(?:[\w'’-]+\s+){1,10}\(\s*$"
    # a speaker's own earlier work, in a bio: 'She is the author of Working Paper No. 9', 'Dr Doe
    # previously led the launch of the report X' (not 'the authors of X will present it')
    # ('She was the lead author of X and of Y': a word may say what kind of author)
    r"|\b(?i:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:the\s+|an?\s+)?"
    r"(?:(?:lead|principal|main|sole|senior|chief|contributing)\s+)?(?:co-?)?"
    r"(?:author|editor)s?\s+of"
    # 'She has co-authored X', 'Her recent publications include X'
    r"|(?:she|he|they)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:co-?)?(?:authored|edited)"
    r"|(?:her|his|their)\s+(?:recent\s+|latest\s+|other\s+|earlier\s+)?(?:publications|books|works|papers|reports)"
    r"\s+include)\s+"
    # the work, or a second one the sentence adds: 'the author of X (2021) and of Working Paper 2023/11'
    rf"(?:{_IN_SENTENCE}\band\s+(?:of\s+)?)?(?:[\w'’-]+\s+){{0,4}}$"
    r"|\b(?i:previously|formerly)\b[^.;:]{0,80}$"
    # the works a sentence lists as earlier ones or as a person's: 'Previous reports in this series
    # include X and Y', 'Her recent work includes X'
    r"|\b(?i:(?:previous|earlier|past|other)\s+(?:[\w'’-]+\s+){0,4}?|(?:her|his|their)\s+(?:recent\s+|other\s+|earlier\s+)?"
    r"(?:work|research|writing)\s+)(?i:include[sd]?)\s+"
    rf"(?:{_IN_SENTENCE}\b(?:and|or)\s+)?(?:[\w'’-]+\s+){{0,4}}$"
    # a work a discussion continues ('… the discussion begun in X'; 'The discussion will build on X'
    # is about X, set 16), and a speaker's own in a bio ('She wrote X', 'X coordinates our database
    # and wrote X': the second thing a bio says she did)
    r"|\b(?i:begun\s+in|started\s+in|(?:she|he|they|and)\s+(?:also\s+)?(?:wrote|has\s+written|have\s+written))"
    r"\s+(?:[\w'’-]+\s+){0,3}$"
    # a work that came out before: 'Her earlier work appeared as Working Paper No. 498'
    r"|\b(?i:appeared\s+(?:as|in))\s+(?:[\w'’-]+\s+){0,3}$"
    # the earlier occasion's own work ('Copies of last year's lecture, published as the Society's Occasional
    # Paper No. 6, …'; the event's own talk to be published as a numbered paper is the event's, set 23)
    r"|\b(?i:last|previous)\s+year['’]s\s+(?:[\w-]+\s+){0,2}?(?i:lecture|talk|address|meeting|seminar|conference"
    r"|symposium|colloquium|oration),?\s+(?i:published|issued|printed)\s+as\s+(?:[\w'’-]+\s+){0,4}$"
    # a work the new one continues or updates, in Spanish, Portuguese, French and Polish: 'El libro
    # continúa la línea abierta en el Cuaderno N.º 87', 'O texto atualiza as estimativas do TD nº 2891',
    # 'Badanie kontynuuje serię … (Raport nr 31)'
    r"|\b(?i:libro|livro|estudio|estudo|informe|relatório|documento|texto|cuaderno|nota|trabajo|trabalho|ouvrage"
    r"|livre|étude|note|rapport|badanie|raport|publikacja|analiza|książka)\s+"
    r"(?i:contin[úu]a|kontynuuje|actualiza|atualiza|aktualizuje|ampl[íi]a|retoma|prolonga|rozwija)\s+[^.;]{0,160}$"
)


def is_list_item(line: str, start: int, end: int) -> bool:
    """Whether the publication at line[start:end] is an item of a list of publications: the
    line opens with it and goes on with its title, or cites it after a title."""
    before, after = line[:start], line[end:]
    if _ITEM_OPENING.fullmatch(before) and _TITLE_AFTER.match(after):
        return True
    # 'Report C00:11, The Icelandic Fishing Industry 1990-1999 (PDF, 298 KB)': a title after a comma ending
    # the line, a file's note at most after it (not 'Policy Paper No. 4, "X", will be launched …')
    titled = _TITLE_AFTER_COMMA.fullmatch(after) if _ITEM_OPENING.fullmatch(before) else None
    if titled and title_at(titled.group("title")) == titled.group("title"):
        return True
    cited = _CITED_AFTER_TITLE.fullmatch(before) or (
        _DASHED_AFTER_TITLE.fullmatch(before) if not after.strip() else None
    )
    return cited is not None and title_at(cited.group("title")) == cited.group("title").strip()


# a date after a listed publication: '(March 2024)', '12 May 2023', '04/11/2024'
_DATE_AFTER = re.compile(
    r"\s*\(?\s*(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d\d)\s*\)?\s*"
)


def is_bare_reference(line: str, start: int, end: int) -> bool:
    """The line is only the publication at line[start:end], after what may open a list item,
    and its title in title case or a date ('Report 2025:2 Temporary Contracts and Youth
    Employment', 'Working Paper No. 11 (March 2024)'): a catalogue's entry. Not one with a file's
    note ('Research Report No. 47 (PDF)': the event's own download), nor a past event's entry
    ('Launch of …'), an item only with its title set off."""
    before, rest = line[:start], line[end:].strip()
    if not _ITEM_OPENING.fullmatch(before) or re.search(r"\b(?:Launch|Release|Presentation)\s+of\b", before):
        return False
    title = title_at(rest) if rest[:1].isupper() else None
    after = rest[len(title) :] if title and rest.startswith(title) else rest
    return (bool(title) and not after.strip()) or _DATE_AFTER.fullmatch(after) is not None


def opens_list_item(line: str, matches: Iterable[re.Match[str]]) -> bool:
    """The line is an item of a list of publications (a text dump does not run it on into the
    next line, nor the previous line into it)."""
    return any(is_list_item(line, m.start(), m.end()) for m in matches)


def is_kind_and_title(line: str) -> bool:
    """'Report: Poland in the Single Market', 'Commentary | Indonesia's New Navy Chief': an item
    of a list of publications when other items stand next to it."""
    return bool(_KIND_AND_TITLE.match(line)) and len(line) < 160


def is_content_item(line: str) -> bool:
    """'Report: Election Administration in an Age of Distrust', 'Podcast | Counting Every Vote': a
    kind of content and its title; two side by side are a list of the site's other content."""
    kind = _KIND_AND_TITLE.match(line)
    return kind is not None and len(line) < 160 and bool(_CONTENT_KIND.fullmatch(kind.group("kind")))


# a heading over the event's own publication, one and not the site's: 'Related publication',
# 'The report', 'Background paper' (not 'Related publications', 'Our latest report')
_OWN_PUBLICATION_HEADING = re.compile(
    r"^(?:related|the|this|event|background|accompanying|companion)?\s*"
    r"(?:publication|report|paper|study|brief|book|reading|document)\s*:?$",
    re.IGNORECASE,
)


def is_kind_tag(line: str) -> bool:
    """'Report', 'Working paper': a card's tag naming only the kind of content."""
    return bool(_CONTENT_KIND.fullmatch(line.strip()))


def names_own_publication(line: str) -> bool:
    """'Related Publication' or 'The report' over the card of the event's own work: the heading
    with the word that makes it the event's own (not a card's bare tag 'Report', nor 'Related
    reading', which may list others)."""
    words = line.lower().split()
    return heads_own_publication(line) and len(words) == 2 and words[-1].rstrip(":") != "reading"


def heads_own_publication(line: str) -> bool:
    """'Related Publication' above a card of the event's own report."""
    return bool(_OWN_PUBLICATION_HEADING.match(line.strip()))


def named_as_earlier(line: str, start: int) -> bool:
    """The sentence names the publication as an earlier one ('The paper follows Policy
    Discussion Paper No. 2024/05, released in June') or as a speaker's own ('She is the author of
    Working Paper No. 9'), unless it goes on to say the author presents it at the event ('Dr Doe is
    the author of Working Paper No. 9, "X", and will present it')."""
    return bool(_EARLIER.search(line[:start])) and not _PRESENTED_BY_AUTHOR.match(line[start:])


# the rest of the sentence (past the work's own "No."): the author will present or discuss it at the event
_PRESENTED_BY_AUTHOR = re.compile(
    r"(?:\b(?:No|Nos|Nr|Vol)\.|[^.;]){0,250}?,?\s+and\s+(?:(?:she|he|they)\s+)?(?:will|is\s+to)\s+(?:also\s+)?"
    r"(?:present|discuss|introduce|launch)\b"
)


# the work's publication in a past year, said right after it: 'Document de travail n° 7 publié par
# le Centre en 2024', 'Working Paper No. 9, published in 2023' (not 'published in December 2024',
# which may be the work a January event presents)
_PUBLISHED_IN = re.compile(
    r"[^.;]{0,60}?\b(?:published|released|issued|publié(?:e|s|es)?|publicad[oa]s?|veröffentlicht"
    r"|pubblicat[oaie])\b[^.;]{0,50}?\b(?:in|en|em|im|nel)\s+(?P<year>(?:19|20)\d\d)\b"
)


# or 'published last year', and a year in brackets right after the work: 'Policy Brief No. 12 (2023)'
_PUBLISHED_LAST_YEAR = re.compile(r"[^.;]{0,60}?\b(?:published|released|issued)\s+(?:last|the\s+previous)\s+year\b")
_YEAR_CITED = re.compile(r",?\s*\((?P<year>(?:19|20)\d\d)\)")


# the work's publication after the event, said right after it: 'Policy Report No. 2025-11, to be published in
# January 2026', '…, which will be released later this year': what the event's findings feed into, not its own
_PUBLISHED_LATER = re.compile(
    r"[^.;]{0,60}?\b(?:to\s+be|will\s+be)\s+(?:published|released|issued)\s+(?:later|next\b|in\s+(?:early\s+|late\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b)"
)


def published_later(line: str, end: int) -> bool:
    """The sentence says the publication ending at line[end] comes out after the event."""
    return bool(_PUBLISHED_LATER.match(line[end:]))


def published_before(line: str, end: int, year: int | None) -> bool:
    """The sentence says the publication ending at line[end] came out in a year before the
    event's: an earlier work the event builds on, not its own."""
    found = _PUBLISHED_IN.match(line[end:]) or _YEAR_CITED.match(line[end:])
    if _PUBLISHED_LAST_YEAR.match(line[end:]):
        return True
    return year is not None and found is not None and int(found["year"]) < year
