"""Affiliation and job-title forms that the hold-out sets left unread after their own fixes (session 23,
helper fix-affil), one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

import pytest

from tests.test_pages_unseen import _html_page, _people, _text_page

_HEAD = "Harbour Futures: A Round Table\n\nThursday 12 March 2025, 10:00–12:30\nHarbour Hall, 3 Quay Road, Nelson\n\n"


def test_initials_the_sites_footer_spells_out_are_the_body_it_names() -> None:
    # the page calls its own body by its initials only; its name is written out in the footer, beside them
    page = _html_page(
        "<html><head><title>Harbour Futures - Westfjord Centre for Coastal Studies</title></head><body>"
        "<main><h1>Harbour Futures: A Round Table</h1>"
        "<p>Thursday 12 March 2025, 10:00–12:30, Harbour Hall, Nelson</p>"
        "<p>Presentation: Anna Vale, senior researcher, WFCS</p>"
        "<p>Moderator: Tom Reed, director, WFCS</p></main>"
        "<footer><p>Westfjord Centre for Coastal Studies (WFCS) · Box 12, 7010 Nelson · info@wfcs.example</p>"
        "</footer></body></html>"
    )
    people = _people(page)
    assert ("Anna Vale", "presenter", "Westfjord Centre for Coastal Studies", "senior researcher") in people
    assert ("Tom Reed", "moderator", "Westfjord Centre for Coastal Studies", "director") in people


@pytest.mark.parametrize(
    ("full", "initials"),
    [
        ("Le Centre d'études côtières pour la transition", "CECT"),  # French 'pour'
        ("Het Instituut voor Ruimte en Water", "IRW"),  # Dutch 'voor', 'en'
        ("Centrul de Studii în Politici Urbane", "CSPU"),  # Romanian 'în'
        ("Podunajské centrum pre mestské plánovanie", "PCMP"),  # Slovak 'pre', an adjective first
    ],
)
def test_a_name_with_its_languages_small_words_in_lower_case_spells_out_its_initials(full: str, initials: str) -> None:
    page = _text_page(
        _HEAD + f"{full} ({initials}) vous invite à une table ronde.\n\n"
        f"Programme\n10:00 Ouverture : Anna Vale, directrice du {initials}\n"
        f"10:15 Présentation : Tom Reed, chercheur, {initials}\n"
    )
    # (the initials merged into the name; an article the sentence opens with is another matter)
    assert {p[2] for p in _people(page) if p[0] == "Tom Reed"} == {full}


def test_a_short_name_with_a_figure_or_a_hyphened_letter_is_the_name_written_beside_it() -> None:
    # 'C3HP', 'ZIPAR-Z': initials that are not plain letters still stand for the name before them in brackets
    page = _text_page(
        _HEAD + "The Coastal Centre for Clean Harbours (C3H) and the Westfjord Institute for Policy "
        "Analysis (WIPA-N) invite you to a round table.\n\n"
        "Speakers\nAnna Vale, Senior Researcher, C3H\nTom Reed, Economist, WIPA-N\n"
    )
    people = _people(page)
    assert ("Anna Vale", "speaker", "Coastal Centre for Clean Harbours", "Senior Researcher") in people
    assert ("Tom Reed", "speaker", "Westfjord Institute for Policy Analysis", "Economist") in people


def test_greek_initials_are_the_name_the_page_writes_before_them() -> None:
    page = _text_page(
        "Λιμάνια και πόλεις\n\nΠέμπτη 12 Μαρτίου 2025, 18:00–20:00\nΗράκλειο\n\n"
        "Το Κέντρο Λιμενικών Μελετών Κρήτης (ΚΛΜΚ) σας προσκαλεί σε συζήτηση.\n\n"
        "Ομιλητές\nΜαρία Παπαδάκη, Διευθύντρια του ΚΛΜΚ\nΝίκος Σταυράκης, Ερευνητής, ΚΛΜΚ\n"
    )
    orgs = {p[2] for p in _people(page) if p[0] == "Νίκος Σταυράκης"}
    assert orgs == {"Κέντρο Λιμενικών Μελετών Κρήτης"}
