"""Forms of text renderings other than a browser's copied text (`lynx -dump`, `w3m -dump`, pandoc or html2text
Markdown, reader view, `pdftotext -layout`, a forwarded email, a newsletter's item, a web archive's copy) that
hold-out set 130 (Nottingham, Lexington, Linz, Nijmegen, Kanazawa, Hsinchu, Richmond and Daegu pages) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.boxes import without_box_tables
from kg.pages.columns import without_columns
from kg.pages.mail import without_mail_headers
from kg.pages.markup import without_markup
from kg.pages.place import attendance
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


# a page as pandoc or html2text write it in Markdown
_MARKDOWN_PAGE = """\
[Skip to content](#content)

[![Harbour Institute](/img/logo.png)](/)

-   [Research](/research)
-   [Events](/events)

# Tides and Taxes: Paying for Port Cities

**Date:** Tuesday, March 9, 2021\\
**Time:** 2:00 p.m. – 3:30 p.m. ET\\
**Location:** Harbour Hall, 12 Dock Street, Norfolk, VA 23510

The Institute releases *Port Finance Monitor* (Harbour Brief \\#7).

## Program

**2:00–2:10 p.m. \\| Welcome**

[Dr. Ruth Calloway](/people/calloway), President, Harbour Institute

**2:10–3:30 p.m. \\| Panel**

Moderator: [Sam Ortiz](/people/ortiz), Reporter, *The Virginian-Pilot*

------------------------------------------------------------------------

Questions? Write to <events@harbour.example.org>. [Register](/register){.button}
"""


def test_markdown_marks_are_dropped_before_the_page_is_read() -> None:
    lines = [line for line in without_markup(_MARKDOWN_PAGE).split("\n") if line.strip()]
    assert "Tides and Taxes: Paying for Port Cities" in lines
    assert "Date: Tuesday, March 9, 2021" in lines  # bold label and the hard break's backslash
    assert "The Institute releases Port Finance Monitor (Harbour Brief #7)." in lines
    assert "2:00–2:10 p.m. | Welcome" in lines
    assert "Dr. Ruth Calloway, President, Harbour Institute" in lines
    assert "Moderator: Sam Ortiz, Reporter, The Virginian-Pilot" in lines
    assert "Questions? Write to events@harbour.example.org. Register" in lines
    assert "- Research" in lines
    assert not any(line.startswith("---") or "](" in line for line in lines)


def test_a_markdown_pages_fields_are_read() -> None:
    record = _text_page(_MARKDOWN_PAGE)
    assert record.name == "Tides and Taxes: Paying for Port Cities"
    assert record.start == "2021-03-09T14:00:00-05:00"
    people = _people(record)
    assert ("Ruth Calloway", "introductory-remarks", "Harbour Institute", "President") in people
    assert ("Sam Ortiz", "moderator", "The Virginian-Pilot", "Reporter") in people
    assert [(r.name, r.report_number) for r in record.reports] == [("Harbour Brief #7", "7")]


def test_text_with_a_few_stars_is_no_markdown() -> None:
    text = "Speakers*\n* Jane Roe, Policy Lab\n*Registration required\n[1] See the programme\n"
    assert without_markup(text) == text


# a page as `lynx -dump` writes it: link numbers glued to the links' texts, the URLs listed at the end
_LYNX_PAGE = """\
   #[1]Dockside Forum » Feed

   [2]Skip to content
     * [3]Home
     * [4]Events

Ferries and Freight: The Irish Sea After 2020

   Date: Thursday 14 January 2021
   Time: 18:00 - 19:30 (GMT)

   Chair: [5]Dr Niamh Carey, Director of the [6]Dockside Forum

   Speakers: [7]Owen Pryce, Chief Executive, [8]Holyhead Port Trust

References

   1. https://dockside.example.org/feed/
   2. https://dockside.example.org/events/ferries#content
   3. https://dockside.example.org/
   4. https://dockside.example.org/events/
   5. https://dockside.example.org/people/carey
   6. https://dockside.example.org/
   7. https://holyheadport.example.org/
   8. https://holyheadport.example.org/about
"""


def test_lynx_link_numbers_and_its_references_list_are_dropped() -> None:
    text = without_markup(_LYNX_PAGE)
    assert "Chair: Dr Niamh Carey, Director of the Dockside Forum" in text
    assert "Speakers: Owen Pryce, Chief Executive, Holyhead Port Trust" in text
    assert "https://" not in text and "References" not in text and "Feed" not in text
    people = _people(_text_page(_LYNX_PAGE))
    assert ("Niamh Carey", "chair", "Dockside Forum", "Director") in people
    assert ("Owen Pryce", "speaker", "Holyhead Port Trust", "Chief Executive") in people


def test_a_numbered_note_is_no_link_number() -> None:
    text = "Programme [1] subject to change\nNotes\n1. Lunch is provided\n"
    assert without_markup(text) == text


# an announcement forwarded from a mail client: the message's own date and sender come first
_FORWARDED_MAIL = """\
Thought this might interest the reading group. — M.

-----Original Message-----
From: Events Office <events@riverside-institute.example.org>
Sent: Tuesday, 2 February 2021 09:14
To: Friends of the Institute
Subject: Invitation: River Towns Lecture, 23 March

Dear friends,

The Institute invites you to its spring lecture on the towns along the Neckar.

    Bridges and Budgets: Who Pays for Small-Town Infrastructure?

    Date: Tuesday, 23 March 2021
    Time: 18:00-19:30 CET

Speaker: Prof. Lena Hartwig (University of Mannheim)
"""


def test_a_forwarded_messages_headers_are_not_the_events() -> None:
    text = without_mail_headers(_FORWARDED_MAIL)
    assert "From:" not in text and "Sent:" not in text and "Original Message" not in text
    record = _text_page(_FORWARDED_MAIL)
    assert record.name == "Bridges and Budgets: Who Pays for Small-Town Infrastructure?"
    assert record.start == "2021-03-23T18:00:00+01:00"


def test_an_events_from_and_to_dates_are_no_headers() -> None:
    text = "Summer School\n\nFrom: Monday 5 July 2021\nTo: Friday 9 July 2021\nSubject: Data and the city\n"
    assert without_mail_headers(text) == text


# a flyer through `pdftotext -layout`: its two columns run side by side, words broken at the lines' ends
_TWO_COLUMN_FLYER = """\
                         AUTUMN SEMINAR 2023

      Rivers Without Borders: Sharing the Meuse

  Tuesday 10 October 2023                         Town Hall, Council Chamber
  14:00 – 16:00 CEST                              Markt 1, Venlo

  THE SEMINAR                                     SPEAKER

  Three countries draw water from the Meu-        Dr. Pieter Vermeulen
  se, and the dry summers of recent years         Senior Hydrologist, Flemish
  have set their water boards against each        Environment Agency
  other. How should a shared river be ma-
  naged when there is not enough of it?           CHAIR

                                                  Prof. Anke Hoffmann
                                                  Professor of Water Gover-
                                                  nance, University of Bonn
"""


def test_two_columns_side_by_side_are_read_one_after_the_other() -> None:
    text = without_columns(_TWO_COLUMN_FLYER)
    assert "Three countries draw water from the Meuse, and the dry summers" in " ".join(text.split())
    assert "Senior Hydrologist, Flemish Environment Agency" in text.split("\n")
    assert "Professor of Water Governance, University of Bonn" in text.split("\n")
    assert text.index("managed when") < text.index("Dr. Pieter Vermeulen")
    people = _people(_text_page(_TWO_COLUMN_FLYER))
    assert ("Pieter Vermeulen", "speaker", "Flemish Environment Agency", "Senior Hydrologist") in people
    assert ("Anke Hoffmann", "chair", "University of Bonn", "Professor of Water Governance") in people


def test_a_programme_table_set_out_with_spaces_is_no_pair_of_columns() -> None:
    text = (
        "TIME            ACTIVITY                                    RESPONSIBLE\n"
        "09:00 - 09:10   Welcome remarks and introductions            Ms. Ruth Banda, Director,\n"
        "                                                             Copperbelt Policy Unit\n"
        "09:10 - 09:40   Presentation of the draft strategy paper     Dr. Paul Mwale, Research Fellow\n"
        "09:40 - 10:30   Plenary discussion on the draft strategy     Moderated by Ms. Joy Phiri\n"
    )
    assert without_columns(text) == text


def test_a_labels_values_set_apart_are_no_columns() -> None:
    text = (
        "Date:      Thursday 5 May 2022\n"
        "Time:      10:00 - 12:00\n"
        "Venue:     Room 4, Old Library\n"
        "Speaker:   Dr. Jane Roe\n"
        "Registration required               Free entry for members\n"
    )
    assert without_columns(text) == text


def test_a_works_authors_listed_under_presented_by_its_authors_are_presenters() -> None:
    page = """\
Counting the Commute: Transit Access in Small Cities

Date: Wednesday, May 5, 2021
Time: 10:00 a.m. – 11:30 a.m. ET

10:00–10:40 a.m. | The Brief

The Access Gap (Transit Brief #3), presented by its authors:

- Dana Whitlow, Research Fellow, Piedmont Mobility Lab
- Ari Benton, Data Analyst, Piedmont Mobility Lab
"""
    people = _people(_text_page(page))
    assert ("Dana Whitlow", "presenter", "Piedmont Mobility Lab", "Research Fellow") in people
    assert ("Ari Benton", "presenter", "Piedmont Mobility Lab", "Data Analyst") in people


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Format: In person only; the seminar will not be streamed.\nHow do couriers and online sellers organise?",
            "offline",
        ),
        ("Cost: free\nA survey of shop owners and online traders in three towns.", None),
        ("Venue: Hall 2, Old Quad, and online via Zoom", "mixed"),
        ("Join us in the Old Quad and online.", "mixed"),
        ("Where: 12 Quay Street, Galway and online\nrecordings follow", "mixed"),  # the line ends after 'online'
        ("Questions will be taken from the floor and online audience.", "mixed"),
    ],
)
def test_and_online_before_a_noun_is_no_attendance(text: str, mode: str | None) -> None:
    assert attendance(text, has_place=True, has_online=False) == mode


def test_two_days_each_with_its_hours_end_when_the_last_days_hours_end() -> None:
    page = "Water Law Colloquium\n\nDates: Monday 3 June 2024, 10:00–17:00 and Tuesday 4 June 2024, 09:30–12:30\n"
    record = _text_page(page.replace("Dates:", "Dates (CEST):"))
    assert (record.start, record.end) == ("2024-06-03T10:00:00+02:00", "2024-06-04T12:30:00+02:00")


def test_a_name_cut_after_its_honorific_and_first_name_is_joined() -> None:
    page = """\
Who Draws the Map? Redistricting in the Carolinas

Wed., Feb. 7, 2018 | 12:00 p.m. – 1:30 p.m. EST

The state's next maps are due after the census, and the General Assembly
is weighing an amendment that would hand the pen to a commission of
citizens chosen by lot from a pool of applicants. Our Governance Program
brings legislators and scholars together to ask what a fair process would
look like in a state where one party has drawn the lines for most of the
last century, and what other states have learned from their own
commissions since the last census.

Panelists: Dr. Ada Pruitt, Piedmont Policy Forum; Prof. Lionel
Grice, Wake Valley College of Law; Kay Sumner, Carolina Voters League
"""
    people = _people(_text_page(page))
    assert ("Lionel Grice", "panelist", "Wake Valley College of Law", None) in people


def test_a_meeting_platform_and_a_panels_title_are_no_people() -> None:
    page = """\
Small Ports, Big Ships: Freight on the Humber

Date: Tuesday 4 November 2025
Time: 16:00 - 17:30 (GMT)

Seats are limited; you can also join online through Microsoft Teams, and the link is sent on booking.

16:00 Panel I: Three Ports, Three Questions
Chair: Dr Ellen Marsh, Humber Logistics Institute
16:45 Panel II: Rail, Road, Answers
"""
    names = {person[0] for person in _people(_text_page(page))}
    assert names == {"Ellen Marsh"}


def test_a_markdown_paragraph_wrapped_at_its_width_is_one_line() -> None:
    text = """\
# Heading of the Page

Co-sponsored by the [Tidewater Regional Council](https://example.org/trc) and the Chesapeake
Harbor Foundation.

-   [Harbour Brief \\#6: Dredging the Channel Without
    Federal Money](/briefs/6) (May 2020)
-   **10:00 a.m.**\\
    Welcome
"""
    lines = [line for line in without_markup(text).split("\n") if line.strip()]
    assert lines == [
        "Heading of the Page",
        "Co-sponsored by the Tidewater Regional Council and the Chesapeake Harbor Foundation.",
        "- Harbour Brief #6: Dredging the Channel Without Federal Money (May 2020)",
        "- 10:00 a.m.",
        "    Welcome",
    ]


def test_set_130_stays_at_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-130" / "expected.yaml")
    # (docs/ingest.md, set 130) a contact in brackets, a discussant and posts named only in prose, presenters'
    # body implied, organizers named by a possessive or 'Our X brings …' and a flyer's unlabelled venue are left
    assert scores["title"].f1 > 0.95 and scores["start"].f1 > 0.95 and scores["end"].f1 > 0.95
    assert scores["people"].f1 > 0.95 and scores["roles"].f1 > 0.9 and scores["affiliations"].f1 > 0.88
    assert scores["reports"].f1 > 0.95 and scores["job titles"].f1 > 0.9
    assert scores["organizers"].f1 > 0.8 and scores["sponsors"].f1 > 0.88 and scores["attendance"].f1 > 0.88


def test_a_staff_lines_post_after_its_bodys_kind_is_at_the_pages_body_of_that_kind() -> None:
    page = """\
Sept. 14, 2017 10:00am – 11:30am (Manila time)

Typhoon Season and the Fishing Towns of Samar

Rosa Dela Cruz, University of the Philippines; Ben Ocampo, Leyte Normal University

Dr. Dela Cruz opened with the catch figures of the last three seasons.

Mara Santos, Institute events coordinator 02-555-0148 ext. 12
Drafted by Paolo Reyes, Institute research assistant

Hosted By

Visayas Institute for Coastal Policy
"""
    people = _people(_text_page(page))
    body = "Visayas Institute for Coastal Policy"
    assert ("Mara Santos", "contact", body, "Institute events coordinator") in people
    assert ("Paolo Reyes", "rapporteur", body, "Institute research assistant") in people


def test_a_reports_discussant_named_after_the_roles_word() -> None:
    sentence = "Discussant Prof. Wu Ting-an of Feng Chia University pointed out that the farms had given up water."
    page = f"""\
Mar. 3, 2017 9:30am – 11:30am (Taipei time)

Pipes and Paddies: Water for Farms and Fabs

Chen Li-hua, Taichung Water Forum; Mark Olsen, Aarhus University

{sentence}
"""
    assert ("Wu Ting-an", "discussant", "Feng Chia University", None) in _people(_text_page(page))
