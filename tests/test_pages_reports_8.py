"""Related publications, eighth round (hold-out set 60): a series named after the body that writes
it, a short title the text gives in full, a card's title ending in a question mark in a list of
other publications, earlier works named after the kind ('The previous issue, X') or listed as
earlier ('Previous reports in this series include X'), numbers with letters, more kinds of series,
a work said to be discussed or launched at the event, and 'Read the policy brief: X'."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from tests.test_pages_orgs import EVENT, _reports, _text_page

DATA = Path(__file__).parent / "data"
TITLE = "Rain and Credit\n\n"


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "Their findings are published as Policy Research Project Report Number 231, Groundwater and Towns.",
            ("Policy Research Project Report Number 231", "231"),
        ),
        (
            "The seminar presents the new study (Joint Research Centre Report No. 12).",
            ("Joint Research Centre Report No. 12", "12"),
        ),
    ],
)
def test_a_bare_kind_keeps_the_name_of_the_body_that_writes_the_series(sentence: str, report: tuple[str, str]) -> None:
    """'Policy Research Project Report Number 231': a bare 'Report' is named by the several words
    before it, one of which names a body (as the 'Independent Task Force Report No. 81' is), not
    'Report Number 231'."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [report]


def test_a_work_the_title_names_short_is_named_in_full_by_the_text() -> None:
    """'Launch of the OECD Skills Outlook 2025' over 'The OECD Skills Outlook 2025: Learning for Life
    in an Ageing World examines …': the work by its full title, as a catalogue records it."""
    text = (
        "Launch of the OECD Skills Outlook 2025\n\n" + EVENT + "Populations are ageing fast. The OECD Skills Outlook "
        "2025: Learning for Life in an Ageing World examines how countries can keep skills up to date.\n"
    )
    assert _reports(_text_page(text)) == [("OECD Skills Outlook 2025: Learning for Life in an Ageing World", None)]


def test_a_card_whose_title_ends_in_a_question_mark_stays_in_the_list_of_others() -> None:
    """'Related publications' / cards of a kind, a title and a date: a title's own question mark
    ('What Works?') ends no sentence, so the numbered series under it is still the list's."""
    text = (
        TITLE + EVENT + "The panel discusses rural credit.\n\nRelated publications\n\nReport\nEducation at a Glance "
        "2025\n9 September 2025\n\nWorking paper\nAdult Learning and Older Workers: What Works?\nEducation Working "
        "Papers No. 312\n2 June 2025\n"
    )
    assert _reports(_text_page(text)) == []


def test_the_previous_issue_named_after_the_kind_is_an_earlier_work() -> None:
    """'The previous issue, Balkan Dispatch No. 13, …, was published in February 2025': the series'
    earlier issue, not the one the event presents."""
    text = (
        TITLE + EVENT + "The Centre invites you to the presentation of Balkan Dispatch No. 14 on enlargement. The "
        'previous issue, Balkan Dispatch No. 13, "Energy Community or Energy Dependence?", was published in '
        "February 2024.\n"
    )
    assert _reports(_text_page(text)) == [("Balkan Dispatch No. 14", "14")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Previous reports in this series include Special Report No. 100 and Special Report No. 101.",
        "Jane Doe leads the program. Her recent work includes Policy Brief No. 7 on land rights.",
        "This seminar continues the discussion begun in Policy Brief No. 12 on land rights.",
        "Jane Doe is a senior fellow. She wrote Working Paper No. 9 on microfinance.",
        "The seminar returns to Working Paper No. 44, published last year.",
        "The seminar returns to the questions of Policy Brief No. 12 (2023).",
    ],
)
def test_works_a_sentence_names_as_earlier_ones_are_not_the_events(sentence: str) -> None:
    """A series' earlier works a sentence lists, a speaker's own work, a discussion's starting point
    and a work published last year or cited with an earlier year are not what the event presents."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == []


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "The editors will also present the accompanying Technical Note IDB-TN-3012, A Public Investment Index.",
            ("Technical Note IDB-TN-3012", "IDB-TN-3012"),
        ),
        (
            "The seminar presents Working Paper No. IDB-WP-1620 on pensions.",
            ("Working Paper No. IDB-WP-1620", "IDB-WP-1620"),
        ),
    ],
)
def test_a_number_with_the_publishers_and_series_letters(sentence: str, report: tuple[str, str]) -> None:
    """'IDB-TN-3012': the publisher's and the series' letters before the number are part of it."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [report]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("The panel will reflect on the findings of IISS Strategic Dossier No. 4.", ("Strategic Dossier No. 4", "4")),
        ("The speakers will discuss Kennan Cable No. 89 and its findings.", ("Kennan Cable No. 89", "89")),
    ],
)
def test_more_kinds_of_numbered_series(sentence: str, report: tuple[str, str]) -> None:
    """Cables, dossiers, explainers, primers, spotlights, fact sheets: kinds of numbered series too."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [report]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "The book Roads to Nowhere: The Politics of Public Works (Brookings Press, 2024) will be discussed by "
            "the author and two respondents.",
            "Roads to Nowhere: The Politics of Public Works",
        ),
        (
            "The report, Building Resilient Ports: Lessons from Asia, was launched at the event.",
            "Building Resilient Ports: Lessons from Asia",
        ),
        ("Read the policy brief: Cash Transfers and Women's Work", "Cash Transfers and Women's Work"),
    ],
)
def test_a_work_the_event_discusses_or_launched(sentence: str, report: str) -> None:
    """'The book X (Publisher, 2024) will be discussed', a recap's 'The report, X, was launched at
    the event', and a link's 'Read the policy brief: X' name the event's work."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [(report, None)]


def test_a_speakers_work_in_a_bio_is_still_not_the_events() -> None:
    """'She is the author of Special Report No. 99': unchanged by the forms above."""
    text = TITLE + EVENT + "Jane Doe is a senior fellow. She is the author of Special Report No. 99, Rivers of Salt.\n"
    assert _reports(_text_page(text)) == []


GUARDED = (
    "title",
    "start",
    "end",
    "people",
    "affiliations",
    "reports",
    "job titles",
    "sponsors",
    "locality",
    "attendance",
)


def test_set_60_meets_the_f1_target_in_every_field_but_roles_and_organizers() -> None:
    """Hold-out set 60 (written before these changes) reads its reports, and every field but roles
    and organizers, at F1 0.9 or more."""
    scores = measure(DATA / "holdout-60" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in GUARDED if scores[name].f1 < 0.9} == {}


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "Jane Doe will discuss her book The Quiet Fleet: Japan's Navy since 1954.",
            "The Quiet Fleet: Japan's Navy since 1954",
        ),
        (
            'Join us for the release of a new Wilson Center report, "Arctic Ports and Power", by Jane Doe.',
            "Arctic Ports and Power",
        ),
        (
            "The panel will examine the recommendations of the Commission's final report, Arctic Ports and Power.",
            "Arctic Ports and Power",
        ),
        (
            "Please join us to celebrate the publication of Arctic Ports and Power, edited by Jane Doe and John Roe.",
            "Arctic Ports and Power",
        ),
        (
            "The Institute's annual flagship, the State of the Region Report 2025, will be launched at the event.",
            "State of the Region Report 2025",
        ),
        (
            "The launch of the 2025 Global Food Policy Report will feature remarks by Jane Doe.",
            "2025 Global Food Policy Report",
        ),
        ("Please join us for the launch of the 2025 edition of the Africa Energy Outlook.", "Africa Energy Outlook"),
    ],
)
def test_more_ways_of_naming_the_work_the_event_launches(sentence: str, report: str) -> None:
    """A preposition title case writes in lower case ('since'), a publisher named after 'new' ('a new
    Wilson Center report'), a commission's final report and its recommendations, a work 'edited by'
    its editors, a work named by its kind 'will be launched', a year before the work's name, and an
    edition of it."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [(report, None)]


def test_a_news_item_launching_an_annual_report_is_no_work() -> None:
    """'UP CIDS launches 2024 Annual Report': an annual report, its year before it, is none."""
    assert _reports(_text_page(TITLE + EVENT + "News\n\nUP CIDS launches 2024 Annual Report\n")) == []


def test_more_from_a_unit_heads_a_list_of_its_other_publications() -> None:
    """'More from the Asia Program' over cards a blank line apart: the unit's other works."""
    text = (
        TITLE
        + EVENT
        + "The panel discussed rural credit.\n\nMore from the Asia Program\n\nSeeds of Debt\nPolicy Brief "
        "No. 7\n\nRain Funds\nPolicy Brief No. 6\n"
    )
    assert _reports(_text_page(text)) == []


@pytest.mark.parametrize(
    "said", ["was shortlisted for the Orwell Prize", "won the Prize", "has been translated into six languages"]
)
def test_a_bios_book_and_its_prize_is_not_the_events(said: str) -> None:
    """'Her latest book, X (2024), was shortlisted for …': what a bio says of an earlier book (a prize,
    a translation) tells it from the book the event presents."""
    text = (
        TITLE + EVENT + f"Jane Doe is a senior fellow. Her latest book, The Quiet Fleet: Japan's Navy (2024), {said}.\n"
    )
    assert _reports(_text_page(text)) == []


@pytest.mark.parametrize("country", ["Bosnia and Herzegovina", "Trinidad and Tobago"])
def test_a_foundations_office_in_a_country_named_with_and_is_the_foundation(country: str) -> None:
    """'with the support of the Konrad-Adenauer-Stiftung Bosnia and Herzegovina': the office's
    country joins two names with 'and', and the office is still the foundation (the convention for
    a foundation's office, docs/ingest.md)."""
    text = TITLE + EVENT + f"The event is organised with the support of the Konrad-Adenauer-Stiftung {country}.\n"
    assert [s.name for s in _text_page(text).sponsors] == ["Konrad-Adenauer-Stiftung"]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "Join the authors of Arctic Ports and Power, a new report from the Institute, for a discussion.",
            "Arctic Ports and Power",
        ),
        (
            "The speakers will discuss the recently released IPCC Sixth Assessment Report.",
            "IPCC Sixth Assessment Report",
        ),
    ],
)
def test_a_work_its_authors_present_or_the_speakers_discuss(sentence: str, report: str) -> None:
    """'Join the authors of X, a new report', 'discuss the recently released X Report'."""
    assert _reports(_text_page(TITLE + EVENT + sentence + "\n")) == [(report, None)]


def test_a_dumps_download_link_run_into_the_title_names_the_report() -> None:
    """'Download the ReportArctic Ports and Power (PDF)': a text dump runs the link's words into the
    title; the short title the link gives is the one the prose gives in full."""
    text = (
        TITLE
        + EVENT
        + "The Institute will release a new report, Arctic Ports and Power: Shipping in the High North, by "
        "Jane Doe.\n\nDownload the ReportArctic Ports and Power (PDF)\n"
    )
    assert _reports(_text_page(text)) == [("Arctic Ports and Power: Shipping in the High North", None)]
    alone = TITLE + EVENT + "The panel discussed shipping.\n\nDownload the ReportArctic Ports and Power (PDF)\n"
    assert _reports(_text_page(alone)) == [("Arctic Ports and Power", None)]


@pytest.mark.parametrize("tag", ["Report\n", ""])
def test_the_card_under_a_heading_naming_the_events_own_work(tag: str) -> None:
    """'Related Publication' (one, not 'Related Publications') over a card, its tag, title and date:
    the card's unnumbered title is the event's work; a card's bare tag 'Report' heads none."""
    card = f"{tag}Seeds of Debt: Microfinance in Bangladesh\nMarch 3, 2024\n"
    own = TITLE + EVENT + "The panel discussed rural credit.\n\nRelated Publication\n\n" + card
    assert _reports(_text_page(own)) == [("Seeds of Debt: Microfinance in Bangladesh", None)]
    others = TITLE + EVENT + "The panel discussed rural credit.\n\nRelated Content\n\n" + card
    assert _reports(_text_page(others)) == []


def test_a_series_named_by_the_publishers_whole_name_drops_all_of_it() -> None:
    """'Northern Futures Discussion Paper No. 9' of the 'Northern Futures Institute': the series
    begins with the publisher's name, both words, so it is named without them (set 24's convention),
    not by the second word alone ('Futures Discussion Paper No. 9'), though 'Futures' goes on a name
    begun earlier in the institute's name."""
    page = _text_page(
        TITLE + EVENT + "Join the Northern Futures Institute for the launch of Northern Futures Discussion Paper "
        "No. 9, on water and towns.\n\nHosted by the Northern Futures Institute\n"
    )
    assert _reports(page) == [("Discussion Paper No. 9", "9")]
