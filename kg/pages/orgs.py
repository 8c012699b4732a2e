"""Host programs, co-sponsors, and organisations known by an old and a new name.

"Hosted By / Indo-Pacific Program / The Indo-Pacific Program promotes…" gives a host and its
description; "Co-sponsored by the X Center and the Y Institute" two sponsors. An archive page
often shows the program's current name in its "Hosted By" box while the text, written at the
time, says "This Asia Program meeting…": the older name then becomes a former name, as do
names given as "(formerly the Asia Program)" or "formerly known as…".
"""

from __future__ import annotations

import re

from kg.dates import find_times
from kg.names import organization_key
from kg.pages.caseless import caseless_hosts, names_a_body, opens_uncased
from kg.pages.draft import OrgDraft, PageDraft
from kg.pages.gazetteer import CAPITAL, town_name
from kg.pages.host_phrases import (
    ARTICLE,
    CONJUNCTION,
    HOST_VERBS,
    HOSTED_BY,
    INVITES,
    INVITES_LAST,
    SUPPORTED_AFTER,
    SUPPORTED_BY,
    SUPPORTED_DECLINED,
    SUPPORTED_IRISH,
    SUPPORTED_WHOLE,
    TOGETHER_WITH,
    WITH_ASIDE,
    without_article,
)
from kg.pages.lines import has_date, is_prose
from kg.pages.offices import foundation_of_office
from kg.pages.people import describe, is_person_name, is_place, merge_listed_parts, parse_entries, segment_kind
from kg.pages.place import read_place
from kg.pages.postposed import postposed_hosts
from kg.pages.words import COUNTRY_ZONES, UNDER_THE_STATE, is_org_word, nominative, without_definite

ORG_TYPES = (
    (
        re.compile(
            r"\b(?:Universit(?:y|ies|ät|é|à|eit)|Universidad|College|Polytechnic"
            r"|Institute of Technology|Hochschule)\b",
            re.IGNORECASE,
        ),
        "CollegeOrUniversity",
    ),
    (
        re.compile(
            r"\b(?:Ministry|Embassy|Government|Parliament|Congress|Senate|Department of "
            r"(?:State|Defense|Defence|Energy|Commerce|the Treasury)|Permanent Mission)\b"
        ),
        "GovernmentOrganization",
    ),
)
_UNIT_WORDS = (
    "Program",
    "Programme",
    "Project",
    "Initiative",
    "Center",
    "Centre",
    "Institute",
    "Forum",
    "Department",
    "Museum",
    "Library",
    "Gallery",
    "School",
    "Faculty",
    "Division",
    "Office",
    "Studies",
    "Unit",
    "Lab",
    "Laboratory",
    # the same units in the languages of Latin America and Europe ('Área de Ambiente, Universidad X')
    "Área",
    "Departamento",
    "Département",
    "Dipartimento",
    "Facultad",
    "Faculdade",
    "Faculté",
    "Facoltà",
    "Fakultät",
    "Escuela",
    "Escola",
    "École",
    "Laboratoire",
    "Laboratorio",
    "Cátedra",
    "Chaire",
    "Lehrstuhl",
    "Abteilung",
    "Zentrum",
    "Institut",
    "Instituto",
    "Centro",
    "Programa",
)
# a unit named by what it studies or serves: 'Department of Geography', 'School for Field Studies'
_UNIT_NAMED = re.compile(rf"^(?:the\s+)?(?:{'|'.join(_UNIT_WORDS)})\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]")
_NAME = r"(?:[A-Z][\w'&.-]*|of|for|on|and|the)(?:\s+(?:[A-Z][\w'&.-]*|of|for|on|and|the))*"
_UNIT = "|".join(_UNIT_WORDS)
_THIS_UNIT_EVENT = re.compile(
    # ('This Fisheries and Coastal Economy Program meeting': the small words of the unit's name too)
    rf"\b(?:[Tt]his|[Tt]he)\s+(?P<org>[A-Z][\w'&.-]*\s+(?:(?:[A-Z][\w'&.-]*|and|of|for|on)\s+){{0,5}}?(?:{_UNIT}))"
    r"(?:'s)?\s+"
    r"(?:meeting|event|seminar|conference|workshop|discussion|panel|session|briefing|roundtable"
    r"|lecture|colloquium|symposium|dialogue|forum|program|series|luncheon|breakfast)\b"
)
# ('X (until 2014 the Y)': a name the unit bore until a year)
_FORMERLY = re.compile(
    rf"(?P<new>{_NAME})\s*[(,]\s*(?:formerly|previously|then|once|until (?:19|20)\d\d,?)(?: (?:known as|called|named))?"
    rf"\s+(?:the\s+)?(?P<old>{_NAME})\s*\)?"
)
_RENAMED = re.compile(
    rf"(?:the\s+)?(?P<old>{_NAME})\s*[(,]\s*(?:now|renamed|today)(?: (?:known as|called|the))?"
    rf"\s+(?:the\s+)?(?P<new>{_NAME})\s*\)?"
)


def org_type(name: str) -> str | None:
    for pattern, kind in ORG_TYPES:
        if pattern.search(name):
            return kind
    return None


def split_org_names(text: str) -> list[str]:
    """'the X Center and the Y Institute; Z' -> three names (a name's own 'and' is kept:
    'Center for Strategic and International Studies' is one)."""
    names: list[str] = []
    # ('the support of X and of the Y': the preposition said again opens a second name)
    for part in re.split(r"\s*;\s*|\s*\n\s*|\s+[/|]\s+|,?\s+and\s+of\s+(?=(?:the\s+)?[A-Z])", text):
        part = re.sub(r"(?<=\w\w)\.$", "", part)  # the sentence's full stop after the last name is no part of it
        pieces = merge_listed_parts(re.split(r",\s+(?:and\s+)?", part))  # 'Ministry of X, Y and Z' is one
        person = next((k for k, piece in enumerate(pieces) if k and is_person_name(piece)), None)
        if person is not None:  # 'organized by the X Department, Dr. Y will present': the sentence's subject
            pieces, part = pieces[:person], ", ".join(pieces[:person])
        if _SUBJECTS_FIRST.search(part):
            pieces = [part]  # 'Library, Museum and Documentation Centre of X': one body listing what it keeps
        office = _PLACE_OFFICE.fullmatch(pieces[-1])
        if len(pieces) > 1 and office and is_place(office.group("place") or office.group("place_after")):
            pieces = [*pieces[:-2], f"{pieces[-2]}, {pieces[-1]}"]  # 'X Foundation, Zimbabwe Office': X's office
        if len(pieces) > 1 and _REGIONAL_CENTRE.fullmatch(pieces[-1].rstrip(".")):
            part = ", ".join(pieces[:-1])  # 'Indian Council of X (ICSSR), Eastern Regional Centre': the council
            pieces = pieces[:-1]
        # 'the X High Commission, Rarotonga, and the Y Trust': the town the body sits in, between two names
        kept = [p for k, p in enumerate(pieces) if not (0 < k < len(pieces) - 1 and _town_of(pieces, k))]
        part, pieces = (", ".join(kept), kept) if len(kept) < len(pieces) else (part, pieces)
        if len(pieces) > 1 and (is_place(pieces[-1]) or pieces[-1] in COUNTRY_ZONES):
            part = ", ".join(pieces[:-1])  # 'Ministry of Unification, Republic of Korea': where it is
            pieces = pieces[:-1]
        listed = _listed_with_articles(pieces)
        if listed:
            names.extend(listed)
            continue
        if len(pieces) < 2 or not all(_org_like(p) for p in pieces) or _unit_and_parent(part) or _branch_of(pieces):
            pieces = [part]
        for piece in pieces:
            names.extend(_split_at_and(piece))
    cleaned = [
        re.sub(r"\s+(?:of|for|on|and|the|in|&|de|du)$", "", re.sub(r"^(?:the|and)\s+", "", n.strip(" .,")))
        for n in (_INITIALS_AFTER.sub("", n) for n in names)  # 'X Institute (XI)': the initials are no part
    ]
    cleaned = [re.sub(r"^The\s+", "", n) if _UNIT_NAMED.match(n[4:]) else n for n in cleaned]  # 'The School of X'
    cleaned = [_without_leading_article(n) for n in cleaned]  # 'Le Centre X organise', 'El Área X invita'
    cleaned = [_DATE_BEFORE.sub("", n) for n in cleaned]  # 'On 3 May the X Institute will hold'
    cleaned = [_without_state(n) for n in cleaned]  # 'the Foreign, … Development Office of the UK'
    return [n for n in cleaned if n and (n[:1].isupper() or names_a_body(n))]


# the last of a list of three or more names: 'the X Service and Mitacs' (two), 'the Y Foundation' (one)
_LAST_LISTED = re.compile(
    r"^(?P<left>(?:the\s+)?[A-Z].*?)\s+(?:and|&)\s+(?P<right>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)$"
)


def _town_of(pieces: list[str], k: int) -> bool:
    """The piece k of a list is the place the body before it sits in, the next piece a body named with its article."""
    return is_place(pieces[k]) and _org_like(pieces[k - 1]) and pieces[k + 1].startswith("the ")


def _listed_with_articles(pieces: list[str]) -> list[str]:
    """'FortisBC, the Central Okanagan Foundation, the BC Wildfire Service and Mitacs': three or more
    names, each after the first with its article, are a list even where a company's name has no word of
    an organisation's (a name that lists its subjects writes no article between them); [] otherwise."""
    if len(pieces) < 3 or not all(p.startswith("the ") for p in pieces[1:]) or not any(_org_like(p) for p in pieces):
        return []
    last = _LAST_LISTED.match(pieces[-1])
    if last and _org_like(last.group("left")) and _proper_name(last.group("right")):
        pieces = [*pieces[:-1], last.group("left"), last.group("right")]
    elif not _org_like(pieces[-1]):
        return []
    return [name for piece in pieces for name in _split_at_and(piece)]


# a name opening with the subjects it lists, one word each: 'Foreign, Commonwealth & Development Office'
_SUBJECTS = r"(?:the\s+)?(?:[A-Z][\w-]*,\s+)+[A-Z][\w-]*,?"
_SUBJECTS_FIRST = re.compile(rf"(?:^|(?<=\sand\s)){_SUBJECTS}\s+(?:and|&)\s+[A-Z]")
# ('X Foundation, Office Greece', 'X Foundation, Office in Greece': the place after the word)
_PLACE_OFFICE = re.compile(
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)\s+(?:Country\s+|Regional\s+)?Office\.?"
    r"|(?:Country\s+|Regional\s+)?Office\s+(?:in\s+|for\s+)?(?P<place_after>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)\.?"
)
# a body's regional centre or office named after it by its quarter of the country: that body, as a foundation's
# office abroad is the foundation (docs/ingest.md)
_REGIONAL_CENTRE = re.compile(
    r"(?:(?:North|South)(?:[- ]?(?:East|West))?(?:ern)?|(?:East|West)(?:ern)?|Central)"
    r"\s+Regional\s+(?:Centre|Center|Office)"
)
# a state's office named after it by its country ('… Development Office of the United Kingdom'; not 'Office of the
# Ombudsman', whose name the office begins)
_OFFICE_OF_STATE = re.compile(r"(?<=\w\sOffice)\s+of\s+the\s+(?P<place>[A-Z][\w ]+)$")


def _without_state(name: str) -> str:
    state = _OFFICE_OF_STATE.search(name)
    return name[: state.start()] if state and is_place(state.group("place")) else name


_DATE_BEFORE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Tonight)\s+the\s+(?=[A-Z])"
)
# also a unit and its parent: (CEA-UP), (VPI BH)
_INITIALS_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&.-]{1,9}(?: [A-Z]{2,4})?\)\s*$")


def _without_leading_article(name: str) -> str:
    """'Le Centre X' -> 'Centre X', 'Das Institut' -> 'Institut'; not 'La Trobe University' nor
    'Los Alamos National Laboratory', whose article is no article before an organisation word."""
    bare = without_article(name)
    words = bare.split()
    # 'Die Evangelische Akademie X lädt ein': a German adjective between the article and the kind
    adjective = len(words) > 1 and bool(_GERMAN_ADJECTIVE.fullmatch(words[0])) and is_org_word(words[1])
    german = name.split()[:1] in (["Die"], ["Der"], ["Das"])
    return bare if bare != name and words and (is_org_word(words[0]) or (german and adjective)) else name


_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)")


# a programme named by its subjects ('Rural Economy Programme'), and a subject in the plural before
# it ('Food Systems', 'International Studies'): not a firm's name ('Cisco Systems') and a second body
_PROGRAMME_OF_SUBJECTS = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?:Programme|Program|Unit|Initiative)")
_SUBJECT_PAIR = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+s")
_FIELD = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Sciences|Arts|Humanities|Letters)")


# the words after an 'and' up to the initials in brackets they end with: 'Globalization (CCG)'
_WORDS_THEN_INITIALS = re.compile(r"(?P<words>(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s*\((?P<initials>[A-Z]{2,8})\)")


def _initials_span_the_and(left: str, right: str) -> bool:
    """'Center for China and Globalization (CCG)': the initials in brackets after the 'and' are those of words
    on both sides of it, so the 'and' is the name's own."""
    after = _WORDS_THEN_INITIALS.match(right)
    if not after:
        return False
    capitals = "".join(w[0] for w in left.split() if w[0].isupper() and w != "The")
    tail = "".join(w[0] for w in after["words"].split())
    initials = after["initials"]
    return len(initials) > len(tail) and (capitals + tail).endswith(initials)


# what a unit gives, written before an 'and' whose other side ends in 'Services' that both share
_SERVICE_WORDS = frozenset(
    ("Library", "Libraries", "Archives", "Information", "Research", "Records", "Museum", "Museums")
)
_SHARED_SERVICES = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}Services?")


def _split_at_and(text: str) -> list[str]:
    for match in re.finditer(r"\s+(?:and|&)\s+", text):
        left, right = text[: match.start()], text[match.end() :]
        if _initials_span_the_and(left, right):
            continue
        if re.fullmatch(_SUBJECTS, left) and not right.startswith("the "):
            continue  # 'Foreign, Commonwealth & Development Office': the last subject, not a second name
        if _SUBJECT_PAIR.fullmatch(left) and _PROGRAMME_OF_SUBJECTS.fullmatch(right):
            continue  # 'Food Systems and Rural Economy Programme': one programme named by its two subjects
        if _FIELD.fullmatch(left):
            continue  # 'Social Sciences and Humanities Research Council': a field, the council's first subject
        if left.split()[-1] in _SERVICE_WORDS and _SHARED_SERVICES.fullmatch(right):
            continue  # 'Parliamentary Library and Research Services': one unit named by the two services it gives
        ends_org = is_org_word(left.split()[-1]) or is_place(left.split()[-1])  # '… Canada and General …'
        if (
            (_org_like(left) or (_INITIALS.fullmatch(left) and not is_place(left)))
            and _org_like(right)
            and (right.startswith("the ") or ends_org)
        ):
            return [left, *_split_at_and(right)]
        named = _proper_name(left) or bool(_CAPITALISED_WORDS.fullmatch(left))
        if named and not is_place(left) and right.startswith("the ") and _org_like(right):
            # 'Nutrien and the Northern Resources Association', 'Regional Development Australia Northern Rivers
            # and the NSW Department of Industry' (a body named with no kind's word); not 'US and the Americas
            # Programme'
            return [left, *_split_at_and(right)]
        if _COUNCIL_OF_PLACE.fullmatch(left) and not is_place(right) and (_org_like(right) or _REGION.match(right)):
            return [left, *_split_at_and(right)]  # ('the City of Rijeka and the Primorje-Gorski Kotar County')
        if _org_like(left) and _UNIT_NAMED.match(right):
            return [left, *_split_at_and(right)]  # 'Centre for Ocean Governance and Department of Geography'
        if ends_org and _org_like(left) and _initialled_firm(right):
            return [left, *_split_at_and(right)]  # 'X Foundation Malaysia and SEDC Energy': a firm's name after
        if _INITIALS_AFTER.search(left) and _org_like(right):
            return [left, *_split_at_and(right)]  # 'Banco X de Fomento (BXF) and Y-Stiftung': its initials end it
        headed = _HEADED_BY_KIND.fullmatch(left) and is_org_word(left.split()[-1])
        firm = right.rstrip(".")  # (the sentence's full stop after the last name)
        if _plain_firm(left) and _HEADED_BY_KIND.fullmatch(firm) and firm.split()[-1] in _FIRM_KINDS:
            # 'Alaska Marine Lines and Huna Totem Corporation': a firm of plain words, then a body its kind ends
            return [left, firm]
        if _org_like(left) and _plain_firm(firm):
            return [left, firm]  # 'the Department of Culture and Heritage and Salt Cay Divers': a body, then a firm
        if headed and _BRAND.fullmatch(firm) and not (is_place(firm) or is_org_word(firm)):
            # 'the Erongo Regional Council and Namport': a body whose kind ends it, then a firm's one-word
            # name (not 'Centre for Society and Culture', whose kind heads it)
            return [left, firm]
        if headed and _TITLED_NAME.fullmatch(firm) and not is_place(firm) and _names_itself(firm):
            # 'the American Heritage Center and Wyoming Humanities', 'the Binks Trust and Highlands and Islands
            # Enterprise': a body whose kind ends it, then a name of capitalised words (an 'and' of its own kept)
            return [left, firm]
    for match in re.finditer(rf"\s+{CONJUNCTION}\s+", text):  # 'Fondo X (FONAG) y Fundación Y'
        left, right = text[: match.start()], without_article(text[match.end() :])
        if (_org_like(left) or _INITIALS_AFTER.search(left)) and right.split() and is_org_word(right.split()[0]):
            return [left, *_split_at_and(right)]
    return [text]


# a name of capitalised words only, up to six ('Regional Development Australia Northern Rivers')
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,5}[A-Z][\w'’-]*")
# a name ending in its kind with no 'of' or 'for' before it ('Erongo Regional Council'), and a firm's one word
_HEADED_BY_KIND = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}[A-Z][\w-]*")
_TITLED_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]+)+")


def _names_itself(name: str) -> bool:
    """'Wyoming Humanities', 'Highlands and Islands Enterprise': a name opening with a place or joining words of
    its own, not a kind of collection a body keeps ('the Penang State Museum and Art Gallery' is one museum)."""
    first = name.split()[0]
    return is_place(first) or town_name(first) == first or re.search(r"\s(?:and|&)\s", name) is not None


_FIRM_KINDS = ("Corporation", "Company", "Trust", "Foundation", "Group", "Limited", "Ltd", "Inc")
# the trade a firm's name ends with, in the plural ('Alaska Marine Lines', 'Salt Cay Divers'): no person's surname
_FIRM_TRADES = (
    "Lines", "Airlines", "Seafoods", "Foods", "Farms", "Books", "Bakers", "Divers", "Brewers", "Motors", "Mills",
    "Outfitters", "Tours", "Charters", "Builders", "Distillers", "Vineyards", "Wines",
    # the professions a practice names itself by ('Brindley & Webb Solicitors', 'Hale Kerr Architects')
    "Solicitors", "Architects", "Engineers", "Accountants", "Surveyors", "Auctioneers", "Printers", "Publishers",
    "Booksellers", "Opticians", "Chemists", "Pharmacists", "Veterinarians", "Dentists",
)  # fmt: skip


def _plain_firm(text: str) -> bool:
    """'Alaska Marine Lines': two to four capitalised words ending in a firm's trade, none a body's kind."""
    text = text.replace(" & ", " ")  # 'Brindley & Webb Solicitors': the partners' names joined
    words = text.split()
    return (
        len(words) >= 2
        and _proper_name(text)
        and not text.startswith("the ")
        and words[-1] in _FIRM_TRADES
        and not any(is_org_word(w) for w in words)
    )


_BRAND = re.compile(r"(?!(?:Partners|Associates|Sons|Company|Friends)$)[A-Z][a-z]+[\w-]*")


def _initialled_firm(text: str) -> bool:
    """A company named by initials and a word ('SEDC Energy', 'KPMG Advisory')."""
    words = text.split()
    return len(words) > 1 and _proper_name(text) and bool(_INITIALS.fullmatch(words[0]))


def _proper_name(text: str) -> bool:
    """A company's bare name ('Nutrien', 'Open Society'): capitalised words only."""
    words = re.sub(r"^the\s+", "", text.strip()).split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


# a local government as it names itself: 'Busan Metropolitan City', 'Nagasaki City', 'Nagasaki Prefecture', a
# Canadian 'Regional District of X' (a person is never so named: people.is_person_name)
_CITY_GOVERNMENT = re.compile(
    r"\b(?:City|Prefecture)$|^Regional District of [A-Z]|^(?:the\s+)?{}".format(
        r"(?:City|Town|Shire|Borough|County|Municipality|District|Rural Municipality) of (?:Greater )?[A-Z]"
        r"(?![^'’]*['’]s\b)"  # (not 'City of Iqaluit's Planning …': the council's unit)
    )
)  # 'City of Greater Bendigo', 'Shire of Augusta-Margaret River', 'Town of Truro': a council by its place
# a council named 'City of X' ends with its place: an 'and' after it opens the next name ('the City of Greater
# Bendigo and Bendigo Bank Community Enterprise Foundation', two sponsors)
_COUNCIL_OF_PLACE = re.compile(
    r"(?:the\s+)?(?:City|Town|Shire|Borough|County|Municipality) of (?:Greater )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
# a region's government by its place and its kind, beside a city's council: 'the X County', 'Y Province'
_REGION = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:County|Province|Region|Prefecture)\b")
_KIND_LAST = ("Archives", "Partnership")


# Vietnamese names a body's kind in two words or one, first ('Trung tâm Nghiên cứu …', 'Hiệp hội …', 'Viện …')
_VIETNAMESE_KIND = re.compile(r"^(?:Trung tâm|Hiệp hội|Viện|Trường Đại học|Đại học|Quỹ|Ủy ban|Liên hiệp)\s")


def _org_like(text: str) -> bool:
    if names_a_body(text) or _VIETNAMESE_KIND.match(text):
        return True  # '전남대학교 연구소', 'มหาวิทยาลัยขอนแก่น': a script without capitals names its kind
    words = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).split()  # 'The Faculty of Economics presents'
    parts = [p for w in words for p in re.split(r"[-–]", w.strip(".,"))]  # 'Konrad-Adenauer-Stiftung'
    if len(words) > 1 and words[0][:1].isupper() and segment_kind(" ".join(words)) == "org" and is_place(words[-1]):
        return True  # 'Lockheed Martin Canada', 'Creative Scotland'
    named_unit = bool(_UNIT_NAMED.match(" ".join(words)))  # 'Faculty of Economics', 'School of Law'
    named_unit = named_unit or bool(_CHAIR.match(" ".join(words)) or _LEGAL_FORM.search(" ".join(words)))
    named_unit = named_unit or bool(_RED_CROSS.search(" ".join(words)))  # 'Danish Red Cross': no org word
    named_unit = named_unit or bool(_CITY_GOVERNMENT.search(" ".join(words)))  # 'Ulsan Metropolitan City'
    named_unit = named_unit or bool(
        re.match(r"Friends of (?:the )?[A-Z]", " ".join(words))
    )  # 'Friends of X': its society
    # a body named for its records or its partners, its kind word last ('Highveld Provincial Archives', 'Fenland
    # Land Partnership'); not an org word, so 'X National Archives and Documentation Service' stays one name
    named_unit = named_unit or (len(words) > 1 and words[-1] in _KIND_LAST)
    return bool(words) and words[0][:1].isupper() and (named_unit or any(is_org_word(p) for p in parts))


# a hearing's witnesses who speak for no organisation ('As an Individual', 'As individuals')
AS_INDIVIDUAL = re.compile(r"^As (?:an )?[Ii]ndividuals?$")


def employer_heading(text: str) -> bool:
    """'Cooperation Canada', 'Department of Foreign Affairs, Trade and Development' or 'As an
    Individual' alone on a line: whom the people listed under it speak for."""
    if AS_INDIVIDUAL.match(text):
        return True
    named = _title_case(text) and not text.endswith(":")  # not 'For media enquiries, please contact:'
    return named and not is_prose(text) and not parse_entries(text) and segment_kind(text) == "org" and _org_like(text)


def grouped_by_employer(texts: list[str]) -> bool:
    """A list of people that opens, after its hour, with the body the first of them speak for."""
    listed = [t for t in texts if not find_times(t) or re.search(r"[A-Za-z]{4}", t)]
    return bool(listed) and employer_heading(listed[0])


# a university's research chair: 'Research Chair in X', 'Jean Monnet Chair in Y', 'UNESCO Chair on Z'
_CHAIR = re.compile(r"^(?:[A-Z][\w'-]*\s+){1,3}Chair\s+(?:in|of|on|for)\s+(?:the\s+)?[A-Z]")
# a national Red Cross or Red Crescent society ('Cross' alone names people: 'Jane Cross')
_RED_CROSS = re.compile(r"\bRed\s+(?:Cross|Crescent)\b")
# a legal form after the name: 'Open Knowledge Bayern e.V.', 'Fondo Verde, A.C.', 'Stiftung X gGmbH'
_LEGAL_FORM = re.compile(r"(?:\be\.\s?V|\bgGmbH|\bGmbH|\bA\.\s?C|\bS\.\s?A|\basbl|\bvzw)\.?$")


# A full stop after a word, not after an honorific ('Hosted by Prof. Renata Moraes, …').
_SENTENCE_END = re.compile(
    r"(?<=[a-z]{2})(?<!Prof)(?<!Mrs)(?<!Capt)(?<!Gen)(?<!Sen)(?<!Rep)(?<!Rev)(?<!Hon)\.\s+(?=[A-Z])"
)


# a host field's partner after the host: 'Organiser: X (XI), in cooperation with the Y Centre', and in other
# languages, with or without the comma: 'Veranstalter: X in Kooperation mit dem Y', 'X en partenariat avec Y'
_PARTNER_AFTER = re.compile(
    rf"(?<=[\w)])(?:,\s+in\s+(?:cooperation|partnership|collaboration)\s+with|,?\s+(?i:{SUPPORTED_BY}))"
    rf"\s+{ARTICLE}?(?P<partners>(?:the\s+)?{CAPITAL}.*)$"
)


def field_partners(texts: list[str]) -> list[str]:
    """The partners a host field names after its host ('X (XI), in cooperation with the Y Centre'): sponsors."""
    found = (_PARTNER_AFTER.search(text) for text in texts)
    return [name for m in found if m for name in _listed_orgs(split_org_names(m["partners"].rstrip(".")))]


_VERB_LINK = re.compile(r"\b(?:by|with|from|through)\b")
_IS_PARENT = re.compile(r"\b(?:University|Universit[éyàä]|College)\b")
_PRICE = re.compile(r"[£$€¥]\s?\d|^(?i:free)$")  # a ticket's price: '£10', 'FREE'


def read_host_block(texts: list[str]) -> tuple[list[str], list[str], dict[str, str]]:
    """(organisation names, lines naming people, descriptions by organisation) of a hosts
    block."""
    orgs: list[str] = []
    people: list[str] = []
    descriptions: dict[str, str] = {}
    previous = None
    after_prose = False
    parts = [part for line in texts for part in re.split(r"\s+\|\s+", line)]  # 'Co-organisers: X | Y'
    for n, text in enumerate(parts):
        # 'Fundación X, oficina Paraguay'; 'X (XS) KAKENHI Grant Number JP23K01234'
        text = foundation_of_office(_without_translation(_GRANT_NUMBER.sub("", text)))
        text = _PARTNER_AFTER.sub("", text)  # 'X (XI), in cooperation with Y': Y supports what X holds
        first = re.split(_SENTENCE_END, text, maxsplit=1)[0]
        if first != text and _title_case(first.rstrip(".")):
            text = first.rstrip(".")  # 'the Centre for African Environmental History. All welcome.'
        listed = split_org_names(_FORMERLY.sub(r"\g<new>", text).rstrip("."))
        # (not 'Supported by the X Fund and the Y Association.', a sentence that says what they do)
        named = all(_org_like(name) and _title_case(name) for name in listed)
        if len(listed) > 1 and named and text.endswith(".") and not _VERB_LINK.search(text):
            # 'The X Centre, Y University, and the Z Program (formerly W).': a sentence of names alone, each
            # by its current name, a unit without the university after it (the unit holds the event)
            orgs.extend(n for k, n in enumerate(listed) if not (k and is_unit(listed[k - 1]) and _IS_PARENT.search(n)))
            previous = text
            continue
        if is_prose(text) or len(text) > 160 or (text.endswith(".") and not _title_case(text)):
            about = _described(text, orgs)
            if about and about not in descriptions:
                descriptions[about] = text
            after_prose = True
            continue
        head = re.split(r"[,(]", text)[0]
        person = is_person_name(head) and not _org_like(head) and not _named_for_its_city(head)
        shown = re.split(r",\s+|\s+(?:and|&)\s+", text)  # 'Hosted By' / 'Rūta K. and Mantas Ž.'
        if parse_entries(text, strict=True) or person or is_short_name(text):
            people.append(text)
        elif len(shown) > 1 and all(is_short_name(name) for name in shown):
            people.extend(shown)
        elif people and people[-1] == previous and not is_short_name(previous) and any(describe(text)):
            people[-1] = f"{people[-1]}, {text}"  # 'Evan Thornton' / 'Director, X Program, Y Endowment'
        elif _title_case(text) and not _LINK_WORDS.fullmatch(text) and not (_dated(text) or _address(text)):
            # ('Department: X' / a paragraph / 'Objectives' / a paragraph: after running text, the heading of more)
            if after_prose and not _org_like(text) and is_prose(parts[n + 1] if n + 1 < len(parts) else ""):
                continue
            if not _PRICE.search(text):  # not a ticket box's 'From £0.00' under the organiser's card
                orgs.extend(split_org_names(text))  # not a card's 'Follow' link nor a dated related event
        elif (lead := _LEADING_ORG.match(text)) and _org_like(lead.group("org")):
            orgs.extend(split_org_names(lead.group("org")))
        previous = text
        if _dated(text) and (orgs or people):
            break  # a dated list ('Other events', 'Ocean Week - 2 June 2025'): the block has ended
    return orgs, people, descriptions


def _dated(text: str) -> bool:
    """'Ocean Week - 2 June 2025', 'THU, NOV 5 · 6:30 PM EET' (a ticket bar's date after a sponsors
    list): a date or a time of day, no organisation's name."""
    return has_date(text) or bool(find_times(text))


def _without_translation(text: str) -> str:
    """'Slovene Cultural Society Pavelhaus / Pavlova hiša': a name and the same name in its own
    language (written in sentence case), not two names; co-hosts' names are each a name in full."""
    parts = re.split(r"\s+/\s+", text)
    if len(parts) > 1 and _title_case(parts[0]) and not all(_title_case(p) for p in parts):
        return " / ".join(p for p in parts if _title_case(p))
    return text


def _named_for_its_city(name: str) -> bool:
    """'Stadtwerke München', 'Universität Wien': a name ending with a city as its own language
    writes it (the gazetteer's English name differs), not a person."""
    last = name.split()[-1]
    town = town_name(last) if len(name.split()) > 1 else None
    return town is not None and town != last


def _address(text: str) -> bool:
    """'Avenida de Berna 45A, 1067-001 Lisboa': a footer's address after the last name."""
    place, _ = read_place([text])
    return place is not None and bool(place.street_address or place.postal_code)


_LINK_WORDS = re.compile(
    r"\s*(?:follow|unfollow|subscribe|share|register|website|visit(?: website)?|view profile|profile|learn more"
    r"|read more|more|contact|e-?mail|details|phone|tel(?:ephone)?|fax|web(?:site)?)\s*",  # an organizer box's fields
    re.IGNORECASE,
)
_GIVEN_NAME_AND_INITIAL = re.compile(  # in any Latin alphabet: 'Rūta K.', 'Mantas Ž.'
    r"(?=[^\W\d_])[^\W\da-z_][^\W\dA-Z_]+(?:-[^\W\da-z_][^\W\dA-Z_]+)? [^\W\da-z_]\."
)


def is_short_name(text: str) -> bool:
    """'Priya N.': a person as a meetup site shows its members, a given name and an initial."""
    return bool(_GIVEN_NAME_AND_INITIAL.fullmatch(text.strip()))


# the small words of organisations' names, in English and in other languages ('Foras na Gaeilge',
# 'Fundación para el Diálogo', 'Gesellschaft für Internationale Zusammenarbeit')
_SMALL_NAME_WORDS = frozenset(
    re.findall(r"\S+", "of for and the on in & de du des la le les el na an y e del della di da das dos do")
    + re.findall(r"\S+", "für und der die van von para por pour per a o em")
)


def _title_case(text: str) -> bool:
    """'Brookings Foreign Policy' reads as a name; 'This event was held online' does not."""
    small = _SMALL_NAME_WORDS | ({"to"} if _ENVOY.search(text) else set())
    if _cased(text, small):
        return True
    parts = re.split(r",\s+", text)
    return any(map(_SENTENCE_CASED_NAME.fullmatch, parts)) and all(
        _SENTENCE_CASED_NAME.fullmatch(part) or _cased(part, small) for part in parts
    )


def _cased(text: str, small: set[str] | frozenset[str]) -> bool:
    words = [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in small]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or opens_uncased(w) for w in words)


# a name as French, Spanish and Italian write it, its kind first and the words after it small: 'Chaire de
# recherche sur le logement nordique', 'Fonds de recherche du Québec – Société et culture (FRQSC)'
_SENTENCE_CASED_NAME = re.compile(
    r"(?P<kind>Chaire|Fonds|Fondation|Centre|Institut|Laboratoire|Groupe|Réseau|Observatoire|Cátedra|Grupo|Red"
    r"|Centro|Instituto|Fondo|Fundación|Observatorio|Laboratorio|Cattedra|Istituto|Osservatorio|Fondazione)"
    r"(?:\s+(?:[a-zà-ÿ'’-]+|[A-ZÀ-Þ][\w'’-]*|–)){2,10}(?:\s*\([A-Z][A-Za-z&-]{1,9}\))?"
)


# a body sent to a state or an organisation: 'Delegation of the European Union to Japan'
_ENVOY = re.compile(r"\b(?:Delegation|Mission|Embassy|Representation)\b.*\sto\s+(?:the\s+)?[A-Z]")


def _described(text: str, orgs: list[str]) -> str | None:
    """Which host a paragraph describes: the one it names, else the only one."""
    for org in orgs:
        if organization_key(org) and organization_key(org) in organization_key(text[:200]):
            return org
    return orgs[0] if len(orgs) == 1 else None


def stated_renamings(text: str) -> list[tuple[str, str]]:
    """(current name, former name) pairs stated outright: 'X (formerly the Y)'."""
    pairs = [(m.group("new"), m.group("old")) for m in _FORMERLY.finditer(text)]
    pairs += [(m.group("new"), m.group("old")) for m in _RENAMED.finditer(text)]
    return [
        (new.strip(), old.strip())
        for new, old in pairs
        if _org_like(new) and _org_like(old) and organization_key(new) != organization_key(old)
    ]


def self_references(prose: str) -> list[str]:
    """Units the running text names as this event's organiser: 'This Asia Program meeting…'."""
    # sentence by sentence: 'the Northwest Passage. This Canada Institute meeting' names the institute alone
    parts = re.split(r"(?<=[a-z]{2}[.!?])\s+", prose)
    return list(dict.fromkeys(m.group("org") for part in parts for m in _THIS_UNIT_EVENT.finditer(part)))


def is_unit(name: str) -> bool:
    """A name that ends with a unit's word ('Global Europe Program', 'Kennan Institute')."""
    return bool(name.split()) and name.split()[-1] in _UNIT_WORDS


def same_kind(a: str, b: str) -> bool:
    """Both names end with the same unit word ('Asia Program', 'Indo-Pacific Program')."""
    return a.split()[-1].lower() == b.split()[-1].lower()


# words of one line: stated_hosts breaks the line after each sentence so that a name ends there
# (also the small words of French, German, Spanish, Italian and Portuguese names: 'Fondation pour la Recherche')
# a French name writes its words after the first small: 'Agence française de développement',
# 'Centre national de la recherche scientifique', 'Banque africaine de développement'
_FRENCH_ADJECTIVE = r"[a-zà-ÿ]+(?:ais|aise|ain|aine|al|ale|ien|ienne|ique|el|elle|eur|eure|ée|ois|oise)s?(?!\w)"
_FRENCH_NAME = (
    r"(?:Agence|Banque|Organisation|Institut|Centre|École|Ecole|Office|Conseil|Caisse|Fondation|Association"
    r"|Société|Union|Comité|Bibliothèque|Fédération|Académie|Commission|Autorité|Observatoire|Musée|Université"
    rf"|Alliance|Ambassade|Chambre|Réseau|Ministère|Haut|Haute|Assemblée|Fonds)(?:[ \t]+{_FRENCH_ADJECTIVE}){{1,2}}"
    # (a second field after 'et': 'Centre africain de politiques économiques et de développement')
    rf"(?:[ \t]+(?:de|du|des|pour)(?:[ \t]+la)?[ \t]+[a-zà-ÿ][\w-]*"
    rf"(?:[ \t]+{_FRENCH_ADJECTIVE})?(?:[ \t]+et(?=[ \t]+(?:de|du|des)[ \t]))?){{0,2}}"
)
# a diplomatic body accredited 'to' a country, which names it: 'Delegation of the European Union to Madagascar'
_ACCREDITED_TO = (
    rf"(?:Delegation|Embassy|Permanent[ \t]+Mission|Mission|High[ \t]+Commission)[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"(?:{CAPITAL}[\w'-]*[ \t]+){{1,4}}?to[ \t]+(?:the[ \t]+)?{CAPITAL}[\w'-]*"
)
# a body's kind in Portuguese, Galician and Spanish, which opens a second name after 'e a' ('and the')
_NO_BODY_AFTER = (
    r"(?!(?:Funda[çc]|Universidad|C[âá]mara|Associa|Asocia|Deputaci|Xunta|Concello|Academia|Sociedade|Comiss|Ag[êe]ncia"
    r"|Rede|Escola|Faculdade|Federa|Confedera|Secretaria|Dire[çc]|Junta|Organiza|Prefeitura|Cooperativa|Empresa)\w*)"
)
_ORG_RUN = (
    rf"(?:the\s+)?(?:{_ACCREDITED_TO}|{_FRENCH_NAME}|{CAPITAL}[\w'&.–-]*)"
    rf"(?:[ \t]+(?:{CAPITAL}[\w'&.–-]*|of|for|on|and|the|in|&|de|du|des|pour|la|le|les|{UNDER_THE_STATE}"
    rf"|sur(?=[ \t]+(?:les?[ \t]+|la[ \t]+)?{CAPITAL})"  # French 'on': 'Centre de Recherche sur les Politiques'"
    r"|et|für|und|der|die|y|del|della|di|per|do|da|dos|das"
    rf"|para|las|los|el(?=[ \t]+{CAPITAL})"  # Spanish: 'Consejo Argentino para las Relaciones Internacionales'
    rf"|em(?=[ \t]+{CAPITAL})"  # Portuguese: 'Embaixada do Reino da Noruega em Maputo'
    # Spanish: 'Centro de Investigación en Economía Regional', 'Estudios en …' (not the Afrikaans and Dutch 'and':
    # 'Vaal Water Trust en LAPA Uitgewers', two sponsors)
    rf"|(?:(?<=ción[ \t])|(?<=sión[ \t])|(?<=udios[ \t]))en(?=[ \t]+{CAPITAL})"
    rf"|e(?=[ \t]+(?:a[ \t]+{_NO_BODY_AFTER})?{CAPITAL})"  # Portuguese and Italian 'and': 'Instituto de X e Y'
    rf"|(?<=\bfor[ \t])a(?=[ \t]+{CAPITAL})"  # 'Alliance for a Green Revolution in Africa'
    # the Portuguese article after 'para' and 'e': 'Fundação para a Ciência e a Tecnologia' (not a second body:
    # 'O Centro X da Universidade Y e a Fundación Z organizan', Galician)
    rf"|(?:(?<=\bpara[ \t])|(?<=\be[ \t]))a(?=[ \t]+{_NO_BODY_AFTER}{CAPITAL})"
    rf"|im\.(?=[ \t]+{CAPITAL})"  # Polish 'named after': 'Fundacja im. Stefana Batorego'
    rf"|(?<=für[ \t])[a-zäöü]+(?:e|en|er|es)(?=[ \t]+{CAPITAL})"  # small adjective: 'Zentrale für politische Bildung'
    r"|[dl]['’][\w-]+"  # 'Agence de l'eau', 'Institut d'études politiques'
    # a spaced dash before the name's last word and its initials: 'Research Foundation – Flanders (FWO)'
    # (or its last words, a region's, before initials with a hyphen: '… Government – Cordillera Region (DILG-CAR)')
    rf"|–(?=[ \t]+{CAPITAL}[\w'-]*(?:[ \t]+{CAPITAL}[\w'-]*){{0,2}}[ \t]*\([A-Z]{{2,9}}(?:-[A-Z]{{2,9}})?\))"
    # a spaced dash before a branch's town: 'Romanian Academy – Cluj Branch'
    rf"|–(?=[ \t]+{CAPITAL}[\w'-]*(?:[ \t]+{CAPITAL}[\w'-]*)?[ \t]+(?:Branch|Chapter|Section)\b)"
    r"|e\.\s?V\.|gGmbH|asbl|vzw|r\.y\.|\(Pty\))(?!\w))*"  # a legal form written small: 'Open Knowledge Bayern e.V.'
    # (and South Africa's private company, 'X (Pty) Ltd')
)  # (each word whole: 'der' is not 'de' and a word's rest)
# 'X (XI)', 'X (UP CIDS)': the initials a name is also known by
# ('X (CDD-Ghana)', 'X (IPRI-NOVA)', 'X (CERPA-Bénin)', 'X (ZIPAR-Z)': initials and the country or parent joined
# by a hyphen; '(ΙΠΑΚ)' and '(C3HP)' too)
_BRACKETED_INITIALS = r"(?:\s*\([A-ZΑ-Ω][A-Za-z\dΑ-Ωα-ω&]{1,9}(?:[\s-][A-Z][A-Za-zà-ÿ&]{1,9}|-[A-Z])?\))"
# 'Presented by Dublin City Libraries as part of the Festival of History': the name before the clause
_LEADING_ORG = re.compile(
    rf"(?P<org>{_ORG_RUN})\s+(?:as part of|on behalf of"
    r"|in (?:association|partnership|collaboration|cooperation) with)\b"
)
# 'hosted by X (XI) together with Y', 'hosted by X, jointly with Y': two hosts
_WITH_PARTNER = rf"{_BRACKETED_INITIALS}?,?\s+(?:together\s+|jointly\s+)?with\s+"
_HOSTED_BY = re.compile(
    rf"\b(?i:(?:(?:is|was|are|were|will be)\s+)?(?:co-?)?(?:hosted|organi[sz]ed|convened|presented|arranged)"
    rf"\s+(?:jointly\s+|together\s+)?(?:by|with)"  # 'The seminar is arranged together with X'
    # 'This year's lecture is held jointly with the X Group' (set 77 answers 'held together with' a
    # university's school as no host)
    r"|held\s+jointly\s+with"
    r"|(?:(?:is|are)\s+)?(?:proudly\s+)?brought\s+to\s+you\s+by"  # 'The forum is brought to you by X and Y'
    r"|(?:is|are|was|were)\s+(?:jointly\s+)?run\s+by"  # 'The X Seminars are run by the Y Network'
    r"|(?:is|are)\s+the\s+(?:[\w-]+\s+){0,2}?series\s+of"  # 'The X Workshop is the seminar series of the Y Network'
    # 'A joint event of X and Y', 'a joint seminar by X and Y'
    r"|(?:an?\s+)?joint\s+(?:event|seminar|webinar|lecture|conference|workshop|symposium|initiative|series"
    r"|programme|program|production)\s+(?:of|by|between|from)"
    r"|an\s+event\s+(?:by|of|from)"  # 'An event by the X Centre'
    r"|(?:are|'re|is|have|'ve)\s+(?:teamed\s+up|teaming\s+up|partnered|partnering|joined\s+forces|joining\s+forces)"
    r"\s+with)"  # 'we're teaming up with the X Society to ask…': the site and X hold it together
    # 'hosted by X with Y', 'organised by X (XI) together with Y', 'organised by X at Z together with Y'
    rf"\s+(?P<orgs>{_ORG_RUN}(?:{_BRACKETED_INITIALS}?(?:\s+at\s+{_ORG_RUN})?"
    rf"(?:,\s+|,?\s+and\s+|,?\s+(?:together\s+|jointly\s+)?with\s+){_ORG_RUN})*)"
)
# 'The X Council's winter Capital City Forum brings …', 'The X Centre's annual conference brought together …',
# 'The Royal Society of Edinburgh's annual Highland Lecture returns …': a sentence that opens with the body's own
# event in the possessive names its host
_ORGS_OWN_EVENT = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:The\s+)?(?P<orgs>{_ORG_RUN})['’]s\s+(?:[\w/-]+\s+){{0,4}}?(?i:conference|forum|lecture"
    r"|seminar|symposium|workshop|roundtable|dialogue|colloquium|summit|webinar|oration)s?\b",
    re.MULTILINE,
)
# 'A Centre for Housing Research event', 'A Kingsway House members event': the organisation's own event
_AN_ORGS_EVENT = re.compile(rf"^An?\s+(?P<orgs>{_ORG_RUN})\s+(?:members'?\s+|public\s+)?event\b")
_SUPPORTED_BY = re.compile(
    # ('given with the kind co-sponsorship of X')
    rf"\b(?i:(?:with|thanks to) (?:the )?(?:generous |financial |kind |additional |further )?"
    rf"(?:support|(?:co-?)?sponsorship) (?:of|from)"
    rf"|(?:with|through) (?:the )?(?:generous )?(?:funding|a grant|grants) (?:of|from)"  # 'held with funding from X'
    rf"|in (?:cooperation|partnership|collaboration|association) with|(?:co-?)?sponsored by|supported by"
    rf"|co-?sponsored with"  # 'Hosted By / X Program / Co-sponsored with the Y Institute'
    rf"|(?:generously )?(?:underwritten|funded|(?:co-?)?financed|supported)(?: in part)? by"  # 'Funded in part by X'
    rf"|made possible (?:by|through) (?:the )?(?:generous )?(?:support|sponsorship) (?:of|from)"
    rf"|(?:made possible|funded|supported) (?:in part )?(?:by|through) (?:a |an )?(?:generous )?"
    rf"(?:grant|gift|donation|endowment) from"
    rf"|made possible by"
    # 'The Society gratefully acknowledges the sponsorship of X'
    rf"|(?:gratefully )?acknowledges? (?:with thanks )?the (?:generous )?(?:sponsorship|support|funding) (?:of|from)"
    # 'Thanks to our event sponsor, X.', 'Thank you to our Program Sponsor, X, for making this evening possible'
    rf"|(?:thanks|thank you) to our (?:generous )?(?:event |lead |title |program |programme )?sponsors?,?"
    rf"|(?:support|funding|sponsorship) for (?:this|the) (?:event|program|programme|lecture|series|conference|webinar"
    rf"|symposium|seminar|workshop|forum|panel|roundtable|discussion|meeting|talk|launch)"
    rf" (?:is|was|has been) (?:generously )?provided by"
    # 'A reception will follow, offered by the Leiden Law Society': who pays for the reception
    rf"|(?:reception|refreshments|lunch|luncheon|drinks|dinner|breakfast)\b[^.]{{0,40}}?\b(?:kindly\s+)?"
    rf"(?:offered|provided|served)\s+by)"
    # 'X (XI) and Y'; 'CAF – Development Bank of Latin America': a body's initials, then its name after a dash
    rf"\s+(?P<orgs>(?:[A-Z]{{2,6}}[ \t]+[–—][ \t]+)?{_ORG_RUN}"
    rf"(?:{_BRACKETED_INITIALS}?(?:,\s+|,?\s+and\s+){_ORG_RUN})*)"
)
# 'We thank X for its support', 'Thanks to X for sponsoring this event', 'The Society is grateful to X for
# supporting the lecture'
_THANKS = re.compile(
    rf"\b(?i:thanks?(?:\s+to)?|(?:(?:most|very|deeply)\s+)?(?:grateful|indebted)\s+to)\s+(?P<orgs>{_ORG_RUN})\s+for\s+(?:(?:its|their)\s+(?:generous\s+)?"
    r"(?:support|sponsorship)|(?:generously\s+)?(?:sponsoring|supporting|funding))\b"
    # (not 'for its support of the Quarterly Report': the funder of the work launched, not of the event)
    r"(?!\s+(?:of|for)\s+(?:the|its|this|our)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?i:reports?|papers?|briefs?|study|studies|index|survey|publications?|research|project)\b)"
)
# a body whose two words read like a person's ('Central Bank of X', 'National Trust for Y'), no honorific before
_BODY_AS_NAME = re.compile(
    r"(?!(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\b)[A-Z]\w+\s+(?P<kind>[A-Z]\w+)\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
)
_POSSESSIVE = re.compile(r"^(?P<parent>[^,]+?)'s\s+(?P<unit>[A-Z].+)$")  # not 'Unit, St Kevin's College'


def _conjugated(verb: str) -> tuple[str, str, str]:
    """'bring together' -> ('bring together', 'brings together', 'bringing together')."""
    head, _, rest = verb.partition(" ")
    tail = f"\\s+{rest}" if rest else ""
    stem = head[:-1] if head.endswith("e") and not head.endswith("ee") else head
    third = f"{head}es" if head.endswith(("ch", "sh", "s", "x", "z")) else f"{head}s"  # 'launches'
    return f"{head}{tail}", f"{third}{tail}", f"{stem}ing{tail}"


# what a host does with its event, in every tense a page announces it ('X hosts', 'X is organising',
# 'X will be holding', 'X and Y are pleased to invite you', 'X brings together …')
_HOST_VERBS = [
    _conjugated(v)
    for v in (
        "host",
        "co-host",  # 'X and the Department of Y are co-hosting the launch'
        "co-organise",  # 'X and Y are co-organising the launch'
        "co-organize",
        "hold",
        "convene",
        "present",
        "organise",
        "organize",
        "welcome",
        "bring together",
        "invite",
        "arrange",  # 'The X Society arranges this lecture together with Y'
        "launch",
        "release",  # 'At this webinar, the X Institute releases its policy brief'
    )
]
_BASE, _THIRD, _ING = ("|".join(forms[i] for forms in _HOST_VERBS) for i in range(3))
_MANNER = r"(?:(?:cordially|warmly|kindly|proudly|jointly|once\s+again)\s+)?"
# 'X will on Thursday, 14th November, 2019 hold', 'X will next week host', 'X will, on 3 May, host': when, said
# between 'will' and the verb
_WHEN_BETWEEN = r"(?:,?\s+(?:on\s+(?:\w+,?\s+){0,4}\w+|(?:next|this)\s+(?:week|month|\w+day)|today|tomorrow),?)?"
_HOST_PHRASE = (
    # not an event that 'holds Thursday' (takes place then, as Nigerian and Indian papers write)
    rf"(?:{_MANNER}(?:{_THIRD}|invite\s+you)(?!\s+(?:on\s+)?(?:today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
    rf"|(?:is|are)\s+{_MANNER}(?:{_ING})"
    # (not 'X will be present as Special Guests': there, not holding it)
    rf"|will{_WHEN_BETWEEN}\s+(?:be\s+{_MANNER}(?:{_ING})|{_MANNER}(?:{_BASE}|{_ING}))"
    r"|(?:is|are)\s+(?:pleased|delighted|proud|happy|honou?red|glad|excited|thrilled)\s+to\s+"
    rf"(?:{_BASE}|announce\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:launch|release|presentation)\b"  # of its own work
    # or its event: 'X is delighted to announce that the 2026 Y Lecture will be given by Z'
    r"|announce\s+(?:that\s+)?(?:the|its|our|this\s+year['’]s|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?i:lecture|seminar|conference"
    r"|workshop|symposium|forum|panel|webinar|roundtable|debate|colloquium|talk)s?\b)"
    rf"|(?:would\s+like|wish(?:es)?)\s+to\s+(?:{_BASE})"  # 'X would like to invite you'
    # 'X has the pleasure of inviting you'
    r"|(?:has|have)\s+the\s+(?:great\s+)?(?:pleasure|honou?r)\s+(?:of\s+inviting|to\s+invite)"
    rf"|{HOST_VERBS}"  # 'El Centro X invita a', 'Le Centre X organise', 'Das Institut lädt … ein'
    # a recap's past tense: 'the X Center and the Y Center hosted a conversation' (not 'hosted by');
    # 'The X Institute held a roundtable' (an event held: not 'held at', 'held in', 'held the post')
    r"|(?:co-?hosted|hosted|convened|organi[sz]ed)(?!\s+(?:by|with|jointly|together)\b)"
    r"|held(?=\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:roundtable|round table|conference|seminar|workshop"
    r"|symposium|forum|debate|discussion|panel|lecture|briefing|dialogue|meeting|webinar|launch|event)s?\b))"
)
_SMALL_UNIT = r"(?:programme|program|project|initiative|centre|center|team|unit)"
_HOSTS_VERB = re.compile(
    rf"\b(?P<orgs>{_ORG_RUN}(?:\s+at\s+{_ORG_RUN})?){_BRACKETED_INITIALS}?"  # 'X (XI) invites you'
    # 'X, Faculty of Y, Z University,'
    rf"(?P<units>(?:,\s+{_ORG_RUN}{_BRACKETED_INITIALS}?){{1,3}},)?(?<!\band)(?<!\bthe)"
    # 'X, a think tank of the Y Foundation, invites you': what X is, set apart (X hosts)
    # ('X (XI), a centre of the School of Y at Z University, will launch': the unit's parent too)
    rf"(?:,\s+an?\s+(?:[a-z-]+\s+){{1,4}}?(?:of|at|within)\s+(?:the\s+)?{_ORG_RUN}(?:\s+at\s+{_ORG_RUN})?,)?"
    # 'X (XI), through its Y Committee, invites you': the unit X acts through, set apart (X hosts)
    rf"(?:,\s+through\s+(?:its|their)\s+{_ORG_RUN},)?"
    # 'X (XI), with the support of the Y Fund (YF), invites you': Y is a sponsor, read apart (X hosts)
    rf"(?:,\s+with\s+(?:the\s+)?(?:generous\s+|kind\s+|financial\s+)?support\s+(?:of|from)\s+{_ORG_RUN}{_BRACKETED_INITIALS}?,)?\s+"
    rf"{_HOST_PHRASE}\b"  # not '… worked at the X Council and holds a PhD'
    # 'Join ECFR's Middle East and North Africa programme for …': a unit's word written small
    # ('Join the X Centre at Y University for a webinar': the unit at its university)
    rf"|\b(?i:please\s+)?(?i:join)\s+(?P<joined>{_ORG_RUN}(?:\s+{_SMALL_UNIT})?(?:\s+at\s+{_ORG_RUN})?)\s+(?:for|on|as)\b"
)


_BARE_UNIT = re.compile(r"(?:[Tt]he\s+)?(?P<word>[A-Z][a-z]+)")


def own_institution(name: str, text: str) -> str | None:
    """'The Institute warmly invites you': the page's own institution named by its kind alone, as
    the page names it in full (its masthead first); None when `name` is a name of its own."""
    bare = _BARE_UNIT.fullmatch(name.strip())
    if not bare or not is_org_word(bare.group("word")):
        return None
    word = bare.group("word")
    for run in re.finditer(_ORG_RUN, text):
        for full in split_org_names(run.group(0)):
            words = re.sub(r"^The\s+", "", full).split()
            if word in words[1:] or (word == words[0] and len(words) > 2):
                return full  # 'Aotearoa Pacific Policy Institute', 'Centre for European Integration Economics'
    return ""


def names_a_host(line: str) -> bool:
    """'X presents …', 'X will hold …', 'X, Y University, is pleased to invite you', 'X, together
    with Y, presents its yearbook': a sentence that says who holds something, whatever it is called;
    in other languages also who supports it ('Actividad organizada con el apoyo de la Fundación X')."""
    return bool(
        _HOSTS_VERB.search(line)
        or _HOST_VERB_PLURAL.search(line)  # 'X and the Y College present the February session of …'
        or _ORGS_OWN_EVENT.search(line)  # 'The X Institute's annual winter summit brings together …'
        or _JOINTLY_WITH.search(line)
        or _SET_APART_PARTNER.search(line)
        or _HOLDS_WITH_PARTNERS.search(line)
        or _HOSTED_ABROAD.search(line)
        or _SUPPORTED_ABROAD.search(line)
        or _SUPPORTED_DECLINED.search(line)
        or _SUPPORTED_BEFORE.search(line)
        or _SUPPORTED_WHOLE.search(line)
        or _SUPPORTED_IRISH.search(line)
        or _INVITES_ABROAD.search(line)
        or _HOLDS_HEARING.search(line)
    )


# a German name declined after its article: 'der Deutschen Forschungsgemeinschaft', 'den Schweizerischen Nationalfonds'
_DECLINED = re.compile(r"^(?P<article>der|den|dem|des)\s+(?P<stem>[A-ZÄÖÜ]\w*e)n(?=\s+[A-ZÄÖÜ])")


def _german_nominative(part: str) -> str | None:
    """A declined adjective back in the nominative: after 'der' (feminine, or plural) '-e'
    ('Deutsche Forschungsgemeinschaft'), after 'den' (masculine) '-er' ('Schweizerischer
    Nationalfonds'); None after 'dem' or 'des', which leave masculine and neuter apart."""
    declined = _DECLINED.match(part)
    if not declined:
        return part
    ending = {"der": "", "den": "r"}.get(declined.group("article"))
    return None if ending is None else declined.group("stem") + ending + part[declined.end() :]


# 'organisé par le Centre X', 'con el apoyo de la Fundación Y', 'Gefördert durch das Land X und den Y':
# the names listed after, each without its article (a lower-case word after a comma ends the list)
_HOSTED_ABROAD = re.compile(rf"(?i:\b{HOSTED_BY})\s+(?P<rest>[^.;\n]{{1,200}})")
# the body (or two) whose invitation opens a sentence, its words small or not: 'Institut za jadranske i
# pomorske studije poziva Vas na okrugli stol', 'Il Dipartimento X e la Fondazione Y invitano alla …',
# 'Dokuz Eylül Üniversitesi X Merkezi (XM), "…" başlıklı panele tüm ilgilenenleri davet eder'
# (Hungarian and Greek put an article first too: 'Az Intézet', 'Το Ινστιτούτο'); a unit's parent after
# its initials ('O Núcleo X (NX) da Universidade Y convida') is no part of the unit's name
_SENDER = (
    # (up to fourteen words, two bodies with 'and': 'Klaipėdos universiteto Regioninės plėtros tyrimų centras
    # kartu su …')
    # (a town after a dash ends a name: 'Институт за … – Битола'; a unit's initials before its partner: 'X
    # (NWU) en die Y nooi u')
    rf"(?:{ARTICLE}|(?:Het|De|Az|A|Το|Η|Ο|Ny)[ \t]+)?(?P<orgs>(?:{CAPITAL}|[Α-Ω])[\w'’.-]*"
    rf"(?:[ \t]+(?:[\w'’.-]+|\([A-Z]{{2,8}}\))){{0,13}}?(?:[ \t]+–[ \t]+{CAPITAL}[\w-]*)?)"
    # (Indonesian names the parent after the initials with no word between: '… (PKTP) Universitas X mengundang')
    # (Swahili 'Kituo … (KUSU) cha Chuo Kikuu …': 'cha', 'ya', 'wa' agree with the unit's class)
    # (Malay after a comma: 'Pusat X (PX), Universiti Y dengan kerjasama Z menjemput'; the parent up to fourteen words)
    rf"(?:{_BRACKETED_INITIALS}(?:(?:,[ \t]+(?={CAPITAL})|[ \t]+)"
    rf"(?:(?:da|do|de|du|della|del|of|at|vid|ved|al|cha|ya|wa|la|za|ao[ \t]+amin['’]ny)[ \t]+)?"
    rf"(?!{CONJUNCTION}[ \t])(?P<parent>[\w'’.„”-]+(?:[ \t]+[\w'’.„”-]+){{0,13}}?{_BRACKETED_INITIALS}?))?"
    # a second body after the parent and 'and' ('El Centro X (CX) de la Universidad Y y la Facultad Z invitan');
    # Vietnamese writes the parent in brackets ('Trung tâm X (Trường Đại học Y) và Hiệp hội Z kính mời')
    rf"(?:[ \t]+(?:{CONJUNCTION}[ \t]+{ARTICLE}|và[ \t]+)(?P<second>{CAPITAL}[\w'’.-]*(?:,?[ \t]+[\w'’.–-]+){{0,9}}?))?"
    rf"|[ \t]*\([^()]{{3,80}}\)[ \t]+và[ \t]+(?P<second_vi>{CAPITAL}[\w'’.-]*(?:[ \t]+[\w'’.–-]+){{0,9}}?))?"
)
_INVITES_ABROAD = re.compile(
    rf"(?:^|(?<=[.!?]\s)){_SENDER}(?:,?[ \t]+{WITH_ASIDE}[ \t]*(?P<partner>[^;\n]{{1,160}}?),?)?"
    rf"(?:,?[ \t]+(?i:{INVITES})\b|,[ \t][^.;\n]{{1,200}}?\b{INVITES_LAST}\b)",
    re.MULTILINE,
)


# 'and' in the languages whose names of bodies keep their later words small, before a second name
# ('Center for Ø- og Kystsamfund og Sammenslutningen af Danske Småøer': not the 'og' of 'Ø- og')
# (and Lithuanian 'ir', 'kartu su' (together with), Serbian 'и', Ukrainian 'і', 'та', Vietnamese 'và')
_SMALL_WORDS_AND = re.compile(rf"(?<!-)\s+(?:og|och|ja|és|και|ir|kartu\s+su|и|і|та|và)\s+(?={CAPITAL}|[Α-Ω])")
# a unit named with the university it belongs to: 'Centrum för X vid Lunds universitet', 'Senter for Y ved UiT'
_AT_PARENT = re.compile(r"\s+(?:vid|ved|aan\s+die|при)\s+\S.*$")  # (Afrikaans 'aan die', Macedonian 'при')


def _inviting(match: re.Match[str]) -> list[str]:
    """The bodies an invitation names, two joined by 'and' before an article ('X e la Y') or, in the
    languages that write names small, before a capital; not a person."""
    names = re.split(rf"\s+{CONJUNCTION}\s+(?={ARTICLE})", match.group("orgs"))
    first, *partners = re.split(rf"\s+(?:{TOGETHER_WITH})\s+(?=\w)", names[0])  # 'X wraz ze Związkiem Y'
    names[:1] = [first, *(nominative(p) for p in partners)]
    names = [_AT_PARENT.sub("", without_article(part)) for n in names for part in _SMALL_WORDS_AND.split(n)]
    if match.group("together"):  # 'X, flimkien mal-Y, jistieden': Y holds it too
        names.append(match.group("partner"))
    names += [without_article(second) for second in (match.group("second"), match.group("second_vi")) if second]
    return [] if any(is_person_name(n) for n in names) else [without_definite(n) for n in names]


_SUPPORTED_ABROAD = re.compile(rf"(?i:\b{SUPPORTED_BY})\s*(?P<rest>[^.;\n]{{1,200}})")
_SUPPORTED_WHOLE = re.compile(
    rf"(?i:\b{SUPPORTED_WHOLE})\s+(?P<name>{CAPITAL}[^,.;\n]{{1,120}}?)(?=\s+при\s|\s+\([A-Z]{{2,12}}\)|\s+trong\s|[,.;\n]|$)"
)
_SUPPORTED_IRISH = re.compile(
    rf"(?i:\b{SUPPORTED_IRISH})\s+(?P<name>(?:h|t-|n-|bh|m|g|b|d)?[A-ZÁÉÍÓÚ][\w'’-]*(?:\s+(?:na|an|[A-ZÁÉÍÓÚ][\w'’-]*))*)"
)
# the Irish mutations of a name's first letter: eclipsis ('gComhairle', 'bhFondúireacht', 'n-Ollscoil'), 'h' before
# a vowel ('hÚdarás'), lenition ('Fhoras', 'Chomhairle')
_IRISH_MUTATION = re.compile(
    r"^(?:(?:t-|n-|h)(?=[AEIOUÁÉÍÓÚ])|(?:bh|m|g|b|d|n)(?=[A-Z]))|(?<=^[BCDFGMPST])h(?=[a-záéíóú])"
)


def _irish_radical(name: str) -> str:
    return _IRISH_MUTATION.sub("", name, count=1)


# (the name goes on after the Polish 'im.')
_SUPPORTED_DECLINED = re.compile(rf"(?i:\b{SUPPORTED_DECLINED})\s*(?P<rest>(?:[^.;\n]|(?<=\bim)\.){{1,200}})")
# the body before its support ('a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal támogatásával'): its
# words large, a list of them joined by 'és' or 've' kept whole
_NAME_WORD = rf"{CAPITAL}[\w-]*"
_SUPPORTED_BEFORE = re.compile(
    rf"(?P<orgs>{_NAME_WORD}(?:\s+{_NAME_WORD})*(?:(?:,\s+{_NAME_WORD})*\s+(?:és|ve)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*)?)"
    rf"{SUPPORTED_AFTER}"
)


# a name whose later words are small, its kind among them, up to the sentence's end: 'Pohjois-Pohjanmaan
# liitto', 'Mestna občina Maribor' (Finnish and the Slavic languages write only the first word large), its
# last word perhaps in quotes ('Міжнародний фонд «Відродження»')
_SMALL_WORDS_NAME = re.compile(
    rf"{CAPITAL}[\w-]*(?:\s+[\w-]+){{0,2}}?\s+(?P<kind>[^\W\d_A-Z][\w-]*)(?:\s+[«„“\"]?{CAPITAL}[\w-]*[»“”\"]?)?"
)


def _small_words_name(piece: str) -> bool:
    found = _SMALL_WORDS_NAME.fullmatch(piece)
    return found is not None and is_org_word(found.group("kind"))


def _listed_abroad(text: str) -> list[str]:
    """'l'Université X, une conférence …' -> ['Université X']; 'das Land X und den Y' -> both."""
    names: list[str] = []
    for part in re.split(rf",\s+|\s+{CONJUNCTION}\s+(?={ARTICLE})", text):  # 'X und den Y': two names
        part = _german_nominative(part)
        if part is None:
            continue  # a name whose nominative its case does not tell
        if _small_words_name(part.strip()):
            names.append(part.strip())
            continue
        for piece in _split_at_and(without_article(part)):
            run = re.match(_ORG_RUN, without_article(piece))
            if not run:
                return names  # the sentence goes on after the names
            names.extend(split_org_names(run.group(0)))
    return names


# 'The X Institute (XI) in partnership with Y and Z will hold a policy dialogue': X holds it, the
# partners are its sponsors (read by _SUPPORTED_BY)
_HOLDS_WITH_PARTNERS = re.compile(
    rf"(?:\bThe\s+)?\b(?P<orgs>{_ORG_RUN}(?:\s+at\s+{_ORG_RUN})?){_BRACKETED_INITIALS}?"
    rf"(?:\s+of\s+the\s+{_ORG_RUN})?"  # 'The X Center (XC) of the University of Y, in partnership with': the unit
    r",?\s+(?i:(?:presented\s+|organi[sz]ed\s+)?in\s+(?:partnership|collaboration|cooperation"
    r"|association)\s+with|together\s+with|jointly\s+with)\s+[^.;]{1,200}?,?\s+"
    rf"(?:(?i:is\s+to|are\s+to)\s+(?:{_BASE})|{_HOST_PHRASE})\b"
)
# 'X, in association with the Y Group, invites you': Y holds it with X (unlike 'in partnership with');
# a town or parent after Y's name is not part of it
_IN_ASSOCIATION_WITH = re.compile(
    rf"\b(?i:in\s+association\s+with)\s+(?P<orgs>{_ORG_RUN}){_BRACKETED_INITIALS}?(?:,\s+{_ORG_RUN}){{0,2}},?\s+"
    rf"(?:(?i:is\s+to|are\s+to)\s+(?:{_BASE})|{_HOST_PHRASE})\b"
)
# 'Hosted by the X Centre at Y in association with Z, this launch …': Z co-hosts it as well
_HOSTED_IN_ASSOCIATION = re.compile(
    rf"\b(?i:(?:co-?)?(?:hosted|organi[sz]ed|presented|convened)\s+by)\s+[^.;]{{1,120}}?\s+(?i:in\s+association\s+with)"
    rf"\s+(?P<orgs>{_ORG_RUN})"
)
# 'The X Institute (XI), jointly with the Y Association, is hosting a forum': a co-host, not a partner
_JOINTLY_WITH = re.compile(
    rf"\b(?i:jointly|together)\s+with\s+(?P<orgs>{_ORG_RUN}){_BRACKETED_INITIALS}?"
    rf"(?:,\s+{_ORG_RUN}{_BRACKETED_INITIALS}?(?=,))?,?\s+"  # 'with the Department of Y, Z University, is': Y
    r"(?:(?i:will|is\s+to|are\s+to|is|are)\s+(?i:host(?:ing)?|hold(?:ing)?|conven(?:e|ing)|organi[sz](?:e|ing)"
    r"|present(?:ing)?)\b"
    rf"|{_MANNER}(?i:invites?|invite\s+you)\b)"  # 'X (XI), together with Y (YI), invites you'
)
# the partner's phrase, set apart by commas: 'together with', 'jointly with', and 'co-hosted (this year) by' ('The
# X Society, co-hosted this year by the Y Department of History, invites members')
_PARTNERED = (
    r"(?:(?:together|jointly)\s+with"
    r"|co-?(?:hosted|organi[sz]ed|presented|convened)(?:\s+(?:this|each)\s+(?:year|term|season|time))?\s+(?:by|with))"
)
# a body's office in a country, after its initials: 'the X Programme (XP) in Uzbekistan' (the body, as a
# foundation's office is the foundation: docs/ingest.md)
_OFFICE_IN_COUNTRY = r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
# 'The X Institute, together with the Y Research Group, invites you': the partner set apart by commas
# between the host and any tense of its verb (not 'X's forum, held together with Y, brings together …')
_SET_APART_PARTNER = re.compile(
    # ('together with the United Nations Development Programme (UNDP) in Uzbekistan, will hold': its office there)
    rf",\s+{_PARTNERED}\s+(?:the\s+)?(?P<orgs>{_ORG_RUN}){_BRACKETED_INITIALS}?{_OFFICE_IN_COUNTRY}?,\s+"
    rf"(?:{_HOST_PHRASE}|{_MANNER}(?:{_BASE}))\b"  # ('X and its Y programme, together with Z, present')
)
# the hosts that open such a sentence: 'The X Centre at Y and its Z programme (formerly W), together with A
# and B, present a seminar' (X and Z; the unit's word written small, its former name in brackets)
_HOSTS_SET_APART = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:The\s+)?(?P<orgs>{_ORG_RUN})(?:\s+at\s+{_ORG_RUN})?{_BRACKETED_INITIALS}?"
    rf"(?:\s+and\s+its\s+(?P<own>{_ORG_RUN})(?:\s+{_SMALL_UNIT})?(?:\s*\([^()]{{1,80}}\))?)?"
    rf",\s+{_PARTNERED}\s+[^,;.]{{1,150}},\s+(?:{_HOST_PHRASE}|{_MANNER}(?:{_BASE}))\b",
    re.MULTILINE,
)


# 'X organises this panel discussion together with Y': the partner the active host names ('X co-hosts the forum
# with Y': the verb says they hold it together)
_ORGANISES_TOGETHER_WITH = re.compile(
    # ('holds the twelfth Silk Road Economic Forum together with Y': the event's name between)
    r"\b(?:(?:organi[sz]es|hosts|convenes|presents|holds|arranges|co-?organi[sz]es)\s+(?:this|the|a|an|its)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:together|jointly)\s+with"
    r"|co-?(?:hosts|organi[sz]es|convenes|presents)\s+(?:this|the|a|an|its)\s+(?:[\w-]+\s+){0,3}?with)"
    rf"\s+(?P<orgs>{_ORG_RUN})(?:,\s+(?P<parent>{_ORG_RUN})(?=,|\.|$))?"
)
# 'the Department of Geology, Lund University': a unit named with its parent after a comma
_UNIT_OF = re.compile(r"^(?:the\s+)?(?:Department|Faculty|School|Division|Section)\s+of\s+", re.IGNORECASE)


# 'The X Society, Y Branch, invites you': a society's branch written after the society's name
_BRANCH = re.compile(r"^,\s+(?P<branch>[^,]+\s(?:Branch|Chapter)),$")


def _branch_of(pieces: list[str]) -> bool:
    """'Nigerian Society of Engineers, Port Harcourt Branch': one body, the branch after its society."""
    return len(pieces) == 2 and bool(re.search(r"\s(?:Branch|Chapter)$", pieces[1]))


def _with_branch(orgs: str | None, units: str | None) -> list[str]:
    """The host of 'X, Y Branch, invites': the branch of X as written ('X, Y Branch'); else X."""
    branch = _BRANCH.match(units or "")
    if orgs and branch:
        return [f"{without_article(orgs)}, {branch.group('branch')}"]
    # 'through its Department of Health, Humanitarian Affairs and Social Development (HHS), is organising':
    # the units go on listing the subjects of X's name
    listed = _INITIALS_AFTER.sub("", f"{orgs}{units or ''}".rstrip(","))
    if orgs and units and len(merge_listed_parts(re.split(r",\s+", listed))) == 1:
        return split_org_names(listed)
    return split_org_names(orgs) if orgs else []


def _with_parent(match: re.Match[str]) -> list[str]:
    """The partner of 'together with X, Y': 'X, Y' when X is a unit and Y the body it belongs to."""
    unit, parent = match.group("orgs"), match.group("parent")
    if parent and _UNIT_OF.match(unit) and is_org_word(parent.split()[-1]):
        return [f"{without_article(unit)}, {parent}"]
    return split_org_names(unit)


_COHOSTED_WITH = re.compile(
    r"\b(?:co-?(?:hosted|organi[sz]ed|presented|convened)|(?:jointly\s+)?(?:hosted|organi[sz]ed|presented)\s+jointly"
    r"|jointly\s+(?:hosted|organi[sz]ed|presented)|(?:hosted|organi[sz]ed|arranged|held)\s+(?:together|jointly)"
    r"|we(?:'re|\s+are|'ve|\s+have)\s+(?:teamed\s+up|teaming\s+up|partnered|partnering|joined\s+forces|joining\s+forces))"
    r"\s+with\b",
    re.IGNORECASE,
)


def hosts_with_others(text: str) -> bool:
    """'This event is co-hosted with the X Lab': the page's own organisation is the other host."""
    return bool(_COHOSTED_WITH.search(text))


# 'the CSIS Southeast Asia Program' on a page that signs the unit 'Director, Southeast Asia Program, CSIS': the
# parent's initials before the unit's own name, as its staff write it with the parent after a comma
_INITIALS_BEFORE_UNIT = re.compile(
    r"(?:[Tt]he\s+)?(?P<parent>[A-Z]{2,6})\s+(?P<unit>[A-Z][\w'’-]*(?:\s+(?:of|for|on|and|[A-Z][\w'’-]*))+)"
)


def without_parent_initials(name: str, text: str) -> str:
    """The unit's name as the page signs it, when it also writes the unit, a comma and the initials before it."""
    found = _INITIALS_BEFORE_UNIT.fullmatch(name)
    if not found or not (is_unit(found["unit"]) or is_org_word(found["unit"].split()[0])):
        return name
    return found["unit"] if f"{found['unit']}, {found['parent']}" in text else name


# 'This lecture is co-sponsored by the Department of X', 'Presented in association with the Y Society': the
# partners of an event whose host the page does not name, as its own body holds it with them
_PARTNERS_ONLY = re.compile(
    r"\b(?:co-?sponsored\s+by|co-?sponsorship\s+of|co-?presented\s+with|in\s+(?:association|partnership)\s+with)\s",
    re.IGNORECASE,
)
_HOST_WORD = re.compile(r"\b(?:hosted|hosts|hosting|organi[sz]ed|organi[sz]es|organi[sz]ing|organi[sz]ers?)\b", re.I)
# a text page's masthead line naming a body: 'Avalon Historical Society', 'Medieval Institute'
_MASTHEAD_BODY = re.compile(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'’&.-]*)){1,7}")


def own_body_with_partners(text: str, site: str | None) -> str | None:
    """The body holding an event the page names only partners of: the site's own (its publisher, else the last
    body a text page's masthead names, as a unit's line follows its university's), or None."""
    if not _PARTNERS_ONLY.search(text) or _HOST_WORD.search(text):
        return None  # ('the Center's Korea Chair hosted a discussion': a host named, if by no body's word)
    if site:
        return site
    top = [line.strip() for line in text.split("\n") if line.strip()][:8]
    bodies = [line for line in top if _MASTHEAD_BODY.fullmatch(line) and is_org_word(line.split()[-1])]
    bodies = [line for line in bodies if not line.isupper()]  # not a section's heading ('POLICY FORUM')
    return bodies[-1] if bodies else None


def _listed_hosts(names: list[str]) -> list[str]:
    """Hosts listed before a plural verb, less a sentence's opening phrase that names no body ('Ahead of
    Labour Day, the X Centre and the Y Union will host': the X Centre and the Y Union)."""
    opening, comma, first = names[0].partition(", the ") if names else ("", "", "")
    if comma and not _org_like(opening):
        return [first, *names[1:]]
    return names


# 'The X Centre and the Y Institute present a panel': two hosts, the verb plural; also three or more,
# listed with commas, each after 'the' ('The X Centre, the Y Institute and the Z Forum invite you'; not
# 'the Department of X, Y University, and Z', a unit and its parent, nor 'the Ministry of Trade, Industry and Energy')
_LISTED_SUBJECTS = rf"(?:{CAPITAL}[\w-]*,\s+)+"
_HOST_VERB_PLURAL = re.compile(
    # (not from the parent of 'X at the University of Y and the Z Partnership invite you': X and Z)
    rf"(?<!\bat\s)(?<!\bat\sthe\s)(?:\bThe\s+)?\b(?P<orgs>{_ORG_RUN}{_BRACKETED_INITIALS}?"
    # (the last a name that opens with the subjects it lists: 'and the Antiquities, Monuments and Museum Corporation')
    # (Spanish and French 'and' after initials: 'El Centro X (CX) y Plural Editores tienen el agrado de invitarle')
    rf"(?:(?:,\s+the\s+{_ORG_RUN}{_BRACKETED_INITIALS}?)+,?)?(?:\s+and|(?<=\))\s+(?:y|et))\s+"
    rf"(?:the\s+{_LISTED_SUBJECTS})?{_ORG_RUN})"
    rf"{_BRACKETED_INITIALS}?"
    rf"(?:\s+at\s+{_ORG_RUN}(?=\s+are\b))?"  # 'X and the Y Institute at Z University are co-organising': Y's parent
    # 'X and the Department of Y, Z University, are co-hosting': the unit hosts (a plural verb after the
    # parent: 'Dr X, School of Labor and Employment Relations, University of Y, presents' is one person's)
    rf"(?:,\s+{_ORG_RUN},(?=\s+{_MANNER}(?:are|will|have|{_BASE})\b))?"
    rf"\s+(?:{_MANNER}(?:{_BASE})|{_HOST_PHRASE})\b"
)


_OFFICE_OF = re.compile(
    rf"\b[Tt]he\s+(?:{CAPITAL}[\w-]*\s+){{1,3}}(?:[Oo]ffice|[Bb]ureau|[Bb]ranch|[Cc]hapter)\s+of\s+(?=(?:the\s+)?[A-Z])"
)
_PLACE_AHEAD = re.compile(rf"(?:the\s+)?(?P<place>{CAPITAL}[\w-]*(?:\s+{CAPITAL}[\w-]*)*)")


def _without_office_of(line: str) -> str:
    """'the Sofia office of the X Foundation': the foundation; but 'the Y Development Office of the
    United Kingdom' is the office (the state it belongs to named after it)."""

    def body(m: re.Match[str]) -> str:
        ahead = _PLACE_AHEAD.match(line, m.end())
        return m.group(0) if ahead and is_place(ahead.group("place")) else ""

    return _OFFICE_OF.sub(body, line)


# "the X Foundation's office in Colombia": the foundation ('s office' and where it is dropped)
_OFFICE_IN = re.compile(
    rf"(?<=\w)['’]s\s+(?:(?:country|regional|field)\s+)?(?:office|bureau|branch)\s+(?:in|for)\s+(?:the\s+)?"
    rf"{CAPITAL}[\w-]*(?:\s+(?:and\s+)?{CAPITAL}[\w-]*)*"
)


# 'The Institute of X (ISIS) Malaysia, …, is pleased to invite you': its initials, then its country, as the
# institute calls itself ('ISIS Malaysia'); the country is no part of the name the verb follows
_INITIALS_THEN_PLACE = re.compile(rf"({_BRACKETED_INITIALS})\s+([A-Z][a-z]+)(?=,)")
_INITIALS_BEFORE_AT = re.compile(rf"{_BRACKETED_INITIALS}(?=\s+(?:at|of)\s+(?:the\s+)?[A-Z])")
# 'X of the University of Y (Z Campus) are pleased to': the campus a university's unit sits on, in brackets
_CAMPUS_ASIDE = re.compile(r"\s+\((?:[A-Z][\w'’-]*\s+){1,4}Campus\)")
# 'funded by the X Centre (XC), Ottawa, Canada, under …': the town and country the body sits in
_INITIALS_THEN_TOWN = re.compile(rf"({_BRACKETED_INITIALS}),\s+({CAPITAL}[\w-]*)(?:,\s+({CAPITAL}[\w-]*))?(?=[,.;]|$)")
# 'Supported by X (XS) KAKENHI Grant Number JP23K01234', 'under grant agreement No. 101004': the
# grant (and the funder's programme in capitals before it) is no part of the funder's name
_GRANT_NUMBER = re.compile(
    r"(?:\s+[A-Z]{2,}[A-Za-z]*)?\s+(?i:grant|award)(?:\s+(?i:agreement))?\s+(?i:number|no\.?|#)\s*[A-Z0-9][\w/-]*"
)


# 'The Department of X, SUST, and the Y Centre (YC) are pleased to invite you': the unit's university by its
# initials between two hosts is no third host
_PARENT_INITIALS_BETWEEN = re.compile(r",\s+[A-Z]{2,8},(?=\s+and\s+(?:the\s+)?[A-Z])")
_UNIT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_UNIT_WORDS)})\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*$"
)


def _without_parent_initials(match: re.Match[str]) -> str:
    return "" if _UNIT_BEFORE.search(match.string[: match.start()]) else match[0]


def _without_town(match: re.Match[str]) -> str:
    places = [p for p in match.groups()[1:] if p]  # 'X (XI), Kochi, jointly with': any town the gazetteer names
    return match[1] if all(is_place(p) or town_name(p) for p in places) else match[0]


# 'The Faculty of Law, X University (XU) will hold', 'The Y Centre (Russia & Asia), X University is organizing':
# a unit, then the university it belongs to with no comma before the verb; the unit is the host, as
# when a comma closes the parent ('The Department of X, Y University, is organizing')
_UNIT_WORD = re.compile(
    r"\b(?:Department|Faculty|School|Division|Section|Centre|Center|Institute|Unit|Programme|Laboratory"
    r"|Centro|Instituto|Departamento|Facultad|Faculdade)\b"  # ('El Centro X (CX) de la Universidad Y organiza')
)
_PARENT_WORD = re.compile(r"\b(?:University|Universi[a-zà-ÿ]+|College|Polytechnic)\b")  # ('Universidad' too)


# 'The Portfolio Committee on Forestry, Fisheries and the Environment will on Friday hold public hearings',
# 'The Children, Education and Home Affairs Scrutiny Panel will hold a public hearing': the body that
# holds a hearing, its subjects listed with commas in its name
_NAME_WORD = rf"{CAPITAL}[\w'’-]*"
_LISTED_NAME = rf"{_NAME_WORD}(?:,?\s+(?:(?:and|&)\s+)?(?:the\s+)?{_NAME_WORD})*"
_HOLDS_HEARING = re.compile(
    rf"\b[Tt]he\s+(?P<orgs>{_LISTED_NAME}\s+(?:Committee|Sub-?[Cc]ommittee|Panel|Commission)"
    rf"(?:\s+on\s+(?:the\s+)?{_LISTED_NAME})?)\s+(?:will|is\s+to|is\s+set\s+to)\s+(?:[\w,]+\s+){{0,4}}?"
    r"hold\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?hearings?\b"
)


def unit_and_university(unit: str, university: str) -> bool:
    """A unit's name ('Centre for X', 'Department of Y') and a university's ('Z University', 'Universidad W')."""
    return bool(_UNIT_WORD.search(unit) and _PARENT_WORD.search(university) and not _PARENT_WORD.search(unit))


def _unit_of_parent(host: str, line: str) -> str:
    """The unit written before `host` and a comma when `host` is the university it belongs to, else `host`."""
    if not _PARENT_WORD.search(host):
        return host
    # (or after the unit's initials, no comma: 'X (XI) Universitas Y invites', 'X (XI) de la Universidad Y organiza')
    after_initials = rf"{_BRACKETED_INITIALS}\s+(?:(?:of|de\s+la|de|del|da|do|der|des|du)\s+)?"
    before = (
        rf"(?:(?P<unit>{_ORG_RUN}(?:\s+\([^()]{{1,60}}\))?),\s+|(?P<initialled>{_ORG_RUN}){after_initials})"
        rf"(?:the\s+)?{re.escape(host)}{_BRACKETED_INITIALS}?(?![\w,])"
    )
    units = (m.group("unit") or m.group("initialled") for m in re.finditer(before, line))
    unit = next((u for u in units if _UNIT_WORD.search(u)), None)
    return without_article(re.sub(r"^[Tt]he\s+", "", unit)) if unit and not _PARENT_WORD.search(unit) else host


_ARTICLE_WORD = re.compile(r"(?i:the|het|de|la|le|les|el|los|las|il|lo|der|die|das|o|a)")


def _declined_supporters(line: str) -> list[str]:
    """The bodies named in a case after each support phrase, a second phrase after 'and' read by itself too
    ('u saradnji sa Gradom X i uz podršku Fondacije Y'); a name read whole after the first is not read again cut
    short after the second."""
    names: list[str] = []
    for k, found in enumerate(re.finditer(rf"(?i:\b{SUPPORTED_DECLINED})", line)):
        if k and not re.search(r"\s(?:i|и|і|та|oraz)\s+$", line[: found.start()]):
            continue  # (the Slavic 'and' only: an Albanian 'dhe me mbështetjen e X në Y' is read whole elsewhere)
        m = _SUPPORTED_DECLINED.match(line, found.start())
        names += [n for n in _listed_abroad(nominative(m.group("rest"))) if n not in names] if m else []
    return [n for n in names if not any(o.startswith(f"{n} ") for o in names)]


# the kinds of event a name ends with when the event itself 'brings together' its people
_EVENT_KIND_LAST = re.compile(
    r"\b(?:Dialogue|Forum|Summit|Conference|Symposium|Roundtable|Workshop|Seminar)(?:\s+(?:19|20)\d\d)?$"
)


def _event_brings_together(match: re.Match[str]) -> bool:
    """'The Basin Dialogue brings together agencies and residents': the event, named by its kind,
    is the subject that brings its people together, not a body that hosts it."""
    if not re.search(r"\bbr(?:ing|ings|inging|ought)\s+together\b", match.group(0)):
        return False
    name = (match.group("orgs") or "").strip()
    kind = _EVENT_KIND_LAST.search(name)
    # (not 'The X Centre for Strategic Dialogue', a body its kind's word names)
    return kind is not None and not any(is_org_word(w) for w in name[: kind.start()].split())


def stated_hosts(line: str) -> tuple[list[str], list[str]]:
    """(hosts, sponsors) a sentence names: 'The conference is hosted by the X Council's Y
    Initiative.', 'Organized by X with the support of Y.', 'In cooperation with Z', 'The X
    Forum invites you to…', 'the X Center at the Y Institution will host a webinar', 'Join the
    X Society for a conversation'."""
    # a name ends with its sentence ('… LLP.'), not at the Polish 'im.' (named after: 'Fundacja im. X')
    line = re.sub(r"(?<=[a-z]{2}|[A-Z]{2})(?<!\bim)\.\s+(?=[A-Z])", ". \n", line)
    line = _OFFICE_IN.sub("", _without_office_of(line))  # 'the Sofia office of the X Foundation': the foundation
    line = _INITIALS_THEN_PLACE.sub(lambda m: m[1] if is_place(m[2]) else m[0], line)
    line = _INITIALS_BEFORE_AT.sub("", line)  # 'X (XI) at the University of Y invites you': X at Y
    line = _CAMPUS_ASIDE.sub("", line)
    line = _PARENT_INITIALS_BETWEEN.sub(_without_parent_initials, line)  # 'The Department of X, SUST, and the Y'
    line = _GRANT_NUMBER.sub("", _INITIALS_THEN_TOWN.sub(_without_town, line))
    hosts = [
        n for m in _HOSTED_BY.finditer(line) for n in split_org_names(re.sub(_WITH_PARTNER, "; ", m.group("orgs")))
    ]
    partnered = [m.span() for m in _HOLDS_WITH_PARTNERS.finditer(line)]  # 'X in partnership with Y will hold': not Y
    hosts += [
        n
        for m in _HOSTS_VERB.finditer(line)
        if not any(start < m.start() < end for start, end in partnered) and not _event_brings_together(m)
        for n in _with_branch(m.group("orgs"), m.group("units")) or split_org_names(m.group("joined"))
    ]
    hosts += [
        n
        for m in _HOST_VERB_PLURAL.finditer(line)
        if not any(start < m.start() < end for start, end in partnered)
        for n in _listed_hosts(split_org_names(m.group("orgs")))
    ]
    firms: list[str] = []
    for m in _HOST_VERB_PLURAL.finditer(line):  # the verb says the 'and' joins two names
        joined = split_org_names(m.group("orgs"))
        if len(joined) == 1 and (pair := _two_names(joined[0])):
            hosts, firms = [h for h in hosts if h != joined[0]] + pair, firms + pair[1:]
        elif len(joined) == 2 and _TITLED_NAME.fullmatch(joined[1]):
            firms.append(joined[1])  # 'X Press and Keel & Quill Books invite you': a firm of capitalised words
    hosts += [n for m in _AN_ORGS_EVENT.finditer(line) for n in split_org_names(m.group("orgs"))]
    hosts += [n for m in _ORGS_OWN_EVENT.finditer(line) for n in split_org_names(m.group("orgs"))]
    hosts += [n for m in _HOLDS_WITH_PARTNERS.finditer(line) for n in split_org_names(m.group("orgs"))]
    hosts += [n for m in _JOINTLY_WITH.finditer(line) for n in split_org_names(m.group("orgs"))]
    hearing = [m.group("orgs") for m in _HOLDS_HEARING.finditer(line)]  # a 'Panel' is no org word elsewhere
    hosts = [h for h in hosts if not any(h in n and h != n for n in hearing)]  # not cut at a comma of its name
    hosts += [n for n in hearing if not any(n in h for h in hosts)]
    hosts += [n for m in _ORGANISES_TOGETHER_WITH.finditer(line) for n in _with_parent(m)]
    # (the partners set apart and the host's own programme are bodies, however their names read)
    set_apart = [n for m in _SET_APART_PARTNER.finditer(line) for n in split_org_names(m.group("orgs"))]
    set_apart += [n for m in _HOSTS_SET_APART.finditer(line) for n in split_org_names(f"{m['orgs']}; {m['own'] or ''}")]
    hosts += [n for n in set_apart if n not in hosts]
    associated = list(_IN_ASSOCIATION_WITH.finditer(line)) + list(_HOSTED_IN_ASSOCIATION.finditer(line))
    hosts += [n for m in associated for n in split_org_names(m.group("orgs"))]
    sponsors = [
        n
        for m in _SUPPORTED_BY.finditer(line)
        if not _supports_a_work(line[line.rfind("\n", 0, m.start()) + 1 : m.start()])
        and not any(a.start() <= m.start() < a.end() for a in associated)
        for n in _listed_orgs([_schemes_government(n) for n in split_org_names(m.group("orgs"))])
    ]
    hosts += [n for m in _HOSTED_ABROAD.finditer(line) for n in _listed_abroad(m.group("rest"))]
    hosts += [n for m in _INVITES_ABROAD.finditer(line) for n in _inviting(m) if n not in hosts]
    # '… (NX) da UFPE convida': not UFPE ('… de la Universidad X (UX) invita': not the university)
    parents = {m["parent"] for m in _INVITES_ABROAD.finditer(line) if m["parent"]}
    parents |= {without_article(re.sub(rf"{_BRACKETED_INITIALS}$", "", parent)) for parent in parents}
    hosts = [_unit_of_parent(h, line) for h in hosts if h not in parents]
    hosts = [h for h in hosts if not any(other.startswith(f"{h} at ") for other in hosts)]  # once, with its parent
    sponsors += [n for m in _SUPPORTED_ABROAD.finditer(line) for n in _listed_abroad(m.group("rest"))]
    sponsors += _declined_supporters(line)
    sponsors += [m.group("orgs") for m in _SUPPORTED_BEFORE.finditer(line) if _org_like(m.group("orgs"))]
    sponsors += [without_definite(m.group("name")) for m in _SUPPORTED_WHOLE.finditer(line)]
    sponsors += [_irish_radical(m.group("name")) for m in _SUPPORTED_IRISH.finditer(line)]
    sponsors += [n for m in _THANKS.finditer(line) for n in split_org_names(m.group("orgs"))]
    # 'presented by Dr X, Lecturer, Y', 'X of Y University will present'
    people = [
        h
        for h in hosts
        if is_person_name(re.split(r",|\s+(?:of|from)\s+", h)[0])
        and not ((body := _BODY_AS_NAME.match(h)) and is_org_word(body["kind"]))  # 'Central Bank of X': no person
        and not _RED_CROSS.search(h)
        and not _CITY_GOVERNMENT.search(h)  # 'Regional District of X': no 'Regional District' of X
        and not h.endswith(_KIND_LAST)  # 'Highveld Provincial Archives': three capitalised words, no person
    ]
    people += [h for h in hosts if segment_kind(h) == "title" and not _CHAIR.match(h)]  # 'Dr X, Professor of Y at Z'
    kept = firms + hearing
    named = [h for h in hosts if (_org_like(h) or _INITIALS.fullmatch(h) or h in kept) and h not in people]
    hosts = [h for h in hosts if h in named or h in set_apart]
    hosts = list(dict.fromkeys(_POSSESSOR.sub("", h) for h in hosts))  # once each, as several forms may name them
    # 'Het X Institute (XI) nodigt u uit': the name one reading kept with the sentence's article before it
    hosts = [h for h in hosts if not any(_ARTICLE_WORD.fullmatch(h.removesuffix(f" {o}")) for o in hosts)]
    sponsors = [_posted_in(s, line) for s in sponsors]
    written, supporting = caseless_hosts(line)  # Thai and Georgian, whose names have no capitals to find them by
    postposed, supported = postposed_hosts(line)  # 'X қорының қолдауымен', 'Y басқармасымен бірлесіп'
    written, supporting = written + postposed, supporting + supported
    return hosts + [h for h in written if h not in hosts], sponsors + [s for s in supporting if s not in sponsors]


# an embassy keeps the town it is posted to, as a run of capitalised words cuts it at a small word or
# leaves it out: 'the Embassy of Sweden in Dar es Salaam', 'la Embajada de Suecia en La Paz', 'the Centro
# Cultural de España en La Paz' (Spain's cultural centres, one in each town); not a town after a comma
# ('the New Zealand High Commission, Rarotonga, and the X Trust': set 117 answers the body alone)
_POSTED = re.compile(
    r"\b(?:Embassy|Embajada|Embaixada|Ambassade|Ambasciata|Botschaft|High\s+Commission|Consulate|Consulado"
    r"|Centro\s+Cultural\s+de\s+Espa[ñn]a)\b"
)
_POSTED_TOWN = re.compile(
    r"(?P<sep>\s+(?:in|en|em|à)\s+)(?P<town>[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]*){0,3})"
)


def _posted_in(name: str, line: str) -> str:
    """The embassy with its town written whole after it, when the line names the town ('Dar es Salaam')."""
    if not _POSTED.search(name):
        return name
    base = re.sub(r"\s+(?:in|en|em|à)\s+[^,]*$", "", name)
    at = line.find(base)
    after = _POSTED_TOWN.match(line, at + len(base)) if at >= 0 else None
    if after is None:
        return name
    words = after["town"].split()
    towns = (" ".join(words[:n]) for n in range(len(words), 0, -1) if words[n - 1][:1].isupper())
    town = next((t for t in towns if is_place(t)), None)
    return f"{base}{after['sep']}{town}" if town else name


# 'the University of Guelph's Department of History': the unit, its university in the possessive only
# saying whose it is (as 'an adjunct professor in VIU's Department of History' is the department's, set 116)
_POSSESSOR = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|the)\s+)*){0,5}[A-Z][\w&.-]*['’]s\s+"
    r"(?=(?:Department|School|Faculty|Institute|Centre|Center|Program|Programme|Division)\b)"
)


# the subject of a sentence naming a work's own supporter: 'The Tanzania Budget Brief series is
# produced with financial support from X', 'The special issue was published with the support of X',
# 'The study, undertaken with support from X, examines', 'The publication of this book was supported
# by X' (not 'The launch of the report is supported by X', nor 'The lecture series is funded by X')
_WORK_WORDS = (
    r"(?:reports?|briefs?|papers?|study|studies|book|volume|issue|publication|yearbook"
    r"|journal|research|translation|surveys?|index|indices|indexes|monitor|barometer|scorecard)"
)
_WORK_SUBJECT = re.compile(
    rf"(?:[\w&'’-]+\s+){{0,6}}?{_WORK_WORDS}(?:\s+series)?(?:\s+(?:of|for)\s+(?:the|this|our|its)\s+(?:[\w'’-]+\s+){{0,3}}?)?"
    r"(?:,\s+(?:[a-z][\w-]*\s+){1,2}|\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:[a-z][\w-]*\s+){0,2})",
    re.IGNORECASE,
)
_EVENT_WORD = re.compile(
    r"\b(?:launch|event|seminar|webinar|presentation|discussion|conference|lecture|workshop|roundtable|panel"
    r"|symposium|forum|meeting|debate|talk|programme|program)\b",
    re.IGNORECASE,
)


# '… the book "X" by Dr Y, published by the Centre in its Library edition, with the support of Z'
_PUBLISHED_WITH = re.compile(r"\b(?:published|printed|produced|translated)\b[^.;]{0,80}?$", re.IGNORECASE)


# 'The X Center was established in 2015 with the generous support of Y': who funded the unit, in the
# description a host's box prints under its name, not the event's sponsor
_FOUNDED_WITH = re.compile(r"\b(?:was|were|has been|had been)\s+(?:established|founded|created|set up|endowed)\b", re.I)


def names_a_work(words: str) -> bool:
    """'The research presented', 'The report': words that name a publication, not an event."""
    return bool(re.search(rf"\b{_WORK_WORDS}\b", words, re.IGNORECASE))


def _supports_a_work(sentence: str) -> bool:
    """The sentence up to a sponsor phrase is about a publication (its series, its research, its
    publication) or says the work was published with it, or the unit founded with it: the supporter
    is no sponsor of the event."""
    about_work = _WORK_SUBJECT.fullmatch(sentence.lstrip()) or _PUBLISHED_WITH.search(sentence)
    return (bool(about_work) and not _EVENT_WORD.search(sentence)) or bool(_FOUNDED_WITH.search(sentence))


_INITIALLED_AND = re.compile(rf"(?P<left>.+?{_BRACKETED_INITIALS})\s+(?:y|et)\s+(?P<right>[A-Z].+)")


def _two_names(name: str) -> list[str]:
    """'Highveld University Press and Keel & Quill Books' before 'invite you': a complete name (it
    ends with its kind) and a firm's bare name, not one name with an 'and' in it."""
    left, _, right = name.rpartition(" and ")
    initialled = _INITIALLED_AND.fullmatch(name)  # 'El Centro X (CX) y Plural Editores': its initials end the first
    if initialled and not left and _org_like(initialled["left"]):
        left, right = _INITIALS_AFTER.sub("", initialled["left"]), initialled["right"]
        return [left, right] if len(right.split()) > 1 and (_org_like(right) or _proper_name(right)) else []
    complete = bool(left) and _org_like(left) and is_org_word(left.split()[-1])
    firm = _proper_name(right.replace(" & ", " "))  # 'Keel & Quill Books'
    return [left, right] if complete and len(right.split()) > 1 and (_org_like(right) or firm) else []


# 'CIDS presents …', 'CeSMed brings together …': initials (capitals, at most two small letters in a
# row), spelt out elsewhere on the page
_INITIALS = re.compile(rf"(?=\w{{2,8}}$)(?=(?:\w*[A-ZÆØÅ]){{2}})(?:{CAPITAL}|[A-ZÆØÅ&]|[a-z]{{1,2}}(?=[A-Z]|$))+")


# 'the Tasmanian Government's Antarctic Gateway Strategy', 'the X Government's Y Fund': a government's scheme,
# no body of its own: the government gives the support
_GOVERNMENTS = re.compile(r"^(?P<body>(?:[A-Z][\w-]*\s+){1,4}Government)['’]s\s+(?P<scheme>[A-Z].*)$")
_SCHEME = re.compile(r"\b(?:Strategy|Plan|Scheme|Policy|Fund|Program|Programme|Initiative|Grants?)$")


def _schemes_government(name: str) -> str:
    """The government whose scheme a name is (also a scheme's name cut at a line's end: '… Government's
    Territory'); any other name as it is."""
    owned = _GOVERNMENTS.match(name)
    if owned and (_SCHEME.search(owned["scheme"]) or not _org_like(owned["scheme"])):
        return owned["body"]
    return name


def _listed_orgs(names: list[str]) -> list[str]:
    """The organisations among names listed after 'sponsored by': those with an organisation
    word, and a bare company name listed before one ('Nutrien and the X Association'; a word
    after the last one may begin the next sentence)."""
    if len(names) == 1 and _proper_name(names[0]) and not _org_like(names[0]):
        return names  # one name alone: a firm named after its founders ('sponsored by Baillie Gifford')
    last = max((i for i, n in enumerate(names) if _org_like(n) or _initialled_firm(n) or _plain_firm(n)), default=-1)
    # ('the X Trust and Highlands and Islands Enterprise': a name of capitalised words after a body's kind)
    named = bool(_BRAND.fullmatch(names[-1]) or _TITLED_NAME.fullmatch(names[-1])) if names else False
    brand = len(names) == 2 and named and not is_place(names[-1])
    if (
        (len(names) >= 3 or brand)
        and 0 <= last == len(names) - 2
        and (_proper_name(names[-1]) or brand)
        and not is_person_name(names[-1])
    ):
        # 'FortisBC, the X Foundation, the Y Service and Mitacs', 'the X Council and Namport': a list's last name too
        last = len(names) - 1
    return [
        n
        for i, n in enumerate(names[: last + 1])
        if _org_like(n)
        or ((_proper_name(n) or _CAPITALISED_WORDS.fullmatch(n)) and not is_person_name(n))
        or (brand and i == 1)
        or _plain_firm(n)
    ]


# 'the Department of Climate Change in the Ministry of Home Affairs, Climate Change and Environment': a
# government's unit in its ministry, whose portfolio may list its subjects with commas
_UNIT_IN_MINISTRY = re.compile(
    rf"^(?:the\s+)?(?P<unit>(?:[A-Z][\w'&.-]*\s+)*?(?:{_UNIT})\b[^,]*?)\s+(?:in|of|at)\s+the\s+"
    r"(?P<parent>(?:[A-Z][\w'&.-]*\s+){0,2}Ministry\s+(?:of|for)\s+.+)$"
)


def unit_of(name: str) -> tuple[str, str | None]:
    """'North Atlantic Policy Council's Transatlantic Security Initiative', 'Institute for
    Global Governance Studies, Pudong University', 'Hamilton Center on Work at the Harborview
    Institution' -> (the unit, its parent)."""
    match = _POSSESSIVE.match(name) or _unit_and_parent(name) or _AT_SHORT_NAME.match(name)
    match = match or _parent_initials(name) or _INITIALS_AND_UNIVERSITY.match(name.strip())
    match = match or _UNIT_IN_MINISTRY.match(name.strip())
    parent = (match.groupdict().get("parent") or match.groupdict().get("host")) if match else None
    # 'at Brookings', "Carnegie's Europe Program", 'Center for X, IESA': the institution by a short name of its own
    short = match is not None and match.re in (_AT_SHORT_NAME, _POSSESSIVE, _UNIT_AND_INITIALS)
    short = short and bool(parent and re.fullmatch(_SHORT_PARENT, parent))
    # (not a unit's word alone: 'Museum of the Bank of X', 'Office of the Y Foundation' are whole names)
    alone = match is not None and re.fullmatch(rf"(?:the\s+)?(?:{_UNIT})", match.group("unit"), re.IGNORECASE)
    initials = match is not None and match.re is _INITIALS_AND_UNIVERSITY
    if match and parent and not alone and (_org_like(parent) or short) and (_org_like(match.group("unit")) or initials):
        unit = _INITIALS_AFTER.sub("", match.group("unit"))  # 'Institute for X (IX), Y University'
        parent = re.sub(r"^the\s+", "", parent)
        inner, _, outer = unit.partition(", ")
        if outer and _UNIT_NAMED.match(inner) and _UNIT_NAMED.match(outer):
            unit, parent = inner, f"{outer}, {parent}"  # 'Centre for X, Faculty of Y, Z University': the centre
        return re.sub(r"^the\s+", "", unit, flags=re.IGNORECASE), parent
    return name, None


def unit_org(page: PageDraft, name: str) -> OrgDraft:
    """The organisation a name gives, in the parent it names ('Faculty of X, Y University'), and
    that parent in its own ('Centre for X, Faculty of Y, Z University'); a foundation's office or
    department ('X Foundation's Y Department') is the foundation."""
    unit, parent = unit_of(foundation_of_office(name))
    org = page.org(unit)
    if parent:
        org.parent = org.parent or unit_org(page, parent).name
    return org


# 'John L. Thornton China Center at Brookings', 'Belfer Center at Harvard': a unit at its institution
# named short, by one word
# ('Centre for X at UBC Okanagan', 'at UHI Inverness': its initials and its campus)
_SHORT_PARENT = r"[A-Z]{2,6}\s+[A-Z][a-z]+|[A-Z][\w&.'’-]+"
_AT_SHORT_NAME = re.compile(rf"^(?P<unit>.+?)\s+at\s+(?P<parent>{_SHORT_PARENT})$")


UNIVERSITY_WORDS = (  # an academy's institutes too
    r"University|College|Universität|Université|Università|Universidad|Universidade|Universitat|Universiteit"
    r"|Hochschule|Fachhochschule"  # 'Kompetenzzentrum X der Hochschule Y'
    r"|Academy|Academia"
)
# 'of the', and how other languages join a unit to its university: 'de la', 'del', 'der', 'de l'', 'della'
# ('Faculty of X of Y University': a bare 'of' before a name that ends with the university's word)
# ('X of Ateneo de Davao University', 'X of Universidad de la Costa': a university's name with its small words)
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|la|van|von|zu)"
_PARENT_WORDS = rf"(?:[A-Z][\w'&.-]*\s+)(?:(?:[A-Z][\w'&.-]*|{_PARTICLE})\s+)*?"
_OF_THE = (
    r"(?:\s+(?:at|of\s+[Tt]he|de\s+la|del|der|des|du|della|da|do)\s+|\s+(?:de\s+l|dell)['’]"
    rf"|\s+of\s+(?=(?:{_PARENT_WORDS})+(?:{UNIVERSITY_WORDS})$|(?:{UNIVERSITY_WORDS})\s+(?:{_PARTICLE}\s+)+[A-Z]))"
)
_UNIT_AND_PARENT = re.compile(
    # 'Energy and Climate Unit'; a German compound whose last part is the unit's word, named further ('Kompetenzzentrum
    # X der Hochschule Y'; not 'Europainstitut der Universität Y', a name that says little without its parent)
    rf"^(?:the\s+)?(?P<unit>(?:(?:[A-Z][\w'&.-]*|and|&)\s+)*?(?:{_UNIT}|[A-ZÄÖÜ]\w+(?:zentrum|institut)(?=\s+[A-ZÄÖÜ]))\b.*?)"
    rf"(?:,\s+(?P<parent>(?:the\s+)?(?:[A-Z][\w'&.-]*\s+)*?(?:{UNIVERSITY_WORDS})\b[^,]*)"
    # 'Hamilton Center on Work at the Harborview Institution', 'Centre for X of the University of Y', 'the X
    # Program of the World Bank', 'the Y Initiative of the Z Foundation'
    rf"|{_OF_THE}(?P<host>(?:the\s+)?(?:{_PARENT_WORDS})?(?:{UNIVERSITY_WORDS}|Institution|Institute|Center"
    rf"|Centre|School|Faculty|Bank|Foundation|Fund)\b[^,]*))$"
)


# 'CNRE, Hokkaido University' in an 'Organizer' field: a unit by its initials, then its university
_INITIALS_AND_UNIVERSITY = re.compile(
    rf"^(?P<unit>[A-Z][A-Za-z&]{{1,8}}),\s+(?P<parent>(?:[A-Z][\w'&.-]*\s+)*?(?:{UNIVERSITY_WORDS})\b[^,]*)$"
)
# 'Center for Public Policy, IESA': a unit and its institution's initials
_UNIT_AND_INITIALS = re.compile(
    rf"^(?:the\s+)?(?P<unit>(?:[A-Z][\w'&.-]*\s+)*?(?:{_UNIT})\b[^,]*),\s+(?P<parent>[A-Z]{{2,8}})$"
)


def _parent_initials(name: str) -> re.Match[str] | None:
    """'Center for Public Policy, IESA': the unit at an institution its initials name (not the unit's
    own initials, 'Institute of Development Studies, IDS', nor a country's, 'Centre for X, UK')."""
    match = _UNIT_AND_INITIALS.match(name.strip())
    own = match and "".join(w[0] for w in match.group("unit").split() if w[0].isupper()) == match.group("parent")
    return match if match and not own and not is_place(match.group("parent")) else None


def _unit_and_parent(name: str) -> re.Match[str] | None:
    """'Institute for X Studies, Y University': one unit of a university, not two names."""
    return _UNIT_AND_PARENT.match(name.strip())
