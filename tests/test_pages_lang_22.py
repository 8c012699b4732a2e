"""Date, clock, place, label and role forms of pages in Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali,
Lao and Urdu that hold-out set 122 (Karakol, Tuzla, Dudelange, Letterkenny, Abeokuta, Rajshahi, Pakse and Multan
pages) showed the ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times
from kg.names import stated_honorific
from kg.pages import parse_page
from kg.pages.gazetteer import town_zone
from kg.pages.people import parse_entry
from kg.pages.place import attendance
from kg.pages.reports import find_reports
from kg.pages.when import labelled_post_date, place_zone
from kg.pages.words import language_zone
from tests.test_pages_unseen import _people, _text_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025-жылдын 9-апрели, шаршемби", date(2025, 4, 9)),  # Kyrgyz: the year's '-жылдын', the month's possessive
        ("2025-жылы 3-июну", date(2025, 6, 3)),
        ("Dé Máirt, 8 Aibreán 2025", date(2025, 4, 8)),  # Irish
        ("Ọjọ́rú, 9 Oṣù Kẹrin, 2025", date(2025, 4, 9)),  # Yoruba: the month by its number
        ("9 Oṣù Ìgbé, 2025", date(2025, 4, 9)),  # and by its name
        ("9 Oṣù Kẹrin (Ìgbé), 2025", date(2025, 4, 9)),  # both, the name in brackets
        ("৯ এপ্রিল ২০২৫, বুধবার", date(2025, 4, 9)),  # Bengali, its digits
        ("ວັນພຸດ ທີ 9 ເມສາ 2025", date(2025, 4, 9)),  # Lao
        ("بدھ، 9 اپریل 2025", date(2025, 4, 9)),  # Urdu
        ("۹ اپریل ۲۰۲۵ء", date(2025, 4, 9)),  # Urdu digits, the year's 'ء'
        ("Mëttwoch, 9. Abrëll 2025", date(2025, 4, 9)),  # Luxembourgish
        ("četvrtak, 10. aprila 2025.", date(2025, 4, 10)),  # Bosnian: the month in the genitive
    ],
)
def test_dates_of_set_122s_languages_are_read(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("саат 14:00дөн 16:30га чейин", time(14), time(16, 30)),  # Kyrgyz: 'from' and 'until' as suffixes
        ("soat 9:00 dan 11:00 gacha", time(9), time(11)),  # Uzbek, the suffix apart
        ("Am: 6.30 i.n. – 8.00 i.n.", time(18, 30), time(20)),  # Irish 'i.n.' (p.m.) and 'r.n.' (a.m.)
        ("11.00 r.n. – 1.00 i.n.", time(11), time(13)),
        ("বিকাল ৩টা থেকে সন্ধ্যা ৬টা পর্যন্ত", time(15), time(18)),  # Bengali parts of the day, 'টা' (o'clock)
        ("সকাল ৮:৪৫ – নিবন্ধন", time(8, 45), None),
        ("سہ پہر 3 بجے سے شام 5 بجے تک", time(15), time(17)),  # Urdu parts of the day, 'بجے' (o'clock)
        ("14:00 تا 16:00", time(14), time(16)),  # Urdu 'تا' (to)
    ],
)
def test_clocks_of_set_122s_languages(text: str, start: time, end: time | None) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize(
    "line",
    ["Жарыяланды: 01.04.2025", "Objavljeno: 1. aprila 2025.", "Publizéiert den 1. Abrëll 2025",
     "Seimineár · Foilsithe 1 Aibreán 2025", "Ọjọ́ tí a gbé e jáde: 1 Oṣù Kẹrin, 2025", "প্রকাশিত: ১ এপ্রিল ২০২৫",
     "ລົງວັນທີ: 01/04/2025", "شائع شدہ: منگل، 1 اپریل 2025", "Today: Tuesday, 1 April 2025", "আজ: ১ এপ্রিল ২০২৫"],
)  # fmt: skip
def test_a_post_date_in_set_122s_languages_is_not_the_events(line: str) -> None:
    assert labelled_post_date(line)


def test_a_bare_date_over_its_count_of_readers_is_the_posts() -> None:
    page = (
        "Борбор\n\nСЕМИНАР\n\nШаар жана суу\n\n01.04.2025\nКөрүүлөр: 212\n\n"
        "Өтүүчү күнү: 2025-жылдын 9-апрели, шаршемби\nУбактысы: саат 14:00дөн 16:30га чейин\n"
        "Өтүүчү жери: Нарын ш., Ленин көч., 5\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2025-04-09T14:00:00+06:00", "2025-04-09T16:30:00+06:00")


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("Маданият үйү, Нарын ш., Ленин көч., 5", "Asia/Bishkek"),  # Kyrgyz 'ш.' (town) after the name
        ("Ilé Àṣà, Òkè-Ìtókò, Abẹ́òkúta", "Africa/Lagos"),  # a Yoruba name with two accents over one letter
        ("কেন্দ্রীয় মিলনায়তন, সিলেট", "Asia/Dhaka"),  # Bengali
        ("آڈیٹوریم، یونیورسٹی روڈ، پشاور", "Asia/Karachi"),  # Urdu, its comma
    ],
)
def test_a_town_written_as_set_122s_addresses_write_it_gives_the_clock(address: str, zone: str) -> None:
    assert town_zone(address) == zone


def test_a_country_named_in_its_own_language_gives_the_clock() -> None:
    assert place_zone("ຫ້ອງປະຊຸມ, ເມືອງໄກສອນ, ສປປ ລາວ") == "Asia/Vientiane"


@pytest.mark.parametrize(
    ("tag", "zone"), [("lb-LU", "Europe/Luxembourg"), ("bn-BD", "Asia/Dhaka"), ("en-US", None), ("ky", None)]
)
def test_a_page_language_tags_country_gives_its_clock_when_it_keeps_one(tag: str, zone: str | None) -> None:
    assert language_zone(tag) == zone


def test_a_page_whose_place_names_no_known_town_is_on_the_clock_of_its_languages_country() -> None:
    page = (
        '<html lang="lb-LU"><body><main><h1>Wunnen am Norden</h1>'
        "<p>Datum: Donneschdeg, 10. Juli 2025</p><p>Zäit: 19:00 – 21:00</p><p>Plaz: Sall, L-9999 Hosingen</p>"
        "<p>Et schwätzt: Anne Weber, Fuerscherin um Institut fir Wunnen.</p></main></body></html>"
    )
    record = parse_page(page.encode(), "page.html").record
    assert (record.start, record.end) == ("2025-07-10T19:00:00+02:00", "2025-07-10T21:00:00+02:00")


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        # Kyrgyz: the body in the genitive, then the post with its possessive
        ("Асел Токтосунова – Нарын облустук билим берүү башкармалыгынын башчысы",
         ("Асел Токтосунова", "башчы", "Нарын облустук билим берүү башкармалыгы")),
        ("Марат Исаков, Нарын мамлекеттик университетинин доценти",
         ("Марат Исаков", "доцент", "Нарын мамлекеттик университети")),
        # Luxembourgish: the post written large, 'vum', 'vun der', 'beim', 'um' before the body
        ("Nora Klein, Direktesch vum ISW", ("Nora Klein", "Direktesch", "ISW")),
        ("Tom Scholtes, Gérant vun der Scholtes Bau Sàrl", ("Tom Scholtes", "Gérant", "Scholtes Bau Sàrl")),
        ("Pit Kremer, Zentralsekretär beim LCGB", ("Pit Kremer", "Zentralsekretär", "LCGB")),
        # Bosnian: the post, then the body in the genitive; initials with their case ending
        ("Amela Hadžić, direktorica Razvojne agencije Zeničko-dobojskog kantona",
         ("Amela Hadžić", "direktorica", "Razvojna agencija Zeničko-dobojskog kantona")),
        ("Edin Karić, novinar Radija Zenica", ("Edin Karić", "novinar", "Radio Zenica")),
        ("Selma Delić, izvršna direktorica ZCPR-a", ("Selma Delić", "izvršna direktorica", "ZCPR")),
        ("Adnan Mujić, istraživač u ZCPR-u", ("Adnan Mujić", "istraživač", "ZCPR")),
        # Bengali and Urdu: 'Rank Name, Post, Body', a town or district after the body left out
        ("ড. নাসরিন সুলতানা, সহকারী অধ্যাপক, খুলনা বিশ্ববিদ্যালয়, খুলনা",
         ("নাসরিন সুলতানা", "সহকারী অধ্যাপক", "খুলনা বিশ্ববিদ্যালয়")),
        ("আরিফুল ইসলাম, নিজস্ব প্রতিবেদক, দৈনিক পূর্বাঞ্চল", ("আরিফুল ইসলাম", "নিজস্ব প্রতিবেদক", "দৈনিক পূর্বাঞ্চল")),
        ("জনাব মোঃ হাবিবুর রহমান, জেলা প্রশাসক, খুলনা", ("মোঃ হাবিবুর রহমান", "জেলা প্রশাসক", None)),  # no employer
        ("ڈاکٹر سعدیہ ملک، اسسٹنٹ پروفیسر، شعبہ معاشیات، پشاور یونیورسٹی",
         ("سعدیہ ملک", "اسسٹنٹ پروفیسر, شعبہ معاشیات", "پشاور یونیورسٹی")),
        ("جناب عمر فاروق، صدر، کسان اتحاد ضلع مردان", ("عمر فاروق", "صدر", "کسان اتحاد")),
        # Lao: the rank, the name, then the post run into its body ('ຫົວໜ້າພະແນກ…': head of the department)
        ("ທ່ານ ບົວພັນ ສີສະຫວາດ, ຫົວໜ້າພະແນກສາທາລະນະສຸກແຂວງສະຫວັນນະເຂດ",
         ("ບົວພັນ ສີສະຫວາດ", "ຫົວໜ້າ", "ພະແນກສາທາລະນະສຸກແຂວງສະຫວັນນະເຂດ")),
        ("ປອ. ແສງເດືອນ ພົມມາ, ອາຈານ ຄະນະວິສະວະກຳສາດ, ມະຫາວິທະຍາໄລແຫ່ງຊາດ",
         ("ແສງເດືອນ ພົມມາ", "ອາຈານ ຄະນະວິສະວະກຳສາດ", "ມະຫາວິທະຍາໄລແຫ່ງຊາດ")),
        ("ທ່ານ ສົມສັກ ແກ້ວວົງ, ຮອງເຈົ້າແຂວງ ແຂວງສະຫວັນນະເຂດ", ("ສົມສັກ ແກ້ວວົງ", "ຮອງເຈົ້າແຂວງ ແຂວງສະຫວັນນະເຂດ", None)),
    ],
)  # fmt: skip
def test_entries_as_set_122s_languages_write_them(line: str, entry: tuple[str, str | None, str | None]) -> None:
    found = parse_entry(line)
    assert found is not None
    assert (found.name, found.job_title, found.affiliation) == entry


def test_role_headings_in_set_122s_languages() -> None:
    head = "Centar\n\nTribina\n\nGrad i rijeka\n\nDatum: četvrtak, 10. aprila 2025.\nVrijeme: 10:00–12:00\n"
    head += "Mjesto: Zenica\n\n"
    page = (
        "Pozdravna riječ: Alma Begić, Univerzitet u Zenici\n"
        "Begréissung: Lis Weber, Universitéit Lëtzebuerg\n"
        "Moderatioun: Jang Schmit, Tageblatt\n"
        "Presentatioun vun der Etüd: Marc Feller, Universitéit Lëtzebuerg\n"
        "Et diskutéieren: Anne Reuter, Universitéit Lëtzebuerg\n"
        "Focal scoir: Áine Ní Bhraonáin, Ollscoil na Gaillimhe\n"
        "Završna riječ: Alma Begić, Univerzitet u Zenici\n"
    )
    items = "".join(f"{10 + n // 4}:{n % 4 * 15:02d} {line}\n" for n, line in enumerate(page.splitlines()))
    contact = "\nZa dodatne informacije: Emir Hodžić, koordinator programa, +387 32 000 000\n"
    assert {
        ("Alma Begić", "introductory-remarks"),
        ("Lis Weber", "introductory-remarks"),
        ("Jang Schmit", "moderator"),
        ("Marc Feller", "presenter"),
        ("Anne Reuter", "panelist"),
        ("Áine Ní Bhraonáin", "closing-remarks"),
        ("Alma Begić", "closing-remarks"),
        ("Emir Hodžić", "contact"),
    } <= {(n, r) for n, r, *_ in _people(_text_page(head + items + contact))}


def test_role_headings_of_a_kyrgyz_programme() -> None:
    page = (
        "Борбор\n\nТегерек стол: шаар жана суу\n\nӨтүүчү күнү: 2025-жылдын 9-апрели, шаршемби\n"
        "Убактысы: саат 10:00дөн 12:00гө чейин\nӨтүүчү жери: Нарын ш., Ленин көч., 5\n\nПрограмма\n\n"
        "10:00 – 10:10, Ачылыш сөз\nАйгерим Бекова, Нарын мамлекеттик университетинин ректору\n\n"
        "10:10 – 11:50, Панелдик талкуу\nТалкууга катышуучулар:\n\nМарат Исаков – Нарын шаардык мэриясынын адиси\n\n"
        "11:50 – 12:00, Жыйынтыктоочу сөз\nАйгерим Бекова\n"
    )
    assert {
        ("Айгерим Бекова", "introductory-remarks"),
        ("Марат Исаков", "panelist"),
        ("Айгерим Бекова", "closing-remarks"),
    } <= {(n, r) for n, r, *_ in _people(_text_page(page))}


@pytest.mark.parametrize(
    ("line", "report"),
    [
        ("Борбордун серепи (Саясий сереп № 3/2025) тааныштырылат.", ("Саясий сереп № 3/2025", "3/2025")),
        ("Bit će predstavljena Analiza javnih politika br. 4/2025.", ("Analiza javnih politika br. 4/2025", "4/2025")),
        ("D'Etüd (Aarbechtspabeier Nr. 9/2025) gëtt presentéiert.", ("Aarbechtspabeier Nr. 9/2025", "9/2025")),
        ("Seolfar tuarascáil nua, Páipéar Beartais Uimh. 6, ag an ócáid.", ("Páipéar Beartais Uimh. 6", "6")),
        ("A ó gbé Ìwé Àbá Ìlànà Nọ́mbà 2/2025 jáde.", ("Ìwé Àbá Ìlànà Nọ́mbà 2/2025", "2/2025")),
        ("গবেষণা প্রতিবেদন (পলিসি ব্রিফ নং ৪/২০২৫) উপস্থাপন করা হবে।", ("পলিসি ব্রিফ নং ৪/২০২৫", "৪/২০২৫")),
        ("ນຳສະເໜີບົດລາຍງານ ສະບັບທີ 3/2025 ຂອງສູນ", ("ບົດລາຍງານ ສະບັບທີ 3/2025", "3/2025")),
        ("مرکز کی رپورٹ (پالیسی بریف نمبر 7) پیش کی جائے گی۔", ("پالیسی بریف نمبر 7", "7")),
    ],
)
def test_numbered_reports_in_set_122s_languages(line: str, report: tuple[str, str]) -> None:
    assert [(r.name, r.number) for r in find_reports([line])] == [report]


@pytest.mark.parametrize(
    "heading", ["Акыркы иш-чаралар", "Povezani događaji", "Nächst Evenementer", "Imeachtaí eile", "ກິດຈະກຳອື່ນໆ"]
)
def test_a_list_of_other_events_headed_in_set_122s_languages_names_no_report_of_the_event(heading: str) -> None:
    page = (
        "Centar\n\nTribina: Grad i rijeka\n\nDatum: četvrtak, 10. aprila 2025.\nVrijeme: 10:00–12:00\n"
        f"Mjesto: Zenica\n\nBit će predstavljena Analiza javnih politika br. 4/2025.\n\n{heading}\n\n"
        "Okrugli sto (3. 3. 2025.)\nPredstavljanje Analize javnih politika br. 3/2025 (7. 2. 2025.)\n"
    )
    assert [r.report_number for r in _text_page(page).reports] == ["4/2025"]


@pytest.mark.parametrize(
    ("name", "honorific", "bare"),
    [
        ("Ọ̀jọ̀gbọ́n Bọ́láńlé Àjàyí", "Ọ̀jọ̀gbọ́n", "Bọ́láńlé Àjàyí"),  # Yoruba professor, two accents on one letter
        ("Ọ̀gbẹ́ni Kúnlé Adéyẹmí", "Ọ̀gbẹ́ni", "Kúnlé Adéyẹmí"),  # Mr.
        ("Alhaji Musa Ọláwálé", "Alhaji", "Musa Ọláwálé"),
        ("ທ່ານ ນາງ ບົວພັນ ສີສະຫວາດ", "ທ່ານ ນາງ", "ບົວພັນ ສີສະຫວາດ"),  # Lao Mrs.
        ("prim. dr. Lejla Mujić", "prim. dr.", "Lejla Mujić"),  # Bosnian primarius doctor
    ],
)
def test_honorifics_of_set_122s_languages_are_no_part_of_the_name(name: str, honorific: str, bare: str) -> None:
    assert stated_honorific(name) == (honorific, bare)


def test_a_yoruba_programme_line_gives_its_role_and_two_people_joined_by_ati() -> None:
    page = (
        "Ibùdó\n\nÌpàdé àpérò: omi àti ìlú\n\nỌjọ́: Ọjọ́rú, 9 Oṣù Kẹrin, 2025\nÀkókò: 10:00 – 12:00\n"
        "Ibi: Gbọ̀ngàn Àpérò, Ìbàdàn\n\nÈTÒ ÌPÀDÉ\n\n"
        "10:00  Ọ̀rọ̀ ìkíni káàbọ̀ – Ọ̀jọ̀gbọ́n Bọ́láńlé Àjàyí, Olùdarí Ibùdó\n"
        "10:15  Ìgbékalẹ̀ àbájáde ìwádìí – Dókítà Kúnlé Adéyẹmí àti Arábìnrin Fúnmi Ọlálérè, olùwádìí ní Ibùdó\n"
    )
    assert {
        ("Bọ́láńlé Àjàyí", "introductory-remarks"),
        ("Kúnlé Adéyẹmí", "presenter"),
        ("Fúnmi Ọlálérè", "presenter"),
    } <= {(n, r) for n, r, *_ in _people(_text_page(page))}


@pytest.mark.parametrize(
    "text",
    [
        "Семинар борбордун YouTube каналында түз эфирде көрсөтүлөт.",  # Kyrgyz
        "Predavanje će se prenositi uživo na YouTube kanalu.",  # Bosnian
        "D'Konferenz gëtt live um Internet iwwerdroen.",  # Luxembourgish
        "Beidh an léacht á shruthú beo ar YouTube.",  # Irish
        "A ó gbé e ní tààràtà lórí YouTube.",  # Yoruba
        "অনুষ্ঠানটি ইউটিউবে সরাসরি সম্প্রচার করা হবে।",  # Bengali
        "ຈະມີການຖ່າຍທອດສົດທາງຢູທູບ.",  # Lao, the words run together
        "تقریب یوٹیوب پر براہ راست نشر کی جائے گی۔",  # Urdu
    ],
)
def test_streaming_in_set_122s_languages(text: str) -> None:
    assert attendance(text, has_place=True, has_online=False) == "mixed"


def test_hold_out_set_122_keeps_the_levels_its_fixes_reached() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-122" / "expected.yaml")
    # (docs/ingest.md, set 122) the Lao presenters joined by 'ແລະ', the Rajshahi page's start at its plug-in's time
    # (set 80 holds the markup's time over a registration item), moderators named only in sentences, organizers
    # and sponsors (hosts and supporters written in sentences) are left
    assert scores["title"].f1 > 0.85 and scores["start"].f1 > 0.85 and scores["end"].f1 > 0.95
    assert scores["people"].f1 > 0.88 and scores["roles"].f1 > 0.78
    assert scores["affiliations"].f1 > 0.63 and scores["job titles"].f1 > 0.68
    assert scores["reports"].f1 > 0.9 and scores["attendance"].f1 > 0.95


def test_a_lao_programme_item_names_its_person_after_by() -> None:
    page = (
        "ສູນ\n\nເວທີສົນທະນາ: ນ້ຳ ແລະ ເມືອງ\n\nວັນທີ: ວັນພຸດ ທີ 9 ເມສາ 2025\nເວລາ: 08:30 - 11:30 ໂມງ\n"
        "ສະຖານທີ່: ຫ້ອງປະຊຸມ, ສະຫວັນນະເຂດ\n\nກຳນົດການ\n\n"
        "08:30 - 08:40   ກ່າວເປີດ ໂດຍ ທ່ານ ສົມສັກ ແກ້ວວົງ, ຮອງເຈົ້າແຂວງ ແຂວງສະຫວັນນະເຂດ\n"
        "11:20 - 11:30   ກ່າວປິດ ໂດຍ ປອ. ແສງເດືອນ ພົມມາ, ຫົວໜ້າສູນ\n"
    )
    assert {("ສົມສັກ ແກ້ວວົງ", "introductory-remarks"), ("ແສງເດືອນ ພົມມາ", "closing-remarks")} <= {
        (n, r) for n, r, *_ in _people(_text_page(page))
    }


@pytest.mark.parametrize(
    ("sentence", "short", "full"),
    [
        ("Centar za razvoj lokalnih zajednica (CRLZ) poziva vas.", "CRLZ", "Centar za razvoj lokalnih zajednica"),
        ("D'Institut fir Sozialpolitik a Wunnen (ISW) invitéiert.", "ISW", "Institut fir Sozialpolitik a Wunnen"),
    ],
)
def test_initials_after_a_name_in_lower_case_are_that_name(sentence: str, short: str, full: str) -> None:
    page = "Centar\n\nTribina\n\nGrad i rijeka\n\nDatum: četvrtak, 10. aprila 2025.\nVrijeme: 10:00–12:00\n"
    page += f"Mjesto: Zenica\n\n{sentence}\n\nUčestvuju:\n• Ana Kovač, direktorica {short}-a\n"
    assert full in {a for _, _, a, _ in _people(_text_page(page))}
