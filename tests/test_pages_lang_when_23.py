"""Title, date and place forms of pages in languages earlier sets already used that hold-out set 126 left unread
(a board's subject cell and a page builder's title block, a date sentence with its verb after the hours, an end in
a clause of its own, a town's district in brackets, addresses in brackets, Arabic commas, a town in its country's
script), one test per form, each on made-up text written for the form rather than copied from the hold-out page."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages import parse_page
from kg.pages.place import read_place
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    ("lines", "town"),
    [
        (["Aula B, ul. Słoneczna 5, Kraków (Nowa Huta)"], "Kraków"),  # Polish: a district in brackets
        (["Salle 4, 12 rue Victor Hugo, Lyon (Croix-Rousse)"], "Lyon"),
        (["Обласна бібліотека, зала 2, Полтава", "Вхід вільний."], "Poltava"),  # a note under the place
        (["Rathaus, Marktplatz 1, Bonn", "Eintritt frei."], "Bonn"),
    ],
)
def test_town_before_a_district_in_brackets_or_a_note(lines: list[str], town: str) -> None:
    place, _ = read_place(lines)
    assert place is not None and place.locality == town


def test_a_state_code_in_brackets_stays_a_region() -> None:
    place, _ = read_place(["Centro, Rua X 10, Brasília (DF)"])
    assert place is not None and place.locality == "Brasília" and place.region == "DF"


@pytest.mark.parametrize(
    ("sentence", "end", "footer"),
    [
        # Urdu: the start, the place, then the end in a clause of its own ending in 'until'
        (
            "یہ مذاکرہ بروز جمعرات 12 مارچ 2020ء کو صبح دس بجے جامعہ کے سیمینار ہال میں شروع ہوگا"
            " اور دوپہر ایک بجے تک جاری رہے گا۔",
            "13:00",
            "Lahore, Pakistan",
        ),
        (
            "यह संगोष्ठी 12 मार्च 2020 को सुबह 10:00 बजे सभागार में शुरू होगी और दोपहर 1:00 बजे तक चलेगी।",
            "13:00",
            "Lucknow, India",
        ),  # Hindi
    ],
)
def test_an_end_in_a_second_clause_before_the_word_for_until(sentence: str, end: str, footer: str) -> None:
    record = _text_page(f"مذاکرہ: پانی اور شہر\n\n{sentence}\n\n{footer}\n")
    assert record.end is not None and record.end[11:16] == end


@pytest.mark.parametrize(
    "sentence",
    [
        # Nepali: the date and hours, the verb 'will be' last; a related notice's date below is not the event's
        "गोष्ठी २०८१ भदौ ५ गते बुधबार बिहान ११:०० बजेदेखि दिउँसो २:०० बजेसम्म नगरपालिकाको सभाहलमा हुनेछ ।",
        "गोष्ठी २०८१ भदौ ५ गते बिहान ११:०० बजेदेखि दिउँसो २:०० बजेसम्म सभाहलमा सम्पन्न हुनेछ ।",
    ],
)
def test_a_date_sentence_with_a_verb_after_its_hours_is_the_events(sentence: str) -> None:
    page = (
        "जलवायु र कृषि : स्थानीय तहको भूमिका\n\n२०८१ साउन २८ | ३१२ पटक पढिएको\n\n"
        "जनकपुर । प्रतिष्ठानले जलवायु परिवर्तन र कृषिबारे गोष्ठी आयोजना गर्ने भएको छ ।\n\n"
        f"{sentence}\n\nसम्बन्धित सूचना\n\n• प्रदेश बजेटमाथि छलफल (२०८१ साउन २)\n\n"
        "स्थानीय विकास प्रतिष्ठान\nजनकपुर–४, धनुषा, मधेश प्रदेश, नेपाल\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2024-08-21T11:00:00+05:45", "2024-08-21T14:00:00+05:45")


def _board_page(label: str, subject: str) -> str:
    return (
        '<html lang="ko"><head><title>공지사항 | 알림 | 한국도시연구원</title></head><body>'
        '<div id="header"><h1 class="logo"><a href="/"><img src="/logo.png" alt="한국도시연구원"></a></h1></div>'
        '<div id="content"><h3 class="sub_tit">공지사항</h3><table class="board_view">'
        f'<tr><th scope="row">{label}</th><td colspan="3" class="subject">{subject}</td></tr>'
        '<tr><th scope="row">작성자</th><td>관리자</td><th scope="row">작성일</th><td>2024-03-04</td></tr>'
        "</table><div class='view_cont'><p>○ 일 시 : 2024. 3. 21.(목) 15:00 ~ 17:00</p>"
        "<p>○ 장 소 : 대전광역시 유성구 대학로 99 시민홀</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("label", "subject"),
    [
        ("제목", "2024 대전 도시재생 포럼 &lt;원도심의 내일&gt;"),  # Korean: a year, then the words
        ("제 목", "대전 도시재생 포럼: 원도심의 내일"),  # letter-spaced as notices write it
        ("Subject", "대전 도시재생 포럼: 원도심의 내일"),
    ],
)
def test_a_boards_subject_cell_is_the_title_where_no_heading_names_the_post(label: str, subject: str) -> None:
    record = parse_page(_board_page(label, subject).encode(), "page.html").record
    assert record.name == subject.replace("&lt;", "<").replace("&gt;", ">")


def test_a_page_builders_title_block_is_the_title_where_the_page_has_no_h1() -> None:
    html = (
        '<html lang="ka"><head><title>ქალაქის ბაღები – საჯარო ლექცია</title></head><body>'
        '<div class="t-rec"><div class="t228__menu"><a href="/">მთავარი</a> '
        '<a href="/events">ღონისძიებები</a></div></div>'
        '<div class="t-rec"><div class="t050__uptitle t-uptitle" field="subtitle">საჯარო ლექცია · 12.05.2021</div>'
        '<div class="t050__title t-title t-title_xl" field="title">'
        "ქალაქის ბაღები: ვის ეკუთვნის მწვანე სივრცე?</div></div>"
        '<div class="t-rec"><div class="t-text" field="text">როდის: 2021 წლის 12 მაისი, 18:00–19:30<br>'
        "სად: ქალაქის ბიბლიოთეკა, რუსთაველის ქ. 5, ქუთაისი</div></div>"
        '<div class="t-rec"><div class="t-section__title t-title t-title_xs">სხვა ღონისძიებები</div></div>'
        "</body></html>"
    )
    assert parse_page(html.encode(), "page.html").record.name == "ქალაქის ბაღები: ვის ეკუთვნის მწვანე სივრცე?"


@pytest.mark.parametrize(
    ("place", "town"),
    [
        # Georgian: the venue, then its street address and town in brackets
        (
            "სად: ქუთაისის სახელმწიფო უნივერსიტეტი, I კორპუსი, საკონფერენციო დარბაზი (თამარ მეფის ქ. 59, ქუთაისი)",
            "Kutaisi",
        ),
        ("Де: обласна бібліотека, конференц-зала на третьому поверсі (вул. Соборна 12, Полтава)", "Poltava"),
    ],
)
def test_a_place_field_with_its_address_in_brackets_names_the_town(place: str, town: str) -> None:
    page = f"ღვინო და ტურიზმი: რა შეიცვალა?\n\nროდის: 2025 წლის 10 აპრილი, ხუთშაბათი, 15:00–17:00\n{place}\n"
    record = _text_page(page)
    assert record.location is not None and record.location.locality == town


def test_an_urdu_address_parted_by_arabic_commas_ends_with_its_town() -> None:
    place, _ = read_place(["کانفرنس ہال، جامعہ پنجاب، قائداعظم کیمپس، لاہور"])
    assert place is not None and place.locality == "Lahore"


def test_an_embedded_locality_in_its_countrys_script_is_named_as_the_gazetteer_names_it() -> None:
    html = (
        '<html lang="bn"><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        ' "name": "নদী ও শহর: একটি সংলাপ", "startDate": "2025-03-06T15:00:00+06:00", "location": {"@type": "Place",'
        ' "name": "সম্মেলন কক্ষ", "address": {"@type": "PostalAddress", "addressLocality": "খুলনা"}}}</script></head>'
        "<body><h1>নদী ও শহর: একটি সংলাপ</h1><p>সংলাপটি ৬ মার্চ ২০২৫ বিকেল ৩টায় অনুষ্ঠিত হবে।</p></body></html>"
    )
    record = parse_page(html.encode(), "page.html").record
    assert record.location is not None and record.location.locality == "Khulna"


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("부경대학교 미래관 2층 회의실, 부산광역시 남구 용소로 45", "Busan"),  # Korean: the city first, its ward after
        ("第二会議室, 名古屋市千種区不老町1", "Nagoya"),  # Japanese
    ],
)
def test_an_east_asian_address_opening_with_its_city_names_the_town(address: str, town: str) -> None:
    place, _ = read_place([address])
    assert place is not None and place.locality == town


def test_set_126_keeps_its_titles_dates_localities_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-126" / "expected.yaml")
    # (docs/ingest.md, session 23's lang-when) left: 'Quy Nhơn' read as the gazetteer's 'Qui Nhon', Ulsan named only
    # in the footer's address, Biratnagar and Bahawalpur only in prose
    assert scores["title"].f1 == 1.0 and scores["start"].f1 == 1.0 and scores["end"].f1 == 1.0
    assert scores["locality"].f1 > 0.6 and scores["attendance"].f1 > 0.8


@pytest.mark.parametrize(
    "format_line",
    [
        "Формат: змішаний — у залі та онлайн (Zoom, посилання після реєстрації)",  # Ukrainian
        "Hình thức: trực tiếp kết hợp trực tuyến (Zoom, đường link gửi sau khi đăng ký)",  # Vietnamese
    ],
)
def test_an_attendance_format_field_under_the_place_is_no_part_of_it(format_line: str) -> None:
    html = (
        "<html><body><h1>Прикордоння і громади: що змінилося?</h1><p>Дата: 12 травня 2025 року<br>Час: 15:00–17:00<br>"
        f"Місце: Головний корпус, вул. Університетська, 4, ауд. 12, м. Чернівці<br>{format_line}</p></body></html>"
    )
    record = parse_page(html.encode(), "page.html").record
    assert record.location is not None and record.location.locality == "Chernivtsi"
