"""Role and people forms that earlier hold-out sets left unread (sets 61, 91, 98 and others showed them),
one test per form. Each page here is written for the form, not copied from the hold-out page that
showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_unseen import _text_page


def _roles(record: EventRecord) -> dict[str, str]:
    return {p.person.name: p.role for p in record.participants}


def _round_table(item: str, heading: str) -> dict[str, str]:
    """The roles on a Spanish programme that lists `heading` under the item `item`."""
    text = (
        "El agua y la ciudad\n\n"
        "Jueves, 5 de marzo de 2026, 18:00 – 20:00\n"
        "Centro Cívico, Calle Mayor 4, Zaragoza\n\n"
        "Programa\n\n"
        "18:00 Bienvenida\n"
        "Dra. Ana Belén Ruiz, directora, Instituto Aragonés del Agua\n\n"
        f"18:30 {item}\n"
        f"{heading}\n"
        "Carlos Durán Soto, ingeniero, Aguas de Aragón\n"
        "María Luz Vidal, urbanista, Ayuntamiento de Zaragoza\n"
        "Modera: Sara Pinilla, periodista, Heraldo de Aragón\n"
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
