"""Title, date, organizer and report forms that hold-out set 125 (Saipan, Yaren, St. John's, Pago Pago,
St Peter Port, Kolonia, Cockburn Town and Road Town pages) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import split_org_names
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_row_of_tags_in_capitals_over_a_quoted_title_is_a_kicker_not_the_titles_first_part() -> None:
    text = (
        "Lantern Club\n\nHome » Evenings » Midsummer 2024\n\nLANTERN EVENINGS · MIDSUMMER\n\n"
        '"Lamps, Tides and Harbour Songs: A Midsummer Night on the Quay"\n\n'
        "Friday 21st June 2024, 9.00pm – 11.30pm\nThe Old Quay, Boston\n\nSongs and readings by the water.\n"
    )
    assert _text_page(text).name == "Lamps, Tides and Harbour Songs: A Midsummer Night on the Quay"


@pytest.mark.parametrize(
    "listing",
    [
        "Earlier Lectures\n- 2023 – “Reef Maps” (Field Note No. 3)\n- 2022 – “Old Harbours” (given 9 May 2022)\n",
        "Related news\n- Field Note No. 3 released: Reef Maps (2 May 2023)\n- Volunteers trained (4 April 2023)\n",
        "Also from the Club: Field Note No. 3, “Reef Maps” (2023)\n",
    ],
)
def test_a_list_of_the_sites_other_lectures_news_or_notes_names_no_report_of_the_event(listing: str) -> None:
    text = (
        "Lantern Club\n\nReef Talk 2024\n\nCounting the Reef: Twenty Years of Surveys\n\n"
        "Friday 21st June 2024, 7.00pm – 8.30pm\nHarbour Hall, 12 Long Wharf, Boston\n\n"
        "Dr Ana Ruiz presents the Club's new Field Note No. 4, “Counting the Reef”.\n\n"
        f"{listing}\n© Lantern Club 2024\n"
    )
    assert [(r.name, r.report_number) for r in _text_page(text).reports] == [("Field Note No. 4", "4")]


def test_a_day_given_only_as_a_weekday_is_the_one_add_to_calendar_links_with_its_start_and_end() -> None:
    html = (
        "<html><head><title>Reef Talk 2024 | Lantern Club</title></head><body><main>"
        "<h1>Counting the Reef: Twenty Years of Surveys</h1>"
        "<p>Join us this Friday, from 7 pm, at Harbour Hall, Boston, for the Club's reef talk.</p>"
        '<p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Reef+Talk'
        '&amp;dates=20240621T190000/20240621T203000&amp;ctz=America/New_York">Add to Google Calendar</a></p>'
        "<h3>Earlier Talks</h3><ul><li>2023 – “Reef Maps”</li></ul>"
        "<p>2022 – “Old Harbours” (talk given on 9 May 2022)</p></main></body></html>"
    )
    record = _html_page(html)
    assert (record.start, record.end) == ("2024-06-21T19:00:00-04:00", "2024-06-21T20:30:00-04:00")


def test_the_institute_on_a_text_page_is_the_one_its_masthead_names_in_full() -> None:
    text = (
        "Harbour Institute for Public Policy\nEvidence for the islands\n\nResearch | Events | About\n\n"
        "EVENTS · WEBINAR\n\nPaying for the Port: Harbour Finances since 2017\n\n"
        "Wednesday, 9 April 2025\n12 noon – 1:15 pm AST (GMT-4)\nOnline via Zoom Webinar.\n\n"
        "The webinar is presented by the Institute's Ports Programme.\n\n"
        "Welcome\nDr. Ana Ruiz, Director of the Institute\n\n"
        "Presentation of the findings\nby Mr. Tom Hale, Research Analyst at the Institute\n"
    )
    people = _people(_text_page(text))
    assert ("Ana Ruiz", "introductory-remarks", "Harbour Institute for Public Policy", "Director") in people
    assert ("Tom Hale", "presenter", "Harbour Institute for Public Policy", "Research Analyst") in people


@pytest.mark.parametrize(
    "post",
    ["Minister of Youth, Sports and Community Services", "Chair of the Committee for Health, Housing & Planning"],
)
def test_a_post_listing_its_portfolios_keeps_the_last_one_whole(post: str) -> None:
    assert [(e.name, e.affiliation, e.job_title) for e in parse_entries(f"Hon. Ana Ruiz, {post}")] == [
        ("Ana Ruiz", None, post)
    ]


def test_a_societys_lecture_names_its_speaker_of_the_season_its_chair_and_its_honorary_officer() -> None:
    text = (
        "Harbour History Society\n\nAUTUMN LECTURE 2024\n\nWrecks and Salvors of the Outer Reef\n\n"
        "Thursday 10th October 2024\n7.30pm – 9.00pm\nThe Old Custom House, Long Wharf, Boston\n\n"
        "Our speaker this autumn is Dr Ana Ruiz, Lecturer in Maritime History at Tufts University, who has "
        "read the salvage court papers.\n\n"
        "The Society's President, Mrs Joan Hale, will take the chair, and the vote of thanks will be proposed "
        "by the Society's Hon. Treasurer, Mr Tom Webb.\n"
    )
    people = _people(_text_page(text))
    assert ("Ana Ruiz", "speaker", "Tufts University", "Lecturer in Maritime History") in people
    assert ("Joan Hale", "chair", "Harbour History Society", "President") in people
    assert ("Tom Webb", "closing-remarks", "Harbour History Society", "Hon. Treasurer") in people


@pytest.mark.parametrize(
    "line",
    [
        "For more information call Ms. Joan Hale (Secretary) on 617-555-0142 or email info@harbour.example.org.",
        "Questions about the talk? Email Ms. Joan Hale, Secretary: talks@harbour.example.org",
    ],
)
def test_a_sentence_telling_whom_to_call_or_email_names_the_contact(line: str) -> None:
    text = (
        "Harbour History Society\n\nWrecks and Salvors of the Outer Reef\n\n"
        "Thursday 10th October 2024\n7.30pm – 9.00pm\nThe Old Custom House, Long Wharf, Boston\n\n"
        f"Dr Ana Ruiz tells what the salvage court papers say.\n\n{line}\n"
    )
    assert ("Joan Hale", "contact", None, "Secretary") in _people(_text_page(text))


def test_a_town_in_a_us_territory_written_with_its_postal_code_is_the_locality() -> None:
    html = (
        "<html><head><title>Events - Reef Trust</title></head><body><main><h1>Events</h1>"
        "<h2>Counting the Reef: Twenty Years of Surveys</h2>"
        "<table><tr><td>Date:</td><td>Friday, June 21, 2024</td></tr><tr><td>Time:</td><td>6:00 PM - 8:00 PM</td></tr>"
        "<tr><td>Location:</td><td>Harbour Hall<br>Tafuna, AS 96799</td></tr></table>"
        "<p>Volunteers of the Reef Watch tell what twenty years of counting have shown.</p></main></body></html>"
    )
    record = _html_page(html)
    assert record.location is not None and record.location.locality == "Tafuna"


def test_a_stream_the_text_names_beside_an_embedded_venue_with_an_address_is_a_hybrid_event() -> None:
    html = (
        "<html><head><title>Reef Day 2024</title><script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "Event", "name": "Reef Day 2024",'
        ' "startDate": "2024-06-21T09:00:00-04:00", "endDate": "2024-06-21T16:00:00-04:00",'
        ' "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",'
        ' "location": {"@type": "Place", "name": "Harbour Hall",'
        ' "address": {"@type": "PostalAddress", "streetAddress": "12 Long Wharf", "addressLocality": "Boston"}}}'
        "</script></head><body><main><h1>Reef Day 2024</h1><p>21 June 2024</p>"
        "<p>A day on the reef's twenty years of surveys. The morning will also be streamed on our YouTube channel.</p>"
        "</main></body></html>"
    )
    assert _html_page(html).attendance_mode == "mixed"


def test_who_leads_the_prayers_speaks() -> None:
    text = (
        "Harbour History Society\n\nMidnight on the Quay\n\nFriday 31st July 2026, 10.00pm – 12.30am\n"
        "The Old Quay, Boston\n\nWe keep watch on the quay until the bells. The night opens with evening "
        "prayers led by the Rev. Ana Ruiz, Rector of Christ Church Harbourside.\n"
    )
    assert ("Ana Ruiz", "speaker", "Christ Church Harbourside", "Rector") in _people(_text_page(text))


def test_a_subtitle_a_site_builder_marks_in_a_data_attribute_completes_the_heading() -> None:
    html = (
        "<html><head><title>Events | Reef Trust</title></head><body><main>"
        '<p data-ux="Text">PUBLIC FORUM</p><h1 data-ux="SectionHeading"><span>Reef Watch at Twenty</span></h1>'
        '<h4 data-ux="SectionSubHeading"><span>What Two Decades of Counting Have Shown</span></h4>'
        "<p>Friday, June 21, 2024<br>6:00 PM – 8:00 PM</p><p>Harbour Hall, 12 Long Wharf, Boston</p>"
        "<p>Volunteers of the Reef Watch tell what twenty years of counting have shown.</p></main></body></html>"
    )
    assert _html_page(html).name == "Reef Watch at Twenty: What Two Decades of Counting Have Shown"


def test_a_talk_given_by_a_person_and_drawing_on_a_paper_ends_her_post_at_the_verb() -> None:
    entries = cued_entries(
        "The talk will be given by Dr. Ana Ruiz, Lecturer at the Club, and draws on the Club's new Field Note No. 4."
    )
    assert [(e.name, e.role, e.affiliation, e.job_title) for e in entries] == [
        ("Ana Ruiz", "speaker", "Club", "Lecturer")
    ]


@pytest.mark.parametrize("body", ["Harbourside Methodist Church", "Eastern Reef Insurance Pool"])
def test_a_person_then_a_body_of_three_words_ending_in_its_kind_is_one_person_at_that_body(body: str) -> None:
    assert [(e.name, e.affiliation) for e in parse_entries(f"Rev. Tom Hale, {body}")] == [("Tom Hale", body)]


def test_a_governments_unit_in_its_ministry_hosts_as_the_unit_whose_portfolio_lists_subjects_with_commas() -> None:
    text = (
        "Reef Trust\n\nCounting the Reef\n\nTuesday 14 January 2025, 9.00am – 1.00pm\nHarbour Hall, Boston\n\n"
        "The forum is co-hosted by the Reef Trust and the Department of Fisheries in the Ministry of Agriculture, "
        "Lands and Marine Resources.\n"
    )
    assert _text_page(text).organizers[-1].name == "Department of Fisheries"


def test_a_friends_of_society_joined_by_and_is_a_body_of_its_own() -> None:
    assert split_org_names("the Harbour Heritage Trust and the Friends of the Old Quay") == [
        "Harbour Heritage Trust",
        "Friends of the Old Quay",
    ]


def test_a_programme_items_person_then_a_body_ending_in_its_kind_adds_no_second_person() -> None:
    text = (
        "Reef Trust\n\nCounting the Reef\n\nTuesday 14 January 2025\n9.00am – 1.00pm\nHarbour Hall, Boston\n\n"
        "Programme\n9.00am – Opening prayer – Rev. Tom Hale, Harbourside Methodist Church\n"
        "12.15pm – Closing remarks – Ana Ruiz, Eastern Reef Insurance Pool\n"
    )
    assert {name for name, *_ in _people(_text_page(text))} == {"Tom Hale", "Ana Ruiz"}


def test_a_post_of_the_foundation_is_at_the_one_foundation_the_page_names() -> None:
    text = (
        "Harbour Heritage Foundation\n\nReef Talks #4\n\nCounting the Reef\n\nFriday 21 June 2024\n6:00 PM - 8:00 PM\n"
        "Harbour Hall, Boston\n\nThe talk is hosted by the Harbour Heritage Foundation.\n\nProgram\n"
        "6:00 PM  Welcome – Joan Hale, Executive Director of the Foundation\n6:10 PM  Talk – Dr. Ana Ruiz, Reef Trust\n"
    )
    assert ("Joan Hale", "introductory-remarks", "Harbour Heritage Foundation", "Executive Director") in _people(
        _text_page(text)
    )


def test_a_second_presenter_after_a_relative_clause_about_the_first_is_cued_too() -> None:
    entries = cued_entries(
        "The brief will be presented by Ms. Ana Ruiz, who leads the Club's Reef Programme, and Mr. Tom Webb, "
        "Research Analyst at the Club."
    )
    assert [(e.name, e.role) for e in entries] == [("Ana Ruiz", "presenter"), ("Tom Webb", "presenter")]


def test_hold_out_set_125_meets_the_target_in_start_end_people_roles_affiliations_and_reports() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-125" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 125): the title of the Tito page, whose name is the series' edition
    # with the theme as the description's heading; locality (towns under the gazetteer's 15,000 people) and
    # attendance (a radio broadcast beside a venue only a sentence names)
    fields = ("start", "end", "people", "roles", "affiliations", "reports", "job titles", "organizers")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 >= 0.875 and scores["sponsors"].f1 >= 0.89


def test_a_programme_line_launching_a_work_presented_by_its_two_authors_names_both() -> None:
    text = (
        "Reef Trust\n\nCounting the Reef\n\nTuesday 14 January 2025\n9.00am – 1.00pm\nHarbour Hall, Boston\n\n"
        "Programme\n9.00am – Welcome – Dr. Joan Hale, Director, Reef Trust\n"
        "9.30am – Launch of RT Field Note 2025/01, Counting the Reef: Twenty Years of Surveys, presented by its "
        "authors Dr. Ana Ruiz, Senior Ecologist, and Tom Webb, Data Officer, Reef Trust\n"
    )
    people = _people(_text_page(text))
    assert {("Ana Ruiz", "presenter"), ("Tom Webb", "presenter")} <= {(name, role) for name, role, *_ in people}
