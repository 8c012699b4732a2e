"""Forms of pages in the languages of the language hold-out sets (41-103) that docs/ingest.md lists as
left unread, fixed in session 19 without a new set: one test per form, on text written for it."""

from __future__ import annotations

import pytest

from kg.pages.orgs import stated_hosts
from kg.pages.people import describe
from tests.test_pages_orgs import EVENT, _reports, _text_page


@pytest.mark.parametrize(
    ("rest", "post", "body"),
    [
        ("директор Градске развојне агенције Исток", "директор", "Градска развојна агенција Исток"),
        ("истраживачица Центра за јавне политике", "истраживачица", "Центар за јавне политике"),
        ("директорка Агенції місцевого розвитку Волинської області", "директорка",
         "Агенція місцевого розвитку Волинської області"),
        ("заступник голови Рівненської обласної державної адміністрації", "заступник голови",
         "Рівненська обласна державна адміністрація"),  # the kind the fourth word
        ("професор Львівського національного університету", "професор", "Львівський національний університет"),
        ("новинар портала Северни глас", "новинар", "Северни глас"),  # a portal's kind before its name
    ],
)  # fmt: skip
def test_a_post_before_its_body_in_the_cyrillic_genitive_is_the_post_at_that_body(
    rest: str, post: str, body: str
) -> None:
    assert describe(rest) == (post, body)


def test_a_post_at_a_body_named_only_by_its_kind_names_no_affiliation() -> None:
    assert describe("аналітик Інституту") == ("аналітик", None)  # 'of the Institute' the page named before


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("Трибина се одржава уз подршку Фондације Фридрих Еберт, у оквиру пројекта.", "Фондација Фридрих Еберт"),
        ("Skup se održava uz podršku Fondacije Fridrih Ebert.", "Fondacija Fridrih Ebert"),
        ("Дослідження виконано за підтримки Українського культурного фонду.", "Український культурний фонд"),
        ("Захід проводиться за підтримки Громадського фонду «Світанок».", "Громадський фонд «Світанок»"),
    ],
)  # fmt: skip
def test_support_in_serbian_and_ukrainian_names_its_sponsor_in_the_nominative(sentence: str, sponsor: str) -> None:
    assert sponsor in stated_hosts(sentence)[1]


@pytest.mark.parametrize(
    ("rest", "post", "body"),
    [
        ("Panevėžio verslininkų asociacijos pirmininkas", "pirmininkas", "Panevėžio verslininkų asociacija"),
        ("Kauno technologijos universiteto prorektorė studijoms", "prorektorė studijoms",
         "Kauno technologijos universitetas"),  # a post whose last word is not the post's
        ("Socialinių tyrimų centro vadovė", "vadovė", "Socialinių tyrimų centras"),  # 'centro', Spanish 'centre' too
        ("Šiaulių rajono savivaldybės administracijos Švietimo skyriaus vedėjas", "Švietimo skyriaus vedėjas",
         "Šiaulių rajono savivaldybės administracija"),  # two kinds, the unit's name large
    ],
)  # fmt: skip
def test_a_lithuanian_body_in_the_genitive_before_the_post_is_the_posts_body(rest: str, post: str, body: str) -> None:
    assert describe(rest) == (post, body)


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("Bus pristatyta studija (Regiono apžvalga Nr. 4/2025).", ("Regiono apžvalga Nr. 4/2025", "4/2025")),
        ("Буде представлено Аналітичну доповідь № 3/2025.", ("Аналітичну доповідь № 3/2025", "3/2025")),
        ("Hội thảo công bố Báo cáo nghiên cứu số 07/2025 của Viện.", ("Báo cáo nghiên cứu số 07/2025", "07/2025")),
        ("Uzinduzi wa Ripoti ya Sera Na. 2/2025 utafanyika.", ("Ripoti ya Sera Na. 2/2025", "2/2025")),
        ("Ilulunsad ang Ulat Pampananaliksik Blg. 2025-04.", ("Ulat Pampananaliksik Blg. 2025-04", "2025-04")),
        # the publisher's initials left out
        ("Acara ini meluncurkan Kertas Kerja PSK No. 5/2025.", ("Kertas Kerja No. 5/2025", "5/2025")),
        ("Se prezintă Raport de cercetare nr. 9/2025.", ("Raport de cercetare nr. 9/2025", "9/2025")),
        ("Se presenta el Documento de Trabajo núm. 11.", ("Documento de Trabajo núm. 11", "11")),
    ],
)  # fmt: skip
def test_a_report_numbered_with_the_sign_of_its_language_is_read(sentence: str, report: tuple[str, str]) -> None:
    assert report in _reports(_text_page(f"Harbour Talk\n\n{EVENT}{sentence}\n"))
