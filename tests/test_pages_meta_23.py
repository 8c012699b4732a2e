"""Title, date, organizer and report forms that hold-out set 125 (Saipan, Yaren, St. John's, Pago Pago,
St Peter Port, Kolonia, Cockburn Town and Road Town pages) showed the ingester missing, one test per
form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from tests.test_pages_unseen import _html_page, _text_page


def test_a_row_of_tags_in_capitals_over_a_quoted_title_is_a_kicker_not_the_titles_first_part() -> None:
    text = (
        "Lantern Club\n\nHome » Evenings » Midsummer 2024\n\nLANTERN EVENINGS · MIDSUMMER\n\n"
        '"Lamps, Tides and Harbour Songs: A Midsummer Night on the Quay"\n\n'
        "Friday 21st June 2024, 9.00pm – 11.30pm\nThe Old Quay, Boston\n\nSongs and readings by the water.\n"
    )
    assert _text_page(text).name == "Lamps, Tides and Harbour Songs: A Midsummer Night on the Quay"


@pytest.mark.parametrize(
    "listing",
    [
        "Earlier Lectures\n- 2023 – “Reef Maps” (Field Note No. 3)\n- 2022 – “Old Harbours” (given 9 May 2022)\n",
        "Related news\n- Field Note No. 3 released: Reef Maps (2 May 2023)\n- Volunteers trained (4 April 2023)\n",
        "Also from the Club: Field Note No. 3, “Reef Maps” (2023)\n",
    ],
)
def test_a_list_of_the_sites_other_lectures_news_or_notes_names_no_report_of_the_event(listing: str) -> None:
    text = (
        "Lantern Club\n\nReef Talk 2024\n\nCounting the Reef: Twenty Years of Surveys\n\n"
        "Friday 21st June 2024, 7.00pm – 8.30pm\nHarbour Hall, 12 Long Wharf, Boston\n\n"
        "Dr Ana Ruiz presents the Club's new Field Note No. 4, “Counting the Reef”.\n\n"
        f"{listing}\n© Lantern Club 2024\n"
    )
    assert [(r.name, r.report_number) for r in _text_page(text).reports] == [("Field Note No. 4", "4")]


def test_a_day_given_only_as_a_weekday_is_the_one_add_to_calendar_links_with_its_start_and_end() -> None:
    html = (
        "<html><head><title>Reef Talk 2024 | Lantern Club</title></head><body><main>"
        "<h1>Counting the Reef: Twenty Years of Surveys</h1>"
        "<p>Join us this Friday, from 7 pm, at Harbour Hall, Boston, for the Club's reef talk.</p>"
        '<p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Reef+Talk'
        '&amp;dates=20240621T190000/20240621T203000&amp;ctz=America/New_York">Add to Google Calendar</a></p>'
        "<h3>Earlier Talks</h3><ul><li>2023 – “Reef Maps”</li></ul>"
        "<p>2022 – “Old Harbours” (talk given on 9 May 2022)</p></main></body></html>"
    )
    record = _html_page(html)
    assert (record.start, record.end) == ("2024-06-21T19:00:00-04:00", "2024-06-21T20:30:00-04:00")
