"""The event's own date and times among the dates a page mentions.

The event's date is the first dated line of its "Date & Time" block, else the first dated line
that is not running text and not a 'Posted on' line; its times stand on that line or on the
few lines after it. A multi-day range ends on its last day, at the last time its programme
gives for that day. A zone comes from the time itself, a page-wide statement ("All times
ET"), the stated place (Washington, London, Seoul…), or the caller's default, in that order;
a time with none of these is left out and the day kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache

from babel import Locale

from kg.dates import (
    CLDR_LANGUAGES,
    PLACE_ZONES,
    DateSpan,
    TimeSpan,
    find_dates,
    find_times,
    find_zone,
    folded,
    resolve_zone,
    weekday_numbers,
    when,
    zone_for,
    zone_name,
)
from kg.pages.gazetteer import PO_BOX, capital_zone, cjk_town_zone, local_script_town, town_name, town_zone
from kg.pages.lines import FIELD_LABEL, is_prose, is_when_line, starts_with_time
from kg.pages.place import EIRCODE, read_place, region_codes
from kg.pages.words import COUNTRY_ZONES, IANA_CITY_ZONES

_NOT_EVENT_DATE = re.compile(
    r"\b(?:posted|published|updated|modified|deadline|register by|rsvp by"
    r"|©|copyright|released|issued|apply by|submitted|submissions?|notification|acceptance|call for"
    r"|abstracts? due|early[- ]bird|registration (?:opens|closes)|please register by"
    r"|founded|established|member since"  # a group's or a member's card: 'Founded Mar 22, 2015'
    # the clock of the moment the page was shown: 'The current conference time is: 2nd Dec 2026, 04:15:02pm CET'
    # (ConfTool), 'Current time: …'
    r"|current (?:conference |local |server )?time(?: is)?)\b"
    # a post's date in the languages whose dates are read (kg.dates.CLDR_LANGUAGES): 'Publicado: 24 de
    # marzo de 2025', 'Veröffentlicht am', 'Publié le', 'Pubblicato il', 'Gepubliceerd op', 'Julkaistu'
    r"|\b(?:publicad[oa]|actualizad[oa]|atualizad[oa]|publié(?:e|s)?|mis à jour|veröffentlicht|aktualisiert"
    r"|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt|publicerad|publiceret|publisert|julkaistu"
    r"|opublikowano|publikováno|zveřejněno|yayınlanma|diterbitkan|δημοσιεύθηκε|опубликовано"
    # Lithuanian, Ukrainian, Serbian, Vietnamese and Swahili (set 103): 'Paskelbta', 'Опубліковано', 'Објављено',
    # 'Đăng ngày', 'Imewekwa'
    r"|paskelbta|опубліковано|објављено|đăng ngày|ngày đăng|imewekwa"
    # Bulgarian, Albanian, Icelandic, Thai and Korean (set 108): 'Публикувано на', 'Publikuar më', 'Birt',
    # 'วันที่ลงข่าว', '작성일'
    r"|публикувано|publikuar|birt|วันที่ลงข่าว|작성일"
    # Macedonian, Afrikaans, Azerbaijani, Maltese, Sinhala and Nepali (set 113): 'Објавено на', 'Gepubliseer',
    # 'Dərc edilib', 'Ippubblikat', 'පළ කළ දිනය', 'प्रकाशित मिति'
    r"|објавено|gepubliseer|dərc edilib|ippubblikat|පළ කළ දිනය|प्रकाशित मिति"
    # Armenian, Kazakh, Basque, Tamil, Mongolian, Khmer, Uzbek and Malagasy (set 118): 'Հրապարակված', 'Жарияланды',
    # 'Argitaratze-data', 'வெளியிடப்பட்டது', 'Нийтэлсэн', 'ចុះផ្សាយ', 'Chop etildi', 'Navoaka'
    r"|հրապարակված|жарияланды|жарияланған|argitaratze-data|argitaratua|வெளியிடப்பட்டது|нийтэлсэн|ចុះផ្សាយ"
    r"|chop etildi|e'lon qilindi|navoaka"
    # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Жарыяланды', 'Objavljeno',
    # 'Publizéiert', 'Foilsithe', 'Ọjọ́ tí a gbé e jáde', 'প্রকাশিত', 'ລົງວັນທີ', 'شائع شدہ'
    r"|жарыяланды|жарыяланган|objavljeno|publizéiert|verëffentlecht|foilsithe|foilsíodh|a gbé e jáde"
    r"|প্রকাশিত|ລົງວັນທີ|شائع شدہ|شائع کیا گیا"
    # the day a post was added or entered, in the languages met before (set 126): Turkish 'Ekleme',
    # 'Eklenme tarihi', Polish 'Dodano', Ukrainian 'Додано', Russian 'Добавлено', Vietnamese 'Ngày tạo',
    # Korean '등록일', '게시일', Georgian 'დამატებულია', Nepali 'थपिएको', Urdu 'تاریخِ اندراج'
    r"|ekleme|eklenme tarihi|dodano|додано|добавлено|ngày tạo|등록일|게시일|დამატებულია|थपिएको"
    r"|تاریخِ? اندراج)(?![\w\u0b80-\u0bff\u1780-\u17ff\u0980-\u09ff\u0e80-\u0eff])"
    # its count of readers and its reading time in those languages: '312 kez okundu', '1 832 переглядів',
    # '1 204 просмотра', '412 wyświetleń', '६४३ पटक पढिएको', '۶۴۳ مرتبہ پڑھا گیا', 'Lượt xem: 1.204',
    # '조회수 428', 'Okunma: 312', '5 хв читання', '3 dk okuma', '4 min czytania'
    r"|\d[\d\s,.]*\s*(?:kez (?:okundu|görüntülendi)|перегляд(?:ів|и)?|просмотр(?:ов|а)?|wyświetle[ńn]|odsłon"
    r"|पटक (?:पढिएको|हेरिएको)|बार (?:पढ़ा|देखा) गया|(?:بار|مرتبہ) (?:پڑھا|دیکھا) گیا|ნახვა)"
    r"|\b(?:okunma|görüntülenme|lượt xem|조회수?|wyświetlenia|odsłony|перегляди|просмотры|ნახვები)\s*:?\s*\d"
    r"|\d+\s*(?:хв|мин|dk|min|phút|분)\.?\s*(?:читання|чтения|okuma|czytania|đọc)"
    # a post's count of readers beside its date: '| 1,204 views', '| 1,204 ጊዜ ታይቷል', '४८७ पटक हेरिएको', 'Hits: 318',
    # '| 👁 612', 'Ko‘rishlar: 1 204'
    r"|\d[\d,.]*\s*(?:views|ጊዜ ታይቷል|पटक हेरिएको)|\b(?:views|hits|baxış|ko['‘ʻ]rishlar)\s*:\s*\d|👁\s*\d"
    r"|\b(?:көрүүлөр|pregleda|ເບິ່ງ)\s*:\s*\d"  # 'Көрүүлөр: 486', 'ເບິ່ງ: 842' (set 122)
    # a byline: 'By Communications Unit | November 18th, 2024 | Events', and the Malay 'Oleh …'
    r"|^\s*(?:by|oleh)\s+\w[^|·•]{2,40}?\s*[|·•]"
    # a top bar's today: 'Today: Tuesday, 10 February 2026', 'আজ: মঙ্গলবার, …' (set 122), 'آج:', 'Бүгүн:'
    r"|^\s*(?:today|আজ|آج|бүгүн|ມື້ນີ້)\s*:",
    re.IGNORECASE,
)
_TIMES_LOOKAHEAD = 3

CITY_ZONES = {
    "Washington": "America/New_York",
    "New York": "America/New_York",
    "Boston": "America/New_York",
    "Philadelphia": "America/New_York",
    "Baltimore": "America/New_York",
    "Princeton": "America/New_York",
    "New Haven": "America/New_York",
    "Arlington, VA": "America/New_York",
    "Atlanta": "America/New_York",
    "Miami": "America/New_York",
    "Toronto": "America/Toronto",
    "Ottawa": "America/Toronto",
    "Montreal": "America/Toronto",
    "Chicago": "America/Chicago",
    "Houston": "America/Chicago",
    "Austin": "America/Chicago",
    "Denver": "America/Denver",
    "Los Angeles": "America/Los_Angeles",
    "San Francisco": "America/Los_Angeles",
    "Stanford": "America/Los_Angeles",
    "Berkeley": "America/Los_Angeles",
    "San Diego": "America/Los_Angeles",
    "Seattle": "America/Los_Angeles",
    "Mexico City": "America/Mexico_City",
    "London": "Europe/London",
    "Oxford": "Europe/London",
    "Edinburgh": "Europe/London",
    "Dublin": "Europe/Dublin",
    "Paris": "Europe/Paris",
    "Brussels": "Europe/Brussels",
    "Berlin": "Europe/Berlin",
    "Munich": "Europe/Berlin",
    "Geneva": "Europe/Zurich",
    "Zurich": "Europe/Zurich",
    "Vienna": "Europe/Vienna",
    "Rome": "Europe/Rome",
    "Madrid": "Europe/Madrid",
    "Amsterdam": "Europe/Amsterdam",
    "The Hague": "Europe/Amsterdam",
    "Stockholm": "Europe/Stockholm",
    "Copenhagen": "Europe/Copenhagen",
    "Oslo": "Europe/Oslo",
    "Helsinki": "Europe/Helsinki",
    "Warsaw": "Europe/Warsaw",
    "Prague": "Europe/Prague",
    "Kyiv": "Europe/Kyiv",
    "Moscow": "Europe/Moscow",
    "Istanbul": "Europe/Istanbul",
    "Tokyo": "Asia/Tokyo",
    "Seoul": "Asia/Seoul",
    "Beijing": "Asia/Shanghai",
    "Shanghai": "Asia/Shanghai",
    "Hong Kong": "Asia/Hong_Kong",
    "Taipei": "Asia/Taipei",
    "Singapore": "Asia/Singapore",
    "New Delhi": "Asia/Kolkata",
    "Jakarta": "Asia/Jakarta",
    "Bangkok": "Asia/Bangkok",
    "Manila": "Asia/Manila",
    "Sydney": "Australia/Sydney",
    "Canberra": "Australia/Sydney",
    "Melbourne": "Australia/Melbourne",
    "Nairobi": "Africa/Nairobi",
    "Johannesburg": "Africa/Johannesburg",
    "Cape Town": "Africa/Johannesburg",
    "Jerusalem": "Asia/Jerusalem",
    "Tel Aviv": "Asia/Jerusalem",
    "Dubai": "Asia/Dubai",
    "Doha": "Asia/Qatar",
    **dict.fromkeys(("Osaka", "Kyoto", "Kobe", "Nagoya", "Yokohama", "Fukuoka", "Sapporo", "Hiroshima"), "Asia/Tokyo"),
    **dict.fromkeys(("Busan", "Incheon", "Daegu", "Gwangju"), "Asia/Seoul"),
    **dict.fromkeys(
        ("Guangzhou", "Shenzhen", "Wuhan", "Nanjing", "Hangzhou", "Chengdu", "Tianjin", "Xiamen"), "Asia/Shanghai"
    ),
    **dict.fromkeys(("Mumbai", "Bangalore", "Bengaluru", "Chennai", "Hyderabad", "Pune"), "Asia/Kolkata"),
    **dict.fromkeys(("Cambridge, MA", "Providence", "Pittsburgh", "Charlottesville", "Durham, NC"), "America/New_York"),
    **dict.fromkeys(("Geneva", "Basel", "Bern", "Lausanne"), "Europe/Zurich"),
    **dict.fromkeys(("Hamburg", "Frankfurt", "Cologne", "Bonn", "Heidelberg"), "Europe/Berlin"),
    **dict.fromkeys(("Manchester", "Birmingham", "Glasgow", "Cambridge, UK", "Bristol", "Leeds"), "Europe/London"),
}


def _states(codes: str, zone: str) -> dict[str, str]:
    return dict.fromkeys(re.split(r"\s+", codes), zone)


STATE_ZONES = {
    **_states("CT DE DC FL GA MA MD ME MI NC NH NJ NY OH PA RI SC VA VT WV IN KY ON QC", "America/New_York"),
    **_states("AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI MB", "America/Chicago"),
    **_states("CO ID MT NM UT WY AB", "America/Denver"),
    "AZ": "America/Phoenix",
    **_states("CA NV OR WA BC", "America/Los_Angeles"),
    "AK": "America/Anchorage",
    "HI": "Pacific/Honolulu",
}
_STATE_RE = re.compile(r",\s*(?P<state>[A-Z]{2})\b(?:\s+\d{5}(?:-\d{4})?)?(?:,|\s|$)")
# Every city that names an IANA zone ('Asia/Colombo' -> Colombo), less the names that are
# also common words or other places ('Center', 'Chatham', 'Norfolk', 'Darwin').
_STREET_AFTER = (
    r"(?![ \t]+(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Square|Place|Lane|Drive|Way|Plaza|Hall|Room|House)\b)"
)
# a street named after a city, its street word first as Spanish, Portuguese, French and Italian
# addresses write it ('Calle Santiago 4, 47001 Valladolid', 'Avenida Lima', 'Rue de Paris')
_STREET_BEFORE = "".join(
    rf"(?<!\b{word} )" for word in ("Calle", "Avenida", "Av.", "Avda.", "Rua", "Rue", "Rue de", "Via", "Viale", "Paseo")
)
_CITY_RE = re.compile(
    _STREET_BEFORE
    + r"\b("
    + "|".join(re.escape(c) for c in sorted({**IANA_CITY_ZONES, **CITY_ZONES}, key=len, reverse=True))
    + r")\b"
    + _STREET_AFTER
)
_ALL_TIMES = re.compile(r"\b(?:all )?times? (?:are |is |listed |shown )*(?:in )?(?P<zone>[A-Z]{2,5})\b")


@dataclass(frozen=True)
class When:
    start: str
    end: str | None
    time_zone: str | None
    year: int
    note: str | None = None  # what could not be read, e.g. a time without a zone


@dataclass(frozen=True)
class _Found:
    day: DateSpan
    index: int  # line index
    times: TimeSpan | None


def find_when(
    lines: list[str], order: list[int], place_text: str, default_zone: str | None, head: str = ""
) -> When | None:
    """The event's start and end from the lines, tried in `order` (date block first); `head` is
    text the page states outside its body (an HTML <title>), whose years also count."""
    found = _event_date(lines, order, head)
    if found is None:
        return None
    first, last = found.day.start, found.day.end or found.day.start
    programme = _programme(lines, found.index, first)
    last = last if found.day.end else _programme_last_day(programme, first)
    start_t, end_t = _times(found.times, programme, first, last)
    start_t = _programme_start(lines, found, start_t)
    if end_t == start_t and last == first:
        end_t = None  # one time and no range ('6pm' alone under the date): no end, not a day long
    ending = _end_stamp(lines, found)
    if ending is None and end_t is None:
        end_t = _end_time(lines, found.index) or _end_field(lines, first) or _hours_after(lines, found)
        end_t = end_t or _lasting(lines, found.index, start_t)
        end_t = end_t or (_end_in_sentence(lines[found.index + 1 :], start_t) if start_t else None)
    if ending is not None:  # '28 Oct 2025, 09:00 – 30 Oct 2025, 17:00', 'Ends: 30 Oct 2025 17:00'
        last, end_t = ending[0], ending[1].start if ending[1] else None
    zone_label = _zone_label([found.times, *programme.get(first, [])], lines, found.index, place_text, default_zone)
    zone_note = None
    if zone_label:
        # a webinar's 'CST' on the clock of the institution's own address ('…, Saskatoon, SK' in its footer)
        known = place_zone(place_text) or footer_zone(lines)
        zone_label, zone_note = resolve_zone(zone_label, place_text, known)
    tz = zone_for(zone_label) if zone_label else None
    if start_t is None or tz is None:
        note = "a time is stated without a time zone; kept the date only" if start_t else None
        return When(first.isoformat(), last.isoformat() if last != first else None, None, first.year, note)
    end_day = last if end_t is not None and (last != first or end_t > start_t) else first
    if end_t is not None and end_day == first and end_t <= start_t:
        end_day = first + timedelta(days=1)  # runs past midnight
    return When(
        when(first, start_t, tz),
        when(end_day, end_t, tz) if end_t else None,
        zone_name(zone_label) if zone_label else None,
        first.year,
        zone_note if start_t else None,
    )


_UNTIL = re.compile(r"[-–—]|\b(?:to|until|till|through|bis)\b", re.IGNORECASE)
_END_LABEL = re.compile(r"^\s*(?:ends?|end date(?: and time)?|end time|finish(?:es)?|until)\s*:?\s+", re.IGNORECASE)


def _end_stamp(lines: list[str], found: _Found) -> tuple[date, TimeSpan | None] | None:
    """The last day and time of an event whose start and end are each a date and a time: on the
    date's line after a dash ('Mon 28 Oct 2025 9:00 AM - Wed 30 Oct 2025 5:00 PM CET'), or on an
    'Ends:' / 'End date:' line just under it."""
    line = lines[found.index]
    for day in find_dates(line):
        between = line[found.day.span[1] : day.span[0]]
        if (
            day.span[0] >= found.day.span[1]
            and day.has_year
            and day.start >= found.day.start
            and _UNTIL.search(between)
        ):
            times = find_times(line[day.span[1] :])
            span = times[0] if times and times[0].span[0] < 16 else None
            # (the same day again with the end's time: 'Thu 12 Mar 2026, 6:30 PM – Thu 12 Mar 2026, 8:00 PM')
            if day.start > found.day.start or span is not None:
                # the last day's own hours ('… and Thursday 28 November 2019, 09:00–13:00') end when they end
                return day.start, replace(span, start=span.end) if span and span.end else span
    for following in lines[found.index + 1 : found.index + 3]:
        label = _END_LABEL.match(following)
        days = find_dates(following[label.end() :]) if label else []
        if label and days and days[0].has_year and days[0].start >= found.day.start:
            rest = following[label.end() + days[0].span[1] :]
            times = find_times(rest)
            return days[0].start, times[0] if times and times[0].span[0] < 16 else None
    return _last_day_below(lines, found)


_DAYS_LISTED = 14  # a date box lists each day of a meeting of at most two weeks


def _last_day_below(lines: list[str], found: _Found) -> tuple[date, TimeSpan | None] | None:
    """A date box listing each day with its own hours ('Mar. 22, 2018' / '9:00am – 5:30pm ET' /
    'Mar. 23, 2018' / '9:00am – 1:00pm ET'): the last day listed and the end of its hours."""
    box: list[str] = []
    for line in lines[found.index + 1 : found.index + 9]:
        if not line.strip():
            continue
        if not is_when_line(line) or len(box) >= 5:
            break
        box.append(line)
    ending = None
    for n, line in enumerate(box):
        days = find_dates(line)
        if len(days) != 1 or not days[0].has_year:
            continue
        day = days[0].start
        if not found.day.start < day <= found.day.start + timedelta(days=_DAYS_LISTED):
            continue
        after = box[n + 1] if n + 1 < len(box) else ""
        times = find_times(line[days[0].span[1] :]) or ([] if find_dates(after) else find_times(after))
        span = times[0] if times else None
        ending = day, replace(span, start=span.end) if span and span.end else span
    return ending


def _end_time(lines: list[str], index: int) -> time | None:
    """'Begin: 09:00 AM' / 'End: 05:30 PM' under the date, as ticket shops (pretix) print a
    start and an end of one day: the time on an 'End:' line among the next few lines."""
    for following in [line for line in lines[index + 1 :] if line.strip()][:_TIMES_LOOKAHEAD]:
        label = _END_LABEL.match(following)
        times = find_times(following[label.end() :]) if label else []
        if times and not find_dates(following, default_year=2000):
            return times[0].start
    return None


def _hours_after(lines: list[str], found: _Found) -> time | None:
    """'Date: Thursday 13 June 2024 - 10:00' over 'Hours: from 10.00 to 14.00': a line of the date
    block that gives the hours from the same start, its end with them."""
    if found.times is None or found.times.end is not None:
        return None
    for following in [line for line in lines[found.index + 1 :] if line.strip()][:_TIMES_LOOKAHEAD]:
        # (a field, not the programme's first row: '11.00 – 11.10 Welcome' under '… at 11:00')
        times = find_times(following) if _labelled_time(following) else []
        if len(times) == 1 and times[0].start == found.times.start and times[0].end is not None:
            return times[0].end
    return None


# 'The event will last 90 minutes', 'The webinar lasts one hour', 'Duration: 1.5 hours', and a webinar
# platform's field in hours and minutes or shortened: 'Duration: 1 hour 30 minutes', 'Duration: 90 min'
_LASTING = re.compile(
    r"\b(?:(?:will|is expected to|should) last|lasts|duration\s*:)\s+(?:for\s+)?(?:about\s+|approximately\s+)?"
    r"(?P<count>\d{1,3}(?:[.,]5)?|an?|one|two|three|one and a half)\s+(?P<unit>minutes|mins?|hours?|hrs?)\b"
    r"(?:,?\s+(?:and\s+)?(?P<more>\d{1,2})\s+(?:minutes|mins?)\b)?",
    re.IGNORECASE,
)
_COUNT_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "one and a half": 1.5}


def _lasting(lines: list[str], index: int, start: time | None) -> time | None:
    """The end of an event the text times only by how long it lasts, in the date's paragraph or
    the next few lines: its start plus that duration."""
    if start is None:
        return None
    for line in lines[index : index + _TIMES_LOOKAHEAD + 1]:
        found = _LASTING.search(line)
        if found:
            count = found["count"].lower()
            amount = _COUNT_WORDS.get(count) or float(count.replace(",", "."))
            minutes = amount if found["unit"].lower().startswith("min") else amount * 60 + int(found["more"] or 0)
            if 0 < minutes < 24 * 60:
                return (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()
    return None


def _end_field(lines: list[str], day: date) -> time | None:
    """'End Time: 9/24/2025 8:00 PM' in a calendar's form anywhere on the page (SharePoint's list
    item above the text's 'Date:' and 'Time:'): the end on the event's day."""
    for line in lines:
        label = _END_LABEL.match(line)
        days = find_dates(line[label.end() :]) if label else []
        times = find_times(line[label.end() + days[0].span[1] :]) if label and days else []
        if days and days[0].has_year and days[0].start == day and times and times[0].span[0] < 16:
            return times[0].start
    return None


# a sentence below the date that says when the event ends, in the languages the sets hold: 'The
# evening will end at 8 pm', Slovene 'zaključek predvidoma ob 18.30', Croatian 'završetak oko 20 sati',
# Czech 'konec v 18.30', Polish 'zakończenie o 18:30', German 'Ende gegen 20 Uhr', French 'fin prévue à 18h',
# Afrikaans 'die geleentheid sluit teen 20:15' (set 113)
_ENDS_AT = re.compile(
    r"\b(?:(?:close|end|finish|conclude)s?|zaključek|konec|završetak|zakončení|ukončení|zakończenie|koniec|ende|fin"
    r"|sluit|eindig)"
    r"(?:\s+(?:predvidoma|približno|okvirno|oko|około|ok\.|okoli|cca\.?|ca\.?|approximately|around|about|prévue))?"
    r"\s+(?P<at>(?:by|at|ob|u|oko|v|o|um|gegen|à|vers|teen|om)\s+\d)"
    # the reception that closes the evening: 'followed by a drinks reception on the terrace until 8pm',
    # a programme's last item 'Reception (until 6:00pm)' (and the event itself: 'The round table will
    # last until 13:00')
    r"|\b(?:reception|drinks|refreshments|will\s+(?:last|run|continue))\b(?:\s+[\w'’-]+){0,5}?\s+\(?(?P<until>until\s+\d)",
    re.IGNORECASE,
)


def _end_in_sentence(below: list[str], start: time) -> time | None:
    """The end a line below the date states in words, on the event's day (no date of its own) and
    after its start; or a sentence's range from the stated start ('Time: 6:30 pm' over 'The talk runs
    from 6:30 pm to 8 pm'), which a programme's row ('6:30 – 6:40 Welcome') is not."""
    for line in below:
        said = _ENDS_AT.search(line)
        times = find_times(line[said.start("at" if said["at"] else "until") :]) if said else []
        if times and times[0].start > start and not find_dates(line, default_year=2000):
            return times[0].start
    for line in below:
        if is_prose(line) and not starts_with_time(line) and not find_dates(line, default_year=2000):
            ranged = [t.end for t in find_times(line) if t.start == start and t.end is not None and t.end > start]
            if ranged:
                return ranged[0]
    return None


def _programme_last_day(programme: dict[date, list[TimeSpan]], first: date) -> date:
    """'Date: Thursday, 28/Mar/2019' over its timed items, then 'Date: Friday, 29/Mar/2019' over the
    next day's: a programme under one date goes on over the days that follow it, each a day heading
    over two timed items or more (a related event's one date and hour is no day of the programme)."""
    last = first
    while len(programme.get(last + timedelta(days=1), [])) >= 2:
        last += timedelta(days=1)
    return last


def _times(
    header: TimeSpan | None, programme: dict[date, list[TimeSpan]], first: date, last: date
) -> tuple[time | None, time | None]:
    """Start and end times: the header's, else the programme's first and last on those days."""
    first_day = programme.get(first, [])
    last_day = programme.get(last, [])
    start = header.start if header else (min(s.start for s in first_day) if first_day else None)
    if last != first and last_day:
        return start, max(s.end or s.start for s in last_day)
    if header is not None:
        return start, header.end
    return start, (max(s.end or s.start for s in first_day) if first_day else None)


# a CMS's byline, the line over the post's own date: 'Written by Administrator' / 'Thursday, 29
# November 2007' (Joomla), 'Posted by webmaster', 'Submitted by editor'
_BYLINE = re.compile(r"^\s*(?:written|posted|submitted|published|created)\s+by\s+[^\d|:.]{2,60}$", re.IGNORECASE)


def _over_post_count(lines: list[str], index: int) -> bool:
    """'04.03.2024' over 'Көрүүлөр: 486': the post's count of readers on the line under its date."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return len(below) <= 40 and not find_dates(below) and labelled_post_date(below)


def _under_byline(lines: list[str], index: int) -> bool:
    return index > 0 and bool(_BYLINE.match(lines[index - 1])) and not _LABELLED.match(lines[index])


# a sentence wrapped before its date: '… to confirm their participation by' / '20 May 2019.': a deadline
_DEADLINE_END = re.compile(r"\b(?:by|before|no later than|not later than)\s*$", re.IGNORECASE)


def _deadline_wrapped(lines: list[str], index: int) -> bool:
    return index > 0 and bool(_DEADLINE_END.search(lines[index - 1])) and is_prose(lines[index - 1])


def _event_date(lines: list[str], order: list[int], head: str = "") -> _Found | None:
    for index in order:
        line = lines[index]
        if _NOT_EVENT_DATE.search(line) or _under_byline(lines, index) or _deadline_wrapped(lines, index):
            continue
        if _over_post_count(lines, index):
            continue
        for day in find_dates(line):
            if day.has_year:
                found = _restated_with_times(lines, _Found(day, index, _times_near(lines, index, day.span)))
                return _labelled_later(lines, order, head, _timed_below(lines, found)) if found.times is None else found
    return _weekday_dated(lines, order, head) or _timed_without_year(lines, order, head)


_RESTATED_LOOKAHEAD = 10


def _restated_with_times(lines: list[str], found: _Found) -> _Found:
    """A date badge over the heading ('12' / 'DEC' / '2024') and the same day restated under it
    with its times ('Thursday, December 12th, 2024' / 'Doors open 5:30 p.m. | …'): the event's
    times are those of the restated day."""
    if found.times is not None:
        return found
    for index in range(found.index + 1, min(found.index + _RESTATED_LOOKAHEAD, len(lines))):
        if _NOT_EVENT_DATE.search(lines[index]):
            continue
        for day in find_dates(lines[index]):
            if day.has_year and (day.start, day.end) == (found.day.start, found.day.end):
                times = _times_near(lines, index, day.span)
                if times is not None:
                    return _Found(found.day, index, times)
    return found


_LABELLED = re.compile(r"^\s*(?:when|date(?:\s*(?:&|and)\s*time)?|time\s*(?:&|and)\s*date)\s*:", re.IGNORECASE)


def _labelled_later(lines: list[str], order: list[int], head: str, found: _Found) -> _Found:
    """'Mar 12, 2025 • 3 min read' … 'When: Thursday, April 10, 7:00–8:30 pm': a bare date with
    no time and no label is the post's, when a 'When:' or 'Date:' line gives a day on or after it
    with its times but without its year (the year then comes from its weekday or the page)."""
    if found.times is not None or _LABELLED.match(lines[found.index]):
        return found
    labelled = [i for i in order if _LABELLED.match(lines[i])]
    later = _weekday_dated(lines, labelled, head) or _timed_without_year(lines, labelled, head)
    return later if later and later.times and later.day.start >= found.day.start else found


def _timed_below(lines: list[str], found: _Found) -> _Found:
    """'September 25, 2024' / 'Thursday, October 17, 2024 · 7:00 PM – 8:30 PM': a bare date
    right above a later date given with its times is the post's date, not the event's."""
    below = [i for i in range(found.index + 1, min(found.index + 4, len(lines))) if lines[i].strip()][:1]
    below += _dated_under_heading(lines, found.index)
    for index in below:
        for day in find_dates(lines[index]):
            times = find_times(lines[index][day.span[1] :])
            if day.has_year and day.start > found.day.start and times and not _NOT_EVENT_DATE.search(lines[index]):
                return _Found(day, index, _event_time(lines[index][day.span[1] :], times))
    return found


def labelled_post_date(line: str) -> bool:
    """A date line whose words say it is not the event's: 'Posted: 2 June 2026', 'Published …'."""
    return bool(_NOT_EVENT_DATE.search(line))


def is_post_date(lines: list[str], index: int) -> bool:
    """A bare date line (no time) over a later date given with its times, or one its label
    says is not the event's ('Posted: 2 June 2026', 'Registration closes …'): the post's date,
    which is not the event's date block."""
    line = lines[index]
    days = [day for day in find_dates(line) if day.has_year]
    if days and (labelled_post_date(line) or _under_byline(lines, index) or _over_post_count(lines, index)):
        return True
    if not days or find_times(line):
        return False
    found = _Found(days[0], index, None)
    return _timed_below(lines, found) is not found


HEADING_LINES = 3


def _dated_under_heading(lines: list[str], index: int) -> list[int]:
    """'25.08.2025' / 'BOOK PRESENTATION' / 'Title' / '24.09.2025. 18:00-19:30': a bare date
    line set apart over the page's heading (a label, the title) is the post's date too; the first
    dated line under up to three short lines, each set apart by a blank line, as headings are."""

    def blank(i: int) -> bool:
        return i >= len(lines) or not lines[i].strip()

    if not blank(index + 1):
        return []
    passed = 0
    for i in range(index + 2, min(index + 2 + 2 * HEADING_LINES + 1, len(lines))):
        if blank(i):
            continue
        if find_dates(lines[i], default_year=2000):
            return [i] if passed else []
        # (a heading in sentence case reads as prose, but ends with no full stop: 'Round table «Water and
        # energy in Central Asia: from competition to cooperation»')
        sentence = is_prose(lines[i]) and lines[i].rstrip().endswith((".", "!"))
        if sentence or len(lines[i]) > 120 or not blank(i + 1):
            return []
        passed += 1
    return []


_WEEKDAY_NAME = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?", re.IGNORECASE)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PAGE_YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")


def _written_weekday(text: str) -> int | None:
    """The weekday (0 for Monday) written in the text, in English or another language whose dates
    are read ('jueves 7 de mayo')."""
    if weekday := _WEEKDAY_NAME.search(text):
        return _WEEKDAYS.index(weekday.group(1).lower())
    return next((weekday_numbers()[w] for w in map(folded, re.findall(r"\w+", text)) if w in weekday_numbers()), None)


def _weekday_dated(lines: list[str], order: list[int], head: str = "") -> _Found | None:
    """'Thursday, October 5 · 6:30 PM' on a page that gives no year with it: the year, among
    those the page mentions and their neighbours, in which that day is that weekday."""
    mentioned = Counter(int(y) for y in _PAGE_YEAR.findall("\n".join([*lines, head])))
    years = [y + step for y, _ in mentioned.most_common() for step in (0, 1, -1)]
    for index in order:
        line = lines[index]
        if _NOT_EVENT_DATE.search(line):
            continue
        for day in find_dates(line, default_year=2000):
            wanted = _written_weekday(line[max(0, day.span[0] - 14) : day.span[1]])
            if day.has_year or wanted is None:
                continue
            for year in years:
                start = _in_year(day.start, year)
                if start is not None and start.weekday() == wanted:
                    end = _in_year(day.end, year + day.end.year - day.start.year) if day.end else None
                    found = DateSpan(start, end, day.span, True)
                    return _Found(found, index, _times_near(lines, index, day.span))
    return None


def _timed_without_year(lines: list[str], order: list[int], head: str = "") -> _Found | None:
    """'November 14 @ 6:30 pm' on a page that states its year only elsewhere (its address, its
    calendar links, its footer): the first day given with a time takes the year the page names
    with that same day, else the year it names most."""
    text = "\n".join([*lines, head])
    mentioned = Counter(int(y) for y in _PAGE_YEAR.findall(text))
    if not mentioned:
        return None
    for index in order:
        line = lines[index]
        if _NOT_EVENT_DATE.search(line):
            continue
        for day in find_dates(line, default_year=2000):
            times = _times_near(lines, index, day.span)
            if day.has_year or times is None:
                continue
            same_day = re.search(rf"\b((?:19|20)\d\d)-{day.start:%m-%d}\b", text)
            year = int(same_day.group(1)) if same_day else mentioned.most_common(1)[0][0]
            start = _in_year(day.start, year)
            if start is not None:
                end = _in_year(day.end, year + day.end.year - day.start.year) if day.end else None
                return _Found(DateSpan(start, end, day.span, True), index, times)
    return None


def _in_year(day: date | None, year: int) -> date | None:
    try:
        return day.replace(year=year) if day else None
    except ValueError:  # 29 February
        return None


_REGISTRATION_WORDS = (
    r"registration|check-in"
    # in other languages (sets 108, 113): Malay 'Pendaftaran', Thai 'ลงทะเบียน', Macedonian 'Регистрација',
    # Afrikaans 'Registrasie', Sinhala 'ලියාපදිංචිය', Amharic 'ምዝገባ', Azerbaijani 'Qeydiyyat', Galician and
    # Spanish 'Recepción e entrega de documentación', 'Acreditación', Maltese 'Reġistrazzjoni', Nepali 'दर्ता'
    r"|pendaftaran|ลงทะเบียน|регистрација|registrasie|ලියාපදිංචිය|ምዝገባ|qeydiyyat|recepción|acreditaci[óo]n"
    r"|reġistrazzjoni|दर्ता"
    # Armenian, Kazakh, Tamil, Mongolian, Khmer and Malagasy (set 118): 'Մասնակիցների գրանցում', 'Қатысушыларды
    # тіркеу', 'பதிவு', 'Бүртгэл', 'ចុះឈ្មោះ', 'Fisoratana anarana'
    r"|(?:մասնակիցների )?գրանցում|(?:қатысушыларды )?тіркеу|பதிவு|бүртгэл|ចុះឈ្មោះ|fisoratana anarana"
    # Kyrgyz, Bosnian, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Катышуучуларды каттоо', 'Dolazak i
    # registracija učesnika' (arrival and registration, as set 115's English), 'Clárú agus tae', 'Ìforúkọsílẹ̀',
    # 'নিবন্ধন', 'ລົງທະບຽນ', 'رجسٹریشن'
    r"|(?:катышуучуларды )?каттоо|(?:dolazak i )?registracija|clárú|ìforúkọsílẹ̀|নিবন্ধন|ລົງທະບຽນ|رجسٹریشن"
    # the word in the other languages whose pages are read (set 126 found the earlier sets' words did not
    # reach new pages in their languages): Turkish 'Kayıt', Polish 'Rejestracja', Ukrainian 'Реєстрація',
    # Russian and Bulgarian 'Регистрация', Georgian 'რეგისტრაცია', Korean '등록' (a table's '등 록' spaced out),
    # Vietnamese 'Đón tiếp đại biểu' (receiving the delegates), 'Đăng ký', Hindi 'पंजीकरण', Czech 'Registrace',
    # Slovak 'Registrácia', Hungarian 'Regisztráció', Romanian 'Înregistrarea', Latvian 'Reģistrācija',
    # Estonian 'Registreerimine', Albanian 'Regjistrimi', Greek 'Εγγραφές', Indonesian 'Registrasi', Swahili
    # 'Usajili', Filipino 'Pagpaparehistro', Japanese '受付', Chinese '签到', '報到', German 'Registrierung',
    # Dutch 'Registratie', Portuguese 'Credenciamento', Italian 'Registrazione', French 'Accueil des participants'
    r"|kayıt|rejestracja|реєстрація|регистрация|რეგისტრაცია|등\s?록|đón tiếp(?: đại biểu| khách mời)?|đăng ký"
    r"|पंजीकरण|registrace|registrácia|regisztráció|înregistrarea?|reģistrācija|registreerimine|regjistrimi"
    r"|εγγραφές|registrasi|usajili|pagpaparehistro|受付|签到|報到|报到|registrierung|registratie|credenciamento"
    r"|registrazione|accueil des participants"
)
# an item that opens with registration ('Registration and morning tea'); 'Arrival and registration of
# guests' and '8:30 Tea and registration' are what comes before the event (set 53's answers)
_REGISTRATION = re.compile(rf"^[\W\d]*(?:{_REGISTRATION_WORDS})(?!\w)", re.IGNORECASE)


# what precedes the event: doors, registration, and the refreshments or coffee served before a talk
_BEFORE_START = re.compile(
    r"\b(?:doors(?: open)?|sign-in|arrival|refreshments|coffee|tea)\b"
    # and registration in any language read: '14:00 ~ 17:00 (등록 13:30부터)', '(rejestracja od 9.30)'
    rf"|(?<!\w)(?:{_REGISTRATION_WORDS})(?!\w)",
    re.IGNORECASE,
)


# what sets one happening's time apart from the next: 'Doors open 6.30pm | talk 7pm', and a spaced
# dash between times that are not one range ('Doors open 6.30pm – talk at 7pm – finishing 8.30pm')
_HAPPENING_APART = re.compile(r"[|;,·•()]|\s[-–—]\s")


def _event_time(line: str, times: list[TimeSpan]) -> TimeSpan:
    """The first time of the event itself: 'Doors open: 8:30 a.m. | Program: 9:00 - 10:30 a.m.'
    and '5.30pm refreshments, 6pm – 7pm lecture' start at the talk (a reception, unlike doors
    opening or refreshments, is a part of the event)."""
    for n, span in enumerate(times[:-1]):
        start = max([0] + [m.end() for m in _HAPPENING_APART.finditer(line[: span.span[0]])])
        after = _HAPPENING_APART.search(line[span.span[1] :])
        part = line[start : span.span[1] + (after.start() if after else len(line))]
        if not _BEFORE_START.search(part):
            return _closed(line, span, times[n + 1 :])
    if len(times) > 1 and _BEFORE_START.search(line):
        # the last time that is no end: 'Doors open 6:00pm for a 6:30pm start; ends 8:00pm' starts at 6:30pm
        begun = [
            n for n in range(1, len(times)) if not _END_WORDS.search(line[times[n - 1].span[1] : times[n].span[0]])
        ]
        return _closed(line, times[begun[-1]], times[begun[-1] + 1 :]) if begun else times[-1]
    return times[0]


# (and 'until' in other languages: Croatian, Slovene, Czech and Polish 'do', Dutch 'tot', German 'bis')
_END_WORDS = re.compile(
    # ('finishes around 7.30pm', 'ending at about 9', 'concluding at 8pm', 'wrapping up by 4')
    r"\b(?:finish(?:es|ing)?|ends?|ending|clos(?:e|es|ing)|conclud(?:e|es|ing)|wrap(?:s|ping)? up"
    r"|until|till|do|tot|bis)\b"
    r"(?:\s+by)?"
    r"(?:\s+at)?(?:\s+(?:around|about|approximately|approx\.))?\s*$",
    re.I,
)


# 'until' written after the time in the languages that set it there, the end in a clause of its own: Urdu
# and Hindi 'شام ساڑھے پانچ بجے تک', '5 बजे तक', Nepali 'सम्म' (joined to its word or apart), Korean '까지',
# Japanese 'まで', Turkish '17.30'a kadar'
_UNTIL_AFTER = re.compile(r"^\s*(?:बजे|بجے)?\s*(?:تک|तक|सम्म|까지|まで|['’]?y?[ae] kadar)(?!\w)")


# what parts a start from its end: an aside after the start ('10:00am prompt – 2:00pm', '9.30am
# (registration) – 1.00pm') before the dash, or nothing at all when the two times alone make the line (a
# calendar's '2:00 PM 4:00 PM', its start and end elements set side by side)
_ASIDE_TO = re.compile(r"\s*(?:(?:\([^()\d]{1,40}\)|[a-z]{3,12})\s*)?[-–—]\s*")


# an aside in brackets naming what comes before the event, with its own time: '(registration from 8:30 a.m.)'
_BEFORE_START_ASIDE = re.compile(
    r"\((?=[^()]*\d)(?=[^()]*(?:registration|doors|coffee|arrival|refreshments))[^()]{3,50}\)"
)


def _to_later(line: str, chosen: TimeSpan, later: TimeSpan) -> bool:
    between = line[chosen.span[1] : later.span[0]]
    if _ASIDE_TO.fullmatch(between) or _ASIDE_TO.fullmatch(_BEFORE_START_ASIDE.sub("", between)):
        return True
    return not (between + line[: chosen.span[0]] + line[later.span[1] :]).strip()


def _closed(line: str, chosen: TimeSpan, later: list[TimeSpan]) -> TimeSpan:
    """'5.30pm for a 6pm start – 7.30pm', '17:30 for 18:00 – 19:30': the start's span has no
    end of its own; the event ends when the later time range, or a time after a dash, does;
    'talk 6:30pm, finishing at 7:30pm' ends at the time after an end word; a time in an aside
    ('9:00 a.m. (registration from 8:30 a.m.) – 1:00 p.m.') is not the end."""
    aside = _BEFORE_START_ASIDE.search(line, chosen.span[1])
    if aside and chosen.end is None:
        later = [span for span in later if not aside.start() <= span.span[0] < aside.end()]
    if chosen.end is None:
        for span in later:
            if _END_WORDS.search(line[chosen.span[1] : span.span[0]]) or _UNTIL_AFTER.match(line[span.span[1] :]):
                return replace(chosen, end=span.start, zone=chosen.zone or span.zone)
        # 'Reception 6:00 PM | Program 6:45 – 8:00 PM': the event goes on to the end of the part after it
        for span in later[:1]:
            # (not a second clock: '10:00 a.m. ET (16:00–17:30 CET)')
            same_clock = (span.zone or chosen.zone) == (chosen.zone or span.zone)
            apart = "(" not in line[chosen.span[1] : span.span[0]]
            if same_clock and apart and span.end is not None and chosen.start < span.start < span.end:
                return replace(chosen, end=span.end, zone=chosen.zone or span.zone)
            if same_clock and span.end is None and chosen.start < span.start and _to_later(line, chosen, span):
                return replace(chosen, end=span.start, zone=chosen.zone or span.zone)
    if chosen.end is not None or not re.match(r"\s*for\b", line[chosen.span[1] :]):
        return chosen
    for span in later:
        if span.end is not None:
            return replace(chosen, end=span.end, zone=chosen.zone or span.zone)
        if re.search(r"[-–—]\s*$", line[: span.span[0]]):
            return replace(chosen, end=span.start, zone=chosen.zone or span.zone)
    return chosen


def _times_near(lines: list[str], index: int, span: tuple[int, int]) -> TimeSpan | None:
    """The time range on the date's line after the date (or before it: 'Time: 9:30-11:30,
    June 18, 2023'), on the next few lines, or on a time line just above ('Time: 3:00 PM EDT' /
    'Date: Tuesday, June 4, 2024')."""
    after = lines[index][span[1] :]
    on_line = find_times(after)
    if on_line:
        return _event_time(after, on_line)
    on_line = find_times(lines[index][: span[0]])
    if on_line:
        return on_line[0]
    return _times_after(lines, index) or _time_line_before(lines, index)


def _time_line_before(lines: list[str], index: int) -> TimeSpan | None:
    for line in [line for line in lines[max(0, index - 3) : index] if line][-2:]:
        if is_when_line(line) and not find_dates(line, default_year=2000) and find_times(line):
            return find_times(line)[0]
    return None


# the paragraph under a date that gives its hours in words: 'The Society will hold its Annual Meeting
# at 6.00 pm, … The evening will close by 8.30 pm.'
_PROSE_START = re.compile(
    r"\b(?:will\s+(?:be\s+held|hold|take\s+place|begin|start)|begins|starts)\b[^.;]{0,80}?\bat\s+(?=\d|noon)",
    re.IGNORECASE,
)
_PROSE_END = re.compile(
    r"\b(?:close|end|finish|conclude)s?\s+(?:by|at)\s+(?=\d)"
    r"|\b(?:closing|ending|finishing|concluding)\s+(?:by|at)\s+(?=\d)",  # '…, ending at 8pm'
    re.IGNORECASE,
)


def _hours_in_words(lines: list[str], index: int) -> TimeSpan | None:
    """The start (and end) the first paragraph after index states in its sentences."""
    paragraph = []
    for line in lines[index:]:
        if not line:
            break
        paragraph.append(line)
    text = " ".join(paragraph)
    start = _PROSE_START.search(text)
    begins = find_times(text[start.end() :]) if start else []
    if start is None or not begins:
        return None
    end = _PROSE_END.search(text, start.end())
    ends = find_times(text[end.end() :]) if end else []
    return replace(begins[0], end=ends[0].start) if ends and ends[0].start > begins[0].start else begins[0]


def _times_after(lines: list[str], index: int) -> TimeSpan | None:
    seen = 0
    for i, line in enumerate(lines[index + 1 :], start=index + 1):
        if not line:
            continue
        seen += 1
        # (or a short sentence that says so: 'The lecture begins at 6:30pm.')
        if seen == 1 and (is_prose(line) or _PROSE_START.search(line)):
            in_words = _hours_in_words(lines, i)
            if in_words:
                return in_words
        if seen > _TIMES_LOOKAHEAD:
            return None
        days = find_dates(line, default_year=2000)
        if days:  # '8:00 - 9:00 PM EST / Thursday, March 11, 9:00 - 10:00 AM HKT'
            before = [t for t in find_times(line) if t.span[1] <= days[0].span[0]]
            return before[0] if before else None
        field = FIELD_LABEL.match(line)
        if field and _BEFORE_START.search(field.group("label")):
            continue  # 'Registration: 08:30' under the date: not the event's own time
        if is_when_line(line) or line.lower().startswith("time") or _labelled_time(line):
            times = find_times(line)
            if times:
                return _ended_below(lines, i, _event_time(line, times))
    return None


_DASH_LINE = re.compile(r"\s*[-–—]\s*")


def _ended_below(lines: list[str], index: int, found: TimeSpan) -> TimeSpan:
    """'6:00 PM' / '8:00 PM', '11:00' / '–' / '13:00': a calendar's start and end elements set one
    under the other (its dash, if any, on a line of its own), each time alone on its line."""
    if found.end is not None or lines[index].strip() != lines[index][found.span[0] : found.span[1]].strip():
        return found
    below = [line for line in lines[index + 1 : index + 5] if line.strip()][:2]
    if below and _DASH_LINE.fullmatch(below[0]):
        below = below[1:]
    times = find_times(below[0]) if below else []
    if len(times) == 1 and times[0].end is None and below[0].strip() == below[0][slice(*times[0].span)].strip():
        same_clock = (times[0].zone or found.zone) == (found.zone or times[0].zone)
        if same_clock and times[0].start > found.start:
            return replace(found, end=times[0].start, zone=found.zone or times[0].zone)
    return found


def _labelled_time(line: str) -> bool:
    """A field row whose value is a time, whatever the language of its one-word label
    ('Zeit: 16.15–17.45 Uhr', 'Heure : 18h30', 'Hora: 10:00–12:00'), unless the label names
    what comes before the event ('Registration: 8:30')."""
    field = FIELD_LABEL.match(line)
    if field is None or _BEFORE_START.search(field.group("label")) or _NOT_EVENT_DATE.search(line):
        return False
    value = field.group("value")
    times = find_times(value)
    opens = bool(times) and (times[0].span[0] == 0 or bool(_FROM.fullmatch(value[: times[0].span[0]])))
    if opens and _ASIDE.match(value[times[0].span[1] :]):
        # 'Hora: 10h00 a 12h00 (hora de Ecuador, GMT-5)': the clock named in words of any language ('Heure :
        # de 9h00 à 12h30 (heure de Niamey)': the range led by its 'from')
        return True
    if len(times) > 1 and times[0].span[0] == 0 and _FOR.match(value[times[0].span[1] : times[1].span[0]]):
        return True  # Afrikaans 'Tyd: 18:00 vir 18:30 (…)': arrive at the first, begin at the next
    return is_when_line(value) and bool(times) and not find_dates(value, default_year=2000)


_FOR = re.compile(r"^\s*(?:for|vir)\s+$", re.IGNORECASE)
_FROM = re.compile(r"(?:de|from|von|van|od|dalle)\s+", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()\d]*(?:(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?[^()\d]*\)\s*$")


# '18:00 doors open, coffee': the room opens before the event does (registration, by contrast, opens
# a conference's programme and starts it)
_DOORS = re.compile(r"^\W*doors\b", re.IGNORECASE)


def _programme(lines: list[str], after: int, first: date) -> dict[date, list[TimeSpan]]:
    """Times of the lines that start with one ('9:00 – 9:15 a.m. Welcome'), by day; a short
    dated line ('Day 2 | Tuesday, March 5') starts a new day, and the hours it gives are that day's,
    as does a line led by its date however long (a table row whose day cell opens it: 'Friday,
    Nov. 2, 09:00 – 12:00, Lecture 3: …')."""
    by_day: dict[date, list[TimeSpan]] = {}
    day = first
    for line in lines[after + 1 :]:
        days = find_dates(line, default_year=first.year)
        # ('Book by 31 October.', 'Please reply before 2 May': a deadline under the date starts no day)
        if days and _DEADLINE_END.search(line[: days[0].span[0]]):
            continue
        if days and (len(line) < 80 or days[0].span[0] == 0):
            day = days[0].start
            if not days[0].has_year and day < first:
                day = _in_year(day, first.year + 1) or day  # 'Thursday, January 1' of a school from December 29
            hours = find_times(line[days[0].span[1] :])  # 'Friday, Oct. 17, 2025, 9 a.m.–12:30 p.m.'
            by_day.setdefault(day, []).extend(hours[:1])
            continue
        if starts_with_time(line):
            spans = find_times(line)
            if spans and spans[0].span[0] < 3 and not _DOORS.match(line[spans[0].span[1] :]):
                by_day.setdefault(day, []).append(spans[0])
    return by_day


# the room opening with something to eat or drink before the event ('Doors open, light meal')
_DOORS_ITEM = re.compile(r"^[\W\d]*(?:doors|refreshments|arrival|light (?:meal|refreshments))\b", re.IGNORECASE)


# the first rite of the programme, which opens the event even when the guests arrive with it: 'Arrival of
# guests and national anthem', 'Arrival and opening prayer' (but 'Doors open, welcome drinks' is not one)
_OPENING_RITE = re.compile(
    r"\b(?:(?:national\s+)?anthem|(?:opening\s+)?prayer|invocation|welcome\s+(?:address|remarks|speech))\b",
    re.IGNORECASE,
)


def _programme_start(lines: list[str], found: _Found, start: time | None) -> time | None:
    """The start as the programme under the date block has it: 'Time: 9.30am – 12.30pm' over
    '9.00am Registration and morning tea' starts with the registration (not when the date block
    names it before its time: '9.00am – 10.30am (breakfast and registration from 8.30am)');
    '17:00–19:30' over '17:00 Doors open, light meal' and '17:30 Welcome' starts at the welcome."""
    if start is None or found.times is None:
        return start
    items = [line for line in lines[found.index + 1 :] if starts_with_time(line)][:2]
    if not items:
        return start
    spans = [find_times(line)[0] for line in items]
    item = items[0][spans[0].span[1] :]
    block = lines[found.index : found.index + _TIMES_LOOKAHEAD + 1]
    if _REGISTRATION.match(item) and not any(_BEFORE_START.search(line) for line in block if find_times(line)):
        return min(start, spans[0].start)
    doors = _DOORS_ITEM.match(item) and not re.search(r"registration", item, re.IGNORECASE)
    doors = doors and not _OPENING_RITE.search(item)
    if doors and spans[0].start == start and len(spans) > 1 and spans[1].start > start:
        return spans[1].start
    return start


def _zone_label(
    spans: list[TimeSpan | None], lines: list[str], index: int, place_text: str, default_zone: str | None
) -> str | None:
    for span in spans:
        if span is not None and span.zone:
            return span.zone
    nearby = " ".join([lines[index], *[line for line in lines[index + 1 :] if line.strip()][:_TIMES_LOOKAHEAD]])
    stated = find_zone(nearby)
    if stated:
        return stated
    for line in lines:
        match = _ALL_TIMES.search(line)
        if match and zone_name(match.group("zone")):
            return match.group("zone")
    for line in lines:  # the zone the page writes with its times elsewhere: '… @ 4:00 pm - 5:30 pm MDT'
        written = [t.zone for t in find_times(line) if t.zone] if is_when_line(line) else []
        if written:
            return written[0]
    # 'October 10–11, 2023 | Houston, TX'; then the caller's clock; then the institution's own address
    # a city only inside a longer name ('4 Gibraltar Camp Way, …, Kingston 7') comes after the rest
    # the lines apart, so that a town ending one ('…, Apia') does not run into the next ('The Faculty …')
    near_lines = "\n".join([lines[index], *[line for line in lines[index + 1 :] if line.strip()][:_TIMES_LOOKAHEAD]])
    stated = place_zone(place_text, embedded=False) or place_zone(near_lines, embedded=False)
    return stated or default_zone or footer_zone(lines) or place_zone(place_text) or place_zone(near_lines)


FOOTER_LINES = 12
# the regions of clocks whose countries write a numeric date day first ('12/03/2026'), less the Philippines,
# which writes the month first; the Americas are left undecided (the United States writes the month first,
# Latin America the day)
_DAY_FIRST_REGIONS = ("Europe/", "Africa/", "Australia/", "Asia/", "Indian/", "Atlantic/")
_MONTH_FIRST_ZONES = frozenset({"Asia/Manila"})


def day_first_place(place_text: str, lines: list[str]) -> bool | None:
    """True when the venue or the footer's address is in a country that writes the day first ('12/03/2026'
    in Galway is 12 March), None where the place does not tell."""
    zone = place_zone(place_text, embedded=False) or footer_zone(lines)
    day_first = zone is not None and zone.startswith(_DAY_FIRST_REGIONS) and zone not in _MONTH_FIRST_ZONES
    return True if day_first else None


def footer_zone(lines: list[str]) -> str | None:
    """The zone of the address a page's footer gives ('Sæmundargata 2 / 102 Reykjavík, Iceland'):
    an institution's times are written on its own clock when its venue ('Lögberg, Room 101') or
    its webinar names no town."""
    for line in [line for line in lines if line.strip()][-FOOTER_LINES:]:
        place, _ = read_place([line])
        address = place is not None and bool(place.locality or place.street_address or place.postal_code)
        # or a line of an address's parts ending in its country: '…, Mona, Kingston 7, Jamaica W.I.'
        address = address or (line.count(",") >= 2 and _COUNTRY_RE.search(line.rpartition(",")[2]) is not None)
        # or one opening with a town in its country's own script: 'विराटनगर–७, मोरङ, कोशी प्रदेश, नेपाल'
        address = address or (line.count(",") >= 2 and local_script_town(line.split(",")[0]) is not None)
        # or a postcode in a line that runs on ('…, York YO1 7DR. Registered Charity No. 529709.')
        address = address or any(code.search(line) for code in (_UK_POSTCODE, _CANADIAN_POSTCODE, PO_BOX))
        # or a town with its country in brackets, as a legal footer runs on: '… - 38122 Trento (Italy) - P.IVA …'
        address = address or any(_COUNTRY_RE.fullmatch(m.group(1)) for m in _BRACKETED_COUNTRY.finditer(line))
        # not a bio's '… in Moscow.', nor a street named after a place ('4 Gibraltar Camp Way')
        zone = place_zone(line, embedded=False) if address and not is_prose(line) else None
        if zone:
            return zone
    return None


def place_zone(place_text: str, embedded: bool = True) -> str | None:
    """The zone of the stated city ('Seoul') or US state ('Chicago, IL'), if known; with
    `embedded` False, not of a city named only inside a longer name ('Gibraltar Camp Way')."""
    australian = _AUSTRALIAN_POSTCODE.search(place_text)
    # 'Newcastle NSW 2300' (not Newcastle upon Tyne), 'Casuarina NT 0810' (not the US 'WA')
    if australian:
        return _AUSTRALIAN_ZONES[australian.group(1).upper()]
    county = _IRISH_COUNTY.search(place_text)
    if county:  # 'Town Hall, Westport, Co. Mayo' (not Westport, Connecticut)
        return "Europe/London" if county["county"] in _NORTHERN_COUNTIES else "Europe/Dublin"
    city = _city(place_text, embedded)
    if city and _city(place_text, embedded=False) is None:
        # named only inside a longer name, which may be a town of its own: 'Santiago de Compostela'
        city = None if town_zone(place_text) else city
    if city:
        return _postcode_after(city, place_text) or CITY_ZONES.get(city) or IANA_CITY_ZONES[city]
    state = _STATE_RE.search(place_text)
    if state and state.group("state") in STATE_ZONES:
        return STATE_ZONES[state.group("state")]
    region = _region_names().search(place_text)  # 'Waterloo, Ontario' (not Ontario, California)
    if region and region_codes()[region.group(1)] in STATE_ZONES:
        return STATE_ZONES[region_codes()[region.group(1)]]
    local = next((m for m in _local_city_names().finditer(place_text) if not _street_named(m, place_text)), None)
    if local:
        return _local_city_zones()[local.group(1)]  # 'Østbanegade 117, 2100 København Ø'
    canadian = _CANADIAN_POSTCODE.search(place_text)
    if canadian:
        return _CANADIAN_ZONES[canadian.group(1)]  # 'Sherbrooke (Québec) J1K 2R1'
    if _UK_POSTCODE.search(place_text):
        return "Europe/London"  # 'Cambridge CB2 1TN'
    if _IRISH_POSTCODE.search(place_text):
        return "Europe/Dublin"  # '…, University College Cork, T12 K8AF'
    if _DUTCH_POSTCODE.search(place_text):
        return "Europe/Amsterdam"  # '2311 ES Leiden'
    country = next((m for m in _COUNTRY_RE.finditer(place_text) if embedded or _alone(m, place_text)), None)
    if country:
        return COUNTRY_ZONES[country.group(1)]  # 'Aarhus, Denmark'
    # 'Akademigatan 3, Uppsala', 'St Paul Street, Valletta VLT 1216', '名古屋市千種区'
    return town_zone(place_text) or capital_zone(place_text) or cjk_town_zone(place_text)


# a street its street word opens, named after a person or a place: 'Rua Marquês de São Vicente, 336'
# (São Vicente is Portuguese for St Vincent), 'Avenida Presidente Lima'
_STREET_OPENING = re.compile(
    r"(?:^|[,\n])\s*(?:Calle|Avenida|Av\.|Avda\.|Rua|Rue|Via|Viale|Paseo|Praça|Largo|Alameda)\s[^,\n]*$"
)


def _street_named(match: re.Match[str], place_text: str) -> bool:
    return _STREET_OPENING.search(place_text[: match.start()]) is not None


@cache
def _region_names() -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in sorted(region_codes(), key=len, reverse=True))
    return re.compile(rf",[ \t]*({names})\b(?![ \t]+[A-Z])")


def _postcode_after(city: str, place_text: str) -> str | None:
    """The country a postcode written right after the city names, where cities share a name:
    'Perth PH1 5LQ' is in Scotland, 'Boston PE21 6NQ' in England, 'London, ON N6A 3K7' in Canada."""
    for after in re.finditer(rf"\b{re.escape(city)}\b,?[ \t]+(?:[A-Z]{{2}}[ \t]+)?(?P<code>\S+ \S+)", place_text):
        canadian = _CANADIAN_POSTCODE.match(after.group("code"))
        if canadian:
            return _CANADIAN_ZONES[canadian.group(1)]
        if _UK_POSTCODE.match(after.group("code")):
            return "Europe/London"
    return None


def _city(place_text: str, embedded: bool = True) -> str | None:
    """The known city the place names, one that stands alone before one inside a longer name:
    'Stanley Burbury Theatre, …, Hobart' is in Hobart, not in Stanley."""
    found = list(_CITY_RE.finditer(place_text))
    alone = [m for m in found if _alone(m, place_text)]
    chosen = [m.group(1) for m in alone or (found if embedded else [])]
    # a town the tz database files under a country's province ('America/Argentina/San_Juan') gives way to
    # another place the text names: 'San Juan' with 'Puerto Rico' is Puerto Rico's capital
    return next((c for c in chosen if not _provincial(c)), chosen[0] if chosen else None)


def _provincial(city: str) -> bool:
    return city not in CITY_ZONES and IANA_CITY_ZONES[city].count("/") == 2


def _alone(match: re.Match[str], place_text: str) -> bool:
    """The name is not the start of a longer one ('Gibraltar Camp Way', 'Jamaica Plain'), nor the end
    of a name when another part of the place names a town ('Campus Reitor João David Ferreira Lima,
    Trindade, Florianópolis': a person's name; but 'Grand Hyatt Lima, Av. …' is in Lima)."""
    if re.match(r" (?:(?:de|do|da|del|de la) )?[A-Z][a-z]", place_text[match.end() :]):
        return False
    if _street_named(match, place_text):  # 'Rua da Sofia, 136 · 3000-389 Coimbra' is not in Sofia
        return False
    if not re.search(r"\b[A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ]+ $", place_text[: match.start()]):
        return True
    parts = (p.strip() for p in re.split(r"[,\n/]|\s[–—-]\s", place_text[match.end() :]))
    return not any(town_name(part) for part in parts if part)


# not Gibraltar's GX11 1AA, written like a British postcode but on the clock of Central Europe
_UK_POSTCODE = re.compile(r"\b(?!GX\d)[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
# an Irish county after its town, as addresses in Ireland and Northern Ireland write it: 'Westport, Co. Mayo'
_IRISH_COUNTY = re.compile(
    r"\b(?:Co\.?|County)\s+(?P<county>Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh"
    r"|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath|Monaghan|Offaly"
    r"|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b"
)
_NORTHERN_COUNTIES = frozenset({"Antrim", "Armagh", "Derry", "Down", "Fermanagh", "Londonderry", "Tyrone"})
_IRISH_POSTCODE = re.compile(rf"\b(?=\S{{3}} \d*[A-Z])(?:{EIRCODE.pattern})\b")  # its last four hold a letter
# A Canadian postal code's first letter names its province (Canada Post's forward sortation areas)
_CANADIAN_POSTCODE = re.compile(r"\b([ABCEGHJKLMNPRSTVXY])\d[A-Z][ -]?\d[A-Z]\d\b")
_CANADIAN_ZONES = {
    **dict.fromkeys("A", "America/St_Johns"),
    **dict.fromkeys("BCE", "America/Halifax"),
    **dict.fromkeys("GHJKLMNP", "America/Toronto"),
    "R": "America/Winnipeg",
    "S": "America/Regina",
    "T": "America/Edmonton",
    "V": "America/Vancouver",
    "X": "America/Yellowknife",
    "Y": "America/Whitehorse",
}

# An Australian address ends with its state and a four-digit postcode (Australia Post's format)
_AUSTRALIAN_POSTCODE = re.compile(
    r"(?<=[A-Za-z,])[ \t]+(NSW|ACT|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT)\.?[ \t]+\d{4}\b(?![-/.:]?\d)"
)
_AUSTRALIAN_ZONES = {
    "NSW": "Australia/Sydney",
    "ACT": "Australia/Sydney",
    "VIC": "Australia/Melbourne",
    "QLD": "Australia/Brisbane",
    "SA": "Australia/Adelaide",
    "WA": "Australia/Perth",
    "TAS": "Australia/Hobart",
    "NT": "Australia/Darwin",
}


@cache
def _local_city_zones() -> dict[str, str]:
    """The tz database's cities as CLDR writes them in the languages of CLDR_LANGUAGES, where
    that differs from the English name ('København', 'Zürich', 'Wien', 'Warszawa', 'Praha'):
    addresses are written in the city's own language. Built on first use (loading locales
    takes a while); a name two zones share and names of three letters are left out."""
    zones: dict[str, set[str]] = {}
    place_zones = set(PLACE_ZONES)
    for language in CLDR_LANGUAGES:
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city")
            english = zone.rsplit("/", 1)[-1].replace("_", " ")
            if zone in place_zones and city and len(city) >= 4 and city != english:
                zones.setdefault(city, set()).add(zone)
    return {city: found.pop() for city, found in zones.items() if len(found) == 1}


@cache
def _local_city_names() -> re.Pattern[str]:
    names = "|".join(re.escape(city) for city in sorted(_local_city_zones(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({names})(?![\w-])" + _STREET_AFTER)


_BRACKETED_COUNTRY = re.compile(r"\w\s*\(\s*([^()\d]{3,40}?)\s*\)")
_DUTCH_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\s+[A-Z][a-z]")
_COUNTRY_RE = re.compile(  # not 'New South Wales' or 'Jordan Hall'
    r"(?<!New )(?<!South )\b("
    + "|".join(re.escape(c) for c in sorted(COUNTRY_ZONES, key=len, reverse=True))
    + r")\b"
    + _STREET_AFTER
)
