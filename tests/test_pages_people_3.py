"""People, role, affiliation and job-title forms that hold-out set 38 (Polish, Ethiopian, Swiss,
Turkish, Estonian, Italian, Peruvian and Canadian sites) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.people import parse_entries, parse_entry
from tests.test_pages_unseen import _html_page, _people, _text_page


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("Mg. Rosa Huamán Quispe, Head of Research, Banco Andino", "Rosa Huamán Quispe", "Mg."),
        ("Engr. Jaime Santos Lim, President, Philippine Water Association", "Jaime Santos Lim", "Engr."),
        ("Atty. Grace Villanueva, Partner, Cruz Reyes Law Offices", "Grace Villanueva", "Atty."),
        ("prof. dr hab. Anna Kowal, Director, Institute of Sociology", "Anna Kowal", "prof. dr hab."),
        ("Ato Dawit Mekonnen, Director, Ethiopian Roads Authority", "Dawit Mekonnen", "Ato"),
        ("Elder Mary Joseph, Squamish Nation", "Mary Joseph", "Elder"),
    ],
)
def test_abbreviated_and_courtesy_titles_before_a_name_are_honorifics(text: str, name: str, honorific: str) -> None:
    entry = parse_entry(text)
    assert entry is not None and (entry.name, entry.honorific) == (name, honorific)


def test_an_abbreviated_given_name_stays_part_of_the_name() -> None:
    entry = parse_entry("Ma. Luisa Fernandez, Senior Fellow, Asian Institute of Management")
    assert entry is not None and (entry.name, entry.honorific) == ("Ma. Luisa Fernandez", None)


def test_a_second_post_in_lower_case_after_the_employer_is_not_part_of_the_organisation() -> None:
    (entry,) = parse_entries(
        "Dr. Omar Haddad, lecturer in history at the University of Leeds and co-editor of the journal Levant Review"
    )
    assert (entry.job_title, entry.affiliation) == ("lecturer in history", "University of Leeds")
    (named,) = parse_entries("Jane Doe, Professor, School of Law and Government")
    assert named.affiliation == "School of Law and Government"


def test_a_name_after_brackets_may_open_with_a_title_in_lower_case() -> None:
    entries = parse_entries("Prof. Lena Hart (University of Bristol), dr Piotr Nowicki (University of Gdańsk)")
    assert [(e.name, e.affiliation) for e in entries] == [
        ("Lena Hart", "University of Bristol"),
        ("Piotr Nowicki", "University of Gdańsk"),
    ]


def test_presenters_of_a_numbered_panel_listed_with_their_talks() -> None:
    page = (
        "Central European Policy Forum\n\nRivers Without Borders: Managing the Oder and the Danube\n\n"
        "14 May 2024, 10:00–13:00, Kraków\n\nPROGRAMME\n\n"
        "10:00–11:30 Panel 1: Floods\n"
        "Chair: Dr Maria Lenz, Senior Fellow, Central European Policy Forum\n"
        "Presenters:\n"
        "dr Piotr Nowicki (University of Gdańsk) – What the 2024 flood taught the water authorities of Poland\n"
        "Col. (ret.) Jan Dvořák (Czech Defence University) – The army in flood relief, from 1997 to 2024\n\n"
        "11:30–13:00 Panel 2: Pollution\n"
        "Panellists: Eva Horváth, Hungarian Water Institute; Tomasz Lis, WWF Poland\n"
    )
    people = _people(_text_page(page))
    assert ("Piotr Nowicki", "presenter", "University of Gdańsk", None) in people
    assert ("Jan Dvořák", "presenter", "Czech Defence University", None) in people
    assert ("Maria Lenz", "chair", "Central European Policy Forum", "Senior Fellow") in people


def test_a_presentation_heading_over_a_long_line_that_describes_the_presenter() -> None:
    page = (
        "Andean Policy Centre\n\nWater Tariffs in the Highlands\n\nMonday, 7 October 2024 | 5:00 p.m. to 7:00 p.m."
        " (Lima time)\nLima\n\n"
        "Presentation of the findings:\n"
        "Dr. Rosa Huamán Quispe, associate professor in the Department of Engineering at Universidad de Lima"
        " and coordinator of the study\n\n"
        "Reactors:\n- Luis Pardo, Head of Tariffs, National Water Regulator\n"
    )
    people = _people(_text_page(page))
    assert (
        "Rosa Huamán Quispe",
        "presenter",
        "Universidad de Lima",
        "associate professor in the Department of Engineering",
    ) in people
    assert ("Luis Pardo", "discussant", "National Water Regulator", "Head of Tariffs") in people


def test_a_programmes_reactors_and_presentation_items_give_their_roles() -> None:
    page = (
        "Manila Institute for Development\n\nFarm Credit After the Pandemic\n\nThursday, 6 June 2024, 9:00 AM"
        " – 12:00 NN (PHT)\nQuezon City\n\nPROGRAM\n\n"
        "9:30 AM     Presentation of the Study\n"
        "            Dr. Liza Ramos, Senior Research Fellow, Manila Institute for Development\n"
        "10:15 AM    Reactors\n"
        "            Mr. Carlo Diaz, Chief Economist, Land Bank of the Philippines\n"
    )
    people = _people(_text_page(page))
    assert ("Liza Ramos", "presenter", "Manila Institute for Development", "Senior Research Fellow") in people
    assert ("Carlo Diaz", "discussant", "Land Bank of the Philippines", "Chief Economist") in people


def test_an_indico_chairpersons_field_names_the_chairs() -> None:
    html = (
        "<html><body><h1>Workshop on Soil Moisture from Space</h1>"
        "<div class='event-date'><time datetime='2025-05-08T09:00:00+02:00'>8 May 2025, 09:00</time></div>"
        "<div class='event-chairs'><span class='label'>Chairpersons:</span><ul>"
        "<li><span class='author'>Marta Bianchi</span> <span class='affiliation'>(Politecnico di Milano)</span></li>"
        "</ul></div><p>A workshop on satellite soil moisture products.</p></body></html>"
    )
    assert ("Marta Bianchi", "chair", "Politecnico di Milano", None) in _people(_html_page(html))


def test_a_heading_over_the_sites_other_sessions_ends_the_speaker_cards() -> None:
    html = (
        "<html><body><h1>Open Registers for Open Government</h1><p>June 3, 2025</p><p>10:00 - 11:00 EEST</p>"
        "<h2>Moderator</h2><div class='card'><div>Liis Kuusk</div><div>Director</div><div>Open Data Academy</div></div>"
        "<h2>Other sessions on this stage</h2><div class='card'><div>June 3, 2025 · 12:00</div>"
        "<div>Cities and Data</div><div>Peeter Mets, Anna Berg</div></div></body></html>"
    )
    people = _people(_html_page(html))
    assert {p[0] for p in people} == {"Liis Kuusk"}


def test_a_programme_items_own_role_for_its_speaker_line_and_a_sessions_conveners_chair_it() -> None:
    html = (
        "<html><body><h1>Workshop on Glacier Hazards</h1>"
        "<p><time datetime='2025-04-10T09:00:00+02:00'>10 April 2025, 09:00</time></p><ul>"
        "<li><span>09:00</span><div>Welcome and introduction to the day</div><div>15m</div>"
        "<div>Speaker: Nina Keller (ETH Zürich)</div></li>"
        "<li><span>09:15</span> Session 1: Rock avalanches 1h"
        "<div>Conveners: Marco Rossi (CNR-IRPI)</div></li>"
        "<li><span>09:15</span><div>Slope failures after the 2023 heatwave</div><div>30m</div>"
        "<div>Speaker: Lars Berg (University of Oslo)</div></li>"
        "<li><span>12:30</span><div>Closing remarks</div><div>30m</div>"
        "<div>Speaker: Marco Rossi (CNR-IRPI)</div></li></ul></body></html>"
    )
    roles = {(p[0], p[1]) for p in _people(_html_page(html))}
    assert roles == {
        ("Nina Keller", "introductory-remarks"),
        ("Marco Rossi", "chair"),
        ("Lars Berg", "speaker"),
        ("Marco Rossi", "closing-remarks"),
    }


def test_a_series_convenor_outside_any_session_organises_it() -> None:
    page = (
        "Politics Seminar\nCourts and Populism\n\nSpeaker: Dr Anna Varga (University of Szeged)\n"
        "Convenor: Professor Simon Hale\n\nDate: Thursday 25 January 2024\nTime: 12:30 – 14:00\n"
    )
    assert ("Simon Hale", "organizer", None, None) in _people(_text_page(page))


def test_a_former_post_in_a_unit_of_an_organisation_has_no_affiliation() -> None:
    (entry,) = parse_entries("Pavel Novak, Former Head of Unit, Directorate-General for Trade, European Commission")
    assert (entry.job_title, entry.affiliation) == (
        "Former Head of Unit, Directorate-General for Trade, European Commission",
        None,
    )


def test_an_organisation_listing_its_subjects_before_its_initials_is_one_organisation() -> None:
    (entry,) = parse_entries(
        "Dr. Rosa Leiva, Head of Studies, Superintendency of Banking, Securities and Insurance Funds (SBSI)"
    )
    assert (entry.job_title, entry.affiliation) == (
        "Head of Studies",
        "Superintendency of Banking, Securities and Insurance Funds",
    )


def test_a_person_described_under_one_role_holds_that_post_in_her_other_roles() -> None:
    page = (
        "Baltic Policy Forum\n\nEnergy Security in the Baltic Sea\n\n21 November 2024, 10:00–13:00, Riga\n\n"
        "Chair: Dr Ilze Berzina, Head of the Energy Programme, Baltic Policy Forum\n"
        "Speakers: Prof. Lars Holm (Lund University), Dr Eva Lind (Chalmers University of Technology)\n"
        "Closing remarks: Dr Ilze Berzina\n"
    )
    people = _people(_text_page(page))
    assert ("Ilze Berzina", "closing-remarks", "Baltic Policy Forum", "Head of the Energy Programme") in people


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Opening remarks will be delivered by Dr. Hasan Kaya, president of the Anatolia Policy Forum.",
            "introductory-remarks",
        ),
        ("Closing remarks will be given by Dr. Hasan Kaya, president of the Anatolia Policy Forum.", "closing-remarks"),
        ("The keynote address will be delivered by Dr. Hasan Kaya, president of the Anatolia Policy Forum.", "keynote"),
    ],
)
def test_remarks_said_to_be_delivered_by_a_person_give_her_role(sentence: str, role: str) -> None:
    page = "Anatolia Policy Forum\n\nWater and the Euphrates\n\nThursday, 10 October 2024, 14:00–16:00, Ankara\n\n"
    page += f"{sentence}\n"
    assert ("Hasan Kaya", role, "Anatolia Policy Forum", "president") in _people(_text_page(page))


def test_a_person_introduced_by_words_ending_in_her_occupation_and_an_author_of_a_book_holds_no_post() -> None:
    page = (
        "Nanaimo Public Library\n\nAuthor Talk: Cedar Songs\n\nSaturday, April 12, 2025\n2:00 PM - 3:00 PM\n\n"
        "Join acclaimed Nuu-chah-nulth poet Rose Tatoosh, author of Cedar Songs: Poems of the Coast, for a"
        " reading and a conversation about language and land.\n"
    )
    assert ("Rose Tatoosh", "speaker", None, None) in _people(_text_page(page))


@pytest.mark.parametrize(
    "sentence",
    [
        "In this illustrated talk Dr Niamh Keane, Curator of Textiles at the Ulster Museum, presents the"
        " results of a three-year study of linen.",
        "At 7pm Niamh Keane, Curator of Textiles at the Ulster Museum, talks about the linen trade.",
    ],
)
def test_a_speaker_described_after_a_lead_in_to_the_sentence(sentence: str) -> None:
    page = f"Belfast Society\n\nLinen and Empire\n\nWednesday 5 March 2025, 19:00–20:30, Belfast\n\n{sentence}\n"
    assert ("Niamh Keane", "speaker", "Ulster Museum", "Curator of Textiles") in _people(_text_page(page))


def test_two_described_speakers_as_one_subject_of_a_sentence() -> None:
    page = (
        "Dunedin Public Libraries\n\nRebuilding the Octagon\n\nWednesday 9 April 2025, 6pm–7pm, Dunedin\n\n"
        "Dr Aroha Parata, Senior Lecturer in Urban Design at the University of Otago, and Tom Bell, Director of"
        " the Dunedin Heritage Trust, look at how the city centre was rebuilt after the fire of 1902.\n"
    )
    people = _people(_text_page(page))
    assert ("Aroha Parata", "speaker", "University of Otago", "Senior Lecturer in Urban Design") in people
    assert ("Tom Bell", "speaker", "Dunedin Heritage Trust", "Director") in people


def test_a_capitalised_name_after_an_article_or_a_particle_opens_no_speaker() -> None:
    page = (
        "Geneva Forum\n\nSmall Arms After the War\n\nTuesday 10 June 2025, 13:00–14:00, Geneva\n\n"
        "This side event to the Biennial Meeting of States examines the risks of diversion.\n"
        "Former minister Ana María de la Fuente Ortiz will discuss these questions.\n"
    )
    assert {p[0] for p in _people(_text_page(page))} <= {"Ana María de la Fuente Ortiz"}


def test_an_empty_icon_whose_tooltip_is_a_people_heading_labels_the_list_beside_it() -> None:
    html = (
        "<html><body><h1>Spring School in Digital Editing</h1><p>31 March 2025, 09:00</p>"
        "<div class='infoline chairs'><span title='Chairpersons' class='icon icon-user-chairperson'></span>"
        "<ul class='chair_list'><li>Jana Richter (Centre for Digital Humanities)</li></ul></div>"
        "<p>A three-day school on editing historical texts.</p></body></html>"
    )
    assert ("Jana Richter", "chair", "Centre for Digital Humanities", None) in _people(_html_page(html))


def test_programme_items_titled_like_a_people_heading_give_that_role() -> None:
    page = (
        "Nordic Institute for Security Policy\n\nBreakfast seminar: Arctic Shipping Lanes\n\n"
        "Wednesday 12 March 2025, 08:30–10:00, Oslo\n\nProgramme\n\n"
        "08:40  Presentation of the report's findings\n"
        "       Kari Lunde, Senior Research Fellow, Nordic Institute for Security Policy\n\n"
        "09:10  Comments\n"
        "       Anders Holm, Associate Professor, University of Tromsø\n"
    )
    roles = {(p[0], p[1]) for p in _people(_text_page(page))}
    assert roles == {("Kari Lunde", "presenter"), ("Anders Holm", "discussant")}


def test_a_second_post_after_a_comma_and_and_a_unit_named_with_and() -> None:
    (lead,) = parse_entries("Maja Holm — Senior Fellow, Baltic Energy Institute, and lead author of the report")
    assert (lead.job_title, lead.affiliation) == ("Senior Fellow", "Baltic Energy Institute")
    (head,) = parse_entries("Dr. Pablo Rojas, Head of Hydrology and Ice Unit, Servicio Nacional de Aguas")
    assert (head.name, head.job_title, head.affiliation) == (
        "Pablo Rojas",
        "Head of Hydrology and Ice Unit",
        "Servicio Nacional de Aguas",
    )


def test_a_person_joined_as_she_reads_and_what_she_does_written_before_her_name() -> None:
    page = (
        "Kingston Frontenac Public Library\n\nThe Canal Years\n\nThursday, May 8, 2025\n6:30 PM - 7:30 PM\n\n"
        "Join local historian and author Ruth Calder as she reads from her new book, The Canal Years, which"
        " follows the Rideau through two centuries.\n"
    )
    assert ("Ruth Calder", "speaker", None, None) in _people(_text_page(page))


def test_a_contact_sentence_with_a_local_number_and_the_email_on_the_next_line() -> None:
    page = (
        "Manila Institute for Development\n\nFarm Credit After the Pandemic\n\nThursday, 6 June 2024, 9:00 AM\n\n"
        "Speaker: Dr. Liza Ramos, Senior Research Fellow, Manila Institute for Development\n\n"
        "For inquiries, please contact Mr. Paolo Cruz at 8821-3300 local 210 or\nemail events@mid.example.\n"
    )
    assert ("Paolo Cruz", "contact", None, None) in _people(_text_page(page))


def test_the_person_a_bio_is_about_on_a_page_that_names_no_speaker_and_names_her_again() -> None:
    page = (
        "Riverside Books\n\nBook launch\n\nNina Lacroix: The Heron Winter\n\nOctober 2, 2024, 7:00 PM\n\n"
        "Join us to celebrate the launch of Nina Lacroix's new book.\n\n"
        "Nina Lacroix is a naturalist and writer based in Rimouski.\n"
    )
    assert ("Nina Lacroix", "speaker", None, None) in _people(_text_page(page))


@pytest.mark.parametrize(
    "organisation",
    ["Dirección General de Aguas", "Secretaría General de Planificación", "Comisión General de Riego"],
)
def test_spanish_and_italian_agencies_named_with_a_title_word_are_organisations(organisation: str) -> None:
    (entry,) = parse_entries(f"Dr. Pablo Rojas, Head of Hydrology, {organisation}")
    assert (entry.job_title, entry.affiliation) == ("Head of Hydrology", organisation)


DATA = Path(__file__).parent / "data"
PEOPLE_FIELDS = ("people", "roles", "affiliations", "job titles")


@pytest.mark.parametrize("number", [30, 33, 34, 38])
def test_later_hold_out_sets_meet_the_target_in_people_fields(number: int) -> None:
    """Sets that test_every_field_meets_the_f1_target leaves out (fields of the other ingest work are
    below 0.9): their people, roles, affiliations and job titles meet the target and stay so."""
    scores = measure(DATA / f"holdout-{number}" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in PEOPLE_FIELDS if scores[name].f1 < 0.9} == {}


def test_set_38_meets_the_target_in_its_instants() -> None:
    scores = measure(DATA / "holdout-38" / "expected.yaml")
    assert {name: scores[name].f1 >= 0.9 for name in ("start", "end")} == {"start": True, "end": True}


def test_a_note_in_lower_case_after_the_organisation_is_no_part_of_the_post() -> None:
    (editor,) = parse_entries("Dr Ana Reis, Associate Professor of Law, University of Porto (guest editor)")
    assert (editor.job_title, editor.affiliation) == ("Associate Professor of Law", "University of Porto")
    (acting,) = parse_entries("Jane Doe, Director (acting), Coastal Institute")
    assert acting.job_title == "Director (acting)"


def test_a_numbered_panels_title_that_reads_like_a_name_is_no_person() -> None:
    html = (
        "<html><body><h1>Minerals and the Energy Transition</h1><p>March 3, 2025, 9:00 AM – 12:00 PM ET</p>"
        "<h3>Panel 1: Supply Chains</h3>"
        "<p><strong>Presenters:</strong> Dr. Jane Li, Senior Fellow, Atlantic Minerals Council</p></body></html>"
    )
    assert {p[0] for p in _people(_html_page(html))} == {"Jane Li"}


def test_closing_remarks_a_sentence_says_the_event_closes_with() -> None:
    page = (
        "School of Public Policy\n\nCities and Heat\n\nFriday, 7 February 2025\n10:00 - 12:30 (SAST)\nCape Town\n\n"
        "The workshop will close with remarks from Prof. David Abrahams, Director of the African Centre for Cities.\n"
    )
    assert ("David Abrahams", "closing-remarks", "African Centre for Cities", "Director") in _people(_text_page(page))


def test_a_described_speaker_ending_in_a_place_name_and_the_next_after_comma_and() -> None:
    entries = parse_entries(
        "Naledi Khumalo, a lecturer in architecture at the University of Johannesburg, and Peter van Wyk"
    )
    assert [(e.name, e.affiliation) for e in entries] == [
        ("Naledi Khumalo", "University of Johannesburg"),
        ("Peter van Wyk", None),
    ]


def test_the_person_another_will_be_joined_by_speaks_too() -> None:
    page = (
        "Hoover Street Forum\n\nGroundwater Wars\n\nTuesday, October 14, 2025\n6:00 PM - 7:30 PM PT\nFresno\n\n"
        "Professor Elena Marquez of Fresno State University will be joined by Daniel Cho, senior hydrologist at"
        " the Western Water Trust, for a conversation about the state's groundwater law.\n"
    )
    people = _people(_text_page(page))
    assert ("Elena Marquez", "speaker", "Fresno State University", None) in people
    assert ("Daniel Cho", "speaker", "Western Water Trust", "senior hydrologist") in people


def test_an_at_sign_between_post_and_employer() -> None:
    (entry,) = parse_entries("Amara Okafor, CTO @ DataBridge Africa")
    assert (entry.job_title, entry.affiliation) == ("CTO", "DataBridge Africa")


def test_a_heading_in_two_languages_and_french_titles_and_posts() -> None:
    html = (
        "<html><body><main><h1>Elections in West Africa</h1><p>Wednesday 12 March 2025, 15:00–17:00 GMT</p>"
        "<p>Dakar</p><h2>Intervenants / Speakers</h2><ul>"
        "<li><b>Pr Aminata Diallo</b>, Professeure de science politique, Université Cheikh Anta Diop</li></ul>"
        "<h2>Modératrice / Moderator</h2><p><b>Mme Fatou Sarr</b>, Journaliste, Radio Sénégal Internationale</p>"
        "</main></body></html>"
    )
    people = _people(_html_page(html))
    assert people == {
        ("Aminata Diallo", "speaker", "Université Cheikh Anta Diop", "Professeure de science politique"),
        ("Fatou Sarr", "moderator", "Radio Sénégal Internationale", "Journaliste"),
    }


@pytest.mark.parametrize(
    ("text", "title", "organisation"),
    [
        (
            "Dra. Elena Ruiz, Investigadora, Consejo Superior de Investigaciones Científicas",
            "Investigadora",
            "Consejo Superior de Investigaciones Científicas",
        ),
        ("Marco Bianchi, Direttore, Istituto Affari Internazionali", "Direttore", "Istituto Affari Internazionali"),
        ("Anna Keller, Leiterin, Stiftung Wissenschaft und Politik", "Leiterin", "Stiftung Wissenschaft und Politik"),
    ],
)
def test_posts_written_in_spanish_italian_and_german(text: str, title: str, organisation: str) -> None:
    (entry,) = parse_entries(text)
    assert (entry.job_title, entry.affiliation) == (title, organisation)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ann Bell, Assistant Professor of Political Science, University of Kent; Non-resident Fellow, Atlantic"
        " Institute",
        "Dr. Ann Bell, Non-resident Fellow, Atlantic Institute; Assistant Professor of Political Science, University"
        " of Kent",
    ],
)
def test_of_two_posts_after_a_semicolon_the_employers_is_kept(text: str) -> None:
    (entry,) = parse_entries(text)
    assert (entry.job_title, entry.affiliation) == ("Assistant Professor of Political Science", "University of Kent")


def test_an_organisation_after_a_post_is_no_second_person_and_its_initials_before_its_city_are_dropped() -> None:
    (economist,) = parse_entries(
        "Li Wei, Chief Economist, Zenith Bank, and former Deputy Governor, Central Bank of Nigeria"
    )
    assert (economist.job_title, economist.affiliation) == ("Chief Economist", "Zenith Bank")
    (associate,) = parse_entries(
        "Ahmed Ali, Research Associate at the Pakistan Institute of Development Economics (PIDE), Islamabad"
    )
    assert associate.affiliation == "Pakistan Institute of Development Economics"


def test_an_embedded_performers_job_title_that_names_the_employer_too() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Event",'
        '"name":"Soil Carbon Markets","startDate":"2025-06-03T14:00:00+02:00","performer":[{"@type":"Person",'
        '"name":"Paulo Mendes","jobTitle":"Head of Carbon Programs, Terra Viva Foundation"}]}</script></head>'
        "<body><h1>Soil Carbon Markets</h1><p>An online seminar.</p></body></html>"
    )
    assert ("Paulo Mendes", "speaker", "Terra Viva Foundation", "Head of Carbon Programs") in _people(_html_page(html))


def test_an_entry_cut_off_after_a_comma_still_reads() -> None:
    (entry,) = parse_entries("Ingrid Sørensen, Senior Researcher,")
    assert (entry.name, entry.job_title) == ("Ingrid Sørensen", "Senior Researcher")
