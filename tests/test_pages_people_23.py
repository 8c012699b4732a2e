"""People, role, affiliation and job-title forms that hold-out set 124 (Tulsa, Launceston, Trieste,
Kamloops, Knoxville, Mysuru, Rotorua and Kuopio pages) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import parse_entries
from tests.test_pages_people_22 import _described
from tests.test_pages_unseen import _html_page, _people, _text_page

# the heading, date and venue the tests' made-up pages open with
_HARBOUR_DAY = "Harbour Futures\n\nThursday 9 October 2025\n10.00am – 4.00pm\nTown Hall, Nelson\n\n"


def test_the_people_under_a_bilingual_moderators_heading_in_a_panel_item_are_its_panelists() -> None:
    record = _text_page(
        _HARBOUR_DAY + "11.00am   Panel: Who pays for the wharf?\n"
        "          Modératrice / Moderator: Claire Dubois (Radio Côte)\n"
        "          • Dr Ari Lund – Senior Engineer at Port Works\n"
        "          • Mere Tane, Chief Executive, Harbour Iwi Trust\n"
        "12.30pm   Lunch\n"
    )
    people = _people(record)
    assert ("Claire Dubois", "moderator", "Radio Côte", None) in people
    assert ("Ari Lund", "panelist", "Port Works", "Senior Engineer") in people
    assert ("Mere Tane", "panelist", "Harbour Iwi Trust", "Chief Executive") in people


def test_a_cards_post_opening_with_a_roles_word_and_a_comma_is_her_post_not_a_new_role() -> None:
    record = _text_page(
        _HARBOUR_DAY + "Speaker\n\nDr Lena Voss\nSenior Lecturer\nNelson Polytechnic\n\n"
        "Facilitator\n\nSam Okafor\nPresenter, Southern Lakes Evenings\nBay Radio\n\n"
    )
    people = _people(record)
    assert ("Lena Voss", "speaker", "Nelson Polytechnic", "Senior Lecturer") in people
    assert ("Sam Okafor", "moderator", "Bay Radio", "Presenter, Southern Lakes Evenings") in people
    assert not [p for p in people if p[0] == "Southern Lakes Evenings" or p[1] == "presenter"]


def test_a_bio_under_about_the_lecturer_keeps_the_lecturers_role_from_her_card() -> None:
    record = _text_page(
        _HARBOUR_DAY + "Lecturer\n\nProfessor Ines Carvalho\nChair of Coastal Law\nBay University\n\n"
        "Facilitator\n\nTom Reid\nNews Editor\nBay Herald\n\n"
        "About the lecturer\n\nInes Carvalho is a professor of coastal law at Bay University.\n"
    )
    people = _people(record)
    assert ("Ines Carvalho", "speaker", "Bay University", "Chair of Coastal Law") in people
    assert not [p for p in people if p[0] == "Ines Carvalho" and p[1] == "moderator"]


def test_a_name_family_name_first_with_a_middle_initial_takes_the_post_after_a_comma() -> None:
    assert _described("Okafor, Grace M., Dean, Lake Law School") == [("Grace M. Okafor", "Dean", "Lake Law School")]
    assert _described("Okafor, Grace M., Chancellor") == [("Grace M. Okafor", "Chancellor", None)]
    # (with no middle initial the part after the comma may be a given name: left as it was)
    assert _described("Okafor, Grace, PhD") == [("Grace Okafor", None, None)]


def test_a_programme_item_naming_its_person_family_name_first_gives_her_whole_name() -> None:
    record = _text_page(
        "Civic Evening\n\nMonday, March 2, 2026\n6:00 – 7:30 p.m. ET\nCity Hall, Dayton\n\nProgram\n\n"
        "6:00 p.m.    Welcome — Okafor, Grace M., Chancellor\n"
        "6:10 p.m.    Keynote — Dr. Ann Lee, Director, Lake Institute\n"
    )
    people = _people(record)
    assert ("Grace M. Okafor", "introductory-remarks", None, "Chancellor") in people
    assert not [p for p in people if p[0] in ("Grace M.", "Okafor")]


def test_a_role_word_after_the_name_before_her_body_in_brackets_is_her_role() -> None:
    entries = parse_entries("Tom Berg, rapporteur (Lake Studies Institute)")
    assert [(e.name, e.role, e.affiliation) for e in entries] == [("Tom Berg", "rapporteur", "Lake Studies Institute")]


def test_honorifics_of_elders_chiefs_and_members_of_parliament_are_not_in_names() -> None:
    assert _described("MP Aino Lahti, Member of the Finance Committee, Parliament of Finland")[0][0] == "Aino Lahti"
    assert _described("Matua Rawiri Te Hau")[0][0] == "Rawiri Te Hau"
    assert _described("Whaea Mere Tane, Chair, Te Awa Trust")[0][0] == "Mere Tane"
    assert _described("Kukpi7 Sam Dennis, Chief, Lakes Band")[0][0] == "Sam Dennis"


def test_an_indian_invitations_president_and_chief_guest_in_sentences_of_their_own() -> None:
    record = _text_page(
        "Rivers and the Deccan Farmer\n\nDate: Monday, 2 March 2026\nTime: 11.00 AM to 1.00 PM\n"
        "Venue: Main Hall, Pune\n\n"
        "The lecture will be delivered by Prof. Meera Iyer, Professor, Deccan Institute.\n\n"
        "The function will be presided over by Dr. Ravi Menon, Chairman, Governing Council, Deccan Institute.\n\n"
        "Smt. Lata Joshi, IAS, Principal Secretary, Water Resources Department, Government of Maharashtra, "
        "has kindly consented to be the Chief Guest.\n"
    )
    people = _people(record)
    assert ("Ravi Menon", "chair", "Deccan Institute", "Chairman, Governing Council") in people
    assert (
        "Lata Joshi",
        "featured-remarks",
        "Government of Maharashtra",
        "Principal Secretary, Water Resources Department",
    ) in people


def test_a_retired_post_is_kept_whole_with_no_affiliation_in_a_list_and_in_a_sentence() -> None:
    assert _described("Judge Ada Moss, retired Judge of the Ohio Court of Appeals") == [
        ("Ada Moss", "retired Judge of the Ohio Court of Appeals", None)
    ]
    record = _text_page(
        "Civic Evening\n\nMonday, March 2, 2026\n6:00 – 7:30 p.m. ET\nCity Hall, Dayton\n\n"
        "The Honorable Ada Moss, retired Judge of the Ohio Court of Appeals, will introduce the speaker.\n"
    )
    assert ("Ada Moss", "introductory-remarks", None, "retired Judge of the Ohio Court of Appeals") in _people(record)


def test_a_bio_that_names_its_subject_once_and_then_says_she_is_gives_her_post_now() -> None:
    record = _text_page(
        "Civic Evening\n\nMonday, March 2, 2026\n6:00 – 7:30 p.m. ET\nCity Hall, Dayton\n\n"
        "Speaker: Ruth Adler\n\n"
        "Ruth Adler represented Ohio in Congress for twenty years and chaired its transport committee. "
        "She is now a senior fellow at the Great Lakes Policy Forum and teaches a class at Dayton College.\n"
    )
    assert ("Ruth Adler", "speaker", "Great Lakes Policy Forum", "senior fellow") in _people(record)


def test_a_town_after_the_body_of_a_bio_is_not_part_of_it() -> None:
    record = _text_page(
        _HARBOUR_DAY + "Panel: Jo Marsh (Harbour Grid Company)\n\n"
        "Jo Marsh is head of network planning at the Harbour Grid Company in Blenheim.\n"
    )
    assert ("Jo Marsh", "panelist", "Harbour Grid Company", "head of network planning") in _people(record)


def test_a_solicitor_is_a_post_not_a_second_person() -> None:
    assert _described("Ana Ruiz, Regional Solicitor, Department of Lands") == [
        ("Ana Ruiz", "Regional Solicitor", "Department of Lands")
    ]


def test_an_accordions_hidden_panel_is_read_as_the_pages_content_a_dismissed_notice_is_not() -> None:
    record = _html_page(
        "<html><body><div class='notice' hidden><p>Bo Lind is our new president.</p></div><main>"
        "<h1>Rivers and Rights</h1><p>Thursday, October 8, 2026, 6:00 - 7:30 p.m.</p><p>Hall 2, Tulsa, OK</p>"
        "<h2>Panelists</h2><ul><li>Jo Marsh (Harbour Grid Company)</li></ul>"
        "<h2>About the speakers</h2><h3><button aria-expanded='false'>Jo Marsh</button></h3>"
        "<div class='panel' hidden><p>Jo Marsh is head of network planning at the Harbour Grid Company.</p></div>"
        "</main></body></html>"
    )
    people = _people(record)
    assert ("Jo Marsh", "panelist", "Harbour Grid Company", "head of network planning") in people
    assert not [p for p in people if p[0] == "Bo Lind"]


def test_a_line_saying_the_event_is_also_online_makes_it_mixed() -> None:
    record = _text_page(_HARBOUR_DAY + "Also online (Zoom)\n\nA day on the harbour's future.\n")
    assert record.attendance_mode == "mixed"


def test_funded_in_part_by_names_a_sponsor() -> None:
    record = _text_page(_HARBOUR_DAY + "Funded in part by the Coastal Futures Foundation.\n")
    assert [o.name for o in record.sponsors] == ["Coastal Futures Foundation"]


def test_a_numbered_bodys_post_before_the_name_gives_the_post_and_the_body() -> None:
    assert _described("Okere Falls No. 3 Trust's General Manager, Mere Tane") == [
        ("Mere Tane", "General Manager", "Okere Falls No. 3 Trust")
    ]


def test_a_welcome_to_country_by_an_elder_in_a_sentence_is_her_introductory_remarks() -> None:
    record = _text_page(
        "Saltwater Stories\n\nFriday 14 March 2025\n6.00pm – 8.00pm AEDT\nCity Hall, Wollongong\n\n"
        "The evening opens with a Welcome to Country by Aunty Joan Carter, Dharawal Elder.\n"
    )
    assert ("Joan Carter", "introductory-remarks", None, "Dharawal Elder") in _people(record)


def test_a_ministerial_address_in_a_programme_is_the_ministers_featured_remarks() -> None:
    record = _text_page(
        _HARBOUR_DAY + "10.15am   Ministerial address – Hon. Sam Reid, Minister for Ports\n"
        "10.45am   Keynote – Dr Ana Lee, Chief Scientist, Coastal Institute\n"
    )
    people = _people(record)
    assert ("Sam Reid", "featured-remarks", None, "Minister for Ports") in people
    assert ("Ana Lee", "keynote", "Coastal Institute", "Chief Scientist") in people


def test_hold_out_set_124_keeps_the_levels_its_fixes_reached() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-124" / "expected.yaml")
    # left below 1.0 (docs/ingest.md, set 124): a body's initials before a post in brackets ('(ACSD Director)':
    # the answers of earlier sets keep them and drop them), affiliations of a unit before its university and of
    # a unit named with the post beside a bio naming the university, 'Post — Body, Unit', 'Kukpi7 of X Band' and
    # 'Principal Chief X of the Y Nation' (a band and a nation are no body's kind words), an Indian institute
    # with its city, 'the College of Law's Dean', a 'Secwépemc fire keeper' bio; 'will then say a few words',
    # closing words in a bio, 'Summary of the day', 'Director and X Professor of Y'
    assert scores["title"].f1 == 1.0 and scores["start"].f1 == 1.0 and scores["end"].f1 == 1.0
    assert scores["people"].f1 > 0.98 and scores["roles"].f1 > 0.95 and scores["job titles"].f1 > 0.89
    assert scores["affiliations"].f1 > 0.8 and scores["reports"].f1 == 1.0
    assert scores["sponsors"].f1 == 1.0 and scores["organizers"].f1 == 1.0 and scores["attendance"].f1 == 1.0
