"""Text renderings that wrap their lines at a fixed width (a text browser's dump, a mail
client's copy): the continuation of a cut title, affiliation or sentence is read with its line,
while list items, fields, programme items and the next person stay apart. Each page here is
written for the form, not copied from the hold-out pages that showed it (sets 36, 40 and 43)."""

from __future__ import annotations

from kg.names import organization_key
from tests.test_pages_unseen import _text_page


def test_a_host_field_written_as_a_sentence_names_its_host() -> None:
    record = _text_page(
        "Public Lecture\n\nRivers of the Steppe\n\nWednesday, 12 March 2025, 17:00 - 18:30 CET\n\n"
        "A lecture on the rivers of Central Asia and the people who live by them.\n\n"
        "Organised by the Centre for Baltic and East European Studies as part of the Steppe Lecture Series 2025.\n"
    )
    assert [organization_key(o.name) for o in record.organizers] == [
        organization_key("Centre for Baltic and East European Studies")
    ]
