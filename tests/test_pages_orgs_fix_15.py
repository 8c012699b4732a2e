"""Organizers and sponsors sets 74-83 left unread, fixed in session 15 without a new set, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.offices import foundation_of_office
from tests.test_pages_orgs import EVENT, _keys, _text_page

TITLE = "Orchards and Rivers\n\n"


@pytest.mark.parametrize(
    "name",
    [
        "Hollis-Weber-Stiftung in Colombia",
        "Hollis-Weber-Stiftung, Peru Office",
        "Hollis-Weber-Stiftung East Africa Regional Programme",
    ],
)
def test_a_foundations_office_written_after_a_comma_or_in_its_country_is_the_foundation(name: str) -> None:
    """'X-Stiftung in Colombia', 'X-Stiftung, Peru Office', 'X-Stiftung East Africa Regional Programme':
    an office of the foundation (the office convention), however the page joins the place to it."""
    assert foundation_of_office(name) == "Hollis-Weber-Stiftung"


def test_a_sponsors_country_office_after_a_comma_is_no_second_sponsor() -> None:
    text = TITLE + EVENT + "The seminar is supported by the Marten Foundation for Liberty, Zambia Office.\n"
    assert _keys(_text_page(text).sponsors) == {"marten foundation liberty"}
