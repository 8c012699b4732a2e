"""Date, clock, title and place forms of pages in Macedonian, Afrikaans, Sinhala, Amharic, Azerbaijani,
Galician, Maltese and Nepali that hold-out set 113 (Bitola, Potchefstroom, Matara, Bahir Dar, Ganja,
Santiago de Compostela, Gozo and Pokhara pages) showed the ingester missing, one test per form. Each page
here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times
from kg.names import stated_honorific
from kg.pages.gazetteer import town_name, town_zone
from kg.pages.lines import is_prose
from kg.pages.orgs import stated_hosts
from kg.pages.place import attendance
from kg.pages.reports import find_reports
from kg.pages.title import is_candidate
from kg.pages.when import labelled_post_date, place_zone
from tests.test_pages_unseen import _people, _text_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 fevral 2026-cı il", date(2026, 2, 3)),  # Azerbaijani
        ("сабота, 6 јуни 2026 година", date(2026, 6, 6)),  # Macedonian
        ("Maandag 1 Junie 2026", date(2026, 6, 1)),  # Afrikaans
        ("xoves, 2 de xullo de 2026", date(2026, 7, 2)),  # Galician
        ("Il-Ġimgħa, 16 ta' Ottubru 2026", date(2026, 10, 16)),  # Maltese
        ("2026 ඔක්තෝබර් 9", date(2026, 10, 9)),  # Sinhala, the year first and the month's English name
        ("१२ अक्टोबर २०२६", date(2026, 10, 12)),  # Nepali months of the Common Era, in Devanagari digits
    ],
)
def test_months_of_set_113s_languages_are_read(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("መስከረም 1 ቀን 2019 ዓ.ም", date(2026, 9, 11)),  # the Ethiopian new year
        ("ጥር 20/2018 ዓ.ም", date(2026, 1, 28)),
        ("ሐሙስ ግንቦት 6 ቀን 2018", date(2026, 5, 14)),
        ("ጳጉሜን 6 2015", date(2023, 9, 11)),  # the sixth day of the short month, in a year before a leap year
    ],
)
def test_an_ethiopian_date_is_its_day_of_the_common_era(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("मिति: २०८२ माघ १५ गते, बिहीबार", date(2026, 1, 29)),  # a Nepali page's Bikram Sambat date
        ("२०८१ बैशाख १", date(2024, 4, 13)),  # the Nepali new year
        ("जेठ ३२, २०८१", date(2024, 6, 14)),  # a month of 32 days that year, the month first
        ("2080 Chaitra 30 is no Devanagari month; 2081 चैत्र 30", date(2025, 4, 12)),
    ],
)
def test_a_bikram_sambat_date_is_its_day_of_the_common_era(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("පෙ.ව. 10.00 සිට ප.ව. 1.00 දක්වා", time(10), time(13)),  # Sinhala a.m. and p.m. before the hour
        ("ප.ව. 3.30 - ප.ව. 5.00", time(15, 30), time(17)),
        ("बिहान १०:०० बजेदेखि दिउँसो १:०० बजेसम्म", time(10), time(13)),  # Nepali parts of the day, its digits
        ("साँझ ५:३० बजे", time(17, 30), None),
        ("ከጠዋቱ 3:00 እስከ ቀኑ 6:30 ሰዓት", time(9), time(12, 30)),  # Amharic hours count from six in the morning
        ("ከምሽቱ 12:00 ሰዓት", time(18), None),
    ],
)
def test_a_part_of_the_day_before_the_hour_makes_the_clock(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize(
    "line",
    ["Објавено на: 01.10.2026", "Gepubliseer: 1 Oktober 2026", "Dərc edilib: 1 Oktyabr 2026",
     "පළ කළ දිනය: 2026-10-01", "प्रकाशित मिति : २०८३ असोज १५", "መስከረም 21/2019 ዓ.ም | 305 ጊዜ ታይቷል",
     "1 October 2026 | 412 views"],
)  # fmt: skip
def test_a_post_date_by_its_label_or_its_count_of_readers_is_not_the_events(line: str) -> None:
    assert labelled_post_date(line)


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("Голема сала, ул. Широк Сокак 12, Охрид", "Europe/Skopje"),  # a Macedonian town of 40,000 in Cyrillic
        ("ශ්‍රවණාගාරය, ගාල්ල", "Asia/Colombo"),  # Galle in Sinhala
        ("सभाकक्ष, बुटवल", "Asia/Kathmandu"),  # Butwal in Devanagari
        ("ሴኔት አዳራሽ፣ መቀሌ", "Africa/Addis_Ababa"),  # Mekelle, after the Ethiopic comma
    ],
)
def test_a_town_in_its_countrys_own_script_gives_the_clock(address: str, zone: str) -> None:
    assert town_zone(address) == zone


@pytest.mark.parametrize(("name", "town"), [("Охрид", "Ohrid"), ("ගාල්ල", "Galle"), ("ጅማ", "Jimma"), ("बुटवल", "Butwāl")])
def test_a_town_in_its_countrys_own_script_is_the_gazetteers_town(name: str, town: str) -> None:
    assert town_name(name) == town


def test_the_town_after_an_ethiopic_comma_is_the_locality() -> None:
    page = "ማዕከል\n\nህዝባዊ መድረክ፡ የከተማ ውሃ\n\nቀን፡ ረቡዕ ጥር 20 ቀን 2018 ዓ.ም\nሰዓት፡ ከጠዋቱ 3:00 ሰዓት\nቦታ፡ የከተማው አዳራሽ፣ ጅማ\n"
    record = _text_page(page)
    assert record.location is not None and record.location.locality == "Jimma"


def test_a_city_inside_a_longer_town_name_is_not_that_city() -> None:
    # 'Santiago' is Chile's capital; 'Santiago de Compostela' a Galician town
    assert place_zone("Aula 3, Rúa do Franco 1, Santiago de Compostela") == "Europe/Madrid"


def test_a_paragraph_in_a_script_without_capitals_is_prose_not_a_title() -> None:
    paragraph = "የከተማው ምክር ቤት ከዩኒቨርሲቲው ጋር በመተባበር ስለ ከተማ ውሃ አቅርቦት የሚወያይ ህዝባዊ መድረክ ያዘጋጃል። በመድረኩ ላይ የጥናት ውጤቶች ይቀርባሉ።"
    assert is_prose(paragraph)
    assert not is_candidate(paragraph)


@pytest.mark.parametrize("line", ["Openbare lesing en boekbekendstelling", "Simposium en boekbekendstelling"])
def test_a_type_line_naming_one_or_two_kinds_of_event_is_no_title(line: str) -> None:
    assert not is_candidate(line)


def test_a_topic_then_its_question_is_a_title() -> None:
    assert is_candidate("Grond, reg en die dorp: wie is verantwoordelik wanneer die huise leeg staan?")


@pytest.mark.parametrize(
    ("page", "title", "start", "end"),
    [
        (  # Amharic: a skip link, the Ethiopic colon after the labels, the post's views under the heading
            "ወደ ዋናው ይዘት ይሂዱ\nየከተማ ጥናት ማዕከል\n\nየከተማ ውሃ አቅርቦት፡ ምን ይደረግ? – ህዝባዊ መድረክ\n\n"
            "ጥር 5/2018 ዓ.ም | 87 ጊዜ ታይቷል\n\n"
            "የከተማው ምክር ቤት ከዩኒቨርሲቲው ጋር በመተባበር ስለ ከተማ ውሃ አቅርቦት የሚወያይ ህዝባዊ መድረክ ያዘጋጃል። "
            "በመድረኩ ላይ የጥናት ውጤቶች ይቀርባሉ።\n\n"
            "ቀን፡ ረቡዕ ጥር 20 ቀን 2018 ዓ.ም\nሰዓት፡ ከጠዋቱ 3:00 እስከ ቀኑ 6:30 ሰዓት\nቦታ፡ የከተማው አዳራሽ፣ ጅማ\n",
            "የከተማ ውሃ አቅርቦት፡ ምን ይደረግ? – ህዝባዊ መድረክ",
            "2026-01-28T09:00:00+03:00",
            "2026-01-28T12:30:00+03:00",
        ),
        (  # Sinhala: labels with vowel signs, a.m. and p.m. before the hours, the registration in the programme
            "නාගරික අධ්‍යයන කේන්ද්‍රය\n\nසම්මන්ත්‍රණය: ගාල්ල නගරය සහ මුහුද\n\nපළ කළ දිනය: 2026-10-01\n\n"
            "දිනය: 2026 ඔක්තෝබර් 9 (සිකුරාදා)\nවේලාව: පෙ.ව. 10.00 - ප.ව. 1.00\nස්ථානය: ශ්‍රවණාගාරය, ගාල්ල\n\n"
            "වැඩසටහන\n\nපෙ.ව. 9.30   ලියාපදිංචිය\nපෙ.ව. 10.00  පිළිගැනීමේ කතාව\n",
            None,  # (the centre's name over the heading is taken for the title: a form left for later)
            "2026-10-09T09:30:00+05:30",
            "2026-10-09T13:00:00+05:30",
        ),
        (  # Macedonian: a breadcrumb over the heading, 'година' after the year, a venue that reads like prose
            "Почетна / Настани / Дебата за реките\n\nНАСТАНИ\n\nЈавна дебата: Кој ќе ги чисти реките во Охрид?\n\n"
            "Објавено на: 01.10.2026\n\nДатум: петок, 6 ноември 2026 година\nВреме: од 12:00 до 14:00 часот\n"
            "Место: Мала сала на Домот на културата, Охрид\n",
            "Јавна дебата: Кој ќе ги чисти реките во Охрид?",
            "2026-11-06T12:00:00+01:00",
            "2026-11-06T14:00:00+01:00",
        ),
    ],
)
def test_title_and_hours_of_pages_in_set_113s_languages(page: str, title: str | None, start: str, end: str) -> None:
    record = _text_page(page)
    assert (record.start, record.end) == (start, end)
    assert title is None or record.name == title


@pytest.mark.parametrize(
    ("name", "honorific", "bare"),
    [
        ("Sur Ġużeppi Borg", "Sur", "Ġużeppi Borg"),  # Maltese Mr., Mrs., Miss and the Honourable
        ("Sinjura Marija Vella", "Sinjura", "Marija Vella"),
        ("Sinjorina Claire Camilleri", "Sinjorina", "Claire Camilleri"),
        ("Onor. Carmelo Abela", "Onor.", "Carmelo Abela"),
    ],
)
def test_maltese_forms_of_address_are_no_part_of_the_name(name: str, honorific: str, bare: str) -> None:
    assert stated_honorific(name) == (honorific, bare)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # Macedonian, Afrikaans and Azerbaijani
            "Поздравно обраќање: Весна Трајковска, Универзитет во Тетово\n"
            "Дискутанти: Златко Ангеловски, Македонска академија на науките\n"
            "Завршни зборови: Весна Трајковска, Универзитет во Тетово\n"
            "Verwelkoming: Marietjie Swanepoel, Universiteit Stellenbosch\n"
            "Respondent: Johan Kotzé, Landbou Weekblad\n"
            "Slotwoord: Marietjie Swanepoel, Universiteit Stellenbosch\n"
            "Açılış nitqi: Fərid Hüseynov, Bakı Dövlət Universiteti\n"
            "Yekun söz: Fərid Hüseynov, Bakı Dövlət Universiteti\n",
            {
                ("Весна Трајковска", "introductory-remarks"),
                ("Златко Ангеловски", "discussant"),
                ("Весна Трајковска", "closing-remarks"),
                ("Marietjie Swanepoel", "introductory-remarks"),
                ("Johan Kotzé", "respondent"),
                ("Marietjie Swanepoel", "closing-remarks"),
                ("Fərid Hüseynov", "introductory-remarks"),
                ("Fərid Hüseynov", "closing-remarks"),
            },
        ),
        (  # Maltese and Afrikaans
            "Kelma ta' merħba: Charlene Zammit, Università ta' Malta\n"
            "Moderatur: Ivan Grech, Times of Malta\n"
            "Kelma ta' għeluq: Charlene Zammit, Università ta' Malta\n"
            "Voorsitter van die aand: Hennie Botha, Universiteit van Pretoria\n",
            {
                ("Charlene Zammit", "introductory-remarks"),
                ("Ivan Grech", "moderator"),
                ("Charlene Zammit", "closing-remarks"),
                ("Hennie Botha", "chair"),
            },
        ),
    ],
)
def test_role_headings_in_set_113s_languages(page: str, expected: set[tuple[str, str]]) -> None:
    head = "Centras\n\nDiskusija\n\nMiestai ir upės\n\nData: 2026-05-12, 10:00–12:00\nVieta: Vilnius\n\n"
    items = "".join(f"{10 + n // 4}:{n % 4 * 15:02d} {line}\n" for n, line in enumerate(page.splitlines()))
    assert expected <= {(n, r) for n, r, *_ in _people(_text_page(head + items))}


@pytest.mark.parametrize(
    ("page", "start"),
    [
        ("Sentrum\n\nOpenbare lesing\n\nRiviere en die reg\n\nDatum: Vrydag 4 Desember 2026\n"
         "Tyd: 18:00 vir 18:30 (verversings na afloop)\nPlek: Senaatsaal, Stellenbosch\n", "2026-12-04T18:00:00+02:00"),
    ],
)  # fmt: skip
def test_a_time_to_arrive_for_a_later_start_gives_the_start(page: str, start: str) -> None:
    assert _text_page(page).start == start


def test_hold_out_set_113_keeps_the_levels_its_fixes_reached() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-113" / "expected.yaml")
    # (docs/ingest.md, set 113) the Pokhara page gives no event (its Bikram Sambat date), the Sinhala and
    # Amharic pages no people (names in scripts without capitals, the body before the post and the name);
    # affiliations and job titles (posts joined to declined bodies), organizers and sponsors in those
    # languages are left
    assert scores["title"].f1 > 0.9
    assert scores["start"].f1 > 0.75 and scores["end"].f1 > 0.85
    assert scores["people"].f1 > 0.55 and scores["roles"].f1 > 0.45 and scores["locality"].f1 > 0.9
    assert scores["sponsors"].f1 > 0.3 and scores["reports"].f1 > 0.6 and scores["attendance"].f1 > 0.9


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("Coa colaboración da Deputación de Pontevedra.", "Deputación de Pontevedra"),  # Galician
        ("Die lesing word aangebied met die ondersteuning van die Stellenbosch Trust.", "Stellenbosch Trust"),
    ],
)
def test_support_written_in_galician_and_afrikaans_names_a_sponsor(sentence: str, sponsor: str) -> None:
    assert sponsor in stated_hosts(sentence)[1]


def test_an_afrikaans_sentence_that_says_when_the_evening_closes_gives_the_end() -> None:
    page = (
        "Sentrum\n\nBoekbekendstelling\n\nRiviere en die reg\n\nDatum: Vrydag 4 Desember 2026\nTyd: 17:30\n"
        "Plek: Senaatsaal, Stellenbosch\n\nDie aand sluit teen 19:45 met verversings.\n"
    )
    assert _text_page(page).end == "2026-12-04T19:45:00+02:00"


@pytest.mark.parametrize(
    ("line", "report"),
    [
        ("Tədbirdə Mərkəzin Təhlil sənədi № 2/2026 təqdim olunacaq.", ("Təhlil sənədi № 2/2026", "2/2026")),
        ("මෙහිදී ප්‍රතිපත්ති වාර්තා අංක 5/2026 එළිදක්වනු ලැබේ.", ("ප්‍රතිපත්ති වාර්තා අංක 5/2026", "5/2026")),
        ("በመድረኩ ላይ የጥናት አጭር መግለጫ ቁጥር 2/2019 ይቀርባል።", ("የጥናት አጭር መግለጫ ቁጥር 2/2019", "2/2019")),
        ("कार्यक्रममा अनुसन्धान पत्र अंक ४/२०८३ सार्वजनिक गरिनेछ।", ("अनुसन्धान पत्र अंक ४/२०८३", "४/२०८३")),
    ],
)
def test_numbered_reports_in_azerbaijani_sinhala_amharic_and_nepali_words_and_signs(
    line: str, report: tuple[str, str]
) -> None:
    assert [(r.name, r.number) for r in find_reports([line])] == [report]


def test_a_list_of_related_events_headed_in_sinhala_names_no_report_of_the_event() -> None:
    page = (
        "කේන්ද්‍රය\n\nසම්මන්ත්‍රණය: ගාල්ල නගරය\n\nදිනය: 2026 ඔක්තෝබර් 9\nවේලාව: පෙ.ව. 10.00 - ප.ව. 1.00\n"
        "ස්ථානය: ශ්‍රවණාගාරය, ගාල්ල\n\nමෙහිදී ප්‍රතිපත්ති වාර්තා අංක 5/2026 එළිදක්වනු ලැබේ.\n\n"
        "අදාළ සිදුවීම්\nප්‍රතිපත්ති වාර්තා අංක 4/2026 එළිදැක්වීම\n"
    )
    assert [r.report_number for r in _text_page(page).reports] == ["5/2026"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Трибината ќе биде пренесувана во живо на веб-страницата.", "mixed"),  # Macedonian
        ("Die gesprek sal ook regstreeks op YouTube uitgesaai word.", "mixed"),  # Afrikaans
        ("A conferencia poderá seguirse en directo na web.", "mixed"),  # Galician
        ("Il-lezzjoni se tixxandar live fuq Facebook.", "mixed"),  # Maltese
        ("දේශනය ෆේස්බුක් ඔස්සේ සජීවීව විකාශය කෙරේ.", "mixed"),  # Sinhala
        ("መድረኩ በቴሌቪዥን በቀጥታ ይተላለፋል።", "mixed"),  # Amharic
        ("कार्यक्रम युट्युबबाट प्रत्यक्ष प्रसारण गरिनेछ।", "mixed"),  # Nepali
        ("Seminar yalnız əyani formatda keçiriləcək.", "offline"),  # Azerbaijani: in person only
    ],
)
def test_streaming_and_its_absence_in_set_113s_languages(text: str, mode: str) -> None:
    assert attendance(text, has_place=True, has_online=False) == mode
