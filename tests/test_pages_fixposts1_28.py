"""Forms of a speaker's post and body that the hold-out sets up to 104 showed the ingester missing (session 28,
fixposts1): one test per form, each with a small page written for the form, not copied from a hold-out page."""

from __future__ import annotations

from kg.pages.people import describe
from tests.test_pages_unseen import _people, _text_page

# a German programme: each post joined to its body by the genitive or dative article
_GERMAN_PROGRAMME = """\
Fachtag Wasserwirtschaft 2025

Donnerstag, 6. März 2025, 9:30 – 13:00 Uhr
Kornhaus, Bern

Programm

9:30 Uhr Begrüßung
Stefan Imboden, Regierungsrat des Kantons Bern

10:00 Uhr Podium
Dr. Miriam Kessler, Leiterin der Abteilung Gewässer im Generalsekretariat der Evangelischen Landeskirche Bern
Paul Hänni, Redakteur im Regionalstudio des Deutschlandfunks
Lea Bachofen, Tierärztin in Thun und Vorstandsmitglied der Bauerngesellschaft des Kantons Bern
Jonas Wyss, Vorsitzender Ost im Schweizerischen Fischereiverband
"""


def test_a_german_post_then_its_body_after_the_article() -> None:
    people = {(name, body, post) for name, _, body, post in _people(_text_page(_GERMAN_PROGRAMME))}
    assert ("Stefan Imboden", "Kanton Bern", "Regierungsrat") in people  # the genitive's '-s' gone
    assert ("Paul Hänni", "Deutschlandfunk", "Redakteur im Regionalstudio") in people  # a studio: a unit
    # a department and an office are units of the church, which is her employer (the adjective in the nominative)
    assert (
        "Miriam Kessler",
        "Evangelische Landeskirche Bern",
        "Leiterin der Abteilung Gewässer im Generalsekretariat",
    ) in people
    # a calling in a town, then the post held at the body
    assert ("Lea Bachofen", "Bauerngesellschaft des Kantons Bern", "Vorstandsmitglied") in people
    assert ("Jonas Wyss", "Schweizerischer Fischereiverband", "Vorsitzender Ost") in people  # masculine after 'im'


def test_a_publisher_is_a_post() -> None:
    assert describe("Publisher at Kestrel Hill Press") == ("Publisher", "Kestrel Hill Press")
    assert describe("Publisher, Riverbend Books") == ("Publisher", "Riverbend Books")


def test_a_quoted_body_after_a_post_in_lower_case() -> None:
    # Slavic and Greek pages quote the body's name; its kind in lower case between, a town after, are not part of it
    assert describe("новинарка «Радіо Поділля»") == ("новинарка", "Радіо Поділля")
    assert describe("директор софтверске компаније „Нитра“ из Чачка") == ("директор", "Нитра")
    assert describe("δημοσιογράφος, περιοδικό «Νέος Λόγος»") == ("δημοσιογράφος", "Νέος Λόγος")
    assert describe("autorka knihy „Město“")[1] is None  # an author's book is no employer
