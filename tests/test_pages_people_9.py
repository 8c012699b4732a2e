"""People, affiliation and job-title forms that hold-out set 67 (Kuala Lumpur, Seoul, Leiden, Muscat,
Edinburgh, Bogotá, Helsinki and Wellington sites) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import is_person_name, parse_entries
from tests.test_pages_unseen import _people, _text_page


def test_malay_courtesy_titles_and_the_a_l_a_p_particles_are_read_as_malaysian_names_write_them() -> None:
    # 'Encik' / 'Puan' / 'Cik' are Mr / Mrs / Miss; 'a/l' and 'a/p' (son of, daughter of) join an
    # Indian Malaysian's given name to the father's, as 'bin' and 'binti' do
    page = (
        "Penang Policy Forum\n\nHousing the Urban Poor\n\nDate: Thursday, 5 June 2025\nTime: 2.00pm – 4.30pm (MYT)\n\n"
        "PROGRAMME\n\n2.00pm  Presentation\n"
        "        Rajesh a/l Muniandy, Research Fellow, Urban Policy Unit, PPF\n"
        "        Kavitha a/p Selvaraj, Research Assistant, PPF\n"
        "2.45pm  Discussant: Encik Azman bin Yusof, Director of Planning, Penang Development Board\n\n"
        "Enquiries: Cik Farah binti Osman, Events Executive, +604 555 0101\n"
    )
    people = _people(_text_page(page))
    assert ("Rajesh a/l Muniandy", "presenter") in {(n, r) for n, r, *_ in people}
    assert ("Kavitha a/p Selvaraj", "presenter", "Research Assistant") in {(n, r, t) for n, r, _, t in people}
    assert {"Azman bin Yusof", "Farah binti Osman"} <= {n for n, *_ in people}
    assert not any(n.startswith(("Encik", "Cik")) for n, *_ in people)


def test_new_zealand_honours_after_a_name_are_not_part_of_it() -> None:
    assert parse_entries("Dame Aroha Whaanga-Smith DNZM, Chair, Te Awa Trust")[0].name == "Aroha Whaanga-Smith"
    assert is_person_name("Sir Tamati Horne GNZM")
