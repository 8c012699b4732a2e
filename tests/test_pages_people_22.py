"""People, role, affiliation and job-title forms that hold-out set 120 (Waterford, Burlington, Santa Fe,
Duluth, Truro, Paramaribo, Bozeman and Lubbock pages) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
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


def test_a_one_year_editions_name_takes_the_sentence_case_line_under_it_as_its_subtitle() -> None:
    record = _text_page(
        "Coastal Fisheries Forum 2026 | Gulf Fisheries Center\n\nHome / Events / Coastal Fisheries Forum 2026\n\n"
        "Coastal Fisheries Forum 2026\nWho will fish the Gulf in 2040?\n\n"
        "Tuesday, February 10, 2026 | 9:00 a.m. – 12:00 p.m. CST\nHarbor Hall, Galveston\n\n"
        "A morning on the future of the Gulf's small fishing fleets.\n"
    )
    assert record.name == "Coastal Fisheries Forum 2026: Who will fish the Gulf in 2040?"


def test_a_programme_items_presentation_of_a_work_named_by_its_kind_is_a_report() -> None:
    record = _text_page(
        "Delta Futures\n\nWednesday 4 February 2026\n19.00 – 21.00\nStadhuis, Rotterdam\n\nProgramme\n\n"
        "19.10  Remarks\n       H.E. Mr. Jan Smit, Ambassador of the Netherlands to Belgium, and guests of the port\n"
        "19.30  Presentation: Rhine Delta Flood Atlas 2026\n       Dr. Anna Vos, Senior Researcher, Delta Water Lab\n"
        "19.50  Presentation: Why Cities Flood\n       Dr. Piet Kok, Lecturer, Delta Water Lab\n"
    )
    assert [(r.name, r.report_number) for r in record.reports] == [("Rhine Delta Flood Atlas 2026", None)]


def test_the_bodys_post_in_the_possessive_before_the_name_gives_post_and_the_body_the_page_names_in_full() -> None:
    record = _text_page(
        _FORESTS_DAY + "The Idaho Forest Law Journal presents its annual symposium on timber rights.\n\n"
        "The Law Journal's Managing Editor, Nora Pike, will welcome attendees at 9:00 a.m.\n"
    )
    # (the body as the page names it, the organizer: one organisation)
    organizer = record.organizers[0].name
    assert organizer.endswith("Idaho Forest Law Journal")
    assert ("Nora Pike", "introductory-remarks", organizer, "Managing Editor") in _people(record)


def test_hold_out_set_120_keeps_the_levels_its_fixes_reached() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-120" / "expected.yaml")
    # left below 1.0 (docs/ingest.md, set 120): a LibCal 'Presenter:' field over the author the text names as
    # speaker, 'Toespraak / Remarks' by an ambassador, 'Panel: Recruiting and Keeping Nurses' read as a name,
    # 'Past Kitchi Gami Lectures' as a person, 'X, RN, is workforce director for Y', 'chief nursing officer at Y
    # in Town', a unit before its university in brackets, 'X and the Fond du Lac Band of … present'
    fields = ("title", "start", "end", "people", "roles", "affiliations", "reports", "job titles")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 == 1.0 and scores["reports"].f1 == 1.0 and scores["end"].f1 == 1.0
    assert scores["roles"].f1 > 0.95 and scores["affiliations"].f1 > 0.97 and scores["job titles"].f1 > 0.93
    assert scores["organizers"].f1 > 0.8 and scores["sponsors"].f1 == 1.0


def test_two_works_presented_in_one_programme_item_are_no_one_work_named_by_its_kind() -> None:
    record = _text_page(
        "Delta Futures\n\nWednesday 4 February 2026\n19.00 – 21.00\nStadhuis, Rotterdam\n\nProgramme\n\n"
        "19.30  Presentation: Delta Outlook 2026 and Flood Defence Review 2025\n"
        "19.50  Presentation of the Policy Brief and the Harbour Monitor\n"
    )
    assert not [r.name for r in record.reports if " and " in r.name]
