"""Titles, start/end instants, organizers and sponsors in forms hold-out set 68 showed: a month
abbreviated in lower case between a day and a year ('21 may 2026', as Wix writes Spanish dates), a
'You are here: Front page / …' breadcrumb, a listing's 'CALENDAR OF EVENTS' heading, a Nordic
'kl. 19.30' time, a series' edition ('Ramadan Talks 2026 #3') over the date line and the title, and
a newsletter issue's heading over the event it announces."""

from __future__ import annotations

from kg.dates import find_dates
from kg.pages import parse_page
from kg.records import EventRecord


def _record(text: str, name: str = "page.txt") -> EventRecord:
    return parse_page(text.encode(), name).record


def test_a_month_abbreviated_in_lower_case_is_read_between_a_day_and_a_year() -> None:
    found = find_dates("3 abr 2027, 18:00 – 4 abr 2027, 12:30")
    assert [d.start.isoformat() for d in found] == ["2027-04-03", "2027-04-04"]
    assert [d.start.isoformat() for d in find_dates("le 9 févr. 2027")] == ["2027-02-09"]
    assert find_dates("we may 2027") == [] and find_dates("14 may be late") == []


def test_a_wix_date_with_lower_case_months_gives_the_start_and_end() -> None:
    page = (
        "Eventos\n\nForo de Vivienda Popular 2027\n\nFecha y hora\n"
        "3 abr 2027, 18:00 – 4 abr 2027, 12:30\nUbicación\n"
        "Centro Cultural del Lago, Av. España 1020, Asunción, Paraguay\n\n"
        "Dos jornadas de debate sobre la vivienda social en el área metropolitana de Asunción.\n"
    )
    record = _record(page)
    assert record.start == "2027-04-03T18:00:00-03:00"
    assert record.end == "2027-04-04T12:30:00-03:00"
