"""Forms of a speaker's post and the body she holds it at that the affiliation and job-title misses of all
hold-out sets (session 27) showed the ingester reading together, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page

_MESA = """\
Conversatorio: el agua en los barrios del sur

Fecha: jueves 14 de mayo de 2026, 18:00
Lugar: Salón de Actos, Facultad de Humanidades, Mendoza

Participan:
- Inés Ferrari – Coordinadora de la Red de Huertas Vecinales de Godoy Cruz
- Tomás Quiroga – periodista de Cuyo7
- Marta Lucero – periodista de Canal 12
"""


def test_a_romance_post_then_de_and_a_body_of_any_kind_is_the_post_at_that_body() -> None:
    # 'Coordinadora de la Red X', 'periodista de Canal 12', 'periodista de Cuyo7': a network, a channel or
    # a broadcaster's name with its number, each the employer after the post's 'de'
    people = {(name, body, post) for name, _, body, post in _people(_text_page(_MESA))}
    assert ("Inés Ferrari", "Red de Huertas Vecinales de Godoy Cruz", "Coordinadora") in people
    assert ("Tomás Quiroga", "Cuyo7", "periodista") in people
    assert ("Marta Lucero", "Canal 12", "periodista") in people


def test_initials_then_de_and_the_place_they_serve_are_a_body() -> None:
    # 'MRC de X' (a regional county municipality), written by its initials before the place
    assert describe("directrice générale de la MRC de Bellechasse") == ("directrice générale", "MRC de Bellechasse")
    # a minister's portfolio after 'de' is no body
    assert describe("Ministra de Educación") == ("Ministra de Educación", None)


def test_a_unit_then_the_body_it_is_part_of_keeps_the_unit_in_the_post() -> None:
    # 'jefe de la División de X del Gobierno Regional de Y': the unit in the post, the government employs him
    assert describe("jefe de la División de Infraestructura y Transporte del Gobierno Regional de Ñuble") == (
        "jefe de la División de Infraestructura y Transporte",
        "Gobierno Regional de Ñuble",
    )
    # a body with no unit before it is the employer as before
    assert describe("director regional de la Corporación Nacional Forestal") == (
        "director regional",
        "Corporación Nacional Forestal",
    )


def test_a_city_after_an_institute_of_is_where_it_is() -> None:
    # 'X Institute of Y, Pune': a city of 100,000 people or more, not a capital, after an institute named
    # 'Institute of' is where it is, not a campus; after a 'University of' it names the campus
    assert describe("Visiting Professor, National Institute of Virology, Pune") == (
        "Visiting Professor",
        "National Institute of Virology",
    )
    assert describe("Tata Institute of Social Sciences, Hyderabad")[1] == "Tata Institute of Social Sciences"
    assert describe("University of California, Riverside")[1] == "University of California, Riverside"


_PODIUM = """\
Podiumsgespräch: Wer pflegt das Dorf?

Datum: Donnerstag, 11. Juni 2026, 18.00 Uhr
Ort: Aula, Frankenstrasse 9, Aarau

Begrüssung: Dr. Urs Baumann, Leiter Fachzentrum Alter und Gesundheit
Es diskutieren:
Monika Graf, Präsidentin Verband Aargauer Gemeindeschreiber
Reto Huber, Geschäftsführer Stiftung Landpflege Fricktal
Moderation: Anna Keller, Redaktorin «Aargauer Nachrichten»
"""


def test_a_german_post_then_its_body_with_no_comma_is_the_post_at_that_body() -> None:
    # Swiss and Austrian pages write 'Leiter Fachzentrum X', 'Präsidentin Verband Y', 'Redaktorin «Z»'
    people = {(name, body, post) for name, _, body, post in _people(_text_page(_PODIUM))}
    assert ("Urs Baumann", "Fachzentrum Alter und Gesundheit", "Leiter") in people
    assert ("Monika Graf", "Verband Aargauer Gemeindeschreiber", "Präsidentin") in people
    assert ("Reto Huber", "Stiftung Landpflege Fricktal", "Geschäftsführer") in people
    assert ("Anna Keller", "Aargauer Nachrichten", "Redaktorin") in people
