"""Roles, titles and job titles hold-out sets 74-83 left unread, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_lecture_item_under_an_opening_item_with_its_own_speaker_is_no_more_remarks() -> None:
    page = _html_page("""<html><head><title>The Harbour Lecture 2025</title></head><body>
<h1>Tides and Towns: Who Pays for the Sea Wall?</h1>
<p>Date: Thursday 4 September 2025, 6:00pm - 7:30pm</p>
<p>Venue: Harbour Hall, Lakeport</p>
<h2>Program</h2>
<ul>
<li><strong>Opening remarks</strong> &ndash; Professor Ines Varga, Dean of Engineering</li>
<li><strong>Lecture</strong> &ndash; Dr Oskar Lindahl, Senior Lecturer in Coastal Engineering, Lakeport University</li>
</ul>
</body></html>""")
    people = _people(page)
    assert ("Oskar Lindahl", "speaker", "Lakeport University", "Senior Lecturer in Coastal Engineering") in people
    assert not any(name == "Oskar Lindahl" and role == "introductory-remarks" for name, role, *_ in people)


def test_an_elder_is_one_person_with_her_people_s_elder_as_post() -> None:
    page = _text_page("""River Towns Health Forum 2025

Date: 8 October 2025, 13:00 - 17:00
Venue: Town Hall, Lakeport

Program

1:00pm   Opening remarks
         Uncle Robert Tanner, Barkindji Elder
1:20pm   Keynote: Heat and the remote clinic
         Professor Jane Holt, Head of School, Lakeport University
""")
    people = _people(page)
    assert ("Robert Tanner", "introductory-remarks", None, "Barkindji Elder") in people
    assert not any(name in ("Barkindji Elder", "Uncle Robert Tanner") for name, *_ in people)


def test_a_welcome_to_country_by_an_elder_opens_the_event() -> None:
    page = _text_page("""Rivers and Memory: The Lakeport Public Lecture

Date: Tuesday 12 May 2026, 6:00pm - 7:30pm
Venue: Town Hall, Lakeport

Professor Helen Strand will speak on the river's history.

Welcome to Country by Aunty Grace Whitfield, Wiradjuri Elder.

Light refreshments will be served from 5.30pm.
""")
    assert ("Grace Whitfield", "introductory-remarks", None, "Wiradjuri Elder") in _people(page)


def test_papers_listed_under_a_session_chair_are_their_speakers_talks() -> None:
    page = _text_page("""Coastal Ice Workshop 2025

Date: 14 July 2025, 09:00 - 17:00
Venue: Harbour Hall, Lakeport

Programme

09:00  Welcome
       Dr. Anna Berg, Director, Lakeport Marine Institute
11:15  Session 1: Shelf waters
       Chair: Dr. Paul Moreno (University of Lakeport)
       - Eddies, fronts and the stratification of the outer bays
         Dr. Hanna Lindgren (Northern Polar Institute)
       - Larval supply to fjord heads: a two-year record
         Dr. Tomas Eriksen Vidal (Centre for Coastal Ecology)
13:00  Lunch
""")
    roles = {(name, role) for name, role, *_ in _people(page)}
    assert ("Paul Moreno", "chair") in roles
    assert {("Hanna Lindgren", "speaker"), ("Tomas Eriksen Vidal", "speaker")} <= roles
    assert not {("Hanna Lindgren", "chair"), ("Tomas Eriksen Vidal", "chair")} & roles


def test_a_date_line_with_a_hyphenated_weekday_in_brackets_dates_the_title_above_it() -> None:
    page = _text_page("""Ir para o conteúdo

IPEC - Instituto Paulista de Estudos Costeiros

Início > Eventos

PALESTRA

Redes, barcos e mercados: a pesca artesanal no litoral sul depois da crise

Data: 3 de março de 2026 (quarta-feira)
Horário: 14h às 16h (horário de Brasília)
Local: Sala 12 do IPEC, Rua das Flores 100, Santos (SP)

O Instituto Paulista de Estudos Costeiros (IPEC) realiza, no dia 3 de março, a palestra da pesquisadora
Ana Beatriz Coutinho sobre os mercados do pescado no litoral sul.
""")
    assert page.name == "Redes, barcos e mercados: a pesca artesanal no litoral sul depois da crise"


def test_an_officer_s_honour_and_ret_d_after_the_name_are_no_part_of_it() -> None:
    page = _html_page("""<html><head><title>Launch: Undersea Cables in the Pacific</title></head><body>
<h1>Undersea Cables in the Pacific</h1>
<p>Date: Tuesday 3 March 2026, 10:00am - 11:30am</p>
<p>Venue: Harbour Hall, Lakeport</p>
<h3>Panel</h3>
<div class="speaker"><div class="speaker__name">Air Vice-Marshal Peter Quill AM (ret'd)</div>
<div class="speaker__role">Former Chief of Air Force Capability</div></div>
<div class="speaker"><div class="speaker__name">Dr Ruth Anning</div>
<div class="speaker__role">Senior Fellow, Lakeport Maritime Institute</div></div>
</body></html>""")
    people = _people(page)
    assert ("Peter Quill", "panelist", None, "Former Chief of Air Force Capability") in people
    assert not any(name.startswith("Peter Quill ") for name, *_ in people)


def test_a_research_seminar_heading_in_portuguese_is_the_kind_over_the_title() -> None:
    page = _text_page("""Saltar para o conteúdo
CEPA – Centro de Estudos de Pesca Artesanal

Início / Eventos

SEMINÁRIO DE INVESTIGAÇÃO

Apresentação do Relatório n.º 3/2026: "Redes, barcos e mercados no litoral sul"

Publicado em 24/02/2026

Data: quarta-feira, 4 de março de 2026
Hora: 14h00 – 16h00
Local: Sala 12 do CEPA, Rua das Flores 100, Beira

O Centro de Estudos de Pesca Artesanal (CEPA) convida para a apresentação do relatório.
""")
    assert page.name == 'Apresentação do Relatório n.º 3/2026: "Redes, barcos e mercados no litoral sul"'


def test_a_commentary_heading_over_a_person_gives_a_discussant_and_a_related_article_s_kind_none() -> None:
    page = _text_page("""Harbour Policy Forum: Ports, Tariffs and the Coastal Economy

Date: July 16, 2009, 11:30 a.m. - 1:00 p.m.
Venue: Harbour Hall, Lakeport

Program

Speakers
Jane Okafor, Professor of Economics, Lakeport University
Tomas Reyes, Senior Fellow, Coastal Policy Institute

Commentary
Hannah Li, Professor, Department of Geography, Eastbay University

Related Research

Why Tariffs Matter for Small Ports
Commentary
Tomas Reyes
February 2, 2009
""")
    people = _people(page)
    assert ("Hannah Li", "discussant", "Eastbay University", "Professor, Department of Geography") in people
    assert {role for name, role, *_ in people if name == "Tomas Reyes"} == {"speaker"}
