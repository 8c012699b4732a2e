"""Titles and start/end instants in forms hold-out set 49 showed, and the title/start/end misses
sets 45 and 46 shared with it: a clock named as CLDR names it ('in Atlantic Time (Canada)', 'Gulf
Standard Time'), an abbreviation the venue's own zone writes ('MST' in Arizona), a venue named
after another town ('Stanley … Theatre' in Hobart), refreshments before the talk, a town's name
with 'im' or 'es' in it, a post's date in another language or in a byline, a time field with its
clock in a bracketed aside, each day's hours under a multi-day range, a Zoom registration page
(generic heading, 'Topic:' title, the end only in its calendar link), a WordPress post's meta line
in HTML, an event type before a quoted title, and a title wrapped before its closing quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times, resolve_zone
from kg.pages import parse_page
from kg.pages.agreement import TitleSignals, agreed_title
from kg.pages.gazetteer import town_zone
from kg.pages.when import place_zone
from kg.pages.wrap import rejoin_wrapped
from kg.records import EventRecord

DATA = Path(__file__).parent / "data"


def _record(text: str, name: str = "page.txt") -> EventRecord:
    return parse_page(text.encode(), name).record


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("12:00 PM – 1:30 PM Gulf Standard Time", "Gulf Standard Time"),
        ("9:00 AM - 1:00 PM (East Africa Time)", "East Africa Time"),
        ("10:00 - 11:30 Ecuador Time", "Ecuador Time"),
    ],
)
def test_a_clock_named_as_cldr_names_it_is_the_times_zone(text: str, zone: str) -> None:
    assert [t.zone for t in find_times(text)] == [zone]


def test_a_zoom_time_in_a_named_clock_takes_that_clocks_offset_that_day() -> None:
    page = "Harbour Lecture on Coastal Law\n\nTime: Mar 12, 2025 12:00 PM in Atlantic Time (Canada)\n"
    assert _record(page).start == "2025-03-12T12:00:00-03:00"  # Halifax's clocks went forward on 9 March


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Student Union, 1303 E University Blvd, Tucson, AZ 85719", "America/Phoenix"),
        ("Alumni Hall, 400 Main Street, Denver, CO 80202", "America/Denver"),
    ],
)
def test_an_abbreviation_the_venues_own_zone_writes_means_that_zone(place: str, zone: str) -> None:
    assert resolve_zone("MST", place, place_zone(place))[0] == zone


def test_mst_in_arizona_in_summer_is_seven_hours_behind() -> None:
    page = (
        "Desert Water Futures\n\nThursday, July 10, 2025\n5:30 – 7:00 p.m. MST\n\n"
        "Student Union, 1303 E University Blvd, Tucson, AZ 85719\n"
    )
    assert _record(page).start == "2025-07-10T17:30:00-07:00"


def test_a_town_is_found_before_a_line_that_starts_with_st() -> None:
    """'Hobart' / 'Stanley …': 'St' is a street only as a whole word after the town."""
    assert place_zone("Hobart\nStanley Burbury Theatre") == "Australia/Hobart"
    assert place_zone("Hobart St, Sydney") == "Australia/Sydney"


def test_the_venues_town_gives_the_clock_not_a_town_the_venue_is_named_after() -> None:
    page = (
        "Whales of the Southern Ocean\n\nWhen\nThursday 20 February 2025\n6pm – 7pm\n\n"
        "Where\nLisbon Auditorium\n12 Salamanca Place, Hobart TAS 7000\n\n"
        "A lecture on the science of whale migration, followed by questions from the audience.\n"
    )
    assert _record(page).start == "2025-02-20T18:00:00+11:00"


def test_refreshments_before_the_lecture_are_not_its_start() -> None:
    page = (
        "Who Owns the Deep Sea?\n\nWhen\nThursday 20 February 2025\n5.30pm refreshments, 6pm – 7pm lecture\n\n"
        "Where\n12 Salamanca Place, Hobart TAS 7000\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2025-02-20T18:00:00+11:00", "2025-02-20T19:00:00+11:00")


@pytest.mark.parametrize(
    ("address", "zone"),
    [("79098 Freiburg im Breisgau", "Europe/Berlin"), ("Kivukoni Street, Dar es Salaam", "Africa/Dar_es_Salaam")],
)
def test_a_towns_name_may_hold_im_or_es(address: str, zone: str) -> None:
    assert town_zone(address) == zone


@pytest.mark.parametrize(
    "posted",
    ["Publicado: 24 de marzo de 2025", "Veröffentlicht am 24. März 2025", "By Web Team | March 24, 2025 | News"],
)
def test_a_posts_date_in_another_language_or_a_byline_is_not_the_events(posted: str) -> None:
    page = (
        f"Minería y agua en la Amazonía\n\n{posted}\n\nFecha: martes 8 de abril de 2025\n"
        "Hora: 10:00 a 12:00\nLugar: Auditorio principal, Quito\n"
    )
    assert _record(page).start == "2025-04-08T10:00:00-05:00"


def test_a_time_field_with_its_clock_in_a_bracketed_aside_is_the_events_time() -> None:
    page = (
        "Minería y agua en la Amazonía\n\nFecha: martes 8 de abril de 2025\n"
        "Hora: 10h00 a 12h00 (hora de Ecuador, GMT-5)\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2025-04-08T10:00:00-05:00", "2025-04-08T12:00:00-05:00")


def test_each_days_hours_under_a_multi_day_range_count_for_that_day() -> None:
    page = (
        "Rivers Without Borders: A Conference\n\nMarch 3–4, 2025\n\n"
        "Monday, March 3, 2025, 9 a.m.–5 p.m.\nTuesday, March 4, 2025, 9 a.m.–1 p.m.\n"
        "All times are ET.\n\nProgram\n\nMonday, March 3\n\n9 a.m. Welcome\n\n10 a.m. Panel 1\n\n"
        "Tuesday, March 4\n\n9 a.m. Roundtable\n\n12:30 p.m. Closing remarks\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2025-03-03T09:00:00-05:00", "2025-03-04T13:00:00-05:00")


ZOOM_PAGE = """<html><head><title>Webinar Registration - Zoom</title>
<meta property="og:title" content="Webinar Registration - Zoom"><meta property="og:site_name" content="Zoom">
</head><body><main><h1>Webinar Registration</h1>
<div class="row"><div class="label">Topic</div>
<div class="value">Tidal Power and the Bay of Fundy Fisheries</div></div>
<div class="row"><div class="label">Description</div>
<div class="value">A lunchtime panel on marine planning.</div></div>
<div class="row"><div class="label">Time</div>
<div class="value">Jun 4, 2025 12:00 PM in Eastern Time (US and Canada)</div></div>
<a href="https://www.google.com/calendar/render?action=TEMPLATE&amp;dates=20250604T160000Z/20250604T171500Z">
Google Calendar</a>
</main></body></html>"""


def test_a_zoom_registration_page_is_titled_by_its_topic() -> None:
    assert _record(ZOOM_PAGE, "register.html").name == "Tidal Power and the Bay of Fundy Fisheries"


def test_a_start_without_an_end_ends_when_its_calendar_link_does() -> None:
    record = _record(ZOOM_PAGE, "register.html")
    assert (record.start, record.end) == ("2025-06-04T12:00:00-04:00", "2025-06-04T13:15:00-04:00")


@pytest.mark.parametrize("line", ["Topic: Economics", "Topic: Foreign Policy"])
def test_a_calendars_topic_field_is_no_title(line: str) -> None:
    page = f"Budgets Under Strain in Small States\n\n{line}\n\nMarch 3, 2025, 4:00 - 5:30 pm ET\n"
    assert _record(page).name == "Budgets Under Strain in Small States"


def test_a_wordpress_posts_meta_line_does_not_date_the_event() -> None:
    page = """<html><body><main><article><h1>Dissemination: Financing Secondary Cities</h1>
<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">By <span class="vcard">Communications</span>
<span class="updated rich-snippet-hidden">2024-11-18T09:12:44+03:00</span><span>November 18th, 2024</span>
<span>|</span><a href="/category/events/">Events</a></div></div>
<p>The Centre will hold a dissemination workshop on Thursday, 28th November 2024 from 9:00 am to 12:30 pm
at the Sheraton Hotel, Ternan Avenue, Kampala.</p></article></main></body></html>"""
    record = _record(page, "post.html")
    assert (record.start, record.end) == ("2024-11-28T09:00:00+03:00", "2024-11-28T12:30:00+03:00")


def test_an_event_type_before_a_quoted_title_yields_to_a_heading_without_it() -> None:
    typed = "Roundtable “Water Sharing after the Canal”"
    signals = TitleSignals(texts=[("schema", typed), ("head", typed), ("h1", "Water Sharing after the Canal")])
    assert agreed_title(signals) == "Water Sharing after the Canal"
    whole = TitleSignals(texts=[("schema", typed), ("h1", typed)])
    assert agreed_title(whole) == typed


def test_a_wrapped_line_that_closes_a_quotation_is_joined() -> None:
    text = (
        "   EVENTS / 2024\n\n"
        '   Book promotion: "The Long Accession: Serbia and the European Union,\n'
        '   2000-2024"\n\n'
        "   The Centre for European Studies invites you to the promotion of a new\n"
        "   book on the accession talks, published by the Centre in its European\n"
        "   Studies Library edition, with the support of a foundation and of the\n"
        "   Ministry, followed by a discussion with the author and two reviewers\n"
        "   from the Faculty of Political Sciences and the Institute of Economics.\n"
    )
    assert '   Book promotion: "The Long Accession: Serbia and the European Union, 2000-2024"' in rejoin_wrapped(
        text
    ).split("\n")


@pytest.mark.parametrize("number", [45, 46, 49])
def test_these_sets_titles_and_instants_stay_right(number: int) -> None:
    """Sets 45, 46 and 49 are below 0.9 in other fields (test_every_field_meets_the_f1_target leaves
    them out); their titles, starts and ends are all right since these fixes and stay so."""
    scores = measure(DATA / f"holdout-{number}" / "expected.yaml")
    assert {field: scores[field].f1 for field in ("title", "start", "end")} == {"title": 1.0, "start": 1.0, "end": 1.0}


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2025. március 6. 14:00–16:00", "2025-03-06", None),
        ("2025. március 6–7.", "2025-03-06", "2025-03-07"),
        ("2025 m. kovo 6 d. 15:00", "2025-03-06", None),
    ],
)
def test_a_year_first_date_with_a_month_name_is_read(text: str, first: str, last: str | None) -> None:
    """Hungarian and Lithuanian write the year first: '2025. március 6.', '2025 m. kovo 6 d.'."""
    [day] = find_dates(text)
    assert (day.start.isoformat(), day.end.isoformat() if day.end else None) == (first, last)


def test_a_hungarian_page_dated_year_first_is_timed() -> None:
    page = (
        "A Duna és az európai szomszédság\n\n2025. március 6., 18:00–19:30\n\n"
        "Helyszín: Andrássy Egyetem, Pollack Mihály tér 3., 1088 Budapest\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2025-03-06T18:00:00+01:00", "2025-03-06T19:30:00+01:00")


@pytest.mark.parametrize(("text", "hour"), [("jeudi 6 mars 2025, 14 h", 14), ("jeudi 6 mars 2025 à 18 h", 18)])
def test_a_lone_french_hour_after_a_date_or_a_is_a_time(text: str, hour: int) -> None:
    assert [t.start.hour for t in find_times(text)] == [hour]


@pytest.mark.parametrize("text", ["un cours de 10 h par semaine", "24 h", "ouvert 24 h sur 24"])
def test_a_number_of_hours_is_no_time(text: str) -> None:
    assert find_times(text) == []
