"""People, role, affiliation and job-title forms that hold-out set 110 (Raleigh, Charlottetown, Cleveland,
Bulawayo, Juneau, Kansas City, Banjul and Chattogram sites) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.html import read_html
from kg.pages.people import parse_entries
from kg.pages.place import attendance
from kg.pages.sentences import cued_entries, stated_roles
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


def test_an_author_who_will_discuss_the_book_with_a_host_is_the_speaker_and_the_host_moderates() -> None:
    # the author named by the family name with her post, the interviewer by a broadcaster's possessive
    # and the show's post with no comma ("KZUM 89.3's Morning Edition host X"), a university whose name
    # holds an en dash
    entries = stated_roles(
        "Reyes, Professor of History at the University of Nebraska–Omaha, will discuss the book with"
        " KZUM 89.3's Morning Edition host Dara Lind."
    )
    assert [(e.name, e.role, e.job_title, e.affiliation) for e in entries] == [
        ("Reyes", "speaker", "Professor of History", "University of Nebraska–Omaha")
    ]
    entries = cued_entries(
        "She will discuss her new book with the Nebraska Humanities Council's program director Sam Ortiz."
    )
    assert [(e.name, e.role, e.job_title, e.affiliation) for e in entries] == [
        ("Sam Ortiz", "moderator", "program director", "Nebraska Humanities Council")
    ]
    entries = cued_entries("Reyes will discuss the book with KZUM 89.3's Morning Edition host Dara Lind.")
    assert [(e.name, e.role, e.job_title, e.affiliation) for e in entries] == [
        ("Dara Lind", "moderator", "Morning Edition host", "KZUM 89.3")
    ]


def test_a_title_bars_site_name_is_no_affiliation_of_the_guest_its_heading_names() -> None:
    entries = cued_entries("The Salt Road: A Conversation with Prof. Ana Reyes | Omaha Public Library")
    assert [(e.name, e.affiliation) for e in entries] == [("Ana Reyes", None)]


def test_a_notice_signed_sd_names_its_officer_in_brackets_as_the_contact() -> None:
    # South Asian notices close with 'Sd/-' over '(Dr. Name)' and the post, as others with 'Signed:'
    record = _text_page(
        "Seminar on Delta Rivers\n\nDate: Sunday, 14 December 2025\nTime: 10:00 am – 1:00 pm\n"
        "Venue: Seminar Room, Khulna\n\nChair\nProfessor Dr. Nasima Akter, Director, Institute of Water Studies\n\n"
        "All are cordially invited.\n\nSd/-\n(Dr. Rafiq Ahmed)\nConvener, Seminar Committee\n"
        "Phone: +880 41 720 171, Email: seminar@example.ac.bd\n"
    )
    assert {(n, r) for n, r, _, _ in _people(record)} == {("Nasima Akter", "chair"), ("Rafiq Ahmed", "contact")}


def test_a_subject_named_after_a_bodys_word_and_a_post_in_lower_case_is_the_person() -> None:
    # 'Society board chair X will welcome guests': the post in lower case between the body's word and the
    # name (the body named in full elsewhere on the page)
    entries = stated_roles("Society board chair Ingrid Halvorsen will welcome guests.")
    assert [(e.name, e.role, e.job_title) for e in entries] == [
        ("Ingrid Halvorsen", "introductory-remarks", "board chair")
    ]
    assert stated_roles("The Museum will open at noon.") == []


def test_a_notices_in_association_with_field_names_a_co_organiser() -> None:
    # 'Organised by:' / 'In association with:' / 'Supported by:', as the sentence 'X, in association with Y,
    # invites' names Y an organiser
    record = _text_page(
        "Seminar on Delta Rivers\n\nOrganised by: Institute of Water Studies\n"
        "In association with: River Research Institute\nSupported by: Delta Trust Fund\n\n"
        "Date: Sunday, 14 December 2025\nTime: 10:00 am – 1:00 pm\nVenue: Seminar Room, Khulna\n"
    )
    assert [o.name for o in record.organizers] == ["Institute of Water Studies", "River Research Institute"]
    assert [o.name for o in record.sponsors] == ["Delta Trust Fund"]


def test_a_town_halls_hosts_and_funder_are_read_from_its_sentences() -> None:
    record = _text_page(
        "Transit Town Hall\n\nThursday, March 12, 2026, 6:00 – 8:00 p.m.\nCommunity Center, Durham\n\n"
        "The Triangle Transit Alliance and the Durham Riders Union invite neighbors to a town hall with the"
        " county commissioners.\n\nThis town hall is made possible by a grant from the Bull City Foundation.\n"
    )
    assert [o.name for o in record.organizers] == ["Triangle Transit Alliance", "Durham Riders Union"]
    assert [o.name for o in record.sponsors] == ["Bull City Foundation"]


def test_the_html_title_and_description_are_not_read_as_one_sentence() -> None:
    # '<title>Town Hall - X Alliance</title>' and a description opening 'Join …': two lines of the page's
    # head, so that no body 'X Alliance Join' is read from them
    page = (
        "<html><head><title>Transit Town Hall - Triangle Transit Alliance</title>"
        "<meta name='description' content='Join riders and commissioners for a town hall on bus service.'>"
        "</head><body><h1>Transit Town Hall</h1><p>Thursday, March 12, 2026, 6:00 – 8:00 p.m., Durham</p>"
        "</body></html>"
    )
    assert [line.strip() for line in read_html(page, "page.html", None).head.splitlines()[:2]] == [
        "Transit Town Hall - Triangle Transit Alliance",
        "Join riders and commissioners for a town hall on bus service.",
    ]


def test_a_station_that_carries_the_event_live_beside_a_venue_makes_it_mixed() -> None:
    assert attendance("The forum will also be carried live on KTOO 360TV and streamed at ktoo.org.", True, False) == (
        "mixed"
    )
    assert attendance("The debate will be televised live on NBC 12.", True, False) == "mixed"
    assert attendance("The debate was carried by the evening papers.", True, False) is None


def test_hold_out_set_110_meets_the_target_in_every_field_of_the_issue() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-110" / "expected.yaml")
    for field in ("title", "start", "end", "people", "roles", "affiliations", "reports", "job titles", "attendance"):
        assert scores[field].f1 >= 0.9, field
    # left (docs/ingest.md, set 110): organizers the page states by its site only (Cleveland, Kansas City) or
    # by a possessive before the event's name (Juneau), two sponsors joined by 'and' with no body's word
    # between them, the Bulawayo locality taken from an embassy's town, a town after a body the gazetteer
    # holds under another spelling ('Cox's Bazar')
    assert scores["organizers"].f1 > 0.8 and scores["sponsors"].f1 > 0.75 and scores["locality"].f1 > 0.75
