"""Forms of naming the people of an event that the misses of all hold-out sets (session 28) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the hold-out
page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries
from tests.test_pages_unseen import _people, _text_page

_HEAD = """\
Rannikkokaupungit ja ilmasto

Seminaari, 14.5.2026, klo 10.00–12.00, Vaasa

Avaus: Dr Mari Koski, johtaja, Vaasan yliopisto

"""


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Arutelu modereerib ajakirjanik Kadri Tamm.", "Kadri Tamm"),  # Estonian
        ("Umræðum stýrir Sigrún Helga Jónsdóttir, fréttakona á RÚV.", "Sigrún Helga Jónsdóttir"),  # Icelandic
        ("Pogovor bo vodil Matej Kranjc (Radio Koper).", "Matej Kranjc"),  # Slovene
        ("Raspravu moderira Ivana Horvat, novinarka.", "Ivana Horvat"),  # Croatian
        ("Les débats seront animés par Mme Pauline Essomba, journaliste.", "Pauline Essomba"),  # French
        ("La mesa será moderada por Ana Robles Vidal (Radio Nacional).", "Ana Robles Vidal"),  # Spanish
        ("Samtalet modereras av Karin Berg, journalist.", "Karin Berg"),  # Swedish
    ],
)
def test_a_sentence_of_another_language_names_its_moderator(sentence: str, name: str) -> None:
    assert [(e.name, e.role) for e in cued_entries(sentence)] == [(name, "moderator")]


def test_a_finnish_chair_and_her_body_after_the_comma() -> None:
    # the occupation in small letters introduces one person: the name after the comma is her broadcaster
    people = _people(_text_page(_HEAD + "Tilaisuuden puheenjohtajana toimii toimittaja Liisa Aho, Yle Kokkola.\n"))
    assert ("Liisa Aho", "chair", "Yle Kokkola", "toimittaja") in people
    assert not any(p[0] == "Yle Kokkola" for p in people)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Entry is free. Press: Tomás Rivera Solís, Communications Office, prensa@example.edu",
            ("Tomás Rivera Solís", "contact", None, None),
        ),
        (
            "Survey questions: data@example.org · Media: Đỗ Minh Châu, Communications Officer, chau@example.org",
            ("Đỗ Minh Châu", "contact", None, "Communications Officer"),
        ),
        (
            "Entrée libre. Contact : Mme Aline Mbarga, chargée de communication, aline@example.cm",
            ("Aline Mbarga", "contact", None, "chargée de communication"),
        ),
        (
            "Registration closes on 1 May. Organising team: Mgr. Pavla Nová, Project Officer, nova@example.cz",
            ("Pavla Nová", "contact", None, "Project Officer"),
        ),
    ],
)
def test_a_contacts_label_after_a_sentence_on_its_line(line: str, expected: tuple[str, ...]) -> None:
    assert expected in _people(_text_page(_HEAD + line + "\n"))


@pytest.mark.parametrize(
    ("line", "name", "honorific"),
    [
        ("Ratu Peni Vuniwai, Turaga ni Koro of Namatakula village", "Peni Vuniwai", "Ratu"),  # Fijian chiefs
        ("Adi Mereani Tuisawau, Permanent Secretary for Fisheries", "Mereani Tuisawau", "Adi"),
        ("Kumu Leilani Kahale, Hawaiian Language College", "Leilani Kahale", "Kumu"),  # a Hawaiian teacher
        ("Mag.a Karin Steiner, Leiterin der Abteilung Kultur", "Karin Steiner", "Mag.a"),  # Austrian feminine
        ("Mag. a  Karin Steiner, Leiterin der Abteilung Kultur", "Karin Steiner", "Mag. a"),  # its 'a' spaced
        ("Co-author Dr. Dana K. Miles, Associate Professor, Lakeside University", "Dana K. Miles", "Dr."),
    ],
)
def test_a_title_before_the_name_is_no_part_of_it(line: str, name: str, honorific: str) -> None:
    entry = parse_entries(line)[0]
    assert (entry.name, entry.honorific) == (name, honorific)


def test_a_given_name_that_is_no_title_stays() -> None:
    assert parse_entries("Adi Godrej, Chairman, Godrej Group")[0].name == "Adi Godrej"  # one word after 'Adi'


def test_a_question_before_a_contacts_name() -> None:
    # the Dutch imperative after the question: 'Vragen? Contacteer X, post, via x@…'
    people = _people(_text_page(_HEAD + "Vragen? Contacteer Els Peeters, persverantwoordelijke, via els@example.be.\n"))
    assert ("Els Peeters", "contact", None, "persverantwoordelijke") in people
    assert [p[0] for p in people if "Peeters" in p[0]] == ["Els Peeters"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dr. Huang, Pei-Shan (黃佩珊), Assistant Professor, Harbour University", "Pei-Shan Huang"),
        ("Prof. Kang, Min-Jun, Director, Center for Port Studies", "Min-Jun Kang"),
        ("Tsai, Wen-Hao (蔡文豪), Professor, Department of Finance, Harbour University", "Wen-Hao Tsai"),
    ],
)
def test_a_family_name_a_comma_and_a_hyphenated_given_name(line: str, name: str) -> None:
    assert parse_entries(line)[0].name == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Molnár Ildikó újságíró (Szegedi Hírlap)", ("Molnár Ildikó", "újságíró", "Szegedi Hírlap")),
        ("Dr. Varga Tamás egyetemi adjunktus, Szegedi Tudományegyetem", ("Varga Tamás", "egyetemi adjunktus", None)),
        ("Papp Zsófia titkárságvezető, titkarsag@example.hu", ("Papp Zsófia", "titkárságvezető", None)),
    ],
)
def test_a_post_in_small_letters_right_after_the_name(line: str, expected: tuple[str, ...]) -> None:
    # (Hungarian writes the post after the name with no comma between)
    entry = parse_entries(line)[0]
    assert (entry.name, entry.job_title) == expected[:2]
    assert expected[2] is None or entry.affiliation == expected[2]


def test_a_verb_after_a_name_is_no_post() -> None:
    assert [e.job_title for e in parse_entries("Jane Doe will speak, then questions")] != ["will speak"]


def test_a_question_makes_a_line_no_list_unless_a_quoted_title_asks_it() -> None:
    assert parse_entries("Rising Seas, Falling Catches? Prices, Quotas and Coastal Incomes in the North") == []
    entries = parse_entries('Amal Haddad (Université Laval) – "Who Owns the Shore? Tenure in Coastal Towns"')
    assert [e.name for e in entries] == ["Amal Haddad"]
