"""People, roles, affiliations, job titles, organizers and reports in forms hold-out sets 79-93 left
unread (docs/ingest.md, each set's paragraph), fixed in session 17 without a new set, one test per
form. Every text here is made up for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.launched import launched_titles
from kg.pages.people import describe
from kg.pages.sentences import bio
from tests.test_pages_unseen import _html_page, _people, _text_page


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


def test_a_json_ld_organizer_typed_person_named_by_two_sets_of_initials_is_an_organisation() -> None:
    # The Events Calendar types every organizer as a Person: 'RCWS UNW' (a unit's initials and its
    # university's) is no one's name
    page = (
        '<html><head><script type="application/ld+json">{"@context": "http://schema.org", "@type": "Event",'
        ' "name": "Wetlands after the Drought", "startDate": "2024-05-02T14:00:00+02:00",'
        ' "organizer": {"@type": "Person", "name": "RCWS UNW"}}</script></head><body><main>'
        "<h1>Wetlands after the Drought</h1><p>2 May 2024, 14:00-16:00, Hall B, Potchefstroom.</p>"
        "<p>Speaker: Dr Lerato Dube, Senior Lecturer, Department of Botany, University of Pretoria</p>"
        "</main></body></html>"
    )
    record = _html_page(page)
    assert {p.person.name for p in record.participants} == {"Lerato Dube"}
    assert "RCWS UNW" in {o.name for o in record.organizers}


def test_a_units_initials_with_its_parents_are_the_unit_the_page_names_in_full() -> None:
    # 'Director, RCWS UNW' on a page that names the Research Centre for Wetland Studies (RCWS) of the
    # University of the North West: the centre, not an organisation called 'RCWS UNW'
    page = (
        "Wetlands after the Drought\n\n2 May 2024, 14:00-16:00\nHall B, Potchefstroom\n\n"
        "A seminar of the Research Centre for Wetland Studies (RCWS), University of the North West.\n\n"
        "Speaker: Dr Lerato Dube, Director, RCWS UNW\n"
    )
    (person,) = _people(_text_page(page))
    assert person[:3] == ("Lerato Dube", "speaker", "Research Centre for Wetland Studies")


def test_a_units_short_name_in_brackets_before_its_parent_or_a_word_with_initials_is_no_part_of_the_post() -> None:
    # 'Post, Unit (UI), Parent': the unit stays in the job title without its short name; 'Post, Org
    # (Word INITIALS)': the organisation by its full name
    assert describe("Senior Researcher, Centre for Tidal Energy (CeTE), University of Bergen") == (
        "Senior Researcher, Centre for Tidal Energy",
        "University of Bergen",
    )
    assert describe("Policy Officer, Directorate-General for Coastal Affairs (DG COAST), European Commission") == (
        "Policy Officer, Directorate-General for Coastal Affairs",
        "European Commission",
    )
    assert describe("Chief Economist, Andean Agency for Water and Sanitation (Andean AWS)") == (
        "Chief Economist",
        "Andean Agency for Water and Sanitation",
    )


def test_a_launched_reports_title_ends_before_by_and_its_authors_ranks_and_names() -> None:
    # 'its new report X by Colonel (ret.) Y and Dr Z': a rank before a bracket, or the first of two
    # authors, still says the title ended at 'by'
    for authors in ("Colonel (ret.) Mart Kask and Dr Anu Tamm", "Dr Anu Tamm and Dr Mart Kask"):
        line = f"The Centre presents its new report Harbours Under Ice: Winter Shipping by {authors}."
        assert {title for title, _ in launched_titles(line)} == {"Harbours Under Ice: Winter Shipping"}


def test_a_bio_naming_a_post_at_a_unit_then_its_university_gives_the_university_as_employer() -> None:
    # 'X is Post at the Unit, University.': the university employs; the unit stays in the post as a
    # card writes it ('Post, Unit')
    assert bio("Kari Lahti is Senior Research Fellow at the Baltic Sea Institute, University of Turku.") == (
        "Kari Lahti",
        "Senior Research Fellow, Baltic Sea Institute",
        "University of Turku",
    )


def test_a_bio_names_no_parent_in_a_comma_inside_a_name_or_a_second_clause() -> None:
    # the parent after a comma is a name of its own kind: not 'and a member of the X Federation', nor
    # the rest of 'Institute for Ice, Rock and Soil Research IRS' (whose own comma is another question)
    found = bio(
        "Eva Berg is Professor of History at the University of Lund and a member of the Nordic Rowing Federation."
    )
    assert found == ("Eva Berg", "Professor of History", "University of Lund")
    found = bio("Eva Berg is a senior scientist at the Institute for Ice, Rock and Soil Research IRS, where she works.")
    assert found is not None and found[1] == "senior scientist"
