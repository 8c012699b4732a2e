"""kg build publishes accepted links (sameAs, identifier, provenance) and nothing else from the review file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from kg.build import build
from kg.cli import main
from kg.config import Settings
from kg.errors import NotConforming
from kg.vocab import SCHEMA
from tests.conftest import BASE, SEED_RECORDS, LiveServer, settings_for
from tests.test_link import HEADER, write_review

CHEN = URIRef(BASE + "id/person/chen-jian")
WIKIDATA = URIRef("http://www.wikidata.org/entity/Q999999902")
FOOTBALLER = "http://www.wikidata.org/entity/Q999999911"
LC = URIRef("http://id.loc.gov/rwo/agents/n9999000002")
ACCEPTED = (
    "person/chen-jian,Chen Jian,wikidata,Q999999902,accepted,95,Chen Jian,historian,name agrees,"
    'M. Librarian,2024-05-02,"Wikidata API (wbsearchentities, wbgetentities)",2024-05-01,'
)
REJECTED = (
    "person/chen-jian,Chen Jian,wikidata,Q999999911,rejected,15,Chen Jian,footballer,,M. Librarian,"
    "2024-05-02,Wikidata API,2024-05-01,"
)
PROPOSED = 'person/chen-jian,Chen Jian,lcnaf,n9999000002,proposed,50,"Chen, Jian",,,,,id.loc.gov suggest2,2024-05-01,'
LC_ACCEPTED = (
    'person/chen-jian,Chen Jian,lcnaf,n 9999000002,accepted,50,"Chen, Jian",,,A. Cataloguer,'
    "2024-05-03T10:00:00Z,id.loc.gov suggest2,2024-05-01,"
)


def linked_settings(tmp_path: Path, *rows: str) -> Settings:
    settings = settings_for(SEED_RECORDS, tmp_path / "store")
    links = tmp_path / "links.csv"
    write_review(links, *rows)
    return Settings(**{**settings.__dict__, "links": links})


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    settings = linked_settings(tmp_path_factory.mktemp("linked"), ACCEPTED, REJECTED, PROPOSED, LC_ACCEPTED)
    build(settings, echo=lambda line: None)
    server = LiveServer(settings)
    yield server
    server.stop()


def test_accepted_links_are_in_the_persons_rdf_with_provenance(linked: LiveServer) -> None:
    response = requests.get(f"{linked.url}/doc/person/chen-jian", headers={"Accept": "text/turtle"}, timeout=10)
    graph = Graph().parse(data=response.text, format="turtle")
    assert set(graph.objects(CHEN, SCHEMA.sameAs)) >= {WIKIDATA, LC}
    assert URIRef(FOOTBALLER) not in set(graph.objects(CHEN, SCHEMA.sameAs))
    values = {str(graph.value(node, SCHEMA.propertyID)): node for node in graph.objects(CHEN, SCHEMA.identifier)}
    wikidata = values["Wikidata"]
    assert (wikidata, RDF.type, SCHEMA.PropertyValue) in graph
    assert graph.value(wikidata, SCHEMA.value) == Literal("Q999999902")
    assert graph.value(wikidata, DCTERMS.dateAccepted) == Literal("2024-05-02", datatype=XSD.date)
    assert graph.value(wikidata, DCTERMS.source) == Literal("Wikidata API (wbsearchentities, wbgetentities)")
    assert graph.value(graph.value(wikidata, PROV.wasAttributedTo), SCHEMA.name) == Literal("M. Librarian")
    lc = values["LCNAF"]
    assert graph.value(lc, SCHEMA.value) == Literal("n9999000002")  # normalised from "n 9999000002"
    assert graph.value(lc, SCHEMA.url) == URIRef("http://id.loc.gov/authorities/names/n9999000002")


def test_accepted_links_are_in_json_ld_and_html_and_rejected_ones_nowhere(linked: LiveServer) -> None:
    document = requests.get(f"{linked.url}/doc/person/chen-jian.jsonld", timeout=10).json()
    same_as = document["sameAs"] if isinstance(document["sameAs"], list) else [document["sameAs"]]
    assert str(WIKIDATA) in same_as and str(LC) in same_as
    html = requests.get(f"{linked.url}/doc/person/chen-jian", headers={"Accept": "text/html"}, timeout=10).text
    assert str(WIKIDATA) in html
    for body in (json.dumps(document), html, requests.get(f"{linked.url}/doc/person/chen-jian.nt", timeout=10).text):
        assert FOOTBALLER not in body and "Q999999911" not in body


def test_a_mistyped_accepted_identifier_stops_the_build_naming_the_line(tmp_path: Path) -> None:
    bad = ACCEPTED.replace("Q999999902", "Q99999990x")
    orcid = (
        "person/hazel-smith,Hazel Smith,orcid,0000-0000-0000-0035,accepted,85,Hazel Smith,,,M. Librarian,"
        "2024-05-02,ORCID expanded search,2024-05-01,"
    )
    settings = linked_settings(tmp_path, bad, orcid, LC_ACCEPTED.replace("A. Cataloguer", ""))
    with pytest.raises(NotConforming) as raised:
        build(settings, echo=lambda line: None)
    message = str(raised.value)
    assert f"{settings.links}:2: person/chen-jian: Wikidata item 'Q99999990x' is not an item id" in message
    assert (
        f"{settings.links}:3: person/hazel-smith: ORCID iD '0000-0000-0000-0035' fails its ISO 7064 MOD 11-2 "
        "check digit: the last character should be 6, not 5"
    ) in message
    assert f"{settings.links}:4: person/chen-jian: accepted without decided_by" in message
    assert "nothing was published" in message and not (tmp_path / "store" / "CURRENT").exists()
    result = CliRunner().invoke(
        main, ["validate", "--records", str(SEED_RECORDS)], env={"KG_LINKS": str(settings.links)}
    )
    assert result.exit_code == 1 and "fails its ISO 7064 MOD 11-2 check digit" in result.output


def test_two_accepted_links_to_one_authority_are_refused(tmp_path: Path) -> None:
    settings = linked_settings(tmp_path, ACCEPTED, REJECTED.replace("rejected", "accepted"))
    with pytest.raises(
        NotConforming,
        match=r"links.csv:3: person/chen-jian: a second accepted wikidata link "
        r"\(the first is on line 2\)",
    ):
        build(settings, echo=lambda line: None)


def test_a_link_to_an_entity_not_in_the_records_is_a_note(tmp_path: Path) -> None:
    notes: list[str] = []
    settings = linked_settings(tmp_path, ACCEPTED.replace("person/chen-jian", "person/nobody"))
    build(settings, echo=notes.append)
    assert any(
        "links.csv:2: person/nobody is not in the records; its Wikidata link is not published" in n for n in notes
    )


def test_the_committed_review_file_publishes_nothing_unreviewed() -> None:
    rows = [line for line in (SEED_RECORDS.parent / "links.csv").read_text().splitlines()[1:] if line]
    assert rows and all(",proposed," in row for row in rows)
    assert HEADER in (SEED_RECORDS.parent / "links.csv").read_text()
