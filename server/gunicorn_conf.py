"""gunicorn settings for production: `gunicorn -c python:server.gunicorn_conf` (or `make serve-prod`).

Several worker processes, each with a few threads, each opening the store read-only after the
fork (the app is not preloaded: a pyoxigraph store opened before a fork is not shared safely).
Settings come from the environment like `kg serve` (KG_STORE, KG_BASE, KG_HOST, PORT,
KG_REMOTE_QUERY, ...); WEB_CONCURRENCY sets the number of workers (default: one per core) and
KG_THREADS the threads per worker (default 8). The master refuses to start, with the reason and
exit status 2, when there is no release to serve. Each worker renders one page of each kind
before it accepts connections (server/warmup.py).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from kg import config as kg_config
from kg.errors import KgError

_settings = kg_config.load()

wsgi_app = "server.wsgi:app"
bind = f"{_settings.host}:{_settings.port}"
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 2))
worker_class = "gthread"
threads = int(os.environ.get("KG_THREADS", "8"))
preload_app = False
timeout = int(_settings.query_timeout_s) + 20  # a request never legitimately outlives the query limit
graceful_timeout = 30
keepalive = 5
# SPARQL clients send queries by GET (SPARQLWrapper does by default): allow request lines up to
# gunicorn's maximum instead of its 4 KB default; longer queries belong in a POST body (414 here)
limit_request_line = 8190
max_requests = 50_000  # a worker is replaced now and then, so slow leaks cannot grow without bound
max_requests_jitter = 5_000
accesslog = os.environ.get("KG_ACCESS_LOG") or None  # "-" for stdout
errorlog = "-"
control_socket_disable = True  # gunicorn 27's control socket is one path per user: front-ends would collide


def on_starting(server: Any) -> None:
    """Check the store once in the master, before binding, without opening it (workers do that)."""
    from kg.dumps import replace_dead_writer
    from server.health import check_directory

    try:
        if _settings.remote_query:
            from kg.remote import RemoteStore
            from server.health import check_store

            release = check_store(RemoteStore(_settings))
        else:
            release = check_directory(_settings)
    except KgError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(err.exit_code)
    server.log.info(
        "serving release %s (%d records) from %s",
        release.id,
        release.records,
        _settings.remote_query or _settings.store,
    )
    replace_dead_writer(_settings.store, server.log.warning)  # here, in the master: once, not per worker


def post_worker_init(worker: Any) -> None:
    """Warm the worker (templates, plugins, index connection) before it accepts connections, then
    freeze what it holds out of the cycle collector's reach (server/warmup.py settle)."""
    from server.warmup import settle, warm

    started = time.perf_counter()
    failed = warm(worker.wsgi, alive=worker.notify)
    frozen = settle()
    worker.log.info(
        "worker %d warmed in %.0f ms, %d objects frozen%s",
        os.getpid(),
        (time.perf_counter() - started) * 1000,
        frozen,
        f"; not 200: {', '.join(failed)}" if failed else "",
    )
