"""Titles in forms hold-out sets 64, 65 and 68 showed: a brand's or series' name before the title
in the embedded name and the <title> ('RFF Live | X') over an h1 that prints the title alone; a
quoted title whose comma is no job title's; a site's name with its seat ('X Institute – Tirana');
a menu written one item a line that ends in a language switcher and 'Search'; a text title with
a question mark in the middle, under the date line."""

from __future__ import annotations

from kg.pages import parse_page
from kg.pages.agreement import TitleSignals, agreed_title, is_organisation
from kg.pages.lines import vertical_menus
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


def test_a_sites_name_with_its_seat_is_an_organisation() -> None:
    assert is_organisation("Danube Policy Centre – Novi Sad")
    assert not is_organisation("Rivers and Dams – Accra")
    page = (
        "Danube Policy Centre – Novi Sad\n\n"
        'Launch of the report "Rivers That Divide: Dams, Fisheries and Trust on the Danube"\n\n'
        "Danube Policy Centre · 2 March 2026 · 3 min read\n\n"
        "Date: 10 March 2026, 10:00 – 12:00\nVenue: Hotel Park, Novosadskog sajma 35, Novi Sad\n\n"
        "The Centre presents its new report on the river's dams and the communities that live by them.\n"
    )
    assert _title(page) == 'Launch of the report "Rivers That Divide: Dams, Fisheries and Trust on the Danube"'


def test_a_menu_one_item_a_line_ending_in_a_language_switcher_and_search_is_chrome() -> None:
    menu = ["Skip to content", "Oder Studies Institute", "About", "Research", "Publications", "Events"]
    menu += ["Experts", "Contact", "DE | EN", "Search"]
    assert set(range(2, 10)) <= vertical_menus(menu)
    page = "\n".join(menu) + (
        "\n\nEvents / Presentations\n\nPresentation\n"
        "River Freight after the Floods: What Germany and Poland Should Build Next\n\n"
        "Tuesday, 14 April 2026, 10:00–11:30 (CEST)\nOder Studies Institute, Lindenstraße 4, 15230 Frankfurt (Oder)\n\n"
        "The Oder Studies Institute invites you to the presentation of its new paper on the river's freight.\n"
    )
    assert _title(page) == "River Freight after the Floods: What Germany and Poland Should Build Next"


def test_a_title_with_a_question_mark_in_the_middle_under_the_date_is_no_running_text() -> None:
    page = (
        "Harbour Studies Centre\n\nEvents\n\nTuesday, 3 March 2026, 14:00–15:30\n\n"
        "Who Pays for the Port? Cities, shipping lines and the cost of greener harbours\n\n"
        "Harbour Studies Centre, 12 Quay Street, Bristol BS1 4DJ\n\n"
        "Ports must cut their emissions by half before 2035. Who should carry the cost of shore power, "
        "cleaner fuels and new cranes? Our panel discusses the options.\n"
    )
    assert _title(page) == "Who Pays for the Port? Cities, shipping lines and the cost of greener harbours"
