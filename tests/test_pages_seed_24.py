"""Forms that hold-out set 127 (think-tank, policy-centre and presidential-library pages of Chicago,
Denver, Ottawa, Edinburgh, Melbourne, Yorba Linda, Cork and Perth, five in the seed page's text
rendering) showed the ingester missing, one test per form. Each page here is written for the form, not
copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import describe, parse_entries
from kg.pages.sentences import cued_entries, presenting_authors, speaking_subjects, stated_roles
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_label_span_then_a_line_break_keeps_the_date_apart_from_the_hours() -> None:
    record = _html_page(
        "<html><body><h1>Ports, Pilots and the Pilbara Boom</h1>"
        '<div class="card"><p><span class="card__label">When</span> Tuesday 9 May 2017<br>'
        "10:00am &ndash; 11:30am AWST</p>"
        '<p><span class="card__label">Where</span> Hall 2, 40 Mill Street, Perth WA 6000<br>'
        "and online (Zoom)</p></div>"
        "<p>A panel on the iron ore ports of the north-west.</p></body></html>"
    )
    assert str(record.start) == "2017-05-09T10:00:00+08:00"
    assert str(record.end) == "2017-05-09T11:30:00+08:00"


def test_a_panel_of_after_a_discussion_or_by_heads_its_panelists() -> None:
    for lead in ("The talk is followed by a discussion with a panel of", "He will be joined on stage by a panel of"):
        entries = cued_entries(
            f"{lead} Ruth Okafor, Director of the Lagos Port Users Forum; Dr Ian Pryce, Senior Lecturer,"
            " School of Law, University of Kent; and Bea Lund, Chair of the Harbour Pilots Association."
        )
        assert [(e.name, e.role, e.affiliation) for e in entries] == [
            ("Ruth Okafor", "panelist", "Lagos Port Users Forum"),
            ("Ian Pryce", "panelist", "University of Kent"),
            ("Bea Lund", "panelist", "Harbour Pilots Association"),
        ]


def test_a_count_of_panelists_after_the_moderator_ends_the_moderators_post() -> None:
    entries = cued_entries(
        "The evening will be moderated by Paul Wren, Fellow at the Tasman Institute, with two panelists:"
        " Lin Hua, Professor of Law at Monash University; and Omar Said, Director of the Refugee Law Centre."
    )
    assert [(e.name, e.role, e.affiliation, e.job_title) for e in entries] == [
        ("Paul Wren", "moderator", "Tasman Institute", "Fellow"),
        ("Lin Hua", "panelist", "Monash University", "Professor of Law"),
        ("Omar Said", "panelist", "Refugee Law Centre", "Director"),
    ]


def test_the_author_who_opens_the_morning_with_its_findings_presents_them() -> None:
    entries = presenting_authors(
        "The paper's author, Nadia Lopes, research fellow at the Bay Institute, will open the session with its"
        " findings. A panel follows."
    )
    assert [(e.name, e.role, e.affiliation, e.job_title) for e in entries] == [
        ("Nadia Lopes", "presenter", "Bay Institute", "research fellow")
    ]


def test_a_recap_that_discussed_a_numbered_paper_by_its_author_after_the_chair() -> None:
    page = (
        "Skip to main content\n\nHarbour Institute for Public Affairs\nAbout\nEvents\n\n"
        "Ferries and the Island Economy\n\n"
        "Tom Reyes, Pacific Maritime Institute; Gail Oduya, Coastal UniversityDownload Discussion Paper #8\n\n"
        "Date & Time\n\nMar. 3, 2004\n10:00am – 11:30am ET\n\n"
        "Ferries and the Island Economy\nMarch 3, 2004\n\n"
        "This Coastal Policy Project meeting, chaired by Ruth Akers, the Institute's director of studies,"
        ' discussed Discussion Paper #8, "Sailings Cut: What the Islands Lose," by Gail Oduya, lecturer in'
        " economics at Coastal University. Tom Reyes, senior fellow at the Pacific Maritime Institute,"
        " commented on the paper.\n\n"
    )
    people = _people(_text_page(page))
    assert ("Ruth Akers", "chair", "Harbour Institute for Public Affairs", "director of studies") in people
    assert ("Gail Oduya", "presenter", "Coastal University", "lecturer in economics") in people


def test_a_card_whose_employer_reads_like_a_name_is_the_named_persons_post() -> None:
    page = (
        "Harbour Institute\nEvents\n\nWho Pays for the Pipes?\n\nDate & Time\n\nApr. 2, 2015\n"
        "9:00am – 10:30am ET\n\nA breakfast discussion of the city's water bills.\n\n"
        "Panelists\n\nNora Quist\nDirector of Finance, Boston Water\n\n"
        "Ivan Petrov\nChief Engineer, Harbour Utilities Board\n\n"
    )
    people = _people(_text_page(page))
    assert ("Nora Quist", "panelist", "Boston Water", "Director of Finance") in people
    assert not any(name == "Boston Water" for name, *_ in people)


def test_a_commonwealth_navy_or_air_force_after_the_honours_is_no_part_of_the_name() -> None:
    for line, name in (
        ("Commodore Ann Ridley AM RAN (Retd), Visiting Fellow, Naval Studies Group, Flinders University", "Ann Ridley"),
        ("Air Commodore Sam Ngata CSC RNZAF, Visiting Fellow, Naval Studies Group, Flinders University", "Sam Ngata"),
    ):
        entries = parse_entries(line)
        assert [(e.name, e.affiliation, e.job_title) for e in entries] == [
            (name, "Flinders University", "Visiting Fellow, Naval Studies Group")
        ]


def test_who_gives_the_acknowledgement_of_country_opens_the_event() -> None:
    entries = stated_roles(
        "Professor Dan Ellery, Dean of Law at Bond University, will give the Acknowledgement of Country."
    )
    assert [(e.name, e.role, e.affiliation) for e in entries] == [
        ("Dan Ellery", "introductory-remarks", "Bond University")
    ]


def test_for_further_information_please_contact_names_the_contact() -> None:
    entries = cued_entries("For further information please contact Sian Pryce, Programme Administrator")
    assert [(e.name, e.role, e.job_title) for e in entries] == [("Sian Pryce", "contact", "Programme Administrator")]
    # her number or address after 'at' (its link's text gone: 'at  or …'), then the app it reaches, are no body
    for tail in ("at +61 412 555 019 (Signal).", "at  or 02 5550 1187. Register now"):
        entries = cued_entries(f"For further information, please contact Sian Pryce, Programme Administrator, {tail}")
        assert [(e.name, e.affiliation) for e in entries] == [("Sian Pryce", None)]


def test_a_post_at_a_state_universitys_campus_keeps_the_campus() -> None:
    assert describe("associate professor of sociology at the University of Texas, Austin") == (
        "associate professor of sociology",
        "University of Texas, Austin",
    )
    assert describe("the Centre's research fellow and the report's lead author") == ("research fellow", "Centre")


def test_what_the_work_draws_on_before_the_speaker_and_her_post() -> None:
    entries = speaking_subjects(
        "Drawing on letters found in a Halifax attic, novelist Dr. Ida Kerr, professor of English at the"
        " University of California, Davis, tells the story of a wartime convoy."
    )
    assert [(e.name, e.affiliation, e.job_title) for e in entries] == [
        ("Ida Kerr", "University of California, Davis", "professor of English")
    ]


def test_a_programme_item_whose_person_will_also_chair_holds_both_roles() -> None:
    page = (
        "Clyde Institute for Public Policy\nEvents\n\nWebinar\n\nWho Gets the Warm Homes Grant?\n\n"
        "Tuesday 9 March 2021\n10:00 – 11:30\n\nOnline (Zoom).\n\nProgramme\n\n"
        "10:00 Welcome and opening remarks\n"
        "Dr Hugh Marr, Director, Clyde Institute for Public Policy, who will chair the morning\n\n"
        "10:10 Presentation of the findings\nAnn Bell, Research Fellow, Clyde Institute for Public Policy\n\n"
        "11:30 Close\n"
    )
    people = _people(_text_page(page))
    assert ("Hugh Marr", "introductory-remarks", "Clyde Institute for Public Policy", "Director") in people
    assert ("Hugh Marr", "chair", "Clyde Institute for Public Policy", "Director") in people


def test_hold_out_set_127_keeps_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-127" / "expected.yaml")
    # (docs/ingest.md, set 127) left: 'FISP Briefing No. 17' with the institute's initials where the answer
    # takes the programme's 'Briefing No. 17'; the Edinburgh institute named only in its masthead is no
    # organizer; the Cork organizer with its college and university after it; a foundation 'of the Department
    # of Foreign Affairs and Trade'; a presenter's long post after 'by X,' in a recap
    for field in ("title", "start", "end", "people", "roles", "affiliations", "locality", "attendance"):
        assert scores[field].f1 == 1.0, field
    assert scores["reports"].f1 > 0.85 and scores["job titles"].f1 > 0.98
    assert scores["organizers"].f1 > 0.87 and scores["sponsors"].f1 > 0.87
