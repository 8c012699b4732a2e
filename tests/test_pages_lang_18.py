"""Date, clock, place, role and host forms of pages in Lithuanian, Serbian, Ukrainian, Argentine Spanish,
Swiss German, Vietnamese, Swahili and Filipino that hold-out set 103 (Klaipėda, Niš, Chernivtsi, Rosario,
Luzern, Da Nang, Dodoma and Manila pages) showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times
from kg.names import stated_honorific
from kg.pages.gazetteer import town_name, town_zone
from kg.pages.lines import starts_with_time
from kg.pages.orgs import stated_hosts
from kg.pages.when import labelled_post_date
from tests.test_pages_unseen import _html_page, _people, _text_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("уторак, 3. марта 2026. године", date(2026, 3, 3)),  # Serbian in Cyrillic writes the genitive
        ("петак, 16. октобра 2026.", date(2026, 10, 16)),
        ("4. септембар 2026.", date(2026, 9, 4)),
        ("Jumanne, 7 Julai 2026", date(2026, 7, 7)),  # Swahili
        ("11 Setyembre 2026", date(2026, 9, 11)),  # Filipino
    ],
)
def test_serbian_cyrillic_swahili_and_filipino_months_are_read_after_the_day(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("са почетком у 17 часова", time(17), None),  # Serbian: at 17 o'clock
        ("од 10 до 12 часова", time(10), time(12)),
        ("19 hs", time(19), None),  # Argentine and Uruguayan 'hs'
        ("de 9 a 13 hs.", time(9), time(13)),
    ],
)
def test_serbian_and_argentine_words_for_the_hour_make_a_clock(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Saa 2:00 asubuhi hadi saa 5:30 asubuhi", time(8), time(11, 30)),  # from 6 a.m.: saa 2 is 8 o'clock
        ("saa 8 mchana mpaka saa 11 jioni", time(14), time(17)),
        ("Saa 4:00 – 4:45 Chai", time(10), time(10, 45)),  # a programme's hours, with no part of the day
        ("saa 2 usiku", time(20), None),
        ("saa 14:30", time(14, 30), None),  # an hour past twelve is the 24-hour clock's
    ],
)
def test_swahili_time_counts_the_hours_from_six_in_the_morning(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)] == [(start, end)]


@pytest.mark.parametrize(
    "line",
    ["Paskelbta 2026-03-02", "Опубліковано: 5 березня 2026", "Објављено 5. марта 2026.", "Đăng ngày: 05/03/2026",
     "Imewekwa: 5 Machi 2026"],
)  # fmt: skip
def test_a_post_date_labelled_in_lithuanian_ukrainian_serbian_vietnamese_or_swahili_is_not_the_events(
    line: str,
) -> None:
    assert labelled_post_date(line)


@pytest.mark.parametrize(
    ("part", "town", "zone"),
    [
        ("м. Львів", "Lviv", "Europe/Kyiv"),  # the Ukrainian 'м.' (town) before the name, in Cyrillic
        ("21000 Нови Сад", "Novi Sad", "Europe/Belgrade"),
        ("thành phố Cần Thơ", "Cần Thơ", "Asia/Ho_Chi_Minh"),  # Vietnamese 'thành phố' (city)
        ("TP. Cần Thơ", "Cần Thơ", "Asia/Ho_Chi_Minh"),
    ],
)
def test_a_town_written_in_cyrillic_or_after_the_word_for_town_is_found(part: str, town: str, zone: str) -> None:
    assert (town_name(part), town_zone(part)) == (town, zone)


@pytest.mark.parametrize(
    ("page", "start", "end"),
    [
        (
            "Інститут міських студій\n\nПублічна лекція\n\nМісто після війни\n\n"
            "Дата: 12 травня 2026 року\nЧас: 17:00–18:30\nМісце: Будинок вчених, вул. Листопадова, 4, м. Львів\n",
            "2026-05-12T17:00:00+03:00",
            "2026-05-12T18:30:00+03:00",
        ),
        (
            "Viện Nghiên cứu Đô thị\n\nTọa đàm\n\nNước sạch cho đồng bằng\n\n"
            "Thời gian: 14h00 – 16h30, ngày 19/6/2026\nĐịa điểm: Hội trường A, 3 đường 30/4, thành phố Cần Thơ\n",
            "2026-06-19T14:00:00+07:00",
            "2026-06-19T16:30:00+07:00",
        ),
        (
            "Taasisi ya Mafunzo ya Kilimo\n\nMdahalo\n\nMbegu za Asili na Soko\n\nImewekwa: 2 Julai 2026\n\n"
            "Tarehe: Jumatano, 15 Julai 2026\nMuda: Saa 4:00 asubuhi hadi saa 6:30 mchana\n"
            "Mahali: Ukumbi wa Mikutano, Morogoro\n",
            "2026-07-15T10:00:00+03:00",
            "2026-07-15T12:30:00+03:00",
        ),
    ],
)
def test_date_time_and_place_fields_in_ukrainian_vietnamese_and_swahili_give_the_start_and_end(
    page: str, start: str, end: str
) -> None:
    record = _text_page(page)
    assert (record.start, record.end) == (start, end)


def test_the_address_of_the_embedded_organisation_gives_the_clock_when_the_venue_names_no_town() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"Organization","name":"Удружење за урбане студије","address":{"@type":"PostalAddress",'
        '"addressLocality":"Нови Сад","addressCountry":"RS"}}]}</script></head><body><main><article>'
        "<h1>Град и река</h1><p>Удружење за урбане студије позива вас на трибину која ће бити одржана у четвртак,"
        " 8. октобра 2026. године, са почетком у 18 часова, у великој сали Културног центра.</p>"
        "</article></main></body></html>"
    )
    assert _html_page(html).start == "2026-10-08T18:00:00+02:00"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("14h00 – 14h20: Khai mạc", time(14), time(14, 20)),  # a colon after the range is no clock's seconds
        ("10:00 – 10:30: Registration", time(10), time(10, 30)),
        ("2:15 n.h. Talakayan", time(14, 15), None),  # Filipino 'ng hapon' (in the afternoon)
        ("8:30 n.u. – 12:00 n.t.", time(8, 30), time(12)),  # 'ng umaga' (in the morning), 'ng tanghali' (at noon)
    ],
)
def test_vietnamese_programme_ranges_and_filipino_parts_of_the_day(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize(
    ("name", "honorific", "bare"),
    [
        ("PGS.TS. Đỗ Minh Châu", "PGS.TS.", "Đỗ Minh Châu"),
        ("ông Lý Văn Sơn", "ông", "Lý Văn Sơn"),
        ("Mhe. Salma Juma", "Mhe.", "Salma Juma"),
        ("Mhandisi Peter Mushi", "Mhandisi", "Peter Mushi"),
        ("Gng. Rosa Villar", "Gng.", "Rosa Villar"),
        ("проф. др Зоран Ристић", "проф. др", "Зоран Ристић"),
        ("к.е.н. Оксана Білик", "к.е.н.", "Оксана Білик"),
        ("Dr. med. Urs Imhof", "Dr. med.", "Urs Imhof"),
    ],
)
def test_ranks_and_courtesy_titles_of_set_103s_languages_are_no_part_of_the_name(
    name: str, honorific: str, bare: str
) -> None:
    assert stated_honorific(name) == (honorific, bare)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # Lithuanian, Serbian and Ukrainian
            "Sveikinimo žodis – Rūta Kazlauskienė, Vilniaus universitetas\n"
            "Studijos pristatymas – Paulius Žukas, Lietuvos laisvosios rinkos institutas\n"
            "Уводна реч: Драгана Лазић, Институт за урбанизам\n"
            "Закључци: Милош Тодоровић, Институт за урбанизам\n"
            "Вітальне слово: Тарас Кравчук, Житомирська політехніка\n"
            "Коментують: Галина Левчук, Інститут економіки\n"
            "Модераторка: Софія Петренко, Громадське радіо\n",
            {
                "Rūta Kazlauskienė": "introductory-remarks",
                "Paulius Žukas": "presenter",
                "Драгана Лазић": "introductory-remarks",
                "Милош Тодоровић": "closing-remarks",
                "Тарас Кравчук": "introductory-remarks",
                "Галина Левчук": "discussant",
                "Софія Петренко": "moderator",
            },
        ),
        (  # Argentine Spanish, Vietnamese and Swahili
            "Expositores: Martín Godoy, Universidad Nacional de Cuyo\n"
            "Phát biểu khai mạc – TS. Đặng Thu Trang, Viện Kinh tế\n"
            "Báo cáo đề dẫn – TS. Hồ Quốc Bảo, Viện Kinh tế\n"
            "Neno la ukaribisho – Dkt. Asha Rajabu, Taasisi ya Sera\n"
            "Mgeni Rasmi: Mhe. Hamisi Said, Wizara ya Kilimo\n"
            "Mwongoza mjadala: Bi. Rehema Ally, ITV\n",
            {
                "Martín Godoy": "speaker",
                "Đặng Thu Trang": "introductory-remarks",
                "Hồ Quốc Bảo": "keynote",
                "Asha Rajabu": "introductory-remarks",
                "Hamisi Said": "featured-remarks",
                "Rehema Ally": "moderator",
            },
        ),
        (  # Filipino
            "Pambungad na Pananalita — Dr. Jose Santos, Pamantasang Normal\n"
            "Tagapagpadaloy: Bb. Ana Reyes, GMA News\n"
            "Pangwakas na Pananalita — Gng. Celia Cruz, Samahang Pangkalikasan\n",
            {
                "Jose Santos": "introductory-remarks",
                "Ana Reyes": "moderator",
                "Celia Cruz": "closing-remarks",
            },
        ),
    ],
)
def test_role_headings_in_set_103s_languages(page: str, expected: dict[str, str]) -> None:
    head = "Centras\n\nDiskusija\n\nMiestai ir upės\n\nData: 2026-05-12, 10:00–12:00\nVieta: Vilnius\n\n"
    items = "".join(f"{10 + n // 4}:{n % 4 * 15:02d} {line}\n" for n, line in enumerate(page.splitlines()))
    assert set(expected.items()) <= {(n, r) for n, r, *_ in _people(_text_page(head + items))}


def test_a_swahili_programme_line_opens_with_its_hours() -> None:
    assert starts_with_time("Saa 4:00 – 4:30 Neno la ukaribisho – Dkt. Asha Rajabu")


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        (
            "Vilniaus universiteto Tarptautinių santykių institutas kartu su Lietuvos miestų asociacija kviečia į"
            " diskusiją.",
            ["Vilniaus universiteto Tarptautinių santykių institutas", "Lietuvos miestų asociacija"],
        ),
        ("Институт за урбанизам и Фондација Бели град позивају вас на трибину.", ["Институт за урбанизам",
                                                                                 "Фондација Бели град"]),
        ("Інститут регіональних досліджень запрошує на дискусію.", ["Інститут регіональних досліджень"]),
        ("Taasisi ya Sera za Kilimo (TSK) ya Chuo Kikuu cha Mzumbe inawaalika wananchi wote.",
         ["Taasisi ya Sera za Kilimo"]),
    ],
)  # fmt: skip
def test_the_body_that_invites_in_lithuanian_serbian_ukrainian_and_swahili_hosts(
    sentence: str, hosts: list[str]
) -> None:
    assert stated_hosts(sentence)[0] == hosts


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("Renginį finansuoja Kultūros taryba.", "Kultūros taryba"),  # Lithuanian: the verb before its subject
        ("Hội thảo được tổ chức với sự tài trợ của Quỹ Hòa Bình.", "Quỹ Hòa Bình"),
        ("Kongamano hili limeandaliwa kwa ufadhili wa Ford Foundation.", "Ford Foundation"),
        ("Ang forum ay naging posible sa tulong ng Asia Foundation.", "Asia Foundation"),
    ],
)
def test_support_written_in_lithuanian_vietnamese_swahili_and_filipino_names_a_sponsor(
    sentence: str, sponsor: str
) -> None:
    assert sponsor in stated_hosts(sentence)[1]


def test_hold_out_set_103_meets_the_target_in_start_and_end() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-103" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 103): titles (a breadcrumb, a faculty's name and a university's
    # masthead taken over text headings), people and roles (a moderator and contacts named in sentences,
    # Vietnamese programme items '"talk" – ông X'), affiliations and job titles (posts after or before their
    # body in the genitive, 'Post Org' with no comma), reports (numbered papers in those languages),
    # organizers (a unit with its parent in the genitive after it, Vietnamese and Filipino invitations),
    # sponsors (bodies in the genitive after 'уз подршку', 'за підтримки'), locality (a town after 'м.' in
    # a venue, a venue only in a sentence) and attendance (streaming in those languages)
    fields = ("start", "end")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.8 and scores["people"].f1 > 0.8 and scores["organizers"].f1 > 0.5
