"""The time limit of /sparql: queries run in worker processes, and one that overruns is killed.

pyoxigraph cannot interrupt a query from Python, so a runaway query (a cartesian product, a
regex over every literal) would hold a thread and a core until it ends. Here each query is sent
to one of a few worker processes, each with the current release opened read-only (a worker's
PublishedStore reopens when CURRENT changes, like the server's). The request thread waits at
most the time limit, counted from its arrival: for a free worker, then for the answer. A worker
that overruns is killed, which really stops the evaluation and frees its core, and a fresh one
is started in the background. Sending a query and its answer through a pipe costs about 0.1 ms.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.store import Answer, PublishedStore, QueryError, QueryTimeout, Release, Store

KINDS = ("solutions", "boolean", "graph")
WORKER_START_S = 60.0
# Errors pyoxigraph raises for a query that cannot be evaluated (bad IRI, unbound SERVICE, ...).
QUERY_ERRORS = (SyntaxError, RuntimeError, ValueError)


@dataclass(frozen=True)
class Job:
    sparql: str
    media_types: dict[str, str | None]  # kind -> media type, None when the client accepts none
    default_graphs: list[str] | None
    named_graphs: list[str] | None


class _Unacceptable(Exception):
    pass


def serve_queries(conn: Connection, root: str) -> None:
    """A worker's main loop: answer jobs from the pipe until it closes."""
    store = PublishedStore(Path(root))
    conn.send(("ready", None))
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(store, job))


def _answer(store: PublishedStore, job: Job) -> tuple[str, Any]:
    def choose(kind: str) -> str:
        media_type = job.media_types.get(kind)
        if media_type is None:
            raise _Unacceptable(kind)
        return media_type

    try:
        return "answer", store.query(job.sparql, choose, job.default_graphs, job.named_graphs)
    except _Unacceptable as err:
        return "unacceptable", str(err)
    except StoreError as err:
        return "store", str(err)
    except SyntaxError as err:
        return "syntax", str(err)
    except OSError as err:
        return ("query" if isinstance(err, ConnectionError) else "store"), str(err)
    except QUERY_ERRORS as err:
        return "query", str(err)


class _Worker:
    def __init__(self, context: Any, root: Path) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=serve_queries, args=(child, str(root)), daemon=True, name="kg-query-worker"
        )
        self.process.start()
        child.close()
        if not self.conn.poll(WORKER_START_S):
            self.kill()
            raise StoreError("a query worker did not start")
        self.conn.recv()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """A fixed number of worker processes; each job gets one worker, or a timeout."""

    def __init__(self, root: Path, size: int) -> None:
        self.root, self.size = root, size
        self._context = multiprocessing.get_context("forkserver")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._started = False

    def _start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._context.set_forkserver_preload(["kg.store", "server.query_guard"])
            self._started = True
        for _ in range(self.size):
            self._replace()

    def _replace(self) -> None:
        """Start a worker in the background; it joins the idle queue once it is ready."""
        threading.Thread(target=lambda: self._idle.put(_Worker(self._context, self.root)), daemon=True).start()

    def run(self, job: Job, timeout_s: float) -> tuple[str, Any]:
        self._start()
        deadline = time.monotonic() + timeout_s
        try:
            worker = self._idle.get(timeout=timeout_s)
        except queue.Empty:
            raise StoreError(
                f"all {self.size} query workers stayed busy for {timeout_s:g} s; try again shortly"
            ) from None
        try:
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                worker.kill()
                self._replace()
                raise QueryTimeout(
                    f"the query was stopped after the time limit of {timeout_s:g} s "
                    "(KG_QUERY_TIMEOUT_S); narrow it down or add a LIMIT"
                )
            reply = worker.conn.recv()
        except (EOFError, OSError):
            worker.kill()
            self._replace()
            raise StoreError("a query worker stopped unexpectedly; try again") from None
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


class GuardedStore:
    """A PublishedStore whose query() runs under the time limit; everything else is delegated."""

    def __init__(self, inner: PublishedStore, workers: int, timeout_s: float) -> None:
        self.inner, self.timeout_s = inner, timeout_s
        self.pool = QueryPool(inner.directory.root, workers)

    def release(self) -> Release | None:
        return self.inner.release()

    def query(
        self,
        sparql: str,
        choose: Callable[[str], str],
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Answer:
        media_types: dict[str, str | None] = {}
        refusals: dict[str, Exception] = {}
        for kind in KINDS:
            try:
                media_types[kind] = choose(kind)
            except Exception as err:  # noqa: BLE001 - re-raised below if the answer is of that kind
                media_types[kind], refusals[kind] = None, err
        status, value = self.pool.run(Job(sparql, media_types, default_graphs, named_graphs), self.timeout_s)
        if status == "answer":
            return value
        if status == "unacceptable":
            raise refusals[value]
        if status == "syntax":
            raise SyntaxError(value)
        if status == "query":
            raise QueryError(value)
        raise StoreError(value)

    def select(self, sparql: str) -> Any:
        return self.inner.select(sparql)

    def construct(self, sparql: str) -> Any:
        return self.inner.construct(sparql)

    def describe(self, iri: str) -> Any:
        return self.inner.describe(iri)

    def update(self, sparql: str) -> object:
        return self.inner.update(sparql)


def guarded(store: Store, workers: int, timeout_s: float) -> Store:
    """The embedded store gets worker processes; a remote store is bounded by its HTTP timeout."""
    return GuardedStore(store, workers, timeout_s) if isinstance(store, PublishedStore) else store
