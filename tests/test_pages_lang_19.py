"""Date, clock, title, name, role and host forms of pages in Bulgarian, Malay, Albanian, Icelandic, Georgian,
Thai, Chilean Spanish and Korean that hold-out set 108 (Plovdiv, Kota Kinabalu, Prizren, Akureyri, Kutaisi,
Khon Kaen, Concepción and Gwangju pages) showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times
from kg.names import stated_honorific
from kg.pages.orgs import stated_hosts
from kg.pages.when import labelled_post_date
from tests.test_pages_unseen import _html_page, _people, _text_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("e martë, 9 shtator 2026", date(2026, 9, 9)),  # Albanian
        ("Khamis, 3 Disember 2026", date(2026, 12, 3)),  # Malay
        ("24 ოქტომბერი, 2026", date(2026, 10, 24)),  # Georgian
        ("วันศุกร์ที่ 4 กันยายน 2569", date(2026, 9, 4)),  # Thai, whose year counts from the Buddha (2569 is 2026)
        ("วันที่ 4 กันยายน พ.ศ. 2569", date(2026, 9, 4)),
    ],
)
def test_albanian_malay_georgian_and_thai_months_are_read_after_the_day(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("10.00 pagi – 1.00 petang", time(10), time(13)),  # Malay parts of the day
        ("11.30 pagi hingga 12.00 tengah hari", time(11, 30), None),
        ("8.00 malam", time(20), None),
        ("от 18 до 19:30 ч.", time(18), time(19, 30)),  # Bulgarian 'ч.' (часа, o'clock)
        ("Начало: 10:00 ч.", time(10), None),
    ],
)
def test_malay_parts_of_the_day_and_the_bulgarian_hour_make_a_clock(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize(
    "line",
    ["Публикувано на 02.09.2026 г.", "Publikuar më: 2 shtator 2026", "Birt 2. september 2026",
     "วันที่ลงข่าว : 2 ก.ย. 2569", "작성일 26-09-02 09:10", "Oleh Pejabat Perhubungan Awam | 2 September 2026"],
)  # fmt: skip
def test_a_post_date_labelled_in_bulgarian_albanian_icelandic_thai_korean_or_malay_is_not_the_events(
    line: str,
) -> None:
    assert labelled_post_date(line)


@pytest.mark.parametrize(
    ("page", "start", "end"),
    [
        (
            "Pusat Kajian Bandar\n\nSeminar\n\nBandar dan Sungai\n\nOleh Unit Media | 1 Julai 2026\n\n"
            "Tarikh: Selasa, 14 Julai 2026\nMasa: 2.30 petang – 5.00 petang\nTempat: Dewan Seminar, Kuching\n",
            "2026-07-14T14:30:00+08:00",
            "2026-07-14T17:00:00+08:00",
        ),
        (
            "Miðstöð borgarfræða\n\nFyrirlestur\n\nBorgin og hafið\n\nBirt 1. október 2026\n\n"
            "Hvenær: fimmtudaginn 15. október 2026, kl. 12:00–13:00\nHvar: Aðalbygging, stofa 2, Reykjavík\n",
            "2026-10-15T12:00:00+00:00",
            "2026-10-15T13:00:00+00:00",
        ),
        (
            "Център за градски изследвания\n\nЛекция\n\nГрадът и реката\n\nПубликувано на 01.10.2026 г.\n\n"
            "Дата: 20 октомври 2026 г. (вторник)\nЧас: 18:00 ч.\nМясто: зала 3, Варна\n",
            "2026-10-20T18:00:00+03:00",
            None,
        ),
    ],
)
def test_date_time_and_place_fields_in_malay_icelandic_and_bulgarian_give_the_start_and_end(
    page: str, start: str, end: str | None
) -> None:
    record = _text_page(page)
    assert (record.start, record.end) == (start, end)


def test_a_date_without_its_year_takes_the_year_its_weekday_names_in_the_pages_language() -> None:
    # the page names other years in its text; the post's date is only in its <head>
    html = (
        '<html><head><meta property="article:published_time" content="2026-08-20T10:00:00-04:00"></head><body>'
        "<main><article><h1>Seminario: Ríos urbanos</h1><p>Tras las crecidas de 2023 y 2024 el centro invita al"
        " seminario.</p><p>Fecha: martes 8 de septiembre<br>Horario: de 17:00 a 19:00 hrs.<br>Lugar: Aula"
        " Magna, Valdivia</p></article></main></body></html>"
    )
    assert _html_page(html).start == "2026-09-08T17:00:00-03:00"


@pytest.mark.parametrize(
    ("name", "honorific", "bare"),
    [
        ("проф. д-р Стефан Илиев", "проф. д-р", "Стефан Илиев"),
        ("гл. ас. д-р Елена Маринова", "гл. ас. д-р", "Елена Маринова"),
        ("Prof. Madya Dr. Siti Hajar binti Yusof", "Prof. Madya Dr.", "Siti Hajar binti Yusof"),
        ("Mr. sc. Arta Berisha", "Mr. sc.", "Arta Berisha"),
        ("Prof. asoc. dr. Besnik Shala", "Prof. asoc. dr.", "Besnik Shala"),
    ],
)
def test_ranks_of_set_108s_languages_are_no_part_of_the_name(name: str, honorific: str, bare: str) -> None:
    assert stated_honorific(name) == (honorific, bare)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # Bulgarian and Malay
            "Откриване и приветствие – Стоян Петков, Софийски университет\n"
            "За книгата ще говорят: Невена Колева, Нов български университет\n"
            "Слово на автора – Димитър Вълчев, Институт за балканистика\n"
            "Ucapan Alu-aluan: Aminah binti Said, Universiti Malaya\n"
            "Ucaptama: Hafiz bin Omar, Institut Kajian Dasar\n"
            "Rumusan dan Penutup: Wong Mei Ling, Universiti Malaya\n",
            {
                "Стоян Петков": "introductory-remarks",
                "Невена Колева": "discussant",
                "Димитър Вълчев": "speaker",
                "Aminah binti Said": "introductory-remarks",
                "Hafiz bin Omar": "keynote",
                "Wong Mei Ling": "closing-remarks",
            },
        ),
        (  # Albanian and Icelandic
            "Fjala hyrëse: Drita Kelmendi, Instituti Demokratik\n"
            "Moderon: Agron Rexha, Koha Ditore\n"
            "Përmbyllje: Drita Kelmendi, Instituti Demokratik\n"
            "Setning: Jóhanna Björk Karlsdóttir, Háskóli Íslands\n"
            "Fundarstjóri: Páll Ingi Ragnarsson, Hagstofa Íslands\n",
            {
                "Drita Kelmendi": "introductory-remarks",
                "Agron Rexha": "moderator",
                "Jóhanna Björk Karlsdóttir": "introductory-remarks",
                "Páll Ingi Ragnarsson": "chair",
            },
        ),
    ],
)
def test_role_headings_in_set_108s_languages(page: str, expected: dict[str, str]) -> None:
    head = "Centras\n\nDiskusija\n\nMiestai ir upės\n\nData: 2026-05-12, 10:00–12:00\nVieta: Vilnius\n\n"
    items = "".join(f"{10 + n // 4}:{n % 4 * 15:02d} {line}\n" for n, line in enumerate(page.splitlines()))
    assert set(expected.items()) <= {(n, r) for n, r, *_ in _people(_text_page(head + items))}


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        ("Instituti për Studime Urbane (ISU) ju fton në një debat publik.", ["Instituti për Studime Urbane"]),
        ("Hafrannsóknastofnun og Rannsóknamiðstöð Háskólans í Reykjavík boða til fundar.",
         ["Hafrannsóknastofnun", "Rannsóknamiðstöð Háskólans í Reykjavík"]),
    ],
)  # fmt: skip
def test_the_body_that_invites_in_albanian_and_icelandic_hosts(sentence: str, hosts: list[str]) -> None:
    assert stated_hosts(sentence)[0] == hosts


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("Seminar ini ditaja oleh Yayasan Hasanah.", "Yayasan Hasanah"),  # Malay
        ("Bengkel ini dianjurkan dengan kerjasama Jabatan Perangkaan Negeri.", "Jabatan Perangkaan Negeri"),
        ("Лекцията се провежда с подкрепата на Община Варна.", "Община Варна"),
        ("Debati mbahet në bashkëpunim me Komunën e Pejës.", "Komuna e Pejës"),  # Albanian: its accusative undone
        ("Fundurinn er styrktur af Rannsóknasjóði.", "Rannsóknasjóður"),  # Icelandic: its dative undone
    ],
)
def test_support_written_in_malay_bulgarian_albanian_and_icelandic_names_a_sponsor(sentence: str, sponsor: str) -> None:
    assert sponsor in stated_hosts(sentence)[1]


def test_a_georgian_page_gives_its_title_and_the_clock_of_its_georgian_address() -> None:
    # Georgian letters are lower case to Unicode, though the script has no capitals to write
    page = (
        "ცენტრი\n\nსაჯარო ლექცია: ქალაქი და მდინარე\n\n"
        "თარიღი: 9 ივნისი, 2026\nდრო: 18:00–19:30\nადგილი: სააქტო დარბაზი, რუსთაველის ქ. 5, ბათუმი\n"
    )
    record = _text_page(page)
    assert (record.name, record.start, record.end) == (
        "საჯარო ლექცია: ქალაქი და მდინარე",
        "2026-06-09T18:00:00+04:00",
        "2026-06-09T19:30:00+04:00",
    )


def test_hold_out_set_108_keeps_the_levels_its_fixes_reached() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-108" / "expected.yaml")
    # no field reaches 0.9 yet (docs/ingest.md, set 108): the Thai, Georgian and Korean pages give almost no
    # people (names in scripts without capitals, Korean names of one word), the Thai page no times (its hours in
    # a sentence, no zone from its Thai address); titles (a shorter og:title, a board label, a centre's name over
    # the heading); affiliations and job titles (posts joined to declined bodies); reports (numbered papers in
    # those languages); organizers (definite Bulgarian forms, Thai, Georgian and Korean senders); attendance
    assert scores["start"].f1 > 0.7 and scores["end"].f1 > 0.8
    assert scores["people"].f1 > 0.6 and scores["roles"].f1 > 0.55 and scores["sponsors"].f1 > 0.65
