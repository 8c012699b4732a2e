"""Authority identifiers: check digits, LCCN normalisation, identifier forms, in code and in SHACL."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.link.identifiers import IdentifierError, from_iri, mod11_2, normalize_lccn, parse
from kg.validate import validate_graph
from kg.vocab import SCHEMA
from tests.conftest import BASE, iri
from tests.test_mapping import seed_graph

PERSON = URIRef(iri("id/person/chen-jian"))
ORG = URIRef(iri("id/organization/columbia-university"))


@pytest.mark.parametrize(
    ("base15", "check"),
    [
        ("000000021825009", "7"),  # ORCID's documented example 0000-0002-1825-0097
        ("000000021694233", "X"),  # 0000-0002-1694-233X
        ("000000000000001", "X"),  # the fictitious 0000-0000-0000-001X of the samples
        ("000000009999001", "6"),  # the fictitious ISNI 0000000099990016
    ],
)
def test_mod11_2(base15: str, check: str) -> None:
    assert mod11_2(base15) == check


@pytest.mark.parametrize(
    ("authority", "text", "value", "iri_"),
    [
        ("orcid", "0000-0002-1825-0097", "0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097"),
        (
            "orcid",
            "https://orcid.org/0000-0002-1694-233x",
            "0000-0002-1694-233X",
            "https://orcid.org/0000-0002-1694-233X",
        ),
        ("orcid", "0000 0002 1825 0097", "0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097"),
        ("isni", "0000 0000 9999 0016", "0000000099990016", "https://isni.org/isni/0000000099990016"),
        (
            "isni",
            "http://www.isni.org/isni/0000000099990024",
            "0000000099990024",
            "https://isni.org/isni/0000000099990024",
        ),
        ("wikidata", "q49088", "Q49088", "http://www.wikidata.org/entity/Q49088"),
        ("wikidata", "https://www.wikidata.org/wiki/Q213439", "Q213439", "http://www.wikidata.org/entity/Q213439"),
        ("viaf", "https://www.viaf.org/viaf/999999990004/", "999999990004", "http://viaf.org/viaf/999999990004"),
        ("lcnaf", "n  78095332", "n78095332", "http://id.loc.gov/rwo/agents/n78095332"),
        (
            "lcnaf",
            "http://id.loc.gov/authorities/names/nr91002273.html",
            "nr91002273",
            "http://id.loc.gov/rwo/agents/nr91002273",
        ),
    ],
)
def test_valid_identifiers_are_normalised(authority: str, text: str, value: str, iri_: str) -> None:
    identifier = parse(authority, text)
    assert (identifier.value, identifier.iri) == (value, iri_)


@pytest.mark.parametrize(
    ("authority", "text", "message"),
    [
        ("orcid", "0000-0002-1825-0098", "check digit: the last character should be 7, not 8"),
        ("orcid", "0000-0002-1825-009", "is not 16 characters"),
        ("isni", "0000000099990017", "the last character should be 6, not 7"),
        ("isni", "0000 0000 9999 001", "is not 16 characters"),
        ("wikidata", "P31", "is not an item id"),
        ("wikidata", "Q0123", "is not an item id"),
        ("viaf", "viaf123", "is not a VIAF cluster number"),
        ("lcnaf", "sh85000001", "name authority numbers start with n"),
        ("lcnaf", "n7-1234567", "at most six digits"),
        ("lcnaf", "n123", "is not an LCCN"),
        ("gnd", "118540238", "unknown authority 'gnd'"),
    ],
)
def test_invalid_identifiers_say_what_is_wrong(authority: str, text: str, message: str) -> None:
    with pytest.raises(IdentifierError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(authority, text)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("n 78890351 ", "n78890351"),
        ("n  78095332", "n78095332"),
        (" 79139101 /AC/r932", "79139101"),
        ("85-2", "85000002"),
        ("n78-890351", "n78890351"),
        ("no2011087251", "no2011087251"),
    ],
)
def test_lccn_normalisation_follows_lc_rules(text: str, normalised: str) -> None:
    assert normalize_lccn(text) == normalised


def test_record_and_thing_iris_are_recognised() -> None:
    assert from_iri("http://id.loc.gov/authorities/names/n9999000004") == parse("lcnaf", "n9999000004")
    assert from_iri("https://www.wikidata.org/wiki/Q49088") == parse("wikidata", "Q49088")
    assert from_iri("https://example.org/person/1") is None


def violations(graph: Graph) -> list[tuple[str, str]]:
    report = validate_graph(graph, BASE, {})
    return [(f.path, f.message) for f in report.violations]


def with_link(
    subject: URIRef, same_as: str | None = None, scheme: str | None = None, value: str | None = None
) -> Graph:
    graph = seed_graph()
    if same_as:
        graph.add((subject, SCHEMA.sameAs, URIRef(same_as)))
    if scheme and value:
        node = BNode()
        graph.add((subject, SCHEMA.identifier, node))
        graph.add((node, RDF.type, SCHEMA.PropertyValue))
        graph.add((node, SCHEMA.propertyID, Literal(scheme)))
        graph.add((node, SCHEMA.value, Literal(value)))
    return graph


def test_well_formed_links_conform() -> None:
    graph = with_link(PERSON, "https://orcid.org/0000-0002-1825-0097", "ORCID", "0000-0002-1825-0097")
    graph += with_link(PERSON, "http://id.loc.gov/rwo/agents/n79043402", "LCNAF", "n79043402")
    graph += with_link(ORG, "http://www.wikidata.org/entity/Q49088", "Wikidata", "Q49088")
    graph.add((PERSON, SCHEMA.sameAs, URIRef("https://en.wikipedia.org/wiki/Chen_Jian")))  # not an authority
    assert violations(graph) == []


SHAPE_CASES = [
    (
        "ORCID sameAs with a wrong check digit",
        PERSON,
        "https://orcid.org/0000-0002-1825-0098",
        None,
        None,
        "schema:sameAs",
        "ORCID identifier https://orcid.org/0000-0002-1825-0098 is mistyped: its ISO 7064 MOD 11-2 "
        "check digit should be 7, not 8",
    ),
    (
        "ISNI value with a wrong check digit",
        ORG,
        None,
        "ISNI",
        "0000000099990017",
        "schema:identifier",
        "check digit should be 6, not 7",
    ),
    (
        "LC record IRI instead of the real-world object",
        PERSON,
        "http://id.loc.gov/authorities/names/n79043402",
        None,
        None,
        "schema:sameAs",
        "expected the form http://id.loc.gov/rwo/agents/n79043402",
    ),
    (
        "Wikidata page instead of entity",
        ORG,
        "https://www.wikidata.org/wiki/Q49088",
        None,
        None,
        "schema:sameAs",
        "expected the form http://www.wikidata.org/entity/Q49088",
    ),
    (
        "VIAF with www and a slash",
        PERSON,
        "http://www.viaf.org/viaf/123/",
        None,
        None,
        "schema:sameAs",
        "VIAF identifier http://www.viaf.org/viaf/123/ is mistyped",
    ),
    ("LCCN value not normalised", PERSON, None, "LCNAF", "n 79043402", "schema:identifier", "a normalised LCCN"),
    ("Wikidata value that is a property", ORG, None, "Wikidata", "P108", "schema:identifier", "Q49088"),
]


@pytest.mark.parametrize(
    ("case", "subject", "same_as", "scheme", "value", "path", "message"), SHAPE_CASES, ids=[c[0] for c in SHAPE_CASES]
)
def test_shapes_reject_mistyped_identifiers(
    case: str, subject: URIRef, same_as: str | None, scheme: str | None, value: str | None, path: str, message: str
) -> None:
    found = violations(with_link(subject, same_as, scheme, value))
    assert any(p == path and message in m for p, m in found), found
