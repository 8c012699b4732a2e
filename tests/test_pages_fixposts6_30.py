"""Forms of a speaker's post and organisation that the misses of hold-out sets 101-120 (session 30) showed the
ingester reading apart wrongly, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page


def test_a_county_executive_committee_members_post_keeps_its_portfolio() -> None:
    # Kenya's 'CECM for X, Y and Z' (County Executive Committee Member) is a post, its portfolio listed with commas
    assert describe("CECM for Water, Environment, Energy and Natural Resources, County Government of Nakuru") == (
        "CECM for Water, Environment, Energy and Natural Resources",
        "County Government of Nakuru",
    )


def test_a_cards_post_and_body_in_apposition_after_a_listed_name() -> None:
    # the programme lists the presenters bare; the paper's line gives each 'Name, Post, Org' after 'by'
    page = _text_page(
        "Launch of two Working Papers\n\nWednesday 11 October 2023, 10:00-12:30\n\n"
        "The Harbourside Policy Institute (HPI) and the Department of Geography, Inland State University (ISU),"
        " invite you to the launch of:\n"
        '    Working Paper No. 7 – "Ferries and Fares", by Dr. Palesa Ntho, Research Fellow, HPI\n'
        '    Working Paper No. 8 – "Roads to Market", by Mr. Kabelo Rantsho, Lecturer, Department of Geography,'
        " ISU\n\n"
        "Programme\n"
        "10:20  Presentation of Working Paper No. 7 – Dr. Palesa Ntho\n"
        "10:50  Presentation of Working Paper No. 8 – Mr. Kabelo Rantsho\n"
    )
    people = _people(page)
    assert ("Palesa Ntho", "presenter", "Harbourside Policy Institute", "Research Fellow") in people, people
    assert (
        "Kabelo Rantsho",
        "presenter",
        "Inland State University",
        "Lecturer, Department of Geography",
    ) in people, people


def test_a_unit_of_an_office_or_a_legislature_stays_in_the_post() -> None:
    # 'Head of the X Unit of the Y Office': the office employs her, the unit stays in the post
    assert describe("Head of the Returns Unit of the European Migration Office") == (
        "Head of the Returns Unit",
        "European Migration Office",
    )
    # a legislature's service, the legislature named in one word
    assert describe("Head of the Legal Research Service of the Storting") == (
        "Head of the Legal Research Service",
        "Storting",
    )
    assert describe("Director of the Library Service of the National Assembly") == (
        "Director of the Library Service",
        "National Assembly",
    )


def test_a_units_initials_after_its_parents_and_a_hyphen_are_the_units() -> None:
    # 'Post, CSIR-FRI' where the page writes 'the Forestry Research Institute (CSIR-FRI)': that institute
    page = _text_page(
        "Policy Dialogue on Timber Markets\n\nTuesday 4 March 2025, 9:00-12:00\n\n"
        "With the support of the Forestry Research Institute (CSIR-FRI) and the Timber Board.\n\n"
        "Panelists:\n"
        "- Dr. Kwame Asare, Head, Wood Economics Section, CSIR-FRI\n"
        "- Ms. Efua Mensima, Director, Timber Board\n"
    )
    people = _people(page)
    assert any(
        p[0] == "Kwame Asare" and p[2:] == ("Forestry Research Institute", "Head, Wood Economics Section")
        for p in people
    ), people


def test_a_legislature_named_with_the_number_of_its_term_is_the_legislature() -> None:
    # 'Post, Committee, 12th X Legislature': the legislature employs him, the committee stays in the post
    assert describe("Chairperson, Committee on Fisheries, 12th Saipan Legislature") == (
        "Chairperson, Committee on Fisheries",
        "Saipan Legislature",
    )
    assert describe("Member, 21st National Assembly") == ("Member", "National Assembly")


def test_a_plural_post_in_apposition_after_two_listed_names_is_each_ones() -> None:
    # the programme gives the two as the book's 'Editors' (their part in the book, no post); the invitation
    # gives their post once, in the plural, after the second name
    page = _text_page(
        "Book Presentation: Ports and Power\n\nThursday 9 May 2019, 11:00-13:00\n\n"
        "The Coastal Institute of Strategic Studies (CISS) invites you to the presentation of the book Ports"
        " and Power (Accra: CISS Press, 2019), edited by Dr. Kofi Mensah Boateng and Dr. Ama Serwaa Darko,"
        " Research Fellows in the Department of Maritime Security, CISS.\n\n"
        "Programme\n"
        "11:00 Presentation of the Book: Dr. Kofi Mensah Boateng and Dr. Ama Serwaa Darko, Editors\n"
    )
    post = "Research Fellow in the Department of Maritime Security"
    people = _people(page)
    body = "The Coastal Institute of Strategic Studies"  # (as the sentence writes it)
    for name in ("Kofi Mensah Boateng", "Ama Serwaa Darko"):
        assert any(p[0] == name and p[2:] == (body, post) for p in people), people
