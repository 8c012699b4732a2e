"""Related publications named with a series and number: 'Special Report #115', 'Policy Brief
No. 12', 'Working Paper 45'. The name is kept as the page writes it, the number apart.
A publication named after a label ('Related publication: Title') and a book launched at the
event ('the launch of the book "Title"') are kept by their titles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.dates import find_dates
from kg.pages.draft import ReportDraft
from kg.pages.gazetteer import CAPITAL
from kg.pages.launched import IMPRINT, SERIES_WORD, given_in_full, in_full, launched_titles, title_at
from kg.pages.lines import is_prose, match_label
from kg.pages.listings import (
    heads_own_publication,
    is_bare_reference,
    is_content_item,
    is_kind_and_title,
    is_kind_tag,
    named_as_earlier,
    names_own_publication,
    opens_list_item,
    published_before,
    published_later,
)
from kg.pages.words import is_org_word

_SERIES_WORD = SERIES_WORD
_SERIES = rf"(?:{_SERIES_WORD}\s+)?"
_KINDS = (
    r"(?:Reports?|Briefs?|Papers?|Notes?|Memos?|Memorand(?:um|a)|Bulletins?|Monographs?|Comments?"
    r"|Stud(?:y|ies)|Commentary|Analysis|Perspectives?|Insights?|Dispatch(?:es)?|Updates?|Contributions?|Briefings?|Monitors?|Outlooks?|Trackers?|Digests?"
    r"|Cables?|Dossiers?|Explainers?|Primers?|Spotlights?|Viewpoints?|Snapshots?|Fact\s?[Ss]heets?|Chartbooks?"
    r"|Leaflets?|Pamphlets?)"  # a society's series ('Technical Leaflet No. 22', 'Historical Pamphlet No. 9')
)
# a series a society names by its own words before a plural kind ('Goldfields Historical Studies No. 12', 'Tyneside
# Papers No. 4'): those words are the series' name (not a verb or a determiner before it)
_SOCIETY_SERIES = (
    r"(?:(?!(?:Read|Download|View|See|Get|The|Our|New|Latest|Related|Launch|Recent|Previous)\b)[A-Z][a-z]+\s+){1,2}"
    r"(?=(?:Studies|Papers|Monographs|Leaflets|Pamphlets|Essays)\s+No\.)"
)
_KINDS_ELSEWHERE = (
    r"(?:Documentos?|Cuadernos?) de (?:Trabajo|Trabalho|Discusión|Discussão|Investigación|Política)"
    r"|Notas? (?:de Política|Técnicas?|de Análisis)|Informes?(?: de Política| Técnicos?)?|Textos? para Discussão"
    r"|Documents? de (?:travail|recherche|politique)|Notes? (?:d'analyse(?: politique)?|de politique|de recherche)"
    r"|Cahiers?(?: de (?:recherche|travail)| d'études)?|Rapports? d'études?"
    # Portuguese and Spanish notebooks by their plain word, the publisher's initials perhaps before the sign
    # ('Cadernos NEUN nº 9' -> 'Cadernos nº 9')
    r"|Cadernos?|Cuadernos?"
    r"|(?:Arbeits|Diskussions|Strategie)papier|Studien?|Analysen?|Quaderni?|Rapporto|Relatório"
    # Polish series ('Raport nr 48', 'Biuletyn nr 512', 'Komentarz nr 1201')
    r"|Raport|Biuletyn|Komentarz"
    # Nordic reports, also with a publisher's initials joined to the word ('CØK-rapport nr. 4/2026')
    r"|(?:[A-ZÆØÅ]{2,6}-)?[Rr]apport"
)
# the kinds of a report in Lithuanian, Serbian, Ukrainian, Vietnamese, Swahili, Filipino, Indonesian and Romanian,
# and the signs they number them with
_KINDS_ABROAD = (
    r"analiz[eė]|ataskaita|studija|apžvalga|звіт|доповідь|аналіз|извештај|анализа|студија|izveštaj|izvještaj"
    r"|báo\s+cáo|ripoti|papel|ulat|kertas|laporan|raport|studiu"
    # Azerbaijani, Maltese, Sinhala, Amharic and Nepali (set 113): 'Siyasət sənədi № 4/2025', 'Rapport ta' Politika
    # Nru 3/2024', 'පර්යේෂණ වාර්තා අංක 3/2024', 'የፖሊሲ አጭር መግለጫ ቁጥር 5/2018', 'नीति पत्र अंक ३/२०८२'
    r"|sənədi|rapport|වාර්තාව?|(?:አጭር\s+)?መግለጫ|पत्र|प्रतिवेदन"
    # Armenian, Kazakh, Tamil, Mongolian, Uzbek and Malagasy (set 118): 'Քաղաքականության համառոտագիր № 3/2025',
    # 'Талдамалық баяндама № 2/2025', 'ஆய்வறிக்கை எண் 4/2024', 'Бодлогын судалгаа №2/2016', 'Tahliliy ma’ruza
    # № 5/2025', 'Taratasy Politika laharana faha-3/2023'
    r"|համառոտագիր|զեկույց|баяндама|ஆய்வறிக்கை|அறிக்கை|судалгаа|тайлан|ma['’ʼ]ruza|hisobot|taratasy(?:\s+politika)?"
    # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'Саясий сереп № 2/2024',
    # 'Analiza javnih politika br. 3/2022', 'Aarbechtspabeier Nr. 7/2025', 'Páipéar Beartais Uimh. 4', 'Ìwé Àbá
    # Ìlànà Nọ́mbà 6/2021', 'পলিসি ব্রিফ নং ৩/২০২৬', 'ບົດສະຫຼຸບນະໂຍບາຍ ສະບັບທີ 2/2024', 'پالیسی بریف نمبر 5'
    r"|сереп|баяндамасы|analiza|(?:aarbechts|diskussiouns)pabeier|páipéar|tuarascáil|ìwé"
    r"|পলিসি ব্রিফ|প্রতিবেদন|গবেষণাপত্র|ບົດ(?:ສະຫຼຸບ|ລາຍງານ)[\u0e80-\u0eff]*|پالیسی بریف|رپورٹ"
    # Albanian ('Punim Politikash Nr. 6/2026', policy paper; 'Analizë', 'Studim') and Macedonian with the
    # article its sentence joins to the kind ('наодите од Анализата на политики бр. 2/2025', named without it)
    r"|punim|analizë|studim|(?:анализа|студија)(?:та)?|извештај(?:от)?"
)
# a Macedonian kind with the definite article its sentence joins to it ('Анализата', 'Извештајот'): the
# series is named without it, as its own cover names it
_DEFINITE_KIND = re.compile(r"^(?P<kind>(?i:анализа|студија|извештај))(?:та|от)\b")
_SIGNS_ABROAD = (
    r"Nr\.|nr\.|№|số|Na\.|Blg\.|br\.|No\.|Nru\.?|අංක|ቁጥር|अंक|எண்|laharana(?:\s+faha-)?"
    r"|Uimh\.|N\u1ecd\u0301mb\u00e0|নং|ສະບັບທີ|نمبر"  # Irish, Yoruba, Bengali, Lao and Urdu (set 122)
    r"|Bil\.|бр\."  # Malay ('Laporan Dasar Bil. 2/2026', bilangan) and Macedonian ('бр. 2/2025', број)
)
# a programme item's word for presenting or launching a work, before its kind ('Pelancaran dan Pembentangan
# Laporan Dasar Bil. 2/2026', Malay; 'Презентација на …', Macedonian): none of the series' name
_PRESENTING_ABROAD = r"(?i:pembentangan|pelancaran|prezantim\w*|презентација|претставување|представяне)\s"
_NUMBER_IN_YEAR = r"\d{1,4}(?:[/-]\d{1,4})?"
# Georgian (document, report, study, paper, brief, review) and Korean (brief, report, issue paper, working paper)
_GEORGIAN_KINDS = r"(?:დოკუმენტი|ანგარიში|კვლევა|ნაშრომი|ბრიფი|მიმოხილვა)"
_KOREAN_KINDS = r"(?:브리프|보고서|리포트|이슈페이퍼|워킹페이퍼|페이퍼)"
# a word of a report's name, with the vowel signs of the scripts without capitals ('පර්යේෂණ', 'नीति')
# (and Lao's, Urdu's and the accents Yoruba stacks on a letter: 'ສະບັບ', 'Ọ̀rọ̀', set 122)
_WORD_ABROAD = r"[\w'’\u0300-\u036f\u0600-\u06ff\u0900-\u0dff\u0e80-\u0eff\u200c\u200d-]+"
# 'No. 12/2023' (a number within its year), '24-E-015' (year, series letter, number)
# ('IDB-TN-3012', 'IDB-WP-1620': the publisher's and the series' letters before the number; 'DP-2025-04',
# 'HI-PB-24-03': the letters, the year and the number within it)
_CODE = r"[A-Z]{2,5}-(?:[A-Z]{1,4}-)?(?:19|20)?\d\d-\d{1,4}|[A-Z]{2,5}-[A-Z]{1,4}-\d{1,5}"
_NUMBER = rf"\d+[A-Za-z]?(?:[./-](?:[A-Z]{{1,2}}-)?\d+)?|{_CODE}"
REPORT_RE = re.compile(
    # 'Occasional Paper Series, no. 7'; 'E-Brief 352' (an electronic series); 'Research Series No.
    # 171' (a series named by its word alone)
    rf"\b(?P<name>(?:{_SOCIETY_SERIES}|{_SERIES})(?:[Ee]-)?{_KINDS}(?:\s+Series)?|{_SERIES_WORD}\s+Series),?\s*(?:#\s*|[Nn]o\.\s*|[Nn]os?\.?\s+|[Nn]umber\s+|[Nn]r\.?\s*"
    r"|[Nn]\.?\s?[°º]\s*|n\.\s*|č\.\s*|Issue\s+)"  # Czech 'č.' ('Policy Paper č. 2/2026')
    rf"(?P<number>{_NUMBER})\b"
    rf"|\b(?P<name2>{_SERIES}(?:Working Paper|Policy Brief|Occasional Paper|Special Report|Monograph|[Ee]-Brief"
    r"|(?:Discussion|Research|Policy|Briefing|Background|Technical) Paper"
    r"|(?:Research|Technical|Staff|Country|Briefing|Background|Analytical|Policy) Report"
    r"|(?:Policy|Research|Technical|Briefing|Staff|Discussion|Analytical) (?:Note|Memo|Insight)))"
    # a number, not a year: 'Policy Brief 24-3', 'Working Paper WP/24/115', 'Discussion Paper DP19245',
    # 'Technical Note IDB-TN-3012', 'Policy Note N202611' (the series' letter, the year and the number),
    # 'Working Paper WP 2006: 4' (the series' letters, the year, a colon and the number, as Nordic series write it),
    # 'Working Paper WP 2024-03' (the letters, the year and the number within it)
    rf"\s+(?P<number2>(?!(?:19|20)\d\d\b)(?:[A-Z]{{1,3}} (?:19|20)\d\d(?:: ?|[-/])\d{{1,3}}"
    rf"|[A-Z]{{2,4}}/\d{{2}}/\d{{1,4}}|[A-Z]{{1,3}}\d{{3,6}}(?:-\d{{1,3}})?"
    rf"|[A-Z]{{2,3}}\d{{2}}(?:-\d{{1,3}})?|{_CODE}"
    r"|\d+[A-Za-z]?(?:/\d+|-[A-Z]{1,2}-\d+|-\d{1,3})?))\b"
    # 'Whitehall Report 3-19', 'Issue Brief 2023-07', 'Geneva Paper 29/21': a named series numbered within its year
    r"|\b(?P<name3>[A-Z][\w-]+\s+(?:Report|Paper|Brief|Note))\s+(?P<number3>\d{1,3}[-/]\d{2}|(?:19|20)\d\d-\d{1,3})\b(?!/)"
    # 'Policy Contribution 09/2023', 'Research Paper 2024/03': any series numbered within its year,
    # also as Nordic series write it ('Report 2025:4', 'Occasional Paper 2024:3'), and with the series'
    # letters after the year, as SWP writes it ('Research Paper 2019/RP 06', 'Commentary 2025/C 12')
    rf"|\b(?P<name4>{_SERIES}{_KINDS})\s+"
    # (or the series' letter before the year's two digits: 'Report C01:05', the fifth of 2001's series C)
    r"(?P<number4>\d{1,3}/(?:19|20)\d\d|(?:19|20)\d\d[/:](?:[A-Z]{1,3} ?)?\d{1,3}|[A-Z]\d\d:\d{1,3})\b"
    # 'Report 31 of the Harbour Commission': a body's reports numbered in order, its name after
    r"|\b(?P<name5>Report|Paper|Study)\s+(?P<number5>(?!(?:19|20)\d\d\b)\d{1,4})(?=\s+of\s+the\s+[A-Z])"
    # a series in Spanish, Portuguese, French, German or Italian, with its number's sign:
    # 'Documento de Trabajo N.º 08/2025', 'Document de travail n° 12', 'Arbeitspapier Nr. 5'
    # (the publisher's initials may stand before the sign: 'Raport ISP nr 48', 'Cahier de recherche de
    # l'IREPS n° 214', left out of the name like initials before the series)
    rf"|\b(?P<name6>(?=[A-Z])(?i:{_KINDS_ELSEWHERE}))\s*,?\s*(?P<by6>(?:de\s+l['’])?[A-Z]{{2,6}}\s+)?"
    rf"(?:[Nn]\.?\s?[°º]|[Nn]o\.|[Nn]r\.|nr(?=\s*\d)|n\.|č\.|núm\.)\s*(?P<number6>{_NUMBER})\b"
    # a series named by its region or subject, numbered plainly: 'Southern Africa Report 62', 'Arctic Paper 9'
    r"|\b(?!(?:Read|Download|View|See|Get|The|Our|New|Latest|Related)\b)(?P<name7>(?:[A-Z][a-z][\w-]*\s+){1,2}"
    r"(?:Report|Paper|Brief))\s+(?P<number7>[1-9]\d{0,2})\b(?![.,/:-]?\d)"
    # any series, by the sign 'n°', as the work a sentence says is published or launched: 'On the occasion
    # of the publication of Focus stratégique, n° 62, "…"' (a series with no kind word)
    r"|(?:(?<=publication of )|(?<=publication de )|(?<=launch of )|(?<=presentation of ))"
    r"(?P<name8>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[\w'’-]+){0,2}?),?\s+(?P<sign8>[Nn]\.?\s?[°º])\s*(?P<number8>\d{1,4})\b"
    # a series by its own name, then the kind in lower case and the number in brackets: 'his new AsiaPacific
    # Issues paper (No. 85)', named by the series and number ('AsiaPacific Issues No. 85')
    r"|\b(?P<name9>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:paper|report|brief|note|study)\s+"
    r"\((?P<sign9>No\.|Nr\.|#)\s*(?P<number9>\d{1,4})\)"
    # a series in the languages that write a report's kind with words of their own and number it with their
    # own sign ('Politikos analizė Nr. 2/2026', 'Аналітичний звіт № 1/2026', 'Báo cáo chính sách số 03/2026',
    # 'Ripoti ya Utafiti Na. 4/2026', 'Papel Pampatakaran Blg. 2026-02', 'Raport de politici publice nr. 5/2026')
    # (the publisher's initials before the sign left out: 'Kertas Kebijakan PKTP No. 3/2026')
    # (a name opening with an Armenian capital or a letter of a script without capitals, Tamil's too)
    # (or after the Maltese article joined to it by a hyphen: 'se jitnieda r-Rapport ta' Politika Nru 3/2024')
    rf"|(?:(?<![\w-])|(?<=\b[lrtdnsxzżċ]-)|(?<=\bi[lrtdnsxzżċ]-))(?P<name10>(?={CAPITAL}|[\u0531-\u0556\u0d80-\u0dff\u0900-\u0bff\u1200-\u139f\u0e80-\u0eff\u0600-\u06ff])"
    rf"(?:(?!{_PRESENTING_ABROAD}){_WORD_ABROAD}\s+)?"
    rf"(?i:{_KINDS_ABROAD})(?:\s+(?![A-Z]{{2,6}}\s){_WORD_ABROAD}){{0,3}}?)"
    # (a case's suffix after the number's hyphen: Armenian '№ 4/2026-ը', Mongolian '№3/2026-г')
    rf"(?:\s+[A-Z]{{2,6}})?\s+(?P<sign10>{_SIGNS_ABROAD})\s*(?P<number10>\d{{1,4}}(?:[/-]\d{{1,4}})?)(?![\w/]|-\d)"
    # and in the scripts without capitals, by the words of their kinds and their signs: Thai 'รายงานการวิจัย
    # ฉบับที่ 2/2569' (report, issue no.), Georgian 'პოლიტიკის დოკუმენტი №3/2026', Korean '정책브리프 제3호'
    rf"|(?P<name11>รายงาน[\u0e00-\u0e7f]*)\s+ฉบับที่\s*(?P<number11>{_NUMBER_IN_YEAR})(?![\w/-])"
    rf"|(?P<name12>(?:[\u10d0-\u10ff]+\s+)?{_GEORGIAN_KINDS})\s*№\s*(?P<number12>{_NUMBER_IN_YEAR})(?![\w/-])"
    rf"|(?P<name13>(?:[\uac00-\ud7af]+\u00a0)*(?:[\uac00-\ud7af]+\s+)?[\uac00-\ud7af]*{_KOREAN_KINDS})\s*제\s*"
    rf"(?P<number13>{_NUMBER_IN_YEAR})\s*호"
    # Khmer, the sign joined to the kind (set 118: 'សេចក្តីសង្ខេបគោលនយោបាយលេខ ០២/២០២៥', brief no.), and Basque,
    # the number before its sign ('Lan-paperak, 14. zk.': working papers, no. 14)
    rf"|(?P<name14>(?:សេចក្តីសង្ខេប|របាយការណ៍|ឯកសារ)[\u1780-\u17ff]*?)\s*លេខ\s*(?P<number14>{_NUMBER_IN_YEAR})(?![\w/-])"
    r"|(?<![\w-])(?P<name15>(?i:lan-paper(?:ak|ra)|txosten(?:a|ak)|azterlan(?:a|ak)|koaderno(?:a|ak)))"
    r",?\s+(?P<number15>\d{1,4})\.\s+zk\."
    # a series numbered within its year with no sign, its number perhaps run into the next line's name
    # in a dump ('Discussion Paper Series 2019/4Gülşen Karaduman, …')
    rf"|\b(?P<name16>(?:{_SERIES_WORD}\s+)?{_KINDS}\s+Series)\s+(?P<number16>(?:19|20)\d\d/\d{{1,2}})(?![\d/-])"
)
# two years in a row: a fiscal or academic year ('2025/26', '2023-24', '2024/2025')
_YEAR_RANGE = re.compile(r"(?P<first>(?:19|20)\d\d)[/–-](?P<second>\d\d|(?:19|20)\d\d)")


@lru_cache(maxsize=20_000)  # the readers ask it of each line many times
def _numbered(text: str) -> tuple[re.Match[str], ...]:
    """The series and numbers the text names, less an edition named by its fiscal year ('Tanzania
    Budget Brief 2025/26', 'Human Development Report 2023/24'): a year range, like the year of a
    flagship report's title, is no number ('Policy Brief 2024/12', the 12th of 2024, still is)."""
    return tuple(m for m in REPORT_RE.finditer(text) if not _is_year_range(_group(m, "number")))


def _first_numbered(text: str) -> re.Match[str] | None:
    return next(iter(_numbered(text)), None)


def _is_year_range(number: str) -> bool:
    found = _YEAR_RANGE.fullmatch(number)
    return found is not None and int(found["second"]) % 100 == (int(found["first"]) + 1) % 100


_LABELLED = re.compile(
    r"^(?:related )?(?:publications?|reports?|related reading"
    r"|(?:read|view|access) the (?:full )?(?:report|(?:policy |working |research )?(?:paper|brief)|study|book)"
    # 'Download the report (PDF)Title', 'Download the ReportTitle (PDF)': a text dump runs the link's
    # words into the title after them (the link and a title set apart are two links)
    r"|download the (?:full )?(?:report|paper|brief|study)(?P<file>\s*\(pdf[^()]{0,20}\))?)"
    r"(?(file)(?::\s*)?|(?:\s*:\s*|(?=(?-i:[A-Z]))))(?P<title>[A-Z\"“].{5,200})$",
    re.IGNORECASE,
)


# a post that reports on a meeting: 'Report: Policy Dialogue on X', 'Report: Roundtable on Y' (an account of
# the event, no publication)
_MEETING_REPORT = re.compile(
    r"^\s*Report\s*:\s*(?:(?:[A-Z][\w-]*|an?|the)\s+){0,2}?(?:Policy\s+)?(?:Dialogue|Seminar|Workshop|Conference"
    r"|Forum|Round\s?table|Symposium|Meeting|Lecture|Webinar|Colloquium|Consultation|Panel|Debate|Summit)s?\b"
)


def _menu_run_together(title: str) -> bool:
    """'PublicationsResearch ProgramsEventsExpertsVideosAbout INSS': a site's menu a text dump ran together
    after its 'Publications' item, words joined capital to capital, no work's title."""
    return len(re.findall(r"[A-Z][a-z]{2,}(?=[A-Z][a-z]{2,})", title)) >= 2


# A book launched at the event, by its quoted title: 'the launch of the book "Water Wars of the
# Indus: Treaty, Trust and Climate" by Dr X', 'launches her new book, "Y"'.
_BOOK = re.compile(
    # ('the promotion of the book "X"', as Central and South-East European pages call a launch)
    r"\b(?:launch(?:es|ing)?(?: of)?|present(?:s|ing)?|celebrat(?:e|es|ing)|promot(?:es?|ing|ion of))\s+"
    r"(?:the |her |his |their |a |our )?"
    r"(?:new |latest |forthcoming )?book,?\s+[\"“](?P<title>[^\"”]{5,200}?)[,.]?[\"”]"
    # '"Housing After the Boom", a special issue of Urban Policy and Research': a quoted work
    # the next words say is a book or an issue
    r"|[\"“](?P<title2>[^\"”]{5,200}?)[,.]?[\"”],?\s+(?:a|an|the|her|his|their|our)\s+(?:new\s+|latest\s+)?"
    r"(?:special issue|themed issue|book|edited volume|edited collection|volume|anthology)\b"
    r"(?!\s+(?:talk|launch|club|signing|discussion|event|reading|tour|fair|festival|prize|series|sale))"  # an event
    # 'the publication of The Salt Roads: Trade and Empire (ISBN 978-…)': a title its ISBN follows
    r"|\b(?:publication|launch|release)\s+of\s+(?:the\s+(?:new\s+)?book\s+)?(?P<title3>(?-i:[A-Z])[^()]{4,200}?)\s*\(\s*(?:e-?)?ISBN"
    # the same in Spanish, Portuguese, French, German and Polish, the title in guillemets or low quotes:
    # 'Presentación del libro «X»', 'Lançamento do livro "X"', 'Vorstellung des Buches „X“'
    r"|\b(?:presentaci[óo]n|lanzamiento|lan[çc]amento|apresenta[çc][ãa]o|pr[ée]sentation|lancement|Vorstellung"
    r"|Pr[äa]sentation|prezentacja|promocja)\s+(?:del\s+libro|do\s+livro|du\s+livre|de\s+l['’]ouvrage"
    r"|des\s+(?:neuen\s+)?Buch(?:e?s)|książki)\s*[«„“\"]\s*(?P<title4>[^»“”\"]{3,200}?)\s*[»“”\"]"
    # and in Italian, Bulgarian, Macedonian and Afrikaans, and a journal's themed issue that a sentence says
    # is presented ('представяне на книгата „X“', 'se presentará el número monográfico «X»')
    r"|\b(?:(?:presentazione|promozione)\s+del\s+(?:libro|volume)|представяне\s+на\s+книгата|промоција\s+на\s+книгата"
    r"|bekendstelling\s+van\s+die\s+boek|(?:present|lan[zç]|apresent)\w*\s+(?:el|la|o|a|il|lo)\s+"
    r"(?:número\s+(?:monográfico|especial)|numero\s+monografico|dossier|libro|livro|volume))"
    r"\s*[«„“\"]\s*(?P<title5>[^»“”\"]{3,200}?)\s*[»“”\"]"
    # a new book by its title and imprint, as a book is cited, in other languages: 'sy nuwe boek X (LAPA
    # Uitgewers, 2025)', 'su nuevo libro X (Siglo XXI, 2025)' (the imprint ends the title, whatever its case)
    r"|\b(?:nuwe|nieuwe|nuevo|novo|nouveau|nouvel|nuovo|neue[sn]?|nowa|nową|новата|нова)\s+"
    r"(?:boek|libro|livro|livre|ouvrage|Buch|książk[aę]|книга(?:та)?)\s+"
    rf"(?P<title6>(?-i:[A-ZÀ-ÖØ-ÞА-Я])[^()«»„“\"]{{2,200}}?)\s*{IMPRINT}"
    # the word for a book or a study in the genitive or accusative before its quoted title, its author's name
    # perhaps between (Ukrainian 'презентацію книжки Олександра X «…»', 'дослідження «…»', Russian 'книги «…»',
    # Urdu 'کتاب «…»', Georgian 'წიგნის „…“', 'კვლევის „…“', Vietnamese 'cuốn sách “…”')
    r"|(?:\bкнижк[иуа]|\bкниг[иуа]|\bдослідження|\bисследования|کتاب|წიგნის|კვლევის|\bcuốn\s+sách)\s+"
    r"(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w’'.-]+\s+){0,3}[«„“\"]\s*(?P<title7>[^»“”\"]{3,200}?)\s*[»“”\"]",
    re.IGNORECASE,
)


_BRACKETED_SERIES = re.compile(r"[「『]([^「」『』]+)[」』](?=\s*제\s*\d)")


def find_reports(lines: list[str], event_title: str | None = None, year: int | None = None) -> list[ReportDraft]:
    """Every numbered publication the lines name, and a book launched at the event, once each,
    in order of first mention; not the items of a list of the site's other publications (the
    event's title may read like one: 'Launch of Research Report No. 47: Urban Jobs'), nor one
    the text says came out in a year before the event's `year`."""
    found: dict[tuple[str, str], ReportDraft] = {}
    translations: set[tuple[str, str]] = set()
    kinds: dict[str, str] = {}  # a title's kind, when the line names it right before: 'its new working paper, "X"'
    lines = unwrapped(lines)
    text = "\n".join(lines)
    listed = _list_items(lines, event_title)
    listed -= _announced_by_kind(lines, listed)
    for index, line in enumerate(lines):
        # '「X 정책브리프」 제3호': the series' name in its brackets, its words held together (no-break spaces) as
        # one name however many they are ('「울산 산업전환 이슈페이퍼」 제2023-2호', set 126)
        line = _BRACKETED_SERIES.sub(lambda m: m.group(1).replace(" ", "\u00a0"), line)
        for book in _BOOK.finditer(line):
            title = given_in_full(next(t for t in book.groups() if t).strip(), lines, event_title)
            found.setdefault((title.lower(), ""), ReportDraft(name=title))
        for title, after in launched_titles(line):
            if _is_bare_kind(title):  # 'the main findings of the Special Report': one named elsewhere
                continue
            at = line.find(title)
            # 'the new Policy Paper No. 21, "X", which will be launched': the title run that starts
            # inside a series and number ('No. 21, "X"') is the numbered one, named by its number
            if named_as_earlier(line, at) or any(m.start() <= at < m.end() for m in _numbered(line)):
                continue
            if _CODE_FIRST.match(title):  # "the Institute's report C01:05, "X"": a numbered work's own title
                continue
            if published_before(line, at + len(title), year):  # '… X on informality published in 2023'
                continue
            if _HONOURED.match(after):  # a bio's book: 'Her latest book, X (2024), was shortlisted for …'
                continue
            own_series = _OWN_SERIES.match(title)
            if own_series:  # 'a new report, Peaceworks No. 61, "X"': a series of its own name, numbered
                # ('ELIAMEP Policy Paper No. 23': the publisher's initials before a series' words are none of it)
                name = _PUBLISHER_INITIALS.sub("", own_series.group(0))
                key = (_PUBLISHER_INITIALS.sub("", own_series.group("name")).lower(), own_series.group("number"))
                found.setdefault(key, ReportDraft(name=name, number=own_series.group("number")))
                continue
            # a numbered one is named by its series and number: '"Beyond Pipelines" (FEF Study No. 48)'
            if not _first_numbered(title) and not _numbered_after(after):
                kind = _KIND_BEFORE.search(line[:at])
                title = _as_written_below(given_in_full(in_full(title, event_title), lines, event_title), text)
                found.setdefault((title.lower(), ""), ReportDraft(name=title))
                kinds.update({title.lower(): kind.group("kind").lower()} if kind else {})
        if index in listed:
            continue
        labelled = _LABELLED.match(line)
        labelled = None if labelled and _menu_run_together(labelled.group("title")) else labelled
        labelled = None if labelled and _MEETING_REPORT.match(line) else labelled
        series = _first_numbered(labelled.group("title")) if labelled else None
        if labelled and series:  # 'Related publication: ECSP Report Issue 13'
            title = _without_work_title(labelled.group("title"), series.end()).strip(' "“”.')
            number = _group(series, "number")
            found.setdefault((title.lower(), number), ReportDraft(name=title, number=number))
            continue
        for match in _numbered(line):
            name, number = _group(match, "name"), _group(match, "number")
            key = (name.lower().rstrip("s"), number)
            if _translated(line, match):  # 'Note d'analyse n°27 (Policy Brief No. 27)': one work
                translations.add(key)
                continue
            earlier = named_as_earlier(line, match.start()) or published_before(line, match.end(), year)
            earlier = earlier or published_later(line, match.end())
            # ('Kennan Cable No. 89' read above as a launched work's own series: 'Cable No. 89' is it)
            known = any(n == number and k.endswith(key[0]) for k, n in found)
            if key not in found and not earlier and not known:
                found[key] = ReportDraft(name=_with_series_word(line, match, text), number=number)
            more = _more_numbers(line, match)
            if more and key in found:  # 'Discussion Papers 7/2026 and 8/2026': each by the singular
                single = _singular(found[key].name, number)
                found[key] = ReportDraft(name=single, number=number)
                prefix = single[: single.rindex(number)]
                for other in more:
                    found.setdefault((key[0], other), ReportDraft(name=prefix + other, number=other))
        for match in _DOWNLOAD_SERIES.finditer(line):  # 'Download One Issue, Two Voices #11'
            if any(match.start() <= known.start() < match.end() for known in _numbered(line)):
                continue  # 'Download Asia Program Special Report No. 142': a series read above
            name, number = match.group("name"), match.group("number")
            key = (name.lower().rstrip("s"), number)
            found.setdefault(key, ReportDraft(name=match.group(0)[len("Download") :].strip(), number=number))
        if labelled:
            # ('Download the ReportX (PDF)' beside the prose's 'X: Subtitle': one work)
            title = given_in_full(_FILE_NOTE.sub("", labelled.group("title")).strip(' "“”'), lines, event_title)
            found.setdefault((title.lower(), ""), ReportDraft(name=title))
    for title in _carded_as_own(lines):
        found.setdefault((title.lower(), ""), ReportDraft(name=given_in_full(title, lines, event_title)))
    found = {key: report for key, report in found.items() if not _numbered_elsewhere(kinds.get(key[0]), found)}
    return _named_in_full([report for key, report in found.items() if key not in translations])


# the kind of a series' work written right before a title: 'launched its new working paper, "X"'
_KIND_BEFORE = re.compile(
    rf"\b(?P<kind>{SERIES_WORD}\s+(?:paper|brief|note|report|study))\s*,?\s*[\"“‘']?$", re.IGNORECASE
)


def _numbered_elsewhere(kind: str | None, found: dict[tuple[str, str], ReportDraft]) -> bool:
    """'CDRI launched its new working paper, "X"' on a page that names 'Working Paper Series No. 108':
    the one numbered work of the kind the title was given as is that work, named by its series and
    number, as a title with its number beside it is ('"X" (FEF Study No. 48)')."""
    numbered = [report for report in found.values() if report.number and kind and kind in report.name.lower()]
    return len(numbered) == 1


# a series and number named again in brackets right after another's, the same number: the work's
# title in a second language ('Note d'analyse politique n°27 (Policy Brief No. 27)')
def _translated(line: str, match: re.Match[str]) -> bool:
    bracket = re.search(r"\S\s*\(\s*$", line[: match.start()])
    number = _group(match, "number")
    return bracket is not None and any(
        m.end() == bracket.start() + 1 and _group(m, "number") == number for m in _numbered(line[: match.start()])
    )


# more numbers after a plural series: 'Discussion Papers 7/2026 und 8/2026', 'Working Papers Nos. 12 and 13'
_MORE_NUMBER = re.compile(rf"\s*(?:,|&|and|und|et|y|e|i)\s+(?P<number>{_NUMBER})\b")


def _more_numbers(line: str, match: re.Match[str]) -> list[str]:
    kind = _group(match, "name").split()[-1]
    if not re.fullmatch(rf"{_KINDS}", kind) or not kind.endswith("s") or kind.endswith(("ss", "sis")):
        return []
    numbers, at = [], match.end()
    while more := _MORE_NUMBER.match(line, at):
        numbers.append(more.group("number"))
        at = more.end()
    return numbers


def _singular(name: str, number: str) -> str:
    """'Discussion Papers 7/2026' -> 'Discussion Paper 7/2026', 'Working Papers Nos. 12' -> 'Working
    Paper No. 12', 'Studies No. 4' -> 'Study No. 4'."""
    head = re.fullmatch(r"(?P<series>.*?)(?P<kind>\w+)(?P<sign>\W*?(?:Nos?\.?|Nr\.?)?\W*)", name[: name.rindex(number)])
    if not head or not head["kind"].endswith("s"):
        return name  # already one: the plural named twice ('Working Papers No. 23 and 24' in the heading and the text)
    kind = head["kind"]
    one = kind[:-3] + "y" if kind.endswith("ies") else kind[:-2] if kind.endswith(("ches", "shes")) else kind[:-1]
    return f"{head['series']}{one}{head['sign'].replace('Nos', 'No')}{number}"


# a title run that opens with a work's number and a comma, the kind before it in lower case ('report C01:05,
# "X"'): the number names the work, read where a series writes it in full
_CODE_FIRST = re.compile(r"[A-Z]{1,3}\d[\d:/.-]*,\s")


# a kind of work alone, no title of its own: 'Special Report', 'Working Paper'
_BARE_KIND = re.compile(rf"{_SERIES}(?:[Ee]-)?{_KINDS}")


def _is_bare_kind(title: str) -> bool:
    """'Special Report', or a programme's heading in capitals: 'FINDINGS OF THE STUDY' names no work."""
    words = re.sub(r"^(?:the|our|this|a|an)\s+", "", title, flags=re.IGNORECASE)
    return bool(_BARE_KIND.fullmatch(words) or (words.isupper() and _BARE_KIND.fullmatch(words.title())))


def _named_in_full(reports: list[ReportDraft]) -> list[ReportDraft]:
    """'Emerging Technology Policy Series No. 7' in the text and '… Policy Series No. 7' read in a
    downloads list: one report, by the fuller name, as the same number ends both."""
    return [
        r
        for r in reports
        if not any(o is not r and r.number and o.number == r.number and o.name.endswith(f" {r.name}") for o in reports)
        # ('the … Index 2025' launched, 'the Index' named again without its year: one edition)
        and not any(
            o is not r and not r.number and re.fullmatch(rf"{re.escape(r.name)} (?:19|20)\d\d", o.name) for o in reports
        )
    ]


def _as_written_below(title: str, text: str) -> str:
    """A work's name read from a line in capitals ('LAUNCH OF THE NORTH EAST PRODUCTIVITY INDEX 2025')
    in the case the text writes its words elsewhere ('the fourth North East Productivity Index'), less
    the article; the name as read when the text writes it in no other case."""
    words = title.split()
    if len(words) < 2 or not title.isupper():
        return title
    words = words[1:] if words[0] == "THE" else words
    # (a word's capitalised form before its lower-case one: 'Productivity' of the name, not of the prose)
    spelled = sorted((w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if not w.isupper()), key=str.istitle)
    cased = {w.lower(): w for w in spelled}
    written = [cased.get(w.lower()) or (w if not w.isalpha() else None) for w in words]
    return title if None in written else " ".join(w for w in written if w)


CARD_REACH = 3  # filled lines: a card's tag, then its title


def _carded_as_own(lines: list[str]) -> list[str]:
    """The unnumbered title of the one card under a heading that names the event's own work
    ('Related Publication' / 'Report' / 'Rain and Credit: Microfinance in Bangladesh' / 'March 3,
    2024'): the card's first line that is a title, past its tag ('Report'); a numbered one is read
    by its series above."""
    titles = []
    filled = [line.strip() for line in lines if line.strip()]
    for at, line in enumerate(filled):
        card_lines = filled[at + 1 : at + 2 + CARD_REACH]
        if not names_own_publication(line) or any(_numbered(card) for card in card_lines):
            continue
        for card in card_lines[:CARD_REACH]:
            if is_kind_tag(card):
                continue
            title = _FILE_NOTE.sub("", card).strip(' "“”')
            if title_at(title) == title and not _numbered(title) and not find_dates(title, default_year=2000):
                titles.append(title)
            break
    return titles


# what a bio says of a speaker's earlier book after its title: a prize or a translation
_HONOURED = re.compile(
    r"[\"”’']?,?\s*(?:\([^()]{1,60}\)\s*,?\s*)?(?:won|received|(?:was|has\s+been)\s+(?:shortlisted|longlisted"
    r"|awarded|named|selected|translated|nominated))\b"
)


def _numbered_after(after: str) -> bool:
    """The words after a title number it: '"Beyond Pipelines" (FEF Study No. 48)', or, where the title
    read stopped at its own question mark, 'Water for Whom? Drought, … Cape (Research Report 14)': a
    bracket in the same sentence that holds a series and number."""
    bracket = re.match(r"[^.;()]{0,160}\((?P<inside>[^()]{3,80})\)", after)
    next_part = re.split(r"[),;]", after.lstrip(" ,("))[0]
    return bool(_first_numbered(next_part) or bracket and _first_numbered(bracket["inside"]))


# 'will present her new Policy Contribution, which …': the kind of the work the event presents, its
# number left to the page's downloads ('Policy Contribution 2013/04: Title' under 'Materials')
_NEW_OF_KIND = re.compile(
    r"\b(?:present|launch|releas|unveil|discuss)\w*\s+(?:her|his|their|its|our|the|a)\s+(?:new|latest|forthcoming)\s+"
    rf"(?P<kind>(?:[A-Z][\w-]*\s+){{0,2}}{_KINDS})\b(?!\s*(?:[Nn]o\.|#|\d))"
)


def _announced_by_kind(lines: list[str], listed: set[int]) -> set[int]:
    """The one listed work of the kind a sentence says the event presents as new, unnumbered."""
    own: set[int] = set()
    for sentence in _NEW_OF_KIND.finditer("\n".join(lines)):
        kind = sentence.group("kind").lower().rstrip("s")
        of_kind = [i for i in listed if _kind_of(lines[i]).endswith(kind)]
        own |= set(of_kind) if len(of_kind) == 1 else set()
    return own


def _kind_of(line: str) -> str:
    numbered = _first_numbered(line)
    return _group(numbered, "name").lower().rstrip("s") if numbered and numbered.start() == 0 else ""


# a download link run into the text by a dump, then a series named by words of its own and its
# number: 'University of VirginiaDownload One Issue, Two Voices #11'
_DOWNLOAD_SERIES = re.compile(
    r"Download\s+(?P<name>[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){0,5})\s*(?:#\s*|No\.\s*)(?P<number>\d+)\b"
)


# a publisher's initials before a series' own words: 'ELIAMEP Policy Paper', 'CDD-Ghana Research Paper'
_PUBLISHER_INITIALS = re.compile(rf"^[A-Z]{{2,}}(?:-[A-Z][a-z]+)?\s+(?=(?:{_SERIES_WORD}\s+)?{_KINDS}\b)")
# a launched work's title that opens with its series, named by a word of its own, and number
_OWN_SERIES = re.compile(
    r"^(?P<name>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*),?\s+(?:No\.|Number|#)\s*(?P<number>\d+[A-Za-z]?)\b"
)


def _list_items(lines: list[str], title: str | None) -> set[int]:
    """The lines that are items of a list of publications (not the event's title, nor the one
    card under a heading that names one publication: 'Related Publication'), a 'Report: Title'
    line next to one of them, two 'Kind: Title' lines of content side by side ('Report: X' /
    'Podcast: Y'), and a line that is only a publication and its title or date near another
    ('Report 2025:2 Temporary Contracts' / 'Working Paper 2024:18 Firm Relocation')."""
    items = {
        i for i, line in enumerate(lines) if not (title and title in line) and opens_list_item(line, _numbered(line))
    }
    items |= {i for i, line in enumerate(lines) if _after_heading_of_others(line)}
    filled = [i for i, line in enumerate(lines) if line.strip()]
    items -= {index for at, index in enumerate(filled) if at and heads_own_publication(lines[filled[at - 1]])}
    content = {i for i in filled if is_content_item(lines[i])}
    bare = {i for i in filled if not (title and title in lines[i]) and _bare(lines[i])}
    for at, index in enumerate(filled):
        neighbours = set(filled[max(0, at - 1) : at + 2]) - {index}
        if (is_kind_and_title(lines[index]) and neighbours & items) or (index in content and neighbours & content):
            items.add(index)
        # cards of publications, each a line of its own, a tag or a summary between them
        if index in bare and (bare | items) & set(filled[max(0, at - BARE_REACH) : at + BARE_REACH + 1]) - {index}:
            items.add(index)
    return items - _introduced_as_own(lines, items)


# a sentence saying the event launches what it lists: '… two new briefings, which will be launched
# at this lunchtime event:' (not 'has published', a catalogue's lead)
_LAUNCH_LEAD = re.compile(r"\b(?:launch|present|releas|unveil|discuss)\w*|\bpublish(?:es|ing)\b", re.IGNORECASE)


# a heading over the works the event presents: 'Papers presented', 'Reports to be launched',
# 'Publications presented at the seminar', 'Papers for discussion', or the event's own downloads:
# 'Event Materials', 'Meeting documents'
_PRESENTED_HEADING = re.compile(
    r"(?:(?:the\s+)?(?:new\s+)?(?:papers?|reports?|publications?|studies|briefs?|briefings?|works?)\s+"
    r"(?:(?:to\s+be|being)\s+)?(?:presented|launched|released|discussed|for\s+discussion|under\s+discussion)"
    r"(?:\s+(?:at|in|during)\s+(?:the|this)\s+\w+)?"
    r"|(?:event|meeting|seminar|webinar|conference|workshop|session)\s+(?:materials|documents|downloads))\s*:?",
    re.IGNORECASE,
)


def heads_presented_works(line: str) -> bool:
    """'Papers presented', 'Event Materials': a heading over the works the event itself presents or
    offers, though a heading over its recording ('Event video') lists nothing of the kind."""
    return _PRESENTED_HEADING.fullmatch(line.strip()) is not None


def _leads_own_list(line: str) -> bool:
    launching = line.rstrip().endswith(":") and _running_text(line) and _LAUNCH_LEAD.search(line)
    return bool(launching or heads_presented_works(line))


def _introduced_as_own(lines: list[str], items: set[int]) -> set[int]:
    """The items of a list that a sentence ending in a colon introduces as what the event
    launches or presents ('… which will be launched at this event:' / '* Wales Fiscal Briefing
    No. 9: Council Tax …'), or a heading that says so ('Papers presented' / 'Working Paper No.
    1781 – "Title", by X'), each with the lines its text wraps onto; under a heading, past the
    short lines of its other downloads ('Agenda', '(80 KB)')."""
    own: set[int] = set()
    for index, line in enumerate(lines):
        if not _leads_own_list(line):
            continue
        attached = False
        for at in range(index + 1, len(lines)):
            if at in items or (attached and lines[at].strip()):
                own.add(at)
                attached = True
            elif lines[at].strip() and heads_presented_works(line) and _other_download(lines[at]):
                continue
            elif lines[at].strip():
                break
            else:
                attached = False
    return own & items


def _other_download(line: str) -> bool:
    """A short line that is no running text nor a heading: a file's name or size ('Presentation
    slides', '(80 KB)', 'Agenda'), not 'Related Publications' or 'Speakers'."""
    label = match_label(line)
    return len(line.split()) <= 5 and not _running_text(line) and (label is None or label[0].kind == "agenda")


BARE_REACH = 3  # filled lines: a card's tag, its publication and its summary


def _after_heading_of_others(line: str) -> bool:
    """'Latest publications: Policy Paper 2025/02: Title': a list's heading and its first item
    on one line, as a sidebar's definition list or a text rendering joins them ('Related: X'
    alone names the event's own, as sets 21, 22 and 28 write it)."""
    found = match_label(line)
    related = re.match(r"\s*related\s*:", line, re.IGNORECASE)
    return found is not None and found[0].kind == "ignore" and bool(found[1]) and not related


def _bare(line: str) -> bool:
    return any(is_bare_reference(line, m.start(), m.end()) for m in _numbered(line))


# a programme's line: its time, then the item's capital ('19.55 Presentation: X', '9:30 am Welcome'), also
# with the comma a table's cells are joined by ('9:15 - 9:45, Official opening, Guest of Honour: …')
_TIMED_ITEM = re.compile(r"^\s*[0-2]?\d[.:][0-5]\d(?:\s*[–-]\s*[0-2]?\d[.:][0-5]\d)?(?:\s?[ap]\.?m\.?)?,?\s+[A-Z]")


def unwrapped(lines: list[str]) -> list[str]:
    """The lines with running text rejoined where a text dump wrapped it at a fixed width ('…
    presents its new report, NIAP Report' / '2/2025, "The Bastion Reconsidered"'): a line of
    prose that stops mid-sentence goes on in the next line, and so does a line it went on in
    ('… Rounds". The paper' / 'follows Policy Discussion Paper No. 2024/05 …')."""
    joined: list[str] = []
    going_on = False
    for line in lines:
        # 'Policy Note 2024/07: X' stands alone, and so does a programme's '19.55  Presentation: X'
        item = opens_list_item(line, _numbered(line)) or bool(_TIMED_ITEM.match(line))
        continued = going_on and bool(line) and not item
        if continued:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        stops = re.search(r"[.!?:;][\"”')]?$", line) and not _open_quote(joined[-1])
        going_on = (continued or _running_text(line)) and not stops and not item
    return joined


def _open_quote(text: str) -> bool:
    """A quoted title is still open: 'She was the lead author of "Sri Lanka:' goes on in the next
    line, whatever stop ends this one."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _running_text(line: str) -> bool:
    """Prose, or a wrapped piece of it: mostly lower-case words ('volatile. This seminar presents
    the findings of PCDP Discussion Paper'), unlike a title or a list item."""
    words = line.split()
    return is_prose(line) or (len(words) >= 8 and sum(w[0].islower() for w in words) >= 4)


def _group(match: re.Match[str], name: str) -> str:
    """The named group of whichever alternative of REPORT_RE matched ('number', 'number2', …)."""
    return next(v for v in (match.group(f"{name}{n}") for n in ("", *"23456789", *map(str, range(10, 17)))) if v)


def _with_series_word(line: str, match: re.Match[str], text: str) -> str:
    """A series name with a word of its own before the series words, within a sentence: 'the
    Institute's Arctic Policy Paper Series No. 8', '(Western Policy Report No. 17)'; not a word
    that begins an organisation's name on the page ('Menzies Policy Report' of the Menzies
    Institute: the publisher's name, left out like its initials)."""
    labelled = _DOWNLOAD_WORD.search(line[: match.start()])
    if labelled:  # a download link's label names the file as the page writes it
        return f"{labelled.group('word')} {' '.join(match.group(0).split())}"
    name = _with_series_acronym(line, match)
    if name != " ".join(match.group(0).split()):
        return name
    before = _WORD_BEFORE.search(line[: match.start()])
    alone = not line[match.end() :].strip()  # the label's own line: its opening word is the series'
    word = before.group("word") or (before.group("opening") if alone else None) if before else None
    if word in _SENTENCE_OPENERS:
        return name  # 'In Policy Paper No. 4'
    if word and _named_after_body(word, _group(match, "name"), text):
        return f"{word} {name}"
    if not word or is_org_word(word) or word in _LEAD_WORDS:
        return name
    series = match.group(0).split()[0]
    # the capitalised words before it in the series' own line: 'Northern' of 'Northern Futures
    # Discussion Paper' begins the publisher's name ('Northern Futures Institute') there too
    lead = re.search(r"(?:[A-Z][\w'-]*[ \t]+)+$", line[: before.start()]) if before else None
    publisher = any(
        any(is_org_word(w) for w in m.group("rest").split()) and m.group("rest").split()[0] != series
        for m in re.finditer(rf"\b{re.escape(word)}(?P<rest>(?:\s+[A-Z][\w'-]*){{1,4}})", text)
        if not _inside_name(text[: m.start()]) or (lead and text[: m.start()].endswith(lead.group(0)))
    )
    if publisher:
        return name
    first = _closing_word_of_body(line[: before.start()], word, text) if before else None
    return f"{first} {word} {name}" if first else f"{word} {name}"


def _closing_word_of_body(before: str, word: str, text: str) -> str | None:
    """The capitalised word before `word` when the two close a body's name on the page: the 'Regional
    Futures Working Paper No. 6' of the 'Centre for Regional Futures' keeps both its words."""
    found = re.search(r"(?:(?<=[a-z,] )|(?<=\())(?P<first>[A-Z][a-z][\w-]*) $", before)
    closing = found and re.search(rf"\b(?:for|of|on)\s+{re.escape(found['first'])}\s+{re.escape(word)}\b", text)
    return found["first"] if found and closing and found["first"] not in _SENTENCE_OPENERS else None


def _inside_name(before: str) -> bool:
    """The word after `before` goes on a name begun earlier ('Science and Technology', 'Center for
    Urban'), so it opens no organisation's name."""
    return bool(re.search(r"(?:\b(?:and|of|for|on)|&|\b(?!The\b)[A-Z][\w'-]*)[ \t]+$", before))


def _named_after_body(word: str, series: str, text: str) -> bool:
    """'Independent Task Force Report No. 81' of the 'Independent Task Force on Water Security':
    a series named after the body that writes it keeps the body's first word, though that word
    is one that organisations' names use ('Independent', 'Global', 'Joint')."""
    *body, kind = series.split()
    body_named = rf"\b{re.escape(word)}\s+{re.escape(' '.join(body))}\s+(?!{kind})\w"
    return bool(body) and re.search(body_named, text) is not None


def _with_series_acronym(line: str, match: re.Match[str]) -> str:
    """A bare kind ('Report No. 3') is named by the series words before it ('ISM Energy Report
    No. 3' -> 'Energy Report No. 3', the initials being the publisher's), else by the initials
    ('CIGI Papers No. 244')."""
    # 'Focus stratégique, n° 62' without the comma before its sign, 'X paper (No. 85)' without the kind and the
    # brackets, 'Kertas Kebijakan PKTP No. 3/2026' without the initials
    for n in ("8", "9", "10"):
        if match.group(f"name{n}"):
            # ('Бодлогын судалгаа №2/2016', 'laharana faha-3/2023': the sign and its number as written)
            gap = " " if n != "10" else match.string[match.end(f"sign{n}") : match.start(f"number{n}")]
            indefinite = _DEFINITE_KIND.sub(r"\g<kind>", match[f"name{n}"])
            return f"{indefinite} {match[f'sign{n}']}{gap}{match[f'number{n}']}"
    if match.group("name15"):  # 'Lan-paperak, 14. zk.' without the comma
        return f"{match['name15']} {match['number15']}. zk."
    if match.group("by6"):  # 'Raport ISP nr 48' -> 'Raport nr 48'
        start, end = match.span("by6")
        return " ".join((line[match.start() : start] + line[end : match.end()]).split())
    name = " ".join(match.group(0).split())
    # (a bare kind numbered within its year too: 'BIDR Report 2026:3', 'IDS Papers Series 2019/4')
    kind = match.group("name") or match.group("name4") or match.group("name16") or ""
    if re.fullmatch(rf"{_KINDS}(?:\s+Series)?", kind) is None:
        return name
    before = line[: match.start()]
    body = _body_named_series(before)
    if body:  # 'published as Policy Research Project Report Number 231'
        return f"{body} {name}"
    series = re.search(r"(?<![\w-])((?:[A-Z][a-z][\w-]*\s+){1,2})$", before)
    acronym = re.search(r"\b([A-Z]{2,6})\s+$", before)
    # ('In Kennan Cable No. 78, …': the sentence's opening word is none of the series' name)
    words = series.group(1).split() if series else []
    words = words[1:] if words[:1] and words[0] in _SENTENCE_OPENERS else words
    if words and not any(is_org_word(w) or w in _LEAD_WORDS for w in words):
        return f"{' '.join(words)} {name}"
    return f"{acronym.group(1)} {name}" if acronym else name


# the capitalised words a sentence writes just before a bare kind, after a word in lower case or
# a bracket: 'published as Policy Research Project Report …', '(Joint Research Centre Report …'
_BODY_RUN = re.compile(r"(?:^|\b[a-z][\w,]*\s+|[(\[:]\s*)(?P<run>(?:[A-Z][a-z][\w-]*\s+){2,4})$")


def _body_named_series(before: str) -> str | None:
    """A bare kind named after the body that writes the series, its name being several words one
    of which names a body ('Policy Research Project Report Number 231', 'Joint Research Centre
    Report 12'): the series is the body's name and the kind, as the 'Independent Task Force Report
    No. 81' of the 'Independent Task Force on …' is; a sentence's or link's lead word is none of it."""
    found = _BODY_RUN.search(before)
    words = found.group("run").split() if found else []
    while words and words[0] in _LEAD_WORDS:
        words.pop(0)
    return " ".join(words) if len(words) >= 2 and any(is_org_word(w) for w in words) else None


# a capitalised word inside a sentence (after a word, 'the', "Institute's" or an opening bracket), or
# opening the line the label stands on ('Energy Policy Paper No. 4' beside the heading)
_WORD_BEFORE = re.compile(r"(?:(?<=[\w',] )|(?<=\())(?P<word>[A-Z][a-z][\w-]*) $|^(?P<opening>[A-Z][a-z][\w-]*) $")
# a series' own word after a download link's label, run into the line before it or not: 'Instituto
# X, Y Trust; Z, CostaDownload Harbour Brief #9' (though 'Harbour' opens its publisher's name too)
_DOWNLOAD_WORD = re.compile(r"(?:\bDownload|(?<=[a-z)])Download)\s+(?P<word>[A-Z][a-z][\w-]*) $")
_LEAD_WORDS = ("Read", "Download", "View", "See", "Get", "The", "Our", "New", "Latest", "Related")
_SENTENCE_OPENERS = ("In", "At", "On", "For", "From", "With", "By", "As", "Of", "To", "And", "Its", "This", "A", "An")


# a download's file note or a year after a title: 'Cities of Tomorrow (PDF, 2 MB)', 'X [PDF]', 'X –
# PDF 1.2 MB', 'Water Wars (2023)'
_FILE_NOTE = re.compile(
    r"\s*(?:[(\[]\s*(?:PDF|DOCX?|EPUB|XLSX?)\b[^)\]]*[)\]]|[–—-]\s*(?:PDF|DOCX?|EPUB)\b.*|\((?:19|20)\d\d\))$",
    re.IGNORECASE,
)


def _without_work_title(label: str, number_end: int) -> str:
    """'Issue Brief No. 2025-14, "Sixty Years of Normalization"': the series and number name
    the report; the work's own title after a comma, colon or dash is left out."""
    rest = label[number_end:]
    return label[:number_end] if re.match(r"\s*[,:;–—(]|\s+[-\"“]", rest) else label


def publisher_named_before(line: str, report: ReportDraft) -> str | None:
    """'Asia Program Special Report #115': the words before the series name the publisher."""
    at = line.find(report.name)
    if at <= 0:
        return None
    before = re.search(r"((?:[A-Z][\w'&.-]*\s+){1,6})$", line[:at])
    if not before or not any(is_org_word(w) for w in before.group(1).split()):
        return None
    return re.sub(r"^(?:Download|Read|View|See|Get|The)\s+", "", before.group(1).strip())


def as_written(name: str, page: str) -> str:
    """A report's name with the apostrophes the page writes ('Indonesia’s Nickel …'): the text is read
    with one form of apostrophe (lines.normalise), but a title is cited as it is printed."""

    def printed(match: re.Match[str]) -> str:
        word = match.group(0)
        typographic = word.replace("'", "’")
        return typographic if typographic in page and word not in page else word

    return re.sub(r"\w*'\w*", printed, name)
