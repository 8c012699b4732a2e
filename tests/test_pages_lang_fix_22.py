"""Hosts, sponsors and posts of pages not in English that the language hold-out sets (98, 103, 108, 113,
118) left unread: the words that make a body a host or a sponsor written after its name, the name in a case
(`words.POSTPOSITIONS`, `kg/pages/postposed.py`), a partner set apart before the invitation, a unit with its
parent and a second host, and posts after their body in a case. Each sentence here is written for the form,
not copied from the hold-out page that showed it; the bodies are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.orgs import stated_hosts
from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page


@pytest.mark.parametrize(
    ("sentence", "sponsors"),
    [
        # Armenian: the genitive '-ության' back to '-ություն', '-ի' off; a foundation's office in a country is
        # the foundation's
        ("Դասընթացն անցկացվում է Ասիական զարգացման բանկի աջակցությամբ։", ["Ասիական զարգացման բանկ"]),
        ("Ծրագիրն իրականացվում է Հանրապետական երիտասարդական միության ֆինանսավորմամբ։",
         ["Հանրապետական երիտասարդական միություն"]),
        ("Հանդիպումն անցկացվում է Ռոբերտ Բոշ հիմնադրամի վրացական գրասենյակի աջակցությամբ։", ["Ռոբերտ Բոշ հիմնադրամ"]),
        # Kazakh: the genitive '-ның' off, the office in a country left out; the sentence's first word (the
        # event) is no part of the name
        ("Семинар Еуразия даму қорының Алматыдағы өкілдігінің қолдауымен өтеді.", ["Еуразия даму қоры"]),
        # Mongolian: '-ийн' off
        ("Сургалтыг Азийн хөгжлийн сангийн дэмжлэгтэйгээр зохион байгуулж байна.", ["Азийн хөгжлийн сан"]),
        # Uzbek: the name in the nominative, its initials after it
        ("Seminar Yevropa taraqqiyot jamg‘armasi (YTJ) ko‘magida o‘tkaziladi.", ["Yevropa taraqqiyot jamg‘armasi"]),
        # Azerbaijani: '-nın' off
        ("Seminar Asiya İnkişaf Bankının maliyyə dəstəyi ilə keçirilir.", ["Asiya İnkişaf Bankı"]),
        # Basque: '-ren' off; the parent before the name in the genitive is no part of it
        ("Ikastaroa Bizkaiko Foru Aldundiaren Kultura eta Hezkuntza Sailaren diru-laguntzarekin egin da.",
         ["Kultura eta Hezkuntza Saila"]),
        # Tamil: 'வங்கியின்' back to 'வங்கி'
        ("இக்கருத்தரங்கு கூட்டுறவு வங்கியின் நிதியுதவியுடன் நடைபெறுகிறது.", ["கூட்டுறவு வங்கி"]),
        # Estonian and Latvian: the genitive '-i', '-a' back to the nominative
        ("Konverents toimub Eesti Kultuurkapitali toetusel.", ["Eesti Kultuurkapital"]),
        ("Seminārs notiek ar Vidzemes attīstības fonda atbalstu.", ["Vidzemes attīstības fonds"]),
    ],
)  # fmt: skip
def test_a_sponsor_named_in_a_case_before_the_words_of_support(sentence: str, sponsors: list[str]) -> None:
    assert stated_hosts(sentence)[1] == sponsors


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        # Kazakh: the subject and a partner in the comitative before 'jointly'; each one's parent in the
        # genitive before it is no host
        ("Алматы университетінің Су ресурстары институты Алматы қаласы әкімдігінің Экология басқармасымен "
         "бірлесіп семинар өткізеді.", ["Экология басқармасы", "Су ресурстары институты"], []),
        # Armenian: the subject with its article '-ը' and initials, the partner's parent left off
        ("Քաղաքային քաղաքականության ինստիտուտը (ՔՔԻ) Վանաձորի պետական համալսարանի իրավագիտության ֆակուլտետի "
         "հետ համատեղ հրավիրում է Ձեզ։", ["իրավագիտության ֆակուլտետ", "Քաղաքային քաղաքականության ինստիտուտ"], []),
        # Mongolian: the subject closed by 'нь', the partner whole up to '-тай хамтран'
        ("Эрдэнэт хотын судалгааны төв (ЭХСТ) нь Орхон аймгийн Засаг даргын Тамгын газартай хамтран "
         "хэлэлцүүлэг зохион байгуулна.",
         ["Орхон аймгийн Засаг даргын Тамгын газар", "Эрдэнэт хотын судалгааны төв"], []),
        # Uzbek: 'bilan hamkorlikda' (in collaboration with) names a sponsor; the subject holds the event
        ("Buxoro davlat universiteti huzuridagi Suv resurslari markazi Buxoro viloyati hokimligining "
         "Ekologiya boshqarmasi bilan hamkorlikda seminar o‘tkazadi.", ["Suv resurslari markazi"],
         ["Ekologiya boshqarmasi"]),
    ],
)  # fmt: skip
def test_a_partner_named_before_jointly_and_the_subject_that_holds_the_event(
    sentence: str, hosts: list[str], sponsors: list[str]
) -> None:
    assert stated_hosts(sentence) == (hosts, sponsors)


def test_a_kazakh_page_names_its_hosts_and_sponsor_in_their_cases() -> None:
    page = (
        "ХАБАРЛАНДЫРУ\n\n«Қала және су» семинары\n\n"
        "Өтетін күні: 2025 жылғы 14 наурыз\nУақыты: 11:00–13:00\n\n"
        "Шымкент университетінің Қалалық зерттеулер орталығы Шымкент қаласы әкімдігінің Құрылыс басқармасымен "
        "бірлесіп семинар өткізеді.\n\n"
        "Семинар Азия даму банкінің қолдауымен өтеді.\n"
    )
    record = _text_page(page)
    assert {o.name for o in record.organizers} == {"Қалалық зерттеулер орталығы", "Құрылыс басқармасы"}
    assert [s.name for s in record.sponsors] == ["Азия даму банкі"]


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        # Macedonian: the partner 'во соработка со' set apart before 'ве поканува', whole to its clause's end
        # (its parent after 'при' left off), each name without the article written onto its first word
        ("Центарот за локална демократија – Охрид, во соработка со Филозофскиот факултет – Скопје при "
         "Универзитетот „Св. Кирил и Методиј“, ве поканува на трибина.",
         ["Центар за локална демократија – Охрид"], ["Филозофски факултет – Скопје"]),
        ("Трибината се организира со финансиска поддршка на Фондацијата за граѓанско општество – Скопје.",
         [], ["Фондација за граѓанско општество – Скопје"]),
        # Maltese: 'flimkien mal-' (together with) names a second host; 'iffinanzjata mill-' a sponsor
        ("L-Assoċjazzjoni tal-Bdiewa (AB), flimkien mal-Kunsill Lokali tal-Mosta, jistieden lill-pubbliku "
         "għal laqgħa.", ["Assoċjazzjoni tal-Bdiewa", "Kunsill Lokali tal-Mosta"], []),
        ("Din il-laqgħa hija ffinanzjata mill-Fondazzjoni Kulturali Maltija.", [], ["Fondazzjoni Kulturali Maltija"]),
        # Malagasy: the body after the article 'Ny', its parent after 'ao amin'ny', the partner 'miara-miasa
        # amin'ny' (in collaboration with) a sponsor, and 'noho ny fanohanan'ny' (thanks to the support of)
        ("Ny Foibe Fikarohana momba ny Rano (FFR) ao amin'ny Oniversiten'i Toliara, miara-miasa amin'ny "
         "Faritra Atsimo Andrefana, dia manasa anao hanatrika ny fivoriana.",
         ["Foibe Fikarohana momba ny Rano"], ["Faritra Atsimo Andrefana"]),
        ("Notanterahina noho ny fanohanan'ny Fondation Konrad Adenauer (KAS).", [], ["Fondation Konrad Adenauer"]),
        # Afrikaans: two bodies before 'nooi u', the first with its parent after 'aan die' and the parent's
        # initials
        ("Die Departement Geskiedenis aan die Universiteit van Pretoria (UP) en die Suid-Afrikaanse Historiese "
         "Vereniging nooi u hartlik uit na 'n gespreksaand.",
         ["Departement Geskiedenis", "Suid-Afrikaanse Historiese Vereniging"], []),
    ],
)  # fmt: skip
def test_a_partner_set_apart_before_the_invitation_and_support_before_the_name(
    sentence: str, hosts: list[str], sponsors: list[str]
) -> None:
    assert stated_hosts(sentence) == (hosts, sponsors)


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        # Spanish: a unit, its initials, its parent after 'de la', then a second host after 'y la'
        ("El Instituto de Estudios Rurales (IER) de la Universidad de Talca y la Fundación Tierra Viva invitan "
         "al taller.", ["Instituto de Estudios Rurales", "Fundación Tierra Viva"], []),
        # a parent of fourteen words with its own initials is no host
        ("El Laboratorio de Políticas Urbanas (LPU) de la Facultad de Arquitectura y Diseño de la Universidad "
         "Nacional de Córdoba (UNC) invita a la jornada.", ["Laboratorio de Políticas Urbanas"], []),
        # Malay: the parent after a comma, the partner after 'dengan kerjasama' with no commas a sponsor
        ("Institut Kajian Pesisir (IKP), Universiti Teknologi Mara dengan kerjasama Jabatan Perikanan Negeri "
         "Pahang menjemput orang awam ke bengkel.", ["Institut Kajian Pesisir"], ["Jabatan Perikanan Negeri Pahang"]),
        # Vietnamese: the parent in brackets, the second host after 'và', each named by its kind first
        ("Viện Nghiên cứu Phát triển (Trường Đại học Cần Thơ) và Hiệp hội Nông nghiệp tỉnh Hậu Giang trân trọng "
         "kính mời quý vị tham dự hội thảo.",
         ["Viện Nghiên cứu Phát triển", "Hiệp hội Nông nghiệp tỉnh Hậu Giang"], []),
    ],
)  # fmt: skip
def test_a_unit_with_its_parent_then_a_second_host_before_the_invitation(
    sentence: str, hosts: list[str], sponsors: list[str]
) -> None:
    found = stated_hosts(sentence)
    assert (sorted(found[0]), found[1]) == (sorted(hosts), sponsors)


def test_a_post_after_the_page_body_named_by_its_kind_in_the_genitive_is_held_there() -> None:
    # Uzbek and Kazakh: 'markazning katta ilmiy xodimi' (the centre's senior researcher), 'орталықтың … қызметкері'
    page = (
        "Davra suhbati: Suv va shahar\n\n"
        "Sana: 2025-yil 12-mart, soat 10:00–12:00\n\n"
        "Buxoro davlat universiteti huzuridagi Suv resurslari markazi Buxoro viloyati hokimligining "
        "Ekologiya boshqarmasi bilan hamkorlikda davra suhbati o‘tkazadi.\n\n"
        "DASTUR\n\n"
        "10:00–10:30  Ma’ruza\n"
        "             Jasur Karimov, markazning katta ilmiy xodimi\n"
        "10:30–11:00  Muhokama\n"
        "             Malika Tosheva, markaz koordinatori\n"
    )
    people = {(p[0], p[2], p[3]) for p in _people(_text_page(page))}
    assert people == {
        ("Jasur Karimov", "Suv resurslari markazi", "katta ilmiy xodim"),
        ("Malika Tosheva", "Suv resurslari markazi", "koordinator"),
    }
    page = (
        "Дөңгелек үстел: Қала және су\n\n"
        "Өтетін күні: 2025 жылғы 14 наурыз\nУақыты: 11:00–13:00\n\n"
        "Павлодар университетінің Су зерттеулері орталығы Павлодар қаласы әкімдігінің Экология басқармасымен "
        "бірлесіп дөңгелек үстел өткізеді.\n\n"
        "Бағдарлама\n\n"
        "11:00–11:30  Баяндама\n"
        "             Ерлан Сейітов, орталықтың аға ғылыми қызметкері\n"
    )
    assert ("Ерлан Сейітов", "Су зерттеулері орталығы", "аға ғылыми қызметкер") in {
        (p[0], p[2], p[3]) for p in _people(_text_page(page))
    }


def test_a_post_after_a_body_named_by_its_kind_where_no_host_is_read_is_the_post_alone() -> None:
    # Kyrgyz 'борбордун илимий кызматкери' (the centre's researcher) on a page whose host is not read
    page = (
        "Тегерек стол: Шаар жана суу\n\n"
        "Датасы: 2024-жылдын 14-марты, 10:00–12:00\n\n"
        "ПРОГРАММА\n\n"
        "10:00–10:30  Баяндама\n"
        "             Айбек Садыров, борбордун илимий кызматкери\n"
    )
    assert ("Айбек Садыров", None, "илимий кызматкер") in {(p[0], p[2], p[3]) for p in _people(_text_page(page))}


def test_cyrillic_initials_of_the_host_name_it() -> None:
    # Mongolian: 'ТНСТ-ийн захирал' (the director of ТНСТ), the host named in full with its initials
    page = (
        "Хэлэлцүүлэг: Хотын ус\n\n"
        "Огноо: 2016 оны 6 дугаар сарын 16, 10:00-12:30\n\n"
        "Тал нутгийн судалгааны төв (ТНСТ) нь Сэлэнгэ аймгийн Засаг даргын Тамгын газартай хамтран хэлэлцүүлэг "
        "зохион байгуулна.\n\n"
        "Хөтөлбөр:\n"
        "10:00-10:10 Мэндчилгээ – ТНСТ-ийн захирал Б.Батболд\n"
    )
    record = _text_page(page)
    assert ("Б.Батболд", "introductory-remarks", "Тал нутгийн судалгааны төв", "захирал") in _people(record)
    assert {o.name for o in record.organizers} == {
        "Тал нутгийн судалгааны төв",
        "Сэлэнгэ аймгийн Засаг даргын Тамгын газар",
    }


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # Basque: the body in the locative genitive '-ko' before the post, in the nominative; a unit in '-ko'
        # after it stays in the post; a second post after 'eta' left out
        ("Gipuzkoako Foru Aldundiko Kultura Saileko zuzendaria",
         ("Kultura Saileko zuzendaria", "Gipuzkoako Foru Aldundia")),
        ("Deustuko Unibertsitateko irakaslea eta ikertzailea", ("irakaslea", "Deustuko Unibertsitatea")),
        ("Gara egunkariko erredaktorea", ("erredaktorea", "Gara")),  # a paper's name before its kind
        # a deputy's post names a portfolio, no employer
        ("Bizkaiko Foru Aldundiko Ingurumen diputatua", ("Ingurumen diputatua", None)),
        # Kazakh: a chain of bodies in the genitive, the post with the possessive at the last of them
        ("Павлодар облысы әкімдігінің Білім басқармасының басшысы", ("басшы", "Білім басқармасы")),
        # a name after 'атындағы' (named after) is one body, not a chain
        ("Ш. Уәлиханов атындағы Көкшетау университетінің проректоры",
         ("проректор", "Ш. Уәлиханов атындағы Көкшетау университеті")),
    ],
)  # fmt: skip
def test_a_post_after_its_body_in_a_case_is_held_at_that_body(rest: str, expected: tuple[str, str | None]) -> None:
    assert describe(rest) == expected


@pytest.mark.parametrize(
    ("holdout", "levels"),
    [
        # (docs/ingest.md, "Session 22's fix-lang") the levels the language sets reached after these fixes
        ("holdout-118", {"organizers": 0.8, "sponsors": 0.9, "affiliations": 0.6, "job titles": 0.6}),
        ("holdout-113", {"organizers": 0.8, "sponsors": 0.88}),
        ("holdout-108", {"organizers": 0.9}),
        ("holdout-103", {"organizers": 0.7}),
        ("holdout-98", {"organizers": 0.88, "sponsors": 0.35}),
    ],
)
def test_the_language_sets_keep_the_levels_these_fixes_reached(holdout: str, levels: dict[str, float]) -> None:
    scores = measure(Path(__file__).parent / "data" / holdout / "expected.yaml")
    assert {field: scores[field].f1 >= level for field, level in levels.items()} == dict.fromkeys(levels, True)


def test_macedonian_support_in_a_sentence_of_its_own_names_a_sponsor() -> None:
    page = (
        "НАСТАНИ\n\nТркалезна маса: Водата во Охрид\n\n"
        "Датум: среда, 11 март 2026 година\nВреме: од 10:00 до 12:00 часот\n\n"
        "Центарот за локална демократија – Охрид ве поканува на тркалезна маса.\n\n"
        "Настанот се организира со финансиска поддршка на Фондацијата за граѓанско општество – Скопје.\n"
    )
    assert [s.name for s in _text_page(page).sponsors] == ["Фондација за граѓанско општество – Скопје"]
