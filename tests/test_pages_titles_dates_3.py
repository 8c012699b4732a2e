"""Titles and start/end instants in forms hold-out set 37 (and set 33's unread dates) showed:
'18:30 bis 20:00 Uhr', '19 h 30 – 21 h', '13.30 - 16.00 hrs.', months written in
the page's own language ('15. Mai 2025', '20 mars 2025'), a town as the local language writes
it ('1010 Wien', 'Kadıköy/İstanbul'), a date written without its year whose year the page gives
in its address, its footer or its 'Add to calendar' links, and a post's date printed above the
event's."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times
from kg.pages import parse_page
from kg.pages.gazetteer import town_zone
from kg.records import EventRecord


def _record(text: str, name: str = "page.txt") -> EventRecord:
    return parse_page(text.encode(), name).record


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("9:00 AM – 12:00 NN", "09:00:00", "12:00:00"),  # Philippine pages: already read as 12:00
        ("10:00 AM - 12 NN", "10:00:00", "12:00:00"),
        ("18:30 bis 20:00 Uhr", "18:30:00", "20:00:00"),
        ("19 h 30 – 21 h", "19:30:00", "21:00:00"),
        ("de 19 h à 21 h", "19:00:00", "21:00:00"),
        ("de 10:00 a 12:00", "10:00:00", "12:00:00"),
    ],
)
def test_german_french_and_spanish_ranges_are_times(text: str, start: str, end: str) -> None:
    assert [(str(t.start), str(t.end)) for t in find_times(text)] == [(start, end)]


@pytest.mark.parametrize("text", ["ANNUAL MEETING", "NN 5", "a 2 h drive", "Room 4 h"])
def test_capitals_and_durations_are_no_times(text: str) -> None:
    assert find_times(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "zone"),
    [("um 19 Uhr", "19:00:00", "None", None), ("18 bis 20 Uhr (MESZ)", "18:00:00", "20:00:00", "MESZ")],
)
def test_a_german_hour_with_uhr_and_summer_time_mesz(text: str, start: str, end: str, zone: str | None) -> None:
    assert [(str(t.start), str(t.end), t.zone) for t in find_times(text)] == [(start, end, zone)]


def test_a_zone_after_hrs_belongs_to_the_range() -> None:
    (span,) = find_times("13.30 - 16.00 hrs. (Bangkok time)")
    assert (str(span.start), str(span.end), span.zone) == ("13:30:00", "16:00:00", "Bangkok time")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Donnerstag, 15. Mai 2025", "2025-05-15", None),
        ("Le jeudi 20 mars 2025 de 19 h 30 à 21 h", "2025-03-20", None),
        ("5 de marzo de 2025", "2025-03-05", None),
        ("14.–16. Oktober 2024", "2024-10-14", "2024-10-16"),
        ("1 mei 2024", "2024-05-01", None),
    ],
)
def test_months_in_the_pages_own_language(text: str, start: str, end: str | None) -> None:
    (day,) = find_dates(text)
    assert (day.start.isoformat(), day.end.isoformat() if day.end else None) == (start, end)


@pytest.mark.parametrize("text", ["Mai Nguyen, 2025", "3 Mars rovers landed in 2021"])
def test_a_foreign_month_needs_a_day_before_it_and_a_year(text: str) -> None:
    assert [d for d in find_dates(text) if d.has_year and d.start.month in (3, 5)] == []


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("Universitätsring 1, 1010 Wien", "Europe/Vienna"),
        ("ul. Nowy Świat 15/17, 00-029 Warszawa", "Europe/Warsaw"),
        ("90, avenue Vincent-d’Indy, Montréal (Québec)", "America/Toronto"),
        ("Caferağa, Moda Cd. No:88, 34710 Kadıköy/İstanbul", "Europe/Istanbul"),
    ],
)
def test_a_town_as_its_own_language_writes_it_gives_its_zone(address: str, zone: str) -> None:
    assert town_zone(address) == zone


_GERMAN = """Institut für Stadtgeschichte
Veranstaltungen

Gastvortrag

Rivers and the Making of Central European Cities

Donnerstag, 15. Mai 2025
18:30 bis 20:00 Uhr
Hörsaal 30, Universitätsring 1, 1010 Wien

Die Historikerin Prof. Anna Berger (Universität Graz) spricht über Flüsse und Städte.
"""


def test_a_german_date_box_gives_the_instants_in_the_towns_zone() -> None:
    record = _record(_GERMAN)
    assert (record.start, record.end) == ("2025-05-15T18:30:00+02:00", "2025-05-15T20:00:00+02:00")


_YEARLESS = """Harbour Arts Foundation
Events

« All Events

Reading the Ledger: Shipping Records of the Port of Galway

November 14 @ 6:30 pm - 8:00 pm

Venue: Harbour Arts Foundation, Quay Street, Galway, Ireland

A lecture by a maritime historian on the port's eighteenth-century ledgers.

© {year} Harbour Arts Foundation
"""


@pytest.mark.parametrize("year", [2023, 2024])
def test_a_date_without_its_year_takes_the_year_the_page_names(year: int) -> None:
    record = _record(_YEARLESS.format(year=year))
    assert (record.start, record.end) == (f"{year}-11-14T18:30:00+00:00", f"{year}-11-14T20:00:00+00:00")


def test_a_yearless_date_without_a_time_is_no_event_date() -> None:
    text = _YEARLESS.format(year=2024).replace(" @ 6:30 pm - 8:00 pm", "")
    with pytest.raises(Exception, match="no date"):
        _record(text)


_CALENDAR_LINK = """<!DOCTYPE html><html lang="en"><head><title>Tide Tables and Trade · Luma</title></head>
<body><main><h1>Tide Tables and Trade</h1>
<div class="meta"><div class="title">{weekday}, May 22</div><div class="desc">19:00 - 21:00</div></div>
<p>An evening talk on tides and the ports that live by them, with Dr. Ada Kaya of the
Maritime Institute.</p>
<a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;dates={dates}\
&amp;ctz=Europe/Istanbul&amp;text=Tide">Add to Google Calendar</a>
</main></body></html>"""


@pytest.mark.parametrize(
    ("weekday", "dates", "start"),
    [
        ("Thursday", "20250522T190000/20250522T210000", "2025-05-22T19:00:00+03:00"),
        ("Wednesday", "20190522T190000/20190522T210000", "2019-05-22T19:00:00+03:00"),
    ],
)
def test_a_calendar_link_gives_the_year_and_the_clock_the_page_leaves_out(weekday: str, dates: str, start: str) -> None:
    html = _CALENDAR_LINK.format(weekday=weekday, dates=dates)
    assert _record(html, "page.html").start == start


def test_an_hcalendar_title_gives_the_year() -> None:
    html = """<html><head><title>Salt and Empire - Lisbon Society</title></head><body><main>
    <h1>Salt and Empire</h1>
    <div><abbr class="tribe-events-start-date dtstart" title="2022-11-14">November 14</abbr> @ 6:30 pm - 8:00 pm</div>
    <p>Venue: Rua das Flores 10, Lisboa</p><p>A lecture on the salt trade.</p></main></body></html>"""
    assert _record(html, "page.html").start == "2022-11-14T18:30:00+00:00"


def test_a_posts_date_above_the_events_date_and_time_is_not_the_start() -> None:
    text = """Riverside Books
Book launch

Mira Lane: The Estuary Year

September 25, 2024

Thursday, October 17, 2024 · 7:00 PM – 8:30 PM
Riverside Books, 12 Front Street, Toronto, ON

Readings and conversation with the author.
"""
    record = _record(text)
    assert (record.start, record.end) == ("2024-10-17T19:00:00-04:00", "2024-10-17T20:30:00-04:00")


def test_an_address_part_that_ends_a_line_names_the_town() -> None:
    text = """Policy Centre
Events

Rice Prices Five Years On

Date: August 22, 2024 (Thursday)
Time: 9:00 AM - 12:00 NN
Venue: Centre Hall, 18th Floor, EDSA, Quezon City
Also streamed live on the Centre's Facebook page

A seminar on rice prices.
"""
    record = _record(text)
    assert (record.start, record.end) == ("2024-08-22T09:00:00+08:00", "2024-08-22T12:00:00+08:00")


@pytest.mark.parametrize("number", [33, 37])
def test_sets_33_and_37_meet_the_target_in_instants(number: int) -> None:
    """Both are below 0.9 in people and organisation fields (other ingest work), so
    test_every_field_meets_the_f1_target leaves them out; their starts and ends stay right."""
    scores = measure(Path(__file__).parent / "data" / f"holdout-{number}" / "expected.yaml")
    assert {f: round(scores[f].f1, 3) for f in ("start", "end")} == {"start": 1.0, "end": 1.0}


_LIBRARY = """Riverside City Libraries
   Leabharlanna na Cathrach

   Home   Catalogue   eResources   Events   Branches   Join the Library
   My Account | Search the catalogue

   Home > Events > An Evening with Ada Quinn

An Evening with Ada Quinn

   Wednesday 9 October 2024
   6.30pm - 7.45pm
   Central Library, 12 Quay Street, Galway

Historian Ada Quinn talks about her new book on the city's mills.

Sign up for the newsletter
Riverside City Libraries | Riverside City Council
"""


def test_a_breadcrumbs_last_step_names_the_page_and_a_footer_does_not() -> None:
    assert _record(_LIBRARY).name == "An Evening with Ada Quinn"


def test_a_site_name_repeated_only_below_the_date_gets_no_vote() -> None:
    text = _LIBRARY.replace("   Home > Events > An Evening with Ada Quinn\n", "")
    assert _record(text).name == "An Evening with Ada Quinn"


def test_a_breadcrumb_ending_in_the_series_gives_the_series_no_vote() -> None:
    text = """Universidad del Valle Central
   Admissions  Schools  Research  Library  Alumni

Department of Economics

   Home > Department of Economics > Seminars > Applied Economics Seminar

Applied Economics Seminar

Informal Credit and Household Resilience

   Date: Thursday, May 16, 2024
   Time: 3:00 pm - 4:30 pm
   Place: Room 204, Av. Figueroa Alcorta 7350, Buenos Aires

Speaker: Mariana Quiroga (Universidad Carlos III de Madrid)

Universidad del Valle Central
"""
    assert _record(text).name == "Informal Credit and Household Resilience"


@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("Regional Seminar on Transboundary Water Governance", "Mekong Dams and the Future of Inland Fisheries"),
        ("International Workshop of the Asian Water Network", "Mekong Dams and the Future of Inland Fisheries"),
        (
            "Lessons from Two Decades of Fisheries Data",
            "Mekong Dams and the Future of Inland Fisheries: Lessons from Two Decades of Fisheries Data",
        ),
    ],
)
def test_a_line_naming_the_kind_of_event_under_the_title_is_no_subtitle(second: str, title: str) -> None:
    text = f"""Faculty of Political Science
News & Events

PAST EVENT

12 Dec 2024

Mekong Dams and the Future of Inland Fisheries
{second}

13.30 - 16.00 hrs. (Bangkok time)
Room 401, Pridi Banomyong Building

A regional seminar on the dams of the Lower Mekong.
"""
    assert _record(text).name == title


def _page(top: str, middle: str, footer: str = "") -> str:
    return f"""{top}

{middle}
Main Hall, 5 Park Avenue, Springfield

In this talk Dr. Mara Velde looks at how the evidence on rivers and borders has changed.

Speaker: Dr. Mara Velde, Senior Fellow, Northgate Institute
{footer}"""


_SITE = "Rijksinstituut voor Geschiedenis"
_TITLE = "The Politics of Water in the Andes"


def test_a_site_name_in_the_footer_below_the_description_is_not_the_title() -> None:
    text = _page(
        f"{_SITE}\nAbout   Research   Events   Publications   Contact\nSearch",
        f"Talk\n{_TITLE}\n\nThursday, 14 November 2024\n6:30pm – 8:00pm GMT",
        f"\n{_SITE}\n10 Market Street, Glasgow\n© 2024 {_SITE}\n",
    )
    assert _record(text).name == _TITLE


def test_a_menu_bar_two_spaces_apart_is_not_the_title() -> None:
    text = _page(
        "Baltic Policy Forum\nStudy  Research  Explore  Connect\nSearch",
        f"14.05.2025\n\n{_TITLE}\n\n18:00–19:30 CEST",
    )
    assert _record(text).name == _TITLE


@pytest.mark.parametrize("tagline", ["Research that matters since 1962", "Ideas for a better city"])
def test_a_title_between_the_date_and_the_time_beats_the_sites_tagline(tagline: str) -> None:
    text = _page(
        f"Skip to main content\nHarbourside University\n{tagline}\nHome | About | Programs | Events | News\nSearch",
        f"14.05.2025\n\n{_TITLE}\n\n18:00–19:30 CEST",
    )
    assert _record(text).name == _TITLE


def test_a_title_tag_led_by_the_site_name_does_not_make_the_title_a_site_name() -> None:
    html = """<html><head><title>Harbourside University | Who Pays for Net Zero?</title>
    <meta property="og:title" content="Who Pays for Net Zero? - Harbourside University">
    <meta property="og:site_name" content="Harbourside University"></head>
    <body><main><h1>Event Details</h1><h2>Who Pays for Net Zero?</h2>
    <p>Thursday, 14 November 2024, 6:30pm – 8:00pm GMT</p><p>Main Hall, 10 Market Street, Glasgow G1 1AA</p>
    <p>A talk on who bears the cost of the energy transition.</p></main></body></html>"""
    assert _record(html, "page.html").name == "Who Pays for Net Zero?"
