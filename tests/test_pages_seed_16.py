"""Forms that hold-out set 89 (think-tank and research-centre pages of Athens, Rabat, Bangkok,
Jakarta, Oslo, Geneva, Accra and Wellington, most in the seed page's text rendering) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure, organization_key
from tests.test_pages_unseen import _text_page


def test_a_heading_opened_by_a_possessive_and_from_is_the_title_not_a_person() -> None:
    # 'Chile's Retreat from the Pension Programme: …' read as a person 'Chile's Retreat' of an
    # organisation after 'from'; a possessive never ends a given name
    page = (
        "Skip to content\nAndes Policy Institute\nHomeAboutResearchEventsContact\n\nEvents » Debates\n\n"
        "Debate\n\nChile's Retreat from the Pension Programme: Who Pays for Old Age?\n\n"
        "23/05/2018\n19:00 - 20:30\nAndes Policy Institute, Av. Providencia 1208, Santiago\n\n"
        "Speaker\nDr Tomás Varela, Senior Fellow, Andes Policy Institute\n"
    )
    record = _text_page(page)
    assert record.name == "Chile's Retreat from the Pension Programme: Who Pays for Old Age?"


def test_a_quoted_title_after_a_presentation_item_names_no_people() -> None:
    # '09.15 – 10.00 Presentation of Study Findings: "X: A, B and C"': the quoted title's commas
    # and 'and' name no one; the people on the lines under it present (the title is the talk's, no
    # report, as sets 66, 67 and 68 answer)
    page = (
        "Events / Public Seminars\n\nPublic Seminar\n\nFeeding the Cities: Food Prices and Urban Poverty\n\n"
        "Date: Tuesday, 14 March 2017\nTime: 09.00 – 12.00 hrs.\nVenue: Lotus Room, Riverside Hotel, Bangkok\n\n"
        "Agenda\n\n09.00 – 09.15 Opening Remarks\nDr. Anong Srisuk, President, Mekong Policy Institute\n"
        '09.15 – 10.00 Presentation of Study Findings: "Urban Food Security in Thailand: Prices, Wages and '
        'Household Budgets"\nDr. Chatchai Boonyarit, Senior Research Fellow, Mekong Policy Institute\n'
        "10.00 – 12.00 Open Forum\n"
    )
    record = _text_page(page)
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Anong Srisuk", "introductory-remarks"),
        ("Chatchai Boonyarit", "presenter"),
    }
    assert record.reports == ()


def test_an_invitation_by_a_body_with_hyphenated_initials_names_the_organizer() -> None:
    # 'The X (CBS-Nigeria) cordially invites you': initials joined to the country by a hyphen
    page = (
        "Events > Dialogues\n\nDIALOGUE\n\nBudget Credibility in the States\n\n"
        "Date: Tuesday, 14th March, 2017\nTime: 10:00am – 12:00pm\nVenue: Eko Hotel, Victoria Island, Lagos\n\n"
        "The Centre for Budget Studies (CBS-Nigeria) cordially invites you to a breakfast dialogue on "
        "the credibility of state budgets.\n"
    )
    assert [o.name for o in _text_page(page).organizers] == ["Centre for Budget Studies"]


_INVITATION_PAGE = (
    "Events » Presentations\n\nPresentation\n\nPorts and Power in the Eastern Mediterranean\n\n"
    "21/03/2016\n18:00 - 20:00\nInstitute premises, 12 Akadimias St., Athens\n\n{}\n"
)


def test_a_body_that_would_like_to_invite_you_is_the_organizer() -> None:
    page = _INVITATION_PAGE.format(
        "The Aegean Institute for Maritime Policy (AIMP) would like to invite you to the presentation of its study."
    )
    # (the article a sentence opens with is no part of the name: the benchmark's key leaves it out)
    assert [organization_key(o.name) for o in _text_page(page).organizers] == [
        organization_key("Aegean Institute for Maritime Policy")
    ]


def test_a_supporter_set_apart_between_a_host_and_its_invitation_leaves_the_host_the_organizer() -> None:
    # 'X (XI), with the support of the Y Fund (YF), invites you': X hosts, Y sponsors
    page = _INVITATION_PAGE.format(
        "The Aegean Institute for Maritime Policy (AIMP), with the support of the Levant Shipping Fund (LSF), "
        "invites you to the presentation of its study."
    )
    record = _text_page(page)
    assert [organization_key(o.name) for o in record.organizers] == [
        organization_key("Aegean Institute for Maritime Policy")
    ]
    assert [o.name for o in record.sponsors] == ["Levant Shipping Fund"]


def test_a_body_together_with_which_a_host_invites_you_is_an_organizer_too() -> None:
    page = _INVITATION_PAGE.format(
        "The Centre for Maritime Policy (CMP), together with the Hellenic Society of Naval Architects (HSNA), "
        "invites you to the presentation of its study."
    )
    assert {o.name for o in _text_page(page).organizers} == {
        "Centre for Maritime Policy",
        "Hellenic Society of Naval Architects",
    }


@pytest.mark.parametrize(
    ("named", "short"),
    [
        # the initials joined to the country by a hyphen, as the name's brackets write them
        ("The Centre for Budget Studies (CBS-Nigeria) cordially invites you to a dialogue.", "CBS-Nigeria"),
        # the country after the brackets, part of how the institute calls itself
        ("The Centre for Budget Studies (CBS) Nigeria cordially invites you to a dialogue.", "CBS Nigeria"),
    ],
)
def test_a_post_at_initials_with_their_country_is_at_the_body_the_page_names_in_full(named: str, short: str) -> None:
    page = (
        "Events > Dialogues\n\nDIALOGUE\n\nBudget Credibility in the States\n\n"
        "Date: Tuesday, 14th March, 2017\nTime: 10:00am – 12:00pm\nVenue: Eko Hotel, Victoria Island, Lagos\n\n"
        f"{named}\n\nPROGRAMME\n\n10:00am Welcome Address – Dr. Tunde Bakare, Executive Director, {short}\n"
    )
    record = _text_page(page)
    assert [(p.person.name, organization_key(p.affiliation.name)) for p in record.participants if p.affiliation] == [
        ("Tunde Bakare", organization_key("Centre for Budget Studies"))
    ]


def test_rtd_in_brackets_after_a_name_marks_a_retired_holder_not_an_employer() -> None:
    # 'Justice X (Rtd.), Former Justice of …': West African programmes' abbreviation of 'retired'
    page = (
        "Events > Roundtables\n\nROUNDTABLE\n\nJudicial Independence and Election Petitions\n\n"
        "Date: Thursday, 9th March, 2017\nTime: 9:00am – 12:00pm\nVenue: Golden Tulip Hotel, Kumasi\n\n"
        "PROGRAMME\n\n9:00am Opening Remarks – Justice Yaw Owusu-Ansah (Rtd.), Former Justice of the Court of Appeal\n"
    )
    [person] = _text_page(page).participants
    assert (person.person.name, person.affiliation, person.job_title) == (
        "Yaw Owusu-Ansah",
        None,
        "Former Justice of the Court of Appeal",
    )


def test_a_foundations_office_written_after_a_comma_with_its_country_after_the_word_is_the_foundation() -> None:
    # 'the Hanns-Seidel-Stiftung, Office Portugal': one sponsor, the foundation (its office's country after 'Office')
    page = _INVITATION_PAGE.format(
        "The event is organised with the support of the Hanns-Seidel-Stiftung, Office Portugal."
    )
    assert [o.name for o in _text_page(page).sponsors] == ["Hanns-Seidel-Stiftung"]


def test_the_chairmans_remarks_in_a_programme_are_given_by_the_chair() -> None:
    page = (
        "Events > Roundtables\n\nROUNDTABLE\n\nJudicial Independence and Election Petitions\n\n"
        "Date: Thursday, 9th March, 2017\nTime: 9:00am – 12:00pm\nVenue: Golden Tulip Hotel, Kumasi\n\n"
        "PROGRAMME\n\n9:00am Chairman's Opening Remarks – Prof. Akua Mensah-Bonsu, Dean, Faculty of Law, "
        "University of Ghana\n"
        "9:15am Presentation of Findings – Dr. Kofi Adomako, Research Fellow, Centre for Legal Studies\n"
    )
    assert {(p.person.name, p.role) for p in _text_page(page).participants} == {
        ("Akua Mensah-Bonsu", "chair"),
        ("Kofi Adomako", "presenter"),
    }


def test_comment_offered_by_a_person_in_a_sentence_makes_a_discussant() -> None:
    # 'Comment will be offered by X, post': the singular of 'Comments will be given by X'
    page = (
        "Events\n\nPublic seminar\n\nFisheries Patrols in the Coral Sea\n\n"
        "Date: Wednesday 18 March 2015\nTime: 5.30pm – 7.00pm\nVenue: Lecture Theatre 1, Old Kirk, Wellington\n\n"
        "Dr Mele Tuilagi will present the findings of her new Discussion Paper.\n\n"
        "Comment will be offered by Rawiri Tane Parata, Principal Adviser, Ministry for Primary Industries.\n"
    )
    record = _text_page(page)
    assert ("Rawiri Tane Parata", "discussant") in {(p.person.name, p.role) for p in record.participants}


def test_a_launched_papers_series_is_named_without_the_publishers_long_initials() -> None:
    # 'the presentation of HELIAMAR Policy Paper No. 31, "X", written by Y': the series and number
    # name it, the institute's initials before them left out (as 'ORF Occasional Paper #96' is)
    page = _INVITATION_PAGE.format(
        "The Aegean Institute for Maritime Policy (HELIAMAR) would like to invite you to the presentation of "
        'HELIAMAR Policy Paper No. 31, "Ports and Power", written by Dr Eleni Vardaki.'
    )
    assert [(r.name, r.report_number) for r in _text_page(page).reports] == [("Policy Paper No. 31", "31")]


def test_a_named_series_numbered_within_its_year_after_a_slash_is_a_report() -> None:
    # 'Lausanne Paper 14/22, "X", maps …': the number and the year's last two digits
    page = _INVITATION_PAGE.format('Lausanne Paper 14/22, "Drones at Sea", maps the rules navies have published.')
    assert [(r.name, r.report_number) for r in _text_page(page).reports] == [("Lausanne Paper 14/22", "14/22")]


def test_a_post_and_name_after_a_new_papers_kind_is_its_author_not_its_title() -> None:
    # 'In a new Policy Brief, Senior Research Fellow X asks …': the words after the kind name its
    # author by her post, not the brief's title
    page = _INVITATION_PAGE.format(
        "In a new Policy Brief, Senior Research Fellow Ingrid Solberg Aune asks whether the ports can cooperate."
    )
    assert _text_page(page).reports == ()


def test_whom_to_confirm_attendance_to_is_the_contact() -> None:
    page = _INVITATION_PAGE.format(
        "Please confirm your attendance by 16 March: Ms Sofia Kanellou, tel. 210 3312456, e-mail: events@example.gr"
    )
    assert {(p.person.name, p.role) for p in _text_page(page).participants} == {("Sofia Kanellou", "contact")}


def test_hold_out_set_89_meets_the_target_in_every_field_but_roles_reports_and_organizers() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-89" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 89): roles (editors and an author who 'will present' the
    # findings named in prose as 'The editors' or 'She', an 'Author' card, 'followed by a discussion
    # with' two guests under a moderator: speakers), reports (a title's curly apostrophe straightened)
    # and organizers ('The Department of X of Y will launch its report', a permanent mission 'to the
    # Conference on Disarmament' cut at 'to')
    fields = ("title", "start", "end", "people", "affiliations", "job titles", "sponsors", "locality", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.85
    assert scores["reports"].f1 > 0.8
    assert scores["organizers"].f1 > 0.8
