"""Forms of old archive pages (1998-2012: hand-written HTML, old CMSs, their text renderings and
meeting reports written after the event) that hold-out set 75 (Bergen, Zomba, Caracas, Thimphu,
Gainesville, York, Prishtina and Kingston, Ontario) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page


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
