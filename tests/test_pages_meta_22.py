"""Title, date, organizer and report forms that hold-out set 121 (Longyearbyen, Majuro, Kingstown,
Basseterre, Roseau, South Tarawa, Jamestown and Funafuti pages) showed the ingester missing, one test
per form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import session_role
from kg.pages.people import is_person_name, parse_entries
from kg.pages.reports import find_reports
from kg.pages.sentences import cued_entries
from tests.test_pages_unseen import _html_page, _people, _text_page


def _talk(time_line: str) -> str:
    return (
        "Lantern Club\n\nAutumn Talk\nWrecks of the Outer Reef\n\nSaturday 9th August 2025\n"
        f"{time_line}\nHarbour Hall, 12 Long Wharf, Boston\n\nDr Ana Ruiz, a diver, tells what the reef keeps.\n"
    )


def test_times_set_apart_by_dashes_start_at_the_talk_not_at_the_doors() -> None:
    record = _text_page(_talk("Doors open 6.30pm – talk at 7pm – finishing around 8.45pm"))
    assert (record.start[:16], (record.end or "")[:16]) == ("2025-08-09T19:00", "2025-08-09T20:45")


def test_a_launch_beginning_after_the_doors_ends_when_the_row_says_it_ends_approximately() -> None:
    record = _text_page(_talk("Doors open 5 p.m. | Launch begins 5:30 p.m. | Ends approx. 7 p.m."))
    assert (record.start[:16], (record.end or "")[:16]) == ("2025-08-09T17:30", "2025-08-09T19:00")


def test_a_programmes_closing_reception_until_a_time_in_brackets_ends_an_event_given_only_from_a_time() -> None:
    text = (
        "Reef Week 2024 | Side Event\n\nMangroves and the Mainland\n\n"
        "When: Tuesday 3 December 2024, from 3:00pm\nWhere: Long Wharf Hall, Boston\n\n"
        "Programme\n3:00pm  Welcome – Ana Ruiz, Director, Reef Trust\n"
        "3:15pm  Talk – Tom Hale, Reef Trust\n4:30pm  Drinks (until 5:30pm)\n"
    )
    record = _text_page(text)
    assert (record.start[:16], (record.end or "")[:16]) == ("2024-12-03T15:00", "2024-12-03T17:30")


def test_a_day_written_only_in_words_is_the_day_its_time_elements_datetime_states() -> None:
    html = (
        "<html><head><title>Events | Reef Trust</title></head><body><main>"
        "<h2>Tide Lines: Twenty Years of the Reef Watch</h2>"
        '<p><time datetime="2024-11-22">This Friday</time> · 5:00 – 7:00 pm · Long Wharf Hall, Boston</p>'
        "<p>Volunteers of the Reef Watch tell what twenty years of counting have shown.</p>"
        "<h3>Past events</h3><p>Open Day – 14 March 2024</p></main></body></html>"
    )
    record = _html_page(html)
    assert (record.start[:16], (record.end or "")[:16]) == ("2024-11-22T17:00", "2024-11-22T19:00")


def test_a_date_badge_over_the_heading_takes_the_times_of_the_same_day_restated_under_it() -> None:
    text = (
        "Lantern Club\n\n14\nNOV\n2024\n\nBOOK LAUNCH | Events\n\nWrecks of the Outer Reef\n\n"
        "Thursday, November 14th, 2024\nDoors open 5:30 p.m. | Launch 6:00 – 7:45 p.m.\n"
        "Harbour Hall, 12 Long Wharf, Boston\n\nDr Ana Ruiz, a diver, tells what the reef keeps.\n"
    )
    record = _text_page(text)
    assert (record.start[:16], (record.end or "")[:16]) == ("2024-11-14T18:00", "2024-11-14T19:45")


@pytest.mark.parametrize(
    ("line", "job_title", "affiliation"),
    [
        ("Ana Ruiz, PhD candidate, Reef Trust – Counting 40 Kelp beds by drone", "PhD candidate", "Reef Trust"),
        ("Dr Tom Hale, University of Tasmania – Sea ice at school: a trial", None, "University of Tasmania"),
        ("Mere Vula, Director – Centre for Arctic Research", "Director", "Centre for Arctic Research"),
    ],
)
def test_an_unquoted_talk_title_after_a_dash_is_not_the_speakers_body(
    line: str, job_title: str | None, affiliation: str
) -> None:
    entry = parse_entries(line)[0]
    assert (entry.job_title, entry.affiliation) == (job_title, affiliation)


@pytest.mark.parametrize(
    ("item", "role"),
    [
        ("10.00am  Blessing and welcome – Ana Ruiz, Director, Reef Trust", "introductory-remarks"),
        ("9:00  Prayer & welcome – Mere Vula, Principal", "introductory-remarks"),
        ("9:00  Opening prayer – Rev. Tom Hale", "speaker"),
    ],
)
def test_a_prayer_that_opens_the_welcome_is_the_welcome(item: str, role: str) -> None:
    assert session_role(item) == role


@pytest.mark.parametrize("place", ["Lower Kessington", "Upper Brannock", "Port Amsel", "Fort Tullane"])
def test_a_town_named_by_its_lower_upper_port_or_fort_is_no_persons_name(place: str) -> None:
    # a venue line 'Museum of the Reef, Lower Kessington' under the date lists no one
    assert not is_person_name(place)
    assert not parse_entries(f"Museum of the Reef, {place}")


def test_a_working_paper_numbered_by_its_series_letters_and_year_is_launched_and_presented() -> None:
    item = '11.00am Launch of Discussion Paper DP 2025-07, "Salt in the Wells", presented by its author Ana Ruiz'
    assert [(r.name, r.number) for r in find_reports([item])] == [("Discussion Paper DP 2025-07", "DP 2025-07")]
    assert session_role(item) == "presenter"


def test_initials_after_a_unit_at_its_body_are_the_bodys() -> None:
    text = (
        "Reef Talks\n\nSalt in the Wells\n\nTuesday 3 December 2024, 3:00 – 4:30pm\nLong Wharf Hall, Boston\n\n"
        "The talk is organised by the Department of Reef Ecology at the Harbour Marine Institute (HMI).\n\n"
        "Speaker: Dr Ana Ruiz, Lecturer, HMI\n"
    )
    people = _people(_text_page(text))
    assert ("Ana Ruiz", "speaker", "Harbour Marine Institute", "Lecturer") in people


def test_who_chairs_or_moderates_a_session_after_its_titles_sentence_holds_that_role() -> None:
    text = (
        "Reef Days 2024\n\nTides, Ports and People\n\nTuesday 3 December 2024, 9:00am – 4:30pm\n"
        "Long Wharf Hall, Boston\n\nProgramme\n\n"
        "09.00 Welcome – Mere Vula, Director, Reef Trust\n\n"
        "10.00 Session 1: Tides and the old harbour. Chair: Dr Ana Ruiz (Reef Trust)\n\n"
        "14.00 Round table: Who owns the shore? Moderated by Tom Hale\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(text))}
    assert {("Ana Ruiz", "chair"), ("Tom Hale", "moderator")} <= people
    assert not {("Ana Ruiz", "speaker"), ("Tom Hale", "panelist")} & people


def test_a_cue_naming_the_post_before_its_holder_gives_her_that_post() -> None:
    entries = cued_entries("The evening will be chaired by the Harbour Librarian, Mrs Ana Ruiz-Vega.")
    assert [(e.name, e.role, e.job_title) for e in entries] == [("Ana Ruiz-Vega", "chair", "Harbour Librarian")]


def test_a_second_presenter_joined_after_what_the_sentence_says_of_the_first_is_cued_too() -> None:
    entries = cued_entries(
        "The talk will be presented by Dr Ana Ruiz, Fellow of the Trust, who edited the volume, together with "
        "Tom Hale, Archivist at the Harbour Museum, whose chapter maps the wrecks."
    )
    assert [(e.name, e.role, e.job_title, e.affiliation) for e in entries] == [
        ("Ana Ruiz", "presenter", "Fellow of the Trust", None),
        ("Tom Hale", "presenter", "Archivist", "Harbour Museum"),
    ]


def test_words_of_welcome_from_a_senator_in_a_programme_are_her_introductory_remarks() -> None:
    text = (
        "Reef Evening\n\nTides, Ports and People\n\nTuesday 3 December 2024, 6:00 – 8:00pm\n"
        "Long Wharf Hall, Boston\n\nProgramme\n6:00 pm – Words of welcome from Senator Ana Ruiz-Vega\n"
        "6:15 pm – Talk: Dr Tom Hale, Reef Trust\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(text))}
    assert ("Ana Ruiz-Vega", "introductory-remarks") in people


@pytest.mark.parametrize("clause", ["who restored the wrecks' logs", "whose chapter maps the wrecks"])
def test_a_relative_clause_after_a_cued_persons_post_is_not_her_post(clause: str) -> None:
    entries = cued_entries(f"The talk will be given by Tom Hale, senior archivist, {clause}.")
    assert [(e.name, e.job_title) for e in entries] == [("Tom Hale", "senior archivist")]


def test_hold_out_set_121_meets_the_target_in_title_start_end_people_and_roles() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-121" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 121): affiliations and job titles ('Post in the Institute's Unit',
    # 'a conversation moderated by X, post at the Institute, with Y', 'the College Librarian', a councillor's
    # committee), reports (a journal's special issue and an issue by volume and number; 'SASC Report Series
    # No. 12' keeps the initials of a bare kind), organizers, sponsors ('With thanks to' logos; 'X and the Y'),
    # locality (towns under the gazetteer's 15,000 people) and attendance (a radio or Facebook stream)
    fields = ("title", "start", "end", "people", "roles")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["affiliations"].f1 > 0.75 and scores["reports"].f1 > 0.7


def test_a_programme_item_opened_by_its_person_who_presents_a_numbered_work_is_her_presentation() -> None:
    text = (
        "Reef Evening\n\nTides, Ports and People\n\nTuesday 3 December 2024, 6:00 – 8:00pm\n"
        "Long Wharf Hall, Boston\n\nProgramme\n6:00 pm – Welcome by Mere Vula\n"
        "6:30 pm – Dr. Ana Ruiz, director of the Reef Records Unit, presents Field Brief #3: What the Logs Say\n"
    )
    assert ("Ana Ruiz", "presenter", "Reef Records Unit", "director") in _people(_text_page(text))
