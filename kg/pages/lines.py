"""A page's text as lines: normalised, with page chrome recognised and section labels read.

Text renderings of event pages keep the site's furniture ("Skip to main content", "Download …",
"Thank you for your interest in this event…", share buttons) and its section headings ("Date &
Time", "Hosted By", "Moderator:"). `LABELS` names each heading a page may use and what follows
it; `is_chrome` tells furniture from content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.dates import DAY_PART, clock_digits, find_dates, find_times, folded, other_weekdays, page_day_first
from kg.names import fold
from kg.pages.caseless import opens_uncased
from kg.pages.people import bare_name, has_contact_details, is_person_name, names_only, parse_entries, segment_kind
from kg.pages.words import IANA_CITY_ZONES


@dataclass(frozen=True)
class Label:
    """A section heading: what kind of block follows, and for people the role they hold."""

    kind: str  # date, place, people, hosts, sponsors, text, agenda, contact, ignore
    role: str | None
    pattern: re.Pattern[str]
    also: str | None = None  # a second role the heading names ('Welcome and moderation')


def _label(kind: str, role: str | None, *phrases: str) -> Label:
    alternation = "|".join(phrases)
    return Label(kind, role, re.compile(rf"(?:{alternation})", re.IGNORECASE))


# a letter with the vowel signs and joiners of the Indic scripts, which Python's \w leaves out ('දිනය', 'मिति')
# (and Khmer's: 'កាលបរិច្ឆេទ'; Lao's and the accents Yoruba stacks on a letter: 'ສະຖານທີ່', 'Ọjọ́', set 122)
LETTER = (
    r"(?:(?![\d_])[\w\u0300-\u036f\u0900-\u0dff\u0e80-\u0eff\u1780-\u17dd\u200c\u200d])"  # one class: no backtracking
)

LABELS = (
    _label(
        "date",
        None,
        r"date\s*(?:&|and|/)\s*time",
        r"dates?",
        r"when",
        r"time",
        r"(?:event|conference|meeting|workshop|symposium) dates?",
        # the same fields in other languages: 'Dato:', 'Tid:', 'Ajankohta:', 'Időpont:', 'Termin:', 'Heure :', 'Ώρα:'
        r"dato",
        r"tid",
        r"ajankohta",
        r"aika",
        r"időpont",
        r"termin",
        r"heure",
        r"ημερομηνία",
        r"ώρα",
        # Indonesian, Spanish and Portuguese, Romanian, Slovak, Estonian and Latvian (set 98): 'Hari/Tanggal:',
        # 'Waktu:', 'Fecha:', 'Horário:', 'Data:', 'Ora:', 'Dátum:', 'Čas:', 'Toimumisaeg:', 'Datums:', 'Laiks:'
        r"hari\s*/\s*tanggal",
        r"tanggal",
        r"waktu",
        r"fecha",
        r"hor[áa]rio",
        r"data",
        r"ora",
        r"dátum",  # (not the Swedish and German 'Datum', left as it was)
        r"čas",
        r"toimumisaeg",
        r"datums",
        r"laiks",
        # Lithuanian, Ukrainian and Serbian, Vietnamese, Swahili and Filipino (set 103): 'Kada:', 'Дата:', 'Час:',
        # 'Време:', 'Thời gian:', 'Tarehe:', 'Muda:', 'Petsa:', 'Oras:'
        r"kada",
        r"дата",
        r"датум",
        r"час",
        r"време",
        r"thời gian",
        r"tarehe",
        r"muda",
        r"petsa",
        r"oras",
        # Malay, Icelandic, Georgian and Korean (set 108): 'Tarikh:', 'Masa:', 'Hvenær:', 'თარიღი:', 'დრო:', '일시:'
        r"tarikh",
        r"masa",
        r"hvenær",
        r"თარიღი",
        r"დრო",
        r"일시",
        # Afrikaans, Azerbaijani, Sinhala, Amharic and Nepali (set 113): 'Tyd:', 'Tarix:', 'Vaxt:', 'දිනය:',
        # 'වේලාව:', 'ቀን፡', 'ሰዓት፡', 'मिति', 'समय'
        r"tyd",
        r"tarix",
        r"vaxt",
        r"දිනය",
        r"වේලාව",
        r"ቀን",
        r"ሰዓት",
        r"मिति",
        r"समय",
        # Armenian, Kazakh, Basque, Tamil, Khmer, Uzbek and Malagasy (set 118): 'Ամսաթիվ', 'Ժամ', 'Өтетін күні:',
        # 'Уақыты:', 'Ordua', 'நாள்:', 'நேரம்:', 'កាលបរិច្ឆេទ៖', 'ពេលវេលា៖', 'Sana:', 'Vaqt:', 'Daty:'
        r"ամսաթիվ",
        r"ժամ",
        r"(?:өтетін )?күні",
        r"уақыты",
        r"ordua",
        r"நாள்",
        r"நேரம்",
        r"កាលបរិច្ឆេទ",
        r"ពេលវេលា",
        r"sana",
        r"vaqt(?:i)?",
        r"daty",
        # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Өтүүчү күнү:', 'Убактысы:',
        # 'Vrijeme:', 'Zäit', 'Dáta:', 'Am:', 'Ọjọ́:', 'Àkókò:', 'তারিখ:', 'সময়:', 'ວັນທີ:', 'ເວລາ:', 'تاریخ:', 'وقت:'
        r"(?:өтүүчү )?күнү",
        r"убактысы",
        r"vrijeme",
        r"zäit",
        r"dáta",
        r"am",
        r"ọjọ́",
        r"àkókò",
        r"তারিখ",
        r"সময়",
        r"ວັນທີ",
        r"ເວລາ",
        r"تاریخ",
        r"وقت",
        # the date's and the time's fields, and the question 'when?' that modern sites ask, in the languages met
        # before that set 126's pages wrote other than their earlier pages: Turkish 'Tarih', 'Saat', Polish
        # 'Kiedy:', 'Godzina:', Ukrainian 'Коли:', Russian 'Когда:', 'Время:', Georgian 'როდის:', Korean '일 시' and
        # '일 자' (letter-spaced in a table's cell), '날짜', Czech 'Kdy:', Serbian 'Када:', Bulgarian 'Кога:',
        # Croatian 'Kad:', Hungarian 'Mikor:', Romanian 'Când:', German 'Wann:', Dutch 'Wanneer:', Chinese and
        # Japanese '时间', '時間', '日期', '日時'
        r"tarih(?:i)?",
        r"saat(?:i)?",
        r"kiedy",
        r"godz(?:ina|\.)?",
        r"коли",
        r"когда",
        r"время",
        r"როდის",
        r"일\s?[시자]",
        r"날짜",
        r"kdy",
        r"када",
        r"кога",
        r"kad",
        r"mikor",
        r"când",
        r"wann",
        r"wanneer",
        r"时间|時間|日期|日時",
    ),
    # Wix's event page: 'Time & Location' over the date's line, then the address's
    _label("place", "dated", r"(?:date|time)\s*(?:&|and)\s*(?:location|place|venue)"),
    _label(
        "place",
        None,
        r"location",
        r"venue",
        r"where",
        r"place",
        r"address",
        r"event location",
        r"room",
        r"in[- ]person",
        # the same field in other languages: 'Local:', 'Lugar:', 'Lieu :', 'Luogo:', 'Ort:', 'Helyszín:'
        r"local",
        r"lugar",
        r"sede",
        r"lieu",
        r"luogo",
        r"(?:veranstaltungs)?ort",
        r"loca(?:ți|ti)e",
        r"miejsce",
        r"m[íi]sto(?: kon[áa]n[íi])?",
        r"helysz[íi]n",
        # Catalan, Nordic, Dutch, Turkish, Croatian and Slovene: 'Lloc:', 'Sted:', 'Locatie:', 'Yer:', 'Mjesto:'
        r"lloc",
        r"sted",
        r"plats",
        r"locatie",
        r"yer",
        r"mjesto(?: održavanja)?",
        r"kraj",
        r"lokacija",
        r"paikka",  # Finnish and Greek: 'Paikka:', 'Τόπος:'
        r"τόπος",
        r"χώρος",
        # Indonesian, Romanian, Slovak, Estonian and Latvian (set 98): 'Tempat:', 'Locul:', 'Kde', 'Toimumiskoht'
        r"tempat",
        r"locul",
        r"miesto",
        r"kde",
        r"toimumiskoht",
        r"vieta",
        # Lithuanian, Ukrainian, Serbian, Vietnamese and Swahili (set 103): 'Kur:', 'Місце:', 'Место:', 'Địa điểm:',
        # 'Mahali:'
        r"kur",
        r"місце(?: проведення)?",
        r"место(?: одржавања)?",
        r"địa điểm",
        r"mahali",
        # Bulgarian, Albanian, Icelandic, Georgian and Korean (set 108): 'Място:', 'Vendi:', 'Hvar:', 'ადგილი:', '장소:'
        r"място",
        r"vendi",
        r"hvar",
        r"ადგილი",
        r"장소",
        # Afrikaans, Azerbaijani, Maltese, Sinhala, Amharic and Nepali (set 113): 'Plek:', 'Məkan:', 'Fejn:',
        # 'ස්ථානය:', 'ቦታ፡', 'स्थान'
        r"plek",
        r"məkan",
        r"fejn",
        r"ස්ථානය",
        r"ቦታ",
        r"स्थान",
        # Armenian, Kazakh, Basque, Tamil, Khmer, Uzbek and Malagasy (set 118): 'Վայր', 'Өтетін орны:', 'Lekua',
        # 'இடம்:', 'ទីកន្លែង៖', 'Manzil:', 'Toerana:'
        r"վայր",
        r"(?:өтетін )?орны",
        r"lekua",
        r"இடம்",
        r"ទីកន្លែង",
        r"manzil",
        r"toerana",
        # Kyrgyz, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Өтүүчү жери:', 'Plaz', 'Ionad:',
        # 'Ibi:', 'স্থান:', 'ສະຖານທີ່:', 'مقام:'
        r"(?:өтүүчү )?жери",
        r"plaz",
        r"ionad",
        r"ibi",
        r"স্থান",
        r"ສະຖານທີ່",
        r"مقام",
        # and 'where?' (set 126): Polish 'Gdzie:', Ukrainian 'Де:', Russian 'Где:', Georgian 'სად:', Korean '장 소'
        # (letter-spaced), Turkish 'Nerede:', Croatian 'Gdje:', Bulgarian 'Къде:', Romanian 'Unde:', German 'Wo:',
        # Dutch 'Waar:', Italian 'Dove:', Spanish '¿Dónde?', Portuguese 'Onde:', Chinese and Japanese '地点', '場所'
        r"gdzie",
        r"де",
        r"где",
        r"სად",
        r"장\s소",
        r"nerede",
        r"gdje",
        r"къде",
        r"unde",
        r"wo",
        r"waar",
        r"dove",
        r"¿?d[óo]nde\??",
        r"onde",
        r"地点|場所",
    ),
    _label(
        "people",
        "moderator",
        r"moderators?",
        r"moderated by",
        r"moderation",
        r"presider",
        r"presiding",
        r"interviewers?",
        r"facilitators?",
        r"facilitated by",
        # who runs the programme on stage, as African, Asian and Caribbean programmes name her
        r"(?:masters?|mistress(?:es)?) of ceremon(?:y|ies)",
        r"comp[eè]re",  # the master of ceremonies, as British and Nigerian programmes name her
        r"emcee",
        r"mc",  # Indonesian and Malaysian programmes' master of ceremonies
        r"moderating",
        r"in conversation with",
        r"interlocut(?:ors?|eurs?|rices?)",  # a book talk's 'Interlocutor:', who holds the conversation with the author
        r"interviewed by",
        r"conversation moderated by",
        r"(?:(?:conversation|discussion|questions) )?led by",  # a programme item's 'Led by X, journalist'
        # the same heading in the languages of the pages' other side ('Modera:', 'Modérateur', 'Moderador')
        r"modera(?:dor|dora|dores|tore|trice)?",
        r"mod[ée]rat(?:eur|rice)s?",
        r"anim[ée]e? par",
        r"moderaci[óo]n",
        r"mod[ée]ration",
        r"modera[çc][ãa]o",
        r"media[çc][ãa]o",  # Brazilian: 'Mediação: X'
        r"moderacja",
        r"moderiert von",
        # Italian 'Coordina', Czech 'Moderuje', Croatian and Slovene 'Moderira', 'Moderatorica', Norwegian
        # and Danish 'Ordstyrer', Turkish 'Moderatör', Dutch 'Gespreksleider'
        r"coordina(?:no)?",
        # Spanish 'Coordinador(a)' heads whoever moderates (the English 'Coordinator' is also an Indian
        # programme's organising coordinator, set 44, and stays unread)
        r"coordinador(?:a|es)?",
        r"moderuj[eí]",
        r"moder[áa]tor(?:ka)?",
        r"moderira",
        r"moderatorica",
        r"ordstyrer",
        r"moderatör",
        r"gespreksleid(?:er|ster|ing)",
        # Swedish, Polish, Greek: 'Samtalsledare:', 'Prowadzenie:', 'Συντονισμός:'
        r"samtalsledare",
        r"prowadz(?:enie|ący|ąca)",
        r"συντονισμός",
        r"συντονιστ(?:ής|ρια)",
        # Latvian and Estonian (set 98): 'Moderē:', 'modereerib'; Quebec French 'Période de questions animée par'
        r"moderē",
        r"modereerib",
        r"période de questions anim[ée]e? par",
        # Lithuanian, Serbian and Ukrainian, Swahili and Filipino (set 103): 'Moderuoja:', 'Модератор:',
        # 'Модераторка:', 'Mwongoza mjadala:', 'Tagapagpadaloy:'
        r"(?:diskusiją )?moderuoja",
        r"модератор(?:ка)?",
        r"модерира",
        r"mwongoza(?:ji)?(?: wa)? mjadala",
        r"tagapagpadaloy",
        # Albanian, Icelandic, Georgian and Thai (set 108): 'Moderon:', 'Umræðum stýrir X', 'მოდერატორი:',
        # 'ดำเนินรายการโดย X'
        r"moderon",
        r"moderator(?:e|ja)",
        r"umræðum stýrir",
        r"მოდერატორი",
        r"(?:ผู้)?ดำเนินรายการ(?:โดย)?",
        # Japanese and Chinese (sets 61 and later): '司会：X', '主持人：X'
        r"司会(?:者)?",
        r"主持人?",
        r"(?:مدير|إدارة|يدير) الجلسة|مدیر جلسه",  # Arabic and Persian: 'مدير الجلسة: X'
        # Maltese, Sinhala, Amharic and Nepali (set 113): 'Moderatur', 'මෙහෙයවීම:', 'አወያይ፡', 'सहजकर्ता :'
        r"moderatur",
        r"මෙහෙයවීම",
        r"አወያይ",
        r"सहजकर्ता",
        # Basque, Tamil, Khmer and Malagasy (set 118): 'Moderatzailea:', 'நெறியாளர்:', 'អ្នកសម្របសម្រួល៖', 'Mpitarika
        # ny adihevitra:'
        r"moderatzailea",
        r"நெறியாளர்",
        r"អ្នកសម្របសម្រួល",
        r"mpitarika ny (?:adihevitra|fotoana)",
        # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Moderatioun:',
        # 'Alákòóso ìjíròrò:', 'সঞ্চালক:', 'ຜູ້ດຳເນີນລາຍການ:', 'نظامت:'
        r"moderatioun",
        r"alákòóso(?: ìjíròrò)?",
        r"সঞ্চালক(?:ের দায়িত্বে)?",
        r"ຜູ້ດຳເນີນ(?:ລາຍການ|ການສົນທະນາ|ການ)",
        r"نظامت|میزبان",
        # and in the languages met before, as set 126's new pages name her: Turkish 'Moderatör', Korean '사회' (the
        # programme's master of ceremonies, letter-spaced or not), Ukrainian 'Модерує розмову', 'Модераторка', Polish
        # 'Prowadzenie', 'Prowadząca', Vietnamese 'Điều phối', Georgian 'მოდერატორი', 'წამყვანი', Nepali 'सहजीकरण'
        r"moderatör",
        r"사\s?회(?:자)?",
        r"модер(?:ує|ують)(?: розмову| дискусію)?",
        r"модератор(?:ка)?",
        r"ведуч(?:ий|а)",
        r"prowadzenie",
        r"prowadząc[ay]",
        r"(?:người )?điều phối",
        r"მოდერატორი",
        r"წამყვანი",
        r"(?:छलफलको )?सहजीकरण",
    ),
    _label(
        "people",
        "panelist",
        r"panel(?:l?ists?)?",  # 'Panellists' (British)
        r"panelistas?",  # Spanish, Portuguese
        r"pan[ée]listes?",  # French
        r"panel (?:[ivx]+|\d+|one|two|three|four|five)",
        r"panel ?members",
        r"(?:round ?table|panel|discussion) participants",  # 'Roundtable participants: A (Body); B (Body)'
        # 'Speakers in the dialogue' over the cards of a programme's dialogue or panel
        r"speakers (?:in|on|for) the (?:dialogue|panel|roundtable|round table|debate|panel discussion)",
        r"committee members(?: attending| present)?",  # a committee's hearing: its members hear the witnesses
        r"questioners",  # a candidates' debate's journalists, who put the questions as a panel
        r"panelists include",
        r"resource persons?",  # a South Asian or African roundtable's members, under its moderator
        r"podiumsdiskussion(?: mit)?",
        r"dyskusja panelowa(?: z udziałem)?",
        # a discussion's members in Catalan, Croatian, Slovene, Czech, Norwegian, Turkish and Dutch
        r"hi participen",
        r"sudjeluju",
        r"sodelujejo",
        r"diskutuj[íi]",
        r"panelsamtale(?: med)?",
        r"panelistler",
        r"debat met",
        # Swedish, Danish, Polish and Finnish: 'Medverkande:', 'Paneldeltagere:', 'Udział wezmą:', 'Panelistit:'
        r"medverkande",
        r"paneldeltagere",
        r"panelister",
        r"udział (?:w (?:debacie|dyskusji|panelu) )?wezmą",
        r"panelistit",
        # Indonesian, Slovak, Estonian, Romanian and Latvian (set 98): 'Narasumber' under 'Diskusi Panel',
        # 'Panelová diskusia', 'Arutelus osalevad', 'Participă', 'Piedalās' under 'Paneļdiskusija'
        r"narasumber",
        r"diskusi panel",
        r"panelov[áa] diskusia",
        r"paneelarutelu",
        r"(?:arutelus )?osalevad",
        r"participă",
        r"piedalās",
        r"paneļdiskusija",
        # Lithuanian, Serbian, Ukrainian, Swahili and Filipino (set 103): 'Dalyvauja:', 'Учествују:', 'Учасники
        # дискусії:', 'Wanajopo:', 'Mga Panelista:'
        r"(?:diskusijoje )?dalyvauja",
        r"учествују",
        r"учесници(?: дискусије)?",
        r"учасники(?: дискусії| панелі)?",
        r"wanajopo",
        r"(?:mga )?panelista",
        # Malay, Albanian, Icelandic, Georgian, Thai, Chilean Spanish and Bulgarian (set 108): 'Ahli Panel:',
        # 'Panelistë:', 'Í pallborði sitja:', 'დისკუსიაში მონაწილეობენ:', 'ผู้ร่วมเสวนา', 'Panelistas:', 'Участват:'
        r"ahli panel",
        r"panelist(?:ë|ët|et)",
        r"í pallborði(?: sitja| eru)?",
        r"(?:დისკუსიაში )?მონაწილეობენ",
        r"ผู้ร่วมเสวนา",
        r"パネリスト",  # Japanese and Chinese
        r"与谈人|與談人",
        r"panelistas",
        r"участват",
        r"discussion with",
        # 'Roundtable discussion with:' over a list ('Roundtable Discussion – X' is a title)
        r"round-?table discussion with",
        r"panel discussion",
        r"panel (?:conversation|debate)",  # a programme's heading over its panel's members
        r"discussion",
        # Sinhala, Amharic, Azerbaijani, Maltese and Afrikaans (set 113): 'සාකච්ඡාවට සහභාගී වන්නන්:', 'ተወያዮች፡',
        # 'Dəyirmi masanın iştirakçıları:', 'Diskussjoni – se jipparteċipaw:', 'Paneellede:'
        r"සාකච්ඡාවට සහභාගී වන්නන්",
        r"ተወያዮች",
        r"(?:dəyirmi masanın |müzakirənin )?iştirakçıları",
        r"(?:diskussjoni\s*[–-]\s*)?(?:se )?jipparteċipaw",
        r"paneellede",
        # Armenian, Kazakh, Basque, Tamil, Mongolian, Khmer, Uzbek and Malagasy (set 118): 'Քննարկմանը մասնակցում
        # են՝', 'Талқылауға қатысатындар:', 'Parte-hartzaileak:', 'பங்கேற்பாளர்கள்:', 'Хэлэлцүүлэгт оролцогчид:',
        # 'កិច្ចពិភាក្សាតុមូល ជាមួយ៖', 'Muhokamada ishtirok etadilar:', 'Mpandray anjara:'
        r"(?:քննարկմանը )?մասնակցում են",
        r"талқылауға қатысатындар",
        r"parte-hartzaileak",
        r"பங்கேற்பாளர்கள்",
        r"хэлэлцүүлэгт оролцогчид",
        r"កិច្ចពិភាក្សាតុមូល(?: ជាមួយ)?",
        r"muhokamada ishtirok etadi(?:lar)?",
        r"mpandray anjara",
        # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Талкууга
        # катышуучулар:', 'Učestvuju:',
        # 'Et diskutéieren:', 'Beidh ar an bpainéal:', 'Àwọn tí yóò kópa nínú ìjíròrò:', 'ຜູ້ຮ່ວມສົນທະນາ:', 'شرکائے گفتگو:'
        r"(?:талкууга )?катышуучулар",
        r"učestvuju|sudjeluju",
        r"et diskutéieren",
        r"es diskutieren",  # the German of it (set 52)
        r"beidh ar an bpainéal|painéal",
        r"àwọn tí yóò kópa(?: nínú ìjíròrò)?",
        r"ຜູ້ຮ່ວມ(?:ສົນທະນາ|ອະພິປາຍ)",
        r"شرکائے (?:گفتگو|مباحثہ)",
        # set 126: Polish 'Paneliści', Turkish 'Panelistler', Ukrainian 'Дискусія за участі', 'Учасники дискусії',
        # Russian 'Участники дискуссии', Korean '패널'
        r"paneli[sś]ci",
        r"panelistler",
        r"дискусія за участ(?:і|ю)",
        r"учасники (?:дискусії|панелі)",
        r"участники дискуссии",
        r"패\s?널",
    ),
    _label(
        "people",
        "keynote",
        r"keynote(?: speakers?| address(?:es)?| remarks| speech"
        r"| conversation| presentation)?(?: by)?",
        r"presidential (?:address|lecture)",
        r"featured? address(?: by)?",  # the Caribbean's and West Africa's 'Feature Address'
        r"plenary (?:address|lecture|speakers?)",
        r"(?:opening|closing|inaugural) keynote(?: address| lecture| speech)?",
        r"conf[ée]rence (?:d'ouverture|inaugurale|d'honneur)",  # 'Conférence d'ouverture / Opening keynote'
        r"conferencia (?:inaugural|magistral)",  # Spanish: the opening or keynote lecture
        r"communication introductive",  # French: the talk that opens a conference (set 52)
        r"inaugural address(?: by)?",  # an Indian programme's address by the official who opens it
        r"báo cáo đề dẫn",  # Vietnamese: the talk that opens a seminar (set 103)
        r"ucaptama",  # Malay, Thai and Korean (set 108): 'Ucaptama:', 'ปาฐกถาพิเศษ เรื่อง “…”', '기조강연'
        r"(?:الكلمة|المحاضرة) الرئيسية",  # Arabic
        r"ปาฐกถา(?:พิเศษ|นำ)?(?: เรื่อง)?",
        r"基調講演",  # Japanese and Chinese
        r"主旨演讲|主题演讲|主題演講",
        r"기조\s?강연",
        # Sinhala, Afrikaans and Maltese (set 113): 'ආරම්භක දේශනය' (the inaugural lecture), 'Hoofrede',
        # 'Indirizz ewlieni'
        r"(?:ආරම්භක|ප්‍රධාන) දේශනය",
        r"hoofrede",
        r"indirizz ewlieni",
    ),
    # South Asian and West African programmes: the guests of honour speak after the welcome
    _label(
        "people",
        "featured-remarks",
        r"featured remarks(?: by)?",
        r"special remarks(?: by)?",
        r"special address(?: by)?",
        # a Philippine programme's 'Message' or 'Inspirational Message' by a guest official (sets 100, 111; not a
        # Nigerian forum's 'Goodwill Messages', the floor's)
        r"(?:inspirational |special )?message",
        r"ministerial (?:address|remarks|statement)(?: by)?",  # a minister's, as a guest of honour's, remarks
        r"(?:chief|special) guests?(?: of hono(?:u)?r)?",
        r"guests? of hono(?:u)?r",
        # 'Inaugural Address by the Chief Guest: X'
        # ('Speech of the Chief Guest:' in Bangladeshi programmes)
        r"(?:(?:inaugural|special) )?(?:address|remarks|speech) (?:by|of) the"
        r" (?:(?:chief|special) guest(?: of hono(?:u)?r)?|guest of hono(?:u)?r)",
        # 'Official opening by the Guest of Honour, Hon. X' (sets 42, 45, 50, 88)
        r"(?:official )?opening by the (?:(?:chief|special) guest(?: of hono(?:u)?r)?|guest of hono(?:u)?r)",
        # a Nigerian book launch: the guest who formally launches the book ('Chief Launcher')
        r"(?:chief |co-?)?launchers?",
        r"formal launch(?:ing)? of the (?:book|report|volume)",
        # Swahili: the guest of honour ('Hotuba ya ufunguzi – Mgeni Rasmi: X', set 103)
        r"(?:hotuba ya ufunguzi\s*[–-]\s*)?mgeni rasmi",
        # Nepali (set 113): the chief guest's remarks, 'प्रमुख अतिथिको मन्तव्य'
        r"प्रमुख अतिथि(?:को मन्तव्य)?",
        # Tamil (set 118): the chief guest's special address, 'சிறப்புரை', after releasing the report
        r"(?:ஆய்வறிக்கை வெளியீடு மற்றும் )?சிறப்புரை",
        # Bengali and Urdu (set 122): the chief and special guests' addresses, 'প্রধান অতিথির বক্তব্য', 'বিশেষ অতিথির
        # বক্তব্য', 'مہمانِ خصوصی کا خطاب'
        r"(?:প্রধান|বিশেষ) অতিথি(?:র বক্তব্য)?",
        r"مہمانِ? (?:خصوصی|اعزاز)(?: کا خطاب)?",
    ),
    _label(
        "people",
        "introductory-remarks",
        r"introductory remarks(?: by)?",
        r"welcome (?:and|&) (?:introductions?|opening remarks)",
        r"opening (?:and|&) welcome",
        r"opening remarks(?: by)?",
        r"opening speech(?: by)?",
        r"allocution d['’]ouverture",  # French: the opening address
        r"(?:opening|welcom(?:e|ing)) address(?: by)?",
        r"(?:opening|welcoming) words(?: by)?",
        r"congratulatory (?:remarks|address)(?: by)?",  # Korean and Japanese forums' opening session
        r"welcom(?:e|ing) remarks(?: by)?",
        r"welcome(?: by)?",
        # 'Prayer and welcome – X': a prayer that opens the welcome, led by the one who welcomes
        r"(?:opening )?(?:prayers?|karakia|blessing|invocation) (?:and|&) welcome(?: by)?",
        # 'Welcome on behalf of the Bar – X': a second welcome, by the co-host's head
        r"welcome (?:remarks |address )?on behalf of (?:the )?(?:[\w'’-]+ ){0,4}[\w'’-]+",
        r"greetings?(?: by| from)?",  # an Israeli or Central European programme's first item
        r"mihi(?: whakatau)?(?: by)?",  # the welcome that opens a Māori gathering
        r"welcome to country(?: by)?",  # an Aboriginal elder's welcome that opens an Australian one
        # the same of a First Nation's elder or chief in Canada: 'Welcome to Treaty 6 territory'
        r"welcome to (?:[\w'’-]+ ){1,3}(?:territory|lands?)",
        r"introduction(?: by)?",
        r"introduced by",
        r"opening",
        r"saluti(?: istituzionali| di benvenuto| iniziali)?",
        r"begrü(?:ss|ß)ung",
        r"gru(?:ss|ß)worte?(?: von)?",  # German: a greeting that opens the day, a host's or a guest's
        r"mots? de bienvenue(?: par)?",
        r"mots? d['’]accueil",
        r"accueil",
        r"(?:palabras de )?bienvenida",
        r"inauguraci[óo]n",  # Spanish programmes: the opening by the rector or dean
        r"boas-vindas",
        r"abertura",
        r"sess[ãa]o de abertura",  # European Portuguese
        # Indonesian, Slovak, Estonian, Romanian and Latvian (set 98): 'Pembukaan dan Sambutan', 'Otvorenie a
        # privítanie', 'Avasõnad', 'Cuvânt de deschidere', 'Atklāšanas uzruna'
        r"pembukaan(?: dan sambutan)?",
        r"sambutan(?: pembukaan)?",
        r"otvorenie(?: a privítanie)?",
        r"privítanie",
        r"avasõna(?:d)?",
        r"cuv[âa]nt(?:ul)? de (?:deschidere|bun venit)",
        r"atklāšana(?:s uzruna)?",
        r"inauguraci[óo]n",  # Spanish: the opening of a colloquium or congress
        r"otwarcie",
        r"powitanie",
        # Catalan, Czech, Norwegian and Danish, Swedish, Turkish, Croatian, Slovene and Dutch
        r"benvinguda",
        r"benvida",  # Galician
        r"[úu]vodn[íi] slovo",
        r"velkommen(?: ved)?",
        r"välkomna(?:nde)?",
        r"açılış(?: konuşması)?",
        r"pozdravn[ae] riječi?",
        r"(?:pozdravni|uvodni) (?:nagovor|pozdrav)",
        r"verwelkoming",
        r"welkom(?:stwoord)?",
        # Swedish, Danish, Finnish, Hungarian and Greek: 'Välkommen', 'Velkomst', 'Avaus', 'Köszöntő', 'Χαιρετισμός'
        r"välkommen",
        r"velkomst",
        r"avaus(?:sanat)?",
        r"tervetuliaissanat",
        r"köszöntő",
        r"χαιρετισμ(?:ός|οί)",
        # Lithuanian, Serbian, Ukrainian, Argentine Spanish, Vietnamese, Swahili and Filipino (set 103)
        r"sveikinimo žodis",
        r"уводна реч",
        r"вітальне слово",
        r"apertura(?: a cargo de)?",
        r"(?:phát biểu )?khai mạc",
        r"neno la (?:ukaribisho|makaribisho)",
        r"pambungad na pananalita",
        # Bulgarian, Malay, Albanian, Icelandic, Georgian, Thai and Korean (set 108)
        r"(?:откриване и )?приветствие",
        r"ucapan alu-aluan",
        r"fjal(?:a|ë) (?:hyrëse|përshëndetëse)",
        r"setning",
        r"მისასალმებელი სიტყვა",
        r"กล่าว(?:เปิด|ต้อนรับ)\S*",
        r"개회사",
        r"(?:ال)?كلمة (?:ال)?(?:افتتاحية|ترحيبية)",  # Arabic: 'كلمة افتتاحية: X'
        r"開会(?:挨拶|あいさつ|の辞)",  # Japanese and Chinese
        r"开幕致辞|開幕致詞",
        r"환영사",
        # Macedonian, Afrikaans, Sinhala, Amharic, Azerbaijani, Maltese and Nepali (set 113)
        r"поздравн(?:о обраќање|и говори|и зборови)",
        r"verwelkoming",
        r"පිළිගැනීමේ කතාව",
        r"የእንኳን ደህና መጣችሁ ንግግር",
        r"የመክፈቻ ንግግር",
        r"açılış nitqi",
        r"salamlama(?: nitqi)?",
        r"kelma ta' merħba",
        r"स्वागत मन्तव्य",
        # Armenian, Kazakh, Basque, Tamil, Mongolian, Khmer, Uzbek and Malagasy (set 118)
        r"ողջույնի խոսք",
        r"құттықтау сөз",
        r"ongietorria",
        r"வரவேற்புரை",
        r"нээлтийн үг",
        r"мэндчилгээ",
        r"(?:សុន្ទរកថា|មតិ)ស្វាគមន៍",
        r"(?:kirish|tabrik) so['‘ʻ]zi",
        r"kabary fandraisana",
        r"teny fanokafana",
        # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122)
        r"ачылыш сөз",
        r"куттуктоо сөз",
        r"pozdravn[ae] riječ",
        r"uvodno obraćanje",
        r"begréissung(?:swuert)?",
        r"fáilte",
        r"ọ̀rọ̀ (?:ìkíni káàbọ̀|ìṣíde|ìbẹ̀rẹ̀)",
        r"স্বাগত বক্তব্য",
        r"ກ່າວ(?:ຕ້ອນຮັບ|ເປີດ)",
        r"استقبالیہ (?:کلمات|خطاب)",
        # set 126, the languages met before: Turkish 'Protokol konuşmaları', 'Açılış konuşmaları', Polish 'Powitanie
        # gości', 'Słowo wstępne', Ukrainian 'Відкриття', 'Вітальне слово', 'Вступне слово', Vietnamese 'Phát biểu khai
        # mạc', 'Phát biểu chào mừng', Georgian 'შესავალი სიტყვა', 'მისალმება', Korean '개회사', '축사' (in the
        # opening, set 26), '환영사', '인사말'
        r"protokol konuşmaları",
        r"açılış konuşmaları",
        r"hoş geldiniz(?: konuşması)?",
        r"powitanie(?: gości| uczestników)?",
        r"słowo wstępne",
        r"відкриття",
        r"вітальне слово",
        r"вступне слово",
        r"приветственное слово",
        r"phát biểu (?:khai mạc|chào mừng)",
        r"შესავალი სიტყვა",
        r"მისალმება",
        r"개\s?회\s?사",
        r"축\s?사",
        r"환\s?영\s?사",
        r"인사말",
    ),
    _label(
        "people",
        "closing-remarks",
        r"closing remarks(?: by)?",
        r"concluding remarks(?: by)?",
        r"closing",
        r"vote of thanks(?: by)?",
        r"closing words",
        r"summing up",  # a seminar's last item, its chair's summing up (set 59's 'will be summed up by')
        # a chair's last item: 'Summary and close', 'Summary and closing remarks'
        r"(?:summary|synthesis|wrap[- ]up|conclusions?) (?:and|&) (?:close|closing remarks|concluding remarks)",
        # the host's last word: 'Thanks and close', 'Close and thanks'
        r"thanks (?:and|&) close",
        r"close (?:and|&) thanks",
        r"(?:synth[eè]se et )?(?:mots? de )?cl[ôo]ture",
        r"valedictory (?:address|remarks|speech)(?: by)?",  # an Indian conference's closing session
        r"conclusioni",
        r"schlusswort",
        r"cl[ôo]ture",
        r"clausura",
        r"cierre",
        r"encerramento",
        r"slotwoord",
        r"cloenda",
        r"kapanış(?: konuşması)?",
        r"afslutning",
        r"avslutning",
        r"z[áa]věr",
        r"zaključ(?:na riječ|na beseda|ak)",
        r"afrunding",  # Danish, Finnish, Hungarian and Polish: 'Afrunding', 'Loppusanat', 'Zárszó', 'Zakończenie'
        r"(?:loppu|päätös)sanat",
        r"zárszó",
        r"zakończenie",
        # Indonesian, Estonian, Romanian and Latvian (set 98): 'Penutupan', 'Kokkuvõte ja lõppsõna', 'Concluzii'
        r"penutup(?:an)?",
        r"(?:kokkuvõte ja )?lõppsõna",
        r"concluzii(?:le)?",
        r"noslēgums",
        # Lithuanian, Serbian, Ukrainian, Vietnamese, Swahili and Filipino (set 103); Swahili 'Neno la shukrani' is
        # the vote of thanks
        r"apibendrinimas",
        r"закључ(?:ци|ак|на реч)",
        r"підсумки",
        r"(?:tổng kết(?: và)? )?bế mạc",
        r"neno la shukrani(?: na kufunga)?",
        r"pangwakas na pananalita",
        # Malay, Albanian, Icelandic, Georgian, Thai and Korean (set 108)
        r"(?:rumusan dan )?penutup",
        r"përmbyllje",
        r"fjala përmbyllëse",
        r"lokaorð",
        r"შემაჯამებელი სიტყვა",
        r"(?:สรุปและ)?(?:กล่าว)?ปิด(?:การสัมมนา|งาน|การประชุม)",
        r"폐회사",
        r"閉会(?:挨拶|あいさつ|の辞)",  # Japanese and Chinese
        r"闭幕致辞|閉幕致詞",
        # Macedonian, Afrikaans, Sinhala (the vote of thanks), Amharic, Azerbaijani, Maltese and Nepali (set 113)
        r"завршни зборови",
        r"slotwoord(?: en bedankings?)?",
        r"ස්තුති කථාව",
        r"የመዝጊያ ንግግር",
        r"yekun söz",
        r"kelma ta' għeluq",
        r"धन्यवाद ज्ञापन",
        r"समापन मन्तव्य",
        # Armenian, Kazakh, Basque, Tamil (the vote of thanks), Mongolian, Khmer, Uzbek and Malagasy (set 118)
        r"ամփոփում",
        r"қорытынды сөз",
        r"amaiera",
        r"நன்றியுரை",
        r"хаалтын үг",
        r"សុន្ទរកថាបិទ(?:វេទិកា|សិក្ខាសាលា|កម្មវិធី)?",
        r"yakuniy so['‘ʻ]z",
        r"teny famaranana",
        # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122); the votes of
        # thanks 'Ọ̀rọ̀ ìdúpẹ́', 'ধন্যবাদ জ্ঞাপন', 'اظہارِ تشکر'
        r"жыйынтыктоочу сөз",
        r"(?:zaključci i )?završna riječ",
        r"schlusswuert",
        r"focal scoir",
        r"ọ̀rọ̀ (?:ìdúpẹ́|ìparí)",
        r"ধন্যবাদ জ্ঞাপন",
        r"ກ່າວປິດ",
        r"اظہارِ? تشکر",
        # set 126: Polish 'Podsumowanie i zamknięcie', Vietnamese 'Tổng kết, bế mạc', Turkish 'Kapanış konuşması',
        # Ukrainian 'Підсумки', Korean '폐회사', Georgian 'დახურვა'
        r"podsumowanie(?: i zamknięcie(?: [\w]+)?)?",
        r"zamknięcie(?: [\w]+)?",
        r"tổng kết(?:,? bế mạc(?: hội thảo)?)?",
        r"bế mạc(?: hội thảo)?",
        r"kapanış(?: konuşması)?",
        r"підсумки",
        r"폐\s?회\s?사",
        r"დახურვა",
        # Slovak and Czech: 'Záver', 'Záverečné slovo', 'Závěr a poděkování' (set 98), the item that closes the
        # programme, as 'Otvorenie' opens it
        r"záv[eě]r(?:ečné slovo)?(?: a (?:poďakovanie|poděkování))?",
    ),
    _label(
        "people",
        "chair",
        r"chairs?",
        r"chaired by",
        r"co-?chairs?",
        r"chairpersons?",
        # 'Chairman of the Occasion' (Nigerian and South Asian programmes), 'Chairperson of the day'
        r"chair(?:man|woman|person)(?: of the (?:occasion|day|session|meeting|event|program(?:me)?|ceremony))?",
        # 'Chairman's Opening Remarks – Justice X' (Ghanaian and Nigerian programmes): the chair speaks first
        r"chair(?:man|woman|person)['’]s (?:opening |introductory )?(?:remarks|address|statement)",
        # a briefing's or hearing's first item, 'Opening by the Chair': she chairs it (not a welcome by a guest)
        r"(?:opening|welcome|introduction) by the chair(?:man|woman|person)?",
        # ('Statement by the Chairman:' in Ghanaian programmes, 'Speech of the Chair:' in Bangladeshi ones)
        r"(?:remarks|statement|speech) (?:by|of) the chair(?:man|woman|person)?(?: of the (?:occasion|day))?",
        r"leitung",
        r"vorsitz",
        r"oturum başkanı",  # Turkish: the session's chair
        r"puheenjohtaja",  # Finnish
        r"chủ trì(?: tọa đàm| hội thảo)?",  # Vietnamese (set 103)
        r"fundarstjóri",  # Icelandic and Korean (set 108): the meeting's chair
        r"좌장",
        # an Indian programme's 'Presidential Remarks': the one who presides over the function speaks last
        r"presidential remarks(?: by)?",
        # Afrikaans and Nepali (set 113): 'Voorsitter (van die aand):', '(कार्यक्रमको) अध्यक्षता :'
        r"voorsitter(?: van die (?:aand|dag|geleentheid))?",
        r"(?:कार्यक्रमको )?अध्यक्षता",
        r"தலைமையுரை",  # Tamil (set 118): the presiding address
        # Bengali and Urdu (set 122): the presiding address, 'সভাপতির বক্তব্য', 'صدارتی کلمات'
        r"সভাপতির বক্তব্য|সভাপতিত্ব",
        r"صدارتی (?:کلمات|خطاب)|صدارت",
        # set 126: Korean '좌장' (letter-spaced or not), Vietnamese 'Chủ trì hội thảo', Turkish 'Oturum başkanı',
        # Polish 'Przewodniczący', Ukrainian 'Головує'
        r"좌\s?장",
        r"chủ trì(?: hội thảo| phiên)?",
        r"oturum başkanı",
        r"przewodnicząc[ay]",
        r"головує",
    ),
    # 'Reactors' (Philippine programmes) comment on a presentation as discussants do
    _label(
        "people",
        "discussant",
        r"discussants?",
        r"commentators?",
        r"comments(?: by)?",
        r"comment",  # a programme's 'Presentation' / 'Comment' / 'Moderation' headings
        r"comments? (?:by|from) the discussants?",  # 'Comments by the discussant, Professor X (Y)'
        r"commentary(?: by)?",  # 'Commentary' is also a menu item of think tanks' sites: over a person only
        r"reactors?",
        r"kommentare?",
        r"korreferat",
        r"discutant(?:e|s|es|·e·s|·es|·e)?",  # French inclusive writing: 'Discutant·e·s'
        r"coment[áa]rios?",
        r"comentaristas?",
        r"comentan?",  # Spanish: 'Comenta: X' under a panel
        r"comentador(?:es|as?)?",
        r"debatedor(?:es|as?)?",  # Brazilian: who comment on the paper presented
        # 'Ne discutono con l'autore' (Italian), 'Komentují' (Czech), 'Komentar' (Croatian, Slovene), Dutch, Turkish
        r"(?:ne )?discutono(?: con l['’]autor[ei])?",
        r"komentuj[eí]",
        r"komentar(?:ji)?",
        r"commentaar(?: door)?",
        r"müzakereci(?:ler)?",
        r"debaters",  # the same heading on a Brazilian site's English page
        # Finnish, Hungarian, Swedish and Danish: 'Kommenttipuheenvuorot', 'Hozzászólók', 'Kommentatorer'
        r"kommenttipuheenvuoro(?:t)?",
        r"kommentaattori(?:t)?",
        r"hozzászóló(?:k)?",
        r"kommentator(?:er)?",
        # Indonesian and Quebec French (set 98): 'Penanggap:', 'Réplique de M. X'
        r"penanggap",
        r"r[ée]plique(?: de)?",
        # a launch's 'Book Review': who reviews the book presented comments on it
        r"book review(?:ers?|s)?",
        r"review(?:ed)? of the book(?: by)?",
        r"reviews",  # a book presentation's 'Reviews' over its reviewers, or 'Reviewers'
        r"reviewers?",
        r"коментують",  # Ukrainian (set 103)
        r"komentuoja",
        # Bulgarian, Albanian and Korean (set 108): 'За книгата ще говорят:' (of a book presented), 'Komentues:',
        # '지정토론' (the appointed discussants), '토론:'
        r"за книгата (?:ще )?говорят",
        r"komentues(?:it)?",
        r"(?:지정\s?)?토론(?:자)?",
        # Macedonian and Nepali (set 113): 'Дискутанти:', 'टिप्पणी :' (comments on the paper)
        r"дискутант(?:и|ка)?",
        r"टिप्पणी(?:कार|कर्ता)?",
        # set 126: Turkish 'Değerlendirmeler', Korean '토론' (the designated discussants, letter-spaced or not),
        # '지정토론', Polish 'Komentarze', Ukrainian 'Коментатори', Georgian 'კომენტატორები', Nepali 'टिप्पणीकार'
        r"değerlendirmeler",
        r"değerlendiren(?:ler)?",
        r"토\s?론(?:자)?",
        r"지정\s?토론(?:자)?",
        r"komentarze",
        r"komentator(?:zy|ka)?",
        r"коментатор(?:и|ка)?",
        r"კომენტატორები",
        r"टिप्पणीकार",
        # Georgian 'კვლევას კომენტარს გაუკეთებენ:' (they will comment on the study) over its list, Bengali 'আলোচক:'
        # and 'আলোচকবৃন্দ:' (set 122)
        r"(?:\w+ )?კომენტარს გაუკეთებ\w*",
        r"আলোচক(?:বৃন্দ|গণ)?",
    ),
    # 'Response from the Ministry': a programme item naming who responds, her person on the next line
    _label(
        "people",
        "respondent",
        r"respondents?",
        r"responses?(?: by| from)?",  # 'Responses from' over a list of names
        r"responses? from the [\w ]{3,40}",
        r"r[ée]actions?",
        r"respondente?",  # Afrikaans (set 113)
        r"responding",  # a lecture's 'Responding:' over its respondents' lines
    ),
    # 'Presentation of the study', 'Presentation of findings': who presents the work
    # ('Presentation of Policy Brief No. 11/2024': a number in the name)
    _label(
        "people",
        "presenter",
        r"presenters?",
        # ('Launch and presentation of Policy Brief No. 4/2026': the authors launch what they present)
        r"(?:(?:launch|release) (?:and|&) )?presentations?(?: of (?:the )?(?:[\w'’./-]+ ){0,4}[\w'’./-]+)?",
        # two numbered works presented together ('Presentation of Working Paper WP 2024-03 and Policy Brief No. 7';
        # not 'Presentation of the X Foreign and Security Policy Yearbook', a title), and by their authors
        # ('Launch and presentation of Research Report 47 by the report's authors')
        r"presentations? of (?:the )?(?:[\w'’./-]+ ){0,4}[\w'’./-]*\d[\w'’./-]*"
        r" and (?:the )?(?:[\w'’./-]+ ){0,4}[\w'’./-]*\d[\w'’./-]*",
        r"(?:launch and )?presentations? of (?:the )?(?:[\w'’./-]+ ){0,4}[\w'’./-]+"
        r" by (?:the|its|their) (?:[\w'’-]+ )?(?:authors?|(?:co-)?editors?)",
        r"presentations? (?:\d{1,2}|[ivx]{1,4})",  # a programme's numbered 'Presentation 2: Its title'
        # 'Release of the Report' over its authors (a launch's programme item), 'Launch of Ocean Policy Paper
        # 2026/1 – its authors', 'Release of Technical Report No. 2025-02'
        r"release of the (?:report|paper|study|brief|book|findings)",
        r"(?:release|launch) of (?:the )?(?:[\w'’./-]+ ){0,5}?(?:report|paper|study|brief|monitor|survey|index)"
        r"(?: (?:no\.? ?)?[\w./-]*\d[\w./-]*)?",
        r"presenting(?: (?:the|our|its|their) (?:[\w'’-]+ ){0,3}?(?:paper|report|study|findings|brief|research))?",
        # a launch's 'About the issue' item: the issue's editors present it (a book's author speaks, set 38)
        r"about the (?:issue|volume|report|paper|study)",
        # 'Overview of the report: X, Lead Author': its author gives the overview
        r"overview of (?:the )?(?:[\w'’./-]+ ){0,2}(?:report|paper|study|brief|findings|survey)",
        # the same in French and Portuguese: 'Présentation du Cahier', 'Apresentação do documento'
        r"pr[ée]sentation(?: (?:du|de la|de l['’]|des) (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"apresenta[çc][ãa]o(?: d[oa]s? (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        # and in Spanish, German and Polish: 'Presentación del libro', 'Vorstellung Discussion Paper 7/2026',
        # 'Prezentacja wyników raportu'
        r"presentaci[óo]n(?: (?:del?|de la|de los|de las|d[oa]s?) (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",  # (Galician 'do')
        r"vorstellung(?: (?:[\w'’./-]+ ){0,4}[\w'’./-]+)?",
        r"prezentacja(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"představení(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",  # Czech: 'Představení studie'
        # Indonesian, Slovak and Romanian (set 98): 'Pemaparan Kertas Kebijakan', 'Prezentácia analýzy',
        # 'Prezentarea raportului'
        r"pemaparan(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"prezent[áa]cia(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"prezentarea(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        # Lithuanian, Serbian, Ukrainian, Swahili and Filipino (set 103): 'Studijos pristatymas', 'Представљање
        # резултата анкете „…“', 'Презентація звіту', 'Uwasilishaji wa ripoti', 'Pagtatanghal ng Papel …'
        r"(?:[\w]+ )?pristatymas",
        r"представљање(?: [^:]{1,80})?",
        r"презентація(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"uwasilishaji(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"(?:paglulunsad at )?pagtatanghal(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        # Malay, Albanian, Georgian and Thai (set 108): 'Pelancaran dan Pembentangan Laporan …', 'Prezantimi i
        # gjetjeve', 'პოლიტიკის დოკუმენტის პრეზენტაცია' (what is presented before the word), 'นำเสนอรายงาน…'
        r"(?:pelancaran dan )?pembentangan(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"prezantimi(?: (?:[\w'’./-]+ ){0,3}[\w'’./-]+)?",
        r"(?:\w+ ){0,3}პრეზენტაცია",
        r"นำเสนอ\S*(?: ฉบับที่ \S+)?",
        # a data release's items: 'Findings of Special Report #21', 'Introducing the 2025 survey data'
        r"(?:main |key )?findings of (?:the )?(?:[\w'’./#-]+ ){0,3}[\w'’./#-]+",
        r"introducing (?:the )?(?:[\w'’./-]+ ){0,3}(?:data(?:set)?|report|study|survey|index|findings|issue|volume)",
        r"(?:report|paper|study|survey|index) release",  # a programme's 'Report Release: Its Title', by its author
        # Macedonian, Sinhala, Amharic, Azerbaijani, Maltese and Nepali (set 113): 'Презентација на наодите',
        # 'පර්යේෂණ වාර්තාව … ඉදිරිපත් කිරීම', 'የጥናቱ ውጤት ገለጻ', 'Siyasət sənədinin təqdimatı', 'Preżentazzjoni
        # tar-rapport', 'नीति पत्र प्रस्तुति'
        r"презентација на (?:наодите|анализата|истражувањето|студијата)(?: од (?:анализата|истражувањето|студијата))?",
        r"(?:පර්යේෂණ වාර්තාව (?:එළිදැක්වීම සහ )?)?ඉදිරිපත් කිරීම",
        r"(?:የጥናቱ ውጤት )?ገለጻ",
        r"(?:[\w ]{3,40} )?(?:sənədinin|hesabatın|araşdırmanın) təqdimatı",
        r"preżentazzjoni tar-(?:rapport|riċerka|studju)",
        r"(?:[\u0900-\u097f ]{2,30} )?प्रस्तुति",
        # Armenian, Kazakh, Basque, Tamil, Mongolian, Khmer, Uzbek and Malagasy (set 118): the study's authors present
        # it: 'Ուսումնասիրության արդյունքների ներկայացում', 'Баяндама таныстырылымы', 'Azterlanaren aurkezpena',
        # 'ஆய்வறிக்கை முன்வைப்பு', 'Судалгааны тайлангийн танилцуулга', 'បទបង្ហាញលទ្ធផលស្រាវជ្រាវ', 'Tahliliy
        # ma’ruza taqdimoti', 'Fanolorana ny valin'ny fikarohana'
        r"(?:ուսումնասիրության|հետազոտության|զեկույցի) (?:արդյունքների )?ներկայացում",
        r"(?:[\w ]{3,40} )?баяндама(?:ның)? таныстырылымы",
        r"(?:azterlanaren|txostenaren|ikerketaren) aurkezpena",
        r"ஆய்வறிக்கை (?:முன்வைப்பு|வெளியீடு)",
        r"(?:[\w ]{3,40} )?(?:тайлангийн|судалгааны) танилцуулга",
        r"បទបង្ហាញ(?:លទ្ធផល)?(?:ស្រាវជ្រាវ|របាយការណ៍)?",
        r"(?:[\w ]{3,40} )?(?:ma['’ʼ]ruza|hisobot|tadqiqot) taqdimoti",
        r"fanolorana ny (?:valin['’]ny )?(?:fikarohana|tatitra)",
        # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Саясий
        # серептин жыйынтыктарын тааныштыруу',
        # 'Predstavljanje analize', 'Presentatioun vun der Etüd', 'Cur i láthair an taighde', 'Ìgbékalẹ̀ àbájáde ìwádìí',
        # 'মূল প্রবন্ধ উপস্থাপন', 'ນຳສະເໜີຜົນການຄົ້ນຄວ້າ', 'تحقیقی رپورٹ کی پیشکش'
        r"(?:[\w ]{3,40} )?(?:жыйынтыктарын )?тааныштыруу",
        r"predstavljanje (?:analize|istraživanja|studije|izvještaja)(?: [„“\"][^„“”\"]{2,60}[”“\"])?",
        r"presentatioun vun der (?:etüd|studie)",
        r"cur i láthair an (?:taighde|tuarascála)",
        r"ìgbékalẹ̀ àbájáde ìwádìí",
        r"(?:মূল )?প্রবন্ধ উপস্থাপন",
        r"ນຳສະເໜີ(?:ຜົນການຄົ້ນຄວ້າ|ບົດລາຍງານ)",
        r"(?:تحقیقی )?رپورٹ کی پیشکش",
        # set 126: Turkish 'Kitabın tanıtımı' (the author presents the book)
        r"kitab(?:ın)? tanıtımı",
        r"rapor(?:un)? (?:tanıtımı|sunumu)",
    ),
    _label(
        "people",
        "speaker",
        r"(?:event |our |the |confirmed |distinguished )?speakers?"
        r"(?: (?:and|&) (?:moderators?|panelists?|participants))?",
        r"(?:confirmed )?speakers (?:will )?include",
        r"meet (?:the|our) (?:speakers|panel(?:l?ists)?)",
        r"المتحدثون|المتحدثين|سخنرانان",  # Arabic and Persian: 'المتحدثون:'
        r"featuring",
        r"featured speakers?",
        r"input",  # German pages: 'Input: Name, Title, Org' opens the discussion
        r"with",
        r"(?:event )?participants",  # Chatham House: 'Event participants'
        r"witness(?:es)?",  # a parliamentary committee's hearing: who gives evidence
        # a post-Soviet round table's or conference's 'Reports at the round table:', its talks by title
        r"reports? (?:at|to) the (?:round[- ]?table|seminar|conference|meeting|session|workshop)",
        # an awards ceremony's 'Response on behalf of the Awardees': one honouree's speech for all of them
        r"(?:reply|response) on behalf of (?:the )?[\w ]{3,40}",
        # an Oxford-style debate's two sides: each speaker makes a speech for or against the motion
        r"(?:speak(?:ers?|ing) )?(?:for|against|proposing|opposing|in favour of) the motion",
        r"guest speakers?",
        r"lecturer",
        r"authors?",  # a book launch's 'Author' heading over the author's card (not 'Author: X', see _fits)
        r"lecture(?: by)?",  # a programme's 'Lecture: Dr X' (not 'Lecture: Its Title', see _fits)
        r"conversation",
        r"in conversation",
        r"session (?:[ivx]+|\d+|one|two|three|four|five)",
        r"fireside chat",
        # an order of proceedings' 'Opening prayers – Imam X and Rev. Y': who leads a named prayer (set 72)
        r"(?:opening |closing |interfaith )?prayers?(?: by| led by)?",
        r"(?:lightning |short )?talks",  # a meetup's 'Talks' heading over 'Name (Org) — "Talk"' lines
        r"remarks",
        r"speakers? and panelists",
        r"featured guests?",
        # ('About the presenters and discussants': the bios of two lists under one heading)
        r"about (?:the|our) (?:speakers?|presenters?|panel+ists?|discussants?|participants|lecturers?|guests?)"
        r"(?: and (?:the )?(?:speakers?|presenters?|panel+ists?|discussants?|respondents?|moderators?|chairs?))?",
        r"speakers? bios?",
        r"speaker biograph(?:y|ies)",
        r"biograph(?:y|ies)",
        r"referent(?:in|innen|en)?",
        r"vortragende",
        r"intervenant(?:e|s|es)?",
        r"ponentes?",
        r"participan(?:tes)?",  # Spanish: a panel's 'Participan: X (Org), Y (Org)' under its 'Modera:'
        r"relat(?:ori|rici|ore|rice)",
        r"intervengono",
        r"oradore?s?",
        r"palestrantes?",
        r"palabras de(?:l| la) autor(?:a|es|as)?",  # a Spanish book presentation's 'Palabras de la autora'
        # a talk by one person in Norwegian, Croatian, Slovene, Czech, Dutch, Catalan and Turkish
        r"innledning",
        r"innleder(?:e)?",
        r"uvodno izlaganje",
        r"predava(?:telj|teljica|č|čica)",
        r"přednášející",
        r"sprekers?",
        r"hi intervenen",
        r"ponents?",
        r"konuşmacı(?:lar)?",
        # Danish, Swedish, Finnish, Hungarian, Polish and Greek: 'Oplæg', 'Föredrag', 'Alustus', 'Előadó',
        # 'Prelegenci', 'Εισηγήσεις', 'Ομιλητές'
        r"oplæg(?:sholdere?)?",
        r"föredrag(?:shållare)?",
        r"talare",
        # Bulgarian, Korean, Icelandic and Malay (set 108): 'Слово на автора' (at a book presentation),
        # 'Лектор:', '발제 1 : talk – Name', 'Erindi:', 'Penceramah:'
        r"слово на автора",
        r"лектор",
        r"발제(?:\s?\d{1,2})?",
        r"(?:報告|講演)(?:\s?\d{1,2})?",  # Japanese: '報告1「…」 X（…）'
        r"erindi",
        r"penceramah",
        r"alustu(?:s|kset)",
        r"alustaja(?:t)?",
        r"puhuja(?:t)?",
        r"előadó(?:k)?",
        r"prelegen(?:t|tka|ci)",
        r"εισηγ(?:ήσεις|ητές|ητής|ήτρια)",
        r"ομιλητ(?:ές|ής|ρια)",
        # Estonian, Latvian and Quebec French (set 98): 'Ettekanne', 'Priekšlasījums', 'Conférence de Mme X'
        r"ettekanne",
        r"priekšlasījums",
        r"conf[ée]rence de",
        r"conf[ée]renci(?:er|ère)s?",
        # Argentine Spanish and Vietnamese (set 103): 'Expositoras:', 'Disertantes:', 'Tham luận'
        r"expositor(?:a|es|as)?",
        r"disertantes?",
        r"tham luận",
        # Afrikaans (set 113): 'Lesing: "…" – X', 'Spreker:', 'Gasspreker:'
        r"lesing",
        r"(?:gas)?spreker",
        # set 126: Vietnamese 'Tham luận' (a paper read), Korean '주제발표', Turkish 'Konuşmacılar', Polish
        # 'Prelegenci', Ukrainian 'Доповідачі', Georgian 'მომხსენებლები', Nepali and Hindi 'वक्ता', Urdu 'مقررین'
        r"tham luận(?: \d+)?(?:: .{3,150})?",
        r"주제\s?발표(?:\s?\d)?",
        r"konuşmacı(?:lar)?",
        r"prelegen(?:ci|t|tka)",
        r"доповідач(?:і|ка)?",
        r"მომხსენებ(?:ელი|ლები)",
        r"वक्ता",
        r"مقرر(?:ین)?",
    ),
    _label("people", "host", r"hosts? and moderators?"),
    _label(
        "people",
        "rapporteur",
        r"drafted by",
        r"prepared by",
        r"summary by",
        r"written by",
        r"rapporteurs?",
        # a conference's last session, where the panels' rapporteurs sum up: they stay rapporteurs
        r"(?:reports?|reporting)(?: back)? (?:from|by|of) the rapporteurs?",
        r"rapporteurs?['’]? reports?",
        r"report(?:ed)? by",
        r"notes by",
    ),
    _label("people", "organizer", r"convenors?", r"conveners?", r"organi[sz]ing committee"),
    _label(
        "contact",
        "contact",
        r"(?:event |media |press )?contacts?",
        # the office the page gives to call: 'Committee Secretariat contact:', 'Conference secretariat contact'
        r"(?:committee |conference |programme |program |organi[sz]ing )?secretariat contacts?",
        r"media",  # a contact box's heading: 'Media' / 'X, Communications Lead' / 'media@… · 867-…'
        r"contacts? (?:presse|m[ée]dias?|prensa|imprensa)",  # 'Contact presse :', 'Contacto de prensa:'
        r"renseignements",
        r"(?:for )?(?:(?:media|press|general|event) )?(?:inquiries|enquiries|queries)(?:,? (?:please )?contact)?",
        r"clerk of the committee",  # a parliamentary committee's officer, whom its notices give to call
        r"(?:media|press) (?:accreditation|relations)",
        r"contact (?:name|person)",
        r"focal person",  # Pakistani notices: the officer who answers for the event
        r"(?:event )?planner",  # Cvent's 'Planner:' under 'Contact Us'
        r"rsvp(?: to)?",  # 'RSVP: X, x@example.ac.za, by Friday': who takes the replies
        r"(?:for )?(?:more|further) information(?:,? (?:please )?contact)?",
        r"information",  # a card's heading: 'Information' / 'Name' / 'Secretary of the Society' / mail
        r"registration (?:and|&) (?:information|enquiries|inquiries)",  # 'Registration and information: Ms. X'
        r"information (?:and|&) registration",
        # 'For details: X, Post, Org. Mobile: …', 'For further details contact:' over the person's lines
        r"for (?:more |further )?details(?:,? (?:please )?contact)?",
        r"m[áa]s informaci[óo]n",  # Spanish: 'Más información: Dña. X, Secretaría'
        r"questions\??",
        r"questions about the (?:event|seminar|lecture|webinar|conference|workshop|symposium)",
        r"confirm(?:ar|e)? (?:(?:su|la) )?asistencia",  # 'Confirmar asistencia: Sra. X, e-mail'
        r"kontakt",
        r"contatt[io]",
        r"contacto",
        # Turkish, Slovene and Croatian, Catalan, Norwegian and Dutch: 'Bilgi için:', 'Dodatne informacije:'
        r"bilgi için",
        r"ileti[şs]im",
        r"(?:dodatne )?informacije",
        r"(?:més )?informació",
        r"spørsmål",
        r"vragen\??(?: contacteer)?",
        # Danish, Finnish, Polish, Hungarian and Greek: 'Spørgsmål', 'Lisätietoja', 'Zapisy i informacje',
        # 'Regisztráció és információ', 'Πληροφορίες'
        r"spørgsmål",
        r"lisätietoja",
        r"yhteyshenkilö",
        r"(?:zapisy i )?informacje",
        r"(?:regisztráció és )?információ",
        r"πληροφορίες",
        # Indonesian, Estonian, Romanian and Latvian (set 98)
        r"narahubung",
        r"lisainfo",
        r"persoan[ăa] de contact",
        r"kontaktpersona",
        # Lithuanian, Serbian and Ukrainian, Vietnamese and Swahili (set 103)
        r"daugiau informacijos",
        r"контакт(?:и)?",
        r"(?:mọi thông tin chi tiết )?xin liên hệ",
        r"(?:kwa maelezo zaidi )?wasiliana na",
        # Bulgarian, Albanian, Icelandic, Georgian, Thai, Chilean Spanish, Korean and Malay (set 108)
        r"за контакти",
        r"për informata (?:shtesë|të mëtejshme)",
        r"nánari upplýsingar veitir",
        r"კონტაქტი",
        r"สอบถาม(?:รายละเอียด)?(?:เพิ่มเติม)?",
        r"consultas",
        r"문의",
        r"للاستفسار|للتواصل",  # Arabic
        r"(?:お)?問い?合わせ(?:先)?",  # Japanese and Chinese
        r"联系人|聯絡人",
        r"(?:untuk sebarang pertanyaan, )?sila hubungi",
        r"signed",  # the officer who signs a university's or a ministry's notice ('Signed:' / name / post)
        # Macedonian, Afrikaans, Sinhala, Amharic, Azerbaijani, Galician, Maltese and Nepali (set 113)
        r"за повеќе информации",
        r"navrae",
        r"වැඩි විස්තර සඳහා",
        r"ለተጨማሪ መረጃ",
        r"əlavə məlumat üçün",
        r"máis información",
        r"għal aktar informazzjoni",
        r"थप जानकारीका लागि",
        # Kazakh, Basque, Tamil, Mongolian, Khmer, Uzbek and Malagasy (set 118)
        r"байланыс үшін",
        r"informazio gehiago",
        r"மேலும் விவரங்களுக்கு",
        r"холбоо барих",
        r"(?:សម្រាប់ព័ត៌មានបន្ថែម )?សូមទំនាក់ទំនង",
        r"batafsil ma['’ʼ]lumot uchun",
        r"ho an['’]ny fanazavana fanampiny",
        # Kyrgyz, Bosnian, Irish, Yoruba, Bengali, Lao and Urdu (set 122)
        r"кошумча маалымат үчүн",
        r"za (?:dodatne|više) informacij[ae]",
        r"tuilleadh eolais",
        r"fún àlàyé (?:síwájú sí i|kíkún)",
        r"যোগাযোগ",
        r"ຕິດຕໍ່(?:ສອບຖາມ)?",
        r"(?:مزید معلومات کے لیے )?رابطہ(?: کریں)?",
        r"sd/-",  # the same in South Asia: 'Sd/-' over the officer's name in brackets and the post
        # set 126: Turkish 'Ayrıntılı bilgi', 'Bilgi için', Korean '문의', Vietnamese 'Xin liên hệ', Ukrainian
        # 'Довідки', Georgian 'დამატებითი ინფორმაციისთვის დაგვიკავშირდით', Nepali 'सम्पर्क'
        r"ayrıntılı bilgi",
        r"bilgi için",
        r"iletişim",
        r"문\s?의",
        r"(?:xin )?liên hệ",
        r"довідки",
        r"контакти",
        r"დამატებითი ინფორმაციისთვის(?: დაგვიკავშირდით)?",
        r"კონტაქტი",
        r"सम्पर्क",
    ),
    _label(
        "hosts",
        None,
        r"hosted by",
        r"hosts?",
        r"organi[sz]ed by",
        r"organi[sz]ers?",
        r"co-?organi[sz]ed by",
        r"co-?organi[sz]ers?",
        # 'Event organiser:', 'Organising institutions:', 'Host institution:': the field named by who it holds
        r"(?:event|lead|main) organi[sz]ers?",
        r"main sponsors?",  # 'Main Sponsor:' over 'Co-Sponsors:' (a Toronto calendar's fields): who holds it
        r"(?:co-?)?organi[sz]ing (?:institutions?|bodies|organi[sz]ations?|partners?|units?)",
        r"host(?:ing)? (?:institutions?|organi[sz]ations?)",
        r"co-?hosted by",
        r"co-?presented by",
        r"co-?hosts?",  # a board post's 'Host :' and 'Co-host :' fields
        r"convened by",
        r"presented by",
        r"(?:proudly )?brought to you by",  # 'Proudly brought to you by' over the hosts' names
        # a university calendar's field for the unit that puts the event on (Localist: 'Department')
        r"(?:hosting |organi[sz]ing )?department",
        r"department\s*/\s*(?:project|programme|program|centre|center|unit)",  # Chatham House: 'Department/project'
        # the same field in other languages: 'Veranstalter:', 'Organisé par', 'Organizado por', 'Organizzato da'
        r"veranstalter(?:in)?",
        r"organisateurs?",
        r"organis[ée]e?s? par",
        r"organizadores?",
        r"organizad[oa]s? por",
        r"organizzat[oa] da",
        r"(?:co-?)?organiza(?:ç[ãa]o|ci[óo]n)",  # 'Organização:', 'Organización:'
        # a Latin American page's verb as the field's name ('Organiza:', 'Organizan:', 'Convoca:'), Romanian
        r"(?:co-?)?organizan?",
        r"convocan?",
        r"organizatori?",
        r"(?:other|additional) organi[sz]ers?",  # a calendar plugin's second box ('Other Organizers')
        # Korean, Japanese and Chinese: '주최:', '주관:', '主催：', '共催：', '主办单位：'
        r"(?:공동)?주\s?최",  # (letter-spaced in a notice's list: '○ 주 최 :', set 126)
        r"주\s?관",
        # the organiser's field in the languages met before (set 126): Turkish 'Düzenleyen', Polish
        # 'Organizatorzy', 'Współorganizator', Ukrainian 'Організатори', Vietnamese 'Đơn vị tổ chức', Georgian
        # 'ორგანიზატორები'
        r"düzenleyen(?:ler)?",
        r"(?:współ)?organizator(?:zy|ka)?",
        r"організатор(?:и|ка)?",
        r"(?:đơn vị|ban) tổ chức",
        r"ორგანიზატორ(?:ი|ები)",
        r"主催",
        r"共催",
        r"(?:主办|主辦|承办|承辦|协办|協辦)(?:单位|單位)?",
        # 'Organised by: X' / 'In association with: Y': a co-organiser, as the sentence 'X, in association with Y,
        # invites' names one (set 107)
        r"in association with",
    ),
    _label(
        "sponsors",
        None,
        r"co-?sponsored by",
        r"(?:event )?co-?sponsors?",
        r"sponsored by",
        r"sponsors?",
        r"(?:thanks to |with thanks to )our (?:generous )?(?:sponsors?|partners?|funders?|supporters?)",
        r"our (?:generous )?(?:sponsors?|supporters)",
        r"(?:proudly |kindly |generously )sponsored by",
        # 'Forum sponsors', 'Conference sponsor'
        r"(?:event|forum|conference|symposium|lecture|seminar|workshop|festival|series|summit|dialogue) sponsors?",
        r"(?:event|funding|knowledge) partners?",
        r"funders?",
        r"funded by",
        r"(?:lead|title|presenting|supporting|headline|main|principal|founding|media|platinum|gold|silver|bronze)"
        r" (?:sponsors?|partners?|supporters?)",
        r"in partnership with",
        r"partners?",
        r"in (?:collaboration|cooperation) with",
        r"supported by",
        r"with (?:the )?(?:kind |generous |financial )?support (?:of|from)",  # 'With the kind support of'
        r"support(?:ers)?",  # a heading over the supporters' names, as 'Apoio' is in Portuguese
        # the same field in other languages: 'Apoio:', 'Con el apoyo de', 'Avec le soutien de', 'Gefördert von'
        r"apoios?",
        r"patroc[íi]nios?",
        r"com o apoio d[eao]s?",
        r"con el apoyo de",
        r"후\s?원",  # Korean, Japanese and Chinese: '후원:', '後援：', '協賛：', '赞助：' (and '후 원', set 126)
        # the sponsor's field in the languages met before (set 126): Turkish 'Destekleyenler', Polish 'Sponsorzy',
        # Vietnamese 'Nhà tài trợ', 'Đơn vị tài trợ', Ukrainian 'За підтримки', Georgian 'მხარდამჭერები'
        r"destekleyen(?:ler)?",
        r"sponsorzy",
        r"(?:nhà|đơn vị) tài trợ",
        r"за підтримки",
        r"მხარდამჭერ(?:ი|ები)",
        r"後援",
        r"協賛",
        r"赞助|贊助",
        r"avec le soutien d[eu]s?",
        r"mit (?:der )?(?:freundlichen )?unterst[üu]tzung (?:von|des|der)",
        r"gef[öo]rdert (?:von|durch)",
        r"con il (?:sostegno|contributo) d[ie]",
        # 'Auspicia:' / 'Auspician:' / 'Patrocina:' (Latin American Spanish), 'Kooperationspartner:', 'Cu sprijinul:'
        r"auspician?",
        r"auspicios?",
        r"(?:auspiciad|patrocinad)[oa]s? por",
        r"patrocinan?",
        r"con el (?:auspicio|patrocinio) de",
        r"kooperationspartner(?:in|innen)?",
        r"in (?:kooperation|zusammenarbeit) mit",
        r"cu sprijinul",
        r"avec l'appui d[eu]s?",
        r"en (?:partenariat|collaboration) avec",
        # 'The event is supported by' over the supporters' logos
        r"(?:the|this) (?:event|\w+) (?:is|was|has been) (?:kindly |generously )?(?:supported|sponsored|funded) by",
    ),
    _label(
        "text",
        None,
        r"overview",
        r"about(?: (?:the|this) event)?",
        r"event (?:description|"
        r"summary|details)",
        r"summary",
        r"description",
        r"details",
        r"abstract",
        r"event summary",
        r"(?:event )?(?:format|modality)",  # 'Modality: Hybrid': how to attend, read from the whole text
        # and in the languages met before (the line under the place is no part of it: 'Формат: змішаний — …'):
        # Ukrainian and Russian 'Формат', 'Формат проведення', Polish 'Forma', 'Tryb udziału', Turkish 'Biçim',
        # 'Format', Vietnamese 'Hình thức (tổ chức)', Georgian 'ფორმატი', Korean '진행 방식', Spanish, Italian,
        # French 'Modalidad', 'Modalità', 'Modalité'
        r"формат(?: проведення| проведения)?",
        r"forma(?: udziału)?|tryb(?: udziału)?",
        r"biçim|formatı",
        r"hình thức(?: tổ chức)?",
        r"ფორმატი",
        r"진행\s?방식",
        r"modalidad|modalit[àé]",
        r"(?:working )?languages?",  # 'Working languages: Mongolian, Russian and English': no one's employer
    ),
    _label(
        "agenda",
        None,
        r"agenda",
        r"programme",
        r"program",
        r"schedule",
        r"event schedule",
        r"agenda (?:and|&) speakers",
        r"day (?:one|two|three|\d+)",
    ),
    # the site's other publications: a heading over a list, its items often a blank line apart
    # ('Related publications', 'Recent Publications', 'You might also like'); 'Related
    # publication: X' on one line names the event's own
    _label(
        "ignore",
        "list",
        r"related",
        # 'Other PCDP publications', 'More Chatham House research': the publisher may stand between
        r"(?:related|recent|latest|new|more|other|selected|featured)(?: [\w&'.-]+){0,3}?"
        r" (?:publications|reports|papers|research|books|titles|analysis)",
        r"more from (?:our|the) (?:list|catalogue|catalog|authors?)",
        r"more on (?:this|the) (?:topic|subject|issue)",  # a sidebar of the site's papers on the subject
        # 'More from the Asia Program' over its cards, a blank line apart
        r"more from (?!.*\b(?:events?|sessions|talks|lectures|seminars|webinars)\b).+",
        # 'Also from the Society: Heritage Notes #5, …', a sidebar's line naming the body's other work
        r"also from (?:the|our) (?!.*\b(?:events?|sessions|talks|lectures|seminars|webinars)\b).+",
        r"you might also (?:like|enjoy)",
        # what a site points readers to next ('See also', 'Read also', 'Most read', 'Previous issues')
        r"(?:see|read) also",
        r"most (?:read|popular|viewed|downloaded)",
        # a blog's widgets ('Related posts'; not "Latest news", which may head the page itself)
        r"(?:recent|popular|related) (?:posts|articles|stories)",
        r"អត្ថបទពាក់ព័ន្ធ",  # Khmer (set 118): related articles
        r"popular now",
        r"(?:previous|past|other|recent) issues",
        r"you may also like",
        # the same lists in French, Spanish, Portuguese, German and Polish
        r"(?:publications récentes|dernières publications|publicaciones (?:recientes|relacionadas)"
        r"|últimas publicaciones|(?:outras|últimas) publicações|publicações (?:recentes|relacionadas)|veja também"
        r"|(?:aktuelle|neueste|weitere) publikationen|(?:najnowsze|inne|powiązane) publikacje)",
    ),
    _label(
        "ignore",
        None,
        r"related (?:content|events?|programs?|topics?|experts?|news)",
        # a webinar's series' other sessions ('Also in this series' over titles and dates) and a webinar
        # platform's notes on the attendees' computers ('System Requirements' / 'PC-based attendees: …')
        r"(?:also|more|other (?:events|webinars|sessions|talks)) in (?:this|the) series",
        r"system requirements",
        # the same lists in set 122's languages: 'Акыркы иш-чаралар', 'Povezani događaji', 'Nächst Evenementer',
        # 'Imeachtaí eile', 'Àwọn ètò mìíràn', 'ກິດຈະກຳອື່ນໆ', 'گزشتہ تقریبات' (recent, related, next, other, past events)
        r"(?:акыркы|башка) иш-чаралар",
        r"(?:povezani|ostali|nadolazeći) događaji",
        r"(?:nächst|aner) evenementer",
        r"imeachtaí eile",
        r"àwọn ètò mìíràn",
        r"ກິດຈະກຳອື່ນໆ",
        r"(?:گزشتہ|آئندہ|دیگر) تقریبات",
        # an awards ceremony's list of this year's honourees, who take no part in its programme
        r"awardees|honou?rees|award (?:recipients|winners)|laureates",
        # an institute's standing partners and funders, listed on every page of its site
        r"our (?:partners|funders|supporters|members)",
        r"topics?",
        r"regions?",
        r"tags?",
        r"share(?: this)?(?: event| page)?",
        r"more (?:events|from .*)",
        # the site's other sessions and talks, each with its own speakers ('More sessions on the Main Stage')
        r"(?:more|other|similar|recent|upcoming|past|previous|earlier|forthcoming) (?:[\w-]+ )?(?:events|sessions|talks"
        r"|lectures|seminars|webinars|programs|programmes)"
        r"(?: (?:on|in|at|from|of|like) .*)?",
        # the site's other events ('Past Symposia', 'Recent Dialogues', 'Weitere Termine im Kolloquium')
        r"(?:upcoming|past|previous|earlier|recent|forthcoming|other|more) (?:events|symposia|conferences|workshops"
        r"|dialogues|debates|editions|colloquia|roundtables|forums|fora|panels)",
        r"(?:weitere|n[äa]chste) (?:termine|veranstaltungen)(?: .*)?",
        r"(?:autres|prochains) [ée]v[ée]nements",
        r"(?:altri|prossimi) eventi",
        # Spanish and Portuguese: 'Próximos eventos', 'Más en Agenda', 'Otras actividades', 'Outros eventos'
        r"(?:próximos|otros|más|outros|mais) (?:eventos|actividades|atividades)",
        r"(?:eventos|actividades) relacionad[oa]s",
        r"más en (?:la )?agenda",
        # Macedonian, Afrikaans, Sinhala, Amharic, Galician, Nepali (set 113): 'Поврзани настани', 'Ander gebeure',
        # 'අදාළ සිදුවීම්', 'ተዛማጅ ማስታወቂያዎች', 'Outras actividades', 'भर्खरका सूचनाहरू'
        r"поврзани (?:настани|објави)",
        r"ander gebeure",
        r"අදාළ සිදුවීම්",
        r"ተዛማጅ ማስታወቂያዎች",
        r"outras actividades",
        r"भर्खरका सूचनाहरू",
        # Armenian, Kazakh, Basque, Tamil, Mongolian, Khmer, Uzbek and Malagasy (set 118): 'Առնչվող միջոցառումներ',
        # 'Соңғы жаңалықтар', 'Hurrengo gertaerak', 'தொடர்புடைய நிகழ்வுகள்', 'Сүүлийн мэдээ', 'ព័ត៌មានថ្មីៗ',
        # 'So‘nggi tadbirlar', 'Hetsika hafa'
        r"առնչվող (?:միջոցառումներ|նյութեր)",
        r"соңғы (?:жаңалықтар|іс-шаралар)",
        r"(?:hurrengo|beste) (?:gertaerak|ekitaldiak)",
        r"தொடர்புடைய (?:நிகழ்வுகள்|செய்திகள்)",
        r"сүүлийн мэдээ",
        r"ព័ត៌មានថ្មីៗ",
        r"so['‘ʻ]nggi (?:tadbirlar|yangiliklar)",
        r"hetsika hafa",
        r"explore (?:more|further)",
        r"you may also (?:like|be interested in)",
        r"recommended",
        r"stay (?:informed|connected)",
        r"subscribe.*",
        r"newsletter",
        r"footer",
        r"follow us",
        r"connect with us",
        r"event (?:video|audio|recording|materials)",
        r"(?:event )?feedback",  # over 'Thank you for your interest in this event. Please send any feedback …'
        # what the speakers said, each quote under its speaker's name: no new role ('Selected Quotes')
        r"(?:selected |key |notable |featured )?quot(?:es|ations)",
        r"watch(?: the)? (?:video|event)",
        r"video",
        r"audio",
        r"image",
        r"photos?",
        r"documents?",
        r"resources",
    ),
)

# (the vowel signs of the Indic scripts and Thai are marks, not word letters: 'กล่าวเปิดการสัมมนา')
_LABEL_LINE = re.compile(
    # 'Modérateur :', 'Presentation of Brief No. 4 …', 'ተወያዮች፡' (the Ethiopic colon too, and the Armenian '՝' and
    # Khmer '៖'; Lao's signs too, set 122)
    rf"^(?P<label>{LETTER}[\w .&/'’‘·#\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1780-\u17dd\u200c\u200d-]{{1,80}}?)\s*"
    r"(?:[:፡՝៖]|\s[-–—|]\s|$)\s*"
    r"(?P<rest>.*)$"
)
# a heading whose words run over a dash to its colon ('Diskussjoni – se jipparteċipaw:', discussion – taking
# part): the whole head before the colon names the role, not the word before the dash
_DASHED_HEAD = re.compile(r"^(?P<label>[^:–—]{2,40}\s[–—-]\s[^:–—]{2,40}?)\s*:\s*(?P<rest>.*)$")
_PLEASE_CONTACT = re.compile(
    r"^((?:for )?(?:(?:more|further) information|(?:(?:media|press|general|event) )?(?:inquiries|enquiries|queries))),"
    r"(\s+(?:please )?contact\b)",
    re.IGNORECASE,
)  # ('For media enquiries, please contact:')
# ('chaired by dr. X': Dutch and Flemish write the title in lower case)
_BY_PREFIX = re.compile(
    r"^(?P<label>(?:[A-Za-z-]+\s+){0,3}(?:by|with))\s+(?P<rest>(?:the\s+|(?:dr|drs|prof|ir|mr)\.\s+)?[A-Z].*)$"
)
# the work's author named by what she is before her name: "by the paper's author, Dr X", 'by its co-editors, X and Y'
_AUTHOR_APPOSITION = re.compile(
    r"\b(?P<by>by|with)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:lead\s+|co-?)?(?:authors?|editors?)\s*,?\s+(?=[A-Z])"
)
_NAMES_PREFIX = re.compile(r"^(?P<label>[Ww]ith|[Ff]eaturing)\s+(?P<rest>[A-Z].*)$")
# French programmes name the person after 'par' or, behind a civility, 'de': 'Mot de bienvenue par Mme X',
# 'Conférence de M. X', 'Réplique de Mme X' (no colon between)
_FRENCH_BY_PREFIX = re.compile(
    r"^(?P<label>(?:[^\W\d_][\w'’-]*\s+){0,4}?(?:par(?=\s+[A-ZÀ-Ý])|de(?=\s+(?:M|Mme|Mmes|Mlle|Dre?|Pre?|Me)\.?\s)))"
    r"\s+(?P<rest>[A-ZÀ-Ý].*)$"
)
# a programme's part in square brackets before a label on its line: '[발제] 좌장: X', '[Panel] Chair: X'
_PART_TAG = re.compile(r"^\[[^\[\]]{1,30}\]\s*(?=[^\W\d_][^:]{0,30}:)")
# Thai names the person after the item's verb and 'โดย' (by), with no colon: 'ดำเนินรายการโดย X' (moderated by X)
# (and Lao the item's kind, then 'ໂດຍ' apart: 'ກ່າວຕ້ອນຮັບ ໂດຍ X', welcome by X, set 122)
_THAI_BY_PREFIX = re.compile(r"^(?P<label>[\u0e00-\u0e7f]+โดย|[\u0e80-\u0eff]+(?= ໂດຍ\s))(?: ໂດຍ)?\s+(?P<rest>\S.*)$")
_BYLINE_FIELD = re.compile(r"[|·•]\s*(?:published|posted|updated|created|hits|views|category)\b", re.IGNORECASE)


def is_byline(after_by: str) -> bool:
    """What follows 'Written by' in a post's byline, not a rapporteur: the post's own fields or
    date ('Site Admin | Published: 3 March 2025 | Hits: 412')."""
    return bool(_BYLINE_FIELD.search(after_by)) or has_date(after_by)


# a CMS's field with its value, the markup between them lost: 'Contact Name Jane Doe' (Plone)
_CONTACT_FIELD = re.compile(r"^(?P<label>[Cc]ontact (?:[Nn]ame|[Pp]erson))\s+(?P<rest>[A-Z].*)$")

# a card photo's alt text ('Image - Jane Doe', 'Photo of Jane Doe'): it stands for the card's picture
_PHOTO_CAPTION = (
    r"(?:image|photo)\s*(?::|\s[-–—|]\s).*"
    r"|(?:profile\s+)?(?:photo|headshot|head shot|picture)\s+of\s+[\w.'’ -]+"
)

CHROME = re.compile(
    # a search box's placeholder too: 'Search …', 'Search this site...', 'Search for:'
    r"^(?:skip to (?:main )?content|skip (?:main )?navigation|main menu|menu"
    # the skip link in other languages: Macedonian, Afrikaans, Galician, Icelandic, Sinhala, Amharic (set 113)
    r"|прескокни до содржината|slaan oor na (?:die )?hoofinhoud|ir ao contido(?: principal)?|fara í aðalefni"
    r"|ප්‍රධාන අන්තර්ගතයට යන්න|ወደ ዋናው ይዘት ይሂዱ"
    # and in the languages met before, as the new sites of set 126 and their neighbours write it: Polish,
    # Ukrainian, Russian, Turkish, Korean, Vietnamese, Georgian, Nepali, Hindi, Urdu, German, French, Spanish,
    # Portuguese, Italian, Dutch, Bosnian/Croatian/Serbian, Czech
    r"|przejdź do (?:głównej )?treści|перейти до (?:основного )?(?:вмісту|змісту)|перейти к (?:основному )?содержанию"
    r"|(?:ana )?içeriğe (?:geç|atla)|본문 바로가기|chuyển đến nội dung(?: chính)?|მთავარ შინაარსზე გადასვლა"
    r"|(?:मुख्य )?सामग्रीमा जानुहोस्|मुख्य सामग्री पर (?:जाएं|जाएँ)|مرکزی مواد پر جائیں|مواد پر جائیں"
    r"|zum inhalt springen|aller au contenu(?: principal)?|ir al contenido(?: principal)?"
    r"|(?:ir|saltar) para o conteúdo(?: principal)?|vai al contenuto(?: principale)?|naar (?:de )?inhoud(?: gaan)?"
    r"|preskoči na (?:glavni )?sadržaj|přejít (?:k|na) (?:hlavnímu )?obsah(?:u)?"
    r"|search(?: (?:this |the )?(?:site|website))?(?: for)?:?\s*(?:…|\.{3})?|close|open menu"
    r"|toggle navigation|back to top|home|print|email|e-mail|tweet|facebook|twitter|linkedin|x"
    r"|instagram|youtube|whatsapp|copy link|share(?: this)?(?: event| page)?|read more"
    r"|learn more|see more|view more|more|see all events|view all events|all events"
    r"|back to (?:all )?events|events?|past events?|upcoming events?|add to (?:my )?calendar"
    # a programme's time-zone button ('Times shown in (GMT+09:00) Asia/Seoul' / 'Change timezone')
    r"|(?:change|select|switch|set) (?:your |my )?time ?zone"
    r"|(?:show|view|convert) (?:in|to) (?:my|your) (?:local )?time(?: ?zone)?"
    # a site's section of events, and its upcoming and past ones, in the languages met before (set 126): Nepali
    # and Hindi, Turkish, Polish, Ukrainian, Russian, Vietnamese, Korean, Georgian, German, French,
    # Spanish, Portuguese, Italian
    r"|(?:आगामी|विगतका) कार्यक्रम(?:हरू)?|कार्यक्रमहरू|गतिविधिहरू"
    r"|(?:yaklaşan |geçmiş )?etkinlikler|(?:nadchodzące |minione )?wydarzenia|(?:найближчі |майбутні |минулі )?події"
    r"|(?:ближайшие |прошедшие )?события|sự kiện(?: sắp diễn ra)?|행사(?:소식|안내)?|(?:მომავალი )?ღონისძიებები"
    r"|(?:kommende )?veranstaltungen|[ée]v[ée]nements(?: à venir)?|(?:próximos )?eventos|(?:prossimi )?eventi"
    r"|add to google calendar|ical|outlook(?: calendar)?|google calendar|rsvp|register(?: now)?"
    r"(?: here)?|registration(?: is)? (?:closed|required|now open)|sign up.*|subscribe.*"
    r"|download.*|watch(?: live| now| the (?:event|video|recording))?|listen|video|audio"
    r"|podcast|photos?|gallery|thank you for your interest.*|please send any feedback.*"
    r"|cookies?.*|accept(?: all)? cookies|privacy policy|terms of (?:use|service)"
    # (not a body named for copyright: 'Copyright Agency Cultural Fund' under a sponsors heading)
    r"|©.*|copyright(?!\s+(?:Agency|Board|Council|Licensing|Society|Tribunal|Office)\b).*"
    rf"|all rights reserved.*|{_PHOTO_CAPTION}|credit:.*|event recording"
    r"|follow us.*|share on .*|(?:previous|next|prev)(?: event| page| item| post)?|page \d+|loading\.*|×|\|"
    r"|imprint|impressum|public group|private group"  # a meetup group's kind under its name
    # a language switcher's lone item in a site's header ('Support' / 'English' / 'Sign In')
    r"|english|français|deutsch|español|italiano|português|nederlands|русский|日本語|中文|한국어"
    r"|data protection|datenschutz|legal notice|accessibility|sitemap|site map|contact us"
    r"|image removed\.?|image|photo|video thumbnail|play video|event video|view event page"
    r"|(?:quick|useful|related|important|other|external) links"  # a sidebar's list of links
    # a listing's count of what it shows: 'Showing 1 event', '1–10 of 24 results', '3 events found'
    r"|(?:showing\s+)?\d+(?:\s*[-–]\s*\d+)?(?:\s+of\s+\d+)?\s+(?:events?|results?|items?|entries)"
    r"(?:\s+found|\s+for\s+.{1,60})?)$",
    re.IGNORECASE,
)
# 'Home > Events', 'You are here: Front page / News and events / Events' (Joomla 1.0's arrow image, rendered
# as its alt text: 'Home arrow Policy Dialogues arrow 2007')
_CRUMB_STEP = r"(?:[>/»›‹|]|arrow\s)"  # ('‹' as a page written right to left points)
# ('Home' in the languages met before, set 126: 'Strona główna', 'Головна', 'Главная', 'Ana Sayfa', 'Trang chủ', '홈',
# 'მთავარი', 'गृहपृष्ठ', 'मुख्य पृष्ठ', 'صفحۂ اول', 'Startseite', 'Accueil', 'Inicio', 'Início', 'Početna', 'Domů')
_HOME = (
    r"home|front ?page|start ?page|strona główna|головна|главная|ana ?sayfa|trang chủ|홈|მთავარი|गृहपृष्ठ"
    r"|मुख्य पृष्ठ|صفحۂ اول|صفحہ اول|startseite|accueil|inicio|início|početna|domů"
)
BREADCRUMB_OPENING = re.compile(rf"^(?:you are here:?\s*)?(?:{_HOME})\s*{_CRUMB_STEP}", re.I)
_BREADCRUMB = re.compile(rf"{BREADCRUMB_OPENING.pattern}\s*[\w ,&'-]+(?:{_CRUMB_STEP}\s*[\w ,&'-]+)*$", re.I)
# a trail of three steps or more that does not open with 'Home': 'Events » Institutes » X » Title'
_TRAIL = re.compile(r"^[^»›‹>\n]{2,60}(?:\s[»›‹>]\s[^»›‹>\n]{2,150}){2,}$")
# two steps, the first the site's section: 'Agenda › Lecture & panel', 'Events » Lectures' (not a heading
# with one arrow, 'Reefs » Bleaching and Recovery')
_SECTION_STEP = re.compile(r"^(?P<section>[^»›>.!?\n]{2,40})\s[»›]\s[^»›>.!?\n]{2,60}$")


def _section_trail(line: str) -> bool:
    found = _SECTION_STEP.match(line)
    if found is None:
        return False
    section = found["section"].strip()
    label = match_label(section)
    return is_menu_word(section) or (label is not None and label[0].kind == "agenda" and not label[1])


# ('…, Jean Roy,IMROPDownload Occasional Paper #9': also after initials that end the speakers line)
_GLUED_CHROME = re.compile(r"(?:(?<=[a-z.)])|(?<=[A-Z]{2}))(?=(?:Download|Read [Mm]ore|Learn [Mm]ore|Register)\b)")
# the speakers line run into the numbered work's link with no 'Download' ('…, Council of Churches in
# ZambiaResearch Report No. 5'): a series of up to three capitalised words ending in a work's kind, set
# apart by a blank line (a line of its own would be joined back as a wrapped line's end); not a name's inner
# capital ('McKinsey Global Institute Report No. 3')
_GLUED_WORK = re.compile(
    r"(?<=[a-z]{3})(?=(?:[A-Z][a-z]+ ){0,3}(?:Report|Paper|Brief|Note|Study|Insight|Briefing) (?:No\.|#) ?\d)"
)
# A field list dumped without separators ('Date & time12 Jun 2014, 18:00 - 19:30VenueRUSI, 61
# Whitehall'): a label run into its value, or a value into the next label, split as the lines the
# page shows (a label followed by a capital or a digit, so 'Dates', 'Timeline' stay words);
# 'Event Date15.12.2015' and 'Hours09:30 - 13:30' are such fields too, and so are the fields after the
# venue, which would end its town: '…, LagosAdmissionBy invitation', '…LanguageEnglish'.
_FIELD_LABEL = (
    r"(?:(?:Event )?(?:Date(?:\s*(?:&|and)\s*[Tt]ime)?|Time)|Hours|When|Where|Venue|Location|Admission|Language)"
)
_GLUED_FIELD = re.compile(rf"^{_FIELD_LABEL}(?=\d|[A-Z])|(?<=[\da-z.)]){_FIELD_LABEL}(?=\d|[A-Z])")
_TRAILING_CHROME = re.compile(r"\s*(?:Read [Mm]ore|Learn [Mm]ore|See [Mm]ore|…)\s*$")
_SMALL_WORDS = frozenset(
    re.split(
        r"\s+",
        "a an and the of for on in at to with by from as or but is are was were be been has "
        "have had will would can could should may might not no this that these those it its their "
        "his her our we they he she who which what when where how than then there also more most "
        "such into over under about after before between during through while",
    )
)


# '1500 hrs', '1500 - 1510 hrs': a 24-hour clock without its colon, as South Asian, African and
# military pages write it, before 'hrs' or in a range that ends with it
_HRS_CLOCK = re.compile(
    r"(?<![\d:.,/-])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:hrs?(?![a-z])|[-–—]\s*(?:[01]\d|2[0-3])[0-5]\d\s*hrs?(?![a-z])))"
)


def normalise(text: str) -> str:
    """One form for the typographic variants of a rendering: spaces, apostrophes, line ends, clocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HRS_CLOCK.sub(r"\1:\2", text)
    text = re.sub(r"[\u00a0\u2002-\u200a\u202f\u205f\u3000]", " ", text)
    # (the joiners that Sinhala, Devanagari and Persian write inside a word, after a letter of theirs, stay: 'ප්‍රජාව')
    text = re.sub(r"[\u200b\u2060\ufeff\u00ad]|(?<![\u0600-\u0dff])[\u200c\u200d]", "", text)
    # (a turned comma inside a word is a letter's mark, as Uzbek writes 'o‘' and 'g‘', and stays)
    text = re.sub(r"\u2018(?!(?<=\w\u2018)\w)", "'", text.replace("\u2019", "'").replace("\u2032", "'"))
    text = _GLUED_CHROME.sub("\n", text)
    text = _GLUED_WORK.sub("\n\n", text)
    return text


def _unglued_fields(text: str) -> str:
    return "\n".join(_GLUED_FIELD.sub(lambda m: "\n" + m.group() + "\n", line).strip("\n") for line in text.split("\n"))


# Pictographs, dingbats and geometric shapes ('■ Date & Time: …', a Korean board's bullet) and the
# reference mark Korean and Japanese notes open with ('※ 문의: …') that pages put before a date, a time,
# a place or a field, not words.
_LEADING_SYMBOLS = re.compile(
    "^[\U0001f000-\U0001faff\u203b\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\ufe0f\\s]+(?=\\S)"
)

# a field of the event's details set as a list item: the bullet is no part of the label
_BULLETED_FIELD = re.compile(
    r"^[-–*]\s+(?=(?:date|time|when|where|venue|location|place|address|format|mode|admission|registration"
    r"|language|cost|price|tickets?)(?:\s*(?:&|and)\s*\w+)?\s*:)",
    re.IGNORECASE,
)


def split_lines(text: str) -> list[str]:
    """Lines with spaces collapsed and trailing 'Read more' removed; blank lines kept as ''."""
    lines = []
    for raw in _unglued_fields(normalise(text)).split("\n"):
        line = (
            " | ".join(_menu_cells(raw))
            or ", ".join(_programme_cells(raw))
            or _session_row(raw)
            or _role_row(raw)
            or " ".join(raw.split())
        )
        line = _TRAILING_CHROME.sub("", line) if len(line) > 12 else line
        line = _LEADING_SYMBOLS.sub("", line)  # '📅 Friday, 17 November 2023', '📍 Mumbai 400001'
        line = _BULLETED_FIELD.sub("", line)  # '- Date & Time: …', '* Venue: …'
        lines.append(line.strip(" |•·"))
    return lines


# Words of a site's navigation bar: a line made only of them is a menu ('Analysis Events
# Podcasts Experts', 'Events Calendar'), not a title.
_MENU_WORDS = frozenset(
    re.split(
        r"\s+",
        "home about analysis research events event calendar podcasts podcast experts expertise programs "
        "programmes projects publications topics regions issues news newsroom media multimedia blog blogs "
        "commentary support donate give contact search membership members join login log sign in careers "
        "people staff scholars fellows centers centres initiatives reports books journal journals "
        "conferences resources library archive archives press insights opinion video videos audio menu "
        "newsletters newsletter subscribe shop store teaching students admissions alumni directory faq sitemap",
    )
)


def is_menu_word(line: str) -> bool:
    """'Commentary', 'Experts': a word of a site's navigation bar alone on its line."""
    return line.strip().lower() in _MENU_WORDS


def _menu_cells(raw: str) -> list[str]:
    """A text browser's menu bar, its items set apart by wide gaps ('Visit   Exhibitions
    Calendar   Shop'): three or more short cells; [] for any other line."""
    cells = [c.strip() for c in re.split(r"\s{3,}|\t+", raw.strip())]
    if len(cells) < 3:  # 'Admissions  Schools  Research  Library': four or more cells two spaces apart
        cells = [c.strip() for c in re.split(r"\s{2,}", raw.strip())]
        cells = cells if len(cells) >= 4 else []
    menu = len(cells) >= 3 and all(_menu_item(c) for c in cells) and not any(segment_kind(c) == "title" for c in cells)
    return cells if menu else []


def _programme_cells(raw: str) -> list[str]:
    """A programme table a text dump set out in columns ('09:40 - 10:30   Presentation of
    findings   Dr. X, Research Fellow, Y'): its time, item and people cells, which the line
    joins with commas as an HTML table's row is; [] for any other line."""
    cells = [" ".join(c.split()) for c in re.split(r"\s{3,}|\t+", raw.strip())]
    return cells if len(cells) >= 3 and starts_with_time(cells[0]) and len(cells[0]) <= 24 else []


_SESSION_CELL = re.compile(r"(?:session|panel|part|block)\s+(?:\d{1,2}|[ivx]{1,4}|[a-d])", re.IGNORECASE)


def _session_row(raw: str) -> str:
    """A programme's session row set out in columns ('Session 1   Its title   Chair: X, Post'):
    written as the session's heading with its chair in brackets, so that the chair is not read as
    a speaker of the session's title; '' for any other line."""
    cells = [" ".join(c.split()) for c in re.split(r"\s{3,}|\t+", raw.strip())]
    found = match_label(cells[-1]) if len(cells) == 3 and _SESSION_CELL.fullmatch(cells[0]) else None
    if not found or found[0].kind != "people" or not found[1] or found[0].role in (None, "speaker"):
        return ""
    return f"{cells[0]} – {cells[1]} ({cells[2]})"


def _role_row(raw: str) -> str:
    """A programme's row set out in columns with no time of its own ('            Panellists
    Rev. Dr. X, Y College', under the session's timed row): its role cell before its people,
    written as a label line; '' for any other line."""
    cells = [" ".join(c.split()) for c in re.split(r"\s{3,}|\t+", raw.strip())]
    if len(cells) != 2 or not re.match(r"\s{3,}|\t", raw):
        return ""
    found = match_label(cells[0])
    return f"{cells[0]}: {cells[1]}" if found and found[0].kind == "people" and not found[1] else ""


def _menu_item(cell: str) -> bool:
    return 0 < len(cell.split()) <= 3 and not re.search(r"\d", cell) and cell[:1].isupper()


_CRUMB = re.compile(r"\s+[>›»]\s+")  # 'Calendar > Lectures and talks': never inside a title
_PATH = re.compile(r"\s+/\s+")  # 'Events / Public lectures', but also 'Online-Diskussion / Online discussion'


def is_navigation(line: str) -> bool:
    """A breadcrumb trail ('Calendar > Lectures and talks', 'Events / Upcoming Events') or a
    menu bar ('Study | Research | Explore | Connect'): short items between separators."""
    line = re.sub(r"^[<‹←]\s*", "", line)
    crumbs = _CRUMB.split(line)
    if len(crumbs) > 1 and all(0 < len(c.split()) <= 6 for c in crumbs):
        return True
    if len(crumbs) > 2 and _is_section(crumbs[0]) and all(0 < len(c.split()) <= 3 for c in crumbs[:-1]):
        return True  # 'Home › Events › A Long Title: …': the trail ends in the page's own title
    steps = _PATH.split(line)
    if len(steps) > 1 and all(0 < len(c.split()) <= 4 for c in steps) and any(_is_section(c) for c in steps):
        return True
    items = [p.strip() for p in re.split(r"\s[|·•]\s", re.sub(r"^[\w ]{2,20}:\s*(?=.* [|·•] )", "", line))]
    if len(items) >= 2 and all(len(p.split()) == 1 and _menu_item(p) for p in items):
        return True  # a row of tags or badges: 'FREE | ONLINE', 'UA | EN'
    menu = len(items) >= 3 and all(_menu_item(p) and not re.search(r"[.,:;?!]", p) for p in items)
    return menu and not any(segment_kind(p) == "title" for p in items)  # not "Jane Doe | Director | MIT"


def _is_section(step: str) -> bool:
    """A step of a site's path: 'Events', 'What's on', 'Programs & Events'."""
    return bool(CHROME.match(step) or _is_menu(step) or step.lower() in ("calendar", "what's on", "whats on"))


MIN_MENU_LINES = 4


def vertical_menus(lines: list[str]) -> set[int]:
    """A menu written one item a line ('Home' / 'About' / 'Research' / 'Events' / 'Contact',
    'Find Events' / 'Create Events' / 'Log In' / 'Sign Up', perhaps 'PL | EN' / 'Search' after
    them): four or more short capitalised lines or chrome in a row, two of them chrome or menu
    words, none a person's job title."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        item = bool(line) and _menu_item(line) and not re.search(r"[.,:;?!|]", line) and segment_kind(line) != "title"
        if item or bool(line) and is_chrome(line):  # the menu's own chrome: 'PL | EN', 'Search' at its end
            run.append(index)
            continue
        # (a lone menu word counts too: 'Home' / 'About the Society' / 'Meetings' / 'Membership' / 'Contact')
        menu_words = sum(
            1
            for i in run
            if CHROME.match(lines[i]) or _is_menu(lines[i]) or is_chrome(lines[i]) or _lone_menu_word(lines[i])
        )
        if len(run) >= MIN_MENU_LINES and menu_words >= 2:
            found.update(run)
        run = []
    return found


def _lone_menu_word(line: str) -> bool:
    return line.strip().lower() in _MENU_WORDS and line[:1].isupper()


def is_photo_caption(line: str) -> bool:
    return re.fullmatch(_PHOTO_CAPTION, line, re.IGNORECASE) is not None


def is_breadcrumb(line: str) -> bool:
    """'Home » Events » Title', 'Events » Institutes » X » Title': the trail to the page."""
    return bool(BREADCRUMB_OPENING.match(line) or _TRAIL.match(line) or _section_trail(line))


def is_chrome(line: str) -> bool:
    """Chrome, or a row of chrome between bars ('Previous Event | Next Event')."""
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", re.sub(r"^[<‹]\s*", "", line))]
    words = line.split()
    if len(words) > 1 and all(CHROME.match(w) for w in words):
        return True  # a share bar run together: 'Share  Email  Print'
    if _DROPDOWN.search(line):
        return True  # a listing's filter row of menus: 'Filter: All categories ▾   All months ▾'
    if _HEADCOUNT.match(line.strip()):
        return True  # an event platform's count of who signed up, under its hosts: '112 Going'
    trail = _BREADCRUMB.match(line) or _TRAIL.match(line) or _section_trail(line)
    if all(CHROME.match(p) for p in parts) or trail or is_navigation(line):
        return True
    # a menu run together in a text rendering, menu words the most of its items: 'Site MapContact UsFAQ'
    glued = _LABEL_JOINT.split(line)
    if len(glued) > 2 and 2 * sum(is_chrome(p) or is_menu_word(p) for p in glued) > len(glued):
        return True
    return _is_menu(line) and not _section_heading(line)


_DROPDOWN = re.compile(r"[▾▼⌄⏷]")  # the arrow of a form's drop-down menu, as a text rendering keeps it
_HEADCOUNT = re.compile(r"\d[\d,.]*\+?\s+(?:going|attending|attendees|registered|interested)$", re.IGNORECASE)


def _section_heading(line: str) -> bool:
    """'Event contact', 'Event Speakers': menu words, but a heading over the page's own facts."""
    found = match_label(line)
    return found is not None and not found[1] and found[0].kind not in ("ignore", "text")


def _is_menu(line: str) -> bool:
    """Menu words only, and perhaps a language code at the end ('… Publications Media KOR')."""
    words = re.findall(r"[\w'-]+", line)
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{2,3}", words[-1]):
        words = words[:-1]
    tokens = [w.lower() for w in words]
    return len(tokens) >= 2 and all(t in _MENU_WORDS for t in tokens) and line[:1].isupper()


# a label's last lower-case letter run into a capital: 'ModeratorJane Doe', 'Commentary byJohn Roe'
_LABEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")


def without_glued_label(line: str) -> list[str]:
    """'ModeratorJane DoeDirector, X Institute', 'Featured byJohn Roe…': a text dump runs a role's
    heading into the speaker card under it; the heading and the card as the two lines the page
    shows (only when what follows reads as a person)."""
    for joint in _LABEL_JOINT.finditer(line, 0, 40):
        head, rest = line[: joint.start()], line[joint.start() :]
        label = match_label(head)  # also 'Opening Remarks and Welcome', two items' words of one role
        if label and label[0].kind == "people" and label[0].role and not label[1]:
            return [head, rest] if parse_entries(_cards(rest)[0]) else [line]
    return [line]


# a programme row's time run into its item: '10:00–10:10Opening remarks…', '15:00 - 15:10 hrsWelcome',
# '09:30Greetings' (a lone time only before a word, so '10:00AM' and '10:00CET' stay whole)
_ROW_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[–—-]\s*\d{1,2}[:.]\d{2}(?:\s*hrs?\.?)?(?=[A-Z])|(?=[A-Z][a-z]))")
# where one card's last word runs into the next card's first: '…, SIPRIJane Doe…', '…NetworkDr John Roe…'
_CARD_JOINT = re.compile(r"(?:(?<=[a-zß-öø-ÿ]{3})|(?<=[A-Z]{2})|(?<=\)))(?=[A-Z][a-z])")


# a numbered paper's label run into the speakers line under it: 'Discussion Paper Series 2019/4Jane Doe, X; …'
_NUMBER_JOINT = re.compile(r"(?<=\d)(?=[A-Z][^\W\d_A-Z])")
_SERIES_WORD = re.compile(r"\b(?:Papers?|Series|Reports?|Briefs?|Notes?|Studies)\b")


# a numbered paper's label run into the end of the speakers line over it: '…; Jane Doe, Ministry of
# Natural ResourcesEnergy Policy Paper No. 4' (the label ends the line: a link set beside the names)
_LABEL_AT_END = re.compile(r"(?<=[a-z)])(?=(?:[A-Z][\w'’-]*\s+){1,5}(?:No\.\s*|#\s*)?\d[\w/.-]*$)")


def unglued(line: str) -> list[str]:
    """A programme row or a list of speaker cards that a text dump ran into one line ('10:00–10:30
    Panel discussionJane DoeDirector, X InstituteDr John RoeFellow, Y UniversityModerated by …'):
    the time, the item's heading and each card as the lines the page shows."""
    time = _ROW_TIME.match(line)
    # a lone time before a field's label stays whole: '09:45Address' split would read as the venue's field
    label = match_label(line[time.end() :]) if time and not re.search(r"[–—-]", time.group()) else None
    if time and not (label and label[0].kind != "people"):
        return [time.group(), *unglued(line[time.end() :])]
    joint = _NUMBER_JOINT.search(line, 0, 80)
    if joint and _SERIES_WORD.search(line[: joint.start()]) and len(parse_entries(line[joint.start() :])) > 1:
        return [line[: joint.start()], line[joint.start() :]]
    end = _LABEL_AT_END.search(line)
    if end and _SERIES_WORD.search(line[end.start() :]) and len(parse_entries(line[: end.start()])) > 1:
        return [line[: end.start()], line[end.start() :]]
    pieces = without_glued_label(line)
    return pieces[:-1] + _cards(pieces[-1])


def _cards(line: str) -> list[str]:
    """The cards of a line: a card starts where a person's name (up to the post it runs into) or a
    role's heading ('Moderated by X, post') runs into the card before it."""
    if is_prose(line):
        return [line]
    joints = [j.start() for j in _CARD_JOINT.finditer(line)]
    for n, joint in enumerate(joints):
        head = line[joint:]
        name = line[joint : joints[n + 1]] if n + 1 < len(joints) else ""
        label = match_label(head) if joint and not name else None
        if joint and name and is_person_name(bare_name(name)[1]) and parse_entries(head):
            return [line[:joint], *_cards(head)]
        if label and label[0].kind == "people" and label[1]:
            return [line[:joint], head]
    return [line]


_ADDRESS_IN_BRACKETS = re.compile(r"\([^()]*\d[^()]*,[^()]+\)")


_WHO_WILL_CLAUSE = re.compile(r",\s+who\s+will\s+[a-z][^,;]*\.?$")


def match_label(line: str) -> tuple[Label, str] | None:
    """The section heading a line starts with, and what follows it on the same line."""
    return _match_label(line, page_day_first())  # the readers ask it of each line many times


@lru_cache(maxsize=20_000)
def _match_label(line: str, day_first: bool | None) -> tuple[Label, str] | None:
    del day_first  # only the cache's key: the dates read on the way take the page's order from kg.dates
    if line.isupper() and ":" not in line and re.search(r"\s[/·|•]\s", line):
        return None  # a kicker's path in capitals over the heading ('ПОДІЇ / ПРЕЗЕНТАЦІЯ КНИЖКИ'): no role's heading
    line = _AUTHOR_APPOSITION.sub(r"\g<by> ", line)  # "Presentation of findings by the paper's author, Dr X"
    head, colon, after = line.partition(":")
    bilingual = colon and " / " in head and len(head) <= 60  # 'Rapporteuse de la journée / Rapporteur : X, …'
    # a place's field reads like prose in a language whose venues take small words ('Место: Голема сала на …'),
    # unless an aside says more ('Venue: Hall 2, Busan (hybrid; online participants will …)')
    field = colon and any(label.kind == "place" and label.pattern.fullmatch(head.strip()) for label in LABELS)
    # (an address in brackets after the venue is no aside: '…, Hall 3 (12 University St., Telavi)')
    field = (
        field and ";" not in after and all(_ADDRESS_IN_BRACKETS.fullmatch(b) for b in re.findall(r"\([^)]*\)?", after))
    )
    # a contact's field, the post in words of the page's language, which read like a sentence's: 'Daugiau
    # informacijos: X, projektų koordinatorė, tel. +370 …, x@ku.lt' (the telephone or mail tells it a field)
    # (a person named first: not 'RSVP: Kindly confirm your attendance by Monday to Ms. X, …', a sentence)
    first = after.split(",")[0].split()
    named_first = 0 < len(first) <= 5 and 2 * sum(w[:1].islower() for w in first) < len(first)
    field = field or (
        named_first
        and has_contact_details(after)
        and any(label.kind == "contact" and label.pattern.fullmatch(head.strip()) for label in LABELS)
    )
    # a role's heading before a dash ('Ìgbékalẹ̀ àbájáde ìwádìí – Dókítà X àti Y, olùwádìí …'): its people read
    # as prose or not by themselves, as after a colon
    judged = after if bilingual else line
    # (one dash only: with a second the rest's parts are not known apart, 'X, Post Y – Z University')
    dashed = re.match(r"^(?P<head>[^:–—]{2,60}?)\s[–—]\s(?P<rest>[^–—]+)$", line)
    if dashed and any(label.kind == "people" and label.pattern.fullmatch(dashed["head"]) for label in LABELS):
        judged = dashed["rest"]
    # 'Chair: Dr X, Director, Y, who will introduce the speaker': a relative clause after the person makes
    # a role's field no sentence
    if colon and any(label.kind == "people" and label.pattern.fullmatch(head.strip()) for label in LABELS):
        judged = _WHO_WILL_CLAUSE.sub("", judged)
    if not field and is_prose(without_addresses(judged)):
        return _lead_in_label(line)
    line = re.sub(r"^([A-Za-z ]+)\(s\)", r"\1s", line)  # 'Speaker(s):'
    line = _PLEASE_CONTACT.sub(r"\g<1>\g<2>", line)  # 'For further information, please contact:'
    line = _ATTENDANCE_NOTE.sub(r"\g<head>", line)  # 'Panelist (online)': how she takes part, not another role
    line = _ORDER_NOTE.sub(r"\g<head>", line)  # 'Discussants (in alphabetical order of surnames):'
    line = _PART_TAG.sub("", line)  # '[Presentations] Chair: X': the programme's part the chair leads
    line = line.replace("：", ": ")  # '司会：X': the full-width colon of Chinese and Japanese
    for regex in (
        _LABEL_LINE,
        _BY_PREFIX,
        _NAMES_PREFIX,
        _CONTACT_FIELD,
        _FRENCH_BY_PREFIX,
        _THAI_BY_PREFIX,
        _DASHED_HEAD,
    ):
        match = regex.match(line)
        if not match:
            continue
        head, rest = match.group("label").strip(), match.group("rest").strip()
        for label in LABELS:
            if label.pattern.fullmatch(head) and _fits(label, head, rest, line):
                return label, rest
        # (a role's core word only in a heading of the usual length: 'Presentation of the X Policy Yearbook 2025'
        # is a title; a longer heading names its role in full)
        for core in _role_cores(head) if regex is _LABEL_LINE and len(head) <= 60 else ():
            for label in LABELS:
                if label.kind == "people" and label.pattern.fullmatch(core) and _fits(label, head, rest, line):
                    return replace(label, also=_second_role(head, label.role)), rest
    # ('The findings will be discussed by a panel of practitioners:': a lead-in too short to read as prose)
    lead_in = _lead_in_label(line) if len(words(line)) >= 6 else None
    return _role_cell(line) or _bilingual_label(line) or lead_in


def _lead_in_label(line: str) -> tuple[Label, str] | None:
    """'Her presentation will be followed by a panel discussion with:' over a list: the sentence's
    last words name the role of the people listed under it, as a heading would."""
    words = line.removesuffix(":").split() if line.endswith(":") else []
    panelist = next(x for x in LABELS if x.kind == "people" and x.role == "panelist")
    # the panel the sentence's last clause names is made of the people listed under it ('… after which a
    # panel will discuss the analysis:', '… followed by a talanoa with:', not the speakers 'with' names)
    # (the last sentence's: '… will present the findings. A panel will follow:')
    if words and _PANEL_CLAUSE.fullmatch(re.split(r"[,;]\s*|(?<=[a-z])\.\s+", " ".join(words))[-1]):
        return panelist, ""
    # '… Report #14, presented by its authors:' over their names: who present the work, not its speakers
    if words and _PRESENTED_BY_AUTHORS.search(" ".join(words)):
        return next(x for x in LABELS if x.kind == "people" and x.role == "presenter"), ""
    words = _FOLLOWS_FROM.sub("", " ".join(words)).split()
    for k in range(min(4, len(words)), 0, -1):
        head = " ".join(words[-k:])
        label = next((x for x in LABELS if x.kind == "people" and x.role and x.pattern.fullmatch(head)), None)
        if label:
            return label, ""
    # '… will be put to the candidates by a panel of local journalists:': who sit on a panel are its
    # panelists ('a panel of respondents' named its role above)
    if re.search(r"\bpanel of (?:[a-z-]+ ){0,2}[a-z-]+$", " ".join(words)):
        return panelist, ""
    return None


_PRESENTED_BY_AUTHORS = re.compile(r"\bpresented (?:by|by its|by their|by the) (?:co-?)?authors?$", re.IGNORECASE)
_PANEL_CLAUSE = re.compile(
    r"(?:[\w'’-]+ ){0,3}(?:a|the) (?:panel|round ?table|talanoa)(?: discussion)?"
    r" (?:with|follows|will (?:then )?follow"
    r"|will (?:discuss|debate|respond to|comment on)(?: (?:the|its|their) [\w-]+)?)",
    re.IGNORECASE,
)
# 'Responses will follow from:', 'Comments will come from:' over a list: the role named before the verb
_FOLLOWS_FROM = re.compile(r"\s+(?:will\s+(?:then\s+)?)?(?:follow|come)s?(?:\s+from)?$", re.IGNORECASE)


# a programme table's row read cell by cell, its time cell empty: 'Chair, Ms Jane Doe, Research Fellow, X'
_ROLE_CELL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,30}),\s+(?P<rest>[A-Z].*)$")


def _role_cell(line: str) -> tuple[Label, str] | None:
    """A role's cell before a cell that names and describes a person; a name alone or a post
    after the role word ('Chair, Department of History') is no such row."""
    match = _ROLE_CELL.match(line)
    if match is None or not is_person_name(match.group("rest").split(",")[0]):
        return None
    entries = parse_entries(match.group("rest"))
    described = len(entries) == 1 and bool(entries[0].job_title or entries[0].affiliation)
    # ('Moderator, Jane Doe': a name alone after a role other than speaking, its post on a card elsewhere)
    bare = is_person_name(match.group("rest").strip())
    if not (described or bare):
        return None
    head = match.group("label").strip()
    roles = (label for label in LABELS if label.kind == "people" and label.role and label.pattern.fullmatch(head))
    found = next(((label, match.group("rest")) for label in roles), None)
    return found if found and (described or found[0].role != "speaker") else None


# how a list is ordered, in brackets after its heading: no part of the role
_ORDER_NOTE = re.compile(
    r"^(?P<head>[A-Za-z][A-Za-z ]*?)\s*[(\[]"
    r"(?:(?:in |listed )?(?:alphabetical(?:ly)?|order)\b[^)\]]*|A\s?[–-]\s?Z)[)\]]"  # or 'Speakers (A–Z)'
    r"(?=\s*:|\s*$)",
    re.IGNORECASE,
)
_ATTENDANCE_NOTE = re.compile(
    r"^(?P<head>[A-Za-z][A-Za-z ]*?)\s*[(\[](?:online|virtual|remote|in[- ]person|on[- ]?site|via zoom)[)\]]"
    r"(?=\s*:|\s*$)",
    re.IGNORECASE,
)


# words that qualify a role in a heading without changing it ('Lead Discussant', 'Session Chair'), and
# the meal a programme's keynote is given over ('Lunch Keynote', 'Dinner Keynote Address')
_QUALIFIERS = frozenset(
    ("lead", "designated", "main", "principal", "session", "panel", "guest", "invited", "special", "distinguished")
    + ("expert", "high-level")  # 'Expert Panel', 'High-Level Panel'
    + ("institutional",)  # 'Institutional greetings', as Italian and Iberian programmes translate theirs
    + ("lunch", "luncheon", "dinner", "breakfast")
)


def _role_cores(head: str) -> list[str]:
    """The role a longer heading names: its first part ('Opening Remarks and Moderation',
    'Comments and open discussion') or its noun after a qualifier ('Lead Discussant',
    'Designated Discussants', 'Session Chair'; not 'Japan Chair', an endowed post)."""
    cores = []
    first = re.split(r"\s+(?:and|&|und|et|y|e)\s+", head, maxsplit=1)[0]
    if first != head and first.lower() != "talks":  # 'Talks & tours', 'Talks and events': a site's section
        cores.append(first)
    words = first.split()
    if len(words) > 1 and words[0].lower() in _QUALIFIERS:
        cores.append(" ".join(words[1:]))
    body = re.fullmatch(r"(?:panel|team|group|list)\s+of\s+(?P<role>\w+)", first, re.IGNORECASE)
    if body:
        cores.append(body.group("role"))  # 'Panel of respondents', 'Panel of discussants'
    # a list's lead-in as a sentence: 'Other discussants are:', 'The panelists will be:'
    listed = re.fullmatch(r"(?:(?:the )?other |the )?(?P<role>\w+) (?:are|include|will be)", first, re.IGNORECASE)
    if listed:
        cores.append(listed.group("role"))
    # the part of the event the role is for: 'Discussants for the open session after the lecture', 'Panelists in
    # the afternoon session'
    scoped = re.fullmatch(r"(?P<role>\w+) (?:for|in|at|during) (?:the|this|each|our) [\w ]+", first, re.IGNORECASE)
    if scoped:
        cores.append(scoped.group("role"))
    return cores


def _second_role(head: str, first: str | None) -> str | None:
    """'Welcome and moderation', 'Opening Remarks and Moderation': the role the heading's second part
    names, when it names another one (one person holds both)."""
    parts = re.split(r"\s+(?:and|&)\s+", head, maxsplit=1)
    if len(parts) < 2:
        return None
    second = next((x.role for x in LABELS if x.kind == "people" and x.pattern.fullmatch(parts[1])), None)
    return second if second not in (None, first, "speaker") else None


def _bilingual_label(line: str) -> tuple[Label, str] | None:
    """'Modératrice / Moderator', 'Intervenants / Speakers': a heading in two languages, read by
    the side in one we know."""
    head, colon, rest = line.partition(":")
    sides = head.split(" / ")
    if len(sides) != 2 or len(head) > 60:
        return None
    for side in sides:
        found = match_label(f"{side.strip()}{colon} {rest.strip()}".strip())
        if found:
            return found
    return None


# a programme or project by its name alone, as an event table's 'Program:' row gives the unit holding it
_UNIT_FIELD = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'’&,-]*\s+(?:(?:and|&|of|for|on)\s+)?){1,6}(?:Program|Programme|Project|Initiative)"
)


def _fits(label: Label, head: str, rest: str, line: str) -> bool:
    """Guards against prose that happens to start like a heading ('With the war over, …')."""
    if re.match(r"(?:release|launch) of ", head, re.IGNORECASE) and not re.match(r"release of the \w+$", head, re.I):
        # 'Launch of Ocean Policy Paper 2026/1 – Dr X and Y, Unit': its presenters after the dash (a
        # heading 'Launch of the X Report 2025' alone is the event's title, an item of a related list a date)
        dashed = re.match(r"\s*[–—-]\s", line[len(head) :]) is not None  # ('Launch of X: Subtitle' is a title)
        entries = parse_entries(rest) if dashed and not find_dates(rest, default_year=2000) else []
        stated = bool(entries) and any((entries[0].honorific, entries[0].job_title, entries[0].affiliation))
        return stated and is_person_name(entries[0].name)
    if not rest:  # (a heading naming two works presented runs longer: 'Presentation of Working Paper … and …')
        return len(line) <= 80
    separated = line[len(head) :].lstrip().startswith((":", "፡", "՝", "៖", "-", "–", "—", "|"))
    if label.kind == "place" and re.match(r"in[- ]person", head, re.IGNORECASE):
        return line[len(head) :].lstrip().startswith(":")  # 'In person: Room 2, …', not a ticket 'In-person – $15'
    if (label.role == "rapporteur" or head.lower() == "commentary by") and is_byline(rest):
        return False  # 'Commentary by X — May 30, 2017': an article's byline in a list of others
    if head.lower() == "commentary":
        return bool(parse_entries(rest))  # 'Commentary: Why the EU needs an envoy' tags an article
    if label.kind == "contact" and _CONTACT_FIELD.match(line):
        return separated or is_person_name(rest)
    if label.kind == "agenda" and _UNIT_FIELD.fullmatch(rest):
        return False  # 'Program: Farm Economy Project': an event table's field naming the unit that holds it
    if label.kind in ("date", "place", "text", "agenda", "ignore", "contact"):
        return separated
    if head.lower() in ("author", "authors"):
        return False  # 'Author: Jane Doe' credits a text (a related report's byline), not a speaker
    if head.lower() in ("with", "featuring") and not separated:
        return names_only(rest) is not None or is_person_name(rest)  # 'With Jane Doe and John Roe'
    if head.lower() in ("with", "featuring", "opening", "closing", "welcome", "time", "panel"):
        return separated
    # 'Lecture: Dr X', not 'Lecture: Rivers and the Law — 3 Dec'
    if head.lower() in ("lecture", "response", "panel discussion"):
        entries = parse_entries(rest) if separated and not find_dates(rest, default_year=2000) else []
        # ('Panel discussion: A, B and C' names its panelists; 'PANEL DISCUSSION: Who Owns the Sea?' the event)
        named = head.lower() == "panel discussion" and separated and names_only(rest) is not None
        return named or bool(entries) and any((entries[0].honorific, entries[0].job_title, entries[0].affiliation))
    lao_by = line[len(head) :].startswith(" ໂດຍ ")  # the Lao 'ໂດຍ' (by) apart after the item's kind
    return (
        separated or lao_by or head.lower().endswith(("by", "with", " par", " de", "โดย"))
    )  # _FRENCH_BY_PREFIX's, _THAI_BY_PREFIX's


def words(line: str) -> list[str]:
    # (a letter's combining accents are the word's: Yoruba 'Ọ̀rọ̀', two accents on one letter, set 122)
    return re.findall(r"[\w'’\u0300-\u036f-]+", line)


_ABBREVIATIONS = re.compile(r"\b(?:Prof|Dr|Mr|Mrs|Ms|Amb|Gen|Sen|Rep|Hon|Col|Capt|Adm|Gov|Rev|Sr|Jr|St)\.")


# the small words inside names, in English and the languages of Europe and Latin America ('Fundação
# para a Ciência e a Tecnologia', 'Câmara Municipal de Matosinhos'): a list of names is not prose
_NAME_PARTICLES = frozenset(
    re.findall(r"\S+", "of and the for de da do dos das del della di du des e y para und für la le")
)


_ADDRESS_TEXT = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")


def without_addresses(line: str) -> str:
    """The line without its e-mail and web addresses, whose parts ('press@isds.example') are no
    words of a sentence: 'Media inquiries: X, press secretary, +998 …, press@isds.example' is a field."""
    return _ADDRESS_TEXT.sub(" ", line)


# a telephone's extension is a number, not a word of a sentence: '876-977-0640 ext. 2214'
_EXTENSION = re.compile(r"\b(?:ext|extn)\.?\s*\d+", re.IGNORECASE)


_ELIDED_NAME = re.compile(r"[dl]['’][A-ZÀ-Ý]")


def _abbreviated(text: str) -> bool:
    """The text ends with an initial or an abbreviation, not a sentence: a word of four letters and signs at most, or
    one with periods inside, before its period ('ச.', 'திரு.', 'இ.ஆ.ப.')."""
    word = text.split()[-1] if text.split() else ""
    return word.endswith(".") and (len(word) <= 5 or "." in word[:-1])


def is_prose(line: str) -> bool:
    """Running text rather than a heading, a name list or an address."""
    line = _EXTENSION.sub(" ", line)
    tokens = words(line)
    if len(tokens) < 12:
        return False
    if re.search(r"\d", line):  # 'June 9, 2021 · 9:00 a.m. – 10:30 a.m. ET · Virtual': the times are not words
        tokens = words(_without_dates_and_times(line))
        if len(tokens) < 12:
            return False
    # words of a script without capitals (Georgian, Sinhala, Devanagari, Ethiopic) that end a sentence
    # ('.', '।', '።') are prose: their case cannot tell
    # (whole words between spaces: `words` cuts those scripts at their vowel signs; not a list's number '2. '
    # nor a Thai abbreviation 'โทร. ': Thai ends no sentence with a full stop)
    # (nor an initial or an abbreviation of four letters and signs at most: Tamil 'ச. கலைச்செல்வி', 'திரு.')
    spaced = line.split()
    uncased = [t for t in spaced if opens_uncased(t)]
    stops = re.finditer(r"(?:(?<![\d\s\u0e00-\u0e7f])[.!?]|[።।])(?:\s|$)", line)
    if len(uncased) / len(spaced) > 0.5 and any(not _abbreviated(line[: m.start() + 1]) for m in stops):
        return True
    # ("de l'Université Laval": an elided article before a capital opens a name, as 'de' does)
    lower = [t for t in tokens if t[0].islower() and t.lower() not in _NAME_PARTICLES and not _ELIDED_NAME.match(t)]
    small = [t for t in tokens if t.lower() in _SMALL_WORDS]
    unabbreviated = _ABBREVIATIONS.sub("", line)  # 'Prof. Salim …' does not end a sentence
    sentence = re.search(r"(?:[a-z]{2}|\)|[A-Z]{2})[.!?](?:\s|$)", unabbreviated)  # also "… (CAMA)." and "…, UCC."
    return len(lower) / len(tokens) > 0.3 or (len(small) / len(tokens) > 0.25 and bool(sentence))


def _without_dates_and_times(line: str) -> str:
    spans = sorted([d.span for d in find_dates(line, default_year=2000)] + [t.span for t in find_times(line)])
    for start, end in reversed(spans):
        line = line[:start] + " " + line[end:]
    return line


def has_date(line: str) -> bool:
    return bool(find_dates(line, default_year=2000))


_WEEKDAY = re.compile(r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?")


# a field row with a one-word label in any language: 'Zeit: 16.15–17.45 Uhr', 'Datum: 14. Mai 2025'
# (and in two languages on a bilingual page: 'Tijd / Time: 19.00 – 21.00 uur'; a CMS's event fields
# named with 'Event': 'Event date: …', 'Event time: 4:00 p.m. - 5:15 p.m. ET')
FIELD_LABEL = re.compile(
    rf"^\s*(?P<label>(?:(?i:event)\s)?{LETTER}{{2,20}}(?:\s/\s{LETTER}{{2,20}})?)"
    r"\s*[:፡៖]\s*(?P<value>.+)$"  # 'ቀን፡', the Ethiopic colon
)
_WHEN_WORDS = re.compile(
    r"^(?:(?i:day|\d{1,2}|times?|local|hrs?|h|from|to|until|till|late|and|at|on|for|date|all|hybrid|online|virtual"
    r"|in|the|of|afternoon|morning|evening|noon|et|uhr|horas?|heures?"
    r"|into|next|following"  # past midnight: '10pm – 1am (into Sunday morning)', '(next day)'
    # 'from' and 'hours' in other languages: 'De 18:30 a 20:00 h', 'dalle ore 17', 'van 14 tot 16 uur'
    r"|de|desde|du|von|das|dalle|dal|van|från|fra|uur|ore|kl|klo"  # 'kl. 19.30'
    # 'year' after it: Macedonian and Bulgarian 'година', 'г.', Azerbaijani '2025-ci il'; Macedonian 'од 12:00
    # до 14:00 часот' (from, until, o'clock), Azerbaijani 'saat 11:00'
    r"|година|г|ci|cı|cu|cü|il|од|до|часот|saat"
    # Kyrgyz 'саат 14:00дөн 16:30га чейин' (o'clock, the end's dative, until), Uzbek 'soat … gacha', Lao 'ໂມງ'
    r"|саат|чейин|га|гө|ге|го|ка|кө|ке|ко|soat|gacha|ໂມງ"
    # and in the languages met before whose new pages set 126 brought: Polish 'r.' (year), 'godz.' (o'clock),
    # 'od' (from); Ukrainian 'року', 'р.', 'о', 'з'; Russian 'года', 'с', 'по'; Vietnamese 'lúc', 'từ', 'ngày',
    # 'giờ'; Georgian 'წლის', 'საათზე', 'სთ'; Nepali 'गते', 'बजे'; Urdu 'بروز', 'بجے'
    r"|r|godz|godzina|od|року|р|о|з|года|с|по|lúc|từ|ngày|giờ|წლის|საათზე|სთ|गते|बजे|بروز|بجے"
    r"|mo|tu|we|th|fr|sa|su)|[A-Z]{2,5}"  # a weekday in two letters: 'Tu 18-11-2025 16:15 - 17:15'
    r"|(?:UTC|GMT)[+\-−]\d{1,2}(?::?\d\d)?)$"  # '10:00 – 11:30 (Brasília time, UTC−3)'
)


def is_when_line(line: str) -> bool:
    """A line that is only a date and/or a time ('Jul. 29, 2003', '3:00pm – 5:00pm ET',
    'Day 2 — Tuesday, 12 November'), not a programme item ('9:00 – 9:15 Welcome')."""
    if len(line) >= 120:
        return False
    if _timed_happenings(line):
        return True
    rest = line
    spans = [d.span for d in find_dates(line, default_year=2000)] + [t.span for t in find_times(line)]
    # an aside in brackets with its own time ('godz. 10.00–14.00 (rejestracja od 9.30)', '(등록 13:30부터)'): what
    # comes before the event, said beside its time
    asides = [m.group(0) for m in re.finditer(r"\([^()]{1,40}\)", line) if re.search(r"\d[:.h]\d\d", m.group(0))]
    for start, end in spans:
        rest = rest.replace(line[start:end], " ")
    for aside in asides:
        rest = rest.replace(aside, " ")
    rest, weekdays = _WEEKDAY.subn(" ", rest)
    if rest == line and not weekdays:
        return False
    rest = FIELD_LABEL.sub(r" \g<value>", rest)  # a field's label in any language: 'Zeit: 16.15 Uhr'
    # 'Date & Time: …', 'Thursday 25th June 2026 · 18h30 – 20h00'; a hyphen inside a word stays
    # ('terça-feira', a Portuguese weekday)
    leftover = re.sub(r"(?:[\s,|/–—:()@.&·•]|(?<!\w)-|-(?!\w))+", " ", rest).split()
    others = [w for w in leftover if not (_WHEN_WORDS.match(w) or folded(w) in other_weekdays())]
    # '10:00–11:30 Nouméa (UTC+11)': the time in the clock of a city that names a zone
    return len(leftover) <= 3 and (not others or fold(" ".join(others)) in _CLOCK_CITIES)


_CLOCK_CITIES = frozenset(fold(city) for city in IANA_CITY_ZONES)


_HAPPENINGS = frozenset(
    re.split(
        r"\s+",
        "reception program programme doors open registration check in arrival lecture talk discussion launch begins "
        "starts start "
        "networking drinks refreshments followed by with and then panel event "
        "breakfast lunch coffee tea dinner from "  # '9.00am – 10.30am (breakfast and registration from 8.30am)'
        "finishing finishes ends ending until at around about approx "  # 'talk 6:30pm, finishing at 7:30pm'
        "for a",  # '5.30pm for a 6pm start – 7.30pm'
    )
)


def _timed_happenings(line: str) -> bool:
    """'5:30 p.m. reception, 6:00 p.m. program': times of what happens, the first the start; also
    after the date ('Wednesday 21 January 2026, 7.30pm (doors open 7pm)')."""
    times = find_times(line)
    rest = line
    spans = [t.span for t in times] + [d.span for d in find_dates(line, default_year=2000)]
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    words = re.findall(r"[a-z]+", _WEEKDAY.sub(" ", rest).lower())
    return len(times) >= 2 and bool(words) and all(w in _HAPPENINGS for w in words)


_TIME_LED = re.compile(
    # (after Swahili 'saa' and a part of the day written before the hour: 'පෙ.ව. 8.30', 'बिहान ११:००')
    rf"^\s*(?:(?i:saa)\s+|{DAY_PART}\s*)?"
    r"(?:[0-2]?\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?\s?m\.?|[AP]\.?\s?M\.?)?\s*"
    # ('9 h 30', as French programmes space it; '20u10', as Flemish ones write it)
    r"(?:[-–—]|to)\s*[0-2]?\d|[0-2]?\d(?:[:.hu]|\s?h\s?)[0-5]\d|[0-2]?\d\s*[ap]\.?\s?m\b|noon\b"
    r"|[0-2]?\d\s?h(?=\s+[–—-]\s))",  # a bare hour before the item: '12 h – Mot de bienvenue'
    re.IGNORECASE,
)
SESSION_ROLES = (
    # 'Inaugural address': an Indian programme's address by the official who opens it (sets 32, 95)
    (re.compile(r"keynote|\binaugural address", re.IGNORECASE), "keynote"),
    (re.compile(r"featured remarks|special remarks", re.IGNORECASE), "featured-remarks"),
    # ('4:15pm, Close, Name': the bare item before its speaker's name; not 'a close look', nor 'Close, followed
    # by drinks', an item with no one, whose role would pass to the people above it)
    (
        re.compile(r"closing|concluding|wrap-up|summing[ -]up|(?:^|[\s,|–—-])close(?=,\s*(?-i:[A-Z]))", re.I),
        "closing-remarks",
    ),
    # 'Remarks by the Chair', "Chair's remarks", 'Chairperson's address': the session's chair speaking
    (
        re.compile(
            r"\b(?:remarks|address) by the chair|\bchair(?:person|man|woman)?['’]s (?:remarks|address|introduction)",
            re.I,
        ),
        "chair",
    ),
    # who runs the programme on stage: a Southern African programme's 'Programme Director', the MC
    (re.compile(r"\bprogram(?:me)? director\b|\bmasters? of ceremon(?:y|ies)\b", re.IGNORECASE), "moderator"),
    (re.compile(r"welcom|opening|introduct", re.IGNORECASE), "introductory-remarks"),
    # what a programme's guest of honour does is her featured part: 'Release of the Report by the Chief Guest',
    # 'Remarks by the Guest of Honour and official launch of the Index'
    (re.compile(r"\b(?:chief|special) guest\b|\bguest of hono(?:u)?r\b", re.IGNORECASE), "featured-remarks"),
    (
        re.compile(
            r"lunch|break|coffee|registration|reception|adjourn|networking|dinner|breakfast"
            r"|check-in|doors open",
            re.IGNORECASE,
        ),
        None,
    ),
    # an item that launches a numbered work, gives its findings or is named by its number ('Launch of
    # Briefing Paper 11', 'Its title: findings of Technical Report 2024/05', 'The X Index 2025: headline
    # findings', 'Discussion Paper No. 21: what the data tell us'): its authors present it (a heading alone
    # needs its dash, see _fits; not 'Book launch', whose author speaks, nor 'Release of the Occasional
    # Paper', with no number, which a guest releases, set 84; 'Release of Technical Report No. 2025-02' its authors)
    (
        re.compile(
            r"\b(?:launch(?: (?:and|&) presentation)?|presentation|release) of (?:the )?(?:[\w'’./-]+ ){0,5}?"
            # ('Launch of Working Paper WP 2024-03': the series' letters before its number)
            r"(?:report|paper|study|brief|monitor|survey|index)(?: (?:no\.? ?|#|(?-i:[A-Z]{1,4}) )?[\w./-]*\d"
            r"|\s+(?:19|20)\d\d\b)"
            r"|\bfindings\b"
            # ('Presentación del Documento de Trabajo N° 12: Dr. X, …': a Spanish programme's work and its authors)
            r"|\bpresentaci[óo]n del? (?:informe|documento|estudio|reporte|cuaderno)\b"
            r"|(?:^|\s)(?:[\w'’-]+ ){0,4}(?:paper|brief|report)\s+(?:no\.?\s*|#)?\d[\w./-]*\s*:",
            re.IGNORECASE,
        ),
        "presenter",
    ),
    # ('Talanoa session': the Pacific's word for an open dialogue, as a panel's; the round table of Spanish,
    # Portuguese, Galician, French and Italian programmes: 'Mesa redonda', 'Mesa-redonda', 'Table ronde')
    (
        re.compile(
            r"panel|roundtable|round table|talanoa|\bmesa[- ]redonda|\btable[- ]ronde|\btavola rotonda"
            # a debate's or a discussion's invited people ('Debate', Dutch 'Debat', French 'Débat', Polish 'Debata',
            # 'Discussion with the contributors'), not its audience ('Debate with the audience')
            r"|(?:\bdebat(?:e|a|te)?|\bdébat|\bdiscussion with)\b"
            r"(?!(?: with)? (?:the )?(?:audience|floor|public|participants))",
            re.I,
        ),
        "panelist",
    ),
)


def starts_with_time(line: str) -> bool:
    """A programme line: '9:00 – 9:15 a.m. Welcome', '14:00 Panel II', '2 pm Keynote'."""
    return bool(_TIME_LED.match(clock_digits(line))) and bool(find_times(line[:30]))


_CJK_ITEM = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+(?:\s?\d{1,2})?(?=[\s「『“]|$)")


# a Spanish or Portuguese programme's bare 'Presentación' (no work named after it) opens the act: the host's
# introduction, as 'Presentación del acto' ('Presentación del informe' presents a work)
_OPENING_PRESENTATION = re.compile(r"presentaci[óo]n(?: del acto| de la jornada)?|apresenta[çc][ãa]o", re.IGNORECASE)


def session_role(title: str) -> str | None:
    """The role of the people a programme item lists ('Welcome Remarks' -> introductory-remarks,
    'Comments' and 'Reactors' -> discussant, as their headings do); None for breaks and meals."""
    item = without_time(title)
    # an agenda row's item cell before its people ('Presentation of findings, Dr. X, …'), or the item's
    # name before a colon or dash when its people read like prose ('Présentation de la note : Dr X, …, et M. Y')
    # ('ปาฐกถาพิเศษ เรื่อง “…”': the item's kind before its quoted title; '開会挨拶 X（…）', '報告1「…」': the
    # kind Chinese and Japanese write before the speaker or the title with no colon)
    cjk = _CJK_ITEM.match(item)
    heads = (
        item,
        item.partition(", ")[0],
        re.split(r"\s*:\s|\s[–—]\s", item)[0],
        re.split(r"\s*[“„«\"]", item)[0],
        cjk.group(0) if cjk else item,
        # the item's kind before a full stop, its people's heading after it ('Paneelarutelu. Arutelus osalevad:')
        re.split(r"(?<=\w{3})\.\s", item)[0],
        # the role's word as a possessive before what its holder gives ("Respondent's reflections, Name",
        # "Discussant’s comments")
        re.split(r"['’]s\s", item.partition(", ")[0])[0],
        # the item's kind before the word for 'by' of Dutch, German, Spanish, Portuguese and Scandinavian
        # programmes ('Slotwoord door X', 'Grußwort von X', 'Cierre por X', 'Avslutning av X')
        re.split(r"\s(?:door|von|durch|por|av)\s", item)[0],
    )
    if any(_OPENING_PRESENTATION.fullmatch(head.strip(" .:")) for head in heads):
        return "introductory-remarks"
    for found in (match_label(head) for head in heads):
        if found and found[0].kind == "people" and not found[1]:
            return found[0].role
    for pattern, role in SESSION_ROLES:
        if pattern.search(title):
            return role
    return "speaker"


def without_time(item: str) -> str:
    """'9:00 AM – 9:30 AM, Opening remarks: Jane Doe' -> 'Opening remarks: Jane Doe'."""
    times = find_times(item[:40])
    rest = item[times[0].span[1] :] if times and times[0].span[0] < 3 else re.sub(r"^[^A-Za-z]*", "", item)
    # '12:10 h Presentation …', '14.00 Uhr Grußwort', '18.30 Auer – Begréissung' (Luxembourgish), '09.00–09.15 น.,
    # กล่าวเปิด…': the clock's unit after the time
    return re.sub(r"^[\s,:;|–—-]+", "", re.sub(r"^\s*(?:(?i:h|hrs?|uhr|auer)\b\.?|น\.)", "", rest))
