"""Titles and start/end instants in forms hold-out set 41 (and sets 36 and 39's last misses)
showed: '6. March 2025' (a day with a period before an English month), a 24-hour range past
midnight ('21:00 - 01:00'), a zone-less time whose venue names no town but whose page gives its
institution's address in the footer, 'Webinar: X' in the CMS's title field over a heading 'X', a
post's byline date above a 'When:' line without a year, a lead-in sentence before a quoted title;
and, probed beyond the sets, zone abbreviations and months in the languages CLDR knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times, other_months, zone_name
from kg.pages import parse_page
from kg.records import EventRecord


def _record(text: str, name: str = "page.txt") -> EventRecord:
    return parse_page(text.encode(), name).record


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("6. March 2025", "2025-03-06", None),
        ("Thursday, 6. March 2025", "2025-03-06", None),
        ("13.–15. November 2024", "2024-11-13", "2024-11-15"),
    ],
)
def test_a_day_with_a_period_before_an_english_month(text: str, start: str, end: str | None) -> None:
    (day,) = find_dates(text)
    assert (day.start.isoformat(), day.end.isoformat() if day.end else None) == (start, end)


def test_a_period_after_a_version_number_is_no_day() -> None:
    assert find_dates("release 1.2. March 2025") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("21:00 - 01:00", "21:00:00", "01:00:00"),
        ("22:00–2:00", "22:00:00", "02:00:00"),
        ("20:30 – 00:30", "20:30:00", "00:30:00"),
        ("19:00 – 1:00 am", "19:00:00", "01:00:00"),
        ("11:00 - 1:00", "11:00:00", "13:00:00"),  # a 12-hour range still ends in the afternoon
        ("09:30 - 1:00", "09:30:00", "13:00:00"),
        ("6:00 - 8:00", "18:00:00", "20:00:00"),
    ],
)
def test_a_24_hour_range_that_reads_earlier_at_its_end_runs_past_midnight(text: str, start: str, end: str) -> None:
    assert [(str(t.start), str(t.end)) for t in find_times(text)] == [(start, end)]


_NIGHT = """Harbour Astronomy Club
Home / Events

Stars over the Harbour: A Night of Telescopes

Saturday 16/08/2025
21:30 - 01:30
Breakwater Park, Vasilissis Olgas 4, 546 40 Thessaloniki

A short talk on the summer sky by Dr Ioanna Karra, followed by observation until late.
"""


def test_an_evening_past_midnight_ends_on_the_next_day() -> None:
    record = _record(_NIGHT)
    assert (record.start, record.end) == ("2025-08-16T21:30:00+03:00", "2025-08-17T01:30:00+03:00")


_LECTURE = """Faculty of Law
News and events > Events

Lunchtime lecture
Fisheries Agreements and the Law of the Sea

When
4. February 2025 12:00 to 13:00
Where
Oddi, Room 101

Dr. Anna Jónsdóttir, Associate Professor of Law, presents her research.

Faculty of Law
Sæmundargata 2
102 Reykjavík, Iceland
Privacy policy   Accessibility
"""


def test_a_venue_without_a_town_takes_the_zone_of_the_footers_address() -> None:
    record = _record(_LECTURE)
    assert (record.start, record.end) == ("2025-02-04T12:00:00+00:00", "2025-02-04T13:00:00+00:00")


def test_a_bio_closing_a_page_is_no_footer_address() -> None:
    """A page that ends with its speakers' bios ('… in Moscow.') states no address there."""
    text = _LECTURE.split("Faculty of Law\nSæmundargata")[0] + "She studied law at a university in Moscow.\n"
    record = _record(text)
    assert record.start == "2025-02-04"


_TYPED_HEAD = """<!DOCTYPE html><html lang="en"><head>
<title>{type}: Tidal Power on the Severn | Western Energy Forum</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Event",
"name": "{type}: Tidal Power on the Severn", "startDate": "2025-04-08T12:00:00+01:00",
"endDate": "2025-04-08T13:00:00+01:00"}}</script></head>
<body><main><h1>{heading}</h1>
<p>Tuesday 8 April 2025, 12:00–13:00 BST, online.</p>
<p>Engineers and economists weigh the case for a barrage across the estuary.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("kind", "heading", "title"),
    [
        ("Webinar", "Tidal Power on the Severn", "Tidal Power on the Severn"),
        ("Webinar", "Webinar: Tidal Power on the Severn", "Webinar: Tidal Power on the Severn"),
        ("Panel discussion", "Tidal Power on the Severn", "Tidal Power on the Severn"),
        ("Book launch", "Tidal Power on the Severn", "Book launch: Tidal Power on the Severn"),
    ],
)
def test_a_type_the_cms_title_field_adds_yields_to_the_heading(kind: str, heading: str, title: str) -> None:
    """The embedded name and <title> say 'Webinar: X', the heading 'X': the heading's title; one
    that prints 'Webinar: X' keeps it, and a launch keeps its type before the work's name."""
    html = _TYPED_HEAD.format(type=kind, heading=heading)
    assert _record(html, "page.html").name == title


_POST = """Riverbank Collective
Blog

Talk: Gravel, Salmon and the Lower Fraser

Ines Moreau
Feb 3, 2025 • 4 min read

Our next talk looks at gravel mining and salmon habitat on the lower river.

When: Wednesday, March 19, 6:30–8:00 pm
Where: Hall 3, 214 Carrall St, Vancouver

RSVP here
"""


def test_a_posts_byline_date_yields_to_a_when_line_without_its_year() -> None:
    record = _record(_POST)
    assert (record.start, record.end) == ("2025-03-19T18:30:00-07:00", "2025-03-19T20:00:00-07:00")


def test_a_bare_date_stays_the_start_when_no_labelled_line_times_a_later_day() -> None:
    record = _record(_POST.replace("When: Wednesday, March 19, 6:30–8:00 pm\n", ""))
    assert record.start == "2025-02-03"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ('BPI presents a public debate: "Who Pays for the Grid?"', "Who Pays for the Grid?"),
        ("The Centre is pleased to present the lecture “Salt and Empire”", "Salt and Empire"),
        ('The Society invites you to "Maps of the Inland Sea"', "Maps of the Inland Sea"),
        (
            'Comparative Politics Workshop: "Parties Without Partisans?"',
            'Comparative Politics Workshop: "Parties Without Partisans?"',
        ),
        ("International Symposium “Maritime Asia”", "International Symposium “Maritime Asia”"),
    ],
)
def test_a_lead_in_sentence_before_a_quoted_title_is_not_part_of_it(heading: str, title: str) -> None:
    text = f"Baltic Policy Institute\nEvents\n\n{heading}\n\nDate: 8 October 2024\nTime: 15:00-17:00\n"
    text += "Venue: Conference Hall, 14 Pilies Street, Vilnius\n\nA discussion of the question.\n"
    assert _record(text).name == title


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("10:00 NDT", "America/St_Johns"),  # written by the tz database itself
        ("9 AM AKST", "America/Anchorage"),
        ("11:00 WIT", "Asia/Jayapura"),
        ("3:00 PM – 5:00 PM (NPT)", "Asia/Kathmandu"),  # no longer written by it, still by pages
        ("18:00 TRT", "Europe/Istanbul"),
    ],
)
def test_zone_abbreviations_of_the_tz_database_and_of_pages(text: str, zone: str) -> None:
    (span,) = find_times(text)
    assert span.zone is not None and zone_name(span.zone) == zone


def test_the_minutes_of_an_offset_are_no_time() -> None:
    assert [str(t.start) for t in find_times("18:00 (Kathmandu, UTC+5:45)")] == ["18:00:00"]
    assert [str(t.start) for t in find_times("GMT+5:30 14:00")] == ["14:00:00"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12 marca 2025", "2025-03-12"),  # Polish, in the genitive a date writes
        ("20 listopada 2024", "2024-11-20"),
        ("12. března 2025", "2025-03-12"),  # Czech
        ("15 Mayıs 2025", "2025-05-15"),  # Turkish: not 'May' followed by other letters
        ("6 Μαρτίου 2025", "2025-03-06"),  # Greek
        ("17 Agustus 2025", "2025-08-17"),  # Indonesian
        ("6. maaliskuuta 2025", "2025-03-06"),  # Finnish
        ("joi, 15 mai 2025", "2025-05-15"),  # Romanian
    ],
)
def test_months_as_cldr_writes_them_in_the_languages_of_the_institutions(text: str, day: str) -> None:
    (found,) = find_dates(text)
    assert found.start.isoformat() == day


def test_a_month_shared_by_two_languages_with_different_meanings_is_no_date() -> None:
    assert other_months().get("listopad") == 11  # Polish and Czech; Croatian (October) is not read
    assert find_dates("Mayhem 5 and the 3 Mac laptops") == []


@pytest.mark.parametrize("number", [36, 39, 41])
def test_the_instants_of_sets_36_39_and_41_stay_right(number: int) -> None:
    """Below 0.9 in organisation and place fields (other ingest work), so
    test_every_field_meets_the_f1_target leaves them out; their starts and ends stay right."""
    scores = measure(Path(__file__).parent / "data" / f"holdout-{number}" / "expected.yaml")
    assert {f: round(scores[f].f1, 3) for f in ("start", "end")} == {"start": 1.0, "end": 1.0}


def test_set_41_meets_the_target_in_people_roles_and_affiliations() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-41" / "expected.yaml")
    assert all(scores[f].f1 >= 0.9 for f in ("people", "roles", "affiliations")), scores


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("3 Uhr", "03:00:00", "None"),  # 'Uhr' is a 24-hour clock's word, as 'h' is
        ("22 bis 2 Uhr", "22:00:00", "02:00:00"),
        ("2 h 30", "02:30:00", "None"),
        ("15 Uhr", "15:00:00", "None"),
        ("kl. 14–16", "14:00:00", "16:00:00"),  # Nordic 'kl.'/'klo' before bare hours
        ("klo 12–14", "12:00:00", "14:00:00"),
        ("kl. 12.00–13.00", "12:00:00", "13:00:00"),
    ],
)
def test_hours_of_a_24_hour_clocks_words_are_read_as_written(text: str, start: str, end: str) -> None:
    assert [(str(t.start), str(t.end)) for t in find_times(text)] == [(start, end)]


@pytest.mark.parametrize("text", ["Seats 12–14", "Hotel 14–16", "ages 9-11"])
def test_bare_hours_without_a_clock_word_are_no_times(text: str) -> None:
    assert find_times(text) == []


_SECTION_LED = """<!DOCTYPE html><html lang="en"><head><title>{head}</title></head><body>
<main><h1>Events</h1><h2>Krill, Whales and the Southern Ocean Carbon Pump</h2>
<p>Thursday 6 March 2025, 14:00–15:30 CET</p>
<p>A seminar with Dr Ida Berg, Researcher, University of Oslo.</p></main></body></html>"""


@pytest.mark.parametrize(
    "head",
    [
        "Nordic Ocean Institute » Events » Krill, Whales and the Southern Ocean Carbon Pump",
        "Events | Krill, Whales and the Southern Ocean Carbon Pump",
        "Krill, Whales and the Southern Ocean Carbon Pump | Events | Nordic Ocean Institute",
    ],
)
def test_a_title_bar_led_by_the_sites_sections_puts_the_title_last(head: str) -> None:
    """The site's name unknown (no og:site_name, no address), its 'Events' section before the last
    part says the chain of sections leads, so the heading's title is not the site's part."""
    html = _SECTION_LED.format(head=head)
    assert _record(html, "page.html").name == "Krill, Whales and the Southern Ocean Carbon Pump"
