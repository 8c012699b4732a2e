"""Places that hold-out sets 75 and 76 showed unread, fixed late in session 13, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.place import read_place
from tests.test_pages_unseen import _text_page


def test_a_stream_joined_to_the_town_by_a_comma_and_and_is_a_part_of_its_own() -> None:
    physical, online = read_place(["Harbour Institute, Strandgata 12, Tromsø, and online"])
    assert physical is not None and physical.locality == "Tromsø"
    assert online is not None


def test_a_label_alone_on_its_line_ends_the_place_above_it() -> None:
    # a definition list rendered as text: each label on its line, its value on the next
    page = _text_page(
        "Harbour Institute\n\nSeminar: Coastal Fisheries and Credit in Mozambique\n\n"
        "Date\nThursday 11 June 2026\nTime\n10:00–11:30 (CEST)\nPlace\nHarbour Institute, Strandgata 12, Tromsø\n"
        "Language\nEnglish\n\nCoffee is served from 09:30.\n"
    )
    assert page.location is not None and page.location.locality == "Tromsø"
