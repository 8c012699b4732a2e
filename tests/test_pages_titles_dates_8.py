"""Titles and start/end instants in forms hold-out set 61 showed, and the title/start/end misses
sets 50-52 still had: a 'Posted:' line over a series label and the heading, an Australian address
whose town other countries share ('Newcastle NSW 2300'), '5.30pm for 6pm start – 7.30pm' on a line
of its own, a time field led by 'from' in another language ('Horario: De 18:30 a 20:00 h'), a
street named after a city ('Calle Santiago', '4 Gibraltar Camp Way'), a Chinese, Japanese or Korean
address that runs the city into its ward ('名古屋市千種区不老町'), a capital too small for the
gazetteer ('Valletta'), a title written without spaces, an event type in another language, a post's
schema.org date, a named lecture in its field over the lecture's title, '08:30 hrs - 13:00 hrs', and
a programme whose only timed line gives no end."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_times
from kg.pages import parse_page
from kg.pages.agreement import is_series
from kg.pages.lines import is_when_line
from kg.pages.title import is_candidate
from kg.pages.when import place_zone
from kg.records import EventRecord

DATA = Path(__file__).parent / "data"


def _record(text: str, name: str = "page.txt") -> EventRecord:
    return parse_page(text.encode(), name).record


def test_a_posted_line_over_the_heading_is_not_the_date_block_the_title_stands_by() -> None:
    page = (
        "Harbour University | Prifysgol yr Harbwr\n\nHome  >  Research  >  Centre for Coastal Law  >  Events\n\n"
        "Posted: 3 February 2026\n\nWinter Lecture Series\n\nWho Owns the Foreshore? Tides, Titles and the Crown\n"
        "Thursday 19 February 2026\n6.00pm – 7.15pm GMT\nLecture Theatre 2, Harbour University, Swansea SA1 8EN\n\n"
        "Centuries of Crown grants and local custom meet rising seas in this lecture on coastal land law.\n"
    )
    record = _record(page)
    assert record.name == "Who Owns the Foreshore? Tides, Titles and the Crown"
    assert record.start == "2026-02-19T18:00:00+00:00"


def test_a_post_date_under_the_heading_still_marks_the_headline_and_a_count_is_no_title() -> None:
    """A CMS's article details under the heading ('Published: …', 'Hits: 412') with the event's
    own date block further down the body."""
    page = (
        "Centre for Regional Strategies\n\nHome > Events > Public discussions\n\n"
        "Rivers Without Borders: Sharing the Danube's Water\n\nDetails\nCategory: Public discussions\n"
        "Published: 02 March 2026\nHits: 1,204\n\n"
        "The Centre is organising a public discussion on how the states along the Danube share its water in\n"
        "dry summers, with experts from the river commission and the shipping industry.\n\n"
        "Date: 17 March 2026 (Tuesday)\nTime: 10:30 – 12:30\nVenue: Hotel Dunav, 12 Vasil Levski Blvd., 1000 Sofia\n"
    )
    record = _record(page)
    assert record.name == "Rivers Without Borders: Sharing the Danube's Water"
    assert record.start == "2026-03-17T10:30:00+02:00"


@pytest.mark.parametrize("line", ["Hits: 412", "Views: 1,204", "Seats: 120"])
def test_a_count_in_a_field_row_is_no_title(line: str) -> None:
    assert not is_candidate(line)


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Newcastle City Hall, 290 King Street, Newcastle NSW 2300", "Australia/Sydney"),
        ("Stanley Burbury Theatre, Churchill Avenue, Sandy Bay TAS 7005", "Australia/Hobart"),
        ("Perth Convention Centre, 21 Mounts Bay Road, Perth WA 6000", "Australia/Perth"),
        ("Bonython Hall, North Terrace, Adelaide SA 5005", "Australia/Adelaide"),
        ("Seattle Central Library, 1000 4th Ave, Seattle, WA 98104", "America/Los_Angeles"),  # a US ZIP code
    ],
)
def test_an_australian_state_and_postcode_name_the_states_clock(place: str, zone: str) -> None:
    assert place_zone(place) == zone


def test_a_lecture_in_newcastle_nsw_in_november_is_on_summer_time() -> None:
    page = (
        "After the Mines: Land and Work in the Valley\n\nWhen\nThursday 19 November 2026\n6pm – 7.30pm\n\n"
        "Where\nCivic Theatre\n375 Hunter Street\nNewcastle NSW 2300\n\n"
        "A public lecture on what comes after coal, followed by questions from the audience.\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2026-11-19T18:00:00+11:00", "2026-11-19T19:30:00+11:00")


@pytest.mark.parametrize(
    "line", ["5.30pm for 6pm start – 7.30pm", "5.30pm for a 6pm start – 7.30pm", "17:30 for 18:00 – 19:30"]
)
def test_an_arrival_time_for_a_start_on_a_line_of_its_own_is_a_time_line(line: str) -> None:
    assert is_when_line(line)


def test_an_arrival_time_for_a_start_under_the_date_gives_the_start_and_the_end() -> None:
    page = (
        "Rivers of the Hunter\n\nWhen\nThursday 19 November 2026\n5.30pm for 6pm start – 7.30pm\n\n"
        "Where\nCivic Theatre, 375 Hunter Street, Newcastle NSW 2300\n\n"
        "A public lecture on the valley's rivers, followed by questions from the audience.\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2026-11-19T17:30:00+11:00", "2026-11-19T19:30:00+11:00")


@pytest.mark.parametrize("line", ["De 18:30 a 20:00 h", "de 18.30 a 20.00 horas", "von 18 bis 20 Uhr", "du 14h à 16h"])
def test_a_time_range_led_by_from_in_another_language_is_a_time_line(line: str) -> None:
    assert is_when_line(line)


def test_a_time_field_led_by_from_gives_the_end_before_the_programmes_last_item() -> None:
    page = (
        "Mesa redonda\n\nEl agua del Ebro ante la sequía\n\nFecha: martes, 10 de noviembre de 2026\n\n"
        "Horario: De 18:30 a 20:00 h\n\nLugar: Salón de actos, Calle Alfonso I 12, 50003 Zaragoza\n\n"
        "Programa\n\n18:30 Presentación de la mesa.\n\n18:40 Mesa redonda.\n\n19:45 Coloquio con el público.\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2026-11-10T18:30:00+01:00", "2026-11-10T20:00:00+01:00")


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Salón de actos, Calle Santiago 4, 50001 Zaragoza", "Europe/Madrid"),  # not Santiago de Chile
        ("Auditorio, Avenida Lima 1500, 28043 Madrid", "Europe/Madrid"),
        ("Edificio Central, Avenida Caracas 45-20, Bogotá", "America/Bogota"),  # not Caracas
    ],
)
def test_a_street_named_after_a_city_with_its_street_word_first_names_no_clock(place: str, zone: str) -> None:
    assert place_zone(place) == zone


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("会場: 大阪市中央公会堂（大阪府大阪市北区中之島）", "Asia/Tokyo"),
        ("（名古屋市千種区不老町）", "Asia/Tokyo"),
        ("〒100-0001 東京都千代田区千代田", "Asia/Tokyo"),
        ("地点：上海市徐汇区华山路", "Asia/Shanghai"),
        ("장소: 서울특별시 종로구 세종대로", "Asia/Seoul"),
    ],
)
def test_a_chinese_japanese_or_korean_address_names_its_citys_clock(place: str, zone: str) -> None:
    assert place_zone(place) == zone


@pytest.mark.parametrize(
    "line", ["国際シンポジウム「東アジアの人口減少と地方自治」", "公开讲座：城市化与乡村振兴", "気候変動と都市"]
)
def test_a_title_written_without_spaces_is_a_candidate(line: str) -> None:
    assert is_candidate(line)


def test_a_japanese_event_page_gives_its_heading_and_its_times_on_tokyos_clock() -> None:
    page = (
        "<html lang='ja'><head><title>公開講演会「気候変動と都市の水」 | 京都大学 防災研究所</title></head><body>"
        "<nav><a href='/'>ホーム</a> <a href='/events/'>イベント</a></nav>"
        "<h1>公開講演会「気候変動と都市の水」</h1>"
        "<p>都市の洪水と渇水のリスクについて、最新の研究成果を紹介します。</p>"
        "<table><tr><th>日時</th><td>2026年1月22日（木）15:00～16:30</td></tr>"
        "<tr><th>会場</th><td>京都大学 宇治キャンパス きはだホール（京都府宇治市五ヶ庄）</td></tr></table>"
        "</body></html>"
    )
    record = _record(page, "page.html")
    assert record.name == "公開講演会「気候変動と都市の水」"
    assert (record.start, record.end) == ("2026-01-22T15:00:00+09:00", "2026-01-22T16:30:00+09:00")


def test_a_programmes_only_timed_line_gives_a_start_and_no_end() -> None:
    page = (
        "Tides and Titles: A Public Talk\n\nThursday 12 March 2026\n\n7pm Talk begins in the Great Hall\n\n"
        "The Great Hall, 1 Castle Street, Edinburgh EH1 2NG\n\n"
        "An evening talk on the history of Scotland's foreshore and who owns it.\n"
    )
    record = _record(page)
    assert (record.start, record.end) == ("2026-03-12T19:00:00+00:00", None)


@pytest.mark.parametrize("number", [50, 51, 52, 61])
def test_these_sets_titles_and_instants_stay_right(number: int) -> None:
    """Sets 50-52 and 61 are below 0.9 in other fields (the other helpers' fields); their titles,
    starts and ends are all right since these fixes and stay so."""
    scores = measure(DATA / f"holdout-{number}" / "expected.yaml")
    assert {field: scores[field].f1 for field in ("title", "start", "end")} == {"title": 1.0, "start": 1.0, "end": 1.0}


@pytest.mark.parametrize(
    "label",
    ["CONFÉRENCE PUBLIQUE", "Mesa redonda", "Öffentlicher Vortrag", "Tavola rotonda", "Séminaire international"],
)
def test_an_event_type_in_another_language_is_no_title(label: str) -> None:
    assert not is_candidate(label)


def test_an_event_type_label_in_another_language_over_the_heading_is_not_the_title() -> None:
    page = (
        "Institut d'Études Politiques du Littoral\n\nAccueil > Événements\n\nTABLE RONDE\n\n"
        "Pêche artisanale : qui profite des accords de pêche ?\n\nPublié le 20 février 2026\n\n"
        "Date : mardi 10 mars 2026\nHeure : 15h00 – 17h00\nLieu : Salle des Actes, 12 rue Lamartine, Abidjan\n\n"
        "Une table ronde sur les accords de pêche entre l'Union européenne et les pays côtiers\n"
        "de l'Afrique de l'Ouest.\n"
    )
    assert _record(page).name == "Pêche artisanale : qui profite des accords de pêche ?"


def test_a_posts_schema_org_date_is_not_the_events_and_a_term_over_a_date_is_its_label() -> None:
    page = (
        "<html><body><main><article>"
        "<h1>Grenzen im Fluss: Die Mur als europäischer Raum</h1>"
        '<div class="news-date"><time itemprop="datePublished" datetime="2026-02-02">02.02.2026</time></div>'
        "<dl><dt>Datum</dt><dd>Donnerstag, 19. März 2026</dd><dt>Uhrzeit</dt><dd>18:00 – 19:30 Uhr</dd>"
        "<dt>Ort</dt><dd>Hörsaal 12, Universitätsplatz 3, 8010 Graz</dd></dl>"
        "<p>Ein Vortrag über die Mur als Grenze und als verbindender Raum zwischen Österreich und Slowenien.</p>"
        "</article></main></body></html>"
    )
    record = _record(page, "page.html")
    assert (record.start, record.end) == ("2026-03-19T18:00:00+01:00", "2026-03-19T19:30:00+01:00")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("08:30 hrs - 13:00 hrs", "08:30", "13:00"), ("18 Uhr – 20 Uhr", "18:00", "20:00")],
)
def test_a_range_whose_first_time_carries_its_hours_word_is_one_range(text: str, start: str, end: str) -> None:
    times = find_times(text)
    assert [(f"{t.start:%H:%M}", f"{t.end:%H:%M}" if t.end else None) for t in times] == [(start, end)]


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("ICDS Conference Room, 4 Gibraltar Camp Way, The University of the West Indies, Mona, Kingston 7", None),
        ("Community Hall, 12 Jamaica Plain Road, Boston", "America/New_York"),
    ],
)
def test_a_city_or_country_only_inside_a_longer_name_is_not_the_stated_place(place: str, zone: str | None) -> None:
    assert place_zone(place, embedded=False) == zone


def test_the_footers_address_ending_in_its_country_comes_before_a_name_inside_a_street() -> None:
    page = (
        "Institute for Caribbean Studies\n\nCaribbean Seminar Series\n\nRemittances after the Storm\n\n"
        "Thursday, October 15, 2026\n2:00 p.m. – 3:30 p.m.\n"
        "Seminar Room, 4 Gibraltar Camp Way, The University of the West Indies, Mona, Kingston 7\n\n"
        "A seminar on how remittances helped households rebuild after the hurricane of 2024.\n\n"
        "Institute for Caribbean Studies\nThe University of the West Indies, Mona, Kingston 7, Jamaica W.I.\n"
    )
    assert _record(page).start == "2026-10-15T14:00:00-05:00"


@pytest.mark.parametrize(
    ("line", "series"),
    [
        ("THE BOWRING LECTURE IN OCEAN LAW", True),
        ("Tanner Lectures on Human Values", True),
        ("The Harcourt Memorial Lecture in Maritime History", True),
        ("Public Lecture on Climate Change", False),
        ("Annual Lecture on Human Rights", False),
    ],
)
def test_a_lecture_named_after_a_person_then_its_field_is_a_series(line: str, series: bool) -> None:
    assert is_series(line) is series


def test_a_named_lectures_heading_in_capitals_over_the_lectures_own_title_is_not_the_title() -> None:
    page = (
        "Institute for Maritime History - Harbourview University\n\n"
        "Events > 2026 > The Harcourt Lecture in Maritime History\n\n"
        "THE HARCOURT LECTURE IN MARITIME HISTORY\n\n"
        "Cod, Salt and Empire: The Grand Banks Fishery in the Atlantic World\n\n"
        "Date: Thursday, March 19, 2026\nTime: 7:00 p.m. - 8:30 p.m.\n"
        "Location: Alumni Hall, 6135 University Avenue, Halifax, NS B3H 4R2\n\n"
        "This year's Harcourt Lecture asks how a fishery fed an empire and what its collapse left behind.\n"
    )
    assert _record(page).name == "Cod, Salt and Empire: The Grand Banks Fishery in the Atlantic World"


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Old University Building, St Paul Street, Valletta VLT 1216", "Europe/Malta"),
        ("Nassau Hall, Princeton University, Princeton, NJ 08544", "America/New_York"),  # not the Bahamas' capital
        ("Speaker: Dr. Lan (Senior Researcher, Institute of Policy, Hanoi)", None),  # a bio, not an address part
    ],
)
def test_a_capital_no_other_town_shares_names_its_countrys_clock(place: str, zone: str | None) -> None:
    assert place_zone(place) == zone


def test_a_panel_in_valletta_takes_maltas_summer_time() -> None:
    page = (
        "Faculty of Laws\n\nPanel discussion\n\nWho regulates the harbour?\n\n"
        "When: Tue 12 May 2026, 18:00–19:30\nWhere: Old University Building, St Paul Street, Valletta VLT 1216\n\n"
        "A panel on the law of ports and harbours, followed by questions from the floor.\n"
    )
    assert _record(page).start == "2026-05-12T18:00:00+02:00"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("dalle 17:00 alle 19:00", "17:00", "19:00"),
        ("dalle ore 17.30 alle 19.00", "17:30", "19:00"),
        ("das 14h às 17h", "14:00", "17:00"),
        ("van 14.00 tot 16.00 uur", "14:00", "16:00"),
    ],
)
def test_a_range_written_with_italian_portuguese_or_dutch_words_is_one_range(text: str, start: str, end: str) -> None:
    times = find_times(text)
    assert [(f"{t.start:%H:%M}", f"{t.end:%H:%M}" if t.end else None) for t in times] == [(start, end)]
    assert is_when_line(text)
