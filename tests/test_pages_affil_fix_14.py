"""Affiliations, roles and job titles hold-out sets 69-78 left unread, one test per form. Each page here
is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_person_listed_at_a_university_and_described_at_its_unit_is_at_the_university() -> None:
    page = _text_page("""Seminar: Rivers and Roads in the Northern Highlands

Date: 14 March 2024, 10:00 - 12:00
Venue: Room 4, Central Library, Lakeport

Speakers: Tomas Ferreira Lund, Lakeport University; Ines Malmberg, National Roads Agency.

Tomas Ferreira Lund, senior lecturer in the Department of Civil Engineering, presented the findings of
his survey of rural bridges. Dr. Malmberg, director of planning at the agency, responded.
""")
    assert (
        "Tomas Ferreira Lund",
        "presenter",
        "Lakeport University",
        "senior lecturer in the Department of Civil Engineering",
    ) in _people(page)


def test_a_university_named_on_a_text_page_s_second_line_is_the_page_s_own() -> None:
    page = _text_page("""Skip to content
Marsh Hill University
Home  News  Events

Public Lecture

Salt, Silt and the Shore: Reading a Coastline

When: Thursday 9 October 2025, 17:00 - 18:00
Where: Old Senate Hall, Marsh Hill

Dr. Petra Holmqvist will give the lecture. The evening will be chaired by the Vice-Chancellor,
Professor Adebayo Okafor.
""")
    assert ("Adebayo Okafor", "chair", "Marsh Hill University", "Vice-Chancellor") in _people(page)


def test_a_report_s_speaker_who_spoke_on_after_a_who_clause_is_read_with_her_university() -> None:
    page = _text_page("""Public Lecture Report: Roads and Markets in the Eastern Hills

Held on 12 May 2005, 17:30 - 19:00, at the Town Hall, Lakeport.

Dr. Ingrid Sollberger of the Department of Economics, University of Basel, who has studied rural markets
in the eastern hills since 2001, spoke on the effects of the new feeder roads on village trade. She found
that the farmers nearest the road gained most.
""")
    assert ("Ingrid Sollberger", "speaker", "University of Basel", None) in _people(page)


def test_a_speaker_at_a_bare_unit_on_a_university_page_is_at_the_university() -> None:
    page = _html_page("""<html><head><title>Events - University of Eastmoor</title>
<meta property="og:site_name" content="University of Eastmoor"></head><body>
<h1>Whale Song and Shipping Lanes</h1>
<p>Date: Tuesday, 3 February 2026, 19:00-20:30. Location: Hall B, University of Eastmoor</p>
<p>Speaker: Dr. Lena Marchetti, Lecturer, School of Ocean Sciences</p>
<p>Moderator: Dr. Omar Haddad, Department of Geography</p>
</body></html>""")
    assert _people(page) >= {
        ("Lena Marchetti", "speaker", "University of Eastmoor", "Lecturer, School of Ocean Sciences"),
        ("Omar Haddad", "moderator", "University of Eastmoor", None),
    }


def test_a_town_s_department_on_a_university_page_stays_the_town_s() -> None:
    page = _html_page("""<html><head><title>Events - University of Eastmoor</title>
<meta property="og:site_name" content="University of Eastmoor"></head><body>
<h1>Flood Maps for Small Harbours</h1>
<p>Date: Tuesday, 3 February 2026, 19:00-20:30. Location: Hall B, University of Eastmoor</p>
<p>Speaker: Ms. Ana Ruiz, Deputy Director, Department of Planning and Works of Valparaíso</p>
</body></html>""")
    assert ("Ana Ruiz", "speaker", "Department of Planning and Works of Valparaíso", "Deputy Director") in _people(page)


def test_a_bilingual_programme_s_honorific_and_post_in_both_languages_are_read_once() -> None:
    page = _html_page("""<html><head><title>Seminar / Seminar - Canolfan Hanes / History Centre</title></head><body>
<h1>Trefi Glan Môr / Seaside Towns</h1>
<p>Dyddiad / Date: 12 Mai / May 2026, 14:00-16:00. Lleoliad / Venue: Neuadd Fawr, Aberaeron</p>
<table><tr><td>14:00</td><td><strong>Croeso / Welcome</strong><br>Yr Athro / Professor Gwenno Tudur-Price,
Cyfarwyddwr / Director, Canolfan Hanes / History Centre</td></tr>
<tr><td>14:10</td><td><strong>Darlith / Lecture</strong><br>Dr Ifan Morys, Prifysgol Aberystwyth /
Aberystwyth University</td></tr>
</table></body></html>""")
    read = {(name, affiliation, job_title) for name, _, affiliation, job_title in _people(page)}
    assert ("Gwenno Tudur-Price", "Canolfan Hanes", "Director") in read


def test_a_ministry_whose_name_lists_its_portfolios_with_commas_is_one_employer() -> None:
    page = _text_page("""Seminar: Rebuilding the Rural Roads of the Plains

Date: 9 June 2026, 11:00 - 12:30
Venue: Hall C, City Forum, Lakeport

Speakers:
Ilona Petrenko, Head of the Roads Unit, Ministry for Regions, Transport and Infrastructure of Ruritania
Marek Duda, Senior Adviser, Association of Rural Councils
""")
    assert (
        "Ilona Petrenko",
        "speaker",
        "Ministry for Regions, Transport and Infrastructure of Ruritania",
        "Head of the Roads Unit",
    ) in _people(page)
