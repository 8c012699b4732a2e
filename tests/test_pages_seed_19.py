"""Forms that hold-out set 104 (think-tank and research-centre pages of Islamabad, Kigali, Lagos,
Astana, Istanbul, Vienna, Abu Dhabi and Taipei, most in the seed page's text rendering) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import match_label, unglued
from kg.pages.offices import agency_of_office, foundation_of_office
from kg.pages.people import parse_entries
from kg.pages.reports import find_reports
from tests.test_pages_unseen import _people, _text_page


def test_a_programme_row_s_lone_start_time_run_into_its_item_and_the_item_into_its_person_is_split() -> None:
    # 'TimeItemName' table rows that a text dump ran together: '10:15Opening Remarks and WelcomeDr.
    # X, Post, Org' is the time, the item (two words of one role) and the person under it; a time
    # run into its zone or its meridiem stays whole
    assert unglued("10:15Opening Remarks and WelcomeDr. Kemi Aluko, Director, Harmattan Policy Forum") == [
        "10:15",
        "Opening Remarks and Welcome",
        "Dr. Kemi Aluko, Director, Harmattan Policy Forum",
    ]
    assert unglued("09:00AM") == ["09:00AM"]
    assert unglued("09:00CET") == ["09:00CET"]
    assert unglued("09:45Address") == ["09:45Address"]  # split, the item would read as the venue's field
    page = (
        "Events\n\nBook Presentation\n\nRivers and Borders in the Sahel\n\n"
        "Date & Time9 May 2017, 10:00 - 13:00VenueHarmattan Policy Forum, 4 Marina Road, Lagos\n\n"
        "Order of Proceedings\nTimeItemName\n"
        "10:00Opening Remarks and WelcomeDr. Kemi Aluko, Director, Harmattan Policy Forum\n"
        "10:15Remarks by the ChairmanProf. Tunde Bakare, former Vice-Chancellor, University of Ilorin\n"
        "10:30Book ReviewDr. Ada Obi, Senior Lecturer, Department of History, University of Ibadan\n"
        "11:00Remarks by the Special Guest of HonourAmb. Musa Bello, Permanent Secretary, Ministry of Water\n"
        "11:20Formal Launch of the BookChief Obinna Eke, Chief Launcher\n"
        "12:45Vote of ThanksMr. Femi Ade, Head of Research, Harmattan Policy Forum\n"
    )
    assert {(name, role) for name, role, *_ in _people(_text_page(page))} == {
        ("Kemi Aluko", "introductory-remarks"),
        ("Tunde Bakare", "chair"),
        ("Ada Obi", "discussant"),
        ("Musa Bello", "featured-remarks"),
        ("Obinna Eke", "featured-remarks"),
        ("Femi Ade", "closing-remarks"),
    }


def test_a_nigerian_launch_s_programme_items_name_their_roles() -> None:
    # 'Remarks by the Chairman' is the chair's; a 'Book Review' comments on the book (discussant); the
    # 'Chief Launcher' who formally launches it has a guest of honour's part (featured remarks)
    roles = {
        line: (found[0].role if (found := match_label(line)) else None)
        for line in (
            "Remarks by the Chairman",
            "Remarks by the Chairperson of the Occasion",
            "Book Review",
            "Book Reviewer",
            "Remarks by the Special Guest of Honour",
            "Formal Launch of the Book",
            "Chief Launcher",
        )
    }
    assert roles == {
        "Remarks by the Chairman": "chair",
        "Remarks by the Chairperson of the Occasion": "chair",
        "Book Review": "discussant",
        "Book Reviewer": "discussant",
        "Remarks by the Special Guest of Honour": "featured-remarks",
        "Formal Launch of the Book": "featured-remarks",
        "Chief Launcher": "featured-remarks",
    }


def test_a_post_in_the_plural_after_two_names_is_no_organisation() -> None:
    # 'A and B, Editors': both edited the book; 'Editors' names no employer. A firm whose name ends in
    # such a word stays an organisation
    entries = parse_entries("Dr. Ama Owusu and Dr. Kofi Mensah, Editors")
    assert [(e.name, e.affiliation) for e in entries] == [("Ama Owusu", None), ("Kofi Mensah", None)]
    assert [e.affiliation for e in parse_entries("Jane Doe, Mott Consultants")] == ["Mott Consultants"]


def test_a_co_author_who_presented_the_estimates_or_figures_of_the_work_is_a_presenter() -> None:
    # a launch's summary: 'Her co-author X, Post, presented the estimates of …' is her share of the
    # work presented, as 'presented the results' is; so is 'presented the figures on …'
    page = (
        "Events\n\nTariffs and the Poor\n\nDate & Time\n\nMar. 3, 2015\n10:00am – 12:00pm\n\n"
        "On March 3, the Indus Policy Centre launched its new brief before officials and students in Lahore.\n\n"
        "Amna Rauf, Research Fellow, presented its findings. "
        "Her co-author Bilal Haider, Research Associate, presented the estimates of losses by company. "
        "Zara Malik, Senior Analyst, presented the figures on subsidies.\n"
    )
    assert {(name, role, title) for name, role, _, title in _people(_text_page(page))} == {
        ("Amna Rauf", "presenter", "Research Fellow"),
        ("Bilal Haider", "presenter", "Research Associate"),
        ("Zara Malik", "presenter", "Senior Analyst"),
    }


def test_a_staff_line_s_telephone_written_with_its_country_code_and_no_plus_is_a_telephone() -> None:
    # the seed's staff line 'X, Unit coordinator 202-691-4012' as sites abroad write it: the country
    # code without its plus, then the area code ('92-42-3571-0090' has four groups); a date stays a date
    for line, phone in (
        ("Hina Butt, Water Unit coordinator 92-42-5710090", "92-42-5710090"),
        ("Sok Dara, Trade Programme coordinator 855-23-412-776", "855-23-412-776"),
    ):
        [entry] = parse_entries(line)
        assert (entry.telephone, entry.job_title) == (phone, line.split(", ")[1].rsplit(" ", 1)[0])
    assert parse_entries("Jane Roe, Director, 2019-03-06")[0].telephone is None


def test_a_body_s_office_abroad_written_with_the_body_in_the_possessive_is_the_body() -> None:
    # 'the X Bank's Nepal Resident Mission', 'the Y Foundation's office in West Africa': the office is
    # no body of its own (as 'Y Foundation Nepal Office' is the foundation); 'King's College' stays
    assert agency_of_office(foundation_of_office("Himalayan Development Bank's Nepal Resident Mission")) == (
        "Himalayan Development Bank"
    )
    assert agency_of_office(foundation_of_office("Mara Lindqvist Stiftung's Kenya office")) == "Mara Lindqvist Stiftung"
    assert agency_of_office(foundation_of_office("Tana Foundation's office in West Africa")) == "Tana Foundation"
    assert agency_of_office(foundation_of_office("King's College London")) == "King's College London"


def test_a_numbered_paper_s_label_run_into_the_speakers_line_is_split_from_it() -> None:
    # the seed's speakers line with the series label a dump ran in front of it: the heading above
    # stays the title, not the glued line
    assert unglued("Policy Note Series 2021/7Aylin Demir, BPI; Mert Kaya, Ankara University") == [
        "Policy Note Series 2021/7",
        "Aylin Demir, BPI; Mert Kaya, Ankara University",
    ]
    page = (
        "Events\n\nPanel Discussion\n\nPorts and Pipelines in the Black Sea\n\n"
        "Policy Note Series 2021/7Aylin Demir, BPI; Mert Kaya, Ankara University\n\n"
        "Date & Time\n\nApr. 8, 2021\n10:00am – 11:30am\n\n"
        "Location\n\nBosphorus Policy Institute, Levent, Istanbul\n"
    )
    assert _text_page(page).name == "Ports and Pipelines in the Black Sea"


def test_an_admission_field_run_into_the_venue_s_town_is_split_from_it() -> None:
    # 'VenueHall, 4 Marina Road, LagosAdmissionBy invitation': the next field's label ends the town
    page = (
        "Events\n\nRoundtable\n\nCoastal Erosion in the Bight of Benin\n"
        "Date & Time3 June 2015, 10:00 - 12:00VenueDelta House, 4 Marina Road, LagosAdmissionBy invitation\n"
        "The Gulf Policy Forum cordially invites you to a roundtable on coastal erosion.\n"
    )
    assert _text_page(page).location.locality == "Lagos"


def test_release_of_the_report_names_its_presenters() -> None:
    # a launch's programme item 'Release of the Report' over the authors who present it
    assert match_label("Release of the Report")[0].role == "presenter"  # type: ignore[index]
    assert match_label("Release of the Study")[0].role == "presenter"  # type: ignore[index]


def test_an_arabic_article_in_lower_case_does_not_end_a_launched_work_s_title() -> None:
    # 'its new assessment, The Shatt al-Arab after …': the article of an Arabic name is written in
    # lower case inside a title set in title case
    [report] = find_reports(
        [
            "The Basra Policy Forum will launch its new Strategic Assessment, The Shatt al-Arab after the Drought: "
            "Ports, Salinity and Trade."
        ]
    )
    assert report.name == "The Shatt al-Arab after the Drought: Ports, Salinity and Trade"


def test_hold_out_set_104_meets_the_target_in_title_start_end_people_roles_sponsors_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-104" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 104): affiliations and job titles (long names 'X under the
    # President of the Republic of Y' cut, a fellow 'in the Z Unit' of the institute put at the unit,
    # 'wiiw' in lower case unread), reports (a series label over the speakers line, an '<em>' title
    # after 'its new forecast report,', a title in a summary beside the number), organizers ('X
    # (wiiw)' from JSON-LD kept whole), locality (a city only in a summary's sentence)
    fields = ("title", "start", "end", "people", "roles", "sponsors", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["affiliations"].f1 > 0.75
