"""Related publications, second round (hold-out set 33): names a text dump wrapped across lines,
titles written without quotes after the words that say the work is new or launched, a book
named only in the event's title, a series named after the body that writes it, and a list of
the publisher's other publications under a heading that names the publisher."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from tests.test_pages_orgs import EVENT, _html_page, _reports, _text_page


@pytest.mark.parametrize(
    ("paragraph", "report"),
    [
        (
            "At this breakfast seminar the Institute presents its new report, NIAP Report\n"
            '2/2025, "The Bastion Reconsidered", together with a short summary for the press.',
            ("NIAP Report 2/2025", "2/2025"),  # a bare kind keeps its initials (docs/ingest.md)
        ),
        (
            "Retail prices have risen again. This seminar presents the findings of the Discussion\n"
            "Paper Series No. 2024-18, which estimates how the gains of the reform were shared.",
            ("Discussion Paper Series No. 2024-18", "2024-18"),
        ),
    ],
)
def test_a_publication_named_across_a_line_break_of_wrapped_running_text(
    paragraph: str, report: tuple[str, str]
) -> None:
    text = "Rice and Reform\n\n" + EVENT + paragraph + "\n"
    assert _reports(_text_page(text)) == [report]


def test_wrapped_lines_of_a_list_are_not_run_together() -> None:
    """List items are no running text: each names its own paper, none the event's."""
    text = (
        "Rice and Reform\n\n" + EVENT + "The seminar presents Policy Brief 3/2025 on fertiliser subsidies.\n\n"
        "Other PCDP publications\n"
        "Policy Notes No. 2024-07: Fertilizer Subsidies and Palay Yields\n"
        "Discussion Paper Series No. 2024-17: The Balik Probinsya Program Revisited\n"
    )
    assert _reports(_text_page(text)) == [("Policy Brief 3/2025", "3/2025")]


@pytest.mark.parametrize(
    "heading", ["OTHER PCDP PUBLICATIONS", "More Chatham House research", "Latest IISS papers", "Recent NIAP reports"]
)
def test_a_heading_naming_the_publisher_over_its_other_publications(heading: str) -> None:
    text = (
        "Rice and Reform\n\n" + EVENT + "The panel discusses Working Paper No. 12, released today.\n\n"
        f"{heading}\n"
        "Policy Notes No. 2024-07: Fertilizer Subsidies and Palay Yields\n"
        "Special Report #41: The Price of Reliability\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Join us in Parliament for the launch of Breathing Space: Air Quality and Children's Health in"
            " England's Cities, our new report with the parliamentary group.",
            "Breathing Space: Air Quality and Children's Health in England's Cities",
        ),
        (
            "Join the authors of the new special issue of the Journal of Coastal Governance (Volume 12, Issue 1),"
            " Managed Retreat in a Warming World: Law, Equity and Relocation, for an online launch.",
            "Managed Retreat in a Warming World: Law, Equity and Relocation",
        ),
        (
            'Copies of Helen\'s book, "The Moon and the Clock" (Oxford University Press, 2024), will be on sale.',
            "The Moon and the Clock",
        ),
        (
            "The Centre marks the release of Cities Under Water, its latest study of coastal towns.",
            "Cities Under Water",
        ),
        (
            "This event marks the launch of the report Europe After the Energy Shock, written by our fellows.",
            "Europe After the Energy Shock",
        ),
        (
            "Join us as we present the findings of our latest study, The Cost of Delay: Climate Adaptation in Cities.",
            "The Cost of Delay: Climate Adaptation in Cities",
        ),
        ('The discussion is based on the study "Cities at Risk" published in May.', "Cities at Risk"),
        ("Today we launch Cities Under Water, a new report on coastal towns.", "Cities Under Water"),
        ("The Centre presents Cities Under Water, its latest study of coastal towns.", "Cities Under Water"),
        (
            "The authors of the new special issue of Urban Studies (Vol. 61), Cities and Floods, present it.",
            "Cities and Floods",
        ),
    ],
)
def test_a_title_after_words_that_say_the_work_is_new_or_launched(sentence: str, title: str) -> None:
    text = "New Writing on Cities\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == [(title, None)]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("The authors present Policy Note 12 on fiscal rules.", ("Policy Note 12", "12")),
        ("The authors present CEPR Policy Insight 123 on fiscal rules.", ("Policy Insight 123", "123")),
        ("The authors present Policy Brief 24-3 on fiscal rules.", ("Policy Brief 24-3", "24-3")),
        ("The authors present IMF Working Paper WP/24/115 on debt.", ("Working Paper WP/24/115", "WP/24/115")),
        ("The authors present Discussion Paper DP19245 on debt.", ("Discussion Paper DP19245", "DP19245")),
        ("The event launches Policy Brief N° 45 on fiscal rules.", ("Policy Brief N° 45", "45")),
        ("The event launches Policy Report 17 on housing.", ("Policy Report 17", "17")),
    ],
)
def test_series_numbered_without_no_in_the_forms_publishers_use(sentence: str, report: tuple[str, str]) -> None:
    text = "Fiscal Rules\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == [report]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her book Credit Without Banks: Informal Finance in Latin America (Cambridge University Press, 2022)"
        " received the LACEA book award.",
        "Her previous books include Flax and Fire: Ulster's Textile Towns (2016).",
        "His new book, published by Penguin next spring, is about rivers.",
        "The launch of the Centre's new website is planned for the autumn.",
        "Her latest study, published in Nature, was widely cited.",
        "Our Annual Report 2023 is out now.",
    ],
)
def test_a_speakers_earlier_book_or_an_untitled_one_is_no_publication_of_the_event(sentence: str) -> None:
    text = "New Writing on Cities\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == []


def test_a_new_work_that_has_a_number_is_named_by_its_series_and_number_only() -> None:
    text = (
        "Beyond Pipelines\n\n" + EVENT + 'At this conference we present the launch of "Beyond Pipelines",'
        " our new study (FEF Study No. 48), and discuss what comes next.\n"
    )
    assert _reports(_text_page(text)) == [("FEF Study No. 48", "48")]


def _book_launch(title: str, tag: str = "Book launch", prose: str = "An evening of readings in the shop.") -> str:
    return (
        f"<html><body><main><p class='eyebrow'>{tag}</p><h1>{title}</h1>"
        "<p>Thursday, October 17, 2024, 7:00 PM - 8:30 PM EDT</p>"
        f"<p>Mile End Books, 5425 boulevard Saint-Laurent, Montreal</p><p>{prose}</p></main></body></html>"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Claire Dufour: The Salt Marsh Year",
        "The Salt Marsh Year by Claire Dufour",
        "Book launch: The Salt Marsh Year",
        "Report launch: The Salt Marsh Year",
    ],
)
def test_a_book_launch_naming_its_book_only_in_the_title(title: str) -> None:
    assert _reports(_html_page(_book_launch(title))) == [("The Salt Marsh Year", None)]


def test_a_launch_whose_title_names_the_work_after_the_word_launch() -> None:
    """'Launch: X' (set 31's 'Launch: Housing After the Boom') names the work launched."""
    assert _reports(_html_page(_book_launch("Launch: The Salt Marsh Year", tag="Events"))) == [
        ("The Salt Marsh Year", None)
    ]


def test_an_authors_talk_that_launches_no_book_has_no_publication() -> None:
    assert _reports(_html_page(_book_launch("Claire Dufour: The Salt Marsh Year", tag="Events"))) == []


def test_a_launch_of_an_unnamed_book_said_in_prose_takes_the_book_from_the_title() -> None:
    prose = "We're thrilled to celebrate the launch of Claire Dufour's new book with readings and conversation."
    assert _reports(_html_page(_book_launch("Claire Dufour: The Salt Marsh Year", tag="Events", prose=prose))) == [
        ("The Salt Marsh Year", None)
    ]


def test_a_book_launch_whose_title_names_no_book_has_no_publication() -> None:
    assert _reports(_html_page(_book_launch("An Evening with Niamh Keane"))) == []


def test_a_series_named_after_the_body_that_writes_it_keeps_the_bodys_first_word() -> None:
    text = (
        "Shared Waters\n\n" + EVENT + "Maria Ruiz, Co-Chair, Independent Task Force on Hemispheric Water Security\n\n"
        "The co-chairs discuss the findings of the Independent Task Force Report No. 81, Shared Waters.\n"
    )
    assert _reports(_text_page(text)) == [("Independent Task Force Report No. 81", "81")]


def test_a_publishers_name_before_its_series_is_still_left_out() -> None:
    text = (
        "Menzies Institute for Public Policy\n\nHousing and the Budget\n\n"
        + EVENT
        + "Read the background paper: Menzies Policy Report No. 12/2023.\n"
    )
    assert _reports(_text_page(text)) == [("Policy Report No. 12/2023", "12/2023")]


DATA = Path(__file__).parent / "data"
# set 33's fields at 0.9 or more after this work (title, dates, roles, organizers, sponsors and
# locality are below it, fields of the other ingest work)
SET_33_FIELDS = ("people", "affiliations", "reports", "job titles", "attendance")


def test_hold_out_set_33_meets_the_target_in_publications_people_and_affiliations() -> None:
    """Set 33 is below 0.9 in fields of the other ingest work, so test_every_field_meets_the_f1_target
    leaves it out; these fields meet the target and stay so."""
    scores = measure(DATA / "holdout-33" / "expected.yaml")
    assert {name: scores[name].f1 for name in SET_33_FIELDS if scores[name].f1 < 0.9} == {}


@pytest.mark.parametrize("number", [27, 29, 30, 32])
def test_the_later_hold_out_sets_publications_stay_right(number: int) -> None:
    """Sets left out of test_every_field_meets_the_f1_target: their publications all read right."""
    assert measure(DATA / f"holdout-{number}" / "expected.yaml")["reports"].f1 == 1.0
