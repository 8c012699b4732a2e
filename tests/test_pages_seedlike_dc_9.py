"""Forms that hold-out set 64 (think tanks other than those of sets 54, 55 and 58, in the seed page's
own rendering and in their own HTML: RUSI, SWP, the Bipartisan Policy Center, the Carnegie Middle
East Center, the Hoover Institution, Ifri, RFF and SIPRI) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.lines import split_lines
from tests.test_pages_unseen import _text_page

FOOTER = "\n\nHarbour Policy Forum, 12 Quay Street, Leith, Edinburgh EH6 6LX\n© 2019\n"


@pytest.mark.parametrize(
    ("dump", "lines"),
    [
        (
            "Date & time3 Mar 2016, 09:30 - 11:00VenueHarbour Forum, 12 Quay Street, Edinburgh",
            ["Date & time", "3 Mar 2016, 09:30 - 11:00", "Venue", "Harbour Forum, 12 Quay Street, Edinburgh"],
        ),
        ("WhenTuesday 3 March 2016LocationEdinburgh", ["When", "Tuesday 3 March 2016", "Location", "Edinburgh"]),
        ("Dates and Timeline", ["Dates and Timeline"]),
        ("The Venue is accessible", ["The Venue is accessible"]),
    ],
)
def test_a_field_label_run_into_its_value_is_a_line_of_its_own(dump: str, lines: list[str]) -> None:
    """'Date & time3 Mar 2016, 09:30 - 11:00VenueHarbour Forum': a text dump runs a field list's
    labels and values together; split, they are the lines the page shows ('Dates', a word, stays)."""
    assert split_lines(dump) == lines


def test_a_date_run_into_its_label_dates_the_event() -> None:
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Date & time3 Mar 2016, 09:30 - 11:00VenueHarbour Forum, 12 Quay Street, Edinburgh\n\n"
        "Speakers\n\nAnna Lindqvist\nSenior Fellow, Harbour Policy Forum\n" + FOOTER
    )
    assert (record.start, record.end) == ("2016-03-03T09:30:00+00:00", "2016-03-03T11:00:00+00:00")
