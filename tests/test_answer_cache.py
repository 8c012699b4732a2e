"""The answer cache's shared disk tier: written while another process serves the store, and keeps
working after another process held it locked."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import diskcache
import pytest
from diskcache.core import DBNAME

from kg import config
from kg.store import Answer
from server import answer_cache
from server.answer_cache import AnswerCache, CacheKey
from server.sparql import open_answer_cache

COSTLY = Answer("solutions", "application/sparql-results+json", b"{}", cost_s=1.0)  # worth sharing


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


def _another_process_present(shared: Path) -> None:
    """Another process serving the store, as a writer sees it: a cache over the same directory that
    has looked for an answer (which holds its presence file for as long as this process lives), so
    that what the writer puts is shared from the first answer on, however late the first reader comes."""
    AnswerCache(1 << 20, shared).get(_key("ASK {}"))


def test_a_write_that_times_out_on_a_held_lock_does_not_stop_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answer_cache, "DISK_TIMEOUT_S", 0.2)
    shared = tmp_path / "shared"
    _another_process_present(shared)
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
    _another_process_present(shared)
    cache = AnswerCache(1 << 24, shared)
    count = answer_cache.WRITE_BATCH * 2 + 7
    keys = [_key(f"SELECT {n}") for n in range(count)]
    for n, key in enumerate(keys):
        cache.put(key, Answer("solutions", "application/sparql-results+json", b"%d" % n, cost_s=1.0))
    assert _on_disk(shared, keys[-1], within_s=10)
    reader = AnswerCache(1 << 24, shared)
    found = [reader.get(key) for key in keys]
    assert [a.body if a else None for a in found] == [b"%d" % n for n in range(count)]


def test_over_a_remote_store_only_answers_the_store_was_slow_to_give_are_shared(tmp_path: Path) -> None:
    """An answer's cost over a remote store is the store's time: one it gave quickly is not written to
    the shared tier (each process may forward it again), a slow one is; over the embedded store the
    same cost is CPU spent here, and shared."""

    def cache(**remote: str) -> AnswerCache:
        environ = {"KG_STORE": str(tmp_path / "store"), "KG_ANSWER_CACHE_DIR": str(tmp_path / "shared"), **remote}
        return open_answer_cache(config.load(environ=environ))

    over_remote, embedded = cache(KG_REMOTE_QUERY="http://127.0.0.1:9/query"), cache()
    _another_process_present(tmp_path / "shared")
    quick = (answer_cache.SHARE_AFTER_S + answer_cache.REMOTE_SHARE_AFTER_S) / 2
    answer = Answer("solutions", "application/sparql-results+json", b"{}", cost_s=quick)
    forwarded_quickly, forwarded_slowly, evaluated = _key("SELECT 1"), _key("SELECT 2"), _key("SELECT 3")
    over_remote.put(forwarded_quickly, answer)
    over_remote.put(forwarded_slowly, replace(answer, cost_s=answer_cache.REMOTE_SHARE_AFTER_S))
    embedded.put(evaluated, answer)
    assert _on_disk(tmp_path / "shared", forwarded_slowly, within_s=5)
    assert _on_disk(tmp_path / "shared", evaluated, within_s=5)
    assert not _on_disk(tmp_path / "shared", forwarded_quickly, within_s=0.5)  # put before the slow one
    assert over_remote.get(forwarded_quickly) is not None  # kept in memory all the same


def test_a_miss_reads_the_disk_only_for_answers_marked_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process's miss looks the answer up in SQLite only when the marks say it may be there: an
    answer written by another process after this one mapped the marks is found; one never written
    is a miss without a disk read."""
    shared = tmp_path / "shared"
    _another_process_present(shared)
    writer, reader = AnswerCache(1 << 20, shared), AnswerCache(1 << 20, shared)
    written, never = _key("SELECT 1"), _key("SELECT 2")
    writer.put(_key("SELECT 0"), COSTLY)
    assert _on_disk(shared, _key("SELECT 0"), within_s=5)  # the disk tier exists
    assert reader.get(written) is None  # the reader has mapped this release's marks
    writer.put(written, Answer("solutions", "application/sparql-results+json", b'{"n": 1}', cost_s=1.0))
    deadline = time.monotonic() + 5
    while reader.get(written) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert reader.get(written) is not None

    reads: list[str] = []
    original = diskcache.Cache.get

    def counted(self: diskcache.Cache, tag: str, *args: object, **kwargs: object) -> object:
        reads.append(tag)
        return original(self, tag, *args, **kwargs)

    monkeypatch.setattr(diskcache.Cache, "get", counted)
    fresh = AnswerCache(1 << 20, shared)  # memory empty: both are misses there
    assert fresh.get(never) is None and fresh.get(written) is not None
    assert reads == [written.tag]


def test_without_marks_every_miss_reads_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    _another_process_present(shared)
    writer = AnswerCache(1 << 20, shared)
    key = _key("SELECT 1")
    writer.put(key, COSTLY)
    assert _on_disk(shared, key, within_s=5)
    monkeypatch.setattr(answer_cache, "_map_marks", lambda directory, release: None)  # no marks possible here
    assert AnswerCache(1 << 20, shared).get(key) is not None


def test_while_the_disk_tier_is_not_created_a_miss_looks_for_it_at_most_once_a_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process serving the store alone never creates the disk tier, and looking for it is a stat,
    which lets go of the GIL (futex calls and context switches beside other requests' threads): a miss
    looks at most once per PRESENCE_CHECK_S. A tier another process creates meanwhile is read once
    that time has passed."""
    shared, clock = tmp_path / "shared", [1000.0]
    monkeypatch.setattr(answer_cache, "time", SimpleNamespace(monotonic=lambda: clock[0], sleep=time.sleep))
    looked: list[str] = []
    exists = os.path.exists
    monkeypatch.setattr(answer_cache.os.path, "exists", lambda path: looked.append(str(path)) or exists(path))
    database, cache, key = str(shared / DBNAME), AnswerCache(1 << 20, shared), _key("SELECT 0")
    for n in range(100):
        assert cache.get(_key(f"SELECT {n}")) is None
    assert looked.count(database) == 1
    AnswerCache(1 << 20, shared)._write([(key, COSTLY)])  # another process's writer creates the tier
    assert cache.get(key) is None and looked.count(database) == 1
    clock[0] += answer_cache.PRESENCE_CHECK_S
    assert cache.get(key) == COSTLY and looked.count(database) == 2


# Another process serving the store: it reads the shared tier (which makes it present), says so, then
# looks for the answer to each query it is sent and says whether it found it within 5 s.
OTHER_PROCESS = """
import sys, time
from pathlib import Path
from server.answer_cache import AnswerCache, CacheKey
cache = AnswerCache(1 << 20, Path(sys.argv[1]))
cache.get(CacheKey("release-1", "ASK {}", (), (), ("application/sparql-results+json",)))
print("present", flush=True)
for query in sys.stdin:
    key = CacheKey("release-1", query.strip(), (), (), ("application/sparql-results+json",))
    deadline = time.monotonic() + 5
    while cache.get(key) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    print("found" if cache.get(key) else "missing", flush=True)
"""


def test_answers_are_written_only_while_another_process_serves_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alone, a process keeps its answers in memory (nothing would read the disk); once another
    process serves the store, it writes them where that one finds them; when that one has ended,
    its presence file is removed and nothing more is written."""
    monkeypatch.setattr(answer_cache, "PRESENCE_CHECK_S", 0.2)
    shared = tmp_path / "shared"
    cache = AnswerCache(1 << 20, shared)
    alone = _key("SELECT 1")
    cache.put(alone, COSTLY)
    time.sleep(answer_cache.WRITE_WINDOW_S + 0.3)
    assert not (shared / "cache.db").exists()  # not written
    assert cache.get(alone) is not None  # kept in memory

    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROCESS, str(shared)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline().strip() == "present"
        time.sleep(answer_cache.PRESENCE_CHECK_S)  # when this process looks again
        cache.put(_key("SELECT 2"), COSTLY)
        other.stdin.write("SELECT 2\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "found"
    finally:
        other.kill()
        other.wait()

    time.sleep(answer_cache.PRESENCE_CHECK_S)
    ended = _key("SELECT 3")
    cache.put(ended, COSTLY)
    deadline = time.monotonic() + 5
    while len(list((shared / answer_cache.PRESENT).iterdir())) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(list((shared / answer_cache.PRESENT).iterdir())) == 1  # the ended process's file is gone
    time.sleep(answer_cache.WRITE_WINDOW_S + 0.3)
    with diskcache.Cache(str(shared)) as disk:  # read as diskcache (a cache reading it would be present)
        assert disk.get(_key("SELECT 2").tag) is not None and disk.get(ended.tag) is None
