"""People, role, affiliation and job-title forms that hold-out set 120 (Waterford, Burlington, Santa Fe,
Duluth, Truro, Paramaribo, Bozeman and Lubbock pages) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import parse_entries
from tests.test_pages_unseen import _people, _text_page

# the heading, date and venue the tests' made-up pages open with
_FORESTS_DAY = "Forests Day\n\nFriday, May 8, 2026\n9:00 a.m. – 3:00 p.m.\nHall A, Boise\n\n"


def _described(line: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.job_title, e.affiliation) for e in parse_entries(line)]


def test_a_name_family_name_first_with_degrees_before_a_dash_is_the_whole_name() -> None:
    assert _described("Mbeki, Thandi, PhD — Research Director, Karoo Water Trust") == [
        ("Thandi Mbeki", "Research Director", "Karoo Water Trust")
    ]
    assert _described("Lindahl, Per Erik, MD, MPH – Medical Officer, Nordland Health") == [
        ("Per Erik Lindahl", "Medical Officer", "Nordland Health")
    ]
    assert _described("Mbeki, Thandi, PhD") == [("Thandi Mbeki", None, None)]


def test_a_programme_table_of_family_first_names_gives_whole_names_in_every_role() -> None:
    record = _text_page(
        "Clean Air Morning 2025\n\nWednesday, March 5, 2025 | 9:00 a.m. – 11:30 a.m.\nCivic Hall, Reno\n\n"
        "Time\tSession\tSpeaker\n"
        "9:00 – 9:10 a.m.\tOpening\tVance, Harriet, PhD — Director, Basin Air Lab\n"
        '9:10 – 10:00 a.m.\tKeynote: "Smoke Seasons"\tIbekwe, Tobi, MD — Chief Physician, Sierra Clinics\n'
        "11:20 – 11:30 a.m.\tClosing remarks\tVance, Harriet, PhD\n"
    )
    people = _people(record)
    assert ("Harriet Vance", "introductory-remarks", "Basin Air Lab", "Director") in people
    assert ("Tobi Ibekwe", "keynote", "Sierra Clinics", "Chief Physician") in people
    assert ("Harriet Vance", "closing-remarks", "Basin Air Lab", "Director") in people
    assert not [p for p in people if " " not in p[0]]


def test_a_panels_heading_naming_its_session_makes_the_list_under_its_moderator_panelists() -> None:
    record = _text_page(
        _FORESTS_DAY + "PANEL II: WHO OWNS THE FOREST?\nModerator: Prof. Ann Lee, Boise College\n"
        "- Rep. Tom Hart (R-Boise), Idaho House of Representatives\n"
        "- Dr. Mia Cole, Chief Forester, Idaho Forest Trust\n\nLUNCH\n"
    )
    people = _people(record)
    assert ("Ann Lee", "moderator", "Boise College", None) in people
    assert ("Tom Hart", "panelist", "Idaho House of Representatives", None) in people
    assert ("Mia Cole", "panelist", "Idaho Forest Trust", "Chief Forester") in people


def test_thanks_and_close_is_the_hosts_closing_remarks() -> None:
    record = _text_page(
        "Slate and Stone\n\nSaturday 4 July 2026\n10.00am – 4.00pm\nGuildhall, Bangor\n\n"
        "10.00  Welcome — Dr Sian Rowlands, Director at the Quarry Heritage Society\n"
        '11.00  Talk: "Roofing the World" — Huw Ellis, Curator, Slate Museum\n'
        "15.45  Thanks and close — Dr Sian Rowlands\n"
    )
    assert ("Sian Rowlands", "closing-remarks", "Quarry Heritage Society", "Director") in _people(record)


def test_a_second_role_joined_by_and_in_one_sentence_gives_both_roles() -> None:
    record = _text_page(
        _FORESTS_DAY
        + "Cascade Forest Institute president Rosa Delmar will open the forum and offer closing remarks.\n\n"
        "Dr. Ann Lee, Director, Boise Forest Lab, will introduce the speakers and moderate the discussion.\n"
    )
    people = _people(record)
    assert ("Rosa Delmar", "introductory-remarks", "Cascade Forest Institute", "president") in people
    assert ("Rosa Delmar", "closing-remarks", "Cascade Forest Institute", "president") in people
    assert ("Ann Lee", "moderator", "Boise Forest Lab", "Director") in people


def test_a_label_and_its_person_written_as_a_sentence_inside_a_paragraph_give_the_role() -> None:
    record = _text_page(
        _FORESTS_DAY + "The evening opens with a welcome from Dr. Ann Lee, Director, Boise Forest Lab.\n\n"
        "The discussion will be chaired by Dr. Tom Hart (Idaho Forest Trust). Closing remarks: Prof. Ann Lee.\n"
    )
    assert ("Ann Lee", "closing-remarks", "Boise Forest Lab", "Director") in _people(record)


def test_a_calendars_next_field_under_a_named_presenter_is_not_her_employer() -> None:
    record = _text_page(
        "Knitting the Archive\n\nDate: Tuesday, October 7, 2025\nTime: 4:00pm - 5:00pm\n"
        "Location: Main Library, Room 204, Bangor\n"
        "Presenter: Ruth Calloway\nRegistration: Registration is required. There are 12 seats remaining.\n\n"
        "Ruth Calloway is a senior curator at the Penobscot Museum.\n"
    )
    people = _people(record)
    assert ("Ruth Calloway", "presenter", "Penobscot Museum", "senior curator") in people
    assert not [p for p in people if p[2] and "Registration" in p[2]]


def test_an_authors_calling_before_her_name_leaves_her_the_subject_of_the_sentence() -> None:
    record = _text_page(
        "Salt and Cod\n\nThursday, June 4, 2026\n6:00pm – 7:00pm\nPublic Library, Portland\n\n"
        "Historian Jane Roe will be in conversation with Tom Hart, followed by a book signing.\n"
    )
    people = _people(record)
    assert ("Jane Roe", "speaker", None, None) in people
    assert ("Tom Hart", "moderator", None, None) in people


def test_a_bilingual_pages_post_is_the_capitalised_english_beside_the_lower_case_one() -> None:
    assert _described("Dr. Maria Oost, directrice / Director, Delta Water Lab") == [
        ("Maria Oost", "Director", "Delta Water Lab")
    ]
    assert _described("Ir. Jan Plas, senior adviseur / Senior Adviser, Delta Water Lab") == [
        ("Jan Plas", "Senior Adviser", "Delta Water Lab")
    ]


def test_a_body_named_after_another_languages_article_with_its_initials_is_the_body_without_it() -> None:
    record = _text_page(
        "Delta Futures\n\nDatum / Date: 4 februari 2026 / 4 February 2026\nTijd / Time: 19.00 – 21.00\n"
        "Locatie / Venue: Stadhuis, Middelburg\n\n"
        "Het Delta Water Lab (DWL) nodigt u uit voor een avond over de kust.\n\n"
        "Welkomstwoord / Welcome: Dr. Maria Oost, directrice / Director, DWL\n"
    )
    assert [o.name for o in record.organizers] == ["Delta Water Lab"]
    assert ("Maria Oost", "introductory-remarks", "Delta Water Lab", "Director") in _people(record)


def test_a_two_step_trail_with_a_guillemet_is_a_breadcrumb_not_a_heading_of_people() -> None:
    record = _text_page(
        "Delta Futures — DWL\n\nNL | EN\n\nDELTA WATER LAB\nHome   Over ons / About us   Agenda\n\n"
        "Agenda › Lezing & panel / Lecture & panel\n\nDelta Futures: The Coast in 2060\n\n"
        "Datum / Date: 4 februari 2026 / 4 February 2026\nTijd / Time: 19.00 – 21.00 uur / 7 pm – 9 pm\n"
        "Locatie / Venue: Stadhuis, Middelburg\n\nThe coast of Zeeland is changing fast.\n"
    )
    assert record.name == "Delta Futures: The Coast in 2060"


def test_a_time_field_labelled_in_two_languages_gives_the_events_hours() -> None:
    record = _text_page(
        "Delta Futures\n\nDatum / Date: 4 februari 2026 / 4 February 2026\n"
        "Tijd / Time: 19.00 – 21.00 uur / 7 pm – 9 pm\nLocatie / Venue: Stadhuis, Rotterdam\n\n"
        "The coast of Zeeland is changing fast.\n"
    )
    assert (record.start, record.end) == ("2026-02-04T19:00:00+01:00", "2026-02-04T21:00:00+01:00")
