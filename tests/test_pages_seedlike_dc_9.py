"""Forms that hold-out set 64 (think tanks other than those of sets 54, 55 and 58, in the seed page's
own rendering and in their own HTML: RUSI, SWP, the Bipartisan Policy Center, the Carnegie Middle
East Center, the Hoover Institution, Ifri, RFF and SIPRI) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import split_lines, without_glued_label
from kg.pages.people import parse_entries
from kg.pages.reports import find_reports
from tests.test_pages_unseen import _people, _text_page

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


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Moderator", "moderator"),
        ("Moderated by", "moderator"),
        ("Featuring", "speaker"),
        ("Commentary by", "discussant"),
    ],
)
def test_a_role_heading_run_into_the_card_under_it_gives_the_role(label: str, role: str) -> None:
    """'ModeratorAnna LindqvistSenior Fellow, Harbour Policy Forum': a text dump runs a role's
    heading into the name of the card under it."""
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Thursday, March 3, 2016\n9:30 AM - 11:00 AM (GMT)\n\n"
        "SpeakersTomas BerglundProfessor of Economics, University of Aberdeen\n"
        f"{label}Anna LindqvistSenior Fellow, Harbour Policy Forum\n" + FOOTER
    )
    assert ("Anna Lindqvist", role, "Harbour Policy Forum", "Senior Fellow") in _people(record)
    assert "Anna Lindqvist" in {p.person.name for p in record.participants}


@pytest.mark.parametrize("line", ["OpeningHours", "SpeakersBureau of Labor Statistics"])
def test_a_label_word_run_into_a_word_that_is_no_person_stays_one_line(line: str) -> None:
    assert without_glued_label(line) == [line]


@pytest.mark.parametrize(
    ("card", "rank", "name"),
    [
        ("Air Vice-Marshal Morag Ellison, Former Chief of Staff, Air Command", "Air Vice-Marshal", "Morag Ellison"),
        ("Air Commodore Ian Petrie, Commandant, Air Warfare Centre", "Air Commodore", "Ian Petrie"),
        ("Général de brigade Luc Marmande, Commandant, École de guerre", "Général de brigade", "Luc Marmande"),
    ],
)
def test_an_air_force_or_french_rank_before_a_name_is_no_part_of_it(card: str, rank: str, name: str) -> None:
    [entry] = parse_entries(card)
    assert (entry.honorific, entry.name) == (rank, name)


@pytest.mark.parametrize(
    ("card", "name", "post"),
    [
        ("Élodie Ferrandé-MoulinSenior Fellow, Harbour Policy Forum", "Élodie Ferrandé-Moulin", "Senior Fellow"),
        ("Hamish Drummond OBEDirector, Harbour Policy Forum", "Hamish Drummond", "Director"),
    ],
)
def test_a_name_run_into_its_post_after_an_accent_or_post_nominal_letters(card: str, name: str, post: str) -> None:
    """'Élodie Ferrandé-MoulinSenior Fellow, …', 'Hamish Drummond CBEFormer Director, …': a text
    dump runs the card's name, or the letters after it, into the post under it."""
    [entry] = parse_entries(card)
    assert (entry.name, entry.job_title) == (name, post)


def test_authors_who_present_the_findings_and_the_responses_from_others() -> None:
    """'The study's authors, X and Y, will present its findings, followed by responses from Z and
    W': presenters and respondents, over the 'Speakers' heading their cards stand under."""
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Thursday, March 3, 2016\n9:30 AM - 11:00 AM (GMT)\n\n"
        "The study's authors, Dr Anna Lindqvist and Tomas Berglund, will present its key findings, followed by "
        "responses from Rear Admiral Mark Hale and Ruth Imrie.\n\nSpeakers\n\n"
        "Anna Lindqvist\nSenior Fellow, Harbour Policy Forum\nTomas Berglund\nResearch Fellow, Harbour Policy Forum\n"
        "Mark Hale\nFormer Commander, Northern Fleet\nRuth Imrie\nDirector, Port of Leith Authority\n" + FOOTER
    )
    roles = {(p.person.name, p.role) for p in record.participants}
    assert roles == {
        ("Anna Lindqvist", "presenter"),
        ("Tomas Berglund", "presenter"),
        ("Mark Hale", "respondent"),
        ("Ruth Imrie", "respondent"),
    }


def test_commentary_by_in_a_byline_names_no_discussant() -> None:
    """'Commentary by X — May 30, 2017' heads an article in a list of the site's others."""
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Thursday, March 3, 2016\n9:30 AM - 11:00 AM (GMT)\n\nSpeakers\n\nAnna Lindqvist\n"
        "Senior Fellow, Harbour Policy Forum\n\nRelated\n\nCommentary by Tomas Berglund — May 30, 2015\n"
        "Ports, Tariffs and the Customs Union\n" + FOOTER
    )
    assert {(p.person.name, p.role) for p in record.participants} == {("Anna Lindqvist", "speaker")}


def test_a_summary_says_who_presented_the_paper_and_who_responded() -> None:
    """'Presenting the paper, Lindqvist argued …' (the family name of a listed speaker) and 'X and
    Y responded': an event summary's presenter and respondents, over their 'Speakers' heading."""
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Thursday, March 3, 2016\n9:30 AM - 11:00 AM (GMT)\n\nSpeakers\n\n"
        "Anna Lindqvist-Berg\nSenior Fellow, Harbour Policy Forum\nMark Hale\nFormer Commander, Northern Fleet\n"
        "Ruth Imrie\nDirector, Port of Leith Authority\n\nEvent Summary\n\n"
        "Presenting the paper, Lindqvist-Berg argued that the ports had lost a third of their trade with the "
        "continent. Mark Hale and Ruth Imrie responded, discussing the cost of new customs checks.\n" + FOOTER
    )
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Anna Lindqvist-Berg", "presenter"),
        ("Mark Hale", "respondent"),
        ("Ruth Imrie", "respondent"),
    }


def test_a_programme_row_run_together_is_read_card_by_card() -> None:
    """'14:00–15:00Panel discussionDr Jane DoeFellow, X InstituteJohn RoeDirector, YModerated by Z,
    post': a text dump runs a row's time, its item and every card under it into one line."""
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Thursday, March 3, 2016\n13:30–15:00 GMT\n\nProgramme\n"
        "13:30–13:40Welcome remarksRuth ImrieDirector, Port of Leith Authority\n"
        "13:40–15:00Panel discussionDr Anna Lindqvist-BergSenior Fellow, Harbour Policy Forum"
        "Tomas BerglundResearch Fellow, Nordic Trade InstituteModerated by Mark Hale, Editor, The Leith Courier\n"
        + FOOTER
    )
    assert _people(record) == {
        ("Ruth Imrie", "introductory-remarks", "Port of Leith Authority", "Director"),
        ("Anna Lindqvist-Berg", "panelist", "Harbour Policy Forum", "Senior Fellow"),
        ("Tomas Berglund", "panelist", "Nordic Trade Institute", "Research Fellow"),
        ("Mark Hale", "moderator", "The Leith Courier", "Editor"),
    }


@pytest.mark.parametrize(
    ("line", "report"),
    [
        ("Presentation of HPF Research Paper 2016/RP 04 and discussion", ("Research Paper 2016/RP 04", "2016/RP 04")),
        # a bare kind keeps them, as 'CIGI Papers No. 244' does (session 26's one convention for initials)
        ("The authors present HPF Comment 2016/C 11 on the customs union.", ("HPF Comment 2016/C 11", "2016/C 11")),
    ],
)
def test_a_series_numbered_by_year_and_letters(line: str, report: tuple[str, str]) -> None:
    """'Research Paper 2019/RP 06', 'Comment 2024/C 12': a number within its year with the series'
    letters between, as SWP numbers its papers; the publisher's initials left out before a series'
    own words ('Research Paper'), kept before a bare kind ('HPF Comment')."""
    assert [(r.name, r.number) for r in find_reports([line])] == [report]


def test_a_sidebar_more_on_this_topic_lists_other_papers() -> None:
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Thursday, March 3, 2016\n9:30 AM - 11:00 AM (GMT)\n\n"
        "Presentation of HPF Research Paper 2016/RP 04 and discussion\n\nSpeakers\n\nAnna Lindqvist\n"
        "Senior Fellow, Harbour Policy Forum\n\nMore on this topic\n\nHPF Research Paper 2015/RP 09\n"
        "Ports and the Single Market\n" + FOOTER
    )
    assert [(r.name, r.report_number) for r in record.reports] == [("Research Paper 2016/RP 04", "2016/RP 04")]


def test_a_discussion_of_a_book_cited_with_its_imprint_and_author() -> None:
    """'a discussion of X (Publisher, 2016), the new book by … Ann B. Moray': the book by its full
    title; the end of its author's name is no title."""
    line = (
        "The Forum invites you to a discussion of Salt and Steel: The Ports of the North, 1800-1914 "
        "(Leith University Press, 2016), the new book by Forum fellow Ann B. Moray."
    )
    assert [(r.name, r.number) for r in find_reports([line])] == [
        ("Salt and Steel: The Ports of the North, 1800-1914", None)
    ]


def test_the_authors_named_after_a_new_paper_are_no_title() -> None:
    """'In their new Research Paper, Dr. X and Dr. Y examine …': the authors, not the paper's title."""
    line = "In their new Research Paper, Dr. Anna Lindqvist and Dr. Tomas Berglund examine the ports' trade."
    assert find_reports([line]) == []


def test_an_expert_panel_heading_lists_panelists_over_its_moderator() -> None:
    """'Expert Panel' over cards and a 'Moderated by X, post' line: the cards are panelists."""
    record = _text_page(
        "Skip to main content\n\nSeminar\nTides of Trade: The North Sea Ports after Brexit\n"
        "Thursday, March 3, 2016\n9:30 AM - 11:00 AM (GMT)\n\nAgenda\n\nExpert Panel\n\n"
        "Anna Lindqvist, Senior Fellow, Harbour Policy Forum\n\n"
        "Tomas Berglund, Research Fellow, Nordic Trade Institute\n\n"
        "Moderated by Mark Hale, Editor, The Leith Courier\n" + FOOTER
    )
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Anna Lindqvist", "panelist"),
        ("Tomas Berglund", "panelist"),
        ("Mark Hale", "moderator"),
    }


def test_hold_out_set_64_meets_the_target_in_every_field_but_affiliations_job_titles_and_place() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-64" / "expected.yaml")
    # left for the fields' own work (docs/ingest.md, set 64): affiliations and job titles (0.90 before
    # rounding: a French name in brackets after 'Joint Staff', 'MdB', 'BerkeleyandMaria' run together),
    # locality (Stanford, Solna) and attendance (a 'Watch the livestream' link beside a venue)
    others = ("affiliations", "job titles", "locality", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
