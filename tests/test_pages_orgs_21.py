"""Programme, people, date, organiser and report forms that hold-out set 116 ("organizers and
reports": Mzuzu, Jinja, Nanaimo, Sunderland, Thunder Bay, Ballarat, Lautoka and Swakopmund pages)
showed the ingester missing, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_times
from kg.names import stated_honorific
from kg.pages.lines import session_role, starts_with_time
from kg.pages.orgs import read_host_block, stated_hosts
from kg.pages.people import describe, parse_entries
from kg.pages.reports import find_reports
from kg.pages.sentences import cued_entries, stated_roles
from tests.test_pages_unseen import _html_page, _people, _text_page


@pytest.mark.parametrize("line", ["9.00  Welcome – Prof. Amos Banda, Director", "8.45 Opening remarks"])
def test_a_programme_hour_of_one_digit_before_its_item_is_a_time(line: str) -> None:
    assert starts_with_time(line)
    assert find_times(line)[0].span[0] == 0


def test_a_number_with_two_decimals_in_prose_is_still_no_time() -> None:
    assert find_times("Revenue rose to 3.50 million over the year") == []


def test_a_text_programme_with_hours_of_one_digit_names_its_people() -> None:
    text = (
        "Rivers and Rights\n\nThursday, 9 October 2025\n9.00 am – 12.00 pm\nLakeview Hall, Salima\n\n"
        "Programme\n\n"
        "8.30  Arrival and registration\n"
        "9.00  Welcome – Prof. Amos Banda, Director, Centre for Lake Studies\n"
        "9.15  Opening remarks – Ms Ruth Phiri, Chief Executive, Lake Authority\n"
        "11.45 Closing remarks – Dr Peter Zulu, Deputy Director, Centre for Lake Studies\n"
    )
    people = _people(_text_page(text))
    assert ("Amos Banda", "introductory-remarks", "Centre for Lake Studies", "Director") in people
    assert ("Ruth Phiri", "introductory-remarks", "Lake Authority", "Chief Executive") in people


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Dr Jane Banda and Mr John Phiri, Research Fellows, Centre for Lake Studies", "Research Fellow"),
        ("Ms. Ana Kula and Mr. Ben Tora, Research Officers, Island Policy Network", "Research Officer"),
        ("Ana Kula and Ben Tora, Policy Analysts, Island Policy Network", "Policy Analyst"),
    ],
)
def test_a_post_written_once_in_the_plural_after_two_names_is_each_ones(line: str, post: str) -> None:
    entries = parse_entries(line)
    assert [(e.job_title, e.affiliation) for e in entries] == [(post, line.rsplit(", ", 1)[1])] * 2


def test_a_firm_named_in_the_plural_after_two_names_is_no_post() -> None:
    entries = parse_entries("Jane Doe and John Roe, Mott Consultants")
    assert [(e.job_title, e.affiliation) for e in entries] == [(None, "Mott Consultants")] * 2


@pytest.mark.parametrize(
    ("item", "role"),
    [
        ("9.40am   Launch of Briefing Paper 11", "presenter"),
        ("The Lakes Water Index 2025: headline findings", "presenter"),
        ("10.15 Discussion Paper No. 8: what the survey tells us", "presenter"),
        ("11.00am   Talanoa session: who will fish in 2040?", "panelist"),
        ("Book launch", "speaker"),
        ("Launch of the book", "speaker"),
    ],
)
def test_a_programme_item_that_launches_a_numbered_work_is_its_authors(item: str, role: str) -> None:
    assert session_role(item) == role


def test_a_post_date_under_the_heading_the_article_data_states_is_not_the_events() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context": "http://schema.org", "@type": "Article",'
        ' "headline": "Book launch: Salt and Stone", "datePublished": "2025-05-02T09:15"}</script></head>'
        '<body><main><article><header><h1 class="content__title">Book launch: Salt and Stone</h1>'
        '<div class="content__meta"><time datetime="2025-05-02T09:15" class="content__date">2 May 2025</time>'
        '</div></header><div class="content__entry"><p><strong>Thursday 29 May 2025</strong><br>'
        "6.00pm – 7.30pm<br>Old Court House, 3 Mill Street, Bendigo</p>"
        "<p>The centre invites you to the launch of a new history of the town's quarries.</p>"
        "</div></article></main></body></html>"
    )
    record = _html_page(html)
    assert (record.start, record.end) == ("2025-05-29T18:00:00+10:00", "2025-05-29T19:30:00+10:00")


def test_an_end_written_as_finishing_around_a_time_is_the_end() -> None:
    text = (
        "Salt and Stone\n\nThursday 29 May 2025\n5.30pm for a 6.00pm start – finishes around 7.45pm\n"
        "Old Court House, 3 Mill Street, Bendigo\n\nThe centre invites you to the launch.\n"
    )
    record = _text_page(text)
    assert (record.start, record.end) == ("2025-05-29T17:30:00+10:00", "2025-05-29T19:45:00+10:00")


@pytest.mark.parametrize(
    ("written", "name"),
    [("Her Worship Grace Atieno Odhiambo", "Grace Atieno Odhiambo"), ("Hajjat Zaina Nabukenya", "Zaina Nabukenya")],
)
def test_a_mayors_and_a_pilgrims_titles_are_not_part_of_the_name(written: str, name: str) -> None:
    assert stated_honorific(written)[1] == name


def test_a_mayors_office_borrows_no_body_from_the_next_person() -> None:
    line = "Jane Atieno, Mayor of Kisumu City, and Mr. Paul Otieno, Chief Officer of Kisumu County Government"
    entries = parse_entries(line)
    assert [(e.name, e.affiliation) for e in entries] == [
        ("Jane Atieno", None),
        ("Paul Otieno", "Kisumu County Government"),
    ]


def test_a_regions_governor_is_an_office_with_no_employer() -> None:
    assert describe("Governor of the Kunene Region") == ("Governor of the Kunene Region", None)
    assert describe("Governor of the Central Bank") == ("Governor", "Central Bank")


def test_a_work_named_in_capitals_on_a_kicker_line_is_named_as_the_text_writes_it() -> None:
    lines = [
        "EVENT · LAUNCH OF THE LAKES WATER INDEX 2025",
        "Who Drinks First?",
        "The centre launches the third Lakes Water Index, which tracks water quality in the region.",
    ]
    assert [(r.name, r.number) for r in find_reports(lines)] == [("Lakes Water Index 2025", None)]


def test_a_launched_index_named_again_without_its_year_is_one_work() -> None:
    lines = [
        "The institute launches the Coastal Jobs Readiness Index 2025 at the forum.",
        "First published in 2024, the Index scores four towns.",
        "The launch of the Coastal Jobs Readiness Index follows a year of surveys.",
    ]
    assert [r.name for r in find_reports(lines)] == ["Coastal Jobs Readiness Index 2025"]


@pytest.mark.parametrize(
    ("line", "hosts", "sponsors"),
    [
        (
            "The forum is brought to you by the Island Policy Network and the Cane Growers Council,"
            " with the kind support of the Sugar Board.",
            ["Island Policy Network", "Cane Growers Council"],
            ["Sugar Board"],
        ),
        (
            "The Coastal Economy Institute and the Department of Marine Sciences of the University of Namibia"
            " (Henties Bay Campus) are pleased to co-host the launch.",
            ["Department of Marine Sciences", "Coastal Economy Institute"],
            [],
        ),
        (
            "The event is held with the support of the Kunene Regional Council and Namdeb.",
            [],
            ["Kunene Regional Council", "Namdeb"],
        ),
        ("The Index is funded by the Hanns Seidel Foundation.", [], []),
        (
            "Supported by the Social Sciences and Humanities Research Council of Canada.",
            [],
            ["Social Sciences and Humanities Research Council of Canada"],
        ),
    ],
)
def test_hosts_and_sponsors_a_sentence_names(line: str, hosts: list[str], sponsors: list[str]) -> None:
    found_hosts, found_sponsors = stated_hosts(line)
    assert (sorted({_unit(h) for h in found_hosts}), found_sponsors) == (sorted(hosts), sponsors)


def _unit(name: str) -> str:
    """The host as the page's record keeps it: a unit without its university, a name without 'The'."""
    return name.removeprefix("The ").split(" of the University of ")[0]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        (
            "Welcome and territorial acknowledgement by Tsawout Councillor Mavis Underwood.",
            ("Mavis Underwood", "introductory-remarks", None, None),
        ),
        (
            "The book will be launched by Professor Ann Curthoys, historian, and Tom will be in conversation with"
            " Aunty Rose Bamblett, a Director of the Wurundjeri Land Council.",
            ("Rose Bamblett", "moderator", "Wurundjeri Land Council", "Director"),
        ),
        (
            "The book will be launched by Professor Ann Curthoys, historian, and Tom will be in conversation with"
            " Aunty Rose Bamblett, a Director of the Wurundjeri Land Council.",
            ("Ann Curthoys", "speaker", None, "historian"),
        ),
        (
            "Join us for the launch of Salt and Stone (Ridge Press, 2025), by historian Dr Tom Hallam.",
            ("Tom Hallam", "speaker", None, None),
        ),
    ],
)
def test_people_a_cue_names_with_their_role(line: str, person: tuple[str, ...]) -> None:
    assert person in {(e.name, e.role, e.affiliation, e.job_title) for e in cued_entries(line)}


def test_a_contact_named_after_the_sites_own_post() -> None:
    text = (
        "Salt and Stone\n\nThursday 29 May 2025\n6.00pm – 7.30pm\nOld Court House, 3 Mill Street, Bendigo\n\n"
        "The centre invites you to the launch.\n\n"
        "For any access requirements please email our Events Officer, Nell Bright, at events@example.org.au.\n"
    )
    assert ("Nell Bright", "contact", None, "Events Officer") in _people(_text_page(text))


_EVENT_PAGE = (
    "<html><body><main><h1>Rivers and Rights</h1><p>Friday 14 March 2025 | 9.00am – 12.00pm | Lakeview Hall,"
    " Nadi</p><p>The Lakes Policy Network invites you to a morning forum on water rights.</p>{more}</main>"
    "</body></html>"
)


def test_logos_in_cards_under_a_proudly_sponsored_by_heading_are_sponsors() -> None:
    more = (
        '<section class="clients1"><div class="container"><div class="mbr-section-head"><h4>Proudly sponsored by</h4>'
        '</div><div class="row"><div class="card"><div class="card-wrap"><div class="img-wrapper">'
        '<img src="a.png" alt="Pacific Harbour Bank"></div></div></div><div class="card"><div class="card-wrap">'
        '<div class="img-wrapper"><img src="b.png" alt="Island Growers Trust"></div></div></div></div></div></section>'
    )
    sponsors = [o.name for o in _html_page(_EVENT_PAGE.format(more=more)).sponsors]
    assert sponsors == ["Pacific Harbour Bank", "Island Growers Trust"]


def test_logos_under_our_supporters_are_sponsors() -> None:
    more = '<h2>Our supporters</h2><p class="logos"><img src="a.png" alt="Town of Ladysmith"></p>'
    assert [o.name for o in _html_page(_EVENT_PAGE.format(more=more)).sponsors] == ["Town of Ladysmith"]


def test_a_sentence_of_names_under_brought_to_you_by_names_the_hosts_by_their_current_names() -> None:
    more = (
        "<h2>Proudly brought to you by</h2><p>The Lakes Policy Network, Fiji National University, and the"
        " Rivers Oral History Program (formerly River Voices).</p>"
    )
    organizers = [o.name for o in _html_page(_EVENT_PAGE.format(more=more)).organizers]
    assert "Rivers Oral History Program" in organizers
    assert "Fiji National University" in organizers  # a university after a network, not a unit, is a host


def test_speaker_cards_of_a_dialogue_with_a_chairperson_and_a_moderator_on_them() -> None:
    text = (
        "Water for the Coast\n\nWednesday, 12 March 2025\n10:00 – 13:00\nCoast Hotel, Walvis Bay\n\n"
        "Speakers in the dialogue\n\n"
        "Anna Shilongo\nChief Executive Officer\nWalvis Bay Municipality\n\n"
        "Jonas Haufiku\nChairperson\nNamibian Pilchard Association\n\n"
        "Rosa Gaes\nModerator\nJournalist, Coastal Radio\n\n"
        "The dialogue will not be streamed.\n"
    )
    assert _people(_text_page(text)) == {
        ("Anna Shilongo", "panelist", "Walvis Bay Municipality", "Chief Executive Officer"),
        ("Jonas Haufiku", "panelist", "Namibian Pilchard Association", "Chairperson"),
        ("Rosa Gaes", "moderator", "Coastal Radio", "Journalist"),
    }


def test_a_post_before_the_name_in_apposition_after_our() -> None:
    found = stated_roles("Our Programme Director, Dr. Ruth Nalule, will close the workshop.")
    assert [(e.name, e.role, e.job_title) for e in found] == [("Ruth Nalule", "closing-remarks", "Programme Director")]


def test_hold_out_set_116_meets_the_target_in_title_end_people_roles_and_reports() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-116" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 116): start (Lautoka's programme opens with registration half an
    # hour before the stated time, which older sets answer both ways), affiliations and job titles (people
    # named only in prose: 'written by Program researchers X and Y, who will say a few words', 'Its lead
    # authors, X and Y'; 'Director, Centre for X, University of Y'; a government department on a university's
    # page) and attendance
    fields = ("title", "end", "people", "roles", "reports", "organizers", "sponsors", "locality")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["start"].f1 > 0.85 and scores["affiliations"].f1 > 0.8 and scores["job titles"].f1 > 0.8


def test_an_elder_named_after_her_peoples_word_keeps_it_as_her_post() -> None:
    found = cued_entries("The evening opens with a welcome from Dene Elder Rosa Catholique.")
    assert [(e.name, e.job_title) for e in found] == [("Rosa Catholique", "Dene Elder")]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "The Lakes Policy Network, Fiji National University, and the Rivers Oral History Program (formerly"
            " River Voices).",
            ["Lakes Policy Network", "Fiji National University", "Rivers Oral History Program"],
        ),
        ("The Water Centre, Lakehead University, and the Shore Project.", ["Water Centre", "Shore Project"]),
        ("Supported by the Hollis Humanities Fund and the Andean Studies Association.", []),
        ("The Coast Program studies fisheries in Fiji and its neighbours, the Lau Group and the Yasawa Islands.", []),
    ],
)
def test_a_sentence_of_hosts_names_alone_under_a_hosts_heading(text: str, orgs: list[str]) -> None:
    assert [name.removeprefix("The ") for name in read_host_block([text])[0]] == orgs
