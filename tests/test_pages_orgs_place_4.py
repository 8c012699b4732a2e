"""Organiser, sponsor, place and attendance forms that hold-out set 43 (French, Québécois, Dutch,
Danish, Swiss, Mexican, German and Jordanian sites) and the misses left in sets 36-38 showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.place import attendance, read_place
from tests.test_pages_unseen import _text_page

_DATED = "Public Lecture\n\nRivers of the Steppe\n\nWednesday, 12 March 2025, 17:00 - 18:30\n\n"


@pytest.mark.parametrize(
    ("block", "locality", "postcode"),
    [
        (
            [
                "Pavillon Roger-Gaudry, salle 1035",
                "2900, boulevard Édouard-Montpetit",
                "Trois-Rivières (Québec)  G9A 5H7",
            ],
            "Trois-Rivières",
            "G9A 5H7",
        ),
        (["Salle Jean-Paul-Riopelle, 90, avenue Laurier, Gatineau (Québec)"], "Gatineau", None),
        (["Hart House, 7 Hart House Circle, Toronto (Ontario) M5S 3H3"], "Toronto", "M5S 3H3"),
    ],
)
def test_a_canadian_town_with_its_province_in_brackets(block: list[str], locality: str, postcode: str | None) -> None:
    place, _ = read_place(block)
    assert place is not None and (place.locality, place.postal_code) == (locality, postcode)


@pytest.mark.parametrize(
    ("block", "locality"),
    [
        (["Nationalmuseet, Prinsens Palæ, Ny Vestergade 10, 1471 København K"], "Copenhagen"),
        (["Auditorio, Avenida Paseo de la Reforma 222, Col. Juárez, 06600 Ciudad de México, CDMX"], "Mexico City"),
        (["Sahne, Moda Cd. No:12, 34710 Kadıköy/İstanbul, Türkiye"], "Istanbul"),
        (["Gedung Serbaguna, Jl. Merdeka Selatan No. 8, Jakarta Pusat"], "Jakarta"),
    ],
)
def test_a_postcode_before_a_town_written_in_its_own_language_or_with_its_district(
    block: list[str], locality: str
) -> None:
    place, _ = read_place(block)
    assert place is not None and place.locality == locality


@pytest.mark.parametrize(
    ("block", "street"),
    [
        (["Sala Rossa, Piazza Santo Stefano in Vaticano 4, 40125 Bologna"], "Piazza Santo Stefano in Vaticano 4"),
        (["Gedung A", "Jl. Sudirman Kav. No. 5", "10220 Jakarta"], "Jl. Sudirman Kav. No. 5"),
        (["Auditorio Central", "Carrera 7 # 40-62", "Medellín, Colombia"], "Carrera 7 # 40-62"),
    ],
)
def test_a_street_whose_street_word_comes_first(block: list[str], street: str) -> None:
    place, _ = read_place(block)
    assert place is not None and place.street_address == street


def test_a_street_number_is_no_postcode_before_a_town() -> None:
    place, _ = read_place(["Fifth Floor", "One Harbour Plaza, 1400 Kingsway Ave., NW", "Washington, DC 20005"])
    assert place is not None and place.locality == "Washington" and place.postal_code == "20005"


def test_a_postcode_before_the_country_leaves_the_town_before_it() -> None:
    place, _ = read_place(["Rua do Alecrim 12", "Porto, 4050-123 Portugal"])
    assert place is not None and place.locality == "Porto" and place.country == "Portugal"


def test_an_unlabelled_address_whose_street_word_is_part_of_the_name() -> None:
    page = "Civic Tech Day 2025\n\nKulturhaus Freiburg\nAugustinerplatz 2\n79098 Freiburg\n\n" + (
        "Friday, 13 June 2025, 09:00 - 17:00\n\nA day of talks on open data.\n"
    )
    place = _text_page(page).location
    assert place is not None and place.locality == "Freiburg"


def test_the_address_a_paragraph_after_the_venue_over_two_lines() -> None:
    page = _DATED + "Venue\nAuditorio Fals Borda\n\nCarrera 7 # 40-62\nMedellín, Colombia\n\nAll welcome.\n"
    place = _text_page(page).location
    assert place is not None and place.locality == "Medellín"


def test_a_related_webinar_does_not_make_an_in_person_event_hybrid() -> None:
    page = (
        _DATED + "Where: Centro Cultural, Calle Madero 12, 06000 Ciudad de México\nIn-person event.\n\n"
        "Other events\n- 12 April 2025 | Webinar: Groundwater law reform\n"
    )
    assert _text_page(page).attendance_mode == "offline"


@pytest.mark.parametrize(
    "sentence",
    [
        "The debate will also be streamed on our YouTube channel.",
        "Choose an on-site ticket or a livestream ticket below.",
    ],
)
def test_a_stream_beside_a_venue_makes_the_event_hybrid(sentence: str) -> None:
    assert attendance(sentence, has_place=True, has_online=False) == "mixed"
