"""Forms of naming the people of an event that the misses of all hold-out sets (session 27) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the hold-out
page that showed it."""

from __future__ import annotations

from kg.pages.people import parse_entries
from tests.test_pages_unseen import _people, _text_page

# a contact's field in the page's own language: its post in small letters, the telephone and mail with
# labels in that language too ('tel.', 'e-post:'), which read like the words of a sentence
_CONTACT_FIELD_PAGE = """\
Rannikulinnad ja kliima

Seminar, 14. mai 2026, kell 10.00–12.00, Pärnu

Ettekanne: dr Mart Kask, Tartu Ülikooli Pärnu kolledž

Lisainfo: Kadri Tamm, avalike suhete projektijuht, tel. +372 737 5000, e-post: kadri.tamm@example.ee
"""


def test_a_contact_field_in_another_language_names_its_contact() -> None:
    people = _people(_text_page(_CONTACT_FIELD_PAGE))
    assert ("Kadri Tamm", "contact", None, "avalike suhete projektijuht") in people


def test_the_labels_of_a_contacts_number_and_mail_are_no_part_of_the_post() -> None:
    entry = parse_entries("Ana Rakoto, mpandrindra, finday: +261 34 12 457 83, mailaka: ana@example.mg")[0]
    assert (entry.job_title, entry.telephone, entry.email) == ("mpandrindra", "+261 34 12 457 83", "ana@example.mg")
    entry = parse_entries("Jonas Petraitis, koordinatorius, el. p. jonas@example.lt")[0]
    assert entry.job_title == "koordinatorius"
    # a number in groups closing the line before the e-mail address
    entry = parse_entries("Ana Rakoto, mpandrindra, 034 12 457 83, ana@example.mg")[0]
    assert (entry.job_title, entry.telephone) == ("mpandrindra", "034 12 457 83")


def test_two_people_joined_by_another_languages_and() -> None:
    for line in (
        "dr Anna Nowak i mgr Jan Kowalski (Instytut Studiów Regionalnych)",  # Polish
        "Dr. Anna Nowak dhe Jan Kowalski, hulumtues",  # Albanian
        "Anna Nowak və Jan Kowalski, ekspertlər",  # Azerbaijani
        "Perit Anna Nowak u Dr Jan Kowalski, riċerkaturi",  # Maltese
    ):
        assert [e.name for e in parse_entries(line)] == ["Anna Nowak", "Jan Kowalski"], line


def test_another_languages_and_inside_a_bodys_name_joins_no_people() -> None:
    # (between a body's subjects: the words before the 'and' are no person's name)
    entries = parse_entries("Ana Lima, superintendente, Agência Nacional de Águas e Saneamento Básico (ANA)")
    assert [e.name for e in entries] == ["Ana Lima"]
    entries = parse_entries("Dr. Kiss Anna, Élelmiszertudományi és Környezetgazdálkodási Kar")
    assert "Környezetgazdálkodási Kar" not in [e.name for e in entries]


_RSVP_SENTENCE_PAGE = """\
Water Futures Dialogue

Dialogue, 6 March 2025, 9:00–12:00, Arusha

Speaker: Dr. Neema Kweka, Senior Lecturer, Nelson Mandela African Institution of Science and Technology

RSVP: Kindly confirm your attendance by Monday, 3 March 2025 to Ms. Rehema Lyimo, Events Officer, at \
events@example.or.tz or +255 22 277 1420.
"""


def test_a_contact_sentence_after_a_fields_label_stays_a_sentence() -> None:
    # (its telephone and mail make no field of it: a sentence opens it, not the contact's name)
    people = _people(_text_page(_RSVP_SENTENCE_PAGE))
    assert ("Rehema Lyimo", "contact", None, "Events Officer") in people


# a contact named inside a sentence of another language, the words that lead to her unknown, her post
# and her address or number right after her name
_CONTACT_SENTENCE_PAGE = """\
Kystbyene og klimaet

Frokostseminar, 12. mars 2026, kl. 08.00–09.30, Bodø

Innledning: Dr. Ola Berg, Nord universitet

Alle er velkomne, men vi ber om påmelding innen 10. mars. Spørsmål om seminaret kan rettes til \
Kari Nordmann, kommunikasjonsrådgiver, kari.nordmann@example.no, tlf. 755 17 200.
"""


def test_a_contact_named_in_a_sentence_of_another_language() -> None:
    people = _people(_text_page(_CONTACT_SENTENCE_PAGE))
    assert ("Kari Nordmann", "contact", None, "kommunikasjonsrådgiver") in people


def test_a_verb_opening_the_sentence_is_no_part_of_the_contacts_name() -> None:
    # ('Vragen? Contacteer X, post, via x@…': the verb takes the sentence's capital)
    page = _CONTACT_SENTENCE_PAGE.replace(
        "Alle er", "Vragen? Contacteer Kari Nordmann, medewerker, via kari@example.no.\n\nAlle er"
    )
    names = {p.person.name for p in _text_page(page).participants}
    assert "Contacteer Kari Nordmann" not in names


def test_a_post_or_a_body_before_the_address_is_no_label() -> None:
    # ('Communications Officer: x@…', 'HIPS: x@…': a post and a body's initials, not the address's label)
    entry = parse_entries("Ms. Jane Roe, Communications Officer: events@example.org")[0]
    assert entry.job_title == "Communications Officer"
    entry = parse_entries("Jane Roe, Communications Officer, HIPS: info@example.org")[0]
    assert entry.affiliation == "HIPS"
