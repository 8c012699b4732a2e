"""Forms that hold-out set 48 (English-language think tanks, universities and learned societies in
the US, the UK, Canada, Australia, India and Singapore) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.offices import foundation_of_office
from kg.pages.people import parse_entries
from tests.test_pages_unseen import _html_page, _people, _text_page

CONFERENCE_HEAD = "Coastal Cities After the Floods\n\nMonday 3 March 2025\nUniversity Hall, Leeds LS2 9JT\n\n"


@pytest.mark.parametrize(
    ("line", "name", "honorific"),
    [
        ("Shri Anil Mehta, Joint Secretary, Ministry of Power", "Anil Mehta", "Shri"),
        ("Shrimati Leela Rao, Director, Karnataka State Archives", "Leela Rao", "Shrimati"),
        ("The Rt Hon. Jane Carter, Member of Parliament", "Jane Carter", "The Rt Hon."),
    ],
)
def test_indian_and_british_courtesy_titles_are_not_part_of_the_name(line: str, name: str, honorific: str) -> None:
    [entry] = parse_entries(line)
    assert (entry.name, entry.honorific) == (name, honorific)


@pytest.mark.parametrize(
    "line",
    [
        'Dr Ann Lee, University of Leeds – "Flood walls and the poor, 1950–80"',
        "Dr Ann Lee, University of Leeds — “Flood walls and the poor”",
        'Dr Ann Lee, University of Leeds: "Flood walls and the poor"',
    ],
)
def test_a_talks_title_in_quotes_after_the_speaker_is_not_her_post(line: str) -> None:
    [entry] = parse_entries(line)
    assert (entry.name, entry.job_title, entry.affiliation) == ("Ann Lee", None, "University of Leeds")


def test_panel_members_with_talks_of_their_own_give_papers_and_a_bare_chair_holds_only_herself() -> None:
    """A conference programme: 'Panel 2: X', a chair named bare, then people with their talks'
    titles. Each gives a paper (a speaker); the chair's line does not make them chairs; a panel
    without talk titles keeps its panelists."""
    record = _text_page(
        CONFERENCE_HEAD + "Programme\n\n"
        "10:00   Panel 1: Rebuilding\n"
        "        Chair: Professor Mary Stone\n"
        '        Dr Ann Lee, University of Leeds – "Flood walls and the poor"\n'
        '        Dr Tom Hale, University of York – "Insurance after 2007"\n'
        "12:00   Roundtable: Practitioners\n"
        "        Chair: Dr Omar Shah\n"
        "        Ruth Green, Director, Hull Flood Action Group\n"
        "        Paul Black, Chief Engineer, Environment Agency\n"
        "13:00   Lunch\n"
    )
    people = {(name, role) for name, role, _, _ in _people(record)}
    assert people == {
        ("Mary Stone", "chair"),
        ("Ann Lee", "speaker"),
        ("Tom Hale", "speaker"),
        ("Omar Shah", "chair"),
        ("Ruth Green", "panelist"),
        ("Paul Black", "panelist"),
    }


@pytest.mark.parametrize(
    ("line", "title", "affiliation"),
    [
        (
            "Dr. Raj Iyer, Professor, Centre for Agricultural and Rural Development, Pune University",
            "Professor, Centre for Agricultural and Rural Development",
            "Pune University",
        ),
        (
            "Ann Roe, Fellow, Centre for Regional and Urban Planning, University of Kent",
            "Fellow, Centre for Regional and Urban Planning",
            "University of Kent",
        ),
        (
            "Meena Sharma, General Manager, Institute for Energy and Water Development (IEWD), Kerala Regional Office",
            "General Manager",
            "Institute for Energy and Water Development",
        ),
    ],
)
def test_an_organisations_name_joining_two_subjects_with_and_is_one_organisation(
    line: str, title: str, affiliation: str
) -> None:
    """'Agricultural and Rural', 'Regional and Urban': 'and' between two subjects of one name
    starts no second person; the body's regional office after it is the body."""
    [entry] = parse_entries(line)
    assert (entry.job_title, entry.affiliation) == (title, affiliation)


@pytest.mark.parametrize("item", ["Remarks by the Chair", "Chair's Remarks", "Chairperson's Address"])
def test_the_chairs_remarks_in_a_programme_name_the_chair(item: str) -> None:
    record = _text_page(
        CONFERENCE_HEAD + "Programme\n\n"
        "10:00 AM   Welcome Address: Dr. Asha Nair, Director, Leeds Institute of Water\n"
        f"10:15 AM   {item}: Dr. Vivek Rao, Chief Engineer, Yorkshire Water\n"
        "10:30 AM   Lunch\n"
    )
    assert ("Vivek Rao", "chair", "Yorkshire Water", "Chief Engineer") in _people(record)


LECTURE_HEAD = (
    "Rivers and the Law\n\nWednesday 14 May 2025, 18:00-19:30 BST\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\n"
)


def test_in_person_only_outweighs_a_webinar_in_a_list_of_other_events() -> None:
    """'This event is in person only' is the event's attendance; a 'Webinar: …' among the
    upcoming events is another event's. A programme item's '(on site only)' is not the event's."""
    record = _text_page(
        LECTURE_HEAD + "This event is in person only.\n\nUpcoming events\n"
        "Jun 3, 2025 | Webinar: Water Rights in the North\n"
    )
    assert record.attendance_mode == "offline"
    mixed = _text_page(
        LECTURE_HEAD + "The lectures will also be livestreamed.\n\n"
        "Programme\n18:00 Lecture\n19:00 Tour (on site only)\n"
    )
    assert mixed.attendance_mode == "mixed"


def test_an_embedded_performer_written_as_a_type_word_is_no_one() -> None:
    """The Events Calendar writes '"performer":"Organization"' into every event's JSON-LD."""
    html = (
        '<html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"Event",'
        '"name":"Rivers and the Law","startDate":"2025-05-14T18:00:00+01:00","performer":"Organization"}'
        "</script></head><body><main><h1>Rivers and the Law</h1>"
        "<h3>Speaker</h3><p>Dr Ann Lee, Lecturer in Law, University of Leeds</p></main></body></html>"
    )
    assert {name for name, *_ in _people(_html_page(html))} == {"Ann Lee"}


def test_a_papers_authors_are_no_rapporteurs_and_a_vote_of_thanks_closes() -> None:
    """'Paper No. 3, written by X' names the paper's author, not the event's rapporteur; 'the vote
    of thanks will be given by Y' is the closing remarks, and the clause before it ends the chair's
    post ('chaired by Z, President of the Society, and the vote of thanks will be …')."""
    record = _text_page(
        LECTURE_HEAD + "The lecture launches Water Paper No. 3, written by Dr Tom Hale.\n\n"
        "Dr Ann Lee, Lecturer in Law at the University of Leeds, gives the lecture.\n\n"
        "The lecture will be chaired by Professor Mary Stone, Dean of Law, and the vote of thanks will be given by"
        " Dr Omar Shah, Honorary Treasurer.\n"
    )
    people = _people(record)
    assert not any(name == "Tom Hale" and role == "rapporteur" for name, role, _, _ in people)
    assert ("Mary Stone", "chair", None, "Dean of Law") in people
    assert ("Omar Shah", "closing-remarks", None, "Honorary Treasurer") in people


@pytest.mark.parametrize(
    ("sentence", "organizer"),
    [
        (
            "Hosted by the Water and Climate Unit of the School of Geography, in partnership with the River Trust.",
            "Water and Climate Unit",
        ),
        ("The Centre for Urban Studies of the Institute is organising this lecture.", "Centre for Urban Studies"),
        (
            "The Housing and Planning Division of the Faculty of Law is organizing the lecture.",
            "Housing and Planning Division",
        ),
    ],
)
def test_a_unit_of_a_school_or_of_the_site_that_hosts_or_is_organising_is_the_organizer(
    sentence: str, organizer: str
) -> None:
    """'X of the School of Y': the unit (its name may join two subjects with 'and') hosts;
    'X of the Institute is organising': X, the site's own unit, organises."""
    record = _text_page(LECTURE_HEAD + sentence + "\n")
    assert [o.name for o in record.organizers] == [organizer]


@pytest.mark.parametrize(
    ("name", "foundation"),
    [
        ("Konrad-Adenauer-Stiftung Regional Programme Energy Security Asia", "Konrad-Adenauer-Stiftung"),
        ("Hanns Seidel Foundation Regional Project Southeast Asia", "Hanns Seidel Foundation"),
        ("Friedrich-Ebert-Stiftung Country Program Ghana", "Friedrich-Ebert-Stiftung"),
    ],
)
def test_a_foundations_regional_programme_is_the_foundation(name: str, foundation: str) -> None:
    """Foundations run their offices abroad as 'Regional Programme …' or 'Country Program …':
    one of its offices, so the foundation (the convention for offices, docs/ingest.md)."""
    assert foundation_of_office(name) == foundation
    assert foundation_of_office("Regional Programme Foundation") == "Regional Programme Foundation"


def test_a_book_talks_heading_with_its_subtitle_element_names_the_book() -> None:
    """'Book Talk' over an h1 whose subtitle is an element of its own: the title, joined after a
    colon, is the book's."""
    html = (
        "<html><head><title>Book Talk | Salt and Stone | Centre for Coastal History</title></head><body><main>"
        '<div class="event-type">Book Talk</div><h1 class="event-title">Salt and Stone</h1>'
        '<div class="event-subtitle">A History of the Yorkshire Coast</div>'
        "<p>Wednesday 14 May 2025, 18:00-19:30 BST</p><p>Mill Hall, 4 Bank Street, Leeds LS1 5AB</p>"
        "<p>Historian Ann Lee talks about the harbours, quarries and salt pans of the coast.</p></main></body></html>"
    )
    record = _html_page(html)
    assert record.name == "Salt and Stone: A History of the Yorkshire Coast"
    assert [(r.name, r.report_number) for r in record.reports] == [
        ("Salt and Stone: A History of the Yorkshire Coast", None)
    ]


def test_an_author_after_her_books_imprint_and_by_family_name_in_conversation() -> None:
    """'In X (Publisher, 2024), historian Dr Y traces …' names the speaker after her book; 'Y,
    post, will be in conversation with Z' by her family name alone gives her post, and makes her
    the guest Z talks with."""
    record = _text_page(
        LECTURE_HEAD + "In The Salt Road: Trade and Empire (Northgate University Press, 2024), historian"
        " Dr. Lucia Marchetti traces four centuries of the salt trade.\n\n"
        "Marchetti, Professor of History at the University of York, will be in conversation with Tom Hale,"
        " books editor of The Leeds Review.\n"
    )
    assert _people(record) == {
        ("Lucia Marchetti", "speaker", "University of York", "Professor of History"),
        ("Tom Hale", "moderator", "The Leeds Review", "books editor"),
    }


def test_a_guest_named_in_full_will_be_in_conversation_with_the_interviewer() -> None:
    record = _text_page(
        LECTURE_HEAD + "Ann Lee, Lecturer in Law at the University of Leeds, will be in conversation with"
        " Tom Hale, books editor of The Leeds Review.\n"
    )
    assert ("Ann Lee", "speaker", "University of Leeds", "Lecturer in Law") in _people(record)


@pytest.mark.parametrize("service", ["IAS (Retd.)", "IPS (Retd)", "IFS (retired)"])
def test_a_retired_indian_civil_servants_service_is_no_employer(service: str) -> None:
    """'Shri X, IAS (Retd.), Former Secretary, Government of Y': a former post has no affiliation."""
    [entry] = parse_entries(f"Shri Anil Mehta, {service}, Former Chief Secretary, Government of Kerala")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Anil Mehta",
        "Former Chief Secretary, Government of Kerala",
        None,
    )
