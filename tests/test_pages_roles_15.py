"""Role forms that hold-out set 88 (panels, workshops and roundtables from Lund, Brno, Yogyakarta,
Arusha, Limerick, Dubai, Valparaíso and Tampere sites) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_a_session_item_names_its_chair_after_a_dash_and_a_role_label() -> None:
    # 'Session 1: Old harbours – Chair: X, Post, Org': the session's chair, not one more speaker
    page = (
        "Harbour history day\n\n12 March 2024, 10:00-12:00\nRoom 5, Kirkegata 3, Oslo\n\nProgramme\n\n"
        "10:00, Session 1: Old harbours – Chair: Kari Nordmann, Senior Lecturer, University of Oslo\n\n"
        "A talk about quays\nPresenter: Ola Hansen (University of Bergen)\n"
    )
    people = _people(_text_page(page))
    assert ("Kari Nordmann", "chair", "University of Oslo", "Senior Lecturer") in people
    assert not any(r == "speaker" for _, r, *_ in people)


def test_a_bulleted_talk_with_a_long_quoted_title_under_a_chair_names_its_speaker() -> None:
    # a quoted title with a colon and commas of its own reads like running text; after a dash
    # its speaker follows, as the other talks of the session list theirs
    page = (
        "Workshop on rivers\n\n3 June 2024\nMain Hall, Plaza Mayor 1, Lima\n\n"
        "10:50 Panel 1: Rivers and their towns\nChair: Dr. Ana Ruiz (Universidad de Lima)\n"
        '- "Salt and stevedores: merchants, lighters and labour on the quays of the lower river" – Dr. Luis'
        " Paredes (Universidad del Pacífico)\n"
        '- "Floods and their towns" – Dr. Mary Stone (University of Leeds)\n\n13:00 Lunch\n'
    )
    people = {(n, r, a) for n, r, a, _ in _people(_text_page(page))}
    assert ("Luis Paredes", "speaker", "Universidad del Pacífico") in people
    assert ("Mary Stone", "speaker", "University of Leeds") in people


def test_a_programme_table_whose_heading_row_names_roles_gives_each_cell_under_it_that_role() -> None:
    # '<th>Paper</th><th>Presenter</th><th>Discussant</th>': the row 'Title, X (Org), Y (Org)' read
    # cell by cell; a row spanning the columns keeps its own labels
    page = (
        "<html><body><main><h1>Forests and the law</h1><p>14 May 2024, 09.00–12.00, Sal 2, Kungsgatan 4, Umeå</p>"
        "<table><thead><tr><th>Time</th><th>Paper</th><th>Presenter</th><th>Discussant</th></tr></thead><tbody>"
        "<tr><td>09.00</td><td>Who owns the reindeer pastures?</td><td>Lars Eriksson (Umeå University)</td>"
        "<td>Maja Holm (University of Gothenburg)</td></tr>"
        "<tr><td>10.00</td><td>Logging rights in the long run</td><td>Aino Virtanen (University of Oulu)</td>"
        "<td>Lars Eriksson (Umeå University)</td></tr>"
        "</tbody></table></main></body></html>"
    )
    people = {(n, r, a) for n, r, a, _ in _people(_html_page(page))}
    assert ("Lars Eriksson", "presenter", "Umeå University") in people
    assert ("Lars Eriksson", "discussant", "Umeå University") in people
    assert ("Maja Holm", "discussant", "University of Gothenburg") in people
    assert ("Aino Virtanen", "presenter", "University of Oulu") in people


def test_a_column_headed_by_two_roles_leaves_its_cells_to_say_which_is_which() -> None:
    # 'Chair / Speakers': 'Opening' by X, then 'Chair: Y' in the next row; the heading is no role of X's
    page = (
        "<html><body><main><h1>Forests and the law</h1><p>14 May 2024, 09.00–12.00, Sal 2, Kungsgatan 4, Umeå</p>"
        "<table><thead><tr><th>Time</th><th>Session</th><th>Chair / Speakers</th></tr></thead><tbody>"
        "<tr><td>09.00</td><td>Opening remarks</td><td>Lars Eriksson, Director, Forest Law Institute</td></tr>"
        "<tr><td>09.15</td><td>Panel: Old rights</td><td>Chair: Maja Holm (University of Gothenburg)</td></tr>"
        "</tbody></table></main></body></html>"
    )
    roles = {(n, r) for n, r, *_ in _people(_html_page(page))}
    assert ("Lars Eriksson", "introductory-remarks") in roles and ("Lars Eriksson", "chair") not in roles


def test_a_roundtable_line_names_its_moderator_in_brackets_after_its_members() -> None:
    # 'A, B and C (moderator: D)': three panelists and the one who leads them, not a post of C's
    page = (
        "Seminar on forests\n\n12 March 2024, 10:00-12:00\nRoom 5, Kirkegata 3, Oslo\n\nProgramme\n\n"
        "11:00 Roundtable: What next for forest research?\nAnna Berg, Lars Dahl and Eva Lund (moderator: Ole Bakke)\n\n"
        "12:00 Lunch\n"
    )
    people = {(n, r, a, t) for n, r, a, t in _people(_text_page(page))}
    assert {("Anna Berg", "panelist", None, None), ("Lars Dahl", "panelist", None, None)} <= people
    assert {("Eva Lund", "panelist", None, None), ("Ole Bakke", "moderator", None, None)} <= people


def test_a_role_in_the_plural_in_brackets_after_several_names_is_each_ones() -> None:
    # '… – A and B (presenters)': both present the paper; a 'Speakers' list of bios below adds posts only
    page = (
        "Arctic dialogue webinar\n\nDate: 9.3.2022\nTime: 14.00–15.00 CET\nLocation: Online (Zoom)\n\nProgramme\n\n"
        "14.00 Opening – Erik Lund (chair)\n"
        '14.05 Presentation of the report "Ice, law and the quiet diplomacy of the northern seas" – Hanna Ek and'
        " Ola Berg (presenters)\n14.30 Comments – Per Sandvik (discussant)\n15.00 End\n\n"
        "Speakers\n\nHanna Ek is a researcher at the Nordic Ice Institute.\n"
        "Ola Berg is a senior adviser at the Arctic Forum.\nPer Sandvik is a professor at Lund University.\n"
    )
    roles = {(n, r) for n, r, *_ in _people(_text_page(page))}
    assert {("Hanna Ek", "presenter"), ("Ola Berg", "presenter"), ("Per Sandvik", "discussant")} <= roles
    assert not {r for n, r in roles if n in ("Hanna Ek", "Ola Berg")} - {"presenter"}


def test_a_one_word_field_of_a_definition_list_is_no_part_of_the_venue_above_it() -> None:
    # '<dt>Language</dt><dd>English</dd>' under '<dt>Where</dt>': 'English' names no town (English,
    # Indiana, and its clock), the venue's town does
    page = (
        "<html><body><main><h1>Forests and the law</h1><dl><dt>When</dt><dd>14 May 2024, 09.00–12.00</dd>"
        "<dt>Where</dt><dd>Sal 2, Kungsgatan 4, Umeå</dd><dt>Language</dt><dd>English</dd></dl>"
        "<p>Speaker: Lars Eriksson (Umeå University)</p></main></body></html>"
    )
    record = _html_page(page)
    assert record.start == "2024-05-14T09:00:00+02:00"
    assert record.location is not None and record.location.locality == "Umeå"


def test_hold_out_set_88_meets_the_target_in_people_and_roles_and_keeps_its_other_fields() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-88" / "expected.yaml")
    # roles, this set's field, and people meet the target; the others stay below it (docs/ingest.md,
    # set 88): a kicker line taken for the title (Brno), '16 and 17 October 2014' and a webinar's
    # time without a stated town (Valparaíso, Tampere), post-nominals in card names ('M.A.') and a
    # card's two-line post, reports named in 'Related posts', organizers written with initials
    assert {name: round(scores[name].f1, 3) for name in ("people", "roles") if scores[name].f1 < 0.9} == {}
    floors = {"title": 0.87, "start": 0.75, "end": 0.8, "affiliations": 0.85, "job titles": 0.83}
    assert {name: round(scores[name].f1, 3) for name, floor in floors.items() if scores[name].f1 < floor} == {}
