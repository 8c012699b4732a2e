"""Forms of university lecture and seminar pages as the universities' own HTML (Craft CMS, Cascade CMS,
Optimizely, Gatsby, Sitefinity, WordPress with EventON, django CMS, Neos) that hold-out set 85
(Georgetown, Nassau, Gibraltar, Sulaimani, Kwaluseni, Kanifing, Apia and Vaduz) showed the ingester
missing, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page


def test_a_comment_between_a_logo_box_and_the_element_before_it_is_passed_over() -> None:
    # CMS markers such as '<!-- #cascade-skip -->' stand between the site's header and what came before
    page = (
        "<html><head><title>Harbour Lecture | Lakeside College</title></head><body>"
        "<!-- region: global header --><header><a href='/'><img alt='Lakeside College'></a></header>"
        "<!-- end region --><main><h1>Tides of Trade</h1><p>Thursday, 5 March 2026, 6:00 p.m. – 7:00 p.m.</p>"
        "<p>Speaker: Dr. Mara Quist, Reader in History, Lakeside College</p></main></body></html>"
    )
    record = _html_page(page)
    assert record.name == "Tides of Trade"
    assert record.start is not None and record.start.startswith("2026-03-05")
