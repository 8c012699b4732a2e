"""People, role, affiliation and job-title forms that hold-out set 45 (Sri Lankan, Kazakh, Ugandan,
Brazilian, Lebanese, Fijian, Latvian and Mongolian sites) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page, _people, _text_page


def test_bulleted_speakers_under_a_sessions_one_chair_are_not_chairs() -> None:
    page = (
        "Andean Policy Forum\n\nLithium and the Salt Flats: Who Benefits?\n\n"
        "Tuesday, 4 March 2025, 10:00-12:30, La Paz\n\nPROGRAMME\n\n"
        "10:00-11:00  PANEL ONE. EXTRACTION AND WATER\n"
        "             Chair: Dr. Rosa Mamani, Universidad Mayor de San Andrés\n"
        "             - Prof. Jorge Quispe, Professor of Geology, Universidad de Chile\n"
        "             - Ms. HUANCA Lidia, Director, Red Agua Andina\n\n"
        "11:00-12:30  ROUNDTABLE\n"
        "             Moderator: Dr. Rosa Mamani\n"
        "             All panel speakers\n"
    )
    people = _people(_text_page(page))
    assert ("Jorge Quispe", "panelist", "Universidad de Chile", "Professor of Geology") in people
    assert ("Huanca Lidia", "panelist", "Red Agua Andina", "Director") in people
    assert ("Rosa Mamani", "chair", "Universidad Mayor de San Andrés", None) in people
    assert ("Rosa Mamani", "moderator", "Universidad Mayor de San Andrés", None) in people
    assert not any(role == "chair" for name, role, *_ in people if name != "Rosa Mamani")


def test_a_bio_below_the_programme_gives_the_post_the_programme_left_out() -> None:
    page = (
        "Lakeside Economic Forum\n\nPensions and the Informal Economy\n\n"
        "Date: Wednesday, 9 April 2025\nTime: 10:00am - 12:00pm EAT\nVenue: Kigali Convention Centre, Kigali\n\n"
        "Discussants:\n"
        "Mr. Eric Habimana (National Bank of Rwanda)\n"
        "Ms. Alice Uwase (Rwanda Social Security Board)\n"
        "11:45 - 12:00  Closing remarks - Dr. Jean Mugabo, Executive Director, Lakeside Economic Forum\n\n"
        "About the discussants\n\n"
        "Mr. Eric Habimana is Director, Pension Supervision, at the National Bank of Rwanda.\n"
        "Ms. Alice Uwase is Head of Research and Director of Planning at Rwanda Social Security Board.\n"
    )
    people = _people(_text_page(page))
    assert ("Eric Habimana", "discussant", "National Bank of Rwanda", "Director, Pension Supervision") in people
    assert (
        "Alice Uwase",
        "discussant",
        "Rwanda Social Security Board",
        "Head of Research and Director of Planning",
    ) in people


def test_a_role_badge_with_the_way_a_speaker_takes_part_is_still_her_role() -> None:
    cards = "".join(
        f'<article class="speaker-card"><span class="speaker-card__role">{badge}</span>'
        f'<h3 class="speaker-card__name">{name}</h3><p class="speaker-card__position">{post}</p></article>'
        for badge, name, post in [
            ("Speaker", "Hana Suleiman", "Professor of Public Health, Levant Medical School"),
            ("Speaker (online)", "Tomas Berg", "Senior Adviser, Nordic Health Fund"),
            ("Moderator (in person)", "Rami Aziz", "Director, Centre for Health Policy"),
        ]
    )
    page = (
        "<html><head><title>Hospitals under Sanctions</title></head><body><main>"
        "<h1>Hospitals under Sanctions</h1><p>Tuesday, March 4, 2025, 5:00 PM - 6:30 PM (Beirut)</p>"
        f"<section><h2>Speakers</h2>{cards}</section></main></body></html>"
    )
    people = _people(_html_page(page))
    assert ("Tomas Berg", "speaker", "Nordic Health Fund", "Senior Adviser") in people
    assert ("Rami Aziz", "moderator", "Centre for Health Policy", "Director") in people
