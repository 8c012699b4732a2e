"""People, affiliation and job-title forms that hold-out set 100 (Belize City, Maseru, Douglas, Iloilo,
San Juan, Mogadishu, Koblenz and Ulaanbaatar sites) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.people import parse_entries


def test_a_name_in_capitals_with_initials_and_a_title_is_read_in_its_usual_case() -> None:
    # Philippine programmes write the whole name in capitals, a middle initial, an abbreviated title
    # and the doctor's degree before a fellowship after it; a heading in capitals has no initial
    for line, name in [
        ("DR. ROSARIO T. MAGBANUA-LIM, MD, FPCS", "Rosario T. Magbanua-Lim"),
        ("ATTY. JOEL V. DE LEON, CPA", "Joel V. De Leon"),
        ("ENGR. CARLO M. BAYANI JR., MPH, CESO IV", "Carlo M. Bayani Jr"),
        ("SR. TERESITA A. GUANZON, SPC, RN", "Teresita A. Guanzon"),
        ("MA. ELENA R. QUIMPO", "Ma. Elena R. Quimpo"),
    ]:
        entry = parse_entries(line)[0]
        assert (entry.name.rstrip("."), entry.affiliation, entry.job_title) == (name, None, None), line
    assert parse_entries("SCHEDULE OF ACTIVITIES") == []
