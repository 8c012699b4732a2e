"""Related publications, third round (hold-out set 36): a site's lists of its other publications
told by the shape of their items, whatever the heading over them, and an earlier publication
of the series that the running text names beside the event's."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from tests.test_pages_orgs import EVENT, _html_page, _reports, _text_page

DATA = Path(__file__).parent / "data"
OWN = "The seminar presents Working Paper No. 12, released today, on rural credit and drought.\n\n"


@pytest.mark.parametrize("heading", ["Worth reading", "Most downloaded", "POPULAR NOW", "From the archive", ""])
def test_items_opening_with_a_publication_and_its_title_are_a_list_of_others(heading: str) -> None:
    """Whatever the heading (or none), lines that each open with a numbered publication and go
    on with its title are a list of the site's other publications."""
    text = (
        "Rain and Credit\n\n"
        + EVENT
        + OWN
        + (f"{heading}\n\n" if heading else "")
        + "Briefing Paper No. 18: Grain Reserves and the Lean Season\n\n"
        "» Research Report 2024/3: Mobile Money in Market Towns (12/05/2024)\n\n"
        "• GFI Occasional Paper No. 7 – Land Titles after the Reform\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


def test_a_publication_cited_after_its_title_is_a_list_item() -> None:
    """'Title in Title Case (XYZ Report No. 31, September 2024)': a catalogue's citation."""
    text = (
        "Rain and Credit\n\n" + EVENT + OWN + "OUR NEWEST TITLE\n"
        "Water Prices in the Big Cities (GFI Report No. 31,\nSeptember 2024) >> Download\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


def test_long_items_are_not_run_together_as_wrapped_running_text() -> None:
    """Items long enough and lower-case enough to pass for wrapped prose still stand alone: the
    second and third are not read as the words that follow the first."""
    text = (
        "Rain and Credit\n\n" + EVENT + OWN + "Read also\n\n"
        "GFI Commentary No. 18/2025: What the new grain levy means for small farmers\n"
        "GFI Policy Paper No. 2/2025: The fiscal stance of the coastal provinces in 2025\n"
        "Report: Twenty Years of Microfinance in the Delta (2024)\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


def test_a_kind_and_title_line_among_items_is_one_of_them_but_alone_names_the_events() -> None:
    listed = "Rain and Credit\n\n" + EVENT + OWN + "Policy Brief No. 4: Seed Banks\nReport: Drought and Debt\n"
    alone = "Rain and Credit\n\n" + EVENT + "Report: Drought and Debt in the Delta\n"
    assert _reports(_text_page(listed)) == [("Working Paper No. 12", "12")]
    assert _reports(_text_page(alone)) == [("Drought and Debt in the Delta", None)]


def test_the_events_title_may_read_like_a_list_item() -> None:
    html = (
        "<html><body><main><h1>Launch of Research Report No. 47: Urban Jobs in the Highlands</h1>"
        "<p>Thursday 7 November 2024, 9:30 am - 12:30 pm (East Africa Time)</p>"
        "<p>Where: Conference Hall, Addis Ababa</p></main>"
        "<div class='sidebar'><h3>Most downloaded</h3><ul>"
        "<li>Research Report No. 45: Food Price Inflation and Household Welfare</li>"
        "<li>Launch of Working Paper No. 109: Coffee Export Earnings</li></ul></div></body></html>"
    )
    assert _reports(_html_page(html)) == [("Research Report No. 47", "47")]


def test_a_card_under_a_heading_naming_one_publication_is_the_events() -> None:
    """'Related publication' over one card names the event's own; 'Related publications' (a
    list heading) and 'Our latest report' (the site's) do not."""
    own = "Rain and Credit\n\n" + EVENT + "Related Publication\n\nSpecial Report No. 12: Drought and Debt\n"
    assert _reports(_text_page(own)) == [("Special Report No. 12", "12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The paper follows Working Paper No. 3 on grain reserves, released in June.",
        "It is a sequel to Working Paper No. 3, which mapped the lenders.",
        "Unlike the Institute's previous Working Paper No. 3, it covers the whole country.",
    ],
)
def test_an_earlier_paper_of_the_series_named_beside_the_events_is_not_one(sentence: str) -> None:
    text = "Rain and Credit\n\n" + EVENT + OWN.replace("\n\n", " ") + sentence + "\n"
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The discussion draws on Working Paper No. 3, released today.",
        "The seminar follows the release of Working Paper No. 3 on grain reserves.",
    ],
)
def test_a_paper_the_event_draws_on_or_follows_is_still_the_events(sentence: str) -> None:
    """Only a work that follows another sets that one aside, not an event that follows a release."""
    text = "Rain and Credit\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == [("Working Paper No. 3", "3")]


def test_a_wrapped_sentence_goes_on_through_a_line_that_is_not_prose_by_itself() -> None:
    """'… 2018-2024". The paper' / 'follows Working Paper No. 3': the line a paragraph went on in
    goes on too, so the sentence's subject is read with the earlier paper it names."""
    text = (
        "Rain and Credit\n\n"
        + EVENT
        + 'The seminar releases Working Paper No. 12, "Rural Credit in the Delta Provinces,\n'
        'Harvest Loans and Grain Prices: Evidence from 2018-2024". The paper\n'
        "follows Working Paper No. 3 on grain reserves, released in June.\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


def test_a_list_item_is_not_run_into_the_paragraph_above_it() -> None:
    """A paragraph whose last line has no full stop, and a list right under it: the item is a
    line of its own, not the words that end the paragraph."""
    text = (
        "Rain and Credit\n\n" + EVENT + "The seminar presents Working Paper No. 12 to the delta's lenders and farmers\n"
        "Briefing Paper No. 18: Grain Reserves and the Lean Season\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


@pytest.mark.parametrize(
    "imprint", ["(Singapore: Straits University Press, 2024)", "(Routledge, 2021)", "(Lisboa: Almedina, 2020)"]
)
def test_a_book_launched_is_told_by_its_imprint(imprint: str) -> None:
    """'the launch of Title (Place: Publisher, Year) by Dr X': a book cited as books are."""
    text = (
        "Harbours of the South\n\n" + EVENT + "The Centre is pleased to invite you to the launch of Harbours of the "
        f"South: Ports and Power in the Malacca Strait {imprint} by Dr. Rizal Hakim, followed by a discussion.\n"
    )
    assert _reports(_text_page(text)) == [("Harbours of the South: Ports and Power in the Malacca Strait", None)]


def test_a_journals_dossier_presented_is_the_events_publication() -> None:
    """A journal's 'dossier' (a themed section, as Spanish, Portuguese and French journals name
    it) presented at the event is named by its title, not by the event's heading."""
    html = (
        "<html><body><main><h1>Launch: Dossier on River Rights</h1>"
        "<p>February 26, 2025 @ 5:00 pm - 7:00 pm -05</p>"
        "<p>The editors invite you to the presentation of the dossier <strong>\u201cRíos y derechos: River Rights "
        "in the Andes\u201d</strong>, published in volume 18, issue 1 (2025) of the journal.</p></main></body></html>"
    )
    assert _reports(_html_page(html)) == [("Ríos y derechos: River Rights in the Andes", None)]


@pytest.mark.parametrize("number", [34, 35, 36])
def test_the_newest_hold_out_sets_publications_read_right(number: int) -> None:
    """Sets left out of test_every_field_meets_the_f1_target (fields of the other ingest work are
    below 0.9): their publications all read right, set 36's sidebars included."""
    assert measure(DATA / f"holdout-{number}" / "expected.yaml")["reports"].f1 == 1.0


def test_kinds_of_content_side_by_side_are_a_list_whatever_the_heading() -> None:
    """'Report: X' / 'Podcast: Y' with no heading that says 'related': the site's other content;
    'Report: X' beside the event's own fields ('Venue: …') still names the event's."""
    listed = (
        "Rain and Credit\n\n" + EVENT + OWN + "Report: Drought and Debt in the Delta\nPodcast: Counting the Harvest\n"
    )
    fields = "Rain and Credit\n\n" + EVENT + "Report: Drought and Debt in the Delta\nVenue: Town Hall, London\n"
    assert _reports(_text_page(listed)) == [("Working Paper No. 12", "12")]
    assert _reports(_text_page(fields)) == [("Drought and Debt in the Delta", None)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "We host the launch of ‘Harbours of the South: Ports and Power’s Reach’, a report by the Trust.",
            "Harbours of the South: Ports and Power’s Reach",  # the page's apostrophe kept, as the title is printed
        ),
        ("The Trust will launch its new report 'Harbours of the South' at this event.", "Harbours of the South"),
        ("Join us for the launch of ‘Harbours of the South’, the Trust's new report.", "Harbours of the South"),
    ],
)
def test_a_title_in_single_quotes_is_read_whole(sentence: str, title: str) -> None:
    """British and European pages quote titles with single quotes; an apostrophe inside the
    title (a quote a letter follows) does not close it."""
    text = "Harbours of the South\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == [(title, None)]


def test_a_policy_brief_launched_is_named_by_its_title() -> None:
    text = "Harbours of the South\n\n" + EVENT + "The launch of the Trust's policy brief “Harbours of the South”.\n"
    assert _reports(_text_page(text)) == [("Harbours of the South", None)]


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        (
            "Celebrate the publication of Harbours of the South: Ports and Power by Jane Doe.",
            [("Harbours of the South: Ports and Power", None)],
        ),
        # a presentation by a speaker is no work's title and author
        ("10:15 Presentation of Preliminary Results by Jane Doe", []),
    ],
)
def test_a_work_launched_with_its_authors_name_after_it(sentence: str, reports: list[tuple[str, None]]) -> None:
    text = "Harbours of the South\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == reports


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("The seminar presents Working Paper no 12 on harbour finance in the region.", ("Working Paper no 12", "12")),
        ("The seminar presents Policy Paper nr. 7 on harbour finance in the region.", ("Policy Paper nr. 7", "7")),
        ("The seminar presents the Policy Report n. 12 on harbour finance.", ("Policy Report n. 12", "12")),
    ],
)
def test_a_number_marked_in_lower_case(sentence: str, report: tuple[str, str]) -> None:
    """'no 12', 'nr. 7' (Dutch, German), 'n. 12' (Italian) mark a number as 'No. 12' does."""
    text = "Harbours of the South\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == [report]


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("She is the author of Working Paper No. 9 on ports and of several books.", []),
        ("Dr Doe previously led the launch of the report 'Ports in Peril' at the United Nations.", []),
        # the authors of the event's own paper present it
        ("The authors of Working Paper No. 9 will present their findings.", [("Working Paper No. 9", "9")]),
    ],
)
def test_a_speakers_own_earlier_work_in_a_bio_is_not_the_events(
    sentence: str, reports: list[tuple[str, str | None]]
) -> None:
    text = "Harbours of the South\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == reports


@pytest.mark.parametrize("heading", ["Book launch — The Salt Marsh Year", "Book Launch | The Salt Marsh Year"])
def test_a_book_named_after_a_launch_type_the_title_leaves_out(heading: str) -> None:
    """'Book launch — X': the title drops the type as a category label, the book is still X."""
    record = _text_page(heading + "\n\n" + EVENT + "Join us for an evening with the author.\n")
    assert (record.name, _reports(record)) == ("The Salt Marsh Year", [("The Salt Marsh Year", None)])
