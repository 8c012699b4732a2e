"""Role and affiliation forms that hold-out set 77 (panels, conferences and workshops whose speakers
carry long affiliations: Hiroshima, Kuwait, Lviv, Birmingham, Davao, Yaoundé, Strasbourg, Medellín)
showed the ingester missing, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.names import stated_honorific
from kg.pages.people import describe
from kg.pages.wrap import rejoin_wrapped
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_post_meta_line_giving_a_range_of_hours_is_the_events_date_not_a_byline() -> None:
    # static-site themes put the event's date and hours in the post's meta line under the heading;
    # a byline dates the post at one moment, never with a range of hours
    page = (
        "<html><body><article><header><h1>Grain Corridors after the War</h1>"
        '<p class="post-meta"><time datetime="2022-03-03">Thursday 3 March 2022</time> · 14:00 – 15:30 (CAT) · Zoom</p>'
        "</header><p>An online seminar of the Lusaka Trade Observatory.</p></article></body></html>"
    )
    record = _html_page(page)
    assert (record.start, record.end) == ("2022-03-03T14:00:00+02:00", "2022-03-03T15:30:00+02:00")


def test_the_people_listed_under_a_chaired_by_line_are_the_sessions_speakers_not_chairs() -> None:
    # 'Chaired by X, Post' is the session's one chair, as 'Chair: X, Post' is; the list under it
    # names the people who speak in the session
    page = (
        "Graz Centre for Comparative Law\n\nWorkshop\n\nCourts and Climate Duties\n\n"
        "Date(s)\n5 March 2024\n10:00 - 13:00\n\nProgramme\n\n"
        "10:00 - First part: Standing and remedies\n"
        "Chaired by Ms Katrin Eder, Judge at the Constitutional Court of Austria\n"
        "- Professor Marco Ruggieri, Professor of Administrative Law, University of Trento\n"
        "- Dr Lena Vogt, Senior Lecturer in Public Law, University of Graz\n"
    )
    people = {(n, r) for n, r, *_ in _people(_text_page(page))}
    assert ("Katrin Eder", "chair") in people
    assert {("Marco Ruggieri", "speaker"), ("Lena Vogt", "speaker")} <= people


def test_a_bio_sentence_wrapped_before_the_last_word_of_its_organisation_is_rejoined() -> None:
    # a bio is running text whose posts and names are mostly in capitals; the renderer broke it
    # inside the organisation's name and the next line ends the sentence
    about = (
        "The Centre for Maritime Law holds its spring seminar on the enforcement of fisheries rules at sea. "
        "Registration is free and open to all, but places in the seminar room are limited this term, and "
        "those who cannot come may follow the discussion online through the link sent to them a day before. "
        "The seminar is the third of the series on ocean governance that the centre began in the autumn."
    )
    bio = (
        "Halima Osei is Reader in International Law and Director of the Ocean Governance Unit at Bergen "
        "University. She chairs the Nordic Law of the Sea Network."
    )
    text = "\n\n".join([textwrap.fill(about, 96), "Halima Osei", textwrap.fill(bio, 96)])
    assert "at Bergen University. She chairs" in rejoin_wrapped(text)


def test_the_moro_titles_datu_and_bai_before_a_name_are_honorifics() -> None:
    assert stated_honorific("Datu Ismael K. Ampaso") == ("Datu", "Ismael K. Ampaso")
    assert stated_honorific("Bai Normina Lidasan Sema") == ("Bai", "Normina Lidasan Sema")
    assert stated_honorific("Bai Yuming") == (None, "Bai Yuming")  # a Chinese family name


def test_of_two_posts_after_a_semicolon_the_first_is_kept_whole_with_its_organisation() -> None:
    # the semicolon parts the posts, so the 'and' inside the first unit's name does not; a programme
    # title after it, with no organisation, is a lesser post; a visiting post beside a former one
    # leaves the former post, which has no organisation
    assert describe(
        "Lecturer, Department of Geography and Planning, Makerere University; Research Associate, Nile Basin Centre"
    ) == ("Lecturer, Department of Geography and Planning", "Makerere University")
    assert describe("Associate Professor, Faculty of Law, Lund University; Academic Director, LLM in Human Rights") == (
        "Associate Professor, Faculty of Law",
        "Lund University",
    )
    assert describe("Former Ambassador of Chile to Japan; Visiting Professor, School of Law, Keio University") == (
        "Former Ambassador of Chile to Japan",
        None,
    )


def test_an_and_inside_a_units_name_does_not_part_two_posts() -> None:
    post = "Lecturer, School of Politics and Economics, Kigali University, and Non-resident Fellow, Great Lakes Forum"
    assert describe(post) == ("Lecturer, School of Politics and Economics", "Kigali University")
    # a hyphenated post after 'and' opens a post all the same
    assert describe("Professor of Law at Makerere University and Fellow-in-Residence at the Kampala Policy Forum") == (
        "Professor of Law",
        "Makerere University",
    )


def test_a_country_after_a_university_of_is_where_it_is_not_a_campus() -> None:
    assert describe("Senior Lecturer, Department of History, University of the Free State, South Africa") == (
        "Senior Lecturer, Department of History",
        "University of the Free State",
    )
    assert describe("Professor, University of California, Davis") == ("Professor", "University of California, Davis")


def test_a_session_page_headed_only_by_its_speakers_names_takes_its_title_from_its_head() -> None:
    # a conference scheduler's session page: no h1, the speakers' cards headed by their names in
    # h2, the <title> led by the conference's name and a colon
    cards = "".join(
        f'<div class="person"><h2><a href="/speaker/{n.lower().replace(" ", "_")}">{n}</a></h2>'
        f'<span class="position">{p}</span> <span class="company">Tbilisi State University</span></div>'
        for n, p in (("Nino Beridze", "Professor of Law"), ("Giorgi Kapanadze", "Associate Professor of History"))
    )
    page = (
        "<html><head><title>Caucasus Dialogue 2024: Borders and Memory in the South Caucasus</title>"
        '<meta property="og:title" content="Borders and Memory in the South Caucasus">'
        '<meta property="og:site_name" content="Caucasus Dialogue 2024"></head><body>'
        '<span class="event"><a class="name">Borders and Memory in the South Caucasus</a></span>'
        "<div>Friday May 17, 2024 11:00 - 12:30 GET</div>"
        f"<h3>Speakers</h3>{cards}</body></html>"
    )
    assert _html_page(page).name == "Borders and Memory in the South Caucasus"


def test_a_contact_named_with_an_address_then_or_a_telephone_number_is_the_events_contact() -> None:
    page = (
        "Harbour Policy Centre\n\nPorts and Power in the Visayas\n\nWHEN: Friday, March 7, 2025 | 9:00 AM - 11:30 AM\n"
        "WHERE: Room 204, Cebu Normal Hall, Cebu City\n\n"
        "Seats are limited. For inquiries, contact Mr. Ramil Bacaltos at hpc@example.ph or (032) 255-1234 local 12.\n"
    )
    assert ("Ramil Bacaltos", "contact") in {(n, r) for n, r, *_ in _people(_text_page(page))}


def test_hold_out_set_77_meets_the_target_in_people_roles_title_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-77" / "expected.yaml")
    # left under 0.9 (see docs/ingest.md, set 77): affiliations and job titles (a unit's name broken over
    # hand-wrapped programme lines, 'Member of X; Professor Emerita, Y', an organisation's initials
    # with its name in brackets), start and end (a registration time read as the start, a JSON-LD
    # offset overridden), reports (a report to be presented at another session read as this one's),
    # organizers, sponsors and locality (a host university beside its centre, 'Konrad-Adenauer-Stiftung
    # in Colombia', 'Davao City')
    targeted = ("title", "people", "roles", "attendance")
    assert {name: round(scores[name].f1, 3) for name in targeted if scores[name].f1 < 0.9} == {}
    assert scores["affiliations"].f1 > 0.8
