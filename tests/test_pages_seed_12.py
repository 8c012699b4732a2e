"""Forms that hold-out set 69 (seed-rendering pages of the Lowy Institute, the East-West Center,
the Belfer Center, ISEAS, the Real Instituto Elcano, Clingendael, the Stimson Center and the Asan
Institute) showed the ingester missing, one test per form. Each page here is written for the form,
not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _people, _text_page


def test_a_heading_that_starts_like_a_role_label_over_the_date_is_the_title() -> None:
    # 'Presentation of X: "Y"' reads like a 'Presentation of the paper:' row, but no person
    # follows it: it stands over the event's date, where a page prints its heading
    page = (
        "Instituto Meridiano\nHome | Activities\n\n"
        'Presentation of Meridiano Study 3/2012: "Ports and Power in the Western Mediterranean"\n\n'
        "Date: 14/03/2012\nTime: 10:00 - 11:30 h\nVenue: Calle Mayor 10, Valencia\n\n"
        "Chair: Rosa Ibáñez Torres, Director, Instituto Meridiano\n"
    )
    record = _text_page(page)
    assert record.name == 'Presentation of Meridiano Study 3/2012: "Ports and Power in the Western Mediterranean"'
    assert ("Rosa Ibáñez Torres", "chair", "Instituto Meridiano", "Director") in _people(record)

