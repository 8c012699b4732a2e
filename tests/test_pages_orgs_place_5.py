"""Organiser, sponsor, place and attendance forms that hold-out set 47 (Welsh, Bulgarian,
Portuguese, New Zealand, Sri Lankan, Slovak, Lebanese and US sites) and the misses left in sets
31-43 showed the ingester missing, one test per form. What those misses shared was less a missing
phrase than the grammar of the sentence that names a host: the verbs in every tense a page
announces an event in. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.names import organization_key
from kg.pages.lines import is_prose, match_label
from kg.pages.orgs import stated_hosts, unit_of
from kg.pages.place import attendance
from tests.test_pages_unseen import _html_page, _text_page

_DATED = "Public Lecture\n\nRivers of the Steppe\n\nWednesday, 12 March 2025, 17:00 - 18:30\n\n"


def _names(orgs: tuple) -> list[str]:
    return [o.name for o in orgs]


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        # the present progressive, singular and plural
        ("The Centre for Trade Policy (CTP) is organising a national dialogue.", ["Centre for Trade Policy"]),
        (
            "The Danube Policy Forum and the Sava Institute are organising a public debate on river transport.",
            ["Danube Policy Forum", "Sava Institute"],
        ),
        # the future progressive, and a manner word before the verb
        ("The Arctic Studies Centre will be hosting a book talk.", ["Arctic Studies Centre"]),
        ("The Pacific Ocean Institute warmly invites you to a webinar.", ["Pacific Ocean Institute"]),
        # 'brings together' after a partner in a clause
        (
            "The Maghreb Energy Council, in partnership with the Hanns Seidel Foundation, brings together"
            " ministers and investors.",
            ["Maghreb Energy Council"],
        ),
        # 'invites' with whom it invites, not only 'you'
        (
            "The Sahel Policy Institute (SPI) invites officials, donors and researchers to a roundtable on grain.",
            ["Sahel Policy Institute"],
        ),
        # a foundation's city office is the foundation (the convention for every set)
        (
            "The Balkan Policy Centre and the Skopje office of the Friedrich Naumann Foundation are organising a"
            " round table.",
            ["Balkan Policy Centre", "Friedrich Naumann Foundation"],
        ),
    ],
)
def test_who_holds_the_event_in_every_tense(sentence: str, hosts: list[str]) -> None:
    found, _ = stated_hosts(sentence)
    assert {organization_key(unit_of(h)[0]) for h in found} == {organization_key(h) for h in hosts}


def test_a_plural_verb_after_a_complete_name_and_a_firms_bare_name_gives_two_hosts() -> None:
    found, _ = stated_hosts("Karoo University Press and Ink & Ember Books invite you to the launch of a new novel.")
    assert found == ["Karoo University Press", "Ink & Ember Books"]
    found, _ = stated_hosts("The Faculty of Arts and Social Sciences invite you to a talk.")
    assert found[0] == "Faculty of Arts and Social Sciences" and set(found) == {found[0]}


@pytest.mark.parametrize(
    "sentence",
    [
        "She previously worked at the Nile Water Council and holds a PhD in hydrology.",
        "The Mekong Research Institute (MRI) in partnership with the Asia Water Fund and the Delta Council will"
        " be holding a workshop.",
    ],
)
def test_a_post_or_a_partner_before_the_verb_is_no_host(sentence: str) -> None:
    found, _ = stated_hosts(sentence)
    assert not {"Nile Water Council", "Asia Water Fund", "Delta Council"} & set(found)


def test_an_event_arranged_together_with_a_partner_is_the_sites_and_the_partners() -> None:
    html = (
        "<html><head><title>Rivers of the Steppe | Arctic Labour Institute</title>"
        "<meta property='og:site_name' content='Arctic Labour Institute'></head><body><main>"
        "<h1>Rivers of the Steppe</h1><p>Date: 12 March 2025, 17:00–18:30</p>"
        "<p>The seminar is arranged together with the Norwegian Polar Institute, which funded the study.</p>"
        "</main></body></html>"
    )
    assert set(_names(_html_page(html).organizers)) == {"Arctic Labour Institute", "Norwegian Polar Institute"}


def test_a_text_dump_wrapping_a_hyphenated_name_at_its_hyphen() -> None:
    page = _DATED + (
        "The Institute for Regional Studies and the Tirana office of the Konrad-Adenauer-\n"
        "Stiftung are organising a public discussion on energy and trade in the Western\n"
        "Balkans after the new gas links were opened.\n"
    )
    assert _names(_text_page(page).organizers) == ["Institute for Regional Studies", "Konrad-Adenauer-Stiftung"]


def test_the_institute_inviting_is_the_one_the_masthead_names() -> None:
    page = (
        "Southern Ocean Policy Institute\nUniversity of Tasmania\n\nHome | Events | Research\n\n"
        + _DATED.split("\n\n", 1)[1]
        + "The Institute warmly invites you to a webinar on krill fishing.\n\nSpeakers:\n"
        "Dr Ana Sousa, Lecturer, University of Tasmania\n"
    )
    assert _names(_text_page(page).organizers) == ["Southern Ocean Policy Institute"]


def test_the_institute_inviting_is_the_one_the_html_pages_title_names() -> None:
    html = (
        "<html><head><title>Krill and Climate | Southern Ocean Policy Institute</title></head><body>"
        "<header><img src='logo.svg' alt='Southern Ocean Policy Institute'></header><main><h1>Krill and Climate</h1>"
        "<p>Date: 12 March 2025, 17:00–18:30</p><p>The Institute warmly invites you to a webinar on krill.</p>"
        "<p>Speaker: Dr Ana Sousa, Research Fellow, Lowy Institute</p></main></body></html>"
    )
    assert _names(_html_page(html).organizers) == ["Southern Ocean Policy Institute"]


def test_the_institute_inviting_on_a_page_naming_no_institute_is_no_organizer() -> None:
    page = _DATED + "The Institute warmly invites you to a webinar on krill fishing.\n"
    assert _names(_text_page(page).organizers) == []


def test_a_calendar_plugins_organizer_boxes_with_their_phone_and_email_fields() -> None:
    html = (
        "<html><head><title>Rivers of the Steppe</title></head><body><main><h1>Rivers of the Steppe</h1>"
        "<p>Date: 12 March 2025, 17:00–18:30</p>"
        "<div><h3>Organizer</h3><dl><dd><h6>Caspian Policy Network</h6></dd>"
        "<dd><h6>Phone</h6><a href='tel:+1'>+994 12 555 0100</a></dd>"
        "<dd><h6>Email</h6><a href='mailto:a@b.org'>events@cpn.example</a></dd></dl></div>"
        "<div><h3>Other Organizers</h3><dl><dd><h6>Steppe Water Initiative</h6></dd></dl></div>"
        "</main></body></html>"
    )
    assert _names(_html_page(html).organizers) == ["Caspian Policy Network", "Steppe Water Initiative"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Organização: Centro de Estudos do Mar (CEM-UL)", "hosts"),
        ("Apoio: Fundação para a Ciência e a Tecnologia; Câmara Municipal de Sintra", "sponsors"),
        ("Con el apoyo de: Fundación Ortega", "sponsors"),
        ("Local: Auditório 2, Avenida de Berna 26, 1069-061 Lisboa", "place"),
        ("Lieu : Amphithéâtre B, 12 place du Panthéon, 75005 Paris", "place"),
    ],
)
def test_organiser_sponsor_and_place_fields_in_other_languages(line: str, kind: str) -> None:
    found = match_label(line)
    assert found is not None and found[0].kind == kind


def test_a_list_of_names_with_the_small_words_of_other_languages_is_no_prose() -> None:
    assert not is_prose("Fundação para a Ciência e a Tecnologia; Câmara Municipal de Sintra; Instituto da Água")
    assert is_prose("A sessão apresenta os primeiros resultados do projeto, que reconstrói as rotas do século XVIII.")


def test_portuguese_organiser_and_supporters_fields_with_a_units_initials() -> None:
    page = _DATED + (
        "Organização: Centro de Estudos do Mar (CEM-UL)\n"
        "Apoio: Fundação para a Ciência e a Tecnologia; Câmara Municipal de Sintra\n"
    )
    record = _text_page(page)
    assert _names(record.organizers) == ["Centro de Estudos do Mar"]
    assert _names(record.sponsors) == ["Fundação para a Ciência e a Tecnologia", "Câmara Municipal de Sintra"]


def test_a_sponsor_named_by_its_funding() -> None:
    page = _DATED + "The forum is held with funding from the Open Society Foundations.\n"
    assert _names(_text_page(page).sponsors) == ["Open Society Foundations"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sessão presencial, com transmissão em direto no canal de YouTube da Faculdade.",
        "La conferencia tendrá transmisión en vivo por Facebook.",
        "La séance sera retransmise en direct sur notre chaîne.",
    ],
)
def test_a_live_broadcast_in_other_languages_beside_a_venue_is_hybrid(sentence: str) -> None:
    assert attendance(sentence, has_place=True, has_online=False) == "mixed"


def test_a_venue_box_with_its_address_in_a_second_element() -> None:
    html = (
        "<html><head><title>Rivers of the Steppe</title></head><body><main><h1>Rivers of the Steppe</h1>"
        "<p>Date: 12 March 2025, 17:00–18:30</p>"
        "<div><h3>Location</h3><dl><dd>Station Tbilisi</dd>"
        "<dd><address>Vake, Tbilisi, Georgia</address></dd></dl></div>"
        "</main></body></html>"
    )
    location = _html_page(html).location
    assert location is not None and location.locality == "Tbilisi"


# set 47's fields that meet the target after its fixes (its title, start, end, affiliations and job
# titles, read by the other ingest work, do not)
SET_47_FIELDS = ("people", "roles", "organizers", "sponsors", "locality", "attendance", "reports")


def test_set_47_meets_the_f1_target_in_its_organisers_sponsors_place_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-47" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in SET_47_FIELDS if scores[name].f1 < 0.9} == {}


def test_mixed_case_initials_the_masthead_spells_out_as_a_host() -> None:
    page = (
        "CeSMar - Centro Studi Marittimi\n\nHome | Eventi | Pubblicazioni\n\n"
        + _DATED.split("\n\n", 1)[1]
        + "A year after the new port law, CeSMar brings together mayors, unions and shipowners.\n"
    )
    assert _names(_text_page(page).organizers) == ["Centro Studi Marittimi"]


# the older sets' fields that reached the target with these forms (set 40's organisers: the Rabat,
# Dhaka, Stockholm and Johannesburg pages; sets 41 and 42's attendance: a live broadcast in
# Romanian and Italian; set 42's sponsors: 'Con il sostegno di')
OLDER_FIELDS = {40: ("organizers",), 41: ("attendance",), 42: ("sponsors", "attendance")}


@pytest.mark.parametrize("number", sorted(OLDER_FIELDS))
def test_older_sets_keep_the_fields_these_forms_brought_to_the_target(number: int) -> None:
    scores = measure(Path(__file__).parent / "data" / f"holdout-{number}" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in OLDER_FIELDS[number] if scores[name].f1 < 0.9} == {}
