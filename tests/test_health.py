"""/healthz and /readyz, `kg serve` refusing to start without a release, and a remote store that
goes away: 503 with Retry-After, not a hang, and back by itself when the store returns."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from click.testing import CliRunner

from kg import config
from kg.build import build
from kg.cli import main
from kg.config import Settings
from kg.store import ReleaseDirectory
from tests.conftest import BASE, SEED_RECORDS, LiveServer, OxigraphServer, settings_for


def test_healthz_answers_without_the_store(tmp_path: Path) -> None:
    live = LiveServer(settings_for(SEED_RECORDS, tmp_path / "no-store"))
    try:
        r = requests.get(f"{live.url}/healthz", timeout=5)
        assert r.status_code == 200 and r.json() == {"status": "ok"}
        assert r.headers["Cache-Control"] == "no-store"
    finally:
        live.stop()


def test_readyz_reports_the_served_release(base_url: str, seed_store: Settings, http: requests.Session) -> None:
    release = ReleaseDirectory(seed_store.store).current()
    r = http.get(f"{base_url}/readyz", timeout=5)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ready" and body["store"] == "embedded"
    assert body["release"] == release.id and body["triples"] == release.triples
    assert body["records"] == release.records and body["built_at"] == release.built_at.isoformat()


@pytest.mark.parametrize(
    "prepare, reason",
    [
        (lambda root: None, "no store at"),
        (lambda root: root.mkdir(), "nothing is published in"),
    ],
)
def test_readyz_is_503_with_retry_after_and_the_reason(tmp_path: Path, prepare, reason: str) -> None:  # noqa: ANN001
    root = tmp_path / "store"
    prepare(root)
    live = LiveServer(settings_for(SEED_RECORDS, root))
    try:
        r = requests.get(f"{live.url}/readyz", timeout=5)
        assert r.status_code == 503 and int(r.headers["Retry-After"]) > 0
        assert reason in r.json()["detail"]
    finally:
        live.stop()


@pytest.fixture
def locked_store(tmp_path: Path) -> Iterator[Path]:
    """A store directory whose first build is still running (it holds build.lock)."""
    root = tmp_path / "store"
    root.mkdir()
    with open(root / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield root


def test_serve_refuses_a_missing_store_with_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "nope"), "--port", "1"])
    assert result.exit_code == 2
    assert f"error: no store at {tmp_path / 'nope'}: run `kg build --store" in result.output


def test_serve_refuses_a_store_with_nothing_published_with_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path), "--port", "1"])
    assert result.exit_code == 2 and f"error: nothing is published in {tmp_path} yet" in result.output


def test_serve_refuses_a_store_whose_first_build_is_running_with_exit_2(locked_store: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(locked_store), "--port", "1"])
    assert result.exit_code == 2
    assert "error: a kg build is writing the first release into" in result.output


def test_serve_refuses_an_unreadable_current_file_with_exit_2(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("{not json")
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path), "--port", "1"])
    assert result.exit_code == 2 and "unreadable CURRENT file" in result.output


def test_serve_refuses_a_remote_store_that_does_not_answer_with_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["serve", "--store", str(tmp_path), "--port", "1"], env={"KG_REMOTE_QUERY": "http://127.0.0.1:9/query"}
    )
    assert result.exit_code == 2 and "cannot be reached" in result.output


def _wait_for(url: str, status: int, timeout_s: float = 15) -> requests.Response:
    deadline = time.monotonic() + timeout_s
    while True:
        r = requests.get(url, timeout=timeout_s)
        if r.status_code == status or time.monotonic() > deadline:
            return r
        time.sleep(0.2)


def test_a_remote_store_that_goes_away_gives_503_then_recovers_by_itself(tmp_path: Path) -> None:
    oxigraph = OxigraphServer(tmp_path / "oxigraph")
    settings = config.load(environ={}, records=SEED_RECORDS, store=tmp_path / "store", base=BASE, **oxigraph.settings())
    build(settings, echo=lambda line: None)
    live = LiveServer(settings)
    doc = f"{live.url}/doc/person/chen-jian.ttl"
    try:
        assert requests.get(doc, timeout=5).status_code == 200
        oxigraph.stop()
        # a description not yet rendered needs the store (one already rendered for this release
        # may still be served from the per-release cache)
        for path in ("/doc/person/hazel-smith.ttl", "/readyz", "/sparql?query=ASK%7B%7D"):
            started = time.monotonic()
            r = requests.get(f"{live.url}{path}", timeout=10)
            assert r.status_code == 503 and int(r.headers["Retry-After"]) > 0, path
            assert time.monotonic() - started < 5, f"{path} hung while the store was gone"  # the client waits 10
        oxigraph = OxigraphServer(tmp_path / "oxigraph", port=urlsplit(oxigraph.url).port)
        assert _wait_for(doc, 200).status_code == 200
        assert _wait_for(f"{live.url}/readyz", 200).json()["store"] == "remote"
    finally:
        live.stop()
        oxigraph.stop()
