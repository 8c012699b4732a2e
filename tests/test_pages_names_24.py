"""Session 24's names and zones: people written in two name orders, honorifics of many countries,
posts apart from bodies, each form on made-up text (set 129 measured at the end)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.draft import same_person
from kg.pages.gazetteer import town_name
from kg.pages.offices import foundation_of_office
from kg.pages.people import is_person_name, parse_entries
from kg.pages.place import read_place
from tests.test_pages_unseen import _people, _text_page


def _agenda(*lines: str) -> str:
    return "\n".join(
        (
            "River Towns and Their Ports",
            "",
            "Time: 9:00 – 12:00, Thursday 12 September 2024 (ICT, GMT+7)",
            "Venue: Meeting Room 2, Delta Research Centre, Can Tho",
            "",
            "AGENDA",
            "",
            *lines,
            "",
        )
    )


def test_indonesian_courtesy_titles_are_not_part_of_the_name() -> None:
    entries = parse_entries("Ibu Sri Wahyuni Harahap, Head of Planning, Riau Provincial Fisheries Office")
    assert [(e.name, e.honorific, e.affiliation) for e in entries] == [
        ("Sri Wahyuni Harahap", "Ibu", "Riau Provincial Fisheries Office")
    ]
    entries = parse_entries("Bapak Yohanes Sinaga, Coordinator, Lake Toba Fishers' Forum")
    assert [(e.name, e.honorific) for e in entries] == [("Yohanes Sinaga", "Bapak")]


def test_a_batak_family_name_ending_like_an_abstract_noun_is_a_name() -> None:
    assert is_person_name("Maria Ulfa Nasution")
    assert not is_person_name("Water Solution")
    assert not is_person_name("Public Institution")


def test_a_vietnamese_name_ending_in_the_given_name_an() -> None:
    assert is_person_name("Le Thi An")
    assert not is_person_name("Join an")


def test_a_vietnamese_name_and_its_western_short_form_are_one_person() -> None:
    assert same_person("Tran Van An", "An Tran")
    assert same_person("Ha Tran", "Tran Thi Thu Ha")
    assert not same_person("An Tran", "Tran Van Binh")
    assert not same_person("Tran An", "Tran Van An")  # the short form in the long one's order is another name

    people = _people(
        _text_page(
            _agenda(
                "The report was written by Centre Director Binh Pham and Research Fellow Mai Lan Vu.",
                "",
                "09:00 – 09:10  Opening remarks – Dr. Pham Van Binh, Director, Delta Research Centre",
                "09:10 – 09:40  Presentation of the report – Dr. Binh Pham",
            )
        )
    )
    assert ("Binh Pham", "introductory-remarks", "Delta Research Centre", "Director") in people
    assert not any(name == "Pham Van Binh" for name, *_ in people)


def test_a_post_written_before_the_name_in_a_list_of_panellists() -> None:
    entries = parse_entries(
        "Dr. Aho; Senior Adviser Kaisa Lindroos (Finnish Environment Institute); "
        "Programme Director Olli Rantanen (Sitra)"
    )
    assert [(e.name, e.job_title, e.affiliation) for e in entries if e.name != "Dr. Aho"] == [
        ("Kaisa Lindroos", "Senior Adviser", "Finnish Environment Institute"),
        ("Olli Rantanen", "Programme Director", "Sitra"),
    ]


def test_a_professor_named_again_by_family_name_in_a_list_is_the_person_named_in_full() -> None:
    people = _people(
        _text_page(
            _agenda(
                "09:00  Keynote: Ports and Rivers",
                "Professor Huang Wenjie, School of Geography, Sun Yat-sen University",
                "10:30  Panel discussion",
                "Panellists: Prof. Huang; Dr. Nina Berg (Lund University)",
            )
        )
    )
    assert ("Huang Wenjie", "panelist", None, None) in people
    assert not any(name.startswith("Prof") for name, *_ in people)


def test_a_company_s_legal_form_after_a_comma_is_part_of_its_name() -> None:
    entries = parse_entries("Ms. LI Na, Head of Legal Affairs, Qiantang Data Services Co., Ltd.")
    assert [(e.name, e.job_title, e.affiliation) for e in entries] == [
        ("Li Na", "Head of Legal Affairs", "Qiantang Data Services Co., Ltd")
    ]


def test_a_consulate_general_is_a_body_not_a_post() -> None:
    entries = parse_entries("Mr. Arif bin Salleh, Consul, Consulate General of Malaysia in Pekanbaru")
    assert [(e.job_title, e.affiliation) for e in entries] == [("Consul", "Consulate General of Malaysia in Pekanbaru")]


def test_a_telephone_number_with_its_country_code_in_brackets_is_no_part_of_the_post() -> None:
    entries = parse_entries("Ms. Vo Thi Lan, Events Officer – (+84) 236 3822 519")
    assert [(e.job_title, e.telephone) for e in entries] == [("Events Officer", "(+84) 236 3822 519")]


def test_a_sentence_naming_the_moderator_after_the_programme_s_items() -> None:
    people = _people(
        _text_page(
            _agenda(
                "09:00 Welcome remarks",
                "Dr. Lina Ortega, Director, Delta Research Centre",
                "",
                "09:15 Panel discussion",
                "Dr. Tom Rees, Senior Fellow, Mekong Policy Forum",
                "Ms. Hoa Ly, Researcher, Can Tho University",
                "",
                "11:50 Closing",
                "",
                "The panel will be moderated by Centre Director Kenta Ito. Questions may be sent in advance "
                "through the registration form.",
            )
        )
    )
    assert ("Kenta Ito", "moderator", "Delta Research Centre", "Director") in people


def test_a_talk_presenting_a_numbered_paper_under_a_session_chair() -> None:
    people = _people(
        _text_page(
            _agenda(
                "10:00  Session 2: Rivers and Borders",
                "       Chair: Dr. Anna Kovacs (Central European University)",
                '       "Rafts on the Tisza" – Dr. Petra Novak (Charles University)',
                '       "Salt Barges" (presentation of Working Paper No. 7) – Dr. Ivo Horak (Senior Researcher, '
                "Institute of Geography, Geology and Hydrology of the Danube Basin, Bratislava)",
            )
        )
    )
    assert ("Petra Novak", "speaker", "Charles University", None) in people
    assert (
        "Ivo Horak",
        "presenter",
        "Institute of Geography, Geology and Hydrology of the Danube Basin",
        "Senior Researcher",
    ) in people


def test_a_report_the_event_s_findings_feed_into_later_is_not_the_event_s() -> None:
    record = _text_page(
        _agenda(
            "09:00 Panel discussion",
            "Dr. Tom Rees, Senior Fellow, Mekong Policy Forum",
            "",
            "The discussion's findings will feed into Policy Report No. 2024-08, to be published in November 2024.",
        )
    )
    assert record.reports == ()
    launched = _text_page(
        _agenda(
            "09:00 Launch of Policy Report No. 2024-08",
            "Dr. Tom Rees, Senior Fellow, Mekong Policy Forum",
        )
    )
    assert [(r.name, r.report_number) for r in launched.reports] == [("Policy Report No. 2024-08", "2024-08")]


def test_a_foundation_s_office_written_with_its_initials_is_the_foundation() -> None:
    assert foundation_of_office("Friedrich-Naumann-Stiftung (FNF) Malaysia and Brunei") == "Friedrich-Naumann-Stiftung"
    assert foundation_of_office("Open Society Foundation (OSF) for South Africa") == (
        "Open Society Foundation (OSF) for South Africa"
    )
    # (another body's initials before the foundation: two bodies, not an office)
    two = "Banco Andino (BA) y Hanns-Seidel-Stiftung"
    assert foundation_of_office(two) == two


def test_a_town_written_in_its_syllables_keeps_the_page_s_spacing() -> None:
    assert town_name("Hai Phong") == "Hai Phong"  # the gazetteer's 'Haiphong'
    assert town_name("Haiphong") == "Haiphong"
    assert town_name("Lisboa") == "Lisbon"  # another language's name is still the gazetteer's
    assert town_name("İstanbul") == "Istanbul"  # and so is one written with other letters


def test_a_venue_s_address_in_brackets_before_the_stream() -> None:
    place, online = read_place(["Lecture Hall 3 (Seminaarinkatu 15, Jyväskylä) and online"])
    assert place is not None and place.locality == "Jyväskylä"
    assert online is not None


def test_hold_out_set_129_meets_the_target_in_every_field_of_the_issue() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-129" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 129): locality (a Japanese footer's 'City, Prefecture Postcode' read as the
    # prefecture; an online webinar given the footer's province) and attendance (the webinar's 'Format: Zoom Webinar'
    # field not read as online)
    fields = (
        "title",
        "start",
        "end",
        "people",
        "roles",
        "affiliations",
        "reports",
        "job titles",
        "organizers",
        "sponsors",
    )
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["people"].f1 >= 0.98 and scores["affiliations"].f1 >= 0.96
    assert scores["locality"].f1 >= 0.85 and scores["attendance"].f1 >= 0.8
