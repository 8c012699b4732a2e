"""Related publications, sixth round (hold-out set 51): an edition named by its fiscal year, a
title ending in a question mark and described after it, a journal's volume and issue in brackets
taken for a book's imprint, a heading that says which papers the event presents, an earlier work
the text says came out in a past year; and a page that ASP.NET Web Forms (DNN) wraps in one form."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from tests.test_pages_orgs import EVENT, _html_page, _reports, _text_page

DATA = Path(__file__).parent / "data"
TITLE = "Rain and Credit\n\n"


@pytest.mark.parametrize("edition", ["2025/26", "2023-24", "2024/2025"])
def test_a_fiscal_year_after_a_kind_is_no_number(edition: str) -> None:
    """'the launch of the Tanzania Budget Brief 2025/26: Who Pays …?, our annual independent
    analysis of the budget': two years in a row name an edition, not the 26th brief of 2025; the
    work is its full title, the question mark included."""
    text = (
        TITLE + EVENT + f"The institute invites you to the launch of the Tanzania Budget Brief {edition}: Who "
        "Pays and Who Benefits?, our annual independent analysis of the Government budget.\n"
    )
    assert _reports(_text_page(text)) == [(f"Tanzania Budget Brief {edition}: Who Pays and Who Benefits?", None)]


def test_a_series_numbered_within_its_year_keeps_its_number() -> None:
    """'Policy Brief 2024/12' (the twelfth of 2024) is still a number."""
    text = TITLE + EVENT + "The webinar presents the findings of Policy Brief 2024/12 on rural credit.\n"
    assert _reports(_text_page(text)) == [("Policy Brief 2024/12", "2024/12")]


@pytest.mark.parametrize("description", ["our annual independent analysis", "the Centre's biennial review"])
def test_a_title_the_next_words_describe_as_a_work(description: str) -> None:
    """'the launch of X, our annual independent analysis of …': a few words saying what kind of
    work X is, not only 'our new report', tell the title from the sentence."""
    text = TITLE + EVENT + f"Join us for the launch of Water for Growing Towns, {description} of water policy.\n"
    assert _reports(_text_page(text)) == [("Water for Growing Towns", None)]


def test_a_journals_volume_and_issue_are_no_imprint() -> None:
    """'the special issue of the Caucasus Policy Review (Vol. 9, No. 2, 2025), "X"': the bracket
    cites the journal's issue, not a book's publisher, so 'of the Caucasus Policy Review' is no
    title; the special issue is X."""
    html = (
        "<html><body><main><h1>Special Issue Launch: Corridors</h1><p>Friday, 14 November 2025, 17:00–19:00 "
        "(Yerevan time), 9 Tumanyan Street, Yerevan</p><p>The Lab invites you to the launch of the new special "
        "issue of the <em>Caucasus Policy Review</em> (Vol. 9, No. 2, 2025), <strong>“Corridors and "
        "Chokepoints: Connectivity in the South Caucasus”</strong>, guest-edited by Anahit Sargsyan.</p>"
        "</main></body></html>"
    )
    assert _reports(_html_page(html)) == [("Corridors and Chokepoints: Connectivity in the South Caucasus", None)]


@pytest.mark.parametrize("heading", ["Papers presented", "Reports to be launched", "Papers for discussion"])
def test_a_heading_saying_the_papers_are_presented_heads_the_events_own(heading: str) -> None:
    """'Papers presented' over 'Working Paper No. 1781 – "Title", by X': items shaped like a
    catalogue's, which the heading says the event presents."""
    text = (
        TITLE
        + EVENT
        + f"{heading}\n\n"
        + 'Working Paper No. 1781 – "Moving In and Out of Informality", by Karim Abdelrahman\n\n'
        + 'Working Paper No. 1782 – "Can Contributory Schemes Reach the Self-Employed?", by Salma Ben Youssef\n\n'
        + "Chair\nRania El-Sayed, Managing Director, EPFAR\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 1781", "1781"), ("Working Paper No. 1782", "1782")]


def test_a_catalogue_under_another_heading_stays_a_list_of_others() -> None:
    text = (
        TITLE
        + EVENT
        + "Recent working papers\n\n"
        + 'Working Paper No. 1779 – "Minimum Wages and Youth Employment", by Ali Nour\n\n'
        + 'Working Paper No. 1764 – "Female Labour Force Participation", by Mona Aziz\n'
    )
    assert _reports(_text_page(text)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle prolonge les travaux du Document de travail n° 7 publié par le Centre en 2023.",
        "It extends Working Paper No. 7, published by the Centre in 2023.",
        "This webinar builds on the findings of the Policy Research Report on informality published in 2023.",
    ],
)
def test_a_work_published_in_an_earlier_year_is_not_the_events(sentence: str) -> None:
    """A numbered work, or one named by a title ending in its kind, that the sentence says came
    out in a year before the event's is earlier work the event builds on."""
    text = TITLE + EVENT + "The seminar presents Policy Note No. 14, released today.\n" + sentence + "\n"
    assert _reports(_text_page(text)) == [("Policy Note No. 14", "14")]


def test_a_work_published_in_a_month_of_the_year_before_may_be_the_events() -> None:
    """'published in December 2023' on a page of an event early in 2024 may name the work the
    event presents: only a bare earlier year says it is older."""
    text = TITLE + EVENT + "The seminar presents Working Paper No. 7, published in December 2023.\n"
    assert _reports(_text_page(text)) == [("Working Paper No. 7", "7")]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            'This roundtable discusses the Centre\'s new Policy Paper No. 21, "Aswesuma after the Debt Deal", '
            "which will be launched at the event.",
            ("Policy Paper No. 21", "21"),
        ),
        (
            'The forum will also launch the LIDS Working Paper Series No. 52, "Who is Left Out?".',
            ("Working Paper Series No. 52", "52"),
        ),
    ],
)
def test_a_numbered_works_number_is_not_its_title(sentence: str, report: tuple[str, str]) -> None:
    """'the new Policy Paper No. 21, "X", which will be launched': the run of title words after
    the kind begins with the number ('No. 21, "X"'); the work is the numbered one, once (sets 44
    and 45 took the number and title for a second work)."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [report]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("Join us for the launch of the World Energy Outlook 2024.", "World Energy Outlook 2024"),
        (
            "Join us for the launch of the Global Risks Report 2024, which finds that misinformation is the top risk.",
            "Global Risks Report 2024",
        ),
        ("The launch of the Human Development Report 2023/2024 will take place at UN House.", None),
    ],
)
def test_a_launch_names_a_work_by_a_title_ending_in_its_kind(sentence: str, report: str | None) -> None:
    """'the launch of the Global Risks Report 2024': a flagship work named by a title that ends in
    its kind (report, outlook, index, yearbook …) and its edition's year, as an event's title
    already names one ('Presentation of the X Yearbook 2025'); the year is no number."""
    name = report or "Human Development Report 2023/2024"
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [(name, None)]


@pytest.mark.parametrize(
    "sentence", ["Join us for the launch of the Annual Report 2024.", "The launch of the new Policy Lab."]
)
def test_a_launch_of_an_annual_report_or_a_unit_names_no_work(sentence: str) -> None:
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == []


def test_a_title_described_with_its_publishers_name() -> None:
    """'We launch X, a new Brookings report': the publisher's name among the words that say
    what X is."""
    text = TITLE + EVENT + "We are delighted to launch Cities of Tomorrow, a new Brookings report on housing.\n"
    assert _reports(_text_page(text)) == [("Cities of Tomorrow", None)]


@pytest.mark.parametrize("note", ["(PDF, 2 MB)", "[PDF]", "– PDF, 1.2 MB"])
def test_a_downloads_file_note_is_not_part_of_the_title(note: str) -> None:
    text = TITLE + EVENT + f"Download the report: Cities of Tomorrow {note}\n"
    assert _reports(_text_page(text)) == [("Cities of Tomorrow", None)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            'Join us for a discussion of the Atlantic Council\'s new issue brief, "NATO at 75: The Road Ahead."',
            "NATO at 75: The Road Ahead",
        ),
        (
            "Panelists will discuss the findings of the Task Force report, Confronting Reality in Cyberspace.",
            "Confronting Reality in Cyberspace",
        ),
        (
            "The event accompanies the publication of the RUSI Occasional Paper 'Deterrence by Denial'.",
            "Deterrence by Denial",
        ),
    ],
)
def test_a_works_series_words_and_its_owner_before_its_title(sentence: str, title: str) -> None:
    """'a discussion of the Atlantic Council's new issue brief, "X"', 'the findings of the Task Force
    report, X', 'the publication of the RUSI Occasional Paper "X"': a series' words before the
    kind, an owner named with 'the', and 'a discussion of' lead to the title as 'report' does."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [(title, None)]


def test_a_programme_items_speaker_is_no_title() -> None:
    """'Presentation of the discussion paper' over 'Dr. X, Head, Y': the speaker's line after the
    item is no title of a work."""
    text = (
        TITLE
        + EVENT
        + "09:00 - 09:40   Presentation of the discussion paper\n"
        + "                Dr. Tran Minh Duc, Head, Labour Economics Division, RIEPR\n"
    )
    assert _reports(_text_page(text)) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            'Join us for the release of "Reimagining Development Finance," a new report from the Center for '
            "Global Development.",
            "Reimagining Development Finance",
        ),
        (
            "The findings of the survey, Asian Attitudes toward China 2024, will be presented by its authors.",
            "Asian Attitudes toward China 2024",
        ),
        ("Related reading: Water Wars (2023)", "Water Wars"),
    ],
)
def test_a_title_with_its_punctuation_small_words_and_year_around_it(sentence: str, title: str) -> None:
    """'"X," a new report' (American style puts the comma inside the quotes), a survey's title
    with 'toward' in it, a labelled title with its year in brackets after it."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [(title, None)]


ASPNET_PAGE = (
    '<html><head><title>Seminar</title></head><body><form method="post" action="/Events" id="Form">'
    '<input type="hidden" name="__VIEWSTATE" value="x" />'
    '<div class="search"><input type="text" /><a href="#">Search</a></div>'
    "<h1>Informality and Social Protection</h1>"
    "<table><tr><td>Date:</td><td>Wednesday, November 12, 2025</td></tr>"
    "<tr><td>Time:</td><td>14:00 - 15:30 Cairo time (GMT+2)</td></tr></table>"
    "<p>The Forum invites you to a webinar presenting Working Paper No. 1781, released today.</p>"
    "</form></body></html>"
)


def test_a_form_wrapping_the_whole_page_is_the_page() -> None:
    """ASP.NET Web Forms (DNN, SharePoint, Sitefinity) wrap the page in one form; it holds the
    heading, so it is read, while a search form elsewhere is still dropped."""
    record = _html_page(ASPNET_PAGE)
    assert record.name == "Informality and Social Protection"
    assert record.start == "2025-11-12T14:00:00+02:00"
    assert _reports(record) == [("Working Paper No. 1781", "1781")]


def test_a_search_form_is_still_dropped() -> None:
    html = (
        "<html><body><form><label>Search events</label><input name='q'/></form><main><h1>Rain and Credit</h1>"
        "<p>Tuesday 9 April 2024, 17:00 - 18:30 BST, Town Hall, London WC2N 5DN</p></main></body></html>"
    )
    assert "Search events" not in (_html_page(html).description or "")
    assert _html_page(html).name == "Rain and Credit"


def test_set_51_reads_every_publication() -> None:
    """Set 51's publications all read right (a fiscal-year budget brief, a seminar's working
    paper, a journal's special issue, a French policy note, two working papers in one webinar, a
    book, a briefing paper) and nothing from its sidebars, bios, prose citations or downloads."""
    scores = measure(DATA / "holdout-51" / "expected.yaml")
    assert scores["reports"].f1 == 1.0
    assert scores["title"].f1 == 1.0


def _sponsors(text: str) -> list[str]:
    return [o.name for o in _text_page(TITLE + EVENT + text + "\n").sponsors]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tanzania Budget Brief series is produced with financial support from the Foundation for Civil Society.",
        "The special issue was published with the support of the Heinrich Böll Stiftung.",
        "The study, undertaken with support from the Cities Alliance, examines the finances of ten cities.",
        "The publication of this book was supported by the National Institute for the Humanities.",
        'The Centre presents the book "The Long Accession" by Jelena Marković, published by the Centre in its '
        "European Studies Library, with the support of the Friedrich Naumann Foundation for Freedom.",
    ],
)
def test_a_works_own_supporter_is_no_sponsor_of_the_event(sentence: str) -> None:
    """Support for a publication — its series, its research, its printing — is not support for
    the event that launches it (the convention of sets 40, 46 and 51)."""
    assert _sponsors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("The lecture series is funded by the Joachim Herz Stiftung.", "Joachim Herz Stiftung"),
        ("The launch of the report is supported by the Walton Plains Foundation.", "Walton Plains Foundation"),
        (
            "The special issue was published last month. The launch event is supported by the Embassy of the "
            "Kingdom of the Netherlands in Armenia.",
            "Embassy of the Kingdom of the Netherlands in Armenia",
        ),
    ],
)
def test_the_events_own_sponsor_beside_a_work_is_kept(sentence: str, sponsor: str) -> None:
    assert _sponsors(sentence) == [sponsor]
