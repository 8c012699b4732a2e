"""Hosts and sponsors the older sets left unread (session 24, helper fix-orgs): a unit named with its
university, whichever way the page joins them, is the host, not the university too."""

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages import parse_page
from kg.pages.orgs import stated_hosts, unit_of


def test_a_unit_of_a_university_whose_name_has_small_words_is_the_unit():
    assert unit_of("Lagoon Studies Centre of Colegio de San Marcos University") == (
        "Lagoon Studies Centre",
        "Colegio de San Marcos University",
    )
    assert unit_of("Centre for Island Governance of Universidad de la Costa") == (
        "Centre for Island Governance",
        "Universidad de la Costa",
    )


def test_a_german_centre_of_a_hochschule_is_the_centre():
    assert unit_of("Kompetenzzentrum Wasser der Hochschule Nordland") == (
        "Kompetenzzentrum Wasser",
        "Hochschule Nordland",
    )
    # (a one-word institute says little without its university: one name)
    assert unit_of("Ostseeinstitut der Universität Nordland") == ("Ostseeinstitut der Universität Nordland", None)


def test_a_unit_then_its_initials_then_its_university_with_no_comma_is_the_host():
    hosts, _ = stated_hosts("The Centre for Reef Studies (CRS) Universitas Nusa Raya invites you to a discussion.")
    assert hosts == ["Centre for Reef Studies"]
    hosts, _ = stated_hosts(
        "El Centro de Estudios Andinos (CEA) de la Universidad de Tarapacá organiza este seminario."
    )
    assert hosts == ["Centro de Estudios Andinos"]


_UNIT_SITE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Spring Forum 2025 - Centre for Fjord Economies | Norland University</title>
<meta property="og:site_name" content="Norland University"></head>
<body><header><a href="/"><img src="/logo.svg" alt="Norland University"></a></header>
<main><h1>Spring Forum 2025: Salmon, Tourism and the Fjord Towns</h1>
<p>Date: 14 May 2025, 9:00 a.m. - 4:00 p.m.</p>
<p>A day of talks on how aquaculture and cruise tourism are changing the fjord towns. The forum is hosted by
the Centre for Fjord Economies and co-organized with the Vestland Fishers' Association.</p>
<p>Keynote: Dr. Ingrid Solheim, Professor of Economics, Norland University</p>
</main><footer><p>Centre for Fjord Economies · Norland University · Fjordveien 2, Bergen</p>
<p>© 2025 Norland University</p></footer></body></html>"""


def test_a_units_own_site_on_its_universitys_domain_names_the_unit_not_the_university():
    record = parse_page(_UNIT_SITE.encode(), "forum.html").record
    assert [o.name for o in record.organizers] == ["Centre for Fjord Economies", "Vestland Fishers' Association"]


def test_initials_after_the_and_that_are_the_whole_names_keep_the_and_in_it():
    hosts, _ = stated_hosts(
        "On 3 May the Center for Peru and Development (CPD) and the Lima Chamber of Commerce will co-host a briefing."
    )
    assert sorted(set(hosts)) == ["Center for Peru and Development", "Lima Chamber of Commerce"]


def test_join_a_unit_at_its_university_for_an_event():
    hosts, _ = stated_hosts(
        "Join the Centre for Lake Studies at Westmoor University for a lunchtime webinar on walleye."
    )
    assert hosts == ["Centre for Lake Studies at Westmoor University"]
    assert unit_of(hosts[0]) == ("Centre for Lake Studies", "Westmoor University")


def test_a_german_article_and_adjective_before_the_kind_are_no_part_of_the_name():
    hosts, _ = stated_hosts("Die Katholische Akademie Nordmark lädt zu diesem Studientag ein.")
    assert hosts == ["Katholische Akademie Nordmark"]
    hosts, _ = stated_hosts("La Trobe University invites you to a talk.")
    assert hosts == ["La Trobe University"]


def test_made_possible_through_the_sponsorship_of():
    _, sponsors = stated_hosts(
        "The 2026 awards are made possible through the generous sponsorship of the Bank of Nevis and the Leeward Trust."
    )
    assert sponsors == ["Bank of Nevis", "Leeward Trust"]


_SUPPORTED = """Harbour Field Club

Midwinter Lantern Walk

Saturday 19 December 2026, 5:00 pm - 7:30 pm
Meet at the Harbour Hall, Kirkwall

Join the Harbour Field Club for a lantern-lit walk along the shore to look for otters and winter birds.

The evening is part of the Orkney Winter Festival and is supported by SeaScot and the Orkney Coastal Community Fund.

The consultation is supported by the Westray Heritage Trust.
"""


def test_whatever_the_event_is_called_who_supports_it_is_a_sponsor():
    record = parse_page(_SUPPORTED.encode(), "walk.txt").record
    assert [o.name for o in record.sponsors] == ["SeaScot", "Orkney Coastal Community Fund", "Westray Heritage Trust"]
    # (a body's own funder is no sponsor of the event)
    text = _SUPPORTED.replace("The consultation", "The Harbour Field Club")
    assert "Westray Heritage Trust" not in [o.name for o in parse_page(text.encode(), "walk.txt").record.sponsors]
    # (nor the funder of the research the event presents)
    text = _SUPPORTED.replace("The consultation is", "The research presented was")
    assert "Westray Heritage Trust" not in [o.name for o in parse_page(text.encode(), "walk.txt").record.sponsors]


def test_a_body_whose_name_reads_like_a_persons_set_apart_before_its_partner():
    hosts, sponsors = stated_hosts(
        "The Central Bank of Nevis, in collaboration with the University of Nevis, is pleased to invite the public."
    )
    assert (hosts, sponsors) == (["Central Bank of Nevis"], ["University of Nevis"])


def test_initials_with_a_figure_in_brackets_after_the_host():
    hosts, sponsors = stated_hosts(
        "The River City Centre for Health Policy (RC2HP), in partnership with the Delta State Health Agency,"
        " cordially invites you to a stakeholders' forum."
    )
    assert (hosts, sponsors) == (["River City Centre for Health Policy"], ["Delta State Health Agency"])


def test_a_sentence_that_opens_with_the_bodys_own_event_names_the_host():
    hosts, _ = stated_hosts(
        "The Tasman Policy Council's winter Harbour Forum brings legislators and mariners together for a day."
    )
    assert hosts == ["Tasman Policy Council"]
    hosts, _ = stated_hosts("She spoke at the Tasman Policy Council's annual conference in 2019.")
    assert hosts == []


def test_a_host_that_co_hosts_the_event_with_another_names_both():
    hosts, sponsors = stated_hosts(
        "The Desert Water Institute (DWI) co-hosts the forum with the Dry Country Land Centre. It is supported by"
        " the Mulga Foundation."
    )
    assert (hosts, sponsors) == (["The Desert Water Institute", "Dry Country Land Centre"], ["Mulga Foundation"])


_FIELD_PARTNER = """Who Owns the Lakes? Water Rights in the Alpine Foreland

Date: Thursday, 12 March 2026, 18:30–20:00
Venue: Lecture Hall 3, Kapitelgasse 5, Innsbruck

A public podium discussion on how the lakes of the Alpine foreland are shared between towns, farms and hydropower.

Organiser: Tyrol Centre for Water Governance (TCWG), in cooperation with the Europe Direct Information Centre Tyrol
Contact: Anna Berger, Event Coordinator
"""


def test_a_host_fields_partner_after_the_host_is_a_sponsor():
    record = parse_page(_FIELD_PARTNER.encode(), "podium.txt").record
    assert [o.name for o in record.organizers] == ["Tyrol Centre for Water Governance"]
    assert [o.name for o in record.sponsors] == ["Europe Direct Information Centre Tyrol"]


def test_the_older_sets_keep_the_hosts_and_sponsors_these_forms_gave():
    data = Path(__file__).parent / "data"
    # (docs/ingest.md, session 24's fix-orgs; levels after the fixes, the base's in brackets)
    for number, organizers, sponsors in (
        (49, 0.99, 0.74),  # organizers 0.83: 'Join the Centre … at … University for'
        (84, 0.99, 0.93),  # organizers 0.84: 'Center for China and Globalization (CCG) and the …'
        (100, 0.99, 0.99),  # organizers 0.82: 'The Central Bank of Belize, in collaboration with …'
        (102, 0.86, 0.92),  # sponsors 0.77: 'made possible through the generous sponsorship of'
        (117, 0.92, 0.74),  # sponsors 0.64: 'The evening … is supported by NatureScot and …'
    ):
        scores = measure(data / f"holdout-{number}" / "expected.yaml")
        assert scores["organizers"].f1 > organizers and scores["sponsors"].f1 > sponsors, number
    # reports 0.94: 'Presentation of the Field Report' beside 'Tautai Field Report No. 2'
    assert measure(data / "holdout-125" / "expected.yaml")["reports"].f1 > 0.99


_SHORT_REPORT = """Harbour Heritage Foundation

Launch: Harbour Field Report No. 4

Thursday 12 March 2026, 5:30 pm - 7:30 pm
Harbour Hall, Nuku'alofa

The evening launches Harbour Field Report No. 4: Reef Names of the Northern Islands, compiled by Dr. Sela Tupou.

Program
5:30 PM Refreshments
6:00 PM Presentation of the Field Report - Dr. Sela Tupou
7:00 PM Questions from the floor
"""


def test_a_work_named_again_by_the_last_words_of_its_series_is_one_work():
    record = parse_page(_SHORT_REPORT.encode(), "launch.txt").record
    assert {(r.name, r.report_number) for r in record.reports} == {("Harbour Field Report No. 4", "4")}
