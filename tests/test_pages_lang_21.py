"""Date, clock, place, label and role forms of pages in Armenian, Kazakh, Basque, Tamil, Mongolian, Khmer,
Uzbek and Malagasy that hold-out set 118 (Gyumri, Karaganda, Vitoria-Gasteiz, Madurai, Darkhan, Battambang,
Samarkand and Fianarantsoa pages) showed the ingester missing, one test per form. Each page here is written
for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from datetime import date, time

import pytest

from kg.dates import find_dates, find_times
from kg.pages.gazetteer import town_zone
from kg.pages.lines import normalise
from kg.pages.place import attendance
from kg.pages.when import labelled_post_date
from tests.test_pages_unseen import _people, _text_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026 թ. մարտի 12-ին", date(2026, 3, 12)),  # Armenian: the year first, the month in the genitive
        ("2026ko martxoaren 12a, osteguna", date(2026, 3, 12)),  # Basque: the year's '-ko', the month's '-ren'
        ("2026 жылғы 12 наурыз, бейсенбі", date(2026, 3, 12)),  # Kazakh: the year and its word, then the day
        ("2026-yil 12-mart, payshanba", date(2026, 3, 12)),  # Uzbek
        ("2026-yil 14-may", date(2026, 5, 14)),  # Uzbek 'may', a month of three letters
        ("12 மார்ச் 2026 (வியாழக்கிழமை)", date(2026, 3, 12)),  # Tamil, whose months end in a vowel sign
        ("ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦", date(2026, 3, 12)),  # Khmer: its digits, each number after its word
        ("១២ មីនា ២០២៦", date(2026, 3, 12)),
        ("2026 оны 3 дугаар сарын 12-ны өдөр", date(2026, 3, 12)),  # Mongolian: the month by its number
        ("Alakamisy 12 Martsa 2026", date(2026, 3, 12)),  # Malagasy
    ],
)
def test_dates_of_set_118s_languages_are_read(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Tamil: a part of the day before the hour, 'மணி' (o'clock), 'முதல்' (from) and 'வரை' (until)
        ("காலை 9.30 மணி முதல் மதியம் 12.30 மணி வரை", time(9, 30), time(12, 30)),
        ("மாலை 4.00 மணி", time(16), None),
        ("பிற்பகல் 2.15  சிறப்புரை", time(14, 15), None),
        # Malagasy hours in words: 'sy sasany' (half past), 'sy fahefany' (a quarter past), the part of the day after
        ("2 ora tolakandro hatramin'ny 5 ora sy sasany hariva", time(14), time(17, 30)),
        ("10 ora sy fahefany maraina", time(10, 15), None),
        ("ម៉ោង ២:៣០ រសៀល", time(14, 30), None),  # Khmer digits
    ],
)
def test_clocks_of_set_118s_languages(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize(
    "line",
    ["Chop etildi: 03.03.2026", "Navoaka ny 3 Martsa 2026", "Argitaratze-data: 2026/03/03",
     "வெளியிடப்பட்டது: 03 மார்ச் 2026", "03.03.2026 | 👁 1 204", "03.03.2026 | Ko‘rishlar: 87"],
)  # fmt: skip
def test_a_post_date_in_set_118s_languages_is_not_the_events(line: str) -> None:
    assert labelled_post_date(line)


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("Мәжіліс залы, Павлодар қ., Лермонтов к-сі, 12", "Asia/Almaty"),  # Kazakh: 'қ.' after the town
        ("Anjumanlar zali, Buxoro sh., Mustaqillik ko‘chasi 4", "Asia/Samarkand"),  # Uzbek: 'sh.' after it
        ("Соёлын төв, Эрдэнэт хот", "Asia/Ulaanbaatar"),  # Mongolian: 'хот' (town) after it
        ("Մշակույթի տուն, Վանաձոր 2001", "Asia/Yerevan"),  # Armenian
        ("நூலக அரங்கம், திருச்சிராப்பள்ளி – 620 017", "Asia/Kolkata"),  # Tamil
        ("សាលប្រជុំ សាលាខេត្ត ក្រុងសៀមរាប", "Asia/Phnom_Penh"),  # Khmer: only a space before 'ក្រុង' (town)
    ],
)
def test_a_town_written_as_set_118s_addresses_write_it_gives_the_clock(address: str, zone: str) -> None:
    assert town_zone(address) == zone


def test_a_turned_comma_inside_an_uzbek_word_is_its_letters_mark() -> None:
    # (the quotation marks around a word are still made plain)
    assert normalise("Yangi yo‘l: ‘qishloq’ va shahar") == "Yangi yo‘l: 'qishloq' va shahar"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Քննարկումը կհեռարձակվի ուղիղ եթերով։", "mixed"),  # Armenian
        ("Іс-шараға онлайн қосылуға болады.", "mixed"),  # Kazakh
        ("Saioa zuzenean emitituko da YouTube kanalean.", "mixed"),  # Basque
        ("நிகழ்ச்சி நேரலையாக ஒளிபரப்பப்படும்.", "mixed"),  # Tamil
        ("កម្មវិធីនឹងផ្សាយផ្ទាល់តាមហ្វេសប៊ុក។", "mixed"),  # Khmer
        ("Seminar Telegram kanalida jonli efirda namoyish etiladi.", "mixed"),  # Uzbek
        ("Ny lahateny dia hampitaina mivantana amin'ny Facebook.", "mixed"),  # Malagasy
    ],
)
def test_streaming_in_set_118s_languages(text: str, mode: str) -> None:
    assert attendance(text, has_place=True, has_online=False) == mode


@pytest.mark.parametrize(
    ("page", "start", "end"),
    [
        (  # Kazakh: the labels 'Өтетін күні', 'Уақыты', 'Өтетін орны', registration opens the programme
            "Орталық\n\nДөңгелек үстел: қала және су\n\nӨтетін күні: 2026 жылғы 12 наурыз, бейсенбі\n"
            "Уақыты: 15:00–17:00\nӨтетін орны: Павлодар қ., Лермонтов к-сі, 12\n\nБАҒДАРЛАМА\n\n"
            "14:30–15:00  Қатысушыларды тіркеу\n15:00–15:10  Құттықтау сөз\n",
            "2026-03-12T14:30:00+05:00",
            "2026-03-12T17:00:00+05:00",
        ),
        (  # Malagasy: the hours in words, in the labels and in the programme
            "Foibe\n\nAtrikasa: Ny rano sy ny tanàna\n\nDaty: Alakamisy 12 Martsa 2026\n"
            "Ora: 2 ora tolakandro hatramin'ny 5 ora hariva\nToerana: Efitrano lehibe, Toamasina\n\nFANDAHARANA\n\n"
            "1 ora sy sasany     Fisoratana anarana\n2 ora               Kabary fandraisana\n",
            "2026-03-12T13:30:00+03:00",
            "2026-03-12T17:00:00+03:00",
        ),
        (  # Tamil: the labels, parts of the day before the hours
            "மையம்\n\nகருத்தரங்கம்: நகரமும் நீரும்\n\nநாள்: 12 மார்ச் 2026 (வியாழக்கிழமை)\n"
            "நேரம்: காலை 10.00 மணி முதல் மதியம் 12.30 மணி வரை\nஇடம்: நூலக அரங்கம், திருச்சிராப்பள்ளி – 620 017\n",
            "2026-03-12T10:00:00+05:30",
            "2026-03-12T12:30:00+05:30",
        ),
    ],
)
def test_hours_of_pages_in_set_118s_languages(page: str, start: str, end: str) -> None:
    record = _text_page(page)
    assert (record.start, record.end) == (start, end)


def test_role_headings_in_set_118s_languages() -> None:
    head = "Centras\n\nDiskusija\n\nMiestai ir upės\n\nData: 2026-05-12, 10:00–12:00\nVieta: Vilnius\n\n"
    page = (
        "Ողջույնի խոսք: Անի Հակոբյան, Երևանի պետական համալսարան\n"
        "Құттықтау сөз: Айжан Серікова, Павлодар университеті\n"
        "Ongietorria: Miren Agirre, Deustuko Unibertsitatea\n"
        "Kirish so‘zi: Aziz Karimov, Buxoro davlat universiteti\n"
        "Kabary fandraisana: Hery Rakoto, Oniversiten'i Toamasina\n"
        "Moderatzailea: Jon Etxeberria, Berria\n"
        "Mpitarika ny adihevitra: Lova Rabe, Radio Don Bosco\n"
        "Ամփոփում: Անի Հակոբյան, Երևանի պետական համալսարան\n"
        "Yakuniy so‘z: Aziz Karimov, Buxoro davlat universiteti\n"
    )
    items = "".join(f"{10 + n // 4}:{n % 4 * 15:02d} {line}\n" for n, line in enumerate(page.splitlines()))
    assert {
        ("Անի Հակոբյան", "introductory-remarks"),
        ("Айжан Серікова", "introductory-remarks"),
        ("Miren Agirre", "introductory-remarks"),
        ("Aziz Karimov", "introductory-remarks"),
        ("Hery Rakoto", "introductory-remarks"),
        ("Jon Etxeberria", "moderator"),
        ("Lova Rabe", "moderator"),
        ("Անի Հակոբյան", "closing-remarks"),
        ("Aziz Karimov", "closing-remarks"),
    } <= {(n, r) for n, r, *_ in _people(_text_page(head + items))}
