"""Personal and organisation names: normalisation, variants and comparison.

Event pages write the same person in several ways: "Jian Chen" and "Chen Jian" (given-name-first
and family-name-first orders, common with Chinese, Korean and Japanese names), "Samuel S. Kim"
and "Samuel Kim", "Dr. Chen". These functions reduce a name to comparable parts so that identity
resolution, ingestion and authority scoring agree on what "the same name" means.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from anyascii import anyascii

HONORIFICS = (
    "dr",
    "prof",
    "professor",
    "amb",
    "ambassador",
    "h e",
    "he",
    "his excellency",
    "her excellency",
    "rep",
    "representative",
    "sen",
    "senator",
    "mr",
    "mrs",
    "ms",
    "miss",
    "gen",
    "general",
    "adm",
    "admiral",
    "col",
    "colonel",
    "lt",
    "hon",
    "the honorable",
    "honorable",
    "the hon",
    "the honourable",
    "honourable",
    "rev",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "minister",
    "judge",
    "justice",
    "gov",
    "governor",
    "secretary",
    "mayor",
    "rabbi",
    "father",
    "sister",
    "imam",
)
SUFFIXES = ("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "obe", "cbe", "kbe")

_HONORIFIC_RE = re.compile(
    r"^(?:(?:"
    + "|".join(re.escape(h).replace(r"\ ", r"\.?\s*") for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+)+",
    re.IGNORECASE,
)


@lru_cache(maxsize=200_000)  # the readers fold the same few words of a page over and over
def fold(text: str) -> str:
    """Lower case, diacritics removed, punctuation turned to spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("ß", "ss").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    # letters no decomposition takes apart: Turkish dotless 'ı' ('Aslı', 'Sabancı'), 'æ', 'œ', 'þ', 'ð'
    stripped = stripped.replace("ı", "i").replace("æ", "ae").replace("œ", "oe").replace("þ", "th").replace("ð", "d")
    cleaned = re.sub(r"[^\w\s]", " ", stripped.lower())
    return " ".join(cleaned.split())


def slugify(text: str) -> str:
    """A readable IRI segment: 'Chen Jian' -> 'chen-jian', 'Драган Петровић' -> 'dragan-petrovic'."""
    folded = fold(text).replace("_", " ")
    if not folded.isascii():  # a script fold leaves as it is (Cyrillic, Greek, CJK, Arabic): spelled in Latin letters
        folded = anyascii(folded).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "unnamed"


def split_honorific(name: str) -> tuple[str | None, str]:
    """('Dr.', 'Chen Jian') from 'Dr. Chen Jian'; (None, name) when there is none."""
    match = _HONORIFIC_RE.match(name.strip())
    if not match or match.end() >= len(name.strip()):
        return None, name.strip()
    return match.group(0).strip(), name.strip()[match.end() :].strip()


@dataclass(frozen=True)
class NameParts:
    """The comparable content of a personal name."""

    words: frozenset[str]  # full words (two letters or more), folded
    initials: tuple[str, ...]  # single letters, in order

    @property
    def letters(self) -> frozenset[str]:
        return frozenset(w[0] for w in self.words) | frozenset(self.initials)


@lru_cache(maxsize=200_000)
def name_parts(name: str) -> NameParts:
    """Words and initials of a personal name, honorifics and suffixes dropped.

    An inverted heading ('Kim, Samuel S.') gives the same parts as 'Samuel S. Kim'.
    """
    _, bare = split_honorific(name)
    bare = re.sub(r",?\s*\d{4}-(\d{4})?$", "", bare)  # life dates of authority headings
    tokens = [t for t in fold(bare).split() if t not in SUFFIXES]
    words = frozenset(t for t in tokens if len(t) > 1)
    initials = tuple(t for t in tokens if len(t) == 1)
    return NameParts(words, initials)


class Match(Enum):
    SAME = "same"  # the same words, in any order, with no conflicting initial
    COMPATIBLE = "compatible"  # one name is a shortening of the other (initials, dropped middle)
    DIFFERENT = "different"


def compare(a: str, b: str) -> Match:
    """How two personal names relate, order-insensitively.

    'Jian Chen' / 'Chen Jian' and 'Samuel S. Kim' / 'Samuel Kim' are SAME;
    'S. Kim' / 'Samuel Kim' is COMPATIBLE; 'Hazel Smith' / 'Helen Smith' is DIFFERENT.
    """
    pa, pb = name_parts(a), name_parts(b)
    if not pa.words or not pb.words:
        return Match.DIFFERENT
    if pa.words == pb.words:
        conflict = (
            set(pa.initials)
            and set(pb.initials)
            and not (set(pa.initials) <= set(pb.initials) or set(pb.initials) <= set(pa.initials))
        )
        return Match.DIFFERENT if conflict else Match.SAME
    small, large = (pa, pb) if len(pa.words) <= len(pb.words) else (pb, pa)
    if not small.words < large.words:
        return Match.DIFFERENT
    leftover = large.words - small.words
    if small.initials and set(small.initials) <= {w[0] for w in leftover} | set(large.initials):
        return Match.COMPATIBLE
    return Match.DIFFERENT


def _spelling_keys(name: str) -> set[str]:
    """The name's letters run together, in its order and with the inverted part moved back."""
    _, bare = split_honorific(name)
    bare = re.sub(r",?\s*\d{4}-(\d{4})?$", "", bare)
    family, comma, given = bare.partition(",")
    words = [t for t in fold(f"{given} {family}" if comma else bare).split() if t not in SUFFIXES]
    # German umlauts are also written ae/oe/ue ("Müller" / "Mueller"); fold() already made ü a u.
    squash = lambda ws: re.sub(r"(?<=[aou])e", "", "".join(ws))  # noqa: E731
    return {squash(words), squash(reversed(words))}


def spelling_variants(a: str, b: str) -> bool:
    """Whether two names differ only in spacing, hyphenation, word order or umlaut transcription.

    'Kim Jong-il' / 'Kim Jongil' / 'Jongil Kim' and 'Müller' / 'Mueller' are variants; 'Hazel
    Smith' / 'Helen Smith' are not. Looser than compare(): for scoring, never for merging.
    """
    return bool(_spelling_keys(a) & _spelling_keys(b))


ORG_STOPWORDS = frozenset({"the", "of", "for", "and", "at", "in"})


@lru_cache(maxsize=200_000)  # an archive names the same organisations over and over
def organization_key(name: str) -> str:
    """Comparable form of an organisation name: 'The University of Virginia' -> 'university virginia'."""
    words = [w for w in fold(name.replace("&", " and ")).split() if w not in ORG_STOPWORDS]
    return " ".join(words)


# Honorifics as event pages write them before a name: capitalised, and either abbreviated with
# a period ("Dr.", "H.E.", "Amb.") or a whole word. Stricter than HONORIFICS on purpose: a
# Chinese family name "He" is not "H.E.", and "Dean Acheson" keeps his given name.
STATED_HONORIFICS = (
    "H. ?E.",
    "Dr",
    "Prof",
    "Professor",
    # a full member of an academy of sciences, as the academies of the former Soviet states style them
    # ('Academician Ts. Purevsuren', 'Acad. X')
    "Academician",
    "Acad",
    "Amb",
    "Ambassador",
    "Rep",
    "Representative",
    "Sen",
    "Senator",
    "Congressman",
    "Congresswoman",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Councillor",
    "Councilor",
    "Cllr",
    "Connétable",  # the head of a Jersey parish, who sits in its States Assembly
    "Cr",  # an Australian councillor: 'Cr Jane Doe'
    "Councilmember",
    # a US state assembly's member ('Assemblymember X' of California, 'Assemblywoman Y' of New York)
    "Assemblymember",
    "Assemblyman",
    "Assemblywoman",
    "Miss",
    "Gen",
    "General",
    "Lt. Gen",
    "Lt Gen",
    "Maj. Gen",
    "Maj Gen",
    "Brig. Gen",
    "Brig Gen",
    "Vice Adm",
    "Rear Adm",
    "Rear Admiral",
    "Vice Admiral",
    "Major General",
    "Brigadier General",
    "Lieutenant General",
    "Lieutenant Colonel",
    "Air Marshal",
    "Air Chief Marshal",
    "Air Vice-Marshal",
    "Air Vice Marshal",
    "Air Commodore",
    # French ranks as French pages write them before a name ('Général de division X')
    "Général de division",
    "Général de brigade",
    "Général de corps d'armée",
    "Général d'armée",
    "Général",
    "Adm",
    "Admiral",
    "Col",
    "Colonel",
    "Lt. Col",
    "Lt Col",
    "Lt",
    "Maj",
    "Capt",
    "Captain",
    "Cdr",
    "Commander",
    "Commodore",
    "Hon",
    "The Hon",
    "The Honorable",
    "The Honourable",
    "Honorable",
    "Honourable",
    "Rt. Hon",
    "Rt Hon",
    "The Rt. Hon",
    "The Rt Hon",
    # after another title, in lower case: 'Dr. the Hon. X', 'Professor the Hon. X' (Commonwealth usage)
    "the Hon",
    "the Honourable",
    "the Rt Hon",
    "Rev",
    "Reverend",
    # Anglican and Catholic clergy ('The Rev. Canon Dr. X', 'The Most Revd Y', 'Fr. Z')
    "The Rev",
    "The Revd",
    "Revd",
    "The Very Rev",
    "The Most Rev",
    "The Rt Rev",
    "The Rt. Rev",
    "Canon",
    "Fr",
    "Father",
    # a Catholic sister as English, French and Portuguese write it ('Sœur X' of a justice and peace commission)
    "Sister",
    "Sœur",
    "Soeur",
    "Irmã",
    "Sir",
    "Dame",
    "Lord",
    "Baroness",
    "Lady",
    "President",
    "Vice President",
    "Prime Minister",
    "Minister",
    "Secretary",
    "Governor",
    "Gov",
    "Mayor",
    "Rabbi",
    "Chief",  # 'Chief Wilfred King' of a First Nation, a Nigerian chief; 'Chief Economist X' is a title
    "Imam",
    "Sheikh",
    "Sheikha",
    # a mayor's 'Her Worship' (Uganda, Kenya, South Africa, Canada)
    "His Worship",
    "Her Worship",
    # the Gulf's spelling of the ruling families' title ('H.E. Shaikh X bin Y Al Khalifa')
    "Shaikh",
    "Shaikha",
    # the Thai 'Khun' (Mr., Ms.) and 'Ajarn' (teacher, lecturer), the Burmese 'Daw' (Ms.)
    "Khun",
    "Ajarn",
    "Ajahn",
    "Daw",
    # Bhutan's 'Dasho', a title the king confers
    "Dasho",
    # police ranks ('Police Colonel X', 'Chief Superintendent Y')
    "Police General",
    "Police Lieutenant General",
    "Police Major General",
    "Police Brigadier",
    "Police Colonel",
    "Police Lieutenant Colonel",
    "Police Major",
    "Chief Superintendent",
    "Senior Superintendent",
    "Deputy Superintendent",
    "Assistant Superintendent",
    "Superintendent",
    # Latin American police and military ranks as Spanish pages write them ('Comisionado X', 'Capitán Y')
    "Comisionado General",
    "Comisionado",
    "Subcomisionado",
    "Comisario General",
    "Comisario",
    "Teniente Coronel",
    "Capitán de Navío",
    "Capitán",
    "Justice",
    "Judge",
    "Ing",
    "Mag",
    # the Austrian feminine of a degree, its 'a' raised ('Mag.a Susanne X'; a dump of the page spaces it: 'Mag. a Y')
    "Mag.a",
    "Mag. a",
    "Dr.in",
    # Spanish and Portuguese degrees as titles ('Mtra. Daniela Chávez', 'Lic. José Ruiz'), and the
    # engineer's title Arab and Latin American pages write ('Eng. Rania Abou-Zeid'; only with a
    # period: Eng is also a family name)
    "Mtra",
    "Mtro",
    "Dra",
    "Lic",
    "Arq",
    "Eng.",
    # a professional's designation written before the name: an accountant in East Africa ('CPA
    # Jane Doe'), an architect in Malta ('Perit Jane Doe')
    "CPA",
    "Perit",
    # Malaysian and Bruneian honours written before the name ('Datuk Dr Farid bin Abdul Rahman')
    "Tan Sri",
    "Puan Sri",
    "Datuk Seri",
    "Dato' Sri",
    "Datuk",
    "Dato'",
    "Dato",
    "Datin",
    # Sarawak's and Malaysia's higher grades and forms ('Datuk Amar Dr X', 'Dato Sri Y'), 'YB' (Yang
    # Berhormat, a legislator), 'Haji'/'Hajah'/'Hj'/'Hjh' (one who made the pilgrimage; inside a name,
    # 'bin Haji Othman', it is the father's and stays), the engineer's and the technologist's 'Ir.'
    # and 'Ts.', and the Iban community chiefs 'Temenggong', 'Pemanca', 'Penghulu'
    "Datuk Amar",
    "Datuk Patinggi",
    "Dato Sri",
    "Dato Seri",
    "Dato' Seri",
    "YB",
    # 'YB Tuan X' (Mr.); not 'Tuan' alone, a Vietnamese given name ('Tuan Anh Nguyen')
    "YB Tuan",
    "YBhg",
    "YAB",
    "Haji",
    "Hajah",
    "Hj",
    "Hjh",
    "Ir",
    "Ts.",
    "Ts",  # as often without its period: 'Ts Dr X'
    "Temenggong",
    "Pemanca",
    "Penghulu",
    # the Moro (Maguindanao, Maranao) titles of a chief and of a noblewoman ('Datu Ali P. Masla',
    # 'Bai Norhana Sema'); with two words at least after them, as every title here
    "Datu",
    "Bai",
    # the Maltese for Mr., Mrs., Miss, the Honourable and an architect's title ('Sur Ġużeppi Borg',
    # 'Sinjura Marija Vella', 'Onor. Carmelo Abela', 'Perit Karl Farrugia', set 113)
    "Sur",
    "Sinjura",
    "Sinjorina",
    "Onor.",
    "Perit",
    # the Malay for Mr., Mrs. and Miss ('Encik Ahmad bin Ali', 'Puan Siti binti Omar')
    "Encik",
    "Puan",
    "Cik",
    # the Indonesian for Mrs. and Mr. ('Ibu Dewi Siregar', 'Bapak Fransiskus Simanjuntak'); not 'Pak',
    # a Korean family name ('Pak Jong-su')
    "Ibu",
    "Bapak",
    "Bpk",
    # French courtesy and academic titles ('Mme Fatou Sarr', 'Pr Aminata Diallo')
    "Mme",
    "Mlle",
    "Pr",
    "Dre",  # 'Dre Camille Favre': the French feminine of Dr (Switzerland, Québec)
    # a French-speaking lawyer's title ('Me Awa Ndiaye', Maître)
    "Me",
    "Maître",
    # Portuguese academic titles: 'Prof. Doutor X', 'Prof.ª Doutora Y'
    "Doutor",
    "Doutora",
    # Spanish and Portuguese courtesy and feminine titles ('Dra. D.ª María X', 'Dr. D. Ignacio Y', 'Dña.
    # Lucía Z', 'Prof.ª Dra. Ana W'); 'D.' only after 'Dr.', alone it is an initial
    "D.ª",
    "Dª",
    "Dña",
    "Doña",
    "Dr. D",
    "Prof.ª",
    "Profª",
    "Profa",
    # European Portuguese: 'Dr.ª Helena X', 'Eng.º Paulo Y', 'Eng.ª Rita Z'
    "Dr.ª",
    "Eng.º",
    "Eng.ª",
    # West African and South Asian courtesy titles ('Alhaji Musa Lawal', 'Barrister Nusrat Jahan',
    # "Hon'ble"), the German lecturer's 'PD' (Privatdozent) and an Israeli advocate's 'Adv'
    "Alhaji",
    "Alhaja",
    "Hajiya",
    "Hajia",  # Ghana's spelling ('Hajia Fati X')
    "Hajjat",  # Uganda's ('Hajjat Aisha X')
    "Hajji",
    "Mallam",
    "Barrister",
    "Hon'ble",
    # Indian courtesy titles ('Shri Anil Mehta', 'Smt. Leela Rao'); not 'Sri', a given name in Indonesia
    "Shri",
    "Smt",
    "Shrimati",
    # India's civilian awards, written before the name with its other titles ('Padma Shri Dr. X')
    "Padma Shri",
    "Padma Bhushan",
    "Padma Vibhushan",
    "PD",
    "Adv",
    "Advocate",  # a South Asian lawyer's title before the name ('Advocate X, Divisional Coordinator, Y')
    # Amharic courtesy titles ('Ato Yonas Berhanu', 'W/ro Almaz Kebede') and a community's elder
    "Ato",
    "W/ro",
    "W/rt",
    "Elder",
    # an Australian Aboriginal elder's title of respect ('Aunty Jane Doe, Kaurna Elder')
    "Aunty",
    "Auntie",
    "Uncle",
    # the same in te reo Māori ('Matua Jane Doe', 'Whaea Mere X') and a Secwépemc chief's title ('Kukpi7 X')
    "Matua",
    "Whaea",
    "Kukpi7",
    # Fiji's chiefly titles ('Ratu Josefa X', 'Adi Litia Y': the rest must still hold two words, so 'Adi
    # Godrej' keeps his given name) and the Hawaiian teacher's and pastor's ('Kumu Pualani X', 'Kahu Y')
    "Ratu",
    "Adi",
    "Kumu",
    "Kahu",
    # a member of parliament, so titled before the name in Finland or Kenya ('MP Laura X')
    "MP",
    # Dutch and Flemish degrees after a title, written in lower case: 'Prof. dr. Anna de Vries'
    "dr",
    "drs",
    "mr",
    "ir",
    # an academic rank written as a title before the name: 'Associate Professor Lim Wei Ling'
    "Associate Professor",
    "Assistant Professor",
    "Assoc. Prof",
    "Assoc Prof",
    "Asst. Prof",
    "Asst Prof",
    "Adjunct Professor",
    "Emeritus Professor",
    "Emerita Professor",
    "Distinguished Professor",
    # Vietnamese ranks and degrees before the name ('PGS.TS. Nguyễn Văn An': associate professor, doctor; 'ThS.':
    # master) and courtesy titles ('ông', 'bà': Mr., Mrs.); Swahili ('Dkt.' doctor, 'Mhe.' the honourable,
    # 'Mhandisi' engineer, 'Bi.' Ms., 'Bw.' Mr.); Filipino ('Gng.' Mrs., 'Bb.' Miss, 'Prop.' professor, 'Engr.',
    # 'Atty.'); Serbian and Ukrainian ('др', 'проф.', 'к.е.н.': candidate of economic sciences); Argentine
    # 'Mg.' and 'Mgter.' (magister)
    "PGS.TS",
    "GS.TS",
    "PGS",
    "GS",
    "TS.",
    "ThS",
    "ông",
    "bà",
    "Ông",
    "Bà",
    "Dkt",
    "Mhe",
    "Mheshimiwa",
    "Mhandisi",
    "Bi.",
    "Bw.",
    "Gng",
    "Bb.",
    "Prop.",
    "Engr",
    "Atty",
    "др",
    "проф",
    "доц",
    "к.е.н",
    "к.н",
    "д.е.н",
    "Mg.",
    "Mgter",
    # a German and Swiss physician's doctorate: 'Dr. med. X'
    "Dr. med",
    # Sesotho courtesy titles ('Ntate X' for a man, "'Me Y" for a woman); the apostrophe that opens
    # a Sesotho given name ("'Malineo") stays with the name
    "Ntate",
    "'Me",
    "’Me",
    "'M'e",
    # the Isle of Man's judges ('Her Honour Deemster X') and Anglican bishops written in full
    # ('The Right Reverend X'); the British circuit judge's 'His Honour'
    "Her Honour",
    "His Honour",
    "Deemster",
    "The Right Reverend",
    "The Most Reverend",
    "The Very Reverend",
    # German clergy's and officers' titles written before the name ('Pfarrerin Dr. X', 'Oberkirchenrat
    # Y', 'Oberstarzt Dr. med. Z'); a post in one word ('Militärpfarrerin', 'Studienleiter') is a job title
    "Pfarrer",
    "Pfarrerin",
    "Pastor",
    "Pastorin",
    "Oberkirchenrat",
    "Oberkirchenrätin",
    "Kirchenrat",
    "Kirchenrätin",
    "Oberst",
    "Oberstleutnant",
    "Oberstarzt",
    "Oberstabsarzt",
    "Generalarzt",
    "Generalleutnant",
    "Generalmajor",
    "Brigadegeneral",
    "Fregattenkapitän",
    "Kapitän zur See",
    "Flottillenadmiral",
    "Hauptmann",
    # Bulgarian ranks and degrees ('проф. д-р', 'доц. д-р', 'гл. ас. д-р': chief assistant, doctor), the Malay
    # associate professor ('Prof. Madya Dr.') and the Albanian 'Mr. sc.' (magister) and 'Prof. asoc. dr.' (set 108)
    "д-р",
    "гл. ас",
    # the Macedonian and Serbian master's degree ('м-р X') and associate professor ('вонр. проф. д-р')
    "м-р",
    "вонр",
    "Prof. Madya",
    "Mr. sc",
    "Prof. asoc",
    # Armenian ranks and degrees ('պրոֆեսոր', 'դոցենտ', 'տ.գ.թ.': candidate of technical sciences), the Malagasy Mr.,
    # Mrs., Miss and professor ('Andriamatoa', 'Ramatoa', 'Ramatoakely', 'Profesora'), Tamil Mr., Mrs., Miss and
    # doctor ('திரு.', 'திருமதி', 'செல்வி', 'முனைவர்'), Khmer Mr., Mrs., Miss, doctor, professor and His Excellency
    # ('លោក', 'លោកស្រី', 'កញ្ញា', 'បណ្ឌិត', 'សាស្ត្រាចារ្យ', 'ឯកឧត្តម') and the Mongolian 'доктор' (set 118)
    "պրոֆեսոր",
    "դոցենտ",
    "տ.գ.թ",
    "տ.գ.դ",
    "Andriamatoa",
    "Ramatoa",
    "Ramatoakely",
    "Profesora",
    "திரு",
    "திருமதி",
    "செல்வி",
    "முனைவர்",
    "លោក",
    "លោកស្រី",
    "អ្នកស្រី",
    "កញ្ញា",
    "បណ្ឌិត",
    "សាស្ត្រាចារ្យ",
    "ឯកឧត្តម",
    "доктор",
    # Yoruba professor, doctor, engineer, Mr., Mrs., Miss, chief and the pilgrim's 'Alhaji', 'Alhaja'; Irish 'An
    # tOllamh' (professor); Lao Mr. or Hon. and Mrs., doctor, associate professor, professor ('ທ່ານ', 'ທ່ານ ນາງ',
    # 'ປອ.', 'ຮສ.', 'ສຈ.'); Bosnian 'prim. dr.' (primarius, a senior physician) (set 122)
    "Ọ̀jọ̀gbọ́n",
    "Dókítà",
    "Ẹnjiníà",
    "Ọ̀gbẹ́ni",
    "Ìyáàfin",
    "Arábìnrin",
    "Olóyè",
    "Alhaji",
    "Alhaja",
    "An tOllamh",
    "ທ່ານ ນາງ",
    "ທ່ານ",
    "ປອ",
    "ຮສ",
    "ສຈ",
    "prim. dr",
    # Turkish academic ranks ('Dr. Öğr. Üyesi', a lecturer with a doctorate; 'Arş. Gör.', a research assistant;
    # 'Öğr. Gör.', an instructor; 'Doç. Dr.'; 'Av.', an advocate) and Polish degrees and forms of address ('dr hab.',
    # 'mgr inż.', 'red.', an editor) (set 126)
    "Dr. Öğr. Üyesi",
    "Öğr. Üyesi",
    "Öğr. Gör",
    "Arş. Gör",
    "Doç. Dr",
    "Doç",
    "Av",
    "dr hab",
    "dr inż",
    "mgr inż",
    "mgr",
    "red",
)
_STATED_HONORIFIC_RE = re.compile(
    r"^(?:(?:"
    + "|".join(
        # 'Dr. the Hon. X', 'Professor the Rt Hon. Y': 'The' in lower case after another title
        re.sub(r"^The\b", "[Tt]he", h.replace(".", r"\.").replace(" ?", r"\s?").replace(" ", r"[\s-]+"))
        for h in sorted(STATED_HONORIFICS, key=len, reverse=True)
    )
    + r")(?:\.(?![^\W\d_])|(?=\s))\s*,?\s*)+"  # not 'Prof.' of 'Prof.ssa', the Italian feminine
)


@lru_cache(maxsize=200_000)
def stated_honorific(name: str) -> tuple[str | None, str]:
    """('H.E. Dr.', 'Jane Doe') from 'H.E. Dr. Jane Doe'; (None, name) when none is written.

    The rest must still hold at least two words, so 'Dr. Chen' alone and 'He Yafei' keep
    their first word ('He' without periods is a family name, not His Excellency).
    """
    text = " ".join(name.split())
    match = _STATED_HONORIFIC_RE.match(text)
    if not match:
        return None, text
    rest = text[match.end() :].strip()
    if len(rest.split()) < 2:
        # 'Rt Hon Lord Trimble': the last honorific word stays with the one-word name
        words = match.group(0).split()
        if len(words) > 1 and len(rest.split()) == 1:
            return " ".join(words[:-1]).strip(" ,"), f"{words[-1]} {rest}"
        return None, text
    return match.group(0).strip(" ,"), rest
