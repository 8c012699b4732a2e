"""Reports, organizers and sponsors that first runs of hold-out sets left unread, fixed in session 19
without a new set, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_orgs import EVENT, _keys, _reports, _text_page

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


def test_three_hosts_listed_with_commas_before_a_plural_verb_are_all_read() -> None:
    """'The X Institute, the Y Foundation, and the Z Forum invite you': the first of the list is a host
    too, not only the two joined by 'and'."""
    sentence = "The Harbour Institute, the Coastal Trade Foundation, and the Port Forum invite you to a seminar."
    record = _text_page(TITLE + EVENT + sentence + "\n")
    assert _keys(record.organizers) == {"harbour institute", "coastal trade foundation", "port forum"}


def test_a_unit_and_its_parent_before_and_is_no_list_of_three() -> None:
    """'The Department of X, Y University, and the Z Forum are hosting': the university is the unit's parent."""
    sentence = "The Department of History, Lund University, and the Port Forum are hosting a talk."
    assert "lund university" not in _keys(_text_page(TITLE + EVENT + sentence + "\n").organizers)


def test_a_host_excited_to_host_is_read() -> None:
    """'X is excited to host', 'X is thrilled to present': the courtesy words of an invitation, like 'pleased'."""
    for adjective in ("excited", "thrilled"):
        sentence = f"The Harbour Institute is {adjective} to host a seminar on trade."
        assert _keys(_text_page(TITLE + EVENT + sentence + "\n").organizers) == {"harbour institute"}


def test_a_field_named_for_the_hosting_body_lists_the_organizers() -> None:
    """'Event organiser:', 'Organising institutions:', 'Host institution:': fields of hosts by other names."""
    for field in ("Event organiser: Harbour Institute", "Organising institutions:\nHarbour Institute\nPort Forum"):
        record = _text_page(TITLE + EVENT + field + "\n\nThe seminar looks at trade.\n")
        assert _keys(record.organizers) == {"harbour institute"} | ({"port forum"} if "Port" in field else set())
    record = _text_page(TITLE + EVENT + "Host institution: Harbour Institute\n\nThe seminar looks at trade.\n")
    assert _keys(record.organizers) == {"harbour institute"}


def test_a_sponsor_that_finances_or_funds_the_seminar_is_read() -> None:
    """'The seminar is financed by X', 'Funding for this seminar is provided by X'."""
    for sentence in (
        "The seminar is financed by the Coastal Trade Foundation.",
        "Funding for this seminar is provided by the Coastal Trade Foundation.",
    ):
        assert _keys(_text_page(TITLE + EVENT + sentence + "\n").sponsors) == {"coastal trade foundation"}


def test_a_work_named_by_its_kind_before_the_sentences_subject_is_read() -> None:
    """'On the release of the X Outlook 2026, the Institute holds a panel': the title-case run goes on past
    the comma into the subject; the work ends at the comma, its kind and year before it."""
    sentence = "On the occasion of the release of the Harbour Outlook 2026, the Institute holds a panel."
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [("Harbour Outlook 2026", None)]


def test_a_recent_report_the_event_discusses_is_read() -> None:
    """'Dr Lee will discuss her recent report, X': a recent work the event presents (a bio's 'Her recent
    book, X, won a prize' names none)."""
    sentence = "Dr Ann Lee will discuss her recent report, Ports in Peril: Finance and Climate."
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [("Ports in Peril: Finance and Climate", None)]
    bio = "Dr Ann Lee is a fellow of the Harbour Institute. Her recent book, Tides of Empire, won a prize."
    assert _reports(_text_page(TITLE + EVENT + bio + "\n")) == []


def test_a_series_numbered_by_its_letters_the_year_and_a_number_is_read() -> None:
    """'Discussion Paper DP-2025-04', 'Policy Brief No. HI-PB-24-03': letters, a year and the number in it."""
    sentence = "The seminar launches Discussion Paper DP-2025-04 on port finance."
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [("Discussion Paper DP-2025-04", "DP-2025-04")]


def test_a_work_named_after_its_owner_and_presented_at_the_event_is_read() -> None:
    """'The Bank's Financial Stability Report 2024 will be presented at the forum': the owner's name, not
    'the', before a work named by its kind and year."""
    sentence = "The Bank’s Harbour Stability Report 2024 will be presented at the forum."
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [("Harbour Stability Report 2024", None)]


def test_a_host_announcing_its_named_lecture_is_read() -> None:
    """'The X Institute is delighted to announce that the 2026 Y Lecture will be given by Z': the institute
    holds the lecture (not 'is pleased to announce that Dr Z has been elected')."""
    sentence = (
        "The Institute for Harbour Studies is delighted to announce that the 2026 Tidewater Lecture will be"
        " given by Professor Ann Lee."
    )
    assert _keys(_text_page(TITLE + EVENT + sentence + "\n").organizers) == {"institute harbour studies"}
    elected = "The Harbour Society is pleased to announce that Dr Ann Lee has been elected president."
    assert _keys(_text_page(TITLE + EVENT + elected + "\n").organizers) == set()


def test_a_sentence_opening_phrase_before_a_list_of_hosts_is_no_host() -> None:
    """'Ahead of X Day, the Y Centre and the Z Union will host': the phrase before the comma names no body,
    so it is not the first of a list of three hosts."""
    sentence = (
        "Before the Budget Debate, the Harbour Policy Centre (HPC) and the Coastal Workers Federation will"
        " jointly host a public forum on port wages."
    )
    record = _text_page(TITLE + EVENT + sentence + "\n")
    assert _keys(record.organizers) == {"harbour policy centre", "coastal workers federation"}
