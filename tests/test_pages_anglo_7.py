"""Forms that hold-out set 56 (English-language think tanks, universities and learned societies in
Houston, Saskatoon, Perth (Scotland), Kolkata, Pittsburgh, London, Dunedin and Madison) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import stated_hosts
from kg.pages.people import describe, split_entries
from kg.pages.when import place_zone
from tests.test_pages_unseen import _html_page, _people, _text_page

TALK = "Peat and Carbon\n\nWednesday 4 March 2026, 7.30pm\nThe Guildhall, 2 High Street, Perth PH1 5PH\n\nA talk.\n\n"
EVENING_HEAD = "Water Wars: The Colorado River Compact at 100\n\nThursday, April 16, 2026\n"


def test_a_list_of_upcoming_programs_is_a_list_of_other_events() -> None:
    """'UPCOMING PROGRAMS' over dated items: a 'Webinar: …' among them is another event's, so
    this evening at a venue is not hybrid."""
    record = _text_page(
        EVENING_HEAD + "6:00 – 7:30 PM CT\nRiverside Club\n400 Main Street, Tulsa, OK 74103\n\n"
        "An evening talk about water.\n\nUPCOMING PROGRAMS\n\nMay 5, 2026\nWebinar: Trade with Mexico\n"
        "May 19, 2026\nBook Club: The Overstory\n"
    )
    assert record.attendance_mode is None


def test_thanks_to_a_program_sponsor_names_the_sponsor() -> None:
    record = _text_page(
        EVENING_HEAD + "6:00 – 7:30 PM CT\nRiverside Club\n400 Main Street, Tulsa, OK 74103\n\n"
        "An evening talk about water.\n\nThank you to our Program Sponsor, Red River Pipeline Company, for "
        "making this evening possible.\n"
    )
    assert [s.name for s in record.sponsors] == ["Red River Pipeline Company"]


def test_a_lecture_supported_by_an_endowment_names_its_sponsor() -> None:
    record = _text_page(
        "Cities and Their Rivers\n\nFriday, 6 March 2026\nTime: 5:00 pm\nVenue: Seminar Hall, Hyderabad\n\n"
        "The annual lecture is supported by an endowment from the Rao Memorial Trust.\n"
    )
    assert [s.name for s in record.sponsors] == ["Rao Memorial Trust"]


def test_a_school_supported_by_funders_under_its_programme_names_sponsors_and_no_person() -> None:
    """'The Summer School is supported by X and Y.' after the last programme item: a passive is no
    bio of a person 'The Summer School', and the school is the event its funders sponsor."""
    record = _text_page(
        "Summer School 2026: Oceans and Law\n\n6 – 8 July 2026\nVenue: Old Quad, Dunedin\n\nProgramme\n\n"
        "9.00am Keynote: Dr Ana Ruiz, Director, Ocean Law Centre, University of Vigo\n\n"
        "12.00pm School closes\n"
        "The Summer School is supported by the Ocean Research Council and the Law Foundation.\n"
    )
    assert {p.person.name for p in record.participants} == {"Ana Ruiz"}
    assert [s.name for s in record.sponsors] == ["Ocean Research Council", "Law Foundation"]


def test_a_roundtable_of_all_speakers_moderated_by_x_makes_x_only_the_moderator() -> None:
    record = _text_page(
        "Small States Forum\n\nSaturday 27 June 2026\n\nProgramme\n\n"
        "9.30am Roundtable: What next for the Pacific? All speakers, moderated by Mere Tapsell, "
        "Pacific Correspondent, Radio Aotearoa\n\n11.30am Closing remarks: Dr Jo Baird\n"
    )
    assert ("Mere Tapsell", "moderator", "Radio Aotearoa", "Pacific Correspondent") in _people(record)
    assert not {p for p in _people(record) if p[0] == "Mere Tapsell" and p[1] != "moderator"}


def test_a_reception_before_the_program_runs_to_the_programs_end() -> None:
    """'Reception 6:00 PM | Program 6:45 – 8:00 PM': the evening ends when its program does."""
    record = _text_page(
        EVENING_HEAD + "Reception 6:00 PM | Program 6:45 – 8:00 PM (Central Time)\nRiverside Club\n"
        "400 Main Street, Tulsa, OK 74103\n\nAn evening talk about water.\n"
    )
    assert record.end == "2026-04-16T20:00:00-05:00"


def test_a_second_clock_in_brackets_is_no_end() -> None:
    record = _text_page(
        "Trade Talk\n\nTuesday, March 3, 2026\n10:00 AM ET (16:00 – 17:30 CET)\n\nOnline webinar about trade.\n"
    )
    assert (record.start, record.end) == ("2026-03-03T10:00:00-05:00", None)


def test_a_postcode_after_the_city_names_its_country() -> None:
    """Cities share names: 'Perth PH1 5LQ' is Scottish, 'London, ON N6A 3K7' Canadian, 'Boston
    PE21 6NQ' English."""
    assert place_zone("2 Tay Street, Perth PH1 5LQ") == "Europe/London"
    assert place_zone("Perth\nKinnoull Hall, 2 Tay Street, Perth PH1 5LQ") == "Europe/London"
    assert place_zone("1151 Richmond Street, London, ON N6A 3K7") == "America/Toronto"
    assert place_zone("Market Place, Boston PE21 6NQ") == "Europe/London"
    assert place_zone("35 Stirling Highway, Perth WA 6009") == "Australia/Perth"
    record = _text_page(
        "Mapping Lost Coastlines\n\nWednesday 21 January 2026, 7.30pm\nThe Guildhall, 2 High Street, Perth PH1 5PH\n\n"
        "A talk about coastlines.\n"
    )
    assert record.start == "2026-01-21T19:30:00+00:00"


def test_and_inside_a_posts_subject_starts_no_second_person() -> None:
    """'Former Deputy Assistant Secretary for Terrorist Financing and Financial Crimes, X': the
    words after 'and' are the post's second subject, not a person, unless a post of their own
    follows them."""
    assert split_entries(
        "Ruth Okoye, Assistant Secretary for Trade Enforcement and Market Access, U.S. Department of Commerce"
    ) == ["Ruth Okoye, Assistant Secretary for Trade Enforcement and Market Access, U.S. Department of Commerce"]
    assert split_entries("Jane Doe, Director of Research and John Roe, Professor, MIT") == [
        "Jane Doe, Director of Research",
        "John Roe, Professor, MIT",
    ]


def test_a_response_that_will_follow_from_x_names_the_respondent() -> None:
    record = _text_page(
        "Rivers of Empire\n\nOctober 15, 2026 5:30 pm - 7:00 pm CDT\nLathrop Hall, 1050 University Avenue, "
        "Madison, WI 53706\n\nProfessor Ada Lind of Yale University delivers the fall lecture. A response will "
        "follow from Tomas Berg, Assistant Professor of History, University of Iowa, and the evening will close "
        "with questions.\n"
    )
    assert ("Tomas Berg", "respondent", "University of Iowa", "Assistant Professor of History") in _people(record)


def test_a_date_line_with_doors_opening_in_brackets_is_the_date_block_under_the_title() -> None:
    """'Wednesday 21 January 2026, 7.30pm (doors open 7pm)' is the date line, so the heading over it
    is the title, not the society's name at the top."""
    record = _text_page(
        "Skip to content\nThe Royal Northern Antiquarian Society\n\nHome   Talks   Membership   Contact\n\n"
        "Evening Talk\n\nHadrian's Wall at 1900: Frontier Lives in Stone\n\n"
        "Tuesday 10 February 2026, 7pm (doors open 6.30pm)\nThe Lit & Phil, 23 Westgate Road, Newcastle NE1 1SE\n\n"
        "A talk about the wall.\n\nThe Royal Northern Antiquarian Society\n"
    )
    assert record.name == "Hadrian's Wall at 1900: Frontier Lives in Stone"
    assert record.start == "2026-02-10T19:00:00+00:00"


def test_watching_the_talk_live_on_a_channel_makes_a_talk_at_a_venue_hybrid() -> None:
    record = _text_page(
        TALK + "Members unable to attend in person can watch the talk live on the Society's YouTube channel.\n"
    )
    assert record.attendance_mode == "mixed"


def test_an_online_location_field_in_the_date_block_is_online_whatever_the_footer_address() -> None:
    """'Location: Online via Zoom' beside 'Date:' and 'Time:' fields: an online event, not a hybrid
    one at the institute's address in the footer, and its 'CST' is the institute's clock
    (Saskatchewan keeps -06:00 all summer)."""
    record = _text_page(
        "Grain by Rail: Prairie Freight After 2025\n\nDate: Tuesday, July 14, 2026\n"
        "Time: 11:00 a.m. - 12:00 p.m. CST\nLocation: Online via Zoom. Registration is free.\n\n"
        "A webinar about grain.\n\nWestern Grain Policy Centre\n100 - 2nd Avenue North, Saskatoon, SK S7K 2B1\n"
    )
    assert record.attendance_mode == "online"
    assert (record.start, record.end) == ("2026-07-14T11:00:00-06:00", "2026-07-14T12:00:00-06:00")


def test_a_country_stated_with_the_town_picks_the_town_of_that_country() -> None:
    """Dunedin is in New Zealand and in Florida: the address's country says which clock."""
    assert place_zone("Dunedin") is None
    assert place_zone("Castle Street, Dunedin, New Zealand") == "Pacific/Auckland"
    assert place_zone("Main Street, Dunedin, FL 34698, US") == "America/New_York"


def test_an_embedded_places_country_code_gives_a_programmes_times_their_clock() -> None:
    """JSON-LD with dates only and an address whose country is a code ('NZ'): the programme's
    times are read on that country's clock, from the registration that opens it to the close."""
    record = _html_page(
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", '
        '"name": "Winter School 2026: Oceans and Law", "startDate": "2026-07-06", "endDate": "2026-07-07", '
        '"location": {"@type": "Place", "name": "Old Quad", "address": {"@type": "PostalAddress", '
        '"addressLocality": "Dunedin", "addressCountry": "NZ"}}}</script></head><body>'
        "<h1>Winter School 2026: Oceans and Law</h1><p>6–7 July 2026, Dunedin</p><h2>Programme</h2>"
        "<h3>Monday 6 July</h3><ul><li><strong>9.00am</strong> Registration</li>"
        "<li><strong>10.00am</strong> Keynote: Dr Ana Ruiz, Director, Ocean Law Centre</li></ul>"
        "<h3>Tuesday 7 July</h3><ul><li><strong>3.00pm</strong> School closes</li></ul></body></html>"
    )
    assert (record.start, record.end) == ("2026-07-06T09:00:00+12:00", "2026-07-07T15:00:00+12:00")


def test_an_institute_that_launches_or_releases_its_report_at_the_event_hosts_it() -> None:
    """'the X Institute launches its new report' ('launches', not 'launchs'), 'the Y Institute
    releases Policy Brief No. 7': the institute holds the event; a short name that opens the one
    longer name the page gives is that organisation."""
    assert stated_hosts("At this event the Harcourt Institute launches its new report on pensions.")[0] == [
        "Harcourt Institute"
    ]
    record = _text_page(
        "Western Rail Policy Institute\n\nGrain by Rail\n\nDate: Tuesday, July 14, 2026\nTime: 11:00 a.m. - 12:00 p.m. "
        "CST\nLocation: Online via Zoom.\n\nAt this webinar, the Western Rail Institute releases Policy Brief "
        "No. 7.\n\n"
        "Speaker\nDr. Ann Lee, Senior Fellow, Western Rail Institute for Transport Policy\n"
    )
    assert [o.name for o in record.organizers] == ["Western Rail Institute for Transport Policy"]


def test_a_former_post_then_the_post_held_now_keeps_the_post_held_now() -> None:
    assert describe(
        "Former Member, Twelfth Planning Commission, and Visiting Professor, School of Law, Presidency University"
    ) == ("Visiting Professor, School of Law", "Presidency University")


def test_a_heading_gives_in_full_the_title_the_head_quotes_after_the_series_and_speaker() -> None:
    """<title>, og:title and JSON-LD 'Distinguished Lecture: X, "The Salt Roads"', h1 'The Salt Roads: Trade
    and Empire in …': the h1 is the lecture's title."""
    record = _html_page(
        '<html><head><title>Distinguished Lecture: Ada Lind, "The Salt Roads" | Humanities Center</title>'
        '<meta property="og:title" content="Distinguished Lecture: Ada Lind, &quot;The Salt Roads&quot;">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": '
        '"Distinguished Lecture: Ada Lind, \\"The Salt Roads\\"", "startDate": "2026-10-15T17:30:00-05:00"}'
        "</script></head>"
        "<body><div>Distinguished Lecture Series</div><h1>The Salt Roads: Trade and Empire in the Sahara</h1>"
        "<p>October 15, 2026 @ 5:30 pm - 7:00 pm CDT</p><p>Ada Lind, Professor of History at Yale University, "
        "delivers the lecture.</p></body></html>"
    )
    assert record.name == "The Salt Roads: Trade and Empire in the Sahara"


def test_set_56_meets_the_f1_target_in_every_field_but_start_affiliations_and_organizers() -> None:
    """Left: Houston's reception before the program (set 4's convention starts at the reception, set
    44's at the program), Kolkata's institute named with its city ('…, Kolkata') and 'Trade and Market
    Access' read as a second person, and two organisers the pages state by their site alone."""
    scores = measure(Path(__file__).parent / "data" / "holdout-56" / "expected.yaml")
    below = {name: round(score.f1, 3) for name, score in scores.items() if score.f1 < 0.9}
    assert set(below) <= {"start", "affiliations", "organizers"}
