"""How queries reach a remote store (kg/query_client.py): kept-alive connections, a connection the
store closed meanwhile, and the time limit over the whole answer. A real HTTP/1.1 server on
127.0.0.1 stands in for the store, so that what it does with its connections can be chosen."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from werkzeug.datastructures import MultiDict
from werkzeug.formparser import parse_form_data
from werkzeug.test import EnvironBuilder

from kg import config
from kg import remote as remote_module
from kg.errors import StoreError
from kg.remote import RemoteStore
from kg.store import QueryTimeout
from tests.conftest import BASE, SEED_RECORDS

ANSWER = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": "urn:a"}}]}})


class Store:
    """Answers every POST with ANSWER over HTTP/1.1; counts the connections it accepted; can close
    each connection after answering (without saying so), send the answer slowly, in chunks (as
    stores that stream do) or without its length, ended by the close."""

    def __init__(self, close_after_answer: bool = False, trickle_s: float = 0.0, framing: str = "length") -> None:
        store = self
        self.connections = 0
        self.bodies: list[bytes] = []  # the forms received
        self.lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with store.lock:
                    store.connections += 1

            def do_POST(self) -> None:  # noqa: N802 - the http.server interface
                store.bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
                body = ANSWER.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                if framing == "chunked":
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for start in range(0, len(body), 7):  # a chunk extension, then a trailer
                        piece = body[start : start + 7]
                        self.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(piece), piece))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\nX-Trailer: 1\r\n\r\n")
                    return
                if framing == "close":
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(body)
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if trickle_s:
                    for byte in body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(trickle_s)
                else:
                    self.wfile.write(body)
                if close_after_answer:
                    self.close_connection = True  # as a store whose keep-alive time ran out

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/query"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def remote(url: str, tmp_path: Path, timeout_s: float = 10.0) -> RemoteStore:
    return RemoteStore(
        config.load(
            environ={},
            records=SEED_RECORDS,
            store=tmp_path / "store",
            base=BASE,
            remote_query=url,
            query_timeout_s=timeout_s,
        )
    )


@pytest.fixture
def store() -> Iterator[Store]:
    running = Store()
    yield running
    running.stop()


def json_answer(kind: str) -> str:
    return "application/sparql-results+json"


def test_queries_of_one_thread_reuse_one_connection(store: Store, tmp_path: Path) -> None:
    backend = remote(store.url, tmp_path)
    for _ in range(5):
        assert json.loads(backend.query("SELECT ?s { ?s ?p ?o }", json_answer).body) == json.loads(ANSWER)
    assert store.connections == 1


def test_each_thread_keeps_a_connection_of_its_own(store: Store, tmp_path: Path) -> None:
    backend = remote(store.url, tmp_path)
    threads = [
        threading.Thread(target=lambda: [backend.query("SELECT ?s {}", json_answer) for _ in range(3)])
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.connections == 3


def test_a_connection_the_store_closed_is_replaced_and_the_query_answered(tmp_path: Path) -> None:
    closing = Store(close_after_answer=True)
    try:
        backend = remote(closing.url, tmp_path)
        for _ in range(3):  # the 2nd and 3rd are first sent on the connection closed after the one before
            assert json.loads(backend.query("SELECT ?s {}", json_answer).body) == json.loads(ANSWER)
        assert closing.connections == 3
    finally:
        closing.stop()


@pytest.mark.parametrize(("framing", "connections"), [("chunked", 1), ("close", 3)])
def test_an_answer_in_chunks_or_ended_by_the_close_is_read_whole(
    framing: str, connections: int, tmp_path: Path
) -> None:
    framed = Store(framing=framing)
    try:
        backend = remote(framed.url, tmp_path)
        for _ in range(3):
            assert json.loads(backend.query("SELECT ?s {}", json_answer).body) == json.loads(ANSWER)
        assert framed.connections == connections  # a chunked answer keeps the connection, a closed one not
    finally:
        framed.stop()


def test_an_answer_that_is_not_http_is_a_broken_store(tmp_path: Path) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def answer() -> None:
            conn, _ = listener.accept()
            conn.recv(65536)
            conn.sendall(b"SSH-2.0-OpenSSH\r\n\r\n")
            conn.close()

        threading.Thread(target=answer, daemon=True).start()
        backend = remote(f"http://127.0.0.1:{listener.getsockname()[1]}/query", tmp_path)
        with pytest.raises(StoreError, match="cannot be reached"):
            backend.query("SELECT ?s {}", json_answer)


def test_the_time_limit_covers_the_whole_answer_not_each_read(tmp_path: Path) -> None:
    slow = Store(trickle_s=0.05)  # each byte within any read timeout, the whole answer in about 6 s
    try:
        backend = remote(slow.url, tmp_path, timeout_s=1.0)
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            backend.query("SELECT ?s {}", json_answer)
        assert time.monotonic() - started < 3.0  # not the 6 s the whole answer takes
    finally:
        slow.stop()


def test_queries_go_straight_to_the_store_whatever_http_proxy_says(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store is named by its own URL: a proxy set for the process's other HTTP (here one that
    is not there) is not asked."""
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    backend = remote(store.url, tmp_path)
    assert json.loads(backend.query("SELECT ?s {}", json_answer).body) == json.loads(ANSWER)
    assert store.connections == 1


def test_a_store_that_accepts_no_connection_in_time_is_unreachable_not_slow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connect that times out (here: a listener whose backlog is full, so its SYNs go unanswered)
    is "cannot be reached" within the connect timeout, not the query's time limit."""
    monkeypatch.setattr(remote_module, "CONNECT_TIMEOUT_S", 0.5)
    with socket.socket() as full:
        full.bind(("127.0.0.1", 0))
        full.listen(0)
        waiting = []
        for _ in range(4):  # fill the backlog: the next connects are never answered
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(full.getsockname())
            waiting.append(filler)
        time.sleep(0.2)
        backend = remote(f"http://127.0.0.1:{full.getsockname()[1]}/query", tmp_path)
        started = time.monotonic()
        with pytest.raises(StoreError, match="cannot be reached"):
            backend.query("SELECT ?s {}", json_answer)
        assert time.monotonic() - started < 3.0
        for filler in waiting:
            filler.close()


@pytest.mark.parametrize("padding", [0, 70_000])  # short fields are sent percent-encoded byte by byte
def test_the_store_reads_the_query_and_dataset_of_each_form_as_sent(store: Store, tmp_path: Path, padding: int) -> None:
    query = 'SELECT * { ?s ?p "ünïcode 日本 & = + % ; \\u00e9\n\t" } # ' + "x" * padding
    graphs = ["http://example.org/g?a=1&b=2", "urn:x:ü"]
    remote(store.url, tmp_path).query(query, json_answer, default_graphs=graphs, named_graphs=["urn:n"])
    environ = EnvironBuilder(
        method="POST", data=store.bodies[-1], content_type="application/x-www-form-urlencoded"
    ).get_environ()
    fields = parse_form_data(environ)[1]
    assert fields == MultiDict(
        [("query", query), *(("default-graph-uri", g) for g in graphs), ("named-graph-uri", "urn:n")]
    )


def sent_queries(store: Store) -> list[str]:
    return [
        parse_form_data(
            EnvironBuilder(method="POST", data=body, content_type="application/x-www-form-urlencoded").get_environ()
        )[1]["query"]
        for body in store.bodies
    ]


def test_an_ordered_query_is_first_sent_with_a_small_limit_and_again_whole_only_when_that_may_cut_it(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Virtuoso sets up an ORDER BY's sort for as many rows as the LIMIT names: the row cap's large
    LIMIT is sent only when the answer under remote.PROBE_ROWS may have been cut short. ANSWER has
    one row (5 objects in its JSON)."""
    ordered = "SELECT ?s { ?s ?p ?o } ORDER BY ?s\nLIMIT 100000\n"
    backend = remote(store.url, tmp_path)
    assert json.loads(backend.query(ordered, json_answer).body) == json.loads(ANSWER)
    assert sent_queries(store) == [ordered.replace("100000", str(remote_module.PROBE_ROWS))]
    monkeypatch.setattr(remote_module, "PROBE_ROWS", 5)  # as many objects as the answer has: it may be cut
    assert json.loads(backend.query(ordered, json_answer).body) == json.loads(ANSWER)
    assert sent_queries(store)[1:] == [ordered.replace("100000", "5"), ordered]
    unordered, small = "SELECT ?s { ?s ?p ?o }\nLIMIT 100000\n", "SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 3"
    backend.query(unordered, json_answer)
    backend.query(small, json_answer)
    assert sent_queries(store)[3:] == [unordered, small]  # no LIMIT to set up a large sort for: as they are
