"""Title and date forms that older hold-out sets (86, 95, 108, 117, 125 and the first runs of 104–126) showed,
counted by kind (session 24's fix-titles). Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.when import place_zone
from tests.test_pages_unseen import _html_page, _text_page

# an institute's event page as a CMS prints it: the site's bar, the article, the footer with its address
_HTML = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
    '<header class="site-header"><a class="logo" href="/">Harbour Policy Institute</a><nav><ul>'
    '<li><a href="/events">Events</a></li><li><a href="/research">Research</a></li></ul></nav></header>'
    '<main><article>{body}</article></main><footer class="site-footer">'
    "<p>Harbour Policy Institute, 12 Quay Street, Galway, Ireland</p></footer></body></html>"
)
_INVITATION = (
    "<p>The Institute invites members and the public to hear Professor Aoife Byrne of the University of Galway.</p>"
)


def _page(body: str, title: str = "Event | Harbour Policy Institute") -> str:
    return _HTML.format(title=title, body=body)


@pytest.mark.parametrize(
    ("heading", "theme"),
    [
        (
            "The 9th Annual Mary Kelly Memorial Lecture",
            "<p><strong>Theme: Tides, Turf and the Western Seaboard</strong></p>",
        ),
        ("Harbour Institute Galway Branch 2026 Annual Lecture", "<p>Theme: Tides, Turf and the Western Seaboard</p>"),
    ],
)
def test_a_named_lectures_theme_paragraph_under_its_date_joins_its_heading(heading: str, theme: str) -> None:
    # the 'Theme:' paragraph stands below the date, in the lecture's description, not under the h1
    body = f"<h1>{heading}</h1><p>Thursday 12 March 2026, 6:30pm – 8:00pm</p>{theme}{_INVITATION}"
    assert _html_page(_page(body)).name == f"{heading}: Tides, Turf and the Western Seaboard"


def test_a_forums_theme_paragraph_does_not_join_its_heading() -> None:
    # the convention of sets 83, 100 and 112: a forum's or a symposium's theme is no part of its title
    body = (
        "<h1>Western Seaboard Forum 2026</h1><p>Thursday 12 March 2026, 9:30am – 4:00pm</p>"
        f"<p>Theme: Tides, Turf and the Western Seaboard</p>{_INVITATION}"
    )
    assert _html_page(_page(body)).name == "Western Seaboard Forum 2026"


def test_a_named_lectures_theme_line_under_the_date_block_joins_it_in_a_text_rendering() -> None:
    text = (
        "Skip to main content\nHarbour Policy Institute\nHome   Research   Events\n\n"
        "The 9th Annual Mary Kelly Memorial Lecture\n\nThursday 12 March 2026, 6:30pm – 8:00pm\n"
        "Town Hall, Galway\n\nTheme: Tides, Turf and the Western Seaboard\n\n"
        "The Institute invites members and the public to hear Professor Aoife Byrne of the University of Galway.\n"
    )
    expected = "The 9th Annual Mary Kelly Memorial Lecture: Tides, Turf and the Western Seaboard"
    assert _text_page(text).name == expected


@pytest.mark.parametrize(
    "edition", ["Harbour Talks 2026 · No. 4", "Quay Conversations — No. 12", "QUAY SERIES | NO. 4"]
)
def test_a_heading_that_names_only_a_series_and_its_number_gives_way_to_the_sessions_own_title(edition: str) -> None:
    # (as a text page's numbered series line over its title: the title alone, sets 68, 112, 117, 125)
    body = (
        f"<h1>{edition}</h1><h2>Who Owns the Foreshore? Seaweed Rights on the Connemara Coast</h2>"
        f"<p>Thursday 12 March 2026, 6:30pm – 8:00pm</p>{_INVITATION}"
    )
    assert _html_page(_page(body)).name == "Who Owns the Foreshore? Seaweed Rights on the Connemara Coast"


_TEXT = (
    "Skip to content\nHarbour Policy Institute\nHome   Research   Events\n\nWho Owns the Foreshore?\n\n{when}\n"
    "Town Hall, Galway\n\nJoin us with Dr Aoife Byrne of the University of Galway.{after}\n\n"
    "Harbour Policy Institute\n12 Quay Street, Galway, Ireland\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        " The lecture will run from 6:30 pm to 8:00 pm, followed by a reception in the foyer.",
        " The evening runs from 18:30 until 20:00 and is free to attend.",
    ],
)
def test_a_sentence_giving_the_range_from_the_stated_start_gives_the_end(sentence: str) -> None:
    record = _text_page(_TEXT.format(when="Date: Thursday 12 March 2026\nTime: 6:30 pm", after=sentence))
    assert (record.start, record.end) == ("2026-03-12T18:30:00+00:00", "2026-03-12T20:00:00+00:00")


def test_a_sentences_range_from_another_time_gives_no_end() -> None:
    # the reception's hours are not the lecture's
    sentence = " The exhibition in the foyer is open from 5:00 pm to 6:15 pm."
    record = _text_page(_TEXT.format(when="Date: Thursday 12 March 2026\nTime: 6:30 pm", after=sentence))
    assert (record.start, record.end) == ("2026-03-12T18:30:00+00:00", None)


def test_the_range_in_an_html_pages_paragraph_from_the_time_field_gives_the_end() -> None:
    body = (
        "<h1>Who Owns the Foreshore?</h1><p><strong>Date:</strong> 12 March 2026</p>"
        "<p><strong>Time:</strong> 6:30 pm</p>"
        "<p>Join Dr Aoife Byrne of the University of Galway. The lecture will run from 6:30 pm to 8:00 pm.</p>"
    )
    record = _html_page(_page(body))
    assert (record.start, record.end) == ("2026-03-12T18:30:00+00:00", "2026-03-12T20:00:00+00:00")


def test_an_end_after_doors_and_the_start_is_no_start() -> None:
    # the room opens 'for a … start': the talk starts then (set 32's doors), and ends at the time after 'ends'
    when = "Thursday 12 March 2026\nDoors open 6:00pm for a 6:30pm start; ends 8:00pm"
    record = _text_page(_TEXT.format(when=when, after=""))
    assert (record.start, record.end) == ("2026-03-12T18:30:00+00:00", "2026-03-12T20:00:00+00:00")


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("The lecture begins at 6:30pm.", None),
        ("Doors open at 6:00pm and the lecture begins at 6:30pm, ending at 8pm.", "2026-03-12T20:00:00+00:00"),
    ],
)
def test_a_short_sentence_under_the_date_that_says_when_the_event_begins_gives_its_start(
    sentence: str, end: str | None
) -> None:
    record = _text_page(_TEXT.format(when=f"Thursday 12 March 2026\n{sentence}", after=""))
    assert (record.start, record.end) == ("2026-03-12T18:30:00+00:00", end)


@pytest.mark.parametrize("venue", ["Town Hall, Galway", "Central Library, Wollongong"])
def test_a_buildings_name_and_its_town_under_the_date_is_the_venue_not_the_title(venue: str) -> None:
    # a lecture's name is ranked down as a series' when a title candidate follows it: the venue line is none
    text = (
        "Skip to main content\nHarbour Policy Institute\nHome   Research   Events\n\n"
        f"The 9th Annual Mary Kelly Memorial Lecture\n\nThursday 12 March 2026, 6:30pm – 8:00pm\n{venue}\n\n"
        "The Institute invites members and the public to hear Professor Aoife Byrne of the University of Galway.\n"
    )
    assert _text_page(text).name == "The 9th Annual Mary Kelly Memorial Lecture"


@pytest.mark.parametrize(
    ("venue", "zone"),
    [("Town Hall, Westport, Co. Mayo", "Europe/Dublin"), ("The Courthouse, Newry, County Down", "Europe/London")],
)
def test_an_irish_county_after_the_town_gives_the_clock_of_its_island(venue: str, zone: str) -> None:
    # Westport is a bigger town in Connecticut, Newry has namesakes in Maine and Pennsylvania
    assert place_zone(f"Venue: {venue}") == zone


def test_an_event_type_opening_the_heading_in_an_element_of_its_own_is_a_kicker() -> None:
    body = (
        '<h1><span class="label">Public Lecture</span> Seaweed Rights on the Connemara Coast</h1>'
        f"<p>Thursday 12 March 2026, 6:30pm – 8:00pm</p>{_INVITATION}"
    )
    assert _html_page(_page(body)).name == "Seaweed Rights on the Connemara Coast"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("<em>Conversation</em> with the Mayor of Galway", "Conversation with the Mayor of Galway"),
        (
            "<span>Webinar</span>: Seaweed Rights on the Connemara Coast",
            "Webinar: Seaweed Rights on the Connemara Coast",
        ),
    ],
)
def test_an_event_type_that_runs_on_into_the_heading_stays_in_it(heading: str, title: str) -> None:
    body = f"<h1>{heading}</h1><p>Thursday 12 March 2026, 6:30pm – 8:00pm</p>{_INVITATION}"
    assert _html_page(_page(body)).name == title


_INVITING = (
    "The Harbour Policy Institute invites you to a public lecture, “Who Owns the Foreshore? Seaweed Rights on the "
    "Connemara Coast”, delivered by Dr Aoife Byrne of the University of Galway."
)


def test_a_title_quoted_in_the_invitation_names_the_event_when_no_heading_does() -> None:
    text = (
        "Skip to main content\nHarbour Policy Institute\nHome   Research   Events   About\n\nEvents\n\n"
        f"Thursday 12 March 2026, 6:30pm – 8:00pm\n\n{_INVITING}\n\n"
        "Harbour Policy Institute\n12 Quay Street, Galway, Ireland\n"
    )
    assert _text_page(text).name == "Who Owns the Foreshore? Seaweed Rights on the Connemara Coast"


def test_an_html_pages_invitation_quoting_the_title_under_a_generic_heading_names_the_event() -> None:
    body = f"<h1>Events</h1><p>Thursday 12 March 2026, 6:30pm – 8:00pm</p><p>{_INVITING}</p>"
    assert _html_page(_page(body)).name == "Who Owns the Foreshore? Seaweed Rights on the Connemara Coast"


def test_a_heading_outranks_the_title_its_invitation_quotes() -> None:
    body = f"<h1>Seaweed and the Law</h1><p>Thursday 12 March 2026, 6:30pm – 8:00pm</p><p>{_INVITING}</p>"
    assert _html_page(_page(body)).name == "Seaweed and the Law"


@pytest.mark.parametrize(
    "when",
    [
        "Thursday 12 March 2026\n9:00 a.m. (registration from 8:30 a.m.) – 1:00 p.m.",
        "Thursday 12 March 2026, 9:00 a.m. (coffee and registration from 8:30) – 1:00 p.m.",
    ],
)
def test_a_range_cut_by_an_aside_with_the_registrations_time_ends_after_it(when: str) -> None:
    record = _text_page(_TEXT.format(when=when, after=""))
    assert (record.start, record.end) == ("2026-03-12T09:00:00+00:00", "2026-03-12T13:00:00+00:00")


def test_a_range_of_two_stamps_on_the_same_day_ends_at_the_second() -> None:
    # a calendar plugin writes the start and the end each with its date: 'Thu 12 Mar 2026, 6:30 PM – Thu 12 Mar …'
    when = "Thu 12 Mar 2026, 6:30 PM – Thu 12 Mar 2026, 8:00 PM"
    record = _text_page(_TEXT.format(when=when, after=""))
    assert (record.start, record.end) == ("2026-03-12T18:30:00+00:00", "2026-03-12T20:00:00+00:00")


def test_an_ambiguous_numeric_date_is_read_day_first_in_a_country_that_writes_it_so() -> None:
    # no other date of the page tells the order; the venue in Galway does
    text = "Who Owns the Foreshore?\n\nWhen: 12/03/2026, 18:30 - 20:00\nVenue: Town Hall, 4 Quay Street, Galway\n"
    record = _text_page(f"{text}\nJoin us with Dr Aoife Byrne of the University of Galway.\n")
    assert (record.start, record.end) == ("2026-03-12T18:30:00+00:00", "2026-03-12T20:00:00+00:00")
