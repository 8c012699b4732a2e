"""Forms of who holds and who supports an event, and of the people its programme names, that hold-out
set 111 (Tamale, Inverness, Kelowna, Sylhet, Toowoomba, Eldoret, Baguio and Bulawayo pages) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the hold-out
page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import split_org_names, stated_hosts
from tests.test_pages_unseen import _html_page, _people, _text_page

_TOP = (
    "Riverbend Policy Lab\n\nPOLICY FORUM\n\nWho Maintains the Dykes?\n\n"
    "Date: Tuesday, 10 March 2026\nTime: 10:00 – 12:30\n\n"
)


def _orgs(text: str) -> tuple[list[str], list[str]]:
    record = _text_page(_TOP + text + "\n")
    return [o.name for o in record.organizers], [o.name for o in record.sponsors]


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        pytest.param(
            "This forum is made possible by Deltaworks, the Riverbend Civic Foundation, the Polder Water Service "
            "and Kadaster.",
            [],
            ["Deltaworks", "Riverbend Civic Foundation", "Polder Water Service", "Kadaster"],
            id="a_list_of_sponsors_each_after_its_article_keeps_the_companies_named_without_an_org_word",
        ),
        pytest.param(
            "The forum is held with the support of the Campaign for a Fair Delta (CFD).",
            [],
            ["Campaign for a Fair Delta"],
            id="a_name_with_for_a_in_it_is_one_name",
        ),
        pytest.param(
            "Co-hosted by the Centre for Delta Studies (CDS) at RVU Lowlands, the Regional District of North Polder "
            "and the Polder Farmers Alliance.",
            ["Centre for Delta Studies", "Regional District of North Polder", "Polder Farmers Alliance"],
            [],
            id="co_hosts_listed_after_a_unit_at_its_university_named_by_initials_and_campus",
        ),
        pytest.param(
            "This forum is hosted by the Institute for Dyke Engineering (IDE), Lowland University of Technology, "
            "jointly with the Polder Board and the National Water Agency (NWA), under the Institute's Delta "
            "Programme.",
            ["Institute for Dyke Engineering", "Polder Board", "National Water Agency"],
            [],
            id="hosted_by_a_unit_jointly_with_two_bodies",
        ),
        pytest.param(
            "The Centre for Rural Water Policy (CRWP), a centre of the School of Engineering at Lowland University, "
            "will launch its new working paper.",
            ["Centre for Rural Water Policy"],
            [],
            id="a_unit_described_as_a_centre_of_a_school_at_a_university_holds_it_not_the_university",
        ),
        pytest.param(
            "The Centre for Upland Governance (CUG) of the University of the Lowlands, in partnership with the "
            "Department of Water – Northern Uplands Region (DW-NUR) and the League of Dyke Boards – Polder Chapter, "
            "presents the forum.",
            ["Centre for Upland Governance"],
            ["Department of Water – Northern Uplands Region", "League of Dyke Boards – Polder Chapter"],
            id="a_unit_of_a_university_with_partners_whose_names_have_a_dash",
        ),
        pytest.param(
            "The Department of Geography, RVU, and the Centre for Flood Research (CFR) are pleased to invite you "
            "to the forum.",
            ["Department of Geography", "Centre for Flood Research"],
            [],
            id="a_department_its_university_by_initials_and_a_centre_invite_together",
        ),
        pytest.param(
            "Hosted by the Centre for Delta Histories at RVU in association with Polder Public Libraries, this forum "
            "marks the publication of a new atlas.",
            ["Centre for Delta Histories", "Polder Public Libraries"],
            [],
            id="hosted_by_x_in_association_with_y_makes_y_a_host",
        ),
        pytest.param(
            "The Centre for Dyke Studies at RVU Lowlands and its Water Commons programme (formerly the Polder Law "
            "Network), together with Delta Commons Holland and the Marsh Research Institute, present a forum.",
            ["Centre for Dyke Studies", "Water Commons", "Delta Commons Holland", "Marsh Research Institute"],
            [],
            id="a_unit_and_its_programme_together_with_two_partners_present",
        ),
        pytest.param(
            "This forum is made possible through a grant from the Polder Foundation, with additional support from "
            "the Lowland Water Board.",
            [],
            ["Polder Foundation", "Lowland Water Board"],
            id="with_additional_support_from",
        ),
    ],
)
def test_hosts_and_sponsors_stated_in_a_sentence(sentence: str, hosts: list[str], sponsors: list[str]) -> None:
    found_hosts, found_sponsors = _orgs(sentence)
    assert sorted(found_hosts) == sorted(hosts)
    assert sorted(found_sponsors) == sorted(sponsors)


def test_a_list_whose_names_read_as_a_subjects_list_stays_one_name() -> None:
    assert split_org_names("the Ministry of Trade, Industry and Energy") == ["Ministry of Trade, Industry and Energy"]
    assert stated_hosts("Co-hosted by the Centre for Fire and Flood Research (CFFR).")[0] == [
        "Centre for Fire and Flood Research"
    ]


def test_a_host_phrase_naming_a_body_names_no_person() -> None:
    record = _text_page(_TOP + "Co-hosted by the Centre for Wildfire and Watershed Research (CWWR) at RVU.\n")
    assert not [p.person.name for p in record.participants]


def test_logos_under_thanks_to_our_supporters_with_a_copyright_body_among_them() -> None:
    body = (
        "<h1>Who Maintains the Dykes?</h1><p>Tuesday, 10 March 2026, 10:00 – 12:30</p>"
        "<p>Hosted by the Centre for Delta Histories.</p>"
        '<div class="supporter-logos"><h3>Thanks to our supporters</h3>'
        '<img src="a.png" alt="Copyright Agency Cultural Fund logo">'
        '<img src="b.png" alt="Polder Regional Council logo"></div>'
    )
    record = _html_page(f"<html><head><title>Forum</title></head><body>{body}</body></html>")
    assert sorted(o.name for o in record.sponsors) == ["Copyright Agency Cultural Fund", "Polder Regional Council"]


def test_programme_forms_of_roles_honorifics_and_contacts() -> None:
    text = (
        "PROGRAMME\n\n"
        "10:00   Statement by the Chairman: Hon. Kofi Adjei Boateng, Regional Minister, Upper Region\n"
        "10:15   Introducing the special issue\n"
        "        Dr Ama Serwaa Mensah, Lecturer, Riverbend Policy Lab\n"
        "10:40   Panel discussion\n"
        "        - Hajia Amina Iddrisu Salifu, President, Delta Women Traders Association\n"
        "        - Advocate Rafiq Hasan Molla, Divisional Coordinator, Polder Lawyers Association\n"
        "11:30   Speech of the Chief Guest: Professor Dr. Jamal Uddin Ahmed, Vice-Chancellor, Lowland University\n"
        "11:50   Speech of the Chair: Professor Dr. Selina Parvin Haque, Dean, Lowland University\n"
        "\n"
        "For details: Md. Rakibul Hasan, Section Officer, Riverbend Policy Lab. Mobile: 01711-223344\n"
    )
    people = _people(_text_page(_TOP + text))
    assert ("Kofi Adjei Boateng", "chair") in {p[:2] for p in people}
    assert ("Ama Serwaa Mensah", "presenter") in {p[:2] for p in people}
    assert ("Amina Iddrisu Salifu", "panelist", "Delta Women Traders Association", "President") in people
    assert ("Rafiq Hasan Molla", "panelist", "Polder Lawyers Association", "Divisional Coordinator") in people
    assert ("Jamal Uddin Ahmed", "featured-remarks") in {p[:2] for p in people}
    assert ("Selina Parvin Haque", "chair") in {p[:2] for p in people}
    contact = next(p for p in people if p[1] == "contact")
    assert contact[0] == "Md. Rakibul Hasan" and "Mobile" not in str(contact[2])


@pytest.mark.parametrize(
    ("item", "role"),
    [
        pytest.param("Presentation of Working Paper WP 2026-04 and Policy Brief No. 9", "presenter"),
    ],
)
def test_programme_items_over_their_people(item: str, role: str) -> None:
    text = f"PROGRAMME\n\n10:00 – 10:40, {item}\nDr. Ruth Wanjiru Kamau, Research Fellow, Riverbend Policy Lab\n"
    people = _people(_text_page(_TOP + text))
    assert {p[1] for p in people if p[0] in ("Ruth Wanjiru Kamau", "Thoko Ndebele")} == {role}


def test_a_presentation_by_the_reports_authors_in_prose_makes_them_presenters() -> None:
    text = (
        "The forum opens with the launch and presentation of Research Report 52 by the report's authors: "
        "Dr Farai Moyo, Senior Fellow, Riverbend Policy Lab, and Dr Nandi Dube, Lecturer, Lowland University.\n"
    )
    people = _people(_text_page(_TOP + text))
    assert {p[:2] for p in people} >= {("Farai Moyo", "presenter"), ("Nandi Dube", "presenter")}


def test_a_unit_before_its_universitys_initials_stays_in_the_post() -> None:
    people = _people(_text_page(_TOP + "Chair: Professor Selina Haque, Dean, School of Law, RVU\n"))
    assert ("Selina Haque", "chair", "RVU", "Dean, School of Law") in people


def test_whom_a_caller_asks_for_is_the_contact() -> None:
    line = "Questions? Email forum@example.org or call 250.555.0199 and ask for Dana Whitlock, Events Officer.\n"
    assert ("Dana Whitlock", "contact", None, "Events Officer") in _people(_text_page(_TOP + line))


def test_in_conversation_a_with_b_makes_b_the_moderator() -> None:
    line = "In conversation – Dr Mira Okafor with Tom Hale, presenter, Delta Radio\n"
    people = _people(_text_page(_TOP + "Program\n\n" + line))
    assert ("Mira Okafor", "speaker") in {p[:2] for p in people}
    assert ("Tom Hale", "moderator", "Delta Radio", "presenter") in people


def test_an_australian_telephone_with_its_trunk_code_in_brackets_is_no_part_of_a_post() -> None:
    line = "Enquiries: Jo Barrett, Centre Coordinator, lab@example.edu or (07) 4631 2100.\n"
    people = _people(_text_page(_TOP + line))
    assert ("Jo Barrett", "contact", None, "Centre Coordinator") in people


def test_hold_out_set_111_meets_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-111" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 111): title (a JSON-LD name 'Book launch: <short title>' taken over
    # the h1), affiliations and job titles ('Post, ACRONYM Place', 'Post, Org, Bureau', 'Dean, School of X,
    # ACRONYM', a regional minister's region, a place after a post, 'UP Baguio' for its university), locality
    # (a campus venue, 'Baguio City') and attendance ('via Facebook Live')
    fields = ("start", "end", "people", "roles", "reports", "organizers", "sponsors")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 > 0.85
    assert scores["affiliations"].f1 > 0.72 and scores["job titles"].f1 > 0.85
