"""People, role, affiliation and job-title forms that hold-out set 110 (Raleigh, Charlottetown, Cleveland,
Bulawayo, Juneau, Kansas City, Banjul and Chattogram sites) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import parse_entries
from tests.test_pages_unseen import _html_page, _people, _text_page


def _described(line: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.job_title, e.affiliation) for e in parse_entries(line)]


def test_a_bodys_possessive_before_a_post_in_lower_case_is_that_post_at_that_body() -> None:
    # "the Halifax Board of Trade's treasurer, X" and "X, the Rotary Club's secretary": the post, its body
    assert _described("the Halifax Board of Trade's treasurer, Moira Quinlan") == [
        ("Moira Quinlan", "treasurer", "Halifax Board of Trade")
    ]
    assert _described("Moira Quinlan, the Dartmouth Rotary Club's vice president") == [
        ("Moira Quinlan", "vice president", "Dartmouth Rotary Club")
    ]
    # a firm named by its founder's possessive is a body, not a post
    assert _described("Moira Quinlan, Brennan's Fine Art Gallery") == [
        ("Moira Quinlan", None, "Brennan's Fine Art Gallery")
    ]


def test_a_town_after_a_body_the_gazetteer_may_not_know_is_not_part_of_it() -> None:
    # 'owner of X Centre in Smalltown': the body ends at its kind's word, whatever the town
    assert _described("Ruth Ocampo, owner of Sunny Side Child Care Centre in Wendell") == [
        ("Ruth Ocampo", "owner", "Sunny Side Child Care Centre")
    ]
    assert _described("Ruth Ocampo, co-owner of Riverbend Farm Cooperative in Zebulon") == [
        ("Ruth Ocampo", "co-owner", "Riverbend Farm Cooperative")
    ]


def test_a_second_description_after_and_a_retired_is_not_part_of_the_post() -> None:
    assert _described("Tom Haugen, president of the Sitka Harbor Association and a retired ferry engineer") == [
        ("Tom Haugen", "president", "Sitka Harbor Association")
    ]


def test_a_countrys_post_names_no_body_even_when_the_country_is_written_with_the() -> None:
    # 'Chief Justice of The Bahamas' is the post as written (as 'Chief Justice of Kenya'); 'Editor of
    # The Globe and Mail' still names the paper
    assert _described("Hon. Justice Ada Pinder, Chief Justice of The Bahamas") == [
        ("Ada Pinder", "Chief Justice of The Bahamas", None)
    ]
    assert _described("Ann Lowe, Bureau Chief of The Harbour Courier") == [
        ("Ann Lowe", "Bureau Chief", "The Harbour Courier")
    ]


def test_a_pastor_at_a_church_is_a_post_at_that_church() -> None:
    assert _described("Rev. Samuel Okoro — Pastor at Bethel AME Church") == [
        ("Samuel Okoro", "Pastor", "Bethel AME Church")
    ]


def test_a_cards_post_that_reads_like_an_organisers_heading_stays_the_persons_post() -> None:
    # a card of three lines, name / post / body, whose post is 'Lead Organizer': not a heading over
    # the organisers, and the card after it keeps its own people
    record = _text_page(
        "Rents and Wages in Moncton\n\nDate: Thursday, 12 March 2026\nTime: 7:00 p.m. – 8:30 p.m.\n\n"
        "Panelists\n\nLeah Cormier\nLead Organizer\nMoncton Renters' Network\n\n"
        "Paul Gaudet\nExecutive Director\nNew Brunswick Home Builders\n"
    )
    assert ("Leah Cormier", "panelist", "Moncton Renters' Network", "Lead Organizer") in _people(record)
    assert ("Paul Gaudet", "panelist", "New Brunswick Home Builders", "Executive Director") in _people(record)
    assert [o.name for o in record.organizers] == []


def test_a_heading_naming_two_roles_gives_its_person_both() -> None:
    # 'Welcome and moderation — X', 'Opening Remarks and Moderation' over a card: one person, two entries
    record = _text_page(
        "Wages and Rents in Akron\n\nDate: Wednesday, 10 June 2026\nTime: 12:00 p.m. – 1:30 p.m.\n\nProgram\n\n"
        "Welcome and moderation — Dr. Carl Benes, Director of the Akron Urban Institute\n\n"
        "Keynote — Mara Quist, Chief Economist, Ohio Policy Council\n"
    )
    assert {(n, r) for n, r, _, _ in _people(record)} == {
        ("Carl Benes", "introductory-remarks"),
        ("Carl Benes", "moderator"),
        ("Mara Quist", "keynote"),
    }
    # a heading whose second part names no role keeps its one ('Comments and open discussion')
    record = _text_page(
        "Wages and Rents in Akron\n\nDate: Wednesday, 10 June 2026\n\n"
        "Comments and open discussion — Dr. Carl Benes, Director of the Akron Urban Institute\n"
    )
    assert {(n, r) for n, r, _, _ in _people(record)} == {("Carl Benes", "discussant")}


def test_an_order_of_proceedings_names_prayers_second_welcomes_and_launches_by_their_people() -> None:
    record = _text_page(
        "The Annual Harbour Lecture\n\nDate: Thursday, 5 March 2026\nTime: 4:00 p.m. – 6:30 p.m.\n"
        "Venue: Main Hall, Banjul\n\nORDER OF PROCEEDINGS\n\n"
        "Opening prayers – Imam Musa Ceesay and Rev. Fr. John Mendy\n\n"
        "Welcome on behalf of the Chamber – Mr. Omar Jallow, President, Gambia Chamber of Commerce\n\n"
        "Keynote Presentation – Dr. Binta Darboe, Senior Fellow, Sahel Institute\n\n"
        "Launch and presentation of Policy Brief No. 4/2026 – Dr. Fatou Secka, Research Fellow, Sahel Institute\n"
    )
    assert {(n, r) for n, r, _, _ in _people(record)} == {
        ("Musa Ceesay", "speaker"),
        ("John Mendy", "speaker"),
        ("Omar Jallow", "introductory-remarks"),
        ("Binta Darboe", "keynote"),
        ("Fatou Secka", "presenter"),
    }


def test_a_subtitle_that_says_what_the_event_is_does_not_join_the_title() -> None:
    # '<p class="subtitle">A Lake Erie Policy Forum</p>' under the h1 names its series; a subtitle of its
    # own still joins
    page = (
        "<html><head><title>Events</title></head><body><h1>{h1}</h1><p class='subtitle'>{sub}</p>"
        "<p>Wednesday, June 10, 2026, 12:00 – 1:30 p.m., Room 2, Akron</p></body></html>"
    )
    record = _html_page(page.format(h1="Lead Pipes and Public Health", sub="A Lake Erie Policy Forum"))
    assert record.name == "Lead Pipes and Public Health"
    record = _html_page(page.format(h1="Lead Pipes and Public Health", sub="Lessons from Ten Ohio Cities"))
    assert record.name == "Lead Pipes and Public Health: Lessons from Ten Ohio Cities"


def test_a_title_printed_in_english_then_in_another_script_is_the_english_line() -> None:
    # a bilingual notice prints its heading in English, then the same in Bangla (or the other way round)
    text = (
        "Department of Fisheries\n\nNational Workshop\n\n"
        "Rivers of the Delta: Silt, Salt and Shrimp Farming\n"
        "ব-দ্বীপের নদী: পলি, লবণ ও চিংড়ি চাষ\n\n"
        "Date: Sunday, 14 December 2025\nTime: 10:00 am – 1:00 pm\nVenue: Seminar Room, Khulna\n"
    )
    assert _text_page(text).name == "Rivers of the Delta: Silt, Salt and Shrimp Farming"


def test_an_author_talks_book_cited_at_the_head_of_a_sentence_is_its_report() -> None:
    # 'In Title (Publisher, Year), historian X tells …': the book the talk is about; a bio's earlier
    # book named without its imprint is none
    record = _text_page(
        "The Salt Road: A Conversation with Dr. Ana Reyes\n\nTue, Jul 14, 2026\n6:30 PM - 8:00 PM\n"
        "Central Library, Omaha\n\n"
        "In The Salt Road: Freight, Faith and the Missouri River, 1820–1900 (Prairie Press, 2026), historian"
        " Ana Reyes follows the river trade that built the city.\n\n"
        "Her previous book, Bluffs and Bottoms, won the 2019 Nebraska Book Award.\n"
    )
    assert [r.name for r in record.reports] == ["The Salt Road: Freight, Faith and the Missouri River, 1820–1900"]
