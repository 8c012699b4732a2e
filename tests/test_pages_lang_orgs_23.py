"""Hosts and supporters written in sentences in the languages met before (session 23, helper lang-orgs):
two bodies holding an event together, joined by each language's 'and' or 'together with', and the body
that funds or supports it, each language's words for these in one table rather than a phrase per page."""

from pathlib import Path

import lxml.html

from benchmarks.ingest_accuracy import measure
from kg.pages.italics import italic_titles
from kg.pages.orgs import names_a_host, read_host_block, stated_hosts
from kg.pages.reports import find_reports


def test_georgian_hosts_who_invite_with_the_other_verb_and_a_funder_written_as_one_word():
    hosts, sponsors = stated_hosts(
        "ქალაქის კვლევითი ცენტრი (QKC) და ბათუმის სახელმწიფო უნივერსიტეტი გეპატიჟებათ საჯარო ლექციაზე."
    )
    assert hosts == ["ქალაქის კვლევითი ცენტრი", "ბათუმის სახელმწიფო უნივერსიტეტი"]
    _, sponsors = stated_hosts("ლექცია იმართება ევროკავშირის დაფინანსებით.")
    assert sponsors == ["ევროკავშირი"]


def test_polish_and_ukrainian_partner_together_with_the_host_is_a_host_in_the_nominative():
    hosts, _ = stated_hosts("Instytut Studiów Miejskich wraz z Polską Akademią Nauk serdecznie zapraszają na debatę.")
    assert hosts == ["Instytut Studiów Miejskich", "Polska Akademia Nauk"]
    hosts, _ = stated_hosts("Fundacja Rozwoju Lokalnego razem ze Związkiem Gmin Wiejskich zapraszają na spotkanie.")
    assert hosts == ["Fundacja Rozwoju Lokalnego", "Związek Gmin Wiejskich"]
    hosts, _ = stated_hosts(
        "Центр міських студій спільно з Харківською обласною науковою бібліотекою запрошують на дискусію."
    )
    assert hosts == ["Центр міських студій", "Харківська обласна наукова бібліотека"]


def test_ukrainian_funding_thanks_to_and_vietnamese_funded_by_name_the_sponsor():
    _, sponsors = stated_hosts("Захід відбувається завдяки фінансуванню Українського культурного фонду.")
    assert sponsors == ["Український культурний фонд"]
    _, sponsors = stated_hosts("Tọa đàm được hỗ trợ bởi Quỹ Hợp tác Phát triển (QHT) trong khuôn khổ dự án.")
    assert sponsors == ["Quỹ Hợp tác Phát triển"]


def test_two_bodies_holding_together_in_turkish_vietnamese_nepali_hindi_and_urdu():
    hosts, _ = stated_hosts(
        "Ankara Sanat Merkezi (ASM) ile Çankaya Belediyesi'nin birlikte düzenlediği atölye başlıyor."
    )
    assert hosts == ["Ankara Sanat Merkezi", "Çankaya Belediyesi"]
    hosts, _ = stated_hosts(
        "Nhằm giới thiệu kết quả nghiên cứu mới, Viện Nghiên cứu Đô thị đồng tổ chức tọa đàm cùng Hội Kiến trúc sư Huế."
    )
    assert hosts == ["Viện Nghiên cứu Đô thị", "Hội Kiến trúc sư Huế"]
    hosts, _ = stated_hosts("Trung tâm Văn hóa Đà Lạt phối hợp với Sở Du lịch Lâm Đồng tổ chức buổi nói chuyện.")
    assert hosts == ["Trung tâm Văn hóa Đà Lạt", "Sở Du lịch Lâm Đồng"]
    hosts, _ = stated_hosts("नेपाल नीति केन्द्र र त्रिभुवन विश्वविद्यालयले संयुक्त रूपमा गोष्ठी आयोजना गरेका छन् ।")
    assert hosts == ["नेपाल नीति केन्द्र", "त्रिभुवन विश्वविद्यालय"]
    hosts, _ = stated_hosts("लोक अध्ययन संस्थान और पटना विश्वविद्यालय मिलकर संगोष्ठी आयोजित कर रहे हैं।")
    assert hosts == ["लोक अध्ययन संस्थान", "पटना विश्वविद्यालय"]
    hosts, _ = stated_hosts("سندھ ادبی بورڈ اور حیدرآباد پریس کلب مل کر مشاعرے کا اہتمام کر رہے ہیں۔")
    assert hosts == ["سندھ ادبی بورڈ", "حیدرآباد پریس کلب"]


def test_supporters_named_before_their_support_in_turkish_nepali_hindi_and_urdu():
    _, sponsors = stated_hosts("Program, Bursa Sanayi Odası'nın desteğiyle yapılmaktadır.")
    assert sponsors == ["Bursa Sanayi Odası"]
    _, sponsors = stated_hosts("गोष्ठी जापानी दूतावास, काठमाडौंको सहयोगमा हुँदैछ ।")
    assert sponsors == ["जापानी दूतावास"]
    _, sponsors = stated_hosts("संगोष्ठी बिहार कला परिषद के सहयोग से हो रही है।")
    assert sponsors == ["बिहार कला परिषद"]
    _, sponsors = stated_hosts("اس مشاعرے کے انعقاد میں پنجاب آرٹس کونسل کی معاونت حاصل ہے۔")
    assert sponsors == ["پنجاب آرٹس کونسل"]


def test_nepali_joint_holding_in_the_genitive_and_the_event_named_before_a_supporter():
    hosts, _ = stated_hosts("नेपाल नीति केन्द्र र काठमाडौं विश्वविद्यालयको संयुक्त आयोजनामा गोष्ठी हुँदैछ ।")
    assert hosts == ["नेपाल नीति केन्द्र", "काठमाडौं विश्वविद्यालय"]
    _, sponsors = stated_hosts("यो गोष्ठी युरोपेली संघको आर्थिक सहयोगमा हुँदैछ ।")
    assert sponsors == ["युरोपेली संघ"]
    _, sponsors = stated_hosts("یہ کانفرنس ایشیا فاؤنڈیشن (TAF) کے تعاون سے منعقد ہو رہی ہے۔")
    assert sponsors == ["ایشیا فاؤنڈیشن"]


def test_kyrgyz_partner_and_support_and_bengali_support_before_their_words():
    hosts, _ = stated_hosts(
        "Нарын мамлекеттик университетинин Тоо изилдөө борбору Нарын шаардык мэриясы менен биргеликте семинар өткөрөт."
    )
    assert hosts == ["Нарын шаардык мэриясы", "Тоо изилдөө борбору"]
    _, sponsors = stated_hosts("Семинар Германиянын эл аралык кызматташуу коомунун (GIZ) колдоосу менен өтөт.")
    assert sponsors == ["Германиянын эл аралык кызматташуу коому"]
    _, sponsors = stated_hosts("সেমিনারটি সরাসরি সম্প্রচার হবে। সেমিনারটি সুইডেন দূতাবাসের আর্থিক সহায়তায় আয়োজিত।")
    assert sponsors == ["সুইডেন দূতাবাস"]


def test_luxembourgish_yoruba_and_bosnian_support():
    _, sponsors = stated_hosts("Mat der Ënnerstëtzung vum Lëtzebuerger Kulturfong.")
    assert sponsors == ["Lëtzebuerger Kulturfong"]
    _, sponsors = stated_hosts("Ìpàdé náà wáyé pẹ̀lú àtìlẹ́yìn MacArthur Foundation.")
    assert sponsors == ["MacArthur Foundation"]
    _, sponsors = stated_hosts(
        "Okrugli sto se održava u saradnji sa Gradom Zenica i uz podršku Fondacije Heinrich Böll."
    )
    assert sponsors == ["Grad Zenica", "Fondacija Heinrich Böll"]


def test_a_book_or_study_named_by_its_quoted_title_after_the_word_for_it():
    lines = [
        "Презентація книжки Марії Коваль «Місто і пам’ять: Житомир після війни» (Київ: Дух і Літера, 2021).",
        "ادارے کی نئی کتاب «تھر: ریت اور پانی» کی تقریبِ رونمائی ہوگی۔",
        "ცენტრი გეპატიჟებათ კვლევის „ტურიზმი აჭარაში: გამოწვევები“ პრეზენტაციაზე.",
    ]
    assert [(r.name, r.number) for line in lines for r in find_reports([line])] == [
        ("Місто і пам’ять: Житомир після війни", None),
        ("تھر: ریت اور پانی", None),
        ("ტურიზმი აჭარაში: გამოწვევები", None),
    ]


def test_korean_host_field_listing_a_chamber_and_a_university_foundation():
    assert read_host_block(["부산대학교 도시문제연구소, 부산상공회의소"])[0] == [
        "부산대학교 도시문제연구소",
        "부산상공회의소",
    ]
    assert read_host_block(["부산대학교 산학협력단"])[0] == ["부산대학교 산학협력단"]


def test_sets_126_and_122_keep_their_hosts_supporters_and_reports() -> None:
    data = Path(__file__).parent / "data"
    scores = measure(data / "holdout-126" / "expected.yaml")
    # (docs/ingest.md, session 23's lang-orgs) left: a report named by its series after the centre's initials
    # ('Raport CBR nr 4/2018'), the next issue paper of a board's list
    assert scores["organizers"].f1 > 0.95 and scores["sponsors"].f1 > 0.95 and scores["reports"].f1 > 0.75
    scores = measure(data / "holdout-122" / "expected.yaml")
    # left: an Irish host in 'Tá áthas ar X', Lao, a Luxembourgish 'organiséiert zesumme mat'
    assert scores["organizers"].f1 > 0.35 and scores["sponsors"].f1 > 0.85


def test_a_turkish_book_in_italics_before_the_word_that_names_it():
    root = lxml.html.fromstring(
        "<div><p>Bu ayın konuğu, Doç. Dr. Ali Er'in geçen yıl çıkan <em>Kıyıda Tuz: Ege'de Balıkçılık ve Göç</em> adlı "
        "kitabı olacak.</p><p>Ayrıca <em>Yeni Rapor Dizisi</em> hakkında bilgi verilecek.</p></div>"
    )
    assert italic_titles(root) == ["Kıyıda Tuz: Ege'de Balıkçılık ve Göç"]


def test_irish_supporters_after_their_words_read_back_from_their_mutations():
    _, sponsors = stated_hosts(
        "Eagraítear an léacht i gcomhar le hOllscoil na Gaillimhe agus le tacaíocht ó Chomhairle na Gaelscolaíochta."
    )
    assert sponsors == ["Ollscoil na Gaillimhe", "Comhairle na Gaelscolaíochta"]
    assert names_a_host("Tá an ócáid arna mhaoiniú ag Ealaín na Gaeltachta.")  # read where the text's hosts are
