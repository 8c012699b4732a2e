"""Long lists come a page at a time: events by year and topic, the events of a person or an
organisation, the change feed; and they list what the graph states."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests
import yaml

from kg import config
from kg.build import build
from kg.errors import ConfigError
from kg.store import PublishedStore
from kg.synth import synth
from server import index
from server.changes import ReleaseChanges
from tests.conftest import LiveServer, settings_for

PAGE_SIZE = 2


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("browse")
    synth(120, root / "records")
    settings = replace(settings_for(root / "records", root / "store"), page_size=PAGE_SIZE)
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    yield live
    live.stop()


def _events(html: str) -> list[str]:
    return re.findall(r'<a href="(/doc/event/[^"]+)"', html)


def _walk(server: LiveServer, path: str) -> tuple[list[str], int]:
    """Follow rel="next" from the first page; every event seen and the number of pages."""
    seen: list[str] = []
    url, pages = server.url + path, 0
    while url:
        response = requests.get(url, timeout=10)
        assert response.status_code == 200
        seen += _events(response.text)
        pages += 1
        found = re.search(r'<a rel="next" href="([^"]+)"', response.text)
        url = server.url + found.group(1).replace("&amp;", "&") if found else ""
    return seen, pages


def _busiest(server: LiveServer, pattern: str, listing: str) -> tuple[str, int]:
    """The entry of an overview page with the most events (year or topic) and its count."""
    found = re.findall(pattern, requests.get(server.url + listing, timeout=10).text)
    name, count = max(found, key=lambda pair: int(pair[1]))
    return name, int(count)


def test_a_year_is_listed_page_by_page_with_every_event_once(server: LiveServer) -> None:
    year, count = _busiest(server, r'href="/events\?year=(\d+)">\d+</a>\s*\((\d+)', "/events")
    assert count > PAGE_SIZE  # else this test proves nothing
    seen, pages = _walk(server, f"/events?year={year}")
    assert len(seen) == count == len(set(seen))
    assert pages == -(-count // PAGE_SIZE)
    starts = re.findall(r"<time>([^<]+)</time>", requests.get(f"{server.url}/events?year={year}", timeout=10).text)
    assert starts == sorted(starts) and len(starts) == PAGE_SIZE
    assert all(start.startswith(year) for start in starts)


def test_a_topic_is_listed_page_by_page(server: LiveServer) -> None:
    first = requests.get(f"{server.url}/topics", timeout=10).text
    topics = re.findall(r'href="(/topics/[^"]+)">[^<]*</a>\s*\((\d+)', first)
    path, count = max(topics, key=lambda pair: int(pair[1]))
    assert int(count) > PAGE_SIZE
    seen, _ = _walk(server, path)
    assert len(seen) == int(count) == len(set(seen))


def test_pages_carry_link_relations_and_unknown_pages_are_404(server: LiveServer) -> None:
    year, count = _busiest(server, r'href="/events\?year=(\d+)">\d+</a>\s*\((\d+)', "/events")
    last = -(-count // PAGE_SIZE)
    second = requests.get(f"{server.url}/events", params={"year": year, "page": 2}, timeout=10).text
    assert '<link rel="prev"' in second and f"page 2 of {last}" in second
    assert requests.get(f"{server.url}/events", params={"year": year, "page": last + 1}, timeout=10).status_code == 404
    assert requests.get(f"{server.url}/events", params={"year": year, "page": 0}, timeout=10).status_code == 404


def _busiest_by_sparql(server: LiveServer, pattern: str) -> tuple[str, int]:
    query = f"SELECT ?x (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {pattern} }} GROUP BY ?x ORDER BY DESC(?n) LIMIT 1"
    answer = requests.get(
        f"{server.url}/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    ).json()
    row = answer["results"]["bindings"][0]
    return row["x"]["value"].split("/id/", 1)[1], int(row["n"]["value"])


@pytest.mark.parametrize(
    "pattern",
    [
        "?e <https://schema.org/performer> ?x",  # a person's events
        "?e <https://schema.org/organizer> ?x",  # an organisation's events
    ],
)
def test_long_lists_on_resource_pages_come_a_page_at_a_time(server: LiveServer, pattern: str) -> None:
    resource, count = _busiest_by_sparql(server, pattern)
    assert count > PAGE_SIZE
    first = requests.get(f"{server.url}/doc/{resource}.html", timeout=10).text
    assert f"({count}; page 1 of {-(-count // PAGE_SIZE)})" in first
    seen: list[str] = []
    url = f"{server.url}/doc/{resource}.html"
    while url:
        html = requests.get(url, timeout=10).text
        section = html.split('id="events-h"', 1)[1].split("</section>", 1)[0]
        seen += _events(section)
        found = re.search(r'<a rel="next" href="([^"]+)"', section)
        url = server.url + found.group(1).replace("&amp;", "&") if found else ""
    assert len(seen) == count == len(set(seen))
    last = -(-count // PAGE_SIZE)
    assert requests.get(f"{server.url}/doc/{resource}.html?page={last + 1}", timeout=10).status_code == 404
    assert requests.get(f"{server.url}/doc/{resource}.html?page=x", timeout=10).status_code == 404
    # The RDF descriptions are not paged: ?page changes nothing in them.
    whole = requests.get(f"{server.url}/doc/{resource}.ttl", timeout=10)
    assert requests.get(f"{server.url}/doc/{resource}.ttl?page=2", timeout=10).content == whole.content


def test_page_size_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="page size"):
        config.load(environ={"KG_PAGE_SIZE": "0"})


def test_overviews_follow_a_new_release(records_copy: Path, tmp_path: Path) -> None:
    """Years and counts are kept per release: a build that adds a year shows it at once."""
    settings = settings_for(records_copy, tmp_path / "store")
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    try:
        assert "year=2011" not in requests.get(f"{live.url}/events", timeout=10).text
        (records_copy / "extra.yaml").write_text("name: A talk in 2011\nstart: 2011-05-01\n")
        build(settings, echo=lambda line: None)
        assert "year=2011" in requests.get(f"{live.url}/events", timeout=10).text
    finally:
        live.stop()


# What the person and organisation pages list, as the graph states it (the pages read the
# release's index instead; these are the SPARQL joins the pages were first written with).
GRAPH_LISTS = {
    "person events": """
        SELECT ?event ?role ?org WHERE {
          ?p kg:participant <$iri> ; kg:role ?role .
          ?event kg:participation ?p ; schema:name ?eventName ; schema:startDate ?start .
          OPTIONAL { ?p kg:statedAffiliation ?org . ?org schema:name ?orgName }
        } ORDER BY DESC(STR(?start)) ?event ?role""",
    "organisation events": """
        SELECT DISTINCT ?event ?start WHERE {
          { ?event schema:organizer <$iri> } UNION { ?event schema:sponsor <$iri> }
          ?event schema:name ?eventName ; schema:startDate ?start .
        } ORDER BY DESC(STR(?start)) ?event""",
    "members": """
        SELECT DISTINCT ?person ?name WHERE {
          { ?person schema:affiliation <$iri> } UNION { ?person schema:worksFor <$iri> }
          ?person schema:name ?name .
        } ORDER BY ?name ?person""",
    "affiliations": """
        SELECT ?org (MIN(STR(?start)) AS ?from) (MAX(STR(?start)) AS ?to) WHERE {
          ?p kg:participant <$iri> ; kg:statedAffiliation ?org .
          ?event kg:participation ?p ; schema:startDate ?start .
          ?org schema:name ?orgName .
        } GROUP BY ?org""",
}


def _graph_list(server: LiveServer, what: str, iri: str) -> list[tuple[str, ...]]:
    query = "PREFIX schema: <https://schema.org/> PREFIX kg: <http://kg.test/ontology#>\n" + GRAPH_LISTS[what]
    answer = requests.get(
        f"{server.url}/sparql",
        params={"query": query.replace("$iri", iri)},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    ).json()
    columns = answer["head"]["vars"]
    return [
        tuple(_as_shown(row[c]["value"]) if c in row else "" for c in columns) for row in answer["results"]["bindings"]
    ]


def _as_shown(value: str) -> str:
    """A value as pages show it: our IRIs as paths, instants as rdflib writes them (the store
    gives UTC as Z, pages have always shown +00:00)."""
    return re.sub(r"(T\d\d:\d\d:\d\d(?:\.\d+)?)Z$", r"\1+00:00", value.replace("http://kg.test/id/", "/doc/"))


def _page_rows(server: LiveServer, resource: str, section: str, pattern: str) -> list[tuple[str, ...]]:
    """Rows of one section of a resource's HTML page, every page of it (rel=next) in order."""
    found: list[tuple[str, ...]] = []
    url = f"{server.url}/doc/{resource}.html"
    while url:
        html = requests.get(url, timeout=10).text
        part = html.split(f'id="{section}"', 1)[1].split("</section>", 1)[0]
        found += re.findall(pattern, part)
        following = re.search(r'<a rel="next" href="([^"]+)"', part)
        url = server.url + following.group(1).replace("&amp;", "&") if following else ""
    return found


def _role_words(role: str) -> str:
    words = role.rsplit("#", 1)[-1]
    return "".join(" " + c.lower() if c.isupper() else c for c in words).strip()


def test_a_persons_page_lists_their_events_roles_and_affiliations_as_the_graph_has_them(
    server: LiveServer,
) -> None:
    resource, _ = _busiest_by_sparql(server, "?e <https://schema.org/performer> ?x")
    iri = f"http://kg.test/id/{resource}"
    expected = [(event, _role_words(role), org) for event, role, org in _graph_list(server, "person events", iri)]
    shown = _page_rows(
        server,
        resource,
        "events-h",
        r'<a href="(/doc/event/[^"]+)">[^<]*</a>(?: — ([^,<]+))?(?:, as <a href="([^"]+)">)?',
    )
    assert len(expected) > PAGE_SIZE and shown == expected
    affiliations = _page_rows(server, resource, "aff-h", r'<a href="([^"]+)">[^<]*</a> \(([^)–]+)(?:–([^)]+))?\)')
    wanted = _graph_list(server, "affiliations", iri)
    assert wanted and sorted(affiliations) == sorted(
        (org, first, last if last != first else "") for org, first, last in wanted
    )


def test_an_organisations_page_lists_its_events_and_members_as_the_graph_has_them(server: LiveServer) -> None:
    resource, _ = _busiest_by_sparql(server, "?e <https://schema.org/organizer> ?x")
    iri = f"http://kg.test/id/{resource}"
    shown = _page_rows(server, resource, "events-h", r'<time>([^<]+)</time> <a href="(/doc/event/[^"]+)">')
    assert shown == [(start, event) for event, start in _graph_list(server, "organisation events", iri)]
    members, count = _busiest_by_sparql(server, "?x ^<https://schema.org/affiliation> ?e")
    assert count > PAGE_SIZE
    html = requests.get(f"{server.url}/doc/{members}.html", timeout=10).text
    listed = re.findall(r'<a href="(/doc/person/[^"]+)">', html.split('id="members-h"', 1)[1].split("</section>")[0])
    expected = [person for person, _ in _graph_list(server, "members", f"http://kg.test/id/{members}")]
    assert listed == expected[:PAGE_SIZE] and f"{PAGE_SIZE} of {len(expected)} shown" in html


def test_the_change_feed_cuts_each_release_into_pages(tmp_path: Path) -> None:
    """Every activity of every release once, newest release first, at most a page size a page."""
    records = tmp_path / "records"
    synth(12, records)
    settings = replace(settings_for(records, tmp_path / "store"), page_size=PAGE_SIZE)
    build(settings, echo=lambda line: None)
    first = sorted(records.glob("*.yaml"))[0]
    record = yaml.safe_load(first.read_text())
    first.write_text(yaml.safe_dump({**record, "name": "Revised " + record["name"]}))
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    try:
        history = json.loads((tmp_path / "store" / "CURRENT").read_text())["history"]
        published = tmp_path / "store" / "published"
        expected = [a for r in reversed(history) for a in json.loads((published / r / "changes.json").read_text())]
        newest = json.loads((published / history[-1] / "changes.json").read_text())
        assert len(expected) > 3 * PAGE_SIZE and newest
        collection = requests.get(f"{live.url}/changes", timeout=10).json()
        assert collection["totalItems"] == len(expected)
        seen: list[dict] = []
        url, pages = collection["first"], 0
        while url:
            page = requests.get(url, timeout=10).json()
            assert page["type"] == "OrderedCollectionPage" and page["startIndex"] == len(seen)
            assert 0 < len(page["orderedItems"]) <= PAGE_SIZE
            seen += page["orderedItems"]
            pages += 1
            url = page.get("next")
            if url:
                assert requests.get(url, timeout=10).json()["prev"] == page["id"]
        assert seen == expected and page["id"] == collection["last"]
        assert {"Update"} <= {a["type"] for a in seen[:PAGE_SIZE]}  # the newest release first
        for wrong in (pages + 1, 0, "x"):
            assert requests.get(f"{live.url}/changes", params={"page": wrong}, timeout=10).status_code == 404
    finally:
        live.stop()


@pytest.mark.parametrize("indent", [None, 1, 4])
def test_a_releases_changes_are_read_a_page_at_a_time_whatever_the_layout(tmp_path: Path, indent: int | None) -> None:
    activities = [{"type": "Create", "object": f"http://kg.test/id/person/é{n}-日本", "n": n} for n in range(7)]
    (tmp_path / "changes.json").write_text(json.dumps(activities, indent=indent, ensure_ascii=False))
    changes = ReleaseChanges.of(tmp_path, 3)
    assert (changes.count, changes.pages) == (7, 3)
    assert [changes.page(n) for n in (1, 2, 3)] == [activities[:3], activities[3:6], activities[6:]]


def test_search_lists_the_best_matches_in_fts5_rank_order(server: LiveServer) -> None:
    """The search page lists matches by FTS5's own rank (bm25), for every word of the titles."""
    settings = server.app.extensions["kg.settings"]
    release = PublishedStore(settings.store).release()
    assert release is not None
    db = sqlite3.connect(release.artifacts / "index.sqlite")
    labels = [label for (label,) in db.execute("SELECT label FROM resources WHERE kind = 'event'")]
    words = sorted({w.lower() for label in labels for w in re.findall(r"[A-Za-z]{4,}", label)})
    assert len(words) > 20
    for word in words:
        match = f'"{word}"*'
        ranks = dict(db.execute("SELECT iri, rank FROM search WHERE search MATCH ?", (match,)).fetchall())
        html = requests.get(f"{server.url}/search", params={"q": word}, timeout=10).text
        listed = [settings.base + "id/" + path for path in re.findall(r'<li>.*?<a href="/doc/([^"]+)"', html)]
        assert [ranks[iri] for iri in listed] == sorted(ranks.values())[:50], word
        assert "names and titles match:" not in html  # every match was ranked
        with server.app.test_request_context():  # the best three of many: ranked before the cut
            best = [row["iri"] for row in index.search(word, limit=3)[0]]
        assert [ranks[iri] for iri in best] == sorted(ranks.values())[:3], word
    db.close()


SEARCH_CANDIDATES = 4


def _search_order(kind: str, start: str | None) -> tuple[int, str]:
    """People and organisations first, then events newest first, then the rest (reports)."""
    return {"person": 2, "organization": 2, "event": 1}.get(kind, 0), start[:10] if start else ""


def test_a_common_word_ranks_only_the_people_organisations_and_newest_events_it_matches(server: LiveServer) -> None:
    """Past KG_SEARCH_CANDIDATES matches, only that many are ranked, in search order, and the page
    says so; a word with fewer matches still has all of them ranked."""
    settings = replace(server.app.extensions["kg.settings"], search_candidates=SEARCH_CANDIDATES)
    release = PublishedStore(settings.store).release()
    assert release is not None
    db = sqlite3.connect(release.artifacts / "index.sqlite")
    labels = [label for (label,) in db.execute("SELECT label FROM resources")]
    words = sorted({w.lower() for label in labels for w in re.findall(r"[A-Za-z]{4,}", label)})
    live = LiveServer(settings)
    common = rare = 0
    try:
        for word in words:
            matches = db.execute(
                "SELECT r.iri, r.kind, r.start, s.rank FROM search s JOIN resources r ON r.id = s.rowid "
                "WHERE search MATCH ?",
                (f'"{word}"*',),
            ).fetchall()
            html = requests.get(f"{live.url}/search", params={"q": word}, timeout=10).text
            listed = [settings.base + "id/" + path for path in re.findall(r'<li>.*?<a href="/doc/([^"]+)"', html)]
            order = {iri: _search_order(kind, start) for iri, kind, start, _ in matches}
            rank = {iri: value for iri, _, _, value in matches}
            assert len(listed) == min(len(matches), SEARCH_CANDIDATES), word
            assert [rank[iri] for iri in listed] == sorted(rank[iri] for iri in listed), word  # best first
            left_out = set(order) - set(listed)
            if left_out:
                common += 1
                assert min(order[iri] for iri in listed) >= max(order[iri] for iri in left_out), word
                assert f"More than {SEARCH_CANDIDATES} names and titles match" in html
            else:
                rare += 1
                assert "names and titles match:" not in html
    finally:
        live.stop()
        db.close()
    assert common > 10 and rare > 0  # both cases were seen


def test_a_word_is_searched_as_a_prefix_whether_or_not_it_is_a_whole_term(server: LiveServer) -> None:
    """A word that is a term of the index and the start of no other is matched as that term (FTS5
    reads it lazily); the matches are the prefix's all the same: for words that are the start of
    longer terms too, of no term, or only of longer ones."""
    release = PublishedStore(server.app.extensions["kg.settings"].store).release()
    assert release is not None
    db = sqlite3.connect(release.artifacts / "index.sqlite")
    db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'search', 'row')")
    terms = [term for (term,) in db.execute("SELECT term FROM temp.terms") if term.isalpha()]
    shared = [t for t in terms if any(o != t and o.startswith(t) for o in terms)]  # "art" of "arts"
    alone = [t for t in terms if t not in shared and len(t) > 4]
    partial = [t[:-2] for t in alone if t[:-2] not in terms]  # no term of their own
    assert shared and alone and partial
    for word in [*shared[:10], *alone[:10], *partial[:10]]:
        expected = [iri for (iri,) in db.execute("SELECT iri FROM search WHERE search MATCH ?", (f'"{word}"*',))]
        with server.app.test_request_context():
            found = [row["iri"] for row in index.search(word.upper(), limit=len(expected) + 1)[0]]
        assert sorted(found) == sorted(expected) and found, word
    db.close()


def test_rendered_descriptions_are_kept_up_to_a_number_of_bytes(server: LiveServer) -> None:
    """Each server process keeps the /doc/ answers it rendered, the least recently used going first
    once their bodies pass KG_PAGE_CACHE_BYTES; what is served is the same either way."""
    release = PublishedStore(server.app.extensions["kg.settings"].store).release()
    assert release is not None
    db = sqlite3.connect(release.artifacts / "index.sqlite")
    paths = [iri.split("/id/", 1)[1] for (iri,) in db.execute("SELECT iri FROM resources WHERE kind = 'event'")]
    db.close()
    small = LiveServer(replace(server.app.extensions["kg.settings"], page_cache_bytes=20_000))
    try:
        bodies = {}
        for path in paths[:60]:
            for live in (server, small):
                response = requests.get(f"{live.url}/doc/{path}.ttl", timeout=10)
                assert response.status_code == 200
                bodies.setdefault(path, response.content)
                assert response.content == bodies[path]
        kept, few = server.app.extensions["kg.page_cache"][0], small.app.extensions["kg.page_cache"][0]
        assert sum(len(body) for body in bodies.values()) > 40_000  # else the small cache keeps them all
        assert all((release.id, "", "event", p.split("/", 1)[1], "text/turtle", "1") in kept for p in paths[:60])
        assert 0 < len(few) < 60 and few.currsize <= 20_000
        assert (release.id, "", "event", paths[59].split("/", 1)[1], "text/turtle", "1") in few  # the latest kept
    finally:
        small.stop()
