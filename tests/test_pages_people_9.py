"""People, affiliation and job-title forms that hold-out set 67 (Kuala Lumpur, Seoul, Leiden, Muscat,
Edinburgh, Bogotá, Helsinki and Wellington sites) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import is_person_name, parse_entries
from kg.pages.sentences import cued_entries, speaking_subjects
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_malay_courtesy_titles_and_the_a_l_a_p_particles_are_read_as_malaysian_names_write_them() -> None:
    # 'Encik' / 'Puan' / 'Cik' are Mr / Mrs / Miss; 'a/l' and 'a/p' (son of, daughter of) join an
    # Indian Malaysian's given name to the father's, as 'bin' and 'binti' do
    page = (
        "Penang Policy Forum\n\nHousing the Urban Poor\n\nDate: Thursday, 5 June 2025\nTime: 2.00pm – 4.30pm (MYT)\n\n"
        "PROGRAMME\n\n2.00pm  Presentation\n"
        "        Rajesh a/l Muniandy, Research Fellow, Urban Policy Unit, PPF\n"
        "        Kavitha a/p Selvaraj, Research Assistant, PPF\n"
        "2.45pm  Discussant: Encik Azman bin Yusof, Director of Planning, Penang Development Board\n\n"
        "Enquiries: Cik Farah binti Osman, Events Executive, +604 555 0101\n"
    )
    people = _people(_text_page(page))
    assert ("Rajesh a/l Muniandy", "presenter") in {(n, r) for n, r, *_ in people}
    assert ("Kavitha a/p Selvaraj", "presenter", "Research Assistant") in {(n, r, t) for n, r, _, t in people}
    assert {"Azman bin Yusof", "Farah binti Osman"} <= {n for n, *_ in people}
    assert not any(n.startswith(("Encik", "Cik")) for n, *_ in people)


def test_new_zealand_honours_after_a_name_are_not_part_of_it() -> None:
    assert parse_entries("Dame Aroha Whaanga-Smith DNZM, Chair, Te Awa Trust")[0].name == "Aroha Whaanga-Smith"
    assert is_person_name("Sir Tamati Horne GNZM")


def test_a_programme_row_whose_first_cell_is_a_role_gives_the_people_of_the_next_cell_that_role() -> None:
    # '<td>Moderator</td><td>X (Post, Org)</td>' is a labelled line, not 'Moderator, X': the first
    # person of the cell is kept, with the row's role
    rows = "".join(
        f"<tr><td>{label}</td><td>{people}</td></tr>"
        for label, people in [
            ("Moderator", "SONG Mi-rae (Professor, Pusan Maritime University)"),
            (
                "Presentation",
                "OH Dong-hyun (Busan Port Authority)<br>Maria Santos (Research Fellow, Lisbon Ports Institute)",
            ),
        ]
    )
    html = (
        "<html><head><title>Ports and Shipping Forum</title></head><body><main><h1>Ports and Shipping Forum</h1>"
        "<p>Date: Friday, 7 November 2025, 10:00–12:00 (KST)</p>"
        f"<table><tbody>{rows}</tbody></table></main></body></html>"
    )
    people = {(name, role, org) for name, role, org, _ in _people(_html_page(html))}
    assert ("Song Mi-rae", "moderator", "Pusan Maritime University") in people
    assert ("Oh Dong-hyun", "presenter", "Busan Port Authority") in people
    assert ("Maria Santos", "presenter", "Lisbon Ports Institute") in people


def test_a_name_in_the_possessive_in_a_note_is_the_listed_person_in_the_other_order() -> None:
    page = (
        "Jeju Peace Institute\n\nFisheries and Peace\n\nDate: 3 March 2025, 15:00–17:00 (KST)\n\n"
        "Speaker: YOON Sung-min (Senior Fellow, Jeju Peace Institute)\n\n"
        "Dr. Sung-min Yoon's talk draws on a survey of 300 fishing crews in 2024 and 2025 across the island.\n"
    )
    names = {name for name, *_ in _people(_text_page(page))}
    assert len(names) == 1 and not any(name.endswith(("'s", "’s")) for name in names)


def test_indonesian_and_malay_universities_and_a_magistrate_are_no_person_names() -> None:
    # a card's organisation line ('Universitas X, City') and a post ('Presiding Magistrate') after a
    # name are an employer and a job title, never a second person
    assert not is_person_name("Universitas Andalas")
    assert not is_person_name("Universiti Sains Malaysia")
    assert not is_person_name("Senior Magistrate")
    [entry] = parse_entries("Dra. Lucía Paredes Vega, Chief Magistrate, Constitutional Court")
    assert (entry.name, entry.job_title) == ("Lucía Paredes Vega", "Chief Magistrate")


def test_of_two_posts_alike_joined_by_and_the_first_names_the_employer() -> None:
    # 'Professor at X and Chair of the Y Forum': the second post is no part of X's name; an 'and'
    # inside a name ('University of the Highlands and Islands') is no second post
    [entry] = parse_entries(
        "Professor Ewan Baird, Professor of Marine Biology at the University of Aberdeen"
        " and Chair of the North Sea Forum"
    )
    assert (entry.affiliation, entry.job_title) == ("University of Aberdeen", "Professor of Marine Biology")
    [entry] = parse_entries(
        "Dr Isla Munro, Senior Lecturer in Hydrology at the University of the Highlands and Islands"
        " and Convener of the Hydrology Circle"
    )
    assert entry.affiliation == "University of the Highlands and Islands"
    assert entry.job_title == "Senior Lecturer in Hydrology"


def test_a_post_and_its_organisation_written_before_the_name_give_the_name_that_post() -> None:
    # 'the Rector of X, Dr. Y, and the Director of Z, Professor W': each at the organisation before them
    rector, director = parse_entries(
        "the Rector of the Universidad del Litoral, Dr. Tomás Aguirre Pinto, and the Director of the Andes"
        " Water Institute, Professor Carolina Vega Ruiz."
    )
    assert (rector.name, rector.affiliation, rector.job_title) == (
        "Tomás Aguirre Pinto",
        "Universidad del Litoral",
        "Rector",
    )
    assert (director.name, director.affiliation, director.job_title) == (
        "Carolina Vega Ruiz",
        "Andes Water Institute",
        "Director",
    )
    [official] = cued_entries(
        "The forum will be opened by His Excellency the Undersecretary of the Ministry of Water Resources,"
        " Eng. Faisal bin Hamad al-Siyabi."
    )
    assert (official.name, official.role, official.affiliation, official.job_title) == (
        "Faisal bin Hamad al-Siyabi",
        "introductory-remarks",
        "Ministry of Water Resources",
        "Undersecretary",
    )
    page = (
        "Andes Water Institute\n\nRivers and Cities\n\nWhen: Tuesday, March 3, 2026 · 9:00 a.m. – 11:00 a.m.\n\n"
        "Agenda\n\n8:30 a.m. Registration\n\n"
        "9:00 a.m. Opening words by the President of the Andean Bar Association, Dr. Inés Carrasco Mora.\n\n"
        "9:30 a.m. Lecture: Professor Pablo Ríos Acosta (Universidad de Cuenca)\n"
    )
    assert ("Inés Carrasco Mora", "introductory-remarks", "Andean Bar Association", "President") in _people(
        _text_page(page)
    )
    # a minister's portfolio is no organisation: the post has none (as a minister's post never has)
    [minister] = parse_entries("the Minister of Finance, Hon. Ruth Banda.")
    assert (minister.name, minister.affiliation, minister.job_title) == ("Ruth Banda", None, "Minister of Finance")


def test_comments_will_be_given_by_two_people_joined_by_and_by() -> None:
    line = (
        "Comments will be given by Dr. Sofia Lindgren, Senior Adviser at the Ministry of Defence of Sweden,"
        " and by Professor Jonas Berg of Uppsala University, who chairs the review."
    )
    found = {(e.name, e.role, e.affiliation) for e in cued_entries(line)}
    assert found == {
        ("Sofia Lindgren", "discussant", "Ministry of Defence of Sweden"),
        ("Jonas Berg", "discussant", "Uppsala University"),
    }


def test_a_sentence_opening_with_an_accented_capital_names_its_speaker() -> None:
    # 'Ø', 'Á', 'Ł' start names as 'A' does: the sentence is cut before them and the name read
    line = "The debate opens at noon. Øystein Ødegård, Director of the Barents Secretariat, will speak on fisheries."
    assert [(e.name, e.role) for e in speaking_subjects(line)] == [("Øystein Ødegård", "speaker")]


def test_a_national_telephone_number_after_its_trunk_zero_is_no_part_of_the_post() -> None:
    [entry] = parse_entries("Morag Dunn, Events Officer, at events@example.org.uk or 0141 330 2000.")
    assert (entry.job_title, entry.telephone) == ("Events Officer", "0141 330 2000")
    [entry] = parse_entries("Ms. PARK Min-ji (Programme Officer), 02-880-1234, park@example.ac.kr")
    assert (entry.name, entry.job_title, entry.telephone) == ("Park Min-ji", "Programme Officer", "02-880-1234")


def test_a_hyphenated_post_before_of_the_organisation_names_that_organisation() -> None:
    [entry] = parse_entries("Dr. Inga Sara, Vice-President of the Nordic Reindeer Council")
    assert (entry.job_title, entry.affiliation) == ("Vice-President", "Nordic Reindeer Council")


def test_hold_out_set_67_meets_the_target_in_every_field_but_organizers_sponsors_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-67" / "expected.yaml")
    # organizers and sponsors (0.82 and 0.86; 'European Union in Colombia') and attendance (invitation-only
    # and recorded-only events) are the other ingest work's fields: see docs/ingest.md, set 67
    others = ("organizers", "sponsors", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["job titles"].f1 > 0.85
