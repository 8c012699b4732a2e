"""Related publications, second round (hold-out set 33): names a text dump wrapped across lines,
titles written without quotes after the words that say the work is new or launched, a book
named only in the event's title, a series named after the body that writes it, and a list of
the publisher's other publications under a heading that names the publisher."""

from __future__ import annotations

import pytest

from tests.test_pages_orgs import EVENT, _reports, _text_page


@pytest.mark.parametrize(
    ("paragraph", "report"),
    [
        (
            "At this breakfast seminar the Institute presents its new report, NIAP Report\n"
            '2/2025, "The Bastion Reconsidered", together with a short summary for the press.',
            ("Report 2/2025", "2/2025"),
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
