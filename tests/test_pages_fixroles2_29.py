"""Role and people forms the hold-out sets still left unread in session 29's second wave, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_fixroles_28 import _roles
from tests.test_pages_unseen import _text_page


def test_a_family_name_first_after_the_honorific() -> None:
    # 'Dr Tan Mei Hua tells the story …' then 'Dr Tan is …': the mention is the name written family name first
    text = (
        "Salt and Steam: The Harbour Ferries of Ipoh\n\n"
        "Saturday, 14 March 2026, 3:00 pm – 4:30 pm\n"
        "Venue: Heritage Hall, 12 Jalan Sultan, Ipoh\n\n"
        "Drawing on shipping registers, company files and interviews with the families of former crews,"
        " Dr Tan Mei Hua tells the story of the ferries.\n\n"
        "Dr Tan is Associate Professor, Faculty of Arts, Kinta University, where she teaches maritime history."
        " Her talk will be moderated by Mr Rajan Pillai, Vice-President of the Society.\n"
    )
    roles = _roles(_text_page(text))
    assert roles.get("Tan Mei Hua") == "speaker"
    assert "Dr Tan" not in roles


def _briefing(tail: str) -> EventRecord:
    """A short text page of a briefing with one presenter, then `tail`."""
    head = (
        "Rivers Under Pressure: A Briefing\n\n"
        "Wednesday, 11 March 2026, 10:00 – 11:15 a.m.\n"
        "Venue: Harbour Hall, 4 Quay Road, Wellington\n\n"
        "Join us for the release of our new brief on river allocation. Dr. Tomas Lindgren, Senior Fellow, Harbour"
        " Policy Centre, will walk through its findings.\n\n"
    )
    return _text_page(head + tail)


def _contacts(record: EventRecord) -> dict[str, tuple[str | None, str | None]]:
    return {
        p.person.name: (p.affiliation.name if p.affiliation else None, p.job_title)
        for p in record.participants
        if p.role == "contact"
    }


def test_a_secretariat_contact_heading_over_a_card() -> None:
    # 'Committee Secretariat contact:' over the officer's name, post and details: a contact's heading
    record = _briefing("Committee Secretariat contact:\nMs Aroha Bennett\nCommittee Secretary\nPhone: 04 555 1234\n")
    assert _contacts(record) == {"Aroha Bennett": (None, "Committee Secretary")}


def test_a_contact_card_s_postal_address_is_no_employer() -> None:
    # 'PO Box 6100' / 'Parliament Buildings' / 'Wellington 6011' under the contact's post: her address
    record = _briefing(
        "Committee Secretariat contact:\nMs Aroha Bennett\nCommittee Secretary\nStanding Committee on Rivers\n"
        "PO Box 6100\nParliament Buildings\nWellington 6011\nPhone: 04 555 1234\n"
    )
    assert _contacts(record) == {"Aroha Bennett": ("Standing Committee on Rivers", "Committee Secretary")}


def test_a_name_alone_after_an_item_of_its_kind_alone() -> None:
    # '6:10 PM  Talk – Hemi Walker': the item is its kind alone, so the bare name after the dash is its speaker
    record = _briefing(
        "Programme\n"
        "5:30 PM   Refreshments\n"
        "6:00 PM   Welcome – Leilani Fuimaono, Executive Director of the Foundation\n"
        "6:10 PM   Talk – Hemi Walker\n"
        "7:00 PM   Questions from the floor\n"
    )
    roles = _roles(record)
    assert roles["Hemi Walker"] == "speaker"
    assert roles["Leilani Fuimaono"] == "introductory-remarks"


def test_two_callings_joined_before_the_speaker_after_a_lead_in() -> None:
    # 'In this year's X Lecture, geographer and filmmaker Dr Y argues …': two callings joined by 'and' before
    # the titled name, as one calling is read
    text = (
        "The Harbour Lecture 2026: Cities Below the Tide Line\n\n"
        "Thursday, 16 April 2026, 6:00 pm – 7:30 pm\n"
        "Venue: Quay Theatre, 9 Dock Street, Napier\n\n"
        "In this year's Hawke's Bay Harbour Lecture, coastal geographer and filmmaker Dr. Ana Ruiz-Kepa argues"
        " that sea walls buy time but not safety.\n\n"
        "Welcome by Daniel Ward, director of the Coastal Centre.\n"
    )
    roles = _roles(_text_page(text))
    assert roles.get("Ana Ruiz-Kepa") == "speaker"


def test_a_theme_after_a_round_table_s_dash_is_no_person() -> None:
    # 'Roundtable — Keeping Rivers Clean' names the round table's theme: only one person's part ('Talk',
    # 'Lecture', 'Welcome') takes a bare name after its dash
    record = _briefing(
        "Programme\n"
        "6:00 PM   Welcome – Leilani Fuimaono, Executive Director of the Foundation\n"
        "6:10 PM   Roundtable – Keeping Rivers Clean\n"
        "7:00 PM   Session II – Whose Coast?\n"
    )
    names = set(_roles(record))
    assert "Keeping Rivers Clean" not in names
    assert "Whose Coast?" not in names


def test_opened_and_moderated_by_one_person() -> None:
    # 'The round table was opened and moderated by X, post': she opens it and moderates it
    record = _briefing("The round table will be opened and moderated by Maria Okafor, Director of the Centre.\n")
    roles = {(p.person.name, p.role) for p in record.participants}
    assert ("Maria Okafor", "moderator") in roles
    assert ("Maria Okafor", "introductory-remarks") in roles


def test_will_chair_and_will_give_the_vote_of_thanks() -> None:
    # 'X, President of the Society, will chair and will give the vote of thanks': the British close, its verb
    # repeated after 'and'
    record = _briefing("Hemi Walker, President of the Harbour Society, will chair and will give the vote of thanks.\n")
    roles = {(p.person.name, p.role) for p in record.participants}
    assert ("Hemi Walker", "chair") in roles
    assert ("Hemi Walker", "closing-remarks") in roles


def test_an_author_presents_findings_named_with_no_article() -> None:
    # "its lead author, Dr X, will present findings on …" over 'Speaker: Dr X, post': she presents her paper
    record = _briefing(
        "The Centre launches Working Paper 88 on river allocation. Drawing on fieldwork in two catchments, its lead"
        " author, Dr Mere Tane, will present findings on who holds the water rights and who pays.\n\n"
        "Speaker: Dr Mere Tane, Research Fellow, Harbour Policy Centre\n"
    )
    assert _roles(record)["Mere Tane"] == "presenter"


def test_initials_spelled_out_in_the_report() -> None:
    # 'Professor J. K. Rowe (Harbour University)' under the title, 'Professor Janet Rowe, …, began by …' in the
    # report: one person, by the name the text spells out
    text = (
        "Report of Meeting\n\n"
        "Old Quays: The Port Before the Railway\n\n"
        "Professor J. K. Rowe (Harbour University)\n\n"
        "Tuesday 9 November 1999, 7.30 p.m.\n"
        "Quay Theatre, 9 Dock Street, Napier\n\n"
        "The President took the chair and welcomed an audience of some 90 members and visitors.\n\n"
        "Professor Janet Rowe, Professor of Maritime History at Harbour University, began by recalling that the"
        " first wharf was built in 1858, and went on to trace the trade that passed over it.\n"
    )
    names = set(_roles(_text_page(text)))
    assert "Janet Rowe" in names
    assert "J. K. Rowe" not in names
