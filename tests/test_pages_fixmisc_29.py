"""Forms of the title, start, end, reports, locality and attendance that session 29's fixmisc found unread in
the hold-out sets, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

import pytest

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
