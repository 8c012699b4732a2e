"""Titles and start/end instants in forms hold-out set 34 showed unread: 'midday', '18h30',
'2023-11-14T18:30', 'from 6pm until late', a town's district in the address ('Christchurch
Central'), a site's name led by its initials, a subtitle in sentence case under the title, and
an HTML subtitle in an element of its own."""

from __future__ import annotations

import pytest

from kg.dates import find_dates, find_times
from kg.pages import parse_page
from kg.pages.gazetteer import town_zone
from kg.pages.lines import is_when_line


def _record(text: str, name: str = "page.txt"):  # type: ignore[no-untyped-def]
    return parse_page(text.encode(), name).record


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("midday to 1.30pm", "12:00:00", "13:30:00"),
        ("12 midday – 2pm", "12:00:00", "14:00:00"),
        ("Midday–2pm", "12:00:00", "14:00:00"),
        ("12 noon–1.30pm", "12:00:00", "13:30:00"),
        ("18h30 – 20h00", "18:30:00", "20:00:00"),
        ("à 18h30", "18:30:00", "None"),
    ],
)
def test_midday_and_french_hours_are_times(text: str, start: str, end: str) -> None:
    assert [(str(t.start), str(t.end)) for t in find_times(text)] == [(start, end)]


def test_an_iso_date_and_time_gives_its_day() -> None:
    assert [str(d.start) for d in find_dates("Starts 2023-11-14T18:30")] == ["2023-11-14"]
    assert [str(t.start) for t in find_times("Starts 2023-11-14T18:30")] == ["18:30:00"]


@pytest.mark.parametrize("line", ["From 6pm until late", "6pm till late", "18:00 until late"])
def test_an_open_ended_evening_is_a_time_line(line: str) -> None:
    assert is_when_line(line)


def test_from_6pm_until_late_starts_at_6pm_and_states_no_end() -> None:
    record = _record(
        "What's on / Talks & tours\n\nPast event\nWhales of the Tasman Sea\n\nFriday 7 March 2025\n"
        "From 6pm until late\nMuseum of the Pacific Rim, 2 Harbour Walk, Sydney NSW 2000\n\n"
        "Spend a night with the whales: talks, music and late-night galleries.\n"
    )
    assert (record.start, record.end) == ("2025-03-07T18:00:00+11:00", None)


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("60 Cathedral Square, Christchurch Central", "Pacific/Auckland"),
        ("Level 3, 1 Macquarie Place, Sydney CBD", "Australia/Sydney"),
        ("Park Row, Leeds City Centre", "Europe/London"),
    ],
)
def test_a_towns_district_gives_the_towns_zone(address: str, zone: str) -> None:
    assert town_zone(address) == zone


def test_a_noon_talk_in_a_new_zealand_district_gets_summer_time() -> None:
    record = _record(
        "Heritage talks\nStone, Timber and Quake: Rebuilding the Heritage Streets\n\n"
        "Wednesday 19 February 2025\n12 noon–1.30pm\nTūranga, Spark Place, Level 1\n"
        "60 Cathedral Square, Christchurch Central\nFree, no bookings required\n\n"
        "Two architects look at the stone and timber buildings that were repaired after the earthquake.\n"
    )
    assert (record.start, record.end) == ("2025-02-19T12:00:00+13:00", "2025-02-19T13:30:00+13:00")
