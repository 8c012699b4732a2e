"""People, role, affiliation and job-title forms that hold-out set 62 (Gaborone, Osaka, Winnipeg,
Nicosia, Baku, Port Louis, Kumasi and Luxembourg sites) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.dates import find_times
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries, summarised_roles
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_programme_table_read_cell_by_cell_gives_each_row_its_role() -> None:
    # a CMS's programme as a 'Time | Item | Speaker' table: the rendering joins a row's cells with
    # commas ('10.15, Keynote: Ports, power and the…, Dr X, …'), an empty time cell leaves the role
    # cell first ('Chair, Ms Y, …'), and a cell may hold several speakers
    assert find_times("10.15, Keynote: Ports, power and the new Silk Road")
    rows = "".join(
        f"<tr><td>{time}</td><td>{item}</td><td>{people}</td></tr>"
        for time, item, people in [
            ("10.00", "Opening remarks", "Prof. Lina Haddad, Dean, Faculty of Economics, University of Jordan"),
            ("10.15", "Keynote: Ports, power and the new Silk Road", "Dr Omar Khalidi, Chief Economist, Arab Bank"),
            (
                "11.00",
                "Panel discussion",
                "Ms Rania Saleh, Director, Aqaba Logistics Council<br>Mr Karim Nassar, Senior Fellow, Levant Institute",
            ),
            ("", "Chair", "Dr Hana Jaber, Research Fellow, Levant Institute"),
        ]
    )
    html = (
        "<html><head><title>Corridors and Ports in the Levant</title></head><body><main>"
        "<h1>Corridors and Ports in the Levant</h1><p>Date: Monday 6 October 2025</p>"
        "<p>Time: 10.00 – 12.30 (Amman)</p><h2>Programme</h2>"
        f"<table><thead><tr><th>Time</th><th>Item</th><th>Speaker</th></tr></thead><tbody>{rows}</tbody></table>"
        "</main></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Omar Khalidi", "keynote", "Arab Bank", "Chief Economist") in people
    assert ("Rania Saleh", "panelist", "Aqaba Logistics Council", "Director") in people
    assert ("Karim Nassar", "panelist", "Levant Institute", "Senior Fellow") in people
    assert ("Hana Jaber", "chair", "Levant Institute", "Research Fellow") in people
    assert not any(name in ("Ports", "Power") for name, *_ in people)


def test_a_single_word_before_a_lower_case_phrase_is_a_talk_not_a_mononym() -> None:
    # 'Sutrisno, Senior Researcher, X' is one person with one name; 'Debt, climate and …' a title
    assert parse_entries("Sutrisno, Senior Researcher, Centre for Strategic Studies")[0].name == "Sutrisno"
    assert parse_entries("Debt, climate and the small-state trap, Deputy Governor, Bank of Mauritius") == []


def test_a_card_name_run_into_its_post_by_a_text_dump_is_cut_where_the_post_starts() -> None:
    # a text browser joins a card's name and post when the site made them blocks only by CSS
    page = (
        "Skip to main content\nBaltic Energy Forum\n\nGrids across the Baltic Sea\n\n"
        "Nov. 12, 2025\n10:00 – 12:00 (EET)\n\nSpeakers\n\n"
        "Dr. Ieva OzolaSenior Researcher, Riga Energy Institute\n"
        "Mart TammDirector of Markets, Elering\n"
        "Prof. Jonas KazlauskasVilnius University\n"
    )
    people = _people(_text_page(page))
    assert ("Ieva Ozola", "speaker", "Riga Energy Institute", "Senior Researcher") in people
    assert ("Mart Tamm", "speaker", "Elering", "Director of Markets") in people
    assert ("Jonas Kazlauskas", "speaker", "Vilnius University", None) in people
    # names that carry a capital inside stay whole
    [entry] = parse_entries("Fiona McArthur, Senior Lecturer, University of Glasgow")
    assert entry.name == "Fiona McArthur"


def test_a_recap_names_the_chair_of_a_session_and_not_the_subject_of_its_main_verb() -> None:
    # 'The first panel, moderated by X, post at Y, looked at …': X's post ends at the verb;
    # 'In the afternoon, chaired by X of Y, Z of W set out …': Z spoke, X chaired
    page = (
        "Baltic Energy Forum\n\nGrids across the Baltic Sea\n\nNov. 12, 2025\n10:00 – 16:00 (EET)\n\n"
        "The morning panel, moderated by Liis Kask, Senior Analyst at the Tallinn Policy Centre, looked at "
        "the synchronisation of the Baltic grids with continental Europe and the cost of new interconnectors.\n\n"
        "In the afternoon session, chaired by Andris Kalnins of Riga Technical University, Birgit Holm of the "
        "Nordic Investment Bank set out the bank's lending for offshore wind in the region.\n"
    )
    people = _people(_text_page(page))
    assert ("Liis Kask", "moderator", "Tallinn Policy Centre", "Senior Analyst") in people
    assert ("Andris Kalnins", "chair", "Riga Technical University", None) in people
    assert not any(name == "Birgit Holm" and role == "chair" for name, role, *_ in people)


def test_a_session_lists_each_paper_by_its_quoted_title_before_the_speaker() -> None:
    [entry] = parse_entries("“Nuclear restarts and public trust” — Dr. Hana Kobayashi (Tohoku University)")
    assert (entry.name, entry.affiliation) == ("Hana Kobayashi", "Tohoku University")
    html = (
        "<html><head><title>Workshop on Maritime Law</title></head><body><main>"
        "<h1>Workshop on Maritime Law</h1><p>Friday, July 11, 2025, 14:00–17:00 (JST)</p>"
        "<p><strong>14:00–15:30 Session 1: Straits and Passage</strong><br>Chair: Prof. Ken Ito (Kobe University)</p>"
        "<ul><li>“Transit passage reconsidered” — Dr. Lars Berg (University of Oslo)</li>"
        "<li>“Archipelagic waters in practice” — Dr. Maria Santos (University of the Philippines)</li></ul>"
        '</main><aside class="related-posts"><h3>Related Posts</h3><ul>'
        "<li>2025.04.15 Public Lecture by Prof. Anna Weiss (University of Graz)</li></ul></aside></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Lars Berg", "speaker", "University of Oslo", None) in people
    assert ("Maria Santos", "speaker", "University of the Philippines", None) in people
    assert ("Ken Ito", "chair", "Kobe University", None) in people
    # a theme's 'related posts' box lists other pages: their lecturers are not this event's
    assert not any(name == "Anna Weiss" for name, *_ in people)


def test_an_order_of_proceedings_gives_each_item_then_its_person() -> None:
    # Commonwealth universities' notices: 'Item — Name, Post' lines with no times, under the chair's
    # line; each item's role is its person's, and the next item is no part of her description
    page = (
        "Lagoon University\n\nINAUGURAL LECTURE SERIES\n\nSalt, Sand and the Shrinking Coast\n\n"
        "Date: Tuesday, 14th October, 2025\nTime: 4:00pm\nVenue: Main Auditorium, Lagoon University, Lagos\n\n"
        "Chairman: Prof. Adebayo Ogunleye, Vice-Chancellor\n\n"
        "Order of Proceedings\n"
        "Introduction of the Lecturer — Dr. Funmilayo Adeyemi, Dean, Faculty of Science\n"
        "Inaugural Lecture — Prof. Chinedu Okafor\n"
        "Presentation of Citation\n"
        "Vote of Thanks — Mr. Tunde Bakare, University Chaplain\n\n"
        "Signed:\nMrs. Ngozi Eze\nRegistrar\n"
    )
    people = _people(_text_page(page))
    assert ("Funmilayo Adeyemi", "introductory-remarks") in {(n, r) for n, r, *_ in people}
    assert ("Chinedu Okafor", "speaker", None, None) in people  # 'Presentation of Citation' is the next item
    assert ("Tunde Bakare", "closing-remarks", None, "University Chaplain") in people
    assert ("Ngozi Eze", "contact", None, "Registrar") in people


def test_an_employer_city_after_initials_in_brackets_is_no_second_person() -> None:
    [entry] = parse_entries("Dr. Lea Brandt, Senior Fellow, Institute for Security Policy (ISP), Kuala Lumpur")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Lea Brandt",
        "Senior Fellow",
        "Institute for Security Policy",
    )
    assert [e.name for e in parse_entries("Jane Doe (Brookings), John Roe (MIT)")] == ["Jane Doe", "John Roe"]


def test_a_post_held_at_an_owner_before_the_name_describes_the_cued_person() -> None:
    # 'Opening remarks will be given by LIEP's director, Dr. X': the possessive names her employer
    [entry] = cued_entries("Opening remarks will be given by the Forum's executive director, Dr. Eva Lind.")
    assert (entry.name, entry.role, entry.job_title, entry.affiliation) == (
        "Eva Lind",
        "introductory-remarks",
        "executive director",
        "Forum",
    )


def test_an_employer_whose_name_joins_two_words_with_and_is_no_listed_subject() -> None:
    # 'College of Literature, Science, and the Arts' lists subjects; 'Head of X, Y and Z Centre' names a post
    # and then an organisation of its own
    [entry] = parse_entries("Rui Costa, Head of Export Promotion, Mozambique Investment and Trade Agency")
    assert (entry.job_title, entry.affiliation) == (
        "Head of Export Promotion",
        "Mozambique Investment and Trade Agency",
    )
    [dean] = parse_entries("Ann Lee, Dean, College of Literature, Science, and the Arts")
    assert (dean.job_title, dean.affiliation) == ("Dean", "College of Literature, Science, and the Arts")


def test_a_recap_that_opens_or_closes_the_event_with_a_person_gives_her_remarks() -> None:
    # event summaries: 'Opening the conference, CCESR Executive Director X said …'
    [opened] = summarised_roles("Opening the forum, IPRI Executive Director Lena Okafor said that trade had doubled.")
    assert (opened.name, opened.role, opened.job_title, opened.affiliation) == (
        "Lena Okafor",
        "introductory-remarks",
        "Executive Director",
        "IPRI",
    )
    [closed] = summarised_roles("Closing the seminar, Dr. Mina Park, Dean of the Law School, thanked the speakers.")
    assert (closed.name, closed.role) == ("Mina Park", "closing-remarks")
    assert summarised_roles("Opening the debate, the chair noted that the stakes were high.") == []


def test_a_staff_member_who_organises_the_event_is_its_organizer() -> None:
    [entry] = cued_entries("Event organised by Marta Novak, Programme Officer, Energy Unit (m.novak@example.org).")
    assert (entry.name, entry.role, entry.email) == ("Marta Novak", "organizer", "m.novak@example.org")
    assert cued_entries("The conference is organised by the Institute for Baltic Studies and its partners.") == []


def test_a_contact_field_naming_an_office_and_its_officer_in_brackets_names_the_officer() -> None:
    page = (
        "Kobe Institute of Maritime Studies\n\nSeminar on Port Automation\n\n"
        "Date: Friday, July 4, 2025, 15:00–16:30 (JST)\n\n"
        "Speaker: Dr. Ken Mori (Kobe University)\n\n"
        "Contact: International Affairs Office (Mr. Taro Yamada), Kobe Institute of Maritime Studies\n"
        "E-mail: intl@example.ac.jp\n"
    )
    people = _people(_text_page(page))
    assert ("Taro Yamada", "contact") in {(name, role) for name, role, *_ in people}
    assert not any(name.startswith("International") for name, *_ in people)


def test_hold_out_set_62_meets_the_target_in_every_field_but_organizers_and_locality() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-62" / "expected.yaml")
    # organizers ("CEMA's roundtable", "The Caspian Centre's annual conference") and locality (Toyonaka
    # read as Osaka) are the other ingest work's fields: see docs/ingest.md
    fields = [name for name in scores if name not in ("organizers", "locality")]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
