"""The optional caching front (server/sparql_cache.nginx.conf run by Debian's nginx) in front of the
real app: cached answers are eventkg's own, kept apart per query, format and body and per release;
a repeat never waits for eventkg (the release is asked once per validity, answers are rechecked
in the background), and a new release is seen within the validity."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from kg import config
from kg.build import build
from server import cache_front
from tests.conftest import BASE, SEED_RECORDS, LiveServer, free_port, settings_for
from tests.test_production import ProductionServer
from tests.test_sparql import Updatable

VALID_S = 1
NAMES = "SELECT ?name WHERE { ?s <https://schema.org/name> ?name } ORDER BY ?name"
ADDED = "SELECT ?name WHERE { <urn:front> <https://schema.org/name> ?name }"
JSON = {"Accept": "application/sparql-results+json"}
RELEASE_PROBE = ("GET", "query=ASK%7B%7D")  # how the front asks eventkg which release it serves


@contextmanager
def nginx_before(app_url: str, directory: Path, recheck: str = "1m") -> Iterator[str]:
    """The front in front of eventkg at `app_url`, its /sparql URL."""
    upstream = app_url.removeprefix("http://")
    listen = f"127.0.0.1:{free_port()}"
    with cache_front.running(directory, listen, upstream, f"{VALID_S}s", recheck=recheck) as url:
        yield url + "/sparql"


@pytest.fixture
def front(tmp_path: Path) -> Iterator[tuple[Updatable, str]]:
    served = Updatable(tmp_path / "store")
    try:
        with nginx_before(served.live.url, tmp_path / "nginx") as url:
            yield served, url
    finally:
        served.live.stop()


class Watch:
    """Sits between the live server and the real app: notes each request that reaches eventkg
    (method, query string, If-None-Match) and holds those `hold` picks until `released` is set,
    so a test can see what the front answers meanwhile."""

    def __init__(self, live: LiveServer) -> None:
        self.app, live.server.app = live.server.app, self  # type: ignore[has-type]
        self.seen: list[tuple[str, str, str | None]] = []
        self.hold: Callable[[tuple[str, str, str | None]], bool] = lambda request: False
        self.held, self.released = threading.Event(), threading.Event()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = (environ["REQUEST_METHOD"], environ.get("QUERY_STRING", ""), environ.get("HTTP_IF_NONE_MATCH"))
        self.seen.append(request)
        if self.hold(request):
            self.held.set()
            self.released.wait(30)
        return self.app(environ, start_response)


def ask(url: str, query: str) -> requests.Response:
    return requests.post(url, data={"query": query}, headers=JSON, timeout=30)


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


def test_repeats_after_the_validity_are_hits_and_only_the_release_is_asked_again(
    front: tuple[Updatable, str],
) -> None:
    served, url = front
    queries = [f"{NAMES} LIMIT {rows}" for rows in range(1, 6)]
    first = {query: ask(url, query) for query in queries}
    assert all(answer.headers["X-Cache-Status"] == "MISS" for answer in first.values())
    watch = Watch(served.live)
    time.sleep(VALID_S + 1.2)  # (nginx counts whole seconds) the release name is out of date now, the answers are not
    for _ in range(3):
        for query in queries:
            again = ask(url, query)
            assert again.headers["X-Cache-Status"] == "HIT" and names(again) == names(first[query])
    deadline = time.monotonic() + 10
    while not watch.seen and time.monotonic() < deadline:  # the release is asked in the background
        time.sleep(0.05)
    assert watch.seen and all(request[:2] == RELEASE_PROBE for request in watch.seen)  # no answer rechecked


def test_a_stale_answer_is_served_while_eventkg_rechecks_it_in_the_background(tmp_path: Path) -> None:
    served = Updatable(tmp_path / "store")
    try:
        with nginx_before(served.live.url, tmp_path / "nginx", recheck=f"{VALID_S}s") as url:
            first = ask(url, NAMES)
            assert first.headers["X-Cache-Status"] == "MISS"
            watch = Watch(served.live)
            watch.hold = lambda request: request[2] is not None  # every revalidation waits in eventkg
            time.sleep(VALID_S + 1.2)  # nginx counts whole seconds: a validity of 1 s ends within 2
            started = time.monotonic()
            stale = ask(url, NAMES)
            assert stale.headers["X-Cache-Status"] == "STALE" and names(stale) == names(first)
            assert watch.held.wait(10), "the front did not recheck the answer"
            meanwhile = ask(url, NAMES)  # the recheck is still held in eventkg
            assert meanwhile.headers["X-Cache-Status"] == "UPDATING" and names(meanwhile) == names(first)
            assert time.monotonic() - started < 10 and not watch.released.is_set()
            watch.released.set()
            deadline = time.monotonic() + 10
            while ask(url, NAMES).headers["X-Cache-Status"] != "HIT":  # refreshed by eventkg's 304
                assert time.monotonic() < deadline, "the recheck never refreshed the answer"
                time.sleep(0.1)
            assert ("POST", "", first.headers["ETag"]) in watch.seen
    finally:
        served.live.stop()


def test_without_eventkgs_answer_cache_the_front_keeps_nothing(tmp_path: Path) -> None:
    settings = config.load(environ={}, records=SEED_RECORDS, store=tmp_path / "store", base=BASE, cache_bytes=0)
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    try:
        with nginx_before(live.url, tmp_path / "nginx") as url:
            answers = [ask(url, NAMES) for _ in range(2)]
            assert [answer.headers["X-Cache-Status"] for answer in answers] == ["BYPASS", "BYPASS"]
            assert names(answers[0]) == names(answers[1]) and "ETag" not in answers[1].headers
    finally:
        live.stop()


def test_before_the_first_release_eventkgs_own_answer_passes_and_then_answers_are_cached(tmp_path: Path) -> None:
    settings = config.load(environ={}, records=SEED_RECORDS, store=tmp_path / "store", base=BASE)
    (tmp_path / "store").mkdir()
    live = LiveServer(settings)
    try:
        with nginx_before(live.url, tmp_path / "nginx") as url:
            unpublished = ask(url, NAMES)
            assert unpublished.status_code == 503 and "Retry-After" in unpublished.headers  # eventkg's, not nginx's 500
            assert "kg build" in unpublished.text
            build(settings, echo=lambda line: None)
            published = [ask(url, NAMES) for _ in range(2)]
            assert [answer.headers["X-Cache-Status"] for answer in published] == ["MISS", "HIT"]
            assert names(published[0]) == names(published[1]) and names(published[0])
    finally:
        live.stop()


def test_behind_the_production_server_kept_alive_connections_carry_each_query_intact(tmp_path: Path) -> None:
    """Under the production server the front reuses its connections to eventkg: the release probe
    must not announce a body it does not send (eventkg would take the next request for it)."""
    store = tmp_path / "store"
    build(settings_for(SEED_RECORDS, store), echo=lambda line: None)
    server = ProductionServer(store)
    try:
        server.wait_ready()
        with requests.Session() as session, nginx_before(server.url, tmp_path / "nginx") as url:  # client kept too
            queries = [f"{NAMES} LIMIT {rows}" for rows in range(1, 8)]
            for round_ in ("MISS", "HIT"):
                for rows, query in enumerate(queries, 1):
                    answer = session.post(url, data={"query": query}, headers=JSON, timeout=30)
                    assert answer.status_code == 200, answer.text
                    assert answer.headers["X-Cache-Status"] == round_ and len(names(answer)) == rows
    finally:
        server.stop()


def test_while_eventkg_is_down_repeats_are_answered_from_the_cache_and_new_queries_fail(
    front: tuple[Updatable, str],
) -> None:
    served, url = front
    first = ask(url, NAMES)
    served.live.stop()
    served.live.server.server_close()  # refuse connections from now on
    time.sleep(VALID_S + 1.2)  # the release name is out of date and cannot be asked again
    repeat = ask(url, NAMES)
    assert repeat.status_code == 200 and repeat.headers["X-Cache-Status"] == "HIT"
    assert names(repeat) == names(first)
    assert ask(url, ADDED).status_code == 502


def test_answers_without_an_etag_are_never_kept(front: tuple[Updatable, str]) -> None:
    _, url = front
    draws = [ask(url, "SELECT (RAND() AS ?draw) WHERE {}") for _ in range(3)]  # may differ each time
    assert all(draw.status_code == 200 and "ETag" not in draw.headers for draw in draws)
    assert [draw.headers["X-Cache-Status"] for draw in draws] == ["MISS"] * 3
    assert len({draw.json()["results"]["bindings"][0]["draw"]["value"] for draw in draws}) == 3
    # the service description names the endpoint by the scheme and host each client used
    descriptions = [requests.get(url, headers={"Accept": "text/turtle"}, timeout=30) for _ in range(2)]
    assert [d.headers["X-Cache-Status"] for d in descriptions] == ["MISS", "MISS"]
    assert all(d.status_code == 200 and "Service" in d.text for d in descriptions)
