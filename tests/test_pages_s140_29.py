"""Forms of conference and workshop programme pages that hold-out set 140 (Joensuu, Konstanz, Corvallis,
Siena, Pohang, Flagstaff, Rockhampton and Sackville pages) showed the ingester missing, one test per form. Each
page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.html import read_html
from tests.test_pages_unseen import _html_page, _people, _text_page


def test_an_xhtml_page_with_an_xml_declaration_is_read() -> None:
    # XHTML templates (Open Conference Systems, older CMSs) open with '<?xml … encoding="UTF-8"?>',
    # which lxml refuses in a decoded page
    record = _html_page(
        """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US" xml:lang="en-US">
<head><title>Programme</title></head>
<body>
<h1>Baltic Workshop on Peatland Hydrology 2021</h1>
<p>Tartu, Estonia, September 16, 2021, 10:00 - 16:00</p>
<p>Keynote: Dr. Maris Kallas (University of Latvia)</p>
</body>
</html>
"""
    )
    assert record.name == "Baltic Workshop on Peatland Hydrology 2021"
    assert record.start.startswith("2021-09-16T10:00")
    assert ("Maris Kallas", "keynote", "University of Latvia", None) in _people(record)


def test_a_day_heading_in_capitals_with_an_ordinal_dates_the_programme() -> None:
    # conference programme systems print each day's heading in capitals ('PROGRAM FOR FRIDAY, JUNE
    # 7TH', EasyChair); the year comes from the weekday among the years the page names
    record = _text_page(
        """\
NWPH 2024: NORDIC WORKSHOP ON PUBLIC HEALTH DATA
PROGRAM FOR FRIDAY, JUNE 7TH

09:00-10:00 Session 1: Keynote
Chair:
Ole Brekke (University of Tromsø)
Location: Auditorium 2
09:00
Keynote: Registries and their limits
Karin Holmqvist (Umeå University)

All times are CEST.
"""
    )
    assert record.start == "2024-06-07T09:00:00+02:00"


def test_papers_listed_title_first_under_a_session_chair_are_its_speakers() -> None:
    # 'Title in sentence case – Name (Body)' lines under 'Chair:', a proper adjective or a place in the title
    record = _text_page(
        """\
Alpine Workshop on Glacier Dynamics 2022

Innsbruck, 8 September 2022

10:00 - 11:30 Session 2: Debris and melt
Chair: Dr. Anna Gruber (University of Innsbruck)
Supraglacial debris and melt rates on Austrian glaciers – Lukas Hofer (TU Wien)
Thermal imaging of ice cliffs – Marie Dubois (University of Lausanne)
Discussant: Dr. Paolo Conti (University of Padua)

11:30 - 12:00 Closing remarks
"""
    )
    people = _people(record)
    assert ("Lukas Hofer", "speaker", "TU Wien", None) in people
    assert ("Marie Dubois", "speaker", "University of Lausanne", None) in people
    assert ("Anna Gruber", "chair", "University of Innsbruck", None) in people


def test_a_speaker_card_under_its_role_label_keeps_its_name_and_post_apart() -> None:
    # '<p class="role-label">Moderator</p><div><span>Name</span><span>Post, Body</span></div>': the label
    # over a card of spans; written on the label's line, name and post ran together ('NameSenior Planner')
    page = read_html(
        """<html><body>
<h1>Prairie Water Futures Workshop 2023</h1>
<div class="session"><h4>Panel: Irrigation and drought</h4>
<p class="role-label">Moderator</p>
<div class="chip"><span>Dana Whitecalf</span><span>Senior Planner, Water Security Agency</span></div>
<p class="role-label">Panelists</p>
<div class="chip"><span class="name">Graham Olsen</span><span class="title">Hydrologist, Environment Canada</span></div>
<div class="chip"><span class="name">Rita Sauvé</span><span class="t">Reeve, Rural Municipality of Lumsden</span></div>
</div>
</body></html>""",
        "page.html",
    )
    assert "Dana Whitecalf\nSenior Planner, Water Security Agency" in page.text
    assert "Graham Olsen\nHydrologist, Environment Canada" in page.text


def test_papers_set_apart_under_a_session_chair_are_its_speakers() -> None:
    # a list's items rendered a blank line apart under 'Session Chair: X, Body', each 'Title — Name (Body)'
    # (a place's name in the title)
    record = _text_page(
        """\
Great Lakes Shoreline Workshop 2023

Friday, September 22, 2023 · 9:00 AM – 3:00 PM CDT · Duluth, MN

10:30 AM - 12:00 PM

Research Talks: Erosion

Session Chair: Dr. Helen Strand, University of Minnesota Duluth

Bluff recession rates along the Park Point shore — Eric Lindgren (Michigan Technological University)

Ice shove and shoreline damage — Dr. Amira Haddad (University of Wisconsin–Madison)

12:00 PM - 1:00 PM

Lunch
"""
    )
    people = _people(record)
    assert ("Eric Lindgren", "speaker", "Michigan Technological University", None) in people
    assert ("Amira Haddad", "speaker", "University of Wisconsin–Madison", None) in people


def test_a_bare_speaker_label_under_a_keynote_or_remarks_item_gives_the_items_role() -> None:
    # conference agenda tools print 'Speaker' / 'Speakers' over the person under every item's title and
    # room ('Keynote 2: Title' / 'Room' / 'Speaker' / 'Name'): the item says the role
    record = _text_page(
        """\
Programme
Times shown in (GMT+01:00) Europe/Dublin

Galway Symposium on Marine Genomics 2025
Thursday, 15 May 2025

09:00 - 09:15
Welcome and housekeeping
Lecture Theatre 1
Speakers
Dr. Aoife Nolan
Head of School, University of Galway

09:15 - 10:15
Keynote 1: Reading the kelp genome
Lecture Theatre 1
Speaker
Prof. Henrik Aalto
University of Helsinki

16:00 - 16:30
Poster prizes and Closing Remarks
Lecture Theatre 1
Speakers
Dr. Aoife Nolan
Head of School, University of Galway
"""
    )
    roles = {(name, role) for name, role, _, _ in _people(record)}
    assert ("Henrik Aalto", "keynote") in roles
    assert ("Aoife Nolan", "introductory-remarks") in roles
    assert ("Aoife Nolan", "closing-remarks") in roles
    assert ("Henrik Aalto", "speaker") not in roles


def test_roundtable_participants_under_a_moderator_are_panelists() -> None:
    record = _text_page(
        """\
Coastal Heritage Workshop 2024

Saturday, April 13, 2024, 9:00 a.m. – 4:00 p.m. ADT, Wolfville, Nova Scotia

3:00 – 4:00 p.m. Roundtable: Dykelands and the future
   Moderator: Dr. Colin Barss (Acadia University)
   Roundtable participants: Dr. Nadine Comeau (Université Sainte-Anne); Paul Morash (Nova Scotia Museum)
"""
    )
    people = _people(record)
    assert ("Nadine Comeau", "panelist", "Université Sainte-Anne", None) in people
    assert ("Paul Morash", "panelist", "Nova Scotia Museum", None) in people
    assert ("Colin Barss", "moderator", "Acadia University", None) in people


def test_a_conftool_agenda_dated_day_by_day_runs_to_its_last_days_close() -> None:
    # 'Date: Thursday, 28/Mar/2019' headings (day/Mon/year), each time cell broken at its dash ('9:00am' /
    # '- 10:30am'), the agenda's 'current conference time' no date of the event, and the programme's
    # second day its end
    record = _text_page(
        """\
Conference Agenda
Please note that all times are shown in the time zone of the conference.
The current conference time is: 5th Jan 2027, 09:12:40am CET

Date: Wednesday, 11/Sep/2019

9:00am
- 10:30am
Session 1: Lexicon
Location: Hörsaal 2
Session Chair: Katrin Meier, University of Graz

10:30am
- 11:00am
Coffee Break

Date: Thursday, 12/Sep/2019

9:00am
- 10:30am
Session 2: Syntax
Location: Hörsaal 2

10:30am
- 11:15am
Closing Session
Location: Hörsaal 2

Contact: Institute of Linguistics, University of Graz, Graz, Austria
"""
    )
    assert (record.start, record.end) == ("2019-09-11T09:00:00+02:00", "2019-09-12T11:15:00+02:00")


def test_set_140_stays_at_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-140" / "expected.yaml")
    # (docs/ingest.md, set 140; conf took the paper blocks, the discussants and the round table) left: a keynote's
    # body cut at its dash, titles under a generic h1 or after a menu, 'AEST' read on Sydney's clock in October
    # without a town, localities given only by a university or a campus, reports named 'Reports of the … No. 42'
    # or by a volume
    assert scores["title"].f1 > 0.6 and scores["start"].f1 > 0.85 and scores["end"].f1 > 0.85
    assert scores["people"].f1 > 0.95 and scores["roles"].f1 > 0.94 and scores["affiliations"].f1 > 0.88
    assert scores["reports"].f1 > 0.55 and scores["job titles"].f1 > 0.8
    assert scores["organizers"].f1 > 0.9 and scores["sponsors"].f1 > 0.55
    assert scores["locality"].f1 > 0.52 and scores["attendance"].f1 > 0.8
