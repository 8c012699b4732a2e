"""People, role, affiliation and job-title forms that hold-out set 42 (Hungarian, Nigerian, Moroccan,
Swiss, Italian, Bangladeshi, Israeli and Slovenian sites) and the newest sets before it showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import match_label, session_role
from kg.pages.people import is_person_name, parse_entries
from tests.test_pages_unseen import _html_page, _people, _text_page


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Lead Discussant: Dr Jane Doe, Senior Fellow, X Institute", "discussant"),
        ("Designated Discussants", "discussant"),
        ("Session Chair", "chair"),
        ("Opening Remarks and Moderation", "introductory-remarks"),
        ("Chairman of the Occasion", "chair"),
        ("Chief Guest", "featured-remarks"),
        ("Special Guests", "featured-remarks"),
        ("Kommentar:", "discussant"),
        ("Referentin:", "speaker"),
        ("Relatori / Speakers:", "speaker"),
        ("Saluti istituzionali", "introductory-remarks"),
        ("Modérateur : Paul Martin", "moderator"),
        ("Kontakt: Anna Meier, anna.meier@example.ch", "contact"),
        ("Presentation of Policy Brief No. 4/2025", "presenter"),
    ],
)
def test_role_headings_with_a_qualifier_a_second_part_or_in_another_language(heading: str, role: str) -> None:
    found = match_label(heading)
    assert found is not None and found[0].role == role


@pytest.mark.parametrize("heading", ["Japan Chair", "An Evening with Niamh Keane", "Past Speakers"])
def test_a_chair_named_for_a_country_or_a_title_with_with_is_no_role_heading(heading: str) -> None:
    found = match_label(heading)
    assert found is None or found[0].kind != "people"


def test_a_programme_item_named_by_its_first_part_gives_its_role() -> None:
    assert session_role("10:00 - 11:00 Comments and open discussion") == "discussant"


@pytest.mark.parametrize("heading", ["Past Symposia", "Recent Dialogues", "Weitere Termine im Kolloquium"])
def test_the_sites_other_events_are_no_people(heading: str) -> None:
    found = match_label(heading)
    assert found is not None and found[0].kind == "ignore"


def test_people_under_an_items_chair_line_are_the_items_own() -> None:
    text = (
        "Ports and Power: A Day on Atlantic Logistics\n\n"
        "14 May 2025, 09:00-13:00\nVenue: Harbour Hall, Porto\n\n"
        "Programme\n\n"
        "09:00 Welcome\nAna Ribeiro, President, Atlantic Ports Forum\n\n"
        "09:30 Panel 1 — Terminals and finance\n"
        "Chair: Rui Costa, Researcher, Centre for Maritime Economics\n"
        "Inês Moura, Head of Strategy, Port of Leixões\n"
        "Tomás Duarte, Senior Economist, Iberian Development Bank\n"
    )
    roles = {(p[0], p[1]) for p in _people(_text_page(text))}
    assert ("Rui Costa", "chair") in roles
    assert {("Inês Moura", "panelist"), ("Tomás Duarte", "panelist")} <= roles
    assert ("Inês Moura", "chair") not in roles


def test_a_heading_we_cannot_read_ends_the_items_people_and_cards_describe_the_programmes_people() -> None:
    text = (
        "Water Courts and the Commons\n\n"
        "3 June 2025, 10:00-12:00\nVenue: Law Faculty, Room 4, Ljubljana\n\n"
        "Programme\n\n"
        "10:00 Opening\nMarta Kos (Institute of Law)\n\n"
        "10:15 Panel\nChair: Jan Novak (University of Maribor)\n\n"
        "11:45 Closing\nclosing words by Marta Kos\n\n"
        "Contributors\n\n"
        "Dr. Jan Novak\nAssociate Professor of Water Law\nUniversity of Maribor\n\n"
        "Marta Kos\nDirector\nInstitute of Law\n"
    )
    people = _people(_text_page(text))
    assert ("Jan Novak", "chair", "University of Maribor", "Associate Professor of Water Law") in people
    assert ("Marta Kos", "introductory-remarks", "Institute of Law", "Director") in people
    assert ("Jan Novak", "closing-remarks") not in {p[:2] for p in people}


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("M. Karim TAZI, Directeur, Institut Atlas", "Karim Tazi", "M."),
        ("H.E. Samir EL AMRANI, Former Minister of Finance", "Samir El Amrani", "H.E."),
        ("Univ.-Prof. Dr. Eva Gruber, Professor of Public Law, University of Vienna", "Eva Gruber", "Univ.-Prof. Dr."),
        ("Dott.ssa Chiara Fontana, Senior Fellow, Istituto Adriatico", "Chiara Fontana", "Dott.ssa"),
        ("Prof.ssa Laura Greco, Università di Torino", "Laura Greco", "Prof.ssa"),
        ("PD Dr. Urs Meili, Universität Basel", "Urs Meili", "PD Dr."),
        ("Alhaji Sani Bello, President, Kano Traders Association", "Sani Bello", "Alhaji"),
        ("Barrister Rumana Haque, Partner, Haque & Associates", "Rumana Haque", "Barrister"),
        ("Brig. Gen. (res.) Dr. Avi Peled, Senior Fellow, Negev Policy Institute", "Avi Peled", "Brig. Gen. Dr."),
    ],
)
def test_titles_in_several_languages_before_a_name_are_honorifics(text: str, name: str, honorific: str) -> None:
    (entry,) = parse_entries(text)
    assert (entry.name, entry.honorific) == (name, honorific)


def test_a_french_m_before_a_name_without_capitals_stays_an_initial() -> None:
    (entry,) = parse_entries("M. Ali Khan, Senior Fellow, Lahore Policy Centre")
    assert entry.name == "M. Ali Khan"


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        ("Prof. Musa Danladi, OON, Former Vice-Chancellor, University of Jos", "Musa Danladi", None, None),
        (
            "Major General (Retd.) A.K.M. Rafiqul Islam, ndc, psc, Member, Bangladesh Tariff Commission",
            "A.K.M. Rafiqul Islam",
            "Member",
            "Bangladesh Tariff Commission",
        ),
        ("Ruth Ellison OAM, President, Heritage Society", "Ruth Ellison", "President", "Heritage Society"),
    ],
)
def test_post_nominals_after_a_name_are_neither_name_nor_post(
    text: str, name: str, title: str | None, affiliation: str | None
) -> None:
    entry = parse_entries(text)[0]
    assert entry.name == name and entry.affiliation == affiliation
    assert title is None or entry.job_title == title
    assert "OON" not in (entry.job_title or "")


def test_a_post_with_a_slash_or_a_label_with_a_colon_is_no_name() -> None:
    html = (
        "<html><body><h1>Grid Finance After Reform</h1><p>12 March 2025, 10:00-12:00 WAT</p>"
        "<p>Venue: Congress Hall, Abuja</p><h2>Keynote Address</h2>"
        "<p>Engr. Bola Adewale</p><p>Managing Director/CEO, Lagos Power Company</p>"
        "<p>Kontakt: Hans Frei, Koordination, hans.frei@example.ch</p></body></html>"
    )
    names = {p[0] for p in _people(_html_page(html))}
    assert "Bola Adewale" in names
    assert not {n for n in names if "/" in n or ":" in n}


def test_a_german_organisation_named_in_one_word_is_no_person() -> None:
    entries = parse_entries("PD Dr. Urs Meili, Eidgenössische Forschungsanstalt WSL")
    assert [e.name for e in entries] == ["Urs Meili"]


def test_initials_are_spelled_out_by_the_name_beside_them_and_not_across_a_blank_line() -> None:
    text = (
        "Centre for Dialogue and Development (CDD)\n\n"
        "Trade After Graduation\n\n"
        "Date: 4 March 2025\nTime: 10:00 - 12:00\nVenue: Civic Hall, Dhaka\n\n"
        "Chair\nDr. Nadia Karim\nResearch Director, CDD\n\n"
        "Designated Discussants\nDr. Imran Hossain, Senior Fellow, ELU\n"
        "Dr. Laila Ahmed, Professor, Estuary Lagoon University (ELU)\n"
    )
    people = {p[0]: p[2] for p in _people(_text_page(text))}
    assert people["Nadia Karim"] == "Centre for Dialogue and Development"
    assert people["Imran Hossain"] == "Estuary Lagoon University"


def test_a_short_name_in_mixed_case_is_the_organisation_the_site_heading_names_beside_it() -> None:
    text = (
        "FoReSt - Fondazione Ricerca Strategica\n\n"
        "Energy Security in the Adriatic\n\n"
        "Date: 8 April 2025\nTime: 10:00 - 12:00\nVenue: Sala Verde, Trieste\n\n"
        "Chair: Dott. Marco Zanetti, Senior Fellow, FoReSt\n"
    )
    (person,) = _people(_text_page(text))
    assert person[2] == "Fondazione Ricerca Strategica"


@pytest.mark.parametrize(
    ("text", "title", "affiliation"),
    [
        ("Hon. Ada Okoye, Honourable Minister of State for Trade", "Minister of State for Trade", None),
        ("Ruxandra Pop, Policy Officer, Expert Forum, Bucharest", "Policy Officer", "Expert Forum"),
    ],
)
def test_a_courtesy_before_a_post_and_a_title_word_naming_a_bodys_kind(
    text: str, title: str, affiliation: str | None
) -> None:
    (entry,) = parse_entries(text)
    assert (entry.job_title, entry.affiliation) == (title, affiliation)


def test_a_name_line_over_a_bio_paragraph_is_a_speaker_card() -> None:
    html = (
        "<html><body><h1>Corpora of Parliamentary Speech</h1><p>Thursday, 18 September 2025, 11:00–11:30 CEST</p>"
        "<p>Room 2, Faculty of Arts, Ljubljana</p><p>A talk on building comparable corpora of debates.</p>"
        "<aside><h4>Nina Zupan</h4><p>Nina Zupan is a research associate at the Institute of Linguistics, where "
        "she builds treebanks.</p><h4>Peter Kos</h4><p>Peter Kos has been a postdoctoral researcher at the "
        "Institute of Contemporary History since 2021. He studied history in Zagreb.</p></aside></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Peter Kos", "speaker", "Institute of Contemporary History", "postdoctoral researcher") in people
    assert ("Nina Zupan", "speaker", "Institute of Linguistics", "research associate") in people


def test_a_slogan_of_words_with_full_stops_is_no_name() -> None:
    assert not is_person_name("Engage. Change")
    assert is_person_name("Ma. Luisa Fernandez") and is_person_name("Wm. Jones")


def test_an_and_inside_a_units_or_practices_name_starts_no_person() -> None:
    (partner,) = parse_entries("Adv. Dana Levi, Partner, Energy and Infrastructure Practice, Carmel Adar & Co.")
    assert (partner.job_title, partner.affiliation) == (
        "Partner, Energy and Infrastructure Practice",
        "Carmel Adar & Co",
    )
    two = parse_entries("Jane Doe, Columbia University and Sterling Brown, University of Virginia")
    assert [e.name for e in two] == ["Jane Doe", "Sterling Brown"]


def test_an_organisations_own_name_before_a_dash_and_what_it_is_is_one_organisation() -> None:
    (entry,) = parse_entries("Dr. Rana Aziz, Senior Lecturer, Technion – Israel Institute of Technology")
    assert (entry.job_title, entry.affiliation) == ("Senior Lecturer", "Technion – Israel Institute of Technology")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Bisi Ade, Partner, Ajayi, Bello & Co.", "Ajayi, Bello & Co"),
        ("John Roe, Director, Smith, Jones & Partners, London", "Smith, Jones & Partners"),
    ],
)
def test_a_firm_named_after_its_partners_is_one_organisation(text: str, firm: str) -> None:
    (entry,) = parse_entries(text)
    assert entry.affiliation == firm and entry.job_title in ("Partner", "Director")


DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("number", "fields"),
    [
        (42, ("people", "roles", "affiliations", "job titles")),
        (39, ("people", "roles", "job titles")),  # roles 0.80 before set 42's scope fixes
    ],
)
def test_newest_hold_out_sets_meet_the_target_in_people_fields(number: int, fields: tuple[str, ...]) -> None:
    scores = measure(DATA / f"holdout-{number}" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
