"""Role and people forms the hold-out sets still left unread in session 29's second wave, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_unseen import _text_page


def _roles(record: EventRecord) -> dict[str, str]:
    return {p.person.name: p.role for p in record.participants}


def test_a_family_name_first_after_the_honorific() -> None:
    # 'Dr Tan Mei Hua tells the story …' then 'Dr Tan is …': the mention is the name written family name first
    text = (
        "Salt and Steam: The Harbour Ferries of Ipoh\n\n"
        "Saturday, 14 March 2026, 3:00 pm – 4:30 pm\n"
        "Venue: Heritage Hall, 12 Jalan Sultan, Ipoh\n\n"
        "Drawing on shipping registers, company files and interviews with the families of former crews,"
        " Dr Tan Mei Hua tells the story of the ferries.\n\n"
        "Dr Tan is Associate Professor, Faculty of Arts, Kinta University, where she teaches maritime history."
        " Her talk will be moderated by Mr Rajan Pillai, Vice-President of the Society.\n"
    )
    roles = _roles(_text_page(text))
    assert roles.get("Tan Mei Hua") == "speaker"
    assert "Dr Tan" not in roles
