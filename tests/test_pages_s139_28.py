"""Forms of university seminar, named-lecture and learned-society meeting pages that hold-out set 139
(Bloomington, Liverpool, Wolfville, Bathurst, Lampeter, Kalamazoo, Carbondale and St. John's pages) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _text_page


def test_event_date_and_event_time_fields_give_the_events_hours() -> None:
    # a CMS's event fields named with 'Event' ('Event date:', 'Event time:') are date and time fields
    record = _text_page(
        """\
Department of Classics

Events

Spring Lecture Series

Tablets and Taxes: Accounting in Mycenaean Pylos

Event date: Tuesday, April 12, 2022
Event time: 3:30 p.m. - 5:00 p.m. ET
Location: Brody Hall, Room 210, Athens

Dr. Elin Sørensen (University of Copenhagen) reads the Linear B tablets as tax records.
"""
    )
    assert record.name == "Tablets and Taxes: Accounting in Mycenaean Pylos"
    assert (record.start, record.end) == ("2022-04-12T15:30:00-04:00", "2022-04-12T17:00:00-04:00")
