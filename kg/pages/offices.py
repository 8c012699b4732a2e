"""A foundation's country or city office is the foundation (docs/ingest.md, Accuracy).

Political and private foundations name their offices abroad by the foundation and the place:
"Friedrich-Ebert-Stiftung Vietnam Office", "Konrad-Adenauer-Stiftung Morocco", "Heinrich Böll
Stiftung Office in Abuja", "Friedrich-Ebert-Stiftung Jordan & Iraq". An office is no body of its
own, so a sponsor, organizer or employer named so is the foundation: one organisation in the
graph whichever office a page names.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from kg.names import fold
from kg.pages.people import is_country, is_person_name, is_place
from kg.pages.words import is_org_word

# the foundation's kind, also as the end of one word ('Konrad-Adenauer-Stiftung')
_FOUNDATION = re.compile(
    r"(?:stiftung|foundations?|fondation|fundaci[oó]n|funda[cç][aã]o|funda[tț]ia|fondazione|fundacja|stichting)\b",
    re.IGNORECASE,
)
# also as the foundation's own language writes it: 'Fundación X, oficina Paraguay', 'X-Stiftung Büro Tunis'
_OFFICE = (
    r"(?:(?:country|regional|representative|liaison|project|field)\s+)?"
    r"(?:office|bureau|representation|oficina|escrit[oó]rio|b[uü]ro|ufficio|biuro)"
)
_OFFICE_WORD = re.compile(rf",?\s+{_OFFICE}\b", re.IGNORECASE)
_IN_OR_FOR = re.compile(r"\b(?:in|for|en|em|para|no|na|in der)\s+(?:the\s+)?|^\s+", re.IGNORECASE)
_OFFICE_AFTER = re.compile(rf"\s+{_OFFICE}$", re.IGNORECASE)
# 'Konrad-Adenauer-Stiftung Regional Programme Political Dialogue Asia': the foundation's office for a region
_REGIONAL_PROGRAMME = re.compile(r"\s+(?:regional|country)\s+(?:programme|program|project)\b.*$", re.IGNORECASE)
# a region an office serves: 'South Asia', 'East Africa', 'Southeast Europe'
_REGION = re.compile(
    r"(?:(?:North|South|East|West|Central|Southeast|Southern|Eastern|Western|Northern)(?:ern)?\s+)?"
    r"(?:Asia|Africa|Europe|America|Latin America|Caucasus|Balkans|Middle East|Pacific|Gulf States)"
)


# a foundation's department or programme named by the foundation in the possessive: no body of its own either
_FOUNDATIONS_UNIT = re.compile(
    r"^(?P<body>[^,]+?)['’]s\s+(?:[A-Z][\w-]*\s+){0,4}(?:Department|Programme|Program|Division|Unit|Fund|Initiative)$"
)


def foundation_of_office(name: str) -> str:
    """'Friedrich-Ebert-Stiftung Vietnam Office', 'X Foundation's Y Programme' -> the foundation; any other name
    as it is ('Korea Foundation', 'Fondation de France', 'Open Society Foundation for South Africa')."""
    if not _FOUNDATION.search(name):
        return name  # every organisation name on a page comes here: most name no foundation
    initials = _INITIALS_INSIDE.search(name)
    # 'Konrad-Adenauer-Stiftung (KAS) Indonesia and Timor-Leste': the office without the foundation's initials
    if initials and _FOUNDATION.search(name[: initials.start()]):
        bare = name[: initials.start()] + name[initials.end() :]
        found = foundation_of_office(bare)
        return found if found != bare else name
    unit = _FOUNDATIONS_UNIT.match(name)
    if unit and _FOUNDATION.search(unit["body"]):  # 'X Foundation's Armenian Communities Department'
        return unit["body"]
    language = _LANGUAGE_OF.get(fold(_FOUNDATION.findall(name)[0]).rstrip("s"))
    programme = _REGIONAL_PROGRAMME.search(name)
    if programme:  # 'X-Stiftung South Caucasus Regional Programme': the region's office, the foundation
        return foundation_of_office(head) if _foundation(head := name[: programme.start()]) else name
    office = _OFFICE_WORD.search(name)  # 'Office in Abuja', 'Regional Office for Cooperation in Central Asia'
    tail = name[office.end() :] if office else ""
    if office and any(_places(tail[m.end() :], language) for m in _IN_OR_FOR.finditer(tail)):
        return _foundation(name[: office.start()]) or name
    # 'Konrad-Adenauer-Stiftung in Colombia', 'Konrad Adenauer Foundation in Brazil': a foundation named in
    # its own language or after a person, its office in another country (not 'Swedish Cultural Foundation in
    # Finland', a name of its own)
    posted = _POSTED_IN.search(name)
    if (
        not office
        and posted
        and (language or _named_after_person(name[: posted.start()]))
        and _places(posted.group("place"), language)
    ):
        return _foundation(name[: posted.start()]) or name
    head = _OFFICE_AFTER.sub("", name)
    words = head.split()
    for i in range(1, len(words)):
        if _places(" ".join(words[i:]), language):  # 'X Foundation, Zimbabwe Office' too: not its comma
            return _foundation(" ".join(words[:i]).rstrip(",")) or name
    return name


# the foundation's initials in brackets before the office's place
_INITIALS_INSIDE = re.compile(r"\s*\([A-Z][A-Za-z&]{1,8}\)(?=\s+\S)")
_POSTED_IN = re.compile(r"\s+(?:in|en|em|no|na)\s+(?:the\s+)?(?P<place>[A-Z][^,]*)$")


# the United Nations' agencies, funds and programmes by their initials: their country offices are
# written as the initials and the country ('UNHCR Lebanon'); not any 'UN…' ('UNSW Australia')
_UN_AGENCY = re.compile(
    r"(?P<agency>UNHCR|UNFPA|UNDP|UNICEF|UNESCO|UNEP|UNOPS|UNIDO|UNAIDS|UNRWA|UNODC|UNCTAD|UN[ -]Women"
    r"|UN[ -]Habitat|WFP|FAO|ILO|IOM|WHO|IFAD|OCHA|OHCHR)\s+(?:in\s+)?(?P<place>.+)"  # 'UNDP in Kazakhstan' too
)


# 'the Asian Development Bank's Pakistan Resident Mission', 'the X Foundation's office in Central Asia':
# a body's office abroad named by the body in the possessive
_POSSESSIVE_OFFICE = re.compile(
    r"^(?P<body>.+?)['’]s\s+(?:[A-Z][\w-]*\s+){0,3}"
    rf"(?i:(?:resident\s+)?mission|delegation|{_OFFICE})(?:\s+(?:in|for|to)\s+.+)?$"
)


# 'Food and Agriculture Organization of the United Nations (FAO), Botswana Country Office': the body,
# its initials, then its office in a country after a comma
_OFFICE_AFTER_COMMA = re.compile(
    r"^(?P<body>.+?)(?:\s*\([A-Z][A-Za-z&]{1,8}\))?,\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Country|Regional|Liaison|Field|Representative)\s+Office$"
)

# 'World Bank Cambodia Office', 'Asian Development Bank Lao PDR Resident Mission': a body's office in a
# country or city, written as the body, the place and the office's word
_PLACE_OFFICE = re.compile(r"\s+(?:(?:Resident|Country|Regional|Representative|Liaison|Field)\s+)?(?i:office|mission)$")


_INITIALS = re.compile(r"[A-Z][A-Z&]+[A-Z]")
# 'IDB Country Office in Suriname', 'World Bank Resident Mission in Nepal': the body, its office's word, and
# the place after 'in' if the page gives it (not a 'Liaison Office in Ireland', a body of its own as the
# European Parliament's offices are, nor an 'Office for Ethiopia', as set 36 answers it)
_OFFICE_IN_PLACE = re.compile(
    r"^(?P<body>.+?)\s+(?:Country|Resident)\s+(?i:office|mission)(?:\s+in\s+(?:the\s+)?(?P<place>[A-Z][^,]*))?$"
    # 'TaiwanICDF Mission in Nicaragua', 'KOICA Mission in Ghana': a body's mission in a country (not an 'OSCE
    # Mission to Skopje', accredited to a state and a body of its own, as sets 66 and 71 answer it)
    r"|^(?P<mission_body>[A-Z][\w&-]*[A-Z]{2,})\s+Mission\s+in\s+(?:the\s+)?(?P<mission_place>[A-Z][^,]*)$"
)


def _body_of_place_office(name: str) -> str | None:
    """The body of 'World Bank Cambodia Office' ('World Bank', 'KOICA Honduras Office' 'KOICA'): the
    words between the body and the office name a place, and the body's last word names a body or is
    its initials ('Central Statistical Office' is an office of its own)."""
    office = _PLACE_OFFICE.search(name)
    words = name[: office.start()].split() if office else []
    if len(words) > 1 and _INITIALS.fullmatch(words[0]) and _places(" ".join(words[1:])):
        return words[0]  # 'KOICA Honduras Office': the body by its initials
    for i in range(2, len(words)):
        if is_org_word(words[i - 1]) and _places(" ".join(words[i:])):
            return " ".join(words[:i])
    return None


def agency_of_office(name: str) -> str:
    """'UNHCR Lebanon', 'UNFPA Bangladesh' -> 'UNHCR', 'UNFPA': a UN agency's country office is the
    agency (docs/ingest.md), as a foundation's office is the foundation; an organisation of its own
    with a country in its name ('WRI India', 'Master Builders Australia') is kept. So is a body's
    office written with the body in the possessive ('X Bank's Pakistan Resident Mission') or before
    its place ('X Bank Cambodia Office')."""
    possessed = _POSSESSIVE_OFFICE.match(name)
    body = possessed.group("body") if possessed else ""
    if body and (is_org_word(body.split()[-1]) or body.isupper() or _FOUNDATION.search(body)):
        return body
    after = _OFFICE_AFTER_COMMA.match(name)
    if after and any(is_org_word(w) for w in after.group("body").split()):
        return after.group("body")
    body = _body_of_place_office(name)
    if body:
        return body
    posted = _OFFICE_IN_PLACE.match(name)
    if posted and posted["mission_body"]:
        return posted["mission_body"] if _places(posted["mission_place"]) else name
    if posted and (_INITIALS.fullmatch(posted["body"]) or is_org_word(posted["body"].split()[-1])):
        return posted["body"] if not posted["place"] or _places(posted["place"]) else name
    found = _UN_AGENCY.fullmatch(name)
    return found.group("agency") if found and is_country(found.group("place")) else name


def _places(text: str, language: str | None = None) -> bool:
    """'Vietnam', 'Jordan & Iraq', 'South Asia': places only; 'România' too in a Romanian name; a
    country whose own name joins two with 'and' ('Bosnia and Herzegovina', 'Trinidad and Tobago')."""
    if is_place(text.strip()) or text.strip() in _country_names(language):
        return True
    parts = re.split(r"\s*(?:&|,|\band\b)\s*", text.strip())
    return all(p and (is_place(p) or _REGION.fullmatch(p) or p in _country_names(language)) for p in parts)


# the language a foundation's own word is in: its office's country is written in that language
_LANGUAGE_OF = {
    "stiftung": "de",
    "fondation": "fr",
    "fundacion": "es",
    "fundacao": "pt",
    "fundatia": "ro",
    "fondazione": "it",
    "fundacja": "pl",
    "stichting": "nl",
}


@cache
def _country_names(language: str | None) -> frozenset[str]:
    """Countries as a language writes them ('Fundația Friedrich Ebert România', 'Fundación X
    Perú'), from CLDR; none for English, whose names `is_place` knows. Only the name's own
    language: 'Luxemburg' is a country in German, not in 'Fondation Rosa Luxemburg'."""
    if language is None:
        return frozenset()
    return frozenset(name for code, name in Locale.parse(language).territories.items() if code.isalpha())


# a word that describes rather than names: 'Swedish', 'Japanese', 'Cultural', 'Atlantic'
_DESCRIBING = re.compile(r"(?:ish|ese|al|ic)$", re.IGNORECASE)


def _named_after_person(head: str) -> bool:
    """'Konrad Adenauer Foundation', 'Friedrich-Naumann-Stiftung': a foundation named after a person,
    as political foundations with offices abroad are ('Swedish Cultural Foundation in Finland' is a
    foundation of its own, named for whom it serves)."""
    words = re.sub(r"[-\s]*\b\w*" + _FOUNDATION.pattern + r"$", "", head, flags=re.IGNORECASE).replace("-", " ").split()
    return (
        bool(words)
        and bool(_FOUNDATION.search(head.split()[-1]))
        and is_person_name(" ".join(words))
        and not any(_DESCRIBING.search(w) for w in words)
    )


def _foundation(head: str) -> str | None:
    """The foundation's own name left before the place, if it is one ('Fondation de' is not)."""
    head = re.sub(r"['’]s$", "", head)  # 'the X Stiftung's Pakistan office'
    found = _FOUNDATION.search(head) and head.split()[-1][:1].isupper() and not _FOUNDATION.fullmatch(head)
    return head if found else None
