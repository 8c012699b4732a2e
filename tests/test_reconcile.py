"""/reconcile (0.2, what OpenRefine speaks) and /reconcile/v1 (1.0 draft), checked against the spec's schemas."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import requests
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from tests.conftest import BASE, DATA

SCHEMAS = DATA / "reconciliation"


@cache
def registry() -> Registry:
    """Every schema under its $id, so relative references ("type.json") resolve offline."""
    resources = []
    for path in SCHEMAS.glob("*/*.json"):
        schema = json.loads(path.read_text())
        resources.append((schema["$id"], Resource.from_contents(schema, default_specification=DRAFT7)))
    return Registry().with_resources(resources)


def check(version: str, name: str, instance: Any) -> None:
    schema = json.loads((SCHEMAS / version / f"{name}.json").read_text())
    errors = sorted(Draft7Validator(schema, registry=registry()).iter_errors(instance), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_the_schemas_accept_the_wikidata_manifest_and_reject_a_broken_one() -> None:
    wikidata = json.loads((DATA / "authorities" / "wikidata" / "reconcile_manifest.json").read_text())
    check("0.2", "manifest", wikidata)
    with pytest.raises(AssertionError):
        check("0.2", "manifest", {**wikidata, "view": {"url": "https://example.org/no-template"}})


def test_manifest_v02_for_openrefine(base_url: str, http: requests.Session) -> None:
    response = http.get(f"{base_url}/reconcile")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    manifest = response.json()
    check("0.2", "manifest", manifest)
    assert manifest["identifierSpace"] == BASE + "id/" and manifest["schemaSpace"] == "https://schema.org/"
    assert manifest["view"]["url"] == BASE + "id/{{id}}"
    assert {t["id"] for t in manifest["defaultTypes"]} == {"Person", "Organization", "Event"}


def test_manifest_v1(base_url: str, http: requests.Session) -> None:
    manifest = http.get(f"{base_url}/reconcile/v1").json()
    check("1.0-draft", "manifest", manifest)
    assert manifest["view"]["url"] == BASE + "id/{+id}" and manifest["suggest"]["entity"] is True


def reconcile(base_url: str, http: requests.Session, queries: dict[str, Any], **params: str) -> Any:
    check("0.2", "reconciliation-query-batch", queries)
    response = http.post(f"{base_url}/reconcile", data={"queries": json.dumps(queries)}, params=params)
    assert response.status_code == 200, response.text
    return response


def test_jian_chen_is_matched_to_chen_jian(base_url: str, http: requests.Session) -> None:
    results = reconcile(base_url, http, {"q0": {"query": "Jian Chen", "type": "Person", "limit": 3}}).json()
    check("0.2", "reconciliation-result-batch", results)
    top = results["q0"]["result"][0]
    assert (top["id"], top["name"], top["match"], top["score"]) == ("person/chen-jian", "Chen Jian", True, 100)
    assert top["type"] == [{"id": "Person", "name": "Person"}]


def test_a_batch_with_types_properties_and_limits(base_url: str, http: requests.Session) -> None:
    queries = {
        "kim": {
            "query": "Kim, Samuel S.",
            "type": "Person",
            "properties": [{"pid": "affiliation", "v": "Columbia University"}, {"pid": "date", "v": "2003"}],
        },
        "short": {"query": "S. Kim", "limit": 1},
        "org": {"query": "The University of Virginia", "type": "Organization"},
        "event": {"query": "Uneasy Allies", "type": "Event", "limit": 5},
        "nobody": {"query": "Timothy Hildebrandtx", "type": "Person"},
    }
    results = reconcile(base_url, http, queries).json()
    check("0.2", "reconciliation-result-batch", results)
    kim = results["kim"]["result"][0]
    assert kim["id"] == "person/samuel-s-kim" and kim["match"] is True
    assert {f["id"]: f["value"] for f in kim["features"]} == {"name": 100, "affiliation": True, "date": True}
    assert len(results["short"]["result"]) == 1 and results["short"]["result"][0]["match"] is False
    assert results["org"]["result"][0]["id"] == "organization/university-of-virginia"
    events = results["event"]["result"]
    assert {e["id"] for e in events} >= {"event/2003-07-29-uneasy-allies"} and not any(e["match"] for e in events)
    assert all(c["score"] < 50 and not c["match"] for c in results["nobody"]["result"])  # a word in common


def test_a_disagreeing_property_lowers_the_score(base_url: str, http: requests.Session) -> None:
    queries = {
        "right": {"query": "Hazel Smith", "properties": [{"pid": "affiliation", "v": "University of Warwick"}]},
        "wrong": {"query": "Hazel Smith", "properties": [{"pid": "affiliation", "v": "Columbia University"}]},
    }
    results = reconcile(base_url, http, queries).json()
    assert results["right"]["result"][0]["score"] > results["wrong"]["result"][0]["score"]
    assert results["wrong"]["result"][0]["match"] is False


def test_get_with_jsonp(base_url: str, http: requests.Session) -> None:
    queries = json.dumps({"q0": {"query": "Chen Jian"}})
    response = http.get(f"{base_url}/reconcile", params={"queries": queries, "callback": "jQuery123_4"})
    assert response.headers["Content-Type"].startswith("application/javascript")
    assert response.text.startswith("/**/jQuery123_4(") and response.text.endswith(");")
    body = json.loads(response.text[len("/**/jQuery123_4(") : -2])
    assert body["q0"]["result"][0]["id"] == "person/chen-jian"


def test_bad_queries_are_400_problems(base_url: str, http: requests.Session) -> None:
    response = http.post(f"{base_url}/reconcile", data={"queries": "{not json"})
    assert response.status_code == 400 and response.headers["Content-Type"] == "application/problem+json"
    assert "the queries parameter is not JSON" in response.json()["detail"]
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    queries = json.dumps({"q": {"query": "x", "type": "Q5"}})
    unknown_type = http.post(f"{base_url}/reconcile", data={"queries": queries})
    assert unknown_type.status_code == 400 and "types are Person, Organization, Event" in unknown_type.json()["detail"]
    callback = http.get(f"{base_url}/reconcile", params={"queries": "{}", "callback": "alert(1)//"})
    assert callback.status_code == 400


def test_match_v1(base_url: str, http: requests.Session) -> None:
    virginia = {"id": "organization/university-of-virginia"}
    batch = {
        "queries": [
            {
                "type": "Person",
                "limit": 2,
                "conditions": [
                    {"matchType": "name", "propertyValue": "Jian Chen"},
                    {"matchType": "property", "propertyId": "affiliation", "propertyValue": virginia},
                ],
            },
            {"conditions": [{"matchType": "name", "propertyValue": "Nobody Atall"}]},
        ]
    }
    check("1.0-draft", "reconciliation-query-batch", batch)
    results = http.post(f"{base_url}/reconcile/v1/match", json=batch).json()
    check("1.0-draft", "reconciliation-result-batch", results)
    top = results["results"][0]["candidates"][0]
    assert (top["id"], top["match"], top["score"]) == ("person/chen-jian", True, 100)
    assert results["results"][1]["candidates"] == []


@pytest.mark.parametrize("prefix", ["/reconcile", "/reconcile/v1"])
def test_suggest_entities_types_and_properties(base_url: str, http: requests.Session, prefix: str) -> None:
    version = "0.2" if prefix == "/reconcile" else "1.0-draft"
    entities = http.get(f"{base_url}{prefix}/suggest/entity", params={"prefix": "jian"}).json()
    check(version, "suggest-entities-response", entities)
    assert entities["result"][0]["id"] == "person/chen-jian" and entities["result"][0]["notable"][0]["id"] == "Person"
    types = http.get(f"{base_url}{prefix}/suggest/type", params={"prefix": "org"}).json()
    check("0.2", "suggest-types-response", types)
    assert [t["id"] for t in types["result"]] == ["Organization"]
    properties = http.get(f"{base_url}{prefix}/suggest/property", params={"prefix": "aff"}).json()
    check(version, "suggest-properties-response", properties)
    assert [p["id"] for p in properties["result"]] == ["affiliation"]
    everything = http.get(f"{base_url}{prefix}/suggest/entity", params={"prefix": "", "limit": "2", "offset": "1"})
    assert len(everything.json()["result"]) == 2


def test_preview_is_a_small_html_card(base_url: str, http: requests.Session) -> None:
    response = http.get(f"{base_url}/reconcile/preview", params={"id": "person/chen-jian"})
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<h1>" in response.text and "Chen Jian" in response.text and "University of Virginia" in response.text
    assert "Uneasy Allies" in response.text
    assert http.get(f"{base_url}/reconcile/preview", params={"id": "person/nobody"}).status_code == 404


def extend_query() -> dict[str, Any]:
    return {
        "ids": ["person/chen-jian", BASE + "id/organization/columbia-university", "person/nobody"],
        "properties": [{"id": "affiliation"}, {"id": "events"}, {"id": "date"}, {"id": "wikidata"}],
    }


def test_data_extension_v02(base_url: str, http: requests.Session) -> None:
    check("0.2", "data-extension-query", extend_query())
    body = http.post(f"{base_url}/reconcile", data={"extend": json.dumps(extend_query())}).json()
    check("0.2", "data-extension-response", body)
    chen = body["rows"]["person/chen-jian"]
    assert chen["affiliation"] == [{"id": "organization/university-of-virginia", "name": "University of Virginia"}]
    assert chen["events"][0]["id"] == "event/2003-07-29-uneasy-allies" and chen["date"][0]["str"].startswith("2003")
    assert body["rows"]["person/nobody"] == {"affiliation": [], "events": [], "date": [], "wikidata": []}
    assert body["meta"][0] == {
        "id": "affiliation",
        "name": "affiliation",
        "type": {"id": "Organization", "name": "Organization"},
    }


def test_data_extension_v1_and_property_proposals(base_url: str, http: requests.Session) -> None:
    body = http.post(f"{base_url}/reconcile/v1/extend", json=extend_query()).json()
    check("1.0-draft", "data-extension-response", body)
    assert body["rows"][0]["id"] == "person/chen-jian"
    assert body["rows"][0]["properties"][0]["values"][0]["id"] == "organization/university-of-virginia"
    proposal = http.get(f"{base_url}/reconcile/v1/extend/propose", params={"type": "Person"}).json()
    check("1.0-draft", "data-extension-property-proposal", proposal)
    assert {"affiliation", "events", "sameAs", "orcid"} <= {p["id"] for p in proposal["properties"]}
    unknown = http.post(f"{base_url}/reconcile/v1/extend", json={"ids": ["x"], "properties": [{"id": "height"}]})
    assert unknown.status_code == 400 and "properties are affiliation" in unknown.json()["detail"]


def test_accepted_authority_identifiers_can_be_pulled_back(tmp_path: Path) -> None:
    from kg.build import build
    from kg.config import Settings
    from tests.conftest import SEED_RECORDS, LiveServer, settings_for
    from tests.test_link import write_review
    from tests.test_link_publish import ACCEPTED

    settings = settings_for(SEED_RECORDS, tmp_path / "store")
    write_review(tmp_path / "links.csv", ACCEPTED)
    settings = Settings(**{**settings.__dict__, "links": tmp_path / "links.csv"})
    build(settings, echo=lambda line: None)
    server = LiveServer(settings)
    try:
        query = {"ids": ["person/chen-jian"], "properties": [{"id": "wikidata"}, {"id": "sameAs"}]}
        body = requests.post(f"{server.url}/reconcile", data={"extend": json.dumps(query)}, timeout=10).json()
    finally:
        server.stop()
    assert body["rows"]["person/chen-jian"] == {
        "wikidata": [{"str": "Q999999902"}],
        "sameAs": [{"str": "http://www.wikidata.org/entity/Q999999902"}],
    }
