"""Forms that hold-out set 123 (think-tank, research-centre and institute pages of Nouakchott, Managua,
Bujumbura, Luanda, Praia, Cochabamba, Niamey and Kinshasa, five in the seed page's text rendering)
showed the ingester missing, one test per form. Each page here is written for the form, not copied from
the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.names import stated_honorific
from kg.pages.initials import spelled_out
from kg.pages.offices import agency_of_office
from kg.pages.orgs import self_references, stated_hosts
from kg.pages.people import describe, is_person_name, parse_entries
from kg.pages.sentences import cued_entries, presenting_authors, stated_roles, summarised_roles
from kg.pages.title import is_candidate
from tests.test_pages_unseen import _people, _text_page


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


def test_authors_who_presented_their_study_with_a_shared_plural_post_are_presenters() -> None:
    line = (
        "The survey's authors, Dr. Nadia Bizimana and Eric Ndayisaba, Research Fellows at CERED, presented the study."
    )
    assert {(e.name, e.role, e.job_title, e.affiliation) for e in presenting_authors(line)} == {
        ("Nadia Bizimana", "presenter", "Research Fellow", "CERED"),
        ("Eric Ndayisaba", "presenter", "Research Fellow", "CERED"),
    }
    entries = parse_entries("Nadia Bizimana and Eric Ndayisaba, Research Fellows at CERED")
    assert [(e.job_title, e.affiliation) for e in entries] == [("Research Fellow", "CERED")] * 2


def test_authors_each_named_with_a_post_of_her_own_are_presenters() -> None:
    line = (
        "The brief's authors, Dr. Aimée Lubala, Senior Economist at CERED, and Joël Mbaya, Analyst at CERED, "
        "will present its findings."
    )
    assert {(e.name, e.role) for e in presenting_authors(line)} == {
        ("Aimée Lubala", "presenter"),
        ("Joël Mbaya", "presenter"),
    }


def test_the_presentation_of_a_numbered_work_and_its_title_by_a_person_names_its_presenter() -> None:
    line = (
        "The institute invites you to the presentation of its Discussion Paper No. 4/2019, Water Tariffs and the "
        "Poor: Evidence from Oruro, by Dr. Rosa Quispe Mamani, Research Fellow at CIDES."
    )
    assert [(e.name, e.role, e.affiliation, e.job_title) for e in presenting_authors(line)] == [
        ("Rosa Quispe Mamani", "presenter", "CIDES", "Research Fellow")
    ]
    # the 'by' of a launch names the work's author, who need not present it
    assert presenting_authors('the launch of the Society\'s Occasional Paper No. 4, "Debt", by Dr. Rosa Quispe.') == []
    # a book presented by its author is left to the book's own cues
    assert presenting_authors("the presentation of the book Andean Waters, by Dr. Rosa Quispe Mamani.") == []


def test_a_panel_made_up_of_people_names_panelists_and_a_second_comment_ending_the_sentence_a_discussant() -> None:
    page = (
        "Water Tariffs in the Altiplano\n\nDate & Time\n\nMay. 5, 2016\n6:00pm – 8:00pm\n\n"
        "After the presentation, a panel made up of Ing. Luis Choque, Head of Planning, SEMAPA; Ana Rojas, "
        "economist at Fundación Agua; and Dr. Pablo Soria, Professor, Faculty of Law, UMSA, will discuss the paper.\n\n"
        "Elena Vaca, hydrologist at the Water Institute (IHH), also commented.\n"
    )
    roles = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert {("Luis Choque", "panelist"), ("Ana Rojas", "panelist"), ("Pablo Soria", "panelist")} <= roles
    assert {
        e.name: e.role
        for e in summarised_roles("Elena Vaca, hydrologist at the Water Institute (IHH), also commented.")
    } == {"Elena Vaca": "discussant"}


def test_a_family_name_with_its_particle_in_a_summary_is_the_person_the_page_names_in_full() -> None:
    page = (
        "Fishing Rights and the Budget\n\n"
        "Ahmed Salem Ould Bah, CERED; Fatimetou Mint Sidi, University of Nouakchott\n\n"
        "Date & Time\n\nMar. 3, 2006\n10:00am – 12:00pm\n\n"
        "Ould Bah set out the paper's main findings. Fatimetou Mint Sidi commented on the paper.\n"
    )
    people = _people(_text_page(page))
    assert ("Ahmed Salem Ould Bah", "presenter") in {(name, role) for name, role, *_ in people}
    assert not any(name == "Ould Bah" for name, *_ in people)


def test_a_catholic_sisters_title_is_no_part_of_her_name() -> None:
    assert stated_honorific("Sœur Marie-Claire Ilunga") == ("Sœur", "Marie-Claire Ilunga")
    assert stated_honorific("Sister Agnes Phiri") == ("Sister", "Agnes Phiri")
    assert not is_person_name("Sister Cities International")


def test_a_bodys_mission_in_a_country_is_the_body() -> None:
    assert agency_of_office("KOICA Mission in Ghana") == "KOICA"
    assert agency_of_office("EUCAP Mission in Niger") == "EUCAP"
    assert agency_of_office("OSCE Mission to Skopje") == "OSCE Mission to Skopje"
    assert agency_of_office("Jesuit Mission in Africa") == "Jesuit Mission in Africa"
    assert agency_of_office("Permanent Mission of Kenya") == "Permanent Mission of Kenya"


def test_this_units_meeting_names_the_unit_with_its_small_words() -> None:
    text = "This Mining and Energy Program meeting discussed Occasional Paper #3."
    assert self_references(text) == ["Mining and Energy Program"]


def test_the_seeds_staff_lines_under_a_units_old_name_with_small_words_are_at_its_new_name() -> None:
    page = (
        "Skip to main content\n\nSalt and Ore: Mining Revenues in the Sahara\n\n"
        "Amadou Sy, CERED; Lea Mint Baba,OMRGDownload Occasional Paper #3\n\n"
        "Date & Time\n\nFeb. 2, 2006\n10:00am – 12:00pm\n\n"
        "Iron ore pays for a third of the state budget, yet the mining towns of the north see little of it. This "
        "Mining and Energy Program meeting discussed Occasional Paper #3, which traces the royalties from the mines "
        "to the regions.\n\n"
        "Fatou Diallo, Mining and Energy Program coordinator +222 525 11 00\n"
        "Drafted by Ali Sow, Mining and Energy Program intern\n\n"
        "Hosted By\n\nExtractives and Development Program\n\n"
        "The Extractives and Development Program studies the revenues of the Sahel's mines.   Read more\n"
    )
    people = _people(_text_page(page))
    assert (
        "Fatou Diallo",
        "contact",
        "Extractives and Development Program",
        "Mining and Energy Program coordinator",
    ) in (people)
    # the initials run into 'Download' are the body, not the chrome after them
    assert {affiliation for name, _, affiliation, _ in people if name == "Lea Mint Baba"} == {"OMRG"}


def test_a_spanish_names_small_words_count_for_its_initials() -> None:
    assert spelled_out("CIDR", "the Centro de Investigación en Desarrollo Rural (CIDR) of the university") == (
        "Centro de Investigación en Desarrollo Rural"
    )


def test_the_name_the_text_spells_out_before_the_initials_wins_over_the_mastheads() -> None:
    page = (
        "CIDA – Centro de Investigação em Desenvolvimento Agrário\nInício | Eventos\n\n"
        "Maize Prices after the Drought\n\nDate & Time\n\nAug. 8, 2019\n3:00pm – 5:00pm\n\n"
        "The Centre for Agrarian Development Research (CIDA) launches its Policy Paper No. 3.\n\n"
        "Speakers\n\nJoana Muteka\nSenior Researcher, CIDA\n"
    )
    people = _people(_text_page(page))
    assert ("Joana Muteka", "speaker", "Centre for Agrarian Development Research", "Senior Researcher") in people


def test_a_second_sponsor_after_and_of_the_and_a_works_funder_thanked() -> None:
    _, sponsors = stated_hosts(
        "The forum is held with the financial support of the Ford Foundation Lagos Office and of the Embassy "
        "of Norway in Abuja."
    )
    assert sponsors == ["Ford Foundation Lagos Office", "Embassy of Norway in Abuja"]
    assert stated_hosts("CERED thanks the Embassy of Ireland for its support of the Annual Economic Report.") == (
        [],
        [],
    )
    assert stated_hosts("CERED thanks the Embassy of Ireland for its support.")[1] == ["Embassy of Ireland"]


def test_people_after_discussed_by_a_panel_and_a_colon_are_panelists_with_their_posts() -> None:
    line = (
        "The note will be discussed by a panel: Ms. Keiko Mori, Senior Adviser of the Japan External Trade "
        "Organization (JETRO); Mr. Issa Traoré, President of the Union of Cotton Growers of Mali (UCGM); and "
        "Dr. Awa Diallo, Lecturer at the University of Bamako."
    )
    found = {(e.name, e.role, e.job_title) for e in cued_entries(line)}
    assert {
        ("Keiko Mori", "panelist", "Senior Adviser"),
        ("Issa Traoré", "panelist", "President"),
        ("Awa Diallo", "panelist", "Lecturer"),
    } <= found


def test_a_post_of_a_body_named_before_its_initials_is_at_that_body() -> None:
    assert describe("President of the Union of Cotton Growers of Mali (UCGM)") == (
        "President",
        "Union of Cotton Growers of Mali",
    )
    assert describe("Director (UCGM)") == ("Director", "UCGM")
    # initials of another body, the parent's, leave the post whole
    assert describe("docente de la Escuela de Historia (UNC)") == ("docente de la Escuela de Historia", "UNC")


def test_an_author_named_after_written_by_who_will_present_the_conclusions_is_the_presenter() -> None:
    line = (
        "CERED invites you to a round table on its Strategic Note No. 4, Cotton after the Drought, written by "
        "Dr. Awa Diallo, Researcher at CERED, who will present its conclusions."
    )
    assert [(e.name, e.role, e.job_title, e.affiliation) for e in stated_roles(line)] == [
        ("Awa Diallo", "presenter", "Researcher", "CERED")
    ]


def test_a_unit_by_its_initials_of_a_university_that_launches_is_the_organizer() -> None:
    hosts, _ = stated_hosts(
        "The Centro de Estudios en Economía Rural (CEER) of the Universidad Mayor de San Andrés invites you to a "
        "seminar."
    )
    # (the Afrikaans and Dutch 'en' is 'and': two bodies)
    assert stated_hosts("The lecture is sponsored by the Karoo Water Trust en Protea Uitgewers.")[1][0] == (
        "Karoo Water Trust"
    )
    assert [h.removeprefix("The ") for h in hosts] == [
        "Centro de Estudios en Economía Rural of the Universidad Mayor de San Andrés"
    ]
    page = (
        "Maize Prices after the Drought\n\nDate & Time\n\nAug. 8, 2019\n3:00pm – 5:00pm\n\n"
        "The Centre for Agrarian Research (CEIA) of Lusophone University launches its Policy Paper No. 3, which "
        "measures what the drought did to the price of maize in the provinces.\n"
    )
    (organizer,) = _text_page(page).organizers
    assert organizer.name == "Centre for Agrarian Research"


def test_the_site_that_presents_by_its_mastheads_initials_is_no_organizer_beside_the_hosted_by_programme() -> None:
    page = (
        "Skip to main content\n\nFUDEC\nFundación para el Desarrollo Cooperativo\nAbout\nEvents\n\n"
        "Credit Unions after the Storm\n\nDate & Time\n\nJul. 9, 2013\n9:00am – 11:00am (CST)\n\n"
        "The Foundation for Cooperative Development (FUDEC) will present its Quarterly Report No. 8, which looks "
        "at the credit unions of the north after the hurricane.\n\n"
        "Hosted By\n\nCooperative Finance Program\n\nThe Cooperative Finance Program studies rural lending.\n"
    )
    assert [o.name for o in _text_page(page).organizers] == ["Cooperative Finance Program"]


def test_a_name_before_initials_keeps_no_portuguese_article_and_a_wrapped_ones_tail_loses_to_the_masthead() -> None:
    page = (
        "OPPL – Observatório de Políticas Públicas Locais\nInício | Eventos\n\n"
        "Água e Saneamento nos Municípios\n\nData\n\n12 de março de 2026\n15:00 – 17:00\n\n"
        "O Observatório de Políticas Públicas Locais (OPPL) tem o prazer de convidar para o seminário.\n\n"
        "Orador\n\nRui Mapsanganhe, Investigador Sénior, OPPL\n"
    )
    people = _people(_text_page(page))
    assert {affiliation for name, _, affiliation, _ in people if name == "Rui Mapsanganhe"} == {
        "Observatório de Políticas Públicas Locais"
    }
    wrapped = (
        "RCSA – Regional Committee of the Slovak Academy of Sciences\nHome | Events\n\n"
        "Cohesion Funds and the East\n\nDate: 4 March 2025\n\n"
        "The Committee on Economics of the Regional Committee of the Slovak\n"
        "Academy of Sciences (RCSA) invites members to a lecture.\n\n"
        "Speaker\n\nJana Kováčová, Chair of RCSA\n"
    )
    people = _people(_text_page(wrapped))
    assert {affiliation for name, _, affiliation, _ in people if name == "Jana Kováčová"} == {
        "Regional Committee of the Slovak Academy of Sciences"
    }


def test_hold_out_set_123_keeps_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-123" / "expected.yaml")
    # (docs/ingest.md, set 123) left: the Nouakchott presenter's centre by its French initials 'CMAP', which the
    # page spells out only in English in the repeated speakers line, and his post in 'which X, senior economist
    # at CMAP, wrote with Y'; the Praia cards' Portuguese names of bodies the prose names in English
    for field in ("title", "start", "end", "people", "roles", "reports", "organizers", "sponsors", "locality"):
        assert scores[field].f1 == 1.0, field
    assert scores["attendance"].f1 == 1.0
    assert scores["affiliations"].f1 > 0.93 and scores["job titles"].f1 > 0.98
