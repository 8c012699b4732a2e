"""Hold-out set 102 (roles): the general forms its pages showed, each on made-up text."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import bare_name
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_role_badge_under_a_cards_name_and_post_gives_that_card_its_role() -> None:
    # '<h3>Name</h3><p>Post, Org</p><span>Moderator</span>': the badge is the card's own, not a
    # heading over the next card's person
    card = "<li><div><h3>{name}</h3><p>{post}</p><span class='badge'>{role}</span></div></li>"
    html = (
        "<html><head><title>Rivers and Borders</title></head><body><main><h1>Rivers and Borders</h1>"
        "<p>Wednesday, 5 March 2025, 18:00–20:00</p><h2>Participants</h2><ul>"
        + card.format(name="Dr Lena Brandt", post="Researcher, Danube Policy Institute", role="Panellist")
        + card.format(name="Piotr Zawadzki", post="Editor, Baltic Weekly", role="Moderator")
        + "</ul></main></body></html>"
    )
    people = {(name, role) for name, role, _, _ in _people(_html_page(html))}
    assert {("Lena Brandt", "panelist"), ("Piotr Zawadzki", "moderator")} <= people


def test_a_polish_professors_rank_by_her_universitys_initials_is_no_part_of_her_name_or_post() -> None:
    assert bare_name("dr hab. Ewa Maj, prof. UAM")[1] == "Ewa Maj"
    html = (
        "<html><head><title>Cities after Coal</title></head><body><main><h1>Cities after Coal</h1>"
        "<p>Thursday, 6 March 2025, 17:00–19:00</p>"
        "<p>Moderator: dr hab. Ewa Maj, prof. UAM, Head of the Department of Urban Studies, Adam Mickiewicz"
        " University</p></main></body></html>"
    )
    [(name, role, org, post)] = _people(_html_page(html))
    assert (name, role, post) == ("Ewa Maj", "moderator", "Head of the Department of Urban Studies")


def _roles(text: str) -> set[tuple[str, str]]:
    return {(name, role) for name, role, _, _ in _people(_text_page(text))}


_HEAD = "Forum on Port Cities\n\nDate: Tuesday, 8 April 2025\nTime: 09:00 – 13:00\n\n"


def test_a_lead_in_ending_with_a_panel_of_journalists_heads_that_panels_members() -> None:
    text = (
        "Candidates' Forum 2025\n\nThursday, October 2, 2025, 7:00 PM – 8:30 PM\n\n"
        "Questioners\n\nThe candidates will answer questions from a panel of regional reporters:\n\n"
        "- Lucia Ferraz, political reporter, Harbor Gazette\n- Owen Blake, editor, Valley Radio\n"
    )
    assert {("Lucia Ferraz", "panelist"), ("Owen Blake", "panelist")} <= _roles(text)


def test_a_mistress_of_ceremonies_runs_the_programme_as_a_moderator() -> None:
    text = _HEAD + "Mistress of Ceremonies: Ms. Renée Pascal, Presenter, Coast FM\n"
    assert ("Renée Pascal", "moderator") in _roles(text)


def test_presidential_remarks_in_an_indian_programme_are_the_chairs() -> None:
    text = _HEAD + "Presidential Remarks: Prof. Arvind Kohli, Vice-Chancellor, Doaba University\n"
    assert ("Arvind Kohli", "chair") in _roles(text)


def test_reports_at_a_round_table_are_talks_whose_titles_come_first_in_guillemets() -> None:
    text = (
        _HEAD + "Reports at the round table:\n\n"
        "«Ports and pipelines» – Dr. Merve Aydin, senior researcher, Caspian Trade Institute;\n\n"
        "«Ferries across the sea» – Mr. Timur Saparov, head of division, Maritime Agency.\n"
    )
    assert {("Merve Aydin", "speaker"), ("Timur Saparov", "speaker")} <= _roles(text)


def test_an_opening_speech_a_welcoming_word_and_comments_on_the_reports_name_their_people() -> None:
    text = (
        _HEAD + "The opening speech will be made by Mr. Aziz Karimov, Director of the Caspian Trade Institute. "
        "A welcoming word will be delivered by Ms. Hanna Lind, Counsellor of the Embassy of Sweden in Baku. "
        "Comments on the reports will be made by Dr. Elif Demir, professor of the Ankara Maritime Academy.\n"
    )
    assert {
        ("Aziz Karimov", "introductory-remarks"),
        ("Hanna Lind", "introductory-remarks"),
        ("Elif Demir", "discussant"),
    } <= _roles(text)


def test_a_response_on_behalf_of_the_honourees_is_a_speech_and_the_honourees_listed_have_no_role() -> None:
    text = (
        "Community Service Awards 2024\n\nFriday, 6 December 2024\n7:00 p.m. – 9:00 p.m.\n\n"
        "ORDER OF CEREMONY\n\nWelcome – Dr. Ines Marcel, Director, Harbour Civic Trust\n"
        "Response on behalf of the Honourees – Mr. Paul Ambrose\nVote of Thanks – Ms. Clara Noel, Secretary\n\n"
        "HONOUREES\nMr. Paul Ambrose – Headmaster, Bayside Primary School\nMs. Lorna Celestin – Nurse, Bay Hospital\n"
    )
    people = _roles(text)
    assert ("Paul Ambrose", "speaker") in people
    assert all(name != "Lorna Celestin" for name, _ in people)


def test_a_session_row_set_out_in_columns_gives_its_chair_the_chair() -> None:
    text = (
        _HEAD + "Time\tSession\tResponsible person\n"
        "Session 2\tHarbour finance\tChair: Dr. Noor Hamid, Dean, Faculty of Commerce, Gulf University\n"
        "10:00 – 10:40\tPort fees and tariffs\tMs. Sara Lund, Economist, Port Authority\n"
    )
    people = _roles(text)
    assert ("Noor Hamid", "chair") in people
    assert ("Noor Hamid", "speaker") not in people


def test_talks_by_title_under_a_presentations_heading_are_its_presenters() -> None:
    text = (
        _HEAD + "Presentations:\n"
        '"Tolls and tides" – Dr. Rhea Costa, Senior Fellow, Harbour Institute\n'
        '"Dredging debts" – Mr. Ivo Marin, Analyst, Port Authority\n'
    )
    assert {("Rhea Costa", "presenter"), ("Ivo Marin", "presenter")} <= _roles(text)


def test_hold_out_set_102_meets_the_target_in_end_people_roles_and_reports() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-102" / "expected.yaml")
    # left: title 0.50 (kickers, a two-line heading and a type before a colon), start 0.88 (a news date over
    # a prose date), affiliations 0.77 and job titles 0.82 (a Senate committee's members and witnesses under
    # their organisation's line, 'Post of the Institute' on its own page), organizers 0.76, sponsors 0.77,
    # locality 0.50 and attendance 0.57: see docs/ingest.md, set 102
    others = ("title", "start", "affiliations", "job titles", "organizers", "sponsors", "locality", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.94


def test_a_committees_members_attending_its_hearing_are_its_panel_under_its_chair() -> None:
    text = (
        "Public hearing: Inquiry into river ports\n\nDate\nFriday, 3 March 2023\nTime\n9.00 am – 12.00 pm\n\n"
        "Committee members attending\nSenator Joan Whitlam (Chair)\nSenator Peter Crane (Deputy Chair)\n"
        "Senator Mia Roth\n\nProgram\n\n9.00 am   Opening statement by the Chair\n"
    )
    people = _roles(text)
    assert {("Joan Whitlam", "chair"), ("Peter Crane", "panelist")} <= people
