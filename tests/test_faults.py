"""Faults during a build: the served graph is never lost or half-replaced."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

from kg.build import STAGING_PREFIX
from tests.conftest import LiveServer, settings_for

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://schema.org/Event> }"


def kg(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_") and k != "PORT"}
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "KG_BASE": "http://kg.test/"},
    )


def events(url: str) -> int:
    r = requests.get(f"{url}/sparql", params={"query": COUNT}, timeout=30)
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = tmp_path_factory.mktemp("corpus") / "records"
    assert kg("synth", "150", "-o", str(records)).wait(timeout=120) == 0
    return records


def test_killing_a_build_at_any_moment_leaves_the_previous_graph_served(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    started = time.monotonic()
    first = kg("build", "--records", str(corpus), "--store", str(store))
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    took = time.monotonic() - started  # a --full build takes about as long: kill it along the way
    server = LiveServer(settings_for(corpus, store))
    try:
        served = events(server.url)
        assert served >= 150
        files = len(list(corpus.glob("*.yaml")))
        killed = 0
        killed_pids: list[int] = []
        for delay in (round(took * share, 2) for share in (0.2, 0.4, 0.6, 0.8)):
            (corpus / f"extra-{delay}.yaml").write_text(f"name: Extra {delay}\nstart: 2024-01-01\n")
            build = kg("build", "--records", str(corpus), "--store", str(store), "--full")
            time.sleep(delay)
            if build.poll() is None:
                build.send_signal(signal.SIGKILL)
                killed += 1
                killed_pids.append(build.pid)
            build.wait(timeout=60)
            now = events(server.url)
            complete = served + len(list(corpus.glob("*.yaml"))) - files
            # the old graph or the whole new one (a build killed after its switch, while writing
            # dumps, has published): never lost, never half-replaced
            assert now in (served, complete)
            served, files = now, files if now != complete else len(list(corpus.glob("*.yaml")))
        assert killed >= 2  # most builds were really interrupted
        finished = kg("build", "--records", str(corpus), "--store", str(store))
        assert finished.wait(timeout=300) == 0, finished.stderr.read() if finished.stderr else ""
        assert events(server.url) == served + len(list(corpus.glob("*.yaml"))) - files
        staging = Path(tempfile.gettempdir())  # the next build removes what killed builds staged
        assert not [f for pid in killed_pids for f in staging.glob(f"{STAGING_PREFIX}{pid}-*")]
    finally:
        server.stop()


def test_an_unwritable_store_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        locked = Path("/proc/kg-store-not-writable")  # even root cannot create directories here
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    build = kg("build", "--records", str(corpus), "--store", str(locked / "store"))
    _, err = build.communicate(timeout=300)
    assert build.returncode == 2
    assert "error: cannot write the store directory" in err and "Traceback" not in err


def test_two_builds_at_once_the_second_is_refused(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    import fcntl

    with open(store / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        build = kg("build", "--records", str(corpus), "--store", str(store))
        _, err = build.communicate(timeout=300)
    assert build.returncode == 2 and "another kg build is writing" in err


def test_an_update_while_a_build_runs_is_refused_not_lost(corpus: Path, tmp_path: Path) -> None:
    """The build holds the store's lock from reading the served release to switching: an update
    accepted meanwhile would be applied to a release the build then replaces, and be lost."""
    from kg.errors import StoreError
    from kg.store import PublishedStore

    store = tmp_path / "store"
    first = kg("build", "--records", str(corpus), "--store", str(store), "--wait-for-dumps")
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    insert = "INSERT DATA { GRAPH <http://kg.test/graph/note> { <http://kg.test/id/x> <http://kg.test/p> 'kept' } }"
    published = PublishedStore(store)
    published.update(insert.replace("kept", "before"))
    rebuild = kg("build", "--records", str(corpus), "--store", str(store), "--full")
    staging = Path(tempfile.gettempdir())
    deadline = time.monotonic() + 60
    while not list(staging.glob(f"{STAGING_PREFIX}{rebuild.pid}-*")):  # reading records, mapping: not yet publishing
        assert rebuild.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    with pytest.raises(StoreError, match="another kg build is writing"):
        published.update(insert)
    assert rebuild.wait(timeout=300) == 0
    published.update(insert)  # after the build: applied to the release it published
    ask = "ASK { <http://kg.test/id/x> <http://kg.test/p> 'kept' }"
    assert published.query(ask, lambda kind: "application/sparql-results+json").body.find(b"true") > 0
