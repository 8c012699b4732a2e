"""Forms that English pages of hold-out sets 84-97 left unread (roles, affiliations, organizers, titles,
times), fixed in session 18, one test per form. Each text here is written for the form, not copied from
the hold-out page that showed it."""

from __future__ import annotations

from kg.dates import resolve_zone
from kg.pages.gazetteer import town_name
from kg.pages.orgs import stated_hosts
from kg.pages.people import parse_entries
from kg.pages.place import attendance, read_place
from tests.test_pages_unseen import _text_page


def test_pst_on_a_pakistani_or_philippine_page_is_that_countrys_standard_time() -> None:
    page = (
        "Institute of Regional Studies\n\nRoundtable on Water Sharing in the Indus Basin\n\n"
        "Date: Tuesday, 14 October 2025\nTime: 10:00 a.m. to 12:30 p.m. (PST)\n"
        "Venue: Seminar Room, Institute of Regional Studies, Lahore\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-10-14T10:00:00+05:00", "2025-10-14T12:30:00+05:00")
    assert resolve_zone("PST", "Ateneo de Manila University, Quezon City", None)[0] == "Asia/Manila"
    # no place that says otherwise: the Pacific reading stays
    assert resolve_zone("PST", "Online", None) == ("America/Los_Angeles", None)


def test_a_unit_before_its_university_and_a_verb_is_the_host() -> None:
    # no comma closes the university before the verb; the unit hosts as when one does
    for sentence, unit in [
        (
            "The Centre for Maritime Law (Ports & Shipping), Kestrel University is organizing a workshop.",
            "Centre for Maritime Law (Ports & Shipping)",
        ),
        (
            "The Faculty of Nursing, Universitas Harapan Medan (FKep UHM) in cooperation with WHO will hold a seminar.",
            "Faculty of Nursing",
        ),
        ("The Department of Geography, Marston College will host a lecture on rivers.", "Department of Geography"),
    ]:
        assert stated_hosts(sentence)[0] == [unit], sentence
    # a body that is no unit before a university is not taken for it
    assert stated_hosts("The Ford Foundation, Kestrel University will hold a seminar.")[0] == ["Kestrel University"]


def test_a_committee_or_panel_that_will_hold_a_hearing_is_the_organizer() -> None:
    # its subjects listed with commas in its name, a day between 'will' and 'hold'
    page = (
        "Legislative Assembly News\n\nHearing on the Coastal Erosion Bill\n\n"
        "Date: Thursday, 12 March 2026\n\n"
        "The Select Committee on Lands, Water and the Coast will on Thursday hold public hearings on the "
        "Coastal Erosion Bill in Port Mathurin.\n\n"
        "The Harbours, Roads and Transport Review Panel will hold a public hearing with the Minister next week.\n"
    )
    record = _text_page(page)
    assert [o.name for o in record.organizers] == [
        "Select Committee on Lands, Water and the Coast",
        "Harbours, Roads and Transport Review Panel",
    ]
    assert stated_hosts("The Planning Panel will hold a meeting.")[0] == []


def test_deputy_before_a_members_name_is_her_title_not_her_post() -> None:
    # a member of the States of Guernsey or Jersey; 'Deputy' with a post after it stays a post
    for line, name, post in [
        ("Deputy Morwenna Le Tissier", "Morwenna Le Tissier", None),
        (
            "Deputy Gareth Ozanne, Minister for Harbours and Airports",
            "Gareth Ozanne",
            "Minister for Harbours and Airports",
        ),
        ("Deputy Director Alison Brehaut", "Alison Brehaut", "Deputy Director"),
        ("Deputy Chief Minister Colin Falla", "Colin Falla", "Deputy Chief Minister"),
    ]:
        entry = parse_entries(line)[0]
        assert (entry.name, entry.job_title) == (name, post), line


def test_when_said_between_will_and_the_hosts_verb_leaves_the_host() -> None:
    for sentence in [
        "The Kaduna Fiscal Policy Centre (KFPC) will on Tuesday, 3rd March, 2020 hold a town hall on the budget.",
        "The Kaduna Fiscal Policy Centre will next week host a roundtable on tax.",
        "The Kaduna Fiscal Policy Centre will, on 3 March, convene a forum on tax.",
    ]:
        assert stated_hosts(sentence)[0] == ["The Kaduna Fiscal Policy Centre"], sentence


def test_an_event_that_holds_on_a_day_is_no_host() -> None:
    # a headline's 'X holds Thursday': the event takes place then; X holding an event still hosts
    assert stated_hosts("Kaduna 2021 Budget: Youths' Policy Dialogue holds Thursday")[0] == []
    assert stated_hosts("Kaduna Policy Forum holds on Monday at the Arewa House")[0] == []
    assert stated_hosts("The Kaduna Fiscal Policy Centre holds a town hall on Thursday.")[0] == [
        "The Kaduna Fiscal Policy Centre"
    ]


def test_a_town_the_gazetteer_spells_with_saint_is_read_as_the_page_writes_it() -> None:
    # the town alone at the end of a venue line, with no country after it
    place, _ = read_place(["Le Marchant Room, Royal Court House, St Peter Port"])
    assert place is not None and place.locality == "St Peter Port"
    assert town_name("St. Helier") == "St. Helier"


def test_an_in_person_invitation_only_event_is_offline() -> None:
    for text in [
        "This is an in-person, invitation-only lunch; seats are limited.",
        "The roundtable is an in person closed-door session under the Chatham House Rule.",
    ]:
        assert attendance(text, has_place=True, has_online=False) == "offline", text
