"""Short names of an organisation the page names in full: its initials after its full name
('Senior Fellow, CEEG' on a page that names the Centre for European Economic Governance; 'PEM'
for the Peabody Essex Museum) and its kind alone ('Society president X' on the Riverbend
Historical Society's site). The full name is the organisation's name, the short one another
of its names.
"""

from __future__ import annotations

import re

from kg.names import fold
from kg.pages.caseless import names_a_body
from kg.pages.draft import PageDraft, RoleDraft
from kg.pages.gazetteer import CAPITAL, town_name
from kg.pages.orgs import own_institution
from kg.pages.people import capital_initials, is_place, segment_kind
from kg.pages.words import UNDER_THE_STATE, is_org_word, is_title_word, possessed_post

# 'ØIGS', 'ХБХСХ', 'ՏԶՀԿ', 'ΙΠΑΚ' too
INITIALS = re.compile(rf"{CAPITAL}[A-ZÆØÅ&]{{1,7}}|[А-ЯԱ-Ֆ][А-ЯЁӘҒҚҢӨҰҮҺԱ-Ֆ]{{1,7}}|[Α-Ω]{{2,8}}")
# initials with a figure or a hyphened letter ('C3HP', 'ZIPAR-Z'): only the name written beside them is theirs
_CODED_SHORT = re.compile(r"[A-Z][A-Z\d]*\d[A-Z\d]*|[A-Z]{2,7}-[A-Z]{1,2}")
# 'CSIR-SARI': a parent's initials, a hyphen, then its unit's, which the name beside them spells out
_PARENT_THEN_UNIT = re.compile(r"[A-Z]{2,6}-(?P<unit>[A-Z]{3,7})")
# a short name in mixed case, its capitals the initials: 'CeSMed' for the Centro Studi Mediterraneo
_MIXED_SHORT = re.compile(r"[A-Z][a-z]*(?:[A-Z][a-z]*){1,6}")
# 'IPSS Malaysia' for the Institute for Policy and Strategic Studies Malaysia ('CDD-Ghana' too)
_INITIALS_AND_PLACE = re.compile(r"(?P<initials>[A-Z][A-Z&]{1,7})[ -](?P<place>[A-Z][a-z]+)")
# 'CMAS UGM' for the Centre for Maritime and Archipelagic Studies of Universitas Gadjah Mada: a
# unit's initials, then its parent's
_INITIALS_AND_PARENT = re.compile(r"(?P<initials>[A-Z][A-Z&]{1,7}) (?P<parent>[A-Z]{2,8})")
# (with the Spanish 'para las', 'los', 'el', 'del', 'y': 'Consejo Argentino para las Relaciones Internacionales', CARI)
_SMALL_WORDS = (
    "of",
    "for",
    "and",
    "the",
    "on",
    "in",
    "at",
    "&",
    "de",
    "du",
    "des",
    "für",
    "und",
    "la",
    "le",
    "para",
    "las",
    "los",
    "el",
    "del",
    "y",
    # Spanish and Portuguese: 'Centro de Investigación en Economía Regional' (CIER), 'Instituto de Estudos da Terra'
    "en",
    "em",
    "da",
    "do",
    "dos",
    "das",
)
_SMALL = frozenset(_SMALL_WORDS)
# a run of capitalised words with the small words of a name between them (not across a blank line)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))"
_NAME_RUN = re.compile(rf"{CAPITAL}[\w'’-]*(?:{_GAP}(?:(?:{'|'.join(_SMALL_WORDS)}){_GAP})*{CAPITAL}[\w'’-]*)+")


def initials_of(name: str) -> str:
    """'Centre for European Economic Governance' -> 'CEEG'; 'Peabody Essex Museum' -> 'PEM'."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL]
    return "".join(w[0] for w in words if w[0].isupper())


def spelled_out(initials: str, text: str) -> str | None:
    """The full name the text gives for the initials: a run of capitalised words whose initials
    they are (a leading 'The' or a trailing word beyond them left out), if exactly one such name."""
    found: dict[str, str] = {}  # by its letters, whatever the case ('PEABODY ESSEX MUSEUM' in a logo)
    for run in _NAME_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                if words[start].lower() in _SMALL or words[end - 1].lower() in _SMALL:
                    continue
                # (a name in the possessive is that name: 'the Azerbaijan Diplomatic Academy's Caspian …')
                candidate = re.sub(r"['’]s$", "", " ".join(words[start:end]))
                # ('Inter-American Development Bank', IDB: a hyphened word's first letter alone, as some write it)
                letters = (initials_of(candidate), initials_of(candidate.replace("-", "")))
                if initials.replace("&", "") not in letters or initials in words[start:end]:
                    continue  # ('CDD Designated Discussants': the initials and the words after them)
                if words[start].startswith(initials):
                    continue  # 'ECFREuropean Council on …': a logo's initials run into the name by a text dump
                if candidate.casefold() not in found or found[candidate.casefold()].isupper():
                    found[candidate.casefold()] = candidate
    names = list(found.values())
    return names[0] if len(names) == 1 else None


# what a body's full name adds after its short one, the purpose it is for: 'para el Estudio del Territorio', 'for
# Policy Research' (not 'of the University of X', its parent after a unit's name)
_FULL_NAME_TAIL = (
    r"[ \t]+(?:para|pour|per|for|für)[ \t]+(?:(?:el|la|los|las|the|der|die|les)[ \t]+)?"
    r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|del|da|do|y|e|and|of|the|für|und|et|la|el|los|las|des|du)[ \t]+)*[A-Z][\w'’-]*)*"
)


def _named_longer(page: PageDraft, text: str) -> None:
    """'directora de la Fundación Triana' on a page that names 'Fundación Triana para el Estudio del Territorio' in
    full only in its heading or footer (no body of the page's people): the body is also known by the long one (its
    name stays as the people's lines write it)."""
    for org in page.orgs:
        if len(org.name.split()) < 2:
            continue
        longer = {m.group(0) for m in re.finditer(rf"\b{re.escape(org.name)}{_FULL_NAME_TAIL}", text)}
        if len(longer) == 1 and page.find_org(full := longer.pop()) is None:
            org.alternate_names.append(full)


def settle_short_names(page: PageDraft) -> None:
    """Each organisation known only by its initials or its kind, merged into the one the page
    names in full."""
    text = "\n".join((page.text, *page.site_names))  # 'ETPC' on the European Transport Policy Centre's site
    _employer_before_post(page, text)
    _short_name_after_post(page, text)
    _post_of_own_kind(page)
    _post_after_own_kind(page)
    for org in list(page.orgs):
        local = _INITIALS_AND_PLACE.fullmatch(org.name)
        if INITIALS.fullmatch(org.name) or _MIXED_SHORT.fullmatch(org.name):
            capitals = "".join(c for c in org.name if c.isupper() or c == "&")
            full = (
                _named_beside(org.name, text)
                or spelled_out(capitals, text)
                or _site_full_name(page, org.name)
                or _site_name_spelled(page, capitals)
                or _known_by_every_word(page, capitals)
                or _named_under_logo(org.name, page.text)
                # ('Nordic Institute for … (NILS)' in the footer alone; the last resort, as a footer runs its
                # parts together: 'Asian Infrastructure Investment BankTower A')
                or _named_beside(org.name, page.footer)
                # (a short name in mixed case whose full name only the footer writes, apart from it: 'UniSQ' and
                # 'University of Southern Queensland, West Street, Toowoomba')
                or (spelled_out(capitals, page.footer) if not org.name.isupper() else None)
            )
            if full and re.match(rf"{re.escape(org.name)}\s", full):
                full = None  # 'NatureScot and the Shetland …': a one-word name in mixed case begins it, spells nothing
        elif _CODED_SHORT.fullmatch(org.name):
            full = _named_beside(org.name, text) or _named_beside(org.name, page.footer)
        elif unit_of := _PARENT_THEN_UNIT.fullmatch(org.name):
            full = _unit_named_beside(org.name, unit_of.group("unit"), text)
        elif local and (is_place(local.group("place")) or town_name(local.group("place"))):
            # ('KALRO Kitale', 'BELA Sylhet': a town the gazetteer knows, which no list of places names)
            full = spelled_out(local.group("initials") + local.group("place")[0], text)
            full = full if full and full.endswith(local.group("place")) else None
            # or the page writes the name beside them: 'Ghana Center for Democratic Development
            # (CDD-Ghana)', 'Centre for Strategic and International Studies (CSIS) Indonesia'
            initials = local.group("initials")
            beside = re.search(rf"\({re.escape(initials)}\)\s+{local.group('place')}\b", text)
            # (the name beside its initials whatever letters they are of: 'West Africa Network for
            # Peacebuilding (WANEP) Togo')
            spelled = (spelled_out(initials, text) or _named_beside(initials, text)) if beside else None
            full = full or _named_beside(org.name, text) or spelled
            # or the page names the body in full before its initials alone ('The Institute for Security
            # Studies (ISS) invites …' / 'X, Head, Crime Division, ISS Pretoria'): a body's office in a
            # town or country is the body, as a foundation's is
            full = full or _office_of(initials, text)
        elif (unit := _INITIALS_AND_PARENT.fullmatch(org.name)) and spelled_out(unit.group("parent"), text):
            full = _named_beside(unit.group("initials"), text) or spelled_out(unit.group("initials"), text)
        elif (is_org_word(org.name) and org.name[:1].isupper() or names_a_body(org.name)) and " " not in org.name:
            # ('Society', 'ცენტრი': the page's one body of that kind, or of its hosts where it names several)
            full = _only_of_kind(page, org.name) or _only_of_kind(page, org.name, page.event.organizers)
        else:
            full = _name_it_begins(page, org.name) or _name_after_kind(page, org.name) or _name_it_ends(page, org.name)
        if not full and _INITIALS_AND_PARENT.fullmatch(org.name):
            # the whole short name beside a name whose initials are another language's: 'Foreign Policy
            # Initiative BH (VPI BH)'
            full = _named_beside(org.name, text)
        if full:
            page.merge_org(org.name, _with_state_body(full, text))
    for full in (n for n in page.site_names[1:] if _BRAND_DASH.search(n)):
        brand = _BRAND_DASH.split(full, maxsplit=1)[0].strip()
        for org in [o for o in page.orgs if _bare_brand(o.name) == brand and o.name != full]:
            page.merge_org(org.name, full)
    for pair in _NAMED_TWICE.finditer(text):
        known = [page.find_org(name) for name in pair.group("one", "other")]
        if known[0] and known[1] and known[0] is not known[1]:
            page.merge_org(known[1].name, known[0].name)
    _named_longer(page, text)


# 'IGR Executive Director', 'BISS intern': a post led by its organisation's initials
_INITIALS_THEN_POST = re.compile(r"(?P<short>[A-Z][A-Z&]{1,7})\s+(?P<post>\S.*)")


def _unit_named_beside(short: str, unit: str, text: str) -> str | None:
    """'the Savannah Agricultural Research Institute (CSIR-SARI)': the unit the page names beside the
    initials, when it spells the unit's own; not a region written after its body and a dash ('Department of X –
    Cordillera Administrative Region (DILG-CAR)'), which is no name of its own."""
    full = _named_beside(short, text)
    if not full or initials_of(full) != unit:
        return None
    return None if re.search(rf"[–—-]\s+{re.escape(full)}\s*\({re.escape(short)}\)", text) else full


def _office_of(initials: str, text: str) -> str | None:
    """The body the page names in full before its initials alone, cut to the words the initials are
    where another body joined by 'and' runs into it ('the County Government of X and the Kenya
    Agricultural and Livestock Research Organization (KALRO)'); 'Deutsche Gesellschaft für …
    (GIZ)' stays whole."""
    named = _named_beside(initials, text)
    spelled = spelled_out(initials, text) if named else None
    if named and spelled and named.endswith(spelled) and re.search(r"\band\b", named[: -len(spelled)]):
        return spelled
    return named


def _employer_before_post(page: PageDraft, text: str) -> None:
    """A post led by the initials of an organisation the page names in full ('Drafted by X, BISS
    intern' on the Belarusian Institute for Strategic Studies' page): she works there, and her post
    keeps the initials, as the line writes it (sets 74 and 79). A contact's is left without an
    employer, as sets 75 and 88 answer 'X, CIDP Events Coordinator'."""
    for role in page.event.roles:
        led = _INITIALS_THEN_POST.fullmatch(role.job_title or "")
        if role.role == "contact" or not led or segment_kind(led["post"]) != "title":
            continue
        # ('BISS Program Coordinator' read as a unit 'BISS Program': the institute's initials and a word)
        if role.affiliation and role.affiliation != f"{led['short']} {led['post'].split()[0]}":
            continue
        if _named_beside(led["short"], text) or spelled_out(led["short"], text):
            role.affiliation = page.org(led["short"]).name


# 'Executive Director, wiiw': a post, then a short name in lower case, which no reader of a card's parts
# takes for a body
_POST_THEN_SHORT = re.compile(r"(?P<post>.+),\s+(?P<short>[a-z][a-z&]{2,7})")


def _short_name_after_post(page: PageDraft, text: str) -> None:
    """'X, Economist, wiiw' on a page that writes 'The Vienna Institute for International Economic
    Studies (wiiw)': the post at the body the short name stands for."""
    for role in page.event.roles:
        found = _POST_THEN_SHORT.fullmatch(role.job_title or "")
        if role.affiliation or not found or segment_kind(found["post"]) != "title":
            continue
        full = _named_beside(found["short"], text)
        if full:
            _hold_post(role, found["post"], page.org(full).name)


# 'Director of the Institute', 'Dean of the Faculty', 'Executive Director of the Foundation': a post at the page's
# own body, named by its kind alone
# (not 'President of the Society' nor 'Director of the Department', which the answers keep whole)
_OF_OWN_KIND = re.compile(r"(?P<post>.+?)\s+of\s+the\s+(?P<kind>Institute|Centre|Center|Faculty|University|Foundation)")
# "the Alliance's senior research fellow": the post after its body's kind in the possessive ("… and the brief's
# author" after it is her part in the work the event presents, no part of the post)
_OWN_KINDS_POST = re.compile(
    r"(?:[Tt]he\s+)?(?P<kind>[A-Z][a-z]+)['’]s\s+(?P<post>\S.*?)(?:\s+and\s+the\s+(?:\w+['’]s\s+)?(?:lead\s+)?author)?"
)


# 'X, Center events coordinator 03-571-5131': a staff line's post after its body's kind alone, in lower case
_KIND_THEN_POST = re.compile(r"(?P<kind>[A-Z][a-z]+)\s+(?P<post>[a-z][a-z -]*[a-z])")


def _post_of_own_kind(page: PageDraft) -> None:
    """'X, Executive Director of the Centre', "X, the Centre's Executive Director" and the staff line's 'X,
    Centre events coordinator' on the Dilmun Centre's page: the post at that centre, when the page names one
    body of that kind."""
    for role in page.event.roles:
        found = _OF_OWN_KIND.fullmatch(role.job_title or "")
        possessed = _OWN_KINDS_POST.fullmatch(role.job_title or "")
        staff = _KIND_THEN_POST.fullmatch(role.job_title or "")
        found = found or next((m for m in (possessed, staff) if m and is_org_word(m["kind"])), None)
        if role.affiliation or not found or segment_kind(found["post"]) != "title":
            continue
        # (or, where the page names several, the one of its hosts: 'the Institute' on a page that names a guest's)
        full = _only_of_kind(page, found["kind"]) or _only_of_kind(page, found["kind"], page.event.organizers)
        if full:  # (a staff line keeps its unit in the post, as the seed's 'Asia Program director')
            _hold_post(role, found.group() if found is staff else found["post"], page.org(full).name)


# 'markazning katta ilmiy xodimi', 'орталықтың кіші ғылыми қызметкері', 'markaz koordinatori', 'борбордун илимий
# кызматкери': Uzbek, Kazakh and Kyrgyz name the page's own body by its kind alone, in the genitive or bare, before
# a post with the possessive
_KIND_BEFORE_POST = re.compile(r"(?P<kind>\w+?)(?:ning|[ндт](?:[ыі]ң|[ыиуү]н))?\s+(?P<post>\S.*)")
_VOICED_LAST = str.maketrans("ғгб", "қкп")  # 'орталығы' is 'орталық' with the possessive


def _kind_stem(word: str) -> str:
    """'markazi' -> 'markaz', 'орталығы' -> 'орталық': a kind's word without the possessive its name gives it."""
    bare = re.sub(r"(?:s[iı]|с[ыіиуү]|[iıыіиуү])$", "", word.casefold())  # (Kyrgyz 'борбору')
    return bare[:-1] + bare[-1:].translate(_VOICED_LAST)


def _post_after_own_kind(page: PageDraft) -> None:
    """'X, markazning katta ilmiy xodimi' on the page of the 'Mintaqaviy iqtisodiy tadqiqotlar markazi' that
    holds the event: the post ('katta ilmiy xodim', without the possessive) at that centre; a contact's post
    without it, and the post alone where no host of that kind is read."""
    for role in page.event.roles:
        found = _KIND_BEFORE_POST.fullmatch(role.job_title or "")
        words = found["post"].split() if found else []
        bare = possessed_post(words[-1]) if words else None
        if role.affiliation or not found or bare is None or not found["kind"][:1].islower():
            continue
        kind = _kind_stem(found["kind"])
        hosts = {h for h in page.event.organizers if " " in h and _kind_stem(h.split()[-1]) == kind}
        post = " ".join([*words[:-1], bare])
        if len(hosts) == 1:
            host = page.org(hosts.pop()).name if role.role != "contact" else None  # (the answers give a contact none)
        elif is_org_word(found["kind"]):
            host = None  # (a body the page names where no host is read: the post alone, 'борбордун илимий кызматкери')
        else:
            continue
        _hold_post(role, post, host)


def _hold_post(role: RoleDraft, post: str, body: str | None) -> None:
    """The role's post, read again, at the body the page names: the person's too where the person's post was
    the role's as first read (not one the page gives elsewhere)."""
    if role.person.job_title == role.job_title and not role.person.works_for:
        role.person.job_title, role.person.works_for = post, body
    role.job_title, role.affiliation = post, body


def _with_state_body(full: str, text: str) -> str:
    """'Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan'
    for KazISS: the initials are those of the name before 'under the', which the page goes on with
    wherever it writes the name in full."""
    longer = re.search(
        rf"{re.escape(full)}[ \t]+{UNDER_THE_STATE}(?:[ \t]+(?:{CAPITAL}[\w'’-]*|of|the|and)(?![\w'’-]))*", text
    )
    return re.sub(r"(?:[ \t]+(?:of|the|and))+$", "", longer.group(0)) if longer else full


# the site's own organisation as its JSON-LD names it, a brand before a dash: 'Egmont – Royal Institute for
# International Relations', which the page calls 'Egmont' and 'the Egmont Institute'
_BRAND_DASH = re.compile(r"\s+[–—-]\s+")


def _bare_brand(name: str) -> str:
    """'The Egmont Institute' -> 'Egmont': the name without its article and its kind."""
    words = re.sub(r"^The\s+", "", name).split()
    return " ".join(words[:-1] if len(words) > 1 and is_org_word(words[-1]) else words)


# 'Polski Instytut Spraw Międzynarodowych / The Polish Institute of International Affairs': a footer's line
# naming the institution in its own language and in English, one organisation under both names
_NAMED_TWICE = re.compile(r"(?m)^(?P<one>[^/\n]{6,90}?)\s+/\s+(?P<other>[^/\n]{6,90})$")


def _name_it_begins(page: PageDraft, short: str) -> str | None:
    """'the Prairie Institute releases …' beside 'Prairie Institute for Public Policy': a name that
    opens the one longer name the page gives ('… for/of/on …') is that organisation, shortened."""
    if not is_org_word(short.split()[-1]):
        return _host_by_first_word(page, short)
    # ('The Kiel Institute invites you' beside 'Kiel Institute for the World Economy')
    bare = re.sub(r"^The\s+", "", short)
    # (or 'The Delta Forum on Rivers will hold …', a sentence's name with its article, beside 'the Delta Forum')
    begins = re.compile(rf"(?:The )?{re.escape(bare)} (?:for|of|on|in) (?:the )?[A-Z]")
    longer = {o.name for o in page.orgs if begins.match(o.name)}
    return longer.pop() if len(longer) == 1 else None


def _host_by_first_word(page: PageDraft, short: str) -> str | None:
    """'Patapsco President Ruth Feldman' on the Patapsco Institute for Urban Policy's page: a one-word name,
    no place's, that opens the name of the one body the page says holds the event, is that body."""
    if " " in short or not short[:1].isupper() or is_place(short):
        return None
    stated = {page.site_publisher or "", *page.event.organizers}
    longer = {name for name in stated if name.startswith(f"{short} ")}
    return longer.pop() if len(longer) == 1 else None


def _name_it_ends(page: PageDraft, short: str) -> str | None:
    """'The Law Review's Editor-in-Chief' beside 'Llano Estacado Law Review': a name of two words or
    more, its kind last, that ends the one longer name of a body the page says holds or backs the event
    (its place or founder's name left off)."""
    words = short.split()
    if len(words) < 2 or not is_org_word(words[-1]) or not words[0][:1].isupper():
        return None
    stated = {page.site_publisher or "", *page.event.organizers, *page.event.sponsors}
    longer = {name for name in stated if name.endswith(f" {short}") and name[:1].isupper()}
    return longer.pop() if len(longer) == 1 else None


def _name_after_kind(page: PageDraft, subjects: str) -> str | None:
    """A calendar's 'Department: History' beside 'the Department of History' in the text: the
    subjects of a unit's name written alone are that unit."""
    pattern = re.compile(rf"[A-Z][a-z]+ (?:of|for) (?:the )?{re.escape(subjects)}")
    longer = {o.name for o in page.orgs if pattern.fullmatch(o.name) and is_org_word(o.name.split()[0])}
    return longer.pop() if len(longer) == 1 else None


def _parent_of_initials(full: str, short: str) -> str:
    """'Western Panay Medical Center' of 'the Research Office of Western Panay Medical Center
    (WPMC)': the initials are the parent's after 'of' (or 'at', 'in'), not the unit's before it."""
    if initials_of(full) == short.replace("&", ""):
        return full
    parts = re.split(r"\s+of\s+(?:the\s+)?", full)
    tails = [" of ".join(parts[i:]) for i in range(1, len(parts))]
    # ('the Department of Arctic Biology at the Svalbard Arctic Studies Centre (SASC)': the body the unit is at)
    tails += [full[at.end() :] for at in re.finditer(r"\s+(?:at|in)\s+(?:the\s+)?", full)]
    return next((tail for tail in tails if initials_of(tail) == short.replace("&", "")), full)


# the article another language writes before a name opening a sentence ('Het Suriname Coastal Research
# Institute (SCRI) nodigt u uit', 'Le Centre … (CERI) organise')
# (and Greek's: 'Το Κέντρο … (ΚΛΜΚ) σας προσκαλεί')
_ARTICLES = frozenset(
    ("het", "de", "le", "la", "les", "der", "die", "das", "el", "los", "las", "il", "o", "a", "os", "as")
    + ("το", "η", "ο", "οι", "τα")
)


def _wrapped_before(text: str, found: re.Match[str]) -> bool:
    """The name before the initials opens a line that goes on from a line above with no stop ('… of the Hungarian' /
    'Academy of Sciences (SZAB)'): only the end of the name a line wrap cut."""
    before = text[: found.start("full")]
    return bool(re.search(r"[\w,][ \t]*\n[ \t]*\Z", before))


def _without_article(full: str, short: str) -> str:
    """The name less an article before it that its initials leave out ('La Trobe University (LTU)' keeps it)."""
    first, _, rest = full.partition(" ")
    if first.lower() in _ARTICLES and len(rest.split()) > 1 and initials_of(rest) == short.replace("&", ""):
        return rest
    return full


def _named_beside(short: str, text: str) -> str | None:
    """The full name the page writes beside a short one: 'Eötvös Loránd University (ELTE)', a
    site's heading 'CeSMed - Centro Studi Mediterraneo', or a name wrapped over lines before its
    initials in brackets, whatever their letters ('The Mexican Council on Water and Development
    (CMAD)', initials of its name in another language) if the page writes only one such name. A
    run that goes on through a sentence's words before the name is cut at its article ('On 12
    March the X (X)'; not 'Museum of the City of New York')."""
    wrapped = re.compile(rf"(?P<name>{_NAME_RUN.pattern})\s*\({re.escape(short)}\)")
    # 'Nelson Mandela\nMetropolitan University (NMMU)': a name wrapped over lines is whole when the
    # initials are those of its words on both lines (the last line's words alone are not its name)
    whole = set()
    for found in wrapped.finditer(text):
        head, _, line = found.group("name").rpartition("\n")
        full = spelled_out(short, found.group("name")) if head else None
        if full and full.endswith(" " + " ".join(line.split())):
            whole.add(full)
    if len(whole) == 1:
        return whole.pop()
    on_line = _NAME_RUN.pattern.replace(_GAP, r"[ \t]+")
    beside = re.compile(
        rf"(?P<full>{on_line})\s*\({re.escape(short)}\)|(?m:^\s*{re.escape(short)}\s+[-–—|]\s+(?P<after>{on_line})\s*$)"
    )
    # the name the text spells out before the initials in brackets first, then a masthead's ('CIEA – Centro de
    # …' over an English page that writes 'the Centre for Applied Economic Research (CIEA)')
    for found in sorted(beside.finditer(text), key=lambda m: m.group("full") is None or _wrapped_before(text, m)):
        full = _without_article(re.sub(r"^The\s+", "", found.group("full") or found.group("after")), short)
        if any(is_org_word(w) for w in full.split()):  # not 'Jane Doe (ELTE)'
            full = _after_post(full)  # 'Economist at the Inter-American Development Bank (IDB)': the bank
            return _from_its_article(_parent_of_initials(full, short))
    # a masthead 'IREPS – Institut romand d'études des politiques sociales': a name in French, Spanish or
    # Portuguese keeps its adjectives in lower case, but its initials are still those of its words
    for found in re.finditer(rf"(?m)^\s*{re.escape(short)}\s+[-–—|]\s+(?P<name>[A-Z][^\n|–—]{{3,100}}?)\s*$", text):
        name = found.group("name")
        if any(map(is_org_word, name.split())) and _initials_of_every_word(name) == short.replace("&", ""):
            return name
    # 'Centar za politike lokalnog razvoja (CPLR)', 'Institut fir Aarbecht a Gesellschaft (IAG)', 'Ionad Taighde ar
    # Phobail Tuaithe (ITPT)': a name in lower case but its first word, and the small words of its language, before
    # its initials in brackets, the initials of every word (set 122)
    for found in re.finditer(rf"(?P<name>[^()\n,.;:«»„“”\"]{{3,100}}?)\s*\({re.escape(short)}\)", text):
        words = found.group("name").split()
        for start in range(len(words)):
            first = re.sub(r"^[DdLl]['’]", "", words[start])  # (an elided article: Luxembourgish "D'Institut")
            name = " ".join([first, *words[start + 1 :]])
            # (its kind may follow an adjective: 'Východoslovenské centrum pre …')
            if first[:1].isupper() and any(map(is_org_word, name.split())) and _initials_of_every_word(name) == short:
                return name
    # 'WIEGO (Women in Informal Employment: Globalizing and Organizing)': the initials, then their name
    for found in re.finditer(rf"\b{re.escape(short)}\s+\((?P<name>[A-Z][^()\n]{{5,120}})\)", text):
        name = found.group("name")
        if capital_initials(name) == short.replace("&", ""):
            return name
    names = {" ".join(re.sub(r"^The\s+", "", m.group("name")).split()) for m in wrapped.finditer(text)}
    names = {n for n in names if any(is_org_word(w) for w in n.split())}
    return names.pop() if len(names) == 1 else None


MASTHEAD_LINES = 6  # lines with text at the top of a page where its logo and name stand


def _masthead(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:MASTHEAD_LINES]


def _named_under_logo(short: str, text: str) -> str | None:
    """A text rendering's masthead: the logo's initials on a line, the body's name on the next
    ('CEPAM' / 'Centre for Economic Policy Analysis'), whatever letters the initials are of."""
    top = _masthead(text)
    after = (top[n + 1] for n, line in enumerate(top[:-1]) if line == short)
    name = next(after, "")
    return name if _NAME_RUN.fullmatch(name) and any(is_org_word(w) for w in name.split()) else None


# (Czech 'pro': for; Bosnian 'za', 'i', Luxembourgish 'fir', 'a' and Irish 'ar', 'na', set 122)
_SMALL_ROMANCE = _SMALL | {"do", "da", "dos", "das", "del", "di", "e", "et", "y", "pro"}
_SMALL_ROMANCE |= {"za", "i", "fir", "a", "ar", "na"}
# (French 'pour', 'en', 'au', 'aux', 'sur'; Italian 'per'; Portuguese 'em'; Romanian 'în', 'pentru', 'și', 'din';
# Slovak 'pre'; Dutch 'voor', 'van', 'het', 'en'; Swahili 'cha', 'wa', 'ya')
_SMALL_ROMANCE |= {"pour", "en", "au", "aux", "sur", "per", "em", "în", "pentru", "și", "din", "pre", "voor", "van"}
_SMALL_ROMANCE |= {"het", "cha", "wa", "ya"}


def _known_by_every_word(page: PageDraft, initials: str) -> str | None:
    """'IRP' for the 'Institut pro regionální politiku' the page names as a body: a name whose words, in
    lower case too (as Czech, Slovak and the Romance languages write them), the initials are, if only one."""
    found = {o.name for o in page.orgs if " " in o.name and _initials_of_every_word(o.name) == initials}
    return found.pop() if len(found) == 1 else None


def _initials_of_every_word(name: str) -> str:
    """'Institut romand d'études des politiques sociales' -> 'IREPS': the first letter of each word
    but the small ones, in either case, an elided article ('d'', 'l'') and accents left out."""
    words = [re.sub(r"^[dl]['’]", "", w) for w in re.split(r"[\s-]+", name)]
    return "".join(fold(w)[0].upper() for w in words if w and w.lower() not in _SMALL_ROMANCE and w[0].isalpha())


def _after_post(run: str) -> str:
    """'Programme Officer at the West Africa Network for Peacebuilding' -> the body: a sentence's run of
    capitalised words that begins with someone's post."""
    post, at, body = run.rpartition(" at the ")
    return body if at and segment_kind(post) == "title" else run


def _from_its_article(run: str) -> str:
    """'March the Colombian Council on Energy and Mining' -> 'Colombian Council on Energy and Mining':
    a 'the' that follows no small word of a name starts the name; so does a sentence's 'The' after
    a heading the run went on from ('… 2002 Election The Africa Institute …': a <title> and a
    description joined)."""
    words = run.split()
    starts = [i + 1 for i, w in enumerate(words) if w in ("the", "The") and i and words[i - 1].lower() not in _SMALL]
    return " ".join(words[starts[-1] :]) if starts else run


def _only_of_kind(page: PageDraft, kind: str, names: list[str] | None = None) -> str | None:
    """'Society' on a page whose only society (the site's publisher among them) is the Riverbend
    Historical Society (or among the given names only)."""
    own = names is None
    names = names if names is not None else [page.site_publisher or "", *(o.name for o in page.orgs)]
    # its kind is its last word, or the word its subject follows ('British Society for Landscape Studies')
    head = re.compile(rf"\b{re.escape(kind)}\s+(?:of|for|on|за)\s", re.IGNORECASE)  # (Slavic "за": for)
    found = {  # one name with and without its article ('The Delta Forum on …' in a sentence) is one
        re.sub(r"^the\s+", "", n.casefold()): n
        for n in names
        if " " in n and (n.split()[-1].casefold() == kind.casefold() or head.search(n))
    }
    masthead = " ".join([line for line in page.text.split("\n") if line.strip()][:3])
    if len(found) > 1:  # 'the Centre presents' on a page that names two: the one its masthead names
        found = {key: name for key, name in found.items() if name in masthead}
    if own and is_org_word(kind) and not any(name in masthead for name in found.values()):
        # a text page names its own body only in its masthead, where no reader takes it for an organisation:
        # 'Harbour Institute for Public Policy' / … / 'Director of the Institute' (also where a guest's
        # institute is the one other the page names: 'the Institute's vice president' is the site's)
        mastheads = own_institution(f"the {kind}", "\n".join(_masthead(page.text))) or None
        if not found:
            return mastheads
        if mastheads and not any(is_title_word(w) for w in mastheads.split()):  # not 'Chairperson of the Centre'
            return mastheads
    return next(iter(found.values())) if len(found) == 1 else None


def _site_full_name(page: PageDraft, initials: str) -> str | None:
    """The site's own organisation when the site calls itself by these initials (og:site_name
    'FIDE') and embeds one organisation in full ('Fundación Iberoamericana para el Diálogo')."""
    embedded = set(page.site_names[1:])
    return embedded.pop() if page.site_publisher == initials and len(embedded) == 1 else None


def _site_name_spelled(page: PageDraft, initials: str) -> str | None:
    """The site's name whose words, its town after a comma among them, the initials are: 'AUIS' on
    the site of 'The American University of Iraq, Sulaimani'."""
    lines = (line.strip() for name in page.site_names for line in name.splitlines())
    names = {re.sub(r"^The\s+", "", line) for line in lines if "," in line}
    found = [name for name in names if initials_of(name.replace(",", " ")) == initials]
    return found[0] if len(found) == 1 else None
