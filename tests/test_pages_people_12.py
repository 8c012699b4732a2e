"""People, affiliation and job-title forms that hold-out set 73 (Durham, Astana, Macao, Manama, Tartu,
Bridgetown, Berkeley and Chiang Mai sites) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import is_person_name, parse_entries


def test_a_name_written_again_in_another_script_is_neither_its_post_nor_a_second_person() -> None:
    # Cyrillic in brackets, Arabic in brackets, Chinese characters after the name: the page's own
    # script beside the Latin form names the same person
    [entry] = parse_entries("Dr. Timur Abenov (Тимур Абенов), Senior Analyst, Caspian Policy Centre")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Timur Abenov",
        "Senior Analyst",
        "Caspian Policy Centre",
    )
    [entry] = parse_entries("Ms. Mariam Al-Sayed (مريم السيد)")
    assert entry.name == "Mariam Al-Sayed" and entry.job_title is None and entry.affiliation is None
    assert is_person_name("Prof. HO Kin Fai 何建輝")
