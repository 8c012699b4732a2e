"""Books at the event (one convention for every set, docs/ingest.md): a book launched, presented
or discussed at the event is a related publication, named by its full title; a speaker's earlier
books named only in a bio are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from tests.test_pages_orgs import EVENT, _reports, _text_page

DATA = Path(__file__).parent / "data"

HEADING = "Rivers of Salt: A History of the Fens\n\n"
BOOK = [("Rivers of Salt: A History of the Fens", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Historian Ann Lee talks about her new book, Rivers of Salt: A History of the Fens, which follows "
        "three centuries of drainage.",
        "Ann Lee reads from her latest book, Rivers of Salt: A History of the Fens, and answers questions.",
        "In his new book, Rivers of Salt: A History of the Fens, Tom Hale follows the drainage engineers.",
    ],
)
def test_an_authors_new_book_named_in_prose(sentence: str) -> None:
    """'her new book, X, which …': the new book an author talk is about."""
    text = "Author Talk\n\nAn Evening with Ann Lee\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == BOOK


@pytest.mark.parametrize(
    "verb",
    [
        "presents his book",
        "discusses her book",
        "presents her new book",
        "will talk about her book",
        "reads from his book",
    ],
)
def test_a_book_the_speaker_presents_or_discusses(verb: str) -> None:
    """'presents his book X at this seminar'."""
    text = "Seminar on the Fens\n\n" + EVENT + f"Professor Tom Hale {verb} " + BOOK[0][0] + " at this seminar.\n"
    assert _reports(_text_page(text)) == BOOK


def test_a_title_the_next_words_call_a_debut_book_is_launched() -> None:
    """'launches The Quiet Marsh, her debut novel': the words after the title say it is a (first)
    book; the title keeps its own 'The'."""
    text = (
        "Seminar on the Fens\n\n" + EVENT + "Ann Lee launches The Quiet Marsh: Notes from the Fens, her debut novel.\n"
    )
    assert _reports(_text_page(text)) == [("The Quiet Marsh: Notes from the Fens", None)]


def test_a_book_cited_with_its_imprint_keeps_a_question_mark_inside_its_title() -> None:
    """'discusses Sovereignty for Sale? Citizenship and the Market (Northgate Press, 2025)': the
    imprint closes the title; its question mark ends no sentence."""
    text = (
        "Seminar on Passports\n\n" + EVENT + "Clara Hoffmann discusses Sovereignty for Sale? Citizenship and the "
        "Market (Northgate Press, 2025) with two respondents.\n"
    )
    assert _reports(_text_page(text)) == [("Sovereignty for Sale? Citizenship and the Market", None)]


@pytest.mark.parametrize("kind", ["Book talk", "Book Discussion", "Book presentation", "Book debate"])
def test_a_book_events_type_before_the_title_names_the_book(kind: str) -> None:
    """'Book talk: "X"': the title less the book event's type is the book."""
    text = f'{kind}: "Rivers of Salt: A History of the Fens"\n\n' + EVENT + "Ann Lee in conversation with Tom Hale.\n"
    assert _reports(_text_page(text)) == BOOK


@pytest.mark.parametrize("kind", ["Book Launch", "Book Talk", "Book Discussion", "Book presentation"])
def test_a_book_events_type_line_over_the_heading_makes_it_the_books_title(kind: str) -> None:
    """A 'Book Discussion' tag printed over the heading, as a CMS prints an event's type."""
    text = f"Lakeside Institute\n\n{kind}\n\n" + HEADING + EVENT + "Speaker: Ann Lee, Lakeside Institute\n"
    assert _reports(_text_page(text)) == BOOK


def test_a_book_launch_title_less_a_conversation_with_the_author() -> None:
    """'Book Launch' over 'X: A Conversation With Ann Lee': the book is X."""
    text = "Book Launch\n\nRivers of Salt: A Conversation With Ann Lee\n\n" + EVENT + "Speaker: Ann Lee\n"
    assert _reports(_text_page(text)) == [("Rivers of Salt", None)]


def test_a_heading_under_a_book_type_that_names_only_the_author_is_no_book() -> None:
    """'Book Launch' over 'An Evening with Ann Lee': the heading names the author, not the book."""
    text = "Book Launch\n\nAn Evening with Ann Lee\n\n" + EVENT + "Ann Lee reads in the shop.\n"
    assert _reports(_text_page(text)) == []


def test_a_book_named_short_in_prose_takes_the_headings_full_title() -> None:
    """'her new book, Rivers of Salt, which …' under the heading 'Rivers of Salt: A History of the
    Fens': the full title, subtitle and all, as a catalogue records it."""
    text = HEADING + EVENT + "Join Ann Lee as she reads from her new book, Rivers of Salt, which traces the Fens.\n"
    assert _reports(_text_page(text)) == BOOK


def test_an_author_talks_invitation_names_the_book() -> None:
    """'Join writer X, author of Y, for a reading': the book the reading is from."""
    text = (
        "Author Reading at the Central Library\n\n" + EVENT + "Join award-winning writer Ann Lee, author of "
        "Rivers of Salt: A History of the Fens, for a reading and a conversation about the marshes.\n"
    )
    assert _reports(_text_page(text)) == BOOK


@pytest.mark.parametrize(
    "bio",
    [
        "Her first book, Tidewrack: Notes from the Shore, was shortlisted for a national award.",
        "She is the author of Tidewrack: Notes from the Shore (Northgate Press, 2019).",
        "Her book Tidewrack: Notes from the Shore (Northgate Press, 2019) received the Hale Prize.",
        "Her lecture draws on her new book.",
    ],
)
def test_a_speakers_earlier_or_unnamed_book_is_not_the_events(bio: str) -> None:
    """Books named only in a bio, and a new book the page does not name, are no report."""
    text = "Seminar on the Fens\n\n" + EVENT + "Ann Lee is a historian at Lakeside University. " + bio + "\n"
    assert _reports(_text_page(text)) == []


def test_a_book_event_in_a_list_of_other_events_is_not_this_ones() -> None:
    """'Book launch: X' among other events, and 'Book Talk' over another event's line, name no
    book of this event."""
    text = (
        "Seminar on the Fens\n\n" + EVENT + "Ann Lee speaks on drainage.\n\nOther events\n"
        "Book launch: Tidewrack: Notes from the Shore\n12 May 2024\nBook Talk\nMarshes and Memory\n"
    )
    assert _reports(_text_page(text)) == []


@pytest.mark.parametrize(
    "folder",
    [
        "holdout",
        "holdout-3",
        "holdout-12",
        "holdout-14",
        "holdout-16",
        "holdout-22",
        "holdout-30",
        "holdout-33",
        "holdout-38",
    ],
)
def test_the_sets_whose_books_the_convention_settled_read_every_publication(folder: str) -> None:
    """The sets whose answers were corrected to the book convention (and sets 33 and 38, which
    held it): every publication read, none taken wrongly."""
    assert measure(DATA / folder / "expected.yaml")["reports"].f1 == 1.0
