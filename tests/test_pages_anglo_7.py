"""Forms that hold-out set 56 (English-language think tanks, universities and learned societies in
Houston, Saskatoon, Perth (Scotland), Kolkata, Pittsburgh, London, Dunedin and Madison) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _text_page

EVENING_HEAD = "Water Wars: The Colorado River Compact at 100\n\nThursday, April 16, 2026\n"


def test_a_list_of_upcoming_programs_is_a_list_of_other_events() -> None:
    """'UPCOMING PROGRAMS' over dated items: a 'Webinar: …' among them is another event's, so
    this evening at a venue is not hybrid."""
    record = _text_page(
        EVENING_HEAD + "6:00 – 7:30 PM CT\nRiverside Club\n400 Main Street, Tulsa, OK 74103\n\n"
        "An evening talk about water.\n\nUPCOMING PROGRAMS\n\nMay 5, 2026\nWebinar: Trade with Mexico\n"
        "May 19, 2026\nBook Club: The Overstory\n"
    )
    assert record.attendance_mode is None
