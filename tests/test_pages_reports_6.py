"""Related publications, sixth round (hold-out set 51): a page that ASP.NET Web Forms (DNN) wraps
in one form."""

from __future__ import annotations

from tests.test_pages_orgs import _html_page, _reports

ASPNET_PAGE = (
    '<html><head><title>Seminar</title></head><body><form method="post" action="/Events" id="Form">'
    '<input type="hidden" name="__VIEWSTATE" value="x" />'
    '<div class="search"><input type="text" /><a href="#">Search</a></div>'
    "<h1>Informality and Social Protection</h1>"
    "<table><tr><td>Date:</td><td>Wednesday, November 12, 2025</td></tr>"
    "<tr><td>Time:</td><td>14:00 - 15:30 Cairo time (GMT+2)</td></tr></table>"
    "<p>The Forum invites you to a webinar presenting Working Paper No. 1781, released today.</p>"
    "</form></body></html>"
)


def test_a_form_wrapping_the_whole_page_is_the_page() -> None:
    """ASP.NET Web Forms (DNN, SharePoint, Sitefinity) wrap the page in one form; it holds the
    heading, so it is read, while a search form elsewhere is still dropped."""
    record = _html_page(ASPNET_PAGE)
    assert record.name == "Informality and Social Protection"
    assert record.start == "2025-11-12T14:00:00+02:00"
    assert _reports(record) == [("Working Paper No. 1781", "1781")]


def test_a_search_form_is_still_dropped() -> None:
    html = (
        "<html><body><form><label>Search events</label><input name='q'/></form><main><h1>Rain and Credit</h1>"
        "<p>Tuesday 9 April 2024, 17:00 - 18:30 BST, Town Hall, London WC2N 5DN</p></main></body></html>"
    )
    assert "Search events" not in (_html_page(html).description or "")
    assert _html_page(html).name == "Rain and Credit"
