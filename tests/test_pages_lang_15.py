"""Date, clock, role and host forms of pages in Croatian, Slovene, Flemish, Catalan, Czech, Norwegian,
Turkish and Italian that hold-out set 87 (Turin, Girona, Brno, Tromsø, İzmir, Split, Genk and Maribor
pages) showed the ingester missing, one test per form. Each page here is written for the form, not
copied from the hold-out page that showed it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates, find_times, other_months
from kg.pages.orgs import names_a_host, stated_hosts
from kg.pages.people import is_person_name, parse_entries
from tests.test_pages_unseen import _people, _text_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("četvrtak, 8. listopada 2026", date(2026, 11, 8)),  # Polish and Czech 'listopad' (November) win
        ("petak, 16. siječnja 2026. godine", date(2026, 1, 16)),
        ("utorak, 9. lipnja 2026.", date(2026, 6, 9)),
        ("srijeda, 2. prosinca 2026.", date(2026, 12, 2)),
        ("ponedeljak, 5. mart 2026.", date(2026, 3, 5)),  # Serbian and Bosnian in Latin script
    ],
)
def test_croatian_serbian_and_bosnian_months_are_read_where_no_more_common_language_names_them_otherwise(
    text: str, day: date
) -> None:
    assert [d.start for d in find_dates(text)] == [day]
    assert other_months()["listopada"] == 11 and other_months()["srpnja"] == 7 and other_months()["srpna"] == 8


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("s početkom u 10 sati", time(10), None),  # Croatian: at 10 o'clock
        ("od 9 do 12.30 sati", time(9), time(12, 30)),
        ("ob 16. uri", time(16), None),  # Slovene: an ordinal hour
        ("predvidoma ob 19.15.", time(19, 15), None),
        ("ore 18.45", time(18, 45), None),  # Italian
        ("kl. 09.15", time(9, 15), None),
        ("om 14 uur", time(14), None),  # Dutch
        ("20u00 – 22u15 (deuren 19u30)", time(20), time(22, 15)),  # Flemish
        ("saat 15.30'da", time(15, 30), None),  # Turkish
    ],
)
def test_clocks_written_with_the_words_for_at_and_hours_of_other_languages_are_times(
    text: str, start: time, end: time | None
) -> None:
    assert [(t.start, t.end) for t in find_times(text)][:1] == [(start, end)]


@pytest.mark.parametrize("text", ["traje 3 sati", "in 2 uur", "ongeveer 4 uur lang", "5 hrs", "3.75 milijuna"])
def test_a_count_of_hours_or_a_decimal_is_no_clock(text: str) -> None:
    assert find_times(text) == []


def test_a_croatian_date_line_gives_the_start_and_a_later_until_in_the_same_sentence_the_end() -> None:
    page = (
        "Udruga za obalne studije\n\nOkrugli stol\n\nMore, luke i gradovi\n\n"
        "Udruga za obalne studije poziva Vas na okrugli stol koji će se održati u petak, 13. studenoga"
        " 2026. godine, s početkom u 10 sati u dvorani Gradske knjižnice, Ulica kralja Zvonimira 12, Zadar."
        " Skup će trajati do 12.30 sati.\n\nUdruga za obalne studije\nPoljana Zemaljskog odbora 2, 23000 Zadar\n"
    )
    record = _text_page(page)
    assert (record.start, record.end) == ("2026-11-13T10:00:00+01:00", "2026-11-13T12:30:00+01:00")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # Croatian
            "Pozdravna riječ: Vesna Horvat, ravnateljica, Zavod za pomorstvo\n"
            "Uvodno izlaganje: Goran Babić, Sveučilište u Rijeci\n"
            "Sudjeluju: Ivana Šimić (Lučka uprava Rijeka), Nikola Jurić (Hrvatska gospodarska komora)\n"
            "Moderatorica: Lana Kos, Novi list\n",
            {
                "Vesna Horvat": "introductory-remarks",
                "Goran Babić": "speaker",
                "Ivana Šimić": "panelist",
                "Nikola Jurić": "panelist",
                "Lana Kos": "moderator",
            },
        ),
        (  # Slovene, Czech and Catalan
            "Pozdravni nagovor: Tina Novak, Mestni muzej\nPredavatelj: Jure Kralj, Univerza na Primorskem\n"
            "Komentují: Pavel Dvořák, Masarykova univerzita\nModeruje: Eva Černá, Deník N\n"
            "Benvinguda: Marta Soler i Pons, Ateneu de Vic\nHi participen: Pere Casals, Universitat de Vic\n",
            {
                "Tina Novak": "introductory-remarks",
                "Jure Kralj": "speaker",
                "Pavel Dvořák": "discussant",
                "Eva Černá": "moderator",
                "Marta Soler i Pons": "introductory-remarks",
                "Pere Casals": "panelist",
            },
        ),
        (  # Norwegian, Turkish, Dutch and Italian
            "Velkommen ved: Kari Nordvik, Havforskningsinstituttet\nOrdstyrer: Ola Berge, Adresseavisen\n"
            "Açılış Konuşması: Murat Şen, Ege Üniversitesi\nOturum Başkanı: Ayşe Kurt, Ege Üniversitesi\n"
            "Verwelkoming: Lies Wouters, Universiteit Hasselt\nSlotwoord: Jan Maes, Universiteit Hasselt\n"
            "Coordina: Franco Neri, Il Piccolo\n",
            {
                "Kari Nordvik": "introductory-remarks",
                "Ola Berge": "moderator",
                "Murat Şen": "introductory-remarks",
                "Ayşe Kurt": "chair",
                "Lies Wouters": "introductory-remarks",
                "Jan Maes": "closing-remarks",
                "Franco Neri": "moderator",
            },
        ),
    ],
)
def test_role_headings_in_croatian_slovene_czech_catalan_norwegian_turkish_dutch_and_italian(
    page: str, expected: dict[str, str]
) -> None:
    head = "Centar za javne politike\n\nOkrugli stol\n\nGradovi i more\n\nDatum: 12. 3. 2026, 10:00–12:00\n\n"
    assert set(expected.items()) <= programme_roles(head, page)


def programme_roles(head: str, page: str) -> set[tuple[str, str]]:
    """The (name, role) pairs of a text page whose programme has each line of `page` as an item of its
    own ('10:15 Moderuje: X') under `head`."""
    items = "".join(f"{10 + n // 4}:{n % 4 * 15:02d} {line}\n" for n, line in enumerate(page.splitlines()))
    return {(n, r) for n, r, *_ in _people(_text_page(head + items))}


def test_a_line_of_sentences_under_the_place_is_a_note_not_part_of_the_address() -> None:
    page = (
        "Ateneu de Vic\n\nConferència\n\nEl bosc que ve\n\n"
        "Data: Dijous, 12 de març de 2026\nHorari: De 19.00 a 20.30 h\n"
        "Lloc: Sala Modernista, Carrer de Sant Miquel, 4, Vic\nEntrada gratuïta amb inscripció. Aforament limitat.\n\n"
        "Una conferència sobre el futur dels boscos de la Plana.\n"
    )
    record = _text_page(page)
    assert record.location is not None and record.location.locality == "Vic"
    assert (record.start, record.end) == ("2026-03-12T19:00:00+01:00", "2026-03-12T20:30:00+01:00")


def test_a_catalan_i_joins_two_family_names_but_a_croatian_i_between_two_people_makes_no_name() -> None:
    assert [e.name for e in parse_entries("Jordi Bosch i Ferrer, catedràtic, Universitat de Lleida")] == [
        "Jordi Bosch i Ferrer"
    ]
    assert not is_person_name("Ana Kos i Marko Horvat")


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        ("Ústav pro dějiny umění Vás srdečně zve na přednášku.", ["Ústav pro dějiny umění"]),
        ("Senter for kystkultur inviterer til seminar om fiskeværene.", ["Senter for kystkultur"]),
        ("Zavod za povijest Dubrovnika poziva Vas na predavanje.", ["Zavod za povijest Dubrovnika"]),
        ("Muzej novejše zgodovine vas vabi na okroglo mizo.", ["Muzej novejše zgodovine"]),
        ("La Fundació Ribes us convida a la conferència.", ["Fundació Ribes"]),
        (
            "Il Centro Studi Piemontesi e la Fondazione Carlo Levi invitano all'incontro.",
            ["Centro Studi Piemontesi", "Fondazione Carlo Levi"],
        ),
        ("Het Instituut voor Stadsgeschiedenis nodigt u uit op de lezing.", ["Instituut voor Stadsgeschiedenis"]),
        (
            "Karadeniz Araştırmaları Merkezi (KAM), konferansa tüm ilgilenenleri davet eder.",
            ["Karadeniz Araştırmaları Merkezi"],
        ),
    ],
)
def test_the_body_that_opens_an_invitation_in_other_languages_hosts_even_with_small_words(
    sentence: str, hosts: list[str]
) -> None:
    assert names_a_host(sentence)
    assert set(stated_hosts(sentence)[0]) == set(hosts)


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("Amb la col·laboració de la Fundació Vives.", "Fundació Vives"),
        ("Met de steun van de Stichting Erfgoed Limburg.", "Stichting Erfgoed Limburg"),
        ("Seminaret er støttet av Fritt Ord.", "Fritt Ord"),
        ("Přednáška se koná za finanční podpory Nadace Karla Janečka.", "Nadace Karla Janečka"),
    ],
)
def test_support_written_in_catalan_dutch_norwegian_and_czech_names_a_sponsor(sentence: str, sponsor: str) -> None:
    assert sponsor in stated_hosts(sentence)[1]


def test_an_invitation_from_a_person_names_no_host() -> None:
    assert stated_hosts("Jana Nováková Vás srdečně zve na křest knihy.")[0] == []


def test_hold_out_set_87_meets_the_target_in_start_end_people_organizers_and_locality() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-87" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 87): titles (a kicker 'TAULA RODONA' over a text heading, the
    # Split page's heading with its type), roles (a Flemish 'Debat … Met:' list, a book's author only in
    # prose), affiliations and job titles (bodies in the genitive, 'Post ved/van/bij X', 'directeur van X'),
    # reports (a Czech policy paper and an Italian book presented), sponsors (bodies in the instrumental or
    # with a Turkish suffix) and attendance (streaming in Catalan, Turkish, Croatian and Slovene words)
    fields = ("start", "end", "people", "organizers", "locality")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.75 and scores["sponsors"].f1 > 0.6
