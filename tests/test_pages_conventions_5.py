"""Two conventions every hold-out set's answers now follow (docs/ingest.md, Accuracy): a
minister's post has no affiliation, even written before its ministry, and a foundation's country
or city office is the foundation. The pages here are written for the forms, not copied from the
hold-out pages that showed them."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.offices import foundation_of_office
from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page

_DATED = "Policy Dialogue\n\nSkills for the Green Transition\n\nThursday, 15 May 2025, 09:00 - 12:00\n\n"


@pytest.mark.parametrize(
    "post",
    [
        "State Minister, Ministry of Labour and Skills",
        "Minister of State, Ministry of External Affairs",
        "Deputy Minister, Ministry of Finance",
        "Vice Minister, Ministry of Education and Training",
        "Minister of State in charge of Public Works, Ministry of Infrastructure",
    ],
)
def test_a_ministers_post_before_its_ministry_is_the_job_title_with_no_affiliation(post: str) -> None:
    assert describe(post) == (post, None)


def test_an_honourable_before_a_ministers_post_is_not_part_of_it() -> None:
    assert describe("Hon'ble State Minister, Ministry of Commerce") == ("State Minister, Ministry of Commerce", None)


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("Deputy Director, Ministry of Finance", ("Deputy Director", "Ministry of Finance")),  # a civil servant
        ("Minister-Counsellor, Embassy of Japan", ("Minister-Counsellor", "Embassy of Japan")),  # a diplomat's rank
        ("Minister of Unification, Republic of Korea", ("Minister of Unification", "Republic of Korea")),  # the state
    ],
)
def test_a_ministrys_staff_a_diplomats_rank_and_a_state_after_a_post_keep_it(post: str, expected: tuple) -> None:
    assert describe(post) == expected


def test_a_programme_gives_a_state_minister_no_affiliation() -> None:
    page = _DATED + (
        "Programme\n\n"
        "09:00 Opening remarks - Dr. Amina Bekele, Director, Horn Policy Institute\n"
        "09:20 Keynote - Hon. Daniel Mersha, State Minister, Ministry of Education\n"
    )
    people = _people(_text_page(page))
    assert ("Daniel Mersha", "keynote", None, "State Minister, Ministry of Education") in people
    assert ("Amina Bekele", "introductory-remarks", "Horn Policy Institute", "Director") in people


@pytest.mark.parametrize(
    ("name", "foundation"),
    [
        ("Friedrich-Ebert-Stiftung Cambodia Office", "Friedrich-Ebert-Stiftung"),
        ("Konrad-Adenauer-Stiftung Tunisia", "Konrad-Adenauer-Stiftung"),
        ("Heinrich Böll Stiftung Nairobi Office", "Heinrich Böll Stiftung"),
        ("Heinrich Böll Stiftung Office in Nairobi", "Heinrich Böll Stiftung"),
        ("Friedrich-Ebert-Stiftung Lebanon & Syria", "Friedrich-Ebert-Stiftung"),
        ("Hanns Seidel Foundation Regional Office for Southeast Asia", "Hanns Seidel Foundation"),
        ("Friedrich Naumann Foundation for Freedom South Asia", "Friedrich Naumann Foundation for Freedom"),
    ],
)
def test_a_foundations_country_office_is_the_foundation(name: str, foundation: str) -> None:
    assert foundation_of_office(name) == foundation


@pytest.mark.parametrize(
    "name",
    [
        "Korea Foundation",
        "Fondation de France",
        "Open Society Foundation for South Africa",
        "Foundation Kenya",
        "World Bank Vietnam Office",
        "Institute of Strategic Studies Ghana",
    ],
)
def test_other_names_with_a_place_are_kept(name: str) -> None:
    assert foundation_of_office(name) == name


def test_a_foundations_office_as_sponsor_and_employer_is_the_foundation() -> None:
    page = _DATED + (
        "Welcome remarks: Lukas Wendt, Resident Director, Friedrich-Ebert-Stiftung Ethiopia\n\n"
        "The dialogue is held with the support of the Friedrich-Ebert-Stiftung Ethiopia Office.\n"
    )
    record = _text_page(page)
    assert [o.name for o in record.sponsors] == ["Friedrich-Ebert-Stiftung"]
    assert ("Lukas Wendt", "introductory-remarks", "Friedrich-Ebert-Stiftung", "Resident Director") in _people(record)


def test_set_40s_sponsors_all_read_right_with_the_foundations_offices() -> None:
    """Set 40's Abuja and Rabat pages name a foundation's office ('… Stiftung Abuja Office',
    '… Stiftung Morocco office'): with the convention every sponsor of the set reads right."""
    scores = measure(Path(__file__).parent / "data" / "holdout-40" / "expected.yaml")
    assert scores["sponsors"].f1 == 1.0
