"""Organizer, sponsor and report forms that hold-out set 101 (pages aimed at organizers, co-sponsors
and reports: Belize, Kisumu, Maseru, Sapporo, Swansea, Honiara, Milwaukee and Lethbridge) showed the
ingester missing, one test per form. Each sentence or page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import stated_hosts
from kg.pages.reports import find_reports
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        (  # the unit's initials before 'at' its university, a partner set apart before the verb
            "The Centre for Coastal Livelihoods (CCL) at the University of Tamarind Bay, in partnership with "
            "the Harbour Trust, warmly invites you to the launch of the Coastal Atlas.",
            ["Centre for Coastal Livelihoods at the University of Tamarind Bay"],
            ["Harbour Trust"],
        ),
        (
            "The Centre for Coastal Livelihoods (CCL) at the University of Tamarind Bay invites you to a seminar.",
            ["Centre for Coastal Livelihoods at the University of Tamarind Bay"],
            [],
        ),
        (  # two hosts, the second a department with its university after a comma, 'co-hosting'
            "The Upland Budget Observatory (UBO) and the Department of Geography, Ridgefield University, are "
            "co-hosting a round table on county revenue.",
            ["Upland Budget Observatory", "Department of Geography"],
            [],
        ),
        (  # a series run by a network
            "The Estuary Finance Lectures are run by the Network of Maritime Economics Centres (NMEC), a "
            "partnership of four universities.",
            ["Network of Maritime Economics Centres"],
            [],
        ),
        (  # 'pleased to announce the launch' of its own work, a partner in brackets' initials between
            "The Lagoon Policy Institute (LPI), in partnership with the Atoll Teachers College (ATC), is "
            "pleased to announce the launch of its Schools Report 2026.",
            ["Lagoon Policy Institute"],
            ["Atoll Teachers College"],
        ),
        (  # 'presented in partnership with'
            "Foothills Policy Forum, presented in partnership with the Prairie Soil Society, invites you to "
            "a lunchtime briefing.",
            ["Foothills Policy Forum"],
            ["Prairie Soil Society"],
        ),
    ],
)
def test_hosts_of_unit_at_university_co_hosting_run_by_announce_and_presented_in_partnership(
    sentence: str, hosts: list[str], sponsors: list[str]
) -> None:
    found_hosts, found_sponsors = stated_hosts(sentence)
    assert sorted(set(found_hosts)) == sorted(hosts) and found_sponsors == sponsors


@pytest.mark.parametrize(
    ("sentence", "sponsors"),
    [
        (  # the funder's town and country after its initials
            "The workshop was funded by the Rift Valley Water Fund (RVWF), Nairobi, Kenya, under its open call.",
            ["Rift Valley Water Fund"],
        ),
        (  # a grant number, and the funder's programme in capitals before it
            "This lecture is supported by the Science Council of Atlantis (SCA) FRONTIER Grant Number AT24-0071.",
            ["Science Council of Atlantis"],
        ),
        ("The symposium is supported by the Ocean Trust Award No. 880412.", ["Ocean Trust"]),
    ],
)
def test_a_funders_town_country_and_grant_number_are_no_part_of_its_name(sentence: str, sponsors: list[str]) -> None:
    assert stated_hosts(sentence)[1] == sponsors


_SPONSORED_PAGE = """Launch of the Reef Schools Survey 2026

Date: Thursday, 12 March 2026
Time: 10:00 – 12:00
Venue: Town Hall, Apia

The Pacific Futures Institute invites you to the launch.

Moderator: Ms. Ana Leota, Senior Reporter, Tusitala Ray

Supported by
Science Council of Atlantis (SCA) FRONTIER Grant Number AT24-0071

Media partner: Tusitala Ray
"""


def test_a_supporters_field_drops_the_grant_number_and_a_media_partner_named_as_an_employer_is_a_body() -> None:
    record = _text_page(_SPONSORED_PAGE)
    assert sorted(o.name for o in record.sponsors) == ["Science Council of Atlantis", "Tusitala Ray"]
    assert {p.person.name for p in record.participants} == {"Ana Leota"}


def test_two_papers_named_twice_in_the_plural_stay_whole_and_the_previous_in_the_series_is_no_report() -> None:
    lines = [
        "Launch of Harbour Papers No. 7 and 8",
        "Harbour Papers No. 7 and 8: Ports After the Storms",
        "Harbour Paper No. 7 – Dredging the Lagoon, by Dr Ana Leota",
        "Previous in this series: Harbour Paper No. 6 – Breakwaters (May 2025)",
    ]
    reports = find_reports(lines, lines[0], 2026)
    assert sorted((r.name, r.number) for r in reports) == [("Harbour Paper No. 7", "7"), ("Harbour Paper No. 8", "8")]


_BOOK_PAGE = """Book Launch: Tides of Trade

Date: Thursday, 12 March 2026
Time: 17:00 – 18:30
Venue: Town Hall, Apia

The Harbour Society is delighted to host the launch of Tides of Trade: Copra, Cocoa and the Pacific Ports, \
1880–1960 (Island Press, 2025), the new book by Ana Leota, Senior Lecturer in History at the National \
University of Samoa.
"""


def test_the_post_after_the_author_of_the_new_book_is_no_title_of_a_book() -> None:
    reports = _text_page(_BOOK_PAGE).reports
    assert [r.name for r in reports] == ["Tides of Trade: Copra, Cocoa and the Pacific Ports, 1880–1960"]


_UNIT_FIELD_PAGE = """Ports After the Storms

The Centre for Island Economies (CIE) will hold its 12th seminar as follows.

Date & Time
March 12, 2026 (Thu) 15:00-16:30

Venue
Room 4, Apia

Organizer
CIE, National University of Samoa
"""


def test_an_organizer_field_naming_a_unit_by_its_initials_then_its_university_is_the_unit() -> None:
    assert [o.name for o in _text_page(_UNIT_FIELD_PAGE).organizers] == ["Centre for Island Economies"]


_RELEASE_PAGE = """Release of the Prairie Water Report

Date: Thursday, 12 March 2026
Time: 10:00 – 12:00
Venue: Town Hall, Apia

Agenda

Presentation of findings by the report's lead author, Dr. Ana Leota, Senior Fellow, Pacific Futures Institute

Responses from

Tavita Sapolu, Director, Samoa Farmers Union

Mele Tuilagi, Lecturer, National University of Samoa
"""


def test_the_work_presented_by_its_author_named_by_what_she_is_and_responses_from_a_list() -> None:
    roles = {(p.person.name, p.role) for p in _text_page(_RELEASE_PAGE).participants}
    assert roles == {("Ana Leota", "presenter"), ("Tavita Sapolu", "respondent"), ("Mele Tuilagi", "respondent")}


def test_hold_out_set_101_meets_the_target_in_every_field_but_title_and_affiliations() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-101" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 101): title (0.75: the Maseru page's heading loses to an
    # indented paper line beside its date block, its breadcrumb's '/' trail not read as support; the
    # Lethbridge 'Report release' type line joined to the h1 by the embedded name) and affiliations
    # (0.89: the Maseru programme's people named bare after the papers' lines, 'Dean, Faculty of X, NUL'
    # at the faculty, the Milwaukee author only in prose)
    fields = [name for name in scores if name not in ("title", "affiliations")]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 > 0.7 and scores["affiliations"].f1 > 0.85
