"""Forms that hold-out set 92 (online and hybrid events of Nouméa, Fredericton, Bern, Lilongwe,
Kaohsiung, Bilbao, San Diego and Guwahati whose times are written across time zones) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.people import is_person_name, parse_entries
from tests.test_pages_unseen import _html_page, _text_page


def test_a_time_in_a_named_citys_clock_is_a_time_line_not_a_programme_item() -> None:
    # '09:00–10:00 Papeete (UTC-10)': the hours in the clock of a city that names a zone, not an
    # item titled 'Papeete'; the 'Online' line under the date block says where, not the footer
    page = (
        "Events\n\nReef Futures Webinar 3\n\nCoral Bleaching and the Tourism Economy of French Polynesia\n\n"
        "Tuesday 9 September 2025\n09:00–10:00 Papeete (UTC-10)\n\n"
        "Also: Tuesday 9 September, 19:00–20:00 UTC | Wednesday 10 September, 07:00–08:00 Auckland\n\n"
        "Online – Microsoft Teams\nFree, registration required\n\n"
        "Reef scientists and tour operators discuss the season's bleaching and what it costs the islands.\n\n"
        "Reef Futures Network\n14 avenue Pouvanaa a Oopa, BP 5120, 98713 Papeete, Tahiti\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-09-09T09:00:00-10:00", "2025-09-09T10:00:00-10:00")
    assert record.attendance_mode == "online"


def test_a_series_page_is_titled_by_the_one_session_it_announces() -> None:
    # '<h1>Series</h1> … <h2>Upcoming webinar</h2><h3>Title</h3>' with past sessions below: the
    # event is the coming session, not the series, nor the heading over it
    page = (
        "<html><head><title>Harbour Cities Lecture Series - Coastline Forum</title></head><body>"
        "<main><h1>Harbour Cities Lecture Series</h1><p>A monthly online lecture on port cities.</p>"
        "<h2>Upcoming webinar</h2><h3>Dredging, Silt and the Shrinking Port of Valparaíso</h3>"
        "<p>Thursday, March 5, 2026 | 4:00–5:00 p.m. ET</p><p>Online via Zoom</p>"
        "<p><strong>Speaker</strong></p><ul><li>Dr. Inés Calloway-Vera, Senior Engineer, Pacific Ports Lab</li></ul>"
        "<h2>Past webinars</h2><h4>Rotterdam after Coal</h4><p>February 5, 2026</p>"
        "<h4>The Lagos Lagoon Ferries</h4><p>January 8, 2026</p></main></body></html>"
    )
    record = _html_page(page)
    assert record.name == "Dredging, Silt and the Shrinking Port of Valparaíso"
    assert record.start == "2026-03-05T16:00:00-05:00"


def test_a_head_title_cut_at_the_colon_gives_way_to_the_heading_that_prints_it_whole() -> None:
    # '<title>SCRI :: Events :: Salt in the Delta</title>' over an h3 'Salt in the Delta: …' with no
    # h1: the site's <title> keeps the part before the colon, the page's heading the whole title
    page = (
        "<html><head><title>SCRI :: Events :: Salt in the Delta</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/events'>Events</a></nav>"
        "<section><h2>Events</h2><span class='badge'>Seminar</span>"
        "<h3>Salt in the Delta: Farming the Mekong as the Sea Moves Inland</h3>"
        "<p><b>Date:</b> 12/05/2025 (Monday)</p><p><b>Time:</b> 14:00 – 15:30 ICT</p>"
        "<p>Dr. Pham Thi Lan, Senior Researcher, Southern Climate Research Institute, will speak.</p>"
        "</section></body></html>"
    )
    assert _html_page(page).name == "Salt in the Delta: Farming the Mekong as the Sea Moves Inland"


@pytest.mark.parametrize("text", ["Harbours Without Ships", "Towns Between Rivers", "Farms Against Floods"])
def test_a_title_head_joined_by_a_preposition_is_no_persons_name(text: str) -> None:
    # 'Rivers Without Borders: Subtitle' is a title's head, not an author before the book's title
    assert not is_person_name(text)


def test_a_table_row_with_a_bold_label_cell_is_a_field_not_a_name() -> None:
    # '<td><strong>Language</strong></td><td>Spanish</td>' after the moderator's row: a field, not a
    # person 'Spanish Language' written family name first
    page = (
        "<html><head><title>Forum</title></head><body><main><h1>Glaciers and the Andean Water Deal</h1>"
        "<table><tr><td><strong>Date</strong></td><td>2025-10-02 (Thu.)</td></tr>"
        "<tr><td><strong>Time</strong></td><td>10:00–11:30 (GMT-3)</td></tr>"
        "<tr><td><strong>Speaker</strong></td><td>Dr. Rosa Quispe Mamani, Hydrologist, Andean Water Lab</td></tr>"
        "<tr><td><strong>Moderator</strong></td><td>Prof. Tomás Ibáñez Ruiz, Director, Cordillera Centre</td></tr>"
        "<tr><td><strong>Language</strong></td><td>Spanish</td></tr></table></main></body></html>"
    )
    record = _html_page(page)
    assert {p.person.name for p in record.participants} == {"Rosa Quispe Mamani", "Tomás Ibáñez Ruiz"}


def test_legal_counsel_after_a_name_is_the_job_title_not_a_second_person() -> None:
    # 'Name, Legal Counsel, Org': 'Counsel' may end a family name, but 'Legal Counsel' is a post
    entries = parse_entries("Mere Tuilagi-Fonoti, Legal Counsel, Oceania Shipping Registry (Apia)")
    assert [(e.name, e.job_title, e.affiliation) for e in entries] == [
        ("Mere Tuilagi-Fonoti", "Legal Counsel", "Oceania Shipping Registry")
    ]


def test_a_bracketed_city_with_its_dotted_state_after_an_organisation_is_no_affiliation() -> None:
    # 'Org (Washington, D.C.)': the bracket closes after the last stop of 'D.C.', a place, not the
    # employer, and the organisation before it is no part of the post
    entries = parse_entries("Dr. Mara Lindqvist, Fellow, Potomac Trade Forum (Washington, D.C.)")
    assert [(e.name, e.job_title, e.affiliation) for e in entries] == [
        ("Mara Lindqvist", "Fellow", "Potomac Trade Forum")
    ]


def test_a_schools_initials_and_city_after_a_talk_are_the_speakers_employer_not_a_second_speaker() -> None:
    # '14:25 Talk: "X" – Name, Post, EPFL Lausanne': initials in capitals and a city name a school, not
    # a person written family name first in capitals ('LEE Sung-min')
    page = (
        "Snow and Money\n\nDate: 2025-02-11\n\nProgramme\n"
        '14:25 Talk: "Ski lifts without snow" – Dr. Lena Marti, Professor of Tourism Economics, EPFL Lausanne\n'
        "14:45 Discussion\n"
    )
    record = _text_page(page)
    assert {(p.person.name, p.affiliation.name if p.affiliation else None) for p in record.participants} == {
        ("Lena Marti", "EPFL Lausanne")
    }


def test_a_french_name_written_small_after_its_first_word_is_read_whole() -> None:
    # 'with the support of the Agence régionale de coopération (ARC)': French writes the words after
    # the first small; the name is not cut to 'Agence'
    page = (
        "Lagoon Talks\n\nDate: 2025-09-03, 10:00 CET\n\n"
        "The talks are organised by the Lagoon Institute with the support of the Agence régionale de "
        "coopération (ARC).\n"
    )
    record = _text_page(page)
    assert [o.name for o in record.sponsors] == ["Agence régionale de coopération"]


def test_a_broadcasters_presenter_is_a_post_not_a_persons_name() -> None:
    # 'Name' / 'Drive Presenter, Radio Tasman': the post and the station of the person above, not a
    # person named 'Drive Presenter'
    assert not is_person_name("Drive Presenter")
    entries = parse_entries("Aroha Pene-Walsh, Drive Presenter, Radio Tasman")
    assert [(e.name, e.job_title, e.affiliation) for e in entries] == [
        ("Aroha Pene-Walsh", "Drive Presenter", "Radio Tasman")
    ]


def test_hold_out_set_92_meets_the_target_in_every_field() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-92" / "expected.yaml")
    # all twelve fields: what is left (a round table's people under a chair read as panelists,
    # 'NSYSU' not matched to the university the page spells out, a contact's employer, '(MaREI)' in
    # a job title) keeps roles, affiliations and job titles at 0.96-0.98 (docs/ingest.md, set 92)
    assert {name: round(score.f1, 3) for name, score in scores.items() if score.f1 < 0.9} == {}
    assert len(scores) == 12
