"""The query worker hand-over (server/query_guard.py) with a real worker process over the seed store."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.config import Settings
from kg.store import PublishedStore
from server.query_guard import GuardedStore

JSON = "application/sparql-results+json"
DOUBLINGS = 20  # an answer of one 8 MiB literal: 8 characters doubled 20 times


def doubling_query(times: int) -> str:
    """One row whose literal the query builds itself, so its size does not depend on the data."""
    binds = "".join(f" BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(times))
    return f'SELECT ?a{times} WHERE {{ BIND("abcdefgh" AS ?a0){binds} }}'


@pytest.fixture
def guarded(seed_store: Settings) -> Iterator[GuardedStore]:
    store = GuardedStore(PublishedStore(seed_store.store), 1, 60)
    store.query("ASK {}", lambda kind: JSON)  # the worker started
    yield store
    store.pool.close()


def test_a_large_answer_arrives_whole_and_is_held_once(guarded: GuardedStore) -> None:
    query = doubling_query(DOUBLINGS)
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        answer = guarded.query(query, lambda kind: JSON)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (row,) = json.loads(answer.body)["results"]["bindings"]
    assert row[f"a{DOUBLINGS}"]["value"] == "abcdefgh" * 2**DOUBLINGS
    assert answer.kind == "solutions" and answer.media_type == JSON and answer.cost_s > 0
    # the body read straight into the bytes returned: a pickle of it beside a copy would be twice its size
    assert peak - before < 1.3 * len(answer.body)


def test_small_answers_and_errors_keep_their_kinds(guarded: GuardedStore) -> None:
    assert json.loads(guarded.query("ASK {}", lambda kind: JSON).body)["boolean"] is True
    assert guarded.query("SELECT * WHERE { ?s ?p ?o } LIMIT 0", lambda kind: JSON).body.startswith(b"{")
    with pytest.raises(SyntaxError):
        guarded.query("SELECT WHERE", lambda kind: JSON)


def test_workers_run_this_servers_code_whatever_the_directory_it_was_started_from(
    seed_store: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decoy = tmp_path / "server"
    decoy.mkdir()
    (decoy / "__init__.py").write_text("")
    (decoy / "query_guard.py").write_text("raise SystemExit(3)\n")
    monkeypatch.chdir(tmp_path)  # `python -m server.query_guard` would find this package first
    store = GuardedStore(PublishedStore(seed_store.store), 1, 60)
    try:
        answer = store.query("ASK { ?s ?p ?o }", lambda kind: JSON)
        assert json.loads(answer.body)["boolean"] is True
    finally:
        store.pool.close()
