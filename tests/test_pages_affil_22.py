"""Affiliation and job-title forms that the hold-out sets left unread after their own fixes (session 22,
helper fix-affil), one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from tests.test_pages_unseen import _people, _text_page

_HEAD = (
    "Harbour Futures: A Public Hearing\n\nThursday 12 March 2025, 10:00–12:30\nHarbour Hall, 3 Quay Road, Nelson\n\n"
)


def test_a_hearings_slot_naming_a_body_gives_it_to_the_witnesses_listed_under_it_by_their_posts() -> None:
    # a committee's programme gives each slot to the body that gives evidence, and lists its witnesses
    # by their posts alone; a note of how they attend is no part of the body's name
    page = _text_page(
        _HEAD + "Program\n\n10.00 am – 10.40 am\tNelson Fishing Industry Association\n"
        "Mr Daniel Ward, Chief Executive Officer\nMs Rhea Combs, Policy Manager\n\n"
        "10.40 am – 11.20 am\tTasman District Council (via videoconference)\nCr Terry Malo, Deputy Mayor\n\n"
        "11.20 am – 11.40 am\tPrivate capacity\nMr Kevin Dunn\n\n"
        "11.40 am – 12.30 pm\tMarine Science Trust\nDr Ana Ruiz, Director, Reef Monitoring Programme\n"
    )
    assert _people(page) >= {
        ("Daniel Ward", "speaker", "Nelson Fishing Industry Association", "Chief Executive Officer"),
        ("Rhea Combs", "speaker", "Nelson Fishing Industry Association", "Policy Manager"),
        ("Terry Malo", "speaker", "Tasman District Council", "Deputy Mayor"),
        ("Kevin Dunn", "speaker", None, None),
        ("Ana Ruiz", "speaker", "Marine Science Trust", "Director, Reef Monitoring Programme"),
    }


def test_a_slot_naming_a_gathering_gives_its_people_no_employer() -> None:
    # '11:00 Youth Forum': the slot's kind of session, not a body its speakers work for
    page = _text_page(
        _HEAD + "Programme\n\n10:00 Opening address\nDr Ana Ruiz, Director, Marine Science Trust\n\n"
        "11:00\tYouth Forum\nMs Rhea Combs, Youth Ambassador\n"
    )
    assert ("Rhea Combs", "speaker", None, "Youth Ambassador") in _people(page)


def test_a_committees_members_listed_by_name_under_its_heading_have_the_committee_the_page_names() -> None:
    # a hearing's page lists the committee that holds it by its members' names alone
    page = _text_page(
        "Public hearing: Harbour dredging\n\nNelson, Thursday 12 March 2025\n\nCommittee\n"
        "Harbour Works Select Committee\nTime\n10.00 am – 12.30 pm\nLocation\nHarbour Hall, 3 Quay Road, Nelson\n\n"
        "Committee members attending\nSenator Anne Marr (Chair)\nSenator Pen Hall\n\n"
        "Witnesses\nMr Dan Ward, Chief Executive Officer, Nelson Port\n"
    )
    people = _people(page)
    assert ("Pen Hall", "panelist", "Harbour Works Select Committee", None) in people
    assert ("Anne Marr", "chair", "Harbour Works Select Committee", "Chair") in people
    assert ("Dan Ward", "speaker", "Nelson Port", "Chief Executive Officer") in people


def test_a_panels_members_have_the_one_panel_the_page_names_and_no_other_body() -> None:
    text = (
        "Quarterly hearing: Minister for Ports\n\nMonday 18 September 2023\n2:00pm to 3:30pm\n"
        "Blampied Room, States Building, St Helier\n\nAbout this hearing\n"
        "The Harbour, Transport and Ports Scrutiny Panel will hold a public hearing with the Minister for Ports. "
        "The Panel will ask the Minister about the harbour works.\n\n"
        "Panel\nDeputy Anne Marr (Chair)\nConnétable Ross Kell\n\nWitnesses\nDeputy Dan Ward, Minister for Ports\n"
    )
    people = _people(_text_page(text))
    assert ("Ross Kell", "panelist", "Harbour, Transport and Ports Scrutiny Panel", None) in people
    assert ("Dan Ward", "speaker", None, "Minister for Ports") in people
    # a page naming two panels does not say which one these members sit on
    two = text.replace("harbour works.\n", "harbour works.\nThe Health Scrutiny Panel will sit next week.\n")
    assert ("Ross Kell", "panelist", None, None) in _people(_text_page(two))


def test_a_bio_calling_the_speaker_by_her_family_name_gives_her_post_and_employer() -> None:
    # 'Dr Vale is …' and 'Vale is an …' under the full name the page gave first
    head = (
        "Salt and Stone: A Public Talk\n\nThursday 12 March 2025, 6:00pm–7:30pm\nHarbour Hall, 3 Quay Road, Nelson\n\n"
        "Dr Anna Vale tells the story of the salt works from 1868 to 1969, and Tom Reed responds.\n\n"
    )
    titled = _text_page(head + "Dr Vale is Senior Lecturer at Coastal University. She grew up in Nelson.\n")
    assert ("Anna Vale", "speaker", "Coastal University", "Senior Lecturer") in _people(titled)
    bare = _text_page(head + "Vale is an Associate Professor in the School of History at Coastal University.\n")
    assert ("Anna Vale", "speaker", "Coastal University", "Associate Professor in the School of History") in _people(
        bare
    )


def test_a_bios_post_unit_and_employer_end_where_the_sentence_goes_on_about_her() -> None:
    # 'X is Post, Unit, Org, where she teaches …': a card's three parts, then what she does there
    page = _text_page(
        "Salt and Stone: A Public Talk\n\nThursday 12 March 2025, 6:00pm–7:30pm\nHarbour Hall, 3 Quay Road, Nelson\n\n"
        "Speaker\nAnna Vale\n\n"
        "Anna Vale is Senior Lecturer, School of Humanities, Coastal University, where she teaches the history "
        "of medicine in the Pacific.\n"
    )
    assert ("Anna Vale", "speaker", "Coastal University", "Senior Lecturer, School of Humanities") in _people(page)


def test_a_panel_the_page_names_as_its_events_kind_is_no_body_of_its_panelists() -> None:
    # 'Public Panel' over the title: what the event is, not the body its 'Panel' heading lists
    page = _text_page(
        "Public Panel\nWho Guards the North?\n\nThursday 12 March 2026, 7:00pm–8:30pm\nNorthern Hall, Yellowknife\n\n"
        "Panel\nMarc Thibault — former Commander of Joint Task Force North\nAnna Vale\n"
    )
    assert all(affiliation != "Public Panel" for _, _, affiliation, _ in _people(page))


def test_a_short_name_in_lower_case_after_a_post_is_the_body_the_page_spelled_out_before_it() -> None:
    # 'The Harbour Institute for Coastal Studies (hics)': a body that writes its initials in lower case
    page = _text_page(
        "Spring Outlook 2025\n\nThursday 12 March 2025, 10:00–11:30\nHarbour Hall, 3 Quay Road, Nelson\n\n"
        "The Harbour Institute for Coastal Studies (hics) invites you to the presentation of its forecast.\n\n"
        "Programme\n10:00 Welcome\nJohanna Leit, Executive Director, hics\n10:05 Presentation\n"
        "Lukas Brand, Economist, hics\n"
    )
    people = _people(page)
    assert ("Lukas Brand", "presenter", "Harbour Institute for Coastal Studies", "Economist") in people
    assert ("Johanna Leit", "introductory-remarks", "Harbour Institute for Coastal Studies", "Executive Director") in (
        people
    )


def test_a_bodys_initials_and_the_town_of_its_office_are_the_body_the_page_names_in_full() -> None:
    # 'HISS Sligo', 'CRFA Kitale': a body's office by its initials and a town, the body named in full before
    page = _text_page(
        "Illicit Flows: A Seminar\n\nThursday 12 March 2025, 09:30–12:00\nHarbour Hall, 3 Quay Road, Nelson\n\n"
        "This seminar of the Harbour Institute for Security Studies (HISS) is held with the District "
        "Council of Mayo and the Coastal Research and Fisheries Agency (CRFA).\n\n"
        "Speakers\nAnna Vale, Head, Crime Division, HISS Sligo\nTom Reed, Senior Scientist, CRFA Kitale\n"
    )
    people = _people(page)
    assert ("Anna Vale", "speaker", "Harbour Institute for Security Studies", "Head, Crime Division") in people
    # (the words the initials are, not the council the sentence joins to it by 'and')
    assert ("Tom Reed", "speaker", "Coastal Research and Fisheries Agency", "Senior Scientist") in people


@pytest.mark.parametrize(
    ("held_out", "affiliations", "job_titles"),
    [
        ("holdout-102", 0.93, 0.91),  # the hearing's witnesses under their bodies' slots, its committee's members
        ("holdout-104", 0.92, 0.90),  # 'Post, wiiw'
        ("holdout-111", 0.83, 0.88),  # 'KALRO Kitale', 'BELA Sylhet', 'UP Baguio'
    ],
)
def test_older_sets_keep_the_affiliations_and_job_titles_these_forms_gave(
    held_out: str, affiliations: float, job_titles: float
) -> None:
    scores = measure(Path(__file__).parent / "data" / held_out / "expected.yaml")
    assert scores["affiliations"].f1 > affiliations and scores["job titles"].f1 > job_titles
