"""Forms that hold-out set 89 (think-tank and research-centre pages of Athens, Rabat, Bangkok,
Jakarta, Oslo, Geneva, Accra and Wellington, most in the seed page's text rendering) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from tests.test_pages_unseen import _text_page


def test_a_heading_opened_by_a_possessive_and_from_is_the_title_not_a_person() -> None:
    # 'Chile's Retreat from the Pension Programme: …' read as a person 'Chile's Retreat' of an
    # organisation after 'from'; a possessive never ends a given name
    page = (
        "Skip to content\nAndes Policy Institute\nHomeAboutResearchEventsContact\n\nEvents » Debates\n\n"
        "Debate\n\nChile's Retreat from the Pension Programme: Who Pays for Old Age?\n\n"
        "23/05/2018\n19:00 - 20:30\nAndes Policy Institute, Av. Providencia 1208, Santiago\n\n"
        "Speaker\nDr Tomás Varela, Senior Fellow, Andes Policy Institute\n"
    )
    record = _text_page(page)
    assert record.name == "Chile's Retreat from the Pension Programme: Who Pays for Old Age?"
