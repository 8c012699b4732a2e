"""Forms of speakers' posts and bodies, and of the places around them, that hold-out set 136 (Athlone, Sudbury,
Gulu, Montego Bay, Morogoro, Khulna, Dharwad and Antigonish pages: affiliations and job titles in speaker bios)
showed the ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.gazetteer import town_name
from kg.pages.place import read_place
from tests.test_pages_unseen import _people, _text_page


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
