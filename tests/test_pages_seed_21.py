"""Forms that hold-out set 114 (think-tank, research-centre and learned-society pages of Guatemala
City, Dili, Kharkiv, Tegucigalpa, Djibouti, Panama City, Gyumri and Monaco, five in the seed page's
text rendering) showed the ingester missing, one test per form. Each page here is written for the
form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.offices import agency_of_office, foundation_of_office
from kg.pages.people import bare_name, describe, lists_people, parse_entries
from kg.pages.place import read_place
from kg.pages.sentences import cued_entries, presenting_authors
from tests.test_pages_unseen import _people, _text_page


def test_a_heading_ending_in_a_place_written_like_a_name_is_no_list_under_a_type_line() -> None:
    # 'Villa Nueva Alta' reads as a name, but the line opens with the topic, not with a person
    heading = "Flood Insurance and Small Farms in Cartago and Villa Nueva Alta"
    assert not lists_people(heading)
    assert lists_people("Ana Solís, CIRA; Tomás Brenes, University of Costa Rica")
    page = (
        "Events\n\nPanel Discussion\n\n"
        f"{heading}\n\n"
        "Ana Solís, CIRA; Tomás Brenes, University of Costa Rica\n\n"
        "Date & Time\n\nApr. 9, 2019\n9:00am – 11:00am\n\n"
        "The Central Institute for Rural Affairs invites you to a panel on crop insurance.\n"
    )
    record = _text_page(page)
    assert record.name == heading
    assert "Villa Nueva Alta" not in {name for name, *_ in _people(record)}


def test_a_country_office_written_after_the_bodys_initials_in_brackets_is_the_body() -> None:
    line = "Min-seo Lee, Country Director, Korea Trade Promotion Agency (KOTRA) Paraguay Office"
    (entry,) = parse_entries(line)
    assert entry.job_title == "Country Director"
    assert agency_of_office(entry.affiliation or "") == "Korea Trade Promotion Agency"
    # and the office written with the initials alone, as a speaker card gives it
    assert agency_of_office("KOTRA Paraguay Office") == "KOTRA"
    assert agency_of_office("Central Statistical Office") == "Central Statistical Office"


def test_a_latin_american_police_or_military_rank_before_a_name_is_no_part_of_it() -> None:
    assert bare_name("Comisionado General Rosa Amador Ríos") == ("Comisionado General", "Rosa Amador Ríos")
    assert bare_name("Comisario Luis Paredes") == ("Comisario", "Luis Paredes")
    assert bare_name("Capitán de Navío Jorge Ibarra") == ("Capitán de Navío", "Jorge Ibarra")
    (entry,) = parse_entries("Subcomisionado Mario Zúniga, Director of Community Policing, National Police")
    assert (entry.name, entry.affiliation) == ("Mario Zúniga", "National Police")


def test_a_contact_sentence_under_the_sponsors_heading_is_read() -> None:
    page = (
        "Events\n\nRound Table\n\nWho Pays for the Buses?\n\n"
        "Date & Time\n\nMay. 7, 2019\n10:00am – 12:00pm\n\n"
        "The Urban Institute of Lempira invites you to a round table on bus fares.\n\n"
        "Co-sponsored by\n\nInter-American Foundation\n\n"
        "For more information please contact Irma Castellanos, Events Officer, at icastellanos@example.org.\n"
    )
    assert ("Irma Castellanos", "contact", None, "Events Officer") in _people(_text_page(page))


def test_panelists_heading_their_names_in_a_sentence_are_panelists() -> None:
    line = (
        "Panelists Mele Tupou (Ministry of Fisheries), Sione Kata (University of the South Pacific) and"
        " Ana Lolo (Tonga Chamber of Commerce) will then debate the brief's options."
    )
    found = [(e.name, e.role, e.affiliation) for e in cued_entries(line)]
    assert found == [
        ("Mele Tupou", "panelist", "Ministry of Fisheries"),
        ("Sione Kata", "panelist", "University of the South Pacific"),
        ("Ana Lolo", "panelist", "Tonga Chamber of Commerce"),
    ]
    assert cued_entries("The panelists discussed the brief's options at length.") == []


def test_an_author_named_with_her_post_before_presenting_the_findings_is_a_presenter() -> None:
    line = (
        "The study's author, Teuila Fa'amoe, Research Fellow at the Pacific Policy Centre,"
        " will present its main findings."
    )
    assert [(e.name, e.role) for e in presenting_authors(line)] == [("Teuila Fa'amoe", "presenter")]


def test_a_staff_line_closing_with_a_number_in_its_countrys_grouping_is_a_contact() -> None:
    (entry,) = parse_entries("Lucía Ramírez, Urban Policy Program coordinator 503-2275-1190")
    assert (entry.job_title, entry.telephone) == ("Urban Policy Program coordinator", "503-2275-1190")
    (entry,) = parse_entries("Paul Okafor, Africa Program director 202-555-0143")  # a North American one keeps +1
    assert entry.telephone == "+1-202-555-0143"


def test_a_name_written_once_without_its_second_family_name_is_the_same_person() -> None:
    page = (
        "Events\n\nWater for the Highlands\n\n"
        "Lucía Pop Caal, Universidad del Valle; Mario Sic Ajú, Inter-American Development Bank\n\n"
        "Date & Time\n\nMar. 3, 2005\n9:00am – 11:00am\n\n"
        "Water for the Highlands\nMarch 3, 2005\n\n"
        "Lucía Pop, Universidad del Valle; Mario Sic Ajú, Inter-American Development Bank.\n\n"
        "The meeting looked at water tariffs in the western highlands and at who pays for new wells.\n"
    )
    record = _text_page(page)
    assert sorted(p.person.name for p in record.participants if p.person.name.startswith("Lucía")) in (
        ["Lucía Pop"],
        ["Lucía Pop Caal"],
    )
    lucia = next(p.person for p in record.participants if p.person.name.startswith("Lucía"))
    assert {lucia.name, *lucia.alternate_names} >= {"Lucía Pop", "Lucía Pop Caal"}


def test_a_sidebars_upcoming_events_with_a_venue_under_each_date_are_other_events() -> None:
    page = (
        "Events\n\nWebinar: Salt Marshes of the Camargue\n\n"
        "Wednesday 4 February 2026\n6:00 pm - 7:30 pm (CET)\n\n"
        "The Riviera Naturalists' Society invites members to an online talk on the publication of its"
        " Occasional Paper No. 7.\n\n"
        "Upcoming Events\n\n"
        "Members' Evening and Presentation of the Bulletin No. 31\n\n4 March 2026\n\nVilla Azur, Menton\n\n"
        "Lecture: Lemons and Trade in Old Menton\n\n18 March 2026\n\nVilla Azur, Menton\n"
    )
    assert [r.name for r in _text_page(page).reports] == ["Occasional Paper No. 7"]


def test_a_capital_that_bears_its_countrys_name_is_the_venues_town() -> None:
    place, _ = read_place(["Chamber of Commerce, Place du 27 Juin", "Avenue Georges Clemenceau, Djibouti"])
    assert place is not None and place.locality == "Djibouti"


def test_a_lecture_given_by_the_works_author_names_her_after_the_word() -> None:
    line = (
        "The lecture will be given by the book's author, Dr Ines Vukić, Senior Researcher at the"
        " Institute of Oceanography of the Adriatic Centre for Marine Studies (Split)."
    )
    found = [(e.name, e.role, e.affiliation) for e in cued_entries(line)]
    assert found == [("Ines Vukić", "speaker", "Adriatic Centre for Marine Studies")]


def test_a_unit_of_a_university_written_without_its_article_is_at_the_university() -> None:
    assert describe("Associate Professor at the Institute for Development Studies of Makerere University") == (
        "Associate Professor",
        "Makerere University",
    )


def test_an_information_heading_over_a_card_of_name_post_and_addresses_is_a_contact() -> None:
    page = (
        "Events\n\nWebinar: Olive Groves after the Frost\n\n"
        "Wednesday 4 February 2026\n6:00 pm - 7:30 pm (CET)\n\n"
        "The Riviera Naturalists' Society invites members to an online talk on frost and olives.\n\n"
        "Information\n\nMarine Aubert\nSecretary of the Society\nsecretariat@example.org · +33 4 93 00 00 00\n"
    )
    assert ("Marine Aubert", "contact", None, "Secretary of the Society") in _people(_text_page(page))


def test_a_foundations_department_in_the_possessive_is_the_foundation_as_a_sponsor() -> None:
    assert foundation_of_office("Aga Khan Foundation's Civil Society Programme") == "Aga Khan Foundation"
    assert foundation_of_office("Wellcome Trust's Africa Programme") == "Wellcome Trust's Africa Programme"
    page = (
        "Events\n\nBook presentation\n\nStone and Memory in Old Khujand\n\n"
        "Date: Thursday, 11 June 2020\nTime: 17:00 – 19:00\n\n"
        "The Khujand Heritage Centre invites you to the presentation of a new volume on the city's mosques.\n\n"
        "The presentation is supported by the Aga Khan Foundation's Civil Society Programme.\n"
    )
    assert [o.name for o in _text_page(page).sponsors] == ["Aga Khan Foundation"]


def test_a_sponsor_written_as_its_initials_then_its_name_after_a_dash_keeps_both() -> None:
    page = (
        "Events\n\nForum\n\nPorts after the Expansion\n\n"
        "Date: Thursday, 11 June 2020\nTime: 09:00 – 12:00\n\n"
        "The Isthmus Logistics Institute invites you to a forum on port capacity.\n\n"
        "The forum is organized with the support of CABEI – Central American Bank for Economic Integration.\n"
    )
    assert [o.name for o in _text_page(page).sponsors] == ["CABEI – Central American Bank for Economic Integration"]


def test_set_114_stays_at_the_levels_its_fixes_reached() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-114" / "expected.yaml")
    # left (docs/ingest.md, set 114): a programme's 'Discussion' item read as panelists where the prose
    # says the two 'will discuss the report'; a commenter who 'offered a more cautious view' read as a
    # speaker; an organisation written in two languages in the masthead known by one only, a country
    # office by its initials and country ('GIZ Ukraine'); (the institute that invites beside the
    # programme that hosts, fixed for set 119 in session 22)
    assert {name: round(scores[name].f1, 3) for name in scores if scores[name].f1 < 0.95} == {}
    assert scores["title"].f1 == scores["start"].f1 == scores["end"].f1 == scores["people"].f1 == 1.0
    assert scores["reports"].f1 == scores["sponsors"].f1 == scores["locality"].f1 == 1.0
