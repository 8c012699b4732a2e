"""Names in the orders, scripts and honorific systems hold-out set 83 (session 14, "names") showed
unread, one test per form. Every text here is made up for the form, not copied from the hold-out
page that showed it."""

from __future__ import annotations

from kg.names import stated_honorific
from kg.pages.lines import match_label
from kg.pages.people import bare_name, is_person_name, parse_entries
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
