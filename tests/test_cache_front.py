"""The optional caching front (server/sparql_cache.nginx.conf run by Debian's nginx) in front of the
real app: cached answers are eventkg's own, kept apart per query, format and body, revalidated by
ETag, and a new release is seen within the validity."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from server import cache_front
from tests.conftest import free_port
from tests.test_sparql import Updatable

VALID_S = 1
NAMES = "SELECT ?name WHERE { ?s <https://schema.org/name> ?name } ORDER BY ?name"
ADDED = "SELECT ?name WHERE { <urn:front> <https://schema.org/name> ?name }"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture
def front(tmp_path: Path) -> Iterator[tuple[Updatable, str]]:
    served = Updatable(tmp_path / "store")
    upstream = served.live.url.removeprefix("http://")
    try:
        with cache_front.running(tmp_path / "nginx", f"127.0.0.1:{free_port()}", upstream, f"{VALID_S}s") as url:
            yield served, url + "/sparql"
    finally:
        served.live.stop()


def names(response: requests.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [row["name"]["value"] for row in response.json()["results"]["bindings"]]


def test_the_front_answers_repeats_from_its_cache_with_the_apps_own_answer(front: tuple[Updatable, str]) -> None:
    served, url = front
    direct = requests.post(served.url, data={"query": NAMES}, headers=JSON, timeout=30)
    first = requests.post(url, data={"query": NAMES}, headers=JSON, timeout=30)
    second = requests.post(url, data={"query": NAMES}, headers=JSON, timeout=30)
    assert first.headers["X-Cache-Status"] == "MISS" and second.headers["X-Cache-Status"] == "HIT"
    assert names(first) == names(second) == names(direct) and names(direct)
    assert second.headers["ETag"] == direct.headers["ETag"]
    assert second.headers["Access-Control-Allow-Origin"] == "*"  # the app's headers are kept
    by_get = requests.get(url, params={"query": NAMES}, headers=JSON, timeout=30)
    assert names(by_get) == names(direct)


def test_queries_formats_and_bodies_are_cached_apart(front: tuple[Updatable, str]) -> None:
    _, url = front
    as_json = requests.post(url, data={"query": NAMES}, headers=JSON, timeout=30)
    as_csv = requests.post(url, data={"query": NAMES}, headers={"Accept": "text/csv"}, timeout=30)
    assert as_csv.headers["Content-Type"].startswith("text/csv") and as_csv.text.splitlines()[0] == "name"
    one = requests.post(url, data={"query": NAMES + " LIMIT 1"}, headers=JSON, timeout=30)
    raw = requests.post(
        url, data=NAMES + " LIMIT 1", headers={**JSON, "Content-Type": "application/sparql-query"}, timeout=30
    )
    assert len(names(as_json)) > 1 and names(one) == names(raw) == names(as_json)[:1]


def test_a_client_etag_gets_304_from_the_front(front: tuple[Updatable, str]) -> None:
    _, url = front
    first = requests.get(url, params={"query": NAMES}, headers=JSON, timeout=30)
    again = requests.get(url, params={"query": NAMES}, headers={**JSON, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and not again.content


def test_bodies_too_large_for_the_key_are_never_answered_from_the_cache(front: tuple[Updatable, str]) -> None:
    _, url = front
    padding = " #" + "x" * 70_000 + "\n"  # above the 64k body buffer: nginx cannot make a key of it
    headers = {**JSON, "Content-Type": "application/sparql-query"}
    answers = [requests.post(url, data=query + padding, headers=headers, timeout=30) for query in (NAMES, ADDED)]
    assert len(names(answers[0])) > 1 and names(answers[1]) == []
    assert all(answer.headers.get("X-Cache-Status") != "HIT" for answer in answers)


def test_a_new_release_is_seen_within_the_validity(front: tuple[Updatable, str]) -> None:
    served, url = front

    def ask(query: str) -> requests.Response:
        return requests.post(url, data={"query": query}, headers=JSON, timeout=30)

    before = {query: names(ask(query)) for query in (ADDED, NAMES)}
    assert before[ADDED] == [] and "Added" not in before[NAMES]
    assert ask(ADDED).headers["X-Cache-Status"] == "HIT"
    insert = "INSERT DATA { GRAPH <urn:extra> { <urn:front> <https://schema.org/name> 'Added' } }"
    assert served.update(insert).status_code == 204
    published = time.monotonic()
    while names(ask(ADDED)) != ["Added"] or "Added" not in names(ask(NAMES)):  # every cached answer
        assert time.monotonic() - published < VALID_S + 5, "the new release was not seen within the validity"
        time.sleep(0.1)
