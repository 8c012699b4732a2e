"""Role and report forms that earlier hold-out sets left unread (sets 60, 84, 88, 89, 95, 99, 104,
107, 112 and 118 showed them), one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.launched import launched_titles
from kg.records import EventRecord
from tests.test_pages_unseen import _html_page, _text_page


def _roles(record: EventRecord) -> dict[str, str]:
    return {p.person.name: p.role for p in record.participants}


def _reports(record: EventRecord) -> set[tuple[str, str | None]]:
    return {(r.name, r.report_number) for r in record.reports}


def _session_page(leader: str) -> dict[str, str]:
    """The roles on a programme whose morning session is led by `leader` ('Moderator', 'Chair')."""
    text = (
        "Harbours in a Warming Sea\n\n"
        "Thursday 12 March 2026, 09:00 - 12:00\n"
        "Seaview Hall, 4 Pier Road, Galway\n\n"
        "Programme\n\n"
        "09:00 Opening\n"
        "Dr. Orla Keane, Director, Western Marine Institute\n\n"
        "09:30 Morning Session: Ports and the Rising Tide\n"
        f"{leader}: Dr. Ciarán Walsh, Senior Fellow, Western Marine Institute\n"
        "Prof. Maeve Duggan, Professor of Coastal Engineering, University of Galway\n"
        "Mr. Tadhg Brennan, Harbour Master, Port of Galway\n"
        "Dr. Niamh Fahy, Head, Climate Adaptation Unit, Galway County Council\n"
    )
    return _roles(_text_page(text))


def test_the_people_listed_after_a_sessions_moderator_are_its_panelists() -> None:
    # a session whose title names no role: the people its moderator leads are panelists, as sets 67, 73
    # and 84 answer them
    roles = _session_page("Moderator")
    assert roles["Ciarán Walsh"] == "moderator"
    assert {roles[n] for n in ("Maeve Duggan", "Tadhg Brennan", "Niamh Fahy")} == {"panelist"}
    assert roles["Orla Keane"] == "introductory-remarks"


def test_the_people_listed_after_a_sessions_chair_stay_speakers() -> None:
    # the other half of the convention: a chair's session lists its speakers (sets 48-63)
    roles = _session_page("Chair")
    assert roles["Ciarán Walsh"] == "chair"
    assert {roles[n] for n in ("Maeve Duggan", "Tadhg Brennan", "Niamh Fahy")} == {"speaker"}


def _participants_under(item: str) -> dict[str, str]:
    """The roles on a programme that lists 'Participants:' under the item `item`."""
    text = (
        "Water for the Island\n\n"
        "Friday 6 June 2025, 10:00 - 12:30\n"
        "Town Hall, Main Street, Ennis\n\n"
        "Programme\n\n"
        f"10:15 - 12:00 {item}\n"
        "Chair: Dr Seán Kiely, Lecturer in Hydrology, University of Limerick\n\n"
        "Participants:\n"
        "Mr Pádraig Moran, Chief Engineer, Clare County Council\n"
        "Ms Úna Cleary, Chairperson, Burren Farmers' Association\n"
    )
    return _roles(_text_page(text))


def test_a_round_tables_participants_are_its_panelists() -> None:
    # 'Participants:' names no part of its own: under a round table's item they are its panelists
    roles = _participants_under("Round table")
    assert roles["Seán Kiely"] == "chair"
    assert {roles[n] for n in ("Pádraig Moran", "Úna Cleary")} == {"panelist"}


def test_participants_under_a_talks_item_stay_speakers() -> None:
    # the item, not the list's word, names the role: a lecture's 'Participants:' are its speakers
    roles = _participants_under("Lectures")
    assert {roles[n] for n in ("Pádraig Moran", "Úna Cleary")} == {"speaker"}


def _listed_under(lead_in: str) -> dict[str, str]:
    """The roles on a page that lists two people under a sentence, its moderator after them."""
    html = (
        "<html><head><title>Fish, Fuel and Freight</title></head><body><main>"
        "<h1>Fish, Fuel and Freight</h1>"
        "<p>Tuesday 3 March 2026, 10:00 – 12:00, Harbour Room, Vuna Road, Nuku'alofa</p>"
        f"<p>{lead_in}</p><ul>"
        "<li>Mele Tupou, Chief Executive, Tonga Fisheries Association</li>"
        "<li>Viliami Hala, Senior Economist, Ministry of Finance</li>"
        "</ul><p>Moderator: Losana Fifita, Lecturer, Tonga Institute of Higher Education</p>"
        "</main></body></html>"
    )
    return _roles(_html_page(html))


def test_a_sentence_naming_a_panel_over_a_list_heads_panelists() -> None:
    # '… after which a panel will discuss the findings:' and '… followed by a talanoa with:' over a list
    for lead_in in (
        "The authors will present the study, after which a panel will discuss the findings:",
        "Dr Sione Latu will present the brief, followed by a talanoa with:",
    ):
        roles = _listed_under(lead_in)
        assert {roles[n] for n in ("Mele Tupou", "Viliami Hala")} == {"panelist"}, lead_in
        assert roles["Losana Fifita"] == "moderator"


def test_a_sentence_with_a_list_of_speakers_keeps_them_speakers() -> None:
    # a sentence that names no panel: the people 'with' leads to are speakers
    roles = _listed_under("Join us for an evening of short talks with:")
    assert {roles[n] for n in ("Mele Tupou", "Viliami Hala")} == {"speaker"}


def test_a_panel_items_theme_then_with_names_its_panelists() -> None:
    # 'Panel: the farmer, the buyer and the bank, with A, B and C, moderated by D': the theme has commas of
    # its own; the people after 'with' are all the panel's
    html = (
        "<html><head><title>Who Pays for the Harvest?</title></head><body><main>"
        "<h1>Who Pays for the Harvest?</h1><p>Thursday, March 5, 2026, 9:00 a.m. – 11:00 a.m.</p>"
        "<p>Grange Hall, 200 Main Street, Ames, Iowa</p><h2>Agenda</h2><ul>"
        "<li><strong>9:00 a.m.</strong> Welcome by Dr. Ruth Olsen, director of the Prairie Institute</li>"
        "<li><strong>9:15 a.m.</strong> Panel: the farmer, the buyer and the bank, with Carl J. Swenson, "
        "Maria T. Ochoa and Dale Whitcomb Jr., moderated by Ellen Brandt</li></ul>"
        "</main></body></html>"
    )
    roles = _roles(_html_page(html))
    assert {roles[n] for n in ("Carl J. Swenson", "Maria T. Ochoa")} == {"panelist"}
    assert roles["Ellen Brandt"] == "moderator"


def test_a_programme_item_by_the_guest_of_honour_is_her_featured_part() -> None:
    # 'Release of the Report by the Chief Guest', 'Remarks by the Guest of Honour and official launch of X':
    # what the guest of honour does in a South Asian or Pacific programme is her featured remarks
    text = (
        "Coastal Livelihoods Survey 2025: Release of the Report\n\n"
        "Date: Friday, 7 March 2025\n"
        "Venue: Seminar Hall, Marine Drive, Kochi\n\n"
        "Programme\n\n"
        "10.30 am   Welcome Address: Dr. Asha Menon, Director, Coastal Studies Institute\n"
        "10.45 am   Release of the Report by the Chief Guest: Smt. Radha Pillai, Member, State Planning Board\n"
    )
    roles = _roles(_text_page(text))
    assert roles["Radha Pillai"] == "featured-remarks"
    assert roles["Asha Menon"] == "introductory-remarks"
    html = (
        "<html><head><title>Launch of the Market Index 2025</title></head><body><main>"
        "<h1>Launch of the Market Index 2025</h1><p>Tuesday 4 March 2025, 10:00am – 12:00pm, Mendana Hall, "
        "Honiara</p><table><tr><td>10:00am</td><td>Welcome remarks</td><td>Dr. Mary Tora, Director, Pacific "
        "Policy Centre</td></tr><tr><td>10:10am</td><td>Remarks by the Guest of Honour and official launch of "
        "the Index</td><td>Hon. Peter Galo, Minister for Commerce</td></tr></table></main></body></html>"
    )
    roles = _roles(_html_page(html))
    assert roles["Peter Galo"] == "featured-remarks"
    assert roles["Mary Tora"] == "introductory-remarks"


def test_a_programme_item_from_a_person_gives_her_its_role() -> None:
    # 'Closing thoughts from Prof. X': the moderator of the panel before closes the forum too (two roles)
    html = (
        "<html><head><title>Who Pays for the Harvest?</title></head><body><main>"
        "<h1>Who Pays for the Harvest?</h1><p>Thursday, March 5, 2026, 9:00 a.m. – 11:00 a.m.</p>"
        "<p>Grange Hall, 200 Main Street, Ames, Iowa</p><h2>Agenda</h2><ul>"
        "<li><strong>9:15 a.m.</strong> Panel discussion, moderated by Prof. Ellen Brandt, Iowa State University"
        "</li><li><strong>10:45 a.m.</strong> Closing thoughts from Prof. Ellen Brandt</li>"
        "<li><strong>11:00 a.m.</strong> Field visit (bus departs from Grange Street)</li></ul>"
        "</main></body></html>"
    )
    roles = {(p.person.name, p.role) for p in _html_page(html).participants}
    assert {("Ellen Brandt", "moderator"), ("Ellen Brandt", "closing-remarks")} <= roles
    assert not any(name == "Grange Street" for name, _ in roles)  # a place a bus leaves from


def test_the_papers_author_with_a_post_in_three_parts_presents_its_findings() -> None:
    # 'The paper's author, Dr. X, Assistant Professor, Department of Y, Z University, will present its findings'
    text = (
        "After the Mission: Lessons of a Decade in the Sahel\n\n"
        "Thursday, 3 November 2011, 4:00 pm - 5:30 pm\n"
        "Robert Sutherland Hall, Room 202, Kingston\n\n"
        "The Centre launches its new working paper on the mission. The paper's author, Dr. Hélène Marchetti-Ross, "
        "Assistant Professor, Department of History, Lakeshore University, will present its findings. The "
        "discussion will be moderated by Prof. Owen Tremblay, Director of the Centre.\n"
    )
    roles = _roles(_text_page(text))
    assert roles["Hélène Marchetti-Ross"] == "presenter"
    assert roles["Owen Tremblay"] == "moderator"


def test_a_works_programme_item_presented_by_a_person_makes_her_its_presenter() -> None:
    # 'Launch of the X Guide (Technical Report No. 12), presented by Dr. Y, post' and '… – presented by its
    # editor, Dr Z, post': the person presents the work the item launches ('presented by the X Institute'
    # names a host, no person)
    text = (
        "Northern Research Week 2025\n\n"
        "Wednesday, November 19, 2025, 9:00 a.m. – 4:00 p.m.\n"
        "Explorer Hall, 49 Street, Yellowknife\n\n"
        "Program\n"
        "9:00 a.m. – Keynote: Dr. Hannah Sewell, Associate Professor, University of Waterloo\n"
        "1:30 p.m. – Launch of the Lakes Data Guide (Technical Report No. 12), presented by Dr. Mira Tsetso, "
        "Data Steward, Aurora Research Network\n"
        "2:30 p.m. – Launch of River Voices: Oral Histories (Occasional Paper No. 9) – presented by its editor, "
        "Dr Ana Pereira, Senior Lecturer, Northern College\n"
    )
    roles = _roles(_text_page(text))
    assert roles["Mira Tsetso"] == "presenter"
    assert roles["Ana Pereira"] == "presenter"
    assert roles["Hannah Sewell"] == "keynote"


def test_the_release_of_a_numbered_report_is_presented_by_its_people() -> None:
    # 'Release of Technical Report No. 2025-02' over its authors: they present it, as at a launch (a release
    # with no number, 'Release of the Occasional Paper', is a guest's, set 84)
    html = (
        "<html><head><title>Water Forum 2025</title></head><body><main><h1>Water Forum 2025</h1>"
        "<p>Friday 14 November 2025, 9:00 – 12:00, Lecture Hall, Mangilao, Guam</p><table>"
        "<tr><td>9:00</td><td>Welcome</td><td>Dr. Lorna Cruz, Director, Island Water Lab</td></tr>"
        "<tr><td>10:15</td><td>Release of Technical Report No. 2025-04</td><td>Rita M. Flores, Research "
        "Associate, Island Water Lab</td></tr></table></main></body></html>"
    )
    roles = _roles(_html_page(html))
    assert roles["Rita M. Flores"] == "presenter"
    assert roles["Lorna Cruz"] == "introductory-remarks"


def test_institutional_greetings_are_introductory_remarks() -> None:
    # 'Institutional greetings – Prof. X, Rector': the welcome as Italian and Iberian programmes translate theirs
    html = (
        "<html><head><title>The Tides of the Lagoon</title></head><body><main><h1>The Tides of the Lagoon</h1>"
        "<p>Thursday 9 October 2025, 17:00 – 19:00, Aula Magna, Via Roma 12, Venice</p><p>Programme</p><ul>"
        "<li>17:00 Institutional greetings – Prof. Chiara Benedetti, Rector of the University of Venice</li>"
        "<li>17:15 Lecture – Prof. Marco Rinaldi, Professor of Oceanography, University of Trieste</li>"
        "</ul></main></body></html>"
    )
    roles = _roles(_html_page(html))
    assert roles["Chiara Benedetti"] == "introductory-remarks"
    assert roles["Marco Rinaldi"] == "speaker"


def test_a_reports_name_keeps_the_apostrophe_the_page_prints() -> None:
    # the text is read with straight apostrophes; the answers cite a title as printed
    html = (
        "<html><head><title>Report launch</title></head><body><main><h1>Report launch: Sharing the Catch</h1>"
        "<p>Wednesday 4 March 2026, 10:00 – 11:30, Harbour Hall, Quay Street, Galway</p>"
        "<p>The Western Marine Institute will launch its new report <em>Galway Bay&#8217;s Fisheries: "
        "Who Gains, Who Pays?</em> at the event.</p></main></body></html>"
    )
    assert ("Galway Bay’s Fisheries: Who Gains, Who Pays?", None) in _reports(_html_page(html))
    straight = html.replace("&#8217;", "'")
    assert ("Galway Bay's Fisheries: Who Gains, Who Pays?", None) in _reports(_html_page(straight))


def test_a_titled_paper_of_the_kind_a_numbered_one_is_named_by_its_number() -> None:
    # 'launched its new working paper, "X"' on a page that names 'Working Paper Series No. 57': one work,
    # named by its series and number, as '"X" (Working Paper No. 57)' is
    text = (
        "Who Owns the Catch? Fisheries Rents in the Gulf of Thailand\n\n"
        "Date: Tuesday, 14 June 2016\n"
        "Venue: Institute hall, Phnom Penh\n\n"
        "Download Working Paper Series No. 57\n\n"
        'On June 14 the Institute launched its new working paper, "Who Owns the Catch? Fisheries Rents in '
        'the Gulf of Thailand," before some sixty officials and students.\n'
    )
    assert _reports(_text_page(text)) == {("Working Paper Series No. 57", "57")}


def test_a_titled_work_of_another_kind_stays_beside_a_numbered_one() -> None:
    text = (
        "Who Owns the Catch?\n\n"
        "Date: Tuesday, 14 June 2016\n"
        "Venue: Institute hall, Phnom Penh\n\n"
        "Download Policy Brief No. 12\n\n"
        'On June 14 the Institute launched its new report, "Who Owns the Catch? Fisheries Rents in the Gulf '
        'of Thailand," before some sixty officials and students.\n'
    )
    assert _reports(_text_page(text)) == {
        ("Policy Brief No. 12", "12"),
        ("Who Owns the Catch? Fisheries Rents in the Gulf of Thailand", None),
    }


def test_a_policy_briefing_and_a_bodys_named_report_are_launched_works() -> None:
    # 'her new Policy Briefing, X' (a briefing is a brief), 'the publication of the Lowy Institute report X'
    # (a body's name, which its last word says it is, before the kind)
    assert launched_titles(
        "Dr Amina Noor will present the findings of her new Policy Briefing, Ports and Power: Gulf Money in "
        "the Horn of Africa. A discussion follows."
    )[0][0] == ("Ports and Power: Gulf Money in the Horn of Africa")
    assert launched_titles(
        "The panel marks the publication of the Lowy Institute report Rising Tides: Pacific Fisheries and the "
        "Law. Questions follow."
    )[0][0] == ("Rising Tides: Pacific Fisheries and the Law")
