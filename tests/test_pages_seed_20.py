"""Forms that hold-out set 109 (think-tank and research-centre pages of Gaborone, Baku, Minsk,
Sarajevo, Juba, Esch-sur-Alzette, Nicosia and Can Tho, five in the seed page's text rendering)
showed the ingester missing, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import match_label
from kg.pages.offices import agency_of_office
from kg.pages.orgs import _split_at_and
from kg.pages.people import describe, is_person_name, parse_entries
from kg.pages.place import read_place
from kg.pages.title import is_candidate
from tests.test_pages_unseen import _html_page, _people, _text_page


def _bare(people: set[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    """The people with their employers' names as a sentence's subject leaves them ('The X invites you')."""
    return {(name, role, org.removeprefix("The ") if org else org, title) for name, role, org, title in people}


def test_can_between_a_given_name_and_a_family_name_is_a_turkish_given_name() -> None:
    # 'Ali Can Yıldız': a second given name; a heading's 'Can' stands first or last
    assert is_person_name("Ali Can Yıldız")
    assert is_person_name("Emre Can Aksoy")
    assert not is_person_name("Europe Can Lead")
    assert not is_person_name("Can Europe Lead")
    # so the seed's speakers line under the heading reads as people, and is no title
    line = "Aylin Demir, ESAM; Ali Can Yıldız, TPAO; Pieter de Wit, Clingendael"
    assert [e.name for e in parse_entries(line, strict=True)] == ["Aylin Demir", "Ali Can Yıldız", "Pieter de Wit"]
    page = (
        "Events\n\nPanel Discussion\n\nPipelines under the Black Sea\n\n"
        f"{line}\n\nDate & Time\n\nMar. 4, 2015\n10:00am – 12:00pm\n\n"
        "The Eurasian Studies Centre invites you to a panel on gas routes across the Black Sea.\n"
    )
    assert _text_page(page).name == "Pipelines under the Black Sea"


def test_a_credit_line_of_editors_under_the_heading_is_no_title() -> None:
    assert not is_candidate("Edited by Hana Suzuki and Mirela Kovač")
    assert not is_candidate("Written by Dr. Omar Haddad, Lina Petrova and Tom Berg")
    assert is_candidate("Edited by Algorithm: Newsrooms and Machine Curation")  # a title that says 'by'
    page = (
        "Events\n\nBook Presentation\n\nRivers That Divide: Water and Memory in the Balkans\n\n"
        "Edited by Hana Suzuki and Mirela Kovač\n\nDate & Time\n\nApr. 3, 2014\n11:00 – 13:00 CET\n\n"
        "The Drina Policy Forum invites you to the presentation of the book.\n"
    )
    assert _text_page(page).name == "Rivers That Divide: Water and Memory in the Balkans"


def test_an_organisation_named_in_the_possessive_spells_out_its_initials() -> None:
    # 'this panel of the Caspian Policy Academy's Energy Program' and 'Research Fellow, CPA': the
    # possessive is the academy's name too, not a second name that makes the initials ambiguous
    page = (
        "Events\n\nWater for the Caspian Cities\n\nDate & Time\n\nMay. 12, 2016\n3:00pm – 5:00pm\n\n"
        "Location\n\nCaspian Policy Academy, Hall B\n12 Neftchilar Avenue, Baku\n\n"
        "This panel of the Caspian Policy Academy's Energy Program asks who will pay for desalination.\n\n"
        "Moderator\n\nSevinj Aliyeva\nResearch Fellow, Water Program, CPA\n"
    )
    assert ("Sevinj Aliyeva", "moderator", "Caspian Policy Academy", "Research Fellow, Water Program") in _people(
        _text_page(page)
    )


def test_initials_of_a_name_in_another_language_beside_its_english_name_are_that_organisation() -> None:
    # 'Drina Policy Forum BH (DPF BH)': two groups of initials, spelled out only by the brackets
    page = (
        "Events\n\nRivers That Divide\n\nDate & Time\n\nApr. 3, 2014\n11:00 – 13:00 CET\n\n"
        "Location\n\nHotel Central, Ferhadija 2, Sarajevo\n\n"
        "The Drina Policy Forum BH (DPF BH) cordially invites you to the presentation of the study.\n\n"
        "Programme\n\n11:00 – 11:15\nWelcome\nAmina Hodžić, Director, DPF BH\n"
    )
    record = _text_page(page)
    assert ("Amina Hodžić", "introductory-remarks", "Drina Policy Forum BH", "Director") in _bare(_people(record))
    assert [o.name.removeprefix("The ") for o in record.organizers] == ["Drina Policy Forum BH"]


def test_reviews_of_a_book_presented_are_the_discussants_part() -> None:
    for line in ("Reviews", "Reviewers", "Book Reviews"):
        found = match_label(line)
        assert found and found[0].role == "discussant", line


def test_a_stream_on_its_own_line_under_the_venue_leaves_the_venue_s_town() -> None:
    # 'Hall 2, …, Can Tho City' / 'and online via Microsoft Teams': the town gives the clock
    place, online = read_place(["Room 4, 3/2 Street, Ninh Kieu Ward, Can Tho City", "and online via Microsoft Teams"])
    assert place is not None and place.locality == "Can Tho"
    assert online is not None
    html = (
        "<html><body><h1>Policy Forum: Salt and Rice in the Delta</h1><table>"
        "<tr><td><b>Date:</b></td><td>14 August 2025</td></tr>"
        "<tr><td><b>Time:</b></td><td>8:30 &ndash; 11:00</td></tr>"
        "<tr><td><b>Venue:</b></td><td>Room 4, 3/2 Street, Can Tho City<br />and online via Zoom</td></tr>"
        "</table><p>The forum discusses salinity and rice farming.</p></body></html>"
    )
    record = _html_page(html)
    assert (record.start, record.end) == ("2025-08-14T08:30:00+07:00", "2025-08-14T11:00:00+07:00")
    assert record.attendance_mode == "mixed"


def test_a_postcode_of_the_country_s_letters_after_the_town_is_the_postcode() -> None:
    for line, town, code in (
        ("14 Nizami Street, Baku AZ1000", "Baku", "AZ1000"),
        ("Brivibas iela 30, Riga LV-1050", "Riga", "LV-1050"),
        ("Gedimino pr. 20, Vilnius LT-01103", "Vilnius", "LT-01103"),
    ):
        place, _ = read_place([line])
        assert place is not None and (place.locality, place.postal_code) == (town, code), line
    place, _ = read_place(["Main Road 5, Foo Bar AB1234"])  # no town we know: no postcode read
    assert place is None or place.locality is None


def test_the_embedded_town_stays_when_the_text_names_a_quarter_of_it() -> None:
    # JSON-LD 'Esch-sur-Alzette', the field 'Esch-sur-Alzette / Belval': the campus quarter is no town
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        ' "name": "Border Commuters and Rents", "startDate": "2025-03-06T16:00:00+01:00",'
        ' "location": {"@type": "Place", "name": "Maison du Savoir", "address": {"@type": "PostalAddress",'
        ' "streetAddress": "2, avenue de l\'Université", "addressLocality": "Esch-sur-Alzette",'
        ' "postalCode": "L-4365", "addressCountry": "LU"}}}</script></head><body>'
        "<h1>Border Commuters and Rents</h1><div>Date</div><div>Thu, 6 Mar 2025, 16:00</div>"
        "<div>Location</div><div>Maison du Savoir, 2, avenue de l'Université, Esch-sur-Alzette / Belval</div>"
        "<p>A seminar on cross-border commuting.</p></body></html>"
    )
    record = _html_page(html)
    assert record.location is not None and record.location.locality == "Esch-sur-Alzette"


def test_a_staff_line_s_local_number_after_its_post_is_a_telephone() -> None:
    # the seed's staff line 'X, Unit title phone' with a seven-digit local number
    [entry] = parse_entries("Mpho Dintwe, Trade Policy Programme coordinator 391-4477")
    assert (entry.job_title, entry.affiliation, entry.telephone) == (
        "Trade Policy Programme coordinator",
        "Trade Policy Programme",
        "391-4477",
    )
    page = (
        "Events\n\nCattle and Credit in the Kalahari\n\nDate & Time\n\nAug. 8, 2006\n9:00am – 11:00am CAT\n\n"
        "The seminar looked at loans to cattle farmers.\n\n"
        "Mpho Dintwe, Trade Policy Programme coordinator 391-4477\n\n\nHosted By\n\nTrade Policy Programme\n"
    )
    assert any(name == "Mpho Dintwe" and role == "contact" for name, role, *_ in _people(_text_page(page)))


def test_a_programme_named_by_two_subjects_is_one_programme() -> None:
    name = "Water Systems and Urban Resilience Programme"
    assert _split_at_and(name) == [name]
    assert _split_at_and("Security Studies and Defence Unit") == ["Security Studies and Defence Unit"]
    assert _split_at_and("Brookings Institution and Global Economy Program") == [
        "Brookings Institution",
        "Global Economy Program",
    ]


def test_a_summary_s_comments_and_two_authors_presenting_a_numbered_paper() -> None:
    page = (
        "Events\n\nBread Prices and the Budget\n\nDate & Time\n\nFeb. 10, 2010\n11:00am – 1:00pm\n\n"
        "Ihar Kavalenka and Maryna Shved presented Policy Paper No. 3, which tracks subsidies for bread.\n\n"
        "Professor Wang Lihua, head of the Department of Economics at Fudan University, offered comments "
        "from the lenders' side.\n"
    )
    people = {(name, role) for name, role, *_ in _people(_text_page(page))}
    assert {("Ihar Kavalenka", "presenter"), ("Maryna Shved", "presenter"), ("Wang Lihua", "discussant")} <= people


def test_a_post_led_by_the_initials_of_the_page_s_institute_is_held_there() -> None:
    # 'Drafted by X, CPRS intern' on the Centre for Policy and Regional Studies' page: the initials
    # stay in the post as written (sets 74, 79), the employer is the centre; a contact's post led so
    # has none (sets 75, 88)
    page = (
        "Events\n\nRailways of the Steppe\n\nDate & Time\n\nOct. 2, 2012\n10:00am – 12:00pm\n\n"
        "The Centre for Policy and Regional Studies held a round table on freight railways.\n\n"
        "The discussion was moderated by Lena Orlova, CPRS Program Coordinator.\n\n"
        "Contact: Pavel Ruden, CPRS Events Coordinator, +375 17 200 10 10\n"
        "Drafted by Ania Bel, CPRS intern\n"
    )
    people = _people(_text_page(page))
    centre = "Centre for Policy and Regional Studies"
    assert ("Pavel Ruden", "contact", None, "CPRS Events Coordinator") in people
    assert ("Ania Bel", "rapporteur", centre, "CPRS intern") in people
    assert ("Lena Orlova", "moderator", centre, "CPRS Program Coordinator") in people


def test_the_sentence_s_own_verb_after_an_aside_ends_the_post() -> None:
    page = (
        "Events\n\nCattle and Credit in the Kalahari\n\nDate & Time\n\nAug. 8, 2006\n9:00am – 11:00am CAT\n\n"
        "The seminar, opened by Kalahari Policy Institute Director Dr. Neo Sello, brought together bankers "
        "and farmers to ask who lends to herders.\n"
    )
    assert ("Neo Sello", "introductory-remarks", "Kalahari Policy Institute", "Director") in _people(_text_page(page))


def test_a_post_of_the_site_s_institute_by_its_kind_is_held_there() -> None:
    assert describe("the Institute's Director of Research") == ("Director of Research", "Institute")
    assert describe("the President's Special Envoy") == ("the President's Special Envoy", None)  # no body's kind
    page = (
        "Events\n\nRoads and Revenue\n\nDate & Time\n\nMar. 3, 2016\n10:00am – 12:00pm\n\n"
        "The Nile Policy Institute invites you to a policy dialogue on road tolls. "
        "The session will be moderated by Achol Mading, the Institute's Director of Research.\n"
    )
    people = _bare(_people(_text_page(page)))
    assert ("Achol Mading", "moderator", "Nile Policy Institute", "Director of Research") in people


def test_a_body_s_country_office_after_a_comma_is_the_body() -> None:
    assert agency_of_office("International Labour Organization (ILO), Zambia Country Office") == (
        "International Labour Organization"
    )
    assert agency_of_office("World Bank, Malawi Country Office") == "World Bank"
    assert agency_of_office("Ministry of Health, Regional Office") == "Ministry of Health, Regional Office"


def test_a_province_s_department_on_a_university_s_page_is_not_the_university_s() -> None:
    html = (
        "<html><body><div class='header-name'>CAN THO UNIVERSITY</div>"
        "<h1>Policy Forum: Salt and Rice in the Delta</h1><p>Date: 14 August 2025</p>"
        "<p>Panelists:<br />- Ms. Tran Thi Mai, Deputy Director, Department of Agriculture and Environment of "
        "An Giang Province<br />- Dr. Le Van Nam, Lecturer, School of Economics, Can Tho University</p>"
        "</body></html>"
    )
    people = _people(_html_page(html))
    assert (
        "Tran Thi Mai",
        "panelist",
        "Department of Agriculture and Environment of An Giang Province",
        "Deputy Director",
    ) in people


def test_registration_and_information_names_the_contact_with_a_bracketed_country_code() -> None:
    found = match_label("Registration and information")
    assert found and found[0].role == "contact"
    [entry] = parse_entries("Ms. Ha Thi Lan, Office of International Cooperation, MDRI. Tel: (+84) 292 3800 100")
    assert (entry.name, entry.affiliation, entry.telephone) == ("Ha Thi Lan", "MDRI", "(+84) 292 3800 100")


def test_a_programme_s_name_until_a_year_is_its_former_name() -> None:
    # the invitation under the old name, 'Hosted By' under the new one that says until when the old held
    page = (
        "Events\n\nPanel Discussion\n\nPorts of the Caspian\n\nDate & Time\n\nSep. 9, 2011\n"
        "3:00pm – 5:00pm (Baku time)\n\nOverview\n\nThe Academy's Caspian Shipping Program invites you "
        "to a panel on ports.\n\nHosted By\n\nTrade and Transport Program\n\nThe Trade and Transport "
        "Program (until 2015 the Caspian Shipping Program) studies trade routes.   Read more\n"
    )
    assert [o.name for o in _text_page(page).organizers] == ["Trade and Transport Program"]


def test_hold_out_set_109_meets_the_target_in_every_field_but_the_can_tho_start() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-109" / "expected.yaml")
    # left (docs/ingest.md, set 109): the Can Tho start read at its programme's registration, before the
    # stated time; the speakers line's other transliteration of two names ('Alexei', 'Irina') read as
    # two more people; a co-author 'written with' read as a speaker; a presenter's shorter post in the
    # prose kept for the same person's panel part
    fields = [name for name in scores if name != "start"]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.95} == {}
    assert scores["start"].f1 >= 0.875
    assert scores["title"].f1 == scores["organizers"].f1 == scores["locality"].f1 == 1.0
