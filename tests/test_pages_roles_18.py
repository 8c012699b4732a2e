"""Hold-out set 102 (roles): the general forms its pages showed, each on made-up text."""

from __future__ import annotations

from kg.pages.people import bare_name
from tests.test_pages_unseen import _html_page, _people


def test_a_role_badge_under_a_cards_name_and_post_gives_that_card_its_role() -> None:
    # '<h3>Name</h3><p>Post, Org</p><span>Moderator</span>': the badge is the card's own, not a
    # heading over the next card's person
    card = "<li><div><h3>{name}</h3><p>{post}</p><span class='badge'>{role}</span></div></li>"
    html = (
        "<html><head><title>Rivers and Borders</title></head><body><main><h1>Rivers and Borders</h1>"
        "<p>Wednesday, 5 March 2025, 18:00–20:00</p><h2>Participants</h2><ul>"
        + card.format(name="Dr Lena Brandt", post="Researcher, Danube Policy Institute", role="Panellist")
        + card.format(name="Piotr Zawadzki", post="Editor, Baltic Weekly", role="Moderator")
        + "</ul></main></body></html>"
    )
    people = {(name, role) for name, role, _, _ in _people(_html_page(html))}
    assert {("Lena Brandt", "panelist"), ("Piotr Zawadzki", "moderator")} <= people


def test_a_polish_professors_rank_by_her_universitys_initials_is_no_part_of_her_name_or_post() -> None:
    assert bare_name("dr hab. Ewa Maj, prof. UAM")[1] == "Ewa Maj"
    html = (
        "<html><head><title>Cities after Coal</title></head><body><main><h1>Cities after Coal</h1>"
        "<p>Thursday, 6 March 2025, 17:00–19:00</p>"
        "<p>Moderator: dr hab. Ewa Maj, prof. UAM, Head of the Department of Urban Studies, Adam Mickiewicz"
        " University</p></main></body></html>"
    )
    [(name, role, org, post)] = _people(_html_page(html))
    assert (name, role, post) == ("Ewa Maj", "moderator", "Head of the Department of Urban Studies")
