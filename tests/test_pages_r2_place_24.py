"""Attendance forms of English event pages that the hold-out sets showed the ingester missing (session 24,
round two): the ways a page offers the event to those not in the room beside a venue. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from tests.test_pages_unseen import _text_page

_HEAD = "Harbour History Society\n\nSalt and the Sea\n\nTuesday 3 March 2026, 6pm - 7.30pm\n"
_VENUE = "Venue: Town Hall, 12 Quay Street, Ballina\n\n"
_BODY = "Ana Ruiz, Lecturer in History, will talk about the salt trade of the west coast.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Can't make it? Follow along live on our YouTube channel.",
        "Unable to come? Watch live at harbourhistory.org/live.",
        "Also available online via Microsoft Teams (link on registration).",
        "Also available by Webex.",
        "Live on the Society's Facebook page",
        "Speakers from outside Ireland will present online.",
        "Participants joining online will receive the link the day before.",
    ],
)
def test_a_broadcast_offered_beside_a_venue_makes_a_hybrid_event(line: str) -> None:
    assert _text_page(_HEAD + _VENUE + _BODY + line + "\n").attendance_mode == "mixed"


@pytest.mark.parametrize(
    "venue",
    [
        "Venue: Town Hall, 12 Quay Street, Ballina (Hybrid: Teams)",
        # ('… Ballina & Online' and 'In person & livestream' were read before this round: not cases of it)
        "Venue: Town Hall, 12 Quay Street, Ballina\nFormat: Face-to-face + Zoom",
        "Venue: Town Hall, 12 Quay Street, Ballina\nAttendance: on-site/virtual",
        "Venue: Town Hall, 12 Quay Street, Ballina\nMode: Physical and live on Facebook",
    ],
)
def test_a_venue_line_or_format_line_naming_both_ways_to_attend_is_a_hybrid_event(venue: str) -> None:
    assert _text_page(_HEAD + venue + "\n\n" + _BODY).attendance_mode == "mixed"


def test_the_old_forms_stay_apart() -> None:
    # a recording offered afterwards is neither online nor hybrid; speakers present in person
    assert _text_page(_HEAD + _VENUE + _BODY + "A recording will be available afterwards.\n").attendance_mode is None
    assert _text_page(_HEAD + _VENUE + _BODY + "Speakers will present their posters.\n").attendance_mode is None
