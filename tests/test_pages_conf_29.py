"""Forms of academic conference and workshop programmes that hold-out set 140 showed the ingester missing
(session 29's conference helper), one test per form. Each page here is written for the form, not copied from
the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _people, _text_page

# a conference system's agenda as a browser copies it: each item's time cell broken at its dash, its room,
# its session chair, and the papers' blocks of title, authors and (numbered) affiliations
_AGENDA = """\
TVS 2022 - Tartu Symposium on Voting and Apportionment

Date: Thursday, 12/May/2022

8:30am
- 9:00am
Registration
Location: Hall B

9:00am
- 10:30am
Session 1: Apportionment
Location: Room 4
Session Chair: Karl Ström, University of Tartu

Quotas and Divisors in Small Parliaments
Ilse Berg1, Mats Olsen2
1University of Riga, Latvia; 2Lund University, Sweden

Seat Bias under the Largest Remainder Method
Tomas Varga
University of Vilnius, Lithuania

11:00am
- 12:00pm
Keynote: Deliberation and Aggregation
Location: Room 4
Session Chair: Karl Ström, University of Tartu

Agnes Holm
Aarhus University, Denmark

Date: Friday, 13/May/2022

9:00am
- 10:30am
Session 2: Budgets
Location: Room 4
Session Chair: Ilse Berg, University of Riga

Participatory Budgets in Estonian Towns
Ruth Kask*, Oskar Tamm
Tallinn University, Estonia

10:30am
- 11:00am
Closing
Location: Room 4
"""


def test_a_papers_block_of_title_authors_and_numbered_affiliations_gives_its_speakers() -> None:
    # 'Title' / 'Name1, Name2' with superscript numbers / '1Body, Country; 2Body, Country' under a session's
    # chair and its room: each author a speaker with her numbered affiliation; a block without numbers too
    people = _people(_text_page(_AGENDA))
    assert ("Karl Ström", "chair", "University of Tartu", None) in people
    assert ("Ilse Berg", "speaker", "University of Riga", None) in people
    assert ("Mats Olsen", "speaker", "Lund University", None) in people
    assert ("Tomas Varga", "speaker", "University of Vilnius", None) in people
    assert ("Ruth Kask", "speaker", "Tallinn University", None) in people
    assert ("Oskar Tamm", "speaker", "Tallinn University", None) in people


def test_an_author_who_chairs_another_session_keeps_both_parts() -> None:
    people = _people(_text_page(_AGENDA))
    assert ("Ilse Berg", "chair", "University of Riga", None) in people
    assert ("Ilse Berg", "speaker", "University of Riga", None) in people


def test_a_keynote_items_speaker_under_its_session_chair_is_its_keynote() -> None:
    # 'Keynote: Title' / 'Location: Room' / 'Session Chair: X, Body' / (blank) / 'Name' / 'Body, Country'
    people = _people(_text_page(_AGENDA))
    assert ("Agnes Holm", "keynote", "Aarhus University", None) in people


def test_the_first_item_under_a_days_heading_is_an_item_of_the_programme() -> None:
    # 'Date: Friday, 13/May/2022' / (blank) / its first item's broken time cell and title: the item's keynote
    record = _text_page(
        _AGENDA.replace(
            "Date: Friday, 13/May/2022\n\n",
            "Date: Friday, 13/May/2022\n\n8:00am\n- 8:45am\nKeynote: Budgets Without Borders\nLocation: Room 4\n"
            "Session Chair: Mats Olsen, Lund University\n\nLeena Aho\nUniversity of Turku, Finland\n\n",
        )
    )
    assert ("Leena Aho", "keynote", "University of Turku", None) in _people(record)
    assert (record.start[:19], (record.end or "")[:19]) == ("2022-05-12T08:30:00", "2022-05-13T11:00:00")


# a workshop's programme in the economists' form: each paper 'Name (Body), Title – discussant: Name (Body)'
_WORKSHOP = """\
Third Porto Workshop on Labour Markets

Start: June 8, 2023 9:00 am
End: June 8, 2023 5:00 pm

9.00 – 9.30 Registration

9.30 – 11.00 Session 1 – Wages and skills
Chair: Rui Almeida (University of Porto)
Marta Vieira (Bank of Portugal), Minimum wages and firm entry in Portuguese towns, 2010–2019 – discussant: \
Hugo Lemaire (University of Lille)
Karin Sundqvist (Uppsala University), Apprenticeships and early careers – discussant: Marta Vieira (Bank of Portugal)
Jonas Weber (University of Bonn), Remote work and commuting zones – discussant: Rui Almeida (University of Porto)

11.30 – 13.00 Round table: Who gains from flexible contracts?
Moderator: Rui Almeida (University of Porto)
Participants: Hugo Lemaire (University of Lille), Sofia Cruz (Ministry of Labour), Ben Hale (OECD)

13.00 Lunch
"""


def test_a_papers_discussant_after_a_dash_discusses_it_and_the_next_paper_is_a_speakers_again() -> None:
    # 'A (X), Title in sentence case – discussant: B (Y)': A speaks with her body, B discusses; the role goes
    # no further than its line
    people = _people(_text_page(_WORKSHOP))
    assert ("Marta Vieira", "speaker", "Bank of Portugal", None) in people
    assert ("Hugo Lemaire", "discussant", "University of Lille", None) in people
    assert ("Karin Sundqvist", "speaker", "Uppsala University", None) in people
    assert ("Marta Vieira", "discussant", "Bank of Portugal", None) in people
    assert ("Jonas Weber", "speaker", "University of Bonn", None) in people
    assert not any(p[0] in ("Karin Sundqvist", "Jonas Weber") and p[1] == "discussant" for p in people)
    assert not any(p[3] for p in people if p[0] in ("Marta Vieira", "Karin Sundqvist"))


def test_participants_on_the_label_line_under_a_round_table_are_its_panelists() -> None:
    # 'Round table: Title' / 'Moderator: X' / 'Participants: A (Y), B (Z), C (W)'
    people = _people(_text_page(_WORKSHOP))
    assert ("Sofia Cruz", "panelist", "Ministry of Labour", None) in people
    assert ("Ben Hale", "panelist", "OECD", None) in people
    assert ("Hugo Lemaire", "panelist", "University of Lille", None) in people


def test_papers_under_a_session_chair_with_a_spaced_hyphen_and_a_lower_case_body_word_in_the_title() -> None:
    # 'Title in sentence case - Name, Body' (an app's agenda writes a hyphen), 'movement' in lower case no body
    record = _text_page(
        """\
Great Basin Ecology Symposium 2024

Thursday, April 11, 2024

9:45 AM - 11:15 AM
Session 1: Wildlife
Room 210
Session chair: Dr. Helen Tso, University of Nevada, Reno
Mule deer movement across fenced rangelands - Owen Begaye, Utah State University
Sage grouse leks after the Martin Fire - Dr. Rosa Elk, Boise State University

11:15 AM - 12:30 PM
Lunch
"""
    )
    people = _people(record)
    assert ("Owen Begaye", "speaker", "Utah State University", None) in people
    assert ("Rosa Elk", "speaker", "Boise State University", None) in people
