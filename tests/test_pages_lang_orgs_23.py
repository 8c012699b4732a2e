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
