"""People, role, affiliation and job-title forms that hold-out set 42 (Hungarian, Nigerian, Moroccan,
Swiss, Italian, Bangladeshi, Israeli and Slovenian sites) and the newest sets before it showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.lines import match_label, session_role
from tests.test_pages_unseen import _people, _text_page


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
