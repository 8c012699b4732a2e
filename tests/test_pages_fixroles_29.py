"""Role forms the hold-out sets still left unread in session 29 (the 'Speakers' of a page that announces a
panel after a presenter's findings, sets 69, 80, 130, 132 and 138; a contact whose post comes before her name,
sets 131, 132 and 134; 'A response will be given by X' and 'Commentary will be offered by Y', sets 85 and 128; an
Indian civil servant's 'IAS' after the name and a South Indian name ending in the father's initial, sets 44 and
106; the Spanish given name 'Germán', set 36; a programme item's person whose title is written in small letters, set
98; a site's masthead naming its university in two languages, sets 27, 44 and 47), one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_unseen import _people, _text_page


def _roles(record: EventRecord) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for p in record.participants:
        roles.setdefault(p.person.name, set()).add(p.role)
    return roles


def _panel_page(announcement: str) -> str:
    return (
        "Harbours and Hinterlands: Who Pays for the Port Rail Link?\n\n"
        "Panel discussion and report launch\n\n"
        "Tuesday 14 April 2026, 17:00 – 18:30\n"
        "Venue: Quayside Room, 9 Dock Street, Aberdeen\n\n"
        f"{announcement}\n\n"
        "Speakers\n\n"
        "Dr Fiona Abernethy, Research Fellow, Grampian Transport Institute\n"
        "Cllr Ross McAllan, Convener of Transport, Aberdeen City Council\n"
        "Priya Raman, Head of Logistics, North Sea Freight Association\n\n"
        "Chair: Professor Euan Strachan, Director, Grampian Transport Institute\n"
    )


def test_the_speakers_of_a_page_announcing_a_panel_after_a_presentation() -> None:
    # the presenter sets out the findings, then the panel discusses them: the others listed under 'Speakers'
    # are the panel's members, the presenter among them keeps her role
    text = _panel_page(
        "Dr Abernethy will present the report's findings, followed by a panel discussion with local leaders."
    )
    roles = _roles(_text_page(text))
    assert roles["Fiona Abernethy"] == {"presenter"}
    assert roles["Ross McAllan"] == {"panelist"}
    assert roles["Priya Raman"] == {"panelist"}
    assert roles["Euan Strachan"] == {"chair"}


def test_the_speakers_of_a_page_without_a_panel_stay_speakers() -> None:
    # no panel announced: a presentation then questions, the listed people each speak
    text = _panel_page("Dr Abernethy will present the report's findings, followed by questions from the floor.")
    text = text.replace("Panel discussion and report launch", "Report launch")
    roles = _roles(_text_page(text))
    assert roles["Fiona Abernethy"] == {"presenter"}
    assert roles["Ross McAllan"] == {"speaker"}


def _talk_page(closing: str) -> str:
    return (
        "Comets and Calendars: An Evening Talk\n\n"
        "Friday, 10 March 2023, 7:30 pm\n"
        "Venue: Market Hall, 3 Church Lane, Ludlow\n\n"
        "Dr Helen Marsh will talk about the comets of the eighteenth century.\n\n"
        f"{closing}\n"
    )


def test_a_contact_reached_through_her_post_before_her_name() -> None:
    # 'ring our treasurer, X, on 07700 …', 'email the Meetings Secretary, Mrs Y, at …', 'register with the press
    # officer of the Society, Z, tel. …': whom to reach, her post in apposition before her, her number after
    for closing, contact in [
        (
            "Any questions? Send us a message or ring our treasurer, Colm Devlin, on 07700 900 123.",
            ("Colm Devlin", "contact", None, "treasurer"),
        ),
        (
            "For the livestream, email the Meetings Secretary, Mrs Joan Pryor, at meetings@ludlowastro.org.uk.",
            ("Joan Pryor", "contact", None, "Meetings Secretary"),
        ),
        (
            "Journalists are asked to register with the press officer, Nadia Rahimova, tel. +44 1584 123 456.",
            ("Nadia Rahimova", "contact", None, "press officer"),
        ),
        (
            "Enquiries: Excursions Secretary, Mr Owen Tegg, trips@ludlowastro.org.uk",
            ("Owen Tegg", "contact", None, "Excursions Secretary"),
        ),
    ]:
        people = _people(_text_page(_talk_page(closing)))
        assert contact in people, closing
        assert ("Helen Marsh", "speaker", None, None) in people


def test_a_response_given_and_a_commentary_offered() -> None:
    # 'A response will be given by X' (a respondent, as sets 85 and 128 answer it) and 'Commentary will be
    # offered by Y' (a discussant, as 'Comments will be given by Y')
    text = (
        "Salt and Sponge: Island Economies after Emancipation\n\n"
        "Thursday, 12 February 2026, 6:00 pm\n"
        "Venue: Harbour Hall, 4 Bay Street, Nassau\n\n"
        "Dr. Imani Forbes, Associate Professor of History, will speak on the salt ponds of the southern islands."
        " A response will be given by Dr. Colin Bethel, Senior Lecturer in Geography at the College of the"
        " Islands. Commentary will be offered by Dr. Rhoda Knowles, Lecturer in Economics, School of Business."
        " The discussion will be moderated by Professor Ada Munnings.\n"
    )
    roles = _roles(_text_page(text))
    assert roles["Colin Bethel"] == {"respondent"}
    assert roles["Rhoda Knowles"] == {"discussant"}
    assert roles["Imani Forbes"] == {"speaker"}


def test_a_civil_service_post_nominal_and_a_trailing_initial() -> None:
    # 'Shri. X IAS, Post, Body' (the Indian Administrative Service written after the name with no comma) and
    # 'Dr. Anjali Devi R., Post' (two given names, then the father's initial): people with their posts
    text = (
        "State Consultation on Inland Fisheries\n\n"
        "Friday, 14 March 2025, 10.00 am\n"
        "Venue: Seminar Hall, Thrissur\n\n"
        "PROGRAMME\n\n"
        "10.00 am   Welcome Address     : Dr. Mohan Kumar, Director, Inland Waters Institute\n"
        "10.15 am   Presentation of the Study\n"
        "                               : Dr. Anjali Devi R., Assistant Professor, Dept. of Zoology, Vimala College\n"
        "11.00 am   Special Address     : Shri. K. P. Ramesh IAS, Secretary, Fisheries, Government of Kerala\n"
    )
    people = _people(_text_page(text))
    names = {p[0] for p in people}
    assert "Anjali Devi R." in names
    assert "K. P. Ramesh" in names


def test_the_spanish_given_name_german_with_its_accent() -> None:
    # 'Germán' is a given name, not the nationality 'German' it folds to
    text = (
        "Ríos y territorios: presentación del dossier\n\n"
        "Thursday, 20 March 2025, 5:00 pm\n"
        "Venue: Sala Humboldt, Carrera 7 No. 40-62, Bogotá\n\n"
        "Speaker: Paula Jiménez Ruiz, Associate Professor, Department of History\n\n"
        "Commentator: Germán Ochoa Restrepo, Professor Emeritus, Universidad del Valle\n"
    )
    assert _roles(_text_page(text))["Germán Ochoa Restrepo"] == {"discussant"}


def test_an_item_s_person_whose_title_is_in_small_letters() -> None:
    # 'Cuvânt de deschidere: prof. univ. dr. X, post …': the title in small letters after the item's colon opens
    # the person, however long her post
    text = (
        "Apa și orașele: dezbatere publică\n\n"
        "Data: joi, 21 mai 2026\n"
        "Ora: 10:00 – 12:00\n"
        "Locul: Aula Magna, Str. Mihail Kogălniceanu 1, Cluj-Napoca\n\n"
        "Program\n\n"
        "10:00 – 10:10 Cuvânt de deschidere: prof. univ. dr. Mircea Dobre, decan al Facultății de Geografie"
        " și Studii de Mediu din Cluj\n\n"
        "10:10 – 10:40 Prezentarea studiului: lect. univ. dr. Oana Pop, cercetătoare în cadrul facultății\n"
    )
    roles = _roles(_text_page(text))
    assert roles["Mircea Dobre"] == {"introductory-remarks"}
    assert roles["Oana Pop"] == {"presenter"}


def test_a_masthead_naming_the_university_in_two_languages_is_no_person() -> None:
    # 'Whare Tapa Rangi | University of the Chathams' (the body's name in its own language, then in
    # English) in the masthead and the footer: the site's name, not a person and her employer
    text = (
        "Tides and Treaties: A Webinar - Whare Tapa Rangi | University of the Chathams\n\n"
        "Whare Tapa Rangi | University of the Chathams\n\n"
        "Tides and Treaties: A Webinar\n\n"
        "Date: Tuesday 8 April 2025, 12:00 – 1:00 pm NZST\n\n"
        "Speaker: Dr Mere Tautahi, Senior Lecturer in Law, University of the Chathams\n\n"
        "Whare Tapa Rangi | University of the Chathams\n"
        "Private Bag 1, Waitangi, Chatham Islands\n"
    )
    roles = _roles(_text_page(text))
    assert roles == {"Mere Tautahi": {"speaker"}}
