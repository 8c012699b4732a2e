"""Title forms that hold-out set 107 (Aalborg, Nagasaki, Bloemfontein, Sacramento, Limassol, Fremantle,
Samarkand and Charleston pages) and the first runs of older sets showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.title import clean_title
from tests.test_pages_unseen import _html_page, _text_page

_HEAD = "<html><head><title>{head}</title></head><body>{body}</body></html>"


def test_a_heading_opening_with_a_count_and_a_colon_is_a_title() -> None:
    body = (
        '<header><a class="logo" href="/">Harbourline Policy Centre</a></header>'
        '<p class="kicker">Briefing · Transport</p>'
        "<h1><span>40</span> Years of Open Borders: What Has the Ferry Link Changed?</h1>"
        "<p>Tuesday, 3 March 2026, 10:00 – 11:30</p>"
        "<p>Speakers: Dr Ilse Varga, Senior Fellow, Harbourline Policy Centre</p>"
    )
    record = _html_page(_HEAD.format(head="40 Years | Harbourline Policy Centre", body=body))
    assert record.name == "40 Years of Open Borders: What Has the Ferry Link Changed?"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            (
                "Tidewater Fisheries Network\n\nEvents\n\nREGIONAL DIALOGUE\n\n"
                "3rd Regional Dialogue on Small-Scale Fisheries Governance\n\n"
                "Wednesday, 14 October 2026\n09:00 – 13:00\n41 Harbour Road, Walvis Bay\n\n"
                "The network invites members and partners to its third regional dialogue.\n"
            ),
            "3rd Regional Dialogue on Small-Scale Fisheries Governance",
            id="a_text_heading_opening_with_an_ordinal_is_a_title_and_an_address_is_not",
        ),
        pytest.param(
            (
                "Institute for Rural Studies\n\nPUBLIC LECTURE\n\n"
                "The 12th Annual Mabel Dlomo Memorial Lecture\n"
                'Theme: "Seeds, Soil and Sovereignty in the Karoo"\n\n'
                "Tuesday, 6 October 2026\n17:30 – 19:00\nSenate Hall, 12 Church Street, Graaff-Reinet\n\n"
                "The Institute for Rural Studies invites you to its annual memorial lecture.\n"
            ),
            "The 12th Annual Mabel Dlomo Memorial Lecture: Seeds, Soil and Sovereignty in the Karoo",
            id="a_named_lecture_joins_the_theme_line_under_it",
        ),
        pytest.param(
            (
                "Coastal Towns Alliance\n\n"
                "Stakeholder Forum on Municipal Water Tariffs\n\n"
                "Theme: Who Pays for the Pipes? Tariffs, Subsidies and Fairness\n\n"
                "Date: Thursday, 12 November 2026\nTime: 09:00 – 14:00\nVenue: Town Hall, 3 Main Road, Knysna\n\n"
                "The alliance invites councillors and residents to a forum on tariffs.\n"
            ),
            "Stakeholder Forum on Municipal Water Tariffs",
            id="a_theme_line_under_a_forum_heading_is_neither_the_title_nor_part_of_it",
        ),
        pytest.param(
            (
                "Budget Season | Centre for Civic Life | Riverside College\n\n"
                "Riverside College\nCentre for Civic Life\n\nAbout\nPrograms\nEvents\nContact\n\n"
                "MAR\n5\n\n\nCIVIC MORNINGS SERIES\n\n"
                "Budget Season: What the County Can Still Afford\n\n"
                "Thursday, March 5, 2026\n8:00 a.m. – 9:30 a.m.\n"
                "Riverside College Library, 200 Elm Street, Dayton, OH 45402\n\n"
                "Join county commissioners for breakfast and a conversation about the budget.\n"
            ),
            "Budget Season: What the County Can Still Afford",
            id="a_day_badge_over_the_kicker_and_heading_keeps_the_full_date_block_under_them",
        ),
        pytest.param(
            (
                "Northshore District Hospital\n\nHome\nAbout Us\nNews and Events\n\n"
                "Home » News and Events » 9th Annual Nursing Research Congress and Quality Summit\n\n"
                "9th Annual Nursing Research Congress and Quality Summit\nPosted on June 2, 2026 by admin\n\n"
                "“Safe Staffing, Safe Patients: What the Evidence Says”\n\n"
                "The Nursing Research Office invites all staff to its annual congress.\n\n"
                "When: June 24, 2026 (Wednesday), 8:00 AM – 4:00 PM\n"
                "Where: Hospital Auditorium, 2nd Floor, 15 Bay Road, Cebu City\n"
            ),
            "9th Annual Nursing Research Congress and Quality Summit",
            id="an_ordinal_heading_named_by_the_breadcrumb_wins_over_the_quoted_theme_under_it",
        ),
        pytest.param(
            (
                "Centre for Maritime Law\n\nEvents\n\n"
                "Annual Harbour Law Lecture 2026\n"
                "Flags of Convenience and the Duty to Rescue at Sea\n\n"
                "Tuesday 10 November 2026, 18.00 - 19.30\nAula Magna, Kaistraat 4, 2000 Antwerp\n\n"
                "The centre welcomes Judge Marit Solberg to deliver its annual lecture.\n"
            ),
            "Annual Harbour Law Lecture 2026: Flags of Convenience and the Duty to Rescue at Sea",
            id="a_named_lecture_of_one_year_joins_the_title_under_it_above_the_date",
        ),
        pytest.param(
            (
                "Observatório do Litoral\n\nInício › Eventos › Encontro aberto\n\n"
                "ENCONTRO ABERTO\n\n"
                "Pesca e turismo na costa alentejana: quem decide o futuro?\n\n"
                "Data: 12 de março de 2026\nHorário: 18h00 – 19h30\nLocal: Biblioteca Municipal, Rua do Mar 3, Sines\n"
            ),
            "Pesca e turismo na costa alentejana: quem decide o futuro?",
            id="a_short_kicker_in_capitals_over_the_heading_is_not_the_title_in_any_language",
        ),
        pytest.param(
            (
                "Island Civic Trust\n\nAWARDS NIGHT\n\n"
                "2026 Community Service Awards\nand the Fourth Lady Mabel Ross Lecture\n\n"
                "Saturday, 21 November 2026\n7:00 p.m. – 9:00 p.m.\nTown Hall, Main Street, Kingstown\n"
            ),
            "2026 Community Service Awards and the Fourth Lady Mabel Ross Lecture",
            id="a_heading_set_on_two_lines_the_second_led_by_and_is_read_whole",
        ),
        pytest.param(
            (
                "Home › Committees › Health › Rural ambulances › Public hearings\n\n"
                "Legislative Council Portfolio Committees on Health\n\n"
                "Public hearing: Rural ambulance response times in western New South Wales\n\n"
                "Dubbo, Monday 9 March 2026\n\n"
                "Committee\nPortfolio Committee No. 2 – Health\n"
                "Inquiry\nRural ambulance response times in western New South Wales\n"
                "Date\nMonday, 9 March 2026\nTime\n9.30 am – 3.00 pm (AEDT)\n"
                "Location\nMacquarie Room, Civic Centre, 25 Church Street, Dubbo\n"
            ),
            "Public hearing: Rural ambulance response times in western New South Wales",
            id="a_heading_that_writes_its_type_before_a_colon_beats_the_field_that_repeats_the_name",
        ),
        pytest.param(
            (
                "Instituto de Estudios Urbanos\n\nCONVERSATORIO\n\n"
                "¿Quién construye la ciudad? Vivienda y suelo en el Gran Mendoza\n\n"
                "Jueves 8 de octubre de 2026, 18:00 a 20:00\nAula Magna, Av. San Martín 1200, Mendoza\n"
            ),
            "¿Quién construye la ciudad? Vivienda y suelo en el Gran Mendoza",
            id="a_spanish_question_opening_with_its_inverted_mark_is_a_title",
        ),
    ],
)
def test_text_page_title_forms(text: str, title: str) -> None:
    assert _text_page(text).name == title


def test_low_and_high_quotes_around_a_quoted_title_are_a_pair() -> None:
    assert clean_title("Okrugli stol „Luke i gradovi: tko plaća?“") == "Okrugli stol „Luke i gradovi: tko plaća?“"


def test_hold_out_set_107_meets_the_target_in_title_start_end_people_and_reports() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-107" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 107): roles (a round table's 'Participants:' read as speakers, 'a
    # conversation with X' in prose), affiliations and job titles ('Post, Org, Unit', a legislator's district,
    # a 'Programme Director:' line), organizers (partners named 'together with', 'in partnership with',
    # 'Co-organized by'), sponsors ('Supported by' two public bodies), locality (a district 'Aalborg Øst', a
    # campus venue) and attendance (streaming in prose)
    fields = ("title", "start", "end", "people", "reports")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.8 and scores["job titles"].f1 > 0.8
