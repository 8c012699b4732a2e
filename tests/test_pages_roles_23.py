"""Role and people forms that earlier hold-out sets left unread (sets 61, 91, 98 and others showed them),
one test per form. Each page here is written for the form, not copied from the hold-out page that
showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_unseen import _text_page


def _roles(record: EventRecord) -> dict[str, str]:
    return {p.person.name: p.role for p in record.participants}


def _programa(hours: str, items: str) -> str:
    """A Spanish event page: its heading, date and place, then its programme's `items`."""
    head = f"Ríos y ciudades\n\nJueves, 5 de marzo de 2026, {hours}\nLugar: Aula Magna, Calle Mayor 4, Zaragoza\n\n"
    return f"{head}Programa\n\n{items}"


def _round_table(item: str, heading: str) -> dict[str, str]:
    """The roles on a Spanish programme that lists `heading` under the item `item`."""
    text = _programa(
        "18:00 – 20:00",
        "18:00 Bienvenida\n"
        "Dra. Ana Belén Ruiz, directora, Instituto Aragonés del Agua\n\n"
        f"18:30 {item}\n"
        f"{heading}\n"
        "Carlos Durán Soto, ingeniero, Aguas de Aragón\n"
        "María Luz Vidal, urbanista, Ayuntamiento de Zaragoza\n"
        "Modera: Sara Pinilla, periodista, Heraldo de Aragón\n",
    )
    return _roles(_text_page(text))


def test_a_mesa_redondas_participants_are_its_panelists() -> None:
    # the round table of Spanish, Portuguese and Galician programmes ('Mesa redonda', 'Mesa-redonda') and its
    # neutral heading ('Participan:', 'Participantes:'), as 'Round table' / 'Participants:' (sets 91 and 113)
    for item, heading in (("Mesa redonda: «Ríos y barrios»", "Participan:"), ("Mesa-redonda", "Participantes:")):
        roles = _round_table(item, heading)
        assert {roles["Carlos Durán Soto"], roles["María Luz Vidal"]} == {"panelist"}, item
        assert roles["Sara Pinilla"] == "moderator"
        assert roles["Ana Belén Ruiz"] == "introductory-remarks"


def test_the_items_kind_before_a_full_stop_gives_its_role() -> None:
    # 'Mesa redonda. Intervienen:' and 'Paneelarutelu. Arutelus osalevad:' (sets 61 and 98): the item's kind,
    # then its people's heading after a full stop
    roles = _round_table("Mesa redonda. Intervienen:", "")
    assert {roles["Carlos Durán Soto"], roles["María Luz Vidal"]} == {"panelist"}


def test_participants_under_a_lectures_item_stay_speakers() -> None:
    # the neutral heading under an item that is no panel: its people speak
    roles = _round_table("Conferencia: «Ríos y barrios»", "Participan:")
    assert {roles["Carlos Durán Soto"], roles["María Luz Vidal"]} == {"speaker"}


def _people(record: EventRecord) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        p.person.name: (p.role, p.affiliation.name if p.affiliation else None, p.job_title) for p in record.participants
    }


def test_an_item_a_cargo_de_a_post_then_a_name_gives_its_people() -> None:
    # 'Apertura, a cargo de la directora del X, Dra. Y', 'e do vicerreitor … da USC, D. Z' (sets 103 and 113): the
    # post in small letters and its body before the name; 'Presentación' alone opens the act (set 61)
    text = _programa(
        "10:00 – 13:00",
        "10:00 Presentación, a cargo de Ana Belén Ruiz Soler, directora de la Fundación Ebro.\n"
        "10:15 Apertura, a cargo de la consejera de Medio Ambiente, Dña. Pilar Gracia Lanuza, y del vicerrector"
        " de Investigación de la UNIZAR, D. Jorge Sanz Bielsa.\n"
        "10:45 Conferencia: «Ríos en la ciudad», a cargo del Dr. Tomás Herrera Gil, catedrático de Hidrología,"
        " Universidad de Zaragoza.\n"
        "12:45 Clausura, a cargo del director del CIFA, Dr. Luis Abad Ferrer.\n",
    )
    people = _people(_text_page(text))
    assert people["Ana Belén Ruiz Soler"][0] == "introductory-remarks"
    assert people["Pilar Gracia Lanuza"] == ("introductory-remarks", None, "consejera de Medio Ambiente")
    assert people["Jorge Sanz Bielsa"][0] == "introductory-remarks"
    assert people["Jorge Sanz Bielsa"][2] == "vicerrector de Investigación"
    assert people["Tomás Herrera Gil"][0] == "speaker"
    assert people["Luis Abad Ferrer"] == ("closing-remarks", "CIFA", "director")


def test_a_programme_time_with_its_hours_unit_and_a_full_stop_heads_an_item() -> None:
    # '17:00 hrs. Palabras de bienvenida', '12.15 h. Mesa redonda' (sets 98 and 113): the items are read, and a
    # line of who backs the event under the last one is no person
    text = _programa(
        "17:00 – 19:00",
        "17:00 hrs. Palabras de bienvenida\n"
        "Dra. Ana Belén Ruiz Soler, directora, Fundación Ebro\n"
        "17.15 h. Mesa redonda\n"
        "Participan:\n"
        "Carlos Durán Soto, ingeniero, Aguas de Aragón\n"
        "María Luz Vidal, urbanista, Ayuntamiento de Zaragoza\n"
        "18.40 h. Preguntas del público\n"
        "Con el apoyo del Consejo de Ciencia y Tecnología de Aragón (CCTA).\n",
    )
    roles = _roles(_text_page(text))
    assert roles["Ana Belén Ruiz Soler"] == "introductory-remarks"
    assert {roles["Carlos Durán Soto"], roles["María Luz Vidal"]} == {"panelist"}
    assert len(roles) == 3


_CHAIRED = (
    "10:30 Discussion\n"
    "Chair: Mart Kask, Director, Baltic Ports Institute\n"
    "Jonas Berg, Head of Strategy, Port of Klaipėda\n"
    "Anna Lindqvist, Policy Officer, European Commission\n"
)
_DASHED = "10:30 Discussion — Dr. Jonas Berg and Dr. Anna Lindqvist\n"


def _discussion_after(item: str, discussion: str) -> dict[str, str]:
    """The roles on a programme whose 'Discussion' item follows the item `item`."""
    text = (
        "Ports and Power in the Baltic\n\n"
        "Tuesday 3 March 2026, 10:00 - 12:00\n"
        "Venue: Harbour House, 2 Quay Street, Tallinn\n\n"
        "Programme\n\n"
        f"10:00 {item}\n"
        "Dr. Liina Tamm, Senior Researcher, Baltic Ports Institute\n\n"
        f"{discussion}\n"
        "11:45 Closing remarks\n"
    )
    return _roles(_text_page(text))


def test_a_discussion_after_a_works_presentation_is_its_discussants() -> None:
    # 'Presentation of the report' then 'Discussion', its people under a chair or after a dash (sets 80, 96, 114
    # and 119 answer them discussants)
    for discussion in (_CHAIRED, _DASHED):
        roles = _discussion_after("Presentation of the report", discussion)
        assert roles["Liina Tamm"] == "presenter"
        assert {roles["Jonas Berg"], roles["Anna Lindqvist"]} == {"discussant"}, discussion
    assert _discussion_after("Presentation of the report", _CHAIRED)["Mart Kask"] == "chair"


def test_a_moderated_discussion_listing_its_people_stays_a_panel() -> None:
    # 'Discussion' / its people / 'Moderator: X' after a presentation: sets 65 and 89 answer panelists
    moderated = (
        "10:30 Discussion\n"
        "Jonas Berg, Head of Strategy, Port of Klaipėda\n"
        "Anna Lindqvist, Policy Officer, European Commission\n"
        "Moderator: Mart Kask, Director, Baltic Ports Institute\n"
    )
    roles = _discussion_after("Presentation of the report", moderated)
    assert {roles["Jonas Berg"], roles["Anna Lindqvist"]} == {"panelist"}
    assert roles["Mart Kask"] == "moderator"


def test_a_discussion_after_a_talk_stays_a_panel() -> None:
    for discussion in (_CHAIRED, _DASHED):
        roles = _discussion_after("Keynote address", discussion)
        assert roles["Liina Tamm"] == "keynote"
        assert {roles["Jonas Berg"], roles["Anna Lindqvist"]} == {"panelist"}, discussion


def test_es_diskutieren_heads_panelists() -> None:
    text = (
        "Wem gehört der Hafen?\n\n"
        "Datum: Mittwoch, 11. März 2026, 18:30 – 20:00 Uhr\n"
        "Ort: Hafenhaus, Kai 2, Hamburg\n\n"
        "Es diskutieren:\n"
        "Dr. Anna Vogel, Hafeninstitut Hamburg\n"
        "Jonas Weber, Handelskammer Hamburg\n"
        "Moderation: Eva Roth, NDR\n"
    )
    roles = _roles(_text_page(text))
    assert {roles["Anna Vogel"], roles["Jonas Weber"]} == {"panelist"}


def test_a_short_name_is_the_long_one_the_page_names() -> None:
    # 'directora de la Fundación Triana' on a page whose footer names 'Fundación Triana para el Estudio del
    # Territorio' (set 61): one body, known by both
    text = _programa(
        "18:00 – 20:00",
        "18:00 Apertura, a cargo de Ana Belén Ruiz Soler, directora de la Fundación Ebro.\n\n"
        "Fundación Ebro para el Estudio del Agua\n"
        "Calle Mayor 4, Zaragoza\n",
    )
    (participation,) = _text_page(text).participants
    assert participation.affiliation is not None
    assert participation.affiliation.name == "Fundación Ebro"
    assert "Fundación Ebro para el Estudio del Agua" in participation.affiliation.alternate_names
