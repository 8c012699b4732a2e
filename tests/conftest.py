"""Shared fixtures: the real pipeline into a real store, served by the real app over HTTP."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from werkzeug.serving import make_server

from kg import config
from kg.build import build
from kg.config import Settings
from server.app import create_app

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_RECORDS = ROOT / "data" / "events"
BASE = "http://kg.test/"


def settings_for(records: Path, store: Path, base: str = BASE) -> Settings:
    return config.load(environ={}, records=records, store=store, base=base)


class LiveServer:
    """The Flask app on 127.0.0.1, port chosen by the OS, in a background thread."""

    def __init__(self, settings: Settings) -> None:
        self.app = create_app(settings)
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
