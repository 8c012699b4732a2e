"""Event calendars' pages and the schema.org data they embed, in forms hold-out set 70 showed:
dates (a recurring event's occurrences embedded together, a venue's wall clock written with the
server's offset, an all-day event from midnight to 23:59:59, a zone list's '(GMT+10:00) Canberra,
Melbourne, Sydney', an RDFa `<time property datetime>`), titles ('(Online Short Course)', a long
organisation name over the title) and people (a performer typed Organization, a label cell of a
table row, a cued line under a labelled one, a 'Speakers' list of the agenda's people, a 'Planner:',
names listed bare before a bracketed one)."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.ingest_accuracy import measure
from kg.dates import find_times, parse_machine_date
from kg.pages import parse_page
from kg.pages.agreement import is_organisation
from kg.pages.html import embedded_items
from kg.pages.people import parse_entries
from kg.pages.sentences import speaking_subjects, stated_roles
from kg.pages.title import clean_title
from kg.records import EventRecord


def _html(items: object, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Events | Lakeside College</title>'
        f'<script type="application/ld+json">{json.dumps(items)}</script></head>'
        f"<body><main>{body}</main><footer><p>Lakeside College</p></footer></body></html>"
    )


def _record(html: str) -> EventRecord:
    return parse_page(html.encode(), "event.html").record


def _occurrence(day: str) -> dict[str, object]:
    return {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": "Soil Carbon Clinic",
        "startDate": f"{day}T10:00:00-06:00",
        "endDate": f"{day}T11:00:00-06:00",
        "location": {"@type": "Place", "name": "Barn 3", "address": "12 Orchard Road, Des Moines, IA 50309"},
    }


def test_the_occurrence_a_recurring_events_page_shows_is_the_event() -> None:
    # Localist embeds every occurrence, the first first, on the page of each
    items = [_occurrence(day) for day in ("2027-03-02", "2027-03-09", "2027-03-16")]
    body = (
        "<h1>Soil Carbon Clinic</h1><p>Tuesday, March 9, 2027 10am to 11am</p>"
        "<p>Barn 3, 12 Orchard Road, Des Moines, IA 50309</p>"
        "<ul><li>Tuesday, March 2, 2027</li><li>Tuesday, March 16, 2027</li></ul>"
        "<p>Bring a soil sample from your own field.</p>"
    )
    record = _record(_html(items, body))
    assert (record.start, record.end) == ("2027-03-09T10:00:00-06:00", "2027-03-09T11:00:00-06:00")


def test_an_embedded_time_with_the_servers_offset_gives_way_to_the_venues_clock() -> None:
    # the venue's wall clock, 18:00, written with the offset of a server on Eastern time
    item = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Salmon and the Columbia Treaty",
        "startDate": "2027-12-02T18:00:00-05:00",
        "endDate": "2027-12-02T19:30:00-05:00",
        "location": {
            "@type": "Place",
            "name": "Hall B",
            "address": {"@type": "PostalAddress", "addressLocality": "Portland", "addressRegion": "OR"},
        },
    }
    body = (
        "<h1>Salmon and the Columbia Treaty</h1><p>Thursday, December 2, 2027 | 6:00 – 7:30 p.m.</p>"
        "<p>Hall B, 1200 Park Avenue, Portland, OR 97201</p><p>A public lecture on river treaties.</p>"
    )
    record = _record(_html(item, body))
    assert (record.start, record.end) == ("2027-12-02T18:00:00-08:00", "2027-12-02T19:30:00-08:00")


def test_an_embedded_time_in_utc_still_gives_the_instant_in_the_venues_clock() -> None:
    item = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Dikes and Data",
        "startDate": "2027-01-14T13:00:00+0000",
        "location": {
            "@type": "Place",
            "name": "Aula",
            "address": {"@type": "PostalAddress", "addressLocality": "Utrecht"},
        },
    }
    body = "<h1>Dikes and Data</h1><p>Thu 14 Jan 2027, 14:00</p><p>Aula, Domplein 29, Utrecht</p><p>A lecture.</p>"
    assert _record(_html(item, body)).start == "2027-01-14T14:00:00+01:00"


def test_an_event_embedded_from_midnight_to_its_last_minute_is_all_day() -> None:
    item = {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": "Wetlands Field Days",
        "startDate": "2027-01-08T00:00:00+11:00",
        "endDate": "2027-01-09T23:59:59+11:00",
        "location": {"@type": "Place", "name": "Field Station", "address": "Wallaga Lake Road, Bermagui NSW 2546"},
    }
    body = "<h1>Wetlands Field Days</h1><h2>January 8 - January 9</h2><p>Two days of walks and talks.</p>"
    record = _record(_html(item, body))
    assert (record.start, record.end) == ("2027-01-08", "2027-01-09")
    item.update(startDate="2027-01-08T00:00:00+11:00", endDate="2027-01-08T23:59:00+11:00")
    record = _record(_html(item, body.replace(" - January 9", "")))
    assert (record.start, record.end) == ("2027-01-08", None)


def test_a_time_given_at_midnight_with_a_real_end_is_not_all_day() -> None:
    item = {"@type": "Event", "name": "New Year Star Watch", "startDate": "2027-01-01T00:00:00+13:00",
            "endDate": "2027-01-01T02:00:00+13:00", "location": "Observatory Hill, Wellington"}  # fmt: skip
    body = "<h1>New Year Star Watch</h1><p>Observatory Hill, Wellington</p><p>Telescopes for all.</p>"
    assert _record(_html(item, body)).start == "2027-01-01T00:00:00+13:00"


def test_a_zone_lists_standard_offset_with_its_cities_keeps_their_summer_clock() -> None:
    # Windows, Outlook and Cvent name a zone '(GMT+10:00) Canberra, Melbourne, Sydney' all year
    [span] = find_times("9:00 AM - 4:00 PM (GMT+10:00) Canberra, Melbourne, Sydney")
    assert span.zone == "Australia/Sydney"
    [span] = find_times("1:00 PM - 2:00 PM (GMT-05:00) Eastern [US & Canada]")
    assert span.zone == "America/New_York"
    [span] = find_times("10:00 (UTC+01:00) Registration desk opens")  # no city after it: the offset
    assert span.zone == "UTC+01:00"
    page = (
        "Coastal Futures Forum\n\nWhen\nThursday, 11 March 2027\n"
        "9:00 AM - 4:00 PM (GMT+10:00) Canberra, Melbourne, Sydney\nAdd to Calendar\n\n"
        "Where\nHarbour Pavilion\n1 Wharf Road\nHobart, Tasmania 7000\n\nA day on coastal erosion.\n"
    )
    record = parse_page(page.encode(), "page.txt").record
    assert (record.start, record.end) == ("2027-03-11T09:00:00+11:00", "2027-03-11T16:00:00+11:00")


def test_an_rdfa_time_elements_value_is_its_datetime() -> None:
    page = (
        '<html><body><article vocab="https://schema.org/" typeof="Event"><h1 property="name">Ice Cores</h1>'
        '<p><time property="startDate" datetime="2027-02-03T17:00">Wednesday 3 February 2027, 17.00</time>–'
        '<time property="endDate" datetime="2027-02-03T18:15">18.15</time></p></article></body></html>'
    )
    [item] = [i for i in embedded_items(page, "") if i["@type"] == ["Event"]]
    assert (item["startDate"], item["endDate"]) == (["2027-02-03T17:00"], ["2027-02-03T18:15"])


def test_a_machine_date_without_a_year_is_no_date() -> None:
    stockholm = ZoneInfo("Europe/Stockholm")
    assert parse_machine_date("19.30", stockholm) is None and parse_machine_date("18.15", stockholm) is None
    assert parse_machine_date("2027-02-03T18:15", stockholm) == ("2027-02-03T18:15:00+01:00", False)
    assert parse_machine_date("2027-02-03T18:15") is None  # a local time with no zone given
    assert parse_machine_date("2027-02-03") == ("2027-02-03", True)


def test_an_attendance_and_event_type_in_brackets_after_the_title_are_no_part_of_it() -> None:
    assert clean_title("Mapping the Dunes (Online Short Course)") == "Mapping the Dunes"
    assert clean_title("Mapping the Dunes [Hybrid Workshop]") == "Mapping the Dunes"
    assert clean_title("Fraud Alerts (Online Banking Explained)") == "Fraud Alerts (Online Banking Explained)"


def test_a_long_name_led_by_its_organisation_word_is_an_organisation_not_the_title() -> None:
    assert is_organisation("Academy of the Humanities in New Zealand")
    assert not is_organisation("Rebuilding Trust in Elections After the Pandemic")
    page = (
        "Rivers and Rights - Summary\nSkip to main content\nAcademy of the Humanities in New Zealand\n"
        "Rivers and Rights\nTuesday, 9 February 2027\n\n    Summary\n    Agenda\n\nRegister Now\n\n"
        "When\nTuesday, 9 February 2027\n10:00 AM - 12:00 PM (GMT+12:00) Auckland, Wellington\n\n"
        "Where\nTown Hall\n101 Wakefield Street\nWellington 6011\n\nA morning on rivers as legal persons.\n"
    )
    assert parse_page(page.encode(), "page.txt").record.name == "Rivers and Rights"


def _people(record: EventRecord) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (p.person.name, p.role, p.affiliation.name if p.affiliation else None, p.job_title) for p in record.participants
    }


def test_a_performer_typed_organization_that_names_a_person_is_a_speaker() -> None:
    # the CMS types every performer Organization; a name that is a person's is a person
    item = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Canals and Coal",
        "startDate": "2027-02-11T19:00",
        "location": {"@type": "Place", "name": "Old Library", "address": "4 Quay Street, Aberdeen AB11 5BN"},
        "performer": [
            {"@type": "Organization", "name": "Dr Morven Laidlaw"},
            {"@type": "Organization", "name": "Harbour Trust"},
        ],
    }
    body = "<h1>Canals and Coal</h1><p>Thursday 11th February 2027, 7pm</p><p>A talk on the canals of the city.</p>"
    assert _people(_record(_html(item, body))) == {("Morven Laidlaw", "speaker", None, None)}


def test_a_speaker_who_follows_or_charts_a_subject_after_a_lead_in() -> None:
    line = (
        "In this talk Dr Morven Laidlaw, Reader in Maritime History at the University of Aberdeen, follows the "
        "coal barges from the pits to the quays."
    )
    [entry] = speaking_subjects(line)
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Morven Laidlaw",
        "Reader in Maritime History",
        "University of Aberdeen",
    )
    [entry] = speaking_subjects("Professor Ewan Baird charts the rise of the herring fleet.")
    assert entry.name == "Ewan Baird"


def test_a_person_of_the_organisation_will_open_and_another_will_offer_a_response() -> None:
    line = (
        "Provost Hilary Quispe-Lund of the Lakeside College of Law will open the evening, and Dr. Tomas Haugen, "
        "Senior Hydrologist with the Fjord Water Authority, will offer a response."
    )
    found = {(e.name, e.role, e.affiliation, e.job_title) for e in stated_roles(line)}
    assert found == {
        ("Hilary Quispe-Lund", "introductory-remarks", "Lakeside College of Law", "Provost"),
        ("Tomas Haugen", "respondent", "Fjord Water Authority", "Senior Hydrologist"),
    }


def test_a_table_rows_label_cell_reads_as_a_field() -> None:
    # Trumba's detail table: '<td class="twEDLabel">Host</td><td>…</td>', no th
    row = (
        '<table><tr><td class="twEDLabel">When</td><td>Tuesday, May 4, 2027, 6 – 7pm</td></tr>'
        '<tr><td class="twEDLabel">Host</td><td>Centre for Tidal Studies</td></tr>'
        "<tr><td>Contact</td><td>Ines Mbeki, 250-555-0101, tides@example.ca</td></tr></table>"
    )
    body = f"<h2>Kelp Forests at Risk</h2>{row}<p>Hall C, 10 Ring Road, Victoria, BC</p><p>A public talk.</p>"
    record = _record(_html([], body))
    assert [o.name for o in record.organizers] == ["Centre for Tidal Studies"]
    assert ("Ines Mbeki", "contact", None, None) in _people(record)


def test_a_cued_line_under_a_labelled_one_gives_its_own_role() -> None:
    page = (
        "Kelp Forests at Risk\n\nTuesday, May 4, 2027, 6 – 7pm\nHall C, 10 Ring Road, Victoria, BC\n\n"
        "A public talk on kelp.\n\nWelcome: Ines Mbeki, Director, Centre for Tidal Studies\n"
        "Q&A moderated by Tom Ferrante, Harbour Coordinator, Saanich Marine Trust\n"
    )
    assert _people(parse_page(page.encode(), "page.txt").record) == {
        ("Ines Mbeki", "introductory-remarks", "Centre for Tidal Studies", "Director"),
        ("Tom Ferrante", "moderator", "Saanich Marine Trust", "Harbour Coordinator"),
    }


def test_a_speakers_list_of_the_agendas_people_adds_no_talk_to_each() -> None:
    page = (
        "Water Futures Roundtable\n\nWhen\nWednesday, 10 March 2027\n10:00 AM - 12:00 PM\n\n"
        "Where\nCity Hall\n1 Main Street\nPerth WA 6000\n\nAgenda\n\n10:00 AM - 10:10 AM\nWelcome\n"
        "Dr Ana Ruiz, Director, Water Policy Lab\n10:10 AM - 11:00 AM\nPanel: Drying rivers\n"
        "Chair: Dr Ben Okoro, Principal Adviser, Water Council\n"
        "Panellists: Ms Kate Lind, Senior Fellow, Dryland Institute; Mr Sam Yu, Chief Executive, River Trust\n\n"
        "Speakers\n\nDr Ana Ruiz\nDirector, Water Policy Lab\n\nDr Ben Okoro\nPrincipal Adviser, Water Council\n\n"
        "Ms Kate Lind\nSenior Fellow, Dryland Institute\n\nMr Sam Yu\nChief Executive, River Trust\n"
    )
    roles = {(p[0], p[1]) for p in _people(parse_page(page.encode(), "page.txt").record)}
    assert roles == {
        ("Ana Ruiz", "introductory-remarks"),
        ("Ben Okoro", "chair"),
        ("Kate Lind", "panelist"),
        ("Sam Yu", "panelist"),
    }


def test_names_listed_bare_before_a_name_with_its_bracket_are_people_of_their_own() -> None:
    line = "Ada Varga, Tomas Lind, Petra Holm (Head of Flood Safety, Water Board) and Dr. Ivo Rask (Lund University)"
    found = [(e.name, e.job_title, e.affiliation) for e in parse_entries(line)]
    assert found == [
        ("Ada Varga", None, None),
        ("Tomas Lind", None, None),
        ("Petra Holm", "Head of Flood Safety", "Water Board"),
        ("Ivo Rask", None, "Lund University"),
    ]


def test_a_speaker_who_reads_sources_after_a_lead_in_is_described_by_unit_and_university() -> None:
    line = (
        "In this autumn lecture Professor Ada Varga, Department of History, Lund University, reads tax rolls "
        "and tree rings together."
    )
    [entry] = speaking_subjects(line)
    assert (entry.name, entry.affiliation) == ("Ada Varga", "Lund University")


def test_a_planner_under_contact_us_is_the_contact_and_contact_details_end_the_card() -> None:
    page = (
        "Soil Summit\n\nWhen\nWednesday, 10 March 2027\n10:00 AM - 12:00 PM\n\nWhere\nCity Hall\n1 Main Street\n"
        "Perth WA 6000\n\nA morning on soils.\n\nContact Us\n\nPlanner: Ms Lena Ortiz\nEvents Officer\n"
        "Phone: +61 8 5550 0101\n"
    )
    assert ("Lena Ortiz", "contact", None, "Events Officer") in _people(parse_page(page.encode(), "page.txt").record)
    page = page.replace("Planner: Ms Lena Ortiz\nEvents Officer\nPhone: +61 8 5550 0101\n", "")
    page += "Contact Name: Joe Banda\nContact Email: soils@example.org\nRegistration, Register online\n"
    assert ("Joe Banda", "contact", None, None) in _people(parse_page(page.encode(), "page.txt").record)


def test_hold_out_set_70_meets_the_target_in_every_field_but_organizers_locality_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-70" / "expected.yaml")
    # organizers (0.67: Localist's 'Departments', the KNAW by its Dutch name and its initials), locality
    # (0.77: Acton for Canberra, 'Göteborg' unread in RDFa) and attendance (0.71: a Trumba page with no
    # mode, a livestream line, Omni CMS's 'Mixed' against 'in-person event only') are left: docs/ingest.md, set 70
    others = ("organizers", "locality", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["organizers"].f1 > 0.6 and scores["locality"].f1 > 0.7 and scores["attendance"].f1 > 0.7
