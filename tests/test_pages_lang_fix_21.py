"""People, posts and bodies of pages not in English that the language hold-out sets (98, 103, 108, 113)
left unread: names in Sinhala and Amharic (body, post, rank and name in one run, no capitals), and posts
joined to a body by a case or a linking word. Each page here is written for the form, not copied from the
hold-out page that showed it; the people and bodies are made up."""

from __future__ import annotations

import pytest

from kg.pages.caseless import amharic_entry, caseless_hosts, sinhala_entry
from kg.pages.people import parse_entries
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
