"""Forms of pages in languages other than English that the language hold-out sets (98 most) left
unread, fixed in session 18 without a new set: one test per form, each line written for the form,
not copied from the hold-out page that showed it."""

from __future__ import annotations

import pytest

from kg.names import fold
from kg.pages.people import parse_entry


def _post_and_body(line: str) -> tuple[str | None, str | None]:
    entry = parse_entry(line)
    assert entry is not None
    return entry.job_title, entry.affiliation


@pytest.mark.parametrize(
    ("line", "post", "body"),
    [
        ("Liene Zariņa, Rīgas Stradiņa universitātes docente", "docente", "Rīgas Stradiņa universitāte"),
        ("Aivars Kalējs, Zemkopības ministrijas valsts sekretāra vietnieks", "valsts sekretāra vietnieks",
         "Zemkopības ministrija"),
        ("Marta Liepiņa, Baltijas Studiju centra pētniece", "pētniece", "Baltijas Studiju centrs"),
        ("Kaarel Tamm, Tallinna Ülikooli Haapsalu kolledži direktor", "direktor", "Tallinna Ülikooli Haapsalu kolledž"),
        ("Mari Kuusk, Keskkonnaministeeriumi kliimaosakonna juhataja", "kliimaosakonna juhataja",
         "Keskkonnaministeerium"),
        ("Liisa Mäkinen, Turun yliopiston tutkija", "tutkija", "Turun yliopisto"),
        # English names its body's kind as it is: the post keeps its body, as before
        ("Ann Reid, Boston University professor", "Boston University professor", "Boston University"),
    ],
)  # fmt: skip
def test_a_body_in_the_genitive_before_a_post_is_the_post_at_that_body(line: str, post: str, body: str) -> None:
    assert _post_and_body(line) == (post, body)


@pytest.mark.parametrize(
    ("line", "post", "body"),
    [
        ("Dan Ilie, profesor al Universității din Craiova", "profesor", "Universitatea din Craiova"),
        ("Ion Rusu, consilier al Primăriei Municipiului Arad", "consilier", "Primăria Municipiului Arad"),
        ("Maria Stan, director executiv al Institutului de Studii Europene", "director executiv",
         "Institutul de Studii Europene"),
        ("Vlad Enache, medic al Spitalului Județean „Sf. Maria” Bacău", "medic", "Spitalul Județean „Sf. Maria” Bacău"),
        ("Irina Toma, cercetătoare în cadrul ISPRI", "cercetătoare", "ISPRI"),  # 'within'
    ],
)  # fmt: skip
def test_a_romanian_post_before_its_body_in_the_genitive_is_the_post_at_that_body(
    line: str, post: str, body: str
) -> None:
    assert _post_and_body(line) == (post, body)


@pytest.mark.parametrize(
    ("line", "post", "body"),
    [
        # (the adjective's '-ej' is Polish '-a' and Slovak '-á': compared without accents)
        ("Eva Mráziková, prorektorka Prešovskej univerzity v Prešove", "prorektorka", "Prešovská univerzita v Prešove"),
        # a post with its unit, in lower case, before the body
        ("Ivan Novák, vedúci oddelenia stratégie Úradu vlády Slovenskej republiky", "vedúci oddelenia stratégie",
         "Úrad vlády Slovenskej republiky"),
        # the body's kind in lower case before its name: the body is the name
        ("Mária Kollárová, redaktorka týždenníka Trend", "redaktorka", "Trend"),
        ("Juraj Blaho, konateľ spoločnosti Tatra Data", "konateľ", "Tatra Data"),
    ],
)  # fmt: skip
def test_a_slovak_post_before_its_body_is_the_post_at_that_body(line: str, post: str, body: str) -> None:
    job_title, affiliation = _post_and_body(line)
    assert (job_title, fold(affiliation or "")) == (post, fold(body))


@pytest.mark.parametrize(
    ("line", "post", "body"),
    [
        ("Tóth Ilona, a Szegedi Tudományegyetem oktatója", "oktató", "Szegedi Tudományegyetem"),
        ("Varga Béla, az Országos Közgazdasági Intézet munkatársa", "munkatárs", "Országos Közgazdasági Intézet"),
        ("Ana Ruiz, directora", "directora", None),  # a post as it is: no possessive
    ],
)
def test_a_hungarian_post_with_the_possessive_after_its_body_is_the_post_at_that_body(
    line: str, post: str, body: str | None
) -> None:
    assert _post_and_body(line) == (post, body)


@pytest.mark.parametrize(
    ("line", "post", "body"),
    [
        ("Rudi Hartono – Wartawan Harian Kompas", "Wartawan", "Harian Kompas"),
        ("Siti Aminah – Ketua Yayasan Lingkungan Lestari", "Ketua", "Yayasan Lingkungan Lestari"),
        ("Agus Salim – Peneliti Senior LPEM", "Peneliti Senior", "LPEM"),  # its body's initials
        # a unit before the body after a comma stays in the post
        ("Dian Sari – Kepala Bidang Tata Ruang, Dinas Pekerjaan Umum Kota Malang", "Kepala Bidang Tata Ruang",
         "Dinas Pekerjaan Umum Kota Malang"),
    ],
)  # fmt: skip
def test_an_indonesian_post_joined_to_its_body_is_the_post_at_that_body(line: str, post: str, body: str) -> None:
    assert _post_and_body(line) == (post, body)
