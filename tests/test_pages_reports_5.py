"""Related publications, fifth round (hold-out set 46): what the first runs of every set shared
was less a missing phrase than the event's own publication told from the others by where and how
the page names it — a list that a launching sentence introduces, a title that says it presents a
work, a sidebar's heading joined to its first item, an earlier or a speaker's work cited in a
bracket or after 'lead author of'; and series named by a word alone or in another language."""

from __future__ import annotations

from pathlib import Path

from tests.test_pages_orgs import EVENT, _reports, _text_page

DATA = Path(__file__).parent / "data"
TITLE = "Rain and Credit\n\n"
OWN = "The seminar presents Working Paper No. 12, released today, on rural credit and drought.\n\n"
OWN_REPORT = [("Working Paper No. 12", "12")]


def test_a_lead_authors_earlier_work_in_a_bio_is_not_the_events() -> None:
    """'She was the lead author of "X" and of LPI Policy Insight No. 41': a word saying what
    kind of author she was does not make her earlier work the event's."""
    text = (
        TITLE + EVENT + OWN + 'Anna Berg leads the credit team. She was the lead author of "Rivers in Time" '
        "and of CRC Policy Insight No. 41 on crop insurance.\n"
    )
    assert _reports(_text_page(text)) == OWN_REPORT


def test_an_earlier_study_cited_in_a_bracket_is_not_the_events() -> None:
    """ "… draws on the centre's earlier study of graduate employability (Working Paper Series No.
    138, 2023)": the bracket cites a work the sentence calls earlier."""
    text = (
        TITLE + EVENT + "The roundtable draws on findings from the centre's earlier study of graduate "
        "employability (Working Paper Series No. 138, 2023) and on a new survey of employers.\n"
    )
    assert _reports(_text_page(text)) == []


def test_a_quoted_title_wrapped_after_a_colon_is_one_sentence() -> None:
    """A text dump wraps a bio inside a quoted title ('She was the lead author of "Rivers:' /
    'Floods and Farms" and of …'): the colon at the line's end ends no sentence."""
    text = (
        TITLE + EVENT + OWN + "Anna Berg leads the credit team of the centre and writes on rural banks. She\n"
        'was the lead author of "Rivers in Time:\n'
        'Floods and Farms" and of CRC Policy Insight No. 41 on crop insurance.\n'
    )
    assert _reports(_text_page(text)) == OWN_REPORT
