"""Forms that hold-out set 92 (online and hybrid events of Nouméa, Fredericton, Bern, Lilongwe,
Kaohsiung, Bilbao, San Diego and Guwahati whose times are written across time zones) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _text_page


def test_a_time_in_a_named_citys_clock_is_a_time_line_not_a_programme_item() -> None:
    # '09:00–10:00 Papeete (UTC-10)': the hours in the clock of a city that names a zone, not an
    # item titled 'Papeete'; the 'Online' line under the date block says where, not the footer
    page = (
        "Events\n\nReef Futures Webinar 3\n\nCoral Bleaching and the Tourism Economy of French Polynesia\n\n"
        "Tuesday 9 September 2025\n09:00–10:00 Papeete (UTC-10)\n\n"
        "Also: Tuesday 9 September, 19:00–20:00 UTC | Wednesday 10 September, 07:00–08:00 Auckland\n\n"
        "Online – Microsoft Teams\nFree, registration required\n\n"
        "Reef scientists and tour operators discuss the season's bleaching and what it costs the islands.\n\n"
        "Reef Futures Network\n14 avenue Pouvanaa a Oopa, BP 5120, 98713 Papeete, Tahiti\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-09-09T09:00:00-10:00", "2025-09-09T10:00:00-10:00")
    assert record.attendance_mode == "online"
