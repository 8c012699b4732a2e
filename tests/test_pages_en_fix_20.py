"""Forms the English and seed-rendering hold-out sets (99-107 and older) left unread, fixed in
session 20 without a new set, one test per form. Each line here is written for the form, not
copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.initials import _with_state_body
from kg.pages.offices import agency_of_office
from kg.pages.people import parse_entries
from tests.test_pages_unseen import _html_page, _people, _text_page


def _employer(line: str) -> tuple[str | None, str | None]:
    (entry,) = parse_entries(line)
    return entry.job_title, entry.affiliation


def test_a_legislator_s_district_after_her_chamber_is_no_employer() -> None:
    # 'Rep. X, Utah House of Representatives, District 22': she sits for the district and works in
    # the chamber
    assert _employer("Rep. Dana Holt, Oregon House of Representatives, District 31") == (
        None,
        "Oregon House of Representatives",
    )
    assert _employer("Sen. Omar Reyes, New Mexico State Senate, Senate District 7") == (None, "New Mexico State Senate")
    assert _employer("Cllr Ann Berry, Leeds City Council, Ward 12") == (None, "Leeds City Council")
    # a body whose name is a district's stays the employer
    assert _employer("Jo Park, Director, Lakes Business Association, District Council of Elm") == (
        "Director, Lakes Business Association",
        "District Council of Elm",
    )


def test_a_small_town_after_a_whole_body_is_where_it_is_not_the_employer() -> None:
    # the gazetteer knows cities of 100,000 people; a town of a few thousand after an association,
    # a company or a laboratory named whole is where they are
    assert _employer("Mele Tonga, General Manager, Pacific Fisheries Traders Association, Nukualofa") == (
        "General Manager",
        "Pacific Fisheries Traders Association",
    )
    assert _employer("Rosa Lind, Owner, Bright Meadow Trading Company, Stillwater") == (
        "Owner",
        "Bright Meadow Trading Company",
    )
    assert _employer("Ravi Menon, Scientific Officer, Regional Forensic Science Laboratory, Damoh") == (
        "Scientific Officer",
        "Regional Forensic Science Laboratory",
    )
    # after a unit, by whatever name, the single word is its parent, kept as the employer
    assert _employer("Jane Roe, Senior Fellow, Asia Program, Carnegie")[1] == "Carnegie"
    assert _employer("Sam Cole, Vice President, Pension Policy, Meridian")[1] == "Meridian"
    # a former post names no employer: its body and place stay in it as written
    assert _employer("Dr. Ravi Nair, Former Member, State Finance Commission, Kerala") == (
        "Former Member, State Finance Commission, Kerala",
        None,
    )


def test_a_city_right_after_a_post_is_where_it_is_held_not_the_employer() -> None:
    # a judge's or a director's city after the post; the body the post names stays the employer
    assert _employer("Shri Vikram Rao, Chief Judicial Magistrate, Indore") == ("Chief Judicial Magistrate", None)
    assert _employer("Mrs. Ada Obi, Executive Director of the Coal City Budget Forum, Enugu") == (
        "Executive Director",
        "Coal City Budget Forum",
    )


def test_a_unit_s_parent_by_its_initials_is_the_employer_not_a_campus() -> None:
    # 'University of California, Berkeley' is one name; 'School of Law, UPNG' is a school of the
    # university its initials name (the page settles them into its full name)
    assert _employer("Dr. Mary Kila, Senior Lecturer, School of Business and Public Policy, UPNG") == (
        "Senior Lecturer, School of Business and Public Policy",
        "UPNG",
    )
    assert _employer("Ali Rahim, Deputy Director, Institute of Malay Studies, UNIMAS") == (
        "Deputy Director, Institute of Malay Studies",
        "UNIMAS",
    )
    assert _employer("Jo Lee, Professor, University of California, Berkeley")[1] == "University of California, Berkeley"


def test_a_body_s_office_written_as_body_place_office_is_the_body() -> None:
    # as a foundation's office is the foundation and a UN agency's country office the agency
    assert agency_of_office("World Bank Cambodia Office") == "World Bank"
    assert agency_of_office("World Bank Laos office") == "World Bank"
    assert agency_of_office("Asian Development Bank Viet Nam Resident Mission") == "Asian Development Bank"
    assert agency_of_office("International Finance Corporation Nairobi Office") == "International Finance Corporation"
    (entry,) = parse_entries("Ana Cruz, Senior Economist, World Bank Philippines Office")
    assert entry.affiliation == "World Bank Philippines Office"  # the page's words; the draft settles the body
    # an office of its own, or a body whose last word names none, is kept
    assert agency_of_office("Central Statistical Office") == "Central Statistical Office"
    assert agency_of_office("Scottish Development Paris Office") == "Scottish Development Paris Office"
    assert agency_of_office("Home Office") == "Home Office"


_PAGE = (
    "Events\n\nHarbour Seminar\n\nTides and Trade in the Baltic\n\n"
    "Date: 12 May 2025, 10:00 - 12:00\nVenue: Harbour Institute, 4 Quay Street, Gdynia\n\n"
    "Speakers:\nDr. Jan Kowal, Senior Fellow, Harbour Institute\n\n"
)


@pytest.mark.parametrize(
    ("line", "post"),
    [
        (
            "For more information, please write to Ms. Anna Berg, Events Officer, at events@harbour.example.",
            "Events Officer",
        ),
        ("For bookings, please e-mail Ms Anna Berg at events@harbour.example.", None),
        (
            "Kindly confirm attendance with Ms. Anna Berg, Programme Assistant, on +48 58 123 4567.",
            "Programme Assistant",
        ),
        (
            "Media wishing to cover the seminar should seek accreditation from Ms. Anna Berg, Press Officer, on "
            "press@harbour.example.",
            "Press Officer",
        ),
        (
            "Questions about the series may be sent to the seminar coordinator, Ms. Anna Berg, at ab@harbour.example.",
            "seminar coordinator",
        ),
        (
            "Papers are circulated; please email the seminar coordinator, Anna Berg (ab@harbour.example), for a copy.",
            "seminar coordinator",
        ),
        ("Media: Anna Berg, Communications Manager, press@harbour.example", "Communications Manager"),
        ("Practical questions: Anna Berg, Event Coordinator, ab@harbour.example", "Event Coordinator"),
        ("Registration: Anna Berg, Secretary, tel. 525 4500, e-mail: ab@harbour.example", "Secretary"),
    ],
)
def test_a_contact_named_in_a_sentence_or_after_a_line_s_own_label_is_the_contact(line: str, post: str | None) -> None:
    # whom to write to, confirm attendance with or seek accreditation from; a line's label of any
    # wording ('Media:', 'Practical questions:') before a person with an address or a number
    people = _people(_text_page(_PAGE + line + "\n"))
    assert ("Anna Berg", "contact", None, post) in people
    assert ("Jan Kowal", "speaker", "Harbour Institute", "Senior Fellow") in people


def test_a_labelled_line_without_an_address_or_number_is_no_contact() -> None:
    # the label alone makes no contact: 'Moderator: X, post, body' keeps its role
    people = _people(_text_page(_PAGE + "Moderator: Anna Berg, Senior Editor, Baltic Times\n"))
    assert ("Anna Berg", "moderator", "Baltic Times", "Senior Editor") in people
    assert not any(role == "contact" for _, role, *_ in people)


def test_a_state_body_s_name_goes_on_with_the_body_it_answers_to() -> None:
    # 'X under the President of the Republic of Y' (the Russian 'при'): one name, in a sentence that
    # names the host and behind the initials the speakers' lines give
    page = (
        "National Institute for Water Studies under the Cabinet of Ministers of the Republic of Tajikistan\n\n"
        "Events\n\nRound Table\n\nGlaciers and Rivers: Outlook to 2040\n\n"
        "Date: 12 May 2025, 10:00 - 12:00\nVenue: Conference hall, Rudaki Avenue 40, Dushanbe\n\n"
        "The Center for Hydrological Research under the Ministry of Energy of the Republic of Tajikistan "
        "organises the round table.\n\n"
        "Speakers:\nFarida Rahimova, Senior Research Fellow, NIWS\nJamshed Karimov, Head of Department, NIWS\n"
    )
    record = _text_page(page)
    institute = "National Institute for Water Studies under the Cabinet of Ministers of the Republic of Tajikistan"
    assert ("Farida Rahimova", "speaker", institute, "Senior Research Fellow") in _people(record)
    assert [o.name for o in record.organizers] == [
        "Center for Hydrological Research under the Ministry of Energy of the Republic of Tajikistan"
    ]
    # not any 'under the': 'a study under the trees' ends the name before it
    assert _with_state_body("Forest Institute", "the Forest Institute under the trees of Borjomi") == "Forest Institute"


def _subtitled(subtitle: str) -> str:
    html = (
        "<html><head><title>Rivers Without Borders | Delta Institute</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/events'>Events</a></nav><main><article>"
        "<h1 class='summary'>Rivers Without Borders</h1>"
        f"<p class='event-subtitle'>{subtitle}</p>"
        "<p>Date: Thursday 14 March 2024, 14:00 - 15:30</p><p>Venue: Delta Institute, 5 Quay Road, Cardiff</p>"
        "<p>Speaker: Dr Ann Hale, Senior Fellow, Delta Institute</p></article></main></body></html>"
    )
    return _html_page(html).name


def test_a_subtitle_that_says_the_event_launches_a_work_is_no_part_of_the_title() -> None:
    # 'Launch of X Policy Briefing No. 24' under the heading names what the event does (the work is
    # a report of its own); a subtitle of the heading's own joins it after a colon
    assert _subtitled("Launch of Delta Policy Paper No. 7") == "Rivers Without Borders"
    assert _subtitled("Release of the Wales Water Report 2024") == "Rivers Without Borders"
    assert _subtitled("Water, Trade and Law in the Severn Basin") == (
        "Rivers Without Borders: Water, Trade and Law in the Severn Basin"
    )


def test_a_title_given_short_after_its_type_yields_to_the_heading_that_prints_it_in_full() -> None:
    # the CMS's title field (<title>, og:title, the embedded name) writes 'Report Launch: X', the
    # h1 'X: Subtitle': the heading's full title, not the field's type and short title
    html = (
        "<html><head><title>Report Launch: Rivers Without Borders &#8211; Delta Institute</title>"
        '<meta property="og:title" content="Report Launch: Rivers Without Borders">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        ' "name": "Report Launch: Rivers Without Borders", "startDate": "2024-03-14T14:00:00+00:00"}</script>'
        "</head><body><main><h1>Rivers Without Borders: Water, Trade and Law in the Severn Basin</h1>"
        "<p>Date: Thursday 14 March 2024, 14:00 - 15:30</p><p>Venue: Delta Institute, 5 Quay Road, Cardiff</p>"
        "</main></body></html>"
    )
    assert _html_page(html).name == "Rivers Without Borders: Water, Trade and Law in the Severn Basin"
