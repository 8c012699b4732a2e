"""Dumps are written after the release is published, never served half-written: until a release's
dumps are complete its files answer 503 with Retry-After and /dumps/latest/ names the newest complete
ones; the background writer then completes them."""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

import kg.dumps
from kg.build import build
from kg.dumps import LOCK, LOG_LIMIT, complete, dumps_folder, start_writer, write_missing
from kg.store import Release, ReleaseDirectory
from kg.synth import synth
from tests.conftest import SEED_RECORDS, LiveServer, settings_for
from tests.test_production import ProductionServer


def test_dumps_come_after_the_switch_and_are_never_served_half_written(tmp_path: Path) -> None:
    records, store = tmp_path / "records", tmp_path / "store"
    records.mkdir()
    for source in sorted(SEED_RECORDS.glob("*.yaml"))[:3]:
        (records / source.name).write_text(source.read_text())
    build(settings_for(records, store), echo=lambda line: None)  # dumps="wait": written before it returns
    first = ReleaseDirectory(store).current()
    assert first is not None
    (records / "extra.yaml").write_text("name: An extra talk\nstart: 2024-01-01\n")
    server = LiveServer(settings_for(records, store))
    try:
        with open(store / "dumps.lock", "w") as busy:  # a writer at work on older dumps: the new one waits
            fcntl.flock(busy, fcntl.LOCK_EX)
            messages: list[str] = []
            build(settings_for(records, store), echo=messages.append, dumps="background")
            second = ReleaseDirectory(store).current()
            assert second is not None and second.id != first.id
            assert any("dumps being written in the background" in m for m in messages)
            pending = requests.get(f"{server.url}/dumps/{second.id}/dataset.nq.gz", timeout=10)
            assert pending.status_code == 503 and int(pending.headers["Retry-After"]) > 0
            assert "being written" in pending.json()["detail"]
            latest = requests.get(f"{server.url}/dumps/latest/dataset.nq.gz", allow_redirects=False, timeout=10)
            assert latest.status_code == 302 and latest.headers["Location"].endswith(f"/{first.id}/dataset.nq.gz")
            folder = requests.get(f"{server.url}/dumps/latest/", allow_redirects=False, timeout=10)
            assert folder.status_code == 302 and folder.headers["Location"].endswith("/dumps/")
            listing = requests.get(f"{server.url}/dumps/", params={"format": "json"}, timeout=10).json()
            assert listing["writing"] == second.id and [r["id"] for r in listing["releases"]] == [first.id]
            assert "being written" in requests.get(f"{server.url}/dumps/", timeout=10).text
            assert requests.get(f"{server.url}/dumps/{first.id}/dataset.nq.gz", timeout=10).status_code == 200
        deadline = time.monotonic() + 120
        while requests.get(f"{server.url}/dumps/{second.id}/SHA256SUMS", timeout=10).status_code != 200:
            assert time.monotonic() < deadline, "the background writer did not write the dumps"
            time.sleep(0.2)
        sums = requests.get(f"{server.url}/dumps/latest/SHA256SUMS", timeout=10).text
        for line in sums.splitlines():
            digest, name = line.split("  ")
            body = requests.get(f"{server.url}/dumps/latest/{name}", timeout=10).content
            assert hashlib.sha256(body).hexdigest() == digest
        quads = gzip.decompress(requests.get(f"{server.url}/dumps/latest/dataset.nq.gz", timeout=10).content)
        served = ox.Store.read_only(str(second.path))
        assert len(list(ox.parse(quads, format=ox.RdfFormat.N_QUADS))) == len(served)  # the new release, whole
        assert b"An extra talk" in quads
        assert not list(store.glob("published/*/dumps/.*.partial"))
    finally:
        server.stop()


# A writer that dies is replaced: by the next server start (once, in the production server's master) and by the
# next `kg build`, even one that publishes nothing. Real processes: the writer is killed mid-run.


@pytest.fixture
def synthetic(tmp_path: Path) -> tuple[Path, Path]:
    """200 synthetic events built into a store (dumps written), and their records."""
    records, store = tmp_path / "records", tmp_path / "store"
    synth(200, records)
    build(settings_for(records, store), echo=lambda line: None)
    return records, store


def _kill_writer_mid_run(records: Path, store: Path) -> Release:
    """Publish a new release and kill its background writer while it writes (a .partial file on
    disk, SHA256SUMS not yet): the release served then has no dumps and no writer at work."""
    (records / "extra.yaml").write_text("name: An extra talk\nstart: 2024-01-01\n")
    messages: list[str] = []
    build(settings_for(records, store), echo=messages.append, dumps="background")
    release = ReleaseDirectory(store).current()
    assert release is not None
    pid = int(next(re.search(r"pid (\d+)", m) for m in messages if "in the background" in m).group(1))  # type: ignore[union-attr]
    for _attempt in range(5):
        while not list(dumps_folder(release).glob(".*.partial")) and not complete(release):
            time.sleep(0.001)
        os.kill(pid, signal.SIGKILL)
        _wait_gone(pid)
        if not complete(release):
            assert not _locked(store / LOCK)  # the lock went with the writer
            return release
        shutil.rmtree(dumps_folder(release))  # it finished before the kill: once more
        pid = start_writer(store)
    raise AssertionError("the writer always finished before it could be killed")


def _locked(lock: Path) -> bool:
    """Whether a process holds the lock file (a probe that takes and at once releases it)."""
    with lock.open("a") as probe:
        try:
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(probe, fcntl.LOCK_UN)
        return False


def _wait_gone(pid: int) -> None:
    """Until the process (a child of this one: start_writer reaps it) is gone, every thread of it."""
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}").exists():
        assert time.monotonic() < deadline
        time.sleep(0.01)


def _served_dumps_are_complete(url: str, release: Release) -> None:
    """/dumps/latest/ leads to the release's own dumps, whose files match SHA256SUMS and hold the
    release's every quad."""
    deadline = time.monotonic() + 120
    while not _location(f"{url}/dumps/latest/SHA256SUMS").endswith(f"/{release.id}/SHA256SUMS"):
        assert time.monotonic() < deadline, "the dumps were not written again"
        time.sleep(0.2)
    for line in requests.get(f"{url}/dumps/latest/SHA256SUMS", timeout=10).text.splitlines():
        digest, name = line.split("  ")
        body = requests.get(f"{url}/dumps/{release.id}/{name}", timeout=10).content
        assert hashlib.sha256(body).hexdigest() == digest
    quads = gzip.decompress(requests.get(f"{url}/dumps/latest/dataset.nq.gz", timeout=10).content)
    assert len(list(ox.parse(quads, format=ox.RdfFormat.N_QUADS))) == len(ox.Store.read_only(str(release.path)))


def _location(url: str) -> str:
    return requests.get(url, allow_redirects=False, timeout=10).headers.get("Location", "")


def test_a_server_start_replaces_a_dead_writer_once(synthetic: tuple[Path, Path]) -> None:
    records, store = synthetic
    release = _kill_writer_mid_run(records, store)
    with open(store / "dumps.lock", "w") as busy:  # a writer at work: a starting server leaves it be
        fcntl.flock(busy, fcntl.LOCK_EX)
        server = ProductionServer(store)
        server.wait_ready()
        log = server.stop()
    assert "started kg dumps" not in log and not complete(release)
    server = ProductionServer(store)  # two workers
    try:
        server.wait_ready()
        assert requests.get(f"{server.url}/dumps/{release.id}/dataset.nq.gz", timeout=10).status_code in (200, 503)
        _served_dumps_are_complete(server.url, release)
    finally:
        log = server.stop()
    assert log.count("started kg dumps") == 1, log
    assert (store / "dumps.log").read_text().count(f"release {release.id} has no dumps") == 1


def test_the_next_build_replaces_a_dead_writer_even_when_it_publishes_nothing(synthetic: tuple[Path, Path]) -> None:
    records, store = synthetic
    release = _kill_writer_mid_run(records, store)
    server = LiveServer(settings_for(records, store))
    try:
        latest = _location(f"{server.url}/dumps/latest/SHA256SUMS")  # (a request for the release's own
        assert release.id not in latest  # dumps would start a writer: test_a_running_server_replaces...)
        (records / "broken.yaml").write_text("start: 2020-01-02\n")  # no name: a violation
        failed = subprocess.run(
            [sys.executable, "-m", "kg", "build", "--records", str(records), "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=120,
            env={k: v for k, v in os.environ.items() if not k.startswith("KG_")},
        )
        assert failed.returncode == 1 and "broken.yaml: name: is required" in failed.stderr
        assert "started kg dumps" in failed.stderr
        assert ReleaseDirectory(store).current() == release
        _served_dumps_are_complete(server.url, release)
    finally:
        server.stop()


def test_a_running_server_replaces_a_writer_that_dies_once_whoever_asks(synthetic: tuple[Path, Path]) -> None:
    """The writer dies while the production server (two workers) serves: the next requests for the release's
    dumps, eight at once, start one writer between them, and the dumps are then served whole."""
    records, store = synthetic
    server = ProductionServer(store)
    try:
        server.wait_ready()
        release = _kill_writer_mid_run(records, store)
        with ThreadPoolExecutor(8) as pool:
            asked = list(
                pool.map(lambda _: requests.get(f"{server.url}/dumps/{release.id}/dataset.nq.gz", timeout=10), range(8))
            )
        assert {r.status_code for r in asked} <= {200, 503} and 503 in {r.status_code for r in asked}
        _served_dumps_are_complete(server.url, release)
        assert requests.get(f"{server.url}/dumps/", params={"format": "json"}, timeout=10).json()["writing"] is None
    finally:
        log = server.stop()
    assert log.count("started kg dumps") == 1, log
    assert (store / "dumps.log").read_text().count(f"release {release.id} has no dumps") == 1


def test_the_dumps_log_is_kept_to_its_limit(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(settings_for(SEED_RECORDS, store), echo=lambda line: None)
    log = store / "dumps.log"
    log.write_bytes(b"x" * (LOG_LIMIT + 1))
    pid = start_writer(store)
    _wait_gone(pid)
    assert (store / "dumps.log.1").stat().st_size == LOG_LIMIT + 1
    assert log.stat().st_size < 1000 and "the release served has its dumps" in log.read_text()
    start_writer(store)  # under the limit: appended to
    assert not (store / "dumps.log.2").exists() and (store / "dumps.log.1").stat().st_size == LOG_LIMIT + 1


def test_a_writer_drops_a_release_superseded_mid_write_for_the_one_served(
    synthetic: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Release A's dumps are being written when a build publishes B: the writer stops A's (no file
    of them left, not even a partial one) and writes B's, so B's dumps do not wait for A's."""
    records, store = synthetic
    (records / "extra.yaml").write_text("name: An extra talk\nstart: 2024-01-01\n")
    build(settings_for(records, store), echo=lambda line: None)
    superseded = ReleaseDirectory(store).current()
    assert superseded is not None
    shutil.rmtree(dumps_folder(superseded))  # A served without dumps, no writer at work
    opened = kg.dumps.open_read_only

    def publish_b_while_a_is_written(release: Release) -> ox.Store:
        if release.id == superseded.id:  # A's dump starts: a build publishes B meanwhile
            (records / "later.yaml").write_text("name: A later talk\nstart: 2024-02-01\n")
            build(settings_for(records, store), echo=lambda line: None, dumps="background")  # its writer waits for ours
        return opened(release)

    monkeypatch.setattr(kg.dumps, "open_read_only", publish_b_while_a_is_written)
    monkeypatch.setattr(kg.dumps, "CHECK_BYTES", 1 << 10)
    written = write_missing(store)
    served = ReleaseDirectory(store).current()
    assert served is not None and served.id != superseded.id
    assert written == [served.id] and complete(served)
    assert not complete(superseded) and not list(dumps_folder(superseded).glob("*")) + list(
        dumps_folder(superseded).glob(".*")
    )
    quads = gzip.decompress((dumps_folder(served) / "dataset.nq.gz").read_bytes())
    assert b"A later talk" in quads
