"""People, roles, affiliations and job titles in forms earlier hold-out sets left unread (set 68's
Asunción, Kaunas and Tucson pages, sets 60, 61, 63, 64 and 66's listed forms), one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.lines import match_label
from kg.pages.people import is_person_name, parse_entries
from kg.pages.sentences import cued_entries
from tests.test_pages_unseen import _people, _text_page

_HEAD = "Ríos y fronteras: el agua en 2030\nMartes 3 de marzo de 2026, 09:00 - 13:00\n\nPROGRAMA\n"


def _rail_meet(programme: str) -> set[tuple[str, ...]]:
    """A South Indian society's technical meet as text: role headings in capitals over name lines."""
    return _people(_text_page(f"Rails for the City\nSaturday, 26 July 2025, 10:00 AM to 1:00 PM\n\n{programme}"))


def _roles(text: str) -> set[tuple[str, str]]:
    return {(name, role) for name, role, *_ in _people(_text_page(_HEAD + text))}


def test_spanish_programme_labels_give_panelists_keynote_and_closing() -> None:
    # 'Panelistas:', 'Conferencia inaugural:' and 'Cierre:' as 'Panelists:', 'Keynote:' and 'Closing:'
    roles = _roles(
        "09:00 Conferencia inaugural: Dra. Inés Ledesma, Universidad del Litoral\n"
        "10:00 Panel 1. Cuencas\n"
        "Panelistas: Ing. Tomás Quiroga (Aguas del Norte), Mag. Luz Benegas (Banco Rural)\n"
        "12:45 Cierre: Dra. Inés Ledesma\n"
    )
    assert {
        ("Inés Ledesma", "keynote"),
        ("Inés Ledesma", "closing-remarks"),
        ("Tomás Quiroga", "panelist"),
        ("Luz Benegas", "panelist"),
    } <= roles


def test_an_honorific_opens_the_second_of_two_listed_people() -> None:
    # 'Sen. A, Dr. B (Org)': with only two people the honorific still parts them (B is no employer of A)
    entries = parse_entries("Sen. Marta Ibarra, Dr. Felipe Ocampo (Instituto de Estudios Fiscales)")
    assert [(e.name, e.affiliation) for e in entries] == [
        ("Marta Ibarra", None),
        ("Felipe Ocampo", "Instituto de Estudios Fiscales"),
    ]


def test_the_last_person_of_a_list_joined_by_y_et_or_und() -> None:
    # Spanish, French and German write 'and' before a list's last person as 'y', 'et', 'und'
    spanish = parse_entries(
        "Ing. Pablo Ruiz (Aguas Andinas), Mag. Clara Soto (Banco Rural) y Luis Mena (Fundación Sur)"
    )
    assert [(e.name, e.affiliation) for e in spanish] == [
        ("Pablo Ruiz", "Aguas Andinas"),
        ("Clara Soto", "Banco Rural"),
        ("Luis Mena", "Fundación Sur"),
    ]
    assert [e.name for e in parse_entries("Ana Ruiz y Pedro Gil")] == ["Ana Ruiz", "Pedro Gil"]
    assert [e.name for e in parse_entries("Jean Dupont (Sciences Po) et Marie Roux (CNRS)")] == [
        "Jean Dupont",
        "Marie Roux",
    ]
    # a Spanish double family name joined by 'y' is one person
    assert [e.name for e in parse_entries("José Ortega y Gasset, Universidad Central")] == ["José Ortega y Gasset"]


def test_a_chair_named_for_a_country_or_region_after_a_post_is_the_employer() -> None:
    # 'Senior Adviser (Non-resident), Japan Chair': the programme, as CSIS and Hudson name theirs
    for text, post, chair in (
        ("Ren Aoki, Senior Adviser (Non-resident), Japan Chair", "Senior Adviser (Non-resident)", "Japan Chair"),
        ("Ada Obi, Senior Fellow, Africa Chair", "Senior Fellow", "Africa Chair"),
    ):
        (entry,) = parse_entries(text)
        assert (entry.job_title, entry.affiliation) == (post, chair)
    # a chair that is a post stays in the post
    (entry,) = parse_entries("Kim Lund, Professor, Department Chair")
    assert (entry.job_title, entry.affiliation) == ("Professor, Department Chair", None)


def test_member_of_parliament_for_a_constituency_is_a_post_without_employer() -> None:
    for text, post in (
        ("Kofi Mensah, Member of Parliament for Ayawaso North", "Member of Parliament for Ayawaso North"),
        (
            "Mia Grant, Member of the Legislative Assembly for Delta South",
            "Member of the Legislative Assembly for Delta South",
        ),
    ):
        (entry,) = parse_entries(text)
        assert (entry.job_title, entry.affiliation) == (post, None)
    # a council 'for' a field is still an employer
    (entry,) = parse_entries("Ana Ek, Director of the Council for Scientific and Industrial Research")
    assert entry.affiliation == "Council for Scientific and Industrial Research"


def test_the_flemish_given_name_an_before_a_consonant_is_no_article() -> None:
    # the English article 'An' stands before a vowel ('An Evening with …'); 'An Peeters' is a name
    (entry,) = parse_entries("An Peeters, Senior Researcher, Flanders Coastal Institute")
    assert (entry.name, entry.job_title) == ("An Peeters", "Senior Researcher")
    assert is_person_name("An De Wachter")
    assert not is_person_name("An Evening") and not is_person_name("An Update")


def test_a_given_name_followed_by_initials_is_a_name() -> None:
    # a South Indian name: the given name, then the initials of the family and the father
    people = _rail_meet("VOTE OF THANKS\nEr. Raghavendra K. N.\nHonorary Treasurer, Society of Rail Engineers\n")
    assert ("Raghavendra K. N.", "closing-remarks", "Society of Rail Engineers", "Honorary Treasurer") in people
    assert is_person_name("Suresh B.S.") and not is_person_name("Room A. B.")


def test_a_service_s_initials_after_the_name_leave_the_post_on_the_next_line_to_describe_her() -> None:
    # 'Shri X, IAS' over 'Managing Director, Y Ltd.': IAS, the Indian Administrative Service, is no employer
    people = _rail_meet("CHIEF GUEST\nSmt. Lakshmi Devaraj, IAS\nManaging Director, Metro Rail Corporation Ltd.\n")
    assert ("Lakshmi Devaraj", "featured-remarks", "Metro Rail Corporation Ltd", "Managing Director") in people


def test_a_company_s_place_in_brackets_before_ltd_is_part_of_its_name() -> None:
    (entry,) = parse_entries("Ravi Iyer, Chief Executive, Deccan Power Transmission Company (Telangana) Ltd.")
    assert (entry.job_title, entry.affiliation) == (
        "Chief Executive",
        "Deccan Power Transmission Company (Telangana) Ltd",
    )


def test_a_faculty_at_its_university_gives_the_university() -> None:
    # 'Dr. X of the Faculty of Law at Y University': the unit 'at' its parent, as 'of the' gives it
    (entry,) = parse_entries("Dr. Arben Krasniqi of the Faculty of Law at Western Balkans University")
    assert (entry.name, entry.affiliation) == ("Arben Krasniqi", "Western Balkans University")


def test_what_the_programme_does_next_after_a_name_is_no_post() -> None:
    # 'Q&A moderated by X, then pizza and networking': the evening goes on, X holds no such post
    (entry,) = cued_entries("After the talks: Q&A moderated by Dovilė Petraitė, then snacks and networking.")
    assert (entry.name, entry.role, entry.job_title) == ("Dovilė Petraitė", "moderator", None)
    (entry,) = parse_entries("Ana Ruiz, Professor, Leiden University, followed by a reception")
    assert (entry.job_title, entry.affiliation) == ("Professor", "Leiden University")


def _meetup(details: str) -> set[tuple[str, ...]]:
    return _people(_text_page(f"Civic Data Night\nThursday, November 5, 2026, 6:30 PM to 8:30 PM\n\n{details}"))


def test_a_talks_heading_names_the_speakers_under_it() -> None:
    people = _meetup('Talks\n🔹 Dovilė Petraitė (Baltic University, Faculty of Law) — "Who reads the budget?"\n')
    assert {(name, role) for name, role, *_ in people} == {("Dovilė Petraitė", "speaker")}
    # a site's section of events over the title is no such heading
    assert match_label("Talks & tours") is None and match_label("What's on / Talks and events") is None


def test_a_faculty_written_after_its_university_is_part_of_the_employer() -> None:
    (entry,) = parse_entries("Dovilė Petraitė (Baltic Sea University, Faculty of Political Science and Diplomacy)")
    assert (entry.job_title, entry.affiliation) == (None, "Baltic Sea University")


def test_a_news_site_named_by_its_address_is_the_employer() -> None:
    (entry,) = parse_entries("Marius Jonaitis (data journalist, 24news.lt)")
    assert (entry.job_title, entry.affiliation) == ("data journalist", "24news.lt")


def test_a_spanish_post_del_or_de_la_names_its_organisation() -> None:
    # 'director ejecutivo del IGEF' as 'executive director of the IGEF'
    (entry,) = parse_entries("Lic. Marcos Duarte, director ejecutivo del CIEF")
    assert (entry.job_title, entry.affiliation) == ("director ejecutivo", "CIEF")
    (entry,) = parse_entries("Dra. Inés Ledesma, directora del Instituto de Estudios Hídricos")
    assert (entry.job_title, entry.affiliation) == ("directora", "Instituto de Estudios Hídricos")


def test_a_periodical_s_kind_in_lower_case_before_its_name_is_no_post() -> None:
    # 'Modera: X, diario Última Hora': she works for the newspaper Última Hora
    (entry,) = parse_entries("Lucía Benegas, diario Nuevo Día")
    assert (entry.job_title, entry.affiliation) == (None, "Nuevo Día")


def test_an_organisation_s_city_branch_after_it_is_that_organisation() -> None:
    (entry,) = parse_entries("Dr. Ilinca Matei (Academy of Letters, Cluj-Napoca Branch)")
    assert entry.affiliation == "Academy of Letters"
    (entry,) = parse_entries("Ana Lee, Head, Special Branch")  # a unit named so, no city's branch
    assert entry.affiliation == "Special Branch"


def test_an_honorific_inside_a_timed_item_s_list_keeps_the_people_before_it() -> None:
    # '09:30 Welcome: A (Org) and Prof. B, Dean of X': the full stop of 'Prof.' ends no talk title
    people = _people(
        _text_page(
            "Moving Borders\n24 October 2026\n\n09:00 Registration\n"
            "09:30 Welcome: Irina Popa (SDHR) and Prof. Dan Moldovan, Dean of the Faculty of History\n"
            "10:00 Session 1: Counting people\n"
        )
    )
    assert {(name, role) for name, role, *_ in people} == {
        ("Irina Popa", "introductory-remarks"),
        ("Dan Moldovan", "introductory-remarks"),
    }


def test_members_of_congress_listed_with_party_and_state_only_are_speakers() -> None:
    # under a heading no label names ('Congressional Perspectives'): 'Rep. X (D-MN)' with no post
    people = _people(
        _text_page(
            "Saving for Later\nTuesday, June 6, 2017, 10:00 AM - 12:00 PM\n\nCongressional Perspectives\n"
            "Rep. Alma Whitford (D-MN)\nSen. Peter Okafor (R-OH)\n"
        )
    )
    assert people == {("Alma Whitford", "speaker", None, None), ("Peter Okafor", "speaker", None, None)}


def test_a_talk_title_s_full_stop_before_an_honorific_still_parts_the_title_from_the_speaker() -> None:
    # 'Keynote: Editions as data. Prof. X, Org': 'data.' is no honorific
    people = _people(
        _text_page(
            "Moving Borders\n24 October 2026\n\n09:00 Registration\n"
            "09:30 Keynote: Editions as data. Prof. Lucía Herrero, Universidad de León\n"
            "10:30 Coffee\n"
        )
    )
    assert ("Lucía Herrero", "keynote", "Universidad de León", None) in people
