"""Forms of naming an event's hosts and sponsors that the hold-out sets showed the ingester missing
(session 26's sweep of the organizers and sponsors misses over every set), one test per form. Each
page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.names import organization_key
from kg.records import EventRecord
from tests.test_pages_unseen import _text_page


def _page(sentence: str) -> EventRecord:
    return _text_page(
        f"""\
Tidewater Ethics Rounds: Triage in Small Hospitals

Thursday, 12 March 2026, 12:00–13:00
Room 4B, Harbour General Hospital, Halifax

{sentence}

Dr. Mairead Lowry, Clinical Ethicist, will lead the discussion.
"""
    )


def _organizers(record: EventRecord) -> list[str]:
    return [organization_key(o.name) for o in record.organizers]  # as the benchmark compares them


def _sponsors(record: EventRecord) -> list[str]:
    return [organization_key(o.name) for o in record.sponsors]


def _keys(*names: str) -> list[str]:
    return [organization_key(n) for n in names]


def test_two_hosts_before_a_plural_verb_with_no_event_word() -> None:
    # 'X and the Y College present the March session of Z': the plural verb says who holds it, though
    # the sentence names the event by no word of the usual list ('session', 'rounds')
    record = _page(
        "The Nova Scotia Health Network and the Maritime College of Nursing present the March session"
        " of Tidewater Ethics Rounds."
    )
    assert _organizers(record) == _keys("Nova Scotia Health Network", "Maritime College of Nursing")


def test_a_partner_set_apart_with_its_office_in_a_country() -> None:
    # 'X, together with the Y Programme (YP) in Country, will hold': Y's office there is Y
    record = _page(
        "On 12 March 2026, the Halifax Institute for Health Law, together with the World Health"
        " Organization (WHO) in Canada, will hold a round of ethics consultations."
    )
    assert _organizers(record) == _keys("Halifax Institute for Health Law", "World Health Organization")


def test_a_partner_after_an_event_named_in_several_words() -> None:
    # 'X holds the third Annual Tidewater Ethics Rounds together with Y': the event's name runs five words
    record = _page(
        "The Halifax Institute for Health Law holds the third Annual Tidewater Ethics Rounds together with"
        " the Canadian Bioethics Society."
    )
    assert _organizers(record) == _keys("Halifax Institute for Health Law", "Canadian Bioethics Society")


def test_a_town_between_two_listed_sponsors() -> None:
    # 'supported by the X Embassy, Town, and the Y Trust': the town says where the embassy is
    record = _page("The rounds are supported by the Irish Embassy, Ottawa, and the Atlantic Medical Heritage Trust.")
    assert _sponsors(record) == _keys("Irish Embassy", "Atlantic Medical Heritage Trust")


def test_guests_who_will_be_present_hold_nothing() -> None:
    # 'Ms Y, Director General, Z Bureau (ZB), will be present as Special Guests': there, not holding it
    record = _page(
        "The Halifax Institute for Health Law is organising the rounds. Dr Ana Ruiz, Director, Nova Scotia"
        " Bureau of Statistics (NSBS) will be present as Special Guest."
    )
    assert _organizers(record) == _keys("Halifax Institute for Health Law")


def test_a_host_field_with_its_partner_in_another_language() -> None:
    # 'Veranstalter: X in Kooperation mit dem Y': the field's host, the partner no part of its name
    record = _text_page(
        """\
Gastvortrag

Grenzen der Pflege im ländlichen Raum

Donnerstag, 12. März 2026
18:00 bis 19:30 Uhr
Hörsaal 2, Universität Graz

Vortragende:
Prof. Dr. Mira Holzer, Universität Innsbruck

Veranstalter: Zentrum für Pflegeforschung in Kooperation mit dem Steirischen Gesundheitsfonds
"""
    )
    assert _organizers(record) == _keys("Zentrum für Pflegeforschung")


def test_a_bodys_own_event_in_the_possessive_with_no_event_word() -> None:
    # 'The X Institute's annual spring summit brings together …': the body whose event it is holds it
    record = _page(
        "The Atlantic Health Policy Institute's annual spring summit brings together clinicians, lawyers"
        " and patients from across the Maritimes."
    )
    assert _organizers(record) == _keys("Atlantic Health Policy Institute")


def test_a_second_host_whose_name_opens_with_the_subjects_it_lists() -> None:
    # 'X and the Archives, Records and Heritage Corporation invite you': the second name's commas are its own
    record = _page(
        "The Faculty of Nursing and the Archives, Records and Heritage Corporation invite you to the March"
        " session of Tidewater Ethics Rounds."
    )
    assert sorted(_organizers(record)) == sorted(
        _keys("Faculty of Nursing", "Archives, Records and Heritage Corporation")
    )


def test_a_governments_scheme_is_the_government_as_sponsor() -> None:
    # 'with the support of the X Government's Y Strategy': a strategy is no body; the government supports it
    record = _page(
        "The rounds are presented by the Halifax Institute for Health Law with the support of the Nova Scotia"
        " Government's Rural Care Strategy."
    )
    assert _sponsors(record) == _keys("Nova Scotia Government")
