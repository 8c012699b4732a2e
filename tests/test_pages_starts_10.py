"""Start-time forms that hold-out sets 66 and 67 showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.orgs import unit_of
from tests.test_pages_unseen import _html_page, _text_page

SEMINAR_HEAD = "Ports and the Energy Transition\n\nFriday, 14 March 2025\n"


def test_a_programme_opening_with_registration_before_the_stated_time_starts_then() -> None:
    """'Time: 10.00am – 1.00pm' over a programme whose first item is '9.30am Registration and
    coffee': the event starts with the registration (the answers' convention, set 53 on)."""
    record = _text_page(
        SEMINAR_HEAD + "Time: 10.00am – 1.00pm (GMT)\nHarbour House, 2 Quay Street, Bristol BS1 4QA\n\n"
        "PROGRAMME\n\n9.30am    Registration and coffee\n\n10.00am   Welcome\n\n12.45pm   Close\n"
    )
    assert (record.start, record.end) == ("2025-03-14T09:30:00+00:00", "2025-03-14T13:00:00+00:00")


def test_a_registration_the_date_line_names_in_brackets_leaves_its_time() -> None:
    """'10.00am – 1.00pm (registration from 9.30am)': the line itself says the event starts at
    ten and the registration comes before it, whatever the programme lists first."""
    record = _text_page(
        SEMINAR_HEAD + "10.00am – 1.00pm (coffee and registration from 9.30am)\n"
        "Harbour House, 2 Quay Street, Bristol BS1 4QA\n\n"
        "PROGRAMME\n\n9.30am    Registration and coffee\n\n10.00am   Welcome\n"
    )
    assert record.start == "2025-03-14T10:00:00+00:00"


def test_arrival_before_the_stated_time_is_not_the_start() -> None:
    """'8.30am Arrival and registration of guests' under 'Time: 9.00am – 12.00pm': the guests
    arrive before the event (set 53's answer); only an item that opens with registration starts it."""
    record = _text_page(
        SEMINAR_HEAD + "Time: 9.00am – 12.00pm (GMT)\nHarbour House, 2 Quay Street, Bristol BS1 4QA\n\n"
        "PROGRAMME\n\n8.30am    Arrival and registration of guests\n\n9.00am    Welcome\n"
    )
    assert record.start == "2025-03-14T09:00:00+00:00"


def test_a_date_field_behind_a_square_bullet_is_read_before_a_board_posts_timestamp() -> None:
    """'■ Date & Time: …' under a board's meta line ('Admin 2025.02.03 16:45 Hits 210'): the
    bullet is no word, so the field is the date block and the post's own minute is not the start."""
    record = _html_page(
        "<html><body><h1>[Seminar] Ports and the Energy Transition</h1>"
        '<p class="meta"><span>Admin</span> <span class="date">2025.02.03 16:45</span> <span>Hits 210</span></p>'
        "<p>&#9632; Date &amp; Time: Friday, 14 March 2025, 10:00–13:00 (GMT)<br>"
        "&#9632; Venue: Harbour House, 2 Quay Street, Bristol BS1 4QA<br>&#9632; Language: English</p>"
        "<p>A seminar on ports.</p></body></html>"
    )
    assert (record.start, record.end) == ("2025-03-14T10:00:00+00:00", "2025-03-14T13:00:00+00:00")


def test_an_html_sites_footer_address_gives_the_clock_of_a_venue_in_a_town_many_countries_name() -> None:
    """A venue in 'Wellington' (a town in New Zealand, England, the US, South Africa and India)
    on a page whose site footer gives the institution's address, its country before a phone
    number ('…, Wellington 6011, New Zealand · 04 555 0100'): the times are on New Zealand's clock."""
    record = _html_page(
        "<html><body><main><h1>Ports and the Energy Transition</h1>"
        '<div class="meta"><div><span class="label">Date</span> Friday 14 March 2025</div>'
        '<div><span class="label">Time</span> 6:00pm–7:30pm</div>'
        '<div><span class="label">Venue</span> Quay Hall, Room 4, 12 Harbour Road, Te Aro, Wellington</div></div>'
        "<p>A talk on ports and shipping.</p></main>"
        '<footer class="site-footer"><p>Southern Ports Institute, PO Box 12, Wellington 6011, New Zealand'
        " · 04 555 0100</p><p><a href='/privacy'>Privacy</a></p></footer></body></html>"
    )
    assert (record.start, record.end) == ("2025-03-14T18:00:00+13:00", "2025-03-14T19:30:00+13:00")


def test_a_units_initials_before_its_university_are_no_part_of_its_name() -> None:
    """'■ Host: Centre for Port Studies (CPS), Harbour University', read as a field once its bullet
    is dropped: the unit is the Centre for Port Studies, at the university."""
    assert unit_of("Centre for Port Studies (CPS), Harbour University") == (
        "Centre for Port Studies",
        "Harbour University",
    )


def test_doors_opening_at_the_stated_time_leave_the_start_to_the_programmes_next_item() -> None:
    """'Friday, 14 March 2025, 18:00–20:00' over '18:00 Doors open, soup and bread' and
    '18:30 Welcome': the doors and the meal come before the event, which starts at the welcome."""
    record = _text_page(
        "Ports and the Energy Transition\n\nFriday, 14 March 2025, 18:00–20:00\n"
        "Harbour House, 2 Quay Street, Bristol BS1 4QA\n\nProgramme\n\n18:00 Doors open, soup and bread\n"
        "18:30 Welcome by the chair\n18:40 Talk\n19:45 Close\n"
    )
    assert (record.start, record.end) == ("2025-03-14T18:30:00+00:00", "2025-03-14T20:00:00+00:00")
