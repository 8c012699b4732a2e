"""Forms the session-27 merge showed half read: people the branches found for the first time, given a
wrong role. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _people, _text_page


def test_a_galician_programmes_welcome_and_presentation_items_give_their_roles() -> None:
    # Galician writes 'do' where Spanish writes 'del': 'Presentación do Informe' is the report's presentation;
    # its welcome is 'Benvida' (Spanish 'Bienvenida', Catalan 'Benvinguda')
    page = """\
Instituto de Estudos Rurais de Lugo

Xornada: Auga e gandería no rural galego

Venres 14 de marzo de 2025, 10.00 h
Salón de actos, Facultade de Veterinaria, Lugo

Programa

10.00 h. Benvida
Dra. Marta Souto Rey, directora do IERL

10.30 h. Presentación do Informe IERL n.º 4/2025
Brais Lema Castro, investigador do IERL
"""
    people = {(name, role) for name, role, _, _ in _people(_text_page(page))}
    assert ("Brais Lema Castro", "presenter") in people
    assert ("Marta Souto Rey", "introductory-remarks") in people
