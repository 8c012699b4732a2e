"""People, affiliation, organiser and sponsor forms that hold-out set 35 (Malaysian, Ghanaian,
Mexican, Gulf, Irish, Spanish, Taiwanese and Danish sites) showed the ingester missing, one test
per form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import split_org_names, unit_of
from kg.pages.people import is_person_name, parse_entries, parse_entry
from tests.test_pages_unseen import _html_page, _people, _text_page


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("Mtra. Lucía Herrera Campos, Coordinator, Universidad de Guadalajara", "Lucía Herrera Campos", "Mtra."),
        ("Lic. José Ruiz Ortega, Director General, Banco de Desarrollo", "José Ruiz Ortega", "Lic."),
        ("Eng. Karim Haddad, Head of Planning, Beirut Water Establishment", "Karim Haddad", "Eng."),
        ("Tan Sri Dr Ahmad bin Yusof, Chairman, Institute of Strategic Analysis", "Ahmad bin Yusof", "Tan Sri Dr"),
        ("Datuk Lim Wei Keat, President, Penang Heritage Trust", "Lim Wei Keat", "Datuk"),
    ],
)
def test_spanish_arab_and_malaysian_titles_before_a_name_are_honorifics(text: str, name: str, honorific: str) -> None:
    entry = parse_entry(text)
    assert entry is not None and (entry.name, entry.honorific) == (name, honorific)


def test_eng_without_a_period_is_a_family_name_not_a_title() -> None:
    entry = parse_entry("Eng Soo Lin, Senior Fellow, Lee Kuan Yew School of Public Policy")
    assert entry is not None and (entry.name, entry.honorific) == ("Eng Soo Lin", None)


def test_irish_and_australian_academies_post_nominals_are_not_part_of_the_name() -> None:
    entry = parse_entry("Professor Máire Ní Dhomhnaill MRIA, Professor of Celtic Studies, University of Limerick")
    assert entry is not None and (entry.name, entry.affiliation) == ("Máire Ní Dhomhnaill", "University of Limerick")
    fellow = parse_entry("Professor Helen Barker FASSA, Professor of Sociology, Monash University")
    assert fellow is not None and fellow.name == "Helen Barker"


def test_particles_do_not_count_towards_a_names_length() -> None:
    assert is_person_name("María José de la Vega Ortiz")
    assert is_person_name("Jan-Willem van der Berg")
    assert not is_person_name("Centre for the Study of the Modern State")


def test_an_arabic_article_joined_to_a_family_name_is_part_of_the_name() -> None:
    entry = parse_entry("Dr. Huda al-Qasimi, Research Fellow, Arab Centre for Water Studies")
    assert entry is not None and (entry.name, entry.job_title) == ("Huda al-Qasimi", "Research Fellow")
    assert parse_entry("Omar el-Fayed, Lecturer, Cairo University") is not None


def test_a_hyphenated_post_is_not_a_second_person() -> None:
    (entry,) = parse_entries("Prof. Akua Mensah-Bonsu, Pro Vice-Chancellor, University of Ghana")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Akua Mensah-Bonsu",
        "Pro Vice-Chancellor",
        "University of Ghana",
    )
    assert is_person_name("Abdul-Karim Osei")


def test_a_subject_listed_after_a_title_is_not_a_person() -> None:
    line = "Ms Nadia Rahman, Senior Fellow, Foreign Policy, Security and Regional Cooperation, X Institute"
    entries = parse_entries(line)
    assert [e.name for e in entries] == ["Nadia Rahman"]
    assert entries[0].job_title == "Senior Fellow, Foreign Policy, Security and Regional Cooperation"
    assert not is_person_name("Digital Transformation")


def test_an_academia_is_an_organisation_not_a_person() -> None:
    assert not is_person_name("Academia Sinica")


def test_a_capital_city_after_an_organisation_is_where_it_is() -> None:
    entry = parse_entry("Dr. Sana Qureshi, Senior Economist, Sustainable Development Policy Institute, Islamabad")
    assert entry is not None
    assert (entry.job_title, entry.affiliation) == ("Senior Economist", "Sustainable Development Policy Institute")


def test_a_short_name_in_one_word_after_an_organisation_and_general_inside_its_name() -> None:
    entry = parse_entry("Eng. Rami Khalil, Director of Planning, Jordan General Water Authority (Miyahuna)")
    assert entry is not None
    assert (entry.job_title, entry.affiliation) == ("Director of Planning", "Jordan General Water Authority")


def test_an_affiliation_in_brackets_before_a_talk_title() -> None:
    entry = parse_entry('Maria Kowalska (University of Warsaw): "Border Files: Archives of the Oder, 1945–1950"')
    assert entry is not None and (entry.affiliation, entry.job_title) == ("University of Warsaw", None)


def test_a_newspaper_named_with_a_foreign_article_is_the_affiliation() -> None:
    entry = parse_entry("Carmen Ruiz, Brussels correspondent of El País")
    assert entry is not None and (entry.job_title, entry.affiliation) == ("Brussels correspondent", "El País")


def test_speakers_include_and_meet_the_speakers_are_speaker_lists() -> None:
    page = (
        "Roundtable\n\nPorts, Cables and the Law of the Sea\n\n"
        "Date: 4 March 2025\nTime: 10.00am - 12.00pm (SGT)\n"
        "Venue: Seminar Room, 29 Heng Mui Keng Terrace, Singapore\n\n"
        "Roundtable discussion\n\n"
        "Speakers include:\n"
        "- Dr Tran Minh Chau, Research Fellow, Vietnam Maritime Institute\n"
        "- Ms Grace Ong, Counsel, Straits Law Chambers\n"
    )
    people = _people(_text_page(page))
    assert ("Tran Minh Chau", "speaker", "Vietnam Maritime Institute", "Research Fellow") in people
    assert ("Grace Ong", "speaker", "Straits Law Chambers", "Counsel") in people
    html = (
        "<html><body><main><h1>Heat Pumps for Old Houses</h1><p>Thursday 6 March 2025, 14:00–15:00 CET, online.</p>"
        "<h2>Meet the speakers</h2><div class='grid'><div class='card'><p class='n'>Sofie Lund Madsen</p>"
        "<p class='t'>Senior Engineer, Danish Energy Agency</p></div></div></main></body></html>"
    )
    assert ("Sofie Lund Madsen", "speaker", "Danish Energy Agency", "Senior Engineer") in _people(_html_page(html))


def test_a_mononym_in_a_speaker_list_with_a_post_and_an_organisation() -> None:
    line = "Wiranto Hadi, Lecturer, Gadjah Mada University; Suharti, Senior Researcher, SMERU Research Institute"
    assert [(e.name, e.affiliation) for e in parse_entries(line)] == [
        ("Wiranto Hadi", "Gadjah Mada University"),
        ("Suharti", "SMERU Research Institute"),
    ]
    # a line nobody labelled as a list of people needs a full name
    assert parse_entries("Suharti, Senior Researcher, SMERU Research Institute", strict=True) == []


PAGE_HEAD = (
    "Policy Dialogue\n\nWater Tariffs in West African Cities\n\n"
    "Tuesday, 11th March 2025\n10:00am - 12:00pm GMT\nLabadi Beach Hotel, Accra\n\n"
)


def test_an_institutes_standing_partners_are_not_the_events_sponsors() -> None:
    page = (
        PAGE_HEAD + "Speaker: Dr. Kwesi Ofori, Senior Fellow, Volta Policy Institute\n\n"
        "Supported by the Ford Foundation.\n\n"
        "Our partners\nOpen Society Initiative for West Africa | African Union Commission\n\n"
        "Volta Policy Institute, No. 3 Ring Road, Accra\n"
    )
    assert [s.name for s in _text_page(page).sponsors] == ["Ford Foundation"]


def test_a_co_organised_by_field_names_an_organizer() -> None:
    page = PAGE_HEAD + "Organised by: Volta Policy Institute\nCo-organised by: Centre for Urban Studies\n"
    assert {o.name for o in _text_page(page).organizers} == {"Volta Policy Institute", "Centre for Urban Studies"}


def test_small_words_of_irish_and_spanish_names_in_a_sponsor_list() -> None:
    page = PAGE_HEAD + "Speaker: Dr. Kwesi Ofori, Senior Fellow, Volta Policy Institute\n\n"
    page += "Supported by\nForas na Gaeilge\n"
    assert [s.name for s in _text_page(page).sponsors] == ["Foras na Gaeilge"]


def test_a_unit_of_an_academy_or_a_school_of_a_college_is_the_organizer() -> None:
    assert unit_of("Institute of Modern History, Academia Sinica") == ("Institute of Modern History", "Academia Sinica")
    school = unit_of("School of History, St Patrick's College Dublin")
    assert school == ("School of History", "St Patrick's College Dublin")


def test_listed_subjects_of_a_spanish_ministry_and_a_german_agency() -> None:
    assert split_org_names("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación") == [
        "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación"
    ]
    two = "the Mastercard Foundation and the Deutsche Gesellschaft für Internationale Zusammenarbeit"
    assert split_org_names(two) == [
        "Mastercard Foundation",
        "Deutsche Gesellschaft für Internationale Zusammenarbeit",
    ]


def test_logos_under_a_heading_beside_them_name_the_organizer_and_the_sponsors() -> None:
    html = (
        "<html><body><main><h1>Energy Corridors of the Mediterranean</h1>"
        "<p>Tuesday, 14 January 2025, 18:30 – 20:00 (CET), Auditorium, Calle Mayor 3, Madrid</p>"
        "<div class='w-heading'><h2>Organised by</h2></div>"
        "<div class='w-image'><img src='a.png' alt='Fundación Mediterránea para el Diálogo'></div>"
        "<div class='w-heading'><h2>With the support of</h2></div>"
        "<div class='w-gallery'><figure><img src='b.png' alt='Banco Atlántico logo'></figure></div>"
        "</main></body></html>"
    )
    record = _html_page(html)
    assert [o.name for o in record.organizers] == ["Fundación Mediterránea para el Diálogo"]
    assert [s.name for s in record.sponsors] == ["Banco Atlántico"]


def test_a_panels_name_before_its_chair_in_a_programme_row_is_not_a_person() -> None:
    page = (
        "Workshop: Islands of the Cold War\n\nDate: 17 October 2024\nVenue: Room 802, Taipei\n\n"
        "Program\n"
        "09:30–10:50 Panel 1: Divided Lines, Chair: Mei-ling Chang (Academia Sinica)\n"
        "Hyun-woo Seo (Korea University): Mapping the Border\n"
    )
    people = _people(_text_page(page))
    assert {p[0] for p in people} == {"Mei-ling Chang", "Hyun-woo Seo"}
    assert ("Mei-ling Chang", "chair", "Academia Sinica", None) in people


def test_initials_and_a_country_name_the_institute_spelled_out() -> None:
    page = (
        "Roundtable\n\nData Flows in Southeast Asia\n\nDate: 21 August 2024\nTime: 9.30am - 12.30pm (MYT)\n"
        "Venue: No. 1 Jalan Sultan, Kuala Lumpur\n\n"
        "Organised by the Centre for Public Policy Studies Malaysia.\n\n"
        "Opening remarks: Dr Farah Aziz, Chief Executive, CPPS Malaysia\n"
    )
    (person,) = _text_page(page).participants
    assert person.affiliation is not None and person.affiliation.name == "Centre for Public Policy Studies Malaysia"


def test_opening_words_and_a_panel_listed_after_its_title_and_a_dash() -> None:
    html = (
        "<html><body><main><h1>Ageing and Work in the Nordics</h1><p>Friday 8 November 2024, 9:30–12:00, Helsinki</p>"
        "<h2>Programme</h2>"
        "<p>9:30 Opening words: Professor Kaisa Laine, Dean, Faculty of Law</p>"
        "<p>10:00 Panel: Pensions and Care – Dr. Erik Holm (Nordic Welfare Centre),"
        " Dr. Ines Sousa (University of Porto)</p>"
        "</main></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Kaisa Laine", "introductory-remarks") in {p[:2] for p in people}
    assert {("Erik Holm", "panelist", "Nordic Welfare Centre"), ("Ines Sousa", "panelist", "University of Porto")} <= {
        p[:3] for p in people
    }


def test_a_role_alone_on_the_line_under_a_speaker_card() -> None:
    html = (
        "<html><body><main><h1>Open Access After the Transition</h1><p>18 September 2024, 16:00–17:00 CEST, online</p>"
        "<h2>Speakers</h2><ul>"
        "<li><h3>Tomas Berg</h3><p>Director of Library Services, Lund University</p></li>"
        "<li><h3>Aisling Byrne</h3><p>Publishing Director, Liffey University Press</p><p>(moderator)</p></li>"
        "</ul></main></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Aisling Byrne", "moderator", "Liffey University Press", "Publishing Director") in people
    assert ("Tomas Berg", "speaker", "Lund University", "Director of Library Services") in people


def test_a_museum_of_a_university_organises_and_a_host_cards_links_and_related_events_do_not() -> None:
    page = PAGE_HEAD + "Speaker: Dr. Kwesi Ofori, Senior Fellow, Volta Policy Institute\n\n"
    page += "Organised by Museum Gustavianum, Uppsala University.\n"
    assert [o.name for o in _text_page(page).organizers] == ["Museum Gustavianum"]
    html = (
        "<html><body><main><h1>Open Data for Cities</h1><p>18 September 2024, 16:00–17:00 CEST, online</p>"
        "<h2>Hosted by</h2><div class='host-card'><h3>Coalition for Open Cities</h3>"
        "<p>An international alliance of city data offices.</p><a href='/c/1'>Follow</a></div>"
        "<h2>More webinars</h2><p>Data Trusts in Practice Oct 2 2024</p></main></body></html>"
    )
    assert [o.name for o in _html_page(html).organizers] == ["Coalition for Open Cities"]


def test_initials_the_site_spells_out_in_its_title_or_embedded_organisation() -> None:
    html = (
        "<html><head><title>Rail Futures 2025 | Nordic Transport Policy Centre</title></head><body><main>"
        "<h1>Rail Futures 2025</h1><p>30 June 2025, 9:30–17:00 CEST, Oslo</p>"
        "<p>Chair: Dr Liv Hansen, Director, NTPC</p></main></body></html>"
    )
    (person,) = _html_page(html).participants
    assert person.affiliation is not None and person.affiliation.name == "Nordic Transport Policy Centre"
    named = (
        '<html><head><meta property="og:site_name" content="FIDE">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",'
        '"name":"Fundación Iberoamericana para el Diálogo"}</script></head><body><main>'
        "<h1>Trade after Mercosur</h1><p>10 December 2024, 18:30–20:00 CET, Madrid</p>"
        "<p>Welcome: Ignacio Prado, Director General, FIDE</p></main></body></html>"
    )
    (welcome,) = _html_page(named).participants
    assert welcome.affiliation is not None and welcome.affiliation.name == "Fundación Iberoamericana para el Diálogo"


def test_a_sidebar_boxs_heading_in_a_header_element_is_read() -> None:
    html = (
        "<html><body><header class='site'><a href='/'>Institute of Advanced Studies</a><nav>Home Events</nav></header>"
        "<main><h1>Amazon Rivers and Urban Water</h1><p>12 November 2024, 10:00–11:30 BRT, online</p>"
        "<p>A webinar on the rivers that supply the cities of the Amazon basin and what drought does.</p></main>"
        "<aside><div class='portlet'><header class='portletHeader'>Organiser</header>"
        "<div class='portletItem'>Water Security Research Group</div></div></aside></body></html>"
    )
    assert [o.name for o in _html_page(html).organizers] == ["Water Security Research Group"]


def test_jan_is_a_given_name_and_a_large_city_after_an_organisation_is_where_it_is() -> None:
    entry = parse_entry("Jan Nowak, Professor, Jagiellonian University, Kraków")
    assert entry is not None
    assert (entry.name, entry.job_title, entry.affiliation) == ("Jan Nowak", "Professor", "Jagiellonian University")
    # a campus names a university; a think tank alone after its programme is the employer
    campus = parse_entry("Ana Lima, Research Associate, University of Nebraska, Lincoln")
    assert campus is not None and campus.affiliation == "University of Nebraska, Lincoln"
    program = parse_entry("Mary Poe, Senior Fellow, Foreign Policy Program, Brookings")
    assert program is not None and program.affiliation == "Brookings"


def test_organisers_a_unit_ending_in_a_plain_word_and_a_department() -> None:
    assert split_org_names("Centre for Ocean Governance and Department of Geography") == [
        "Centre for Ocean Governance",
        "Department of Geography",
    ]
    assert split_org_names("Institute for Law and Society") == ["Institute for Law and Society"]


# Set 35's fields at 0.9 or more after its fixes (locality 0.83 and attendance 0.86 are not yet:
# see docs/ingest.md)
SET_35_GUARDED = (
    "title",
    "start",
    "end",
    "people",
    "roles",
    "affiliations",
    "reports",
    "job titles",
    "organizers",
    "sponsors",
)


def test_set_35_meets_the_f1_target_in_its_guarded_fields() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-35" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in SET_35_GUARDED if scores[name].f1 < 0.9} == {}


def test_an_institute_that_will_hold_the_event_with_partners_organises_it() -> None:
    page = PAGE_HEAD + (
        "The Volta Policy Institute (VPI) in partnership with the Hewlett Foundation and the Accra Metropolitan"
        " Assembly will hold a policy dialogue on what households pay for water and how tariffs are set.\n\n"
        "Speaker: Dr. Kwesi Ofori, Senior Fellow, Volta Policy Institute\n"
    )
    record = _text_page(page)
    assert [o.name for o in record.organizers] == ["Volta Policy Institute"]
    assert [s.name for s in record.sponsors] == ["Hewlett Foundation", "Accra Metropolitan Assembly"]


def test_a_small_capital_that_is_also_a_name_is_not_taken_for_a_place() -> None:
    entry = parse_entry("Douglas, Grace (Senior Fellow, Atlantic Council)")  # the Isle of Man's capital
    assert entry is not None and entry.name == "Grace Douglas"


def test_a_chair_named_after_the_societys_post_and_a_speaker_with_three_parts_to_her_post() -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Royal Society for Coastal Studies'></head><body><main>"
        "<h1>Saltmarsh Futures</h1><p>Wednesday 15 May 2024, 18:30–20:00, London</p>"
        "<p>Dr. Ines Carvalho, Associate Professor, School of Geography and Environment, University of Lisbon,"
        " presents new findings on how saltmarshes keep pace with the rising sea and what that means for ports.</p>"
        "<p>The lecture will be chaired by the Society's President, Professor Alan Greig. Drinks follow.</p>"
        "</main></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Alan Greig", "chair", "Royal Society for Coastal Studies", "President") in people
    assert (
        "Ines Carvalho",
        "speaker",
        "University of Lisbon",
        "Associate Professor, School of Geography and Environment",
    ) in people
