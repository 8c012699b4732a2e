"""Hosts and supporters written in sentences in the languages met before (session 23, helper lang-orgs):
two bodies holding an event together, joined by each language's 'and' or 'together with', and the body
that funds or supports it, each language's words for these in one table rather than a phrase per page."""

from kg.pages.orgs import stated_hosts


def test_georgian_hosts_who_invite_with_the_other_verb_and_a_funder_written_as_one_word():
    hosts, sponsors = stated_hosts(
        "ქალაქის კვლევითი ცენტრი (QKC) და ბათუმის სახელმწიფო უნივერსიტეტი გეპატიჟებათ საჯარო ლექციაზე."
    )
    assert hosts == ["ქალაქის კვლევითი ცენტრი", "ბათუმის სახელმწიფო უნივერსიტეტი"]
    _, sponsors = stated_hosts("ლექცია იმართება ევროკავშირის დაფინანსებით.")
    assert sponsors == ["ევროკავშირი"]


def test_polish_and_ukrainian_partner_together_with_the_host_is_a_host_in_the_nominative():
    hosts, _ = stated_hosts("Instytut Studiów Miejskich wraz z Polską Akademią Nauk serdecznie zapraszają na debatę.")
    assert hosts == ["Instytut Studiów Miejskich", "Polska Akademia Nauk"]
    hosts, _ = stated_hosts("Fundacja Rozwoju Lokalnego razem ze Związkiem Gmin Wiejskich zapraszają na spotkanie.")
    assert hosts == ["Fundacja Rozwoju Lokalnego", "Związek Gmin Wiejskich"]
    hosts, _ = stated_hosts("Центр міських студій спільно з Харківською обласною науковою бібліотекою запрошують на дискусію.")
    assert hosts == ["Центр міських студій", "Харківська обласна наукова бібліотека"]


def test_ukrainian_funding_thanks_to_and_vietnamese_funded_by_name_the_sponsor():
    _, sponsors = stated_hosts("Захід відбувається завдяки фінансуванню Українського культурного фонду.")
    assert sponsors == ["Український культурний фонд"]
    _, sponsors = stated_hosts("Tọa đàm được hỗ trợ bởi Quỹ Hợp tác Phát triển (QHT) trong khuôn khổ dự án.")
    assert sponsors == ["Quỹ Hợp tác Phát triển"]
