"""Hold-out set 96 (roles): the general forms its pages showed, each on made-up text."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.gazetteer import town_zone
from kg.pages.people import bare_name
from kg.pages.sentences import clause_roles, cued_entries, presenting_authors
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_definition_term_over_several_values_gives_each_value_its_role() -> None:
    # '<dt>Respondents</dt><dd>A (Org)</dd><dd>B (Org)</dd>': the later values are lines of the same
    # field, not blocks apart that leave them without the role
    html = (
        "<html><head><title>Rivers Across Borders</title></head><body><main><h1>Rivers Across Borders</h1>"
        "<p>Tuesday, 3 June 2025, 17:00 – 19:00</p><dl>"
        "<dt>Respondents</dt><dd>Dr. Ines Lomberg (Danube Water Institute)</dd>"
        "<dd>Pavel Hruska (Moravian River Authority)</dd><dd>Dr. Sofia Endres (Tyrolean Water Forum)</dd>"
        "<dt>Moderation</dt><dd>Karin Weisz (Alpine Daily)</dd></dl></main></body></html>"
    )
    people = {(name, role) for name, role, _, _ in _people(_html_page(html))}
    assert {("Pavel Hruska", "respondent"), ("Sofia Endres", "respondent")} <= people
    assert ("Karin Weisz", "moderator") in people


def test_the_sides_of_an_oxford_style_debate_are_its_speakers() -> None:
    # 'For the motion' / 'Against the motion' (or 'Proposing' / 'Opposing'): each side's people give
    # the debate's speeches; the page's chair is apart
    text = (
        "This House Would Ban Private Cars from City Centres\n\n"
        "Wednesday 12 February 2025, 7.00pm - 8.30pm\nGuildhall, Exeter\n\n"
        "Chair: Fiona Marsh, presenter, Radio Devon\n\n"
        "Proposing the motion\n\nTomasz Wilk\nTransport Planner, Westcountry Mobility Trust\n\n"
        "Opposing the motion\n\nDr Helen Oakes\nSenior Lecturer in Economics, University of Plymouth\n"
    )
    people = {(name, role) for name, role, _, _ in _people(_text_page(text))}
    assert {("Tomasz Wilk", "speaker"), ("Helen Oakes", "speaker"), ("Fiona Marsh", "chair")} <= people


def test_resource_persons_under_a_roundtables_moderator_are_its_panelists() -> None:
    text = (
        "Roundtable on Coastal Fisheries\n\nDate: 4th March 2024\nTime: 9.30 a.m. - 12.30 p.m.\n"
        "Venue: Council Chamber, University of Ruhuna\n\n"
        "Moderator:\nDr. Kasun Perera, Senior Lecturer, University of Ruhuna\n\n"
        "Resource Persons:\nMs. Dilani Fernando, Director, Coastal Livelihoods Trust\n"
        "Mr. Roshan Silva, President, Southern Fisheries Cooperative\n"
    )
    people = {(name, role) for name, role, _, _ in _people(_text_page(text))}
    assert {("Dilani Fernando", "panelist"), ("Roshan Silva", "panelist")} <= people
    assert all(name != "Resource Persons" for name, _ in people)


def test_a_sidebars_quick_links_heading_is_no_speaker() -> None:
    text = (
        "Seminar on Rural Credit\n\nDate: 9th May 2022\nTime: 10.00 a.m. - 12.00 noon\n\n"
        "Speaker:\nDr. Anura Jayasekara, Senior Lecturer, University of Kelaniya\n\n"
        "Quick Links\n   Faculty of Management\n   Library\n   Webmail\n"
    )
    names = {name for name, _, _, _ in _people(_text_page(text))}
    assert names == {"Anura Jayasekara"}


def test_the_lead_author_named_after_her_post_who_will_then_present_the_findings_is_a_presenter() -> None:
    line = (
        "Dr. Omar Haddad, Research Fellow at the Levant Fiscal Forum and the study's lead author, will then "
        "present its key findings."
    )
    assert [(e.name, e.role) for e in presenting_authors(line)] == [("Omar Haddad", "presenter")]


def test_comments_on_the_paper_will_come_from_names_its_discussants() -> None:
    line = (
        "Comments on the report will come from Nadia Karam, Economist at the Central Statistics Office; "
        "and Dr. Yusuf Barakat, Lecturer in Finance at Hebron University."
    )
    found = {(e.name, e.role) for e in cued_entries(line)}
    assert found == {("Nadia Karam", "discussant"), ("Yusuf Barakat", "discussant")}


def test_a_list_led_in_by_other_discussants_are_gives_its_people_that_role() -> None:
    text = (
        "Budget Town Hall\n\nDate: Tuesday, 8th October, 2024\nTime: 11:00am\nVenue: City Hall, Jos\n\n"
        "Other discussants are:\n- Mr. Dauda Bello, Secretary, Plateau Farmers' Union\n"
        "- Mrs. Esther Gyang, Programme Officer, Open Ledger Centre\n"
    )
    people = {(name, role) for name, role, _, _ in _people(_text_page(text))}
    assert {("Dauda Bello", "discussant"), ("Esther Gyang", "discussant")} <= people


def test_a_role_named_beside_a_person_in_a_clause_gives_her_that_role() -> None:
    line = (
        "The Chairman of the occasion is Prof. Bola Adeyemi of the Department of Geography, University of Ibadan. "
        "The opening address will follow, while Dr. Kunle Ajayi, Director of the Savannah Policy Centre, will be "
        "the Lead Discussant. The Master of Ceremony will be the radio presenter, Mr. Tunde Bakare."
    )
    found = {(e.name, e.role) for e in clause_roles(line)}
    assert found == {("Bola Adeyemi", "chair"), ("Kunle Ajayi", "discussant"), ("Tunde Bakare", "moderator")}
    # a cue's verb after the heading word is no such clause: 'The discussion will be moderated by X'
    assert clause_roles("The discussion will be moderated by the journalist Ada Nwoye of Sky Radio.") == []


def test_declared_open_by_names_who_gives_the_introductory_remarks() -> None:
    line = "The summit will be declared open by the Honourable Commissioner for Health, Hon. Dr. Amaka Obi."
    assert [(e.name, e.role, e.job_title) for e in cued_entries(line)] == [
        ("Amaka Obi", "introductory-remarks", "Commissioner for Health")
    ]


def test_a_clause_after_while_ends_the_people_a_cue_introduces() -> None:
    line = (
        "The keynote address will be delivered by Dr. Femi Ogun, Senior Lecturer at Lagos State University, "
        "while Mrs. Ngozi Eze will chair the session."
    )
    entries = [e for e in cued_entries(line) if e.name == "Femi Ogun"]
    assert [(e.job_title, e.affiliation) for e in entries] == [("Senior Lecturer", "Lagos State University")]


def test_roundtable_discussion_set_off_by_a_dash_before_the_title_is_its_type() -> None:
    text = (
        "Roundtable Discussion – Water Rights in the Dry Zone\n\n"
        "Date : 12th August 2021\nTime : 2.00 p.m. - 4.00 p.m.\nVenue : Senate Room, University of Jaffna\n"
    )
    assert _text_page(text).name == "Water Rights in the Dry Zone"


def test_a_board_posts_title_before_its_board_and_site_in_the_head_outvotes_the_category_run_into_the_heading() -> None:
    html = (
        "<html><head><title>Seminar on Tidal Energy &gt; News &amp; Events | Coastal Research Institute</title>"
        "</head><body><div id='bo_v'><h2 id='bo_v_title'><span class='bo_v_cate'>Seminar</span> "
        "<span class='bo_v_tit'>Seminar on Tidal Energy</span></h2>"
        "<p>Date &amp; Time: Friday, 10 March 2023, 14:00-16:00 (KST)</p></div></body></html>"
    )
    assert _html_page(html).name == "Seminar on Tidal Energy"


def test_a_time_label_on_a_line_of_its_own_names_no_town() -> None:
    # 'Time' over '6:00pm to 7:30pm' is the field's label, not Time in Rogaland (Europe/Oslo)
    assert town_zone("Date\nTuesday 4 March 2025\nTime\n6:00pm to 7:30pm") is None


def test_connetable_before_a_name_is_an_honorific() -> None:
    assert bare_name("Connétable Marie Le Brocq") == ("Connétable", "Marie Le Brocq")


def test_hold_out_set_96_meets_the_target_in_every_field_but_title_affiliations_job_titles_and_the_event_fields() -> (
    None
):
    scores = measure(Path(__file__).parent / "data" / "holdout-96" / "expected.yaml")
    # left: title 0.88 (Maastricht's subtitle paragraph joined to the heading), affiliations 0.83 and job
    # titles 0.76 (posts written before a name in prose, '(Org, Unit)', the Jersey 'Deputy' read as a
    # post), organizers 0.67, sponsors 0.83, locality 0.77 and attendance 0.86: see docs/ingest.md, set 96
    others = ("title", "affiliations", "job titles", "organizers", "sponsors", "locality", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.92
