"""Reports (related publications with their numbers) that the hold-out sets' misses showed unread or misnamed,
gathered across all sets (session 26), one test per form. A publisher's initials follow one convention
(docs/ingest.md): before a bare kind they stay ('CIGI Papers No. 244': 'Papers' alone names no series), before
a series' own words or between a series and its sign they go ('Raport ISP nr 48' -> 'Raport nr 48'). Each page
here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.records import EventRecord
from tests.test_pages_unseen import _html_page, _text_page


def _reports(record: EventRecord) -> set[tuple[str, str | None]]:
    return {(r.name, r.report_number) for r in record.reports}


def _text_event(title: str, body: str) -> EventRecord:
    text = f"{title}\n\n14 May 2026, 10:00 - 12:00\nHarbour Hall, Tromsø\n\n{body}\n"
    return _text_page(text)


@pytest.mark.parametrize(
    ("body", "report"),
    [
        # a bare kind numbered within its year, the publisher's initials before it, in brackets after the title
        (
            "The authors present Tides and Wages: Work on the Northern Coast (NCRI Report 2026:2), a study of "
            "two fishing towns over three winters.",
            ("NCRI Report 2026:2", "2026:2"),
        ),
        # the same with the sign-less Nordic year form and a plural kind
        (
            "The seminar launches ALDI Papers 2025:7, the institute's review of harbour dues.",
            ("ALDI Papers 2025:7", "2025:7"),
        ),
    ],
)
def test_a_bare_kind_numbered_within_its_year_keeps_the_initials_before_it(body: str, report: tuple[str, str]) -> None:
    assert _reports(_text_event("Tides and Wages", body)) == {report}


@pytest.mark.parametrize(
    ("body", "report"),
    [
        # Portuguese 'Cadernos' (notebooks), the publisher's initials between the series and its sign left out
        (
            "O seminário marca o lançamento do estudo Rios urbanos e habitação (Cadernos LEMA nº 4).",
            ("Cadernos nº 4", "4"),
        ),
        # Spanish 'Cuadernos' with 'núm.'
        (
            "En la jornada se presentará el Cuaderno IDEP núm. 12, sobre el agua en los barrios del sur.",
            ("Cuaderno núm. 12", "12"),
        ),
    ],
)
def test_a_notebook_series_in_portuguese_or_spanish(body: str, report: tuple[str, str]) -> None:
    assert _reports(_text_event("Rios urbanos", body)) == {report}


@pytest.mark.parametrize(
    "board_nav",
    [
        # a bulletin board's previous and next posts as definition lists ('이전글' / '다음글')
        '<div class="board_prev_next"><dl><dt>이전글</dt><dd><a href="/bbs/11">Spring forum results</a></dd></dl>'
        '<dl><dt>다음글</dt><dd><a href="/bbs/13">Launch of Issue Paper No. 2026-3</a></dd></dl></div>',
        # gnuboard's list of the two, each item a button
        '<ul class="bo_v_nb"><li class="btn_prv"><span>이전글</span><a href="/bbs/11">Spring forum results</a></li>'
        '<li class="btn_next"><span>다음글</span><a href="/bbs/13">Launch of Issue Paper No. 2026-3</a></li></ul>',
    ],
)
def test_a_bulletin_boards_previous_and_next_posts_are_none_of_this_events(board_nav: str) -> None:
    html = (
        "<html><body><div class='board_view'><h1>Harbour Industries Seminar</h1>"
        "<p>Date: 14 May 2026, 14:00 - 17:00. Place: Harbour Hall, Ulsan</p>"
        "<p>The institute presents its Issue Paper No. 2026-2 on the port's shipyards.</p>"
        f"{board_nav}</div></body></html>"
    )
    assert _reports(_html_page(html)) == {("Issue Paper No. 2026-2", "2026-2")}


def test_a_programme_table_copied_as_text_names_no_work_by_its_session_heading() -> None:
    # a programme copied from a table, its cells apart by tabs; a session heading in capitals ('FINDINGS OF
    # THE STUDY') over a chair's line is neither the start of a title nor a work of its own
    text = (
        "Regional Workshop on Fish Markets\n\n14 May 2026, 09:00 - 13:00\nLake Hotel, Mwanza\n\n"
        "The Institute presents its Research Report No. 9 on the lake's fish markets.\n\n"
        "PROGRAMME\n"
        "9:00 - 9:30\tWelcome remarks\tDr. Amina Yusuf, Director, LMRI\n"
        "9:30 - 9:45\tHealth break\tAll\n"
        "SESSION 1: FINDINGS OF THE STUDY\n"
        "Chair: Prof. Daniel Otieno, Board Chairperson, LMRI\n"
        "9:45 - 10:30\tPresentation of the findings\tDr. Ruth Wanjiku (Research Fellow, LMRI)\n"
    )
    assert _reports(_text_page(text)) == {("Research Report No. 9", "9")}


def test_a_series_letter_before_the_years_two_digits_and_a_downloads_list_with_titles_after_commas() -> None:
    # 'Report D02:07' (the series' letter, the year's last two digits, a colon, the number); the prose names
    # it with its kind in lower case before its quoted title; the other downloads, each with its own title
    # after a comma, are a list of the site's papers
    text = (
        "Conference on Coastal Fisheries\n\n12 March 2002, 09:00 - 16:00\nHarbour Hall, Tromsø\n\n"
        "The conference also marks the publication of the Centre's report D02:07, \"Twenty Winters of Cod: "
        'An Economic Review", by Kari Nilsen and Ola Berg.\n\n'
        "Related documents:\n"
        "Report D02:07 (PDF, 380 KB)\n"
        "Report D01:12, The Northern Fishing Fleet 1990-2000 (PDF, 250 KB)\n"
        "Working Paper W02:01, Quota Markets and Coastal Towns (PDF, 140 KB)\n"
    )
    assert _reports(_text_page(text)) == {("Report D02:07", "D02:07")}


def test_a_menu_run_together_after_its_publications_item_is_no_title() -> None:
    text = (
        "Harbour Institute for Maritime Studies\n"
        "PublicationsResearch AreasEventsScholarsPodcastsAbout HIMS\n\n"
        "Northern Shipping Seminar\n\n14 May 2026, 10:00 - 12:00\nHarbour Hall, Tromsø\n\n"
        "The Institute presents its Research Report No. 31 on northern shipping lanes.\n"
    )
    assert _reports(_text_page(text)) == {("Research Report No. 31", "31")}


@pytest.mark.parametrize(
    "heading", ["Report: Policy Dialogue on Coastal Fisheries", "Report: Annual Roundtable on Coastal Fisheries"]
)
def test_a_post_that_reports_on_the_meeting_names_no_publication(heading: str) -> None:
    text = (
        f"{heading}\nWritten by Administrator\n\n"
        "Coastal Fisheries: What Have We Learnt from Two Seasons?\n\n"
        "Report of the meeting held on Thursday 14 May 2026 at the Harbour Hall, Tromsø, from 9.00 am to 1.00 pm.\n\n"
        "The Centre held the third in its series of meetings on coastal fisheries.\n"
    )
    assert _reports(_text_page(text)) == set()
