"""People, roles, affiliations, job titles, organizers and reports in forms hold-out sets 79-93 left
unread (docs/ingest.md, each set's paragraph), fixed in session 17 without a new set, one test per
form. Every text here is made up for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _people, _text_page


def test_a_name_wrapped_over_lines_before_its_initials_is_whole() -> None:
    # 'Oliver Tambo\nCoastal University (OTCU)': the line before holds the name's first words, which
    # the initials name; the second line alone is no organisation
    page = (
        "Winter Lecture on Tides\n\n14 June 2024, 18:00 - 19:30\n\n"
        "The lecture will be held in Hall 3, Oliver Tambo\nCoastal University (OTCU), East London.\n\n"
        "Speaker: Dr Thandi Mokoena, Senior Lecturer, Department of Physics, OTCU\n"
    )
    (person,) = _people(_text_page(page))
    assert person[:3] == ("Thandi Mokoena", "speaker", "Oliver Tambo Coastal University")
