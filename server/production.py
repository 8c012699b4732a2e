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
  (bounding slow leaks); SIGHUP replaces every worker, each new one started before its old one is
  stopped; SIGTERM stops them, each given KG_GRACEFUL_TIMEOUT_S to finish its requests.
- Request heads up to granian's 400 KB buffer (long GET queries), read within 30 s; bodies are
  bounded by KG_MAX_REQUEST_BYTES in the app (413). KG_ACCESS_LOG=- writes an access log to stdout,
  a path to that file.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from granian.constants import Interfaces
from granian.server import Server

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


def main(load: Callable[[str], Any] | None = None) -> None:
    """Serve until stopped; `load` builds each worker's app in place of load_app (benchmarks/worker_probe.py)."""
    settings = kg_config.load()
    server = Server(
        "server.wsgi:app",  # named only: load_app below builds the app in each worker
        address=settings.host,
        port=settings.port,
        interface=Interfaces.WSGI,
        workers=int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 2)),
        blocking_threads=int(os.environ.get("KG_THREADS", "8")),
        blocking_threads_idle_timeout=THREAD_IDLE_S,
        websockets=False,
        log_dictconfig=logging_config(os.environ.get("KG_ACCESS_LOG") or None),
        log_access=bool(os.environ.get("KG_ACCESS_LOG")),
        log_access_format=ACCESS_FORMAT,
        respawn_failed_workers=True,
        workers_max_rss=int(os.environ.get("KG_WORKER_MAX_RSS_MB", "2048")),
        workers_kill_timeout=int(os.environ.get("KG_GRACEFUL_TIMEOUT_S", "30")),
    )
    check_start(settings)  # after Server(): it configures logging
    server.serve(target_loader=load or load_app)


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
