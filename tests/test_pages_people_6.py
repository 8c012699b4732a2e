"""People, role, affiliation and job-title forms that hold-out set 50 (Tanzanian, Armenian, Canadian,
Jamaican, Tunisian, Uzbek, Maltese and Zambian sites) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.names import stated_honorific
from kg.pages.people import is_person_name, parse_entries
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_the_honourable_after_another_title_and_a_professional_designation_are_honorifics() -> None:
    # Commonwealth pages write 'the Hon.' in lower case after a degree or rank; East African and
    # Maltese pages put a professional's designation before the name
    assert stated_honorific("Dr. the Hon. Grace Mutua-Okafor") == ("Dr. the Hon.", "Grace Mutua-Okafor")
    assert stated_honorific("Professor the Rt Hon. Alan Pryce") == ("Professor the Rt Hon.", "Alan Pryce")
    assert stated_honorific("CPA Joseph Mwangi") == ("CPA", "Joseph Mwangi")
    assert stated_honorific("Perit Anton Xuereb") == ("Perit", "Anton Xuereb")
    page = (
        "Barbados Policy Forum\n\nDebt, Climate and the Eastern Caribbean\n\n"
        "Date: Thursday, 5 June 2025\nTime: 9:00 a.m. - 11:00 a.m. AST\n"
        "Venue: Lloyd Erskine Sandiford Centre, Bridgetown\n\n"
        "Speakers\n"
        "Dr. the Hon. Grace Mutua-Okafor, Minister of State, Ministry of Finance\n"
        "CPA Joseph Mwangi, Chief Finance Officer, Eastern Caribbean Power Company\n"
    )
    people = _people(_text_page(page))
    assert ("Grace Mutua-Okafor", "speaker", None, "Minister of State, Ministry of Finance") in people
    assert ("Joseph Mwangi", "speaker", "Eastern Caribbean Power Company", "Chief Finance Officer") in people


def test_a_field_or_a_body_named_after_and_is_not_a_second_person() -> None:
    # 'Water Resources' after 'and', 'Development Bank' on a card's employer line: subject nouns
    # no family name ends with
    [entry] = parse_entries(
        "Aziz Karimov – Chief Specialist, Ministry of Agriculture and Water Resources of the Kyrgyz Republic"
    )
    assert (entry.name, entry.job_title) == ("Aziz Karimov", "Chief Specialist")
    assert entry.affiliation == "Ministry of Agriculture and Water Resources of the Kyrgyz Republic"
    assert not is_person_name("Islamic Development Bank")
    assert not is_person_name("Social Services")
    assert is_person_name("Maria Clement")
    cards = "".join(
        f'<div class="image-box"><h4 class="image-box-title">{name}</h4>'
        f'<p class="image-box-description">{post}<br>{org}</p></div>'
        for name, post, org in [
            ("Ms. Rosa Delgado", "Head, Climate Unit", "Andean Development Corporation, Peru"),
            ("Dr. Tomas Ruiz", "Senior Economist", "Central Reserve Bank of Peru"),
        ]
    )
    html = (
        "<html><head><title>Financing Resilience in the Andes</title></head><body><main>"
        "<h1>Financing Resilience in the Andes</h1><p>Tuesday, 3 June 2025, 10:00 - 12:00 (Lima)</p>"
        f"<h2>Speakers</h2>{cards}</main></body></html>"
    )
    people = _people(_html_page(html))
    assert {name for name, *_ in people} == {"Rosa Delgado", "Tomas Ruiz"}


def test_a_post_named_with_its_unit_word_before_at_its_employer_is_a_title() -> None:
    # 'Programme Director', 'Project Manager': the unit word qualifies the post, 'at X' is the employer
    [entry] = parse_entries("Lilit Avetisyan, Programme Director for Energy and Connectivity at the Kura Institute")
    assert (entry.job_title, entry.affiliation) == ("Programme Director for Energy and Connectivity", "Kura Institute")
    [entry] = parse_entries("Omar Haddad, Project Manager for Water Security at ESCWA")
    assert (entry.job_title, entry.affiliation) == ("Project Manager for Water Security", "ESCWA")
    [entry] = parse_entries("Ana Ruiz, Asesora, Dirección General de Aduanas")
    assert (entry.job_title, entry.affiliation) == ("Asesora", "Dirección General de Aduanas")


def test_a_programme_tables_people_cell_after_an_item_cell_of_several_lines_is_not_run_into_it() -> None:
    # '<td>Panel 1: X<br>Chair: A</td><td>B<br>C</td>': B is no part of the chair's line
    rows = "".join(
        f"<tr><td>{time}</td><td>{item}</td><td>{people}</td></tr>"
        for time, item, people in [
            (
                "10:00 – 11:30",
                "<strong>Panel 1: Ports and Trade</strong><br>Chair: Dr. Nadia Cherif, Senior Fellow, "
                "Sahel Policy Institute",
                "Dr. Omar Lahlou (Université Mohammed V)<br>Ms. Ines Ferrari (University of Genoa)",
            ),
            (
                "11:30 – 12:30",
                "Round table<br>Moderator: Mr. Karim Saidi, journalist, Radio Atlas",
                "Student representatives",
            ),
        ]
    )
    html = (
        "<html><head><title>Ports of the Western Mediterranean</title></head><body><main>"
        "<h1>Ports of the Western Mediterranean</h1><p>Thursday 15 May 2025, 10:00 – 12:30, Tunis</p>"
        f"<h2>Programme</h2><table><tbody>{rows}</tbody></table></main></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Nadia Cherif", "chair", "Sahel Policy Institute", "Senior Fellow") in people
    assert ("Omar Lahlou", "panelist", "Université Mohammed V", None) in people
    assert ("Ines Ferrari", "panelist", "University of Genoa", None) in people
    assert ("Karim Saidi", "moderator", "Radio Atlas", "journalist") in people


def test_a_quoted_talk_title_with_commas_in_a_programme_row_names_nobody() -> None:
    page = (
        "Institute for Mediterranean Studies\n\nMigration and the Maghreb\n\n"
        "Thursday 24 April 2025, 9:00 – 12:00, Tunis\n\nProgramme\n\n"
        "9:00 – 9:45, Keynote lecture: “Leaving, Arriving, Returning: A Century of Migration”, "
        "Dr. Salma Haddad, Professor of Sociology, University of Sousse\n"
    )
    people = _people(_text_page(page))
    assert people == {("Salma Haddad", "keynote", "University of Sousse", "Professor of Sociology")}


def test_a_contact_field_with_an_e_mail_address_is_a_field_not_running_text() -> None:
    # the address's parts ('press', 'isds', 'example') are no lower-case words of a sentence
    page = (
        "Caspian Policy Centre\n\nWater and Energy in Central Asia\n\n"
        "Date: 11 December 2024\nTime: 15:00–16:30 (Tashkent time, UTC+5)\nFormat: online, Zoom\n\n"
        "Moderator – Laylo Usmonova, Senior Research Fellow, Caspian Policy Centre\n\n"
        "Media inquiries: Bekzod Nazarov, press secretary, +998 71 202 44 10, press@cpc.example.org\n"
        "Media accreditation: Zarina Tashkentova, Communications Manager, media@cpc.example.org, +998 71 202 44 11\n"
    )
    people = _people(_text_page(page))
    assert ("Bekzod Nazarov", "contact", None, "press secretary") in people
    assert ("Zarina Tashkentova", "contact", None, "Communications Manager") in people


def test_a_body_named_under_a_president_is_the_employer_not_a_post() -> None:
    # '… under the President of the Republic of X' names a body (post-Soviet institutes and academies)
    [entry] = parse_entries(
        "Aigerim Bekova – Chief Expert, Institute for Strategic Studies "
        "under the President of the Republic of Kazakhstan"
    )
    assert entry.job_title == "Chief Expert"
    assert entry.affiliation == "Institute for Strategic Studies under the President of the Republic of Kazakhstan"
    [entry] = parse_entries("Jane Doe, Ottawa Bureau Chief of The Globe and Mail")
    assert (entry.job_title, entry.affiliation) == ("Ottawa Bureau Chief", "The Globe and Mail")


def test_a_programme_set_out_in_columns_reads_its_item_cell_as_the_role() -> None:
    # TIME / ACTIVITY / RESPONSIBLE columns a text dump keeps apart by wide gaps, as an HTML table's cells
    page = (
        "Kafue Policy Institute\n\nValidation Workshop\n\nSmallholder Credit in Southern Province\n\n"
        "Date:     Tuesday 10th June 2025\nTime:     08:30 hrs - 12:00 hrs\nVenue:    Golden Peacock Hotel, Lusaka\n\n"
        "PROGRAMME\n\n"
        "TIME            ACTIVITY                          RESPONSIBLE\n"
        "09:00 - 09:10   Welcome remarks                   Mr. Mwansa Tembo, Executive Director, KPI\n"
        "09:10 - 10:00   Presentation of study findings    Dr. Chipo Mulenga, Research Fellow, KPI\n"
        "11:45 - 12:00   Vote of thanks                    Ms. Ruth Phiri, Board Chair, KPI\n"
    )
    roles = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert roles == {
        ("Mwansa Tembo", "introductory-remarks"),
        ("Chipo Mulenga", "presenter"),
        ("Ruth Phiri", "closing-remarks"),
    }


def test_a_master_of_ceremonies_moderates_and_a_panel_of_respondents_responds() -> None:
    page = (
        "Kafue Policy Institute\n\nSmallholder Credit in Southern Province\n\n"
        "Date: Tuesday 10th June 2025\nTime: 08:30 hrs - 12:00 hrs\nVenue: Golden Peacock Hotel, Lusaka\n\n"
        "Panel of respondents: Mrs. Mutinta Hamoonga, President, Zambia National Farmers Union\n\n"
        "Master of Ceremonies: Ms. Natasha Lungu, Communications Officer, Kafue Policy Institute\n"
    )
    people = _people(_text_page(page))
    assert ("Mutinta Hamoonga", "respondent", "Zambia National Farmers Union", "President") in people
    assert ("Natasha Lungu", "moderator", "Kafue Policy Institute", "Communications Officer") in people


def test_a_role_in_brackets_after_an_entry_names_her_part_in_the_event() -> None:
    [opening, keynote] = parse_entries(
        "Anna Petrosyan, Deputy Minister of Economy (opening statement); "
        "Dr. Karen Melikyan, Professor of Economics, Yerevan State University (keynote address)"
    )
    assert (opening.name, opening.role) == ("Anna Petrosyan", "introductory-remarks")
    assert (keynote.name, keynote.role, keynote.affiliation) == (
        "Karen Melikyan",
        "keynote",
        "Yerevan State University",
    )


def test_hold_out_set_50_meets_the_target_in_people_fields() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-50" / "expected.yaml")
    fields = ("people", "roles", "job titles")  # affiliations stay below (0.82): see docs/ingest.md
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
