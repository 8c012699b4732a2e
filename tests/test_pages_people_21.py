"""People, role, affiliation and job-title forms that hold-out set 115 (Missoula, Sligo, Yellowknife,
Mbabane, Belmopan, Lancaster, Shillong and Alice Springs sites) showed the ingester missing, one test per
form. Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.lines import match_label, session_role, split_lines
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries, stated_roles
from tests.test_pages_unseen import _html_page, _people, _text_page


def _described(line: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.job_title, e.affiliation) for e in parse_entries(line)]


def _role(line: str) -> str | None:
    found = match_label(line)
    return found[0].role if found else None


def test_a_lectures_responding_heading_names_its_respondents() -> None:
    record = _text_page(
        "Rivers and the Law\n\nDate\nTuesday 9 June 2026\n\nTime\n18:00 to 19:30\n\n"
        "The lecture will be given by Professor Ann Kerr, Chair of the River Board.\n\n"
        "Responding:\nCllr Peter Oakes (Preston City Council)\nDr Mary Lund (Ribble Rivers Trust)\n"
    )
    assert ("Peter Oakes", "respondent", "Preston City Council", None) in _people(record)
    assert ("Mary Lund", "respondent", "Ribble Rivers Trust", None) in _people(record)


def test_a_name_written_family_name_first_with_titles_in_brackets_has_no_employer() -> None:
    # an index of the speakers: 'Family, Given (titles)'; the titles are not a body
    assert _described("Okafor, Grace (Dr)") == [("Grace Okafor", None, None)]
    assert _described("MENSAH, Kofi (Prof.)") == [("Kofi Mensah", None, None)]
    assert _described("Tjapaltjarri, Ronnie Jakamarra (Rev.)") == [("Ronnie Jakamarra Tjapaltjarri", None, None)]
    assert _described("OWUSU, Kwame (Maj Gen, Retd)") == [("Kwame Owusu", None, None)]
    # a body in the brackets stays the employer
    assert _described("Okafor, Grace (World Bank)") == [("Grace Okafor", None, "World Bank")]


def test_an_index_of_the_speakers_family_name_first_adds_no_role_to_the_programmes_people() -> None:
    record = _text_page(
        "Water for the Plains\n\nThursday 10 July 2025\n10.00am – 1.00pm\nTown Hall, Dubbo\n\nProgram\n\n"
        "10.00am  Welcome — Dr Helen Rudd, Director, Plains Water Institute\n"
        "10.15am  Panel: who gets the water?\n"
        "         Tom Gale — Chair at Macquarie Irrigators\n"
        "         Dr Ruth Baird — Senior Lecturer at Charles Sturt University\n"
        "         Sam Kemp — Coordinator at Dubbo Landcare\n"
        "12.45pm  Close\n\n"
        "Speakers (A–Z)\nBaird, Ruth (Dr)\nGale, Tom\nKemp, Sam\nRudd, Helen (Dr)\n"
    )
    people = _people(record)
    assert ("Ruth Baird", "panelist", "Charles Sturt University", "Senior Lecturer") in people
    assert ("Helen Rudd", "introductory-remarks", "Plains Water Institute", "Director") in people
    assert not [p for p in people if p[1] == "speaker"]


def test_a_seminars_closing_words_and_summing_up_are_closing_remarks() -> None:
    assert _role("Closing words") == "closing-remarks"
    assert _role("Summing up") == "closing-remarks"
    # a First Nation's welcome to its territory opens the event, as a Welcome to Country does
    assert _role("Welcome to Treaty 6 territory") == "introductory-remarks"
    assert _role("Welcome to Country") == "introductory-remarks"


def test_an_agenda_rows_launch_or_findings_of_a_numbered_work_is_presented_by_its_people() -> None:
    assert session_role("11.05, Launch of IRD Discussion Paper No. 7, Dr Ann Byrne") == "presenter"
    assert session_role("10.30am  Where the money went: findings of Audit Report 2025/2 — Dr Ann Byrne") == (
        "presenter"
    )
    assert session_role("11.30, Coffee") is None
    assert session_role("12.00, Panel: who pays?, A, B") == "panelist"


def test_a_unit_or_portfolio_between_a_post_and_at_its_body_stays_in_the_post() -> None:
    assert _described("Joan Reid — Manager, Groundwater Branch at the Department of Water and Land") == [
        ("Joan Reid", "Manager, Groundwater Branch", "Department of Water and Land")
    ]
    assert _described("Joan Reid — Vice-President, Policy at the Yukon Chamber of Commerce") == [
        ("Joan Reid", "Vice-President, Policy", "Yukon Chamber of Commerce")
    ]
    # a councillor's post at her council, and an Irish council's chair
    assert _described("Cr Joan Reid — Councillor at Barkly Regional Council") == [
        ("Joan Reid", "Councillor", "Barkly Regional Council")
    ]
    assert _described("Cllr Joan Reid, Cathaoirleach, Leitrim County Council") == [
        ("Joan Reid", "Cathaoirleach", "Leitrim County Council")
    ]


def test_a_role_cell_before_a_bare_name_names_that_role() -> None:
    # a programme table's row whose time cell is empty: 'Moderator' and the name, her post on a card
    assert _role("Modhnóir / Moderator, Cathal Reilly") == "moderator"
    assert _role("Moderator, Cathal Reilly") == "moderator"
    # but not a speaker's (a name alone after 'Speaker' is no row of a role), nor a post's cell
    assert _role("Speaker, Cathal Reilly") is None
    assert _role("Chair, Department of History") is None


def test_a_programme_rows_role_cell_set_out_in_columns_with_no_time_is_a_label() -> None:
    text = (
        "11:00 AM    Chair          Prof. Ann Lyngdoh, Department of History, Cotton University\n"
        "            Panellists     Dr. Rita Sangma, St. Edmund's College\n"
        "                           Mr. Ivan Syiem, Tura Traders' Union\n"
    )
    assert split_lines(text)[1] == "Panellists: Dr. Rita Sangma, St. Edmund's College"
    record = _text_page(
        "Trade on the Border\n\nFriday, 7 March 2025 | 10:30 AM – 4:00 PM\nCotton University, Guwahati\n\n"
        "PROGRAMME\n\n" + text
    )
    assert ("Rita Sangma", "panelist", "St. Edmund's College", None) in _people(record)
    assert ("Ivan Syiem", "panelist", "Tura Traders' Union", None) in _people(record)
    assert ("Ann Lyngdoh", "chair", "Cotton University", None) in _people(record)


def test_a_programme_table_whose_posts_are_on_cards_below_keeps_the_tables_roles() -> None:
    rows = (
        "<tr><td>10.00</td><td>Welcome</td><td>Dr Orla Breen</td></tr>"
        "<tr><td>10.20</td><td>Launch of IRD Working Paper No. 9</td><td>Dr Ciara Lyons</td></tr>"
        "<tr><td>11.00</td><td>Panel discussion</td><td>Eoin Daly; Niamh Cole</td></tr>"
        "<tr><td></td><td>Moderator</td><td>Sean Foley</td></tr>"
    )
    cards = "".join(
        f"<div class='card'><p class='name'>{name}</p><p>{post}</p><p>{org}</p></div>"
        for name, post, org in (
            ("Dr Orla Breen", "Head of Centre", "Institute for Rural Development"),
            ("Dr Ciara Lyons", "Research Fellow", "Institute for Rural Development"),
            ("Eoin Daly", "Manager", "Leitrim Digital Hub"),
            ("Niamh Cole", "Policy Officer", "Leitrim Development Company"),
            ("Sean Foley", "Senior Reporter", "Shannonside FM"),
        )
    )
    record = _html_page(
        "<html><head><title>Remote Work in Small Towns</title></head><body><main><h1>Remote Work in Small Towns</h1>"
        "<p>Date: Tuesday 25 November 2025</p><p>Time: 10.00am – 1.00pm</p><p>Venue: Town Hall, Carrick-on-Shannon</p>"
        f"<h3>Programme</h3><table>{rows}</table><h3>Speakers</h3>{cards}</main></body></html>"
    )
    people = _people(record)
    assert ("Ciara Lyons", "presenter", "Institute for Rural Development", "Research Fellow") in people
    assert ("Sean Foley", "moderator", "Shannonside FM", "Senior Reporter") in people
    assert not [p for p in people if p[1] == "speaker"]


def test_a_short_lead_in_sentence_over_a_list_names_its_panel() -> None:
    # eleven words: too short to read as prose, still a sentence that names the role of the list under it
    assert _role("The report will then be discussed by a panel of practitioners:") == "panelist"
    record = _text_page(
        "Courts in Crisis\n\nOn Tuesday, 14 May 2024, from 9:00 a.m. to 12:00 p.m., the institute will hold a"
        " roundtable at the Civic Hall, Belmopan.\n\nThe report will then be discussed by a panel of practitioners:\n\n"
        "• Ms. Lena Usher (Belize Bar Association)\n\n• Mr. Carl Flowers (Prison Reform Trust)\n"
    )
    assert ("Lena Usher", "panelist", "Belize Bar Association", None) in _people(record)
    assert ("Carl Flowers", "panelist", "Prison Reform Trust", None) in _people(record)


def test_after_which_opens_a_clause_with_a_subject_and_a_role_of_its_own() -> None:
    line = (
        "The morning opens with a welcome from institute director Dr. Rosa Pech, after which the Hon. Mark"
        " Usher, Minister of Justice, will deliver opening remarks."
    )
    assert [(e.name, e.role, e.job_title) for e in cued_entries(line)] == [
        ("Rosa Pech", "introductory-remarks", "institute director")
    ]
    assert [(e.name, e.role, e.job_title) for e in stated_roles(line)] == [
        ("Mark Usher", "introductory-remarks", "Minister of Justice")
    ]


def test_two_subjects_joined_by_and_share_the_verb_of_their_sentence() -> None:
    line = (
        "Research fellow Dr. Omar Young and his co-author Ms. Lia Pott, a doctoral candidate at the University of"
        " Guyana, will then present the new study."
    )
    assert [(e.name, e.role) for e in stated_roles(line)] == [("Omar Young", "presenter"), ("Lia Pott", "presenter")]
    assert stated_roles("Questions and answers will follow the talk.") == []
    # one person's two posts before her name are no two subjects
    welcome = "The Dean and Provost, Professor Ana Lee, will welcome guests."
    assert [(e.name, e.role) for e in stated_roles(welcome)] == [("Ana Lee", "introductory-remarks")]


def test_an_unquoted_talk_title_in_sentence_case_before_a_dash_is_not_the_speakers_name() -> None:
    assert _described("Reading the rocks — Professor Ann Lyle — Director at the Basin Research Centre") == [
        ("Ann Lyle", "Director", "Basin Research Centre")
    ]
    # a post or a body before the dash is no talk
    assert _described("Jane Doe — Director at the Basin Research Centre") == [
        ("Jane Doe", "Director", "Basin Research Centre")
    ]
    assert _described("Ministry of water — Jane Doe") == []


def test_an_index_line_family_name_first_with_titles_is_a_name_whose_given_name_may_be_a_posts_word() -> None:
    assert [(e.name, e.honorific) for e in parse_entries("Okoro, Dean (Hon.)")] == [("Dean Okoro", "Hon.")]
    assert _described("Okoro, Dean (Chair)") == []  # not titles: no index line


def test_a_tribes_name_joined_by_and_is_one_body() -> None:
    assert _described("Ann Doney, Lands Director, Confederated Umatilla and Walla Walla Tribes") == [
        ("Ann Doney", "Lands Director", "Confederated Umatilla and Walla Walla Tribes")
    ]
    assert _described("Laurence Tribe, Professor, Harvard Law School") == [
        ("Laurence Tribe", "Professor", "Harvard Law School")
    ]


def test_questions_that_can_go_to_a_person_name_the_contact() -> None:
    record = _text_page(
        "Water for the Plains\n\nThursday 10 July 2025\n10.00am – 1.00pm\nTown Hall, Dubbo\n\n"
        "Dr Helen Rudd will open the forum.\n\n"
        "Questions about the forum can go to Mia Clarke, Events Coordinator, on (02) 6881 1234.\n"
    )
    assert ("Mia Clarke", "contact", None, "Events Coordinator") in _people(record)


def test_a_programme_lines_name_after_its_outlets_possessive_has_that_employer() -> None:
    assert _described("CBC North's Hannah Roe") == [("Hannah Roe", None, "CBC North")]
    assert _described("the BBC's Jane Doe") == [("Jane Doe", None, "BBC")]
    # a founder's possessive names a body, not a person's employer
    assert _described("Brennan's Fine Art Gallery") == []
    record = _html_page(
        "<html><head><title>Roads North</title></head><body><main><h1>Roads North</h1>"
        "<p>Wednesday, February 4, 2026 · 7:00 – 9:00 PM · City Hall, Yellowknife</p>"
        "<p><b>Panel</b></p><ul><li>Dr. Ann Lee — Professor at the University of Alberta</li></ul>"
        "<p><b>Moderator</b> — CBC North's Hannah Roe</p></main></body></html>"
    )
    assert ("Hannah Roe", "moderator", "CBC North", None) in _people(record)


def test_hold_out_set_115_keeps_the_levels_its_fixes_reached() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-115" / "expected.yaml")
    for field in ("start", "end", "people", "roles", "reports", "organizers", "sponsors"):
        assert scores[field].f1 >= 0.9, field
    # left (docs/ingest.md, set 115): the Mbabane heading's subtitle after its dash, the Sligo end after
    # '(registration)', 'The Hon. Dean X MLA' (a given name that is also a post's word), a centre written
    # with its university's short name after it ('X Centre, ATU Sligo'), a region after a post ('Regional
    # Manager, North-West'), an ambassador's 'Remarks' and a high commissioner's 'will also say a few words'
    # (featured remarks), a 'Media' box's contact, a venue line's town with no label (Sligo, Belmopan,
    # Alice Springs)
    assert scores["title"].f1 >= 0.85 and scores["affiliations"].f1 >= 0.88 and scores["job titles"].f1 >= 0.86
    assert scores["locality"].f1 > 0.75 and scores["attendance"].f1 > 0.85
