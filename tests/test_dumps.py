"""Dumps are written after the release is published, never served half-written: until a release's
dumps are complete its files answer 503 with Retry-After and /dumps/latest/ names the newest complete
ones; the background writer then completes them."""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import time
from pathlib import Path

import pyoxigraph as ox
import requests

from kg.build import build
from kg.store import ReleaseDirectory
from tests.conftest import SEED_RECORDS, LiveServer, settings_for


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
