"""Organizer, sponsor and report forms that hold-out set 101 (pages aimed at organizers, co-sponsors
and reports: Belize, Kisumu, Maseru, Sapporo, Swansea, Honiara, Milwaukee and Lethbridge) showed the
ingester missing, one test per form. Each sentence or page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.orgs import stated_hosts


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
