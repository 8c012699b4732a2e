"""Date, clock, role and host forms of pages in Croatian, Slovene, Flemish, Catalan, Czech, Norwegian,
Turkish and Italian that hold-out set 87 (Turin, Girona, Brno, Tromsø, İzmir, Split, Genk and Maribor
pages) showed the ingester missing, one test per form. Each page here is written for the form, not
copied from the hold-out page that showed it."""

from __future__ import annotations

from datetime import date, time

import pytest

from kg.dates import find_dates, find_times, other_months
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("četvrtak, 8. listopada 2026", date(2026, 11, 8)),  # Polish and Czech 'listopad' (November) win
        ("petak, 16. siječnja 2026. godine", date(2026, 1, 16)),
        ("utorak, 9. lipnja 2026.", date(2026, 6, 9)),
        ("srijeda, 2. prosinca 2026.", date(2026, 12, 2)),
        ("ponedeljak, 5. mart 2026.", date(2026, 3, 5)),  # Serbian and Bosnian in Latin script
    ],
)
def test_croatian_serbian_and_bosnian_months_are_read_where_no_more_common_language_names_them_otherwise(
    text: str, day: date
) -> None:
    assert [d.start for d in find_dates(text)] == [day]
    assert other_months()["listopada"] == 11 and other_months()["srpnja"] == 7 and other_months()["srpna"] == 8


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("s početkom u 10 sati", time(10), None),  # Croatian: at 10 o'clock
        ("od 9 do 12.30 sati", time(9), time(12, 30)),
        ("ob 16. uri", time(16), None),  # Slovene: an ordinal hour
        ("predvidoma ob 19.15.", time(19, 15), None),
        ("ore 18.45", time(18, 45), None),  # Italian
        ("kl. 09.15", time(9, 15), None),
        ("om 14 uur", time(14), None),  # Dutch
        ("20u00 – 22u15 (deuren 19u30)", time(20), time(22, 15)),  # Flemish
        ("saat 15.30'da", time(15, 30), None),  # Turkish
    ],
)
def test_clocks_written_with_the_words_for_at_and_hours_of_other_languages_are_times(
    text: str, start: time, end: time | None
) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize("text", ["traje 3 sati", "in 2 uur", "ongeveer 4 uur lang", "5 hrs", "3.75 milijuna"])
def test_a_count_of_hours_or_a_decimal_is_no_clock(text: str) -> None:
    assert find_times(text) == []


def test_a_croatian_date_line_gives_the_start_and_a_later_until_in_the_same_sentence_the_end() -> None:
    page = (
        "Udruga za obalne studije\n\nOkrugli stol\n\nMore, luke i gradovi\n\n"
        "Udruga za obalne studije poziva Vas na okrugli stol koji će se održati u petak, 13. studenoga"
        " 2026. godine, s početkom u 10 sati u dvorani Gradske knjižnice, Ulica kralja Zvonimira 12, Zadar."
        " Skup će trajati do 12.30 sati.\n\nUdruga za obalne studije\nPoljana Zemaljskog odbora 2, 23000 Zadar\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2026-11-13T10:00:00+01:00", "2026-11-13T12:30:00+01:00")
