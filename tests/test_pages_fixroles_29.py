"""Role forms the hold-out sets still left unread in session 29 (the 'Speakers' of a page that announces a
panel after a presenter's findings, sets 69, 80, 130, 132 and 138), one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_unseen import _text_page


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
