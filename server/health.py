"""Liveness (/healthz) and readiness (/readyz) for load balancers, and the same readiness check
that `kg serve` and the production server (server/production.py) run before they start listening.

/healthz answers as long as the process does (it never touches the store). /readyz answers 200
with the release being served (id, build time, triples, records) once the store opens and a
release is published, else 503 with Retry-After and the reason, so a front-end joins the pool
only when it can answer, and leaves it while its store is gone. Over the embedded store it also
says, once the query workers have answered a query, where they answered the last one from
(`queries_from`: `memory`, `copying` while the copy is made, or `disk`; KG_QUERY_MEMORY_MB).
"""

from __future__ import annotations

import fcntl
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from flask import Blueprint, Response

from kg.config import Settings
from kg.errors import StoreError
from kg.store import Release, ReleaseDirectory, Store
from server.context import settings, store, unavailable
from server.query_guard import GuardedStore

blueprint = Blueprint("health", __name__)

PROBE_QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"  # opens the release, or reaches the remote store


def explain_directory(root: Path) -> None:
    """Raise a StoreError saying what is wrong with a store directory that has no release to serve."""
    if not root.exists():
        raise StoreError(f"no store at {root}: run `kg build --store {root}` first, or set KG_STORE")
    if not root.is_dir() or not os.access(root, os.R_OK | os.X_OK):
        raise StoreError(f"cannot read the store directory {root} (not a readable directory)")
    if (root / "CURRENT").exists():
        return
    if _build_running(root / "build.lock"):
        raise StoreError(f"a kg build is writing the first release into {root}; start the server when it ends")
    raise StoreError(f"nothing is published in {root} yet: run `kg build --store {root}`")


def _build_running(lock_file: Path) -> bool:
    try:
        with open(lock_file) as lock:
            fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def check_directory(settings: Settings) -> Release:
    """The release a new server would serve, read from disk without opening the store (safe in a
    process that forks workers afterwards); a StoreError says why there is none."""
    directory = ReleaseDirectory(settings.store)
    explain_directory(directory.root)
    release = directory.current()
    if release is None:  # CURRENT went away since it was looked for
        raise StoreError(f"nothing is published in {directory.root} yet: run `kg build --store {directory.root}`")
    if not os.access(release.path, os.R_OK | os.X_OK):
        raise StoreError(f"cannot read release {release.path} (missing or not readable)")
    return release


def check_store(served: Store) -> Release:
    """The release being served, after one query through the store; a StoreError says why not."""
    release = served.release()
    if release is None:
        raise StoreError("the store holds no release yet: run `kg build`")
    served.select(PROBE_QUERY)
    return release


@blueprint.get("/healthz")
def healthz() -> Response:
    return _json({"status": "ok"})


@blueprint.get("/readyz")
def readyz() -> Response:
    try:
        if not settings().remote_query:
            explain_directory(settings().store)
        release = check_store(store())
    except StoreError as err:
        raise unavailable(err) from None
    served = store()
    # where the embedded store's query workers answer from, once they have answered a query
    answered_from = served.answered_from() if isinstance(served, GuardedStore) else None
    return _json(
        {
            "status": "ready",
            "store": "remote" if settings().remote_query else "embedded",
            **({"queries_from": answered_from} if answered_from else {}),
            "release": release.id,
            "built_at": release.built_at.isoformat(),
            "age_s": round((datetime.now(UTC) - _aware(release.built_at)).total_seconds()),
            "triples": release.triples,
            "records": release.records,
            "base": release.base,
        }
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _json(body: dict[str, object]) -> Response:
    response = Response(json.dumps(body), mimetype="application/json")
    response.headers["Cache-Control"] = "no-store"
    return response
