"""Names in the orders, scripts and honorific systems hold-out set 83 (session 14, "names") showed
unread, one test per form. Every text here is made up for the form, not copied from the hold-out
page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.names import stated_honorific
from kg.pages.lines import match_label
from kg.pages.people import bare_name, is_person_name, parse_entries
from kg.pages.sentences import cued_entries
from tests.test_pages_unseen import _people, _text_page

_HEAD = (
    "Rivers and Rights: A Policy Forum\nThursday, 12 March 2026, 9.00 am - 12.00 pm\nVenue: Riverside Hall, Sibu\n\n"
)


def test_sarawak_and_malaysian_titles_before_a_name_are_honorifics() -> None:
    # 'Datuk Amar', 'Dato Sri', 'YB', 'Haji'/'Hajah', 'Ir.', 'Ts.' and the Iban chiefs' 'Temenggong'
    assert stated_honorific("YB Datuk Amar Ir. Dr. Peter Nyambong anak Lasah") == (
        "YB Datuk Amar Ir. Dr.",
        "Peter Nyambong anak Lasah",
    )
    assert stated_honorific("Dato Sri Professor Dr. Henry Tay Kim Leong")[1] == "Henry Tay Kim Leong"
    assert stated_honorific("Datu Hajah Salmah binti Haji Openg")[1] == "Salmah binti Haji Openg"
    assert stated_honorific("Ts. Dr. Awang Faizal bin Awang Rahim")[1] == "Awang Faizal bin Awang Rahim"
    assert stated_honorific("Temenggong Ringgit anak Sumping")[1] == "Ringgit anak Sumping"
    # 'Ir' opens no given name that starts with it
    assert stated_honorific("Irene Wong Mei Lin") == (None, "Irene Wong Mei Lin")


def test_spanish_and_portuguese_courtesy_titles_are_honorifics() -> None:
    assert bare_name("Dra. D.ª Carmen Olmedo de la Torre") == ("Dra. D.ª", "Carmen Olmedo de la Torre")
    assert bare_name("Dr. D. Álvaro Ruiz de Azúa Pinedo")[1] == "Álvaro Ruiz de Azúa Pinedo"
    assert bare_name("Dña. Inés Moreno-Castell Pardo")[1] == "Inés Moreno-Castell Pardo"
    assert bare_name("Prof.ª Dra. Teresa Vasconcelos Pires da Rocha")[1] == "Teresa Vasconcelos Pires da Rocha"
    # 'D.' alone before a name is an initial, not 'Don'
    assert bare_name("D. Lambert Osei")[1] == "D. Lambert Osei"
    # a vice-rector's and an associate professor's posts in Spanish and Portuguese are posts, not names
    (entry,) = parse_entries("Dra. D.ª Carmen Olmedo de la Torre, Vicerrectora de Investigación, Universidad de Cádiz")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Carmen Olmedo de la Torre",
        "Vicerrectora de Investigación",
        "Universidad de Cádiz",
    )
    (entry,) = parse_entries("Prof.ª Dra. Teresa Pires da Rocha, Professora Associada, Universidade do Minho")
    assert (entry.job_title, entry.affiliation) == ("Professora Associada", "Universidade do Minho")


def test_an_alias_after_an_at_sign_is_no_part_of_the_name() -> None:
    # Malaysian names: 'X @ Y' writes the alias the person also goes by
    assert bare_name("Encik Azman bin Yusof @ Ahmad Azman") == ("Encik", "Azman bin Yusof")
    assert is_person_name("Jimmy Sagin anak Ambau")


def test_spanish_programme_labels_for_the_opening_and_the_contact() -> None:
    assert match_label("Inauguración")[0].role == "introductory-remarks"
    label, rest = match_label("Más información: Dña. Inés Pardo, Oficina de Comunicación")
    assert (label.kind, rest) == ("contact", "Dña. Inés Pardo, Oficina de Comunicación")


def test_a_numbered_presentation_names_its_presenter() -> None:
    label, rest = match_label("Presentation 2: Floods and household savings")
    assert (label.role, rest) == ("presenter", "Floods and household savings")


def test_for_further_information_please_contact_over_a_card() -> None:
    people = _people(
        _text_page(_HEAD + "For further information, please contact:\nPuan Noraini binti Jamil\nEvents Officer\n")
    )
    assert {(name, role) for name, role, *_ in people} == {("Noraini binti Jamil", "contact")}


def test_a_talk_title_with_and_before_its_speaker_is_no_second_person() -> None:
    # '"X and Y" — Dr. Z (Org)': the quoted talk goes before the line is split at its 'and'
    (entry,) = parse_entries('"Rivers and Borders in Law" — Prof. Oh Min-kyu (School of Law, Pusan University)')
    assert (entry.name, entry.affiliation) == ("Oh Min-kyu", "Pusan University")
    assert is_person_name("Le Van Tam")  # a Vietnamese name without its accents, two of its words particles elsewhere
    # and under a session's chair, the people listed with their talks give papers
    people = _people(
        _text_page(
            _HEAD + "Session 1: Water at Sea\nChair: Dr. Ito Kana (Ryukyu University)\n"
            '"Salt and Silt in the Delta" — Dr. Le Van Tam (Can Tho University)\n'
            '"Dams, Fish and Farmers" — Prof. Sato Ren (Kochi University)\n'
        )
    )
    assert {(name, role) for name, role, *_ in people} == {
        ("Ito Kana", "chair"),
        ("Le Van Tam", "speaker"),
        ("Sato Ren", "speaker"),
    }


def test_speaker_profiles_under_the_programme_add_no_speaker_role() -> None:
    # a 'Speakers' list of profiles after the programme, its people in the other name order
    people = _people(
        _text_page(
            _HEAD + "Programme\n\n9:00 Opening remarks\nProf. Ota Hiroshi (Director, Kanmon Institute)\n\n"
            "9:15 Roundtable\nModerator: Dr. Kang Ji-woo (Research Fellow, Busan Policy Institute)\n"
            "Panelists: Dr. Lin Mei-ling (Professor, Tainan University); Mr. Goto Sho (Professor, Kobe University)\n\n"
            "Speakers\n\nHiroshi Ota\nJi-woo Kang\nMei-ling Lin\nSho Goto\n"
        )
    )
    assert {role for name, role, *_ in people if name in ("Ota Hiroshi", "Hiroshi Ota")} == {"introductory-remarks"}
    assert "speaker" not in {role for _, role, *_ in people}


def test_a_higher_doctorate_and_a_masters_with_its_university_are_post_nominals() -> None:
    (entry,) = parse_entries("Prof. Dr. Vass Gergely, DSc, Chair of the Committee")
    assert (entry.name, entry.job_title, entry.affiliation) == ("Vass Gergely", "Chair of the Committee", None)
    (entry,) = parse_entries("Dr. Anke Brüning, LL.M. (Harvard), Judge, Federal Constitutional Court")
    assert (entry.name, entry.job_title, entry.affiliation) == ("Anke Brüning", "Judge", "Federal Constitutional Court")


def test_a_unit_of_two_sciences_starts_no_person() -> None:
    # 'Department of Geography and Regional Science': its 'and' joins two fields, not two people
    assert not is_person_name("Regional Science")
    assert (
        parse_entries("Professor of Urban Studies, Department of Planning and Political Science, University of Linz")
        == []
    )


def test_chaired_by_a_dutch_title_in_lower_case() -> None:
    label, rest = match_label("chaired by dr. Els Vanden Eynde, Director of the Centre")
    assert (label.role, rest) == ("chair", "dr. Els Vanden Eynde, Director of the Centre")


def test_closed_by_and_a_compound_post_before_the_name() -> None:
    (closing,) = cued_entries("The forum will be closed by Dr. Faisal bin Omar Al-Nuaimi, Director of Research.")
    assert (closing.name, closing.role) == ("Faisal bin Omar Al-Nuaimi", "closing-remarks")
    # 'the Principal and Vice-Chancellor of the University, Professor Dame X DBE': a post of two
    # titles joined by 'and' before the name, the name with its honours after it
    (opening,) = cued_entries(
        "The lecture will be introduced by the Principal and Vice-Chancellor of the University, "
        "Professor Dame Morven Lauder-Shaw DBE FRSE."
    )
    assert (opening.name, opening.role) == ("Morven Lauder-Shaw", "introductory-remarks")


def test_hold_out_set_83_meets_the_target_in_people_roles_and_end() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-83" / "expected.yaml")
    # the names work of this set: people and roles; the end was read from the first run on. Under
    # 0.9 still (docs/ingest.md, set 83): affiliations and job titles (a bio's unit over a card's
    # university, 'of the Center' on the centre's page, a contact's office and telephone), title
    # (named lectures with a subtitle line, a heading's type against an embedded name), start (a
    # 'Time' field's pm range, a registration item before the stated time), organizers, sponsors,
    # locality, reports and attendance, which other work of session 14 takes on
    assert {name: round(scores[name].f1, 3) for name in ("people", "roles", "end") if scores[name].f1 < 0.9} == {}
    assert scores["affiliations"].f1 > 0.8 and scores["job titles"].f1 > 0.8
