"""Organiser, sponsor, place and attendance forms that hold-out set 52 (Quito, Dakar, Dar es
Salaam, Abu Dhabi, Halifax, Bishkek, Kingston and Graz pages) and the misses left in sets 36-48
showed the ingester missing, one test per form. What they shared: pages in Spanish, French,
German and Romanian say who holds and who supports an event in their own words and grammar (a
verb after the host, an article before each name, a German name declined after its preposition),
where the reader knew the English sentences only. Each page here is written for the form, not
copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import match_label
from kg.pages.offices import foundation_of_office
from kg.pages.orgs import split_org_names, stated_hosts, unit_of
from kg.pages.place import attendance, read_place
from tests.test_pages_unseen import _html_page, _text_page

_DATED = "Conferencia\n\nLos Andes y el agua\n\nmartes 14 de octubre de 2025, 17:00 - 18:30\n\n"


def _names(orgs: tuple) -> list[str]:
    return [o.name for o in orgs]


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        # a verb after the host, in French, with a partner in a clause between
        (
            "Le Centre d'Études Sahéliennes (CES) organise, en partenariat avec l'Université de Niamey,"
            " une journée d'étude.",
            ["Centre d'Études Sahéliennes"],
            ["Université de Niamey"],
        ),
        # Spanish: the host's article is no part of its name (its unit is read by unit_of)
        (
            "El Instituto de Estudios Andinos de la Universidad del Cauca invita a la presentación.",
            ["Instituto de Estudios Andinos de la Universidad del Cauca"],
            [],
        ),
        # the passive, and support after 'con el apoyo de la …'
        (
            "Actividad organizada por el Observatorio Fiscal del Paraguay con el apoyo de la Fundación Hanns Seidel.",
            ["Observatorio Fiscal del Paraguay"],
            ["Fundación Hanns Seidel"],
        ),
        # German: two supporters after their articles, 'und den …' between them
        (
            "Gefördert durch das Land Kärnten und den Forschungsfonds der Stadt Klagenfurt.",
            [],
            ["Land Kärnten", "Forschungsfonds der Stadt Klagenfurt"],
        ),
        # German declension: 'der Deutschen …' is 'Deutsche …', 'den Bayerischen …' 'Bayerischer …'
        (
            "Mit freundlicher Unterstützung der Deutschen Forschungsgemeinschaft.",
            [],
            ["Deutsche Forschungsgemeinschaft"],
        ),
        ("Gefördert durch den Bayerischen Rundfunkfonds.", [], ["Bayerischer Rundfunkfonds"]),
        # a German adjective after 'für' is written small inside the name
        (
            "Die Veranstaltung wird in Kooperation mit der Landeszentrale für politische Bildung Baden-Württemberg"
            " durchgeführt.",
            [],
            ["Landeszentrale für politische Bildung Baden-Württemberg"],
        ),
        # after 'des' the nominative is not told (masculine or neuter): no name rather than a wrong one
        ("Mit Unterstützung des Steirischen Kulturfonds.", [], []),
        # Portuguese and Romanian
        (
            "O Instituto de Políticas Urbanas convida para o debate, com o apoio da Fundação Tarrafal.",
            ["Instituto de Políticas Urbanas"],
            ["Fundação Tarrafal"],
        ),
    ],
)
def test_hosts_and_sponsors_in_the_words_of_other_languages(
    sentence: str, hosts: list[str], sponsors: list[str]
) -> None:
    assert stated_hosts(sentence) == (hosts, sponsors)


@pytest.mark.parametrize(
    "sentence",
    [
        # an article before a name that is no organisation word stays: 'La Trobe', 'Los Alamos'
        "La Trobe University presents a public lecture.",
        "Los Alamos National Laboratory will host a colloquium.",
    ],
)
def test_an_article_that_is_part_of_a_name_stays(sentence: str) -> None:
    hosts, _ = stated_hosts(sentence)
    assert hosts == [sentence.split(" presents")[0].split(" will")[0]]


@pytest.mark.parametrize(
    ("line", "kind", "rest"),
    [
        # a Latin American page names its fields by the verb: 'Organiza:', 'Auspician:', 'Patrocina:'
        ("Organiza: Centro de Estudios Amazónicos", "hosts", "Centro de Estudios Amazónicos"),
        ("Auspician: Banco Regional y Fundación Selva Viva", "sponsors", "Banco Regional y Fundación Selva Viva"),
        ("Patrocina: Cooperativa Andina", "sponsors", "Cooperativa Andina"),
        # German and Romanian fields
        ("Kooperationspartner: Kulturverein Drava", "sponsors", "Kulturverein Drava"),
        ("Organizator: Centrul pentru Studii Baltice", "hosts", "Centrul pentru Studii Baltice"),
        ("Cu sprijinul: Fundația Dunărea", "sponsors", "Fundația Dunărea"),
    ],
)
def test_host_and_sponsor_fields_in_other_languages(line: str, kind: str, rest: str) -> None:
    label, found = match_label(line) or (None, None)
    assert label is not None and (label.kind, found) == (kind, rest)


def test_a_field_lists_two_sponsors_joined_by_another_languages_and() -> None:
    # 'y' before a name that starts with an organisation word, after a name with its initials
    assert split_org_names("Fondo Hídrico del Sur (FHS) y Fundación Selva Viva") == [
        "Fondo Hídrico del Sur",
        "Fundación Selva Viva",
    ]
    # a name's own 'y' stays: 'Ministerio de Agricultura y Ganadería'
    assert split_org_names("Ministerio de Agricultura y Ganadería") == ["Ministerio de Agricultura y Ganadería"]


@pytest.mark.parametrize(
    ("name", "unit", "parent"),
    [
        ("Área de Estudios Urbanos, Universidad de Cuenca", "Área de Estudios Urbanos", "Universidad de Cuenca"),
        ("Zentrum für Alpenforschung der Universität Innsbruck", "Zentrum für Alpenforschung", "Universität Innsbruck"),
        ("Département de géographie de l'Université de Liège", "Département de géographie", "Université de Liège"),
    ],
)
def test_a_unit_of_a_university_in_other_languages(name: str, unit: str, parent: str) -> None:
    assert unit_of(name) == (unit, parent)


def test_a_field_names_a_unit_of_a_university_in_spanish() -> None:
    page = (
        _DATED
        + "Lugar: Auditorio Central, Av. Amazonas 1200, Quito\n\n"
        + "Organiza: Área de Estudios Urbanos, Universidad de Cuenca\n"
    )
    record = _text_page(page)
    assert _names(record.organizers) == ["Área de Estudios Urbanos"]
    assert not [p for p in record.participants if p.person.name.startswith("Área")]


@pytest.mark.parametrize(
    ("name", "foundation"),
    [
        # an office 'for' a task 'in' a region
        ("Friedrich-Ebert-Stiftung Regional Office for Cooperation in Central Asia", "Friedrich-Ebert-Stiftung"),
        # the country in the foundation's own language
        ("Fundația Konrad Adenauer România", "Fundația Konrad Adenauer"),
        ("Fundación Heinrich Böll Perú", "Fundación Heinrich Böll"),
        # a place name that is a country only in another language is the foundation's own name
        ("Fondation Rosa Luxemburg", "Fondation Rosa Luxemburg"),
    ],
)
def test_a_foundations_office_in_other_words(name: str, foundation: str) -> None:
    assert foundation_of_office(name) == foundation


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Modalidad: presencial y virtual (Zoom)", "mixed"),
        ("Modalidad: híbrida", "mixed"),
        ("Format : événement hybride", "mixed"),
        ("La séance a lieu en présentiel et en ligne.", "mixed"),
        ("Die Veranstaltung findet in Präsenz und online statt.", "mixed"),
        # a live broadcast with words between 'live' and 'übertragen', beside a venue
        ("Der Vortrag wird zusätzlich live auf dem YouTube-Kanal des Instituts übertragen.", "mixed"),
        # 'guerra híbrida' is the subject, not the format
        ("Conferencia sobre la guerra híbrida en Europa del Este.", None),
    ],
)
def test_attendance_in_other_languages(text: str, mode: str | None) -> None:
    assert attendance(text, has_place=True, has_online=False) == mode


@pytest.mark.parametrize(
    ("texts", "locality"),
    [
        # a town's name with its language's small words
        (["Serena Hotel, Kivukoni Street, Dar es Salaam"], "Dar es Salaam"),
        # every Canadian province's code, Newfoundland and Labrador's too
        (["Signal Hill Hall, 1 Water Street, St. John's, NL A1C 6N6"], "St. John's"),
        # an Indian PIN after a dash, in two groups
        (["Kaveri Hall, Gandhi Nagar, Adyar, Chennai - 600 020"], "Chennai"),
        # a Sri Lankan street number with a slash, and the city's postal district
        (["Main Hall, 100/20 Independence Avenue, Colombo 07"], "Colombo"),
        # the stream joined to the town by '&'
        (["Auditorium B1, College Hall, Bliss Street, Hamra, Beirut & on Zoom"], "Beirut"),
    ],
)
def test_a_venues_town_in_more_address_forms(texts: list[str], locality: str) -> None:
    place, _ = read_place(texts)
    assert place is not None and place.locality == locality


def test_a_street_number_with_a_slash_is_a_street() -> None:
    # what lets an unlabelled venue line under the date count as an address ('100/20 X Avenue')
    place, _ = read_place(["Main Hall, 100/20 Independence Avenue, Colombo 07"])
    assert place is not None and place.street_address == "100/20 Independence Avenue"


def test_a_field_label_with_its_value_after_it_in_the_same_element() -> None:
    html = (
        "<html><body><main><h1>Ports and Power</h1><ul>"
        '<li><span class="label">Date</span> Thursday, 27 November 2025</li>'
        '<li><span class="label">Time</span> 5:00 PM - 7:00 PM</li>'
        '<li><span class="label">Location</span> Hall B1, College Hall, Bliss Street, Beirut &amp; on Zoom</li>'
        "</ul><p>A panel on the ports of the Levant.</p></main></body></html>"
    )
    record = _html_page(html)
    assert record.location is not None and record.location.locality == "Beirut"
    assert record.attendance_mode == "mixed"


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        # a telephone's extension goes with the number, and the line is a contact's, not a sentence
        (
            "Enquiries: Ms. Tamika Grant, Administrative Assistant, 876-977-0640 ext. 2214, dept@uc.edu.jm",
            ("Tamika Grant", "contact", "Administrative Assistant", "+1-876-977-0640"),
        ),
        # French word order, and a French post ('Chargée de …')
        (
            "Contact presse : Awa Ndiaye, Chargée de communication, +221 33 869 41 20",
            ("Awa Ndiaye", "contact", "Chargée de communication", "+221 33 869 41 20"),
        ),
    ],
)
def test_staff_contact_lines(line: str, contact: tuple[str, str, str, str]) -> None:
    record = _text_page(_DATED + "Una conferencia sobre el agua.\n\n" + line + "\n")
    found = [(p.person.name, p.role, p.job_title, p.person.telephone) for p in record.participants]
    assert found == [contact]


def test_a_sponsor_named_also_in_its_own_language() -> None:
    # 'X / x in Slovene': one society, and a German society ('…verein') is an organisation, not a person
    page = (
        _DATED
        + "Lugar: Aula 2, Calle Real 4, Quito\n\n"
        + "Kooperationspartner: Slowenischer Kulturverein Drava / Kulturno društvo Drava\n"
    )
    assert _names(_text_page(page).sponsors) == ["Slowenischer Kulturverein Drava"]


def test_an_in_person_programme_is_offline() -> None:
    assert attendance("In-Person Program\n\nArctic Shipping Lanes", has_place=True, has_online=False) == "offline"


# set 52's fields that meet the target after its fixes
SET_52_FIELDS = ("organizers", "sponsors", "locality", "attendance")


def test_set_52_meets_the_f1_target_in_its_organisers_sponsors_place_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-52" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in SET_52_FIELDS if scores[name].f1 < 0.9} == {}


# the older sets' fields that reached the target with these forms (set 41: 'Cu sprijinul' and a
# foundation's office in Romanian, St. John's; set 44: Chennai's PIN, an 'In-Person Program')
OLDER_FIELDS = {41: ("sponsors", "locality"), 44: ("locality", "attendance")}


@pytest.mark.parametrize("number", sorted(OLDER_FIELDS))
def test_older_sets_keep_the_fields_these_forms_brought_to_the_target(number: int) -> None:
    scores = measure(Path(__file__).parent / "data" / f"holdout-{number}" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in OLDER_FIELDS[number] if scores[name].f1 < 0.9} == {}
