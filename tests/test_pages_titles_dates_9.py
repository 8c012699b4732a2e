"""Titles, start/end instants, organizers and sponsors in forms hold-out set 68 showed: a month
abbreviated in lower case between a day and a year ('21 may 2026', as Wix writes Spanish dates), a
'You are here: Front page / …' breadcrumb, a listing's 'CALENDAR OF EVENTS' heading, a Nordic
'kl. 19.30' time, a series' edition ('Ramadan Talks 2026 #3') over the date line and the title, and
a newsletter issue's heading over the event it announces."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates
from kg.pages import parse_page
from kg.pages.agreement import is_series
from kg.pages.lines import is_chrome, is_when_line
from kg.pages.title import is_candidate
from kg.records import EventRecord


def _record(text: str, name: str = "page.txt") -> EventRecord:
    return parse_page(text.encode(), name).record


def test_a_month_abbreviated_in_lower_case_is_read_between_a_day_and_a_year() -> None:
    found = find_dates("3 abr 2027, 18:00 – 4 abr 2027, 12:30")
    assert [d.start.isoformat() for d in found] == ["2027-04-03", "2027-04-04"]
    assert [d.start.isoformat() for d in find_dates("le 9 févr. 2027")] == ["2027-02-09"]
    assert find_dates("we may 2027") == [] and find_dates("14 may be late") == []


def test_a_wix_date_with_lower_case_months_gives_the_start_and_end() -> None:
    page = (
        "Eventos\n\nForo de Vivienda Popular 2027\n\nFecha y hora\n"
        "3 abr 2027, 18:00 – 4 abr 2027, 12:30\nUbicación\n"
        "Centro Cultural del Lago, Av. España 1020, Asunción, Paraguay\n\n"
        "Dos jornadas de debate sobre la vivienda social en el área metropolitana de Asunción.\n"
    )
    record = _record(page)
    assert record.start == "2027-04-03T18:00:00-03:00"
    assert record.end == "2027-04-04T12:30:00-03:00"


def test_a_you_are_here_breadcrumb_and_a_nordic_kl_time_line() -> None:
    assert is_chrome("You are here: Front page / Research / Seminars")
    assert is_when_line("Time: Tuesday 8 September 2026, kl. 14.15–16.00 (local time)")
    page = (
        "Fjord College\nMenu\n\nYou are here: Front page / Research / Seminars\n\nSeminar\n02.09.2026\n\n"
        "Series of the Department of Fisheries\n\nSalmon Farms and Coastal Communities: Who Decides?\n\n"
        "Time: Tuesday 8 September 2026, kl. 14.15–16.00 (local time)\nPlace: Room 2, Fjord College, "
        "Sjøgata 12, Tromsø\n\nThe department invites you to a seminar on licensing and local consent.\n"
    )
    assert _record(page).name == "Salmon Farms and Coastal Communities: Who Decides?"


def test_a_listings_heading_over_the_event_is_no_title() -> None:
    assert not is_candidate("CALENDAR OF EVENTS") and not is_candidate("Events calendar")
    page = (
        "Northern University\nHome › Faculty › Calendar of events › Workshop\n\nCALENDAR OF EVENTS\n\n"
        "14.10.2026\nWorkshop\n\nRivers as Borders: Water Law on the Eastern Frontier\n\n"
        "Date: 14.10.2026\nVenue: Room 12, ul. Grodzka 52, Kraków\n\n"
        "The Department of Law invites you to a workshop on shared rivers and the law of borders.\n"
    )
    assert _record(page).name == "Rivers as Borders: Water Law on the Eastern Frontier"


def test_a_series_edition_over_the_date_line_is_not_the_title_under_it() -> None:
    assert is_series("Winter Talks 2027 #2") and is_series("Harbour Dialogues No. 7")
    page = (
        "Skip Main Navigation\nLog In\nSign Up\n\nWinter Talks 2027 #2\nThursday, February 11\n\n"
        "Who Pays for the Port: Cities, Shipping and the Cost of Dredging\n\n"
        "An evening debate on the money behind deeper harbours.\n\nBy Harbour Policy Forum\n\n"
        "Date and time\nThursday, February 11 · 7 - 9pm GMT\n\nLocation\nDock Hall, 12 Quay Street, Cork\n\n"
        "About this event\nOur second talk of 2027 asks who should pay to dredge Cork harbour.\n"
    )
    assert _record(page).name == "Who Pays for the Port: Cities, Shipping and the Cost of Dredging"


def test_a_newsletter_issue_heading_is_not_the_title_of_the_event_it_announces() -> None:
    assert not is_candidate("Newsletter no. 12 – March 2027") and not is_candidate("ABC Bulletin #4")
    assert is_candidate("The Newsletter Problem: Local News after 2020")
    page = (
        "<html><head><title>Newsletter no. 12 – March 2027</title></head><body><table><tr><td>"
        "<h1>Newsletter no. 12 – March 2027</h1><p>Dear members,</p>"
        "<h3>SPRING SEMINAR</h3><h2>Salt Roads: Trade and Towns of the Carpathians, 1500–1800</h2>"
        "<p><strong>Saturday, 17 April 2027, 10:00–16:00 · Aula Magna, Str. Universității 7, Iași</strong></p>"
        "<p>The seminar is organised by the Society for Carpathian History.</p>"
        "<h3>OTHER NEWS</h3><h2>New Members</h2><p>We welcome six new members.</p>"
        "</td></tr></table></body></html>"
    )
    record = _record(page, "newsletter.html")
    assert record.name == "Salt Roads: Trade and Towns of the Carpathians, 1500–1800"


def _names(orgs: tuple) -> list[str]:
    return [org.name for org in orgs]


def test_a_unit_at_its_institution_together_with_a_co_organiser_and_a_municipality_as_sponsor() -> None:
    page = (
        "Fjord College\n\nWhales and Wind Farms: Sharing the Sea\n\nThursday 4 March 2027, 18:00–19:30\n"
        "Place: Aula, Fjord College, Sjøgata 12, Tromsø\n\n"
        "The lecture is organised by the Centre for Coastal Ecology at Fjord College together with the Polar "
        "Marine Institute, and with the support of the Barents Science Fund and Tromsø Municipality.\n"
    )
    record = _record(page)
    assert _names(record.organizers) == ["Centre for Coastal Ecology", "Polar Marine Institute"]
    assert _names(record.sponsors) == ["Barents Science Fund", "Tromsø Municipality"]


def test_a_foundations_office_written_in_its_own_language_is_the_foundation() -> None:
    page = (
        "Foro de Empleo Joven 2027\n\n8 jun 2027, 09:00 – 12:00\nHotel Carrasco, Rambla 1020, Montevideo, Uruguay\n\n"
        "Organiza: Centro de Estudios Laborales del Sur\n"
        "Con el apoyo de: Fundación Friedrich Ebert, oficina Uruguay\n"
    )
    assert _names(_record(page).sponsors) == ["Fundación Friedrich Ebert"]


def test_a_meetup_page_its_hosts_its_sponsors_and_a_programme_opening_with_doors() -> None:
    page = (
        "<html><head><title>Maps for Cyclists, Tue, Mar 9, 2027, 6:00 PM | Meetup</title>"
        '<meta property="og:site_name" content="Meetup"></head><body><main>'
        "<div><time>Tuesday, March 9, 2027</time><h1>Maps for Cyclists: Open Data on Riga's Streets</h1>"
        "<div><div>Hosted By</div><div><span>Līga B.</span> and <span>Jānis Ō.</span></div></div></div>"
        "<div id='event-details'><h2>Details</h2><p>Two talks on open street data for cyclists.</p>"
        "<p><strong>Schedule</strong><br>17:30 doors open, tea<br>18:00 talks<br>19:30 we close</p></div>"
        "<div><time>Tuesday, March 9, 2027<br>6:00 PM to 7:30 PM EET</time>"
        "<div>Riga Tech Hub</div><div>Brīvības iela 12 · Riga</div></div>"
        "<section><h2>Sponsors</h2><a><img alt='Riga Bike Club'><div><div>Riga Bike Club</div>"
        "<div>Snacks for every meetup</div></div></a></section>"
        "<div><time>TUE, MAR 9 · 6:00 PM EET</time><p>Maps for Cyclists: Open Data on Riga's Streets</p>"
        "<div><span>FREE</span><button>Attend</button></div></div></main></body></html>"
    )
    record = _record(page, "meetup.html")
    assert record.start == "2027-03-09T18:00:00+02:00"
    assert _names(record.sponsors) == ["Riga Bike Club"]
    assert not any(" and " in name for name in _names(record.organizers))
    hosts = [c.person.name.rstrip(".") for c in record.participants if c.role == "host"]
    assert hosts == ["Līga B", "Jānis Ō"]


def test_hold_out_set_68_meets_the_target_in_every_field_but_roles_affiliations_organizers_sponsors_and_place() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-68" / "expected.yaml")
    # still under 0.9: organizers (a unit written with its parent, 'Centre for X, Faculty of Y, Z
    # University' and 'the Faculty of X of Y University', and a Meetup group read as the site 'Meetup'),
    # sponsors ('the X Fund for Public Humanities and Arizona Humanities' read as one name); roles,
    # affiliations, job titles, locality and attendance are the other ingest work's fields
    others = ("roles", "affiliations", "job titles", "organizers", "sponsors", "locality", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
