"""Forms of university and learned-society event pages that hold-out set 128 (Laramie, Ithaca,
Pietermaritzburg, Guelph, Kharagpur, Inverness, Armidale and Tauranga pages) showed the ingester
missing, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import split_org_names, stated_hosts
from kg.pages.people import parse_entries
from kg.pages.place import read_place
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_named_lecture_given_this_year_by_its_lecturer_after_a_comma_names_the_speaker() -> None:
    text = (
        "School of Music\n\nSalt Marsh Songs\n\nTuesday 3 March 2026, 6pm - 7.30pm\nRecital Hall, Dunmore\n\n"
        "The School of Music invites you to the 2026 Orla Quinn Memorial Lecture in Folk Music, delivered this "
        "year by Ana Ruiz-Toland, Professor of Ethnomusicology, Department of Music, University of Ballina.\n"
    )
    assert (
        "Ana Ruiz-Toland",
        "speaker",
        "University of Ballina",
        "Professor of Ethnomusicology, Department of Music",
    ) in _people(_text_page(text))


def test_a_post_ending_in_a_societys_initials_ends_with_its_sentence() -> None:
    text = (
        "Learned Society of Ballina\n\nSalt Marsh Songs\n\nTuesday 3 March 2026, 6pm - 7.30pm\nTown Hall, Ballina\n\n"
        "The talk will be chaired by Professor Tom Webb FRSE, Treasurer of the LSB. A short reply will follow.\n"
    )
    chair = next(p for p in _text_page(text).participants if p.role == "chair")
    assert (chair.person.name, chair.job_title) == ("Tom Webb", "Treasurer")


def test_an_event_title_in_a_cell_of_its_own_under_a_generic_page_heading_is_the_title() -> None:
    html = (
        "<html><head><title>Event Details - Ballina Folk Society</title></head><body>"
        "<div id='title-bar'><h1>Event Details</h1></div>"
        "<table><tr><td colspan='2'><span class='cal-event-title'><b>Spring Talk: Salt Marsh Songs of the "
        "West</b></span></td></tr><tr><td><b>When:</b></td><td>Tuesday, March 3, 2026<br>6:00 PM - 7:30 PM</td></tr>"
        "<tr><td><b>Where:</b></td><td>Town Hall<br>Ballina</td></tr></table>"
        "<p>Ana Ruiz, Lecturer in Music, will talk about the songs of the salt marsh.</p></body></html>"
    )
    assert _html_page(html).name == "Spring Talk: Salt Marsh Songs of the West"


def test_a_co_host_set_apart_by_commas_before_the_invitation_hosts_too_without_its_universitys_possessive() -> None:
    hosts, sponsors = stated_hosts(
        "The Ballina Folk Society, co-hosted this year by the University of Ballina's School of Music, invites "
        "members and friends to its spring talk."
    )
    assert (sorted(hosts), sponsors) == (["Ballina Folk Society", "School of Music"], [])


def test_a_sentence_opening_with_a_bodys_annual_lecture_in_the_possessive_names_its_host() -> None:
    hosts, sponsors = stated_hosts(
        "The Ballina Folk Society's annual Estuary Lecture returns to Sligo, in partnership with Sligo Arts Trust."
    )
    assert (hosts, sponsors) == (["Ballina Folk Society"], ["Sligo Arts Trust"])


@pytest.mark.parametrize(
    ("lines", "town"),
    [
        (["Lecture Hall 2, 40 Quay Street, Ballina, NY 14850 — and on Zoom"], "Ballina"),  # a dash before 'and'
        (["Tower Hall, Room 12", "48 Mill Road", "Sligo, Ontario  K1N 6N5", "Canada"], "Sligo"),  # region by name
        (["Mill Road, Westgate, Pietermaritzburg, 3201"], "Pietermaritzburg"),  # four digits after a comma
    ],
)
def test_the_town_of_a_venue_is_read_before_its_postcode_or_a_stream(lines: list[str], town: str) -> None:
    place, _ = read_place(lines)
    assert place is not None and place.locality == town


def test_a_town_with_four_digits_that_read_as_a_year_is_no_postcode() -> None:
    place, _ = read_place(["Town Hall, Pietermaritzburg 2025"])
    assert place is None or place.postal_code is None


def test_a_venue_line_with_a_road_and_a_full_british_postcode_comes_before_the_footers_address() -> None:
    text = (
        "Learned Society of Ballina\n\nSalt Marsh Songs of the West\n\nThursday 9 June 2016\n6.00pm - 7.30pm\n"
        "Harbour Arts Centre, Quay Road, Oban PA34 4LW\n\nFree, booking essential\n\n"
        "Ana Ruiz will talk about the songs of the salt marsh.\n\n"
        "Learned Society of Ballina, 12 George Street, Edinburgh EH2 2PQ\n"
    )
    location = _text_page(text).location
    assert location is not None and location.locality == "Oban"


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        ("the Estuary Heritage Center and Sligo Humanities", ["Estuary Heritage Center", "Sligo Humanities"]),
        ("the Marsh Trust and Lakes and Islands Enterprise", ["Marsh Trust", "Lakes and Islands Enterprise"]),
        ("Centre for Music and Culture", ["Centre for Music and Culture"]),
        ("the Ballina Museum and Art Gallery", ["Ballina Museum and Art Gallery"]),  # one museum and its gallery
    ],
)
def test_a_body_ending_in_its_kind_and_a_name_of_capitalised_words_are_two_bodies(
    listed: str, names: list[str]
) -> None:
    assert split_org_names(listed) == names


def test_a_logo_marked_by_a_camel_case_id_names_the_university_whose_unit_a_post_is_in() -> None:
    html = (
        "<html><head><title>Events Calendar: Salt Marsh Songs</title></head><body>"
        "<div id='bwHeader'><a id='bwLogo' href='/'><img src='logo.png' alt='Ballina University Library'></a></div>"
        "<div id='bwBody'><h2 class='bwEventTitle'>Salt Marsh Songs of the West</h2>"
        "<p>When: Tuesday, March 3, 2026 6:00 PM - 7:30 PM</p><p>Where: Main Library, Ballina</p>"
        "<p>Ana Ruiz will be in conversation with Tom Webb, PhD candidate in the School of Music.</p></div>"
        "</body></html>"
    )
    assert ("Tom Webb", "moderator", "Ballina University", "PhD candidate in the School of Music") in _people(
        _html_page(html)
    )


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        # a school named by the fields it teaches, its last field ending in a word bodies end in
        (
            "Ana Ruiz, Head of School, School of Marine, Earth and Atmospheric Sciences",
            ("Head of School", "School of Marine, Earth and Atmospheric Sciences"),
        ),
        # a membership held besides the post is no part of the employer
        (
            "Tom Webb OBE, Emeritus Professor of Music at Ballina University and a Life Member of the Society",
            ("Emeritus Professor of Music", "Ballina University"),
        ),
        # a unit named in the page's other language, then in English after a bar: the English name
        (
            "Dr Aroha Hale, Lecturer, Te Kura Toi | School of Arts, Ballina University",
            ("Lecturer, School of Arts", "Ballina University"),
        ),
        # a programme named by what it is about is the post's, not a body
        ("Jo Hale, Graduate Program Coordinator, 555-0142", ("Graduate Program Coordinator", None)),
    ],
)
def test_a_posts_unit_membership_or_programme_words_are_read_as_the_page_means_them(
    line: str, entry: tuple[str, str | None]
) -> None:
    (found,) = parse_entries(line)
    assert (found.job_title, found.affiliation) == entry


def test_a_programme_named_for_a_region_before_a_post_is_still_its_body() -> None:
    (found,) = parse_entries("Jo Hale, Asia Program Coordinator")
    assert found.affiliation == "Asia Program"


def test_a_volume_of_a_societys_journal_launched_at_the_event_is_its_report() -> None:
    text = (
        "Ballina Society\n\nSalt Marsh Songs of the West\n\nWednesday 21 September 2022\n6.00 pm - 7.30 pm\n"
        "Town Hall, Ballina\n\nThe evening will also see the launch of the Society's Transactions and Papers, "
        "Volume 41 (2022), with articles on the estuary.\n"
    )
    assert [r.name for r in _text_page(text).reports] == ["Transactions and Papers, Volume 41"]


def test_a_bodys_regional_centre_named_after_it_is_that_body() -> None:
    assert split_org_names("the Ballina Research Council (BRC), Western Regional Centre") == [
        "Ballina Research Council"
    ]


def test_a_sponsor_named_by_capitalised_words_after_a_body_is_listed_too() -> None:
    hosts, sponsors = stated_hosts("The talk is kindly supported by the Marsh Trust and Lakes and Islands Enterprise.")
    assert sponsors == ["Marsh Trust", "Lakes and Islands Enterprise"]


def test_a_firm_of_capitalised_words_after_a_press_and_a_plural_verb_hosts_too() -> None:
    hosts, _ = stated_hosts("Ballina University Press and Reed & Rush Books invite you to the launch of a novel.")
    assert hosts == ["Ballina University Press", "Reed & Rush Books"]


def test_hold_out_set_128_meets_the_target_in_every_field_but_the_title() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-128" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 128): the title of the EventON symposium, whose event name is the
    # series' edition with the theme as its subtitle (set 125's Tito page left the same convention open)
    fields = ("start", "end", "people", "roles", "affiliations", "reports", "job titles", "organizers", "sponsors")
    fields += ("locality", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 >= 0.875
