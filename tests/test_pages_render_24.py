"""Forms of text renderings other than a browser's copied text (`lynx -dump`, `w3m -dump`, pandoc or html2text
Markdown, reader view, `pdftotext -layout`, a forwarded email, a newsletter's item, a web archive's copy) that
hold-out set 130 (Nottingham, Lexington, Linz, Nijmegen, Kanazawa, Hsinchu, Richmond and Daegu pages) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from kg.pages.boxes import without_box_tables
from tests.test_pages_unseen import _people, _text_page

# a bordered programme table as `w3m -dump` draws it: each cell filled to its column's width, a
# name and its body wrapped inside the cell
_W3M_PROGRAMME = """\
Coastal Futures Forum

Seminar · 4 March 2021 · Tallaght

┌─────────┬──────────────────────────────────────────┐
│Date     │Thursday 4 March 2021, 10:00–12:30 (GMT)  │
├─────────┼──────────────────────────────────────────┤
│Venue    │Civic Theatre, Tallaght                   │
└─────────┴──────────────────────────────────────────┘

┌───────────┬────────────────────────────────────────┐
│10:00–10:15│Opening remarks                         │
│           │Dr. Orla Brennan, Director, Shoreline   │
│           │Research Unit                           │
├───────────┼────────────────────────────────────────┤
│10:15–11:30│Panel discussion                        │
│           │Chair: Prof. Ciarán Moloney, University │
│           │of Galway                               │
│           │Panelists: Aoife Kearns, Marine         │
│           │Institute; Dr. Niamh Doherty, Dublin    │
│           │City University                         │
└───────────┴────────────────────────────────────────┘
"""


def test_a_box_drawn_table_becomes_its_rows_lines() -> None:
    lines = [line for line in without_box_tables(_W3M_PROGRAMME).split("\n") if line]
    assert "Date: Thursday 4 March 2021, 10:00–12:30 (GMT)" in lines
    assert "10:00–10:15 Opening remarks" in lines
    assert "Dr. Orla Brennan, Director, Shoreline Research Unit" in lines  # the wrap inside the cell joined
    assert "Chair: Prof. Ciarán Moloney, University of Galway" in lines
    assert "Panelists: Aoife Kearns, Marine Institute; Dr. Niamh Doherty, Dublin City University" in lines
    assert not any(bar in line for line in lines for bar in "│┌├└")


def test_a_cells_line_that_fitted_is_not_joined_to_the_next() -> None:
    table = """\
+-----------+------------------------------+
|14:00-15:00|Keynote: "Why Rivers Flood?"  |
|           |Prof. Maeve Duggan, Ulster    |
|           |University                    |
+-----------+------------------------------+
|15:00-15:30|Close                         |
+-----------+------------------------------+
"""
    lines = [line for line in without_box_tables(table).split("\n") if line]
    assert lines == [
        '14:00-15:00 Keynote: "Why Rivers Flood?"',
        "Prof. Maeve Duggan, Ulster University",
        "15:00-15:30 Close",
    ]


def test_text_between_bars_that_is_no_table_is_kept() -> None:
    text = "Tickets | Members free | Guests €5\n|not a table|\n"
    assert without_box_tables(text) == text


def test_people_of_a_box_drawn_programme_are_read_with_their_bodies() -> None:
    people = _people(_text_page(_W3M_PROGRAMME))
    assert ("Orla Brennan", "introductory-remarks", "Shoreline Research Unit", "Director") in people
    assert ("Ciarán Moloney", "chair", "University of Galway", None) in people
    assert ("Aoife Kearns", "panelist", "Marine Institute", None) in people
    assert ("Niamh Doherty", "panelist", "Dublin City University", None) in people
