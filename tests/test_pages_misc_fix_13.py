"""Forms sets 63-73 left unread, fixed in session 13 without a new set: attendance said as
'Transmissão em directo', 'can also be followed via a livestream' and 'Watch the livestream', and a
text's in-person-only event over a calendar's embedded 'Mixed'; localities as the page spells them
('Aarhus' for 'Århus', 'Macao'), an Australian city's 'City' suburb and the ACT's suburbs (Canberra);
a unit named with its parents as one organiser ('Centre for X, Faculty of Y, Z University', 'Faculty of
X of Y University', an embedded 'Department of X, Y University'): the unit."""

from __future__ import annotations

import pytest

from kg.pages.place import read_place
from tests.test_pages_orgs import EVENT, _html_page, _keys, _reports, _text_page

TITLE = "Orchards and Rivers\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Transmissão em directo na página do Instituto.",
        "The seminar can also be followed via a livestream on this page.",
        "Watch the livestream",
    ],
)
def test_a_stream_beside_a_venue_is_mixed(sentence: str) -> None:
    """European Portuguese's older 'em directo', a talk 'followed via a livestream' and a 'Watch the
    livestream' link beside a venue: in person and online."""
    assert _text_page(TITLE + EVENT + sentence + "\n").attendance_mode == "mixed"


def test_a_text_saying_in_person_only_outweighs_an_embedded_mixed_mode() -> None:
    """A calendar embeds 'Mixed' by default; the text's 'in-person event only … not livestreamed' wins."""
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        ' "name": "Orchards and Rivers", "startDate": "2024-04-09T17:00:00+01:00",'
        ' "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode"}</script></head><body>'
        "<h1>Orchards and Rivers</h1><p>Tuesday 9 April 2024, 17:00 - 18:30 BST</p>"
        "<p>Town Hall, London WC2N 5DN</p><p>Please note: this is an in-person event only. The talk will"
        " not be livestreamed.</p></body></html>"
    )
    assert _html_page(html).attendance_mode == "offline"


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("Building 2, Nordre Ringgade 1, 8000 Aarhus C", "Aarhus"),  # not the gazetteer's 'Århus'
        ("Hall B, Harbour College, Rua do Porto 5, Macao", "Macao"),  # a city-state as the page names it
        ("River Room, 12 Wharf Street, Townsville City QLD 4810", "Townsville"),  # the city's central suburb
        ("Hall C, 4 Lake Road, Braddon ACT 2612", "Canberra"),  # the ACT's suburbs are Canberra's
        ("Hall C\n4 Lake Road\nGriffith, Australian Capital Territory 2603\nAustralia", "Canberra"),
    ],
)
def test_a_locality_is_the_town_as_the_page_spells_it(address: str, town: str) -> None:
    place, _ = read_place(address.split("\n"))
    assert place is not None and place.locality == town


@pytest.mark.parametrize(
    ("line", "chain"),
    [
        (
            "Organised by: Centre for Orchard Studies, Faculty of Rural Sciences, Hillcrest University",
            ["Centre for Orchard Studies", "Faculty of Rural Sciences", "Hillcrest University"],
        ),
        (
            "The seminar is organised by the Faculty of Rivers and Lakes of Hillcrest University.",
            ["Faculty of Rivers and Lakes", "Hillcrest University"],
        ),
        (
            "The Faculty of Rivers of The University of the Hills invites you to the seminar.",
            ["Faculty of Rivers", "University of the Hills"],
        ),
    ],
)
def test_a_unit_named_with_its_parents_is_the_unit(line: str, chain: list[str]) -> None:
    """The unit an organiser's line names is the organiser, its faculty and university its parents."""
    record = _text_page(TITLE + EVENT + line + "\n")
    assert len(record.organizers) == 1
    org, names = record.organizers[0], []
    while org is not None:
        names.append(org.name)
        org = org.parent
    assert names == chain


def test_an_embedded_organiser_with_its_university_is_the_unit() -> None:
    """schema.org's organizer 'Department of X, Y University' is the department the text names."""
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        ' "name": "Orchards and Rivers", "startDate": "2024-04-09T17:00:00+01:00", "organizer": {"@type":'
        ' "Organization", "name": "Department of Rivers, Hillcrest University"}}</script></head><body>'
        "<h1>Orchards and Rivers</h1><p>Tuesday 9 April 2024, 17:00 - 18:30 BST</p>"
        "<p>Town Hall, London WC2N 5DN</p><p>Organiser: Department of Rivers</p></body></html>"
    )
    assert _keys(_html_page(html).organizers) == {"department rivers"}


def test_a_book_talks_title_cited_short_with_its_publisher_is_the_books_whole_title() -> None:
    """'Salt Roads: …' over a text that cites 'Salt Roads (Hillcrest Press, 2025)': the head before the
    colon is the book's, not an author's name; the book is the whole title."""
    text = (
        "BOOK TALK\n\nSalt Roads: Trade and Empire in the Northern Seas, 1600–1750\n\n"
        + EVENT
        + "Author: Maren Holt, Associate Professor, Department of History, Hillcrest University\n\n"
        "In Salt Roads (Hillcrest Press, 2025), Maren Holt follows the salt trade across the northern seas.\n"
    )
    assert _reports(_text_page(text)) == [("Salt Roads: Trade and Empire in the Northern Seas, 1600–1750", None)]


def test_a_portuguese_sponsors_name_keeps_its_small_words() -> None:
    """'com o apoio da Embaixada do Reino da Noruega em Maputo': 'do', 'da' and 'em' before a name
    are words of it, not its end."""
    text = TITLE + EVENT + "Este seminário é realizado com o apoio da Embaixada do Reino dos Lagos em Beira.\n"
    assert _keys(_text_page(text).sponsors) == {"embaixada do reino dos lagos em beira"}


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        (
            "O Instituto de Estudos dos Rios (IER) tem o prazer de convidar V. Excia. para o seminário.",
            "instituto de estudos dos rios",
        ),
        ("Le Centre Marc Bloch a le plaisir de vous inviter à la conférence.", "centre marc bloch"),
        ("La Fundación Ríos tiene el placer de invitarle a la presentación.", "fundacion rios"),
    ],
)
def test_an_invitations_courtesy_names_the_host(sentence: str, host: str) -> None:
    """'X tem o prazer de convidar', 'X a le plaisir de vous inviter', 'X tiene el placer de invitar':
    X holds the event, as 'X is pleased to invite you' says in English."""
    assert _keys(_text_page(TITLE + EVENT + sentence + "\n").organizers) == {host}
