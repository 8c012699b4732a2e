"""Forms that hold-out set 123 (think-tank, research-centre and institute pages of Nouakchott, Managua,
Bujumbura, Luanda, Praia, Cochabamba, Niamey and Kinshasa, five in the seed page's text rendering)
showed the ingester missing, one test per form. Each page here is written for the form, not copied from
the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import is_person_name, parse_entries
from kg.pages.title import is_candidate
from tests.test_pages_unseen import _text_page


def test_initials_then_a_country_are_a_bodys_office_not_a_persons_name() -> None:
    assert not is_person_name("UNHCR Malawi")
    assert not is_person_name("WFP Guinea")
    assert is_person_name("KIM Min-jun")
    entries = parse_entries("Petra Holm, WFP Guinea; Alpha Barry, CERED")
    assert [(e.name, e.affiliation) for e in entries] == [("Petra Holm", "WFP Guinea"), ("Alpha Barry", "CERED")]


def test_a_bare_name_joined_by_and_to_a_person_with_a_body_makes_a_speakers_line_no_title() -> None:
    line = "Aline Kaneza and Didier Ntahe, CERED; Marc Ouedraogo, University of Ouagadougou"
    assert not is_candidate(line)
    assert [(e.name, e.affiliation) for e in parse_entries(line, strict=True)] == [
        ("Aline Kaneza", "CERED"),
        ("Didier Ntahe", "CERED"),
        ("Marc Ouedraogo", "University of Ouagadougou"),
    ]


def test_a_semicolon_list_of_names_each_with_one_body_keeps_a_body_that_reads_like_a_name() -> None:
    line = "Rui Tavares, ISCED; Marta Lopes, Guarda Nacional; Paulo Gomes, Uni-LV"
    assert not is_candidate(line)
    assert [(e.name, e.affiliation) for e in parse_entries(line, strict=True)] == [
        ("Rui Tavares", "ISCED"),
        ("Marta Lopes", "Guarda Nacional"),
        ("Paulo Gomes", "Uni-LV"),
    ]
    # a list of names alone stays a list of names
    assert [e.name for e in parse_entries("Rui Tavares, Marta Lopes and Paulo Gomes")] == [
        "Rui Tavares",
        "Marta Lopes",
        "Paulo Gomes",
    ]


def test_the_seeds_speakers_line_with_a_shared_body_leaves_the_heading_the_title() -> None:
    page = (
        "Skip to main content\n\nCERED\nAbout\nEvents\n\n"
        "Cattle, Drought and Debt: Herders in the Sahel\n\n"
        "Aline Kaneza and Didier Ntahe, CERED; Petra Holm, WFP GuineaDownload Research Report No. 7\n\n"
        "Date & Time\n\nMar. 4, 2010\n9:30am – 12:00pm\n\n"
        "The Centre for Rural Economic Development (CERED) discussed its Research Report No. 7.\n"
    )
    assert _text_page(page).name == "Cattle, Drought and Debt: Herders in the Sahel"
