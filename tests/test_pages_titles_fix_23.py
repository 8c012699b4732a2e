"""Title and date forms that older hold-out sets (91, 100, 103, 106, 108, 113, 118, 122) left unread, counted by
kind over allsets.py's misses (session 23's fix-titles). Each page here is written for the form, not copied
from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.pages.text_title import find_title
from kg.pages.title import is_candidate
from kg.pages.when import place_zone
from tests.test_pages_unseen import _html_page, _text_page

# a university's page as a text browser renders it, in a language whose dates the reader does not know:
# its name over the menu bar, the path to the page, the event's type in capitals, the heading, the post's date
_PAGE = (
    "Liigu sisu juurde\n{masthead}\nÕppimine   Teadus   Koostöö   Ülikoolist\nET | EN\n\n"
    "{trail}\n\nSEMINAR\n\n{heading}\n\nAvaldatud 3. märts 2025\n\n"
    "Regionaaluuringute keskus kutsub seminarile, kus arutatakse noorte lahkumist väikelinnadest.\n\n"
    "Millal: neljapäev, 20. märts 2025\nKus: Peahoone, ruum 140\n\n"
    "Kristi Tamm, keskuse juhataja\nMart Kask, vallavanem\n\n"
    "{masthead}\nÜlikooli 18, 50090 Tartu\ninfo@linnaulikool.example.ee\n"
)
_HEADING = "Kas väikelinnad jäävad tühjaks? Noored, eluase ja kaugtöö Lõuna-Eestis"


def _estonian_page(masthead: str = "Lõuna-Eesti Linnaülikool", trail: str = "Avaleht / Sündmused / Seminarid") -> str:
    return _PAGE.format(masthead=masthead, trail=trail, heading=_HEADING)


def test_the_heading_a_kicker_in_capitals_stands_over_is_the_title() -> None:
    # the site's name above its menu ties with the heading when no date line is read
    assert _text_page(_estonian_page(trail="")).name == _HEADING


def test_a_sites_name_over_its_menu_and_again_in_its_footer_is_no_title() -> None:
    # printed twice, the name has the evidence of a repeated title; it stands only over the menu and at the foot
    text = _estonian_page(masthead="LÕUNA-EESTI LINNAÜLIKOOLI MAJANDUSE JA HALDUSE TEADUSKOND", trail="")
    assert _text_page(text.replace("Millal: neljapäev, 20. märts 2025\n", "")).name == _HEADING


@pytest.mark.parametrize("trail", ["Avaleht / Sündmused / Seminarid", "Home / News / Notices"])
def test_a_path_of_three_short_steps_between_slashes_is_no_title(trail: str) -> None:
    lines = [trail, "", _HEADING, "", "Kristi Tamm, keskuse juhataja"]
    assert find_title(lines, [0, 2]) == _HEADING


def test_a_title_of_two_parts_between_slashes_stays_a_title() -> None:
    lines = ["Menu", "", "Wasser und Stadt / Water and the City", "", "Kristi Tamm, keskuse juhataja"]
    assert find_title(lines, [2]) == "Wasser und Stadt / Water and the City"


@pytest.mark.parametrize(
    "line",
    [
        "«Towns of the steppe: why the young leave» round table",
        "「地方の若者と仕事」シンポジウム",
    ],
)
def test_a_heading_that_opens_with_guillemets_or_corner_brackets_is_a_title_candidate(line: str) -> None:
    assert is_candidate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Keskus kutsub seminarile, kus arutatakse noorte lahkumist väikelinnadest.",
        "Le centre invite chercheurs et élus à débattre de l'eau potable à l'été.",
    ],
)
def test_a_sentence_ending_in_a_word_with_accents_is_no_title_candidate(line: str) -> None:
    assert not is_candidate(line)


def test_the_hours_line_under_a_date_with_its_start_gives_the_end() -> None:
    text = (
        "Jornada de agua\n\nFecha: martes, 8 de octubre de 2024 - 10:00\nHorario: de 10.00 a 13.30 h\n"
        "Lugar: Aula Magna, Calle Mayor 4, 28013 Madrid\n\nLa doctora Ana Ruiz presenta el informe.\n"
    )
    record = _text_page(text)
    assert (record.start, record.end) == ("2024-10-08T10:00:00+02:00", "2024-10-08T13:30:00+02:00")


def test_the_programmes_first_row_from_the_stated_start_gives_no_end() -> None:
    text = (
        "Jornada de agua\n\nFecha: martes, 8 de octubre de 2024 - 10:00\n"
        "Lugar: Aula Magna, Calle Mayor 4, 28013 Madrid\n10.00 – 10.10 Bienvenida\n10.10 – 11.00 Ponencia\n"
    )
    assert _text_page(text).end is None


def test_a_time_field_whose_range_is_led_by_from_and_names_its_clock_in_words_gives_the_end() -> None:
    # the programme's last item ends before the stated end: the field's range is the event's
    text = (
        "Les marchés du mil\n\nDate : mardi 9 juin 2026\nHeure : de 9h00 à 12h30 (heure de Niamey)\n"
        "Lieu : Hôtel Terminus, Niamey\n\nProgramme\n\n9h00 – Mot de bienvenue\n10h00 – Présentation\n"
        "12h00 – Mot de clôture\n"
    )
    record = _text_page(text)
    assert (record.start, record.end) == ("2026-06-09T09:00:00+01:00", "2026-06-09T12:30:00+01:00")


def test_a_kicker_over_a_lectures_name_leaves_the_title_to_the_line_under_the_name() -> None:
    text = (
        "UNIVERSITY OF KUMASI\n\nHome   About   Research   News   Events\n\nINAUGURAL LECTURE\n\n"
        "The 212th Inaugural Lecture of the University of Kumasi\n\n"
        "Of Cocoa and Credit: Smallholders and the Banks in Ashanti\n\n"
        "Date: Thursday, 5th March, 2026\nTime: 4.00 p.m.\nVenue: Great Hall, University of Kumasi\n"
    )
    assert _text_page(text).name == "Of Cocoa and Credit: Smallholders and the Banks in Ashanti"


def test_a_title_in_guillemets_under_its_heading_completes_it() -> None:
    text = (
        "Présentation du Cahier n° 31\n\n« Les vignerons face au gel : ce que change l'assurance »\n\n"
        "Jeudi 12 mars 2026, 17h30 – 19h00\nSalle 2, Rue du Lac 4, 1003 Lausanne\n\n"
        "La Dre Anne Rochat présente l'étude.\n"
    )
    expected = "Présentation du Cahier n° 31: Les vignerons face au gel : ce que change l'assurance"
    assert _text_page(text).name == expected


def test_a_series_tag_in_full_width_brackets_run_into_the_title_is_no_part_of_it() -> None:
    html = (
        "<html><head><title>【Harbour Seminar No. 7】Port Wages and Shipping - Centre for Port Studies</title>"
        '<meta property="og:title" content="【Harbour Seminar No. 7】Port Wages and Shipping"></head><body><main>'
        '<h2 class="hdline">【Harbour Seminar No. 7】Port Wages and Shipping</h2>'
        "<p>Date: 2025-04-18 14:00-16:00</p><p>Venue: Room 301, 145 Xingda Road, Taichung</p>"
        "<p>Dr. Lin Mei-hua presents the paper.</p></main></body></html>"
    )
    assert _html_page(html).name == "Port Wages and Shipping"


def test_a_boards_category_set_inside_the_heading_in_an_element_of_its_own_is_no_part_of_the_title() -> None:
    html = (
        "<html><head><title>Coast Institute</title></head><body><article>"
        '<header><h1 id="bo_v_title"><span class="bo_v_cate">Events</span>'
        '<span class="bo_v_tit">Harbour Towns after the Fund: Results and Tasks</span></h1></header>'
        "<p>Date: 2026-05-14 14:00~17:00</p><p>Venue: Hall 2, 77 Yongbong-ro, Gwangju</p>"
        "<p>Professor Kim Min-jun presents the study.</p></article></body></html>"
    )
    assert _html_page(html).name == "Harbour Towns after the Fund: Results and Tasks"


def test_a_sentence_quoting_the_heading_whole_is_no_title() -> None:
    # the invitation stands right over the date block, closer to it than the heading
    text = (
        "Naslovnica » Događanja » Rasprava\n\nVoda za otoke: koliko posjetitelja mogu podnijeti?\n\n"
        "Otvorena rasprava · Događanja\n\n"
        "Institut za razvoj otoka poziva vas na otvorenu raspravu «Voda za otoke: koliko posjetitelja mogu "
        "podnijeti?»\n\n"
        "Datum: četvrtak, 16. travnja 2026.\nVrijeme: 18:30 – 21:00\nMjesto: Gradska vijećnica, Korzo 16, Rijeka\n"
    )
    assert _text_page(text).name == "Voda za otoke: koliko posjetitelja mogu podnijeti?"


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("San Juan\nSala 2, Colegio de Ingenieros de Puerto Rico, Ave. Ponce de León 808", "America/Puerto_Rico"),
        ("Teatro del Bicentenario, San Juan, Argentina", "America/Argentina/San_Juan"),
    ],
)
def test_a_town_of_a_provinces_zone_gives_way_to_another_place_the_text_names(place: str, zone: str) -> None:
    assert place_zone(place) == zone
