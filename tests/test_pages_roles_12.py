"""Role forms that hold-out set 72 (Québec, Bangor, Port Louis, Port of Spain, Aarhus, Chiang Mai,
Townsville and Harare sites) showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import match_label
from kg.pages.people import is_person_name, parse_entries
from kg.pages.sentences import cued_entries, summarised_roles
from tests.test_pages_unseen import _people, _text_page


def _role(line: str) -> str | None:
    found = match_label(line)
    return found[0].role if found else None


def test_a_recap_in_the_past_tense_gives_keynote_featured_remarks_vote_of_thanks_and_rapporteur() -> None:
    keynote = cued_entries("The keynote address was delivered by Dr. Ilse Varga, President of the Alpine Bank.")
    assert [(e.name, e.role) for e in keynote] == [("Ilse Varga", "keynote")]
    thanks = cued_entries("The vote of thanks was proposed by Mr Jonah Pillay, Events Manager at the Reef Forum.")
    assert [(e.name, e.role) for e in thanks] == [("Jonah Pillay", "closing-remarks")]
    special = "In a special address, Ms Ada Brook, Country Director at the Delta Trust, described the grants."
    assert [(e.name, e.role) for e in summarised_roles(special)] == [("Ada Brook", "featured-remarks")]
    rapporteur = "Ms Lina Osei, Research Officer at the Reef Forum, served as rapporteur."
    assert [(e.name, e.role, e.job_title) for e in summarised_roles(rapporteur)] == [
        ("Lina Osei", "rapporteur", "Research Officer")
    ]


def test_role_words_of_book_talks_briefings_and_bilingual_programmes() -> None:
    assert _role("Interlocutor: Dr. Mira Holt, Professor of History, Fjord University") == "moderator"
    assert _role("Opening keynote") == "keynote"
    assert _role("Conférence d'ouverture / Opening keynote") == "keynote"
    assert _role("Opening by the Chair") == "chair"
    assert _role("Summary and close") == "closing-remarks"
    assert _role("Synthèse et mot de clôture / Summary and closing remarks") == "closing-remarks"
    # a bilingual label's French words are not running text: the person after it is read
    line = "Rapporteuse de la journée / Rapporteur : Léa Simard, doctorante en histoire, Université du Nord"
    assert _role(line) == "rapporteur"


def test_a_bilingual_rapporteur_line_after_a_programme_names_the_rapporteur() -> None:
    page = (
        "Rivières du Nord\n\nDate\nLundi 9 mars 2026\n\nHeure\n9 h 00 à 12 h 00\n\nPROGRAMME\n\n9 h 00\n"
        "Mot de bienvenue / Welcome\nLuc Garneau, directeur, Institut des rivières\n\n11 h 30\n"
        "Synthèse et mot de clôture / Summary and closing remarks\nLuc Garneau, directeur, Institut des rivières\n\n"
        "Rapporteuse / Rapporteur : Léa Simard, doctorante en histoire, Université du Nord\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert {("Luc Garneau", "closing-remarks"), ("Léa Simard", "rapporteur")} <= people


def test_the_talks_under_a_session_chair_line_are_speakers_with_guillemets_or_a_question_in_the_title() -> None:
    # a text programme: the session's 'Chair: X (Org)' line, then a line per talk, 'Name (Org) – title'
    page = (
        "Rivers and Borders\n\nDate: Tuesday 3 March 2026\nTime: 09:00 – 12:00\n\nProgramme\n\n10:00\n"
        "Session 1 – Water law\nChair: Marta Lind (Delta University)\n"
        "Tomas Berg (Kiel School of Economics) – « Les barrages et le droit : un bilan »\n"
        'Rosa Almeida (River Lab) – "Who Owns a Flood? Courts and Dams in Iberia"\n'
    )
    people = _people(_text_page(page))
    assert ("Marta Lind", "chair", "Delta University", None) in people
    assert ("Tomas Berg", "speaker", "Kiel School of Economics", None) in people
    assert ("Rosa Almeida", "speaker", "River Lab", None) in people


def test_the_people_a_facilitator_leads_in_a_panel_item_are_panelists() -> None:
    # a programme item 'Panel discussion, facilitated by X, with A, B and C': X moderates, the others sit on the panel
    page = (
        "Heat and the City\n\nDate: Thursday 5 March 2026\nTime: 6pm – 7:30pm\n\nProgram\n\n"
        "6:00pm  Welcome – Dr Ana Holt, Director, Urban Lab\n"
        "6:10pm  Panel discussion, facilitated by Joan Pike, with Dr Ken Ito, Mia Lowe and Professor Sam Reed\n"
        "7:25pm  Close\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert {("Joan Pike", "moderator"), ("Ken Ito", "panelist"), ("Mia Lowe", "panelist")} <= people
    assert ("Sam Reed", "panelist") in people and ("Mia Lowe", "moderator") not in people


def test_a_session_title_with_commas_of_its_own_before_its_chair_gives_the_chair() -> None:
    # an agenda row 'time, Panel 2: Ports, Roads and Rails, Chair: X, Org' / 'Speakers: …'
    page = (
        "Ports and Corridors of the North Sea\n\nDate: Tuesday 3 March 2026\nTime: 09:00 – 12:00\n\nProgramme\n\n"
        "10:20–12:00, Panel 2: Ports, Roads and Rails, Chair: Dr. Iris Moen, Fjord University\n"
        "Speakers: Dr. Ole Dahl (Port Institute); Ms. Ana Vik (Rail Lab)\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert {("Iris Moen", "chair"), ("Ole Dahl", "speaker"), ("Ana Vik", "speaker")} <= people
    assert ("Iris Moen", "panelist") not in people


def test_the_rapporteurs_report_back_item_keeps_them_rapporteurs() -> None:
    assert _role("Report Back from the Rapporteurs") == "rapporteur"
    assert _role("Rapporteurs' report") == "rapporteur"


def test_welsh_organisations_and_the_patronymic_ap_are_read_as_such() -> None:
    # 'Cyngor', 'Coleg', 'Canolfan' and 'Cymru' name bodies, not people; 'ap' joins a Welsh name as 'van' does
    assert not is_person_name("Cyngor Sir Ddinbych") and not is_person_name("BBC Cymru Wales")
    assert not is_person_name("Y Coleg Celf") and not is_person_name("Canolfan Hanes Cymru")
    [entry] = parse_entries("Chair: Gwenno Tudur, BBC Cymru Wales".partition(": ")[2])
    assert (entry.name, entry.affiliation) == ("Gwenno Tudur", "BBC Cymru Wales")
    [entry] = parse_entries("Iolo ap Gwilym, Senior Lecturer, Swansea University")
    assert (entry.name, entry.affiliation) == ("Iolo ap Gwilym", "Swansea University")


def test_an_organisation_written_in_two_languages_is_one_organisation_with_both_names() -> None:
    page = (
        "Iaith a Gwaith / Language and Work\n\nDate: Wednesday 4 March 2026\nTime: 14:00 – 16:00\n\n"
        "Panelwyr / Panellists: Gwen Rhys (Cyngor Sir Ddinbych / Denbighshire County Council), "
        "Alun Price (Prifysgol Abertawe / Swansea University)\n"
    )
    found = {
        p.person.name: {p.affiliation.name, *p.affiliation.alternate_names}
        for p in _text_page(page).participants
        if p.affiliation
    }
    assert found["Gwen Rhys"] == {"Cyngor Sir Ddinbych", "Denbighshire County Council"}
    assert found["Alun Price"] == {"Prifysgol Abertawe", "Swansea University"}


def test_a_dash_after_an_employer_before_her_e_mail_is_no_part_of_its_name() -> None:
    page = (
        "Budget Rules for a Small Island\n\nDate: Tuesday 14 April 2026\nTime: 10:00 am - 12:00 pm\n\n"
        "The Island Centre for Fiscal Studies (ICFS) will brief Members on its new study.\n\n"
        "Contact: Ms. Ria Lal, Outreach Officer, ICFS – ria@icfs.example.org\n\n"
        "Presentation of the paper\nDr. Omar Khan, Research Fellow, ICFS\n"
    )
    found = {p.person.name: p.affiliation.name for p in _text_page(page).participants if p.affiliation}
    assert found == {"Ria Lal": "Island Centre for Fiscal Studies", "Omar Khan": "Island Centre for Fiscal Studies"}


def test_hold_out_set_72_meets_the_target_in_start_end_people_roles_and_affiliations() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-72" / "expected.yaml")
    # the others are left to the other ingest work (see docs/ingest.md, set 72): titles (0.38: type
    # labels before a colon in the heading and type lines above it), reports (0.67: a book talk's book
    # read without the part of its title before the colon), job titles (0.88:
    # bilingual posts, a minister's portfolio with commas), organizers, sponsors, locality, attendance
    fields = ("start", "end", "people", "roles", "affiliations")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.95
