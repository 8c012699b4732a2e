"""Instants a page gives in its markup or beside its clock: a <time datetime> element's whole
instant (a UTC one, as Drupal writes them, at the offset between the clock it prints and UTC), the
end a timetable gives only there, and a bare offset printed after the time ('-05'), as PHP sites
print a zone with no abbreviation."""

from __future__ import annotations

import pytest

from kg.dates import find_times, zone_for
from kg.pages import parse_page
from kg.records import EventRecord


def _record(html: str) -> EventRecord:
    return parse_page(html.encode(), "page.html").record


_DRUPAL = """<!DOCTYPE html><html lang="en"><head><title>Harbour Cities | Centre for Port Studies</title></head>
<body><nav><a href="/">Home</a> <a href="/events">Events</a></nav><main>
<h1>Harbour Cities and the Energy Transition</h1>
<div class="field--name-field-date"><time datetime="{start}">{shown_start}</time> -
<time datetime="{end}">{shown_end}</time></div>
<p>A round table on ports, shipping and the energy transition.</p>
</main><footer>© Centre for Port Studies</footer></body></html>"""


@pytest.mark.parametrize(
    ("start", "shown_start", "end", "shown_end", "expected_start", "expected_end"),
    [
        # Drupal writes UTC; the page prints the local clock: January in Lisbon is UTC+0 ...
        ("2025-01-28T15:00:00Z", "Tue, 28/01/2025 - 15:00", "2025-01-28T17:30:00Z", "17:30",
         "2025-01-28T15:00:00+00:00", "2025-01-28T17:30:00+00:00"),
        # ... an evening in New York in March is the next day in UTC
        ("2025-03-13T23:00:00Z", "Thu, 03/13/2025 - 7:00 pm", "2025-03-14T00:30:00Z", "8:30 pm",
         "2025-03-13T19:00:00-04:00", "2025-03-13T20:30:00-04:00"),
        # an offset written out is the page's own
        ("2025-06-12T09:00:00+05:30", "Thu, 12 June 2025 - 09:00", "2025-06-12T11:00:00+05:30", "11:00",
         "2025-06-12T09:00:00+05:30", "2025-06-12T11:00:00+05:30"),
    ],
)  # fmt: skip
def test_time_elements_give_the_instants_the_text_prints_without_a_zone(
    start: str, shown_start: str, end: str, shown_end: str, expected_start: str, expected_end: str
) -> None:
    page = _DRUPAL.format(start=start, shown_start=shown_start, end=end, shown_end=shown_end)
    record = _record(page)
    assert (record.start, record.end) == (expected_start, expected_end)


def test_a_utc_time_element_that_prints_no_clock_gives_no_time() -> None:
    page = _DRUPAL.format(
        start="2025-01-28T15:00:00Z", shown_start="Tuesday 28 January 2025", end="2025-01-28T17:30:00Z", shown_end=""
    )
    assert _record(page).start == "2025-01-28"  # the local offset cannot be told: the day only


def test_a_timetable_gives_its_end_only_in_markup() -> None:
    page = """<html><head><title>Workshop on Sea Level Data</title></head><body><main>
    <h1>Workshop on Sea Level Data</h1>
    <div class="event-time"><time datetime="2025-06-12T09:00:00+02:00">Thursday 12 June 2025, 09:00 CEST</time>
    &#8594; <time datetime="2025-06-12T17:30:00+02:00">the end of the day</time></div>
    <p>Room 3, Via Zamboni 33, Bologna</p></main></body></html>"""
    record = _record(page)
    assert (record.start, record.end) == ("2025-06-12T09:00:00+02:00", "2025-06-12T17:30:00+02:00")


@pytest.mark.parametrize(
    ("text", "zone", "offset_hours"),
    [
        ("February 26, 2025 @ 5:00 pm - 7:00 pm -05", "-05", -5),
        ("19:00 +03\n", "+03", 3),
        ("10:00 +0530;", "+0530", 5.5),
    ],
)
def test_a_bare_offset_after_a_time_is_its_zone(text: str, zone: str, offset_hours: float) -> None:
    [found] = find_times(text)
    assert found.zone == zone
    offset = zone_for(zone)
    assert offset is not None and offset.utcoffset(None).total_seconds() == offset_hours * 3600  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["Room 5:00 pm -12 people", "3pm -0430 x", "at 18:00 -05 degrees"])
def test_a_number_after_a_time_in_running_text_is_no_zone(text: str) -> None:
    assert all(found.zone is None for found in find_times(text))
