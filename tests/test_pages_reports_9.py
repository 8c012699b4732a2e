"""Related publications, ninth round (hold-out set 65): a series numbered within its year with the
series' letters ('Research Paper 2024/RP 03'), a launched book's author after 'by' left out of its
title, a paper whose author 'will present' it in the same sentence as the event's, the numbered
works under 'Event Materials', a list's entry citing its series after the title and a dash, a
journal's new issue named by volume and number, then by its own title; and the role a speaker's
line writes after a dash ('– Presentation')."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from tests.test_pages_orgs import EVENT, _reports, _text_page

DATA = Path(__file__).parent / "data"
TITLE = "Harbours and Tides\n\n"


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("The authors present Research Paper 2024/RP 03 on port finance.", ("Research Paper 2024/RP 03", "2024/RP 03")),
        ("We discuss Commentary 2025/C 12, published today.", ("Commentary 2025/C 12", "2025/C 12")),
        ("The launch of Study 2023/S07 follows.", ("Study 2023/S07", "2023/S07")),
    ],
)
def test_a_series_numbered_within_its_year_with_the_series_letters(sentence: str, report: tuple[str, str]) -> None:
    """'Research Paper 2024/RP 03': the year, the series' letters and the number are one number."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [report]


def test_a_launched_book_followed_by_its_authors_name_is_named_without_it() -> None:
    """'the launch of the book X: Y by Dr Jane Doe': the author after 'by' is no part of the title."""
    text = (
        TITLE + EVENT + "The Harbour Society invites you to the launch of the book Salt and Stone: Quarrymen of "
        "the Northern Coast by Dr Helen Marsh.\n"
    )
    assert _reports(_text_page(text)) == [("Salt and Stone: Quarrymen of the Northern Coast", None)]


def test_the_author_of_a_paper_who_will_present_it_names_the_events_paper() -> None:
    """'X is the author of Discussion Paper No. 4, "Title", and will discuss …': the sentence goes on
    to say the author presents it at the event, so it is no bio's earlier work; a bio's 'is the
    author of' alone still is."""
    text = (
        TITLE + EVENT + 'Dr. Ana Ruiz is the author of Discussion Paper No. 4, "Tides and Tolls: Port Fees in '
        'the Baltic", and will discuss how fees shape shipping routes.\n\nAbout the chair\nTom Berg is the '
        "author of Discussion Paper No. 2, on ferry subsidies.\n"
    )
    assert _reports(_text_page(text)) == [("Discussion Paper No. 4", "4")]


def test_the_numbered_works_under_event_materials_are_the_events() -> None:
    """'Event Materials' over the downloads of the event's own paper and brief, beside its agenda
    and slides: the works are the event's (the heading drops a recording, not the materials); a
    'Related Publications' list after it still names none."""
    text = (
        TITLE + EVENT + "The webinar presents new research on harbour finance.\n\nEvent Materials:\n\n"
        "Working Paper No. 212 – Harbour Dues and Coastal Trade\n(1.2 MB)\n\nAgenda\n(80 KB)\n\n"
        "Policy Note No. 7 – Pricing Berths Fairly\n(300 KB)\n\nRelated Publications\n\n"
        "Working Paper No. 198 – Ferries and Fares\nCoastal Outlook 2025\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 212", "212"), ("Policy Note No. 7", "7")]


def test_an_entry_citing_its_series_after_the_title_and_a_dash_is_a_list_item() -> None:
    """'Title of Another Work – Policy Brief #30' ending its line, under a heading the reader does
    not know: an entry of the site's list of other works, not the event's Policy Brief #31."""
    text = (
        TITLE + EVENT + "The Institute presents its Policy Brief #31 on port governance.\n\nRead more\n"
        "Dredging Contracts and Public Money – Policy Brief #30\nCoastal Towns in Decline – Occasional Paper No. 6\n"
    )
    assert _reports(_text_page(text)) == [("Policy Brief #31", "31")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Join us for the launch of the new issue of its Proceedings (Acta), volume 2025, no. 3: Tidal Mills "
        "and Millers of the Western Isles.",
        "We celebrate the latest issue of Coastal History, Vol. 12, No. 1, Tidal Mills and Millers of the "
        "Western Isles.",
    ],
)
def test_a_journal_issue_named_by_volume_and_number_then_its_own_title(sentence: str) -> None:
    """'the new issue of its Proceedings, volume 2025, no. 3: X': the issue is X (a journal's volume
    and number are no report number)."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [
        ("Tidal Mills and Millers of the Western Isles", None)
    ]


def test_the_part_a_listed_speaker_plays_after_a_dash_ending_the_line() -> None:
    """'Name, Post, Organisation – Presentation' under 'Speakers': the part after the dash is her
    role, not her organisation ('Presentation' = presenter, 'Discussant', 'Opening remarks')."""
    text = (
        TITLE + EVENT + "Speakers\n\nMaria Lind, Director, Harbour Authority – Opening remarks\n"
        "Paul Okoro, Senior Economist, Coastal Research Unit, Harbour Bank – Presentation\n"
        "Ines Varga, Professor of Economics, University of Split – Discussant\n"
    )
    people = {
        (p.person.name, p.role, p.affiliation.name if p.affiliation else None) for p in _text_page(text).participants
    }
    assert people == {
        ("Maria Lind", "introductory-remarks", "Harbour Authority"),
        ("Paul Okoro", "presenter", "Harbour Bank"),
        ("Ines Varga", "discussant", "University of Split"),
    }


def test_hold_out_set_65_meets_the_target_in_every_field_but_organizers() -> None:
    scores = measure(DATA / "holdout-65" / "expected.yaml")
    # organizers ("The Bank's Chief Economist … invites you") are the other ingest work's field: see docs/ingest.md
    others = ("organizers",)
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
