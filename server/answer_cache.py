"""Answers of /sparql kept per release: a published graph changes only when a release is switched.

The key is the release id, the query text, the dataset and the chosen media types, so the
validator (a weak ETag over the same key) can be checked before any evaluation: a client that
sends If-None-Match gets 304 without the query being run.

Two tiers. Each process keeps recent answers in memory, bounded by total body bytes (least
recently used first out; entries of an older release are dropped when a new one is seen). Behind
it, a cache on disk (diskcache: SQLite plus files, safe across processes) is shared by every
process serving the same store, so several worker processes or front-ends evaluate a query once
per release between them. It is bounded by the same byte count (oldest stored first out, so
answers of older releases age out); it holds the answers whose evaluation cost at least
SHARE_AFTER_S of CPU time here, or, over a remote store, that the store took REMOTE_SHARE_AFTER_S
or more to give, written by a background thread so that no
request waits for the write (those that come within WRITE_WINDOW_S of each other in one
transaction); a disk that fails only costs the sharing, never an answer.

An answer is written only while another process serves the store: with one web process nothing
would ever read it, and the write (diskcache's SQLite, 100-500 µs of CPU an answer) was a fifth to
a third of what a forwarded scan costs eventkg (docs/benchmarks.md, session 16). Each process that reads or
writes the tier holds a lock on a file of its own in its `present/` directory (the kernel drops
it when the process ends, however it ends); the writer looks for another held lock before each
write, and when there is none its process keeps answers in memory only for PRESENCE_CHECK_S.

A miss in memory reads the disk tier only when the answer may be there: beside the database, each
release has a marks file mapped into every process's memory, in which the writer sets a few bytes
chosen by an answer's tag once the answer is written (never cleared: an answer culled since, or two
tags that share bytes, only cost a read that misses). A miss whose bytes are not all set is known
without SQLite (which costs a forwarded query 30-90 µs of CPU and lets go of the GIL twice). While
the tier is not created (a process serving the store alone never creates it), a miss looks for it at
most once per PRESENCE_CHECK_S: the look is a stat, which lets go of the GIL too.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import mmap
import os
import queue
import secrets
import sqlite3
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import diskcache
from diskcache.core import DBNAME

from kg.store import Answer

SHARE_AFTER_S = 0.002  # about twice what writing an answer to the disk tier costs (measured: 0.3-1 ms)
# Over a remote store an answer's cost is the store's wall time, which passes 2 ms for nearly every
# query, so nearly every answer was written: 0.2 ms of this machine's CPU each, a fifth of what a
# forwarded cheap query costs eventkg (docs/benchmarks.md, session 10). A cheap answer is instead
# forwarded again by each process asked it (once per release: its memory tier keeps it); repeats
# across processes are what the caching front is for.
REMOTE_SHARE_AFTER_S = 0.010
PENDING_WRITES = 256  # answers waiting for the disk; more are dropped (they stay in memory)
# The writer waits this long after an answer for others and writes them in one transaction: one
# SQLite transaction costs about as much as the answers in it (0.3-0.5 ms alone, about 0.12 ms each
# in eights, measured); sharing is seen this much later.
WRITE_WINDOW_S = 0.05
WRITE_BATCH = 64  # answers per transaction at most (it holds the lock other processes' writers wait for)
DISK_TIMEOUT_S = 60.0  # how long a read or write waits for another process's lock on the shared cache
# what reading or writing the shared cache can raise: the disk, SQLite, or a lock held past the timeout
DISK_ERRORS = (OSError, sqlite3.Error, diskcache.Timeout)
# A release's marks file: one byte per slot, MARK_HASHES slots per answer. With 100,000 answers
# written for one release, a miss reads the disk in vain about 2 times in 100.
MARK_SLOTS = 1 << 20
MARK_HASHES = 3
MARKS_KEPT_S = 86_400  # marks files of other releases older than this are removed when one is created
# A process found alone keeps its answers in memory only this long before it looks again, so one
# that starts serving the store meanwhile finds the answers of the others from at most this much later.
PRESENCE_CHECK_S = 1.0
PRESENT = "present"  # the directory of the presence files, in the shared one
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CacheKey:
    release: str
    query: str
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    media_types: tuple[str | None, ...]

    @cached_property
    def tag(self) -> str:
        return hashlib.blake2b(repr(self).encode(), digest_size=12).hexdigest()

    @property
    def etag(self) -> str:
        return f'W/"{self.tag}"'


class AnswerCache:
    def __init__(self, max_bytes: int, shared: Path | None = None, share_after_s: float = SHARE_AFTER_S) -> None:
        self.max_bytes, self.share_after_s = max_bytes, share_after_s
        self._entries: OrderedDict[CacheKey, Answer] = OrderedDict()
        self._bytes = 0
        self._release = ""
        self._lock = threading.Lock()
        self._shared = shared
        self._database = str(shared / DBNAME) if shared is not None else ""  # looked for on each miss: a str
        self._disk: diskcache.Cache | None = None  # opened when first needed: it creates its directory
        self._writes: queue.Queue[tuple[CacheKey, Answer]] = queue.Queue(PENDING_WRITES)
        self._marks: tuple[str, mmap.mmap | None] = ("", None)  # (release, its marks; None: unknown)
        self._presence: str | None = None  # the name of this cache's presence file once made ("": not possible)
        self._alone_until = 0.0  # time.monotonic() up to which no other process is known to serve the store
        self._absent_until = 0.0  # time.monotonic() up to which the disk tier is taken as not created yet
        if shared is not None:
            threading.Thread(target=self._write_to_disk, daemon=True, name="kg-answer-cache-writer").start()

    def get(self, key: CacheKey) -> Answer | None:
        with self._lock:
            answer = self._entries.get(key)
            if answer is not None:
                self._entries.move_to_end(key)
                return answer
        self._join()
        disk = self._open(create=False)
        if disk is None or not self._may_hold(key):
            return None
        try:
            stored = disk.get(key.tag)
        except DISK_ERRORS as err:
            log.warning("shared answer cache unreadable: %s", err)
            return None
        if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
            return None  # the tag names the key; the key itself is compared, so a collision is a miss
        self._remember(key, stored[1])
        return stored[1]

    def put(self, key: CacheKey, answer: Answer) -> None:
        """Keep an answer; share it on disk only when evaluating it again would cost more than the
        write (cheap answers are evaluated once per process instead) and another process may read it."""
        if self._remember(key, answer) and self._shared is not None and answer.cost_s >= self.share_after_s:
            if time.monotonic() < self._alone_until:
                return  # no other process serves the store: nothing would read it
            with contextlib.suppress(queue.Full):  # the disk is behind: this one stays in memory only
                self._writes.put_nowait((key, answer))

    def _remember(self, key: CacheKey, answer: Answer) -> bool:
        """Keep an answer in memory; False when it is too large to cache at all."""
        size = len(answer.body)
        if size > self.max_bytes // 8:
            return False
        with self._lock:
            if key.release != self._release:
                self._entries.clear()
                self._bytes, self._release = 0, key.release
            previous = self._entries.pop(key, None)
            self._bytes += size - (len(previous.body) if previous else 0)
            self._entries[key] = answer
            while self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted.body)
        return True

    def _may_hold(self, key: CacheKey) -> bool:
        """False when the disk tier cannot hold the answer (its marks are not all set)."""
        marks = self._release_marks(key.release)
        return marks is None or all(marks[slot] for slot in _mark_slots(key.tag))

    def _release_marks(self, release: str) -> mmap.mmap | None:
        """The marks of a release, mapped when first asked; None when they cannot be (read the disk)."""
        if self._marks[0] != release and self._shared is not None:
            with self._lock:
                if self._marks[0] != release:
                    self._marks = (release, _map_marks(self._shared, release))
        return self._marks[1]

    def _open(self, create: bool) -> diskcache.Cache | None:
        """The shared cache; a reader opens it only once some process has created it."""
        if self._disk is None and self._shared is not None and (create or self._created()):
            with self._lock:
                if self._disk is None:
                    self._disk = _open_disk(self._shared, self.max_bytes)
                    if self._disk is None:
                        self._shared = None  # not possible here: memory only from now on
        return self._disk

    def _created(self) -> bool:
        """Whether the disk tier exists, looked for at most once per PRESENCE_CHECK_S while it does not
        (as long as one process serves the store alone, it never does). The look is a stat, which lets
        go of the GIL: with other requests' threads waiting for it, each let-go costs futex calls and
        context switches, more than the stat itself."""
        now = time.monotonic()
        if now < self._absent_until:
            return False
        if os.path.exists(self._database):
            return True
        self._absent_until = now + PRESENCE_CHECK_S
        return False

    def _write_to_disk(self) -> None:
        while True:
            pending = [self._writes.get()]
            time.sleep(WRITE_WINDOW_S)  # answers put meanwhile wake no one
            with contextlib.suppress(queue.Empty):
                while len(pending) < PENDING_WRITES:
                    pending.append(self._writes.get_nowait())
            self._join()
            if not self._others_present():
                self._alone_until = time.monotonic() + PRESENCE_CHECK_S
                continue  # they stay in memory only
            for start in range(0, len(pending), WRITE_BATCH):
                self._write(pending[start : start + WRITE_BATCH])

    def _join(self) -> None:
        """Hold a presence file of this cache's own in the shared directory (once), so that other
        processes know it may read what they write."""
        if self._presence is None and self._shared is not None:
            with self._lock:
                if self._presence is None:
                    self._presence = _hold_presence(self._shared / PRESENT)

    def _others_present(self) -> bool:
        """Whether another process holds its presence file (True when that cannot be told: share as
        before). The files of processes that have ended are removed."""
        if not self._presence or self._shared is None:
            return True
        try:
            with os.scandir(self._shared / PRESENT) as entries:
                for entry in entries:
                    if entry.name == self._presence or entry.name.endswith(".new"):
                        continue
                    if _held(entry.path):
                        return True
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)
        except OSError:
            return True
        return False

    def _write(self, answers: list[tuple[CacheKey, Answer]]) -> None:
        """Some answers to the disk in one transaction; on failure they stay in memory only."""
        disk = self._open(create=True)
        try:
            if disk is not None:
                with disk.transact():
                    for key, answer in answers:
                        disk.set(key.tag, (key, answer))
                for key, _ in answers:  # written: readers may now look for it
                    marks = self._release_marks(key.release)
                    if marks is not None:
                        for slot in _mark_slots(key.tag):
                            marks[slot] = 1
        except DISK_ERRORS as err:  # the writer goes on
            log.warning("shared answer cache not written: %s", type(err).__name__ if not str(err) else err)


def _open_disk(directory: Path, max_bytes: int) -> diskcache.Cache | None:
    """The shared cache in `directory`; None (memory only) when it cannot be created there."""
    try:
        return diskcache.Cache(
            str(directory),
            size_limit=max_bytes,
            eviction_policy="least-recently-stored",  # a read never writes
            statistics=False,
            timeout=DISK_TIMEOUT_S,
        )
    except DISK_ERRORS as err:
        log.warning("no shared answer cache in %s (%s); each process caches on its own", directory, err)
        return None


def _hold_presence(directory: Path) -> str:
    """The name of a new file in `directory`, locked until this process ends (its descriptor is never
    closed) and named only once locked, so that no one takes it for an ended process's; "" when that
    is not possible here."""
    name, descriptor = f"{os.getpid()}-{secrets.token_hex(6)}", -1
    try:
        directory.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(directory / f"{name}.new", os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        os.rename(directory / f"{name}.new", directory / name)
        return name
    except OSError as err:
        if descriptor >= 0:
            os.close(descriptor)
        log.warning("no presence file for the shared answer cache in %s (%s); answers are shared", directory, err)
        return ""


def _held(path: str) -> bool:
    """Whether a process holds the lock on the presence file at `path`."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


def _mark_slots(tag: str) -> list[int]:
    """The bytes of a marks file that stand for an answer: MARK_HASHES slices of its tag (a hash)."""
    return [int(tag[8 * n : 8 * n + 8], 16) % MARK_SLOTS for n in range(MARK_HASHES)]


def _map_marks(directory: Path, release: str) -> mmap.mmap | None:
    """A release's marks file in `directory`, created (zeros) by the first process to ask, and mapped;
    None when that is not possible here (the disk tier is then read on every miss, as without marks)."""
    path = directory / f"marks-{hashlib.blake2b(release.encode(), digest_size=8).hexdigest()}"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        created = not path.exists()
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if os.fstat(descriptor).st_size < MARK_SLOTS:
                os.ftruncate(descriptor, MARK_SLOTS)  # a larger size keeps what another process set
            marks = mmap.mmap(descriptor, MARK_SLOTS)
        finally:
            os.close(descriptor)
        if created:  # a new release: the marks of releases left long ago go
            for old in directory.glob("marks-*"):
                if old != path and time.time() - old.stat().st_mtime > MARKS_KEPT_S:
                    old.unlink(missing_ok=True)
        return marks
    except (OSError, ValueError) as err:
        log.warning("no marks for the shared answer cache in %s (%s); every miss reads it", directory, err)
        return None
