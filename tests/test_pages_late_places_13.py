"""Places that hold-out sets 75 and 76 showed unread, fixed late in session 13, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.place import read_place


def test_a_stream_joined_to_the_town_by_a_comma_and_and_is_a_part_of_its_own() -> None:
    physical, online = read_place(["Harbour Institute, Strandgata 12, Tromsø, and online"])
    assert physical is not None and physical.locality == "Tromsø"
    assert online is not None
