"""The production command: granian serving the app (server/production.py), several workers per
front-end, several front-ends sharing one store directory, a refusal to start without a release,
workers warmed before they serve, replaced when they die or on SIGHUP without a request lost, and
an access log."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
import requests

from kg.build import build
from tests.conftest import ROOT, SEED_RECORDS, free_port, settings_for
from tests.test_sparql import CARTESIAN


class ProductionServer:
    """`python -m server.production` on 127.0.0.1 with two workers of four threads."""

    def __init__(self, store: Path, command: tuple[str, ...] = ("-m", "server.production"), **environ: str) -> None:
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
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - stderr, readable while it runs; closed by stop()
        self.process = subprocess.Popen(
            [sys.executable, *command],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
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
        raise AssertionError(f"the production server did not become ready: {self.stop()}")

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    def workers(self) -> set[int]:
        """The PIDs of the live web worker processes (not their query worker processes)."""
        found = set()
        for child in psutil.Process(self.process.pid).children():
            try:
                if "query_guard" not in " ".join(child.cmdline()):
                    found.add(child.pid)
            except psutil.Error:  # gone, or a zombie not reaped yet
                pass
        return found

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.wait(timeout=60)
        if not self._log.closed:
            self._stopped_log = self.log()
            self._log.close()
        return self._stopped_log


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    build(settings_for(SEED_RECORDS, root), echo=lambda line: None)
    return root


@pytest.fixture
def front_ends(store: Path) -> Iterator[list[ProductionServer]]:
    servers = [ProductionServer(store), ProductionServer(store)]
    yield servers
    for server in servers:
        server.stop()


def test_two_front_ends_share_one_store_and_follow_a_new_build(front_ends: list[ProductionServer], store: Path) -> None:
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
    server = ProductionServer(store)
    try:
        server.wait_ready()
        query = "# " + "x" * 6000 + "\nASK { ?s ?p ?o }"  # past the 4 KB request line many servers allow
        r = requests.get(f"{server.url}/sparql", params={"query": query}, timeout=10)
        assert r.status_code == 200 and r.json()["boolean"] is True
    finally:
        server.stop()


def test_the_server_refuses_to_start_without_a_store_and_says_why(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    assert _refusal(ProductionServer(tmp_path / "nope", TMPDIR=str(temporary))).startswith(
        f"error: no store at {tmp_path / 'nope'}: run `kg build --store"
    )
    assert not list(temporary.iterdir())  # nothing left behind, not even the workers' warm-up directory


def test_the_server_refuses_to_start_when_its_remote_store_does_not_answer(store: Path) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/query"
    assert _refusal(ProductionServer(store, KG_REMOTE_QUERY=url)).startswith(
        f"error: the remote store {url} cannot be reached"
    )


def _refusal(server: ProductionServer) -> str:
    """The error line of a server that exited with status 2 (stopped in any case)."""
    try:
        status = server.process.wait(30)
    finally:
        log = server.stop()
    assert status == 2, log
    return next((line for line in log.splitlines() if line.startswith("error: ")), log)


# Slow enough (tens of ms on the seed data) to be worth sharing between processes.
PAIRS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STR(?c) < STR(?f)) }"


def test_processes_share_answers_so_a_query_is_evaluated_once(store: Path) -> None:
    """Front-end B cannot evaluate anything (its time limit is shorter than any query), yet answers
    a query front-end A evaluated: from the answer cache both share on disk. Each one's first query
    waits for its query workers to start (over 10 s at load 20)."""
    able, unable = ProductionServer(store), ProductionServer(store, KG_QUERY_TIMEOUT_S="0.000001")
    try:
        able.wait_ready()
        unable.wait_ready()
        never_seen = requests.get(f"{unable.url}/sparql", params={"query": PAIRS + " # unseen"}, timeout=90)
        assert never_seen.status_code == 503
        evaluated = requests.get(f"{able.url}/sparql", params={"query": PAIRS}, timeout=90)
        assert evaluated.status_code == 200 and int(evaluated.json()["results"]["bindings"][0]["n"]["value"]) > 0
        deadline = time.monotonic() + 10  # written to disk in the background
        while (
            shared := requests.get(f"{unable.url}/sparql", params={"query": PAIRS}, timeout=90)
        ).status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert shared.status_code == 200 and shared.content == evaluated.content
        assert shared.headers["ETag"] == evaluated.headers["ETag"]
    finally:
        able.stop()
        unable.stop()


def test_every_limit_of_the_query_endpoint_holds_in_each_worker(store: Path) -> None:
    """Production's layout, several worker processes: whichever one a request reaches (each request
    on a new connection, spread over the workers by the kernel) caps the rows, refuses a body too
    large, an update and a SERVICE to a host not listed, answers CORS, and stops a runaway query at
    the time limit, after which the next query is answered."""
    server = ProductionServer(store, KG_MAX_RESULT_ROWS="2", KG_MAX_REQUEST_BYTES="4096", KG_QUERY_TIMEOUT_S="2")
    url = f"{server.url}/sparql"
    try:
        server.wait_ready()
        for n in range(6):
            rows = requests.get(url, params={"query": f"SELECT * {{ ?s ?p ?o }} # {n}"}, timeout=90)
            assert rows.status_code == 200 and len(rows.json()["results"]["bindings"]) == 2
            assert rows.headers["X-SPARQL-MaxRows"] == "2" and rows.headers["Access-Control-Allow-Origin"] == "*"
            assert requests.post(url, data={"query": f"ASK {{}} # {n} {'x' * 5000}"}, timeout=30).status_code == 413
            update = requests.post(url, data={"update": f"INSERT DATA {{ <urn:a> <urn:b> {n} }}"}, timeout=30)
            assert update.status_code == 400
            service = f"SELECT * {{ SERVICE <http://127.0.0.1:9/sparql> {{ ?s ?p ?o }} }} # {n}"
            assert requests.get(url, params={"query": service}, timeout=30).status_code == 400
        runaway = requests.get(url, params={"query": CARTESIAN}, timeout=90)
        assert runaway.status_code == 503 and "time limit" in runaway.json()["title"]
        assert requests.get(url, params={"query": "ASK { ?s ?p ?o } # after"}, timeout=90).status_code == 200
    finally:
        server.stop()


def test_workers_warm_up_then_search_the_release_a_new_build_publishes(records_copy: Path, tmp_path: Path) -> None:
    """Each worker renders one page of each kind before it serves (its log says so, every page
    answered 200), and keeps an index connection per thread that follows the build that adds a
    record (the same threads answer before and after: two workers, four threads)."""
    store = tmp_path / "store"
    build(settings_for(records_copy, store), echo=lambda line: None)
    server = ProductionServer(store)
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


def _asking(url: str, answers: list[int], retried: list[int], stop: threading.Event) -> None:
    """Queries one after another, each on a new connection, until told to stop; their statuses
    (0 for a connection that failed) in `answers`. A query whose connection was closed or reset
    before any answer is sent once more (its number in `retried`), as HTTP lets a client repeat an
    idempotent request (RFC 9110 section 9.2.2): a worker being replaced closes its listening
    socket, and the kernel resets a connection still queued there unless net.ipv4.tcp_migrate_req
    hands it to another worker (README)."""
    n = 0
    while not stop.is_set():
        n += 1
        for attempt in range(2):
            try:
                r = requests.get(url, params={"query": f"ASK {{ ?s ?p ?o }} # {n}"}, timeout=30)
            except requests.ConnectionError as err:
                if attempt == 0 and _closed_before_answer(err):
                    retried.append(n)
                    continue
                answers.append(0)
            else:
                answers.append(r.status_code)
            break


def _closed_before_answer(err: BaseException) -> bool:
    """Whether the server closed or reset the connection before answering (not: refused)."""
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, ConnectionResetError):  # http.client's RemoteDisconnected too
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _wait_for(condition: object, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.1)


# The production server, whose workers started after `slow` exists take SLOW_WARM_UP_S longer to warm up.
SLOW_WARM_UP_S = 8  # a warm-up at load 20 took 7-14 s; granian stops an old worker 3.5 s after its new one starts
SLOWLY_REPLACED = (
    "import sys, time; from pathlib import Path; from server.production import load_app, main; "
    f"main(lambda target: (time.sleep({SLOW_WARM_UP_S}) if Path(sys.argv[1]).exists() else None, load_app(target))[1])"
)


def test_sighup_replaces_every_worker_and_no_request_is_lost(store: Path, tmp_path: Path) -> None:
    """A graceful restart: each new worker warms up before its old one stops, however long that
    takes; queries sent all the while are answered, and then by the new workers only."""
    slow = tmp_path / "slow"
    server = ProductionServer(store, ("-c", SLOWLY_REPLACED, str(slow)))
    try:
        server.wait_ready()
        _wait_for(lambda: server.log().count(" warmed in ") == 2)
        old = server.workers()
        answers: list[int] = []
        retried: list[int] = []
        stop = threading.Event()
        asker = threading.Thread(target=_asking, args=(f"{server.url}/sparql", answers, retried, stop))
        asker.start()
        try:
            _wait_for(lambda: len(answers) > 5)
            slow.touch()
            server.process.send_signal(signal.SIGHUP)
            _wait_for(lambda: not (server.workers() & old) and server.log().count(" warmed in ") == 4, 180)
            during = len(answers)
            _wait_for(lambda: len(answers) > during + 5)
        finally:
            stop.set()
            asker.join()
        new = server.workers()
        assert len(new) == 2 and not new & old
        assert len(answers) > 10 and set(answers) == {200}, answers
        assert len(retried) <= len(old), retried  # at most the query under way as each old worker stopped
    finally:
        server.stop()


def _holder(server: ProductionServer, client: socket.socket) -> int | None:
    """The worker holding the server's end of `client`'s connection, once one has accepted it."""
    port = client.getsockname()[1]
    for pid in server.workers():
        try:
            if any(c.raddr and c.raddr.port == port for c in psutil.Process(pid).net_connections("tcp")):
                return pid
        except psutil.Error:  # gone meanwhile
            pass
    return None


def test_a_worker_being_replaced_takes_no_new_connection_and_answers_those_it_has(store: Path) -> None:
    """Once its replacement has warmed up, an old worker closes its listening socket, so that new
    connections go to the new one, and answers on the connections it has accepted until granian
    stops it 3.5 s later. Stopped while still accepting, it closed unanswered a connection whose
    request had not arrived yet: a client that had just connected got no answer."""
    server = ProductionServer(store, WEB_CONCURRENCY="1")
    try:
        server.wait_ready()
        (old,) = server.workers()
        address = ("127.0.0.1", int(server.url.rsplit(":", 1)[1]))
        held = socket.create_connection(address, timeout=10)
        _wait_for(lambda: _holder(server, held) == old)
        server.process.send_signal(signal.SIGHUP)
        _wait_for(lambda: f"worker {old} stopped accepting" in server.log())
        held.sendall(b"GET /readyz HTTP/1.1\r\nHost: test\r\n\r\n")
        answer = held.recv(100)
        fresh = [socket.create_connection(address, timeout=10) for _ in range(8)]
        _wait_for(lambda: all(_holder(server, client) for client in fresh))
        holders = {_holder(server, client) for client in fresh}
        _wait_for(lambda: old not in server.workers(), 20)  # granian kills it after KG_GRACEFUL_TIMEOUT_S (30)
        stopped = old not in server.workers()
    finally:
        server.stop()
    assert answer.startswith(b"HTTP/1.1 200 "), answer
    assert len(holders) == 1 and old not in holders, (old, holders)  # each had one chance in two
    assert stopped  # its accept loop, given a closed socket, spins and misses the stop


def test_a_worker_that_dies_is_replaced(store: Path) -> None:
    server = ProductionServer(store)
    try:
        server.wait_ready()
        _wait_for(lambda: len(server.workers()) == 2)
        first = server.workers()
        victim = min(first)
        os.kill(victim, signal.SIGKILL)
        _wait_for(lambda: len(server.workers() - first) == 1 and server.log().count(" warmed in ") == 3)
        assert server.workers() - first and victim not in server.workers()
        answers = [requests.get(f"{server.url}/sparql", params={"query": "ASK {}"}, timeout=10) for _ in range(8)]
        assert {r.status_code for r in answers} == {200}
    finally:
        server.stop()


def test_a_server_stopped_while_its_workers_warm_up_stops_at_once(store: Path, tmp_path: Path) -> None:
    """A SIGTERM that reaches a worker before it serves (granian's own handler is not yet in place)
    stops it: it had been lost, and the master waited KG_GRACEFUL_TIMEOUT_S to kill the worker."""
    started = tmp_path / "warming"
    warm_slowly = (
        "import pathlib, sys, time; from server import production\n"
        "def load(target):\n"
        f"    pathlib.Path({str(started)!r}).touch(); time.sleep(5); return production.load_app(target)\n"
        "production.main(load=load)\n"
    )
    server = ProductionServer(store, ("-c", warm_slowly), WEB_CONCURRENCY="1", KG_GRACEFUL_TIMEOUT_S="600")
    try:
        _wait_for(started.exists)
        server.process.terminate()
        server.process.wait(timeout=60)  # 600 s with the worker's stop lost
    finally:
        log = server.stop()
    assert "warmed in" not in log and server.process.returncode == 0, log


def test_the_access_log_names_each_request(store: Path, tmp_path: Path) -> None:
    access = tmp_path / "access.log"
    server = ProductionServer(store, KG_ACCESS_LOG=str(access))
    try:
        server.wait_ready()
        requests.get(f"{server.url}/sparql", params={"query": "ASK {}"}, timeout=10)
        requests.get(f"{server.url}/nowhere", timeout=10)
        _wait_for(lambda: access.exists() and "/nowhere" in access.read_text())
    finally:
        server.stop()
    lines = access.read_text().splitlines()
    assert any(re.search(r'"GET /sparql HTTP/1.1" 200 [\d.]+ "query=ASK\+%7B%7D"$', line) for line in lines), lines
    assert any('"GET /nowhere HTTP/1.1" 404 ' in line for line in lines), lines


def test_request_threads_are_kept_as_long_as_granian_allows(monkeypatch: pytest.MonkeyPatch) -> None:
    """granian stops a blocking thread idle for 30 s by default; the next request then starts a new
    one and opens what a thread keeps (its answer cache and index connections) again. Unset, the
    layout is one process per core x 8 threads, as benchmarks/sparql.py measures by default."""
    from server import production

    class Built(Exception):
        pass

    given: dict[str, object] = {}

    def server(*args: object, **kwargs: object) -> None:
        given.update(kwargs)
        raise Built

    monkeypatch.delenv("KG_THREADS", raising=False)
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.setattr(production, "GracefulServer", server)
    with pytest.raises(Built):
        production.main()
    assert given["blocking_threads_idle_timeout"] == 600  # granian's maximum
    assert (given["workers"], given["blocking_threads"]) == (os.cpu_count() or 2, 8) == production.layout({})
