"""The title of a plain-text page (kg/pages/text_title.py) by the evidence its lines give:
repetition (agreement's votes), the place next to the date block, heading shape, and the
chrome that text browsers print around it (menu bars, breadcrumbs, language switchers,
calendar field rows)."""

from __future__ import annotations

import pytest

from kg.pages import parse_page
from kg.pages.agreement import is_organisation, is_series
from kg.pages.lines import is_chrome, is_navigation, split_lines
from kg.pages.text_title import is_venue
from kg.pages.title import EVENT_TYPES, is_candidate, without_type_tag


def _title(text: str) -> str | None:
    return parse_page(text.encode(), "page.txt").record.name


@pytest.mark.parametrize(
    "line",
    [
        "Study | Research | Explore | Connect",
        "My Account | Catalogue | Locations & Hours",
        "Calendar > Lectures and talks",
        "Home › Faculty of Law › Events",
        "Home  About  Research  Events  Publications  Media  KOR",  # a language code ends the bar
        "Home › Events › Water Rights in the Andes: Courts, Communities and the Mining Boom",
        "Events / Public lectures",
        "Programs & Events > Author Talks",
        "< Back to events",
    ],
)
def test_menu_bars_and_breadcrumbs_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ethan Morales | Director of Markets | Verra Carbon Standard",  # a speaker row
        "Online-Diskussion / Online discussion",  # two languages, no site section
        "Rebuilding Trust in Elections | Lowell Policy Institute",  # the page's <title>
        "Climate, Law / Policy and the Courts",
    ],
)
def test_a_speaker_row_or_a_title_is_not_navigation(line: str) -> None:
    assert not is_navigation(line)


def test_a_menu_bar_set_apart_by_wide_gaps_is_chrome() -> None:
    (bar,) = split_lines("Visit   Exhibitions   Calendar   Shop")
    assert is_chrome(bar)
    assert split_lines("Rebuilding Ukraine's Energy Grid") == ["Rebuilding Ukraine's Energy Grid"]


@pytest.mark.parametrize(
    "line", ["UA | EN", "NL / EN", "Category: Research seminars", "Event Type: Seminar", "Age Group: Adults"]
)
def test_language_switchers_and_calendar_fields_are_no_titles(line: str) -> None:
    assert not is_candidate(line)


def test_an_article_before_an_event_type_keeps_it_a_type() -> None:
    assert EVENT_TYPES.match("A breakfast briefing") and EVENT_TYPES.match("An evening lecture")


def test_an_organisation_word_inside_a_title_does_not_make_it_an_organisation() -> None:
    assert not is_organisation("Rebuilding Trust in Elections")
    assert is_organisation("Lowell Policy Institute") and is_organisation("Museum Gustavianum")
    assert is_organisation("Society of Antiquaries")


def test_a_numbered_series_is_a_series() -> None:
    assert is_series("Democracy Dialogue No. 14") and is_series("Dialogue #42")
    assert not is_series("Policy Paper No. 19") and not is_series("Rebuilding Trust in Elections")


_BELOW_THE_VENUE = """Hamilton Public Library
My Account | Catalogue | Locations & Hours
Programs & Events > Author Talks

AUTHOR TALKS
Saturday, February 8, 2025
2:00 PM - 3:30 PM
Central Library, Hamilton Room
55 York Boulevard, Hamilton, ON L8R 3K1

The Lake Remembers: A History of the Harbour

Join the historian Margaret Doyle as she reads from her new book on two centuries of industry along the waterfront.

More events at Central Library
Tech Help Drop-In
Saturday, February 8, 2025
"""


def test_the_title_below_the_date_time_and_venue_lines_is_found() -> None:
    assert _title(_BELOW_THE_VENUE) == "The Lake Remembers: A History of the Harbour"


_REPEATED = """Rebuilding Trust in Elections | Lowell Policy Institute
Lowell Policy Institute
Research   Experts   Events   Publications   About
Events / Upcoming Events

Democracy Dialogue No. 14
Rebuilding Trust in Elections
Tuesday, October 17, 2023
12:00 p.m. - 1:15 p.m. ET
"""


def test_the_line_the_pages_title_repeats_wins_over_the_site_and_the_series() -> None:
    assert _title(_REPEATED) == "Rebuilding Trust in Elections"


_SUBTITLED = """University of Glasgow
Study | Research | Explore | Connect
Home > College of Social Sciences > Events
College of Social Sciences

Seminar
Wed 13 Nov 2024
Borders, Bodies and Belonging
Migration Governance in Post-Brexit Scotland

Time: 16:00 - 17:30
Venue: Room 916, Adam Smith Building, Glasgow G12 8RT
"""


def test_a_subtitle_on_the_next_line_joins_the_title() -> None:
    assert _title(_SUBTITLED) == "Borders, Bodies and Belonging: Migration Governance in Post-Brexit Scotland"


@pytest.mark.parametrize(
    "second",
    [
        "Online via Zoom",
        "Hosted by the Department of History",
        "Free and open to the public",
        "Book Launch and Reception",
    ],
)
def test_a_line_about_the_event_under_the_title_is_no_subtitle(second: str) -> None:
    page = _SUBTITLED.replace("Migration Governance in Post-Brexit Scotland", second)
    assert _title(page) == "Borders, Bodies and Belonging"


_VENUE_FIRST = """Museum Gustavianum
Svenska | English
Calendar > Lectures and talks

Lunchtime Talk
Thursday 5 September 2024, 12:15–13:00
The Anatomical Theatre, Museum Gustavianum, Akademigatan 3, Uppsala

Linnaeus's Apostles
Collecting the World for Uppsala, 1745–1799

Curator Dr. Elin Sandberg tells the story of the students Carl Linnaeus sent around the world.
"""


def test_a_venue_line_next_to_the_date_is_no_title() -> None:
    assert _title(_VENUE_FIRST) == "Linnaeus's Apostles: Collecting the World for Uppsala, 1745–1799"


_MENU_A_LINE = """Institute for Fiscal Analysis
Home
About
Research
Events
Contact

Events
Tax reform after the election: what the manifestos did not say
Wednesday 10 July 2024, 9:30am - 11:00am
"""


def test_a_menu_written_one_item_a_line_is_chrome_not_headings() -> None:
    assert _title(_MENU_A_LINE) == "Tax reform after the election: what the manifestos did not say"


def test_a_row_of_one_word_badges_is_chrome() -> None:
    assert is_navigation("FREE | ONLINE")
    page = "Upcoming Events\nFREE | ONLINE\nThursday, 21 November 2024 | 7:00 PM EET\nThe Lost Libraries of Timbuktu\n"
    assert _title(page) == "The Lost Libraries of Timbuktu"


def test_a_two_line_title_joins_when_its_second_line_stands_next_to_the_date() -> None:
    page = (
        "Guest Lecture\nEurope's Defence Industry After 2022\nRearmament, Supply Chains and the Limits of Cooperation\n"
        "Monday, 15 January 2024, 18:00–19:30 CET\n"
    )
    assert _title(page) == (
        "Europe's Defence Industry After 2022: Rearmament, Supply Chains and the Limits of Cooperation"
    )


def test_a_series_session_above_the_title_does_not_join_it() -> None:
    page = "Webinar\nCEPS Ideas Lab Session\nCan the EU Afford Its Green Deal?\n26 February 2025, 10:00 - 11:30 CET\n"
    assert _title(page) == "Can the EU Afford Its Green Deal?"


def test_a_quoted_talk_title_under_the_date_beats_the_seminar_above_it() -> None:
    page = (
        'Seminar on Applied Economics\n12 March 2025, 13:00 CET\n\n"Minimum Wages and Informality in Latin America"\n'
    )
    assert _title(page) == "Minimum Wages and Informality in Latin America"


def test_a_venue_line_named_by_its_street_is_no_title_but_a_number_in_a_title_is_no_street() -> None:
    page = (
        "Calendar\nThursday, 3 October 2024\n18:30 - 20:00\nRoyal Irish Academy, 19 Dawson Street, Dublin 2\n\n"
        "Discourse Lecture\nWho Owns the Past? Museums, Restitution and Irish Collections\n"
    )
    assert _title(page) == "Who Owns the Past? Museums, Restitution and Irish Collections"
    assert not is_venue("Abbey Road, 50 Years On") and not is_venue("LOOKING BACK AT 1989: THE WALL, 35 YEARS ON")


def _html_title(head: str, body: str) -> str | None:
    html = f"<html><head>{head}</head><body>{body}<p>Thursday 7 November 2024, 17:30 GMT</p></body></html>"
    return parse_page(html.encode(), "page.html").record.name


def test_an_h1_with_its_event_type_run_into_the_title_agrees_with_the_head() -> None:
    head = '<title>The Future of Nuclear Energy in Asia | Lowy Forum</title><meta property="og:title" content="X">'
    body = '<main><h1><span class="type">Webinar</span> The Future of Nuclear Energy in Asia</h1></main>'
    assert _html_title(head.replace('"X"', '"The Future of Nuclear Energy in Asia"'), body) == (
        "The Future of Nuclear Energy in Asia"
    )


def test_a_sections_heading_gets_no_vote_and_the_head_texts_agree_on_the_title_without_its_section() -> None:
    head = (
        "<title>Borders of Memory: Partition at 75 | South Asia Centre | LSE</title>"
        '<meta property="og:title" content="Borders of Memory: Partition at 75">'
    )
    body = "<aside><h2>Related events</h2></aside><div><p>Borders of Memory: Partition at 75</p></div>"
    assert _html_title(head, body) == "Borders of Memory: Partition at 75"


def test_a_series_the_h1_and_the_head_name_ranks_below_the_lectures_own_heading() -> None:
    head = "<title>Annual Kessler Lecture 2024 | Ridgeway College</title>"
    body = "<main><h1>Annual Kessler Lecture 2024</h1><h2>Reading the Dead Sea Scrolls Today</h2></main>"
    assert _html_title(head, body) == "Reading the Dead Sea Scrolls Today"


def test_a_filter_row_is_navigation() -> None:
    assert is_navigation("Filter by: Date | Topic | Region")


def test_a_hosted_by_line_between_the_title_and_the_date_keeps_the_title_next_to_it() -> None:
    page = (
        "Johns Hopkins SAIS\nEvents\nFilter by: Date | Topic | Region\n\nChina's Economy at a Crossroads\n"
        "Hosted by the China Global Research Center\nWednesday, February 19, 2025\n12:30 p.m. - 2:00 p.m. ET\n"
    )
    assert _title(page) == "China's Economy at a Crossroads"


def test_the_venues_name_at_the_top_is_not_the_title() -> None:
    page = (
        "Goethe-Institut London\nDeutsch | English\n\nTalk & Discussion\nTue 12.03.2024\n19:00\n"
        "Goethe-Institut London, 50 Princes Gate, Exhibition Road, London SW7 2PH\n\n"
        "Berlin Stories\nWriting the City After the Wall\nIn English\n"
    )
    assert _title(page) == "Berlin Stories: Writing the City After the Wall"


def test_on_a_long_page_the_line_next_to_the_date_still_wins() -> None:
    """The earlier line wins only a tie: a title a thousand lines down is not outranked by
    the first line for its position alone."""
    filler = "\n".join(f"Archive Entry {i} Of The Collection" for i in range(1200))
    page = f"{filler}\n\nThe Real Title of the Evening\nJuly 29, 2003 3:00pm ET\n"
    assert _title(page) == "The Real Title of the Evening"


def test_a_series_line_under_the_title_does_not_take_its_place() -> None:
    page = """Riverside College
Events

Water Rights in the Andes: Courts and Communities
Latin American Studies Seminar Series

Thursday, March 7, 2024
4:00pm to 5:30pm

Dr. Lucia Paredes, Universidad de Lima, on litigation over mine water.
"""
    assert _title(page) == "Water Rights in the Andes: Courts and Communities"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("[Asia Policy Dialogue] Undersea Cables and Regional Security", "Undersea Cables and Regional Security"),
        ("[Webinar] The Future of Grain Markets", "The Future of Grain Markets"),
    ],
)
def test_a_bracketed_series_label_before_the_title_is_no_part_of_it(line: str, title: str) -> None:
    page = f"Events > Seminars\n\n{line}\n\nDate & Time : 2025-03-12 (Wed) 14:00-16:00 (KST)\n"
    assert _title(page) == title


def test_a_bracket_run_into_the_next_word_is_part_of_the_title() -> None:
    assert without_type_tag("[Re]Thinking Cities After the Pandemic") == "[Re]Thinking Cities After the Pandemic"
