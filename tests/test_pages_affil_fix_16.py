"""Affiliations, job titles, organizers, sponsors and reports hold-out sets 79-88 left unread, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _people, _text_page


def test_a_lower_case_post_joined_to_its_body_by_another_language_s_at_names_the_body() -> None:
    page = _text_page("""Frokostseminar: Fiske og havbruk i Vesterålen

Dato: 12. mars 2026, kl. 08.30–10.00
Sted: Kulturhuset, Sortland

Innledere:
Torild Vesterby, seniorrådgiver ved Havforskningsinstituttet
Geir Åsland, redaktør i Vesteraalens Avis

Ordstyrer: Hanneke de Wit, onderzoeker bij Wageningen Marine Research
""")
    people = _people(page)
    assert ("Torild Vesterby", "speaker", "Havforskningsinstituttet", "seniorrådgiver") in people
    assert ("Geir Åsland", "speaker", "Vesteraalens Avis", "redaktør") in people
    assert ("Hanneke de Wit", "moderator", "Wageningen Marine Research", "onderzoeker") in people
