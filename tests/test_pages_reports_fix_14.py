"""Reports, titles, organizers and localities that hold-out sets 69-78 left unread, fixed in
session 14 without a new set, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from tests.test_pages_orgs import _reports, _text_page

DATE = "Harbour Lectures\n\nTides and Trade\n\nThursday 11 June 2026, 10:00 - 11:30\n"


@pytest.mark.parametrize(
    ("venue", "locality"),
    [
        # a town's name with a small word 'of', or of four words
        ("Lecture Room 4, 12 Marine Parade, Port of Spain", "Port of Spain"),
        ("Seminar Room B, 41 Lê Lợi, District 1, Ho Chi Minh City", "Ho Chi Minh City"),
        # a country by its state's long name after the town
        ("Harbour Hall, Building 12, Road 40, Seef District, Manama, Kingdom of Bahrain", "Manama"),
        ("Conference Room 3, Al Khuwair Street, Muscat, Sultanate of Oman", "Muscat"),
        ("Main Hall, Old Mill Building, Dodoma, United Republic of Tanzania", "Dodoma"),
        # a state's two letters after the town, in brackets or not
        ("Local: Auditório Norte, Bloco C, 3º andar, Brasília (DF)", "Brasília"),
        ("Venue: Seminar Hall 2, Ganeshkhind Road, Pune, MH", "Pune"),
    ],
)
def test_the_town_ending_the_venue_line_is_the_locality(venue: str, locality: str) -> None:
    record = _text_page(f"{DATE}{venue}\n\nThe lecture looks at the harbour's trade.\n")
    assert record.location is not None and record.location.locality == locality


@pytest.mark.parametrize(
    ("line", "locality"),
    [("N-5020 Bergen, Norway", "Bergen"), ("FI-20500 Turku, Finland", "Turku")],
)
def test_a_town_with_its_postcode_before_the_country_is_the_locality(line: str, locality: str) -> None:
    """'N-5020 Bergen, Norway' names Bergen, not the country."""
    text = f"{DATE}Harbour Institute, Strandkaien 8\n{line}\n\nThe lecture looks at the harbour's trade.\n"
    record = _text_page(text)
    assert record.location is not None and record.location.locality == locality


def test_a_series_by_its_own_name_with_the_number_in_brackets() -> None:
    """'his new Harbour Studies paper (No. 12)': the series' name, the kind in lower case, the number
    in brackets; named by the series and number."""
    text = f"{DATE}Town Hall, London WC2N 5DN\n\nDr Lee will present his new Harbour Studies paper (No. 12) on trade.\n"
    assert _reports(_text_page(text)) == [("Harbour Studies No. 12", "12")]


def test_a_series_numbered_by_its_letters_the_year_a_colon_and_the_number() -> None:
    """'HI Working Paper WP 2025: 7': the number kept whole, as Nordic series write it."""
    citation = "Lee, Ann: Tides and trade. Tromsø: Harbour Institute (HI Working Paper WP 2025: 7) 24 p."
    text = f"{DATE}Town Hall, London WC2N 5DN\n\nDr Lee presents her paper.\n\nRelated publication\n{citation}\n"
    assert _reports(_text_page(text)) == [("Working Paper WP 2025: 7", "WP 2025: 7")]


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        (
            "O Instituto de Estudos do Porto (IEP) realiza, no dia 11 de junho, o seminário do estudo.",
            "Instituto de Estudos do Porto",
        ),
        (
            "El Instituto de Estudios del Puerto realiza el 11 de junio un seminario.",
            "Instituto de Estudios del Puerto",
        ),
    ],
)
def test_a_host_named_by_realiza_in_portuguese_or_spanish(sentence: str, host: str) -> None:
    """'O Instituto X realiza … o seminário': the institute holds the event."""
    record = _text_page(f"{DATE}Town Hall, London WC2N 5DN\n\n{sentence}\n")
    assert [o.name for o in record.organizers] == [host]


def test_a_portuguese_name_joined_by_e_is_one_host() -> None:
    """'Instituto de Comércio e Políticas Marítimas': 'e' inside a Portuguese or Italian name."""
    sentence = "O Instituto de Comércio e Políticas Marítimas (ICPM) convida para o seminário de apresentação."
    record = _text_page(f"{DATE}Town Hall, London WC2N 5DN\n\n{sentence}\n")
    assert [o.name for o in record.organizers] == ["Instituto de Comércio e Políticas Marítimas"]
