"""Place, date and title forms of pages in languages earlier sets already used that hold-out set 126 left
unread (a town's district in brackets after it, a note under the place, …), one test per form, each on
made-up text written for the form rather than copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

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
