"""Title forms of conference programmes that hold-out sets 140 and 98 showed the lead: a programme's time-zone
button, a conference edition's headline over its agenda, a date line with its venue after a middle dot. Each page
here is written for the form, not copied from a hold-out page."""

from __future__ import annotations

import pytest

from kg.pages.lines import is_chrome
from kg.pages.place import footer_town
from tests.test_pages_unseen import _html_page, _text_page


@pytest.mark.parametrize("line", ["Change timezone", "Select your time zone", "Convert to my local time"])
def test_a_programmes_time_zone_button_is_chrome(line: str) -> None:
    assert is_chrome(line)


def test_a_conference_editions_headline_is_not_joined_to_the_first_item_of_its_agenda() -> None:
    # 'X Workshop 2024' names an edition, whose own title may follow it; the items under 'Agenda' are not that title
    record = _html_page(
        """<html><head><title>Agenda | Harbour Ecology Workshop 2023</title></head><body>
<h1>Harbour Ecology Workshop 2023</h1>
<p>Tuesday, May 9, 2023 · 9:00 AM – 4:00 PM (Eastern Time)</p>
<p>Ellis Hall, Dalhousie University, Halifax</p>
<h2>Agenda</h2>
<h3>Registration and Coffee</h3><p>9:00 AM – 9:30 AM</p>
<h3>Opening Remarks</h3><p>9:30 AM – 9:45 AM</p><p>Dr. Miriam Osei, Dean of Science, Dalhousie University</p>
</body></html>"""
    )
    assert record.name == "Harbour Ecology Workshop 2023"


def test_a_date_line_with_its_venue_after_a_middle_dot_marks_the_header() -> None:
    # the heading over '12 May 2025 · Venue, Town' names the event, not a programme's later heading
    record = _text_page(
        """\
Conference Portal
Log in

Workshop on Coastal Lagoons 2025
12 May 2025 · Marine Station, Arcachon, France

Programme
09:00 - 09:30 Registration
09:30 - 10:30 Keynote: Lagoons under stress
Prof. Hélène Marty, Université de Bordeaux
"""
    )
    assert record.name == "Workshop on Coastal Lagoons 2025"


@pytest.mark.parametrize(
    "vendor",
    ["© 2001–2024 by Dr. K. Brandt, Bremen, Germany", "Powered by Eventline Ltd, 4 Mill Lane, Leeds, UK"],
)
def test_the_town_of_a_footers_software_vendor_is_not_the_institutions(vendor: str) -> None:
    # a venue that names no town takes the footer's address; the line crediting the site's software maker is not it
    lines = ["Senate Hall (V 1001)", "", "Contact: symposium@uni.example", "Conference Software: ToolPro 2.8", vendor]
    assert footer_town(lines) is None
    assert footer_town([*lines[:-1], "Institute of Geography, 12 Universitätsstraße, 78464 Konstanz, Germany"]) == (
        "Konstanz"
    )
