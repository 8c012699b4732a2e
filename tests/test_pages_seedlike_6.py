"""Forms that hold-out set 54 (pages in the seed page's own rendering: think tanks' event pages
dumped to text, inline elements run together) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.orgs import split_org_names
from tests.test_pages_unseen import _text_page

HEAD = "Skip to main content\n\nWater and Power in the Andes\n\nDate & Time\n\nApr. 8, 2015\n2:00pm – 3:30pm ET\n\n"


@pytest.mark.parametrize("tag", ["Webcast Recap", "Report Launch", "Event Recap", "Conference Highlights"])
@pytest.mark.parametrize("above", [True, False])
def test_an_event_type_tag_next_to_the_title_is_not_the_title(tag: str, above: bool) -> None:
    """'Webcast Recap' over the title of a past webcast, 'Report Launch' under a launch's title:
    the kind of event (and what became of it), not its name."""
    lines = [tag, "", "Water and Power in the Andes"] if above else ["Water and Power in the Andes", "", tag]
    record = _text_page(
        "Skip to main content\n\n" + "\n".join(lines) + "\n\nDate & Time\n\nApr. 8, 2015\n2:00pm – 3:30pm ET\n"
    )
    assert record.name == "Water and Power in the Andes"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("US and the Americas Programme", ["US and the Americas Programme"]),
        ("Canada and the Americas Program", ["Canada and the Americas Program"]),
        ("IISS and the Japan Foundation", ["IISS", "Japan Foundation"]),
        ("Nutrien and the Northern Resources Association", ["Nutrien", "Northern Resources Association"]),
    ],
)
def test_a_place_before_and_the_is_part_of_the_programmes_name(text: str, names: list[str]) -> None:
    """A country's initials or name are no organisation: 'US and the Americas Programme' is one."""
    assert split_org_names(text) == names
