"""People, affiliation and job-title forms that hold-out set 95 (Enugu, Mombasa, Peshawar, Bhubaneswar,
Surabaya, Olomouc, Tallahassee and Cotonou sites) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.names import stated_honorific
from kg.pages.lines import session_role
from kg.pages.people import bare_name, is_person_name, parse_entries
from tests.test_pages_unseen import _people, _text_page


def test_degrees_awards_and_designations_after_a_name_are_no_employer() -> None:
    # Indonesian degrees keep their periods; Pakistan's military awards carry '(M)', glued to the
    # letters; American insurance and finance designations are letters alone
    for line, name in [
        ("Dr. Rina Kartika Sari, S.H., M.Hum.", "Rina Kartika Sari"),
        ("Prof. Dr. Agus Wibowo, S.E., M.M.", "Agus Wibowo"),
        ("Drs. Hendra Gunawan, M.Si.", "Hendra Gunawan"),
        ("Maj. Gen. (Retd.) Tariq Hameed Malik, HI(M)", "Tariq Hameed Malik"),
        ("Laura Kingsley-Moore, CPCU", "Laura Kingsley-Moore"),
    ]:
        entry = parse_entries(line)[0]
        assert (entry.name, entry.affiliation) == (name, None), line
        assert is_person_name(line), line
    entry = parse_entries("Brig. (R) Imran Qadir Abbasi, SI(M), Director, Frontier Water Board")[0]
    assert (entry.name, entry.affiliation, entry.job_title) == (
        "Imran Qadir Abbasi",
        "Frontier Water Board",
        "Director",
    )


def test_a_french_lawyers_title_and_indias_civilian_awards_are_honorifics() -> None:
    assert stated_honorific("Me Awa NDIAYE-FALL") == ("Me", "Awa NDIAYE-FALL")
    assert stated_honorific("Padma Bhushan Prof. Kavita Rao") == ("Padma Bhushan Prof.", "Kavita Rao")
    assert parse_entries("Padma Shri Dr. Suresh Iyer")[0].name == "Suresh Iyer"


def test_a_nigerian_state_or_a_county_after_a_post_is_no_persons_name() -> None:
    # 'Hon. X' over 'Commissioner for Y, Z State': the post line under the name line is hers
    page = (
        "Delta Health Watch\n\nTown Hall on Maternal Health\n\nDate: Monday, 2nd June 2025\nTime: 11:00am – 2:00pm\n\n"
        "PROGRAMME\n\n11:00am  Keynote Address\n         Dr. (Mrs.) Ebiere Tonye-Harrison\n"
        "         Commissioner for Health, Bayelsa State\n"
        "11:30am  Remarks\n         Mr. Kiprotich Langat\n         Chief Officer for Health, Bomet County\n"
    )
    people = {(name, role, title) for name, role, _, title in _people(_text_page(page))}
    assert ("Ebiere Tonye-Harrison", "keynote", "Commissioner for Health") in people
    assert not {"Bayelsa State", "Bomet County"} & {name for name, *_ in people}
    assert not is_person_name("Kwara State")


def test_fellowships_of_african_academies_after_a_name_leave_a_former_post_whole() -> None:
    entry = parse_entries("Prof. (Mrs.) Chioma Obi, FNASS, Former Rector, Federal Polytechnic Nekede")[0]
    assert (entry.name, entry.affiliation, entry.job_title) == (
        "Chioma Obi",
        None,
        "Former Rector, Federal Polytechnic Nekede",
    )
    assert parse_entries("Prof. Kofi Mensah-Bonsu, FGA")[0].affiliation is None


def test_a_french_monsieur_before_a_family_name_in_accented_capitals_is_his_title() -> None:
    assert bare_name("M. Oumar KONÉ") == ("M.", "Oumar Koné")
    assert parse_entries("M. Sékou TOURÉ, Directeur, Office du Niger")[0].name == "Sékou Touré"


def test_role_headings_of_french_indonesian_and_pakistani_programmes() -> None:
    # 'Panélistes :' under 'Modérateur :' are panelists, not more moderators; an 'MC' runs the
    # programme (a master of ceremonies: moderator); 'Focal Person:' is whom to contact
    page = (
        "Institut Sahel Gouvernance\n\nTable ronde : « Décentraliser l'eau potable »\n\n"
        "Date : mardi 3 juin 2025\nHeure : 10 h 00 – 12 h 30\n\nPROGRAMME\n\n"
        "10 h 00 : Allocution d'ouverture\n    M. Idrissa TRAORÉ, Secrétaire général, Ministère de l'Eau\n"
        "10 h 15 : Table ronde\n    Modérateur : M. Oumar KONÉ, Journaliste, Radio Liberté\n    Panélistes :\n"
        "    – Mme Awa SANOGO, Directrice, Fonds de l'Eau\n"
        "    – Pr Boubacar DIALLO, Enseignant-chercheur, Université de Ségou\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert {("Idrissa Traoré", "introductory-remarks"), ("Oumar Koné", "moderator")} <= people
    assert {("Awa Sanogo", "panelist"), ("Boubacar Diallo", "panelist")} <= people
    page = (
        "Fakultas Ekonomi\n\nNational Webinar: Financing Village Cooperatives\n\n"
        "Day/Date : Monday, 9 June 2025\nTime : 09.00 – 11.00 WIB\n\n"
        "Opening Speech\nDr. Hendra Wijaya, S.E., M.M.\nDean, Faculty of Economics, Universitas Pelita Timur\n\n"
        "MC\nSiti Aminah Lubis\nLecturer, Faculty of Economics, Universitas Pelita Timur\n\n"
        "Focal Person: Mr. Kamran Abbasi, Research Officer, 0300-1234567\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert {("Hendra Wijaya", "introductory-remarks"), ("Siti Aminah Lubis", "moderator")} <= people
    assert ("Kamran Abbasi", "contact") in people
    assert session_role("Inaugural Address") == "keynote"


def test_a_body_named_for_its_cause_is_the_employer_even_when_a_post_word_ends_it() -> None:
    # 'Justice' also titles a judge, but 'Coalition for X Justice' and 'Ministry of Justice' are bodies
    entry = parse_entries("Rev. Mary-Ellen Boateng, Executive Director, Alliance for Climate Justice")[0]
    assert (entry.affiliation, entry.job_title) == ("Alliance for Climate Justice", "Executive Director")
    entry = parse_entries("Dr. Tomas Ilves-Kask, Senior Legal Adviser, Ministry of Justice")[0]
    assert (entry.affiliation, entry.job_title) == ("Ministry of Justice", "Senior Legal Adviser")


def test_a_state_legislators_party_and_district_town_in_brackets_is_no_employer() -> None:
    entry = parse_entries("Sen. Harold Pruitt (R-Fort Myers)")[0]
    assert (entry.name, entry.affiliation) == ("Harold Pruitt", None)
    entry = parse_entries(
        "Rep. Ann Lowe (D-St. Petersburg), State Representative, District 60, Florida House of Representatives"
    )[0]
    assert (entry.name, entry.affiliation) == ("Ann Lowe", "Florida House of Representatives")


def test_hold_out_set_95_meets_the_target_in_people_roles_sponsors_and_locality() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-95" / "expected.yaml")
    # left under 0.9 (see docs/ingest.md, set 95): title (a 'Theme:' line taken for the heading), start
    # and end ('PST' on a Pakistani page read as Pacific time; a breakfast's arrival at its stated
    # start), affiliations and job titles (a French 'Directeur exécutif du CERPA-Bénin', a ministry's
    # name with commas, 'C3HP', an own-language name in brackets, bios read as posts), organizers
    # and attendance (a unit that organises read as its university; a venue with a livestream)
    others = ("title", "start", "end", "affiliations", "job titles", "organizers", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["affiliations"].f1 > 0.85
    assert scores["job titles"].f1 > 0.85
