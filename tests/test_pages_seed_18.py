"""Forms that hold-out set 99 (think-tank and research-centre pages of Stockholm, Phnom Penh, Kabul,
Yangon, Mogadishu, Buenos Aires, Toronto and Doha, most in the seed page's text rendering) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.initials import spelled_out
from kg.pages.orgs import stated_hosts
from tests.test_pages_unseen import _text_page


def _roles(record) -> dict[str, str]:
    return {p.person.name: p.role for p in record.participants}


def test_a_coordinadora_heading_on_a_spanish_page_names_the_moderator() -> None:
    # 'Coordinador(a)' heads whoever moderates a Spanish-speaking country's panel
    page = (
        "Actividades\n\nSeminario\n\nLithium and the Andean Provinces\n\nThursday, May 4, 2023\n"
        "6:00 p.m. to 7:30 p.m.\nAvenida Alvear 1800, Buenos Aires\n\n"
        "Speakers\nDr. Julieta Ferrandi Costa, Researcher, Universidad Nacional de Salta\n"
        "Lic. Tomás Ibarguren, Analyst, Fundación Andina\n\n"
        "Comments\nDr. Silvina Araoz, Professor, Universidad de Jujuy\n\n"
        "Coordinadora\nEmb. Rodolfa Quiroga Lenz, Member of the Mining Committee, Instituto Andino\n"
    )
    roles = _roles(_text_page(page))
    assert roles["Rodolfa Quiroga Lenz"] == "moderator"
    assert roles["Silvina Araoz"] == "discussant"


def test_a_special_address_heading_gives_featured_remarks_and_is_no_name() -> None:
    page = (
        "Events\n\nForum: Ports, Roads and the Northern Corridor\n\nDate : 3rd March 2020 (Tuesday)\n"
        "Time : 9:00 AM to 12:00 PM\nVenue : Strand Hall, Mandalay\n\n"
        "9:00 AM - 9:15 AM\nOpening Remarks\nDr. Tin Maung Aye, Chairman, Northern Studies Forum\n\n"
        "9:15 AM - 9:35 AM\nSpecial Address\nH.E. Dr. Myo Lwin Tun, Deputy Minister for Transport\n"
    )
    roles = _roles(_text_page(page))
    assert roles.get("Myo Lwin Tun") == "featured-remarks"
    assert "Special Address" not in roles


def test_a_summary_sentence_opening_with_her_co_author_names_the_presenter() -> None:
    # 'Her co-author X, post, presented the results': the lead-in is no part of the name
    page = (
        "Events\n\nFishing Rights on the Lower Mekong\n\nDate & Time\n\nJun. 9, 2015\n9:00am – 11:00am\n\n\n"
        "On June 9 the institute launched its new working paper before officials and students.\n\n"
        "Mey Sokunthea, Senior Researcher at the institute, presented its findings on the catch of "
        "the lake's floating villages. Her co-author Prak Visal, Research Assistant, presented the results "
        "on fish prices in the provincial markets.\n"
    )
    roles = _roles(_text_page(page))
    assert roles.get("Prak Visal") == "presenter"
    assert roles.get("Mey Sokunthea") == "presenter"


def test_an_institution_inviting_through_one_of_its_committees_is_the_host() -> None:
    # 'X (XI), through its Y Committee, invites you': the committee set apart, X hosts
    assert stated_hosts(
        "The Andean Council for Foreign Affairs (ACFA), through its Energy Studies Committee, invites you to a talk."
    ) == (["The Andean Council for Foreign Affairs"], [])


def test_a_spanish_name_joined_by_para_las_los_or_el_is_one_organisation() -> None:
    # 'Consejo … para las Relaciones …', 'Centro … para el Desarrollo …': one name, not its first words
    assert stated_hosts("The Instituto Andino para las Políticas Públicas (IAPP) invites you to a seminar.") == (
        ["The Instituto Andino para las Políticas Públicas"],
        [],
    )
    assert stated_hosts("El Centro para el Estudio de los Recursos Hídricos invites you to a talk.") == (
        ["Centro para el Estudio de los Recursos Hídricos"],
        [],
    )


def test_initials_of_a_spanish_name_skip_its_small_words() -> None:
    # 'IAPP' for the Instituto Andino para las Políticas Públicas: 'para' and 'las' give no letter
    text = "The Instituto Andino para las Políticas Públicas (IAPP) invites you. Speaker: X, Fellow, IAPP."
    assert spelled_out("IAPP", text) == "Instituto Andino para las Políticas Públicas"


def test_hold_out_set_99_meets_the_target_in_every_field_but_reports_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-99" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 99): reports (0.88: the Doha page's 'her new Policy Briefing,
    # <em>Title</em>' unread, the Phnom Penh paper's title in the summary read beside its number) and
    # attendance (0.80: 'Doha & Online' in the venue line not read as mixed)
    fields = [name for name in scores if name not in ("reports", "attendance")]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["reports"].f1 > 0.85
    assert scores["attendance"].f1 > 0.75
