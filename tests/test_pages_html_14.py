"""Forms of think tanks' event pages as their sites' HTML (Drupal, WordPress event plugins, Umbraco,
Hugo, Sitecore, hand-made and custom CMSs) that hold-out set 80 (Rome, Helsinki, Johannesburg,
Copenhagen, Cambridge, Tokyo, Singapore and Washington) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import stated_hosts
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries, presenting_authors, stated_roles
from tests.test_pages_unseen import _html_page


def test_a_post_of_generic_words_before_a_name_is_the_post_not_an_employer() -> None:
    # 'Programme' and 'Research' qualify the post; no organisation is named before it
    (fellow,) = parse_entries("Senior Research Fellow Mirja Halonen")
    (director,) = parse_entries("Programme Director Olli Rantanen")
    (coordinator,) = parse_entries("Event Coordinator Sanna Lehto Berg")
    assert (fellow.name, fellow.job_title, fellow.affiliation) == ("Mirja Halonen", "Senior Research Fellow", None)
    assert (director.name, director.job_title, director.affiliation) == ("Olli Rantanen", "Programme Director", None)
    assert (coordinator.name, coordinator.job_title) == ("Sanna Lehto Berg", "Event Coordinator")
    # an organisation's own name before the post stays its employer
    (head,) = parse_entries("Asia Program Director Jane Doe")
    assert (head.job_title, head.affiliation) == ("Director", "Asia Program")


def test_a_post_before_a_name_from_an_institute_gives_the_institute() -> None:
    (fellow,) = parse_entries("Research Director Tuomas Kivelä from NNRI's Baltic Sea programme")
    (director,) = parse_entries("Director Liisa Mäkelä from the Tundra Research Centre of the University of Oulu")
    assert (fellow.name, fellow.job_title, fellow.affiliation) == ("Tuomas Kivelä", "Research Director", "NNRI")
    assert (director.name, director.job_title, director.affiliation) == (
        "Liisa Mäkelä",
        "Director",
        "University of Oulu",
    )


def test_a_paper_commented_on_by_people_gives_discussants() -> None:
    found = cued_entries(
        "The study will be commented on by Professor Eero Salmi from the University of Turku and "
        "Commodore (ret.) Pekka Lind, former Commander of the Coastal Fleet."
    )
    assert [(e.name, e.role) for e in found] == [("Eero Salmi", "discussant"), ("Pekka Lind", "discussant")]
    assert found[1].job_title == "former Commander of the Coastal Fleet"


def test_an_author_named_in_apposition_who_will_present_is_a_presenter() -> None:
    (author,) = stated_roles(
        "The author, Senior Research Fellow Kaisa Nurmi, will present the main results of the report."
    )
    assert (author.name, author.role, author.job_title) == ("Kaisa Nurmi", "presenter", "Senior Research Fellow")


def test_questions_directed_to_a_named_coordinator_give_the_contact() -> None:
    page = _html_page(
        """<html><body><h1>Fisheries and the Baltic Green Deal</h1>
<p>Tuesday 8 October 2019, 09:00 - 10:30, Nordic Policy Centre, Copenhagen</p>
<p>The seminar will be moderated by Signe Dahl, Senior Researcher, Nordic Policy Centre.</p>
<p>Questions about the seminar can be directed to Event Coordinator Maja Holt Rasmussen, mhr@npc.example.</p>
</body></html>"""
    )
    contacts = [(p.person.name, p.job_title) for p in page.participants if p.role == "contact"]
    assert contacts == [("Maja Holt Rasmussen", "Event Coordinator")]


def test_report_authors_who_will_present_or_set_out_its_findings_are_presenters() -> None:
    found = presenting_authors(
        "Following welcome remarks, study co-authors Dana Whitby and Omar Haddad will present their findings."
    )
    assert [(e.name, e.role) for e in found] == [("Dana Whitby", "presenter"), ("Omar Haddad", "presenter")]
    (author,) = presenting_authors("Dr Lena Okafor, one of the paper's authors, will set out its main findings.")
    assert (author.name, author.role) == ("Lena Okafor", "presenter")


def test_a_family_name_in_capitals_with_accents_or_particles_is_read() -> None:
    (polish,) = parse_entries("Katarzyna ŻUKOWSKA-ŁĄCKA, Analyst, Baltic Policy Forum")
    (flemish,) = parse_entries("Jeroen VAN DER MEULEN, Senior Fellow, Flanders Policy Institute")
    assert polish.name == "Katarzyna Żukowska-Łącka"
    assert (flemish.name, flemish.job_title) == ("Jeroen Van der Meulen", "Senior Fellow")


def test_a_malay_name_with_binte_is_one_name() -> None:
    (entry,) = parse_entries("Dr Siti Mariam binte Yusof, Research Fellow, Centre for Ageing Studies")
    assert (entry.name, entry.affiliation) == ("Siti Mariam binte Yusof", "Centre for Ageing Studies")


def test_a_national_red_cross_society_inviting_with_an_institute_is_a_host() -> None:
    hosts, _ = stated_hosts("NUPI and the Norwegian Red Cross invite you to a breakfast seminar on famine.")
    assert hosts[:2] == ["NUPI", "Norwegian Red Cross"]


def test_an_embedded_city_in_the_local_language_gives_way_to_the_english_text_at_the_same_street() -> None:
    page = _html_page(
        """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",
"name": "Ports and the Green Transition", "startDate": "2023-05-09T10:00:00", "endDate": "2023-05-09T12:00:00",
"location": {"@type": "Place", "name": "Centro Studi Mediterranei", "address": {"@type": "PostalAddress",
"streetAddress": "Via Nazionale, 89", "addressLocality": "Roma", "addressCountry": "IT"}}}</script></head>
<body><h1>Ports and the Green Transition</h1><p>Tuesday 9 May 2023, 10:00 - 12:00</p>
<p>Rome, Centro Studi Mediterranei, Via Nazionale 89</p></body></html>"""
    )
    assert page.location is not None and page.location.locality == "Rome"


def test_an_embedded_organizer_typed_person_with_initials_is_an_organisation_not_a_person() -> None:
    # Modern Events Calendar types the organizer a Person; the text names the institute's programme
    page = _html_page(
        """<html><head><script type="application/ld+json">{"@context": "http://schema.org", "@type": "Event",
"name": "Fisheries and the Blue Economy", "startDate": "2022-09-14", "endDate": "2022-09-14",
"organizer": {"@type": "Person", "name": "WAPI", "url": "https://wapi.example/"}}</script></head>
<body><h1>Fisheries and the Blue Economy</h1><p>Date: Wednesday, 14 September 2022<br>Time: 10:00-11:30 GMT</p>
<p>WAPI's Ocean Governance Programme invites you to a webinar on the blue economy.</p>
<p>Speaker: Kofi Mensah, Senior Researcher, University of Ghana</p></body></html>"""
    )
    assert "WAPI" not in {p.person.name for p in page.participants}
    assert "Ocean Governance Programme" in [o.name for o in page.organizers]


def test_an_online_events_embedded_offset_from_the_servers_clock_gives_way_to_the_zone_its_text_names() -> None:
    page = _html_page(
        """<html><head><script type="application/ld+json">{"@context": "http://schema.org", "@type": "Event",
"name": "Export Controls after the Chips Act", "startDate": "2023-07-11T14:00:00-05:00",
"endDate": "2023-07-11T15:00:00-05:00", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
"location": {"@type": "VirtualLocation", "url": "https://example.org/live"}}</script></head>
<body><h1>Export Controls after the Chips Act</h1>
<p>Tuesday, July 11, 2023</p><p>2:00 pm – 3:00 pm EDT</p><p>This event will be held virtually.</p></body></html>"""
    )
    assert (page.start, page.end) == ("2023-07-11T14:00:00-04:00", "2023-07-11T15:00:00-04:00")


def test_a_co_organizer_field_naming_a_delegation_to_a_state_is_a_host() -> None:
    page = _html_page(
        """<html><body><h2>Symposium</h2><h3>Rare Earths and the Pacific: Japan-EU Perspectives</h3>
<table><tr><th>Date</th><td>Friday, March 8, 2024, 14:00-16:00 (JST)</td></tr>
<tr><th>Venue</th><td>Hibiya Conference Hall, Tokyo</td></tr>
<tr><th>Organizer</th><td>Pacific Policy Institute</td></tr>
<tr><th>Co-organizer</th><td>Mission of Canada to the European Union</td></tr></table>
<p>Moderator: Dr. Helen Ward, Senior Fellow, Pacific Policy Institute</p></body></html>"""
    )
    assert [o.name for o in page.organizers] == ["Pacific Policy Institute", "Mission of Canada to the European Union"]


def test_hold_out_set_80_meets_the_target_in_every_field_but_title_job_titles_and_organizers() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-80" / "expected.yaml")
    # title (0.88: 'Virtual Event | X', the type before a pipe in the heading itself, read as chrome), job
    # titles (0.89: a unit's serial name 'Energy, Economics, and Security Program' loses its 'and', a rank
    # before a former post, a unit's initials kept) and organizers (0.80: an institute named beside its
    # own unit, a serial unit name cut at its commas): see docs/ingest.md, set 80
    others = ("title", "job titles", "organizers")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 > 0.85 and scores["job titles"].f1 > 0.85 and scores["organizers"].f1 > 0.75
