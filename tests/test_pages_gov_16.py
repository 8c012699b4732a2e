"""Forms that hold-out set 90 (event pages of UN agencies, a development bank, a regional body,
parliaments, a foreign ministry, a cultural institute and an embassy, all as HTML) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import employer_heading, read_host_block, stated_hosts
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_logo_s_long_alt_text_spells_out_the_initials_the_speakers_are_given() -> None:
    # '<img alt="WMTO - World Maritime Trade Organization for Development and Cooperation">' in the
    # header: the only place the page spells out the initials its speakers' posts end with
    page = (
        '<html><head><title>Shipping Outlook | WMTO</title></head><body><header><div class="branding">'
        '<a href="/"><img src="/logo.svg" alt="WMTO - World Maritime Trade Organization for Development and'
        ' Cooperation"></a></div></header><main><h1>Shipping Outlook 2024</h1>'
        "<p>12 March 2024, 14:00 - 15:00, Oslo</p><h2>Speakers</h2>"
        "<ul><li>Ms. Kari Lunde, Chief Economist, WMTO</li><li>Mr. Pál Fekete, Statistician, WMTO</li></ul>"
        "</main></body></html>"
    )
    full = "World Maritime Trade Organization for Development and Cooperation"
    assert {(p.person.name, p.affiliation.name if p.affiliation else None) for p in _html_page(page).participants} == {
        ("Kari Lunde", full),
        ("Pál Fekete", full),
    }


def test_a_unit_listing_its_subjects_up_to_a_plural_programmes_is_no_second_person() -> None:
    # 'Head, Unit for Europe, Small Island States and Special Programmes, X': the unit's last subject
    # is a kind of body in the plural, not a person named 'Special Programmes'
    page = (
        "Trade Talk on Shipping\n\n14 May 2024, 10:00 - 11:00, Bern\n\nSpeakers\n\n"
        "Ms. Anna Keller, Head, Unit for Europe, Small Island States and Special Programmes, Alpine Trade Council\n\n"
        "Mr. Jon Berg, Economist, Alpine Trade Council\n"
    )
    assert {p.person.name for p in _text_page(page).participants} == {"Anna Keller", "Jon Berg"}


def test_a_subject_a_unit_heads_after_a_post_is_no_person_of_its_own() -> None:
    # 'Head of Unit, Critical Infrastructure Resilience, European Commission': the unit's subject
    # between the post and the body, not a person the list names
    page = (
        "Undersea Cables Panel\n\n14 May 2024, 10:00 - 11:00, Bern\n\nPanellists\n\n"
        "Liisa Berg, Head of Unit, Critical Infrastructure Resilience, European Commission (DG HOME)\n\n"
        "Tomas Rand, Senior Researcher, Alpine Security Institute\n"
    )
    assert _people(_text_page(page)) == {
        ("Liisa Berg", "panelist", "European Commission", "Head of Unit, Critical Infrastructure Resilience"),
        ("Tomas Rand", "panelist", "Alpine Security Institute", "Senior Researcher"),
    }


def test_a_host_named_in_a_clause_before_the_sentence_s_subject_ends_at_the_person() -> None:
    # 'In this seminar, organized by the Research Department, Dr. X will present …': the person after
    # the clause's comma is the sentence's subject, no part of the host's name
    hosts, _ = stated_hosts("In this seminar, organized by the Research Department, Dr. Ana Toma will present a study.")
    assert hosts == ["Research Department"]


def test_a_contact_sentence_closing_a_speakers_list_names_the_contact() -> None:
    # 'For inquiries, please contact X, Unit (e-mail).' as the last paragraph under a 'Speakers'
    # heading of name lines over post lines: the contact, not a line of the list
    page = (
        "Ports Seminar\n\n14 May 2024, 10:00 - 11:00, Bern\n\nSpeakers\n\nAna Toma\n"
        "Senior Economist, Research Department\n\nJon Berg\nEconomist, Research Department\n\n"
        "For inquiries, please contact Li Wenjun, Research Department (seminars@example.org).\n"
    )
    assert {(p.person.name, p.role) for p in _text_page(page).participants} == {
        ("Ana Toma", "speaker"),
        ("Jon Berg", "speaker"),
        ("Li Wenjun", "contact"),
    }


def test_a_body_acting_through_a_unit_whose_name_lists_its_subjects_names_the_whole_unit() -> None:
    # 'X, through its Office of A, B and C (ABC), is organising …': the unit's name goes on over
    # the commas of its subjects
    hosts, _ = stated_hosts(
        "The Kellner Foundation, through its Office of Rivers, Lakes and Wetlands (ORLW), is organising a seminar."
    )
    assert hosts == ["Office of Rivers, Lakes and Wetlands"]


def test_a_heading_after_the_running_text_under_a_hosts_field_is_no_host() -> None:
    # 'Department: X' / a paragraph / 'Objectives' / a paragraph: a calendar field's block runs on
    # over the body, whose own headings name no host
    orgs, _, _ = read_host_block(
        [
            "Rivers and Lakes",
            "The Kellner Foundation is organising a dialogue on water with ministers of the region.",
            "Objectives",
            "To review the trends in domestic and external financing for water across the member states;",
        ]
    )
    assert orgs == ["Rivers and Lakes"]


def test_a_department_field_giving_a_unit_s_subjects_alone_is_the_unit_the_text_names() -> None:
    # a calendar's 'Department: Rivers, Lakes and Wetlands' beside 'its Department of Rivers, Lakes
    # and Wetlands' in the text: one organiser
    page = (
        "<html><body><main><h1>Water Dialogue</h1><p>Date: 18 March 2025 - 09:00 to 12:00</p>"
        "<p>Venue: Main Hall, Nairobi</p><p>Department: Rivers, Lakes and Wetlands</p>"
        "<p>The Kellner Foundation, through its Department of Rivers, Lakes and Wetlands (RLW), is organising"
        " a dialogue on water.</p><p>Objectives</p><p>To review the trends in domestic and external financing for"
        " water across the member states.</p></main></body></html>"
    )
    assert [o.name for o in _html_page(page).organizers] == ["Department of Rivers, Lakes and Wetlands"]


_HEARING = (
    "Standing Committee on Rivers\n\nNotice of Meeting\n\nWednesday, May 15, 2024, 3:30 p.m. to 5:30 p.m.\n"
    "Room 112, Centre Block, Ottawa\n\nOrders of the Day\n\nFlood Forecasting on the Prairies\n\nWitnesses\n\n"
    "3:30 p.m. to 4:30 p.m.\n\nAs an Individual\n\nJane Roe, Professor, Faculty of Law, University of Manitoba\n\n"
    "Prairie Water Alliance\n\nTom Birch, Executive Director, Policy and Member Relations\n\n"
    "4:30 p.m. to 5:30 p.m.\n\nDepartment of Fisheries and Oceans\n\n"
    "Ann Leduc, Assistant Deputy Minister, Aquatic Ecosystems\n\nLuc Arsenault, Director General, Science\n\n"
    "Clerk of the Committee: Marc Joly (613-555-0100)\n"
)


def test_a_hearing_s_witnesses_listed_in_turns_by_the_hour_are_its_speakers() -> None:
    # 'Witnesses' / '3:30 p.m. to 4:30 p.m.' / people / '4:30 p.m. to 5:30 p.m.' / people: one list,
    # the hours of its turns no programme items; the clerk named after it the contact
    assert {(p.person.name, p.role) for p in _text_page(_HEARING).participants} == {
        ("Jane Roe", "speaker"),
        ("Tom Birch", "speaker"),
        ("Ann Leduc", "speaker"),
        ("Luc Arsenault", "speaker"),
        ("Marc Joly", "contact"),
    }


def test_witnesses_under_an_organisation_s_name_speak_for_it() -> None:
    # 'Prairie Water Alliance' / 'Tom Birch, Executive Director, Policy and Member Relations': the
    # heading is his body, the rest of his line his post; 'As an Individual' names none
    people = {p for p in _people(_text_page(_HEARING)) if p[1] == "speaker"}
    assert people == {
        ("Jane Roe", "speaker", "University of Manitoba", "Professor, Faculty of Law"),
        ("Tom Birch", "speaker", "Prairie Water Alliance", "Executive Director, Policy and Member Relations"),
        ("Ann Leduc", "speaker", "Department of Fisheries and Oceans", "Assistant Deputy Minister, Aquatic Ecosystems"),
        ("Luc Arsenault", "speaker", "Department of Fisheries and Oceans", "Director General, Science"),
    }


def test_for_media_enquiries_please_contact_after_a_programme_heads_its_contact() -> None:
    # 'For media enquiries, please contact:' / 'Mr X | Post | Unit | Org | E-mail: …' after the last
    # programme item: the press officer is the contact, not the item's speaker, and the label
    # names no organisation of his
    page = (
        "Water Dialogue\n\n14 May 2024, 10:00 - 11:00, Nairobi\n\nProgramme\n\n"
        "10:00 – 10:30, Welcome remarks: Dr. Ana Toma, Director, River Unit, Kellner Foundation\n\n"
        "10:30 – 11:00, Closing remarks: Dr. Ana Toma, Director, River Unit, Kellner Foundation\n\n"
        "For media enquiries, please contact:\n"
        "Mr. Omar Said | Senior Communication Advisor | Directorate of Information | Kellner Foundation | E-mail:"
        " omar.said@example.org\n"
    )
    people = _people(_text_page(page))
    assert (
        "Omar Said",
        "contact",
        "Kellner Foundation",
        "Senior Communication Advisor, Directorate of Information",
    ) in people
    assert not any(name == "Omar Said" and role != "contact" for name, role, *_ in people)


def test_a_label_asking_whom_to_contact_is_no_body_people_speak_for() -> None:
    # 'For media enquiries, please contact:' over a press officer: a label with an organisation's
    # word in it ('media'), not the name of a body heading its people, as 'Cooperation Canada' is
    assert not employer_heading("For media enquiries, please contact:")
    assert employer_heading("Cooperation Canada")


def test_hold_out_set_90_meets_the_target_in_every_field_but_title_reports_job_titles_and_organizers() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-90" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 90): title (a committee's 'Notice of Meeting' over the study
    # its orders of the day name), reports (a scorecard presented in a programme item, a photobook 'on
    # the occasion of the publication of'), job titles (a clerk's post as her label, 'Minister of Health,
    # Federal Democratic Republic of X' cut at the state, people named only in prose) and organizers (a
    # committee holding the hearing its notice or press release announces)
    fields = ("start", "end", "people", "roles", "affiliations", "sponsors", "locality", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["job titles"].f1 > 0.85
