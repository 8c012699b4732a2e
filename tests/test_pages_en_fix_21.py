"""Forms the English hold-out sets left unread, fixed in session 21 without a new set, one test per
form. Each line here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.people import parse_entries
from tests.test_pages_unseen import _people, _text_page


def _employer(line: str) -> tuple[str | None, str | None]:
    (entry,) = parse_entries(line)
    return entry.job_title, entry.affiliation


def test_a_unit_written_before_its_parent_after_of_the_stays_in_the_post() -> None:
    # 'Head of the Department of X of the Y': the unit the post is held in stays in it, as in
    # 'Head, Department of X, Y'; the parent is the employer
    assert _employer("Dr. Lena Marsh, Head of the Department of Geology of the University of Otago") == (
        "Head of the Department of Geology",
        "University of Otago",
    )
    assert _employer(
        "Timur Aliev, Head of the Division of Water Tariffs of the Ministry of Economy of Exampleland"
    ) == (
        "Head of the Division of Water Tariffs",
        "Ministry of Economy of Exampleland",
    )
    # an institute of a ministry is a body of its own, the employer
    assert _employer(
        "Aliya Nur, senior lecturer of the Institute of Diplomacy of the Ministry of Foreign Affairs of Exampleland"
    ) == (
        "senior lecturer",
        "Institute of Diplomacy of the Ministry of Foreign Affairs of Exampleland",
    )
    # a post 'at' the unit keeps the bare post, as before
    assert _employer(
        "Jo Park, Research Fellow at the Institute for Alpine Studies of the Bavarian Academy of Sciences"
    ) == (
        "Research Fellow",
        "Bavarian Academy of Sciences",
    )


def test_a_communications_office_s_work_after_a_post_names_no_body() -> None:
    # 'Head of Press and Public Relations': 'Press' names a publisher elsewhere, not here
    assert _employer("Dr. Ida Brandt, Head of Press and Public Relations") == (
        "Head of Press and Public Relations",
        None,
    )
    assert _employer("Omar Fadel, Director of Media Relations") == ("Director of Media Relations", None)
    assert _employer("Ann Cole, Director of Public Relations, Bank of Lusaka") == (
        "Director of Public Relations",
        "Bank of Lusaka",
    )
    # a body whose name ends in a kind of press is still one
    assert _employer("Sam Hill, Director, Riverbend University Press") == ("Director", "Riverbend University Press")


_HOSTED = (
    "Events\n\nHarbour Seminar\n\nTides and Trade in the Baltic\n\n"
    "Date: 12 May 2025, 10:00 - 12:00\nVenue: Conference Hall, 4 Quay Street, Gdynia\n\n"
    "Gdynia Institute for Maritime Policy invites you to a seminar with the Baltic Ports Institute.\n\n"
    "Speakers:\nDr. Jan Kowal, Senior Fellow, Baltic Ports Institute\n"
)


def test_a_post_of_the_page_s_own_body_by_its_kind_is_held_at_that_body() -> None:
    # 'Director of the Institute' on a page that names the host institute: the post at the host, as
    # "the Institute's Director" is (the page names a guest's institute too: the host's is meant)
    people = _people(_text_page(_HOSTED + "Chair: Prof. Maria Nowak, Deputy Director of the Institute\n"))
    assert ("Maria Nowak", "chair", "Gdynia Institute for Maritime Policy", "Deputy Director") in people
    # a unit of it, named before it: the unit in the post, the institute the employer
    people = _people(_text_page(_HOSTED + "Chair: Dr. Ewa Lis, Head of the Department of Ports of the Institute\n"))
    assert ("Ewa Lis", "chair", "Gdynia Institute for Maritime Policy", "Head of the Department of Ports") in people


def test_a_post_of_a_kind_the_page_does_not_settle_stays_whole() -> None:
    # no centre on the page: which one the post names is not said; a society's post stays as written
    # (the answers keep 'President of the Society' whole)
    people = _people(_text_page(_HOSTED + "Chair: Prof. Maria Nowak, Director of the Centre\n"))
    assert ("Maria Nowak", "chair", None, "Director of the Centre") in people
    people = _people(_text_page(_HOSTED + "Chair: Prof. Maria Nowak, President of the Society\n"))
    assert ("Maria Nowak", "chair", None, "President of the Society") in people


def test_a_national_number_in_one_group_after_its_area_code_is_a_telephone_not_a_post() -> None:
    # '01248 383123', '091-9216701': the trunk 0 and the area code, then the number in one group; a
    # small country's five digits after 'phone' or 'Tel.'
    (entry,) = parse_entries("Nia Hughes, Events Officer, polisi@bangor.example, 01248 383123")
    assert (entry.job_title, entry.telephone) == ("Events Officer", "01248 383123")
    (entry,) = parse_entries("Mr. Imran Shah, Research Officer, ASC (091-9216701, imran@uop.example)")
    assert (entry.job_title, entry.affiliation, entry.telephone) == ("Research Officer", "ASC", "091-9216701")
    (entry,) = parse_entries("Ruth Kana, Events Officer, Tel. 24371")
    assert (entry.job_title, entry.affiliation, entry.telephone) == ("Events Officer", None, "24371")
    # a year or a report's number is no telephone
    assert _employer("Jane Doe, Director, Institute 2025 Review") == ("Director", "Institute 2025 Review")


_CONTACTED = (
    "Events\n\nHarbour Seminar\n\nTides and Trade in the Baltic\n\n"
    "Date: 12 May 2025, 10:00 - 12:00\nVenue: Harbour Institute, 4 Quay Street, Gdynia\n\n"
    "Speakers:\nDr. Jan Kowal, Senior Fellow, Harbour Institute\n\nThe seminar is open to all.\n\n"
)


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Conference Secretariat: Ms. Anna Berg, +48 58 123 4567, conf@harbour.example", None),
        ("Workshop secretariat: Anna Berg, Programme Assistant, +48 58 123 4567", "Programme Assistant"),
        ("Organising team: Mgr. Anna Berg, Project Coordinator, anna.berg@harbour.example.", "Project Coordinator"),
        ("RSVP and enquiries: Anna Berg, Events Officer – events@harbour.example | +48 58 123 4567", "Events Officer"),
        ("Registration: by 10 May to Anna Berg, Events Officer, ab@harbour.example, +48 58 123 4567", "Events Officer"),
    ],
)
def test_a_secretariat_s_or_a_team_s_label_before_a_person_with_an_address_names_the_contact(
    line: str, post: str | None
) -> None:
    # the office that answers, named by the line's own label, and whom to register with by a date
    people = _people(_text_page(_CONTACTED + line + "\n"))
    assert ("Anna Berg", "contact", None, post) in people
    assert ("Jan Kowal", "speaker", "Harbour Institute", "Senior Fellow") in people


def test_an_organising_committee_s_label_names_no_contact() -> None:
    people = _people(_text_page(_CONTACTED + "Organising Committee: Harbour Institute and Baltic Ports Institute\n"))
    assert not any(role == "contact" for _, role, *_ in people)


def test_an_address_with_dots_under_a_contact_label_is_one_word_not_prose() -> None:
    # 'csas.events@utoronto.ca' read as four words in lower case had made the line prose, and the
    # contact under 'Contact:' was lost; an address in angle brackets leaves no brackets behind
    people = _people(
        _text_page(
            _CONTACTED
            + "Contact:\nAnna Berg, Programme Coordinator, Centre for Port Studies <cps.events@harbour.example>\n"
        )
    )
    assert ("Anna Berg", "contact", "Centre for Port Studies", "Programme Coordinator") in people
    people = _people(
        _text_page(_CONTACTED + "Contact:\nAnna Berg, Events Officer, a.berg@harbour.example, +44 (0)1273 915637\n")
    )
    assert ("Anna Berg", "contact", None, "Events Officer") in people


def test_the_page_s_word_for_its_own_body_is_no_alternate_name_of_it() -> None:
    # 'Senior Fellow at the Centre' on the Harbour Centre's page: her employer is that centre, but
    # 'Centre' is no name of it; kept as one, `kg build` would make every ingested centre one body
    record = _text_page(
        "Events\n\nHarbour Centre for Coastal Research\n\nPorts after the Storm\n\n"
        "Date: 12 May 2025, 10:00 - 12:00\nVenue: Conference Hall, 4 Quay Street, Gdynia\n\n"
        "Speakers:\nDr. Jan Kowal, Executive Director, Harbour Centre for Coastal Research (HCCR)\n\n"
        "The first panel, moderated by Anna Wilk, Senior Fellow at the Centre, looked at the ports of the coast.\n"
    )
    assert ("Anna Wilk", "moderator", "Harbour Centre for Coastal Research", "Senior Fellow") in _people(record)
    (centre,) = [p.affiliation for p in record.participants if p.person.name == "Anna Wilk"]
    assert centre is not None and "Centre" not in centre.alternate_names
