"""Title and date forms that older hold-out sets (71, 76, 83, 86, 91, 94, 95, 102, 108, 115) left unread,
one test per form (session 22's fix-titles). Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.dates import find_times
from kg.pages.agreement import agreed_title
from kg.pages.gazetteer import town_zone
from kg.pages.html import read_html
from kg.pages.title import clean_title
from kg.pages.when import _event_time
from tests.test_pages_unseen import _html_page, _text_page


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("10.00am sharp – 3.00pm", "10:00:00", "15:00:00"),  # a word after the start, then the dash
        ("8.30am (coffee) – 12.30pm", "08:30:00", "12:30:00"),  # an aside in brackets
        ("3:00 PM 5:30 PM", "15:00:00", "17:30:00"),  # a calendar's start and end set side by side
    ],
)
def test_a_time_range_parted_by_an_aside_or_by_nothing_keeps_its_end(line: str, start: str, end: str) -> None:
    span = _event_time(line, find_times(line))
    assert (f"{span.start}", f"{span.end}") == (start, end)


def test_two_times_with_prose_between_are_no_range() -> None:
    line = "9am welcome, 10am keynote"
    assert _event_time(line, find_times(line)).end is None


def test_a_calendars_start_and_end_each_on_a_line_of_its_own_make_the_range() -> None:
    text = (
        "Harbour Lights: Fishing Ports after the Quota\n\n"
        "When\n12 Mar 2024\n7:00 PM\n8:30 PM\n\n"
        "Location\nMaritime Hall, 4 Wharf Street, Halifax, NS B3J 1S6\n\n"
        "Dr Ruth Keane, a historian, tells how the ports changed.\n"
    )
    record = _text_page(text)
    assert (record.start, record.end) == ("2024-03-12T19:00:00-03:00", "2024-03-12T20:30:00-03:00")


def test_a_dash_on_a_line_of_its_own_between_the_two_times_makes_the_range() -> None:
    text = (
        "Rivers Without Borders\n\n9 October 2025\n\n15:00\n–\n17:30\n\n"
        "Hotel Danube, Conference Room, Kneza Miloša 12, Belgrade\n\n"
        "Dr Ana Petrović, a hydrologist, presents the basin study.\n"
    )
    record = _text_page(text)
    assert (record.start, record.end) == ("2025-10-09T15:00:00+02:00", "2025-10-09T17:30:00+02:00")


def test_a_sentence_saying_the_event_will_last_until_an_hour_ends_it() -> None:
    text = (
        "Seminar on Grain Storage\n\nDate: 3 June 2025\nTime: 10:00\n"
        "Venue: Town Hall, 5 Market Square, Nairobi\n\n"
        "The seminar will last until 12:30. Tea is served afterwards.\n\n"
        "Dr Jane Wanjiru, an agronomist, opens the seminar.\n"
    )
    record = _text_page(text)
    assert record.end == "2025-06-03T12:30:00+03:00"


def test_a_bare_post_date_over_a_heading_in_sentence_case_gives_way_to_the_timed_date_below() -> None:
    # the heading reads as prose (many small words) but ends with no full stop: it is a heading
    html = (
        '<html><head><title>Delta Institute</title></head><body><main><p class="date">02.04.2024</p>'
        "<h1>Round table «Salt and water in the delta: what the farmers of the coast have to say»</h1>"
        "<p>On 18 April 2024 at 11:00 the Delta Institute will hold a round table on salt in the fields of the "
        "coast, with farmers, engineers and officials of the province, in its hall at 3 Harbour Road, Dhaka.</p>"
        "</main></body></html>"
    )
    record = _html_page(html)
    assert record.start == "2024-04-18T11:00:00+06:00"


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("Rue des Palmiers, B.P. 1 234 Ouagadougou", "Africa/Ouagadougou"),  # a post-office box before the town
        ("Town Hall, Main Square 1, 33100 Tampere & online", "Europe/Helsinki"),  # the stream after an ampersand
        ("Raatihuone, 33100 Tampere & verkossa", "Europe/Helsinki"),
    ],
)
def test_a_town_after_a_post_office_box_or_before_its_stream_is_read(address: str, zone: str) -> None:
    assert town_zone(address) == zone


def test_a_footer_address_with_a_post_office_box_gives_the_clock() -> None:
    html = (
        "<html><head><title>Water Fees in Small Towns | CREPA</title></head><body><main>"
        "<h1>Water Fees in Small Towns</h1><p>Mardi 12 mai 2026, de 10 h à 12 h 30</p>"
        "<p>Salle de conférences du centre</p><p>Mme Awa Traoré, économiste, présente la note.</p></main>"
        '<footer id="footer"><p>CREPA – Avenue Kwamé Nkrumah, B.P. 7 022 Ouagadougou – Tél. 25 30 00 00</p>'
        "</footer></body></html>"
    )
    record = _html_page(html)
    assert (record.start, record.end) == ("2026-05-12T10:00:00+00:00", "2026-05-12T12:30:00+00:00")


def test_a_headline_printing_in_full_what_the_head_cut_at_its_dash_is_the_title() -> None:
    html = (
        "<html><head><title>Policy Forum: Water for Small Towns :: RDI</title>"
        '<meta property="og:title" content="Policy Forum: Water for Small Towns :: RDI"></head><body>'
        "<h1>Policy Forum: Water for Small Towns — Who Pays?</h1><p>Tuesday 4 March 2025</p></body></html>"
    )
    assert agreed_title(read_html(html, "page.html", None).signals) == "Policy Forum: Water for Small Towns — Who Pays?"


@pytest.mark.parametrize("tail", ["Rural Development Institute", "Nairobi", "Webinar", "12 March 2025"])
def test_a_headline_whose_dash_leads_to_chrome_a_body_or_a_town_keeps_the_title_short(tail: str) -> None:
    html = (
        "<html><head><title>Water for Small Towns | RDI</title>"
        '<meta property="og:title" content="Water for Small Towns"></head><body>'
        f"<h1>Water for Small Towns – {tail}</h1><p>Tuesday 4 March 2025</p></body></html>"
    )
    assert agreed_title(read_html(html, "page.html", None).signals) == "Water for Small Towns"


def test_a_named_lectures_standfirst_under_the_headline_is_its_own_title() -> None:
    html = (
        "<html><head><title>The Ardmore Lecture 2025 | School of Law</title></head><body><main>"
        '<div class="header"><p class="type">Public lecture</p><h1>The Ardmore Lecture 2025</h1>'
        '<p class="lead">Tenancy, Title and the Crofting Courts</p></div>'
        "<dl><dt>Date</dt><dd>Thursday 6 March 2025</dd><dt>Time</dt><dd>6pm – 7.30pm</dd>"
        "<dt>Location</dt><dd>Lecture Theatre 1, 2 College Road, Aberdeen AB24 3FX</dd></dl>"
        "<p>Professor Mairi Ross gives this year's lecture.</p></main></body></html>"
    )
    assert _html_page(html).name == "The Ardmore Lecture 2025: Tenancy, Title and the Crofting Courts"


def test_a_lead_paragraph_that_is_a_sentence_is_no_title() -> None:
    html = (
        "<html><head><title>The Ardmore Lecture 2025 | School of Law</title></head><body><main>"
        '<h1>The Ardmore Lecture 2025</h1><p class="lead">Join us for the annual lecture of the School.</p>'
        "<p>Thursday 6 March 2025, 6pm – 7.30pm</p><p>Lecture Theatre 1, Aberdeen AB24 3FX</p></main></body></html>"
    )
    assert _html_page(html).name == "The Ardmore Lecture 2025"


def test_a_news_headlines_predicate_after_the_events_name_is_no_part_of_the_title() -> None:
    text = (
        'Regional forum "Rivers and Towns: Sharing the Water" to be held in Almaty\n\n'
        "On 12 May 2025 at 10:00 the Water Policy Centre will hold a regional forum "
        '"Rivers and Towns: Sharing the Water" at the Rixos Hotel, 506 Seifullin Avenue, Almaty.\n\n'
        "Dr Aigerim Sadykova, Director of the Centre, opens the forum.\n"
    )
    assert _text_page(text).name == 'Regional forum "Rivers and Towns: Sharing the Water"'


@pytest.mark.parametrize(
    "title", ["Held in Trust: Museums and Their Collections", "Fishing Rights and the Treaties Held in Trust"]
)
def test_held_in_a_title_of_its_own_stays(title: str) -> None:
    assert clean_title(title) == title


def test_an_international_type_line_over_the_heading_is_no_title() -> None:
    text = (
        "Faculty of Law\n\nHome › Events › International Roundtable\n\nInternational Roundtable\n\n"
        "Courts and Climate: Litigation after Paris\n\n"
        "22 May 2025, 10:00 – 16:00\nFaculty of Law, Veveří 70, Brno, room 038\n\n"
        "The Department of Environmental Law invites you to an international roundtable on climate cases. "
        "It is held in English.\n"
    )
    assert _text_page(text).name == "Courts and Climate: Litigation after Paris"


def test_a_blog_posts_heading_over_its_byline_is_the_title_not_the_sites_name_in_capitals() -> None:
    text = (
        "LAKEVIEW CENTRE FOR RURAL HEALTH STUDIES\n\n    Home\n    About\n    Events\n    Contact\n\n"
        "Community Dialogue on Borehole Maintenance in Rural Districts\n\n"
        "Posted on 3 March 2025 by LCRHS Admin\n\n"
        "The Lakeview Centre for Rural Health Studies (LCRHS), with the District Council, cordially invites you "
        "to a Community Dialogue on Borehole Maintenance in Rural Districts.\n\n"
        'Theme: "Who Mends the Pump?"\n\n'
        "Date: Thursday, 20th March 2025\nTime: 9:00am – 1:00pm\nVenue: Town Hall, Lilongwe\n\n"
        "The dialogue is free and open to all.\n\n"
        "P.O. Box 512, Lilongwe, Malawi\n+265 1 234 567 | info@lakeview.mw\n"
    )
    assert _text_page(text).name == "Community Dialogue on Borehole Maintenance in Rural Districts"


@pytest.mark.parametrize(
    ("item", "start"),
    [
        ("Arrival of guests and national anthem", "2025-03-06T09:00:00+00:00"),  # the first rite opens the event
        ("Arrival of guests", "2025-03-06T09:30:00+00:00"),  # the guests arrive before it opens
        ("Doors open, welcome drinks", "2025-03-06T09:30:00+00:00"),
    ],
)
def test_an_arrival_item_at_the_stated_time_starts_the_event_when_a_rite_opens_with_it(item: str, start: str) -> None:
    text = (
        "Launch of the Coastal Fisheries Report\n\n"
        "Thursday, March 6, 2025, 9:00 AM – 12:00 PM GMT\n"
        "Venue: Royal Hotel, Tubman Boulevard, Monrovia\n\n"
        "PROGRAMME\n\n"
        f"9:00 AM – {item}\n"
        "9:30 AM – Welcome statement: Dr. Mary Kollie, Director\n"
        "10:00 AM – Presentation of the report: Mr. James Toe, Lead Author\n"
    )
    assert _text_page(text).start == start
