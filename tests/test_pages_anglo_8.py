"""Forms that hold-out set 59 (English-language universities, learned societies, academies, museums and
institutes in Galway, Darwin, Stellenbosch, Ibadan, Winnipeg, Hyderabad, Anchorage and Bristol) showed
the ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.html import embedded_items
from kg.pages.people import parse_entries
from kg.pages.place import university_town
from kg.pages.when import place_zone
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_an_australian_state_and_postcode_name_the_states_clock() -> None:
    """'Casuarina NT 0810': the Northern Territory keeps ACST (+09:30) all year, while Adelaide, the
    clock 'ACST' names elsewhere, is on summer time in November; and 'WA 6009' is Western Australia,
    not the US state, which a ZIP code's five digits would follow."""
    assert place_zone("Ellengowan Drive, Casuarina NT 0810") == "Australia/Darwin"
    assert place_zone("35 Stirling Highway, Crawley, WA 6009") == "Australia/Perth"
    assert place_zone("Montlake Blvd, Seattle, WA 98195") == "America/Los_Angeles"
    record = _text_page(
        "Mangroves and Carbon Markets\n\nWednesday 11 November 2026\n11:00am - 12:00pm ACST\n"
        "Online via Zoom\n\nA webinar on blue carbon.\n\nTop End Research Centre\n"
        "1 Research Way, Casuarina NT 0810\n"
    )
    assert (record.start, record.end) == ("2026-11-11T11:00:00+09:30", "2026-11-11T12:00:00+09:30")


def test_embedded_json_ld_strings_are_read_as_text_not_as_html_source() -> None:
    """The Events Calendar writes the post's title into its JSON-LD with its HTML entities and the
    description as escaped markup: the name is 'Maps – and Power', not 'Maps &#8211; and Power'."""
    page = (
        '<html><head><script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event",'
        '"name":"Maps &#8211; and Power","description":"&lt;p&gt;A talk on &lt;em&gt;maps&lt;/em&gt;.&lt;/p&gt;",'
        '"startDate":"2026-03-12T19:00:00-05:00"}]</script></head><body><p>A talk.</p></body></html>'
    )
    [item] = embedded_items(page, "https://museum.example/event/maps/")
    assert (item["name"], item["description"]) == ("Maps – and Power", "A talk on maps.")


def test_a_book_launched_by_a_guest_names_the_guest_and_the_author_after_the_imprint() -> None:
    """'the launch of Title (Publisher, Year) by X, post, Org' names the author; 'The book will be
    launched by Y, post, Org' the guest who launches it: both speak."""
    record = _text_page(
        "Book Launch\n\nHarbour Lights: Lighthouses of the Atlantic Coast\n\nThursday, 8 October 2026\n"
        "6.00pm - 7.30pm\nSeminar Room 1, Quay Street, Cork\n\nThe Maritime History Centre invites you to the "
        "launch of Harbour Lights: Lighthouses of the Atlantic Coast (Cork University Press, 2026) by Dr Orla "
        "Twomey, Lecturer in History, University College Cork.\n\nThe book will be launched by Professor Brendan "
        "Keogh, Professor of Maritime Studies, Dublin City University.\n"
    )
    assert {(p.person.name, p.role, p.affiliation.name if p.affiliation else None) for p in record.participants} == {
        ("Orla Twomey", "speaker", "University College Cork"),
        ("Brendan Keogh", "speaker", "Dublin City University"),
    }


def test_a_speaker_named_by_family_name_takes_the_full_name_her_bio_gives() -> None:
    """'a conversation with Dr. Okafor' lists her by family name only; the bio 'Dr. Grace Okafor is
    Professor of History at X' names her in full and gives her post."""
    record = _text_page(
        "Rivers of Trade\n\nThursday, April 9, 2026, 7:00 pm - 8:30 pm CDT\nMuseum Hall, 25 Main Street, "
        "Winnipeg, MB R3C 4S8\n\nThe spring lecture brings historian Dr. Grace Okafor to the Museum to talk "
        "about the fur trade.\n\nDr. Grace Okafor is Professor of History at the University of Manitoba. She "
        "writes on the Hudson's Bay Company.\n\nThe lecture will be followed by a conversation with Dr. Okafor "
        "moderated by Sam Lee, Curator of History at the Museum.\n"
    )
    people = {(p.person.name, p.role, p.affiliation.name if p.affiliation else None) for p in record.participants}
    assert ("Grace Okafor", "speaker", "University of Manitoba") in people
    assert not any("Okafor" in name and name != "Grace Okafor" for name, _, _ in people)


def test_a_post_written_before_its_holder_after_the_names_the_holder() -> None:
    """'Chairman: The Vice-Chancellor, Professor X': the post, then the person who holds it."""
    record = _text_page(
        "Soil, Seed and the Savanna\n\nDate: Thursday, 5th November, 2026\nTime: 4.00 p.m.\n"
        "Venue: Main Auditorium, University of Jos\n\nLecturer: Professor Hauwa Danladi, Professor of Soil Science\n\n"
        "Chairman: The Vice-Chancellor, Professor Emmanuel Gyang Pwajok\n"
    )
    assert ("Emmanuel Gyang Pwajok", "chair", None, "Vice-Chancellor") in _people(record)


def test_the_chief_guests_address_and_the_valedictory_address_name_their_roles() -> None:
    """An Indian conference's programme: 'Inaugural Address by the Chief Guest: X' gives featured
    remarks (as 'Chief Guest: X'), 'Valedictory Address: Y' the closing remarks."""
    record = _text_page(
        "National Conference on Coastal Fisheries\n\n10 - 11 December 2026\nVenue: Conference Hall, Kochi\n\n"
        "Programme\n\n10 December 2026\n09:30 Inaugural Session\n"
        "Welcome Address: Dr. Leela Menon, Director, Marine Research Institute\n"
        "Inaugural Address by the Chief Guest: Shri Anil Varghese, Secretary, Fisheries Department, Government "
        "of Kerala\n\n11 December 2026\n12:00 Valedictory Session\n"
        "Valedictory Address: Prof. Joseph Mathew, Vice-Chancellor, Kerala University of Fisheries and Ocean "
        "Studies\n"
    )
    roles = {(p.person.name, p.role) for p in record.participants}
    assert {("Anil Varghese", "featured-remarks"), ("Joseph Mathew", "closing-remarks")} <= roles


def test_a_presenting_the_paper_heading_names_the_presenter() -> None:
    record = _text_page(
        "Grid Futures for the Outback\n\nWednesday 2 December 2026\n12:30pm - 1:30pm AWST\nOnline via Zoom\n\n"
        "A webinar launching our new paper.\n\nPresenting the paper\nDr Jia Lin\nResearch Fellow, Outback Energy "
        "Institute\n\nPanellists\nMs Kate Moore, General Manager, Pilbara Power Alliance\n"
    )
    assert ("Jia Lin", "presenter", "Outback Energy Institute", "Research Fellow") in _people(record)


def test_a_title_with_its_own_question_mark_numbered_in_brackets_is_the_numbered_report_only() -> None:
    """'its new report, Who Owns the River? Water, Land and Farming in the Delta (Research Report 9)':
    one report, named by its series and number, not a second one cut at the question mark."""
    record = _text_page(
        "Report launch: Who Owns the River?\n\nDate: Tuesday, 10 March 2026\nTime: 10:00 - 12:00 (SAST)\n"
        "Venue: Senate Hall, Stellenbosch\n\nThe Water Policy Centre invites you to the launch of its new report, "
        "Who Owns the River? Water, Land and Farming in the Delta (Research Report 9), which draws on two years "
        "of fieldwork.\n"
    )
    assert [(r.name, r.report_number) for r in record.reports] == [("Research Report 9", "9")]


def test_two_names_joined_by_and_before_one_organisation_share_it() -> None:
    """'Presentation of the report: Dr A and Ms B, CARF': both present for CARF; a second name with
    a post of its own ('Dr C and Dr D, Director, X') gives the first nothing."""
    assert [e.affiliation for e in parse_entries("Dr Pieter Botha and Ms Lindiwe Zulu, Centre for Water Studies")] == [
        "Centre for Water Studies",
        "Centre for Water Studies",
    ]
    assert [e.affiliation for e in parse_entries("Dr Anna Berg and Dr Tom Hale, Director, Centre for Cities")] == [
        None,
        "Centre for Cities",
    ]


def test_a_heading_without_the_series_that_the_other_sources_put_before_it_is_the_title() -> None:
    """The <title>, og:title and JSON-LD write 'Harbour Talks Lecture: Ships of Stone – Building the
    Breakwater' (WordPress typesets ' - ' as an en dash); the h1 under a series kicker prints 'Ships of
    Stone: Building the Breakwater'. The series is not the title, and the dash and colon both set off
    the subtitle: the heading, as it prints it."""
    name = "Harbour Talks Lecture: Ships of Stone &#8211; Building the Breakwater"
    record = _html_page(
        f"<html><head><title>{name} &#8211; Port Museum</title>"
        f'<meta property="og:title" content="{name}">'
        '<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event",'
        f'"name":"{name}","startDate":"2026-03-12T19:00:00-05:00","endDate":"2026-03-12T20:30:00-05:00"}}]'
        '</script></head><body><p class="kicker">Harbour Talks Lecture Series</p>'
        "<h1>Ships of Stone: Building the Breakwater</h1><p>March 12, 2026 @ 7:00 pm - 8:30 pm CDT</p>"
        "<p>A talk by Dr. Ann Lowe, Curator, Port Museum.</p></body></html>"
    )
    assert record.name == "Ships of Stone: Building the Breakwater"


def test_a_calendars_contact_email_field_is_no_employer_of_the_contact_named_above_it() -> None:
    """Localist's details list: 'Contact Name' over 'Contact Email': the e-mail field is a field, not
    the contact's organisation 'Email'."""
    record = _html_page(
        "<html><body><h1>Salmon and Prices</h1><p>Thursday, January 21, 2027 at 12:00pm to 1:00pm</p>"
        "<p>Rasmuson Hall 220, 3211 Providence Drive, Anchorage, AK 99508</p><p>A seminar.</p>"
        "<dl><dt>Event Type</dt><dd>Lectures</dd><dt>Contact Name</dt><dd>Dana Whitlow</dd>"
        "<dt>Contact Email</dt><dd><a href='mailto:iser@alaska.edu'>iser@alaska.edu</a></dd></dl></body></html>"
    )
    assert ("Dana Whitlow", "contact", None, None) in _people(record)


def test_a_calendars_default_offline_mode_does_not_outweigh_a_venue_the_text_says_is_hybrid() -> None:
    record = _html_page(
        '<html><head><script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event",'
        '"name":"Salmon and Prices","startDate":"2027-01-21T12:00:00-09:00",'
        '"eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode",'
        '"location":{"@type":"Place","name":"Rasmuson Hall 220",'
        '"address":"3211 Providence Drive, Anchorage, AK 99508"}}]'
        "</script></head><body><h1>Salmon and Prices</h1><p>Thursday, January 21, 2027 at 12:00pm to 1:00pm</p>"
        "<p>This seminar is hybrid: join us in Rasmuson Hall 220 or online via Zoom.</p></body></html>"
    )
    assert record.attendance_mode == "mixed"


def test_a_webinar_in_the_sites_list_of_more_events_makes_no_event_hybrid() -> None:
    """'More events' over 'Title' / '16 October 2025 · Webinar' items (each date under its title): the
    site's other events, so their 'Webinar' neither outweighs the calendar's offline mode nor makes
    the event, held at its venue, hybrid."""
    record = _html_page(
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Event",'
        '"name":"Blue Bonds","startDate":"2025-09-04T14:30:00+04:00",'
        '"eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode",'
        '"location":{"@type":"Place","name":"Caudan Conference Centre","address":"Caudan Waterfront, Port Louis"}}'
        "</script></head><body><main><h1>Blue Bonds</h1><p>Thursday 4 September 2025, 2.30pm – 5.00pm</p>"
        "<p>Venue: Caudan Conference Centre, Port Louis</p><p>A panel on blue bonds.</p>"
        "<section><h2>More events</h2><article><h3>Fisheries Agreements</h3><p>16 October 2025 · Webinar</p>"
        "</article><article><h3>Tourism after the Pandemic</h3><p>12 June 2025 · Port Louis</p></article>"
        "</section></main></body></html>"
    )
    assert record.attendance_mode == "offline"


def test_contact_the_post_then_the_name_at_an_address_names_the_contact_with_the_post() -> None:
    record = _text_page(
        "Monsoon and Markets\n\n12 November 2026, 10:00 IST\nVenue: Seminar Hall, Hyderabad\n\nA workshop.\n\n"
        "For registration, please contact the Coordinator, Dr. Meera Rao, at workshop@example.org.in.\n"
    )
    assert ("Meera Rao", "contact", None, "Coordinator") in _people(record)


def test_set_59_meets_the_f1_target_in_every_field_but_organizers_sponsors_and_attendance() -> None:
    """Left: 'in association with X' read as a sponsor, a season's supporters, a venue-only page's
    attendance left unstated."""
    scores = measure(Path(__file__).parent / "data" / "holdout-59" / "expected.yaml")
    below = {name: round(score.f1, 3) for name, score in scores.items() if score.f1 < 0.9}
    assert set(below) <= {"organizers", "sponsors", "attendance"}


def test_a_ticket_price_under_the_organisers_card_is_no_organiser() -> None:
    record = _text_page(
        "After the Floods\n\nTuesday, 24 February 2026, 18:30 - 20:00 GMT\n"
        "Watershed, 1 Canon's Road, Bristol BS1 5TX\n\nA panel on the coast.\n\n"
        "Organised by\nSevern Philosophical Society\nFrom £0.00\n"
    )
    assert [o.name for o in record.organizers] == ["Severn Philosophical Society"]


def test_a_town_named_only_in_its_universitys_name_is_the_locality() -> None:
    """'Venue: Trenchard Hall, University of Ibadan' is in Ibadan; 'University of Washington' names
    a state, not the town Washington."""
    head = "Of Rivers and Roads\n\nDate: Thursday, 12th November, 2026\nTime: 4.00 p.m.\n"
    ibadan = _text_page(head + "Venue: Trenchard Hall, University of Ibadan\n\nAn inaugural lecture.\n")
    assert ibadan.location is not None and ibadan.location.locality == "Ibadan"
    assert university_town("Kane Hall, University of Washington") is None
    assert university_town("Room G010, University of Galway") == "Galway"
