"""Forms that hold-out set 84 (think-tank and research-centre pages of Tokyo, New Delhi, Dublin, Tel
Aviv, Rio de Janeiro, Nairobi, Tallinn and Beijing, most in the seed page's text rendering) showed
the ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import match_label
from kg.pages.offices import foundation_of_office
from kg.pages.place import read_place
from kg.pages.when import place_zone
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


def test_a_24_hour_clock_written_without_its_colon_before_hrs_is_a_time() -> None:
    # '0930 hrs - 1130 hrs', and a programme's '0930 - 0945 hrsOpening Remarks' run into its item by
    # a text dump: the hours, and the people under each item with its role
    page = (
        "Events\n\nRoundtable\n\nMonsoon Forecasting and Farm Credit\n\n"
        "Date: 4 February 2019 | Time: 0930 hrs - 1130 hrs\nVenue: Lotus Hall, 7 Mall Road, Lucknow\n\n"
        "Programme\n\n0930 - 0945 hrsOpening Remarks\nDr. Kiran Bedekar, President, Gangetic Policy Institute\n\n"
        "0945 - 1015 hrsPresentation of the Paper\nMs. Ritu Saxena, Fellow, Gangetic Policy Institute\n\n"
        "Tea will be served at 0915 hrs.\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2019-02-04T09:30:00+05:30", "2019-02-04T11:30:00+05:30")
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Kiran Bedekar", "introductory-remarks"),
        ("Ritu Saxena", "presenter"),
    }


def test_a_city_s_local_name_ending_a_street_its_street_word_opens_gives_no_clock() -> None:
    # 'Rua Conde de São Vicente' is a street in Brazil, not Kingstown's clock (CLDR's Portuguese
    # name for America/St_Vincent); the town after it gives the zone
    assert place_zone("Instituto Atlântico, Rua Conde de São Vicente, 120, Botafogo, Rio de Janeiro") == (
        "America/Sao_Paulo"
    )
    assert place_zone("Østerbrogade 12, 2100 København Ø") == "Europe/Copenhagen"


def test_a_town_after_a_spaced_dash_ending_an_address_is_its_locality() -> None:
    # 'Centro – Curitiba, PR': a district, a dash, then the town and its state, as Brazilian
    # addresses write them; a dash before words that name no town stays in the venue's name
    place, _ = read_place(["Sala Azul, Rua XV de Novembro, 700, Batel – Curitiba, PR"])
    assert place is not None and (place.locality, place.region) == ("Curitiba", "PR")
    place, _ = read_place(["Main Hall – East Wing, Bergen"])
    assert place is not None and (place.name, place.locality) == ("Main Hall – East Wing", "Bergen")
    page = (
        "Events\n\nDebate\n\nPorts and Rails in the South\n\nMarch 14, 2018\n5:00 p.m. to 7:00 p.m.\n"
        "Instituto Sul, Rua XV de Novembro, 700, Batel – Curitiba, PR\n\nThe Institute invites you to a debate.\n"
    )
    record = _text_page(page)
    assert record.location is not None and record.location.locality == "Curitiba"
    assert record.start == "2018-03-14T17:00:00-03:00"


def test_how_a_list_is_ordered_in_brackets_after_its_heading_is_no_part_of_the_role() -> None:
    label = match_label("Panelists (in alphabetical order of surnames):")
    assert label is not None and label[0].role == "panelist"
    label = match_label("Commentators (listed alphabetically)")
    assert label is not None and label[0].role == "discussant"


def test_greetings_debaters_and_a_report_release_are_programme_roles() -> None:
    # 'Greetings' opens a programme as a welcome does; 'Debaters' is the English of a Brazilian
    # page's 'Debatedores' (discussants); 'Study Release: Its Title' in a programme is presented by its author
    roles = {
        line: (label[0].role if (label := match_label(line)) else None)
        for line in ("Greetings", "Debaters", "Study Release: Harbours of the South Atlantic")
    }
    assert roles == {
        "Greetings": "introductory-remarks",
        "Debaters": "discussant",
        "Study Release: Harbours of the South Atlantic": "presenter",
    }


def test_a_support_heading_over_names_lists_the_sponsors() -> None:
    # 'Support' / 'Supporters' over the names, as 'Apoio' is in Portuguese
    page = (
        "Events\n\nDebate\n\nPorts and Rails in the South\n\nMarch 14, 2018\n5:00 p.m. to 7:00 p.m.\n"
        "Instituto Sul, Rua XV de Novembro, 700, Batel – Curitiba, PR\n\nThe Institute invites you to a debate.\n\n"
        "Opening\nAna Lima, Director, Instituto Sul\n\nSupport\nBanco Atlântico\nFundação Mar Azul\n\n"
        "About the event\n\nThe debate was held in Curitiba.\n"
    )
    record = _text_page(page)
    assert [s.name for s in record.sponsors] == ["Banco Atlântico", "Fundação Mar Azul"]
    assert {p.person.name for p in record.participants} == {"Ana Lima"}


def test_a_foundation_in_a_country_is_the_foundation() -> None:
    # a foundation named after a person has offices abroad, as 'X Foundation Brazil' is one; a name
    # whose own words end before 'in' stays
    assert foundation_of_office("Hanns Seidel Foundation in Indonesia") == "Hanns Seidel Foundation"
    assert foundation_of_office("Friedrich-Naumann-Stiftung in the Philippines") == "Friedrich-Naumann-Stiftung"
    assert foundation_of_office("Foundation for Press Freedom in Africa") == "Foundation for Press Freedom in Africa"
    # a foundation of its own, named for whom it serves, not after a person
    assert foundation_of_office("Danish Cultural Foundation in Norway") == "Danish Cultural Foundation in Norway"


def test_hold_out_set_84_meets_the_target_in_start_end_people_locality_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-84" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 84): title (a navigation line run together taken for the
    # heading), roles (a session's people under its moderator read as speakers, a head of state's
    # 'Address'), affiliations and job titles ('Faculty Fellow, RIETI / Professor, …' read at the
    # second post), reports (a related report and a title run into 'by Colonel'), organizers and
    # sponsors (JSON-LD's 'IIEA' unmatched to the name, 'X (CCG) and the Y' split at the name's 'and')
    fields = ("start", "end", "people", "locality", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.8
