"""The time limit of /sparql: queries run in worker processes, and one that overruns is killed.

pyoxigraph cannot interrupt a query from Python, so a runaway query (a cartesian product, a regex
over every literal) would hold a thread and a core until it ends. Here queries are evaluated in a
worker process (`python -m server.query_guard`) with the current release opened read-only (its
PublishedStore reopens when CURRENT changes, like the server's), several at once on threads of its
own over that one store; the other workers stand by, warm, to take over at once when it is
killed. Threads over one store cost less CPU per scan than a process per query, and running as
many queries at once as there are cores costs less than running more (docs/benchmarks.md,
session 8). The evaluating worker copies a release that fits KG_QUERY_MEMORY_MB into memory
from its first query on, and answers from the copy once it is whole (kg/store.py PublishedStore:
scans cost 2-5 times less CPU there, session 9). Each thread of a worker has a channel of its
own, a pair of pipes carrying length-prefixed pickles, so a request thread talks to the thread
evaluating its query with nothing in between.

The request thread waits at most the time limit, counted from its arrival: for a free channel, then
for the answer; the clock stops only while no worker is there at all (the first ones, or every one
killed, still starting): a job is stopped for its own time or refused for other jobs', never for a
process start (seconds on a loaded machine), unless the start fails. A query that overruns has its
worker killed, which really stops the evaluation and frees its core, and a fresh worker is started
in the background. The other queries that worker was evaluating are sent again to another one,
within the time each has left (a query can be repeated; an update cannot, and is reported as
stopped). A worker that dies by itself (the engine crashed) costs its queries one more try each.
SPARQL Updates of the embedded store run the same way, so an update that overruns is killed before
it publishes. An answer's body travels beside its pickle, as raw bytes read straight into the body
the caller gets: it is copied once on each side instead of three times, and the caller never holds
it twice (an answer may be tens of megabytes under the row cap).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
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

from kg.config import Settings
from kg.errors import StoreError
from kg.store import UPDATE_SUFFIX, Answer, PublishedStore, QueryError, QueryTimeout, Release, Store

KINDS = ("solutions", "boolean", "graph")
WORKER_START_S = 60.0
RESTART_PAUSE_S = 1.0
MB = 1_000_000
OVERRUN, CRASHED, CLOSED = "overrun", "crashed", "closed"  # why the pool gave a worker up
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
    if isinstance(message, tuple) and len(message) >= 2 and isinstance(message[1], Answer):
        body = message[1].body
        message = (message[0], replace(message[1], body=b""), *message[2:])
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
        message = (message[0], replace(message[1], body=body), *message[2:])
    return message


def serve_queries(root: str, memory_bytes: int, channels: list[str]) -> None:
    """A worker's main loop (`python -m server.query_guard ROOT MEMORY_BYTES JOBS_FD,ANSWERS_FD ...`):
    one thread per channel over one store, each reading jobs and writing their answers until its
    jobs end. The store is copied into memory (when it fits) at the first query, so a worker
    standing by holds no copy until it takes over."""
    sys.stdout = sys.stderr  # nothing else may write where the server reads answers
    store = PublishedStore(Path(root), memory_bytes)
    store.open()  # before saying ready: a worker standing by takes over without opening it first
    threads = [
        threading.Thread(target=_serve_channel, args=(store, *map(int, fds.split(","))), name=f"kg-query-{n}")
        for n, fds in enumerate(channels)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _serve_channel(store: PublishedStore, jobs_fd: int, answers_fd: int) -> None:
    with open(jobs_fd, "rb") as jobs, open(answers_fd, "wb") as answers:
        _write(answers, ("ready", None))
        while True:
            try:
                job: Job = _read(jobs)
            except EOFError:
                return
            _write(answers, (*_answer(store, job), store.answered_from()))


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


class _Channel:
    """One thread of a worker process, reached through a pipe each way; used by one request at a time."""

    def __init__(self, worker: _Worker, jobs_fd: int, answers_fd: int) -> None:
        self.worker = worker
        self.jobs, self.answers = open(jobs_fd, "wb"), open(answers_fd, "rb")  # noqa: SIM115 - closed in close()

    def ready(self, timeout_s: float) -> bool:
        readable, _, _ = select.select([self.answers], [], [], max(0.0, timeout_s))
        return bool(readable)

    def send(self, job: Job) -> None:
        _write(self.jobs, job)

    def receive(self) -> Any:
        return _read(self.answers)

    def close(self) -> None:
        for stream in (self.jobs, self.answers):
            with contextlib.suppress(OSError):  # a job still buffered for a worker that is gone
                stream.close()


class _Worker:
    """One worker process with `threads` channels; started with the interpreter running this server."""

    def __init__(self, root: Path, threads: int, memory_bytes: int) -> None:
        package_parent = str(Path(__file__).resolve().parent.parent)
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
        }
        pipes = [(os.pipe(), os.pipe()) for _ in range(threads)]  # jobs (read, write), answers (read, write)
        theirs = [fd for (jobs_in, _), (_, answers_out) in pipes for fd in (jobs_in, answers_out)]
        try:
            self.process = subprocess.Popen(
                # -P: this server's module, not a `server` package in whatever directory it was started from
                [sys.executable, "-P", "-m", "server.query_guard", str(root), str(memory_bytes)]
                + [f"{jobs_in},{answers_out}" for (jobs_in, _), (_, answers_out) in pipes],
                env=env,
                stdin=subprocess.DEVNULL,
                pass_fds=theirs,
            )
        except OSError:
            for (_, jobs_out), (answers_in, _) in pipes:
                os.close(jobs_out)
                os.close(answers_in)
            raise
        finally:
            for fd in theirs:  # the worker holds these now: its death is our end of file
                os.close(fd)
        self.channels = [_Channel(self, jobs_out, answers_in) for (_, jobs_out), (answers_in, _) in pipes]
        self.free = list(self.channels)  # guarded by the pool's lock
        self.lost: str | None = None  # why the pool gave it up, once it has
        self.answered_from: str | None = None  # its store's state at its last reply (PublishedStore.answered_from)
        deadline = time.monotonic() + WORKER_START_S
        try:
            for channel in self.channels:
                if not channel.ready(deadline - time.monotonic()):
                    raise StoreError("a query worker did not start")
                channel.receive()
        except BaseException:
            self.kill()
            raise

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        for channel in self.free:  # the ones in use are closed by the requests holding them
            channel.close()


class WorkerLost(StoreError):
    """The worker evaluating an update was killed for another query's overrun, or crashed."""


class QueryPool:
    """Worker processes of `threads` channels each, the oldest evaluating and the others standing by
    to take over at once when it is killed; a job gets one of its channels, or a timeout."""

    def __init__(self, root: Path, size: int, threads: int = 1, memory_bytes: int = 0) -> None:
        self.root, self.size, self.threads, self.memory_bytes = root, size, threads, memory_bytes
        self._workers: list[_Worker] = []  # oldest first: the first evaluates, the others stand by
        self._changed = threading.Condition()
        self._started = False
        self._closed = False
        self._start_failed: str | None = None  # why the last start failed, until one succeeds

    def _start(self) -> None:
        with self._changed:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._replace()

    def _replace(self) -> None:
        """Start a worker in the background; it joins the pool once ready (retried until it is)."""

        def start() -> None:
            while not self._closed:
                try:
                    worker = _Worker(self.root, self.threads, self.memory_bytes)
                except (OSError, StoreError, EOFError) as err:
                    why = str(err) or "it exited before it was ready"
                    log.error("query worker failed to start: %s", why)
                    with self._changed:
                        self._start_failed = why
                        self._changed.notify_all()  # nobody waits for a start that failed
                    time.sleep(RESTART_PAUSE_S)
                    continue
                with self._changed:
                    if not self._closed:
                        self._workers.append(worker)
                        self._start_failed = None
                        self._changed.notify_all()
                        return
                worker.kill()
                return

        threading.Thread(target=start, daemon=True, name="kg-query-worker-start").start()

    def _take(self, deadline: float, timeout_s: float) -> tuple[_Channel, float]:
        """A free channel of the evaluating worker, and the job's deadline, moved on by the time spent
        with no worker at all (waiting for one to start, at most WORKER_START_S)."""
        starting_until = time.monotonic() + WORKER_START_S
        with self._changed:
            was_empty, since = False, 0.0
            while not self._closed:
                now = time.monotonic()
                if was_empty:  # no worker was there: the job's clock did not run
                    deadline += now - since
                was_empty, since = not self._workers, now
                if self._workers and self._workers[0].free:
                    return self._workers[0].free.pop(), deadline
                if was_empty and self._start_failed is not None:
                    raise StoreError(f"no query worker could be started ({self._start_failed}); try again shortly")
                left = (starting_until if was_empty else deadline) - now
                if left <= 0:
                    why = f"did not start in {WORKER_START_S:g} s" if was_empty else f"stayed busy for {timeout_s:g} s"
                    raise StoreError(f"the query workers {why}; try again shortly")
                self._changed.wait(left)
        raise StoreError("the query workers were stopped")

    def _give_back(self, channel: _Channel) -> None:
        with self._changed:
            if channel.worker.lost is None:
                channel.worker.free.append(channel)
                self._changed.notify()
                return
        channel.close()

    def _lose(self, worker: _Worker, why: str) -> None:
        """Kill a worker (once, whoever asks first) and start another in its place."""
        with self._changed:
            if worker.lost is not None:
                return
            worker.lost = why
            self._workers.remove(worker)
        worker.kill()
        self._replace()

    def run(self, job: Job, timeout_s: float) -> tuple[str, Any]:
        self._start()
        deadline = time.monotonic() + timeout_s
        crashes = 0
        while True:
            channel, deadline = self._take(deadline, timeout_s)
            worker = channel.worker
            try:
                channel.send(job)
                if not channel.ready(deadline - time.monotonic()):
                    self._lose(worker, OVERRUN)
                    channel.close()
                    raise QueryTimeout(
                        f"the {job.what} was stopped after the time limit of {timeout_s:g} s (KG_QUERY_TIMEOUT_S); "
                        + ("nothing was published" if job.update else "narrow it down or add a LIMIT")
                    )
                status, value, worker.answered_from = channel.receive()
            except (EOFError, OSError):
                self._lose(worker, CRASHED)  # nothing if it was already killed for another query's overrun
                channel.close()
                crashes += worker.lost == CRASHED
                if job.update:
                    raise WorkerLost(f"the query worker stopped while evaluating this {job.what}") from None
                if crashes < 2:
                    continue  # again on another worker, within the time left
                raise StoreError(
                    f"the query worker stopped twice while evaluating this {job.what} (the engine crashed); "
                    "a new one is starting"
                ) from None
            self._give_back(channel)
            return status, value

    def answered_from(self) -> str | None:
        """Where the evaluating worker answered its last query from ("memory", "copying", "disk"); None
        before it has answered one."""
        with self._changed:
            return self._workers[0].answered_from if self._workers else None

    def pids(self) -> list[int]:
        """The worker processes' ids, the evaluating one first (for tests and benchmarks)."""
        with self._changed:
            return [worker.process.pid for worker in self._workers]

    def close(self) -> None:
        with self._changed:
            self._closed = True
            workers, self._workers = self._workers, []
            for worker in workers:
                worker.lost = CLOSED
            self._changed.notify_all()
        for worker in workers:
            worker.kill()


class GuardedStore:
    """A PublishedStore whose query() runs under the time limit; everything else is delegated."""

    def __init__(
        self, inner: PublishedStore, workers: int, timeout_s: float, threads: int = 1, memory_bytes: int = 0
    ) -> None:
        self.inner, self.timeout_s = inner, timeout_s
        self.pool = QueryPool(inner.directory.root, workers, threads, memory_bytes)

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

    def answered_from(self) -> str | None:
        return self.pool.answered_from()

    def select(self, sparql: str) -> Any:
        return self.inner.select(sparql)

    def construct(self, sparql: str) -> Any:
        return self.inner.construct(sparql)

    def describe(self, iri: str) -> Any:
        return self.inner.describe(iri)

    def last_modified(self, iri: str) -> Any:
        return self.inner.last_modified(iri)

    def update(self, sparql: str) -> object:
        """Apply an update in a worker under the same time limit. One that overruns (or whose worker
        is killed for another query's overrun) is stopped; its half-written release is removed by the
        next publication, and CURRENT still names the old one unless the worker was killed after
        switching (while pruning old releases): then it is done."""
        before = self.release()
        try:
            return _outcome(*self.pool.run(Job(sparql, {}, update=True), self.timeout_s))
        except (QueryTimeout, WorkerLost):
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


def guarded(store: Store, settings: Settings) -> Store:
    """The embedded store gets worker processes; a remote store is bounded by its HTTP timeout."""
    if not isinstance(store, PublishedStore):
        return store
    return GuardedStore(
        store, settings.query_workers, settings.query_timeout_s, settings.query_threads, settings.query_memory_mb * MB
    )


if __name__ == "__main__":
    serve_queries(sys.argv[1], int(sys.argv[2]), sys.argv[3:])
