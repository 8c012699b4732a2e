"""Sponsors the older sets left unread (session 24, round two, helper r2-orgs)."""

from kg.pages.orgs import split_org_names


def test_a_firm_of_plain_words_and_a_body_whose_kind_ends_it_are_two_sponsors():
    # the first name has no word of a body's kind; the second ends in a firm's or a trust's kind
    assert split_org_names("Fjord Ferry Lines and Kelp Bay Corporation") == [
        "Fjord Ferry Lines",
        "Kelp Bay Corporation",
    ]
    assert split_org_names("Harbour Light Bakers and Mill Creek Trust") == ["Harbour Light Bakers", "Mill Creek Trust"]
    # (a person and a trust stay as written: no trade ends the first name)
    assert split_org_names("Mary Ann Jones and Mill Creek Trust") == ["Mary Ann Jones and Mill Creek Trust"]
    # a council named by its subjects stays one name
    assert split_org_names("Natural Sciences and Engineering Research Council") == [
        "Natural Sciences and Engineering Research Council"
    ]
    assert split_org_names("Oil and Gas Corporation") == ["Oil and Gas Corporation"]


def test_a_body_and_a_firm_named_by_its_trade_are_two_sponsors():
    assert split_org_names("the Ministry of Tourism and Heritage and Blue Reef Divers") == [
        "Ministry of Tourism and Heritage",
        "Blue Reef Divers",
    ]
