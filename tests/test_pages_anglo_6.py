"""Forms that hold-out set 53 (English-language think tanks, universities and institutes in the UK,
Ireland, Kenya, Canada, the US, Australia, Jamaica and South Africa) showed the ingester missing,
one test per form. Each page here is written for the form, not copied from the hold-out page that
showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import parse_entries
from tests.test_pages_unseen import _html_page, _people, _text_page

TALK_HEAD = "Rivers and the Law\n\nTuesday 4 February 2025\n"


def test_a_time_range_with_what_comes_before_it_in_brackets_is_the_date_blocks_time() -> None:
    """'6.30pm – 8pm (coffee and registration from 6pm)': the talk starts at 6.30pm, and the
    venue under the line is the event's, not a programme item's."""
    record = _text_page(
        TALK_HEAD + "6.30pm – 8pm (coffee and registration from 6pm)\n"
        "The Assembly Rooms, George Street, Edinburgh EH2 2LR\n\nA talk about rivers.\n"
    )
    assert (record.start, record.end) == ("2025-02-04T18:30:00+00:00", "2025-02-04T20:00:00+00:00")
    assert record.location is not None and record.location.locality == "Edinburgh"


def test_dated_items_a_blank_line_apart_are_one_list_of_other_events() -> None:
    """A 'Related events' list whose items (a date line over a title) stand a blank line apart:
    its second item's 'Webinar: …' is another event's, not this one's attendance."""
    record = _text_page(
        TALK_HEAD + "18:30–20:00 GMT\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\nA talk about rivers.\n\n"
        "Related events\n\n3 March 2025\nFloods and Insurance\n\n7 April 2025\nWebinar: Water Rights in the North\n"
    )
    assert record.attendance_mode is None


def test_an_event_held_in_person_is_offline() -> None:
    head = TALK_HEAD + "18:30–20:00 GMT\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\n"
    assert _text_page(head + "This event is held in person.\n").attendance_mode == "offline"
    assert _text_page(head + "The talk will be held in person and online.\n").attendance_mode == "mixed"


def test_a_sentence_about_a_series_of_events_names_its_sponsor() -> None:
    """'Our evening lectures are supported by X': the plural names the kind of event too."""
    record = _text_page(
        TALK_HEAD + "18:30–20:00 GMT\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\nA talk about rivers.\n\n"
        "Our evening lectures are supported by the Aire Valley Trust.\n"
    )
    assert record.sponsors and [s.name for s in record.sponsors] == ["Aire Valley Trust"]


def test_a_city_standing_alone_in_the_address_gives_the_clock_not_one_inside_a_venues_name() -> None:
    """'Stanley Burbury Theatre, …, Hobart': Hobart's clock (AEDT in March), not the Falklands'
    Stanley's."""
    record = _text_page(
        "Fire and the Highlands\n\nThursday 13 March 2025\n5.30pm – 7pm\n"
        "Stanley Burbury Theatre, Churchill Avenue, Hobart\n\nA lecture.\n"
    )
    assert record.start == "2025-03-13T17:30:00+11:00"


def test_a_sentence_ending_in_initials_is_running_text() -> None:
    """'The seminar will be chaired by X, Director of the Y Centre, UCC.' under the speakers' bios is
    a sentence naming the chair, not another line of the last bio."""
    record = _text_page(
        TALK_HEAD + "13:00–14:15 GMT\nRoom 2, Main Building, Dublin 2\n\nSpeakers\n\nDr Ann Lee\n"
        "Ann Lee is a Senior Lecturer in Law at Trinity College Dublin.\n\n"
        "The seminar will be chaired by Professor Máire Nolan, Director of the Centre for Water Law, UCC.\n"
    )
    assert ("Máire Nolan", "chair") in {(p.person.name, p.role) for p in record.participants}


def test_the_hon_after_another_title_is_an_honorific() -> None:
    [entry] = parse_entries("Dr. the Hon. Ann Lee, Minister of Finance, Government of Barbados")
    assert (entry.honorific, entry.name) == ("Dr. the Hon.", "Ann Lee")
    [entry] = parse_entries("Professor the Hon. Tom Hale, Principal, University of the South")
    assert (entry.honorific, entry.name) == ("Professor the Hon.", "Tom Hale")


def test_a_region_in_brackets_after_the_employer_starts_no_second_person() -> None:
    [entry] = parse_entries("Mark Roe, Director General, Coastal Resource Management, Parks Canada (Atlantic Region)")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Mark Roe",
        "Director General, Coastal Resource Management",
        "Parks Canada",
    )


def test_a_posts_portfolio_in_brackets_before_the_employer_stays_with_the_post() -> None:
    [entry] = parse_entries("Dr Ann Lee, Vice-President (Operations), Caribbean Development Bank")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Ann Lee",
        "Vice-President (Operations)",
        "Caribbean Development Bank",
    )


def test_a_programmes_lecture_and_response_items_name_the_speaker_and_the_respondent() -> None:
    """'Lecture: Dr X' and 'Response: Mr Y, post, Org' in a named lecture's programme; a list's
    'Lecture: Its Title — 3 Dec 2024' names no one."""
    record = _text_page(
        TALK_HEAD + "19:00–21:00 GMT\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\nProgramme\n\n"
        "Chair: Professor Tom Hale, Director, Leeds Water Institute\n\nLecture: Dr. Ann Lee\n\n"
        "Response: Mr. Omar Shah, Chief Economist, Yorkshire Water\n\n"
        "Past lectures\nLecture: Brazil's Offshore Wind — 3 Dec 2024\n"
    )
    people = {(p.person.name, p.role) for p in record.participants}
    assert people == {("Tom Hale", "chair"), ("Ann Lee", "speaker"), ("Omar Shah", "respondent")}


def test_a_lecture_to_be_delivered_by_names_the_speaker_with_her_post() -> None:
    record = _text_page(
        TALK_HEAD + "19:00–21:00 GMT\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\n"
        "The Institute invites you to the 2025 Aire Lecture, to be delivered by Dr. Ann Lee, "
        "Vice-President, Caribbean Development Bank.\n"
    )
    assert _people(record) == {("Ann Lee", "speaker", "Caribbean Development Bank", "Vice-President")}


WEBINAR_BODY = (
    "<p>Tuesday, 10 June 2025</p><p>10:00 – 11:30 SAST</p><p>Online (Zoom)</p>"
    "<p>The webinar discusses how criminal proceeds move through the region's banks.</p>"
)


def test_a_sentence_case_title_with_a_dash_is_one_title() -> None:
    """'Following the money – organised crime in Southern Africa': the part after the dash goes on
    in lower case, so it is the title's, not a site's or section's name."""
    record = _html_page(
        "<html><head><title>Webinar: Following the money – organised crime in Southern Africa | ISGS</title>"
        '<meta property="og:title" content="Following the money – organised crime in Southern Africa">'
        "</head><body><main><h1>Following the money – organised crime in Southern Africa</h1>"
        + WEBINAR_BODY
        + "</main></body></html>"
    )
    assert record.name == "Following the money – organised crime in Southern Africa"


def test_a_named_lectures_heading_led_by_its_year_is_the_series_and_the_lectures_title_wins() -> None:
    record = _html_page(
        "<html><head><title>The 2025 Sir John Hale Distinguished Lecture – Institute of Caribbean Studies</title>"
        "</head><body><main><h1>The 2025 Sir John Hale Distinguished Lecture</h1>"
        "<p>Thursday, April 10, 2025</p><p>7:00 pm - 9:00 pm EDT</p>"
        "<h2>Climate Finance and Debt: A Way Forward for Small Island States</h2>"
        "<p>The lecture asks how island states can pay for adaptation.</p></main></body></html>"
    )
    assert record.name == "Climate Finance and Debt: A Way Forward for Small Island States"


def test_initials_are_spelled_out_by_the_sites_logo() -> None:
    """A speaker card's 'Senior Researcher, ISGS' on a site whose header logo reads 'ISGS –
    Institute for Security and Governance Studies'."""
    record = _html_page(
        '<html><head><title>Following the money | ISGS</title></head><body><header><a class="Header_logo__x1">'
        '<img alt="ISGS – Institute for Security and Governance Studies"></a></header><main>'
        "<h1>Following the money</h1>"
        + WEBINAR_BODY
        + "<h2>Speakers</h2><h3>Ann Lee</h3><p>Senior Researcher, ISGS</p>"
        "</main></body></html>"
    )
    assert _people(record) == {
        ("Ann Lee", "speaker", "Institute for Security and Governance Studies", "Senior Researcher")
    }


def test_a_series_named_by_its_region_and_numbered_plainly_is_a_report() -> None:
    record = _html_page(
        "<html><head><title>Following the money</title></head><body><main><h1>Following the money</h1>"
        + WEBINAR_BODY
        + "<p>This webinar launches the new ISGS Southern Africa Report 62, which maps criminal money.</p>"
        "</main></body></html>"
    )
    assert [(r.name, r.report_number) for r in record.reports] == [("Southern Africa Report 62", "62")]


def test_a_logo_of_two_names_spells_out_the_initials_by_the_right_one() -> None:
    """A branding box of two elements, the name in English and in the local language: each its
    own text ('… Economic Research' / 'Dunai …', not '… ResearchDunai …')."""
    record = _html_page(
        '<html><head><title>Following the money | DIER</title></head><body><header><a class="site-logo">'
        "<span>Danube Institute for Economic Research</span><span>Dunai Gazdaságkutató Intézet</span></a></header>"
        "<main><h1>Following the money</h1>"
        + WEBINAR_BODY
        + "<h2>Speakers</h2><h3>Ann Lee</h3><p>Senior Researcher, DIER</p></main></body></html>"
    )
    full = "Danube Institute for Economic Research"
    assert _people(record) == {("Ann Lee", "speaker", full, "Senior Researcher")}


def test_a_funders_name_ends_before_under_its_scheme() -> None:
    record = _text_page(
        TALK_HEAD + "18:30–20:00 GMT\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\n"
        "The lecture series is funded by the Wellcome Trust under its Public Engagement scheme.\n"
    )
    assert [s.name for s in record.sponsors] == ["Wellcome Trust"]


def test_the_institute_that_will_launch_its_report_at_the_event_hosts_it() -> None:
    """'Y will launch its report …' names the host; 'The launch is organised in cooperation with X'
    names a partner, a sponsor (as sets 5 and 15 hold)."""
    record = _text_page(
        TALK_HEAD + "09:00–13:00 GMT\nMill Hall, 4 Bank Street, Leeds LS1 5AB\n\n"
        "The Institute for Water Futures (IWF) will launch the Northern Water Outlook 2025 at this event.\n\n"
        "The launch is organised in cooperation with the Yorkshire Rivers Council.\n"
    )
    assert [o.name for o in record.organizers] == ["Institute for Water Futures"]
    assert [s.name for s in record.sponsors] == ["Yorkshire Rivers Council"]


def test_an_irish_postcode_in_the_footer_gives_irish_time() -> None:
    """A venue naming no town ('Room 2, Main Building') on a site whose address ends with an
    Eircode ('T12 K8AF'): the times are Irish (summer time in June)."""
    record = _text_page(
        "Water Charges Revisited\n\nDate: Thursday, 5 June 2025\nTime: 1.00pm – 2.15pm\n"
        "Venue: Room 2, Main Building\n\nA seminar on paying for water.\n\n"
        "Contact us\nCentre for Water Policy, Main Building, University Road, T12 K8AF\n"
    )
    assert (record.start, record.end) == ("2025-06-05T13:00:00+01:00", "2025-06-05T14:15:00+01:00")


def test_a_city_at_the_end_of_a_line_is_not_taken_for_a_street_by_the_next_lines_word() -> None:
    """'…, Hobart' over the embedded place's 'Stanley Theatre …': Hobart is no 'Hobart St…'."""
    record = _html_page(
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        ' "name": "Fire and the Highlands", "startDate": "2025-03-13T17:30", "location": {"@type": "Place",'
        ' "name": "Stanley Theatre", "address": "Harbour Road, Sandy Bay TAS 7005"}}</script></head><body><main>'
        "<h1>Fire and the Highlands</h1><h3>When</h3><p>Thursday 13 March 2025<br>5.30pm – 7.00pm</p>"
        "<h3>Where</h3><p>Stanley Theatre<br>Harbour Road, Hobart</p><p>A lecture on fire.</p></main></body></html>"
    )
    assert record.start == "2025-03-13T17:30:00+11:00"


def test_set_53_meets_the_f1_target_in_every_field_but_locality() -> None:
    """Locality is left: Cork named only inside 'University College Cork', and the embedded place's
    suburb ('Sandy Bay') given for Hobart."""
    scores = measure(Path(__file__).parent / "data" / "holdout-53" / "expected.yaml")
    below = {name: round(score.f1, 3) for name, score in scores.items() if score.f1 < 0.9 and name != "locality"}
    assert below == {}
