"""Reports, titles, organizers and localities that hold-out sets 69-78 left unread, fixed in
session 14 without a new set, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from tests.test_pages_orgs import _text_page

DATE = "Harbour Lectures\n\nTides and Trade\n\nThursday 11 June 2026, 10:00 - 11:30\n"


@pytest.mark.parametrize(
    ("venue", "locality"),
    [
        ("Lecture Room 4, 12 Marine Parade, Port of Spain", "Port of Spain"),  # a small word 'of'
        ("Seminar Room B, 41 Lê Lợi, District 1, Ho Chi Minh City", "Ho Chi Minh City"),  # four words
    ],
)
def test_a_town_of_several_words_ends_the_venue_line(venue: str, locality: str) -> None:
    record = _text_page(f"{DATE}{venue}\n\nThe lecture looks at the harbour's trade.\n")
    assert record.location is not None and record.location.locality == locality
