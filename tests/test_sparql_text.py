"""kg.sparql_text: what a query says, read from its text (table-driven)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import sparql_text
from kg.sparql_text import cap_rows, forbidden_services, form, is_cacheable, service_targets, tokens

EVIL = "http://127.0.0.1:9/sparql"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT * {}", "SELECT"),
        ("PREFIX a: <http://a/> BASE <http://b/> construct WHERE {}", "CONSTRUCT"),
        ("# SELECT\nASK {}", "ASK"),
        ("PREFIX : <http://a/> INSERT DATA { :a :b :c }", "INSERT"),
        ("LOAD <http://x/>", "LOAD"),
        ("WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("SELECT ?add ?copy WHERE { ?s <http://x/drop> ?add }", "SELECT"),
        ("nonsense", None),
    ],
)
def test_form(query: str, expected: str | None) -> None:
    assert form(query) == expected


@pytest.mark.parametrize(
    ("query", "targets"),
    [
        (f"SELECT * {{ SERVICE <{EVIL}> {{ ?s ?p ?o }} }}", [EVIL]),
        (f"SELECT * {{ service silent <{EVIL}> {{ }} }}", [EVIL]),
        ("PREFIX e: <http://127.0.0.1:9/> SELECT * { SERVICE e:sparql {} }", [EVIL]),
        ("BASE <http://127.0.0.1:9/> SELECT * { SERVICE <sparql> {} }", [EVIL]),
        ("SELECT * { SERVICE ?where {} }", [None]),
        (r"SELECT * { \u0053ERVICE <http://127.0.0.1:9/sparql> {} }", [EVIL]),
        (r"SELECT * { SERV\u0049CE <http://127.0.0.1:9/sparql> {} }", [EVIL]),  # "service" is not in the text
        (r"SELECT * { \U00000073ervice <http://127.0.0.1:9/sparql> {} }", [EVIL]),
        (f'SELECT * {{ ?s ?p "SERVICE <{EVIL}>" }}', []),
        (f"SELECT * {{ ?s ?p ?o }} # SERVICE <{EVIL}>", []),
        ("SELECT ?service { ?s <http://x/SERVICE> ?service }", []),
        ('SELECT * { ?s ?p """\nSERVICE <http://127.0.0.1:9/sparql> {}\n""" }', []),
    ],
)
def test_service_targets(query: str, targets: list[str | None]) -> None:
    assert service_targets(query) == targets


def test_only_allow_listed_services_pass() -> None:
    query = f"SELECT * {{ SERVICE <{EVIL}> {{}} SERVICE <http://ok/sparql> {{}} }}"
    assert forbidden_services(query, ("http://ok/sparql",)) == [EVIL]
    assert forbidden_services(query, ("http://ok/sparql", EVIL)) == []


@pytest.mark.parametrize(
    ("query", "capped", "rows"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", True, 3),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 2", False, 2),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 50 OFFSET 1", True, 3),
        (
            "SELECT * WHERE { { SELECT * WHERE { ?s ?p ?o } LIMIT 50 } } VALUES ?s { <http://a/1> <http://a/2> }",
            True,
            2,
        ),
        ("SELECT * WHERE { ?s ?p ?o } # a comment at the end", True, 3),
        ("SELECT * WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 50 # a comment at the end", True, 3),
        # a LIMIT 2 that is not the outermost one: the answer has 12 or 6 rows unless capped
        ("SELECT * WHERE { ?a <http://p> ?b { SELECT ?s WHERE { ?s <http://p> ?o } LIMIT 2 } }", True, 3),
        ('SELECT * WHERE { ?s ?p ?o } ORDER BY (?o != "} LIMIT 2")', True, 3),  # in a string after a brace
        ("SELECT * WHERE { ?s ?p ?o } ORDER BY (?o != '''}\nLIMIT 2''')", True, 3),
        ("SELECT * WHERE { ?s ?p ?o } # } LIMIT 2", True, 3),  # in a comment after a brace
        ("SELECT * WHERE { ?s ?p ?o } ORDER BY (<http://x/LIMIT> != 2)", True, 3),  # in an IRI
        ("CONSTRUCT WHERE { ?s ?p ?o }", True, 3),
        ("ASK { ?s ?p ?o }", False, None),
    ],
)
def test_cap_rows_bounds_the_outermost_limit(query: str, capped: bool, rows: int | None) -> None:
    store = ox.Store()
    for i in range(6):
        store.add(ox.Quad(ox.NamedNode(f"http://a/{i}"), ox.NamedNode("http://p"), ox.Literal(str(i))))
    limited, was_capped = cap_rows(query, 3)
    assert was_capped == capped
    result = store.query(limited)
    if rows is not None:
        assert len(list(result)) == rows


@pytest.mark.parametrize(
    ("query", "cacheable"),
    [
        ("SELECT * { ?s ?p ?o }", True),
        ("SELECT (NOW() AS ?t) {}", False),
        ("SELECT (STRUUID() AS ?t) {}", False),
        ('SELECT * { ?s ?p "NOW()" }', True),
        ("SELECT * { SERVICE <http://ok/> {} }", False),
    ],
)
def test_volatile_queries_are_not_cacheable(query: str, cacheable: bool) -> None:
    assert is_cacheable(query) == cacheable


def test_form_reads_only_up_to_the_keyword_of_a_text_not_tokenized_yet() -> None:
    # a query as it is sent on to a remote store (rows capped): its form is asked once more, and
    # that must not tokenize the whole text again
    capped = "PREFIX s: <https://schema.org/>\n# SELECT\nCONSTRUCT { ?e s:name ?n } WHERE { ?e s:name ?n }\nLIMIT 7"
    misses = sparql_text._remembered_tokens.cache_info().misses
    assert form(capped) == "CONSTRUCT"
    assert sparql_text._remembered_tokens.cache_info().misses == misses
    assert form("# DELETE\n  ask {}") == "ASK" and form('"SELECT"') is None


def test_only_short_texts_have_their_tokens_remembered() -> None:
    # a long body's tokens would hold tens of megabytes each: they are worked out, not kept
    short = "SELECT * WHERE { ?s ?p ?o }"
    long = "SELECT * WHERE { " + "?s ?p ?o . " * 2_000 + "}"
    assert len(long) > sparql_text.REMEMBERED_CHARS
    sparql_text._remembered_tokens.cache_clear()
    assert tokens(long) == tokens(long) and tokens(short)
    assert sparql_text._remembered_tokens.cache_info().currsize == 1


PLAIN = "PREFIX s: <https://schema.org/>\nSELECT ?p ?o WHERE { <http://a/event/1> ?p ?o } # no keyword asked about"


def test_a_query_naming_no_keyword_asked_about_is_capped_and_judged_without_its_tokens() -> None:
    sparql_text._remembered_tokens.cache_clear()
    assert cap_rows(PLAIN, 3) == (f"{PLAIN}\nLIMIT 3\n", True)
    assert is_cacheable(PLAIN)
    assert sparql_text._remembered_tokens.cache_info().misses == 0


def test_a_query_ending_with_its_own_limit_is_capped_from_the_tokens_after_its_last_brace() -> None:
    sparql_text._remembered_tokens.cache_clear()
    query = 'PREFIX s: <https://schema.org/>\nSELECT ?e { ?e s:name ?n FILTER(CONTAINS(?n, "}")) }\nLIMIT 50 # 1'
    assert cap_rows(query, 3) == (query.replace("LIMIT 50", "LIMIT 3"), True)
    assert cap_rows(query, 50) == (query, False)
    assert sparql_text._remembered_tokens.cache_info().misses == 0


@pytest.mark.parametrize(
    "query",
    [
        PLAIN,
        "SELECT * WHERE { ?s ?p ?o } LIMIT 50 OFFSET 1",
        "SELECT * WHERE { ?s ?p ?o } limit 2",
        "SELECT * WHERE { ?s ?p ?o } lımıt 50",  # dotless i: upper-cases to LIMIT, as the tokens read it
        'SELECT * WHERE { ?s ?p "LIMIT 50" }',
        "SELECT * WHERE { ?s <http://x/values> ?o } VALUES ?s { <http://a/1> }",
        "SELECT (now() AS ?t) {}",
        "SELECT * { ?s <http://x/brand> ?o }",
        "SELECT (ſtruuid() AS ?t) {}",  # long s: upper-cases to S
        "SELECT * { service <http://ok/> {} }",
        "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 2",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o != '#') }\r\nLIMIT 50 OFFSET 1 # note",
        'SELECT * WHERE { ?s ?p ?o } ORDER BY (?o != "} LIMIT 2")',
        "SELECT * WHERE { ?s ?p ?o } # } LIMIT 2",
        "SELECT * WHERE { ?s ?p ?o } ORDER BY (<http://x/LIMIT> != 2) LIMIT 50",
        "SELECT * WHERE { { SELECT * { ?s ?p ?o } LIMIT 50 } } VALUES ?s { <http://a/1> }",
        "SELECT * WHERE { ?s ?p ?o } LIMIT ?x 50",
        r"SELECT * WHERE { ?s ?p ?o } ORDER BY (?o != 'a\'') LIMIT 50",
        r"SELECT * WHERE { ?s ?p ?o } ORDER BY (?o != \u0022}\u0022) LIMIT 2",  # a string once escapes are read
    ],
)
def test_the_shortcut_answers_as_the_tokens_do(query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shortcut = cap_rows(query, 3), is_cacheable(query)
    monkeypatch.setattr(sparql_text, "may_have_word", lambda text, words: True)
    monkeypatch.setattr(sparql_text, "_plain_tail", lambda text: None)
    assert shortcut == (cap_rows(query, 3), is_cacheable(query))


def form_by_tokens(text: str) -> str | None:
    """What form() answers, read from the tokens alone (the first word not PREFIX or BASE)."""
    words = (t.text.upper() for t in tokens(text) if t.kind == "word")
    word = next((w for w in words if w not in ("PREFIX", "BASE")), None)
    return word if word in sparql_text.QUERY_FORMS + sparql_text.UPDATE_FORMS else None


@pytest.mark.parametrize(
    "query",
    [
        PLAIN,
        "  prefix  x:<http://a/>ask{}",
        "PREFIX a.b-c: <http://a/>\nBASE<http://b/>\tconstruct WHERE {}",
        "PREFIX : <http://a/> INSERT DATA { :a :b :c }",
        "SELECT:x {}",  # a prefixed name, not the keyword
        "SELECT.a:b {}",
        "SELECT-x: {}",
        "SELECTé {}",
        "ſelect * {}",  # long s: upper-cases to SELECT, as the tokens read it
        "PREFIX 1a: <http://a/> SELECT * {}",  # not a prefix name the pattern reads
        "PREFİX a: <http://a/> INSERT DATA {}",  # dotted capital I: not PREFIX once upper-cased
        "PREFIX a:b: <http://a/> SELECT * {}",
        "PREFIX a: <http://a b/> SELECT * {}",  # not an IRI
        "PREFIX a: <http://a/> # comment\nDELETE WHERE {}",
        "\ufeffSELECT * {}",
        "nonsense",
    ],
)
def test_the_usual_start_answers_as_the_tokens_do(query: str) -> None:
    assert form.__wrapped__(query) == form_by_tokens(query)  # type: ignore[attr-defined]


def test_a_usual_prologue_is_read_without_the_tokenizer(monkeypatch: pytest.MonkeyPatch) -> None:
    class Refuse:
        def finditer(self, text: str) -> None:
            raise AssertionError("tokenized")

    monkeypatch.setattr(sparql_text, "_TOKEN", Refuse())
    assert form.__wrapped__(PLAIN + "\nLIMIT 3") == "SELECT"  # type: ignore[attr-defined]
    assert form.__wrapped__("PREFIX a: <http://a/> BASE <http://b/>\nINSERT DATA {}") == "INSERT"  # type: ignore[attr-defined]
