"""Stated dates, times and zones -> xsd:date / xsd:dateTime with the offset of that day."""

from __future__ import annotations

from datetime import date, time

import pytest

from kg.dates import (
    find_dates,
    find_times,
    find_zone,
    parse_machine_date,
    resolve_zone,
    when,
    zone_for,
    zone_name,
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jul. 29, 2003", date(2003, 7, 29), None),
        ("July 29, 2003", date(2003, 7, 29), None),
        ("Tuesday, July 29, 2003", date(2003, 7, 29), None),
        ("29 July 2003", date(2003, 7, 29), None),
        ("Thursday 8th July 2021", date(2021, 7, 8), None),
        ("2003-07-29", date(2003, 7, 29), None),
        ("07/29/2003", date(2003, 7, 29), None),
        ("12.03.2019", date(2019, 3, 12), None),
        ("út 18. 3. 2025", date(2025, 3, 18), None),
        ("March 5–7, 2019", date(2019, 3, 5), date(2019, 3, 7)),
        ("5-7 March 2019", date(2019, 3, 5), date(2019, 3, 7)),
        ("12–13 November 2019", date(2019, 11, 12), date(2019, 11, 13)),
        ("March 30 – April 2, 2016", date(2016, 3, 30), date(2016, 4, 2)),
        ("Dec. 30, 2019 – Jan. 2, 2020", date(2019, 12, 30), date(2020, 1, 2)),
        ("Dec. 30 – Jan. 2, 2020", date(2019, 12, 30), date(2020, 1, 2)),
        ("October 3-4, 2019", date(2019, 10, 3), date(2019, 10, 4)),
        ("Tue, 3 Oct 2023", date(2023, 10, 3), None),
        ("Tues., Oct. 3, 2023", date(2023, 10, 3), None),
        ("Thursday, October 5th, 2023", date(2023, 10, 5), None),
        ("Sept. 5, 2023", date(2023, 9, 5), None),
        ("Wed 20 Nov 2019", date(2019, 11, 20), None),
        ("25/03/2023", date(2023, 3, 25), None),
        ("03/03/2023", date(2023, 3, 3), None),
        ("Tue, 10 Sep 2024 – Thu, 12 Sep 2024", date(2024, 9, 10), date(2024, 9, 12)),
        ("Thursday 7 – Friday 8 March 2024", date(2024, 3, 7), date(2024, 3, 8)),
        ("Day 1 — Tuesday, 12 November 2019", date(2019, 11, 12), None),
        ("2023.09.14 (Thu)", date(2023, 9, 14), None),
        ("2023. 9. 14.", date(2023, 9, 14), None),
        ("2023/09/14", date(2023, 9, 14), None),
        # two days joined by 'and' are one event's two days when they follow each other
        ("October 16 and 17, 2014", date(2014, 10, 16), date(2014, 10, 17)),
        ("16 & 17 October 2014", date(2014, 10, 16), date(2014, 10, 17)),
        ("Friday, 7 and Saturday, 8 March 2025", date(2025, 3, 7), date(2025, 3, 8)),
        ("16 y 17 de octubre de 2014", date(2014, 10, 16), date(2014, 10, 17)),
        ("16. und 17. Oktober 2014", date(2014, 10, 16), date(2014, 10, 17)),
        ("14 and 21 May 2025", date(2025, 5, 14), None),  # two sessions a week apart: it starts on the first
    ],
)
def test_stated_days_and_ranges(text: str, start: date, end: date | None) -> None:
    [found] = find_dates(text)
    assert (found.start, found.end, found.has_year) == (start, end, True)


def test_a_day_and_month_that_could_be_either_way_round_is_not_read() -> None:
    assert find_dates("03/10/2023") == []


def test_a_day_without_a_year_takes_the_year_of_its_context() -> None:
    [found] = find_dates("was held on Capitol Hill on July 30.", default_year=2003)
    assert found.start == date(2003, 7, 30) and not found.has_year
    assert find_dates("on July 30") == []


def test_a_range_without_years_that_crosses_new_year_ends_the_next_year() -> None:
    [found] = find_dates("Monday, Dec. 30 – Friday, Jan. 3", default_year=2019)
    assert (found.start, found.end) == (date(2019, 12, 30), date(2020, 1, 3))


@pytest.mark.parametrize(
    ("text", "start", "end", "zone"),
    [
        ("3:00pm – 5:00pm ET", time(15), time(17), "ET"),
        ("9:15-9:45 a.m.", time(9, 15), time(9, 45), None),
        ("10:00 a.m. – 12:00 p.m. EST", time(10), time(12), "EST"),
        ("14:00–15:30 BST", time(14), time(15, 30), "BST"),
        ("4–5:30pm (ET)", time(16), time(17, 30), "ET"),
        ("11:30–12:30 pm", time(11, 30), time(12, 30), None),
        ("7:30 am EDT - 11:30 am EDT", time(7, 30), time(11, 30), "EDT"),
        ("noon – 1:30 p.m.", time(12), time(13, 30), None),
        ("from 3 to 5 p.m.", time(15), time(17), None),
        ("18:30 – 20:00 CET", time(18, 30), time(20), "CET"),
        ("15.00–17.00", time(15), time(17), None),
        ("09:30-11:00 (KST)", time(9, 30), time(11), "KST"),
        ("4:00 PM - 5:30 PM", time(16), time(17, 30), None),
        ("at 10 a.m.", time(10), None, None),
        ("13:00 UTC+9", time(13), None, "UTC+9"),
        ("12 noon – 1:30 pm", time(12), time(13, 30), None),
        ("9 am–5 pm", time(9), time(17), None),
        ("12:00PM TO 1:00PM", time(12), time(13), None),
        ("10 a.m. to noon", time(10), time(12), None),
        ("18:00–19:30 (Europe/Berlin)", time(18), time(19, 30), "Europe/Berlin"),
        ("17:00–20:00 (GMT+1)", time(17), time(20), "GMT+1"),
        ("11:00 AM – 12:30 PM (UTC+08:00)", time(11), time(12, 30), "UTC+08:00"),
        ("9:00–11:30 CST", time(9), time(11, 30), "CST"),
        ("18:00 (Mars/Olympus)", time(18), None, None),
        ("12:00 PM–1:30 PM Eastern", time(12), time(13, 30), "Eastern"),
        ("18:00 - 19:30 Singapore time", time(18), time(19, 30), "Singapore time"),
        ("9:30 a.m. to 11 a.m. PT", time(9, 30), time(11), "PT"),
        ("09.30 Keynote: Dr. Luca Bernardi", time(9, 30), None, None),
    ],
)
def test_stated_times_and_their_zones(text: str, start: time, end: time | None, zone: str | None) -> None:
    [found] = find_times(text)
    assert (found.start, found.end, found.zone) == (start, end, zone)


@pytest.mark.parametrize(
    "text", ["2003", "Special Report #115", "202-691-4012", "2019-03-05", "29.07.2003", "3.50 million", "10-12 people"]
)
def test_numbers_that_are_not_times(text: str) -> None:
    assert find_times(text) == []


@pytest.mark.parametrize(
    ("day", "at", "zone", "expected"),
    [
        (date(2003, 7, 29), time(15), "ET", "2003-07-29T15:00:00-04:00"),
        (date(2003, 1, 29), time(15), "ET", "2003-01-29T15:00:00-05:00"),
        (date(2019, 1, 23), time(10), "EST", "2019-01-23T10:00:00-05:00"),
        (date(2020, 10, 7), time(13), "PT", "2020-10-07T13:00:00-07:00"),
        (date(2020, 1, 16), time(16), "CT", "2020-01-16T16:00:00-06:00"),
        (date(2021, 7, 8), time(14), "BST", "2021-07-08T14:00:00+01:00"),
        (date(2021, 1, 8), time(14), "GMT", "2021-01-08T14:00:00+00:00"),
        (date(2020, 2, 4), time(18, 30), "CET", "2020-02-04T18:30:00+01:00"),
        (date(2020, 7, 4), time(18, 30), "CEST", "2020-07-04T18:30:00+02:00"),
        (date(2019, 11, 12), time(9, 30), "KST", "2019-11-12T09:30:00+09:00"),
        (date(2021, 3, 3), time(9), "JST", "2021-03-03T09:00:00+09:00"),
        (date(2008, 3, 4), time(10), "ET", "2008-03-04T10:00:00-05:00"),
        (date(2008, 3, 11), time(10), "ET", "2008-03-11T10:00:00-04:00"),
        (date(2020, 5, 1), time(9), "UTC+5:30", "2020-05-01T09:00:00+05:30"),
        (date(2023, 3, 28), time(18), "Europe/Berlin", "2023-03-28T18:00:00+02:00"),
        (date(2023, 3, 24), time(18), "Europe/Berlin", "2023-03-24T18:00:00+01:00"),
        (date(2024, 3, 15), time(17), "GMT+1", "2024-03-15T17:00:00+01:00"),
    ],
)
def test_offsets_follow_daylight_saving_of_that_day(day: date, at: time, zone: str, expected: str) -> None:
    assert when(day, at, zone_for(zone)) == expected


def test_a_day_without_a_time_stays_a_date() -> None:
    assert when(date(2015, 4, 18)) == "2015-04-18"


def test_a_time_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        when(date(2015, 4, 18), time(10), None)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("ET", "America/New_York"),
        ("PT", "America/Los_Angeles"),
        ("KST", "Asia/Seoul"),
        ("Eastern Time", "America/New_York"),
        ("eastern time", "America/New_York"),
        ("Europe/Paris", "Europe/Paris"),
        ("et", None),
        ("XYZ", None),
        ("UTC+9", None),
    ],
)
def test_zone_names(label: str, name: str | None) -> None:
    assert zone_name(label) == name


@pytest.mark.parametrize(
    ("label", "place", "place_zone", "zone", "noted"),
    [
        ("CST", "Fudan Guanghua Tower, 220 Handan Road, Shanghai, China", "Asia/Shanghai", "Asia/Shanghai", False),
        ("CST", "National Taiwan University, Taipei", "Asia/Taipei", "Asia/Taipei", False),
        ("CST", "180 N. Stetson Avenue, Chicago, IL 60601", "America/Chicago", "America/Chicago", False),
        ("CST", "", None, "America/Chicago", True),
        ("IST", "Trinity College Dublin", "Europe/Dublin", "Europe/Dublin", False),
        ("IST", "India Habitat Centre, New Delhi", "Asia/Kolkata", "Asia/Kolkata", False),
        ("IST", "", None, "Asia/Kolkata", True),
        ("KST", "", None, "KST", False),
    ],
)
def test_an_ambiguous_abbreviation_is_read_by_the_stated_place(
    label: str, place: str, place_zone: str | None, zone: str, noted: bool
) -> None:
    found, note = resolve_zone(label, place, place_zone)
    assert found == zone
    assert (note is not None) == noted
    if note:
        assert note.startswith(f"{label!r} read as {zone}")


def test_a_page_wide_zone_statement_is_found() -> None:
    assert find_zone("All times are KST.") == "KST"


def test_a_us_state_in_an_address_is_not_a_zone() -> None:
    assert find_zone("25 Quincy Street, New Haven, CT 06511") is None
    assert find_zone("Helena, MT") is None
    assert find_zone("All times CT.") == "CT"


@pytest.mark.parametrize("text", ["Asia-Pacific Program", "Central Asia", "Eastern Europe", "The New York Times"])
def test_region_words_are_zones_only_after_a_time(text: str) -> None:
    assert find_zone(text) is None and find_times(f"12:00 {text}")[0].zone is None


@pytest.mark.parametrize(
    ("value", "zone", "expected"),
    [
        ("2019-03-05", None, ("2019-03-05", True)),
        ("2019-03-05T09:00:00-05:00", None, ("2019-03-05T09:00:00-05:00", True)),
        ("2019-03-05T14:00:00Z", "ET", ("2019-03-05T09:00:00-05:00", True)),
        ("2018-09-20T15:00", "Europe/Oslo", ("2018-09-20T15:00:00+02:00", False)),
        ("2018-09-20T15:00", None, None),
        ("next Tuesday", None, None),
    ],
)
def test_machine_written_dates(value: str, zone: str | None, expected: tuple[str, bool] | None) -> None:
    assert parse_machine_date(value, zone_for(zone) if zone else None) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Τρίτη 12 Μαΐου 2026, 18:00", date(2026, 5, 12)),  # 'ΐ', which casefolding spells out in three
        ("Πέμπτη 3 Μαρτίου 2022", date(2022, 3, 3)),
    ],
)
def test_a_month_with_a_letter_casefolding_spells_out_is_read(text: str, start: date) -> None:
    [found] = find_dates(text)
    assert found.start == start
