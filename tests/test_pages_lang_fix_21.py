"""People, posts and bodies of pages not in English that the language hold-out sets (98, 103, 108, 113)
left unread: names in Sinhala and Amharic (body, post, rank and name in one run, no capitals), and posts
joined to a body by a case or a linking word. Each page here is written for the form, not copied from the
hold-out page that showed it; the people and bodies are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.caseless import amharic_entry, caseless_hosts, nepali_entry, sinhala_entry
from kg.pages.people import describe, parse_entries
from tests.test_pages_unseen import _people, _text_page


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the body in the genitive ('-ේ'), the post, the rank, the name, the honorific
        ("කැලණිය විශ්වවිද්‍යාලයේ ජ්‍යෙෂ්ඨ කථිකාචාර්ය ආචාර්ය කමල් පෙරේරා මහතා", ("ආචාර්ය", "කමල් පෙරේරා", "ජ්‍යෙෂ්ඨ කථිකාචාර්ය", "කැලණිය විශ්වවිද්‍යාලය")),
        # no rank: the name the two words before the honorific, a particle inside it
        ("ගාල්ල වරාය අධිකාරියේ සභාපති අනුර ද මෙල් මහතා", (None, "අනුර ද මෙල්", "සභාපති", "ගාල්ල වරාය අධිකාරිය")),
        # a post that names no body
        ("උපකුලපති මහාචාර්ය නදීකා සිල්වා මහත්මිය", ("මහාචාර්ය", "නදීකා සිල්වා", "උපකුලපති", None)),
    ],
)  # fmt: skip
def test_a_sinhala_entry_is_body_post_rank_name_and_honorific(line: str, expected: tuple[object, ...]) -> None:
    assert sinhala_entry(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the body with the genitive 'የ', a unit and a post, the rank, the name
        ("የጎንደር ዩኒቨርሲቲ የሕግ ትምህርት ቤት ዲን ዶ/ር መሰረት ኃይሉ", ("ዶ/ር", "መሰረት ኃይሉ", "የሕግ ትምህርት ቤት ዲን", "ጎንደር ዩኒቨርሲቲ")),
        # the name first, the body and post after the Ethiopic comma
        ("አቶ ዳዊት ተስፋዬ፣ የኢትዮጵያ ውሃ ሀብት ኮሚሽን ባለሙያ", ("አቶ", "ዳዊት ተስፋዬ", "ባለሙያ", "ኢትዮጵያ ውሃ ሀብት ኮሚሽን")),
        # a mayor's town is her post's, not her employer
        ("ወ/ሮ ሄለን አበራ፣ የጎንደር ከተማ ከንቲባ", ("ወ/ሮ", "ሄለን አበራ", "የጎንደር ከተማ ከንቲባ", None)),
    ],
)  # fmt: skip
def test_an_amharic_entry_is_rank_and_name_with_body_and_post_beside_it(
    line: str, expected: tuple[object, ...]
) -> None:
    assert amharic_entry(line) == expected


@pytest.mark.parametrize("line", ["තේ පැන් විවේකය", "සාකච්ඡා මණ්ඩලය", "ලියාපදිංචිය", "የሻይ ዕረፍት", "ምዝገባ", "የፓናል ውይይት"])
def test_sinhala_and_amharic_programme_words_are_no_name(line: str) -> None:
    assert sinhala_entry(line) is None
    assert amharic_entry(line) is None


def test_two_people_joined_by_and_share_the_body_and_plural_post_before_them() -> None:
    entries = parse_entries("የማዕከሉ ባለሙያዎች ዶ/ር መሰረት ኃይሉ እና አቶ ዳዊት ተስፋዬ")
    assert [(e.name, e.job_title, e.affiliation) for e in entries] == [
        ("መሰረት ኃይሉ", "ባለሙያ", "ማዕከል"),
        ("ዳዊት ተስፋዬ", "ባለሙያ", "ማዕከል"),
    ]


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        (
            "የጎንደር ዩኒቨርሲቲ የገጠር ልማት ጥናት ማዕከል ከሰሜን ጎንደር ዞን ግብርና መምሪያ ጋር በመተባበር ዓውደ ጥናት ያዘጋጃል።",
            ["የገጠር ልማት ጥናት ማዕከል"],
            ["ሰሜን ጎንደር ዞን ግብርና መምሪያ"],
        ),
        ("ዓውደ ጥናቱ በኢትዮጵያ ልማት ባንክ የገንዘብ ድጋፍ ይካሄዳል።", [], ["ኢትዮጵያ ልማት ባንክ"]),
        (
            "කැලණිය විශ්වවිද්‍යාලයේ කලා පීඨයට අනුබද්ධ ජල සම්පත් අධ්‍යයන කේන්ද්‍රය විසින් සංවිධානය කරනු ලබන වැඩමුළුව",
            ["ජල සම්පත් අධ්‍යයන කේන්ද්‍රය"],
            [],
        ),
        ("මෙම වැඩමුළුව සඳහා ලංකා ජල සංවර්ධන පදනමේ අනුග්‍රහය ලැබේ", [], ["ලංකා ජල සංවර්ධන පදනම"]),
    ],
)  # fmt: skip
def test_amharic_and_sinhala_hosts_and_supporters(sentence: str, hosts: list[str], sponsors: list[str]) -> None:
    assert caseless_hosts(sentence) == (hosts, sponsors)


def test_a_sinhala_programme_gives_each_person_body_post_and_the_role_over_them() -> None:
    page = (
        "කැලණිය විශ්වවිද්‍යාලය\n\nවැඩමුළුව: ගංවතුර සහ නාගරික සැලසුම්\n\n"
        "කැලණිය විශ්වවිද්‍යාලයේ කලා පීඨයට අනුබද්ධ ජල සම්පත් අධ්‍යයන කේන්ද්‍රය විසින් සංවිධානය කරනු ලබන වැඩමුළුව.\n\n"
        "දිනය: 2025 මාර්තු 12\nවේලාව: පෙ.ව. 9.00 - ප.ව. 12.00\nස්ථානය: කලා පීඨ ශ්‍රවණාගාරය, කැලණිය\n\n"
        "වැඩසටහන\n\n"
        "පෙ.ව. 9.00   පිළිගැනීමේ කතාව - කේන්ද්‍රයේ අධ්‍යක්ෂ ආචාර්ය කමල් පෙරේරා මහතා\n"
        "පෙ.ව. 9.30   ඉදිරිපත් කිරීම - කේන්ද්‍රයේ පර්යේෂක නදීකා සිල්වා මෙනවිය සහ සහකාර පර්යේෂක අනුර ද මෙල් මහතා\n"
    )
    people = _people(_text_page(page))
    assert ("කමල් පෙරේරා", "introductory-remarks", "ජල සම්පත් අධ්‍යයන කේන්ද්‍රය", "අධ්‍යක්ෂ") in people
    assert {(p[0], p[2], p[3]) for p in people} >= {
        ("නදීකා සිල්වා", "ජල සම්පත් අධ්‍යයන කේන්ද්‍රය", "පර්යේෂක"),
        ("අනුර ද මෙල්", "ජල සම්පත් අධ්‍යයන කේන්ද්‍රය", "සහකාර පර්යේෂක"),
    }


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # Macedonian 'на' (of) and 'во' (in), the body's definite article off, a town after a dash its own
        (
            "советничка на Центарот за граѓански иницијативи – Прилеп",
            ("советничка", "Центар за граѓански иницијативи – Прилеп"),
        ),
        ("претседател на Градскиот совет на Општина Куманово", ("претседател", "Градски совет на Општина Куманово")),
        # a unit between the post and its body stays in the post
        (
            "раководителка на Секторот за животна средина на Општина Куманово",
            ("раководителка на Секторот за животна средина", "Општина Куманово"),
        ),
        ("редактор в Радио Варна", ("редактор", "Радио Варна")),  # Bulgarian 'в' (in)
        ("gazetar në Radio Dukagjini", ("gazetar", "Radio Dukagjini")),  # Albanian 'në' (in)
        ("verkefnastjóri hjá Byggðastofnun", ("verkefnastjóri", "Byggðastofnun")),  # Icelandic 'hjá' (at)
        ("Mkurugenzi wa Taasisi ya Utafiti wa Kilimo", ("Mkurugenzi", "Taasisi ya Utafiti wa Kilimo")),  # Swahili 'wa'
        ("dosent by die Universiteit van Stellenbosch", ("dosent", "Universiteit van Stellenbosch")),  # Afrikaans
        ("Direttur tal-Fondazzjoni għall-Wirt Kulturali", ("Direttur", "Fondazzjoni għall-Wirt Kulturali")),  # Maltese
        # a Maltese post and its field, no body
        ("Uffiċjal tal-Komunikazzjoni", ("Uffiċjal tal-Komunikazzjoni", None)),
        # Azerbaijani: the body in the genitive, the post without its possessive; a unit's head keeps the unit
        ("Bakı Dövlət Universitetinin dosenti", ("dosent", "Bakı Dövlət Universiteti")),
        (
            "Lənkəran Rayon İcra Hakimiyyətinin təhsil şöbəsinin müdiri",
            ("təhsil şöbəsinin müdiri", "Lənkəran Rayon İcra Hakimiyyəti"),
        ),
        ("“Xəzər TV”-nin müxbiri", ("müxbir", "Xəzər TV")),
    ],
)  # fmt: skip
def test_a_post_joined_to_its_body_by_a_case_or_a_linking_word(rest: str, expected: tuple[str, str | None]) -> None:
    assert describe(rest) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Economic Faculty – Skopje", "Economic Faculty"),  # a town the reader knows after the dash: a place
        ("Sala tal-Kunsill Lokali", "Sala tal-Kunsill Lokali"),  # a hall's name, no post
    ],
)
def test_a_body_written_with_a_linking_word_inside_its_name_stays_whole(line: str, expected: str) -> None:
    assert describe(line)[1] == expected


def test_a_macedonian_page_gives_its_institute_by_name_where_a_post_names_its_kind_alone() -> None:
    page = (
        "ЦГИ Прилеп\n\nТркалезна маса: Водата и градот\n\n"
        "Датум: вторник, 10 март 2026 година\nВреме: од 12:00 до 14:00 часот\nМесто: Прилеп\n\n"
        "ПРОГРАМА\n\n"
        "12:00 – 12:10   Поздравно обраќање\n"
        "                Ана Петревска, извршна директорка на Центарот за граѓански иницијативи – Прилеп\n"
        "12:10 – 14:00   Дискусија\n"
        "                Дискутанти:\n"
        "                – м-р Вера Андоновска, истражувачка во Центарот\n"
        "                – Горан Тасевски, новинар на ТВ Пелистер\n"
    )
    people = _people(_text_page(page))
    centre = "Центар за граѓански иницијативи – Прилеп"
    assert ("Ана Петревска", "introductory-remarks", centre, "извршна директорка") in people
    assert ("Вера Андоновска", "discussant", centre, "истражувачка") in people
    assert ("Горан Тасевски", "discussant", "ТВ Пелистер", "новинар") in people


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the rank, the name, the post, a unit before the body, the body, a district after it
        (
            "प्रा.डा. गोपाल शर्मा, प्राध्यापक, शिक्षा संकाय, त्रिभुवन विश्वविद्यालय, काठमाडौं",
            ("प्रा.डा.", "गोपाल शर्मा", "प्राध्यापक, शिक्षा संकाय", "त्रिभुवन विश्वविद्यालय"),
        ),
        # a telephone's label after the post
        ("सुश्री मीना राई, सञ्चार अधिकृत, मोबाइल : ९८००००००००", ("सुश्री", "मीना राई", "सञ्चार अधिकृत", None)),
        # a minister's province is her post's
        ("माननीय रामकुमार यादव, मन्त्री, मधेश प्रदेश", ("माननीय", "रामकुमार यादव", "मन्त्री, मधेश प्रदेश", None)),
    ],
)  # fmt: skip
def test_a_nepali_entry_is_rank_name_post_and_body(line: str, expected: tuple[object, ...]) -> None:
    assert nepali_entry(line) == expected


@pytest.mark.parametrize("line", ["अध्यक्ष, नेपाल कृषक महासंघ", "होटल अन्नपूर्ण, सभाकक्ष, पोखरा", "२०८२ माघ १७, शनिबार"])
def test_a_nepali_post_place_or_date_without_a_rank_is_no_name(line: str) -> None:
    assert nepali_entry(line) is None


def test_two_nepali_names_joined_by_and_share_the_post_and_body_after_the_second() -> None:
    entries = parse_entries("श्री गोपाल शर्मा र सुश्री मीना राई, अनुसन्धानकर्ता, शिक्षा नीति केन्द्र")
    assert [(e.name, e.job_title, e.affiliation) for e in entries] == [
        ("गोपाल शर्मा", "अनुसन्धानकर्ता", "शिक्षा नीति केन्द्र"),
        ("मीना राई", "अनुसन्धानकर्ता", "शिक्षा नीति केन्द्र"),
    ]


def test_a_nepali_programme_item_names_its_person_after_the_label_and_colon() -> None:
    page = (
        "शिक्षा नीति केन्द्र\n\nनीति संवाद : विद्यालय शिक्षा र स्थानीय तह\n\n"
        "मिति : २०८२ फागुन ५ गते, मंगलबार\nसमय : बिहान १०:०० बजेदेखि दिउँसो १:०० बजेसम्म\nस्थान : पोखरा\n\n"
        "कार्यक्रम\n\n"
        "१०:०० स्वागत मन्तव्य : डा. मीना राई, कार्यकारी निर्देशक, शिक्षा नीति केन्द्र\n"
        "१०:१५ नीति पत्र प्रस्तुति : श्री गोपाल शर्मा, अनुसन्धानकर्ता, शिक्षा नीति केन्द्र\n"
    )
    people = _people(_text_page(page))
    assert ("मीना राई", "introductory-remarks", "शिक्षा नीति केन्द्र", "कार्यकारी निर्देशक") in people
    assert ("गोपाल शर्मा", "presenter", "शिक्षा नीति केन्द्र", "अनुसन्धानकर्ता") in people


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # Spanish, Portuguese and Galician 'de', 'do', 'da' before a broadcaster, a paper, a group, a board, a council
        ("xornalista de Radio Galega", ("xornalista", "Radio Galega")),
        ("jornalista do Diário de Coimbra", ("jornalista", "Diário de Coimbra")),
        ("técnica de emprego do Grupo de Acción Local Norte", ("técnica de emprego", "Grupo de Acción Local Norte")),
        ("presidenta de la Junta Vecinal Barrio Norte", ("presidenta", "Junta Vecinal Barrio Norte")),
        # a portfolio before the body stays in the post
        ("vereadora da Cultura da Câmara Municipal de Viseu", ("vereadora da Cultura", "Câmara Municipal de Viseu")),
        # Czech and Slovak: a post, then its body's initials with no comma
        ("analytička CRP", ("analytička", "CRP")),
        ("výzkumný pracovník CRP", ("výzkumný pracovník", "CRP")),
    ],
)  # fmt: skip
def test_a_post_then_its_body_after_de_or_as_initials(rest: str, expected: tuple[str, str | None]) -> None:
    assert describe(rest) == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # Icelandic: the body in the genitive after the post, named in the nominative
        ("rektor Háskólans á Ísafirði", ("rektor", "Háskólinn á Ísafirði")),
        ("formaður Starfsmannafélags Reykjavíkurborgar", ("formaður", "Starfsmannafélag Reykjavíkurborgar")),
        ("forstöðumaður Þekkingarmiðstöðvar Þingeyinga", ("forstöðumaður", "Þekkingarmiðstöð Þingeyinga")),
        ("fréttamaður á Stöð 2", ("fréttamaður", "Stöð 2")),  # 'á' (at)
        # a town after the linking word is where the post is held, no body
        ("deildarstjóri á Akureyri", ("deildarstjóri á Akureyri", None)),
    ],
)  # fmt: skip
def test_an_icelandic_post_before_its_body_in_the_genitive(rest: str, expected: tuple[str, str | None]) -> None:
    assert describe(rest) == expected


def test_initials_after_a_post_name_the_body_the_page_writes_in_lower_case_words() -> None:
    page = (
        "Institut pro veřejnou správu\n\nDiskuse: Obce a voda\n\n"
        "Institut pro veřejnou správu Vás srdečně zve na diskusi.\n\n"
        "Datum: 12. března 2026, 16:00–18:00\nMísto: Olomouc\n\n"
        "Vystoupí:\n"
        "Mgr. Alena Horáková, analytička IVS\n"
    )
    assert ("Alena Horáková", "speaker", "Institut pro veřejnou správu", "analytička") in _people(_text_page(page))


@pytest.mark.parametrize(
    ("holdout", "levels"),
    [
        # (docs/ingest.md, "Session 21's fix-lang") the levels the language sets reached after these fixes
        ("holdout-113", {"people": 0.85, "roles": 0.7, "affiliations": 0.8, "job titles": 0.8, "sponsors": 0.6}),
        ("holdout-108", {"people": 0.88, "roles": 0.85, "affiliations": 0.65, "job titles": 0.68}),
        ("holdout-103", {"people": 0.85, "roles": 0.83, "affiliations": 0.5, "job titles": 0.44}),
    ],
)
def test_the_language_sets_keep_the_levels_these_fixes_reached(holdout: str, levels: dict[str, float]) -> None:
    scores = measure(Path(__file__).parent / "data" / holdout / "expected.yaml")
    assert {field: scores[field].f1 >= level for field, level in levels.items()} == dict.fromkeys(levels, True)
