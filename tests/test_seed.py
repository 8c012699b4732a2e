"""The founding example end to end: the seed record's facts, asked for over HTTP with SPARQL."""

from __future__ import annotations

from SPARQLWrapper import JSON, SPARQLWrapper

from tests.conftest import iri

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX kg: <http://kg.test/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
EVENT = iri("id/event/2003-07-29-uneasy-allies")


def ask(base_url: str, query: str) -> list[dict[str, str]]:
    client = SPARQLWrapper(f"{base_url}/sparql")
    client.setQuery(PREFIXES + query)
    client.setReturnFormat(JSON)
    bindings = client.queryAndConvert()["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in bindings]


def test_three_performers_with_their_affiliations(base_url: str) -> None:
    rows = ask(
        base_url,
        f"""
        SELECT ?name ?org WHERE {{
          <{EVENT}> schema:performer ?p ; kg:participation ?part .
          ?part kg:participant ?p ; kg:role kg:Speaker ; kg:statedAffiliation ?o .
          ?p schema:name ?name . ?o schema:name ?org }} ORDER BY ?name""",
    )
    assert [(r["name"], r["org"]) for r in rows] == [
        ("Chen Jian", "University of Virginia"),
        ("Hazel Smith", "University of Warwick"),
        ("Samuel S. Kim", "Columbia University"),
    ]


def test_start_and_end_carry_the_eastern_daylight_offset(base_url: str) -> None:
    rows = ask(
        base_url,
        f"""SELECT ?s ?e (DATATYPE(?s) AS ?t) WHERE {{
        <{EVENT}> schema:startDate ?s ; schema:endDate ?e }}""",
    )
    assert rows == [
        {
            "s": "2003-07-29T15:00:00-04:00",
            "e": "2003-07-29T17:00:00-04:00",
            "t": "http://www.w3.org/2001/XMLSchema#dateTime",
        }
    ]


def test_chen_jian_is_one_iri_with_both_name_orders(base_url: str) -> None:
    rows = ask(
        base_url,
        """SELECT DISTINCT ?p ?alt WHERE {
        ?p a schema:Person . { ?p schema:name "Chen Jian" } UNION { ?p schema:name "Jian Chen" }
        ?p schema:alternateName ?alt }""",
    )
    assert rows == [{"p": iri("id/person/chen-jian"), "alt": "Jian Chen"}]


def test_program_has_both_names_under_the_wilson_center(base_url: str) -> None:
    rows = ask(
        base_url,
        f"""SELECT ?name ?former ?parent WHERE {{
        <{EVENT}> schema:organizer ?program . ?program schema:name ?name ; kg:formerName ?former ;
        schema:parentOrganization ?c . ?c schema:name ?parent }}""",
    )
    assert rows == [
        {
            "name": "Indo-Pacific Program",
            "former": "Asia Program",
            "parent": "Woodrow Wilson International Center for Scholars",
        }
    ]


def test_special_report_115(base_url: str) -> None:
    rows = ask(
        base_url,
        f"""SELECT ?name ?number WHERE {{
        <{EVENT}> schema:subjectOf ?r . ?r a schema:Report ; schema:name ?name ;
        schema:reportNumber ?number ; schema:about <{EVENT}> }}""",
    )
    assert rows == [{"name": "Special Report #115", "number": "115"}]


def test_follow_up_meeting_is_a_date_on_capitol_hill_with_kim_and_smith(base_url: str) -> None:
    rows = ask(
        base_url,
        f"""SELECT ?start (DATATYPE(?start) AS ?t) ?place
        (GROUP_CONCAT(?name; separator="|") AS ?names) WHERE {{
        <{EVENT}> kg:relatedEvent ?m . ?m schema:startDate ?start ; schema:location/schema:name ?place ;
        schema:performer/schema:name ?name }} GROUP BY ?start ?place""",
    )
    assert len(rows) == 1
    assert rows[0]["start"] == "2003-07-30"
    assert rows[0]["t"] == "http://www.w3.org/2001/XMLSchema#date"
    assert rows[0]["place"] == "Capitol Hill"
    assert sorted(rows[0]["names"].split("|")) == ["Hazel Smith", "Samuel S. Kim"]


def test_staff_lines_director_with_telephone_and_the_drafter(base_url: str) -> None:
    rows = ask(
        base_url,
        f"""SELECT ?name ?role ?title ?tel WHERE {{
        <{EVENT}> kg:participation ?p . ?p kg:role ?role ; kg:participant ?x ; kg:statedJobTitle ?title .
        ?x schema:name ?name . OPTIONAL {{ ?x schema:telephone ?tel }} }} ORDER BY ?name""",
    )
    assert rows == [
        {
            "name": "Robert M. Hathaway",
            "role": iri("ontology#Contact"),
            "title": "Asia Program director",
            "tel": "+1-202-691-4012",
        },
        {"name": "Timothy Hildebrandt", "role": iri("ontology#Rapporteur"), "title": "Asia Program assistant"},
    ]


def test_summary_text_and_topics(base_url: str) -> None:
    rows = ask(
        base_url,
        f"""SELECT ?d (COUNT(?k) AS ?topics) WHERE {{
        <{EVENT}> schema:description ?d ; schema:keywords ?k }} GROUP BY ?d""",
    )
    assert rows[0]["d"].startswith("Sunday, July 27, marked the 50th anniversary")
    assert "Hazel Smith contended" in rows[0]["d"]
    assert int(rows[0]["topics"]) >= 3
