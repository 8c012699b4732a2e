"""Publications the event launches or presents, named by a title the page may write without quotes: 'the
launch of Breathing Space: Air Quality in England's Cities, our new report', 'the special
issue of the Journal of Coastal Governance (Volume 12, Issue 1), Managed Retreat in a Warming
World, for …', 'Copies of Helen's book, "The Moon and the Clock" (…), will be on sale'. An
unquoted title is told from the sentence around it by its capitals (title case). A book
launch may name its book only in the event's title ('Claire Dufour: The Salt Marsh Year').
"""

from __future__ import annotations

import re

from kg.names import split_honorific
from kg.pages.people import is_person_name, segment_kind
from kg.pages.words import is_org_word, is_title_word

# Words a title-case title writes in lower case.
_SMALL = frozenset(
    re.split(
        r"\s+",
        "a an the and or nor but of in on for to at by with from into onto after before over under"
        " about against between without within through upon toward towards across among amid via vs v de del"
        " during since until as per than versus beyond despite behind along around throughout"
        " la le y et",
    )
)
# a journal's 'dossier' (as Spanish, Portuguese and French journals call a themed section)
_WORK = (
    r"(?:report|book|study|publication|(?:policy |working |research |discussion )?(?:paper|brief)"
    r"|special issue|themed issue|dossier|special section|themed section"
    r"|edited volume|edited collection|volume|collection"
    r"|novel|memoir|biography|history|anthology|monograph|atlas|handbook)"
)
# what a work is described as: its kind, or what else a report calls itself
_DESCRIBED = rf"(?:{_WORK}|analysis|review|assessment|survey|yearbook|index|outlook|audit)"
# 'her', "the Centre's", "Claire Dufour's"
_OWNER = (
    r"(?:her|his|their|our|its|the\s+(?:[A-Z][\w.-]*\s+){0,3}\w+['’]s"
    r"|(?-i:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)['’]s)"
)
# a work an event presents, discusses or draws on: a report or study, and a book (its author's new
# book is what an author talk is about; one convention for every set, docs/ingest.md)
_PAPER = (
    r"(?:report|study|paper|policy paper|working paper|policy brief|brief(?:ing)?|special issue|themed issue|dossier"
    r"|special section|themed section|book|novel|memoir|monograph|edited volume|survey|index|yearbook)"
)
_THE = rf"(?:{_OWNER}|the|a)\s+"
# 'new', 'the annual flagship report', 'its new annual report'
_PERIODIC = r"(?:annual|biennial|quarterly|yearly)\s+"
_NEW = rf"(?:{_PERIODIC})?(?:new|latest|forthcoming|flagship|final|recently published)\s+(?:{_PERIODIC}|flagship\s+)?"
# the publisher's initials before the kind of work ('the new ECFR policy brief, X'), and the word
# that may stand before its title ('a new report titled X', 'its study entitled "X"')
# (or a short name in mixed case: 'the CeSMed report "X"')
_INITIALS = r"(?:(?-i:[A-Z][A-Za-z]{0,3}[A-Z]|[A-Z](?=[a-z]{0,3}[A-Z])[A-Za-z]{2,7})\s+)?"
# or, after 'new' or 'latest', the publisher's name: 'a new Wilson Center report, "X"'
# ('the publication of the Bennett Institute report X': a body's name, which its last word says it is)
_BODY = r"(?-i:(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Institute|Institution|Centre|Center|Foundation|Council|Forum)\s+)"
_NEW_FROM = rf"(?:{_NEW}(?-i:[A-Z][\w&.'’-]*\s+){{1,3}}|(?:{_NEW})?{_BODY}|(?:{_NEW})?{_INITIALS})"
# the words a series puts before its kind ('issue brief', 'Occasional Paper', 'Task Force report')
SERIES_WORD = (
    r"(?:Special|Policy|Working|Occasional|Issue|Research|Discussion|Technical|Briefing"
    r"|Background|Country|Staff|Conference|Strategy|Analytical|Annual|Program|Programme"
    r"|Task Force|Commission|Council|Interim|Final)"
)
_SERIES = rf"(?:{SERIES_WORD}\s+)?"
_NAMED = r"(?:(?:en)?titled\s+|called\s+)?"
# where a title follows: a work launched ('the launch of the new book X', 'the release of the
# report X'), a report presented or drawn on ('presents the findings of its new study, X',
# 'based on the study "X"'), a new report ('our latest report, X'), copies of a work on sale
# ('Copies of Helen's book,'), a named issue of a journal, or a journal's issue with its quoted title
_BEFORE_TITLE = tuple(
    re.compile(cue, re.IGNORECASE)
    for cue in (
        # ('the launch of a new Lowy Institute Analysis, X': any kind a work is described by)
        rf"\b(?:launch(?:es|ing)?|release|publication|promotion|celebrat(?:e|es|ing))\s+(?:of\s+)?{_THE}{_NEW_FROM}"
        rf"{_SERIES}{_DESCRIBED},?\s+{_NAMED}",
        rf"\b(?:present(?:s|ing|ation)?|findings|recommendations|conclusions|discuss(?:es|ing|ion)?|based\s+on"
        r"|draw(?:s|ing)\s+on|(?:talk(?:s|ing)?|speak(?:s|ing)?)\s+about|read(?:s|ing)?\s+from)\s+(?:of\s+)?"
        # ('will discuss her recent report, X': a recent work, as the event presents it; not a bio's)
        rf"{_THE}(?:(?:most\s+)?recent\s+)?{_NEW_FROM}{_SERIES}{_PAPER},?\s+{_NAMED}",
        # ('a new report from the X Program, Title, reviews …': its publisher between)
        rf"\b{_THE}{_NEW}{_INITIALS}{_SERIES}{_PAPER}(?:\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{{2,80}})?,?\s+{_NAMED}",
        rf"\bcopies\s+of\s+(?:{_OWNER}|the)\s+(?:new\s+|latest\s+)?{_WORK},?\s+",
        # ('the new issue of its Transactions (Skrifter), volume 2025, no. 2: X': an issue by its
        # volume and number, then its own title)
        r"\b(?:special|themed|new|latest)\s+issue\s+of\s+(?:the\s+|its\s+|our\s+)?(?-i:[A-Z])[^,()]{2,80}?"
        r"(?:\s*\([^)]{1,40}\))?,\s+(?:vol(?:ume|\.)?\s*\d+,?\s*(?:no\.|number|issue)\s*\d+\s*[:,]\s+)?",
        # a journal's own issue and its quoted title: 'has published its special issue "X"' (not
        # one papers are called for: 'submissions for the special issue "Y"')
        rf"\b(?<!for ){_THE}(?:{_NEW})?(?:(?:special|themed)\s+(?:issue|section)|dossier),?\s+(?=[\"“‘])",
        # an author talk's invitation naming the author by the book: 'Join writer X, author of Y, for
        # a reading' (not a bio's 'She is the author of Y')
        r"\bjoin\b[^.;]{3,150}?,\s+(?:the\s+)?(?:co-?)?author\s+of\s+(?:the\s+(?:new\s+)?book\s+)?",
    )
)
# a title the next words say is a new work: 'the launch of X, our new report', 'we launch X, a
# new study', 'the Centre presents X, its latest report'
# (a lower-case 'the' only: 'launches The Quiet Marsh, her debut novel' keeps the title's 'The')
# ('the launch of the 2025 edition of the X', 'launches the third edition of X': the work is X)
_EDITION = r"(?:(?:(?-i:the)\s+)?(?:\w+\s+)?edition\s+of\s+)?"
_LAUNCH_OF = re.compile(
    rf"\b(?:launch|release|publication|presentation|promotion)\s+of\s+{_EDITION}(?:(?-i:the)\s+)?"
    r"|\b(?:launch(?:es|ing)?|releas(?:e|es|ing)|unveil(?:s|ing)?|present(?:s|ing)?|celebrat(?:e|es|ing))"
    rf"\s+{_EDITION}(?:(?-i:the)\s+)?"
    # a work the event discusses, which the next words say is new: 'discuss the findings of X, a new
    # report', 'Join the authors of X, a new report' (or whose title says its kind: 'discuss the
    # recently released IPCC Sixth Assessment Report')
    r"|\b(?P<about>(?:(?:key\s+)?(?:findings|results)\s+of|discuss(?:es|ing)?|discussion\s+of"
    r"|(?-i:the)\s+(?:co-?)?authors\s+of)\s+"
    r"(?:(?-i:the)\s+)?(?:(?:recently\s+(?:released|published)|new|latest)\s+)?)"
    # a programme's item named by its kind, then the work: 'Presentation: Suriname Coastal Atlas 2026'
    r"|\b(?P<item>launch|presentation|release)\s*:\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# a work named and then said to be launched now or soon: 'The report X will be launched', 'The
# volume, X, edited by Jane Doe, is published today' (not 'was published in 2019', a bio's)
_LAUNCHED_AFTER = re.compile(
    r",?\s+(?:[^.;]{0,80}?,\s+|\([^()]{1,60}\)\s+)?(?:(?:will\s+be|is\s+being|are\s+being|is|are)\s+(?:formally\s+|officially\s+)?"
    r"(?:launched|presented|released|published|unveiled|discussed)\b"
    # a recap: 'The report, X, was launched at the event'
    r"|(?:was|were)\s+(?:formally\s+|officially\s+)?(?:launched|presented|released|unveiled|discussed)\s+(?:at|during)\s+"
    r"(?:the|this)\s+(?:event|meeting|seminar|webinar|conference|workshop|roundtable|session|launch|briefing|panel|symposium)\b)",
    re.IGNORECASE,
)
_WORK_NAMED = re.compile(rf"\b{_THE}(?:{_NEW})?{_INITIALS}{_WORK},?\s+{_NAMED}", re.IGNORECASE)
# a book's imprint: '(Singapore: ISEAS Publishing, 2024)', '(Routledge, 2021)'; a journal's volume
# and issue, '(Vol. 9, No. 2, 2025)', is none
IMPRINT = (
    r"\((?!(?i:vol(?:ume)?|no|nos|issue|number|nr)\b)"
    r"(?:[A-Z][\w .'-]{1,40}:\s*)?(?-i:[A-Z])[^():]{1,60},\s*(?:19|20)\d\d\)"
)
# what the words after a title call it: 'X, our new report', 'X, our annual independent analysis
# of the budget', 'X, a new Brookings report' (a few words saying what kind or whose, then the kind)
_WORK_AFTER = re.compile(
    rf",?\s+(?:a|an|the|{_OWNER})\s+(?:(?-i:[a-z][\w-]*|[A-Z][\w&'’.-]*)\s+){{0,3}}?{_DESCRIBED}\b"
    # or its place in a series: 'X, the fourth in the Initiative's policy brief series'
    r"|,\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|latest|newest)\s+(?:in|of)\s+[^,.;]{1,80}?\bseries\b"
    # or its editors or authors: 'the publication of X, edited by Jane Doe and John Roe'
    r"|,\s+(?:edited|co-?edited|written|co-?authored|compiled)\s+by\s+(?-i:[A-Z])"
    # or its imprint, as a book is cited: '(Singapore: ISEAS Publishing, 2024)', '(Routledge, 2021)'
    rf"|\s*{IMPRINT}",
    re.IGNORECASE,
)


def launched_titles(line: str) -> list[tuple[str, str]]:
    """The titles of the works a line says are new or launched, in order, each with the text
    after it."""
    titles = []
    for cue in (c for pattern in _BEFORE_TITLE for c in pattern.finditer(line)):
        rest = line[cue.end() :]
        title = _before_subject(rest, title_at(rest))
        # 'the launch of the book X: Y by Dr Jane Doe': the author's name after 'by' is none of it
        title = title and (_authored(title, _after(rest, title)) or title)
        if title:
            titles.append((title, _after(rest, title)))
    for cue in _LAUNCH_OF.finditer(line):
        rest = line[cue.end() :]
        title = _before_work(rest, title_at(rest))
        # 'X, a new report', or a title that says its kind: 'the launch of the Global Risks Report 2024'
        # (its edition's year before a subtitle: 'the launch of the State of the Coast Report 2024: Subtitle')
        head = title.partition(": ")[0] if title and re.search(r"\b(?:19|20)\d\d:\s", title) else title
        if title and head and _a_persons(title.partition(": ")[2]):
            title = head  # 'Presentation of the X Scorecard 2024: Dr. Y, Post, Org': its presenter, no subtitle
        if cue.group("item") and not (head and named_by_kind(head)):
            continue  # 'Presentation: Why Cities Flood' names a talk, not a work
        if title and head and (_WORK_AFTER.match(_after(rest, title)) or named_by_kind(head)):
            titles.append((title, _after(rest, title)))
        elif title and not cue.group("about") and not cue.group(0).lower().startswith("present"):
            authored = _authored(title, _after(rest, title))
            titles += [(authored, _after(rest, authored))] if authored else []
    for cue in _WORK_NAMED.finditer(line):
        rest = line[cue.end() :]
        title = title_at(rest)
        if title and _LAUNCHED_AFTER.match(_after(rest, title)):
            titles.append((title, _after(rest, title)))
    # an author talk's book by its citation at the head of a sentence: 'In The Salt Road (Harbour Press, 2025),
    # historian X tells …'
    for cue in _IN_CITED.finditer(line):
        rest = line[cue.end() :]
        title = title_at(rest) if _CITED.match(rest) else None
        titles += [(title, _after(rest, title))] if title else []
    # a work named by its kind that the next words say is launched: '…, the State of the Region
    # Report 2025, will be launched at the event', 'The Bank's Financial Stability Report 2024 will be
    # presented at the forum' (its owner before it)
    taken = 0
    for cue in re.finditer(rf"\b(?:the|its|our|their|(?i:{_OWNER}))\s+(?=(?:19|20)\d\d\s|[A-Z])", line):
        rest = line[cue.end() :]
        title = title_at(rest)
        if cue.start() >= taken and title and named_by_kind(title) and _LAUNCHED_AFTER.match(_after(rest, title)):
            titles.append((title, _after(rest, title)))
            taken = cue.end() + len(title)
    # a periodical's volume launched: 'the launch of the Society's Journal and Proceedings, Volume 65 (2022)'
    titles += [(m["work"], line[m.end() :]) for m in _VOLUME_LAUNCHED.finditer(line)]
    # a programme's item joined to its speaker ('Presentation of the discussion paper Dr. X, Head, Y')
    # ('the new book by Dana Doe, Associate Professor of History at X': her post, not the book's title)
    titles = [(_without_owner(title), after) for title, after in titles]
    return [(title, after) for title, after in titles if not _a_persons(title) and not _a_post_at(title)]


_VOLUME_LAUNCHED = re.compile(
    rf"\b(?:launch|release|publication|presentation)\s+of\s+(?:{_OWNER}|the|its|our)\s+"
    r"(?P<work>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:and|of|&|(?-i:[A-Z])[\w'’&-]*)){0,5}?,?\s+(?:Volume|Vol\.)\s*\d+)\b",
    re.IGNORECASE,
)


# "the Foyle Institute's North West Monitor 2025": a body's name in the possessive before its work's title
_OWNED_BY = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,4}(?P<head>[A-Z][\w-]*)['’]s\s+(?=[A-Z0-9])")


def _without_owner(title: str) -> str:
    """The title without the body that owns it ('Canada's Energy Future 2025' names a country, and keeps it)."""
    owner = _OWNED_BY.match(title)
    return title[owner.end() :] if owner and is_org_word(owner["head"]) else title


def _a_post_at(title: str) -> bool:
    """'Associate Professor of History at UW-Milwaukee': a post at an institution, not a title."""
    return " at " in title and segment_kind(title) == "title"


def _a_persons(title: str) -> bool:
    """'Dr. Trần Minh Đức, Head, Labour Economics Division': a person's line, not a title; nor the
    end of a name after its given name ('E. Whitfield-Ames' of 'the new book by … Jane E. Whitfield-Ames')."""
    first = re.split(r",|\s+and\s+", title)[0]
    honorific, rest = split_honorific(first)  # 'Dr. X and Dr. Y examine …'
    return honorific is not None and is_person_name(rest) or bool(_NAME_TAIL.fullmatch(title)) or _post_and_name(first)


def _post_and_name(text: str) -> bool:
    """'Research Professor Kjersti Haugland' ('In a new Policy Brief, Research Professor X asks …'):
    a post of a few words before a person's name, not a title."""
    words = text.split()
    return any(
        any(is_title_word(w) for w in words[:k]) and is_person_name(" ".join(words[k:]))
        for k in range(1, min(4, len(words) - 1))
    )


_NAME_TAIL = re.compile(r"(?:[A-Z]\.\s*)+[A-Z][\w'’-]+")


def _before_work(rest: str, title: str | None) -> str | None:
    """The title up to a comma that the words saying what it is follow: 'X, the Institute's new
    report' (title case runs on through 'the Institute's'); or up to a comma before which it ends
    in its kind: 'the release of the Harbour Outlook 2026, the Institute holds …' (the sentence's
    subject after it)."""
    if not title or _WORK_AFTER.match(_after(rest, title)):
        return title
    cut = next((m.start() for m in re.finditer(",", title) if _WORK_AFTER.match(rest[m.start() :])), None)
    if cut is None and not named_by_kind(title):
        cut = next((m.start() for m in re.finditer(",", title) if named_by_kind(title[: m.start()])), None)
    return title[:cut] if cut else title


def _before_subject(rest: str, title: str | None) -> str | None:
    """'In his new book, X, Tom Hale follows …': the title case runs on into the name of the
    sentence's subject; the title ends at the comma before that name."""
    head, comma, name = (title or "").rpartition(", ")
    verb = re.match(r"\s+(?-i:[a-z])", _after(rest, title)) if title else None
    return head if comma and verb and is_person_name(name) else title


_BY_AUTHOR = re.compile(r"(?P<title>.{5,200}?)\s+by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>[^,;:()]{3,60})$")


def _authored(title: str, after: str = "") -> str | None:
    """'the publication of Cities Under Water: A History of London's Floods by Jane Doe': a work
    launched with its author's name after it is named by the words before 'by'. The first of
    several authors names them ('by Dr X and Dr Y'), and a rank before a bracket ends the title
    case ('by Colonel' of 'by Colonel (ret.) X'): the words after the title tell."""
    authored = _BY_AUTHOR.match(title)
    if not authored:
        return None
    first = re.split(r"[,;]|\s+and\s+", re.sub(r"\s*\([^()]*\)", "", authored.group("name") + after))[0]
    return authored.group("title") if is_person_name(split_honorific(first.strip(" ."))[1]) else None


def in_full(title: str, event_title: str | None) -> str:
    """A work the prose names short and the event's title in full, subtitle and all ('her new
    book, The Lake Remembers' under the heading 'The Lake Remembers: A History of Hamilton
    Harbour'): the full title, as a catalogue records it."""
    if event_title and re.match(rf"{re.escape(title)}\s*[:–—]\s+\w", event_title):
        return event_title
    return title


def _after(text: str, title: str) -> str:
    # a comma or stop inside the closing quote, as American style puts it: '"X," a new report'
    return re.sub(r"^[,.]?[\"”’']+", "", text[text.find(title) + len(title) :])


# a title in single quotes, as British and European pages write them: '‘Cities Under Water:
# Adapting London’s Docklands’' (a closing quote is no apostrophe: no letter follows it)
_SINGLE_QUOTED = re.compile(r"[‘'](?P<title>[^‘\n]{3,200}?)[,.]?[’'](?![\w])")


def title_at(text: str) -> str | None:
    """The title that the text begins with: up to its closing quote when quoted, else the run
    of title-case words ('Managed Retreat in a Warming World: Law, Equity and Relocation, for an
    online launch' -> up to 'Relocation'); None for fewer than two words."""
    quoted = re.match(r"[\"“](?P<title>[^\"”]{3,200}?)[,.]?[\"”]", text) or re.match(_SINGLE_QUOTED, text)
    if quoted:
        return quoted.group("title").strip()
    cited = _CITED.match(text)
    if cited and cited.group("title")[:1].isupper() and all(_title_word(t) for t in cited.group("title").split()):
        return cited.group("title")
    taken: list[str] = []
    for token in text.split()[:40]:
        if token.startswith("(") or not _title_word(token) or _WEEKDAY.fullmatch(token.strip(",.;:")):
            break
        taken.append(token)
        if re.search(r"[a-z]{2}[.!?]$", token):  # the sentence ends
            break
    while taken and (taken[-1].lower().strip(",;:") in _SMALL or taken[-1] in ("-", "–", "—")):
        taken.pop()
    # a question mark is the title's own ('Who Pays and Who Benefits?, our annual analysis')
    title = " ".join(taken).rstrip(",;:.")
    title = re.split(r",\s+by\s+(?=[A-Z])", title)[0]  # 'X: Y, by Stimson fellows': its authors follow
    # (a year may open it: 'the 2025 Global Food Policy Report')
    opens = title[:1].isupper() or re.match(r"(?:19|20)\d\d\s+[A-Z]", title) is not None
    return title if len(taken) >= 2 and opens else None


# a date after the title ends it: '…: Transfers and Borrowing, on Thursday, 28th November 2024'
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)

# a title its imprint closes, as a book is cited: 'Sovereignty for Sale? Citizenship and the
# Market (Cambridge University Press, 2025)' (a question mark inside it ends no sentence)
_CITED = re.compile(rf"(?P<title>[^()]{{3,200}}?)\s*{IMPRINT}")
_IN_CITED = re.compile(r"(?:^|(?<=[.!?]\s))In\s+(?=[A-Z])")


def _title_word(token: str) -> bool:
    word = token.strip("\"“”‘’'()[],;:.!?")
    # ('The Bab el-Mandeb after …': an Arabic name's article stays in lower case in a title)
    article = re.match(r"(?:al|el)-[A-Z]", word) is not None
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word.lower() in _SMALL or article)


# the page says it launches a book or a report without naming it: a type line or title prefix
# ('Book launch', 'Book talk: X', 'Report launch: X', 'Launch: X'), or 'the launch of Claire
# Dufour's new book' with no title after it
# ('Report Release Webinar: X', 'Study presentation: X')
# a book's presentation, as other languages' type lines say it ('Presentación del libro', 'Presentazione del
# volume', 'Представяне на книгата', 'Buchvorstellung')
_KIND_ABROAD = (
    r"presentaci[óo]n\s+del?\s+libro|lanzamiento\s+del\s+libro|presentazione\s+del\s+(?:libro|volume)"
    r"|pr[ée]sentation\s+du\s+livre|(?:apresenta[çc][ãa]o|lan[çc]amento)\s+do\s+livro|buchvorstellung"
    r"|buchpr[äa]sentation|prezentacja\s+książki|представяне\s+на\s+книга(?:та)?|boekbekendstelling|boekpresentatie"
)
_KIND = (
    rf"(?:{_KIND_ABROAD}|book\s+(?:launch|talk|discussion|presentation|debate|promotion|forum)"
    r"|(?:report|study|yearbook)\s+(?:launch|release|presentation)(?:\s+(?:webinar|event|seminar|briefing))?)"
)
_BOOK_LAUNCH = re.compile(rf"^{_KIND}$|^(?:{_KIND}|launch)\s*[:|–—-]")
_UNNAMED_BOOK = re.compile(
    rf"\blaunch(?:es|ing)?\s+of\s+(?:{_OWNER}\s+|the\s+)?(?:new\s+|latest\s+|debut\s+|first\s+)?book\b(?!,?\s+(?:[\"“]|(?-i:[A-Z])))",
    re.IGNORECASE,
)
_TYPE_PREFIX = re.compile(rf"^(?:{_KIND}|launch)\s*[:|–—-]\s*", re.IGNORECASE)
_TYPE_LINE = re.compile(rf"{_KIND}", re.IGNORECASE)
# what a book launch's title adds to the book's: 'The Art of the Deal-Breaker: A Conversation With Jane Doe'
_CONVERSATION = re.compile(
    r"\s*[:–—-]\s+(?:an?\s+)?(?:conversation|discussion|evening|talk)\s+with\s+.+$", re.IGNORECASE
)
TYPE_REACH = 3  # lines: the type tag over the heading, a blank line or a date line between


# an event's title that is the launch of a work it names by a title ending in the kind of work:
# 'Presentation of the Latvian Foreign and Security Policy Yearbook 2025', 'Launch of the Global
# Peace Index 2025' (an edition's year or number may follow)
# a work named by a title that ends in its kind, an edition's year after it: 'Global Risks Report
# 2024', 'Latvian Foreign and Security Policy Yearbook 2025', 'Human Development Report 2023/2024'
_NAMED_BY_KIND = (
    r"(?:(?:19|20)\d\d\s+)?(?-i:[A-Z])[^:|–—]{3,150}?\b(?:report|yearbook|year\s*book|index|outlook|survey|review|atlas"
    r"|monitor|barometer|handbook|almanac|compendium|scorecard|study|book|dossier)"
    r"(?:\s+(?:19|20)\d\d(?:[/–-]\d{2,4})?)?"
)
_LAUNCH_OF_WORK = re.compile(
    r"^(?:(?:official|formal|public)\s+)?(?:launch|presentation|promotion|release|unveiling)\s+of\s+(?:the\s+)?"
    rf"(?P<work>{_NAMED_BY_KIND})$",
    re.IGNORECASE,
)


def named_by_kind(work: str) -> bool:
    """A title of two words or more that ends in the kind of work ('World Energy Outlook 2024'),
    not the kind alone nor a new or annual one ('the Annual Report 2024')."""
    return (
        len(work.split()) >= 2
        and not re.match(r"(?i)(?:(?:19|20)\d\d\s+)?(?:new|annual|latest)\s", work)
        and re.fullmatch(_NAMED_BY_KIND, work, re.IGNORECASE) is not None
        and not _TWO_WORKS.search(work)
    )


# 'the Policy Brief and the Trade Monitor', 'Economic Outlook 2025 and Financial Stability Report 2024': two works
_TWO_WORKS = re.compile(
    r"\s(?:and|&)\s+(?-i:the\s+[A-Z])|\b(?:report|outlook|index|review|monitor|brief|survey|yearbook)"
    r"(?:\s+(?:19|20)\d\d(?:[/–-]\d{2,4})?)?\s+(?:and|&)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


def work_in_title(title: str) -> str | None:
    """The work an event's title says it launches or presents, named by its own title of two
    words or more ('Presentation of the X Yearbook 2025' -> 'X Yearbook 2025'), not by its kind
    alone ('Launch of the Annual Report')."""
    found = _LAUNCH_OF_WORK.match(title.strip())
    work = found.group("work") if found else ""
    return work if named_by_kind(work) else None


def book_in_title(lines: list[str], title: str) -> str | None:
    """The book or report a launch or book talk names only in the event's title: 'Book launch:
    The Salt Marsh Year', 'Book talk: "X"', 'Book launch — X' (whose type the title leaves out),
    a 'Book Discussion' type line over the heading X, 'Report launch: X', 'Claire Dufour: The
    Salt Marsh Year' or 'The Salt Marsh Year by Claire Dufour' on a page that says it launches a
    book, 'Presentation of the X Yearbook 2025'. None unless the title's book part is told from
    an event type or the author's name."""
    if work_in_title(title):
        return given_in_full(work_in_title(title) or "", lines, title)
    if not any(_BOOK_LAUNCH.match(line.strip().lower()) or _UNNAMED_BOOK.search(line) for line in lines):
        return None
    book = _TYPE_PREFIX.sub("", title)
    # 'Book launch — X' as the heading, the type dropped from the event's title already
    typed = any(_TYPE_PREFIX.match(line.strip()) and _TYPE_PREFIX.sub("", line.strip()) == title for line in lines)
    if _type_above(lines, title):  # 'Book talk' over the heading: the title is the book's
        book, typed = _CONVERSATION.sub("", book), True
        host = re.search(r"\bwith\s+(?P<name>[^,:–—]{3,60})$", book)
        if host and is_person_name(host.group("name")):  # 'An Evening with Niamh Keane' names no book
            return None
        # the heading 'X' over a strap the event's title joined to it ('X: How …'), and the text naming
        # the book 'X: Its Own Subtitle' in full: the book's title is the text's
        head = book.split(": ", 1)[0]
        if head != book and any(line.strip() == head for line in lines):
            full = given_in_full(head, lines, title)
            book = full if full != head else book
    author = re.match(r"(?P<name>[^:–—|]{3,60}?)\s*[:–—|]\s*(?P<book>.+)$", book)
    if author and is_person_name(author.group("name")) and not _PHRASE_HEAD.match(author.group("name")):
        # not when a sentence writes the whole title as one work's ('for the launch of Parched Borders: …'):
        # the head is the title's own
        quoted = any(line.find(title) > 0 and line[line.find(title) - 1] == " " for line in lines)
        # nor when the text cites the head as a book, its publisher and year after it ('In Cold
        # Harbours (Aarhus University Press, 2025), the author …')
        head = re.escape(author.group("name"))
        cited = any(re.search(rf"\b{head}\s+\([^()]{{0,80}}\b(?:19|20)\d\d\)", line) for line in lines)
        book = book if quoted or cited else author.group("book")
    by = re.match(r"(?P<book>.+?)\s+by\s+(?P<name>[^,]{3,60})$", book)
    if by and is_person_name(by.group("name")):
        book = by.group("book")
    return given_in_full(book.strip(' "“”'), lines, title) if book != title or typed else None


def given_in_full(work: str, lines: list[str], event_title: str | None) -> str:
    """A work the event's title names short and the page's text in full, its subtitle after a
    colon ('Launch of the OECD Skills Outlook 2025' over 'The OECD Skills Outlook 2025:
    Learning for Life in an Ageing World examines …'): the full title, as a catalogue records it.
    (Not after a dash, which may start an event's tag: 'X – Hybrid Event'; nor in the event's own
    heading, whose part after the colon may be the event's: 'X: A Conversation With Ann Lee'.)"""
    for line in (line for line in lines if not (event_title and event_title in line)):
        # a catalogue card's title field: 'Título: El agua no se vende. Conflictos hídricos en El Alto'
        # (up to the card's next field, where a text rendering runs them into one line: '… Autora: X')
        field = re.match(
            rf"\s*(?i:title|título|titre|titel|tytuł|titolo)\s*:\s*(?P<title>{re.escape(work)}\W.+?)"
            r"(?=\s+[A-ZÀ-Þ][\w-]*(?:\s+[\w-]+){0,2}:\s|$)",
            line,
        )
        if field:
            return field.group("title").strip()
        for found in re.finditer(rf"{re.escape(work)}:\s+(?=(?-i:[A-Z]))", line):
            subtitle = title_at(line[found.end() :])
            if subtitle and not _a_persons(subtitle):  # not 'X 2024: Dr. Y, Post, Org', a programme's presenter
                return line[found.start() : found.end()] + subtitle
    return work


# a gerund and a plural before a title's colon ('Crossing Lines: …', 'Shifting Sands: …'): the
# title's own head, not an author's name
_PHRASE_HEAD = re.compile(
    r"^(?!(?:Sterling|Channing|Irving|Manning|Fleming|Henning|Harding|King)\s)[A-Z][a-z]+ing\s+[A-Z][a-z]+s$"
)


def _type_above(lines: list[str], title: str) -> bool:
    """Whether a line that is only a book event's type ('Book launch', 'Book Talk', 'Book
    Discussion') stands just over the event's heading, as a CMS prints an event's type tag; the
    heading may be the title's first part, its subtitle joined to it after a colon. (A CMS may
    print the tag right under the heading instead: 'X' / 'Report Launch' / 'Date: …'.)"""
    for at, line in enumerate(lines):
        if line.strip() and (line.strip() == title or title.startswith(line.strip() + ": ")):
            above = [lines[i].strip() for i in range(max(0, at - TYPE_REACH), at) if lines[i].strip()]
            below = next((following.strip() for following in lines[at + 1 :] if following.strip()), "")
            if above and _TYPE_LINE.fullmatch(above[-1]) or _TYPE_LINE.fullmatch(below):
                return True
    return False
