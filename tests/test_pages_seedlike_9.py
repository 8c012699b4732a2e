"""Forms that hold-out set 63 (eight Wilson Center event pages of 2000-2026, in the seed page's
rendering and as the site's HTML) showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.launched import launched_titles
from kg.pages.lines import match_label
from kg.pages.people import parse_entries
from kg.pages.reports import find_reports
from kg.pages.sentences import stated_roles
from tests.test_pages_unseen import _people, _text_page

_HEAD = "Rivers Without Borders\n\nDate & Time\n\nMar. 3, 2021\n10:00am – 11:30am ET\n\n"


def test_a_photo_caption_between_a_heading_and_its_card_keeps_the_heading_role() -> None:
    # a text dump of speaker cards: the photo's alt text stands a blank line above each name, so a
    # heading and its card are two blank lines apart with the caption between them
    page = _text_page(
        _HEAD + "Discussants\n\nImage - Tomasz Wielgus\n\nTomasz Wielgus\nSenior Fellow, Baltic Water Forum\n\n"
        "Image - Ines Carvalho\n\nInes Carvalho\nProfessor of Hydrology, University of Porto\n\n"
        "Moderator\n\nPhoto of Ruth Amsel\n\nRuth Amsel\nDirector, River Basins Project\n"
    )
    assert {(name, role) for name, role, *_ in _people(page)} == {
        ("Tomasz Wielgus", "discussant"),
        ("Ines Carvalho", "discussant"),
        ("Ruth Amsel", "moderator"),
    }


def test_an_author_heading_at_a_book_launch_names_a_speaker_but_an_author_field_is_no_heading() -> None:
    page = _text_page(
        _HEAD + "Introduction\n\nMarta Oyelaran\nDirector, Africa Water Initiative\n\n"
        "Author\n\nJonas Reuter\nProfessor of History, University of Basel\n"
    )
    roles = {(name, role) for name, role, *_ in _people(page)}
    assert roles == {("Marta Oyelaran", "introductory-remarks"), ("Jonas Reuter", "speaker")}
    # a related report's byline is no heading over speakers
    assert match_label("Author: Paul Moreau") is None


def test_a_role_label_inside_an_unlabelled_speakers_line_holds_from_there_on() -> None:
    # an archive page's speakers line under the title: 'X, Post, Org; Discussant: Y, Post, Org'
    page = _text_page(
        "Ports and Power\n\nDate & Time\n\nMay. 2, 2005\n4:00pm – 5:30pm ET\n\nPorts and Power\nMay 2, 2005\n\n"
        "Helga Marstrand, Professor of History, Aarhus University; Respondent: Colin Fairweather, Senior "
        "Analyst, Maritime Policy Council\n\nIn her new study, Marstrand argued that ports shape states.\n"
    )
    assert _people(page) == {
        ("Helga Marstrand", "speaker", "Aarhus University", "Professor of History"),
        ("Colin Fairweather", "respondent", "Maritime Policy Council", "Senior Analyst"),
    }


def test_a_sentence_opening_word_is_no_part_of_a_numbered_series_name() -> None:
    found = find_reports(["In Harbour Note No. 12, the author argues that ports need new rules."])
    assert [(r.name, r.number) for r in found] == [("Harbour Note No. 12", "12")]


def test_an_author_who_will_open_with_a_presentation_of_her_findings_presents_them() -> None:
    [entry] = stated_roles("Dana Okoro will open with a short presentation of her findings on port labour.")
    assert (entry.name, entry.role) == ("Dana Okoro", "presenter")
    [opener] = stated_roles("Dana Okoro will open the discussion.")
    assert opener.role == "introductory-remarks"


def test_a_work_whose_place_in_a_series_follows_its_title_is_launched() -> None:
    line = (
        "The Arid Lands Research Network invites you to the launch of Water and Power in the Sahel, the "
        "third in the Arid Lands Research Network's policy paper series."
    )
    assert [title for title, _ in launched_titles(line)] == ["Water and Power in the Sahel"]


def test_an_authorship_after_a_post_names_the_work_not_an_employer() -> None:
    # a card: 'Senior Fellow; Author, Harbour Note No. 12': the event's paper, not where she works
    [entry] = parse_entries("Lena Fischer, Senior Fellow; Author, Harbour Note No. 12")
    assert (entry.job_title, entry.affiliation) == ("Senior Fellow", None)
    [kept] = parse_entries("Lena Fischer, Senior Fellow, Delta Institute; Co-author of The Long Water")
    assert (kept.job_title, kept.affiliation) == ("Senior Fellow", "Delta Institute")


def test_hold_out_set_63_meets_the_target_in_every_field_but_sponsors() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-63" / "expected.yaml")
    # sponsors: 'the Embassy of the Argentine Republic in the United States' keeps the country it
    # is in as part of the embassy's name, the other ingest work's field (docs/ingest.md)
    fields = [name for name in scores if name != "sponsors"]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
