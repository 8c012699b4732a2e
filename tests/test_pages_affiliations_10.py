"""Affiliation and job-title forms that hold-out sets 63-66 showed the ingester missing, one test per
form. Each page or line here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page


def test_a_legislators_party_and_state_after_the_post_stay_in_the_job_title() -> None:
    # the seat is part of the post; after an organisation the tag is still no affiliation
    assert describe("State Senator (R-TX)") == ("State Senator (R-TX)", None)
    assert describe("Former U.S. Senator (I-VT)") == ("Former U.S. Senator (I-VT)", None)
    assert describe("U.S. House of Representatives (D-WA)") == (None, "U.S. House of Representatives")
    page = (
        "Harbor Policy Forum\n\nWater Rights in a Drying West\n\nDate: Tuesday, 9 September 2025\n"
        "Time: 10:00 am – 11:30 am ET\n\nSpeakers\n\n"
        "Rep. Luisa Ferrand-Holt\nU.S. Representative (D-NM)\n\n"
        "Hon. Carl B. Mattingly\nFormer U.S. Representative (R-KS)\n"
    )
    people = {(n, a, t) for n, _, a, t in _people(_text_page(page))}
    assert ("Luisa Ferrand-Holt", None, "U.S. Representative (D-NM)") in people
    assert ("Carl B. Mattingly", None, "Former U.S. Representative (R-KS)") in people


def test_a_un_agencys_country_office_is_the_agency() -> None:
    # 'UNICEF Malawi' is UNICEF's office in Malawi, no body of its own; 'WRI India' is one, and
    # 'UNSW Australia' a university
    page = (
        "Lakeshore Health Forum\n\nSchool Meals and Attendance\n\nDate: Monday, 3 March 2025\n"
        "Time: 2:00 pm – 3:30 pm CAT\n\nSpeakers\n\n"
        "Chikondi Banda, Nutrition Specialist, UNICEF Malawi\n"
        "Tamsin Oyelowo, Programme Officer, WFP Zambia\n"
        "Rohan Mehta, Senior Manager, WRI India\n"
        "Grace Liu, Lecturer, UNSW Australia\n"
    )
    people = {(n, a) for n, _, a, _ in _people(_text_page(page))}
    assert {
        ("Chikondi Banda", "UNICEF"),
        ("Tamsin Oyelowo", "WFP"),
        ("Rohan Mehta", "WRI India"),
        ("Grace Liu", "UNSW Australia"),
    } <= people


def test_of_two_like_posts_parted_by_a_semicolon_the_first_is_the_employers() -> None:
    # two fellowships (or two posts of one kind) are not one post at the second organisation
    assert describe("Associate Fellow, Harrow Institute; Research Fellow, Centre for Coastal Studies (Riga)") == (
        "Associate Fellow",
        "Harrow Institute",
    )
    assert describe("Associate Fellow, Dunmore Centre / Research Fellow, Pell Institute") == (
        "Associate Fellow",
        "Dunmore Centre",
    )
