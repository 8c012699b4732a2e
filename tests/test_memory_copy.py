"""A release copied into memory for queries (kg/store.py PublishedStore, KG_QUERY_MEMORY_MB) answers
as the release on disk does, only when it fits, and never after the release has switched."""

from __future__ import annotations

import json
import shutil
import statistics
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from kg.config import Settings
from kg.store import BYTES_PER_QUAD, PublishedStore, open_read_only
from server.query_guard import GuardedStore
from tests.conftest import LiveServer

JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
ENOUGH = 10**9  # bytes: the seed release fits many times over
COPY_WAIT_S = 30.0


def media(kind: str) -> str:
    return NTRIPLES if kind == "graph" else JSON


def rows(store: PublishedStore | GuardedStore, query: str, **graphs: list[str]) -> list[str]:
    body = store.query(query, media, graphs.get("default"), graphs.get("named")).body
    return sorted(json.dumps(row, sort_keys=True) for row in json.loads(body)["results"]["bindings"])


def copied(store: PublishedStore) -> PublishedStore:
    """`store` once a query has started its copy and the copy is in use."""
    store.query("ASK {}", media)
    deadline = time.monotonic() + COPY_WAIT_S
    while not store.in_memory():
        assert time.monotonic() < deadline, "the release was not copied into memory"
        time.sleep(0.01)
    return store


@pytest.fixture
def own_store(seed_store: Settings, tmp_path: Path) -> Path:
    """A copy of the seed store that a test may publish to."""
    shutil.copytree(seed_store.store, tmp_path / "store")
    return tmp_path / "store"


def test_the_copy_answers_as_the_release_on_disk(seed_store: Settings) -> None:
    disk, memory = PublishedStore(seed_store.store), copied(PublishedStore(seed_store.store, ENOUGH))
    assert not disk.in_memory()
    graph = str(rows(disk, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g LIMIT 1")[0])
    graph_iri = json.loads(graph)["g"]["value"]
    queries = [
        ("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", {}),  # the default graph: the union of the record graphs
        ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", {}),
        ("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }", {}),  # blank nodes keep their ids
        ("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", {"default": [graph_iri]}),
        ("SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }", {"named": [graph_iri]}),
    ]
    for query, graphs in queries:
        expected = rows(disk, query, **graphs)
        assert expected and rows(memory, query, **graphs) == expected, query
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    triples = [sorted(store.query(construct, media).body.splitlines()) for store in (disk, memory)]
    assert triples[0] and triples[1] == triples[0]


def test_a_release_larger_than_the_budget_stays_on_disk(seed_store: Settings) -> None:
    release = PublishedStore(seed_store.store).release()
    assert release is not None
    too_small = PublishedStore(seed_store.store, release.triples * BYTES_PER_QUAD - 1)
    just_enough = copied(PublishedStore(seed_store.store, release.triples * BYTES_PER_QUAD))
    too_small.query("ASK {}", media)
    time.sleep(0.5)  # longer than copying the seed release takes
    assert just_enough.in_memory() and not too_small.in_memory()


def test_a_new_release_is_answered_at_once_and_copied_again(own_store: Path) -> None:
    updater, store = PublishedStore(own_store), copied(PublishedStore(own_store, ENOUGH))
    old = store.release()
    assert old is not None
    new_triple = "<urn:test:s> <urn:test:p> 'only in the new release'"
    query = "SELECT ?o WHERE { <urn:test:s> <urn:test:p> ?o }"
    assert rows(store, query) == []
    updater.update(f"INSERT DATA {{ GRAPH <urn:test:g> {{ {new_triple} }} }}")
    assert len(rows(store, query)) == 1  # the next query, not the copy of the old release
    copied(store)
    assert len(rows(store, query)) == 1
    # a copy of the old release that ends after the switch is thrown away: the new one's copy stays
    store._copy(old.id, open_read_only(old))  # noqa: SLF001 - the copying thread's step, run here
    assert len(rows(store, query)) == 1 and store.in_memory()


@pytest.fixture
def guarded_in_memory(seed_store: Settings) -> Iterator[GuardedStore]:
    store = GuardedStore(PublishedStore(seed_store.store), 1, 60, memory_bytes=ENOUGH)
    yield store
    store.pool.close()


def test_query_workers_answer_from_the_copy_as_from_disk(seed_store: Settings, guarded_in_memory: GuardedStore) -> None:
    disk = PublishedStore(seed_store.store)
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    for _ in range(20):  # before, while and after the worker copies the release
        assert rows(guarded_in_memory, query) == rows(disk, query)
        time.sleep(0.02)


def test_queries_are_answered_while_the_release_is_copied(own_store: Path) -> None:
    side = 300  # a release of side**2 more quads: copying it takes about a second here
    numbers = " ".join(map(str, range(side)))
    PublishedStore(own_store).update(
        f"INSERT {{ GRAPH <urn:test:g> {{ ?s <urn:test:p> ?b }} }} WHERE {{ VALUES ?a {{ {numbers} }}"
        f" VALUES ?b {{ {numbers} }} BIND(IRI(CONCAT('urn:test:s', STR(?a))) AS ?s) }}"
    )
    store = PublishedStore(own_store, ENOUGH)
    store.query("ASK {}", media)  # starts the copy
    started, latencies = time.monotonic(), []
    while not store.in_memory():
        asked = time.monotonic()
        assert rows(store, "SELECT ?b WHERE { <urn:test:s7> <urn:test:p> ?b } LIMIT 3")
        latencies.append(time.monotonic() - asked)
    copying_s = time.monotonic() - started
    # answered from the release on disk meanwhile, queries waiting far less than the copy takes (the
    # median: on a loaded machine one query may be preempted for a while; a blocked copy holds them all)
    assert len(latencies) >= 5 and statistics.median(latencies) < copying_s / 4, (copying_s, latencies[:5])


@pytest.mark.parametrize("budget_mb, settled", [(ENOUGH // 1_000_000, "memory"), (0, "disk")])
def test_readyz_says_where_the_query_workers_answer_from(seed_store: Settings, budget_mb: int, settled: str) -> None:
    """Nothing before the first query; then from the release on disk while it is copied, and from
    memory once the copy is whole; always from disk with KG_QUERY_MEMORY_MB=0."""
    live = LiveServer(replace(seed_store, query_memory_mb=budget_mb))
    try:
        assert "queries_from" not in requests.get(f"{live.url}/readyz", timeout=10).json()
        seen: list[str] = []
        deadline = time.monotonic() + COPY_WAIT_S
        while not seen or seen[-1] == "copying" and time.monotonic() < deadline:
            asked = requests.get(f"{live.url}/sparql", params={"query": f"ASK {{}} # {len(seen)}"}, timeout=10)
            assert asked.status_code == 200
            seen.append(requests.get(f"{live.url}/readyz", timeout=10).json()["queries_from"])
        assert seen[-1] == settled and set(seen) <= {"copying", settled}, seen
    finally:
        live.stop()
        live.app.extensions["kg.store"].pool.close()
