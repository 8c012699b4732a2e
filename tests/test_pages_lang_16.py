"""Date, clock, role and host forms of pages in Swedish, Danish, Finnish, Polish, Hungarian, Greek,
Brazilian Portuguese and Burkinabè French that hold-out set 91 (Malmö, Odense, Oulu, Gdańsk, Debrecen,
Heraklion, Recife and Ouagadougou pages) showed the ingester missing, one test per form. Each page
here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.pages.gazetteer import town_name
from kg.pages.orgs import names_a_host, stated_hosts
from kg.pages.people import parse_entries
from kg.pages.place import read_place
from kg.pages.when import place_zone
from tests.test_pages_lang_15 import programme_roles
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # Swedish and Danish
            "Välkommen: Eva Strand, Kulturhuset Väven\nSamtalsledare: Nils Ek, Göteborgs-Posten\n"
            "Medverkande: Åsa Berg (Chalmers), Per Lind (Västra Götalandsregionen)\n"
            "Velkomst: Bente Friis, Aalborg Universitet\nOplæg: Søren Krogh, Aarhus Universitet\n"
            "Paneldeltagere: Ditte Vang (Region Nordjylland), Ole Mørk (Landbrug & Fødevarer)\n"
            "Afrunding: Bente Friis, Aalborg Universitet\n",
            {
                "Eva Strand": "introductory-remarks",
                "Nils Ek": "moderator",
                "Åsa Berg": "panelist",
                "Per Lind": "panelist",
                "Bente Friis": "closing-remarks",
                "Søren Krogh": "speaker",
                "Ditte Vang": "panelist",
            },
        ),
        (  # Finnish and Hungarian
            "Avaus: Leena Saari, Tampereen yliopisto\nAlustus: Veikko Lahti, Aalto-yliopisto\n"
            "Kommenttipuheenvuorot: Hanna Rinne (Sitra), Olli Kallio (Kuntaliitto)\n"
            "Puheenjohtaja: Maija Aho, Helsingin Sanomat\nLoppusanat: Leena Saari, Tampereen yliopisto\n"
            "Köszöntő: Dr. Varga Ilona, Pécsi Tudományegyetem\nElőadó: Bognár Tamás, Széchenyi István Egyetem\n"
            "Hozzászólók: Fekete Anikó (Miskolci Egyetem), Lengyel Ádám (Óbudai Egyetem)\n"
            "Zárszó: Dr. Varga Ilona, Pécsi Tudományegyetem\n",
            {
                "Leena Saari": "closing-remarks",
                "Veikko Lahti": "speaker",
                "Hanna Rinne": "discussant",
                "Olli Kallio": "discussant",
                "Maija Aho": "chair",
                "Varga Ilona": "introductory-remarks",
                "Bognár Tamás": "speaker",
                "Fekete Anikó": "discussant",
            },
        ),
        (  # Polish, Greek and French
            "Prowadzenie: Ewa Sowa, Gazeta Wyborcza\nUdział wezmą: Jan Mazur (Politechnika Łódzka), Iga Wrona (UŁ)\n"
            "Χαιρετισμός: Κώστας Δημητρίου, Δήμος Πάτρας\nΕισηγητές: Σοφία Αλεξίου, Πανεπιστήμιο Πατρών\n"
            "Συντονισμός: Πέτρος Νικολάου, ΕΡΤ\nCommunication introductive: Dr Fatou Diop, Université de Thiès\n",
            {
                "Ewa Sowa": "moderator",
                "Jan Mazur": "panelist",
                "Iga Wrona": "panelist",
                "Κώστας Δημητρίου": "introductory-remarks",
                "Σοφία Αλεξίου": "speaker",
                "Πέτρος Νικολάου": "moderator",
                "Fatou Diop": "keynote",
            },
        ),
    ],
)
def test_role_headings_in_swedish_danish_finnish_hungarian_polish_greek_and_french(
    page: str, expected: dict[str, str]
) -> None:
    head = "Centrum för kustpolitik\n\nSeminarium\n\nHavet och staden\n\nDatum: 12 mars 2026, 10:00–12:00\n\n"
    assert set(expected.items()) <= programme_roles(head, page)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Δρ. Σοφία Αλεξίου, Πανεπιστήμιο Πατρών", "Σοφία Αλεξίου"),
        ("Ιωάννης Κωνσταντίνου", "Ιωάννης Κωνσταντίνου"),
        ("Олена Коваленко, Київський університет", "Олена Коваленко"),
        ("Aigerim Zhaksylykova (Айгерим Жақсылықова), Nazarbayev University", "Aigerim Zhaksylykova"),
    ],
)
def test_a_name_written_wholly_in_greek_or_cyrillic_is_the_name_not_its_other_script_form(text: str, name: str) -> None:
    assert parse_entries(text)[0].name == name


@pytest.mark.parametrize(
    ("text", "post", "body"),
    [
        ("Ulla Sandberg, utredare, Trafikverket", "utredare", "Trafikverket"),
        ("Mogens Dahl, kontorchef, Erhvervsstyrelsen", "kontorchef", "Erhvervsstyrelsen"),
        ("Pekka Rantanen, talousjohtaja, Lapin hyvinvointialue", "talousjohtaja", "Lapin hyvinvointialue"),
        (
            "Kiss Gábor, osztályvezető, Nyugat-dunántúli Vízügyi Igazgatóság",
            "osztályvezető",
            "Nyugat-dunántúli Vízügyi Igazgatóság",
        ),
        ("Ewa Kurek, dyrektor, Politechnika Opolska", "dyrektor", "Politechnika Opolska"),
        ("Άννα Γεωργίου, Ερευνήτρια, Ίδρυμα Ιατροβιολογικών Ερευνών", "Ερευνήτρια", "Ίδρυμα Ιατροβιολογικών Ερευνών"),
    ],
)
def test_posts_and_bodies_of_nordic_finnish_hungarian_polish_and_greek_pages_are_told_from_names(
    text: str, post: str, body: str
) -> None:
    (entry,) = parse_entries(text)
    assert (entry.job_title, entry.affiliation) == (post, body)


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        ("Itämeren tutkimuslaitos kutsuu sinut aamukahviseminaariin.", ["Itämeren tutkimuslaitos"]),
        ("A Dunántúli Kutatóintézet szeretettel meghív minden érdeklődőt.", ["Dunántúli Kutatóintézet"]),
        ("Το Κέντρο Μεσογειακών Μελετών (ΚΜΜ) σας προσκαλεί σε διάλεξη.", ["Κέντρο Μεσογειακών Μελετών"]),
        (
            "L'Observatoire des politiques agricoles (OPA) a le plaisir de vous inviter à la table ronde.",
            ["Observatoire des politiques agricoles"],
        ),
        (
            "Institut for Grænseregionsforskning og Danmarks Naturfredningsforening inviterer til møde.",
            ["Institut for Grænseregionsforskning", "Danmarks Naturfredningsforening"],
        ),
        (
            "Centrum för vattenforskning vid Umeå universitet bjuder in till seminarium.",
            ["Centrum för vattenforskning"],
        ),
        (
            "O Laboratório de Estudos Agrários (LEA) da UFBA convida para a palestra.",
            ["Laboratório de Estudos Agrários"],
        ),
    ],
)
def test_the_body_that_invites_in_finnish_hungarian_greek_french_danish_swedish_and_portuguese_hosts(
    sentence: str, hosts: list[str]
) -> None:
    assert names_a_host(sentence)
    assert stated_hosts(sentence)[0] == hosts


def test_a_danish_postal_district_a_greek_town_in_greek_and_a_stream_joined_by_samt_or_ja_leave_the_town() -> None:
    assert read_place(["Auditoriet, Nørregade 10, 5000 Odense C"])[0].locality == "Odense"  # type: ignore[union-attr]
    assert read_place(["Studenterhuset, 9220 Aalborg SØ"])[0].locality == "Aalborg"  # type: ignore[union-attr]
    assert town_name("26221 Πάτρα") == "Pátra" and place_zone("Αίθουσα Συνεδρίων, Πάτρα") == "Europe/Athens"
    for text in (
        "Aula Nordica, Universitetstorget 4, Umeå samt via Zoom",
        "Sali 2, Yliopistonkatu 3, Turku & verkossa",
    ):
        physical, online = read_place([text])
        assert physical is not None and physical.locality in ("Umeå", "Turku") and online is not None


@pytest.mark.parametrize(
    ("page", "start", "end"),
    [
        (
            "Εταιρεία Ιστορικών Μελετών\n\nΤο λιμάνι και η πόλη\n\nΔιάλεξη | 1 Απριλίου 2026\n\n"
            "Ημερομηνία: Τρίτη 14 Απριλίου 2026\n"
            "Ώρα: 19:00 – 21:00\nΤόπος: Αίθουσα Συνεδρίων, Μαιζώνος 40, Πάτρα\n\nΗ διάλεξη είναι ανοιχτή στο κοινό.\n",
            "2026-04-14T19:00:00+03:00",
            "2026-04-14T21:00:00+03:00",
        ),
        (
            "Center for Kystkultur\n\nHavnen og byen\n\nForedrag | 2. april 2026\n\n"
            "Dato: 5. maj 2026\nTid: 14:00 - 16:00\n"
            "Sted: Auditoriet, Niels Bohrs Vej 8, 6700 Esbjerg\n\nForedraget er gratis.\n",
            "2026-05-05T14:00:00+02:00",
            "2026-05-05T16:00:00+02:00",
        ),
    ],
)
def test_date_time_and_place_fields_named_in_greek_and_danish_give_the_instants_not_the_post_date_beside_the_type(
    page: str, start: str, end: str
) -> None:
    record = _text_page(page)
    assert (record.start, record.end) == (start, end)


def test_hold_out_set_91_meets_the_target_in_people_and_organizers() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-91" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 91): titles (taken from a support and an invitation sentence),
    # start and end (the Oulu page's 'ti 24.3.2026 klo …' in a list item with the place after it, the
    # Ouagadougou page's programme ending before its stated end), roles, affiliations and job
    # titles (Danish 'v/', posts in the genitive, a Hungarian round-table guest in the instrumental), reports
    # (a Danish and a Brazilian numbered report), sponsors (support in Danish, Finnish, Polish, Hungarian,
    # Greek words and a Plone 'Apoio:' line), locality and attendance (streaming in those languages)
    fields = ("people", "organizers")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["start"].f1 > 0.85 and scores["roles"].f1 > 0.8
