"""Archive and platform pages, session 17 (hold-out set 97): a web archive's toolbar over a
captured page, an old table layout's masthead town, a date line with its venue after a comma,
readers' comments and attendees, a group's founding date, assembly members' letters and 'Cr',
'Feature Address', a name spelled before its initials after a sentence's 'The', an acknowledged
sponsorship, initials with accented capitals, a fax number after a phone."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from tests.test_pages_orgs import _html_page, _text_page
from tests.test_pages_reports_12 import _roles

CAPTURE = """The Wayback Machine - http://web.archive.org/web/20090311084512/http://www.example-forum.org/events/55
http://www.example-forum.org/events/55
Go
9 captures
11 Mar 2009 - 4 Feb 2014
FEB\tMAR\tAPR
11
2008\t2009\t2010
About this capture
COLLECTED BY
Collection: 44_crawl
TIMESTAMPS
The Wayback Machine - http://web.archive.org/web/20090311084512/http://www.example-forum.org/events/55

Home › Events

Water Rights on the Upper Nile

Start: Tuesday, March 24, 2009 - 14:00
End: Tuesday, March 24, 2009 - 16:00

Venue: Council Hall, Khartoum

The discussion will be chaired by Dr. Amira Osman, Director of the Forum.
"""


def test_a_web_archive_toolbar_over_a_captured_page_is_not_read() -> None:
    """The Wayback Machine's banner, capture count and calendar over a captured page: its banner
    is no title and its capture dates are not the event's."""
    record = _text_page(CAPTURE)
    assert record.name == "Water Rights on the Upper Nile"
    assert record.start == "2009-03-24T14:00:00+03:00"
    assert record.end == "2009-03-24T16:00:00+03:00"


TABLE_LAYOUT = """<HTML><HEAD><TITLE>History Seminar</TITLE></HEAD><BODY>
<CENTER><FONT SIZE=+2>School of History</FONT><BR>
<FONT SIZE=-1>Canterbury College &middot; Christchurch, New Zealand</FONT></CENTER>
<TABLE><TR><TD><A HREF="/">Home</A><BR><A HREF="/seminars.html">Seminars</A></TD><TD>
<CENTER><FONT SIZE=+2><B>Gold Rush Towns of the West Coast</B></FONT></CENTER>
<TABLE><TR><TD><B>Date:</B></TD><TD>Wednesday 9 July 1998</TD></TR>
<TR><TD><B>Time:</B></TD><TD>2.00 - 3.00 pm</TD></TR>
<TR><TD><B>Venue:</B></TD><TD>Room 301</TD></TR></TABLE>
</TD></TR></TABLE>
<HR><FONT SIZE=1>Last modified: 1 July 1998</FONT>
</BODY></HTML>"""


def test_an_old_table_layouts_masthead_town_gives_the_clock() -> None:
    """No <header> or footer element: the masthead's 'College · Christchurch, New Zealand' over
    the menu names the clock a room-only venue's times are written in."""
    record = _html_page(TABLE_LAYOUT)
    assert record.start == "1998-07-09T14:00:00+12:00"
    assert record.end == "1998-07-09T15:00:00+12:00"


DATE_THEN_PLACE = """Nordic Centre for Coastal Research

Home
News
Meetings
Contact

Previous Document | Next Document | Back to list

International symposium

Harbour Seals and Herring Weirs: Fifty Years of Coastal Monitoring

Thursday 14 March 2002, Grand Hotel, Bergen

The Centre holds its annual symposium on the monitoring of coastal waters.

10:00 Opening of the symposium
16:00 End of symposium

Previous Document | Next Document | Back to list
"""


def test_the_heading_over_a_date_then_venue_line_is_the_title() -> None:
    """'Thursday 14 March 2002, Grand Hotel, Bergen' under the heading: the date with its venue
    after a comma is the event's date line, so the heading right above it is the title, not the
    type line over it or a navigation line the page repeats at its foot."""
    record = _text_page(DATE_THEN_PLACE)
    assert record.name == "Harbour Seals and Herring Weirs: Fifty Years of Coastal Monitoring"


WITH_COMMENTS = """<html><head><title>Rivers and Rates</title></head><body>
<h1>Rivers and Rates: Paying for Flood Defences</h1>
<p>Tuesday, May 10, 2016, 6:30 PM to 8:00 PM, Town Hall, Leeds</p>
<p>Our speaker: Dr Nadia Brook – Senior Lecturer in Hydrology, University of Leeds</p>
<div id="event-attendees"><h3>Attendees (41)</h3>
<ul><li><a href="/members/1">Gareth Lowe</a> <span>Organizer, Event Host</span></li>
<li><a href="/members/2">Ellie Marsh</a></li></ul></div>
<div class="comments-area"><h3>Comments (1)</h3>
<div class="comment"><a href="/members/3">Tom Ridley</a> <span>May 8, 2016</span>
<p>Will there be slides?</p></div></div>
</body></html>"""


def test_readers_comments_and_the_attendees_list_name_no_people() -> None:
    """Meetup's 'Attendees (41)' and a blog's comments: the names of who is going and who wrote,
    with the comment's date, are not the event's speakers."""
    record = _html_page(WITH_COMMENTS)
    assert {p.person.name for p in record.participants} == {"Nadia Brook"}


GROUP_CARD = """Leeds Transport Talks

Leeds, UK
Founded Sep 3, 2014

Members 640

Buses After Deregulation

Hosted by Amy R.

Thursday, June 9, 2016

7:00 PM to 9:00 PM

The Adelphi, 3-5 Hunslet Road, Leeds
"""


def test_a_groups_founding_date_is_not_the_events() -> None:
    """'Founded Sep 3, 2014' on a group's card over the event: the group's date, not the event's,
    which the date and its times under the heading give."""
    record = _text_page(GROUP_CARD)
    assert record.start == "2016-06-09T19:00:00+01:00"
    assert record.end == "2016-06-09T21:00:00+01:00"


ASSEMBLY_MEMBERS = """Water Charges: Who Should Pay?

Thursday 3 March 2011, 7:00 pm - 8:30 pm
Council Chamber, City Hall, Galway

Panel:
Deirdre Nolan TD, Labour Party
Fergal Quinn MLA, Alliance Party
Cr Wendy Tran, Councillor, City of Darebin
"""


def test_assembly_members_letters_and_a_councillors_cr_are_not_part_of_a_name() -> None:
    """'X TD' (Dáil Éireann), 'Y MLA' (an assembly) after a name and 'Cr' (an Australian
    councillor) before it are not part of it."""
    record = _text_page(ASSEMBLY_MEMBERS)
    assert {p.person.name for p in record.participants} == {"Deirdre Nolan", "Fergal Quinn", "Wendy Tran"}


FEATURE_ADDRESS = """Public Forum: Sugar After Preferences

Thursday 12th March, 2015
Time: 5:30 p.m. – 7:30 p.m.
Venue: Lloyd Erskine Sandiford Centre, Bridgetown

Welcome
Mr. Ronald Best, President, Caribbean Agribusiness Forum

Feature Address
Dr. Janelle Forde, Lecturer in Agricultural Economics, University of Guyana
"""


def test_a_feature_address_over_a_name_is_the_keynote() -> None:
    """'Feature Address' (the Caribbean's and West Africa's keynote) over a name: the keynote, and
    the heading is no person."""
    roles = _roles(_text_page(FEATURE_ADDRESS))
    assert roles == {("Ronald Best", "introductory-remarks"), ("Janelle Forde", "keynote")}


TITLE_AND_DESCRIPTION = """<html><head>
<title>Pacific Islands Policy Centre :: Events :: Tuna Licences after the 2009 Agreement</title>
<meta name="description" content="The Pacific Islands Policy Centre (PIPC) is an independent research body.">
</head><body>
<h1>Tuna Licences after the 2009 Agreement</h1>
<p>Date: Tuesday, 8 June 2010<br>Time: 10:00 - 12:00<br>Venue: PIPC Boardroom, Suva</p>
<p>Welcome and introduction<br>Dr Sefo Vunibola, Executive Director, PIPC</p>
</body></html>"""


def test_a_name_spelled_before_its_initials_starts_after_a_sentences_the() -> None:
    """'… after the 2009 Agreement The Pacific Islands Policy Centre (PIPC) is …': the page's
    <title> and description run together; the name the initials spell starts after 'The'."""
    record = _html_page(TITLE_AND_DESCRIPTION)
    affiliations = {p.person.name: p.affiliation.name if p.affiliation else None for p in record.participants}
    assert affiliations == {"Sefo Vunibola": "Pacific Islands Policy Centre"}


ACKNOWLEDGED = """Open Forum: Ports and Prices

Wednesday 4th November, 2015, 6:00 p.m. – 8:00 p.m.
Venue: Harbour Conference Room, Castries

The Institute gratefully acknowledges the sponsorship of Windward Shipping Company Limited.
"""


def test_a_sponsorship_the_page_acknowledges_names_a_sponsor() -> None:
    """'gratefully acknowledges the sponsorship of X': X sponsors the event."""
    assert [s.name for s in _text_page(ACKNOWLEDGED).sponsors] == ["Windward Shipping Company Limited"]


ACCENTED_INITIALS = """Lake Trout and Tourism

Friday 5 May 2000, 14:00 - 16:00
Venue: Town Hall, Akureyri

Comments:
Þóra Björnsdóttir, Association of Northern Anglers (FÍN)
"""


def test_initials_with_accented_capitals_after_a_name_are_not_the_affiliation() -> None:
    """'Association of Northern Anglers (FÍN)': initials in brackets, accented capitals among them
    after the organisation's name are its short name, not a second organisation."""
    record = _text_page(ACCENTED_INITIALS)
    affiliations = {p.person.name: p.affiliation.name if p.affiliation else None for p in record.participants}
    assert affiliations == {"Þóra Björnsdóttir": "Association of Northern Anglers"}


WITH_FAX = """Reef Fisheries and the Law

Date: Tuesday, 14 March 2006
Time: 09:30 - 11:00
Venue: Seminar Room 2, Law Faculty, Suva

RSVP: Mr Josefa Ravula, tel. (679) 331 2000, fax (679) 331 2001, by Friday, 10 March 2006
"""


def test_a_fax_number_after_a_contacts_phone_is_no_job_title() -> None:
    """'Name, tel. …, fax …': the fax number is contact data, not the contact's post."""
    contacts = [p for p in _text_page(WITH_FAX).participants if p.role == "contact"]
    assert [(p.person.name, p.job_title) for p in contacts] == [("Josefa Ravula", None)]


def test_hold_out_set_97_meets_the_target_in_every_field_but_reports_and_the_organisations() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-97" / "expected.yaml")
    # left below 0.9, each a form not yet read (docs/ingest.md, set 97): reports ('report C01:05,
    # "Title"', a series number in lower case before its quoted title), organizers (a seminar
    # series' kicker or a mailing list naming its unit, a Meetup group over a hosts box), sponsors
    # ('the Ministry of X and Landsbanki Íslands' unsplit, 'Royal Danish Embassy, Pretoria' without
    # its post) and locality (a CiviCRM address, a campus line, a masthead town, 'Reykjavík')
    others = ("reports", "organizers", "sponsors", "locality")
    assert {name: round(scores[name].f1, 3) for name in scores if name not in others and scores[name].f1 < 0.9} == {}
    assert scores["title"].f1 == 1.0 and scores["start"].f1 == 1.0 and scores["end"].f1 == 1.0
