"""Affiliations hold-out sets 75-78 showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page, _people


def test_a_university_page_places_its_own_heads_and_a_heads_department_at_the_university() -> None:
    page = _html_page("""<html><head>
<title>Lakeland University - Inaugural Lecture: Professor Ruth Okonjo</title></head><body>
<h1>Inaugural Lecture: Professor Ruth Okonjo</h1>
<p>Date: Thursday, 16 October 2025, 18:00-19:30. Venue: Great Hall, Lakeland University</p>
<p>The Vice-Chancellor invites you to the inaugural lecture of Professor Ruth Okonjo, Head of the Department
of Geography.</p>
<p>The lecture will be chaired by the Vice-Chancellor, Professor Samuel Adeyemi. The vote of thanks will be
given by Professor Mary Hollins, Dean of Science.</p></body></html>""")
    assert _people(page) >= {
        ("Ruth Okonjo", "speaker", "Lakeland University", "Head of the Department of Geography"),
        ("Samuel Adeyemi", "chair", "Lakeland University", "Vice-Chancellor"),
        ("Mary Hollins", "closing-remarks", "Lakeland University", "Dean of Science"),
    }
