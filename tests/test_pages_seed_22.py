"""Forms that hold-out set 119 (think-tank, research-centre and academy pages of Chișinău, Erbil,
Antananarivo, Paramaribo, Lomé, San Salvador, Podgorica and Ulaanbaatar, five in the seed page's text
rendering) showed the ingester missing, one test per form. Each page here is written for the form, not
copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.names import stated_honorific
from kg.pages.lines import unglued
from kg.pages.offices import agency_of_office
from kg.pages.orgs import stated_hosts
from kg.pages.people import is_person_name, parse_entries
from kg.pages.place import read_place
from kg.pages.reports import find_reports
from kg.pages.sentences import summarised_roles
from kg.pages.title import is_candidate
from tests.test_pages_unseen import _people, _text_page


def test_a_numbered_papers_label_run_into_the_end_of_the_speakers_line_is_a_line_of_its_own() -> None:
    line = "Omar Said, GPRI; Lina Haddad, University of Jordan; Sami Nasser, Ministry of WaterWater Policy Brief No. 12"
    assert unglued(line) == [
        "Omar Said, GPRI; Lina Haddad, University of Jordan; Sami Nasser, Ministry of Water",
        "Water Policy Brief No. 12",
    ]
    # a heading that ends in a number is no label run into names
    assert unglued("Ten Years of the Water Law: Lessons from Phase 2") == [
        "Ten Years of the Water Law: Lessons from Phase 2"
    ]


def test_a_universitys_town_after_a_hyphen_is_no_persons_family_name() -> None:
    assert not is_person_name("Duhok University-Zakho")
    assert is_person_name("Mariam Abdul-Karim")
    entries = parse_entries("Rania Aziz Taha, Duhok University-Zakho")
    assert [(e.name, e.affiliation) for e in entries] == [("Rania Aziz Taha", "Duhok University-Zakho")]


@pytest.mark.parametrize("line", ["Book Launch | Hybrid", "Webinar · Online"])
def test_a_type_line_that_also_says_how_to_attend_is_no_title(line: str) -> None:
    assert not is_candidate(line)


@pytest.mark.parametrize("line", ["Coastal Policy Paper No. 3", "Strategic Brief No. 14", "Occasional Paper #9"])
def test_a_numbered_works_label_alone_on_its_line_is_no_title(line: str) -> None:
    assert not is_candidate(line)
    assert is_candidate("Launching the Coastal Atlas: Ports and Fisheries")


def test_the_seeds_speakers_line_without_download_and_its_label_leave_the_heading_the_title() -> None:
    page = (
        "Events/Roundtable\n\nRoundtable\n\n"
        "Rivers Without Borders: Sharing the Tigris and the Euphrates\n\n"
        "Omar Said, GPRI; Lina Haddad, University of Jordan; Sami Nasser, Ministry of Water"
        "Water Policy Brief No. 12\n\n"
        "Date & Time\n\nMay. 4, 2016\n10:00am – 12:00pm\n\n"
        "The Gulf Policy Research Institute (GPRI) invites you to a roundtable on its new Water Policy Brief No. 12.\n"
    )
    record = _text_page(page)
    assert record.name == "Rivers Without Borders: Sharing the Tigris and the Euphrates"
    assert [(r.name, r.report_number) for r in record.reports] == [("Water Policy Brief No. 12", "12")]


def test_a_series_word_opening_the_labels_own_line_is_part_of_the_series() -> None:
    reports = find_reports(["Coastal Policy Paper No. 3", "", "In Policy Paper No. 2 the centre argued for it."])
    assert ("Coastal Policy Paper No. 3", "3") in {(r.name, r.number) for r in reports}


def test_a_summary_that_sets_out_the_findings_and_a_second_comment_name_presenter_and_discussant() -> None:
    text = (
        "Ana Popa, senior fellow at RIEP and co-author of Working Paper #12 with Dan Rusu, set out the paper's "
        "main findings. Igor Lungu, the European Bank's resident economist for Moldova, also commented, "
        "warning that the figures were early."
    )
    found = {(e.name, e.role, e.affiliation, e.job_title) for e in summarised_roles(text)}
    assert ("Ana Popa", "presenter", "RIEP", "senior fellow") in found
    assert ("Igor Lungu", "discussant", "European Bank", "resident economist for Moldova") in found
    assert not any(name == "Dan Rusu" for name, *_ in found)


def test_a_logos_initials_over_the_bodys_name_are_that_body_whatever_their_letters() -> None:
    page = (
        "Skip to main content\n\nRIEPM\nResearch Institute for Economic Policy\nRO | EN\nAbout\nEvents\n\n"
        "Wages and Migration after Accession\n\n"
        "Ana Popa, RIEPM; Ion Munteanu, State University of Moldova\n\n"
        "Date & Time\n\nMar. 3, 2005\n10:00am – 12:00pm\n\n"
        "The meeting was chaired by Ana Popa.\n"
    )
    people = _people(_text_page(page))
    assert {affiliation for name, _, affiliation, _ in people if name == "Ana Popa"} == {
        "Research Institute for Economic Policy"
    }


def test_a_bodys_office_in_a_town_written_after_it_is_the_body() -> None:
    (entry,) = parse_entries("Marie Caron, Water Engineer, Agence de l'Eau (ADE), Mombasa office")
    assert (entry.affiliation, entry.job_title) == ("Agence de l'Eau", "Water Engineer")
    (entry,) = parse_entries("Jane Doe, Director, Front Office")
    assert entry.affiliation == "Front Office"


def test_a_bodys_country_office_by_its_initials_and_the_country_is_the_body() -> None:
    (entry,) = parse_entries("Afi Koffi, Programme Officer at the Network for Peace in Africa (NEPA) Benin")
    assert entry.affiliation == "Network for Peace in Africa"
    (entry,) = parse_entries(
        "Léa Houngbo, Economist at the Inter-American Development Bank (IDB) Country Office in Haiti"
    )
    assert entry.job_title == "Economist"
    assert agency_of_office(entry.affiliation or "") == "Inter-American Development Bank"
    assert agency_of_office("IDB Country Office in Haiti") == "IDB"


def test_initials_beside_a_post_and_a_hyphened_name_are_the_name_alone() -> None:
    page = (
        "Energy Prices in the Caribbean\n\nDate & Time\n\nApr. 6, 2021\n6:00pm – 7:30pm\n\n"
        "Speakers\n\nLéa Houngbo\nEconomist, IDB\n\n"
        "Léa Houngbo is Economist at the Inter-American Development Bank (IDB) and writes on energy.\n"
    )
    assert ("Léa Houngbo", "speaker", "Inter-American Development Bank", "Economist") in _people(_text_page(page))


def test_a_working_languages_line_under_a_bare_name_is_no_employer() -> None:
    page = (
        "Borders and Trade in Central Asia\n\nDate & Time\n\nJun. 5, 2009\n10:00am – 4:00pm\n\n"
        "Programme\n\n16:00–16:30 Concluding discussion\nProf. B. Dorj\n\n"
        "Working languages: Mongolian, Russian and English\n"
    )
    people = _people(_text_page(page))
    assert all(affiliation is None or "English" not in affiliation for _, _, affiliation, _ in people)


def test_an_academician_is_no_part_of_the_name_nor_of_the_post() -> None:
    assert stated_honorific("Academician B. Dorj") == ("Academician", "B. Dorj")
    assert stated_honorific("Acad. Ion Rusu") == ("Acad.", "Ion Rusu")
    assert stated_honorific("Academic Freedom Today") == (None, "Academic Freedom Today")
    (entry,) = parse_entries("Academician B. Dorj, President, Mongolian Academy of Sciences")
    assert (entry.name, entry.job_title) == ("B. Dorj", "President")


def test_the_site_that_invites_is_no_organizer_beside_the_programme_its_hosted_by_block_names() -> None:
    page = (
        "Skip to main content\n\nGPRI\nGulf Policy Research Institute\nAbout\nEvents\n\n"
        "Rivers Without Borders\n\nDate & Time\n\nMay. 4, 2016\n10:00am – 12:00pm\n\n"
        "The Gulf Policy Research Institute (GPRI) invites you to a roundtable on water sharing.\n\n"
        "Hosted By\n\nWater Security Program\n\nThe Water Security Program studies the region's rivers.\n"
    )
    assert [o.name for o in _text_page(page).organizers] == ["Water Security Program"]
    # without a 'Hosted By' block the institute that invites is the organizer
    alone = page.split("Hosted By")[0]
    assert [o.name.removeprefix("The ") for o in _text_page(alone).organizers] == ["Gulf Policy Research Institute"]


def test_a_diplomatic_body_accredited_to_a_country_keeps_it_in_its_name() -> None:
    sentence = "The forum is organised with the support of the Delegation of the European Union to Togo."
    assert stated_hosts(sentence) == ([], ["Delegation of the European Union to Togo"])
    assert stated_hosts("It is supported by the Embassy of Japan to the Holy See and the X Foundation.")[1] == [
        "Embassy of Japan to the Holy See",
        "X Foundation",
    ]


def test_a_town_then_its_region_of_a_country_is_the_town() -> None:
    place, _ = read_place(["Conference Hall", "12 Salim Street", "Sulaymaniyah, Kurdistan Region of Iraq"])
    assert place is not None
    assert (place.locality, place.country) == ("Sulaymaniyah", "Iraq")


def test_hold_out_set_119_keeps_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-119" / "expected.yaml")
    # (docs/ingest.md, set 119) left: the Podgorica discussants read as panelists from a 'Discussion' row,
    # the Paramaribo lecturer by the initials 'ADEKUS' that the page never spells out
    for field in ("title", "start", "end", "people", "reports", "organizers", "sponsors", "locality", "attendance"):
        assert scores[field].f1 == 1.0, field
    assert scores["roles"].f1 > 0.9 and scores["affiliations"].f1 > 0.95 and scores["job titles"].f1 > 0.95
