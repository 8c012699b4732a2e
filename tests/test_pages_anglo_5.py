"""Forms that hold-out set 48 (English-language think tanks, universities and learned societies in
the US, the UK, Canada, Australia, India and Singapore) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.people import parse_entries


@pytest.mark.parametrize(
    ("line", "name", "honorific"),
    [
        ("Shri Anil Mehta, Joint Secretary, Ministry of Power", "Anil Mehta", "Shri"),
        ("Shrimati Leela Rao, Director, Karnataka State Archives", "Leela Rao", "Shrimati"),
        ("The Rt Hon. Jane Carter, Member of Parliament", "Jane Carter", "The Rt Hon."),
    ],
)
def test_indian_and_british_courtesy_titles_are_not_part_of_the_name(line: str, name: str, honorific: str) -> None:
    [entry] = parse_entries(line)
    assert (entry.name, entry.honorific) == (name, honorific)
