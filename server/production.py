"""The production server: `python -m server.production` (or `make serve-prod`), granian serving the app.

granian (an HTTP server written in Rust) costs a request about a third of gunicorn's CPU
(0.08 against 0.28 ms for a do-nothing app, 0.3 ms less for a cold SPARQL lookup:
docs/benchmarks.md, session 9). What gunicorn's settings gave is kept:

- Several worker processes (WEB_CONCURRENCY, default one per core), each answering requests on
  KG_THREADS threads (default 8), each opening the store read-only itself after the fork (a
  pyoxigraph store opened before a fork is not shared safely).
- The master checks the store once before binding, without opening it, and refuses to start with
  the reason and exit status 2 when there is no release to serve; it replaces a dead dumps writer.
- Each worker renders one page of each kind before it accepts connections, then freezes what it
  holds out of the cycle collector's reach (server/warmup.py), and logs `worker N warmed in`.
- A worker that dies is started again; one whose memory passes KG_WORKER_MAX_RSS_MB is replaced
  (bounding slow leaks); SIGHUP replaces every worker, each old one told to stop accepting
  connections once its new one has warmed up, and stopped 3.5 s later (GracefulServer); SIGTERM
  stops them, each given KG_GRACEFUL_TIMEOUT_S to finish its requests.
- Request heads up to granian's 400 KB buffer (long GET queries), read within 30 s; bodies are
  bounded by KG_MAX_REQUEST_BYTES in the app (413). KG_ACCESS_LOG=- writes an access log to stdout,
  a path to that file.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from granian.constants import Interfaces
from granian.server.mp import MPServer

from kg import config as kg_config
from kg.config import Settings
from kg.errors import KgError

log = logging.getLogger("server.production")
# granian stops a blocking thread idle this long (its default: 30 s) and starts a new one for the next
# request, which then pays what each thread keeps: its connection to the shared answer cache (SQLite,
# 0.3 ms of CPU to open), to the index, to a remote store. Kept as long as granian allows (its maximum).
THREAD_IDLE_S = 600
# client, time, request (path only), status, milliseconds taken, then the query string
ACCESS_FORMAT = '%(addr)s [%(time)s] "%(method)s %(path)s %(protocol)s" %(status)d %(dt_ms).3f "%(query_string)s"'
WARMED_DIR = "KG_WARMED_DIR"  # set by the master for its workers: each one marks itself warm there
WARM_UP_WAIT_S = 120.0  # the longest an old worker serves on while its replacement warms up
STOP_ACCEPTING = signal.SIGUSR1  # sent by the master to a worker it is about to stop


class GracefulServer(MPServer):
    """granian's server, except that a worker being replaced is stopped only once its replacement
    has warmed up, and stops accepting connections from then on. granian stops it a fixed
    `respawn_interval` (3.5 s) after starting the new one, and a warm-up takes 7-14 s at load 20:
    after a SIGHUP no worker listened for seconds, and new connections were refused. Workers say
    they are warm with a file named by their PID in a directory of the master's (load_app).

    granian's stop closes at once each connection whose request has not arrived yet (hyper's
    graceful shutdown): a client that had just connected to the old worker got no answer (1 request
    in 10,000 in tests/test_production.py, at the moment of a stop). Told to stop accepting first,
    the old worker spends granian's 3.5 s answering what it has accepted while the others take
    the new connections."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.warmed = Path(tempfile.mkdtemp(prefix="kg-warmed-"))
        os.environ[WARMED_DIR] = str(self.warmed)  # inherited by the workers
        self._replacing = False
        self._serving: dict[int, Any] = {}  # the worker in each place

    def _respawn_workers(self, workers: Any, spawn_target: Any, target_loader: Any, delay: float = 0) -> None:
        self._replacing = True
        try:
            super()._respawn_workers(workers, spawn_target, target_loader, delay)
        finally:
            self._replacing = False

    # granian's MPServer narrows the abstract server's signature itself
    def _spawn_worker(self, idx: int, target: Any, callback_loader: Any) -> Any:  # type: ignore[override]
        worker = super()._spawn_worker(idx, target, partial(serving, callback_loader, self.bind_port))
        old, self._serving[idx] = self._serving.get(idx), worker
        if self._replacing:  # granian starts it, waits `delay`, then stops the old one
            start = worker.start

            def start_warm() -> None:
                start()
                if self._wait_warm(worker) and old is not None and old.is_alive():  # not one that died
                    os.kill(old.inner.pid, STOP_ACCEPTING)

            worker.start = start_warm  # type: ignore[method-assign]
        return worker

    def _wait_warm(self, worker: Any) -> bool:
        """Whether `worker` said it was warm (not: it died, or it took over WARM_UP_WAIT_S)."""
        marker = self.warmed / str(worker.inner.pid)
        deadline = time.monotonic() + WARM_UP_WAIT_S
        while not marker.exists() and worker.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        warm = marker.exists()
        marker.unlink(missing_ok=True)
        return warm


def main(load: Callable[[str], Any] | None = None) -> None:
    """Serve until stopped; `load` builds each worker's app in place of load_app (benchmarks/worker_probe.py)."""
    settings = kg_config.load()
    workers, threads = layout(os.environ)
    server = GracefulServer(
        "server.wsgi:app",  # named only: load_app below builds the app in each worker
        address=settings.host,
        port=settings.port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=threads,
        blocking_threads_idle_timeout=THREAD_IDLE_S,
        websockets=False,
        log_dictconfig=logging_config(os.environ.get("KG_ACCESS_LOG") or None),
        log_access=bool(os.environ.get("KG_ACCESS_LOG")),
        log_access_format=ACCESS_FORMAT,
        respawn_failed_workers=True,
        workers_max_rss=int(os.environ.get("KG_WORKER_MAX_RSS_MB", "2048")),
        workers_kill_timeout=int(os.environ.get("KG_GRACEFUL_TIMEOUT_S", "30")),
    )
    try:
        check_start(settings)  # after Server(): it configures logging
        server.serve(target_loader=load or load_app)
    finally:  # a refusal too: its warm-up directory is no one's
        shutil.rmtree(server.warmed, ignore_errors=True)


def serving(loader: Callable[[], Any], port: int) -> Any:
    """In each worker: the app from `loader`, the worker ready to stop accepting when told to."""
    signal.signal(STOP_ACCEPTING, lambda signum, frame: stop_accepting(port))
    # granian hears a stop only once the worker serves: until then the master's handler, inherited
    # through the fork, took a SIGTERM sent during the warm-up and did nothing, and the worker then
    # served on until the master killed it KG_GRACEFUL_TIMEOUT_S later. A worker not yet serving
    # has no request to finish: it leaves at once.
    for stop in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop, lambda signum, frame: os._exit(0))
    return loader()


def stop_accepting(port: int) -> None:
    """Close this worker's listening socket: on Linux granian gives each worker its own on the port
    (SO_REUSEPORT), and the kernel then hands new connections to the others; the connections it
    has accepted are still answered. In its place (its descriptor, which granian still polls) an
    idle listening socket, on which accept() finds nothing: on a shut or closed one granian's
    accept loop spins and no longer stops. Elsewhere the workers share one socket: left alone."""
    if sys.platform != "linux":
        return
    with socket.socket() as idle:
        idle.bind(("127.0.0.1", 0))
        idle.listen(1)
        idle.setblocking(False)  # shared by its copies: accept() answers at once, with nothing
        for fd in listening(port):
            os.dup2(idle.fileno(), fd)
    log.info("worker %d stopped accepting connections", os.getpid())


def listening(port: int) -> list[int]:
    """This process's descriptors of TCP sockets listening on `port`."""
    found = []
    for name in os.listdir("/proc/self/fd"):
        try:
            # sockets only: closing a copy of a file's descriptor drops this process's POSIX locks
            # on that file (SQLite's, in the answer cache and the index)
            if not stat.S_ISSOCK(os.fstat(int(name)).st_mode):
                continue
            copy = os.dup(int(name))
        except OSError:  # closed meanwhile
            continue
        try:
            sock = socket.socket(fileno=copy)
        except OSError:  # a kind of socket Python does not know
            os.close(copy)
            continue
        with sock:
            if (
                sock.family in (socket.AF_INET, socket.AF_INET6)
                and sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)
                and sock.getsockname()[1] == port
            ):
                found.append(int(name))
    return found


def layout(environ: Mapping[str, str]) -> tuple[int, int]:
    """Worker processes and request threads in each: WEB_CONCURRENCY (default one per core) and
    KG_THREADS (default 8). benchmarks/sparql.py measures eventkg laid out the same way by default."""
    return int(environ.get("WEB_CONCURRENCY", os.cpu_count() or 2)), int(environ.get("KG_THREADS", "8"))


def check_start(settings: Settings) -> None:
    """Check the store once, before binding, without opening it (the workers do that); exit with
    the reason when there is nothing to serve."""
    from kg.dumps import replace_dead_writer
    from server.health import check_directory

    try:
        if settings.remote_query:
            from kg.remote import RemoteStore
            from server.health import check_store

            release = check_store(RemoteStore(settings))
        else:
            release = check_directory(settings)
    except KgError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(err.exit_code)
    where = settings.remote_query or settings.store
    log.info("serving release %s (%d records) from %s", release.id, release.records, where)
    replace_dead_writer(settings.store, log.warning)  # here, in the master: once, not per worker


def load_app(target: str) -> Any:
    """In each worker, before it accepts connections: the app, warmed (templates, plugins, index
    connection), then what it holds frozen out of the cycle collector's reach."""
    from server.app import create_app
    from server.warmup import settle, warm

    started = time.perf_counter()
    app = create_app(kg_config.load())
    failed = warm(app)
    frozen = settle()
    log.info(
        "worker %d warmed in %.0f ms, %d objects frozen%s",
        os.getpid(),
        (time.perf_counter() - started) * 1000,
        frozen,
        f"; not 200: {', '.join(failed)}" if failed else "",
    )
    if warmed := os.environ.get(WARMED_DIR):
        (Path(warmed) / str(os.getpid())).touch()
    return app


def logging_config(access_log: str | None) -> dict[str, Any]:
    """granian's messages and ours on stderr; the access log on stdout ("-") or in a file."""
    access: dict[str, Any] = {"formatter": "plain", "class": "logging.StreamHandler", "stream": "ext://sys.stdout"}
    if access_log and access_log != "-":
        access = {"formatter": "plain", "class": "logging.FileHandler", "filename": access_log}
    errors = {"formatter": "generic", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "generic": {"format": "[%(asctime)s] [%(process)d] [%(levelname)s] %(message)s"},
            "plain": {"format": "%(message)s"},
        },
        "handlers": {"errors": errors, "access": access},
        "root": {"handlers": ["errors"], "level": "WARNING"},
        "loggers": {
            "server.production": {"level": "INFO"},
            "_granian": {"handlers": ["errors"], "level": "INFO", "propagate": False},
            "granian.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        },
    }


if __name__ == "__main__":
    main()
