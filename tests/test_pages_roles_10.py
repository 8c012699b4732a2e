"""Role forms that hold-out sets 65 and 67 showed the ingester missing in prose and in programme
items, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from kg.pages.sentences import cued_entries
from tests.test_pages_unseen import _html_page, _people, _text_page

_TEXT_HEAD = "Tides of the North Sea\n\nThursday 12 March 2026, 17:00 - 19:00\nHarbour Hall, Bergen\n\n"


def test_a_response_to_the_talk_offered_by_a_person_names_a_respondent() -> None:
    text = (
        f"{_TEXT_HEAD}The lecture will be given by Professor Ada Lindqvist of Nordhavn University.\n\n"
        "A response to the lecture will be offered by Dr. Petra Olsen, former Chief Hydrographer of Norway.\n"
    )
    people = _people(_text_page(text))
    assert ("Petra Olsen", "respondent", None, "former Chief Hydrographer of Norway") in people
    # 'A response will be given by X', naming no talk, is a respondent too, as sets 85 and 128 answer it (set 47
    # alone answered a discussant; session 29's fixroles took the sets' majority)
    entries = cued_entries("A response will be given by Dr. Petra Olsen, Professor of Law at Fjord University.")
    assert [(e.name, e.role) for e in entries] == [("Petra Olsen", "respondent")]


def test_a_mihi_whakatau_in_a_sentence_or_a_programme_gives_introductory_remarks() -> None:
    # the welcome that opens a Māori gathering, by a person with no post
    text = (
        f"{_TEXT_HEAD}The evening will begin with a mihi whakatau by Hemi Rangitāne, and chaired by "
        "Dr. Anna Kepa, Director, Coastal Futures Centre, Southern Cross University.\n"
    )
    people = _people(_text_page(text))
    assert ("Hemi Rangitāne", "introductory-remarks", None, None) in people
    programme = f"{_TEXT_HEAD}Programme\n\n17:00 Mihi whakatau: Tama Ngata\n17:10 Keynote: Dr. Anna Kepa\n"
    assert ("Tama Ngata", "introductory-remarks", None, None) in _people(_text_page(programme))


def test_a_conversation_led_by_a_person_gives_a_moderator() -> None:
    html = (
        "<html><head><title>Tides of the North Sea</title></head><body><main><h1>Tides of the North Sea</h1>"
        "<p>Thursday 12 March 2026, 17:00 - 19:00</p><h2>Programme</h2>"
        "<p><strong>17:00 Talk</strong><br>Dr. Anna Kepa, Senior Researcher, Fjord Institute</p>"
        "<p><strong>18:00 Questions from the floor</strong><br>Led by Ola Strand, science editor, Bergens Avis</p>"
        "</main></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Ola Strand", "moderator", "Bergens Avis", "science editor") in people


def test_the_editors_under_an_about_the_issue_item_present_it() -> None:
    html = (
        "<html><head><title>Launch: Coastal Review 2026, no. 1</title></head><body><main>"
        "<h1>Launch: Coastal Review 2026, no. 1</h1><p>Thursday 12 March 2026, 17:00 - 19:00</p><h2>Programme</h2>"
        "<p><strong>17:15 About the issue</strong><br>Kari Moen, Professor of Geology, Department of Earth Science,"
        " Fjord University<br>Per Lund, Senior Researcher, Coastal Lab</p>"
        "</main></body></html>"
    )
    people = _people(_html_page(html))
    assert ("Kari Moen", "presenter", "Fjord University", "Professor of Geology, Department of Earth Science") in people
    assert ("Per Lund", "presenter", "Coastal Lab", "Senior Researcher") in people


def test_a_person_who_will_present_a_paper_or_its_results_is_a_presenter() -> None:
    # with her post in brackets after a lead-in, as the subject of an earlier clause ('…; she will
    # present'), and with her post before her name and her unit after it ('from X's … programme')
    text = (
        f"{_TEXT_HEAD}At this workshop, Dr. Lena Brandt (Senior Analyst, Fjord Institute) will present Working"
        " Paper No. 14, on ferry pricing.\n\n"
        "Dr. Olav Rask wrote Policy Brief 7 with Kim Dahl; he will present its main results on port fees.\n\n"
        "Research Fellow Sara Nyberg from FI's Coastal Economy programme will then present the institute's new"
        " survey of harbour towns.\n\n"
        "Professor Eva Holm will present her new book on lighthouses.\n"
    )
    roles = {(name, role) for name, role, *_ in _people(_text_page(text))}
    assert {("Lena Brandt", "presenter"), ("Olav Rask", "presenter"), ("Sara Nyberg", "presenter")} <= roles
    assert ("Eva Holm", "presenter") not in roles  # an author presenting her book talks about it
    assert not {("Lena Brandt", "speaker"), ("Kim Dahl", "presenter")} & roles
