"""Reports, organizers and sponsors that first runs of hold-out sets left unread, fixed in session 19
without a new set, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_orgs import EVENT, _keys, _text_page

TITLE = "Tides and Trade\n\n"


def test_a_host_with_its_partner_set_apart_presenting_a_work_is_read() -> None:
    """'On 9 April the X (XI), together with Y, presents the tenth edition of its review': the sentence
    names no event word, yet the host and its partner hold the event."""
    sentence = (
        "On 9 April the Harbour Institute (HI), together with the Port Committee of the Assembly, presents"
        " the tenth edition of its annual review."
    )
    record = _text_page(TITLE + EVENT + sentence + "\n")
    assert _keys(record.organizers) == {"harbour institute", "port committee assembly"}
