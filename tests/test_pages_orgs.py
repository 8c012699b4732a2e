"""Related publications, organizers, sponsors and affiliations: forms that hold-out set 31 and
the notes of the earlier sets showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from typing import Any

import pytest

from kg.names import organization_key
from kg.pages import parse_page
from kg.records import EventRecord

EVENT = "Tuesday 9 April 2024, 17:00 - 18:30 BST\nTown Hall, London WC2N 5DN\n\n"


def _text_page(text: str) -> EventRecord:
    return parse_page(text.encode(), "page.txt").record


def _html_page(html: str) -> EventRecord:
    return parse_page(html.encode(), "page.html").record


def _reports(record: EventRecord) -> list[tuple[str, str | None]]:
    return [(r.name, r.report_number) for r in record.reports]


def _keys(orgs: Any) -> set[str]:
    return {organization_key(o.name) for o in orgs}


def _affiliations(record: EventRecord) -> dict[str, str | None]:
    return {p.person.name: p.affiliation.name if p.affiliation else None for p in record.participants}


@pytest.mark.parametrize(
    "heading", ["Related publications", "RECENT PUBLICATIONS", "Related", "You might also like", "Latest research"]
)
def test_a_list_of_the_sites_other_publications_names_none_of_the_events(heading: str) -> None:
    text = (
        "Housing and the Budget\n\n"
        + EVENT
        + "The panel discusses Working Paper No. 12, released today.\n\n"
        + f"{heading}\n\nWorking Paper No. 11: Interconnection Queues and How to Shorten Them\n\n"
        "Policy Brief 2023/07 - Permitting Reform After the Fiscal Responsibility Act\n"
        "Special Report #41: The Price of Reliability\n"
    )
    assert _reports(_text_page(text)) == [("Working Paper No. 12", "12")]


def test_a_related_publications_box_of_an_html_page_names_none_of_the_events() -> None:
    html = (
        "<html><body><main><h1>Who Pays for the Grid?</h1><p>Thursday, March 14, 2024, 10:00 am - 11:30 am EDT</p>"
        "<p>Join us for the launch of Working Paper No. 12.</p></main><aside><h3>Related publications</h3><ul>"
        "<li><a href='/a'>Working Paper No. 11: Interconnection Queues</a></li>"
        "<li><a href='/b'>Special Report #41: The Price of Reliability</a></li></ul></aside></body></html>"
    )
    assert _reports(_html_page(html)) == [("Working Paper No. 12", "12")]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "It draws on the Society's Occasional Paper Series, no. 7, Rewilding and the Law.",
            ("Occasional Paper Series, no. 7", "7"),
        ),
        (
            'Drawing on Discussion Paper 24-E-015, "Who Gains from Reshoring?", she asks why.',
            ("Discussion Paper 24-E-015", "24-E-015"),
        ),
        ('The authors of E-Brief 352, "Paying for Growth", present their findings.', ("E-Brief 352", "352")),
    ],
)
def test_report_numbers_with_letters_after_a_comma_and_e_series(sentence: str, report: tuple[str, str]) -> None:
    text = "Paying for Growth\n\n" + EVENT + sentence + "\n"
    assert _reports(_text_page(text)) == [report]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            'Please join us to launch "Cities After the Boom", a special issue of Urban Studies (Vol. 42, No. 1).',
            "Cities After the Boom",
        ),
        (
            "Join us to celebrate the publication of The Salt Roads: Trade and Empire, 1500–1800"
            " (ISBN 978-1-915672-40-8), her first book.",
            "The Salt Roads: Trade and Empire, 1500–1800",
        ),
        ('The evening launches "Ports and Power", the new edited volume from the Centre.', "Ports and Power"),
    ],
)
def test_a_special_issue_or_a_book_known_by_its_isbn_is_a_report_without_a_number(sentence: str, title: str) -> None:
    others = "More from our list\nMonsoon Empires (ISBN 978-1-915672-12-5)\n"
    text = "New Writing on Cities and Trade\n\n" + EVENT + sentence + "\n\n" + others
    assert _reports(_text_page(text)) == [(title, None)]


@pytest.mark.parametrize(
    ("box", "sponsors"),
    [
        (
            '<div class="supporters"><h3>With support from</h3><a href="/h"><img src="h.png" alt="Hollis Family'
            ' Foundation logo"></a><a href="/e"><img src="e.png" alt="Energy Futures Fund"></a></div>',
            {"hollis family foundation", "energy futures fund"},
        ),
        (
            '<section><h2>Supported by</h2><p><img src="l.png" alt="The Leverhulme Trust"> <img src="a.png"'
            ' alt="Logo: Ashden Fund"></p></section>',
            {"leverhulme trust", "ashden fund"},
        ),
    ],
)
def test_a_sponsor_shown_by_its_logo_is_named_by_the_alt_text(box: str, sponsors: set[str]) -> None:
    html = (
        "<html><body><main><article><h1>Who Pays for the Grid?</h1>"
        "<p>Thursday, March 14, 2024, 10:00 am - 11:30 am EDT</p>"
        '<figure><img src="speaker.jpg" alt="Portrait of the speaker"></figure>'
        f"<p>A discussion of transmission costs.</p>{box}</article></main></body></html>"
    )
    record = _html_page(html)
    assert _keys(record.sponsors) == sponsors


@pytest.mark.parametrize(
    "line",
    [
        "Pizza and drinks kindly sponsored by Zalando.",
        "Drinks kindly sponsored by Marlow Wines.",
        "Lead sponsor: Bank of Marlow",
        "Gold Sponsor: Bank of Marlow",
    ],
)
def test_a_sponsor_of_the_drinks_or_a_graded_sponsor_label(line: str) -> None:
    record = _text_page("Data Ethics Night\n\n" + EVENT + "Talks and discussion.\n\n" + line + "\n")
    assert _keys(record.sponsors) in ({"zalando"}, {"marlow wines"}, {"bank marlow"})


def test_a_joint_event_of_two_organisations_names_both_organizers() -> None:
    text = (
        "Fiscal Rules Reloaded\n\n" + EVENT + "Speakers\n\nKatarzyna Nowak (Deutsche Bundesbank)\n\n"
        "A joint event of the Centre for Fiscal Studies and the European Budget Network, with support from"
        " Stiftung Mercator.\n"
    )
    record = _text_page(text)
    assert _keys(record.organizers) == {"centre fiscal studies", "european budget network"}
    assert _keys(record.sponsors) == {"stiftung mercator"}


def test_a_calendars_department_field_names_the_organizer() -> None:
    text = (
        "Gig Work in the Midwest\n\n" + EVENT + "A talk on platform work.\n\nEvent Type\nSeminar\n"
        "Department\nCenter for Urban Economic Development\nContact\nDenise Holt, dholt@example.edu\n"
    )
    assert _keys(_text_page(text).organizers) == {"center urban economic development"}


def test_a_societys_section_is_the_organizer_by_its_own_name() -> None:
    text = "Rewilding and the Law\n\n" + EVENT + "A lecture.\n\nOrganised by the Society's Landscape History Section.\n"
    record = _text_page(text)
    assert [o.name for o in record.organizers] == ["Landscape History Section"]


def test_a_co_hosts_field_with_initials_names_each_host_by_its_full_name() -> None:
    html = (
        "<html><body><main><h1>Supply Chain Resilience</h1><table>"
        "<tr><th>Date/Time</th><td>Thursday, June 20, 2024 15:00-16:30 (JST)</td></tr>"
        "<tr><th>Co-hosts</th><td>Kanto Institute for Trade Policy (KITP) / Japan Society for Economic Security"
        " (JSES)</td></tr></table><h2>Moderator</h2><p>YAMAMOTO Aiko (Vice President, KITP)</p></main></body></html>"
    )
    record = _html_page(html)
    assert _keys(record.organizers) == {"kanto institute trade policy", "japan society economic security"}
    assert _affiliations(record) == {"Yamamoto Aiko": "Kanto Institute for Trade Policy"}


def test_co_hosted_with_makes_the_sites_own_organisation_a_host() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Potomac Energy Institute"></head><body><main>'
        "<h1>Who Pays for the Grid?</h1><p>Thursday, March 14, 2024, 10:00 am - 11:30 am EDT</p>"
        "<p>This event is co-hosted with the Grid Futures Lab at Georgetown University.</p></main></body></html>"
    )
    assert [o.name for o in _html_page(html).organizers] == ["Potomac Energy Institute", "Grid Futures Lab"]


@pytest.mark.parametrize(
    ("site", "person"),
    [
        ("Peabody Harbor Museum\nExhibitions Events Visit\n", "Karina Yu, Assistant Curator, PHM"),
        ("Centre for European Economic Governance\nResearch Events\n", "Sofia Marinelli, Senior Fellow, CEEG"),
    ],
)
def test_initials_after_the_full_name_on_the_page_are_that_organisation(site: str, person: str) -> None:
    text = site + "\nA Gallery Talk on Silk\n\n" + EVENT + f"Speaker\n\n{person}\n"
    full = site.split("\n")[0]
    assert list(_affiliations(_text_page(text)).values()) == [full]


@pytest.mark.parametrize(
    ("line", "affiliation", "job_title"),
    [
        (
            "Dr. Priya Raman, Professor of Economics at the University of Ottawa and Fellow-in-Residence at the"
            " Rideau Institute",
            "University of Ottawa",
            "Professor of Economics",
        ),
        (
            "Sato Kenji (Faculty Fellow, Kanto Institute / Professor, Graduate School of Economics, Hitotsubashi"
            " University)",
            "Hitotsubashi University",
            "Professor, Graduate School of Economics",
        ),
        (
            "Jane Morrow, Director of the Moray Climate Institute and Visiting Fellow at the Royal Geographical"
            " Society",
            "Moray Climate Institute",
            "Director",
        ),
    ],
)
def test_of_two_current_posts_the_side_post_is_not_the_affiliation(line: str, affiliation: str, job_title: str) -> None:
    record = _text_page("Housing and Growth\n\n" + EVENT + "Speakers\n\n" + line + "\n")
    assert [(p.affiliation.name if p.affiliation else None, p.job_title) for p in record.participants] == [
        (affiliation, job_title)
    ]


@pytest.mark.parametrize(
    ("line", "affiliation"),
    [
        ("Michelle Tran, Chief Financial Officer of the City of Mississauga", "City of Mississauga"),
        ("Callum Reid, Chief Executive of NatureScot", "NatureScot"),
    ],
)
def test_a_post_of_a_city_or_of_a_one_word_name_names_the_affiliation(line: str, affiliation: str) -> None:
    record = _text_page("Housing and Growth\n\n" + EVENT + "Speakers\n\n" + line + "\n")
    assert [(p.affiliation.name if p.affiliation else None, p.job_title) for p in record.participants] == [
        (affiliation, "Chief Financial Officer" if "Mississauga" in line else "Chief Executive")
    ]


def test_initials_spelled_out_once_in_capitals_and_once_in_text_are_that_organisation() -> None:
    text = (
        "HARBOR ESSEX MUSEUM\nVisit Exhibitions Events\n\nGallery Talk\nSilk and Silver\n\n"
        + EVENT.replace("Town Hall, London WC2N 5DN", "Harbor Essex Museum, East India Hall, London WC2N 5DN")
        + "Karina Yu is the Curator of Export Art at HEM.\n\nSpeaker\n\nKarina Yu, Curator, HEM\n"
    )
    assert _affiliations(_text_page(text)) == {"Karina Yu": "Harbor Essex Museum"}


@pytest.mark.parametrize(
    ("site", "sentence", "report"),
    [
        (
            "Rideau Institute of Global Affairs",
            "The panel marks the release of the Institute's Arctic Policy Paper Series No. 8.",
            "Arctic Policy Paper Series No. 8",
        ),
        (
            "Center for Western Policy",
            'It marks the release of the report "Senior Rights" (Western Policy Report No. 17).',
            "Western Policy Report No. 17",
        ),
        (
            "Menzies Institute for Public Policy",
            "It discusses the Menzies Policy Report No. 12/2023 on housing supply.",
            "Policy Report No. 12/2023",
        ),
    ],
)
def test_a_series_word_before_the_series_is_kept_and_the_publishers_name_left_out(
    site: str, sentence: str, report: str
) -> None:
    text = f"{site}\n\nArctic Sovereignty\n\n" + EVENT + sentence + "\n"
    assert [r.name for r in _text_page(text).reports] == [report]


def test_the_society_alone_is_the_sites_own_society() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Riverside Historical Society"></head><body><main>'
        "<h1>Mapping the River</h1><p>Thursday, September 12, 2024, 7:00 pm - 8:30 pm CDT</p>"
        "<h2>Speaker</h2><p>Eleanor Marsh, Curator of Maps, Newberry Library</p>"
        "<p>The talk will be followed by a question-and-answer session moderated by Society president"
        " James Okafor.</p></main></body></html>"
    )
    assert _affiliations(_html_page(html))["James Okafor"] == "Riverside Historical Society"


@pytest.mark.parametrize("region", ["Zanzibar", "Puntland", "Nunavut"])
def test_a_region_after_a_ministry_is_where_it_governs_not_the_employer(region: str) -> None:
    line = f"Panelists: Ms. Fatma Said, Director of Fisheries, Ministry of Blue Economy, {region}"
    record = _text_page("Maritime Security\n\n" + EVENT + line + "\n")
    assert _affiliations(record) == {"Fatma Said": "Ministry of Blue Economy"}


def test_a_meetup_host_shown_by_given_name_and_initial_is_a_person_not_an_organizer() -> None:
    html = (
        "<html><body><main><h1>Fairness Audits in Practice</h1><p>Wednesday, March 6, 2024 at 7:00 PM to"
        " Wednesday, March 6, 2024 at 9:00 PM CET</p><div><div>Hosted By</div><div><span>Priya N.</span></div>"
        "</div><a href='/g/'><div>Berlin Ethics Circle</div><div>Public group</div></a>"
        "<p>Our March meetup looks at how fairness audits work.</p></main></body></html>"
    )
    record = _html_page(html)
    assert [(p.person.name, p.role) for p in record.participants] == [("Priya N.", "host")]
    assert [o.name for o in record.organizers] == ["Berlin Ethics Circle"]


def test_a_unit_of_an_academy_or_university_is_at_that_academy_or_university() -> None:
    text = (
        "Railways of the Empire\n\n" + EVENT + "Speaker\n\nPeter Horvath, Senior Researcher at the Institute for"
        " Balkan Studies of the Austrian Academy of Sciences\n"
    )
    assert _affiliations(_text_page(text)) == {"Peter Horvath": "Austrian Academy of Sciences"}


@pytest.mark.parametrize(
    ("line", "sponsors"),
    [
        ("Funding for this event was provided by the Hollis Foundation.", {"hollis foundation"}),
        (
            "With thanks to our funders: Hollis Foundation, Energy Futures Fund",
            {"hollis foundation", "energy futures fund"},
        ),
        (
            "This program is supported in part by a grant from the National Endowment for the Humanities.",
            {"national endowment humanities"},
        ),
        ("Thanks to the Hollis Foundation for sponsoring this event.", {"hollis foundation"}),
        ("Generously sponsored by Baker & Lowe LLP.", {"baker lowe llp"}),
    ],
)
def test_more_ways_of_naming_who_pays(line: str, sponsors: set[str]) -> None:
    record = _text_page(
        "Housing and the Budget\n\n" + EVENT + "A discussion of housing policy today.\n\n" + line + "\n"
    )
    assert _keys(record.sponsors) == sponsors


def test_two_organisations_that_present_the_event_are_its_hosts() -> None:
    line = "The Centre for Housing Research and the Urban Institute present a panel on rents."
    record = _text_page("Housing and the Budget\n\n" + EVENT + line + "\n")
    assert [o.name for o in record.organizers] == ["Centre for Housing Research", "Urban Institute"]


def test_a_research_report_with_a_bare_number() -> None:
    record = _text_page("Housing and the Budget\n\n" + EVENT + "The panel launches Research Report 24 on rents.\n")
    assert _reports(record) == [("Research Report 24", "24")]


@pytest.mark.parametrize(
    "sentence",
    ['Join us for "Salt and Empire", a book talk with the author.', 'Join "Reading Together", our book club.'],
)
def test_a_quoted_event_called_a_book_talk_or_club_is_no_publication(sentence: str) -> None:
    assert _reports(_text_page("Salt and Empire\n\n" + EVENT + sentence + "\n")) == []


@pytest.mark.parametrize(
    "line", ["A Centre for Housing Research event.", "An event by the Centre for Housing Research."]
)
def test_an_organisations_own_event_names_its_organizer(line: str) -> None:
    record = _text_page("Housing and the Budget\n\n" + EVENT + "A discussion of housing policy.\n\n" + line + "\n")
    assert [o.name for o in record.organizers] == ["Centre for Housing Research"]


@pytest.mark.parametrize("line", ["A Free Public Event.", "A Housing Futures event."])
def test_an_event_called_free_or_part_of_a_series_names_no_organizer(line: str) -> None:
    record = _text_page("Housing and the Budget\n\n" + EVENT + "A discussion of housing policy.\n\n" + line + "\n")
    assert list(record.organizers) == []
