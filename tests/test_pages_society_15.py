"""Forms hold-out set 86 (session 15, "society": learned societies, academies and professional
associations) showed unread, one test per form. Every text here is made up for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.names import organization_key
from kg.pages.orgs import split_org_names, stated_hosts
from kg.pages.people import bare_name, parse_entries
from tests.test_pages_unseen import _people, _text_page

_HEAD = "Salt Marshes and the Tides of History\nWednesday 4 February 2026, 19.00 - 20.30\n\n"


def test_engineers_and_czech_post_nominals_are_no_part_of_a_name_nor_an_employer() -> None:
    (entry,) = parse_entries("Grainne Tuohy CEng FIEI, Director, Burren Structures")
    assert (entry.name, entry.job_title, entry.affiliation) == ("Grainne Tuohy", "Director", "Burren Structures")
    (entry,) = parse_entries("Mr Themba Dube Pr Eng, Principal Engineer, Karoo Grid Services")
    assert (entry.name, entry.affiliation) == ("Themba Dube", "Karoo Grid Services")
    (entry,) = parse_entries("Engr. Prof. Amaka Obi, FNSE, FNIChE, Professor of Process Engineering, Delta Polytechnic")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Amaka Obi",
        "Professor of Process Engineering",
        "Delta Polytechnic",
    )
    (entry,) = parse_entries("prof. RNDr. Karel Novotný, DrSc., Dean, Faculty of Science, Olomouc University")
    assert entry.name == "Karel Novotný"
    assert entry.affiliation == "Olomouc University"
    assert bare_name("doc. Ing. Jana Horská, CSc.")[1] == "Jana Horská"


def test_letters_after_a_name_before_the_dash_that_opens_the_post() -> None:
    (entry,) = parse_entries("Engr. Ada Nwosu, MNSE – Head, Pipeline Integrity, Bight Midstream Company")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Ada Nwosu",
        "Head, Pipeline Integrity",
        "Bight Midstream Company",
    )


def test_a_branch_or_chapter_after_a_post_is_a_unit_of_the_body_not_a_person() -> None:
    (entry,) = parse_entries("Engr. Uche Okafor, Chairman, Enugu Branch, Nigerian Institution of Surveyors")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Uche Okafor",
        "Chairman, Enugu Branch",
        "Nigerian Institution of Surveyors",
    )
    (entry,) = parse_entries("Dr. Lena Moss, Secretary, Great Lakes Chapter, American Society of Foresters")
    assert (entry.name, entry.affiliation) == ("Lena Moss", "American Society of Foresters")


def test_a_second_title_in_brackets_and_a_romanian_research_grade_are_honorifics() -> None:
    assert bare_name("Engr. (Mrs.) Ibinabo Pepple") == ("Engr. (Mrs.)", "Ibinabo Pepple")
    assert bare_name("Chief (Dr.) Ekanem Bassey") == ("Chief (Dr.)", "Ekanem Bassey")
    assert bare_name("CS II Dr. Sorina Mihăilescu") == ("CS II Dr.", "Sorina Mihăilescu")
    # a bracket alone before a name is no title of its own, nor 'CSI' without a space a grade
    assert bare_name("(Mrs.) Ibinabo Pepple")[0] is None
    assert bare_name("CSI Tomas Berg")[0] != "CSI"


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        # 'in association with' names a co-host (as set 59's answers hold), unlike 'in partnership with'
        (
            "The Fenland Society, in association with the Wash Estuary Trust, invites you to an evening lecture.",
            ["Fenland Society", "Wash Estuary Trust"],
            [],
        ),
        (
            "The Fenland Society, in partnership with the Wash Estuary Trust, invites you to an evening lecture.",
            ["Fenland Society"],
            ["Wash Estuary Trust"],
        ),
        ("This year's talk is held jointly with the Marshland Archaeology Group.", ["Marshland Archaeology Group"], []),
        ("The meeting is co-hosted by The Saltmarsh Collection, which welcomes us.", ["Saltmarsh Collection"], []),
        (
            "The Royal Society of Ely arranges this lecture together with the Department of Botany, Fen University.",
            ["Royal Society of Ely", "Department of Botany, Fen University"],
            [],
        ),
        (
            "The Hungarian Academy – Debrecen Branch and the Kolozsvár Academy hold their joint session.",
            ["Hungarian Academy – Debrecen Branch", "Kolozsvár Academy"],
            [],
        ),
        ("Refreshments are kindly sponsored by Karoo Cables (Pty) Ltd.", [], ["Karoo Cables (Pty) Ltd"]),
        # a chapter 'of' a society written with capitals is the society (as 'the Paris office of X')
        ("The Deccan State Chapter of SURP is organising a field visit.", ["SURP"], []),
    ],
)
def test_co_hosts_and_sponsors_of_societies_in_a_sentence(sentence: str, hosts: list[str], sponsors: list[str]) -> None:
    found_hosts, found_sponsors = stated_hosts(sentence)
    assert [organization_key(h) for h in found_hosts] == [organization_key(h) for h in hosts]
    assert [organization_key(s) for s in found_sponsors] == [organization_key(s) for s in sponsors]


def test_a_societys_branch_written_after_the_society_is_one_host() -> None:
    assert split_org_names("Nigerian Institution of Surveyors, Enugu Branch") == [
        "Nigerian Institution of Surveyors, Enugu Branch"
    ]
    record = _text_page(_HEAD + "The Nigerian Institution of Surveyors, Enugu Branch, cordially invites all members.\n")
    assert [organization_key(o.name) for o in record.organizers] == [
        organization_key("Nigerian Institution of Surveyors, Enugu Branch")
    ]


def test_a_unit_the_host_arranges_an_event_with_is_an_organiser_in_its_university() -> None:
    record = _text_page(
        _HEAD + "The Royal Society of Ely arranges this lecture together with the Department of Botany, Fen University,"
        " as part of its winter series.\n"
    )
    names = {organization_key(o.name): o for o in record.organizers}
    assert set(names) == {organization_key("Royal Society of Ely"), organization_key("Department of Botany")}
    parent = names[organization_key("Department of Botany")].parent
    assert parent is not None and parent.name == "Fen University"


def test_the_town_a_sentence_about_the_venue_names_before_the_sites_address_in_the_footer() -> None:
    page = (
        "Engineers of the Fens\n\nKiln Bridges of the Ouse\n\nThursday, 5 March 2026\n19:00 - 21:00\n\n"
        "Our region invites you to an evening talk on the old brick bridges.\n\n"
        "The talk takes place in the Riverside Hotel, Cambridge Road,\nEly. Tea and coffee from 18:30.\n\n"
        "Fen Engineers, 4 Mill Street, Norwich NR1 1AA\n"
    )
    record = _text_page(page)
    assert record.location is not None and record.location.locality == "Ely"
    # a town at the end of a sentence that says when and where the meeting is held
    record = _text_page(
        "Spring Assembly of the Fen Society 2026\n\nPublished: 1 March 2026\n\n"
        "The Fen Society will hold its Spring Assembly on Tuesday, 24 March 2026, from 14:00 to 17:00 in Ely.\n"
    )
    assert record.location is not None and record.location.locality == "Ely"


def test_a_contact_sentence_that_gives_the_post_before_the_name_or_asks_to_call() -> None:
    body = _HEAD + "A talk on the drainage of the fens.\n\n"
    record = _text_page(
        body + "For any queries please contact the Branch Secretary, Mary Quill, at fens@example.org.\n"
    )
    assert ("Mary Quill", "contact", None, "Branch Secretary") in _people(record)
    record = _text_page(
        body + "RSVP to the Centre Secretary, Mrs Ruth Okoye, at rsvp@example.org by 2 February 2026. Members who"
        " cannot attend may send apologies.\n"
    )
    assert ("Ruth Okoye", "contact", None, "Centre Secretary") in _people(record)
    record = _text_page(body + "For enquiries, please call Engr. Bode Ajayi (Welfare Secretary) on 0802 555 0101.\n")
    assert ("Bode Ajayi", "contact", None, "Welfare Secretary") in _people(record)
    record = _text_page(body + "Enquiries to the Honorary Secretary, Dr Ian Weir (secretary@example.org).\n")
    assert ("Ian Weir", "contact", None, "Honorary Secretary") in _people(record)


def test_a_societys_menu_of_single_words_is_no_heading_over_the_title() -> None:
    page = (
        "Fen Medical Society\n\nHome\nAbout the Society\nMeetings\nMuseum\nMembership\nContact\n\n"
        "Home › Meetings\n\nAnnual General Meeting and Winter Address\n\nTuesday 3 February 2026\n\n"
        "The Society will hold its Annual General Meeting at 6.00 pm.\n"
    )
    record = _text_page(page)
    assert record.name == "Annual General Meeting and Winter Address"
    assert not [p for p in record.participants if p.role == "contact"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (  # a date that a deadline sentence wraps onto a line of its own is not the event's
            "Annual Meeting of the Fenland Antiquarian Society\n\n"
            "The Society will hold its Annual Meeting on Saturday,\n"
            "14 March 2026, from 10:30 to 13:00 in Ely. By kind permission of the Dean, the members meet\n"
            "in the Chapter House of the Cathedral, where tea will be served after the business.\n\n"
            "Members who wish to attend the luncheon are asked to tell the Honorary Secretary by\n"
            "2 March 2026.\n",
            "2026-03-14T10:30:00+00:00",
            "2026-03-14T13:00:00+00:00",
        ),
        (  # the hours the paragraph under a bare date gives in words
            "Winter Lecture of the Cornish Geological Circle\n\n"
            "Wednesday 11 February 2026\n\n"
            "The Circle will hold its Winter Lecture in the Old Library, Truro, at 7.30 pm, with coffee\n"
            "from 7 pm. Members and guests are welcome, and the evening will close by 9.15 pm.\n",
            "2026-02-11T19:30:00+00:00",
            "2026-02-11T21:15:00+00:00",
        ),
    ],
)
def test_a_society_notice_written_as_sentences_is_dated_by_its_meeting(text: str, start: str, end: str) -> None:
    record = _text_page(text)
    assert (str(record.start), str(record.end)) == (start, end)


def test_hold_out_set_86_meets_the_target_in_people_roles_hosts_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-86" / "expected.yaml")
    # the society work of this set: organizers, sponsors, people, roles and job titles. Under 0.9
    # still (docs/ingest.md, set 86): title (a named lecture's 'Theme:' line under its heading), start
    # and end (a time only in the prose of an AGM, a date wrapped in a sentence behind a reply-by
    # deadline, Wild Apricot's end time), affiliations (a contact's 'office of the Society', a city
    # after an institute, a university spelled out after a person-like name), locality (a town only in
    # the footer's address of a society's own hall)
    fields = ("people", "roles", "reports", "job titles", "organizers", "sponsors", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["affiliations"].f1 > 0.8 and scores["locality"].f1 > 0.8
