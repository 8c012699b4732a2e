"""The production command: gunicorn with server/gunicorn_conf.py, several workers per front-end,
several front-ends sharing one store directory, and a refusal to start without a release."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kg.build import build
from tests.conftest import ROOT, SEED_RECORDS, free_port, settings_for

GUNICORN = shutil.which("gunicorn") or str(Path(sys.executable).with_name("gunicorn"))


class Gunicorn:
    """`gunicorn -c python:server.gunicorn_conf` on 127.0.0.1 with two workers."""

    def __init__(self, store: Path, **environ: str) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "KG_STORE": str(store),
            "PORT": str(port),
            "KG_HOST": "127.0.0.1",
            "WEB_CONCURRENCY": "2",
            "KG_THREADS": "4",
            **environ,
        }
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "python:server.gunicorn_conf"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_ready(self, timeout_s: float = 30) -> requests.Response:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                r = requests.get(f"{self.url}/readyz", timeout=5)
                if r.ok:
                    return r
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"gunicorn did not become ready: {self.stop()}")

    def stop(self) -> str:
        self.process.terminate()
        _, errors = self.process.communicate(timeout=30)
        return errors


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    build(settings_for(SEED_RECORDS, root), echo=lambda line: None)
    return root


@pytest.fixture
def front_ends(store: Path) -> Iterator[list[Gunicorn]]:
    servers = [Gunicorn(store), Gunicorn(store)]
    yield servers
    for server in servers:
        if server.process.poll() is None:
            server.stop()


def test_two_front_ends_share_one_store_and_follow_a_new_build(front_ends: list[Gunicorn], store: Path) -> None:
    first = {server.wait_ready().json()["release"] for server in front_ends}
    assert len(first) == 1
    for server in front_ends:
        for suffix in ("ttl", "jsonld", "html"):
            r = requests.get(f"{server.url}/doc/person/chen-jian.{suffix}", timeout=10)
            assert r.status_code == 200 and "Chen" in r.text
        r = requests.get(f"{server.url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
        assert r.status_code == 200 and r.json()["boolean"] is True
    summary = build(settings_for(SEED_RECORDS, store), echo=lambda line: None)
    for server in front_ends:
        assert {requests.get(f"{server.url}/readyz", timeout=5).json()["release"] for _ in range(4)} == {
            summary.release
        }
    assert summary.release not in first


def test_a_long_query_by_get_is_answered(store: Path) -> None:
    server = Gunicorn(store)
    try:
        server.wait_ready()
        query = "# " + "x" * 6000 + "\nASK { ?s ?p ?o }"  # past gunicorn's default 4 KB request line
        r = requests.get(f"{server.url}/sparql", params={"query": query}, timeout=10)
        assert r.status_code == 200 and r.json()["boolean"] is True
    finally:
        server.stop()


def test_gunicorn_refuses_to_start_without_a_store_and_says_why(tmp_path: Path) -> None:
    server = Gunicorn(tmp_path / "nope")
    assert server.process.wait(30) == 2
    assert f"error: no store at {tmp_path / 'nope'}: run `kg build --store" in server.stop()


# Slow enough (tens of ms on the seed data) to be worth sharing between processes.
PAIRS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STR(?c) < STR(?f)) }"


def test_processes_share_answers_so_a_query_is_evaluated_once(store: Path) -> None:
    """Front-end B cannot evaluate anything (its time limit is shorter than any query), yet answers
    a query front-end A evaluated: from the answer cache both share on disk."""
    able, unable = Gunicorn(store), Gunicorn(store, KG_QUERY_TIMEOUT_S="0.000001")
    try:
        able.wait_ready()
        unable.wait_ready()
        never_seen = requests.get(f"{unable.url}/sparql", params={"query": PAIRS + " # unseen"}, timeout=10)
        assert never_seen.status_code == 503
        evaluated = requests.get(f"{able.url}/sparql", params={"query": PAIRS}, timeout=10)
        assert evaluated.status_code == 200 and int(evaluated.json()["results"]["bindings"][0]["n"]["value"]) > 0
        deadline = time.monotonic() + 10  # written to disk in the background
        while (
            shared := requests.get(f"{unable.url}/sparql", params={"query": PAIRS}, timeout=10)
        ).status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert shared.status_code == 200 and shared.content == evaluated.content
        assert shared.headers["ETag"] == evaluated.headers["ETag"]
    finally:
        able.stop()
        unable.stop()


def test_workers_warm_up_then_search_the_release_a_new_build_publishes(records_copy: Path, tmp_path: Path) -> None:
    """Each worker renders one page of each kind before it serves (its log says so, every page
    answered 200), and keeps an index connection per thread that follows the build that adds a
    record (the same threads answer before and after: two workers, four threads)."""
    store = tmp_path / "store"
    build(settings_for(records_copy, store), echo=lambda line: None)
    server = Gunicorn(store)
    try:
        server.wait_ready()

        def found(word: str) -> set[bool]:
            pages = [requests.get(f"{server.url}/search", params={"q": word}, timeout=10) for _ in range(12)]
            assert {r.status_code for r in pages} == {200}
            return {"/doc/event/" in r.text for r in pages}

        assert found("Uneasy") == {True} and found("Zanzibarian") == {False}
        (records_copy / "extra.yaml").write_text("name: Zanzibarian waterways\nstart: 2011-05-01\n")
        build(settings_for(records_copy, store), echo=lambda line: None)
        assert found("Zanzibarian") == {True} and found("Uneasy") == {True}
        (records_copy / "extra.yaml").unlink()
        build(settings_for(records_copy, store), echo=lambda line: None)
        assert found("Zanzibarian") == {False}
    finally:
        log = server.stop()
    assert log.count(" warmed in ") == 2, log
    assert "not 200" not in log
    # what each worker holds once warm is out of the cycle collector's full collections
    frozen = [int(n) for n in re.findall(r" warmed in \d+ ms, (\d+) objects frozen", log)]
    assert len(frozen) == 2 and min(frozen) > 10_000, log
