"""The event's title among a page's first lines.

A title is a heading-like line (not a date, a speaker list, running text, a section heading or
an event-type tag such as "Webinar"). A line the page repeats (archive pages print the title
above the header and again above the text) and a line standing just before the date score
higher; a short organisation name ("Wilson Center", the site's name) scores lower.
"""

from __future__ import annotations

import re

from kg.dates import find_dates, find_times
from kg.pages.lines import is_prose, is_when_line
from kg.pages.people import bare_name, describe, is_person_name, parse_entries, segment_kind
from kg.pages.reports import REPORT_RE
from kg.pages.words import is_org_word

EVENT_TYPES = re.compile(
    r"^(?:an?\s+)?(?:(?:past|upcoming|public|private|online|virtual|hybrid|in-person|featured|special|"
    r"international|regional|national|"  # 'International Roundtable' over its title (set 88)
    r"live|keynote|annual|research|book|panel|expert|invited|guest|evening|lunchtime|"
    r"breakfast|members?'?|student|joint|branch|ordinary|award|medal|memorial|"  # a society's 'Joint Meeting'
    r"spring|summer|autumn|fall|winter|faculty|departmental|gallery|curator'?s?|artist'?s?|author'?s?|family|report|"
    r"guided|discussion|scientific|general|open|policy|high-level|closed-door|opening|closing|plenary|"
    r"working|paper|brief|study|"  # 'Working Paper Launch', 'Study Launch'
    r"inaugural|valedictory|prize|monthly|weekly|distinguished)\s+)*(?:event|events|webinar|webcast|"
    r"panel(?: discussion)?|discussion|conference|"
    r"lecture|seminar|workshop|symposium|book (?:launch|talk|discussion|event)|briefing|"
    r"(?:roundtable|round table)(?: discussion)?|colloquium|forum|meeting|talk|film screening|screening|"
    r"conversation|dialogue|debate|summit|exhibition|reception|launch|public lecture|members event|"
    r"research event|masterclass|fireside chat|press conference|hearing|off the record|"
    r"on the record|in person|online event|hybrid event|tour|session|presentation|(?:short )?course)s?"
    r"(?: recap| summary| highlights| replay| recording)?$"  # 'Webcast Recap': what became of it
    # the same in the other languages whose dates are read: 'CONFÉRENCE PUBLIQUE', 'Mesa redonda',
    # 'Öffentlicher Vortrag', 'Tavola rotonda', 'Séminaire international'
    r"|^(?:(?:öffentliche[rn]?|internationale[rn]?)\s+)?(?:conf[ée]rence|conferencia|conferenza|konferenz"
    r"|s[ée]minaire|seminario|semin[áa]rio|colloque|coloquio|kolloquium|convegno|table ronde|mesa[ -]redonda"
    r"|tavola rotonda|podiumsdiskussion|atelier|taller|tagung|vortrag|lezing|palestra|conversatorio|jornada"
    r"|journ[ée]e d'[ée]tudes?|rencontre|incontro|d[ée]bat|webinaire|webinario|lancement|lan[çc]amento"
    r"|pr[ée]sentation|presentaci[óo]n|presentazione|buchpr[äa]sentation|lesung|(?:fest|plenar|jahres)?sitzung"
    # Afrikaans and Galician (set 113): 'Openbare lesing', 'Boekbekendstelling', 'Simposium', 'Xornada'
    r"|(?:openbare\s+)?lesing|boekbekendstelling|simposium|xornada"
    # and in the languages met before, as set 126's type lines write them: Polish 'Seminarium eksperckie', Turkish
    # 'Kitap söyleşisi', Ukrainian 'Презентація книжки', Russian 'Круглый стол', Vietnamese 'Tọa đàm', Korean
    # '정책토론회', Georgian 'კვლევის პრეზენტაცია', Nepali 'अन्तरक्रिया कार्यक्रम', Urdu 'تقریبِ رونمائی'
    r"|seminarium(?: eksperckie| naukowe)?|konferencja(?: naukowa)?|debata(?: publiczna| ekspercka)?"
    r"|wykład(?: otwarty)?|panel dyskusyjny"
    r"|(?:kitap )?söyleşi(?:si)?|seminer|konferans|çalıştay|sempozyum|kitap tanıtımı|panel"
    r"|презентація(?: книжки| книги| дослідження| звіту)?|круглий стіл|(?:відкрита |публічна )?лекція|дискусія"
    r"|семінар|конференція|круглый стол|(?:открытая |публичная )?лекция|семинар|конференция|презентация(?: книги)?"
    r"|hội thảo(?: khoa học)?|tọa đàm|hội nghị|세미나|포럼|(?:정책)?토론회|학술대회|간담회|심포지엄"
    r"|(?:საჯარო )?(?:ლექცია|დისკუსია)|(?:კვლევის )?პრეზენტაცია|კონფერენცია|სემინარი|მრგვალი მაგიდა"
    r"|अन्तरक्रिया(?: कार्यक्रम)?|गोष्ठी|सेमिनार|नीति संवाद|سیمینار|مذاکرہ|تقریبِ رونمائی|کانفرنس|لیکچر"
    r")(?:s|es|en)?"
    r"(?:\s+(?:publique|p[úu]blica|pubblica|internationale?|internacional|internazionale|en ligne|virtuelle?"
    r"|h[íi]brida|hybride)s?"
    # 'Seminário de Investigação', 'Séminaire de recherche': a research seminar
    r"|\s+(?:de investiga[çc](?:[ãa]o|i[óo]n)|de recherche|di ricerca))?$",
    re.IGNORECASE,
)
MAX_TITLE_CHARS = 250
_AND = re.compile(r"\s+(?:and|&|en|e|y|et|und|i|и|və|u)\s+", re.IGNORECASE)
UNIT_NAME = re.compile(  # 'Department of Politics and …', 'ANU Crawford School of Public Policy'
    r"^(?:The )?(?:[A-Z][\w&.'-]*\s+){0,2}(?:Department|School|Faculty|Institute|Centre|Center|Program|Programme"
    r"|Office|Division|Fakultät|Institut|Fachbereich|Lehrstuhl|Faculté|Facultad|Departamento|Département)"
    r" (?:of|for|on|für|de|des|du|del|de la) [A-Z][^:?!]*$"
)
SERIES = re.compile(
    r"\b(?:Lecture|Lectures|Series|Seminar|Colloquium|Workshop|Forum|Symposium|Webinar|Briefing|Talks|Rounds)$"
)


_TYPE_TAG = re.compile(r"^[\[(【]\s*(?P<type>[^\])】]{2,40}?)\s*[\])】]\s*(?=\S)")


def without_type_tag(line: str) -> str:
    """'[Conference] Korea-Japan Relations at Sixty', '[KIMS Strategy Dialogue] Undersea Cables …'
    without the bracketed event type or series label; a bracket run into the word after it
    ('[Re]Thinking Cities') is part of the title; a full-width one needs no space after it
    ('【CTERC Workshop No. 42】Minimum Wages …', as Chinese and Japanese pages set it)."""
    tag = _TYPE_TAG.match(line)
    if not tag:
        return line
    label = tag.group("type")
    set_off = line[tag.end() - 1 : tag.end()].isspace() or line[tag.end() - 1] == "】"
    spaced = set_off and line[tag.end() :][:1].isupper()
    return line[tag.end() :] if EVENT_TYPES.match(label) or spaced and len(label.split()) <= 5 else line


# a word's end run into a capitalised word: where a text dump joined two elements of the page
_JOINED_ELEMENTS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def without_glued_type(line: str) -> list[str]:
    """'MeetingEgypt After Mubarak': a text dump runs the event-type tag printed over a heading into
    it; the tag and the heading as the two lines the page shows (a heading of three words or more:
    'LaunchPad Fund' is a name)."""
    for joint in _JOINED_ELEMENTS.finditer(line, 0, 40):
        if EVENT_TYPES.match(line[: joint.start()]) and len(line[joint.start() :].split()) >= 3:
            return [line[: joint.start()], line[joint.start() :]]
    return [line]


_ACRONYM = re.compile(r"^[A-Z]{2,6}\s+(?=\S)")  # 'JFSS Webinar': the site's initials and a type


def _bilingual_type(line: str) -> bool:
    """'Online-Diskussion / Online discussion': the event's type in two languages; 'Conference –
    Debate', 'Public lecture and panel', 'Public session with lecture': two types."""
    parts = [p.strip() for p in line.split(" / ")]
    if len(parts) > 1 and all(len(p.split()) <= 3 for p in parts) and any(EVENT_TYPES.match(p) for p in parts):
        return True
    types = re.split(r"\s+[–—|-]\s+|\s*&\s*|\s+(?:and|with|mit|und)\s+", line)
    return len(types) > 1 and all(EVENT_TYPES.match(t.strip()) for t in types)


_GENERIC = re.compile(
    r"^(?:event|events|event details?|event information|event info|upcoming events|past events"
    r"|calendar(?: of events)?|events? calendar"
    r"|news (?:and|&) events|what's on|event detail page"
    # a section's heading and an in-page menu's: 'About the Webinar', 'In this Webinar'
    r"|(?:about|in) (?:the|this) (?:event|webinar|seminar|lecture|talk|workshop|conference|symposium|panel|forum"
    r"|discussion|speakers?|programme|program)"
    r"|(?:webinar|meeting|event) registration|register(?: now)?|registration(?: form)?"  # Zoom's, a form's heading
    r"|report of (?:the )?meeting|(?:meeting|event|lecture|seminar) report)$",  # a society's report of its meeting
    re.IGNORECASE,
)


# a newsletter's issue, whose items an archived mailing prints under it: 'SRDI Newsletter no. 38 –
# October 2026', 'Bulletin #12', 'Newsletter – Spring 2026'
_ISSUE = re.compile(
    r"^(?:\S+\s+){0,3}?(?i:newsletter|bulletin|e-?news|digest)"
    r"(?=\s*(?i:no\.?|nr\.?|issue|vol\.?|#)\s*\d|\s*[–—|:,-]\s*(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*$)"
)


def is_generic_heading(line: str) -> bool:
    """'Event Details', 'Events', 'Newsletter no. 38 – October 2026': a page heading that names no
    event."""
    return bool(_GENERIC.match(line.strip()) or _ISSUE.match(line.strip()))


_SENTENCE_WORDS = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|we|you|us|our|join|please)\b", re.I)


def _reads_as_sentence(line: str) -> bool:
    """A sentence ends with a full stop or speaks in a verb or to the reader; a title in
    sentence case ('Reforming the EU fiscal rules: a stress test of the Commission proposal')
    has many lower-case words but neither."""
    if re.search(r"[a-z]{2}[.!](?:\s|$)|[።।](?:\s|$)", line):  # the Ethiopic and Devanagari full stops too
        return True
    if re.fullmatch(r"[^.!?:]{3,80}:\s[^.!?:]+\?", line):
        return False  # a topic, then the question it asks: 'Water, law and the Vaal: who pays when the taps run dry?'

    return bool(_SENTENCE_WORDS.search(line)) and not _in_title_case(line)


def _in_title_case(line: str) -> bool:
    """'Who Will Care for the Next Generation of Retirees?': its verbs capitalised like every
    other word of four letters or more, as headings are written, not sentences."""
    long_words = re.findall(r"\b[^\W\d_][\w'’-]{3,}", line)
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.9 * len(long_words)


_LANGUAGES = re.compile(
    r"^(?:(?:English|EN|Français|FR|Deutsch|DE|Español|ES|Italiano|日本語|中文|简体中文|繁體中文|한국어|Русский"
    r"|Português|Nederlands|Polski|Svenska|Türkçe|العربية)\s*(?:[/|·•]\s*|$))+$"
)


_LANGUAGE_CODES = re.compile(r"^[A-Z]{2}(?:\s*[|/·•]\s*[A-Z]{2}|\s+[A-Z]{2})+$")  # 'UA | EN', 'NL / EN', 'LV  EN  RU'
_FIELD = re.compile(  # a calendar's field row: 'Category: Research seminars', 'Event Type: Seminar'
    r"^(?:event |program |programme )?(?:type|category|categories|series|audience|age group|ages|cost|price"
    r"|admission|tags?|topics?|themes?|keywords|language|format|registration|tickets?|fee|department|room)\s*:"
    r"|^[^:]{1,30}:\s*\d[\d.,\s]*$",  # a count: 'Hits: 412', 'Views: 1,204', 'Seats: 120'
    re.IGNORECASE,
)


_ADMISSION = re.compile(  # 'Free, no bookings required', 'All welcome, registration essential'
    r"^(?:free(?:\s*[,.;:!(–-]|\s+(?:entry|admission|of charge|to attend)\b|$)|admission\b|all (?:are )?welcome\b"
    r"|no (?:booking|registration)s?\b)"
    r"|\b(?:open to the public|(?:booking|registration)s? (?:is |are )?(?:required|essential|recommended))\b",
    re.IGNORECASE,
)


def is_language_switcher(line: str) -> bool:
    return bool(_LANGUAGES.match(line.strip()) or _LANGUAGE_CODES.match(line.strip()))


# Chinese, Japanese and Thai write a title's words with no space between them: a run of such letters
# holds several words ('国際シンポジウム「東アジアの人口減少と地方自治」')
_UNSPACED_WORDS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]{4}")


# 'A lecture by Professor Jane Smith', 'An evening of talks and music', 'A Great Lakes Urban Forum': what
# the event is (its kind, its series), not a subtitle
_DESCRIBES_EVENT = re.compile(
    r"^(?i:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?i:lecture|talk|seminar|conversation|evening|afternoon|morning|discussion"
    r"|panel|webinar|workshop|event|presentation|night|forum|symposium|roundtable|colloquium|briefing)s?$"
    r"|^(?i:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?i:lecture|talk|seminar|conversation|evening|afternoon|morning"
    r"|discussion|panel|webinar|workshop|event|presentation|night)s?\b|\bby\s+[A-Z]"
)


def describes_event(line: str) -> bool:
    return bool(_DESCRIBES_EVENT.search(line))


# the letters of the scripts that write no capitals, with which a heading opening with its year goes on: '2023 울산
# 산업전환 세미나', '2024 年度 シンポジウム', '2025 წლის ფორუმი' (Hangul, kana, CJK, Georgian, Devanagari, Arabic)
_UNCASED_LETTERS = "\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff\u10d0-\u10ff\u0900-\u097f\u0620-\u06d3"


def is_candidate(line: str) -> bool:
    if is_language_switcher(line) or is_generic_heading(line) or _STATUS_LINE.match(line.strip()):
        return False  # a language switcher: 'English / 日本語'; 'Event Details'; 'Sold out'
    if _ATTENDANCE_LINE.match(line.strip()) or _type_and_attendance(line):
        return False  # 'Online Only' over the title and again under the date; 'Report Launch | Hybrid'
    if _publication_label(line.strip()):
        return False  # 'Energy Policy Paper No. 4' by the heading: the work's label, not the event's title
    if _FIELD.match(line) or _ADMISSION.search(line) or _POSTED_LINE.match(line.strip()):
        return False  # a calendar's field row, what entry costs, when the post was written
    line = without_type_tag(line)
    if not 3 <= len(line) <= MAX_TITLE_CHARS or (len(line.split()) < 2 and not _UNSPACED_WORDS.search(line)):
        return False
    if (
        line.endswith(":")
        or _GREETING.match(line)  # a letter's 'Dear colleagues,' over the invitation
        or EVENT_TYPES.match(line)  # 'ON THE RECORD', before its first word is taken for initials
        or all(EVENT_TYPES.match(part) for part in _AND.split(line))  # 'Public lecture and book launch'
        or EVENT_TYPES.match(_ACRONYM.sub("", line))
        or _bilingual_type(line)
        or (is_prose(line) and _reads_as_sentence(line))
        or is_when_line(line)
    ):
        return False
    if re.search(r",\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?$", line):
        return False  # an address: 'Sanford School, Room 04, Duke University, Durham, NC'
    last = re.search(r"\b[^\W\d_]{3,}\.$", line)
    if last and last.group().islower() and len(line.split()) > 3:
        # a sentence: 'Refreshments will be served after the talk.', '… noorte lahkumist väikelinnadest.'
        return False
    if line.endswith(".") and re.search(r"\b(?:is|are|was|were|will|has|have)\b", line) and len(line.split()) > 4:
        return False  # 'This webinar is supported by the Sasakawa Peace Foundation.'
    # (a heading may open with its quoted work's name in guillemets or corner brackets: '«X» کی تقریبِ رونمائی')
    if re.match(
        rf"^(?![\"“'‘„¿¡«「『])(?!(?:19|20)\d\d\s+[A-Z{_UNCASED_LETTERS}])[\d\W]", line
    ) and not _NUMBERED_HEADING.match(line):
        return False  # not '2023 Seoul Forum', '7th Annual …', '100 Days In: …', '¿Quién paga …?'
    # (Georgian letters are lower case to Unicode, though the script writes no capitals: 'საჯარო დისკუსია')
    if line[:1].islower() and not "\u10d0" <= line[:1] <= "\u10ff":
        return False
    if find_times(line) or any(d.has_year for d in find_dates(line)):
        return False  # 'Webinar | Wednesday, March 3, 2021 | 9:00-10:30 JST'
    if re.search(r"\bin conversation with\b", line, re.IGNORECASE):
        return False  # 'Author Fiona MacLeod in conversation with broadcaster Sally Magnusson'
    if _BYLINE.match(line) or _credits_people(line):
        return False  # 'A lecture by Professor Jane Smith', 'Edited by A and B' under the title
    if bare_name(line)[0] and is_person_name(line):
        return False  # 'Professor Catherine Hall-Doyle'
    head = line.split(",")[0]
    quoted = sum(head.count(q) for q in '"“”') % 2  # the comma inside a quoted title: 'Presenting "X, Y and Z"'
    employer = describe(line)[1] if "," in line and not quoted and segment_kind(head) == "title" else None
    if employer and any(is_org_word(w) for w in employer.split()):
        return False  # 'Emerita Professor of Modern British History, University of Sheffield'
    return not parse_entries(line, strict=True)


# a heading that opens with an ordinal ('7th Annual Lecture on …', '3rd International Conference') or
# with a count and has a heading's colon or question mark ('100 Days In: …', '10 Years On: …'); an
# address ('71 George Street') or a list item ('1. Welcome') has neither
_NUMBERED_HEADING = re.compile(
    r"^\d{1,3}(?:st|nd|rd|th)\s+[A-Z][a-z]+\s+\S"
    r"|^\d{1,4}\s+[A-Z][a-z]+(?:\s+[\w'’-]+){0,3}?(?::\s+[A-Z\"“]|\?$)"
    r"|^(?:1[89]|20)\d\d\s*[–—-]\s*(?:(?:1[89]|20)\d\d|\d\d):\s+[A-Z\"“]"  # '1995–2025: Thirty Years of …'
)
_BYLINE = re.compile(
    r"^(?i:an?)\s+(?:[\w'’-]+\s+){0,2}?(?i:lecture|talk|presentation|seminar|reading|keynote)s?\s+(?i:by|from)\s+[A-Z]"
)
# 'Edited by Kenji Tanaka and Amra Hadžić': a book's or report's credit line under its title
_CREDIT = re.compile(
    r"^(?i:(?:co-)?(?:edited|written|authored|compiled|translated|curated|moderated|chaired|convened))\s+by\s+(?P<names>\S.*)$"
)


def _credits_people(line: str) -> bool:
    """'Edited by A and B', 'Written by A, B and C': a credit line whose every name is a person's."""
    credit = _CREDIT.match(line.strip())
    names = re.split(r"\s*(?:,|;|&|\band\b)\s*", credit["names"]) if credit else []
    return bool(names) and all(is_person_name(name) for name in names if name)


_TITLE_LABEL = re.compile(
    r"^(?:(?:talk|lecture|seminar|paper|presentation|event|session)\s+)?title\s*:\s*(?P<title>\S.*)$", re.IGNORECASE
)
_NAME_LABEL = re.compile(r"^(?:name|position|organi[sz]ation|affiliation)\s*:", re.IGNORECASE)


# 'Topic: X' (or 'Topic' over X), as meeting platforms (Zoom, Webex) label a webinar's title; a
# calendar's 'Topic: Economics' names a subject in a word or two, not in a heading of four words
_TOPIC_LABEL = re.compile(r"^topic\s*:?\s*(?P<title>\S.*)?$", re.IGNORECASE)
TOPIC_WORDS = 4


def labelled_title(lines: list[str]) -> str | None:
    """'Title: Climate Migration and the Law' in a seminar listing (not a person's 'Title:
    Senior Fellow' beside 'Name:'), else a meeting platform's 'Topic: …'."""
    for i, line in enumerate(lines[:60]):
        match = _TITLE_LABEL.match(line)
        if not match or any(_NAME_LABEL.match(other) for other in lines[max(0, i - 2) : i + 3]):
            continue
        title = match.group("title").strip()
        if is_candidate(title) and not (segment_kind(title) == "title" and len(title.split()) <= 4):
            return clean_title(title)
    for i, line in enumerate(lines[:60]):
        match = _TOPIC_LABEL.match(line.strip())
        following = next((other for other in lines[i + 1 : i + 3] if other.strip()), "")
        title = (match.group("title") or following).strip() if match else ""
        if title and len(title.split()) >= TOPIC_WORDS and is_candidate(title):
            return clean_title(title)
    return None


# What the page says of the event's state, not its name (schema.org's eventStatus):
# 'Cancelled: X', 'POSTPONED - X', 'Sold out', and the generic 'Event: X' of a CMS <title>.
_STATUS = (
    r"(?:cancell?ed|postponed|rescheduled|sold[ -]out|fully booked|booked out|waitlist(?: only)?|new date"
    r"|updated?|past event|event|(?:this )?(?:event|webinar) (?:has )?(?:passed|ended)"  # a platform's 'Event ended'
    r"|booking closed|few (?:tickets|places|seats) left)"
)
_GREETING = re.compile(r"^(?:Dear|Hello|Hi|Greetings|Good (?:morning|afternoon|evening))\b.{0,60},$", re.IGNORECASE)
_STATUS_LINE = re.compile(rf"^{_STATUS}[.!]?$", re.IGNORECASE)
# 'Online Only', 'Hybrid Event', 'In Person & Online': how to attend, a CMS's tag by the title
_ATTENDANCE_LINE = re.compile(
    r"^(?:online|virtual|hybrid|in[- ]person)(?:\s+(?:only|event|meeting|webinar))?"
    r"(?:\s*(?:&|and|\+|/)\s*(?:online|virtual|in[- ]person))?$",
    re.IGNORECASE,
)


def _type_and_attendance(line: str) -> bool:
    """'Report Launch | Hybrid', 'Webinar · Online': a type line that says how to attend too."""
    parts = re.split(r"\s+[|·•]\s+", line.strip())
    return len(parts) > 1 and all(EVENT_TYPES.match(p) or _ATTENDANCE_LINE.match(p) for p in parts)


def _publication_label(line: str) -> bool:
    """'Strategic Report No. 2', 'Energy Policy Paper No. 4': a numbered work's series and number alone."""
    found = REPORT_RE.search(line)
    series = line[: found.start()] if found else ""
    return found is not None and found.end() == len(line) and bool(re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){0,4}", series))


# 'Posted on 02/12/2024', 'Last updated: 3 March 2025': a post's own dates, which a day-month
# order the page leaves open ('02/12') keeps from being read as a date
_POSTED_LINE = re.compile(
    r"^(?:posted|published|(?:last )?(?:updated|modified))(?:\s+on)?\s*:?\s*\S*\d"
    r"|^(?:written|posted|submitted|created)\s+by\s+\S",  # a CMS's byline: 'Written by Administrator'
    re.IGNORECASE,
)
_STATUS_PREFIX = re.compile(rf"^{_STATUS}\s*(?::|\s[|–—-])\s+(?=\S)", re.IGNORECASE)
# '… (online)', '… [Hybrid]', '… (Online Short Course)': the attendance (schema.org's
# eventAttendanceMode) and the kind of event (its @type), not the name
_ATTENDANCE_SUFFIX = re.compile(
    r"\s+[(\[](?:online|virtual|hybrid|in[- ]person|via zoom|on zoom|livestream(?:ed)?)"
    r"(?P<kind>\s+[^()\[\]]{3,30})?[)\]]$",
    re.IGNORECASE,
)


def _without_attendance(title: str) -> str:
    tag = _ATTENDANCE_SUFFIX.search(title)
    kind = tag and tag.group("kind")
    return title[: tag.start()] if tag and (not kind or EVENT_TYPES.match(kind.strip())) else title


# 'CIDS presents a public discussion: "X"', 'The Institute invites you to the lecture "X"': a
# sentence's lead-in before the quoted title ('Workshop: "X"', a label with no verb, stays)
_LEAD_IN = re.compile(
    r"^[^\"“”]{2,80}?\b(?:presents?|invites? you(?: to)?|welcomes? you to"
    r"|(?:is|are) (?:pleased|delighted|happy|proud) to (?:present|host|invite you to))\b"
    r"[^\"“”]{0,40}?(?::\s*|\s+)(?=[\"“][^\"“”]{3,200}[\"”]$)"
)


# a news headline's predicate after the event's name: '… to be held in Tashkent', '… will take place on 4 May'
_ANNOUNCED = re.compile(
    r"(?<=\S)\s+(?:to be held|to take place|will be held|will take place)\s+(?:in|at|on)\s+[^\"“”«»:|–—]{2,40}$",
    re.IGNORECASE,
)


def clean_title(title: str) -> str:
    """Without a site name after ' | ', a status before it ('Cancelled: '), an attendance tag
    after it ('(online)'), a lead-in before a quoted title and surrounding quotes."""
    title = without_type_tag(" ".join(title.split()))
    title = _LEAD_IN.sub("", title)
    title = _without_attendance(_STATUS_PREFIX.sub("", title))
    title = _ANNOUNCED.sub("", title)
    typed = re.match(r"^(?P<type>[^|–—]+?) [|–—-] (?P<rest>.+)$", title)
    series = typed is not None and re.search(r"(?:#|\bNo\.?\s*)\d+$", typed.group("type"))  # 'Dialogue #42 | X'
    if typed and (EVENT_TYPES.match(typed.group("type")) or series):
        title = typed.group("rest")  # 'Webinar | The Digital Services Act | Site name', 'Webinar – X'
        return _unquoted(title.split(" | ")[0].strip())
    title = re.sub(r"\s+[|–—-]\s+[^|–—-]{2,60}$", "", title) if " | " in title else title
    return _unquoted(title.strip())


_QUOTES = "\"'“”‘’"


def _unquoted(title: str) -> str:
    """Without quotes around the whole title; a quoted part ('Workshop: "Parties…"') keeps its."""
    while len(title) > 1 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    if sum(title.count(q) for q in '"“”„') % 2:  # one quote left over ('„X“' pairs): the stray one goes
        title = title.strip('"“”')
    return title
