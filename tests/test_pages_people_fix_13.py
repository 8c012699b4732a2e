"""People, roles, affiliations and job titles in forms hold-out sets 63-73 left unread (docs/ingest.md,
each set's paragraph), fixed in session 13 without a new set, one test per form. Every text here is
made up for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import bare_name, describe, is_person_name, parse_entries
from kg.pages.sentences import cued_entries, stated_roles
from tests.test_pages_unseen import _people, _text_page

_HEAD = "The Spring Lecture on Courts\nThursday, 12 March 2026, 17:30 - 19:00\n\n"


def test_a_lecture_given_by_and_a_vote_of_thanks_after_the_name() -> None:
    # 'The X Lecture will be given by Y'; 'Z, post, will propose the vote of thanks' (the closing)
    (speaker,) = cued_entries(
        "This year's Spring Lecture will be given by Dr Ruth Amadi, Reader in Law at Keele University."
    )
    assert (speaker.name, speaker.role, speaker.affiliation) == ("Ruth Amadi", "speaker", "Keele University")
    (closing,) = stated_roles("Professor Ian Dunmore, Dean of Arts, will propose the vote of thanks.")
    assert (closing.name, closing.role) == ("Ian Dunmore", "closing-remarks")
    # a vote taken at the meeting is no one's role
    assert stated_roles("Members will vote on the new rules.") == []


def test_a_peer_is_named_with_the_territorial_designation() -> None:
    # 'Lord X of Y' is the peer's name, not Lord X of an organisation Y; 'Lord X' later in the text is the same peer
    assert bare_name("The Rt Hon Lord Pemberton of Ashdale") == ("The Rt Hon", "Lord Pemberton of Ashdale")
    assert is_person_name("Baroness Whitcombe of Hale")
    # a post with 'Lord' in it is no peer
    assert not is_person_name("Lord Mayor of Westbury")
    people = _people(
        _text_page(
            _HEAD + "The Spring Lecture will be given by Lord Pemberton of Ashdale, former Master of the Rolls. "
            "Lord Pemberton will ask whether the courts can keep pace with Parliament.\n"
        )
    )
    assert people == {("Lord Pemberton of Ashdale", "speaker", None, "former Master of the Rolls")}


def test_a_ministers_portfolio_of_three_word_subjects_is_one_post() -> None:
    # 'Minister of A, B C D and E F': the portfolio's subjects, not a post and an organisation
    assert describe("Minister of Fisheries, Coastal Zone Management and Marine Parks") == (
        "Minister of Fisheries, Coastal Zone Management and Marine Parks",
        None,
    )
    assert describe("Minister of Housing, Urban Land Planning and Public Works, Government of Lesotho") == (
        "Minister of Housing, Urban Land Planning and Public Works",
        "Government of Lesotho",
    )
    # a body of three words after a post is still the employer
    assert describe("Head of Trade Promotion, Namibia Investment and Export Centre") == (
        "Head of Trade Promotion",
        "Namibia Investment and Export Centre",
    )


def test_a_contacts_office_is_no_employer() -> None:
    # 'Contact: X, post, ABCD Secretariat': the office to write to, named by the host's initials
    people = _people(
        _text_page(
            _HEAD + "Dr Ruth Amadi will speak on the courts.\n\n"
            "Contact: Ms Dara Chanthavong, Programme Officer, RLSC Secretariat, Tel. 021-555-014, "
            "E-mail: rlsc@example.org\n"
        )
    )
    assert ("Dara Chanthavong", "contact", None, "Programme Officer") in people
    # a ministry called an office is an employer
    people = _people(
        _text_page(
            _HEAD + "Dr Ruth Amadi will speak on the courts.\n\n"
            "Contact: Mr Tom Ashby, Desk Officer, Foreign Office, E-mail: tom.ashby@example.org\n"
        )
    )
    assert ("Tom Ashby", "contact", "Foreign Office", "Desk Officer") in people


def test_a_label_before_a_name_is_not_the_post() -> None:
    # 'Author: X, post, Org': the field's label is no part of her post
    (entry,) = parse_entries(
        "Author: Jonas Lindqvist, Senior Lecturer, Department of Economic History, Lund University"
    )
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Jonas Lindqvist",
        "Senior Lecturer, Department of Economic History",
        "Lund University",
    )


def test_and_inside_an_employers_name_before_a_second_post() -> None:
    # 'Post, Institute of A and B C Engineers; Fellow, Y': the 'and' goes on the name, the semicolon parts the posts
    (entry,) = parse_entries(
        "Dr. Rustam K. Aliev, Senior Lecturer, Samarkand Institute of Hydrology and Land Reclamation Engineers; "
        "Research Fellow, Aral Basin Water Forum"
    )
    assert (entry.job_title, entry.affiliation) == (
        "Senior Lecturer",
        "Samarkand Institute of Hydrology and Land Reclamation Engineers",
    )
