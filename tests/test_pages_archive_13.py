"""Forms of old archive pages (1998-2012: hand-written HTML, old CMSs, their text renderings and
meeting reports written after the event) that hold-out set 75 (Bergen, Zomba, Caracas, Thimphu,
Gainesville, York, Prishtina and Kingston, Ontario) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import parse_entries
from kg.pages.sentences import summarised_roles
from kg.pages.when import footer_zone
from tests.test_pages_unseen import _html_page, _text_page


def test_a_hand_written_page_with_no_heading_element_is_titled_by_its_large_type() -> None:
    page = """<html><head><title>Riverside Institute - Seminars</title></head><body>
<table><tr><td><a href="/"><font size="5">Riverside Institute</font></a></td></tr>
<tr><td><font face="Verdana" size="1">Home &gt; Seminars &gt; 2005</font><br>
<font face="Verdana" size="1" color="#888888"><b>BREAKFAST SEMINAR</b></font><br>
<font face="Georgia" size="4" color="#003366"><b>Fisheries, Quotas and the Coastal Villages of Chile</b></font>
<p><font face="Verdana" size="2"><b>Date:</b> Wednesday, 9 November 2005, 08:30-10:00<br>
<b>Place:</b> Riverside Institute, Oslo</font></p>
<p><font size="2">Speaker: Dr. Ana Villagra Soto, Universidad de Concepci&oacute;n</font></p>
</td></tr></table></body></html>"""
    assert _html_page(page).name == "Fisheries, Quotas and the Coastal Villages of Chile"


def test_a_meeting_report_is_dated_by_its_sentence_not_by_the_posts_byline() -> None:
    # a CMS's byline over the post's own date, a week after the meeting the report dates in a sentence
    page = _text_page(
        "Lakeside Policy Institute\n\nReport: Water Tariffs Dialogue\nWritten by Administrator\n"
        "Monday, 12 March 2007\n\nWater Tariffs and the Urban Poor\n\n"
        "Report of the meeting held on Tuesday 6th March 2007 at the Institute's boardroom, Nairobi, "
        "from 2.00 pm to 5.00 pm.\n\nThe Institute held the second of its dialogues on urban services. "
        "The meeting was opened by Dr. Jane Wanjiru, Director of the Institute.\n"
    )
    assert (page.start, page.end) == ("2007-03-06T14:00:00+03:00", "2007-03-06T17:00:00+03:00")


def test_an_old_cms_breadcrumb_of_arrows_and_its_byline_are_not_the_title() -> None:
    # Joomla 1.0 renders its breadcrumb's arrow images by their alt text, and its byline above the post's date
    page = _text_page(
        "Home arrow Events arrow Seminars\n\nSoil Erosion and the Highland Farmer\nWritten by Webmaster\n"
        "Friday, 21 September 2007\n\nThe seminar took place on Friday 14 September 2007 at the Faculty of "
        "Agriculture, Nairobi, from 10.00 am to 12.00 noon. It was chaired by Dr. Paul Otieno.\n"
    )
    assert (page.name, page.start) == ("Soil Erosion and the Highland Farmer", "2007-09-14T10:00:00+03:00")


def test_a_reports_heading_gives_way_to_the_full_title_written_under_it() -> None:
    # the post's 'Report: X' names the event in short; the line under it begins with X and gives it whole
    page = _text_page(
        "Report: Roundtable on Coastal Fisheries\n\n"
        "Roundtable on Coastal Fisheries: Who Owns the Catch?\n\n"
        "The roundtable took place on Thursday 8 March 2007 at the Institute's boardroom, Nairobi, from "
        "9.00 am to 12.30 pm. It was opened by Dr. Amina Noor, Director of the Institute.\n"
    )
    assert page.name == "Roundtable on Coastal Fisheries: Who Owns the Catch?"


def test_a_seasons_programme_over_a_generic_report_heading_is_no_title() -> None:
    # a learned society's archive: the season's lecture programme and 'Report of Meeting' over the lecture's title
    page = _text_page(
        "LECTURES 2001-2002 : Report of Meeting\n\n"
        "Glaciers of the Lake District after the Ice Age\n\n"
        "Dr R. T. Hallam (University of Lancaster)\n\n"
        "Tuesday 16 October 2001, 7.30 p.m.\nThe Lecture Theatre, Kendal\n"
    )
    assert page.name == "Glaciers of the Lake District after the Ice Age"


def test_bhutans_dasho_is_a_title_not_a_given_name() -> None:
    [entry] = parse_entries("Dasho Tandin Wangchuk, Secretary General, Bhutan Chamber of Commerce and Industry")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Tandin Wangchuk",
        "Secretary General",
        "Bhutan Chamber of Commerce and Industry",
    )


def test_a_footers_address_running_on_past_its_postcode_gives_the_clock() -> None:
    # an address with no street number, its postcode run on into the charity number: the society's
    # own clock when the venue's town is one several countries have ('Richmond')
    footer = "Natural History Society, The Old Grammar School, Richmond DL10 4QG. Registered Charity No. 511311."
    assert footer_zone(["This page last revised 2nd March 2004.", footer]) == "Europe/London"


def test_a_summarys_in_closing_names_who_gave_the_closing_remarks() -> None:
    [entry] = summarised_roles("In closing, Dr. Ruth Mwale thanked the speakers and announced the next dialogue.")
    assert (entry.name, entry.role) == ("Ruth Mwale", "closing-remarks")


def test_hold_out_set_75_meets_the_target_in_title_start_end_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-75" / "expected.yaml")
    # left under 0.9 (docs/ingest.md, set 75): people 0.83, roles 0.79, affiliations and job titles 0.74
    # (past-tense report paragraphs under role headings, 'Name<br>Post' blocks in <font>), reports 0.83
    # ('CMI Working Paper WP 2006: 4'), organizers 0.50, sponsors 0.78 and locality 0.50 (towns several
    # countries share, named only in footers)
    fields = ("title", "start", "end", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["people"].f1 > 0.8 and scores["roles"].f1 > 0.75
