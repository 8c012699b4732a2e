"""Forms of a speaker's post and body that the hold-out sets up to 104 showed the ingester missing (session 29,
fixposts3): one test per form, each on text written for the form, not copied from a hold-out page."""

from __future__ import annotations

from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page

# a round table's page whose speakers' bodies come first, their posts in one word in lower case after them
_PANEL_WITH_BODY_FIRST = """\
Energy after coal: a round table

Tuesday, 10 June 2025, 14:00 – 16:00
Town Hall, Daugavpils

Speakers:
- Marta Ozola, Baltic Grid projektijuht
- Jānis Kalniņš, Latvijas Avīze žurnālists
- Ilse Vermeer, NEWB program assistant
"""


def test_a_body_then_a_post_in_lower_case() -> None:
    assert describe("Eesti Gaas arendusdirektor") == ("arendusdirektor", "Eesti Gaas")
    assert describe("Dagens Nyheter redaktör") == ("redaktör", "Dagens Nyheter")
    assert describe("ԵՊՀ դասախոս") == ("դասախոս", "ԵՊՀ")
    # English staff lines keep the body in the post, as the answers do ('Asia Program intern', 'BISS intern');
    # not a post's own words, a one-word name, a place or a nationality either
    assert describe("KNMI program assistant")[0] == "KNMI program assistant"
    assert describe("Harbour Trust intern")[0] == "Harbour Trust intern"
    assert describe("Senior researcher")[1] is None
    assert describe("Research fellow")[1] is None
    assert describe("New Zealand journalist")[1] is None
    assert describe("South African historian")[1] is None
    people = {(name, body, post) for name, _, body, post in _people(_text_page(_PANEL_WITH_BODY_FIRST))}
    assert ("Marta Ozola", "Baltic Grid", "projektijuht") in people
    assert ("Jānis Kalniņš", "Latvijas Avīze", "žurnālists") in people
    assert any(name == "Ilse Vermeer" and post == "NEWB program assistant" for name, _, post in people)


def test_a_body_named_twice_after_the_post() -> None:
    assert describe("Chief Reporter, Slovak Radio (Slovenský rozhlas)") == ("Chief Reporter", "Slovenský rozhlas")
    assert describe("Head of Sales, KVB – Kölner Verkehrs-Betriebe") == ("Head of Sales", "Kölner Verkehrs-Betriebe")
    # a unit and its parent, or a town in brackets, is no second name
    assert describe("Reporter, Radio Dnipro (Poltava)") == ("Reporter", "Radio Dnipro")
    # (initials in brackets are its short name, no part of the post either)
    assert describe("Director General, Ghana Statistical Service (GSS")[0] == "Director General"
    assert describe("Lecturer, Department of Botany (University of Malawi)") == (
        "Lecturer, Department of Botany",
        "University of Malawi",
    )
