"""Forms hold-out set 86 (session 15, "society": learned societies, academies and professional
associations) showed unread, one test per form. Every text here is made up for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import bare_name, parse_entries


def test_engineers_and_czech_post_nominals_are_no_part_of_a_name_nor_an_employer() -> None:
    (entry,) = parse_entries("Grainne Tuohy CEng FIEI, Director, Burren Structures")
    assert (entry.name, entry.job_title, entry.affiliation) == ("Grainne Tuohy", "Director", "Burren Structures")
    (entry,) = parse_entries("Mr Themba Dube Pr Eng, Principal Engineer, Karoo Grid Services")
    assert (entry.name, entry.affiliation) == ("Themba Dube", "Karoo Grid Services")
    (entry,) = parse_entries("Engr. Prof. Amaka Obi, FNSE, FNIChE, Professor of Process Engineering, Delta Polytechnic")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Amaka Obi",
        "Professor of Process Engineering",
        "Delta Polytechnic",
    )
    (entry,) = parse_entries("prof. RNDr. Karel Novotný, DrSc., Dean, Faculty of Science, Olomouc University")
    assert entry.name == "Karel Novotný"
    assert entry.affiliation == "Olomouc University"
    assert bare_name("doc. Ing. Jana Horská, CSc.")[1] == "Jana Horská"


def test_letters_after_a_name_before_the_dash_that_opens_the_post() -> None:
    (entry,) = parse_entries("Engr. Ada Nwosu, MNSE – Head, Pipeline Integrity, Bight Midstream Company")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Ada Nwosu",
        "Head, Pipeline Integrity",
        "Bight Midstream Company",
    )


def test_a_branch_or_chapter_after_a_post_is_a_unit_of_the_body_not_a_person() -> None:
    (entry,) = parse_entries("Engr. Uche Okafor, Chairman, Enugu Branch, Nigerian Institution of Surveyors")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Uche Okafor",
        "Chairman, Enugu Branch",
        "Nigerian Institution of Surveyors",
    )
    (entry,) = parse_entries("Dr. Lena Moss, Secretary, Great Lakes Chapter, American Society of Foresters")
    assert (entry.name, entry.affiliation) == ("Lena Moss", "American Society of Foresters")


def test_a_second_title_in_brackets_and_a_romanian_research_grade_are_honorifics() -> None:
    assert bare_name("Engr. (Mrs.) Ibinabo Pepple") == ("Engr. (Mrs.)", "Ibinabo Pepple")
    assert bare_name("Chief (Dr.) Ekanem Bassey") == ("Chief (Dr.)", "Ekanem Bassey")
    assert bare_name("CS II Dr. Sorina Mihăilescu") == ("CS II Dr.", "Sorina Mihăilescu")
    # a bracket alone before a name is no title of its own, nor 'CSI' without a space a grade
    assert bare_name("(Mrs.) Ibinabo Pepple")[0] is None
    assert bare_name("CSI Tomas Berg")[0] != "CSI"
