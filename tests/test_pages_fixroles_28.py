"""Role forms the hold-out sets still left unread in session 28 (a programme item's kind in a column before a
title in plain quotes, set 106; a work presented by its editors, set 60), one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.records import EventRecord
from tests.test_pages_unseen import _html_page, _text_page


def _roles(record: EventRecord) -> dict[str, str]:
    return {p.person.name: p.role for p in record.participants}


def _programme(*items: str) -> str:
    """A short text event page: heading, date, place, a welcome, then the programme `items`."""
    head = (
        "Rivers and Roads: A Regional Infrastructure Seminar\n\n"
        "Thursday, 12 March 2026, 2:00 p.m. – 5:00 p.m.\n"
        "Venue: Harbour Hall, 4 Quay Road, Wellington\n\n"
        "Programme\n"
        "14:00  Welcome – Dr. Maria Okafor, Director, Coastal Futures Institute\n"
    )
    return head + "\n".join(items) + "\n"


def test_an_item_kind_before_a_title_in_plain_quotes() -> None:
    # 'Presentation    "Its title"' over the presenter's line: the kind before the title's straight quote, as
    # before curly ones
    text = _programme(
        '14:10  Presentation       "Bridges after the Flood: Ten Years of Repairs"',
        "       Tomas Lindgren, Senior Fellow, Harbour Policy Centre",
    )
    roles = _roles(_text_page(text))
    assert roles["Tomas Lindgren"] == "presenter"
    assert roles["Maria Okafor"] == "introductory-remarks"


def test_a_work_presented_by_its_editors() -> None:
    # 'Presentation of the special issue by the guest editors, X and Y': the editors present it, as its authors do
    text = _programme(
        "14:10  Presentation of the special issue by the guest editors, Tomas Lindgren (Harbour Policy Centre)"
        " and Anika Rao (Lincoln University)",
        "15:00  Reception",
    )
    roles = _roles(_text_page(text))
    assert roles["Tomas Lindgren"] == "presenter"
    assert roles["Anika Rao"] == "presenter"


def test_a_luxembourgish_programme_s_hour_word_before_the_item() -> None:
    # '18.30 Auer – Begréissung' (set 122): 'Auer' is the clock's unit, as 'Uhr' is, and the item after it
    # gives the role
    text = (
        "Wunnen am Süden: En Owend mat Diskussioun\n\n"
        "Donneschdeg, 12. Mäerz 2026, 18.30 Auer\n"
        "Venue: Kulturhaus, 4 Rue de la Gare, Esch-sur-Alzette\n\n"
        "Programm\n"
        "18.30 Auer – Begréissung\n"
        "Anne Kremer, Direktesch vum Institut\n"
        "18.40 Auer – Presentatioun vun der Etüd\n"
        "Dr. Pit Hansen, Fuerscher um Institut\n"
        "20.00 Auer – Schlusswuert\n"
        "Anne Kremer\n"
    )
    roles = {(p.person.name, p.role) for p in _text_page(text).participants}
    assert ("Anne Kremer", "introductory-remarks") in roles
    assert ("Anne Kremer", "closing-remarks") in roles
    assert ("Pit Hansen", "presenter") in roles


def test_georgian_and_bengali_commenters_are_discussants() -> None:
    # Georgian 'კვლევას კომენტარს გაუკეთებენ:' (they will comment on the study) and Bengali 'আলোচক:' over
    # their lists (sets 126, 122)
    pages = (
        (
            ("15:00 – კვლევას კომენტარს გაუკეთებენ:",),
            ("• ნინო ბერიძე, თბილისის სახელმწიფო უნივერსიტეტის პროფესორი", "• გიორგი კაპანაძე, ასოციაციის თავმჯდომარე"),
            ("ნინო ბერიძე", "გიორგი კაპანაძე"),
        ),
        (
            ("15:00 Discussion", "আলোচক:"),
            (
                "ড. রফিকুল হাসান, অধ্যাপক, অর্থনীতি বিভাগ, রাজশাহী বিশ্ববিদ্যালয়",
                "জনাব কামরুল ইসলাম, উপপরিচালক, কৃষি সম্প্রসারণ অধিদপ্তর",
            ),
            ("রফিকুল হাসান", "কামরুল ইসলাম"),
        ),
    )
    for heading, lines, names in pages:
        roles = _roles(_text_page(_programme(*heading, *lines, "", "16:00 Reception")))
        assert [roles[name] for name in names] == ["discussant", "discussant"]


def test_a_slovak_closing_item_names_the_welcomer_again() -> None:
    # 'Záver: X' (Slovak; Czech 'Závěr') closes the programme: the welcomer named again gives the closing remarks
    text = _programme(
        "14:10  Prednáška: Tomas Lindgren, Senior Fellow, Harbour Policy Centre",
        "16:45  Záver: Maria Okafor",
    )
    roles = {(p.person.name, p.role) for p in _text_page(text).participants}
    assert ("Maria Okafor", "closing-remarks") in roles
    assert ("Maria Okafor", "introductory-remarks") in roles


def test_two_presenters_profiled_again_under_speakers() -> None:
    # the programme's two presenters listed again under 'Speakers' after it (set 104): their portraits, not a
    # talk of their own, so no speaker role beside their presenter's
    text = _programme(
        "14:10  Presentation of research findings",
        "Tomas Lindgren, Senior Fellow, Harbour Policy Centre",
        "Anika Rao, Research Fellow, Harbour Policy Centre",
        "",
        "15:00  Reception",
        "",
        "Speakers",
        "",
        "Tomas Lindgren",
        "Senior Fellow, Harbour Policy Centre",
        "",
        "Anika Rao",
        "Research Fellow, Harbour Policy Centre",
    )
    roles = {(p.person.name, p.role) for p in _text_page(text).participants}
    assert {role for name, role in roles if name in ("Tomas Lindgren", "Anika Rao")} == {"presenter"}


def test_a_programme_table_s_bold_column_headings_are_no_field() -> None:
    # '<td><b>Time</b></td><td><b>Item</b></td>' over the programme's rows (set 97): no 'Time: Item' field that
    # takes the first item's welcome for a talk
    html = (
        "<html><body><h1>Rivers and Roads: A Regional Infrastructure Seminar</h1>"
        "<p>Thursday, 12 March 2026, 10:00 a.m. – 1:00 p.m., Harbour Hall, 4 Quay Road, Wellington</p>"
        "<p>Programme</p><table><tr><td><b>Time</b></td><td><b>Item</b></td></tr>"
        "<tr><td>10:00</td><td>Welcome and introduction<br>Dr Maria Okafor, Chief Executive Officer, Coastal Futures"
        " Institute</td></tr>"
        "<tr><td>10:15</td><td><i>Rivers in perspective</i><br>Prof. Tomas Lindgren, Department of Geography,"
        " Harbour University</td></tr>"
        "<tr><td>12:15</td><td>Closing and vote of thanks<br>Mr Sipho Nkosi, Senior Research Specialist, Harbour"
        " Policy Centre</td></tr></table></body></html>"
    )
    roles = _roles(_html_page(html))
    assert roles == {
        "Maria Okafor": "introductory-remarks",
        "Tomas Lindgren": "speaker",
        "Sipho Nkosi": "closing-remarks",
    }


def test_a_closing_sentence_under_the_last_item_is_no_post() -> None:
    # '20:20 – Closing remarks' / 'X' / blank / 'Afterwards we invite you for a drink.' (set 122): the page's
    # sentence, not the post or body of the item's person
    text = _programme("16:45 – Closing remarks", "Maria Okafor", "", "Afterwards we invite you for a drink.")
    closing = [p for p in _text_page(text).participants if p.role == "closing-remarks"]
    assert [(p.person.name, p.affiliation.name if p.affiliation else None) for p in closing] == [
        ("Maria Okafor", "Coastal Futures Institute")
    ]
