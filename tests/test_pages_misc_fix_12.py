"""Organiser, sponsor, place, attendance and publication forms that hold-out sets 57-68 left
unread (docs/ingest.md, each set's paragraph), fixed in session 12 without a new set, one test per
form. Every text here is made up for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.lines import match_label
from kg.pages.orgs import stated_hosts
from kg.pages.place import attendance, find_address, find_locality, read_place
from kg.pages.reports import find_reports
from tests.test_pages_unseen import _html_page, _text_page


@pytest.mark.parametrize(
    ("text", "has_place", "mode"),
    [
        # a ticketing site's tag on its own line under 'Location', as it writes 'Online'
        ("Location\nIn person\nThe Old Granary, Quay Street, Tromsø", True, "offline"),
        ("Saturday · 10:00 - 12:00 · In person", True, "offline"),
        # the present tense of a stream beside a venue
        ("The talk is also streamed on the museum's Facebook page.", True, "mixed"),
        ("Both sessions are live-streamed via the faculty's channel.", True, "mixed"),
        ("The talk is not streamed.", True, "offline"),
        # the Spanish and Portuguese verb, not only the noun 'transmisión en vivo'
        ("La sesión del jueves se transmitirá en vivo por el canal del Instituto.", True, "mixed"),
        ("La charla se retransmitirá en directo por la web de la Fundación.", True, "mixed"),
        ("O debate será transmitido ao vivo no canal da Universidade.", True, "mixed"),
        # a person in a sentence is no tag
        ("Tickets can be bought in person at the box office or by phone.", True, None),
    ],
)
def test_attendance_forms(text: str, has_place: bool, mode: str | None) -> None:
    assert attendance(text, has_place, False) == mode


def test_town_then_region_with_postcode_names_the_town() -> None:
    # 'Town, Region Postcode': the region's name is no town, though it takes the postcode
    place, _ = read_place(["Maison des Savoirs", "8 Rue Patrice Lumumba, Hassan", "Rabat, Rabat-Salé-Kénitra 10000"])
    assert place is not None and (place.locality, place.region, place.postal_code) == (
        "Rabat",
        "Rabat-Salé-Kénitra",
        "10000",
    )


def test_town_region_country_line_names_the_town() -> None:
    # a site builder's address lines with no street number: the town, its region, its country
    place = find_locality(["Capital Hotel, Baobab Room", "Presidential Way", "Lilongwe, Central Region, Malawi"])
    assert place is not None and (place.locality, place.country) == ("Lilongwe", "Malawi")
    # a street and a town before the country are no town and region
    place = find_locality(["Hotel Sol, Avenida Sur 12, Rivera, Uruguay"])
    assert place is None or place.locality != "Avenida Sur 12"


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Laisvės al. 53 · Kaunas", "Kaunas"),  # Lithuanian alėja, a Meetup venue's middle dot
        ("Brīvības iela 12 · Riga", "Riga"),  # Latvian iela
        ("Rüütli tn. 4 · Tartu", "Tartu"),  # Estonian tänav
    ],
)
def test_baltic_street_and_town_parted_by_a_middle_dot(line: str, town: str) -> None:
    found = find_address(["Civic Tech Hub", line])
    assert found is not None and found[1].locality == town and found[1].street_address == line.split(" · ")[0]


def test_place_after_the_date_on_its_line() -> None:
    # a newsletter's date line goes on with the venue after a middle dot
    record = _text_page(
        "Autumn Seminar 2026\n\nRivers and Borders in the Baltic Provinces, 1800–1914\n\n"
        "14 noiembrie 2026 · Aula Mare, Institutul de Istorie, str. Mitropoliei 5, Sibiu\n\n"
        "The seminar brings together historians of the region. Participation is free.\n"
    )
    assert record.location is not None and record.location.locality == "Sibiu"


def test_any_country_ends_an_address() -> None:
    # a country beyond the short lists (GeoNames'): the town before it is the locality
    place, _ = read_place(["Ministry House, 4 Independence Avenue, Windhoek, Namibia"])
    assert place is not None and (place.locality, place.country) == ("Windhoek", "Namibia")
    place, _ = read_place(["Lake Hall, 12 Ring Road, Lilongwe, Malawi"])
    assert place is not None and (place.locality, place.country) == ("Lilongwe", "Malawi")


def test_meetup_group_card_names_the_organizer() -> None:
    # the group's card (its name over 'Public group') names who holds the event, not the platform
    record = _html_page(
        "<html><head><title>Maps for Everyone, Tue, Apr 7, 2026, 6:00 PM | Meetup</title>"
        '<meta property="og:site_name" content="Meetup"></head><body><main>'
        "<div>Tuesday, April 7, 2026</div><h1>Maps for Everyone</h1>"
        "<div>Hosted By</div><div>Ona P.</div>"
        "<h2>Details</h2><p>Two mappers show how the town's paths were mapped in a year.</p>"
        "<p>Our April meetup is organised together with the Open Streets Foundation.</p>"
        "<h2>Attendees (23)</h2><a>See all</a>"
        '<a href="/tartu-open-maps/"><div>Tartu Open Maps Meetup</div><div>Public group</div></a>'
        "<div>Tuesday, April 7, 2026 6:00 PM to 8:00 PM EEST</div>"
        "<div>Delta Centre</div><div>Narva mnt. 18 · Tartu</div>"
        "</main></body></html>"
    )
    organizers = [o.name for o in record.organizers]
    assert organizers[0] == "Tartu Open Maps Meetup" and "Meetup" not in organizers


@pytest.mark.parametrize(
    ("line", "name", "number"),
    [
        # a series with no kind word the reader knows, by the sign 'n°', as the work published or launched
        (
            'On the occasion of the publication of Cahiers baltiques, n° 17, "Ports and Power", we invite you.',
            "Cahiers baltiques n° 17",
            "17",
        ),
        ("A debate for the launch of Études nordiques n° 4 with its author.", "Études nordiques n° 4", "4"),
    ],
)
def test_series_numbered_by_its_sign_after_publication_of(line: str, name: str, number: str) -> None:
    assert [(r.name, r.number) for r in find_reports([line])] == [(name, number)]


def test_room_numbered_by_its_sign_is_no_publication() -> None:
    assert find_reports(["The debate takes place in Salle n° 3 of the Maison de la Recherche."]) == []


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        # a recap's past tense: the host held the event
        ("The Adriatic Policy Centre (APC) held a roundtable on 3 March 2025 in Split.", ["Adriatic Policy Centre"]),
        ("The Centre for Baltic Studies held its annual policy conference in Riga.", ["Centre for Baltic Studies"]),
        # a post held, or where a thing is held, names no host
        ("Dr Ana Petrova of the Balkan Institute held the post of minister.", []),
    ],
)
def test_host_held_the_event(sentence: str, hosts: list[str]) -> None:
    assert [h.removeprefix("The ") for h in stated_hosts(sentence)[0]] == hosts


def test_name_with_a_spaced_dash_before_its_last_word_and_initials() -> None:
    line = "The workshop is held with the financial support of the Science Fund – Wallonia (FSW)."
    assert stated_hosts(line)[1] == ["Science Fund – Wallonia"]
    # a dash that opens a description is no part of the name
    assert stated_hosts("Supported by the Baltic Fund – a foundation for culture.")[1] == ["Baltic Fund"]


@pytest.mark.parametrize("bullet", ["-", "*", "–"])
def test_fields_set_as_list_items(bullet: str) -> None:
    record = _text_page(
        "Northern Studies Centre\n\nRoundtable\n\nThe Arctic Council at Thirty\n\n"
        f"{bullet} Date: 4 June 2026\n{bullet} Time: 14:00 - 16:00\n"
        f"{bullet} Venue: Senate Room, Main Building, University of Tromsø\n{bullet} Format: in person\n\n"
        "A panel of former officials looks back on three decades of Arctic cooperation.\n"
    )
    assert (record.start, record.end) == ("2026-06-04T14:00:00+02:00", "2026-06-04T16:00:00+02:00")
    assert record.location is not None and record.location.name == "Senate Room, Main Building, University of Tromsø"
    assert record.attendance_mode == "offline"


@pytest.mark.parametrize("label", ["PANEL DISCUSSION", "Panel discussion"])
def test_panel_discussion_label_before_the_title(label: str) -> None:
    # the label and the title on one line: the event's heading, not a line of panelists
    record = _text_page(f"Events\n\n{label}: Who Owns the Sea?\n\nThursday 12 March 2026 | 6pm\n\nThey talk.\n")
    assert record.name == f"{label}: Who Owns the Sea?"


def test_panel_discussion_label_before_names_still_names_panelists() -> None:
    found = match_label("Panel discussion: Jane Doe, John Roe and Ann Lee")
    assert found is not None and found[0].role == "panelist"


def test_venue_line_that_goes_on_with_the_stream() -> None:
    place = find_locality(["Room 4, Arts Building, University of Galway, and online via Microsoft Teams"])
    assert place is not None and place.locality == "Galway"


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("Hotel Bryggen, Strandgata 15–17, Bergen", "Strandgata 15–17"),  # Norwegian '-gata', a range by en dash
        ("Kulturhuset, Olav Kyrres gata 7–9, Bergen", "Olav Kyrres gata 7–9"),
    ],
)
def test_norwegian_gata_street_names_the_town_after_it(line: str, street: str) -> None:
    found = find_address([line])
    assert found is not None and (found[1].street_address, found[1].locality) == (street, "Bergen")
