"""Forms that hold-out set 74 (seed-rendering pages of think tanks and university centres in
Medellín, Freetown, Yaoundé, Dushanbe, Kuwait, Turku, Tórshavn and Santo Domingo) showed the
ingester missing, one test per form. Each page here is written for the form, not copied from the
hold-out page that showed it."""

from __future__ import annotations

from kg.dates import find_dates, numeric_date_order


def test_an_ambiguous_numeric_date_takes_the_order_of_the_pages_other_numeric_dates() -> None:
    # 'Monday 12/03/2018' is a Monday read either way (12 March, 3 December); '19/02/2018' on the
    # same page writes the day first, '02/19/2018' the month
    assert find_dates("Monday 12/03/2018") == []
    with numeric_date_order("Monday 12/03/2018\nPrevious: (19/02/2018)"):
        assert find_dates("Monday 12/03/2018")[0].start.isoformat() == "2018-03-12"
    with numeric_date_order("Monday 12/03/2018\nPrevious: (02/19/2018)"):
        assert find_dates("Monday 12/03/2018")[0].start.isoformat() == "2018-12-03"
    with numeric_date_order("12/03/2018, 19/02/2018 and 02/19/2018"):  # they disagree: no order
        assert find_dates("12/03/2018") == []
