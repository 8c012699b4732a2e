"""Affiliations, job titles, organizers, sponsors and reports hold-out sets 79-88 left unread, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page, _people, _text_page


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


def test_degrees_written_as_dotted_abbreviations_after_a_card_s_name_are_not_its_employer() -> None:
    page = _html_page("""<html><head><title>Coastal Livelihoods Roundtable</title></head><body>
<h1>Coastal Livelihoods Roundtable</h1>
<p>Date: 3 September 2024, 09:00 - 12:00</p><p>Venue: Hall B, Faculty of Fisheries, Makassar</p>
<div class="speaker-card"><p class="label">Speaker</p><h4>Rudi Hartono Saputra, S.Pi., M.Si.</h4>
<p>Head of Marine Spatial Planning, Ministry of Maritime Affairs</p></div>
<div class="speaker-card"><p class="label">Moderator</p><h4>Dewi Anggraini Lubis, M.A.</h4>
<p>Lecturer, Hasanuddin University</p></div>
</body></html>""")
    people = _people(page)
    assert (
        "Rudi Hartono Saputra",
        "speaker",
        "Ministry of Maritime Affairs",
        "Head of Marine Spatial Planning",
    ) in people
    assert ("Dewi Anggraini Lubis", "moderator", "Hasanuddin University", "Lecturer") in people


def test_a_post_joined_to_its_body_by_an_elided_of_names_the_body_whole() -> None:
    page = _text_page("""Taula rodona: Boscos i foc a les Gavarres

Date: 21 October 2025, 19:00
Venue: Casa de Cultura, Girona

Hi participen:
- Marta Ferrer i Pujol, tècnica de l'Institut Cartogràfic i Geològic de Catalunya
- Pere Roca Vilar, director d'Institut d'Estudis Forestals

Modera: Clara Sala Bosch, periodista d'El Diari de la Garrotxa
""")
    people = _people(page)
    assert any(p[0] == "Pere Roca Vilar" and p[2:] == ("Institut d'Estudis Forestals", "director") for p in people)
    assert ("Clara Sala Bosch", "moderator", "El Diari de la Garrotxa", "periodista") in people


def test_an_organiser_written_with_its_own_initials_after_its_name_is_named_without_them() -> None:
    page = _text_page("""Webinar: Sea Ice and Shipping Routes

Date: 4 February 2025, 13:00-14:30
Organizer: Northern Fisheries Research Institute NOFRI

Dr. Liisa Koskela, Senior Researcher at NOFRI, presents her working paper.
""")
    assert [(o.name, o.alternate_names) for o in page.organizers] == [
        ("Northern Fisheries Research Institute", ("NOFRI",))
    ]


def test_the_publications_a_related_posts_list_names_are_not_the_event_s_reports() -> None:
    page = _text_page("""Policy Dialogue: Water Tariffs in Secondary Towns

Date: 9 June 2022, 09:00 - 12:30
Venue: Lakeview Hotel, Kisumu

The Lake Basin Policy Institute presents its Policy Brief No. 31 on water tariffs.

Related posts
- Launch of LBPI Discussion Paper No. 7 on fisheries licensing
- LBPI launches the Lake Basin Economic Outlook 2021
""")
    assert [(r.name, r.report_number) for r in page.reports] == [("Policy Brief No. 31", "31")]


def test_a_programme_of_a_bank_or_foundation_that_supports_the_event_is_the_sponsor() -> None:
    page = _text_page("""Forum: Municipal Bonds for Coastal Towns

Date: 14 September 2023, 09:00 - 13:00
Venue: Harbour Conference Centre, Mombasa

The forum is hosted by the Coast Policy Institute.
It is supported by the Urban Resilience Program of the Asian Development Bank.
""")
    assert [o.name for o in page.sponsors] == ["Urban Resilience Program"]


def test_a_partner_set_apart_by_together_with_between_the_host_and_its_verb_hosts_too() -> None:
    page = _text_page("""Workshop: Harbour Towns and the Guano Trade

Date: 22 October 2015, 09:30 - 17:00
Venue: Room 210, Faculty of Humanities, Iquique

The Department of Maritime History, together with the Research Network on Atlantic Ports, invites you to
a one-day workshop on the guano trade.
""")
    assert [o.name for o in page.organizers] == ["Department of Maritime History", "Research Network on Atlantic Ports"]
