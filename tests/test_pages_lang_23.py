"""Date, clock, label and role forms of pages in languages earlier sets already used (Turkish, Korean, Vietnamese,
Georgian, Polish, Ukrainian, Nepali, Urdu) that hold-out set 126 (Eskişehir, Ulsan, Quy Nhơn, Telavi, Olsztyn,
Poltava, Biratnagar and Bahawalpur pages) showed the ingester missing where the earlier sets' fixes had matched only
their own pages' words, one test per form. Each page here is written for the form, not copied from the hold-out page
that showed it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times
from kg.names import stated_honorific
from kg.pages import parse_page
from kg.pages.lines import is_breadcrumb, is_chrome, is_when_line, match_label
from kg.pages.place import attendance
from kg.pages.reports import find_reports
from kg.pages.when import labelled_post_date
from kg.pages.words import language_zone
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    "line",
    [
        "Ekleme: 03.04.2025",  # Turkish 'added'
        "Eklenme tarihi: 3 Nisan 2025",
        "Dodano: 3 kwietnia 2025 | Redakcja",  # Polish
        "Додано: 03.04.2025",  # Ukrainian
        "등록일 2025-04-03",  # Korean
        "تاریخِ اندراج: 3 اپریل 2025",  # Urdu 'date of entry'
        "03.04.2025 · 4 хв читання · 2 310 переглядів",  # a reading time and a count of readers beside the date
        "3 Nisan 2025 · 87 kez okundu",
        "२०८२ वैशाख २० | ३१२ पटक पढिएको",
        "3 kwietnia 2025 · 4 min czytania",
        "Lượt xem: 2.310 | 03/04/2025",
    ],
)
def test_a_post_date_in_the_languages_met_before_is_not_the_events(line: str) -> None:
    assert labelled_post_date(line)


@pytest.mark.parametrize(
    "line",
    ["Kiedy: środa, 9 kwietnia 2025 r., godz. 17.00–19.00", "Tarih: 9 Nisan 2025", "Коли: 9 квітня 2025 року"],
)
def test_an_event_date_line_is_not_taken_for_a_posts(line: str) -> None:
    assert not labelled_post_date(line)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Urdu and Hindi hours in words before 'بجے' / 'बजे' (o'clock), after a part of the day
        ("جلسہ سہ پہر چار بجے شروع ہوگا", time(16), None),
        ("شام ساڑھے سات بجے", time(19, 30), None),  # half past seven
        ("صبح سوا نو بجے", time(9, 15), None),  # a quarter past nine
        ("دوپہر پونے دو بجے", time(13, 45), None),  # a quarter to two
        ("बेलुका साढे पाँच बजे", time(17, 30), None),  # Nepali
        ("Từ 14h00 đến 16h30", time(14), time(16, 30)),  # Vietnamese 'đến' (to)
    ],
)
def test_clocks_written_as_the_languages_met_before_write_them(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


def test_a_number_word_is_no_hour_without_oclock() -> None:
    assert find_times("شام کو تین مقررین خطاب کریں گے") == []


def test_a_georgian_date_written_year_first_is_read() -> None:
    assert [d.start for d in find_dates("2025 წლის 9 აპრილი, ოთხშაბათი")] == [date(2025, 4, 9)]


@pytest.mark.parametrize(("tag", "zone"), [("ko", "Asia/Seoul"), ("ka", "Asia/Tbilisi"), ("tr", "Europe/Istanbul"),
                                           ("en", None), ("ar", None), ("bn", None)])  # fmt: skip
def test_a_bare_language_tag_of_one_countrys_language_gives_its_clock(tag: str, zone: str | None) -> None:
    assert language_zone(tag) == zone


def test_a_korean_page_naming_no_known_town_is_on_koreas_clock() -> None:
    page = (
        '<html lang="ko"><body><main><h1>지역 일자리 포럼</h1>'
        "<p>○ 일 시 : 2025. 4. 9.(수) 15:00 ~ 17:00</p><p>○ 장 소 : 본관 2층 회의실</p>"
        "<p>○ 발표 : 김하늘 (지역경제연구소 연구위원)</p></main></body></html>"
    )
    record = parse_page(page.encode(), "page.html").record
    assert (record.start, record.end) == ("2025-04-09T15:00:00+09:00", "2025-04-09T17:00:00+09:00")


@pytest.mark.parametrize(
    ("item", "start"),
    [
        ("09:30 Kayıt ve kahve", "09:30"),  # Turkish
        ("09:30 Rejestracja uczestników", "09:30"),  # Polish
        ("09:30 – Реєстрація учасників", "09:30"),  # Ukrainian
        ("09:30 – რეგისტრაცია", "09:30"),  # Georgian
        ("09:30~10:00 등 록", "09:30"),  # Korean, the word spaced out in a table's cell
        ("09h30 – 10h00: Đón tiếp đại biểu", "09:30"),  # Vietnamese: receiving the delegates
        ("09:30 Otwarcie wystawy", "10:00"),  # not registration: the stated start
    ],
)
def test_a_programme_opening_with_registration_in_the_languages_met_before_starts_then(item: str, start: str) -> None:
    page = (
        "Miasto i woda: co dalej z retencją?\n\nTermin: 9 kwietnia 2025, godz. 10:00–12:00\nMiejsce: Aula, Lublin\n\n"
        "Zapraszamy na seminarium o wodzie w mieście.\n\nProgram\n\n"
        f"{item}\n10:00 Powitanie\n11:30 Dyskusja\n"
    )
    assert _text_page(page).start == f"2025-04-09T{start}:00+02:00"


def test_registration_in_brackets_on_the_date_line_leaves_the_stated_start() -> None:
    page = (
        "Miasto i woda: co dalej z retencją?\n\nKiedy: 9 kwietnia 2025, godz. 10.00–12.00 (rejestracja od 9.30)\n"
        "Gdzie: Aula, Lublin\n\n9.30 Rejestracja\n10.00 Powitanie\n"
    )
    assert _text_page(page).start == "2025-04-09T10:00:00+02:00"


@pytest.mark.parametrize(
    "line",
    [
        "Kiedy: czwartek, 10 kwietnia 2025 r., godz. 17.00–19.00 (rejestracja od 16.30)",  # 'when?', 'r.', 'godz.'
        "Коли: четвер, 10 квітня 2025 року, 18:00 – 20:00",  # Ukrainian 'when?', 'року'
        "როდის: 2025 წლის 10 აპრილი, ხუთშაბათი, 15:00–17:00",  # Georgian 'when?', the year first
        "Tarih: 10 Nisan 2025, Perşembe",  # Turkish 'date'
    ],
)
def test_a_date_line_labelled_as_the_languages_met_before_label_it_is_one(line: str) -> None:
    assert is_when_line(line)


@pytest.mark.parametrize(
    "line",
    ["Przejdź do treści", "Перейти до основного вмісту", "مرکزی مواد پر جائیں", "मुख्य सामग्रीमा जानुहोस्",
     "본문 바로가기", "Ana içeriğe geç", "Nadchodzące wydarzenia", "आगामी कार्यक्रम", "Yaklaşan Etkinlikler"],
)  # fmt: skip
def test_skip_links_and_event_sections_in_the_languages_met_before_are_chrome(line: str) -> None:
    assert is_chrome(line)


def test_a_trail_opening_with_home_in_polish_is_a_breadcrumb() -> None:
    assert is_breadcrumb("Strona główna / Wydarzenia / Debata: Miasto i rzeka")


def _titled(page: str) -> str | None:
    return _text_page(page).name


def test_a_heading_under_a_polish_breadcrumb_over_its_type_and_post_date_is_the_title() -> None:
    page = (
        "Przejdź do treści\nInstytut Spraw Miejskich\n\nStrona główna / Wydarzenia / Debata: Miasto i rzeka\n\n"
        "Miasto i rzeka – kto zapłaci za powódź?\n\nDebata publiczna\nDodano: 2 kwietnia 2025 | Redakcja\n\n"
        "Instytut zaprasza na debatę o tym, jak miasta nad Wisłą przygotowują się na kolejne powodzie i kto ponosi "
        "koszty budowy wałów, zbiorników i polderów w gminach położonych poniżej dużych miast.\n\n"
        "Kiedy: czwartek, 10 kwietnia 2025 r., godz. 17.00–19.00\nGdzie: Aula, Płock\n\n"
        "Otwarcie: dr Anna Nowak, dyrektorka Instytutu\n"
    )
    assert _titled(page) == "Miasto i rzeka – kto zapłaci za powódź?"


def test_a_kickers_path_in_capitals_is_no_roles_heading() -> None:
    page = (
        "Фонд громад\n\nПОДІЇ / ПРЕЗЕНТАЦІЯ ЗВІТУ\n\nСела без шкіл: що далі?\n\n"
        "Коли: четвер, 10 квітня 2025 року, 18:00 – 20:00\nДе: бібліотека, Суми\n\n"
        "Відкриття — Марія Коваленко, голова фонду\n"
    )
    assert _titled(page) == "Села без шкіл: що далі?"
    assert match_label("ПОДІЇ / ПРЕЗЕНТАЦІЯ ЗВІТУ") is None


def test_a_heading_opening_with_a_quoted_work_in_guillemets_is_a_title() -> None:
    page = (
        "مرکزی مواد پر جائیں\nادارہ برائے دیہی ترقی\n\n«دریا اور لوگ» کی تقریبِ رونمائی\n\n"
        "تاریخِ اندراج: 2 اپریل 2025 | زمرہ: تقریبات\n\n"
        "ادارہ برائے دیہی ترقی کتاب «دریا اور لوگ» کی تقریبِ رونمائی کا اہتمام کر رہا ہے۔ یہ تقریب بروز جمعرات 10 اپریل"
        " 2025ء کو سہ پہر چار بجے ملتان آرٹس کونسل میں منعقد ہوگی۔\n"
    )
    assert _titled(page) == "«دریا اور لوگ» کی تقریبِ رونمائی"


def test_the_events_section_named_in_the_breadcrumb_is_not_the_title() -> None:
    page = (
        "विकास अध्ययन केन्द्र\n\nगृहपृष्ठ » गतिविधि » आगामी कार्यक्रम\n\nआगामी कार्यक्रम\n\n"
        "अन्तरक्रिया कार्यक्रम : नदी, बालुवा र स्थानीय सरकार\n\n२०८२ वैशाख २० | ३१२ पटक पढिएको\n\n"
        "कार्यक्रम २०८२ वैशाख २७ गते बिहीबार बिहान ११ बजे धरानमा हुनेछ ।\n"
    )
    assert _titled(page) == "अन्तरक्रिया कार्यक्रम : नदी, बालुवा र स्थानीय सरकार"


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Protokol konuşmaları", "introductory-remarks"),  # Turkish
        ("Değerlendirmeler", "discussant"),
        ("Kitabın tanıtımı", "presenter"),
        ("Moderatör", "moderator"),
        ("개 회 사", "introductory-remarks"),  # Korean, letter-spaced in a table's cell or not
        ("축 사", "introductory-remarks"),
        ("좌 장", "chair"),
        ("토 론", "discussant"),
        ("주제발표 2", "speaker"),
        ("Phát biểu chào mừng", "introductory-remarks"),  # Vietnamese
        ("Chủ trì hội thảo", "chair"),
        ("Tham luận 3", "speaker"),
        ("შესავალი სიტყვა", "introductory-remarks"),  # Georgian
        ("Powitanie gości", "introductory-remarks"),  # Polish
        ("Paneliści", "panelist"),
        ("Podsumowanie i zamknięcie", "closing-remarks"),
        ("Вітальне слово", "introductory-remarks"),  # Ukrainian
        ("Дискусія за участі", "panelist"),
    ],
)
def test_role_headings_of_the_languages_met_before(heading: str, role: str) -> None:
    label = match_label(f"{heading}:")
    assert label is not None and label[0].role == role


@pytest.mark.parametrize(
    "heading", ["Ayrıntılı bilgi", "Bilgi için", "문 의", "Xin liên hệ", "Довідки", "დამატებითი ინფორმაციისთვის"]
)
def test_contact_headings_of_the_languages_met_before(heading: str) -> None:
    label = match_label(f"{heading}: Anna Nowak, koordynatorka, tel. 22 555 01 01")
    assert label is not None and label[0].kind == "contact"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Salona gelemeyenler söyleşiyi YouTube kanalımızdan eş zamanlı olarak izleyebilir.", "mixed"),
        ("행사는 연구원 유튜브 채널을 통해 실시간으로 중계됩니다.", "mixed"),
        ("Hội nghị tổ chức theo hình thức trực tiếp kết hợp trực tuyến.", "mixed"),
        ("ღონისძიების პირდაპირი ტრანსლაცია იქნება ცენტრის გვერდზე.", "mixed"),
        ("Dla nieobecnych przygotowaliśmy transmisję online.", "mixed"),
        ("Зустріч пройде лише наживо, без онлайн-трансляції.", "offline"),
        ("कार्यक्रम संस्थाको फेसबुक पेजबाट लाइभ गरिनेछ ।", "mixed"),
    ],
)
def test_a_live_stream_beside_a_venue_in_the_languages_met_before(text: str, mode: str) -> None:
    assert attendance(text, True, False) == mode


@pytest.mark.parametrize(
    ("written", "name"),
    [("Dr. Öğr. Üyesi Elif Kara", "Elif Kara"), ("Arş. Gör. Burak Aksoy", "Burak Aksoy"),
     ("mgr inż. Jan Wójcik", "Jan Wójcik"), ("red. Ewa Lis", "Ewa Lis"), ("dr hab. Piotr Zając", "Piotr Zając")],
)  # fmt: skip
def test_turkish_and_polish_ranks_and_forms_of_address_are_not_names(written: str, name: str) -> None:
    assert stated_honorific(written)[1] == name


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("주 최 : 부산대학교 도시연구소", "hosts"),  # Korean, letter-spaced in a notice's list
        ("주 관 : 부산대학교 산학협력단", "hosts"),
        ("후 원 : 부산광역시", "sponsors"),
        ("Düzenleyen: Kent Araştırmaları Merkezi", "hosts"),  # Turkish
        ("Organizatorzy: Instytut Spraw Miejskich", "hosts"),  # Polish
        ("Організатори: Фонд громад", "hosts"),  # Ukrainian
        ("Đơn vị tổ chức: Viện Nghiên cứu Đô thị", "hosts"),  # Vietnamese
        ("Destekleyenler: Ticaret Odası", "sponsors"),
        ("Nhà tài trợ: Quỹ Đổi mới", "sponsors"),
    ],
)
def test_host_and_sponsor_fields_of_the_languages_met_before(line: str, kind: str) -> None:
    label = match_label(line)
    assert label is not None and label[0].kind == kind


def test_a_korean_series_named_in_brackets_keeps_all_its_words() -> None:
    lines = ["연구소가 발간한 「부산 항만물류 이슈페이퍼」 제2024-1호의 주요 내용을 발표합니다."]
    assert [(r.name, r.number) for r in find_reports(lines)] == [("부산 항만물류 이슈페이퍼 제2024-1호", "2024-1")]


def test_set_126_stays_at_its_levels_after_the_fixes() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-126" / "expected.yaml")
    # (docs/ingest.md, set 126) the Ulsan programme table's columns, people named only in prose (Nepali, Urdu),
    # posts run into their bodies, hosts and supporters in sentences and localities in their own script are left
    assert scores["title"].f1 > 0.7 and scores["start"].f1 > 0.85 and scores["end"].f1 > 0.8
    assert scores["people"].f1 > 0.6 and scores["roles"].f1 > 0.5
    assert scores["affiliations"].f1 > 0.2 and scores["job titles"].f1 > 0.24
    assert scores["reports"].f1 > 0.2 and scores["sponsors"].f1 > 0.35 and scores["attendance"].f1 > 0.65
