"""Forms that hold-out set 69 (seed-rendering pages of the Lowy Institute, the East-West Center,
the Belfer Center, ISEAS, the Real Instituto Elcano, Clingendael, the Stimson Center and the Asan
Institute) showed the ingester missing, one test per form. Each page here is written for the form,
not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import stated_hosts
from kg.pages.people import describe, parse_entries
from kg.pages.sentences import bio, stated_roles
from tests.test_pages_unseen import _people, _text_page


def _report_names(page: str) -> set[str]:
    return {r.name for r in _text_page(page).reports}


def test_a_heading_that_starts_like_a_role_label_over_the_date_is_the_title() -> None:
    # 'Presentation of X: "Y"' reads like a 'Presentation of the paper:' row, but no person
    # follows it: it stands over the event's date, where a page prints its heading
    page = (
        "Instituto Meridiano\nHome | Activities\n\n"
        'Presentation of Meridiano Study 3/2012: "Ports and Power in the Western Mediterranean"\n\n'
        "Date: 14/03/2012\nTime: 10:00 - 11:30 h\nVenue: Calle Mayor 10, Valencia\n\n"
        "Chair: Rosa Ibáñez Torres, Director, Instituto Meridiano\n"
    )
    record = _text_page(page)
    assert record.name == 'Presentation of Meridiano Study 3/2012: "Ports and Power in the Western Mediterranean"'
    assert ("Rosa Ibáñez Torres", "chair", "Instituto Meridiano", "Director") in _people(record)


def test_a_programme_row_whose_time_ends_in_h_gives_its_people_the_rows_role() -> None:
    # '12:10 h Comments' is the 'Comments' row: the clock's unit after the time is no part of the item
    page = (
        "Water and the City\n\nDate: 9 May 2013\nVenue: Plaza de España 4, Sevilla\n\nProgramme\n\n"
        "17:00 h Presentation of the report\nMarta Gil Campos, Researcher, Observatorio del Agua\n\n"
        "17:30 h Comments\nJosé Luis Pardo, Professor of Geography, Universidad de Sevilla\n\n"
        "18.15 Uhr Closing remarks\nIrene Salas, Director, Observatorio del Agua\n"
    )
    roles = {(n, r) for n, r, *_ in _people(_text_page(page))}
    assert ("Marta Gil Campos", "presenter") in roles
    assert ("José Luis Pardo", "discussant") in roles
    assert ("Irene Salas", "closing-remarks") in roles


def test_a_section_heading_about_the_event_is_no_title() -> None:
    # an in-page menu repeats 'About the Seminar', which would otherwise outvote the heading
    page = (
        "Harbour Research Institute\n\nSeminar on “Tides, Trade and the Straits”\n\n"
        "In this Seminar\nAbout the Seminar\nAbout the Speakers\n\n"
        "Date : Monday, 7 March 2022\nTime : 10.00 am – 11.30 am (Singapore Time)\n\n"
        "About the Seminar\nShipping through the straits has doubled in twenty years.\n"
    )
    assert _text_page(page).name == "Seminar on “Tides, Trade and the Straits”"


def test_an_acronym_a_spaced_hyphen_and_an_institute_are_one_organisation() -> None:
    # 'ABC - Name Institute' is the institute's full name, as with an en dash
    entry = parse_entries("Jane Roe, Senior Fellow, Maritime Programme, HRI - Tan Ah Kow Institute")[0]
    assert (entry.job_title, entry.affiliation) == ("Senior Fellow, Maritime Programme", "HRI – Tan Ah Kow Institute")
    assert describe("Senior Fellow - Harvard University") == ("Senior Fellow", "Harvard University")


def test_a_bio_that_writes_a_cards_post_unit_and_organisation_after_is_gives_the_post_and_employer() -> None:
    assert bio("Ms Siti Rahmah is Senior Economist, Monetary Policy Department, Bank Negara Malaysia.") == (
        "Siti Rahmah",
        "Senior Economist, Monetary Policy Department",
        "Bank Negara Malaysia",
    )
    assert bio("Mr Ben Lau is Head of Public Affairs, Asia Pacific, Paywave.") == (
        "Ben Lau",
        "Head of Public Affairs, Asia Pacific",
        "Paywave",
    )
    assert bio("Jane Doe is Professor of History, and she writes on the ports of Rome.") is None


def test_a_title_whose_head_reads_like_a_name_is_no_author_when_a_sentence_writes_it_whole() -> None:
    # 'Quiet Harbours: …' under a 'Report Launch' tag, and 'for the launch of Quiet Harbours: …' in
    # the text: the report's own title, not 'Author: Book'
    page = (
        "Quiet Harbours: Fishing Towns and the Energy Transition\n\nReport Launch\n\n"
        "Date: Tuesday, May 9, 2017 - 10:00am to 11:30am\nLocation: 12 Harbor Street, Boston, MA 02110\n\n"
        "Join us for the launch of Quiet Harbours: Fishing Towns and the Energy Transition, the fruit of two "
        "years of fieldwork. Co-authors Jane Roe and John Doe will present the report's findings.\n"
    )
    assert _report_names(page) == {"Quiet Harbours: Fishing Towns and the Energy Transition"}


def test_the_launch_of_a_new_analysis_names_the_work_after_its_kind() -> None:
    # 'a new Harbour Institute Analysis, X, by Y': the series calls its works analyses
    page = (
        "Tides of Change\n\nDate & Time3 May 2018, 6.00pm – 7.00pm AEST\nVenue31 Pier Street, Sydney NSW 2000\n\n"
        "The Harbour Institute hosted the launch of a new Harbour Institute Analysis, Tides of Change: "
        "Ports and Power in the Pacific, by Dr Jane Roe.\n"
    )
    assert _report_names(page) == {"Tides of Change: Ports and Power in the Pacific"}


def test_a_speaker_who_will_present_findings_from_his_new_paper_after_a_lead_in_is_its_presenter() -> None:
    # 'In this seminar Dr. X will present …': no comma after the lead-in, six words before 'paper'
    sentence = (
        "In this seminar Dr. Ana Kealoha will present findings from her new Pacific Islands Policy paper, "
        "based on fieldwork in Fiji."
    )
    assert [(e.name, e.role) for e in stated_roles(sentence)] == [("Ana Kealoha", "presenter")]


def test_a_host_that_organises_the_event_together_with_another_names_both_organisers() -> None:
    hosts, sponsors = stated_hosts(
        "The Harbour Centre's Ports Unit organises this seminar together with the Tide Institute."
    )
    assert "Tide Institute" in hosts and sponsors == []
    assert stated_hosts("She organises the festival together with her sister.") == ([], [])


def test_hold_out_set_69_meets_the_target_in_every_field_but_organizers_locality_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-69" / "expected.yaml")
    # organizers (0.75: 'This is a X / Y seminar', 'join the Stimson Center's X and Y programs'),
    # locality (0.83: a venue line ending '& online', a venue named only by the institute) and
    # attendance (0.67: a venue alone, which the answers take for offline, is read as no mode): see
    # docs/ingest.md, set 69
    others = ("organizers", "locality", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["organizers"].f1 > 0.7
