"""An HTML page's title as its independent signals agree on it.

A page names its event in several places: the embedded schema.org `name`, the `h1` (or an
`h2` titled so), `og:title`/`twitter:title` and `<title>`. Each place wraps the title in its own
chrome ('Webinar | Title | Site', a logo h1, 'Dialogue #42 | Title'), but the chrome differs
from place to place while the title stays: the text most places hold (whole, or as a run of
their parts between separators) is the title. A part that is the site's name (its
`og:site_name`, its host name's words or initials, a text its footer repeats), an event type,
a date or a generic heading is no title, and an organisation's or unit's name ranks below a
title with as many votes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.dates import find_dates
from kg.pages.gazetteer import town_name
from kg.pages.lines import match_label
from kg.pages.people import bare_name, is_person_name, segment_kind
from kg.pages.title import (
    EVENT_TYPES,
    SERIES,
    UNIT_NAME,
    clean_title,
    describes_event,
    is_candidate,
    is_generic_heading,
)
from kg.pages.words import is_org_word

# ' | ', ' - ', ' – ', ' — ', ' · ', ' » ', ' :: ' between a title and the site or section, and the
# ' > ' of a board's post ('Title > Events | Site', as Gnuboard writes its <title>)
SEPARATOR = re.compile(r"\s+(?:[|–—·»>]|-{1,2}|::)\s+")
_SMALL_WORDS = frozenset(("the", "of", "and", "for", "in", "at", "on", "a", "an", "&", "de", "du", "des", "la", "le"))


@dataclass
class TitleSignals:
    """Where an HTML page names itself: (source, text) pairs and what names the site. The
    `<title>`, `og:title` and `twitter:title` are one source ('head'): a site writes them
    from one field, so they agree without being independent."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    host: str = ""
    footer: str = ""
    lower: list[str] = field(default_factory=list)  # the page's h3 and h4 headings


@lru_cache(maxsize=200_000)  # every line of a long page is compared with every candidate title
def title_key(text: str) -> str:
    # 'Title – Subtitle' as WordPress typesets 'Title - Subtitle' is the same as 'Title: Subtitle'
    text = re.sub(r"\s+[–—-]\s+", ": ", text)
    return " ".join(re.sub(r"[\"“”‘’'.,;:!?]+$|^[\"“”‘’']+", "", text.strip()).split()).casefold()


def run_keys(text: str) -> set[str]:
    """The keys of every text a line or heading holds: itself and its runs of parts."""
    return {title_key(run) for run in _runs(" ".join(text.split()))}


_CRUMB = re.compile(r"\s+[>›]\s+")  # 'Home > Events > Title': a breadcrumb's steps


def _runs(text: str) -> list[str]:
    """The text, its cleaned form and every run of its parts between separators; of a
    breadcrumb, its last step, which names the page (the steps before it name sections)."""
    crumbs = _CRUMB.split(text)
    if len(crumbs) > 2 or len(crumbs) == 2 and crumbs[0].strip().lower() == "home":
        return [text] if is_series(crumbs[-1]) else [text, crumbs[-1]]  # '… > Seminars > Applied Economics Seminar'
    parts = [p for p in SEPARATOR.split(text) if p.strip()]
    runs = {text, clean_title(text), _without_type(text)}
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            runs.add(" ".join(text.split()) if (start, end) == (0, len(parts)) else _joined(text, parts[start:end]))
    return [r for r in runs if r.strip()]


def _without_type(text: str) -> str:
    """'Webinar The Future of Nuclear Energy': an h1 with its type in a span run into the title."""
    words = text.split()
    for cut in (1, 2):
        if len(words) > cut + 1 and EVENT_TYPES.match(" ".join(words[:cut])) and words[cut][:1].isupper():
            return " ".join(words[cut:])
    return text


def _joined(text: str, parts: list[str]) -> str:
    """The run of parts as the text writes it, separators included."""
    begin = text.find(parts[0])
    end = text.find(parts[-1], begin) + len(parts[-1])
    return text[begin:end] if begin >= 0 and end > begin else " ".join(parts)


def _host_words(host: str) -> set[str]:
    labels = [w for w in re.split(r"[.-]", host.casefold()) if w and w not in ("www", "events", "event", "calendar")]
    return set(labels[:-1] if len(labels) > 1 else labels)


def is_site_name(text: str, signals: TitleSignals) -> bool:
    """The site's or its owner's name: og:site_name, the host name's words or initials
    ('Royal Society of Chemistry' at rsc.org, 'Garden Museum' at gardenmuseum.org.uk), or a
    short text the footer repeats."""
    key = title_key(text)
    if any(key == title_key(name) for name in signals.site_names if name):
        return True
    words = [w for w in re.findall(r"[\w&]+", key) if w not in _SMALL_WORDS]
    hosts = _host_words(signals.host)
    joined = ("".join(words), "".join(w[0] for w in words))  # 'gardenmuseum.org.uk', 'rsc.org'
    if words and hosts and (set(words) <= hosts or any(j in hosts for j in joined)):
        return True
    return len(words) <= 6 and bool(signals.footer) and key in title_key(signals.footer)


def _is_label(text: str) -> bool:
    """An event type, a generic heading, a section's heading ('Related events', 'Speakers',
    'About this event'), a date, or anything else that is no title."""
    cleaned = clean_title(text)
    section = match_label(cleaned) if cleaned else None
    about = _ABOUT_SECTION.fullmatch(cleaned) or NEXT_SESSION.fullmatch(cleaned)
    heading = section is not None and not section[1] or about is not None
    return heading or not cleaned or not is_candidate(cleaned) or any(d.has_year for d in find_dates(text))


# a section's heading over a box about the book, the author or the institute ('About the book')
_ABOUT_SECTION = re.compile(r"[Aa]bout (?:the|this|our) [a-z]+")
# a series page's heading over its one coming session ('Next session', 'Upcoming webinar'): the
# session's own heading under it names the event
NEXT_SESSION = re.compile(
    r"(?i:next|upcoming|forthcoming|coming up:?)(?: (?i:session|event|seminar|webinar|lecture|talk|dialogue|meeting))?"
)


def _without_acronym(text: str) -> str:
    """'IMEI Institut Mediterrani d'Estudis Internacionals', 'SIPA — Steppe Institute for Policy
    Analysis': a logo's initials before the name they abbreviate are part of the site's name,
    not of a title."""
    led = re.fullmatch(r"(?P<head>[A-Z]{2,6})(?:\s+[–—|:-])?\s+(?P<rest>\S.*)", text)
    if not led:
        return text
    initials = "".join(re.findall(r"(?:^|\s|['’])([A-ZÀ-Þ])", led.group("rest")))
    return led.group("rest") if led.group("head") == initials else text


def is_organisation(text: str) -> bool:
    if re.match(rf"^(?:The\s+)?(?:{_ORDINAL})\s", text):
        return False  # '12th Annual Research Forum and Health Policy Summit': an edition of an event
    parts = SEPARATOR.split(text)
    if len(parts) == 2 and town_name(parts[1]):
        text = parts[0]  # 'Balkan Policy Institute – Tirana': a site's name with its seat
    words = _without_acronym(text).split()
    heads = [i for i, w in enumerate(words) if is_org_word(w.strip(",.;:"))]
    # the organisation word heads the name ('Lowell Policy Institute', 'Museum Gustavianum',
    # 'Society of Antiquaries'), not a title that uses one ('Rebuilding Trust in Elections')
    headed = any(i in (0, len(words) - 1) or words[i + 1].lower() in ("of", "for", "on") for i in heads)
    # a longer name led by its organisation word ('Academy of the Social Sciences in Australia')
    opens = bool(heads) and heads[0] <= 1 and heads[0] + 1 < len(words) and words[heads[0] + 1] in ("of", "for")
    org = (len(words) <= 5 or (opens and len(words) <= 8)) and segment_kind(text) == "org" and headed
    return org or (len(words) <= 10 and bool(UNIT_NAME.match(text)))


# when as many sources agree: the embedded name over a heading over the <head>'s titles
_SOURCE_WEIGHT = {"schema": 0.3, "h1": 0.2, "h2": 0.1, "head": 0.0}


def _led_by_section(text: str) -> bool:
    """'Nordic Ocean Institute » Events » Title', 'Events | Title': a section's generic heading
    before the last part."""
    return any(is_generic_heading(part) for part in SEPARATOR.split(text)[:-1])


def _is_chrome_part(part: str, signals: TitleSignals) -> bool:
    """A part of a heading that names the site, a section, an event type or a date."""
    return _is_label(part) or is_site_name(clean_title(part), signals)


def is_all_chrome(text: str, signals: TitleSignals) -> bool:
    """'Webinar Registration - Zoom': every part names the site, a section or a generic heading."""
    return all(_is_chrome_part(part, signals) for part in SEPARATOR.split(text))


def _chrome_led(text: str, signals: TitleSignals) -> bool:
    """'CIDS | Events | Title': every part before the last is chrome."""
    parts = SEPARATOR.split(text)
    return len(parts) > 1 and all(_is_chrome_part(part, signals) for part in parts[:-1])


def _chrome_edged(text: str, signals: TitleSignals) -> bool:
    """'CIDS | Events', 'Events | Title': a run of parts that starts or ends with chrome holds
    no more of the title than the run without it."""
    parts = SEPARATOR.split(text)
    if len(parts) > 1 and parts[-1][:1].islower():
        return _is_chrome_part(parts[0], signals)  # 'Following the money – organised crime in …': one title
    return len(parts) > 1 and (_is_chrome_part(parts[0], signals) or _is_chrome_part(parts[-1], signals))


def is_last_part(text: str, titles: list[str]) -> bool:
    """The last of several parts of a <title> ('Title | Lowell Policy Institute'): where sites
    put their own or a section's name."""
    return any(len(parts := SEPARATOR.split(t)) > 1 and title_key(parts[-1]) == title_key(text) for t in titles)


BRAND_WORDS = 4  # 'RFF Live', 'Harbour Talks': a brand's or series' name before a title is short


def _led_by_brand(text: str, key: str, signals: TitleSignals) -> bool:
    """'RFF Live | Title' (a brand's or series' name, then the title) over an h1 'Title': the
    page's heading prints the title and leaves out what the <title> writes before it."""
    lead = SEPARATOR.split(text)[0]
    headings = [t for source, t in signals.texts if source in _HEADINGS]
    printed = any(title_key(t) == key for t in headings)
    return printed and len(lead.split()) <= BRAND_WORDS and not any(title_key(lead) in run_keys(t) for t in headings)


def _rank(
    key: str, votes: dict[str, set[str]], written: dict[str, str], signals: TitleSignals
) -> tuple[float, int, int]:
    """Sources first; then how many texts hold it (og:title 'X' and <title> 'X | Section |
    Site' agree on X, not on 'X | Section'); then the longer text."""
    text = written[key]
    head = [t for source, t in signals.texts if source == "head"]
    if any(source != "head" and title_key(t) == key for source, t in signals.texts):
        # a heading prints it whole, and a <title> led by the site's name ('Site | Title'), by its
        # sections ('Site » Events » Title') or by a brand the heading leaves out ('RFF Live | Title')
        # puts it last
        led = [t for t in head if is_site_name(SEPARATOR.split(t)[0], signals) or _led_by_section(t)]
        head = [t for t in head if t not in led and not _led_by_brand(t, key, signals)]
    if not any(source != "head" and not _is_chrome_part(t, signals) for source, t in signals.texts):
        head = [t for t in head if not _chrome_led(t, signals)]  # only 'CIDS | Events | Title' names it, last
    penalty = 1.5 * (is_organisation(text) or is_last_part(text, head)) + 1.5 * is_series(text)
    weight = max(_SOURCE_WEIGHT.get(s, 0.0) for s in votes[key])
    holders = sum(1 for _, t in signals.texts if key in run_keys(t))
    return len(votes[key]) + weight - penalty, holders, len(key)


# an academic term after a name: 'FS 2025', 'HS 2024', 'WiSe 2024/25', 'Spring Term 2025'
_TERM = re.compile(
    r"\s(?:FS|HS|WS|SS|SoSe|WiSe|(?:Sommer|Winter|Frühjahrs|Herbst)semester"
    r"|(?:Spring|Fall|Autumn|Winter|Summer|Michaelmas|Hilary|Trinity|Lent)(?:\s+(?:Term|Semester|Quarter))?)"
    r"\s+(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?$"
)


_ORDINAL = (
    r"\d{1,3}(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)"
)


def is_series(text: str) -> bool:
    """'Kellerman Lecture Series', 'Annual Darwin Lecture 2022', 'Democracy Dialogue No. 14', 'Talks 2026 #3',
    'Kolloquium Sozialanthropologie FS 2025' (a programme of an academic term): the series, not
    the event."""
    text = _title_cased(text)  # 'MID-TERM POLICY SERIES 2026' as 'Mid-Term Policy Series 2026'
    if _ONE_OF_ITS_KIND.search(text):
        return False  # 'Sixty Years of the Treaty: A Symposium': the title, then what kind of event it is
    if _TERM.search(text) and len(text.split()) <= 8:
        return True
    # 'Democracy Dialogue No. 14', 'Ramadan Talks 2026 #3': an edition's year and number after the name
    # (or a season's years: 'Lectures 1999-2000', 'Seminars 2004/05')
    head = re.sub(
        r"\s+(?:(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?|(?:(?:19|20)\d\d\s+)?(?:No\.?|Nr\.?|Number|#)\s*\d+)$",
        "",
        text,
    )
    numbered = head != text and not re.search(r"\b(?:19|20)\d\d$", text)
    typed = numbered and bool(EVENT_TYPES.match(head.split()[-1]))
    # 'The 2025 Sir Desmond Alleyne Distinguished Lecture', 'The 7th Annual X Memorial Lecture': the edition
    named = re.sub(rf"^(?:The\s+)?(?:(?:19|20)\d\d|{_ORDINAL})\s+", "", text)
    edition = _EDITION.search(text) is not None
    return len(named.split()) <= 6 and bool(SERIES.search(head) or typed or edition) or _named_lecture_in_a_field(text)


# 'Winter Talks 2026 · No. 3': a middle dot or a dash sets the edition's number apart from the name
_EDITION_MARK = re.compile(r"\s*[·•|–—]\s*(?=(?:No\.?|Nr\.?|Number|#)\s*\d+$)", re.IGNORECASE)


def numbered_edition(text: str) -> bool:
    """'Democracy Dialogue No. 14', 'Harbour Talks 2026 · No. 4': one numbered session of a series, whose
    own title the page prints after it (as a text page's title line under it is the title alone)."""
    text = _EDITION_MARK.sub(" ", text)
    return is_series(text) and re.search(r"(?:No\.?|Nr\.?|Number|#)\s*\d+$", text, re.IGNORECASE) is not None


# 'Theme: X' under a named lecture: the lecture's own title, joined after a colon (sets 86 and 107); a forum's
# or a symposium's theme is not (sets 83, 100, 112)
_THEME = re.compile(r"^theme\s*:\s*(?P<theme>\S.{2,200})$", re.IGNORECASE)
# a lecture's name, which a year may follow: 'NSE Port Harcourt Branch 2025 Annual Lecture', 'Ruth First Lecture 2026'
_NAMED_LECTURE = re.compile(r"\bLectures?(?:\s+(?:19|20)\d\d)?$")


def lecture_theme(title: str, line: str) -> str | None:
    """The theme a 'Theme:' line gives a named lecture's heading, or None (not a bare type: 'Public Lecture')."""
    theme = _THEME.match(line)
    named = _NAMED_LECTURE.search(_title_cased(title)) and ":" not in title and not EVENT_TYPES.match(title)
    if theme and named and len(title.split()) <= 10:
        return theme.group("theme").strip("\"“”'‘’«» ")
    return None


# ': A Symposium', ': An Evening of Talks' after a title: the kind of this one event, with its article
# (not a series so written: ': A Lecture Series')
_ONE_OF_ITS_KIND = re.compile(r":\s+(?:A|An)\s+(?:[A-Z]?[a-z'’-]+\s+){0,3}[A-Za-z'’-]+(?<!Series)$")


# 'North West Cross-Border Conference 2025': a yearly meeting's edition, whose own title the heading gives
_EDITION = re.compile(r"\b(?:Conference|Summit|Congress|Dialogue)\s+(?:19|20)\d\d$")


# 'The Bowring Lecture in Ocean Law', 'Tanner Lectures on Human Values': a lecture named after a
# person, then its field; not 'Public Lecture on Climate Change', which is the event's type
_LECTURE_IN_FIELD = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?)(?:Memorial\s+)?Lectures?\s+(?:in|on)\s+"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}$"
)


def _title_cased(text: str) -> str:
    """A heading in capitals read as written in title case: 'THE BOWRING LECTURE IN OCEAN LAW'."""
    return re.sub(r"\b(?:In|On|And)\b", lambda m: m.group().lower(), text.title()) if text.isupper() else text


def _named_lecture_in_a_field(text: str) -> bool:
    named = _LECTURE_IN_FIELD.match(_title_cased(text))
    return named is not None and not EVENT_TYPES.match(f"{named.group('name').strip()} Lecture")


_HEADINGS = ("h1", "h2")
_TYPE_PREFIX = re.compile(r"^(?P<type>[^:]{3,40}):\s+(?=\S)")


# 'Book launch: The Salt Roads' over a heading 'The Salt Roads': the heading names the work the event
# launches, shows or presents, so the event's own name keeps the type
_WORK_TYPES = re.compile(r"\b(?:launch|book|screening|exhibition)\b", re.IGNORECASE)


# 'Roundtable “Water Sharing after Qosh Tepa”': an event type before its quoted title, no colon
_TYPE_QUOTED = re.compile(r"^(?P<type>[^\"“”«»„]{3,40}?)\s+[\"“«„](?P<title>[^\"“”«»„]{3,200})[\"”»“]$")


def _without_type_prefix(text: str) -> str:
    """'Webinar: Child Care Deserts' and 'Roundtable “Child Care Deserts”' as a CMS's title field
    (embedded name, <title>) writes them also vote for 'Child Care Deserts': a heading that
    prints the title without its type then wins, while one that prints it whole keeps it."""
    quoted = _TYPE_QUOTED.match(text)
    if quoted and EVENT_TYPES.match(quoted.group("type")) and not _WORK_TYPES.search(quoted.group("type")):
        return quoted.group("title")
    prefix = _TYPE_PREFIX.match(text)
    # (or the series the event belongs to: 'Prairie Voices Lecture: Treaty Ground')
    typed = prefix is not None and (EVENT_TYPES.match(prefix.group("type")) is not None or is_series(prefix["type"]))
    return text[prefix.end() :] if prefix and typed and not _WORK_TYPES.search(prefix.group("type")) else text


def agreed_title(signals: TitleSignals) -> str | None:
    """The title most of the page's sources hold, or None when none holds one."""
    votes: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    headed: set[str] = set()
    for source, text in signals.texts:
        runs = _runs(" ".join(text.split()))
        if source not in _HEADINGS:
            runs += [_without_type_prefix(run) for run in runs]
        for run in runs:
            key = title_key(run)
            votes.setdefault(key, set()).add(source)
            # the longer writing, or the one the page prints in its heading ('Title: Subtitle' over the
            # embedded 'Title – Subtitle')
            printed = source in _HEADINGS and not run.isupper() and key not in headed
            if printed or (key not in headed and len(run) >= len(written.get(key, ""))):
                written[key] = run
            if printed:
                headed.add(key)
    usable = [k for k in votes if not _is_chrome_part(written[k], signals) and not _chrome_edged(written[k], signals)]
    if not usable:
        return None
    key = max(usable, key=lambda k: _rank(k, votes, written, signals))
    best = written[key]
    if votes[key] == {"head"}:
        # '<title>NEPI :: Events :: X</title>' over an h3 'X: Subtitle': the heading prints it in full
        best = next((t for t in signals.lower if title_key(t).startswith(f"{key}: ")), best)
    in_full = _heading_in_full(best, signals) or _typed_short_in_full(best, signals) or _dashed_in_full(best, signals)
    return clean_title(in_full or best)


_QUOTED_PART = re.compile(r"[\"“](?P<quoted>[^\"“”]{3,200})[\"”]")


def _heading_in_full(best: str, signals: TitleSignals) -> str | None:
    """'Distinguished Lecture: X, "The Archive and the Flood"' in the <title> and the schema.org
    name, over an h1 'The Archive and the Flood: Reading Water in …': the heading gives in full
    the title the other sources quote in short after the series and the speaker."""
    quoted = _QUOTED_PART.search(best)
    if quoted is None:
        return None
    short = title_key(quoted.group("quoted"))
    return next(
        (t for s, t in signals.texts if s == "h1" and title_key(t).startswith(short) and title_key(t) != short), None
    )


def _typed_short_in_full(best: str, signals: TitleSignals) -> str | None:
    """'Report Launch: Powering the North' in the <title> and the schema.org name, over an h1
    'Powering the North: Mini-Grids and the Last Mile': the CMS's field gives the title short after
    the event's type, the heading prints it with its subtitle."""
    prefix = _TYPE_PREFIX.match(best)
    if prefix is None or not EVENT_TYPES.match(prefix.group("type")):
        return None
    short = title_key(best[prefix.end() :])
    return next((t for s, t in signals.texts if s == "h1" and title_key(t).startswith(f"{short}: ")), None)


_DASH = re.compile(r"\s+[–—-]\s+")


def _dashed_in_full(best: str, signals: TitleSignals) -> str | None:
    """'Title: Subtitle' in the <title> and og:title, over an h1 'Title: Subtitle — What Works?': the
    CMS's field cut the title at its dash, the heading prints it whole; unless what follows the dash
    is chrome (the site, a section, a type, a date), an organisation, a town or a person."""
    key = title_key(best)
    for source, text in signals.texts:
        parts = _DASH.split(" ".join(text.split()))
        if source != "h1" or len(parts) != 2 or title_key(parts[0]) != key:
            continue
        tail = parts[1]
        named = is_organisation(tail) or town_name(tail) or is_person_name(tail)
        if not (_is_chrome_part(tail, signals) or named or is_series(tail)):
            return " ".join(text.split())
    return None


_SEMINAR_IN_FIELD = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,3}(?:Seminar|Colloquium|Workshop)\s+in\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}$"
)


def lecture_title(title: str | None, after: list[str], headline: str | None = None) -> str | None:
    """A named lecture's heading ('Galileo Lecture 2025', 'The Carathéodory Prize Lecture') with
    the lecture's own title that the page prints after it, joined after a colon (as a text page's
    quoted line under the series joins it); a heading that names the lecturer ('Inaugural Lecture:
    Professor X', 'Seminar Series: Dr. Y') gives way to the talk's own title."""
    if not title:
        return title
    after = _before_programme(after)
    theme = next(filter(None, (lecture_theme(title, line) for line in after)), None)
    if theme and title_key(theme) not in title_key(title):
        return f"{title}: {theme}"
    prefix = _TYPE_PREFIX.match(title)
    typed = prefix is not None and (EVENT_TYPES.match(prefix["type"]) is not None or is_series(prefix["type"]))
    # the lecturer as a heading writes a person: with an honorific ('Running Dry' is no one)
    named = title[prefix.end() :] if prefix else ""
    speaker = typed and bool(bare_name(named)[0]) and is_person_name(named)
    # one numbered session of a series (or the headline the title was cut from: 'TALKS SERIES | NO. 7' voted
    # down to its series)
    edition = numbered_edition(title) or bool(
        headline and numbered_edition(headline) and title_key(title) in title_key(headline)
    )
    # a department's seminar named by its discipline ('Research Seminar in Finance'): each session is
    # known by its talk, as when the heading names the speaker
    session = speaker or _SEMINAR_IN_FIELD.match(title) is not None or edition
    if not (session or is_series(title)):
        return title
    # (a speaker card's heading, 'Teresa Gallegos, Ph.D.', is no title)
    titles = [t for t in after if not _is_label(t) and not is_series(t) and not is_person_name(t.split(",")[0])]
    own = clean_title(titles[0]) if titles else None
    if own is None or title_key(own) in title_key(title):
        return title
    return own if session else f"{title}: {own}"


def _before_programme(after: list[str]) -> list[str]:
    """The headings printed before the programme's own ('Agenda', 'Programme'): those under it are its items
    ('Check-in and Breakfast'), not the own title of a conference's edition ('X Workshop 2024')."""
    for index, text in enumerate(after):
        label = match_label(clean_title(text) or "")
        if label is not None and label[0].kind == "agenda" and not label[1]:
            return after[:index]
    return after


# a subtitle element that says what the event does with a work: 'Launch of X Policy Briefing No. 24',
# 'Release of the Annual Report' (a type line's words, the work a report of its own), not the title's
_ACT_ON_WORK = re.compile(
    r"^(?:(?:official|formal|public)\s+)?(?:launch|release|presentation|unveiling)\s+of\s+\S", re.IGNORECASE
)


def with_subtitle(title: str | None, headline: str | None, subtitle: str | None) -> str | None:
    """'Groundwater Governance in Peninsular India' with the subtitle its page prints under the
    headline in an element of its own ('Lessons from Two Decades of Borewell Data'), joined
    after a colon as a catalogue records a title and its subtitle (and as a text page's
    subtitle line joins); not when the title has a colon of its own or holds the subtitle, nor when
    the subtitle says what the event does with a work ('Launch of X Policy Brief No. 23')."""
    if not (title and headline and subtitle) or title_key(title) != title_key(clean_title(headline)):
        return title
    if ":" in title or title_key(subtitle) in title_key(title) or not is_candidate(subtitle):
        return title
    if _ACT_ON_WORK.match(subtitle):
        return title
    if describes_event(subtitle):
        return title  # 'A Great Lakes Urban Forum' under the headline: the series it belongs to
    return f"{title} {subtitle}" if title.endswith(("?", "!")) else f"{title}: {subtitle}"
