"""Shared fixtures: the real pipeline into a real store, served by the real app over HTTP."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from werkzeug.serving import make_server

from benchmarks.ingest_accuracy import MEASURE_CACHE
from kg import config
from kg.build import build
from kg.config import Settings
from server.app import create_app

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_RECORDS = ROOT / "data" / "events"
BASE = "http://kg.test/"


_MEASURED_HERE = pytest.StashKey[str]()  # the directory this run made (not one the environment named)


def pytest_configure(config: pytest.Config) -> None:
    """One directory for the run's measured hold-out sets, made by the controller before the
    xdist workers start (they inherit it): many guard files ask for the same set."""
    if not hasattr(config, "workerinput") and MEASURE_CACHE not in os.environ:
        os.environ[MEASURE_CACHE] = tempfile.mkdtemp(prefix="eventkg-measured-")
        config.stash[_MEASURED_HERE] = os.environ[MEASURE_CACHE]


def pytest_unconfigure(config: pytest.Config) -> None:
    made = config.stash.get(_MEASURED_HERE, None)
    if made:
        shutil.rmtree(made, ignore_errors=True)
        os.environ.pop(MEASURE_CACHE, None)


def settings_for(records: Path, store: Path, base: str = BASE) -> Settings:
    return config.load(environ={}, records=records, store=store, base=base)


class LiveServer:
    """The Flask app on 127.0.0.1, port chosen by the OS, in a background thread."""

    def __init__(self, settings: Settings, **app_options: bool) -> None:
        self.app = create_app(settings, **app_options)
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The repository's data/events built once into a store of its own."""
    store = tmp_path_factory.mktemp("seed-store")
    settings = settings_for(SEED_RECORDS, store)
    build(settings, echo=lambda line: None)
    return settings


@pytest.fixture(scope="session")
def live(seed_store: Settings) -> Iterator[LiveServer]:
    server = LiveServer(seed_store)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def base_url(live: LiveServer) -> str:
    return live.url


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


@pytest.fixture
def records_copy(tmp_path: Path) -> Path:
    """A writable copy of data/events for tests that change records."""
    target = tmp_path / "events"
    shutil.copytree(SEED_RECORDS, target)
    return target


def iri(path: str) -> str:
    return BASE + path


# --- A real Oxigraph server for the remote-store backend (issue #4) ---------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` (from the `oxigraph` package) on 127.0.0.1 with its own data directory."""

    def __init__(self, location: Path, timeout_s: int = 5, port: int | None = None) -> None:
        binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
        port = port or free_port()  # a given port: the same server started again
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [
                binary,
                "serve",
                "--location",
                str(location),
                "--bind",
                f"127.0.0.1:{port}",
                "--union-default-graph",
                "--timeout-s",
                str(timeout_s),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/query", params={"query": "ASK {}"}, timeout=1).ok:
                    return
            except requests.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("oxigraph serve did not start")

    def settings(self, **overrides: object) -> dict[str, object]:
        return {"remote_query": f"{self.url}/query", "remote_update": f"{self.url}/update", **overrides}

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    yield server
    server.stop()
