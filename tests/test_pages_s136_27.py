"""Forms of speakers' posts and bodies, and of the places around them, that hold-out set 136 (Athlone, Sudbury,
Gulu, Montego Bay, Morogoro, Khulna, Dharwad and Antigonish pages: affiliations and job titles in speaker bios)
showed the ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.gazetteer import town_name
from kg.pages.place import read_place
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize("part", ["St. James", "St. Andrew", "St. Elizabeth"])
def test_a_saints_name_is_no_big_citys_old_name(part: str) -> None:
    # a parish, a church or a street named after a saint is not the city that once bore the name
    # (Vũng Tàu was Cap Saint-Jacques; Luanda was São Paulo de Loanda)
    assert town_name(part) is None
    assert town_name("St. Petersburg") == "St. Petersburg"


@pytest.mark.parametrize(
    ("address", "town", "region"),
    [
        ("Lecture Theatre 2, Carlow Campus, Kilkenny Road, Carlow, Co. Carlow, R93 V960", "Carlow", "Co. Carlow"),
        ("Main Hall, Community Centre, Mandeville, St. Ann", "Mandeville", "St. Ann"),
        ("Room 4, Town Hall, Naas, County Kildare", "Naas", "County Kildare"),
    ],
)
def test_a_town_before_its_county_or_parish_is_the_locality(address: str, town: str, region: str) -> None:
    place, _ = read_place([address])
    assert place is not None and place.locality == town and place.region == region


def test_bios_under_about_the_presenters_and_discussants_add_no_role() -> None:
    record = _text_page("""\
Departmental Seminar: Cassava Prices and Village Markets

Event Date: Tuesday, 9 April 2024
Time: 10:00 – 12:00 hrs
Venue: Seminar Room 3, Mzumbe Campus, Morogoro

PROGRAMME

10:00  Presentation – Ms. Zawadi Mushi, PhD candidate, Department of Economics
10:40  Discussant – Dr. Omari Juma, Ministry of Agriculture
11:30  Closing – Dr. Rose Lema, Head, Department of Economics
Chairperson: Prof. Amani Kweka, Department of Economics

ABOUT THE PRESENTERS AND DISCUSSANTS

Zawadi Mushi is a PhD candidate in Economics at Mzumbe University.

Dr. Omari Juma is Principal Agricultural Officer at the Ministry of Agriculture, Dodoma.
""")
    roles = {(p.person.name, p.role) for p in record.participants}
    assert ("Amani Kweka", "chair") in roles
    assert not {("Zawadi Mushi", "chair"), ("Omari Juma", "chair")} & roles


def test_a_programme_items_second_role_is_the_same_persons() -> None:
    record = _text_page("""\
Bogs, Jobs and Towns: The Midlands Since 2020

Date: Thursday 6 March 2025
Time: 13:00 - 14:00
Location: Room 12, Main Building, Tullamore

Programme
1:00pm Welcome and chair: Dr Sinéad Ryan, Director, Midlands Policy Unit, Tullamore College
1:05pm Talk: Mr Colm Daly, Offaly Local Development Company
1:45pm Questions
""")
    roles = {(p.person.name, p.role) for p in record.participants}
    assert {("Sinéad Ryan", "introductory-remarks"), ("Sinéad Ryan", "chair")} <= roles


def test_a_role_heading_scoped_to_a_part_of_the_event_names_the_role() -> None:
    record = _text_page("""\
Monsoon Politics: Rivers and Neighbours

Tuesday, 4 March 2025 | 10:30 AM | Seminar Hall, Institute of Development Studies, Jaipur

Memorial Lecture: Shri Arun Mathur, former Ambassador of India to Bhutan

Respondents for the discussion after the lecture:
Prof. Kavita Sharma, Department of Economics, University of Rajasthan
Dr. Imran Qureshi, Manipal University Jaipur
""")
    roles = {(p.person.name, p.role) for p in record.participants}
    assert {("Kavita Sharma", "respondent"), ("Imran Qureshi", "respondent")} <= roles
