"""Role and people forms that earlier hold-out sets left unread (contact lines of sets 46, 50, 51, 71, 81, 97,
107, 112 and 115; an assembly member's title, set 107; a guest's remarks, sets 100, 110, 111, 115 and 120), one
test per form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_unseen import _html_page, _text_page


def _people(record: EventRecord) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        p.person.name: (p.role, p.affiliation.name if p.affiliation else None, p.job_title) for p in record.participants
    }


def _page(*closing: str) -> str:
    """A short text event page: heading, date, place, two speakers, then the `closing` lines."""
    head = (
        "Tides and Towns: A Coastal Planning Forum\n\n"
        "Thursday, 12 March 2026, 9:00 a.m. – 12:00 p.m.\n"
        "Venue: Harbour Hall, 4 Quay Road, Wellington\n\n"
        "The forum brings planners and researchers together to compare how coastal towns prepare for higher seas.\n\n"
        "Speakers\n"
        "Maria Okafor, Director, Coastal Futures Institute\n"
        "Tomas Lindgren, Senior Fellow, Harbour Policy Centre\n\n"
    )
    return head + "\n".join(closing) + "\n"


def _only_contact(people: dict[str, tuple[str, str | None, str | None]], name: str, post: str) -> None:
    assert people[name] == ("contact", None, post)
    assert {people["Maria Okafor"][0], people["Tomas Lindgren"][0]} == {"speaker"}
    assert len(people) == 3


def test_a_heading_for_details_then_contact_heads_the_contact() -> None:
    # 'For further details contact:' over the coordinator's lines (set 115): the contact, not an organiser
    text = _page("For further details contact:", "Dr. Anika Rao, Forum Coordinator", "Phone: 04 472 1190")
    _only_contact(_people(_text_page(text)), "Anika Rao", "Forum Coordinator")


def test_a_media_box_heads_its_contact() -> None:
    # a contact box headed 'Media' (set 115): its person is the contact, not a speaker
    html = (
        "<html><body><h1>Tides and Towns: A Coastal Planning Forum</h1>"
        "<p>Thursday, 12 March 2026, 9:00 a.m. – 12:00 p.m., Harbour Hall, 4 Quay Road, Wellington</p>"
        "<h2>Speakers</h2><p>Maria Okafor, Director, Coastal Futures Institute</p>"
        "<p>Tomas Lindgren, Senior Fellow, Harbour Policy Centre</p>"
        "<section><h3>Media</h3><p>Ruth Campbell, Communications Lead<br>media@coastal.example.org · 04 472 1190"
        "</p></section></body></html>"
    )
    _only_contact(_people(_html_page(html)), "Ruth Campbell", "Communications Lead")


def test_an_office_before_its_officer_under_contacts() -> None:
    # 'Contacts' / 'Forum secretariat: X, Post' / telephone / e-mail (set 107), and a card's 'Name: X' field
    # (set 46): the officer is the contact
    text = _page("Contacts", "Forum secretariat: Ruth Campbell, Events Manager", "+64 4 472 1190", "forum@example.org")
    _only_contact(_people(_text_page(text)), "Ruth Campbell", "Events Manager")
    text = _page("Contact", "Name: Ruth Campbell", "Email: forum@example.org", "Telephone: +64 4 472 1190")
    assert _people(_text_page(text))["Ruth Campbell"] == ("contact", None, None)


def test_questions_then_email_a_person_names_the_contact() -> None:
    # 'Questions? Email X, Post, at x@… or call …' closing the partners' paragraph (set 112): the contact, and
    # her post without the words that lead to her address and number
    text = _page(
        "Partners",
        "Presented by the Coastal Futures Institute with support from the Harbour Trust.",
        "Questions? Email Ruth Campbell, Program Coordinator, at forum@example.org or call (671) 735-2685.",
    )
    _only_contact(_people(_text_page(text)), "Ruth Campbell", "Program Coordinator")


def test_a_contact_sentence_under_the_programmes_last_item() -> None:
    # '12:30 Lunch and departure' / a closing paragraph wrapped by a text dump, 'please contact Ms. X, Post' /
    # 'Officer, on +64 …' (set 51): the contact, though the last item's block holds the paragraph
    text = (
        "Tides and Towns: A Coastal Planning Forum\n\n"
        "Thursday, 12 March 2026, 9:00 a.m. – 12:30 p.m.\n"
        "Venue: Harbour Hall, 4 Quay Road, Wellington\n\n"
        "Programme\n\n"
        "09:00 Welcome\n"
        "Maria Okafor, Director, Coastal Futures Institute\n"
        "09:20 Keynote address\n"
        "Tomas Lindgren, Senior Fellow, Harbour Policy Centre\n"
        "12:30 Lunch and departure\n\n"
        "The forum series is produced with financial support\n"
        "from the Harbour Trust and the Coastal Councils' Network.\n\n"
        "To confirm attendance, please contact Ms. Ruth Campbell, Communications\n"
        "Officer, on +64 4 472 1190 or forum@example.org by 5 March 2026.\n"
    )
    people = _people(_text_page(text))
    assert people["Ruth Campbell"] == ("contact", None, "Communications Officer")
    assert people["Maria Okafor"][0] == "introductory-remarks"
    assert people["Tomas Lindgren"][0] == "keynote"


def test_a_labelled_contact_inside_a_paragraph() -> None:
    # '… before 20 April. Press contact: Mme X, Post.' (set 50) and '… by 12 May. Questions: X, Post, x@…'
    # (set 71): a field's label for her in a later sentence, her post after her name
    closing = "Attendance is free but registration is required before 20 April. Press contact: Mme Ruth Campbell,"
    text = _page(f"{closing} Communication Officer.")
    _only_contact(_people(_text_page(text)), "Ruth Campbell", "Communication Officer")
    text = _page("Registration: online form by 12 May. Questions: Ruth Campbell, Events Specialist, rc@example.org")
    _only_contact(_people(_text_page(text)), "Ruth Campbell", "Events Specialist")
    # (her number's full stop ends her sentence: the page's next words are no part of her post)
    closing = "Copies of the report will be on sale at the venue for the price of NZ$25. Enquiries: Ruth Campbell,"
    text = _page(f"{closing} Events Specialist, 04 472 1190. Share this: Facebook Twitter WhatsApp Email")
    _only_contact(_people(_text_page(text)), "Ruth Campbell", "Events Specialist")


def test_a_contact_field_without_a_post_or_number_names_no_contact() -> None:
    # the label alone is not enough: 'Registration: John Smith Hall' names no one to ask
    text = _page("Attendance is free. Registration: Harbour Hall Foyer from 8.30 a.m.")
    people = _people(_text_page(text))
    assert set(people) == {"Maria Okafor", "Tomas Lindgren"}


def test_questions_to_a_post_then_a_name() -> None:
    # 'Questions to the conference convenor, Dr X, at x@…' (set 81): the contact with the post the page gives
    text = _page(
        "The full programme will be posted in May. Questions to the forum convenor, Dr Ruth Campbell, at"
        " forum@example.org."
    )
    _only_contact(_people(_text_page(text)), "Ruth Campbell", "forum convenor")


def test_a_state_assembly_members_title_is_no_part_of_her_name() -> None:
    # 'Assemblymember X' (set 107), as 'Councilmember X' and 'Senator X'
    text = _page().replace(
        "Tomas Lindgren, Senior Fellow",
        "Assemblywoman Grace Ito, Chair, Housing Committee, and\nTomas Lindgren, Senior Fellow",
    )
    people = _people(_text_page(text))
    assert "Grace Ito" in people
    assert not any(name.startswith("Assembly") for name in people)


def _opening(item: str, person: str) -> dict[str, tuple[str, str | None, str | None]]:
    """The people of a programme whose second item, after the welcome, is `item` by `person`."""
    text = (
        "Tides and Towns: A Coastal Planning Forum\n\n"
        "Thursday, 12 March 2026, 9:00 a.m. – 12:30 p.m.\n"
        "Venue: Harbour Hall, 4 Quay Road, Wellington\n\n"
        "Programme\n\n"
        "09:00 Welcome remarks\n"
        "Dr. Maria Okafor, Director, Coastal Futures Institute\n"
        f"09:10 {item}\n"
        f"{person}\n"
        "09:25 Keynote address\n"
        "Tomas Lindgren, Senior Fellow, Harbour Policy Centre\n"
        "12:30 Lunch\n"
    )
    return _people(_text_page(text))


def test_an_envoys_remarks_after_the_welcome_are_featured() -> None:
    # 'Remarks' by 'H.E. Amb. X, Ambassador of Y' (sets 110, 115), in two languages ('Toespraak / Remarks', set 120)
    for item in ("Remarks", "Toespraak / Remarks"):
        people = _opening(item, "H.E. Amb. Ruth Campbell, Ambassador of Norway to New Zealand")
        assert people["Ruth Campbell"][0] == "featured-remarks", item
        assert people["Maria Okafor"][0] == "introductory-remarks"
        assert people["Tomas Lindgren"][0] == "keynote"


def test_the_hosts_own_remarks_stay_as_they_were() -> None:
    # a 'Remarks' item by a host's officer (sets 36, 84) is not a guest's: not featured remarks
    people = _opening("Remarks", "Ms. Ruth Campbell, Chief Executive Officer, Council of Harbour Towns")
    assert people["Ruth Campbell"][0] != "featured-remarks"


def test_a_message_item_is_a_guests_featured_remarks() -> None:
    # a Philippine programme's 'Message' and 'Inspirational Message' by a guest official (sets 100, 111)
    for item in ("Message", "Inspirational Message"):
        people = _opening(item, "Atty. Ruth Campbell, Regional Director, Department of the Interior")
        assert people["Ruth Campbell"][0] == "featured-remarks", item
