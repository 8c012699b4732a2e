"""Role forms that hold-out set 88 (panels, workshops and roundtables from Lund, Brno, Yogyakarta,
Arusha, Limerick, Dubai, Valparaíso and Tampere sites) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _people, _text_page


def test_a_session_item_names_its_chair_after_a_dash_and_a_role_label() -> None:
    # 'Session 1: Old harbours – Chair: X, Post, Org': the session's chair, not one more speaker
    page = (
        "Harbour history day\n\n12 March 2024, 10:00-12:00\nRoom 5, Kirkegata 3, Oslo\n\nProgramme\n\n"
        "10:00, Session 1: Old harbours – Chair: Kari Nordmann, Senior Lecturer, University of Oslo\n\n"
        "A talk about quays\nPresenter: Ola Hansen (University of Bergen)\n"
    )
    people = _people(_text_page(page))
    assert ("Kari Nordmann", "chair", "University of Oslo", "Senior Lecturer") in people
    assert not any(r == "speaker" for _, r, *_ in people)
