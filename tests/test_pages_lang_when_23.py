"""Place, date and title forms of pages in languages earlier sets already used that hold-out set 126 left
unread (a town's district in brackets after it, a note under the place, …), one test per form, each on
made-up text written for the form rather than copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.place import read_place


@pytest.mark.parametrize(
    ("lines", "town"),
    [
        (["Aula B, ul. Słoneczna 5, Kraków (Nowa Huta)"], "Kraków"),  # Polish: a district in brackets
        (["Salle 4, 12 rue Victor Hugo, Lyon (Croix-Rousse)"], "Lyon"),
        (["Обласна бібліотека, зала 2, Полтава", "Вхід вільний."], "Poltava"),  # a note under the place
        (["Rathaus, Marktplatz 1, Bonn", "Eintritt frei."], "Bonn"),
    ],
)
def test_town_before_a_district_in_brackets_or_a_note(lines: list[str], town: str) -> None:
    place, _ = read_place(lines)
    assert place is not None and place.locality == town


def test_a_state_code_in_brackets_stays_a_region() -> None:
    place, _ = read_place(["Centro, Rua X 10, Brasília (DF)"])
    assert place is not None and place.locality == "Brasília" and place.region == "DF"
