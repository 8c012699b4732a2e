"""Titles in forms hold-out sets 64, 65 and 68 showed: a brand's or series' name before the title
in the embedded name and the <title> ('RFF Live | X') over an h1 that prints the title alone; a
quoted title whose comma is no job title's; a site's name with its seat ('X Institute – Tirana');
a menu written one item a line that ends in a language switcher and 'Search'; a text title with
a question mark in the middle, under the date line."""

from __future__ import annotations

from kg.pages import parse_page
from kg.pages.agreement import TitleSignals, agreed_title
from kg.pages.title import is_candidate


def _title(text: str) -> str | None:
    return parse_page(text.encode(), "page.txt").record.name


def test_a_brands_name_before_the_title_gives_way_to_the_h1_that_leaves_it_out() -> None:
    title = "Shipping Emissions and the Price of Carbon: Who Pays?"
    signals = TitleSignals(
        texts=[
            ("h1", title),
            ("head", f"Harbour Forum Live | {title}"),
            ("head", f"Harbour Forum Live | {title} | Institute for Maritime Studies"),
            ("schema", f"Harbour Forum Live | {title}"),
        ],
        site_names=["Institute for Maritime Studies"],
    )
    assert agreed_title(signals) == title


def test_a_comma_inside_a_quoted_title_is_no_job_titles_comma() -> None:
    # 'The Minister' reads as a job title before the comma, and 'Parliament' as an employer after it
    assert is_candidate('Presentation of the book "The Minister: Power, Parliament and the Press"')
