"""Forms that English pages of hold-out sets 84-97 left unread (roles, affiliations, organizers, titles,
times), fixed in session 18, one test per form. Each text here is written for the form, not copied from
the hold-out page that showed it."""

from __future__ import annotations

from kg.dates import resolve_zone
from tests.test_pages_unseen import _text_page


def test_pst_on_a_pakistani_or_philippine_page_is_that_countrys_standard_time() -> None:
    page = (
        "Institute of Regional Studies\n\nRoundtable on Water Sharing in the Indus Basin\n\n"
        "Date: Tuesday, 14 October 2025\nTime: 10:00 a.m. to 12:30 p.m. (PST)\n"
        "Venue: Seminar Room, Institute of Regional Studies, Lahore\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-10-14T10:00:00+05:00", "2025-10-14T12:30:00+05:00")
    assert resolve_zone("PST", "Ateneo de Manila University, Quezon City", None)[0] == "Asia/Manila"
    # no place that says otherwise: the Pacific reading stays
    assert resolve_zone("PST", "Online", None) == ("America/Los_Angeles", None)
