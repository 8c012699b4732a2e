"""Forms of the title, start, end, reports, locality and attendance that session 29's fixmisc found unread in
the hold-out sets, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

import pytest

from kg.pages.place import attendance
from kg.pages.reports import find_reports
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    "deadline", ["Book by 14 September.", "Please reply before 12 September 2024", "RSVP by 1 Sept"]
)
def test_a_deadline_under_the_date_starts_no_day_of_the_programme(deadline: str) -> None:
    # a programme under a date with no time starts and ends the event; a booking deadline between them
    # ('Book by 31 October.') is no day heading that would move the programme's times to another day
    record = _text_page(
        f"""\
NORTHBROOK LOCAL HISTORY SOCIETY

Autumn Study Day

Saturday 21 September 2024

Mills, Weirs and the River Tame

Town Hall, Market Place, Tamworth B79 7BZ

Tickets £10, lunch extra.
{deadline}

PROGRAMME

10.00 Coffee and registration

10.30 The mills of the Tame valley
Dr Helen Marsh, University of Derby

12.30 Lunch

14.00 Weirs and fisheries
Mr Owen Pritchard

16.00 Close
"""
    )
    assert (record.start, record.end) == ("2024-09-21T10:00:00+01:00", "2024-09-21T16:00:00+01:00")


def test_a_venue_without_its_town_is_in_the_town_of_the_sites_address() -> None:
    # the venue names a room and a building only; the institution's address at the foot of the page
    # ('Postbox 220, 5020 Bergen, Norway') gives the town the event is held in
    record = _text_page(
        """\
Fjord Institute for Coastal Studies

Seminar: Salmon farming and the new resource rent tax

Wednesday 4 March 2026, 12:00–13:30

Venue: Seminar room 2, Møhlenpris building

Ingrid Dahl (Fjord Institute) presents her new working paper on the tax.

Fjord Institute for Coastal Studies
Postbox 220, 5020 Bergen, Norway
"""
    )
    assert record.location is not None and record.location.locality == "Bergen"


def test_a_town_inside_the_venue_line_is_its_town_before_the_footers() -> None:
    # the next field's label read into the place ('…, Townsville' / 'Accessibility') left the town unread; the
    # town inside the venue's line is the event's, not that of the institution's footer address
    record = _text_page(
        """\
Senate Standing Committee on Regional Affairs

Public hearing: Northern water infrastructure

Date
Friday 14 August 2026
Time
9.00 am – 12.30 pm (AEST)
Location
Marlin Room, Reef Harbour Hotel, The Strand, Townsville
Accessibility
The hotel's function rooms have step-free access from the lobby.

Witnesses from local councils and growers' groups will appear before the committee.

Committee Secretariat
PO Box 6100, Parliament House, Canberra ACT 2600, Australia
"""
    )
    assert record.location is not None and record.location.locality == "Townsville"


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Community Hall, Apia, Upolu", "Apia"),
        ("Harbour Room, Old Customs House, Victoria, Mahé", "Victoria"),
        ("Conference Centre, Kota Kinabalu, Sabah", "Kota Kinabalu"),
    ],
)
def test_a_town_then_its_island_or_state_under_the_date(line: str, town: str) -> None:
    # a venue line ending in a town and then its island or state (no country, no postcode): the town
    record = _text_page(
        f"""\
Island Policy Forum

Public Lecture: Fisheries and the Blue Economy

Tuesday 9 June 2026, 18:00 – 19:30
{line}

Dr Mele Tupou will speak on the future of the island's fisheries.
"""
    )
    assert record.location is not None and record.location.locality == town


@pytest.mark.parametrize(
    "said",
    [
        "In person. The talks will be filmed and put on the society's website afterwards.",
        "La conférence aura lieu en présentiel uniquement.",
        "Das Kolloquium findet nur in Präsenz statt.",
        "El seminario será únicamente presencial.",
        "O encontro será apenas presencial.",
        "Il convegno si terrà solo in presenza.",
        "Seminari do të mbahet vetëm me prani fizike.",
        "Die Tagung findet im Rathaus statt; eine Online-Teilnahme ist nicht möglich.",
        "Online participation is not possible for this workshop.",
    ],
)
def test_an_event_stated_to_be_in_person_only_is_offline(said: str) -> None:
    # 'only in person' in the languages whose other attendance words the reader knows, a line opened by
    # 'In person.', and no way to join online
    assert attendance(f"Venue: Old Town Hall, Main Square\n{said}\n", True, False) == "offline"


def test_the_venue_under_the_events_date_when_a_posts_date_stands_over_the_heading() -> None:
    # the post's date over the heading ('3 Mar 2025') anchored the lines read for the venue; the
    # event's own date, hours and venue come a few lines below it
    record = _text_page(
        """\
3 Mar 2025



BOOK LAUNCH | News

Tides of Trade: The Harbour Merchants of Castries

Thursday, March 20th, 2025
Doors open 5:00 p.m. | Launch 5:30 p.m.
Old Courthouse Hall, Castries

The Saint Lucia History Circle presents the launch of a new book by Dr Marcia Joseph.
"""
    )
    assert record.location is not None and record.location.locality == "Castries"


def test_notes_after_the_venue_lines_middle_dots_leave_its_town() -> None:
    # a venue line going on with notes after middle dots ('· Lunch provided · Also livestreamed'): the
    # town before them is the event's, and the stream beside the venue makes it hybrid
    record = _text_page(
        """\
Spring Policy Forum

Water Rights and the Growing City

Thursday, March 12, 2026, 11:30 a.m.–1:30 p.m. MST
Cooper Auditorium, Law Building, Tucson · Lunch provided · Also livestreamed on YouTube

Three panelists discuss the state's groundwater rules.
"""
    )
    assert record.location is not None and record.location.locality == "Tucson"
    assert record.attendance_mode == "mixed"


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "The Tamar Centre for Regional Futures marks the publication of Regional Futures Working Paper No. 9, "
            "Peat and Pay: Work after the Bogs.",
            ("Regional Futures Working Paper No. 9", "9"),
        ),
        (
            "The Institute for Coastal Economies will launch Coastal Economies Policy Brief No. 3 at the seminar.",
            ("Coastal Economies Policy Brief No. 3", "3"),
        ),
    ],
)
def test_a_series_named_by_the_closing_words_of_its_bodys_name(sentence: str, report: tuple[str, str]) -> None:
    # a series named after the last words of the body that writes it ('Centre for Regional Futures' ->
    # 'Regional Futures Working Paper') keeps both words, not only the one before the series' own words
    assert [(r.name, r.number) for r in find_reports([sentence])] == [report]


def test_a_venue_line_ending_or_join_on_zoom_keeps_its_town() -> None:
    # '…, Yellowknife – or join on Zoom': the stream offered after a dash and 'or' is a part of its own,
    # so the town before it is read and the event is hybrid
    record = _text_page(
        """\
Northern Research Institute

Lunch Talk: Permafrost and the Winter Roads

When: Wednesday, March 4, 2026, 12:00 – 1:00 p.m. MST
Where: Room 210, 45 College Drive, Yellowknife – or join on Zoom

Dr. Sarah Kakfwi presents five winters of measurements on the ice roads.
"""
    )
    assert record.location is not None and record.location.locality == "Yellowknife"
    assert record.attendance_mode == "mixed"
