"""Forms that hold-out set 94 (think-tank and research-centre pages of Warsaw, Brussels, Dhaka,
Colombo, Kampala, Kuala Lumpur, Tbilisi and Kingston, most in the seed page's text rendering) showed
the ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.names import stated_honorific
from kg.pages.orgs import stated_hosts
from kg.pages.people import parse_entries
from kg.pages.sentences import presenting_authors
from tests.test_pages_unseen import _html_page, _text_page


def test_malaysian_titles_without_periods_and_police_grades_are_not_part_of_the_name() -> None:
    # 'Ts Dr X' (the technologist's title as often without its period), 'YB Tuan X' (a legislator,
    # then Mr.), 'Senior Superintendent X' (a police grade); 'Tuan' alone is a Vietnamese given name
    assert stated_honorific("Ts Dr Aminah Yusof") == ("Ts Dr", "Aminah Yusof")
    assert stated_honorific("YB Tuan Ong Kah Seng") == ("YB Tuan", "Ong Kah Seng")
    assert stated_honorific("Senior Superintendent Marlon Brown") == ("Senior Superintendent", "Marlon Brown")
    assert stated_honorific("Tuan Anh Nguyen") == (None, "Tuan Anh Nguyen")
    page = (
        "Events\n\nForum\n\nPalm Oil and the Deforestation Rules\n\nDate: 4 June 2024\nTime: 10.00am – 12.00pm\n"
        "Venue: Dewan Seminar, Jalan Ampang, Kuala Lumpur\n\n"
        "Keynote Address\nYB Tuan Ong Kah Seng\nDeputy Minister of Plantation and Commodities\n\n"
        "Panel Discussion\nTs Dr Aminah Yusof\nChief Executive Officer, Malaysian Smallholders Council\n\n"
        "Discussant\nSenior Superintendent Marlon Brown\nHead, Environmental Crimes Unit, Royal Malaysia Police\n"
    )
    record = _text_page(page)
    people = {p.person.name: p for p in record.participants}
    assert set(people) == {"Ong Kah Seng", "Aminah Yusof", "Marlon Brown"}
    assert people["Marlon Brown"].affiliation.name == "Royal Malaysia Police"


def test_a_post_and_employer_in_apposition_without_its_closing_comma_before_will_gives_the_role() -> None:
    # 'X, Chairman, Org will chair the dialogue': the closing comma South Asian invitations leave out;
    # a sentence too short to be read as prose under a list of discussants keeps its own role
    page = (
        "Events\n\nDialogue\n\nGroundwater and the Boro Harvest\n\n12 March 2019 | 10:00 AM - 12:30 PM\n"
        "Lotus Hall, 5 Green Road, Dhaka\n\n"
        "Professor Rafiqul Hasan, Chairman, Delta Policy Forum will chair the dialogue.\n\n"
        "Discussants\nDr Nasima Akter, Senior Fellow, Delta Policy Forum\nMr Kamrul Hossain, Director, Water Board\n\n"
        "Ms Sabina Yasmin, Executive Director, Delta Policy Forum will moderate the session.\n"
    )
    record = _text_page(page)
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Rafiqul Hasan", "chair"),
        ("Nasima Akter", "discussant"),
        ("Kamrul Hossain", "discussant"),
        ("Sabina Yasmin", "moderator"),
    }


def test_guests_who_will_be_present_as_chief_or_special_guests_give_featured_remarks() -> None:
    # 'X, Post, has kindly consented to be present as the Chief Guest', 'X, Post, Org and Y, Post, Org
    # will be present as Special Guests': guests of honour named in a sentence of their own
    page = (
        "Events\n\nDialogue\n\nSchool Meals and Learning Outcomes in Rural Districts\n\n"
        "5 May 2019 | 10:00 AM - 1:00 PM\nLotus Hall, 5 Green Road, Dhaka\n\n"
        "The Delta Policy Forum is organising a dialogue on school meals and learning outcomes in rural districts.\n\n"
        "Hon'ble Nurul Hoque, MP, State Minister for Primary Education, has kindly consented to be present as the "
        "Chief Guest.\n\n"
        "Dr Selina Parvin, Country Director, Child Nutrition Trust and Mr Tareq Aziz, Director General, "
        "Directorate of Primary Education will be present as Special Guests.\n"
    )
    record = _text_page(page)
    roles = {(p.person.name, p.role) for p in record.participants}
    assert roles == {
        ("Nurul Hoque", "featured-remarks"),
        ("Selina Parvin", "featured-remarks"),
        ("Tareq Aziz", "featured-remarks"),
    }


def test_a_staff_line_with_a_country_code_written_without_its_plus_is_the_event_s_contact() -> None:
    # the seed's archive layout closes with 'X, Unit title phone': a number in five dashed groups
    # ('374-10-52-77-80') is the telephone, not part of her post
    entry = parse_entries("Anahit Petrosyan, Caucasus Program coordinator 374-10-52-77-80")[0]
    assert (entry.job_title, entry.telephone) == ("Caucasus Program coordinator", "374-10-52-77-80")
    # three groups stay what they were: a date is no telephone
    assert parse_entries("Anahit Petrosyan, Caucasus Program coordinator 2012-11-20")[0].telephone is None


def test_a_summary_s_subject_who_opened_the_discussion_gave_the_introductory_remarks() -> None:
    # 'Institute President X opened the discussion, recalling …': the opener named with her post
    # before her name, as sets 54 and 57 read 'opened the meeting' in the programme
    page = (
        "Events\n\nThe Black Sea after the Summit\n\nDate & Time\n\nMar. 4, 2013\n10:00am – 12:00pm\n\n"
        "On March 4, the Foundation discussed the summit's outcome with diplomats and scholars in Yerevan.\n\n"
        "Foundation President Armen Sahakyan opened the discussion, recalling the summit's modest ambitions. "
        "Lilit Grigoryan, Senior Fellow at the Foundation, presented its main findings. "
        "Davit Martirosyan, Professor at Yerevan State University, commented on the paper.\n"
    )
    record = _text_page(page)
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Armen Sahakyan", "introductory-remarks"),
        ("Lilit Grigoryan", "presenter"),
        ("Davit Martirosyan", "discussant"),
    }


def test_a_paragraph_ending_in_a_discussion_with_a_colon_gives_its_list_the_panelist_role() -> None:
    # '… will be followed by a panel discussion with:' over a bulleted list: the sentence's last words
    # name the list's role as a heading would, and the paragraph is still read for its own people
    page = (
        "Events\n\nSeminar\n\nThe Baltic Grid after Desynchronisation\n\nDate: Tuesday 9 April 2024\n"
        "Time: 10:00 - 11:30\nVenue: Hall A, Rue Ducale 4, 1000 Brussels\n\n"
        "The Institute invites you to the presentation of Policy Paper 31 by its author Dr Ruta Kalnina, "
        "Research Fellow. Her presentation will be followed by a panel discussion with:\n"
        "Mr Jonas Petrauskas, Head of Unit, European Commission\n"
        "Ms Ilse Maes, Senior Analyst, Energy Observatory\n"
    )
    record = _text_page(page)
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Ruta Kalnina", "presenter"),
        ("Jonas Petrauskas", "panelist"),
        ("Ilse Maes", "panelist"),
    }


def test_a_host_that_has_the_pleasure_of_inviting_you_holds_the_event() -> None:
    # 'X has the pleasure of inviting you' (a Belgian and French courtesy written in English)
    assert stated_hosts("The Baltic Policy Institute has the pleasure of inviting you to a seminar.") == (
        ["The Baltic Policy Institute"],
        [],
    )


def test_a_host_s_country_written_after_its_initials_is_no_part_of_the_sentence_s_subject() -> None:
    # 'The Institute of Y (IY) Ruritania, in collaboration with Z, is pleased to invite you': the
    # institute calls itself 'IY Ruritania'; the verb's subject is the institute
    assert stated_hosts(
        "The Institute of Maritime Studies (IMS) Malaysia, in collaboration with the Selat Foundation, is "
        "pleased to invite you to a forum."
    ) == (["Institute of Maritime Studies"], ["Selat Foundation"])


def test_the_author_by_whom_a_paper_s_presentation_is_given_presents_it() -> None:
    # 'the presentation of Working Paper 12, "Title", by its author Dr X': the author presents her work
    line = (
        "The Centre invites you to the presentation of Working Paper 12, “Rivers and Borders”, by its author "
        "Dr Ruta Kalnina, Research Fellow, and to the launch of the Annual Review by its authors Ana Vidal and "
        "Piet Claes."
    )
    assert [(e.name, e.role) for e in presenting_authors(line)] == [
        ("Ruta Kalnina", "presenter"),
        ("Ana Vidal", "presenter"),
        ("Piet Claes", "presenter"),
    ]


def test_a_footer_naming_the_institute_in_its_own_language_and_in_english_names_one_organisation() -> None:
    # 'Native name / English name' in the footer: the initials spelled out by the native name and the
    # English name of the invitation are the same institute
    page = (
        "Events\n\nSeminar\n\nThe Vistula Basin after the Drought\n\nDate & time3 May 2016, 10.00–12.00\n"
        "VenueIGP, ul. Długa 5, Warsaw\n\n"
        "The Institute of Water Policy invites you to a seminar on the drought of 2015.\n\n"
        "Programme\n\nOpening remarks\nDr Jan Nowak, Director of IGP\n\n"
        "Instytut Gospodarki Publicznej / The Institute of Water Policy\nul. Długa 5, Warszawa\n"
    )
    record = _text_page(page)
    organizer = record.organizers[0]
    assert {organizer.name, *organizer.alternate_names} >= {"Institute of Water Policy", "IGP"}
    assert record.participants[0].affiliation is organizer


def test_the_site_s_organisation_named_as_a_brand_before_a_dash_is_the_brand_the_page_writes() -> None:
    # JSON-LD's 'Vanko – Royal Institute for Maritime Affairs': the page's 'the Vanko Institute' and
    # 'at Vanko' are that organisation
    html = (
        '<html><head><meta property="og:site_name" content="Vanko Institute"><script type="application/ld+json">'
        '{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://vanko.example/#org",'
        '"name":"Vanko – Royal Institute for Maritime Affairs"}]}</script></head><body><main>'
        "<h1>Ports, Sanctions and the North Sea</h1><p>Date: Tuesday 5 March 2019</p><p>Time: 12:30 - 14:00</p>"
        "<p>Venue: Vanko Palace, Rue Haute 8, 1000 Brussels</p>"
        "<p>The Vanko Institute has the pleasure of inviting you to a seminar on sanctions at sea.</p>"
        "<p>The seminar will be chaired by Prof. Dr. Lieve Claes, Director of the Maritime Programme at Vanko.</p>"
        "</main></body></html>"
    )
    record = _html_page(html)
    assert [o.name for o in record.organizers] == ["Vanko – Royal Institute for Maritime Affairs"]
    assert [p.affiliation.name for p in record.participants] == ["Vanko – Royal Institute for Maritime Affairs"]


def test_hold_out_set_94_meets_the_target_in_every_field_but_title_and_sponsors() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-94" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 94): title (0.88: the Colombo page's subtitle h2 'Launch of
    # LKI Policy Brief No. 23' joined to its h1) and sponsors (0.86: 'Oxfam in Bangladesh', a country
    # office, not read as Oxfam)
    fields = [name for name in scores if name not in ("title", "sponsors")]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 > 0.85
