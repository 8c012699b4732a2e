"""Title and date forms that hold-out set 117 (Stanley, Iqaluit, George Town, Avarua, Yellowknife,
St. George's, Lerwick and Koror pages) showed the ingester missing, one test per form. Each page here
is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.agreement import agreed_title, is_series
from kg.pages.html import read_html
from kg.pages.lines import is_chrome, is_when_line
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries, speaking_subjects
from tests.test_pages_unseen import _html_page, _text_page


def test_a_body_class_naming_its_footers_layout_does_not_make_the_whole_page_its_footer() -> None:
    # a theme's '<body class="sticky-footer">': were the body the footer, every text it repeats (the h1
    # too) would read as the site's name, and no source would be left to hold the title
    html = (
        "<html><head><title>Lichens of the Long Beach | Autumn Talks | Harbour Naturalists</title>"
        '<meta property="og:title" content="Autumn Talk – Dr Ana Ruiz"></head>'
        '<body class="header-fixed sticky-footer"><div class="event">'
        '<p class="event-kicker">Autumn Talks 2025 · No. 2</p>'
        "<h1>Lichens of the Long Beach</h1>"
        "<p>Tuesday 14th October 2025</p><p>7.30pm – 9pm</p>"
        "<p>Harbour Hall, 3 Quay Road, Tofino</p>"
        "<p>Dr Ana Ruiz, a botanist, shows what grows on the drift logs of the beach.</p></div>"
        '<section id="footer"><p>Harbour Naturalists · 3 Quay Road, Tofino</p></section></body></html>'
    )
    signals = read_html(html, "page.html", None).signals
    assert "Lichens" not in signals.footer and "Quay Road" in signals.footer
    assert agreed_title(signals) == "Lichens of the Long Beach"


def test_a_static_sites_post_date_in_a_bem_meta_box_is_not_the_events_date() -> None:
    # Publii and other static themes name the post's byline box 'post__meta', its date 'post__date'
    html = (
        "<html><head><title>Reef Futures: A Forum</title></head><body><main><article>"
        '<div class="hero"><div class="post__meta"><time datetime="2025-05-02T10:00" class="post__date">May 2, 2025'
        '</time> &middot; <a href="/tags/events/" class="post__tag">Events</a></div><h1>Reef Futures: A Forum</h1>'
        '<div class="post__author">by <a href="/authors/mere-vula/">Mere Vula</a></div></div>'
        "<div><p><strong>Thursday 12 &amp; Friday 13 June 2025<br>9.00am – 3.00pm each day<br>Lagoon Hall, Nadi"
        "</strong></p><p>Dr Mere Vula, a reef ecologist, opens the day.</p></div></article></main></body></html>"
    )
    record = _html_page(html)
    assert (record.start, record.end) == ("2025-06-12T09:00:00+12:00", "2025-06-13T15:00:00+12:00")


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Sixty Years of Self-Rule: A Symposium", False),
        ("Salt and Stone: A Public Lecture", False),
        ("Prairie Voices: A Lecture Series", True),
        ("Annual Kessler Lecture 2024", True),
    ],
)
def test_a_title_followed_by_its_kind_with_an_article_is_one_event_not_a_series(text: str, series: bool) -> None:
    assert is_series(text) is series


def test_a_symposium_titled_with_its_kind_after_a_colon_is_not_joined_to_a_programme_days_heading() -> None:
    # a series' heading takes the lecture's own title from the headings under it: not this event's
    html = (
        "<html><head><title>Sixty Years of Self-Rule: A Symposium - Bay Research Centre</title></head>"
        "<body><main><article><h1>Sixty Years of Self-Rule: A Symposium</h1>"
        "<p>Monday 3 & Tuesday 4 March 2025<br>9.00am – 4.00pm each day<br>Town Hall, 1 Main Road, Apia</p>"
        "<h2>Programme</h2><h3>Monday 3 March – The treaty then</h3><p>9.00am Welcome</p>"
        "<h3>Tuesday 4 March – The treaty now</h3><p>9.00am Keynote</p></article></main></body></html>"
    )
    assert _html_page(html).name == "Sixty Years of Self-Rule: A Symposium"


_LISTING = (
    "<html><head><title>Calendar • Springfield, OR • CivicEngage</title></head><body>"
    '<div class="breadCrumbs"><a href="/">Home</a> › <a href="/calendar.aspx">Calendar</a></div>'
    "<h1>Calendar</h1><p>Showing 1 result</p>"
    "<h2><span>Parks &amp; Recreation</span></h2><ol><li>{items}</li></ol></body></html>"
)
_ITEM = (
    '<h3><a href="/Calendar.aspx?EID={n}">{title}</a></h3>'
    '<div class="date">{date}, 6:00 PM - 8:00 PM</div>'
    "<p>Riverside Pavilion, 40 Mill Street, Springfield</p>"
    "<p>Residents are invited to comment on the plan with the city's planners.</p>"
)


def test_a_listing_of_one_event_under_a_generic_heading_is_titled_by_its_items_linked_heading() -> None:
    item = _ITEM.format(n=1, title="RIVER TRAIL MASTER PLAN: PUBLIC MEETING", date="April 9, 2025")
    assert _html_page(_LISTING.format(items=item)).name == "RIVER TRAIL MASTER PLAN: PUBLIC MEETING"


def test_a_listing_of_several_events_names_none_of_them_the_pages_title() -> None:
    items = "".join(
        _ITEM.format(n=n, title=title, date=day)
        for n, (title, day) in enumerate(
            (("River Trail Master Plan: Public Meeting", "April 9, 2025"), ("Arbor Day Planting", "April 25, 2025"))
        )
    )
    assert _html_page(_LISTING.format(items=items)).name not in (
        "River Trail Master Plan: Public Meeting",
        "Arbor Day Planting",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Showing 1 event",
        "Showing 1 result for “harbour”",
        "1–10 of 24 events",
        "3 events found",
        "Filter: All categories ▾   All months ▾",
        "Topic ▼  Month ▼  Search",
    ],
)
def test_a_listings_count_and_its_filter_menus_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["100 Events That Shaped the Harbour", "Showing the Way: Lighthouses of the Coast"])
def test_a_title_with_a_number_or_showing_is_no_count(line: str) -> None:
    assert not is_chrome(line)


def test_a_listing_page_of_one_event_as_text_is_titled_by_the_event_not_its_count_or_filters() -> None:
    text = (
        "Events – Lagoon Policy Centre\n\nLAGOON POLICY CENTRE\n\nHome   About   Events   Contact\n\nEvents\n\n"
        "Upcoming  |  Past\n\nFilter: All topics ▾   All months ▾\n\nShowing 1 event\n\nMAR\n14\nFRI\n\n"
        "Public Forum\n\n1 March 1979: The Lagoon Charter at Forty-Five\n\n"
        "Friday, March 14, 2025 · from 6pm\nCommunity Hall, Majuro\n\n"
        "The centre invites the community to look back on the charter.\n\n"
        "More info: Jon Kabua, Outreach Officer\n"
    )
    assert _text_page(text).name == "1 March 1979: The Lagoon Charter at Forty-Five"


def test_a_symposiums_theme_line_is_not_joined_to_its_heading() -> None:
    # a named lecture's 'Theme:' line completes it (sets 73-86); a symposium's or forum's does not (set 100)
    text = (
        "Coastal Research Symposium 2025 - Bay College\n\nBay College\nPrograms   Research   About\n\n"
        "NEWS & EVENTS\n\nCoastal Research Symposium 2025\nTheme: Knowledge That Stays on the Coast\n\n"
        "Dates: October 7–9, 2025\nTime: 8:30 a.m. – 4:30 p.m. PT\nLocation: Bay College, 12 Shore Road, Nanaimo\n\n"
        "Researchers and communities meet to share what coastal research found.\n"
    )
    assert _text_page(text).name == "Coastal Research Symposium 2025"


def test_a_named_lectures_theme_line_still_joins_it() -> None:
    text = (
        "Bay College\nPrograms   Research   About\n\n"
        "The 5th Annual Harbour Memorial Lecture\nTheme: Ports, People and Power\n\n"
        "Date: Thursday, October 9, 2025\nTime: 6:00 p.m. – 7:30 p.m. PT\n"
        "Location: Bay College, 12 Shore Road, Nanaimo\n\n"
        "The college invites the public to its annual lecture.\n"
    )
    assert _text_page(text).name == "The 5th Annual Harbour Memorial Lecture: Ports, People and Power"


@pytest.mark.parametrize("line", ["10pm – 1am (into Sunday morning)", "11.30pm – 2am (next day)"])
def test_a_range_past_midnight_with_an_aside_is_a_time_line(line: str) -> None:
    assert is_when_line(line)


def test_a_range_past_midnight_under_the_date_ends_on_the_next_day() -> None:
    # the programme under it runs 22.00 … 01.00: its earliest time is not the start, nor its latest the end
    text = (
        "Night Sky Club\n\nHome | Events | Join\n\nStars Over the Harbour\n\nSaturday 14 February 2026\n"
        "10pm – 1am (into Sunday morning)\nHarbour Hall, 2 Quay Road, Kirkwall KW15 1AA\n\n"
        "Join the club for a talk and a night of stargazing.\n\nProgramme\n\n"
        "22.00  Welcome\n22.15  Talk by the club's chair\n23.00  Observing on the pier\n"
        "01.00  Back at the hall\n"
    )
    record = _text_page(text)
    assert (record.start, record.end) == ("2026-02-14T22:00:00+00:00", "2026-02-15T01:00:00+00:00")


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        (
            "Small-group tables, facilitated by Ana Torres, Engagement Lead, Coastal Planning Office",
            ("Ana Torres", "moderator", "Coastal Planning Office", "Engagement Lead"),
        ),
        (
            "Responding will be Ms. Clara Ndlovu, Head of Research, River Basin Trust.",
            ("Clara Ndlovu", "respondent", "River Basin Trust", "Head of Research"),
        ),
        (
            "Enquiries to Tomas Reyes, Events Officer, events@harbour.example.org.",
            ("Tomas Reyes", "contact", None, "Events Officer"),
        ),
        ("Hear from Senator Lino Tarawa about the new treaty.", ("Lino Tarawa", "speaker", None, None)),
        ("9:00 a.m. – Opening prayer by Elder Mary Kokoak", ("Mary Kokoak", "introductory-remarks", None, None)),
    ],
)
def test_cues_of_a_facilitator_respondents_a_contact_a_speaker_and_an_opening_prayer(
    line: str, entry: tuple[str, str, str | None, str | None]
) -> None:
    found = {(e.name, e.role, e.affiliation, e.job_title) for e in cued_entries(line)}
    assert entry in found


def test_a_reception_until_an_hour_ends_the_evening() -> None:
    text = (
        "Harbour Law Society\n\nHome | Events | Members\n\nThe Tideway Lecture 2025\n\n"
        "Thursday 6 March 2025\n5.30pm for 6pm\nGuild Hall, 4 Bank Street, Hamilton HM 11, Bermuda\n\n"
        "The lecture will be given by Professor Ruth Allen and followed by a wine reception in the foyer "
        "until 8pm.\n"
    )
    record = _text_page(text)
    assert (record.start, record.end) == ("2025-03-06T17:30:00-04:00", "2025-03-06T20:00:00-04:00")


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Ana Reyes, Office Manager, on 21350 or at office@isles.example.org", "21350"),
        ("Ana Reyes, Office Manager – office@isles.example.org, phone 24 465.", "24 465"),
        ("Ana Reyes, Office Manager, 472-3345 · office@isles.example.org", "472-3345"),
    ],
)
def test_a_small_places_short_telephone_number_is_no_part_of_the_contacts_post(line: str, phone: str) -> None:
    assert [(e.name, e.job_title, e.telephone) for e in parse_entries(line)] == [("Ana Reyes", "Office Manager", phone)]


@pytest.mark.parametrize("line", ["Ana Reyes spoke on 12 March 2024", "Ana Reyes, Director, on 2025 plans"])
def test_a_date_or_a_year_after_on_is_no_telephone_number(line: str) -> None:
    assert all(e.telephone is None for e in parse_entries(line))


def test_hold_out_set_117_meets_the_target_in_title_start_end_and_people() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-117" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 117): roles, affiliations and job titles (people only in prose: 'in
    # conversation afterwards with', 'opens its series with Dr X, post at Y, who', 'Responding will be A, post in
    # the Ministry …, and B of C'; 'Professor of X at the University of Y, Campus'; 'the Trust's vice-chair',
    # 'President of the Institute'), reports (a draft plan presented for comment), sponsors, locality (towns under
    # the gazetteer's 15,000 people: Lerwick, Koror) and attendance
    fields = ("title", "start", "end", "people")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.87 and scores["affiliations"].f1 > 0.74 and scores["reports"].f1 > 0.85


@pytest.mark.parametrize("post", ["Data Steward", "County Recorder", "Senior Archivist"])
def test_a_steward_a_recorder_and_an_archivist_are_posts_not_people(post: str) -> None:
    line = f"Launch of the Coastal Data Guide, presented by Dr. Ana Ruiz, {post}, Coastal Data Network"
    found = [(e.name, e.job_title, e.affiliation) for e in cued_entries(line)]
    assert found == [("Ana Ruiz", post, "Coastal Data Network")]


def test_a_speakers_field_before_the_name_after_a_lead_in_still_opens_the_sentence() -> None:
    line = (
        "In the second of this year's Harbour Talks, marine botanist Dr Ana Ruiz, curator of algae at the "
        "Coastal Herbarium, explains how kelp forests recover after a storm."
    )
    found = [(e.name, e.role, e.job_title, e.affiliation) for e in speaking_subjects(line)]
    assert found == [("Ana Ruiz", "speaker", "curator of algae", "Coastal Herbarium")]
