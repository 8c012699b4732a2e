"""Archive and platform pages, session 17 (hold-out set 97): a web archive's toolbar over a
captured page."""

from __future__ import annotations

from tests.test_pages_orgs import _text_page

CAPTURE = """The Wayback Machine - http://web.archive.org/web/20090311084512/http://www.example-forum.org/events/55
http://www.example-forum.org/events/55
Go
9 captures
11 Mar 2009 - 4 Feb 2014
FEB\tMAR\tAPR
11
2008\t2009\t2010
About this capture
COLLECTED BY
Collection: 44_crawl
TIMESTAMPS
The Wayback Machine - http://web.archive.org/web/20090311084512/http://www.example-forum.org/events/55

Home › Events

Water Rights on the Upper Nile

Start: Tuesday, March 24, 2009 - 14:00
End: Tuesday, March 24, 2009 - 16:00

Venue: Council Hall, Khartoum

The discussion will be chaired by Dr. Amira Osman, Director of the Forum.
"""


def test_a_web_archive_toolbar_over_a_captured_page_is_not_read() -> None:
    """The Wayback Machine's banner, capture count and calendar over a captured page: its banner
    is no title and its capture dates are not the event's."""
    record = _text_page(CAPTURE)
    assert record.name == "Water Rights on the Upper Nile"
    assert record.start == "2009-03-24T14:00:00+03:00"
    assert record.end == "2009-03-24T16:00:00+03:00"
