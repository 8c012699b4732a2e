"""Forms of a speaker's post and organisation that the misses of hold-out sets 105-139 (session 29) showed the
ingester reading apart wrongly, one test per form. Each page here is written for the form, not copied from
the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import describe
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_post_then_a_colon_then_the_unit_that_holds_it() -> None:
    # 'Director: Centre for X', as a card line writes it: the post at that centre
    assert describe("Director: Centre for Karoo Studies") == ("Director", "Centre for Karoo Studies")
    assert describe("Head: Department of Botany") == ("Head", "Department of Botany")
    # a portfolio after the colon names no body: the post as written
    assert describe("Deputy Vice-Chancellor: Teaching and Learning") == (
        "Deputy Vice-Chancellor: Teaching and Learning",
        None,
    )


def test_a_newspapers_bureau_in_a_town_after_it_is_the_newspaper() -> None:
    assert describe("Health Correspondent, Lakeside Media Group, Kisumu Bureau") == (
        "Health Correspondent",
        "Lakeside Media Group",
    )


def test_the_programmes_next_part_after_a_post_is_no_part_of_it() -> None:
    # '…, Mayor of X; moderated by Prof. Y': the moderator's part of the programme
    assert describe("Mayor of Sabugal; moderated by Dr. Rui Matos Figueira") == ("Mayor of Sabugal", None)
    # '…, Y University, and questions from the audience': the audience's turn, no post
    assert describe("Harbourview University, and questions from the audience") == (None, "Harbourview University")
    # 'Professor X, introduces the volume': what she does at the event, no post
    assert describe("introduces the new edition") == (None, None)


def test_a_nurses_degrees_after_her_name_are_no_employer() -> None:
    page = _text_page(
        "Clinical Rounds: Consent at a Distance\n\nThursday 12 March 2026, 12:00-13:00\n\n"
        "Dr. Owen Pask will present the findings. He will be joined by Marta Sielska, RN, MN, NP, Nurse "
        "Practitioner at the Cold Lake Health Centre, who will speak about practice in the north.\n"
    )
    assert ("Marta Sielska", "speaker", "Cold Lake Health Centre", "Nurse Practitioner") in _people(page)


def test_the_societys_post_written_with_a_capital_article_is_a_post_at_the_society() -> None:
    page = _text_page(
        "Book Launch: The Kendal Enclosure Awards\n\nThursday 9 June 2022, 6.00 pm\n\nFellside Record Society\n\n"
        "6.10 pm: The Society’s President, Professor Hugh Acland, introduces the volume\n"
    )
    assert any(p[0] == "Hugh Acland" and p[2:] == ("Fellside Record Society", "President") for p in _people(page))


def test_a_listed_speakers_post_in_apposition_in_the_prose() -> None:
    # a speaker the programme names bare, and the prose after her name (her degrees between): her post there
    page = _text_page(
        "Autumn Lecture: Faults and Folds of the Borderland\n\nThursday 12 October 2023, 7.30 pm\n\n"
        "Speaker: Dr Mairi Cowan\n\n"
        "The Society's medal this year goes to Dr Mairi Cowan FRSE, Reader in Petrology at the University of "
        "Dundee, for twenty years of mapping the hills around the town.\n"
    )
    assert ("Mairi Cowan", "speaker", "University of Dundee", "Reader in Petrology") in _people(page)


def test_a_second_post_in_capitals_after_the_employer_is_no_part_of_the_first() -> None:
    # 'Post, Employer, and Branch Programme Secretary': the post held at the employer
    assert describe("Lecturer in Celtic, University of Bangor, and Branch Programme Secretary") == (
        "Lecturer in Celtic",
        "University of Bangor",
    )


def test_a_legislators_seat_by_the_chambers_initials_is_a_post() -> None:
    # 'MLA for X', 'MP for Y': the seat, no body named 'MLA for X'
    assert describe("MLA for Range Lake") == ("MLA for Range Lake", None)
    assert describe("MP for Stockton upon Tees South") == ("MP for Stockton upon Tees South", None)


def test_a_short_name_in_mixed_case_that_only_the_footer_spells_out() -> None:
    page = _html_page(
        "<html><head><title>Book launch: River Country</title></head><body><main>"
        "<h1>Book launch: River Country</h1><p>Thursday 14 May 2026, 5.30 pm</p>"
        "<p>Speaker: Dr Ada Quist, Lecturer in Botany at UniWQ</p></main>"
        "<footer><p>UniWQ acknowledges the custodians of the lands where its campuses stand.</p>"
        "<p>University of Western Queensland, Ridge Street, Dalby QLD 4405</p></footer></body></html>"
    )
    assert ("Ada Quist", "speaker", "University of Western Queensland", "Lecturer in Botany") in _people(page)
