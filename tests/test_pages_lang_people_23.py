"""Session 23's lang-people: people, roles, affiliations and posts in the languages met before
(set 126 and the earlier language sets), each form on made-up text."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries
from kg.pages.verb_final import verb_final_roles
from tests.test_pages_unseen import _html_page, _people, _text_page


def _programme(table: str) -> str:
    return (
        "<html><head><title>Seminar on river towns</title></head><body><main><h1>Seminar on river towns</h1>"
        f"<p>Date: Thursday 6 July 2023, 14:00–17:00</p><p>Programme</p>{table}</main></body></html>"
    )


def test_a_korean_table_read_by_its_name_affiliation_and_post_headings() -> None:
    table = (
        "<table><tr><th>시 간</th><th>구 분</th><th>내 용</th><th>성 명</th><th>소 속</th><th>직 위</th></tr>"
        '<tr><td>13:30</td><td colspan="5">등 록</td></tr>'
        '<tr><td rowspan="2">14:00</td><td>개회사</td><td></td><td>박서연</td>'
        "<td>부산대학교 해양연구소</td><td>소장</td></tr>"
        "<tr><td>주제발표</td><td>강변 도시의 미래</td><td>김도윤</td><td>국토연구원</td><td>연구위원</td></tr>"
        '<tr><td rowspan="2">15:00</td><td>좌 장</td><td rowspan="2">종합토론</td><td>이하은</td>'
        "<td>부산대학교 지리학과</td><td>교수</td></tr>"
        "<tr><td>토 론</td><td>정민호</td><td>부산일보</td><td>논설위원</td></tr></table>"
    )
    people = _people(_html_page(_programme(table)))
    assert ("박서연", "introductory-remarks", "부산대학교 해양연구소", "소장") in people
    assert ("김도윤", "speaker", "국토연구원", "연구위원") in people
    assert ("이하은", "chair", "부산대학교", "지리학과 교수") in people
    assert ("정민호", "discussant", "부산일보", "논설위원") in people
    assert not any(name.startswith("등") for name, *_ in people)


def test_the_table_s_other_headings_and_a_role_column_spanning_rows() -> None:
    table = (
        "<table><tr><th>구분</th><th>이름</th><th>기관</th><th>직책</th></tr>"
        '<tr><td rowspan="2">토론</td><td>정민호</td><td>부산일보</td><td>논설위원</td></tr>'
        "<tr><td>한지우</td><td>부산연구원</td><td>연구위원</td></tr></table>"
    )
    people = _people(_html_page(_programme(table)))
    assert ("정민호", "discussant", "부산일보", "논설위원") in people
    assert ("한지우", "discussant", "부산연구원", "연구위원") in people


@pytest.mark.parametrize(
    ("line", "name", "post"),
    [
        ("Dyskusję poprowadzi red. Marta Kruk z Radia Gdańsk.", "Marta Kruk", None),
        ("Spotkanie moderuje Piotr Sowa.", "Piotr Sowa", None),
        ("Модерує дискусію Олена Коваль, журналістка.", "Олена Коваль", "журналістка"),
        ("Розмову модеруватиме Тарас Білик.", "Тарас Білик", None),
        ("Дискуссию модерирует Ольга Смирнова.", "Ольга Смирнова", None),
        ("შეხვედრას უძღვება ჟურნალისტი ნინო ბერიძე.", "ნინო ბერიძე", "ჟურნალისტი"),
        ("დისკუსიას წარმართავს გიორგი კაპანაძე.", "გიორგი კაპანაძე", None),
    ],
)
def test_a_moderator_named_after_the_verb_first_in_the_languages_met_before(
    line: str, name: str, post: str | None
) -> None:
    entries = cued_entries(line)
    assert [(e.name, e.role, e.job_title) for e in entries] == [(name, "moderator", post)]


@pytest.mark.parametrize(
    ("entry", "name", "post"),
    [
        ("Gazeteci Elif Kara (Ege Postası)", "Elif Kara", "Gazeteci"),
        ("Akademisyen Murat Uçar", "Murat Uçar", "Akademisyen"),
    ],
)
def test_an_occupation_written_before_the_name(entry: str, name: str, post: str) -> None:
    found = parse_entries(entry)
    assert [(e.name, e.job_title) for e in found] == [(name, post)]


def test_nepali_roles_stated_in_verb_final_clauses() -> None:
    line = (
        "गोष्ठीको अध्यक्षता संघका अध्यक्ष डा. रमेश श्रेष्ठले गर्नुहुनेछ । त्रिभुवन विश्वविद्यालयका प्राध्यापक "
        "श्री कमला गुरुङले कार्यपत्र प्रस्तुत गर्नुहुनेछ भने नेपाल पत्रकार महासंघका सचिव हरि पौडेल र "
        "सुनसरी उद्योग संघकी सदस्य सीता मगरले टिप्पणी गर्नुहुनेछ ।"
    )
    assert [(e.name, e.role, e.affiliation, e.job_title) for e in verb_final_roles(line)] == [
        ("रमेश श्रेष्ठ", "chair", None, "अध्यक्ष"),
        ("कमला गुरुङ", "presenter", "त्रिभुवन विश्वविद्यालय", "प्राध्यापक"),
        ("हरि पौडेल", "discussant", "नेपाल पत्रकार महासंघ", "सचिव"),
        ("सीता मगर", "discussant", "सुनसरी उद्योग संघ", "सदस्य"),
    ]


def test_a_nepali_moderator_read_from_a_text_page() -> None:
    page = (
        "ऊर्जा र समुदाय अन्तरक्रिया\n\nDate: Tuesday 30 July 2024, 10:30–13:00\n\n"
        "छलफलको सहजीकरण रेडियो पूर्वका समाचार प्रमुख गणेश राईले गर्नुहुनेछ ।\n"
    )
    assert ("गणेश राई", "moderator", "रेडियो पूर्व", "समाचार प्रमुख") in _people(_text_page(page))


def test_urdu_roles_stated_in_verb_final_clauses() -> None:
    line = (
        "مجلس کی صدارت زرعی یونیورسٹی فیصل آباد کے ڈین پروفیسر ڈاکٹر عامر رشید کریں گے، جبکہ ضلعی کونسل کے چیئرمین "
        "جناب خالد محمود مہمانِ خصوصی ہوں گے۔ بعد ازاں ڈاکٹر سارہ خان اور روزنامہ جنگ کی رپورٹر محترمہ نادیہ علی "
        "رپورٹ پر اظہارِ خیال کریں گی۔"
    )
    assert [(e.name, e.role, e.affiliation, e.job_title) for e in verb_final_roles(line)] == [
        ("عامر رشید", "chair", "زرعی یونیورسٹی فیصل آباد", "ڈین"),
        ("خالد محمود", "featured-remarks", "ضلعی کونسل", "چیئرمین"),
        ("سارہ خان", "discussant", None, None),
        ("نادیہ علی", "discussant", "روزنامہ جنگ", "رپورٹر"),
    ]


def test_set_126_keeps_the_people_these_forms_read() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-126" / "expected.yaml")
    # (docs/ingest.md, session 23's lang-people) the table read by its headings, the verb-first moderators and the
    # Nepali and Urdu verb-final clauses, Turkish posts after their bodies; Vietnamese posts run into bodies are left
    assert scores["people"].f1 > 0.85 and scores["roles"].f1 > 0.8
    assert scores["affiliations"].f1 > 0.5 and scores["job titles"].f1 > 0.55


@pytest.mark.parametrize(
    ("entry", "post", "body"),
    [
        ("Zeki Er (Bursa Ticaret Odası Başkanı)", "Başkan", "Bursa Ticaret Odası"),
        ("Zeki Er, Kent Vakfı Müdürü", "Müdür", "Kent Vakfı"),
    ],
)
def test_a_turkish_post_after_its_body_in_the_possessive(entry: str, post: str, body: str) -> None:
    assert [(e.name, e.job_title, e.affiliation) for e in parse_entries(entry)] == [("Zeki Er", post, body)]
