"""Forms of webinar pages written across time zones that hold-out set 141 (Dehradun, Lugano, Ndola, Patras,
Coimbatore, Entebbe, Kristiansand and a foundation's Bevy page) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.place import read_place
from tests.test_pages_unseen import _people, _text_page


def test_a_status_line_event_ended_is_no_title() -> None:
    # a webinar platform's banner over a past event ('Event ended', 'Webinar has ended') is its state
    record = _text_page(
        """\
Airmeet
Event ended
Mekong Basin Observatory
Tue, 14 May 2024, 10:00 AM - Tue, 14 May 2024, 11:30 AM (GMT+07:00) Asia/Bangkok
Watch replay

Rivers without Borders: Sharing the Mekong's Data
Online event on Airmeet

Speaker: Dr. Somchai Wongsa, Senior Hydrologist, Mekong Basin Observatory
"""
    )
    assert record.name == "Rivers without Borders: Sharing the Mekong's Data"


def test_a_duration_field_in_hours_and_minutes_or_shortened_gives_the_end() -> None:
    # ON24's 'Duration: 1 hour 30 minutes', BigMarker's 'Duration: 90 min'
    for duration in ("Duration: 1 hour 30 minutes", "Duration: 90 min", "Duration: 1 hr 30 mins"):
        record = _text_page(
            f"""\
Webinar

Salt and Sand: Desalination on the Red Sea Coast

Date: Tuesday, June 4, 2024
Time: 09:00 AM Eastern Daylight Time
{duration}

Speaker: Dr. Hala Mansour, Research Fellow, Institute for Arid Lands
"""
        )
        assert (record.start, record.end) == ("2024-06-04T09:00:00-04:00", "2024-06-04T10:30:00-04:00"), duration


def test_a_bare_presenters_heading_over_the_agendas_people_adds_no_role() -> None:
    # BigMarker's 'Presenters' cards of the people the agenda gave their roles: their posts, no presentation each
    record = _text_page(
        """\
Grain Reserves and Price Shocks in the Sahel

Thursday, February 6, 2025 3:00 PM GMT

Agenda (GMT)
3:00 PM Welcome remarks – Mr. Idrissa Konaté, Director, Sahel Food Security Network
3:10 PM Presentation of Policy Note No. 4 – Dr. Awa Diallo, Senior Economist, Sahel Food Security Network
3:30 PM Panel discussion
Panelists:
Ms. Fatoumata Sow, President, Bamako Grain Traders' Union
Dr. Paul Mercier, Senior Lecturer, Department of Economics, University of Bordeaux
Moderator: Ms. Aminata Traoré, Editor, Sahel Weekly

Presenters
Idrissa Konaté
Director, Sahel Food Security Network
Awa Diallo
Senior Economist, Sahel Food Security Network
Fatoumata Sow
President, Bamako Grain Traders' Union
Paul Mercier
Senior Lecturer, University of Bordeaux
Aminata Traoré
Editor, Sahel Weekly
"""
    )
    roles = {(name, role) for name, role, _, _ in _people(record)}
    assert ("Awa Diallo", "presenter") in roles
    assert ("Idrissa Konaté", "introductory-remarks") in roles
    assert ("Fatoumata Sow", "panelist") in roles and ("Aminata Traoré", "moderator") in roles
    assert not {name for name, role in roles if role == "presenter"} - {"Awa Diallo"}
    assert not {name for name, role in roles if role == "speaker"}


def test_joining_from_a_town_after_a_post_is_how_one_takes_part() -> None:
    # '(joining from Oslo)', '(joining online from Chile)': not the person's body
    record = _text_page(
        """\
Ports in Transition: Green Shipping Corridors

Wednesday 9 October 2024, 15:00–16:30 CEST

Panel:
Dr. Marta Olsen, Research Director, Nordic Maritime Institute (joining from Oslo)
Prof. Diego Fuentes, Professor of Transport Economics, University of Valparaíso (joining online from Chile)
"""
    )
    people = _people(record)
    assert ("Marta Olsen", "panelist", "Nordic Maritime Institute", "Research Director") in people
    assert ("Diego Fuentes", "panelist", "University of Valparaíso", "Professor of Transport Economics") in people


def test_a_described_guest_in_conversation_with_a_host_in_a_programme_item() -> None:
    # 'HH:MM Dr. A, Post, Org, in conversation with Professor B, Post, University': A speaks, B leads
    record = _text_page(
        """\
Water Diplomacy on the Indus

Thursday 12 September 2024, 14:00 CEST

Programme
14:00 Opening remarks by Lea Baumann, Chair, Alpine Dialogue Trust
14:10 Dr. Samina Qureshi, Fellow, Alpine Dialogue Trust, in conversation with Prof. Tom Whitaker, Chair in Law, UCL
14:50 Closing remarks by Lea Baumann
"""
    )
    people = _people(record)
    assert ("Samina Qureshi", "speaker", "Alpine Dialogue Trust", "Fellow") in people
    assert ("Tom Whitaker", "moderator", "UCL", "Chair in Law") in people


def test_a_fireside_chat_item_with_a_described_guest_and_her_host() -> None:
    # 'Fireside chat – Dr. A, Post, Org, in conversation with B, Post, Org' after a welcome whose post holds an 'and'
    record = _text_page(
        """\
Seeds of Change: Cocoa after the Swollen Shoot Virus

Virtual event
Tue, Oct 8, 2024, 11:00 AM – 12:00 PM (EDT)

Agenda
Welcome – Mark Ellison, Program Director, Research and Learning, Greenfield Foundation
Fireside chat – Dr. Ama Owusu, Director, Cocoa Institute, in conversation with Julia Park, Officer, Greenfield Fund
Q&A
"""
    )
    people = _people(record)
    post = "Program Director, Research and Learning"
    welcome = ("Mark Ellison", "introductory-remarks", "Greenfield Foundation", post)
    assert welcome in people
    assert ("Ama Owusu", "speaker", "Cocoa Institute", "Director") in people
    assert ("Julia Park", "moderator", "Greenfield Fund", "Officer") in people
    assert not {name for name, role, _, _ in people if role == "introductory-remarks"} - {"Mark Ellison"}


def test_reach_out_to_names_a_contact() -> None:
    # 'Questions? Reach out to X at mail'
    record = _text_page(
        """\
Microfinance after the Floods

Thursday, March 6, 2025, 9:00 AM – 10:00 AM (EST)

Speaker: Dr. Nadia Rahman, Senior Economist, Delta Resilience Institute

Questions? Reach out to Owen Pritchard at events@example.org
"""
    )
    assert ("Owen Pritchard", "contact") in {(name, role) for name, role, _, _ in _people(record)}


def test_a_cards_one_sentence_bio_is_not_its_body() -> None:
    # 'Name' / 'Post, Body' / 'Name has covered X for a decade.': the short bio is no affiliation
    record = _text_page(
        """\
Seabed Mining and the Law of the Sea

Wednesday, May 15, 2024 · 4:00 PM - 5:00 PM CEST

Speakers

Dr. Ines Carvalho
Senior Lecturer in Maritime Law, University of Lisbon
Ines Carvalho works on the deep-sea regime of the International Seabed Authority and its mining code.

Tobias Reiner
Brussels Correspondent, Ocean Affairs Review
Tobias Reiner has reported on ocean governance for years.
"""
    )
    people = _people(record)
    assert ("Tobias Reiner", "speaker", "Ocean Affairs Review", "Brussels Correspondent") in people


def test_a_series_other_webinars_each_dated_after_a_dash_name_no_people() -> None:
    # 'Also in this series' / 'Title — date' / (blank) / 'Title and Title — On demand (recorded date)'
    record = _text_page(
        """\
Soil Carbon Markets: Promise and Pitfalls

Date: Tuesday, April 9, 2024
Time: 10:00 AM Eastern Daylight Time

Speakers

Dr. Lena Fischer
Senior Fellow, Global Soil Partnership
Lena Fischer works on carbon accounting for farms in the Sahel and East Africa.

Also in this series

Mangrove Forests and Coastal Towns — Tuesday, June 11, 2024, 10:00 AM EDT

Coastal Dunes and Rising Seas — On demand (recorded February 6, 2024)
"""
    )
    assert {name for name, _, _, _ in _people(record)} == {"Lena Fischer"}


def test_system_requirements_under_an_organizer_box_name_nobody() -> None:
    # GoToWebinar's 'System Requirements' / 'PC-based attendees: …' under the 'Organizer' box
    record = _text_page(
        """\
Remittances after the Pandemic

Wed, Jun 5, 2024 3:00 PM - 4:00 PM CEST

Speaker: Dr. Marco Bianchi, Research Fellow, Institute for Migration Economics

Organizer
Institute for Migration Economics
System Requirements
PC-based attendees: Windows 10, 8, 7
Mac-based attendees: Mac OS X 10.9 (Mavericks) or newer
"""
    )
    assert {name for name, _, _, _ in _people(record)} == {"Marco Bianchi"}


def test_a_language_switchers_lone_item_under_a_menu_word_is_no_sponsor() -> None:
    # a registration site's header: 'Support' / 'English' / 'Sign In' ('Support' is no sponsors' heading here)
    record = _text_page(
        """\
Skip to main content
meetly
Support
English
Sign In
Webinar Registration - Meetly

Topic
Tea Estates and the Living Wage in Assam
Description
The Brahmaputra Labour Institute invites you to a webinar.

Time
Mar 12, 2024 05:00 PM in (GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi
"""
    )
    assert "English" not in [org.name for org in record.sponsors]


def test_a_plot_number_before_the_road_is_an_address_not_a_host() -> None:
    # 'Hosted by' / 'X Commission' / 'Plot 4, Nile Road, Town, Country' (an East African address)
    record = _text_page(
        """\
Cage Farming on Lake Albert: Risks and Rewards

Thursday, May 8, 2025 2:00 PM EAT
Online webinar

Speaker: Dr. Grace Atim, Senior Fisheries Officer, Albertine Fisheries Commission

Hosted by
Albertine Fisheries Commission
Plot 17, Kabalega Road, Hoima, Uganda
640 followers
Follow
"""
    )
    assert [org.name for org in record.organizers] == ["Albertine Fisheries Commission"]


def test_a_po_box_after_a_plot_is_no_town() -> None:
    # 'Plot 12, X Peninsula, P.O. Box 71520, Town, Country': the box and its number are no town and postcode
    place, _ = read_place(["Plot 12, Kigamboni Peninsula, P.O. Box 71520, Dar es Salaam, Tanzania"])
    assert place is not None and place.locality == "Dar es Salaam"


def test_set_141_stays_at_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-141" / "expected.yaml")
    # (docs/ingest.md, set 141) 'Farmer perspectives – X, chair of Y, and Z, a … farmer from Town', the posts of a
    # page's own unit written 'Director of CEMIS, University' and 'Director, Centre, University', 'Fellow, Wilson
    # Center Polar Institute', a former post cut before 'to the United Nations Office at Geneva', a publisher's
    # name before 'Dialogue Paper', a foundation's office in a city the gazetteer lacks, hosts that only a
    # newsletter's or a community site's name gives and 'and by X' after a first sponsor are left
    assert scores["title"].f1 > 0.95 and scores["start"].f1 > 0.95 and scores["end"].f1 > 0.95
    assert scores["people"].f1 > 0.95 and scores["roles"].f1 > 0.95 and scores["affiliations"].f1 > 0.9
    assert scores["reports"].f1 > 0.85 and scores["job titles"].f1 > 0.9
    assert scores["organizers"].f1 > 0.85 and scores["sponsors"].f1 > 0.85
    assert scores["locality"].f1 > 0.95 and scores["attendance"].f1 > 0.95
