"""Browsing by year and topic: listings of thousands of events come a page at a time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from kg import config
from kg.build import build
from kg.errors import ConfigError
from kg.synth import synth
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
