"""Date, clock, label and role forms of pages in languages earlier sets already used (Turkish, Korean, Vietnamese,
Georgian, Polish, Ukrainian, Nepali, Urdu) that hold-out set 126 (Eskişehir, Ulsan, Quy Nhơn, Telavi, Olsztyn,
Poltava, Biratnagar and Bahawalpur pages) showed the ingester missing where the earlier sets' fixes had matched only
their own pages' words, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from datetime import date, time

import pytest

from kg.dates import find_dates, find_times
from kg.pages import parse_page
from kg.pages.when import labelled_post_date
from kg.pages.words import language_zone
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    "line",
    [
        "Ekleme: 03.04.2025",  # Turkish 'added'
        "Eklenme tarihi: 3 Nisan 2025",
        "Dodano: 3 kwietnia 2025 | Redakcja",  # Polish
        "Додано: 03.04.2025",  # Ukrainian
        "등록일 2025-04-03",  # Korean
        "تاریخِ اندراج: 3 اپریل 2025",  # Urdu 'date of entry'
        "03.04.2025 · 4 хв читання · 2 310 переглядів",  # a reading time and a count of readers beside the date
        "3 Nisan 2025 · 87 kez okundu",
        "२०८२ वैशाख २० | ३१२ पटक पढिएको",
        "3 kwietnia 2025 · 4 min czytania",
        "Lượt xem: 2.310 | 03/04/2025",
    ],
)
def test_a_post_date_in_the_languages_met_before_is_not_the_events(line: str) -> None:
    assert labelled_post_date(line)


@pytest.mark.parametrize(
    "line",
    ["Kiedy: środa, 9 kwietnia 2025 r., godz. 17.00–19.00", "Tarih: 9 Nisan 2025", "Коли: 9 квітня 2025 року"],
)
def test_an_event_date_line_is_not_taken_for_a_posts(line: str) -> None:
    assert not labelled_post_date(line)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Urdu and Hindi hours in words before 'بجے' / 'बजे' (o'clock), after a part of the day
        ("جلسہ سہ پہر چار بجے شروع ہوگا", time(16), None),
        ("شام ساڑھے سات بجے", time(19, 30), None),  # half past seven
        ("صبح سوا نو بجے", time(9, 15), None),  # a quarter past nine
        ("دوپہر پونے دو بجے", time(13, 45), None),  # a quarter to two
        ("बेलुका साढे पाँच बजे", time(17, 30), None),  # Nepali
        ("Từ 14h00 đến 16h30", time(14), time(16, 30)),  # Vietnamese 'đến' (to)
    ],
)
def test_clocks_written_as_the_languages_met_before_write_them(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


def test_a_number_word_is_no_hour_without_oclock() -> None:
    assert find_times("شام کو تین مقررین خطاب کریں گے") == []


def test_a_georgian_date_written_year_first_is_read() -> None:
    assert [d.start for d in find_dates("2025 წლის 9 აპრილი, ოთხშაბათი")] == [date(2025, 4, 9)]


@pytest.mark.parametrize(("tag", "zone"), [("ko", "Asia/Seoul"), ("ka", "Asia/Tbilisi"), ("tr", "Europe/Istanbul"),
                                           ("en", None), ("ar", None), ("bn", None)])  # fmt: skip
def test_a_bare_language_tag_of_one_countrys_language_gives_its_clock(tag: str, zone: str | None) -> None:
    assert language_zone(tag) == zone


def test_a_korean_page_naming_no_known_town_is_on_koreas_clock() -> None:
    page = (
        '<html lang="ko"><body><main><h1>지역 일자리 포럼</h1>'
        "<p>○ 일 시 : 2025. 4. 9.(수) 15:00 ~ 17:00</p><p>○ 장 소 : 본관 2층 회의실</p>"
        "<p>○ 발표 : 김하늘 (지역경제연구소 연구위원)</p></main></body></html>"
    )
    record = parse_page(page.encode(), "page.html").record
    assert (record.start, record.end) == ("2025-04-09T15:00:00+09:00", "2025-04-09T17:00:00+09:00")


@pytest.mark.parametrize(
    ("item", "start"),
    [
        ("09:30 Kayıt ve kahve", "09:30"),  # Turkish
        ("09:30 Rejestracja uczestników", "09:30"),  # Polish
        ("09:30 – Реєстрація учасників", "09:30"),  # Ukrainian
        ("09:30 – რეგისტრაცია", "09:30"),  # Georgian
        ("09:30~10:00 등 록", "09:30"),  # Korean, the word spaced out in a table's cell
        ("09h30 – 10h00: Đón tiếp đại biểu", "09:30"),  # Vietnamese: receiving the delegates
        ("09:30 Otwarcie wystawy", "10:00"),  # not registration: the stated start
    ],
)
def test_a_programme_opening_with_registration_in_the_languages_met_before_starts_then(item: str, start: str) -> None:
    page = (
        "Miasto i woda: co dalej z retencją?\n\nTermin: 9 kwietnia 2025, godz. 10:00–12:00\nMiejsce: Aula, Lublin\n\n"
        "Zapraszamy na seminarium o wodzie w mieście.\n\nProgram\n\n"
        f"{item}\n10:00 Powitanie\n11:30 Dyskusja\n"
    )
    assert _text_page(page).start == f"2025-04-09T{start}:00+02:00"


def test_registration_in_brackets_on_the_date_line_leaves_the_stated_start() -> None:
    page = (
        "Miasto i woda: co dalej z retencją?\n\nKiedy: 9 kwietnia 2025, godz. 10.00–12.00 (rejestracja od 9.30)\n"
        "Gdzie: Aula, Lublin\n\n9.30 Rejestracja\n10.00 Powitanie\n"
    )
    assert _text_page(page).start == "2025-04-09T10:00:00+02:00"
