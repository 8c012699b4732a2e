"""Dates, clocks, localities, attendance and titles that hold-out sets 79-88 left unread, one test
per form (session 16). Every text here is made up for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

import pytest

from tests.test_pages_unseen import _text_page

_HEAD = "Rivers and Borders in the Early Modern Baltic\nThursday 5 March 2026, 14:00 - 16:00\n"


def test_held_in_person_and_open_to_all_is_offline() -> None:
    record = _text_page(
        f"{_HEAD}Venue: Old Library, 4 Mill Street, Lund\n\n"
        "The workshop is held in person and is open to all; no registration is needed.\n"
    )
    assert record.attendance_mode == "offline"


@pytest.mark.parametrize(
    "said",
    [
        "L'acte es podrà seguir en directe pel canal de la Fundació.",  # Catalan
        "Etkinlik ayrıca merkezin kanalından canlı olarak yayınlanacaktır.",  # Turkish
        "Skup će se prenositi uživo na mrežnim stranicama Instituta.",  # Croatian
        "Za tiste, ki ne morejo priti, bo na voljo prenos v živo.",  # Slovene
    ],
)
def test_a_live_stream_said_in_catalan_turkish_or_a_south_slavic_language_makes_a_venue_mixed(said: str) -> None:
    record = _text_page(f"{_HEAD}Venue: Old Library, 4 Mill Street, Lund\n\n{said}\n")
    assert record.attendance_mode == "mixed"


def test_a_lecture_without_streaming_said_in_slovene_is_offline() -> None:
    said = "Predavanje bo v živo v dvorani, brez spletnega prenosa."
    record = _text_page(f"{_HEAD}Venue: Old Library, 4 Mill Street, Lund\n\n{said}\n")
    assert record.attendance_mode == "offline"


@pytest.mark.parametrize(
    ("venue", "town"),
    [
        ("Venue: Harbour House, Strandgata 12, Bodø (store sal)", "Bodø"),
        ("Faculty of Arts, Veveří 28, Brno, room B2.14", "Brno"),
    ],
)
def test_a_room_named_after_the_town_leaves_the_town_as_the_locality(venue: str, town: str) -> None:
    record = _text_page(f"{_HEAD}{venue}\n\nThe Department of History invites you to a seminar.\n")
    assert record.location is not None
    assert record.location.locality == town


def test_the_venue_under_a_sites_agenda_heading_gives_the_locality_and_its_clock() -> None:
    record = _text_page(
        'Instituto de Geografía\nAgenda\n\nSeminar "Ports and Rivers of the Southern Cone"\n\n'
        "12 May 2015\nSala Azul, Casa Central, Av. Libertad 1200, Valparaíso\n\n"
        "The Institute invites you to a seminar on the ports of the Southern Cone.\n\n"
        "PROGRAMME\n\n10:00 Welcome\n11:00 Closing\n"
    )
    assert record.location is not None
    assert record.location.locality == "Valparaíso"
    assert record.start == "2015-05-12T10:00:00-03:00"


@pytest.mark.parametrize(
    "said",
    [
        "Po predavanju bo pogovor; zaključek predvidoma ob 20.15.",  # Slovene
        "After the talk there is time for questions. The evening will end at 8.15 pm.",
    ],
)
def test_an_end_said_in_a_sentence_below_the_date_ends_the_event(said: str) -> None:
    record = _text_page(
        "Rivers and Borders in the Early Modern Baltic\nThursday 5 March 2026, 18:30\n"
        f"Old Library, 4 Mill Street, Ljubljana\n\nA lecture on rivers as borders.\n\n{said}\n"
    )
    assert record.end == "2026-03-05T20:15:00+01:00"


def test_a_menu_run_together_in_a_text_rendering_is_not_the_title() -> None:
    record = _text_page(
        "Skip to main content\nHPI - Harbour Policy Institute\nJapanese\nSitemapContact UsFAQ\n"
        "HomeResearchPublicationsEventsAbout HPI\n\nHome > Events > Lunch Seminars > 2021\n\nLunch Seminar\n\n"
        "Ports, Tariffs and the Coastal Trade\n\nDate/TimeTuesday, May 4, 2021 12:15-13:30\n"
        "VenueHPI seminar room 301 (Annex, 3rd floor)\nLanguageJapanese\n\nSpeakerSATO Hiroshi (Fellow, HPI)\n"
    )
    assert record.name == "Ports, Tariffs and the Coastal Trade"
