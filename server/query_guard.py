"""The time limit of /sparql: queries run in worker processes, and one that overruns is killed.

pyoxigraph cannot interrupt a query from Python, so a runaway query (a cartesian product, a
regex over every literal) would hold a thread and a core until it ends. Here each query is sent
to one of a few worker processes, each with the current release opened read-only (a worker's
PublishedStore reopens when CURRENT changes, like the server's). The request thread waits at
most the time limit, counted from its arrival: for a free worker, then for the answer. A worker
that overruns is killed, which really stops the evaluation and frees its core, and a fresh one
is started in the background. SPARQL Updates of the embedded store run the same way, so an
update that overruns is killed before it publishes. Workers are plain `python -m
server.query_guard` processes talking through pipes (length-prefixed pickles), 0.10-0.18 ms per
query (measured). An answer's body travels beside its pickle, as raw bytes read straight into the
body the caller gets: it is copied once on each side instead of three times, and the caller never
holds it twice (an answer may be tens of megabytes under the row cap).
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.store import UPDATE_SUFFIX, Answer, PublishedStore, QueryError, QueryTimeout, Release, Store

KINDS = ("solutions", "boolean", "graph")
WORKER_START_S = 60.0
RESTART_PAUSE_S = 1.0
FRAME = struct.Struct("!QQ")  # each message: the lengths of its pickle and of its raw body, then both
# Errors pyoxigraph raises for a query that cannot be evaluated (bad IRI, unbound SERVICE, ...).
QUERY_ERRORS = (SyntaxError, RuntimeError, ValueError)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    sparql: str
    media_types: dict[str, str | None]  # kind -> media type, None when the client accepts none
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    update: bool = False  # a SPARQL Update, published as a new release (PublishedStore.update)

    @property
    def what(self) -> str:
        return "update" if self.update else "query"


class _Unacceptable(Exception):
    pass


def _write(stream: Any, message: object) -> None:
    """Send a message; an answer's body goes as raw bytes after the pickle of the rest."""
    body = b""
    if isinstance(message, tuple) and len(message) == 2 and isinstance(message[1], Answer):
        body = message[1].body
        message = (message[0], replace(message[1], body=b""))
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(FRAME.pack(len(data), len(body)) + data)
    stream.write(body)  # a body larger than the stream's buffer is written without a copy
    stream.flush()


def _read(stream: Any) -> Any:
    header = stream.read(FRAME.size)
    if len(header) < FRAME.size:
        raise EOFError
    size, body_size = FRAME.unpack(header)
    data = stream.read(size)
    body = stream.read(body_size) if body_size else b""
    if len(data) < size or len(body) < body_size:
        raise EOFError
    message = pickle.loads(data)  # noqa: S301 - frames come only from our own parent or child process
    if body_size:
        message = (message[0], replace(message[1], body=body))
    return message


def serve_queries(root: str) -> None:
    """A worker's main loop (`python -m server.query_guard ROOT`): jobs on stdin, answers on stdout."""
    requests_in, answers_out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answer stream
    store = PublishedStore(Path(root))
    _write(answers_out, ("ready", None))
    while True:
        try:
            job: Job = _read(requests_in)
        except EOFError:
            return
        _write(answers_out, _answer(store, job))


def _answer(store: PublishedStore, job: Job) -> tuple[str, Any]:
    def choose(kind: str) -> str:
        media_type = job.media_types.get(kind)
        if media_type is None:
            raise _Unacceptable(kind)
        return media_type

    try:
        if job.update:
            return "updated", store.update(job.sparql).id
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
    """One worker process; started with the interpreter running this server."""

    def __init__(self, root: Path) -> None:
        package_parent = str(Path(__file__).resolve().parent.parent)
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
        }
        self.process = subprocess.Popen(
            # -P: this server's module, not a `server` package in whatever directory it was started from
            [sys.executable, "-P", "-m", "server.query_guard", str(root)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        if not self.ready(WORKER_START_S):
            self.kill()
            raise StoreError("a query worker did not start")
        _read(self.process.stdout)

    def ready(self, timeout_s: float) -> bool:
        assert self.process.stdout is not None  # started with stdout=PIPE
        readable, _, _ = select.select([self.process.stdout], [], [], max(0.0, timeout_s))
        return bool(readable)

    def send(self, job: Job) -> None:
        _write(self.process.stdin, job)

    def receive(self) -> Any:
        return _read(self.process.stdout)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream:
                stream.close()


class QueryPool:
    """A fixed number of worker processes; each job gets one worker, or a timeout."""

    def __init__(self, root: Path, size: int) -> None:
        self.root, self.size = root, size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False

    def _start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._replace()

    def _replace(self) -> None:
        """Start a worker in the background; it joins the idle queue once ready (retried until it is)."""

        def start() -> None:
            while not self._closed:
                try:
                    self._idle.put(_Worker(self.root))
                    return
                except (OSError, StoreError, EOFError) as err:
                    log.error("query worker failed to start: %s", err)
                    time.sleep(RESTART_PAUSE_S)

        threading.Thread(target=start, daemon=True, name="kg-query-worker-start").start()

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
            worker.send(job)
            if not worker.ready(deadline - time.monotonic()):
                worker.kill()
                self._replace()
                raise QueryTimeout(
                    f"the {job.what} was stopped after the time limit of {timeout_s:g} s (KG_QUERY_TIMEOUT_S); "
                    + ("nothing was published" if job.update else "narrow it down or add a LIMIT")
                )
            reply = worker.receive()
        except (EOFError, OSError):
            worker.kill()
            self._replace()
            raise StoreError(
                f"the query worker stopped while evaluating this {job.what} (the engine crashed); a new one is starting"
            ) from None
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        self._closed = True
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
        if status == "unacceptable":
            raise refusals[value]
        return _outcome(status, value)

    def select(self, sparql: str) -> Any:
        return self.inner.select(sparql)

    def construct(self, sparql: str) -> Any:
        return self.inner.construct(sparql)

    def describe(self, iri: str) -> Any:
        return self.inner.describe(iri)

    def last_modified(self, iri: str) -> Any:
        return self.inner.last_modified(iri)

    def update(self, sparql: str) -> object:
        """Apply an update in a worker under the same time limit. One that overruns is killed; its
        half-written release is removed by the next publication, and CURRENT still names the old one
        unless the worker was killed after switching (while pruning old releases): then it is done."""
        before = self.release()
        try:
            return _outcome(*self.pool.run(Job(sparql, {}, update=True), self.timeout_s))
        except QueryTimeout:
            after = self.release()
            if after is not None and after.id.endswith(UPDATE_SUFFIX) and (before is None or after.id != before.id):
                return after
            raise


def _outcome(status: str, value: Any) -> Any:
    """A worker's reply as a return value, or as the exception the store itself would raise."""
    if status in ("answer", "updated"):
        return value
    if status == "syntax":
        raise SyntaxError(value)
    if status == "query":
        raise QueryError(value)
    raise StoreError(value)


def guarded(store: Store, workers: int, timeout_s: float) -> Store:
    """The embedded store gets worker processes; a remote store is bounded by its HTTP timeout."""
    return GuardedStore(store, workers, timeout_s) if isinstance(store, PublishedStore) else store


if __name__ == "__main__":
    serve_queries(sys.argv[1])
