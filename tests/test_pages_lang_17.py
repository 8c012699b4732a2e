"""Date, clock, role and host forms of pages in Indonesian, Mexican Spanish, Slovak, Estonian, European
Portuguese, Quebec French, Romanian and Latvian that hold-out set 98 (Bandung, Guadalajara, Košice,
Narva, Braga, Trois-Rivières, Iași and Liepāja pages) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import measure
from kg.dates import find_dates
from kg.pages import parse_page
from kg.pages.gazetteer import town_name
from kg.pages.orgs import stated_hosts
from kg.pages.people import parse_entries
from kg.pages.place import attendance
from tests.test_pages_lang_15 import _people, programme_roles
from tests.test_pages_unseen import _text_page


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # Indonesian and Slovak
            "Pembukaan dan Sambutan: Siti Rahayu, Universitas Gadjah Mada\n"
            "Pemaparan Hasil Riset: Agus Wibowo, Universitas Airlangga\n"
            "Narasumber: Dian Pratiwi (Bappenas), Eko Susanto (Universitas Indonesia)\n"
            "Penanggap: Budi Santoso, Universitas Diponegoro\nPenutupan: Siti Rahayu, Universitas Gadjah Mada\n"
            "Otvorenie a privítanie: Katarína Mináriková, Univerzita Komenského\n"
            "Prezentácia štúdie: Juraj Bielik, Slovenská akadémia vied\n",
            {
                "Siti Rahayu": "closing-remarks",
                "Agus Wibowo": "presenter",
                "Dian Pratiwi": "panelist",
                "Eko Susanto": "panelist",
                "Budi Santoso": "discussant",
                "Katarína Mináriková": "introductory-remarks",
                "Juraj Bielik": "presenter",
            },
        ),
        (  # Estonian and Latvian
            "Avasõnad: Mari Kuusk, Tallinna Tehnikaülikool\nEttekanne: Toomas Mets, Eesti Pank\n"
            "Arutelus osalevad: Liis Sepp (Swedbank), Rein Lill (Maaülikool)\n"
            "Lõppsõna: Mari Kuusk, Tallinna Tehnikaülikool\n"
            "Atklāšanas uzruna: Anna Kalniete, Rīgas Stradiņa universitāte\n"
            "Priekšlasījums: Edgars Liepiņš, Banka Citadele\nPiedalās: Ilze Vītola (LIAA), Raimonds Zariņš (RTU)\n"
            "Moderē: Baiba Ozola, Delfi\nNoslēgums: Anna Kalniete, Rīgas Stradiņa universitāte\n",
            {
                "Toomas Mets": "speaker",
                "Liis Sepp": "panelist",
                "Rein Lill": "panelist",
                "Mari Kuusk": "closing-remarks",
                "Edgars Liepiņš": "speaker",
                "Ilze Vītola": "panelist",
                "Raimonds Zariņš": "panelist",
                "Baiba Ozola": "moderator",
                "Anna Kalniete": "closing-remarks",
            },
        ),
        (  # Romanian and European Portuguese
            "Cuvânt de deschidere: Mihaela Stan, Universitatea din Craiova\n"
            "Prezentarea studiului: Sorin Dobre, Universitatea de Vest din Timișoara\n"
            "Participă: Irina Voicu (Primăria Craiova), Vlad Enache (Banca Transilvania)\n"
            "Concluzii: Mihaela Stan, Universitatea din Craiova\n"
            "Sessão de abertura: Teresa Pinho, Universidade de Aveiro\n",
            {
                "Sorin Dobre": "presenter",
                "Irina Voicu": "panelist",
                "Vlad Enache": "panelist",
                "Mihaela Stan": "closing-remarks",
                "Teresa Pinho": "introductory-remarks",
            },
        ),
    ],
)
def test_role_headings_in_indonesian_slovak_estonian_latvian_romanian_and_portuguese(
    page: str, expected: dict[str, str]
) -> None:
    head = "Pusat Studi Kota\n\nSeminar\n\nKota dan air\n\nTanggal: 12 Maret 2026, 10.00–12.00\n\n"
    assert set(expected.items()) <= programme_roles(head, page)


def test_a_quebec_programme_names_its_people_after_par_or_a_civility_and_de_behind_bare_hours() -> None:
    page = (
        "Institut des rivières\n\nMidi-conférence\n\nLes berges en hiver\n\n"
        "Date : le jeudi 12 mars 2026\nHeure : de 12 h à 13 h 15\nLieu : Salle 210, Rimouski\n\n"
        "Déroulement\n"
        "12 h – Mot de bienvenue par Mme Claire Fortin, directrice de l'Institut\n"
        "12 h 10 – Conférence de M. Yves Pelletier, chercheur au Laboratoire des glaces de l'Université Laval\n"
        "12 h 45 – Réplique de Mme Nadia Roy, urbaniste\n"
        "13 h – Période de questions animée par Mme Claire Fortin\n"
    )
    people = {(n, r) for n, r, *_ in _people(_text_page(page))}
    assert people == {
        ("Claire Fortin", "introductory-remarks"),
        ("Yves Pelletier", "speaker"),
        ("Nadia Roy", "discussant"),
        ("Claire Fortin", "moderator"),
    }


@pytest.mark.parametrize(
    ("sentence", "hosts", "sponsors"),
    [
        (
            "Pusat Studi Pangan (PSP) Universitas Brawijaya mengundang Bapak/Ibu untuk hadir dalam seminar.",
            ["Pusat Studi Pangan"],
            [],
        ),
        ("Kegiatan ini terselenggara atas dukungan Yayasan Kehati.", [], ["Yayasan Kehati"]),
        (
            "Stredoslovenský inštitút Vás v spolupráci s mestom Zvolen srdečne pozýva na besedu.",
            ["Stredoslovenský inštitút"],
            [],
        ),
        (
            "Tallinna Ülikooli Balti keskus ja Eesti Linnade Liit kutsuvad teid arutelule.",
            ["Tallinna Ülikooli Balti keskus", "Eesti Linnade Liit"],
            [],
        ),
        (
            "O Centro de Estudos do Território (CET) da Universidade de Aveiro tem o prazer de convidar para a sessão.",
            ["Centro de Estudos do Território"],
            [],
        ),
        ("Le Laboratoire des berges vous invite à sa table ronde.", ["Laboratoire des berges"], []),
        ("Institutul de Studii Dunărene vă invită la o conferință.", ["Institutul de Studii Dunărene"], []),
        (
            "Rīgas Tehniskās universitātes Enerģētikas institūts aicina uz semināru.",
            ["Rīgas Tehniskās universitātes Enerģētikas institūts"],
            [],
        ),
        (
            "La soirée est possible grâce au soutien financier de la Fondation Lucie-et-André-Chagnon.",
            [],
            ["Fondation Lucie-et-André-Chagnon"],
        ),
        ("Evenimentul are loc cu sprijinul Fundației Țara Bârsei.", [], ["Fundației Țara Bârsei"]),
    ],
)
def test_the_body_that_invites_and_its_supporters_in_indonesian_slovak_estonian_portuguese_french_romanian_and_latvian(
    sentence: str, hosts: list[str], sponsors: list[str]
) -> None:
    assert stated_hosts(sentence) == (hosts, sponsors)


@pytest.mark.parametrize(
    "text",
    [
        "Stretnutie budeme vysielať naživo na YouTube.",
        "Loengut saab jälgida ka otseülekandena ülikooli kodulehel.",
        "Lekcijai varēs sekot līdzi tiešraidē portālā.",
        "Formule hybride : en salle et sur Teams",
    ],
)
def test_a_live_broadcast_in_slovak_estonian_latvian_and_a_quebec_hybrid_format_beside_a_venue_is_mixed(
    text: str,
) -> None:
    assert attendance(text, has_place=True, has_online=False) == "mixed"


@pytest.mark.parametrize(
    ("fields", "start", "end", "town"),
    [
        (
            "Data: marți, 12 mai 2026\nOra: 10:00 – 12:00\nLocul: Aula Magna, Str. Universității 16, Suceava",
            "2026-05-12T10:00:00+03:00",
            "2026-05-12T12:00:00+03:00",
            "Suceava",
        ),
        (
            "Datums: 2026. gada 12. maijs (otrdiena)\nLaiks: 10.00–12.00\nVieta: Rīgas iela 10, Valmiera",
            "2026-05-12T10:00:00+03:00",
            "2026-05-12T12:00:00+03:00",
            "Valmiera",
        ),
    ],
)
def test_date_time_and_place_fields_named_in_romanian_and_latvian_give_the_instants_and_the_town(
    fields: str, start: str, end: str, town: str
) -> None:
    record = _text_page(
        f"Centrul de Studii\n\nConferință\n\nRâuri și orașe\n\nPublicat: 2 aprilie 2026\n\n{fields}\n\n"
    )
    assert (record.start, record.end) == (start, end)
    assert record.location is not None and record.location.locality == town


def test_a_latvian_date_with_its_year_first_and_its_month_in_the_locative_is_read() -> None:
    assert [d.start for d in find_dates("Seminārs notiks 2026. gada 14. maijā plkst. 15.00.", default_year=2000)] == [
        date(2026, 5, 14)
    ]


def test_a_french_item_listing_two_people_keeps_the_first_before_the_civility_m_of_the_second() -> None:
    html = (
        "<html><body><h1>La pêche artisanale</h1><p>Le mardi 10 mars 2026, Dakar</p><h2>Programme</h2><ul>"
        "<li>9 h 30 – Mot de bienvenue : Pr Awa Ndour, directrice du Centre</li>"
        "<li>10 h 30 – Discutants : Mme Mariama Sy, économiste principale, Banque centrale des États de"
        " l'Afrique de l'Ouest (BCEAO) ; M. Ali Kane, conseiller technique, ministère de la Pêche et de"
        " l'Économie maritime</li>"
        "</ul></body></html>"
    )
    people = {(n, r) for n, r, *_ in _people(parse_page(html.encode(), "page.html").record)}
    assert ("Mariama Sy", "discussant") in people


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("Dr.ª Marta Pires, presidente da Associação Cívica de Viseu", "Marta Pires", "Dr.ª"),
        ("Eng.º Rui Antunes, Águas do Norte", "Rui Antunes", "Eng.º"),
        ("Eng.ª Sofia Mendes", "Sofia Mendes", "Eng.ª"),
    ],
)
def test_the_european_portuguese_titles_dr_a_and_eng_o_are_honorifics_not_part_of_the_name(
    text: str, name: str, honorific: str
) -> None:
    entry = parse_entries(text)[0]
    assert (entry.name, entry.honorific) == (name, honorific)


def test_a_romanian_town_written_with_the_comma_below_keeps_the_pages_spelling_not_the_gazetteers_cedilla() -> None:
    assert town_name("400084 Cluj-Napoca") == "Cluj-Napoca"
    assert town_name("700259 Iași") == "Iași"


def test_hold_out_set_98_meets_the_target_in_start_end_people_locality_and_attendance() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-98" / "expected.yaml")
    # left below 0.9 (docs/ingest.md, set 98): titles (a Drupal page's hidden 'Navegación principal'
    # heading, kickers in capitals or repeated from the breadcrumb over a text page's title), affiliations
    # and job titles (posts joined to bodies without a comma, in Indonesian, or declined in Slovak,
    # Estonian, Latvian and Romanian; 'post de/do/da Org' in Spanish, Portuguese and French), reports
    # (numbered papers in those languages), organizers (two Mexican bodies with a parent between),
    # sponsors (genitives, Estonian 'X toetusel', Latvian 'ar X atbalstu', French names in lower case)
    fields = ("start", "end", "people", "locality", "attendance")
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["roles"].f1 > 0.75 and scores["organizers"].f1 > 0.8
