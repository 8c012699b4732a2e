"""Title, date-line, people, report and attendance forms that hold-out set 112 (Whitehorse, Port Vila,
Victoria, Nuku'alofa, Hagåtña, Malé, Charlottetown and Derry pages) showed the ingester missing, one test
per form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.html import heading_text
from kg.pages.launched import launched_titles
from kg.pages.lines import is_breadcrumb, is_when_line, match_label
from kg.pages.place import attendance
from kg.pages.sentences import cued_entries, stated_roles
from tests.test_pages_unseen import _html_page, _people, _text_page

_HEAD = (
    "<html><head><title>{head}</title>"
    '<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Event", "name": "{name}",'
    ' "startDate": "2024-05-21"}}</script></head><body>{body}</body></html>'
)


def test_a_heading_opening_with_a_range_of_years_is_the_title_over_an_editions_name() -> None:
    # <title> and the embedded name agree on the yearly meeting's edition; the h1 gives its own title
    body = (
        '<nav class="crumbs"><a href="/">Home</a> / <a href="/events">Events</a></nav>'
        '<main><span class="type">Conference</span>'
        "<h1>1974–2024: Fifty Years of the Lakes Compact</h1>"
        "<p>Tuesday 21 May 2024, 9:00 – 17:00</p>"
        "<p>Great Lakes Policy Centre, 12 Shore Road, Kingston</p>"
        "<p>The centre invites members to look back at fifty years of shared water rules.</p></main>"
    )
    html = _HEAD.format(
        head="Lakes Compact Conference 2024 | Great Lakes Policy Centre",
        name="Lakes Compact Conference 2024",
        body=body,
    )
    assert _html_page(html).name == "1974–2024: Fifty Years of the Lakes Compact"


def test_a_kicker_inside_the_heading_in_an_element_of_its_own_is_not_the_title() -> None:
    body = (
        '<main><h1 class="intro-headline"><span class="intro">Harbour Talks 2025</span>'
        '<span class="headline">Ferries, Fares and Freight</span></h1>'
        "<p>Thursday 12 June 2025, 18:30 – 20:00</p>"
        "<p>Harbour Institute, 4 Quay Street, Lyttelton</p>"
        "<p>The institute invites the public to a talk on the port's future.</p></main>"
    )
    html = _HEAD.format(head="Harbour Talks 2025 | Harbour Institute", name="Harbour Talks", body=body)
    assert _html_page(html).name == "Ferries, Fares and Freight"


_TEXT = "Riverside College\n\nAbout    Study    Research    Events\n\n{top}\n\n{date}\n\n{rest}"


@pytest.mark.parametrize(
    ("top", "date", "title"),
    [
        pytest.param(
            "Events » Centres » Centre for Delta Studies » Rivers and Rice: Farming the Mekong After the Dams\n\n"
            "OCT\n08\n2025\n\nPUBLIC SEMINAR SERIES · SESSION 4\n\nRivers and Rice:\nFarming the Mekong After the Dams",
            "Wednesday, 8 October 2025\n14:00 – 16:00\nRoom 3.12, 40 College Road, Can Tho",
            "Rivers and Rice: Farming the Mekong After the Dams",
            id="a_trail_not_opening_with_home_is_no_title_over_a_date_badge_and_the_heading_it_ends_in",
        ),
        pytest.param(
            "SEMINAR SERIES · SESSION 4\n\nThree Decades of Delta Planning:\nLessons From the Lower Basin",
            "Wednesday, 8 October 2025\n14:00 – 16:00\nRoom 3.12, 40 College Road, Can Tho",
            "Three Decades of Delta Planning: Lessons From the Lower Basin",
            id="a_heading_set_on_two_lines_after_its_colon_is_one_title",
        ),
        pytest.param(
            "DELTA TALKS | NO. 12 | WATER\n\nWHO OWNS THE FLOODPLAIN? LAND, WATER AND LAW IN THE DELTA\n\n"
            "Posted on 2 September 2025 by Delta Talks Team",
            "Wednesday, 8 October 2025\n14:00 – 16:00\nRoom 3.12, 40 College Road, Can Tho",
            "WHO OWNS THE FLOODPLAIN? LAND, WATER AND LAW IN THE DELTA",
            id="a_row_of_tags_in_capitals_over_a_heading_in_capitals_is_no_title",
        ),
    ],
)
def test_text_page_title_forms(top: str, date: str, title: str) -> None:
    rest = "The Centre for Delta Studies invites students and the public to this session.\n"
    assert _text_page(_TEXT.format(top=top, date=date, rest=rest)).name == title


def test_a_trail_of_steps_is_a_breadcrumb_and_a_heading_with_one_arrow_is_not() -> None:
    assert is_breadcrumb("Events » Institutes » Ocean Institute » Reefs After Bleaching")
    assert not is_breadcrumb("Reefs » Bleaching and Recovery")


def test_a_date_and_a_time_apart_by_a_middle_dot_are_a_date_line() -> None:
    assert is_when_line("Friday 14th March 2025 · 18h30 – 20h00")
    assert not is_when_line("Friday 14th March 2025 · Lecture by Dr Jane Payet")


def test_a_programme_row_of_people_apart_by_middle_dots_is_one_person_each() -> None:
    text = (
        "Harbour Institute\n\nFerries, Fares and Freight\n\nThursday 12 June 2025, 18:30 – 20:00\n"
        "Harbour Institute, 4 Quay Street, Lyttelton\n\n"
        "Panel: Mere Tautahi, Harbourmaster, Lyttelton Port Company · Colin Ashby, Chair, Canterbury Freight Council"
        " · Ana Ruiz, Senior Lecturer, University of Canterbury\n"
    )
    people = _people(_text_page(text))
    assert ("Colin Ashby", "panelist", "Canterbury Freight Council", "Chair") in people
    assert ("Ana Ruiz", "panelist", "University of Canterbury", "Senior Lecturer") in people


def test_a_roundtable_discussion_with_names_its_panelists() -> None:
    found = match_label("Roundtable discussion with:")
    assert found is not None and found[0].role == "panelist"
    assert match_label("Roundtable Discussion – Forty Years of Harbour Boards") is None  # a title, not a list


@pytest.mark.parametrize(
    "line",
    [
        "Launch of Working Paper 2025/3 – Dr Mele Tupou and Sione Fifita, Pacific Labour Unit",
        "Release of Technical Report No. 14 – Dr Mele Tupou, Pacific Labour Unit",
        "Launch of the Island Housing Monitor 2025 – Dr Mele Tupou, Pacific Labour Unit",
    ],
)
def test_the_launch_or_release_of_a_numbered_paper_names_its_presenters(line: str) -> None:
    found = match_label(line)
    assert found is not None and found[0].role == "presenter" and found[1].startswith("Dr Mele Tupou")


def test_the_launch_of_a_book_is_no_presenters_item() -> None:
    found = match_label("Launch of the book – Dr Mele Tupou")
    assert found is None or found[0].role != "presenter"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "The day will see the launch of the Harbour Institute's Island Freight Monitor 2025, the third edition of"
            " its annual report.",
            "Island Freight Monitor 2025",
        ),
        (
            "The forum will see the launch of Canada's Energy Future 2025, the regulator's annual outlook.",
            "Canada's Energy Future 2025",
        ),
    ],
)
def test_a_launched_work_is_named_without_the_body_whose_it_is(line: str, title: str) -> None:
    assert [found for found, _ in launched_titles(line)] == [title]


def test_streamed_on_a_facebook_page_beside_a_venue_is_mixed_attendance() -> None:
    assert (
        attendance("The talk is in English and streamed on the Harbour Institute Facebook page.", True, False)
        == "mixed"
    )
    assert attendance("Photos will be posted on the Harbour Institute Facebook page.", True, False) is None


def test_two_people_each_with_a_post_who_share_a_verb_each_take_its_role() -> None:
    line = (
        "After the talk, Hemi Walker, Chair of the Lyttelton Boating Club, and Dr. Ruth Amos, Lecturer in Law,"
        " University of Canterbury, will offer brief responses before questions from the floor."
    )
    found = {(e.name, e.role, e.job_title) for e in stated_roles(line)}
    assert found == {("Hemi Walker", "respondent", "Chair"), ("Ruth Amos", "respondent", "Lecturer in Law")}


def test_hold_out_set_112_meets_the_target_in_title_start_end_people_and_reports() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-112" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 112): roles (people named only in prose: 'joined in conversation by
    # X, a post at Y, and by Councillor Z of W', 'moderated by CBC North's X'; 'a talanoa with:' over a list),
    # affiliations and job titles ('Director, Centre, University', a mayor's council, a committee's legislature),
    # organizers, sponsors, locality (a venue line with no label, 'Derry~Londonderry') and attendance
    fields = ("title", "start", "end", "people", "reports")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.88 and scores["affiliations"].f1 > 0.85


@pytest.mark.parametrize(
    ("line", "person"),
    [
        (
            "After her talk, Amos will be joined in conversation by Hemi Walker, a skipper and owner at"
            " Harbour Charters.",
            ("Hemi Walker", "discussant", "Harbour Charters"),
        ),
        (
            "Opening words will be offered by Ruth Tainui of Ngāti Wheke.",
            ("Ruth Tainui", "introductory-remarks", "Ngāti Wheke"),
        ),
        (
            "The discussion will be moderated by Radio Harbour's Simon Petrie.",
            ("Simon Petrie", "moderator", "Radio Harbour"),
        ),
    ],
)
def test_people_a_sentence_names_with_their_role(line: str, person: tuple[str, str, str]) -> None:
    assert person in {(e.name, e.role, e.affiliation) for e in cued_entries(line)}


def test_a_comment_inside_a_heading_is_no_part_of_its_text() -> None:
    # (a CMS's template comment between the kicker and the headline; the fuzz test had met one in a mutated page)
    heading = lxml.html.fromstring(
        '<h1><span class="intro">Series 2026</span><!-- headline --><span class="headline">Tides and Towns</span>'
        "<!-- end --> Revisited</h1>"
    )
    assert heading_text(heading) == "Tides and Towns Revisited"
