"""Stated dates, times and time zones -> xsd:date, or xsd:dateTime with the offset of that date.

Event pages write "Jul. 29, 2003 3:00pm – 5:00pm ET", "29 July 2003, 14:00–15:30 BST",
"March 30 – April 2, 2016" or "9:15-9:45 a.m.". `find_dates` and `find_times` locate such
phrases in a line of text (with their character spans, so callers can tell what is left);
`when` turns a day, a time of day and a zone into the xsd lexical form, taking daylight saving
from the zone's rules on that day: "3:00pm ET" on 2003-07-29 is 15:00-04:00, on 2003-01-29
15:00-05:00. A zone abbreviation names the clock of a region (pages write "EST" or "CET" all
year round), except GMT and UTC, which are the fixed world reference.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.core import get_global
from dateutil import parser as dateutil_parser
from nepali_datetime import date as bikram_sambat_date

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Months as pages in German, French, Spanish, Portuguese, Italian and Dutch write them, which
# an English page of such an institution often keeps in its date box ('15. Mai 2025',
# '20 mars 2025', '5 de marzo de 2025'); read only after a day number.
OTHER_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner janvier enero janeiro gennaio januari",
            "februar feber février fevrier febrero fevereiro febbraio februari",
            "märz maerz mars marzo março marco maart",
            "april avril abril aprile",
            "mai mayo maio maggio mei",
            "juni juin junio junho giugno",
            "juli juillet julio julho luglio",
            "august août aout agosto augustus",
            "september septembre septiembre setiembre setembro settembre",
            "oktober octobre octubre outubro ottobre",
            "november novembre noviembre novembro",
            "dezember décembre decembre diciembre dezembro dicembre december",
        ),
        start=1,
    )
    for name in names.split()
}

# Languages whose months other_months() reads from CLDR: Western, Nordic, Central and Eastern
# European ones, Turkish, Indonesian, Greek and Catalan.
CLDR_LANGUAGES = [
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "nl",
    "sv",
    "da",
    "nb",
    "fi",
    "is",
    "pl",
    "cs",
    "sk",
    "sl",
    "ro",
    "hu",
    "et",
    "lv",
    "lt",
    "tr",
    "id",
    "el",
    "ru",
    "uk",
    "bg",
    "ca",
]
# Languages whose months are read only where no language above names a month so: Croatian
# ('22. travnja 2026'), whose 'listopad(a)' is October where Polish and Czech pages, more often
# met, write November; Serbian and Bosnian in Latin script ('5. mart 2026').
# Swahili, Filipino and Serbian in Cyrillic ('11 Juni 2026', 'Hunyo 18', '20. мај 2026') too, whose few
# names other languages share ('Agosto', 'Abril') are theirs already.
# Albanian, Malay, Georgian and Thai (set 108: '4 qershor 2026', '7 Ogos 2026', '12 მაისი, 2026', '18 มิถุนายน 2569')
# likewise, and Azerbaijani, Macedonian, Afrikaans, Galician, Maltese, Nepali and Amharic (set 113:
# '10 dekabr 2025-ci il', '19 февруари 2025', '21 Augustus 2025', '13 de xuño de 2024', '27 ta' Novembru 2024').
# Armenian, Kazakh, Basque, Tamil, Khmer, Uzbek and Malagasy (set 118: 'հոկտեմբերի 7', '13 ақпан', 'azaroaren 20a',
# '19 ஜூலை 2024', '២៧ កុម្ភៈ ២០២៥', '21-may', '12 Oktobra 2023')
CLDR_LESSER_LANGUAGES = ["hr", "sr_Latn", "bs", "sw", "fil", "sr", "sq", "ms", "ka", "th", "az", "mk", "af", "gl", "mt"]
CLDR_LESSER_LANGUAGES += ["ne", "am", "hy", "kk", "eu", "ta", "km", "uz", "mg"]
# Kyrgyz, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122: '14-марты', '19. Juni 2025', '24 Eanáir
# 2019', '১৯ ফেব্রুয়ারি ২০২৬', '15 ຕຸລາ 2024', '20 جولائی 2017')
CLDR_LESSER_LANGUAGES += ["ky", "lb", "ga", "yo", "bn", "lo", "ur"]
# Yoruba pages write a month by its number as often as by its name ('12 Oṣù Kẹjọ', the eighth month, for 'Oṣù Ògún')
YORUBA_NUMBERED_MONTHS = (
    "Kínní|Kìíní", "Kejì", "Kẹta", "Kẹrin", "Karùn-ún|Karùún", "Kẹfà", "Keje", "Kẹjọ", "Kẹsàn-án|Kẹsàán", "Kẹwàá",
    "Kọkànlá", "Kejìlá",
)  # fmt: skip
# Sinhala pages write the months' English names ('2024 සැප්තැම්බර් 26'), where CLDR gives the old Sinhala ones
SINHALA_MONTHS = "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්"

# Abbreviations and names of zones as event pages write them -> IANA zone.
ZONES = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "Eastern Time": "America/New_York",
    "Eastern Standard Time": "America/New_York",
    "Eastern Daylight Time": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "Central Time": "America/Chicago",
    "Central Standard Time": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "Mountain Time": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "Pacific Time": "America/Los_Angeles",
    "Pacific Standard Time": "America/Los_Angeles",
    "Pacific Daylight Time": "America/Los_Angeles",
    "AKT": "America/Anchorage",
    # Arizona keeps Mountain Standard Time all year: 'MST (Arizona time)' in March is -07:00, not Denver's MDT
    "Arizona time": "America/Phoenix",
    "Arizona Time": "America/Phoenix",
    "HST": "Pacific/Honolulu",
    "AST": "America/Halifax",
    "ADT": "America/Halifax",
    "NST": "America/St_Johns",
    "GMT": "UTC",
    "UTC": "UTC",
    "BST": "Europe/London",
    "UK time": "Europe/London",
    "London time": "Europe/London",
    "British Summer Time": "Europe/London",
    "IST": "Asia/Kolkata",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "Central European Time": "Europe/Berlin",
    "Central European Summer Time": "Europe/Berlin",
    "Brussels time": "Europe/Brussels",
    "Paris time": "Europe/Paris",
    "Geneva time": "Europe/Zurich",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow",
    "KST": "Asia/Seoul",
    "Korea Standard Time": "Asia/Seoul",
    "Seoul time": "Asia/Seoul",
    "JST": "Asia/Tokyo",
    "Japan Standard Time": "Asia/Tokyo",
    "Tokyo time": "Asia/Tokyo",
    "China Standard Time": "Asia/Shanghai",
    "Beijing time": "Asia/Shanghai",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "PHT": "Asia/Manila",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "PKT": "Asia/Karachi",
    "GST": "Asia/Dubai",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "NZT": "Pacific/Auckland",
    "AET": "Australia/Sydney",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
    "MYT": "Asia/Kuala_Lumpur",
    # zones whose abbreviations the tz database no longer writes (it gives '+0545'), as pages still do
    "NPT": "Asia/Kathmandu",
    "IRST": "Asia/Tehran",
    "AFT": "Asia/Kabul",
    "MMT": "Asia/Yangon",
    "TRT": "Europe/Istanbul",
    "UZT": "Asia/Tashkent",
    "COT": "America/Bogota",
    "PET": "America/Lima",
    "UYT": "America/Montevideo",
    "VET": "America/Caracas",
    "WITA": "Asia/Makassar",
    "CLT": "America/Santiago",
    "CLST": "America/Santiago",
    "IDT": "Asia/Jerusalem",
    "Irish time": "Europe/Dublin",
    "SAST": "Africa/Johannesburg",
    "EAT": "Africa/Nairobi",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "Central Daylight Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Mountain Daylight Time": "America/Denver",
    "Greenwich Mean Time": "UTC",
    "Coordinated Universal Time": "UTC",
    "Eastern European Time": "Europe/Athens",
    "Western European Time": "Europe/Lisbon",
    "India Standard Time": "Asia/Kolkata",
    "Singapore Standard Time": "Asia/Singapore",
    "Australian Eastern Standard Time": "Australia/Sydney",
    "Australian Eastern Daylight Time": "Australia/Sydney",
    "Israel Standard Time": "Asia/Jerusalem",
    **{
        f"{city} time": zone
        for city, zone in (
            ("New York", "America/New_York"),
            ("Washington", "America/New_York"),
            ("Berlin", "Europe/Berlin"),
            ("Rome", "Europe/Rome"),
            ("Madrid", "Europe/Madrid"),
            ("Amsterdam", "Europe/Amsterdam"),
            ("Vienna", "Europe/Vienna"),
            ("Warsaw", "Europe/Warsaw"),
            ("Kyiv", "Europe/Kyiv"),
            ("Moscow", "Europe/Moscow"),
            ("Istanbul", "Europe/Istanbul"),
            ("Israel", "Asia/Jerusalem"),
            ("Dubai", "Asia/Dubai"),
            ("India", "Asia/Kolkata"),
            ("Delhi", "Asia/Kolkata"),
            ("Singapore", "Asia/Singapore"),
            ("Hong Kong", "Asia/Hong_Kong"),
            ("Taipei", "Asia/Taipei"),
            ("Bangkok", "Asia/Bangkok"),
            ("Jakarta", "Asia/Jakarta"),
            ("Manila", "Asia/Manila"),
            ("Sydney", "Australia/Sydney"),
            ("Canberra", "Australia/Sydney"),
            ("Nairobi", "Africa/Nairobi"),
            ("Brasília", "America/Sao_Paulo"),
        )
    },
}
# The tz database's zones named by a place ('Asia/Colombo'), not 'Etc/GMT+5' or 'US/Eastern'
PLACE_ZONES = [
    zone
    for zone in sorted(available_timezones())
    if zone.split("/")[0] in ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
]


# The abbreviations the tz database itself writes ('NDT', 'AKST', 'WIT', 'ChST') for zones of
# one offset each; an abbreviation that names zones of different offsets is left out.
def _tz_database_abbreviations() -> dict[str, str]:
    offsets: dict[str, dict[timedelta | None, str]] = {}
    for name in PLACE_ZONES:
        for month in (1, 7):
            moment = datetime(2025, month, 15, 12, tzinfo=ZoneInfo(name))
            label = moment.tzname() or ""
            if label.isalpha() and label not in ("SST",):  # Samoa's, and Singapore's as pages write it
                offsets.setdefault(label, {}).setdefault(moment.utcoffset(), name)
    return {label: zones.popitem()[1] for label, zones in offsets.items() if len(zones) == 1}


ZONES.update({label: zone for label, zone in _tz_database_abbreviations().items() if label not in ZONES})


def _cldr_zone_names() -> dict[str, str]:
    """The English names CLDR gives the world's clocks ('Atlantic Time', 'Gulf Standard Time',
    'East Africa Time', 'Ecuador Time'), as Zoom and calendar sites print them -> a zone keeping
    that clock: the one Windows names so ('Atlantic Standard Time' -> America/Halifax), else any
    of its zones when they all keep one offset; a clock whose zones differ ('Chile Time': Santiago
    and Punta Arenas) and that Windows does not settle is left out."""
    windows = get_global("windows_zone_mapping")
    members: dict[str, list[str]] = {}
    for zone, metazone in sorted(get_global("meta_zones").items()):
        if zone in PLACE_ZONES:
            members.setdefault(metazone, []).append(zone)
    names: dict[str, str] = {}
    for metazone, forms in Locale.parse("en").meta_zones.items():
        written = list(forms.get("long", {}).values())
        zones = members.get(metazone, [])
        clock = next((windows[n] for n in written if windows.get(n) in zones), None)
        if clock is None and len({_offsets(z) for z in zones}) == 1:
            clock = zones[0]
        names.update(dict.fromkeys(written, clock) if clock else {})
    return names


def _offsets(zone: str) -> tuple[timedelta | None, ...]:
    return tuple(datetime(2025, month, 15, 12, tzinfo=ZoneInfo(zone)).utcoffset() for month in (1, 7))


ZONES.update({name: zone for name, zone in _cldr_zone_names().items() if name not in ZONES})
# '(Lima time, UTC−5)', 'Nairobi time': any city that names an IANA zone, with 'time' after it.
ZONES.update(
    {f"{zone.rsplit('/', 1)[1].replace('_', ' ')} time": zone for zone in PLACE_ZONES}
    | {key: value for key, value in ZONES.items() if key.endswith(" time")}  # the page's own spelling first
)
# Region words that name a zone only right after a time ('12:00 PM–1:30 PM Eastern'): elsewhere
# they are parts of names ('Asia-Pacific Program', 'Central Asia').
AFTER_TIME_ZONES = {
    "Eastern": "America/New_York",
    "Central": "America/Chicago",
    "Mountain": "America/Denver",
    "Pacific": "America/Los_Angeles",
}

# Abbreviations that name more than one clock: the reading of ZONES, unless the page's place
# names a region of another reading ("CST" in Shanghai is China Standard Time).
AMBIGUOUS_ZONES = {
    "CST": (
        ("Asia/Shanghai", r"China|PRC|Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Nanjing|Hangzhou|Macau"),
        ("Asia/Taipei", r"Taiwan|Taipei"),
        ("America/Havana", r"Cuba|Havana"),
    ),
    "IST": (("Europe/Dublin", r"Ireland|Dublin|Cork|Galway"), ("Asia/Jerusalem", r"Israel|Jerusalem|Tel Aviv")),
    "AST": (("Asia/Riyadh", r"Saudi|Riyadh|Jeddah|Kuwait|Bahrain|Qatar|Doha|Iraq|Baghdad"),),
    "BST": (("Asia/Dhaka", r"Bangladesh|Dhaka"),),
    # Pakistan and the Philippines call their standard time 'PST' too (the tz database writes 'PKT', 'PST')
    "PST": (
        ("Asia/Karachi", r"Pakistan|Karachi|Lahore|Islamabad|Rawalpindi|Peshawar|Quetta|Faisalabad|Multan"),
        ("Asia/Manila", r"Philippines|Manila|Quezon City|Cebu|Davao"),
    ),
}


# Readings common enough that a page without a place is noted as read by default ('BST' on a
# page without a place is British Summer Time, no note).
NOTED_AMBIGUITIES = frozenset(("CST", "IST", "AST"))


def _writes(zone: str, label: str) -> bool:
    """Whether the tz database writes `label` for the zone's winter or summer clock (GMT and UTC,
    the world's reference, are no place's own)."""
    if label in ("GMT", "UTC") or not label.isalpha():
        return False
    return any(datetime(2025, month, 15, 12, tzinfo=ZoneInfo(zone)).tzname() == label for month in (1, 7))


def resolve_zone(label: str, place: str, place_zone: str | None) -> tuple[str, str | None]:
    """The zone an abbreviation means at the stated place (its text, and its zone when known),
    and a note when no place decided between readings: 'CST' in Shanghai -> 'Asia/Shanghai'."""
    if place_zone and _writes(place_zone, label.strip()):
        return place_zone, None  # 'MST' in Tempe is Arizona's clock, 'AST' in Port of Spain Atlantic time
    readings = AMBIGUOUS_ZONES.get(label.strip())
    if readings is None:
        return label, None
    for zone, words in readings:
        if re.search(rf"\b(?:{words})\b", place) or zone == place_zone:
            return zone, None
    default = ZONES[label.strip()]
    if place_zone is None and label.strip() in NOTED_AMBIGUITIES:
        return default, f"{label.strip()!r} read as {default}: the page states no place that says which clock it means"
    return default, None


_MONTH = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # in capitals, as programme headings print a day: 'PROGRAM FOR THURSDAY, OCTOBER 12TH' (EasyChair)
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
_WORD_END = r"(?![\w\u0b80-\u0bff\u1780-\u17ff])"  # no letter, nor a Tamil or Khmer sign, follows
_WEEKDAY_NAMED = (
    r"(?:(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
    r"|(?:MON|TUES?|WED(?:NES)?|THU(?:RS?)?|FRI|SAT(?:UR)?|SUN)(?:DAY)?)\.?,?\s+)"
)
_WEEKDAY = rf"{_WEEKDAY_NAMED}?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th|ST|ND|RD|TH)?"
_YEAR = r"(?:\s*,?\s+(?P<y>(?:19|20)\d\d))?"
# "09:30 ~ 17:00": East Asian pages; "18:30 bis 20:00", "de 19 h à 21 h", "de 18 a 20 h", "dalle 17 alle 19",
# "das 14h às 17h", "van 14 tot 16 uur": German, French, Spanish, Italian, Portuguese, Dutch; days
# "del 26 al 28 de abril", "du 26 au 28 avril", "dal 26 al 28 aprile": Spanish, French, Italian
# ('do': 'until' in Croatian, Slovene, Czech and Polish: 'od 11 do 13 sati', '14 do 16 listopada'; Serbian 'до')
# (and 'from' as Kyrgyz and Uzbek write it, after the first: '10:00дөн 13:00гө чейин', '14:00 dan 16:30 gacha';
# Urdu 'تا' (to): '10:00 تا 13:00'; Vietnamese 'đến' (to): 'Từ 07h30 đến 11h30', set 126)
_DASH = (
    r"\s*(?:[-–—~〜～]|(?i:to|through|thru|until|till|bis|alle|às|tot|đến)|à|al|au|a|do|до|تا(?=\s)"
    r"|-?(?:дан|ден|дон|дөн|тан|тен|тон|төн)(?=\s)|(?<=\s)dan(?=\s))\s*"
)
# 'October 16 and 17, 2014', '16 y 17 de octubre', '16. und 17. Oktober': two days joined as two days
# of one event when they follow each other (else the first is the start: '14 and 21 May', two sessions)
_DAYS = rf"(?:{_DASH}|(?P<both>\s*&\s*|\s+(?:and|y|et|und|e|i|en|og|och)\s+))"

_ENGLISH_DATE_PATTERNS = (
    # Jul. 29, 2003 / July 29–31, 2003 / Tuesday, July 29 2003
    re.compile(
        rf"\b{_WEEKDAY}{_MONTH.format(g='m')}\s+{_DAY.format(g='d')}"
        rf"(?:{_DAYS}{_DAY.format(g='d2')})?(?![\d:])\b{_YEAR}(?![\d:])"
    ),
    # Thursday 7 – Friday 8 March 2024
    re.compile(
        rf"\b{_WEEKDAY_NAMED}{_DAY.format(g='d')}{_DAYS}{_WEEKDAY_NAMED}{_DAY.format(g='d2')}"
        rf"\s+(?:of\s+)?{_MONTH.format(g='m')}(?![^\W\d_]){_YEAR}(?![\d:])"
    ),
    # 29 July 2003 / 5–7 March 2019 / Tuesday 29th of July (not the minutes of '09:00 – 30 Oct'), and
    # '6. March 2025' as German and Nordic sites write a day before an English month
    re.compile(
        rf"(?<![:.])\b{_WEEKDAY}{_DAY.format(g='d')}\.?(?:{_DAYS}{_DAY.format(g='d2')}\.?)?"
        rf"\s+(?:of\s+)?{_MONTH.format(g='m')}(?![^\W\d_]){_YEAR}(?![\d:])"
    ),
)


def folded(name: str) -> str:
    """A month's or weekday's name casefolded and composed again: casefolding spells some letters
    out ('ΐ' in the Greek 'Μαΐου' becomes ι and two accents), which no page writes."""
    return unicodedata.normalize("NFC", name.casefold())


@cache
def other_months() -> dict[str, int]:
    """OTHER_MONTHS and the months as CLDR (through Babel) writes them in the languages of the
    institutions whose English pages keep them ('12 marca 2025', '12. března 2025', '15 Mayıs
    2025', '6 Μαρτίου 2025'), less a name two languages give different months ('listopad') and
    names of three letters or fewer; built on first use, as loading the locales takes a while."""
    found: dict[str, set[int]] = {}
    for language in CLDR_LANGUAGES:
        for number, name in _wide_months(language):
            found.setdefault(name, set()).add(number)
    for number, name in _wide_months("lv"):  # Latvian dates say 'on': '9. aprīlī', '14. maijā' ('aprīlis', 'maijs')
        locative = name[:-2] + "ī" if name.endswith("is") else name[:-1] + "ā"
        found.setdefault(locative, set()).add(number)
    lesser: dict[str, set[int]] = {}
    for language in CLDR_LESSER_LANGUAGES:
        for number, name in _wide_months(language):
            if name not in found:
                lesser.setdefault(name, set()).add(number)
    for number, name in _wide_months("sr"):  # Serbian dates write the genitive: '20. маја', '5. септембра'
        genitive = name[:-2] + "ра" if name.endswith("бар") else name + "а"
        lesser.setdefault(genitive, set()).add(number)
    for number, name in _wide_months("bs"):  # and Bosnian ones in Latin script: '10. aprila', '17. novembra' (set 122)
        genitive = name[:-2] + "ra" if name.endswith("bar") else name + "a"
        lesser.setdefault(genitive, set()).add(number)
    for number, name in enumerate(SINHALA_MONTHS.split(), start=1):
        lesser.setdefault(name, set()).add(number)
    for number, name in _wide_months("ky"):  # Kyrgyz dates write the possessive: '14-марты', '5-июну', '1-майы'
        for suffix in "ыиуү":
            lesser.setdefault(name.rstrip("ь") + suffix, set()).add(number)
    for number, names in enumerate(YORUBA_NUMBERED_MONTHS, start=1):
        for name in names.split("|"):
            lesser.setdefault(folded(f"Oṣù {name}"), set()).add(number)
    cldr = {
        name: next(iter(numbers)) for name, numbers in (found | lesser).items() if len(numbers) == 1 and len(name) > 3
    }
    return {**cldr, **OTHER_MONTHS}


def _wide_months(language: str) -> Iterator[tuple[int, str]]:
    months = Locale.parse(language).months
    for context in ("format", "stand-alone"):
        for number, name in months[context]["wide"].items():
            yield number, folded(name)


@cache
def abbreviated_months() -> dict[str, int]:
    """Months as CLDR abbreviates them in CLDR_LANGUAGES and English, casefolded, without their
    period ('may', 'ene', 'févr', 'lis'), less an abbreviation two languages give different months:
    read only between a day and a year ('21 may 2026', as Wix writes Spanish dates)."""
    found: dict[str, set[int]] = {name: {number} for name, number in MONTHS.items()}
    for language in CLDR_LANGUAGES:
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["abbreviated"].items():
                if name.isalpha() or name[:-1].isalpha() and name.endswith("."):
                    found.setdefault(folded(name).rstrip("."), set()).add(number)
    return {name: numbers.pop() for name, numbers in found.items() if len(numbers) == 1}


@cache
def other_weekdays() -> frozenset[str]:
    """The weekdays as CLDR writes them in CLDR_LANGUAGES and CLDR_LESSER_LANGUAGES ('Mittwoch', 'jeudi',
    'środa', 'çərşənbə', 'ሐሙስ'), casefolded, for date lines written in those languages."""
    return frozenset(
        folded(name)
        for language in (*CLDR_LANGUAGES, *CLDR_LESSER_LANGUAGES, "si")
        for context in ("format", "stand-alone")
        for name in Locale.parse(language).days[context]["wide"].values()
    )


@cache
def weekday_numbers() -> dict[str, int]:
    """The weekdays as CLDR writes them in CLDR_LANGUAGES, casefolded -> 0 for Monday to 6 for Sunday,
    less a name two languages give different days: 'jueves 7 de mayo' is a Thursday."""
    found: dict[str, set[int]] = {}
    for language in CLDR_LANGUAGES:
        for context in ("format", "stand-alone"):
            for number, name in Locale.parse(language).days[context]["wide"].items():
                found.setdefault(folded(name), set()).add(number)
    return {name: numbers.pop() for name, numbers in found.items() if len(numbers) == 1}


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    names = "|".join(re.escape(name) for name in sorted(other_months(), key=len, reverse=True))
    # 15. Mai 2025 / 20 mars 2025 / 5 de marzo de 2025 / 14.–16. Oktober 2024
    # (a month that ends in a vowel sign, as Tamil and Khmer ones may, ends where no letter or sign follows)
    in_other_language = re.compile(
        rf"(?<![:.\d])\b(?P<d>[0-3]?\d)\.?(?:{_DAYS}(?P<d2>[0-3]?\d)\.?)?\s+(?:de\s+|ta['’]\s*)?(?P<m>(?i:{names})){_WORD_END}"
        r"(?:\s*\([^\W\d_][^()\d\n]{1,20}\))?"  # the month's other name in brackets: '12 Oṣù Kẹjọ (Ògún), 2021'
        r"(?:\s*,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?(?![\d:])"
    )
    # year first, as Hungarian and Lithuanian write it: 2025. március 6. / 2025 m. kovo 6 d. / 2025. március 6–7.
    # and as Armenian and Basque write it: 2025 թ. հոկտեմբերի 7-ին / 2024ko azaroaren 20a (the year's suffix, the
    # month in the genitive)
    year_first = re.compile(
        rf"\b(?P<y>(?:19|20)\d\d)(?:\.|e?ko)?\s+(?:m\.\s+|թ\.\s+)?(?P<m>(?i:{names}))(?:ren)?\s+(?P<d>[0-3]?\d)\.?"
        rf"(?:{_DASH}(?P<d2>[0-3]?\d)\.?)?(?:\s+d\.)?(?![\d:])"
    )
    # Latvian: 2026. gada 9. aprīlis / 2026. gada 9. aprīlī
    latvian = re.compile(rf"\b(?P<y>(?:19|20)\d\d)\.\s+gad[aā]\s+(?P<d>[0-3]?\d)\.\s+(?P<m>(?i:{names}))(?!\w)")
    short = "|".join(re.escape(name) for name in sorted(abbreviated_months(), key=len, reverse=True))
    # 21 may 2026 / 3 févr. 2025 / 12 lis 2024: an abbreviated month in lower case, between a day and a year
    abbreviated = re.compile(
        rf"(?<![:.\d])\b(?P<d>[0-3]?\d)\.?(?:{_DAYS}(?P<d2>[0-3]?\d)\.?)?\s+(?:de\s+)?(?P<m>(?i:{short}))\b\.?,?"
        r"(?:\s+de)?\s+(?P<y>(?:19|20)\d\d)(?![\d:])"
    )
    # the year and its word, then the day: Kazakh '2025 жылғы 13 ақпан', Uzbek '2025-yil 21-may' (whose 'may' is
    # too short for the names above), Kyrgyz '2024-жылдын 14-марты', Georgian '2017 წლის 20 ივლისი' (set 126)
    year_word_first = re.compile(
        rf"\b(?P<y>(?:19|20)\d\d)(?:\s*(?:жылғы|жылы|ж\.|წლის)|-yil,?|-жылдын|-жылы)\s+(?P<d>[0-3]?\d)(?:-|\s+)(?P<m>(?i:{names}|may)){_WORD_END}"
    )
    # Khmer: ថ្ងៃទី២៧ ខែកុម្ភៈ ឆ្នាំ២០២៥ (day, month and year each after its word)
    khmer = re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)\s*ខែ\s*(?P<m>{names})\s*ឆ្នាំ\s*(?P<y>(?:19|20)\d\d)(?!\d)")
    return (
        *_ENGLISH_DATE_PATTERNS,
        latvian,
        year_word_first,
        khmer,
        in_other_language,
        abbreviated,
        year_first,
        *_NUMERIC_DATE_PATTERNS,
    )


_NUMERIC_DATE_PATTERNS = (
    # Mongolian: 2016 оны 6 дугаар сарын 16-ны өдөр (the year's, the month's and the day's number)
    re.compile(
        r"\b(?P<y>(?:19|20)\d\d)\s+оны\s+(?P<mn>[01]?\d)(?:\s*-?\s*(?:р|дугаар|дүгээр))?\s+сарын\s+(?P<d>[0-3]?\d)\b"
    ),
    # 2003-07-29, and year first with dots or slashes as East Asian pages write it: 2023.09.14, 2023. 9. 14.
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?:\b|(?=T\d))"),  # '2023-11-14T18:30' too
    re.compile(r"\b(?P<y>(?:19|20)\d\d)(?:\.\s?|/)(?P<mn>[01]?\d)(?:\.\s?|/)(?P<d>[0-3]?\d)\b\.?"),
    # 2024年5月10日 (Japanese and Chinese), 2024년 5월 10일 (Korean)
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<mn>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"),
    # 28/Mar/2019 and 28-Mar-2019: a day, an English month's abbreviation and a year between slashes or
    # hyphens, as ConfTool's agendas and older systems print dates
    re.compile(
        r"\b(?P<d>[0-3]?\d)(?P<sep>[/-])"
        + _MONTH.format(g="m").replace(")\\.?", ")")
        + r"(?P=sep)(?P<y>(?:19|20)\d\d)\b"
    ),
    # 07/29/2003, 29.07.2003, 07-02-2025, and 18. 3. 2025 as Czech, Slovak and Slovenian pages space it
    re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>/|-|\.\s?)(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"),
)
# '30 September (Mon) – 2 October (Wed) 2024', '2024.9.30（月）': a weekday in brackets after a
# day, as Japanese and Korean pages write it, stands between the day, the dash and the year.
_BRACKETED_WEEKDAY = re.compile(
    r"\s?[(（](?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|[月火水木金土日]|[월화수목금토일])[)）]"
)
# A Thai date counts the years of the Buddhist Era, 543 before the Common Era's: '18 มิถุนายน 2569' (พ.ศ.) is 2026
_BUDDHIST_ERA_YEAR = re.compile(r"(?<=[\u0e01-\u0e4e]\s)(?:พ\.ศ\.\s?)?25\d\d(?!\d)")
_RANGE_GAP = re.compile(rf"^{_DASH}$|^\s*(?:[-–—~〜～]|to|through|until)\s*$")
# the digits of other scripts as 0-9 ('२०८२', '١٢', '២០២៥'), one character for one: spans hold
_WESTERN_DIGITS = {
    code: ord("0") + unicodedata.digit(chr(code))
    for code in range(0x0660, 0x1820)  # to the Khmer and Mongolian digits
    if unicodedata.category(chr(code)) == "Nd"
}


def western_digits(text: str) -> str:
    return text.translate(_WESTERN_DIGITS)


# An Ethiopian date counts the days of the Ethiopian calendar, twelve months of thirty days and a thirteenth
# of five or six, its year 7 or 8 behind the Common Era's: 'ኅዳር 25 ቀን 2018 ዓ.ም' is 4 December 2025
_ETHIOPIAN_MONTHS = (
    "መስከረም", "ጥቅምት", "ኅዳር|ህዳር|ሕዳር", "ታኅሣሥ|ታህሳስ|ታሕሳስ|ታኅሳስ", "ጥር", "የካቲት", "መጋቢት",
    "ሚያዝያ|ሚያዚያ", "ግንቦት", "ሰኔ", "ሐምሌ|ሀምሌ", "ነሐሴ|ነሃሴ", "ጳጉሜን?",
)  # fmt: skip
_ETHIOPIAN_DATE = re.compile(
    rf"(?P<m>{'|'.join(_ETHIOPIAN_MONTHS)})\s*(?P<d>[0-3]?\d)(?:\s*ቀን)?\s*[/,]?\s*(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*ዓ\.?\s?ም\.?)?"
)
_ETHIOPIAN_EPOCH = date(8, 8, 27)  # 1 Meskerem of year 1, on the proleptic Gregorian calendar


def _ethiopian_day(match: re.Match[str]) -> str:
    """The Gregorian day in ISO form, padded to the length of the text it stands for."""
    month = next(n for n, names in enumerate(_ETHIOPIAN_MONTHS, start=1) if re.fullmatch(names, match["m"]))
    year, day = int(match["y"]), int(match["d"])
    days = 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    return (_ETHIOPIAN_EPOCH + timedelta(days=days)).isoformat().ljust(len(match.group(0)))


# A Nepali date counts the Bikram Sambat calendar, its year 56 or 57 ahead of the Common Era's and its months'
# lengths set year by year (hence nepali_datetime's tables): '२०८२ माघ १५ गते' is 29 January 2026. Its years
# 2040-2099 (1983-2043) tell it from a Gregorian year written beside a Devanagari month.
_BIKRAM_SAMBAT_MONTHS = (
    "बैशाख|वैशाख|बैसाख", "जेठ|जेष्ठ|ज्येष्ठ", "असार|आषाढ|असाढ", "साउन|श्रावण", "भदौ|भाद्र(?:पद)?", "असोज|आश्विन",
    "कात्तिक|कार्तिक", "मंसिर|मङ्सिर|मार्ग(?:शीर्ष)?", "पुस|पौष|पूस", "माघ", "फागुन|फाल्गुन", "चैत्र?",
)  # fmt: skip
_BS_MONTH = rf"(?:{'|'.join(_BIKRAM_SAMBAT_MONTHS)})(?![\u0900-\u097f])"
_BIKRAM_SAMBAT_DATE = re.compile(
    rf"(?P<y>20[4-9]\d)\s*(?P<m>{_BS_MONTH})\s*(?P<d>[0-3]?\d)(?!\d)(?:\s*गते)?"
    rf"|(?P<m2>{_BS_MONTH})\s*(?P<d2>[0-3]?\d)(?!\d)(?:\s*गते)?\s*,?\s*(?P<y2>20[4-9]\d)(?!\d)"
)


def _bikram_sambat_day(match: re.Match[str]) -> str:
    """The Gregorian day in ISO form, padded to the length of the text it stands for (kept as written
    where that is shorter, or no such day is in the calendar's tables)."""
    name = match["m"] or match["m2"]
    month = next(n for n, names in enumerate(_BIKRAM_SAMBAT_MONTHS, start=1) if re.fullmatch(names, name))
    try:
        day = bikram_sambat_date(int(match["y"] or match["y2"]), month, int(match["d"] or match["d2"]))
    except ValueError:
        return match.group(0)
    iso = day.to_datetime_date().isoformat()
    return iso.ljust(len(match.group(0))) if len(iso) <= len(match.group(0)) else match.group(0)


_NOON = r"(?i:noon|mid-?day)"  # '12 noon', 'midday–2pm': British and Australian pages write midday
# Filipino: 'n.u.' (ng umaga, in the morning), 'n.t.' (ng tanghali, at noon), 'n.h.' (ng hapon), 'n.g.' (ng gabi)
# Malay: 'pagi' (in the morning), 'tengah hari' (at noon), 'petang' (in the afternoon), 'malam' (at night)
_MALAY_PARTS = r"(?i:pagi|tengah\s+hari|petang|malam)\b"
# Irish: 'r.n.' (roimh nóin, before noon) and 'i.n.' (iarnóin, afternoon)
_IRISH_PARTS = r"[ri]\.\s?n\."
_AMPM = rf"(?:[ap]\.?\s?m\b\.?|[AP]\.?\s?M\b\.?|{_NOON}\b|n\.\s?[uthg]\.|{_IRISH_PARTS}|{_MALAY_PARTS})"


def _one_time(n: int) -> str:
    """'3:00pm', '9:15', '14h00', '19 h 30', '21 h', '19u30', '19u', '4', 'noon', 'midday' with its
    groups numbered n (French pages set the 'h' of an hour between spaces; Flemish ones write 'u')."""
    minutes = rf"(?:[:.hu]|\s?h\s?)(?P<m{n}>[0-5]\d)"
    clock = rf"(?P<h{n}>[0-2]?\d)(?:{minutes}|(?P<hr{n}>\s?h|u)\b)?\s*(?P<ap{n}>{_AMPM})?"
    return rf"(?:(?P<noon{n}>{_NOON})|{clock})"


# '(Kathmandu, UTC+5:45)': the minutes of an offset are no time of day
_NOT_IN_OFFSET = "".join(rf"(?<!{ref}{re.escape(sign)})" for ref in ("UTC", "GMT", "UTC ", "GMT ") for sign in "+-−")
# the word for hours or o'clock after a time: 'hrs', German 'Uhr', Slovene 'uri'/'ure' after an ordinal
# hour ('ob 17. uri'); Dutch 'uur', Croatian and Bosnian 'sati', Czech 'hodin', which also count hours
# ('2 uur', '5 sati'), make a clock only after a word for at, from or until ('om 20 uur', 'u 11 sati')
# ('hs' is how Argentina and Uruguay write the hour: '18 hs', '18 a 20 hs.')
# (and Bulgarian 'ч.' for часа: '17:30 ч.', 'от 18 до 20 ч.')
_CLOCK_HOUR_WORDS = r"Uhr\b|uri\b|ure\b|hs\b|ч\."
_COUNTING_HOUR_WORDS = r"uur\b|sati\b|sata\b|hodin\b|часова\b|часа\b|сати\b"  # Serbian 'у 11 часова' too
HOUR_WORDS = rf"(?:\.?\s*(?i:hrs\b\.?|{_CLOCK_HOUR_WORDS}|{_COUNTING_HOUR_WORDS}))"
_AT_HOUR = re.compile(r"(?<![\w.])(?i:om|van|tot|u|od|do|v|ve|oko|ob|у|од|до|око)\s*$")
_TIME_RANGE = (
    rf"(?<![\d:.]){_NOT_IN_OFFSET}{_one_time(1)}(?:\s*(?P<z1>{{zone}}))?"
    rf"(?:{HOUR_WORDS}?{_DASH}{_one_time(2)})?"  # '08:30 hrs - 13:00 hrs', '18 Uhr – 20 Uhr'
    # ('8h30 – 8h40: Item': a colon after the range, as Vietnamese programmes write it, is no clock's seconds)
    rf"(?![\d/]|:\d){HOUR_WORDS}?(?:\s*\(?\s*(?P<zone>{{zone}})\)?)?"  # '13.30 - 16.00 hrs.', '18 Uhr'
)
_OFFSET_ZONE = r"(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d\d)?"
_IANA_ZONE = (
    r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?\b"
)


def _zone_alternation() -> str:
    names = sorted(ZONES, key=len, reverse=True)
    # 'Beijing Time' as well as 'Beijing time'; abbreviations keep their case ('ET', not 'et')
    words = "|".join(f"(?i:{re.escape(n)})" if " " in n else re.escape(n) for n in names)
    # 'New Haven, CT 06511': a US state after a comma or before a ZIP code, not Central Time
    return rf"(?:{_OFFSET_ZONE}|{_IANA_ZONE}|(?<!,\s)(?<!,)\b(?:{words})\b(?!\s*\d{{5}}))"


_ZONE_RE = re.compile(_zone_alternation())
_AFTER_TIME_ZONE = rf"\b(?:{'|'.join(AFTER_TIME_ZONES)})\b(?![ -](?:Europe|Asia|Africa|America|Time))"
# '5:00 pm - 7:00 pm -05': a bare offset after a time, as PHP sites print a zone that has no
# abbreviation (America/Bogota, Europe/Istanbul: '-05', '+03')
_BARE_OFFSET = r"(?<=\s)[+\-−](?:0\d|1[0-4])(?::?[0-5]\d)?(?=[ \t]*(?:\n|$|[)\],;|]))"  # ends its line or clause
_TIME_RE = re.compile(_TIME_RANGE.replace("{zone}", f"(?:{_zone_alternation()}|{_AFTER_TIME_ZONE}|{_BARE_OFFSET})"))


@dataclass(frozen=True)
class DateSpan:
    """A stated day, or range of days, and where it stands in the text."""

    start: date
    end: date | None
    span: tuple[int, int]
    has_year: bool


@dataclass(frozen=True)
class TimeSpan:
    """A stated time of day or range of times, with the zone written next to it."""

    start: time
    end: time | None
    zone: str | None
    span: tuple[int, int]


def month_number(name: str) -> int:
    key = folded(name)
    return other_months().get(key) or abbreviated_months().get(key.rstrip(".")) or MONTHS[key[:3]]


def _make_date(year: int | None, month: int, day: int) -> date | None:
    try:
        return date(year or 2000, month, day)
    except ValueError:
        return None


# A weekday written right before or after a numeric date: 'Friday, 03/10/2023', '07-02-2025 (Friday)'
_WEEKDAY_BEFORE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(r"^\s*,?\s*[(（]?\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b", re.IGNORECASE)
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _written_weekday(text: str, span: tuple[int, int]) -> int | None:
    written = _WEEKDAY_BEFORE.search(text[max(0, span[0] - 12) : span[0]]) or _WEEKDAY_AFTER.match(text[span[1] :])
    return _WEEKDAY_ABBREVIATIONS.index(written.group(1).lower()) if written else None


def _month_and_day(a: int, b: int, sep: str, year: int | None, weekday: int | None) -> tuple[int, int] | None:
    """07/29/2003 and 29.07.2003; 03/10/2023 and 07-02-2025 are 3 October or 10 March, 7 February
    or 2 July: a weekday written with them tells which, else the order the page's other numeric
    dates show (see `numeric_date_order`), else the page does not say."""
    if sep.startswith(".") or a > 12:
        return b, a
    if b > 12 or a == b:
        return a, b
    readings = [(a, b), (b, a)]
    if weekday is not None and year is not None:
        matching = [r for r in readings if (d := _make_date(year, *r)) is not None and d.weekday() == weekday]
        if len(matching) != 2:  # 'Monday 12/03/2018' is 12 March and 3 December alike
            return matching[0] if matching else None
    day_first = _PAGE_DAY_FIRST.get()
    return None if day_first is None else readings[1] if day_first else readings[0]


# The order of day and month that one page's numeric dates show, while that page is read
_PAGE_DAY_FIRST: ContextVar[bool | None] = ContextVar("page_day_first", default=None)


def page_day_first() -> bool | None:
    """The order of day and month of the page being read: part of the key of a kept answer that reads dates."""
    return _PAGE_DAY_FIRST.get()


def _numeric_order(text: str) -> bool | None:
    """True when the text's numeric dates write the day first ('19/02/2018'), False when the month
    ('02/19/2018'), None when none tells or they disagree."""
    orders = {
        int(m.group("a")) > 12
        for m in _NUMERIC_DATE_PATTERNS[-1].finditer(text)
        if not m.group("sep").startswith(".") and (int(m.group("a")) > 12) != (int(m.group("b")) > 12)
    }
    return orders.pop() if len(orders) == 1 else None


@contextmanager
def numeric_date_order(text: str, fallback: bool | None = None) -> Iterator[None]:
    """Within it, an ambiguous numeric date ('12/03/2018') is read in the order the other numeric
    dates of `text` (the whole page) show: a site writes all its dates one way; when none shows it,
    in the `fallback` order (the custom of the page's country, True for the day first)."""
    shown = _numeric_order(text)
    token = _PAGE_DAY_FIRST.set(fallback if shown is None else shown)
    try:
        yield
    finally:
        _PAGE_DAY_FIRST.reset(token)


def _date_from_match(match: re.Match[str], text: str = "") -> tuple[date, date | None, bool] | None:
    """(first day, last day of a 'July 29–31' range, whether a year was written); `text` is the
    text the match was found in, whose weekday next to a numeric date can decide its order."""
    groups = match.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("a"):
        weekday = _written_weekday(text, match.span()) if text else None
        order = _month_and_day(int(groups["a"]), int(groups["b"]), groups["sep"] or "", year, weekday)
        if order is None:
            return None
        month, day = order
    else:
        month = int(groups["mn"]) if groups.get("mn") else month_number(groups["m"])
        day = int(groups["d"])
    first = _make_date(year, month, day)
    if first is None:
        return None
    last = _make_date(year, month, int(groups["d2"])) if groups.get("d2") else None
    if last is not None and (last <= first or (groups.get("both") and last != first + timedelta(days=1))):
        last = None
    return first, last, year is not None


def _single_dates(text: str, written: str) -> list[tuple[date, date | None, bool, tuple[int, int]]]:
    """The dates of `text`: `written` with its bracketed weekdays blanked, spans kept."""
    found: list[tuple[date, date | None, bool, tuple[int, int]]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _date_patterns():
        for match in pattern.finditer(text):
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            parsed = _date_from_match(match, written)
            if parsed:
                found.append((*parsed, span))
                taken.append(span)
    return sorted(found, key=lambda f: f[3])


def _with_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=year, day=28)


def find_dates(text: str, default_year: int | None = None) -> list[DateSpan]:
    """Every stated day or range of days in the text, in order.

    "March 30 – April 2, 2016" is one range; a date without a year takes the year of the range
    it belongs to, else `default_year`; without either it is left out.
    """
    # the readers ask it of each line many times; the page's order of day and month is part of the answer
    return list(_find_dates(text, default_year, page_day_first()))


@lru_cache(maxsize=50_000)
def _find_dates(text: str, default_year: int | None, day_first: bool | None) -> tuple[DateSpan, ...]:
    del day_first  # only the cache's key: _month_and_day reads it from _PAGE_DAY_FIRST
    text = _BUDDHIST_ERA_YEAR.sub(
        lambda m: str(int(m.group(0)[-4:]) - 543).rjust(len(m.group(0))), western_digits(text)
    )
    text = _ETHIOPIAN_DATE.sub(_ethiopian_day, text)
    text = _BIKRAM_SAMBAT_DATE.sub(_bikram_sambat_day, text)
    written = text
    text = _BRACKETED_WEEKDAY.sub(lambda m: " " * len(m.group(0)), text)  # same length: spans hold
    singles = _single_dates(text, written)
    result: list[DateSpan] = []
    i = 0
    while i < len(singles):
        first, last, has_year, span = singles[i]
        last_has_year = has_year
        if last is None and i + 1 < len(singles):
            nxt = singles[i + 1]
            if nxt[1] is None and _RANGE_GAP.match(text[span[1] : nxt[3][0]]):
                last, last_has_year, span = nxt[0], nxt[2], (span[0], nxt[3][1])
                i += 1
        days = _resolve_years(first, has_year, last, last_has_year, default_year)
        if days is not None:
            result.append(DateSpan(days[0], days[1], span, has_year or last_has_year))
        i += 1
    return tuple(result)


def _resolve_years(
    first: date, first_has: bool, last: date | None, last_has: bool, default_year: int | None
) -> tuple[date, date | None] | None:
    """Years for a day or range: 'Dec. 30 – Jan. 2, 2020' starts in 2019."""
    if first_has:
        year = first.year
    elif last is not None and last_has:
        behind = (first.month, first.day) > (last.month, last.day)
        year = last.year - 1 if behind else last.year
    elif default_year is not None:
        year = default_year
    else:
        return None
    start = _with_year(first, year)
    if last is None:
        return start, None
    end = last if last_has else _with_year(last, year)
    if end < start and not last_has:
        end = _with_year(end, year + 1)
    return start, end if end > start else None


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm is None:
        return h if 0 <= h <= 23 else None
    if not 1 <= h <= 12:
        return None
    if re.fullmatch(_MALAY_PARTS, ampm):
        return (h % 12) + (0 if ampm.casefold() == "pagi" else 12)
    pm = ampm.lower().startswith(("p", "i")) or re.fullmatch(_NOON, ampm) is not None or ampm.rstrip(".")[-1:] in "thg"
    return (h % 12) + (12 if pm else 0)


def _clock(h: str | None, m: str | None, ampm: str | None, noon: str | None) -> time | None:
    if noon:
        return time(12, 0)
    if h is None:
        return None
    hour = _hour(int(h), ampm)
    return time(hour, int(m or 0)) if hour is not None else None


def _without_meridiem(h: int, m: int, padded: bool) -> time:
    """A time written without a.m./p.m.: 24-hour when it says so, else the likely event hour."""
    if h >= 13 or padded or h == 0:
        return time(h % 24, m)
    return time(h + 12 if 1 <= h <= 6 else h, m)


def _range_times(g: dict[str, str | None]) -> tuple[time, time | None] | None:
    ap1, ap2 = g["ap1"], g["ap2"]
    if g["h2"] and ap2 and not ap1 and not g["noon1"]:
        if g["h1"] and int(g["h1"]) > 12:  # '19:00 – 1:00 am': a 24-hour start has no a.m./p.m. of its own
            return time(int(g["h1"]) % 24, int(g["m1"] or 0)), _clock(g["h2"], g["m2"], ap2, None)
        start = _clock(g["h1"], g["m1"], ap2, None)
        end = _clock(g["h2"], g["m2"], ap2, None)
        if start and end and start > end:
            other = "am" if ap2.lower().startswith("p") else "pm"
            start = _clock(g["h1"], g["m1"], other, None)
        return (start, end) if start and end else None
    start = _clock(g["h1"], g["m1"], ap1, g["noon1"]) if (ap1 or g["noon1"]) else None
    end = _clock(g["h2"], g["m2"], ap2, g["noon2"]) if (ap2 or g["noon2"]) else None
    clock = bool(g.get("_clock") or _TWENTY_FOUR_HOURS.search(g.get("_raw") or ""))  # '3 Uhr' is 03:00, as '03:00' is
    if start is None and g["h1"]:
        start = _without_meridiem(int(g["h1"]), int(g["m1"] or 0), clock or g["h1"].startswith("0"))
    if end is None and g["h2"]:
        padded = clock or g["h2"].startswith("0")
        end = _without_meridiem(int(g["h2"]), int(g["m2"] or 0), padded)
        if start and end <= start:
            end = _after(start, int(g["h2"]), int(g["m2"] or 0), padded)
    return (start, end) if start else None


# 'Uhr', 'uur', 'sati', and an 'h' or a Flemish 'u' after the hour ('19 h 30', '14h00', '19u30'):
# a 24-hour clock's words
_TWENTY_FOUR_HOURS = re.compile(
    rf"\d\.?\s*(?i:{_CLOCK_HOUR_WORDS}|{_COUNTING_HOUR_WORDS})|\d\s?h\s?[0-5]\d|\d\s?h\b|\du(?:[0-5]\d)?\b"
)


def _after(start: time, hour: int, minute: int, padded: bool) -> time:
    """The end of a range written without a.m./p.m. that reads as earlier than its start: the
    afternoon hour when that follows the start ('11:00 - 1:00'), else the hour as written, past
    midnight ('21:00 - 01:00', '22:00–2:00', '20:30 – 00:30')."""
    later = time(hour + 12, minute) if hour < 12 and not padded else None
    return later if later is not None and later > start else time(hour % 24, minute)


def _looks_like_time(g: dict[str, str | None]) -> bool:
    """A bare number is not a time: it needs minutes, a.m./p.m., 'noon' or a range with one."""
    # '19 Uhr', '18:30 bis 20 Uhr', 'ob 17. uri' (find_times marks 'u 11 sati' as a clock)
    hour_word = re.search(rf"\d\.?\s*(?i:{_CLOCK_HOUR_WORDS})", g.get("_raw") or "") or g.get("_clock")
    first = bool(g["noon1"] or g["ap1"] or (g["m1"] and g["h1"]) or hour_word)
    second = bool(g["noon2"] or g["ap2"] or (g["m2"] and g["h2"]))
    if g["h2"] or g["noon2"]:
        return second or first or bool(g["hr1"] and g["hr2"])  # '19 h – 21 h'
    clock = re.search(r"\d(?:\s?[:h]\s?|u)\d", g.get("_raw") or "") or hour_word  # '18:30', '18h30', '19 h 30', '19u30'
    return first and (bool(g["ap1"] or g["noon1"]) or clock is not None)


# 'kl. 14–16', 'klo 12–14', 'kl 18.00': the Nordic word for o'clock, before the hours, and its
# kin in other languages: Italian 'ore 17.30', Slovene 'ob 18.30', Turkish 'saat 14.00', Polish 'godz. 18'
_CLOCK_WORD = re.compile(r"(?<![\w.])(?i:kl\.?|klo|ore|ob|saat|godz\.?)\s*$")


# what leads a lone 'N h' that is an hour, not a duration ('à 14 h', ', 14 h' after a date, '| 18 h')
_HOUR_LEAD = re.compile(r"(?:(?<![\w])(?i:à|dès|vers|a las|às|alle)|[,|·•–-])\s*$")
_ITEM_DASH = re.compile(r"\d{1,2}\s?h\s+[–—-]\s")  # a programme item that opens with its bare hour: '12 h – Accueil'


# Swahili time counts the hours from sunrise, 6 a.m.: 'saa 3:00 asubuhi' (in the morning) is 09:00, 'saa 7
# mchana' (at midday) 13:00, 'saa 1 usiku' (at night) 19:00; 'Saa 3:00 – 3:30', 'saa 3 hadi saa 7' (until)
_SWAHILI_PART = r"(?:\s+(?P<part{n}>asubuhi|mchana|alasiri|jioni|usiku|alfajiri))?"
_SWAHILI_HOUR = r"(?P<h{n}>1[0-2]|0?[1-9])(?!\d)(?:[:.](?P<m{n}>[0-5]\d))?"
_SWAHILI_TIME = re.compile(
    rf"(?<![\w])(?i:saa)\s+{_SWAHILI_HOUR.format(n=1)}(?i:{_SWAHILI_PART.format(n=1)})"
    rf"(?:\s*(?:[-–—]|(?i:hadi|mpaka))\s*(?:(?i:saa)\s+)?{_SWAHILI_HOUR.format(n=2)}(?i:{_SWAHILI_PART.format(n=2)}))?"
    r"(?![\d:.]\d)"
)
# the hours of the day each part of it names, on the 24-hour clock
_SWAHILI_PARTS = {
    "asubuhi": range(6, 13), "mchana": range(12, 17), "alasiri": range(15, 19), "jioni": range(16, 20),
    "usiku": (*range(19, 24), *range(0, 5)), "alfajiri": range(4, 7),
}  # fmt: skip


def _swahili_hour(hour: int, part: str | None) -> int:
    western = (hour + 6) % 12
    hours = _SWAHILI_PARTS.get((part or "").casefold(), range(7, 19))  # no part: the day's hours
    return next((h for h in (western, western + 12) if h in hours), western)


def _on_24_hours(match: re.Match[str], hour: Callable[[int, str], int]) -> str:
    """The times written on the 24-hour clock (`hour` reads each hour with its part of the day), padded
    to the length of the text they stand for (so that the spans found in it stay those of the page's text)."""
    times = [
        f"{hour(int(match[f'h{n}']), match[f'part{n}'] or ''):02d}:{match[f'm{n}'] or '00'}"
        for n in (1, 2)
        if match[f"h{n}"]
    ]
    return " – ".join(times).ljust(len(match.group(0)))


# A part of the day written before its hour: Sinhala 'පෙ.ව.' (a.m.) and 'ප.ව.' (p.m.), Nepali 'बिहान' (in
# the morning), 'दिउँसो' (in the afternoon), 'साँझ', 'बेलुका' (in the evening), 'राति' (at night), and
# Amharic, whose hours count from six in the morning as Swahili ones do: 'ከጠዋቱ 2:30' (in the morning) is
# 08:30, 'ከቀኑ 7:00' (in the day) 13:00, 'ከምሽቱ 1:00' (in the evening) 19:00. The part -> (hours that the
# clock is behind the 24-hour one, the hours of the day it names)
_DAY_PARTS = {
    "පෙ.ව.": (0, range(0, 13)), "ප.ව.": (0, range(12, 24)),
    "बिहान": (0, range(4, 13)), "पूर्वाह्न": (0, range(0, 13)), "दिउँसो": (0, range(11, 18)),
    "अपराह्न": (0, range(12, 19)), "साँझ": (0, range(16, 22)), "बेलुका": (0, range(16, 22)), "राति": (0, range(19, 24)),
    "ጠዋቱ": (6, range(6, 13)), "ጠዋት": (6, range(6, 13)), "ረፋዱ": (6, range(9, 13)), "ቀኑ": (6, range(11, 19)),
    "ከሰዓት በኋላ": (6, range(12, 19)), "ምሽቱ": (6, range(17, 24)), "ማታ": (6, range(18, 24)), "ሌሊቱ": (6, range(19, 24)),
    # Tamil (set 118): 'காலை' (in the morning), 'முற்பகல்' (forenoon), 'மதியம்' (at midday), 'பிற்பகல்' (afternoon),
    # 'மாலை' (in the evening), 'இரவு' (at night)
    "காலை": (0, range(4, 13)), "முற்பகல்": (0, range(0, 13)), "மதியம்": (0, range(11, 17)),
    "பிற்பகல்": (0, range(12, 19)), "மாலை": (0, range(15, 22)), "இரவு": (0, range(18, 24)),
    # Bengali and Urdu (set 122): 'সকাল' and 'صبح' (in the morning), 'দুপুর' and 'دوپہر' (at midday), 'বিকাল',
    # 'বিকেল' and 'سہ پہر' (in the afternoon), 'সন্ধ্যা' and 'شام' (in the evening), 'রাত' and 'رات' (at night)
    "সকাল": (0, range(4, 13)), "দুপুর": (0, range(11, 17)), "বিকাল": (0, range(13, 19)), "বিকেল": (0, range(13, 19)),
    "সন্ধ্যা": (0, range(16, 22)), "রাত": (0, range(19, 24)),
    "صبح": (0, range(4, 13)), "دوپہر": (0, range(11, 17)), "سہ پہر": (0, range(13, 19)), "شام": (0, range(16, 22)),
    "رات": (0, range(19, 24)),
}  # fmt: skip
_PART_NAMES = "|".join(re.escape(part) for part in sorted(_DAY_PARTS, key=len, reverse=True))
DAY_PART = rf"(?:ከ)?(?:{_PART_NAMES})"  # what may stand before a programme line's first hour
# 'बजे', 'ሰዓት', 'மணி', 'টা' and 'بجے' (o'clock) after the hour, 'देखि', 'සිට', 'ጀምሮ', 'முதல்', 'থেকে' and 'سے'
# (from) after the first, 'सम्म', 'දක්වා', 'வரை', 'পর্যন্ত' and 'تک' (until) after the last, 'እስከ' (until) and 'تا'
# (to) before it
_PART_TIME = r"(?:ከ)?(?P<part{n}>{parts})\s*(?P<h{n}>[0-2]?\d)(?:[:.](?P<m{n}>[0-5]\d))?(?:\s*(?:बजे|ሰዓት|மணி|টা|بجے))?"
_PARTED_TIME = re.compile(
    _PART_TIME.format(n=1, parts=_PART_NAMES)
    + r"(?:\s*(?:देखि|සිට|ጀምሮ|முதல்|থেকে|سے))?"
    + rf"(?:\s*(?:[-–—]|እስከ|تا)?\s*{_PART_TIME.format(n=2, parts=_PART_NAMES)}(?:\s*(?:सम्म|දක්වා|வரை|পর্যন্ত|تک))?)?"
    + r"(?![\d:.]\d)"
)


def _parted_hour(hour: int, part: str) -> int:
    behind, hours = _DAY_PARTS[part]
    western = (hour + behind) % 12 if behind else hour % 12
    return next((h for h in (western, western + 12) if h in hours), western)


# Malagasy time in words: '9 ora maraina' (nine in the morning), '12 ora sy sasany atoandro' (half past twelve at
# midday), 'sy fahefany' (a quarter past), 'hatramin'ny' (until); the part of the day after the hour
_MALAGASY_PARTS = {
    "maraina": range(4, 13), "atoandro": range(11, 15), "tolakandro": range(12, 19), "hariva": range(15, 21),
    "alina": (*range(18, 24), *range(0, 4)),
}  # fmt: skip
_MALAGASY_CLOCK = (
    r"(?P<h{n}>[0-2]?\d)\s+ora(?:\s+sy\s+(?P<m{n}>sasany|fahefany|[0-5]?\d(?:\s+minitra)?))?"
    rf"(?:\s+(?P<part{{n}}>{'|'.join(_MALAGASY_PARTS)}))?"
)
_MALAGASY_TIME = re.compile(
    rf"(?<![\w.:]){_MALAGASY_CLOCK.format(n=1)}"
    rf"(?:\s*(?:[-–—]|(?i:hatramin['’]ny|ka\s+hatramin['’]ny))\s*{_MALAGASY_CLOCK.format(n=2)})?(?!\w)",
    re.IGNORECASE,
)


def _malagasy_times(match: re.Match[str]) -> str:
    """'9 ora maraina hatramin'ny 12 ora sy sasany atoandro' as '09:00 – 12:30', padded to its length."""
    times = []
    for n in (1, 2):
        if not match[f"h{n}"]:
            continue
        minutes = {"sasany": "30", "fahefany": "15"}.get((match[f"m{n}"] or "").casefold())
        minutes = minutes or f"{int((match[f'm{n}'] or '0').split()[0]):02d}"
        hours = _MALAGASY_PARTS.get((match[f"part{n}"] or "").casefold(), range(6, 21))
        hour = int(match[f"h{n}"]) % 12
        hour = next((h for h in (hour, hour + 12) if h in hours), int(match[f"h{n}"]))
        times.append(f"{hour:02d}:{minutes}")
    return " – ".join(times).ljust(len(match.group(0)))


# Hours in words before 'بجے' / 'बजे' (o'clock), as Urdu, Hindi and Nepali write them in prose (set 126): 'تین
# بجے' (three o'clock), 'ساڑھے پانچ بجے' (half past five), 'सवा दस बजे' (a quarter past ten), 'पौने चार बजे' (a
# quarter to four), 'ڈیڑھ بجے' (half past one); the part of the day before them reads them as any hour
_HOUR_WORDS = {
    "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "چھے": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10,
    "گیارہ": 11, "بارہ": 12,
    "एक": 1, "दो": 2, "दुई": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6, "छ": 6, "सात": 7,
    "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "एघार": 11, "बारह": 12, "बाह्र": 12,
}  # fmt: skip
# the fraction before the hour -> minutes past the hour before it ('پونے چار' is 3:45)
_HOUR_FRACTIONS = {"ساڑھے": (0, 30), "سوا": (0, 15), "پونے": (-1, 45), "साढ़े": (0, 30), "साढे": (0, 30),
                   "सवा": (0, 15), "पौने": (-1, 45)}  # fmt: skip
_WHOLE_HALVES = {"ڈیڑھ": "1:30", "ڈھائی": "2:30", "اڑھائی": "2:30", "डेढ़": "1:30", "डेढ": "1:30",
                 "ढाई": "2:30", "अढाई": "2:30"}  # fmt: skip
_WORDED_HOUR = re.compile(
    rf"(?<!\w)(?:(?P<fraction>{'|'.join(_HOUR_FRACTIONS)})\s+)?"
    rf"(?P<hour>{'|'.join(sorted([*_HOUR_WORDS, *_WHOLE_HALVES], key=len, reverse=True))})(?=\s*(?:بجے|बजे))"
)


def _worded_hour(match: re.Match[str]) -> str:
    """'ساڑھے پانچ' as '5:30', 'تین' as '3', padded to its length."""
    word = match["hour"]
    if word in _WHOLE_HALVES:
        return _WHOLE_HALVES[word].ljust(len(match.group(0)))
    hour = _HOUR_WORDS[word]
    if not match["fraction"]:
        return str(hour).ljust(len(match.group(0)))
    back, minutes = _HOUR_FRACTIONS[match["fraction"]]
    return f"{(hour + back - 1) % 12 + 1}:{minutes:02d}".ljust(len(match.group(0)))


def clock_digits(text: str) -> str:
    """The text with its hours in other scripts' digits, in Swahili, Amharic or Malagasy counting and after a
    part of the day written as 24-hour clock times ('saa 3 asubuhi' -> '09:00'), each of the length it stands for."""
    text = _WORDED_HOUR.sub(_worded_hour, text)
    text = _SWAHILI_TIME.sub(lambda m: _on_24_hours(m, _swahili_hour), western_digits(text))
    text = _PARTED_TIME.sub(lambda m: _on_24_hours(m, _parted_hour), text)
    return _MALAGASY_TIME.sub(_malagasy_times, text)


def find_times(text: str) -> list[TimeSpan]:
    """Every stated time or time range in the text, each with the zone written after it."""
    return list(_find_times(text))  # the readers ask it of each line many times


@lru_cache(maxsize=50_000)
def _find_times(text: str) -> tuple[TimeSpan, ...]:
    found = []
    text = clock_digits(text)
    for match in _TIME_RE.finditer(text):
        g: dict[str, str | None] = {**match.groupdict(), "_raw": match.group(0)}
        # '09.30 Keynote', '9.00  Welcome' (an hour of one digit), and a programme table's row read
        # cell by cell: '09.30, Keynote' (also with the hour's unit: '12.15 h. Mesa redonda', as Spanish
        # and Galician programmes write it; a talk's title in quotes: '2.45  "Defamation and …"')
        programme = match.start() == 0 and bool(re.match(r"[0-2]?\d\.[0-5]\d(?:\s?h\.?)?,?\s+[\"“‘]?[A-Z]", text))
        if _CLOCK_WORD.search(text[max(0, match.start() - 6) : match.start()]):
            g["_clock"] = "kl."  # 'kl. 14–16': bare hours of a 24-hour clock
        counting = re.search(rf"\d\.?\s*(?i:{_COUNTING_HOUR_WORDS})", match.group(0))
        if counting and _AT_HOUR.search(text[max(0, match.start() - 6) : match.start()]):
            g["_clock"] = "sati"  # 'u 11 sati', 'om 20 uur', 'do 13.30 sati': at an hour, not for hours
        if re.search(rf"\d\.?\s*(?i:{_CLOCK_HOUR_WORDS})", match.group(0)):
            g["_clock"] = "uri"  # '18 Uhr', 'ob 17. uri': said to be a time of day
        led = _HOUR_LEAD.search(text[: match.start()]) or _ITEM_DASH.match(text, match.start())
        if g["hr1"] and not g["h2"] and int(g["h1"] or 24) < 24 and led:
            g["_clock"] = "h"  # 'jeudi 6 mars 2025, 14 h', 'à 18 h', a programme's '12 h – X': a 24-hour clock's hour
        if not (g["h1"] or g["noon1"]) or not (_looks_like_time(g) or programme):
            continue
        raw = match.group(0)
        plain = not (g["ap1"] or g["ap2"] or g["zone"] or g["h2"] or g.get("_clock") or programme)
        if re.search(r"\d\.\d", raw) and plain:
            continue  # "3.50 million" (not the unit's dot of '17:00 hrs. Bienvenida')
        times = _range_times(g)
        zone = g["zone"] or g["z1"]
        if zone and re.fullmatch(_OFFSET_ZONE, zone):
            zone = _listed_zone(zone, text[match.end() :]) or zone
        # 'MST (Arizona time)', 'CST (Saskatchewan time)': the bracket says whose clock the abbreviation is
        named = _NAMED_CLOCK.match(text, match.end()) if zone else None
        zone = named.group(1) if named and zone_for(named.group(1)) else zone
        if times:
            found.append(TimeSpan(times[0], times[1], zone if zone and zone_for(zone) else None, match.span()))
    return tuple(found)


_NAMED_CLOCK = re.compile(r"\s*\(([A-Z][\w .'-]{2,30}? [Tt]ime)\)")

# '(GMT+10:00) Canberra, Melbourne, Sydney', '(UTC-05:00) Eastern [US & Canada]': an entry of a zone
# list (Windows, Outlook, Cvent) writes the standard offset and the cities, whose clocks keep summer
# time all the same ('(GMT+10:00) Canberra' on a day in March is +11:00)
_LISTED_CITIES = re.compile(r"\)?[ \t]*([A-Z][^\n()\[\]]*)")


def _listed_zone(label: str, after: str) -> str | None:
    listed = _LISTED_CITIES.match(after)
    standard = zone_for(label)
    if listed is None or standard is None:
        return None
    for city in (c.strip() for c in listed.group(1).split(",")):
        zone = zone_name(f"{city} time") or zone_name(city)
        if zone and standard.utcoffset(None) in _offsets(zone):
            return zone
    return None


def find_zone(text: str) -> str | None:
    """The first zone named anywhere in the text ('All times are ET')."""
    match = _ZONE_RE.search(text)
    return match.group(0) if match else None


def zone_for(label: str) -> tzinfo | None:
    """The tzinfo for a written zone: 'ET' -> America/New_York, 'UTC+9' and '+09' -> +09:00."""
    offset = re.fullmatch(r"(?:(?:UTC|GMT)\s?)?([+\-−])\s?(\d{1,2})(?::?(\d\d))?", label.strip())
    if offset:
        sign = -1 if offset.group(1) in "-−" else 1
        minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes))
    name = zone_name(label)
    return ZoneInfo(name) if name else None


def zone_name(label: str) -> str | None:
    """The IANA name for a written zone, or None for a bare offset or an unknown label."""
    label = " ".join(label.split())
    for key, name in {**ZONES, **AFTER_TIME_ZONES}.items():
        if key.lower() == label.lower() and (len(key) > 4 or key == label):
            return name
    try:
        ZoneInfo(label)
    except (ValueError, KeyError, OSError):
        return None
    return label if "/" in label else None


def when(day: date, at: time | None = None, zone: tzinfo | None = None) -> str:
    """xsd:date when only the day is known, else xsd:dateTime with the zone's offset that day."""
    if at is None:
        return day.isoformat()
    if zone is None:
        raise ValueError(f"{day} {at} has no time zone")
    return datetime.combine(day, at, tzinfo=zone).isoformat()


def parse_machine_date(value: str, zone: tzinfo | None = None) -> tuple[str, bool] | None:
    """A machine-written date (schema.org startDate, <time datetime>) as xsd, and whether it
    carried an offset. '2019-03-05' stays a date; a local time takes `zone` when given."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, True
    if not re.search(r"(?<!\d)\d{4}(?!\d)", value):
        return None  # '19.30', an element's text taken for its value: dateutil would fill in today's date
    try:
        moment = dateutil_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    if moment.tzinfo is None:
        if zone is None:
            return None
        return moment.replace(tzinfo=zone).isoformat(), False
    if zone is not None:
        moment = moment.astimezone(zone)
    return moment.isoformat(), True
