"""The answer cache's shared disk tier keeps working after another process held it locked."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from kg.store import Answer
from server import answer_cache
from server.answer_cache import AnswerCache, CacheKey


def _key(query: str) -> CacheKey:
    return CacheKey("release-1", query, (), (), ("application/sparql-results+json",))


def _on_disk(shared: Path, key: CacheKey, within_s: float) -> bool:
    """Whether another process (a fresh cache over the same directory) finds the answer."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if AnswerCache(1 << 20, shared).get(key) is not None:
            return True
        time.sleep(0.05)
    return False


def test_a_write_that_times_out_on_a_held_lock_does_not_stop_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answer_cache, "DISK_TIMEOUT_S", 0.2)
    shared = tmp_path / "shared"
    cache = AnswerCache(1 << 20, shared)
    costly = Answer("solutions", "application/sparql-results+json", b'{"results": 1}', cost_s=1.0)
    first = _key("SELECT 1")
    cache.put(first, costly)
    assert _on_disk(shared, first, within_s=5)

    # another process holds the shared cache's database for longer than the timeout
    holder = sqlite3.connect(shared / "cache.db", timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    blocked = _key("SELECT 2")
    cache.put(blocked, costly)
    time.sleep(0.6)  # the writer has tried and timed out meanwhile
    holder.rollback()
    holder.close()

    later = _key("SELECT 3")
    cache.put(later, costly)
    assert _on_disk(shared, later, within_s=5), "the writer thread died on the timeout"
    assert cache.get(blocked) is not None  # what could not be shared stays in memory


def test_a_burst_of_answers_is_shared_whole_over_several_transactions(tmp_path: Path) -> None:
    """Answers that come close together are written together, at most WRITE_BATCH a transaction:
    every one of a burst of more than two transactions' worth reaches the disk, with its own body."""
    shared = tmp_path / "shared"
    cache = AnswerCache(1 << 24, shared)
    count = answer_cache.WRITE_BATCH * 2 + 7
    keys = [_key(f"SELECT {n}") for n in range(count)]
    for n, key in enumerate(keys):
        cache.put(key, Answer("solutions", "application/sparql-results+json", b"%d" % n, cost_s=1.0))
    assert _on_disk(shared, keys[-1], within_s=10)
    reader = AnswerCache(1 << 24, shared)
    found = [reader.get(key) for key in keys]
    assert [a.body if a else None for a in found] == [b"%d" % n for n in range(count)]
