"""Forms of people and their roles (role headings, prose, bracketed tags, agenda rows, badges on speaker
cards) that hold-out set 135 (Ipswich, Leicester, Tacoma, Eugene, Lobamba, Kirkwall, Wichita and Nakuru
pages) showed the ingester missing, one test per form. Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _html_page, _people, _text_page


def _card(badge: str, name: str, post: str, body: str) -> str:
    # a CMS's speaker card: each field wrapped in a div of its own, the name's inside the heading too
    return f"""\
<div class="speaker-card">
  <div class="speaker-card__image"><img src="/files/{name.split()[-1].lower()}.jpg" alt="Portrait"></div>
  <div class="field field--name-field-role badge">{badge}</div>
  <h3 class="speaker-card__name"><div class="field field--name-field-name">{name}</div></h3>
  <div class="field field--name-field-position">{post}</div>
  <div class="field field--name-field-organisation">{body}</div>
</div>"""


def test_a_cards_fields_wrapped_in_divs_keep_their_person() -> None:
    html = f"""<html><body><main>
<h1>Rivers in the City: A Public Roundtable</h1>
<p><time datetime="2023-06-14T17:00:00Z">Wed 14 June 2023, 6pm</time></p>
<h2>Speakers</h2>
<div class="speaker-grid">
{_card("Panellist", "Dr Helen Okoro", "Reader in Urban Ecology", "University of Derby Test")}
{_card("Panellist", "Marcus Bell", "Senior Reporter", "Westmoor Echo")}
{_card("Moderator", "Professor Jane Wilde", "Head of Geography", "Midshire University")}
</div>
</main></body></html>"""
    people = _people(_html_page(html))
    assert ("Helen Okoro", "panelist", "University of Derby Test", "Reader in Urban Ecology") in people
    assert ("Marcus Bell", "panelist", "Westmoor Echo", "Senior Reporter") in people
    # the badge over the next card heads that card, not the last card's employer above it
    assert ("Jane Wilde", "moderator", "Midshire University", "Head of Geography") in people
    assert not any(p[0] == "Westmoor Echo" for p in people)


def test_a_role_heading_after_a_cards_employer_heads_the_next_card() -> None:
    page = """\
Rivers in the City: A Public Roundtable

Wednesday 14 June 2023, 18:00 - 19:30

Speakers

Panellist
Marcus Bell
Senior Reporter
Westmoor Echo

Moderator
Professor Jane Wilde
Head of Geography
Midshire University
"""
    people = _people(_text_page(page))
    assert ("Marcus Bell", "panelist", "Westmoor Echo", "Senior Reporter") in people
    assert ("Jane Wilde", "moderator", "Midshire University", "Head of Geography") in people


def test_a_panel_conversation_heading_lists_panelists() -> None:
    page = """\
Harbours and Homes

Friday 4 October 2024, 14:00 - 16:00

Programme

Panel conversation
Cllr Ann Foster, Leader, Westmoor District Council
Tom Reid, Harbour Master, Port of Westmoor

In conversation with
Sue Blake, Presenter, Radio Westmoor
"""
    people = _people(_text_page(page))
    assert ("Ann Foster", "panelist", "Westmoor District Council", "Leader") in people
    assert ("Tom Reid", "panelist", "Port of Westmoor", "Harbour Master") in people
    assert ("Sue Blake", "moderator", "Radio Westmoor", "Presenter") in people
