"""Forms of a speaker's post and organisation that the misses of hold-out sets 105-141 (session 29, second wave)
showed the ingester reading apart wrongly, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page


def test_a_bodys_sub_office_or_station_after_its_name_is_that_body() -> None:
    # 'Body (INITIALS) Regional Station, Town': the institute, not the town, and not in the post
    assert describe("Senior Scientific Officer, Cotton Research Institute (CRI) Regional Station, Rangpur") == (
        "Senior Scientific Officer",
        "Cotton Research Institute",
    )
    # 'INITIALS Sub-Office Town': the agency
    assert describe("Protection Assistant, UNHCR Sub-Office Kitgum") == ("Protection Assistant", "UNHCR")
    page = _text_page(
        "Dialogue: Water Points in Settlements\n\nFriday 14 March 2025, 10:00-12:00\n\nSpeakers:\n"
        "Ms. Ruth Akello, Field Assistant, IOM Sub-Office Adjumani\n"
        "Dr. Hasan Kabir, Principal Scientific Officer, Soil Resources Institute (SRI) Regional Station, Jessore\n"
    )
    people = _people(page)
    assert any(p[0] == "Ruth Akello" and p[2:] == ("IOM", "Field Assistant") for p in people), people
    assert any(
        p[0] == "Hasan Kabir" and p[2:] == ("Soil Resources Institute", "Principal Scientific Officer") for p in people
    ), people


def test_a_bodys_seat_in_its_town_after_its_kind_is_part_of_the_post() -> None:
    # 'the United Nations Office at Geneva': the office's name, not an employer 'Geneva'
    assert describe("Former Permanent Representative of Peru to the United Nations Office at Vienna") == (
        "Former Permanent Representative of Peru to the United Nations Office at Vienna",
        None,
    )
    page = _text_page(
        "Treaty Talks: Where Next?\n\nTuesday 9 November 2021, 15:00-16:30\n\nSpeakers:\n"
        "Ambassador Lucía Ferreyra, Permanent Representative of Uruguay to the United Nations Office at Geneva\n"
        "Dr. Tomas Birk, Senior Fellow, Lakeshore Institute\n"
    )
    people = _people(page)
    assert any(
        p[0] == "Lucía Ferreyra"
        and p[2:] == (None, "Permanent Representative of Uruguay to the United Nations Office at Geneva")
        for p in people
    ), people


def test_two_people_on_one_line_share_a_post_in_the_plural_ending_in_ate() -> None:
    # 'A and B' / 'PhD candidates, X University': each a PhD candidate there
    page = _text_page(
        "Roundtable: Who Owns the Harbour?\n\nWednesday 5 March 2025, 12:00-13:30\n\nPanelists\n\n"
        "Dr. Ewan Grant\nSenior Lecturer, Lakehead Institute\n\n"
        "Mele Taufa and Arjun Mehta\nPhD candidates, Memorial University of Newfoundland\n"
    )
    people = _people(page)
    for name in ("Mele Taufa", "Arjun Mehta"):
        assert any(
            p[0] == name and p[2:] == ("Memorial University of Newfoundland", "PhD candidate") for p in people
        ), people


def test_a_harbourmaster_or_headmistress_is_a_post() -> None:
    # one word for the post, written before its body after the name
    assert describe("Harbourmaster, Port of Scalloway") == ("Harbourmaster", "Port of Scalloway")
    assert describe("Headmistress, Glenview Academy") == ("Headmistress", "Glenview Academy")
    page = _text_page(
        "Panel: Ferries and the Outer Isles\n\nMonday 3 April 2023, 18:00-19:30\n\nPanelists:\n"
        "Capt. Ingrid Halvorsen, Harbormaster, City of Petersburg\n"
        "Dr. Owen Tate, Senior Economist, Narrows Institute\n"
    )
    people = _people(page)
    assert any(p[0] == "Ingrid Halvorsen" and p[2:] == ("City of Petersburg", "Harbormaster") for p in people), people
