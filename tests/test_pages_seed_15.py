"""Forms that hold-out set 84 (think-tank and research-centre pages of Tokyo, New Delhi, Dublin, Tel
Aviv, Rio de Janeiro, Nairobi, Tallinn and Beijing, most in the seed page's text rendering) showed
the ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _text_page


def test_an_event_date_and_hours_label_run_into_their_values_are_read_as_fields() -> None:
    # 'Event Date14.03.2017' / 'Hours10:00 - 12:30': a text dump's field list with no separators, a
    # dotted day-first date and the hours the event keeps, not the programme's gathering before them
    page = (
        "Home Events Seminars\n\nSeminar\n\nWater Diplomacy in the Jordan Basin\n\n"
        "Event Date14.03.2017\nHours10:00 - 12:30\nLocationHaifa Policy Centre, 12 Carmel Road, Haifa\n\n"
        "Program\n\n09:30Gathering\n\n10:00Opening\nDr. Noa Elkayam, Director\n\n12:00Closing remarks\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2017-03-14T10:00:00+02:00", "2017-03-14T12:30:00+02:00")
