"""Forms of conference and workshop programme pages that hold-out set 140 (Joensuu, Konstanz, Corvallis,
Siena, Pohang, Flagstaff, Rockhampton and Sackville pages) showed the ingester missing, one test per form. Each
page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

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
