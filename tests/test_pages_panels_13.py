"""Role and affiliation forms that hold-out set 77 (panels, conferences and workshops whose speakers
carry long affiliations: Hiroshima, Kuwait, Lviv, Birmingham, Davao, Yaoundé, Strasbourg, Medellín)
showed the ingester missing, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_post_meta_line_giving_a_range_of_hours_is_the_events_date_not_a_byline() -> None:
    # static-site themes put the event's date and hours in the post's meta line under the heading;
    # a byline dates the post at one moment, never with a range of hours
    page = (
        "<html><body><article><header><h1>Grain Corridors after the War</h1>"
        '<p class="post-meta"><time datetime="2022-03-03">Thursday 3 March 2022</time> · 14:00 – 15:30 (CAT) · Zoom</p>'
        "</header><p>An online seminar of the Lusaka Trade Observatory.</p></article></body></html>"
    )
    record = _html_page(page)
    assert (record.start, record.end) == ("2022-03-03T14:00:00+02:00", "2022-03-03T15:30:00+02:00")


def test_the_people_listed_under_a_chaired_by_line_are_the_sessions_speakers_not_chairs() -> None:
    # 'Chaired by X, Post' is the session's one chair, as 'Chair: X, Post' is; the list under it
    # names the people who speak in the session
    page = (
        "Graz Centre for Comparative Law\n\nWorkshop\n\nCourts and Climate Duties\n\n"
        "Date(s)\n5 March 2024\n10:00 - 13:00\n\nProgramme\n\n"
        "10:00 - First part: Standing and remedies\n"
        "Chaired by Ms Katrin Eder, Judge at the Constitutional Court of Austria\n"
        "- Professor Marco Ruggieri, Professor of Administrative Law, University of Trento\n"
        "- Dr Lena Vogt, Senior Lecturer in Public Law, University of Graz\n"
    )
    people = {(n, r) for n, r, *_ in _people(_text_page(page))}
    assert ("Katrin Eder", "chair") in people
    assert {("Marco Ruggieri", "speaker"), ("Lena Vogt", "speaker")} <= people
