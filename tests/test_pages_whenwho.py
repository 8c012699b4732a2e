"""Date, time, people and place forms that hold-out set 32 (institutions outside the US) and
the recorded misses of sets 25-29 showed the ingester missing, one test per form. Each page
here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates
from kg.pages.badge import join_date_badges
from kg.pages.gazetteer import town_zone
from kg.pages.people import describe, parse_entries
from kg.pages.sentences import bio
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_weekday_in_brackets_does_not_break_a_range_across_months() -> None:
    (found,) = find_dates("28 October (Tue) – 1 November (Sat) 2025")
    assert (found.start.isoformat(), found.end.isoformat() if found.end else None) == ("2025-10-28", "2025-11-01")
    (japanese,) = find_dates("2025.4.7（月）")
    assert japanese.start.isoformat() == "2025-04-07"


def test_a_multi_day_programme_with_bracketed_weekdays_runs_to_its_last_item() -> None:
    page = (
        "Workshop on Coastal Archives\n\n"
        "Date: 28 October (Tue) – 1 November (Sat) 2025\n"
        "Venue: Main Hall, Kobe University, Kobe\n\n"
        "Day 1: 28 October (Tue)\n"
        "10:00–12:00 Opening session\n"
        "Day 5: 1 November (Sat)\n"
        "09:30–11:45 Closing discussion\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-10-28T10:00:00+09:00", "2025-11-01T11:45:00+09:00")


def test_a_calendar_badge_stacked_on_lines_is_one_date() -> None:
    badge = ["Intro", "THU", "5", "JUN", "2025", "Later"]
    assert join_date_badges(badge) == ["Intro", "Thu 5 Jun 2025", "", "", "", "Later"]
    assert join_date_badges(["May", "be", "12", "people"]) == ["May", "be", "12", "people"]


def test_a_date_only_in_a_sidebar_badge_dates_the_event_not_the_related_listing() -> None:
    html = (
        "<html><body><main><h1>Glaciers of the Southern Alps</h1>"
        "<p>A talk on the retreat of the Franz Josef and Fox glaciers since 1990, and what it means for the"
        " towns of the West Coast and the rivers that feed them.</p></main>"
        '<aside><div class="badge"><span class="m">Sep</span><span class="d">18</span>'
        '<span class="y">2024</span></div><p>5:30pm – 6:30pm NZST</p>'
        "<h2>Upcoming</h2><ul><li>2 October 2024 – Seabirds of Otago</li></ul></aside></body></html>"
    )
    record = _html_page(html)
    assert (record.start, record.end) == ("2024-09-18T17:30:00+12:00", "2024-09-18T18:30:00+12:00")


def test_doors_open_then_a_talk_that_finishes_at_a_time() -> None:
    page = (
        "Public Lecture\n\nRivers of the Karoo\n\n"
        "Wednesday 14 May 2025\n"
        "Doors open 5pm, lecture 5:30pm, finishing at 7pm (SAST)\n"
        "Old Library, Stellenbosch\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-05-14T17:30:00+02:00", "2025-05-14T19:00:00+02:00")


def test_a_time_line_that_gives_its_zone_as_an_offset_is_the_events_time() -> None:
    page = (
        "Webinar\n\nAndean Glaciers and Lima's Water\n\n"
        "Thursday 6 March 2025\n"
        "09:00 – 10:30 (Lima time, UTC−5)\n"
        "15:00 – 16:30 CET\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-03-06T09:00:00-05:00", "2025-03-06T10:30:00-05:00")


def test_a_numbered_session_names_its_topic_not_people() -> None:
    page = (
        "Symposium on Harbour Towns\n\nDate: 12 June 2025\nVenue: Hall 2, Leiden\n\nProgramme\n"
        "10:00–11:30 Session 2: Salt Traders and Their Ledgers\n"
        "Chair: Dr. Anna Verbeek (Leiden University)\n"
    )
    names = {p[0] for p in _people(_text_page(page))}
    assert names == {"Anna Verbeek"}


def test_hosted_by_a_professor_is_a_host_not_an_organisation() -> None:
    html = (
        "<html><body><main><h1>Soil, Water and the Cerrado</h1><p>Date: 4 June 2025, 14:00 – 15:00 BRT</p>"
        "<p>Speaker: Dr. Paulo Reis, Embrapa</p>"
        "<p><strong>Hosted by</strong> Prof. Lúcia Andrade, Coordinator of the Cerrado Research Network</p>"
        "</main></body></html>"
    )
    record = _html_page(html)
    assert ("Lúcia Andrade", "host", "Cerrado Research Network", "Coordinator") in _people(record)
    assert not any(o.name.lower().startswith("prof") for o in record.organizers)


def test_a_welcome_by_sentence_gives_introductory_remarks() -> None:
    page = (
        "Evening Talk\n\nShipwrecks of the Solent\n\nTuesday 4 March 2025, 18:30 to 19:30 GMT\nPortsmouth\n\n"
        "Speaker: Dr Ruth Eames, Maritime Archaeology Trust\n\n"
        "Welcome by Dr Tom Hollis, Director of the Portsmouth Maritime Society, who has led the society's"
        " survey of the harbour since it began.\n"
    )
    assert ("Tom Hollis", "introductory-remarks", "Portsmouth Maritime Society", "Director") in _people(
        _text_page(page)
    )


def test_the_person_before_in_conversation_with_keeps_her_own_title() -> None:
    page = (
        "Book Talk\n\nThe Herring Years\n\nMonday 10 March 2025, 13:00 to 14:00 GMT\nAberdeen\n\n"
        "Professor Ailsa Grant FRSE, Professor of Economic History, University of Aberdeen, in conversation"
        " with Dr Neil Murray OBE, Curator, Scottish Fisheries Museum.\n"
    )
    people = _people(_text_page(page))
    assert ("Ailsa Grant", "speaker", "University of Aberdeen", "Professor of Economic History") in people
    assert ("Neil Murray", "moderator", "Scottish Fisheries Museum", "Curator") in people


def test_join_names_the_speakers_of_running_text_with_an_occupation_as_title() -> None:
    page = (
        "Workshop\n\nKeeping Apple Varieties Alive\n\nSaturday 12 April 2025, 10:00 am – 12:00 pm ET\nIthaca, NY\n\n"
        "Which old apples are worth saving? Join orchard historian Ruth Calloway of the Finger Lakes Pomona"
        " Society and Dr. Amos Pike, Professor of Pomology at Lakeside State University, for a morning of"
        " grafting and tasting.\n"
    )
    people = _people(_text_page(page))
    assert ("Ruth Calloway", "speaker", "Finger Lakes Pomona Society", "orchard historian") in people
    assert ("Amos Pike", "speaker", "Lakeside State University", "Professor of Pomology") in people


def test_a_subject_who_shows_is_the_speaker_and_a_whose_clause_is_no_title() -> None:
    page = (
        "Lecture\n\nMapping the Rhine\n\nThursday 10 April 2025, 18:00 – 19:00 CEST\nCologne\n\n"
        "Rivers were drawn to be claimed. Dr. Karl Ebert, Curator of Maps at the Rhineland Library, shows how"
        " surveyors drew the river between 1790 and 1850.\n\n"
        "Dr. Lena Hoff, whose new book on Dutch canals appears this month, reveals how the river was tamed.\n"
    )
    people = _people(_text_page(page))
    assert ("Karl Ebert", "speaker", "Rhineland Library", "Curator of Maps") in people
    assert ("Lena Hoff", "speaker", None, None) in people


def test_a_bio_gives_the_fuller_form_of_an_occupation_named_before() -> None:
    page = (
        "Gallery Talk\n\nLacquer of the Ryukyu Kingdom\n\nFriday 9 May 2025, 2:00 pm – 3:00 pm ET\nSalem, MA\n\n"
        "Curator Ana Ruiz leads the tour and is joined by conservator Tomas Berg, who cleaned the pieces for"
        " the show.\n\nTomas Berg is Senior Objects Conservator at the Harbor Conservation Studio.\n"
    )
    people = _people(_text_page(page))
    assert ("Tomas Berg", "speaker", "Harbor Conservation Studio", "Senior Objects Conservator") in people


def test_a_bio_with_a_bracket_after_the_name_and_a_two_language_university() -> None:
    page = (
        "Seminar\n\nTreaty and Fisheries\n\nWednesday 9 April 2025, 12:00pm – 1:00pm NZST\nAuckland\n\n"
        "Speaker\n\n"
        "Dr Mere Tipene (Ngāpuhi) is Senior Lecturer in Law at Waipapa Taumata Rau—University of Auckland.\n"
    )
    people = _people(_text_page(page))
    assert ("Mere Tipene", "speaker", "Waipapa Taumata Rau—University of Auckland", "Senior Lecturer in Law") in people


def test_a_venue_and_its_stream_parted_by_a_slash() -> None:
    page = (
        "Seminar\n\nPorts of the Yellow Sea\n\n"
        "Date & Time : 2025-05-21 (Wed) 15:00-17:00 (KST)\n"
        "Venue : Seminar Room B (3F), 12 Sejong-daero, Jung-gu, Busan / Live on YouTube\n"
    )
    record = _text_page(page)
    assert record.location is not None and record.location.locality == "Busan"
    assert record.start == "2025-05-21T15:00:00+09:00"


def test_the_city_as_the_text_writes_it_when_embedded_data_gives_the_same_address() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Event",'
        '"name":"Baroque Music in Bavaria","startDate":"2025-05-15T18:00:00+02:00",'
        '"location":{"@type":"Place","name":"Residenz","address":{"@type":"PostalAddress",'
        '"streetAddress":"Residenzstraße 1","postalCode":"80333","addressLocality":"München"}}}</script></head>'
        "<body><main><h1>Baroque Music in Bavaria</h1><p>15 May 2025, 18:00–19:30 CEST</p>"
        "<p>Venue: Residenz, Residenzstraße 1, 80333 Munich</p></main></body></html>"
    )
    record = _html_page(html)
    assert record.location is not None and record.location.locality == "Munich"


def test_chief_before_a_name_is_an_honorific_not_a_post() -> None:
    (entry,) = parse_entries("Chief Rose Whitehorse | Red Earth Cree Nation")
    assert (entry.name, entry.honorific, entry.job_title, entry.affiliation) == (
        "Rose Whitehorse",
        "Chief",
        None,
        "Red Earth Cree Nation",
    )
    (officer,) = parse_entries("Chief Economist Tom Baird, Harbour Bank")
    assert (officer.name, officer.job_title) == ("Tom Baird", "Chief Economist")


def test_of_two_current_posts_the_employers_is_kept_over_a_seat_on_a_task_force() -> None:
    for line in (
        "Ana Duarte, Co-Chair, Task Force on Coastal Resilience; Director, Delta Research Institute",
        "Ana Duarte, Director, Delta Research Institute; Member, Scientific Committee on Deltas",
    ):
        (entry,) = parse_entries(line)
        assert (entry.job_title, entry.affiliation) == ("Director", "Delta Research Institute")


def test_a_one_word_brand_after_a_title_is_the_organisation() -> None:
    assert describe("Chief Executive of BirdLife") == ("Chief Executive", "BirdLife")
    assert describe("Director of McAllister") == ("Director of McAllister", None)  # a family name


def test_a_bio_keeps_the_post_not_the_occupation_before_it() -> None:
    found = bio("Marta Novak is a geographer and Senior Researcher at the Slovenian Academy of Sciences and Arts.")
    assert found == ("Marta Novak", "Senior Researcher", "Slovenian Academy of Sciences and Arts")


def test_a_region_after_a_ministry_is_no_organisation() -> None:
    assert describe("Director of Energy, Ministry of Infrastructure, Tobago") == (
        "Director of Energy",
        "Ministry of Infrastructure",
    )
    assert describe("Adviser, Ministry of Finance, Brookings Institution") == (
        "Adviser, Ministry of Finance",
        "Brookings Institution",
    )


def test_a_meetup_host_with_an_initial_and_a_group_named_circle() -> None:
    page = (
        "Thursday, May 8, 2025\n\nWhat Open Data Portals Get Wrong\n\nHosted By\nMarek K.\n\n"
        "Leipzig Civic Data Circle\nPublic group\n\n"
        "Thursday, May 8, 2025 at 7:00 PM to Thursday, May 8, 2025 at 9:00 PM CEST\nBasislager Coworking\n"
        "Peterssteinweg 14 · Leipzig\n"
    )
    people = _people(_text_page(page))
    assert {(name, role) for name, role, _, _ in people} == {("Marek K.", "host")}


def test_a_speaker_in_one_programme_item_who_chairs_another_has_both_roles() -> None:
    page = (
        "Workshop on Harbour Towns\n\nDate: 12 June 2025\nVenue: Hall 2, Leiden\n\nProgramme\n"
        "10:00–11:30 Session 1: Salt and Herring\n"
        "Speakers: Dr. Anna Verbeek (Leiden University); Dr. Piet Mol (Utrecht University)\n"
        "12:00–13:30 Session 2: Shipyards\n"
        "Chair: Dr. Anna Verbeek (Leiden University)\n"
        "Speaker: Prof. Karin Smit (University of Amsterdam)\n"
    )
    roles = {(name, role) for name, role, _, _ in _people(_text_page(page))}
    assert {("Anna Verbeek", "speaker"), ("Anna Verbeek", "chair")} <= roles


def test_a_speakers_list_that_repeats_the_moderator_still_gives_one_role() -> None:
    page = (
        "Panel\n\nSalt and Herring\n\nDate: 12 June 2025, 10:00–11:30 CEST\nVenue: Hall 2, Leiden\n\n"
        "Speakers: Dr. Anna Verbeek, Leiden University; Dr. Piet Mol, Utrecht University\n\n"
        "Moderator: Dr. Anna Verbeek, Leiden University\n"
    )
    roles = {(name, role) for name, role, _, _ in _people(_text_page(page))}
    assert roles == {("Anna Verbeek", "moderator"), ("Piet Mol", "speaker")}


def test_a_speakers_list_after_the_programme_belongs_to_no_programme_item() -> None:
    page = (
        "Workshop on Harbour Towns\n\nDate: 12 June 2025\nVenue: Hall 2, Leiden\n\nProgramme\n"
        "10:00–11:30 Session 1: Salt and Herring\n"
        "Moderator: Dr. Anna Verbeek (Leiden University)\n"
        "12:00–13:30 Session 2: Shipyards\n"
        "Speaker: Prof. Karin Smit (University of Amsterdam)\n\n"
        "The workshop closes the three-year project on the towns of the Zuiderzee and their trade with the"
        " Baltic, and its findings will be published next year.\n\n"
        "Speakers: Dr. Anna Verbeek, Leiden University; Prof. Karin Smit, University of Amsterdam\n"
    )
    roles = {(name, role) for name, role, _, _ in _people(_text_page(page))}
    assert roles == {("Anna Verbeek", "moderator"), ("Karin Smit", "speaker")}


WHEN_WHO = ("start", "end", "people", "roles", "job titles", "locality")


@pytest.mark.parametrize("number", [27, 28, 29, 32])
def test_the_later_hold_out_sets_meet_the_target_in_dates_and_people(number: int) -> None:
    """Sets 27-29 and 32 are below 0.9 in fields of the other ingest work (titles, reports,
    organisations), so test_every_field_meets_the_f1_target leaves them out; their dates,
    people, roles, job titles and localities meet the target and stay so."""
    scores = measure(Path(__file__).parent / "data" / f"holdout-{number}" / "expected.yaml")
    assert {name: scores[name].f1 for name in WHEN_WHO if scores[name].f1 < 0.9} == {}


@pytest.mark.parametrize(
    ("when", "start"),
    [
        ("Thursday 5 September 2024, 12:15–13:00", "2024-09-05T12:15:00+02:00"),  # summer time
        ("Thursday 16 January 2025, 12:15–13:00", "2025-01-16T12:15:00+01:00"),
    ],
)
def test_a_time_without_a_zone_takes_the_zone_of_the_town_in_the_address(when: str, start: str) -> None:
    text = f"Lunchtime Talk\n\nSeeds of the Linnaean Garden\n\n{when}\nThe Botanical Hall, Villavägen 8, Uppsala\n"
    record = _text_page(text)
    assert (record.start, record.time_zone) == (start, "Europe/Stockholm")


def test_a_town_name_shared_across_zones_gives_no_zone() -> None:
    assert town_zone("The Old Schools, Trinity Lane, Cambridge") is None  # England, Massachusetts, Ontario
    assert town_zone("12 Rue des Écoles, 75005 Paris") == "Europe/Paris"


@pytest.mark.parametrize(
    "line", ["Online, Zoom (registration required)", "Online via Microsoft Teams", "Virtual, on YouTube"]
)
def test_an_online_line_naming_its_platform_states_online_attendance(line: str) -> None:
    text = (
        f"Public Lecture\n\nRebuilding the Grid After Two Winters\n\n21 March 2024, 17:00-18:30 (Kyiv time)\n{line}\n"
    )
    assert _text_page(text).attendance_mode == "online"
