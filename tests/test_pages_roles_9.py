"""Role forms that hold-out set 66 (Reykjavík, Antwerp, Windhoek, Karachi, Skopje, San José,
Trondheim and Bengaluru sites) showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import is_person_name, parse_entries
from kg.pages.sentences import cued_entries, summarised_roles
from tests.test_pages_unseen import _html_page, _people, _text_page

_HEAD = (
    "<html><head><title>Rivers and Borders</title></head><body><main><h1>Rivers and Borders</h1>"
    "<p>When: Tuesday 3 March 2026, 09:00 - 13:00</p><h2>Programme</h2>"
)


def _agenda(*items: tuple[str, str]) -> str:
    rows = "".join(
        f'<div class="item"><div class="time">{t}</div><div class="body">{body}</div></div>' for t, body in items
    )
    return f"{_HEAD}{rows}</main></body></html>"


def test_the_talks_under_a_session_chair_line_set_apart_by_a_blank_line_are_speakers() -> None:
    # a CMS agenda: the session's heading and its 'Chair:' line in one paragraph, its talks in a list
    # after it ('Dr X (Org) – talk'), which the rendering sets apart by a blank line
    html = _agenda(
        (
            "10:00",
            "<p><strong>Session 2: Water law</strong><br><em>Chair: Prof. Marta Lind, Delta University</em></p>"
            "<ul><li>Dr. Tomas Berg (Kiel School of Economics) &ndash; What the price cap did and did not do</li>"
            "<li>Rosa Almeida (Lloyd's River Intelligence) &ndash; Tracking the dams from space</li></ul>",
        ),
    )
    people = _people(_html_page(html))
    assert ("Marta Lind", "chair", "Delta University", None) in people
    assert ("Tomas Berg", "speaker", "Kiel School of Economics", None) in people
    assert ("Rosa Almeida", "speaker", "Lloyd's River Intelligence", None) in people


def test_the_people_a_moderator_leads_in_a_roundtable_item_are_panelists() -> None:
    # 'Moderator: X, post, Org' / 'With A, Prof. B, Capt. C (Org) and Dr. D': the roundtable's members
    html = _agenda(
        (
            "11:30",
            "<p><strong>Roundtable: Who owns the delta?</strong></p>"
            "<p>Moderator: Ines Duarte, science editor, Público</p>"
            "<p>With Karl Moen, Prof. Lea Sand, Capt. Ivo Rask (Danish Navy) and Dr. Nora Field</p>",
        ),
    )
    people = _people(_html_page(html))
    assert ("Ines Duarte", "moderator", "Público", "science editor") in people
    assert {(name, role) for name, role, *_ in people} >= {
        ("Karl Moen", "panelist"),
        ("Lea Sand", "panelist"),
        ("Ivo Rask", "panelist"),
        ("Nora Field", "panelist"),
    }
    assert ("Ivo Rask", "panelist", "Danish Navy", None) in people


def test_an_honorific_inside_a_list_of_names_opens_the_next_person() -> None:
    names = [e.name for e in parse_entries("Karl Moen, Prof. Lea Sand, Capt. Ivo Rask (Danish Navy)")]
    assert names == ["Karl Moen", "Lea Sand", "Ivo Rask"]


def test_summing_up_by_a_person_named_earlier_gives_the_closing_remarks() -> None:
    # 'Summing up – X' in a programme table, X named bare after the item because the page named her above
    rows = "".join(
        f"<tr><td>{t}</td><td>{item}</td></tr>"
        for t, item in [
            ("18:00", "Welcome by the section chair, Berit Holm (Nordkraft)"),
            ("18:10", "<em>Cables under the fjord</em><br>Jon Aas, senior engineer, Fjordnett"),
            ("19:00", "Summing up &ndash; Berit Holm"),
        ]
    )
    html = (
        "<html><head><title>Cables under the fjord</title></head><body><main><h1>Cables under the fjord</h1>"
        "<p>Wednesday 4 March 2026, 18:00–19:15</p><h2>Programme</h2>"
        f"<table><tbody>{rows}</tbody></table></main></body></html>"
    )
    roles = {(name, role) for name, role, *_ in _people(_html_page(html))}
    assert ("Berit Holm", "closing-remarks") in roles
    assert ("Berit Holm", "introductory-remarks") in roles


def test_a_programme_item_of_guests_in_conversation_with_a_host_gives_both_roles() -> None:
    page = (
        "Harbour Studies Centre\n\nThe Ice Road\n\nDate: Friday 6 March 2026\nTime: 12:00–13:00\n\n"
        "Programme\n\n12:00   Opening\n        Lise Dahl, Director, Harbour Studies Centre\n\n"
        "12:10   Piet Kruger and Mia Vos in conversation with Anne Berg, Arctic Correspondent, NRK\n\n"
    )
    people = _people(_text_page(page))
    assert ("Anne Berg", "moderator", "NRK", "Arctic Correspondent") in people
    assert {(name, role) for name, role, *_ in people} >= {("Piet Kruger", "speaker"), ("Mia Vos", "speaker")}
    assert not any(name == "Anne Berg" and role == "speaker" for name, role, *_ in people)


def test_a_summary_in_the_past_tense_gives_keynote_presenter_and_respondent() -> None:
    text = (
        "Tomas Varga, Deputy Minister of Finance, gave the keynote, setting out the budget plan. "
        "Lena Horak, economist at the Danube Policy Centre, then presented the findings of the new survey. "
        "Milan Ruzic, a Member of Parliament, responded on behalf of the budget committee."
    )
    found = {(e.name, e.role, e.job_title, e.affiliation) for e in summarised_roles(text)}
    assert ("Tomas Varga", "keynote", "Deputy Minister of Finance", None) in found
    assert ("Lena Horak", "presenter", "economist", "Danube Policy Centre") in found
    assert ("Milan Ruzic", "respondent", "Member of Parliament", None) in found


def test_in_closing_remarks_and_among_the_speakers_were_give_their_roles() -> None:
    text = "In closing remarks, Dr. Ruth Keller, Head of Office at the Alpine Foundation, thanked the guests."
    assert [(e.name, e.role) for e in summarised_roles(text)] == [("Ruth Keller", "closing-remarks")]
    listed = cued_entries("Among the speakers were Ivo Petrov of the Sofia Court and Dana Mihai of the Bar Council.")
    assert {(e.name, e.role) for e in listed} == {("Ivo Petrov", "speaker"), ("Dana Mihai", "speaker")}


def test_further_information_and_for_media_inquiries_lines_name_contacts() -> None:
    for lead in ("Further information", "For media inquiries"):
        page = (
            "Lakeside Institute\n\nSoil and Salt\n\nDate: Monday 9 March 2026\nTime: 10:00–11:00\n\n"
            "Speaker: Dr. Oona Rask, Senior Fellow, Lakeside Institute\n\n"
            f"{lead}: Pia Lund, Events Officer, pia@lakeside.example\n"
        )
        assert ("Pia Lund", "contact", None, "Events Officer") in _people(_text_page(page)), lead


def test_an_rsvp_to_a_person_and_an_office_with_its_officer_in_brackets_name_contacts() -> None:
    page = (
        "Lakeside Institute\n\nSoil and Salt\n\nDate: Monday 9 March 2026\nTime: 10:00–11:00\n\n"
        "Speaker: Dr. Oona Rask, Senior Fellow, Lakeside Institute\n\n"
        "RSVP by 2 March 2026 to Ms Pia Lund, Office Manager, pia@lakeside.example or +46 8 555 0101.\n\n"
    )
    assert ("Pia Lund", "contact", None, "Office Manager") in _people(_text_page(page))
    office = page.replace(
        "RSVP by 2 March 2026 to Ms Pia Lund, Office Manager, pia@lakeside.example or +46 8 555 0101.",
        "For seats please contact the Institute office (Mr. Hugo Sand, Office Manager) at office@lakeside.example.",
    )
    assert ("Hugo Sand", "contact", None, "Office Manager") in _people(_text_page(office))


def test_a_family_name_with_a_click_letter_is_a_name() -> None:
    # Khoekhoe family names open with a click letter ('!', '//', '#'): 'Dr Anna !Naruseb, post, Org'
    entries = parse_entries("Dr Anna !Naruseb, Senior Researcher, Kalahari Land Trust")
    assert [(e.name, e.job_title, e.affiliation) for e in entries] == [
        ("Anna !Naruseb", "Senior Researcher", "Kalahari Land Trust")
    ]
    assert is_person_name("Petrus //Hoebeb")
    assert not is_person_name("Tickets !Now")


def test_hold_out_set_66_meets_the_target_in_every_field_but_organizers_sponsors_and_locality() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-66" / "expected.yaml")
    # organizers ("The Karnataka State Chapter of SUMP is organising", "X held a roundtable"), sponsors
    # ("Research Foundation – Flanders (FWO)") and locality (Windhoek read as Namibia, Trondheim as the
    # society's Oslo address) are the other ingest work's fields: see docs/ingest.md
    fields = [name for name in scores if name not in ("organizers", "sponsors", "locality")]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
