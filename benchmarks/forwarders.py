"""The forwarding hop alone (issue #4, point 7): Virtuoso asked directly and through forwarders of
each shape, in turns, on the same data, so that the Virtuoso backend's gap can be laid to eventkg's
own work, to the web server's shape, or to the hop itself.

    .venv/bin/python benchmarks/forwarders.py --events 10000 --workdir var/bench --virtuoso-only

Systems, each in front of one Virtuoso (benchmarks/sparql.py's corpus and database):
- virtuoso: asked directly;
- nginx: nginx's proxy_pass with kept connections to the store, in C, no Python (not a candidate:
  it checks nothing; how much of the gap any hop costs);
- wsgi: a minimal WSGI forwarder (`wsgi_app`) under granian 1 x 8 as production serves eventkg,
  each request on a blocking thread: the form read, the rows capped, the query POSTed by libcurl
  on the thread's own handle; eventkg's lean way without its checks, negotiation and cache;
- rsgi: the same forwarder under granian's RSGI interface (`rsgi_app`), no blocking thread: the
  request answered on the event loop, libcurl's multi interface driven by the loop's readiness
  callbacks, so that no thread waits for the store;
- eventkg: eventkg -> virtuoso, 1 x 8, as in benchmarks/sparql.py.

Per query kind (wrk, `--clients` connections, `--requests` distinct queries a turn, `--rounds`
turns each, the order reversed every other round): the median rate and its ratio to Virtuoso's,
the server's CPU per request, Virtuoso's CPU per query; then the whole mix (harmonic mean).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pycurl
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import sparql as bench  # noqa: E402
from benchmarks import wrk_client  # noqa: E402
from kg.query_client import NO_EXPECT, form_body, store_handle  # noqa: E402
from kg.sparql_text import cap_rows  # noqa: E402
from server.cache_front import nginx_binary  # noqa: E402

MAX_ROWS = 100_000  # KG_MAX_RESULT_ROWS' default: the cap eventkg adds
STORE_HEADERS = ["Content-Type: application/x-www-form-urlencoded", NO_EXPECT]
NGINX_CONF = """worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 256; }}
http {{
  access_log off;
  client_body_buffer_size 1m;
  upstream store {{ server {store}; keepalive 16; }}
  server {{
    listen {listen};
    location {path} {{ proxy_pass http://store{path}; proxy_http_version 1.1; proxy_set_header Connection ""; }}
  }}
}}
"""


def forwarded_body(body: bytes) -> bytes:
    """The form sent to the store for a client's form body: its query with the rows capped."""
    query = parse_qs(body.decode())["query"][0]
    return form_body({"query": cap_rows(query, MAX_ROWS)[0]})


_local = threading.local()


def wsgi_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """The minimal WSGI forwarder: one libcurl handle (and kept connection) per thread."""
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    if not body:  # readiness checks (GET)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]
    handle = getattr(_local, "handle", None) or store_handle(os.environ["KG_REMOTE_QUERY"])
    _local.handle, answer = handle, BytesIO()
    handle.setopt(pycurl.HTTPHEADER, [f"Accept: {environ.get('HTTP_ACCEPT', '*/*')}", *STORE_HEADERS])
    handle.setopt(pycurl.POSTFIELDS, forwarded_body(body))
    handle.setopt(pycurl.WRITEDATA, answer)
    handle.perform()
    data = answer.getvalue()
    start_response(
        "200 OK", [("Content-Type", handle.getinfo(pycurl.CONTENT_TYPE)), ("Content-Length", str(len(data)))]
    )
    return [data]


class LoopCurl:
    """libcurl's multi interface on an asyncio loop: libcurl says which sockets to watch and when
    its timer is due; the loop calls back when a socket is ready; a finished transfer resolves
    its future. Handles are kept for reuse (with their connections)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, url: str) -> None:
        self.loop, self.url = loop, url
        self.multi = pycurl.CurlMulti()
        self.multi.setopt(pycurl.M_SOCKETFUNCTION, self._watch)
        self.multi.setopt(pycurl.M_TIMERFUNCTION, self._time)
        self.timer: asyncio.TimerHandle | None = None
        self.idle: list[pycurl.Curl] = []
        self.waiting: dict[pycurl.Curl, tuple[asyncio.Future[tuple[str, bytes]], BytesIO]] = {}

    def _watch(self, what: int, fd: int, multi: Any, data: Any) -> None:
        self.loop.remove_reader(fd)
        self.loop.remove_writer(fd)
        if what in (pycurl.POLL_IN, pycurl.POLL_INOUT):
            self.loop.add_reader(fd, self._act, fd, pycurl.CSELECT_IN)
        if what in (pycurl.POLL_OUT, pycurl.POLL_INOUT):
            self.loop.add_writer(fd, self._act, fd, pycurl.CSELECT_OUT)

    def _time(self, ms: int) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.timer = self.loop.call_later(ms / 1000, self._act, pycurl.SOCKET_TIMEOUT, 0) if ms >= 0 else None

    def _act(self, fd: int, event: int) -> None:
        self.multi.socket_action(fd, event)
        queued = 1
        while queued:
            queued, done, failed = self.multi.info_read()
            for handle, *error in [(h,) for h in done] + failed:
                self.multi.remove_handle(handle)
                self.idle.append(handle)
                future, answer = self.waiting.pop(handle)
                if error:
                    future.set_exception(OSError(error[1]))
                else:
                    future.set_result((handle.getinfo(pycurl.CONTENT_TYPE) or "", answer.getvalue()))

    async def post(self, body: bytes, accept: str) -> tuple[str, bytes]:
        """The store's Content-Type and answer to a POST of the form `body`."""
        handle = self.idle.pop() if self.idle else store_handle(self.url)
        answer, future = BytesIO(), self.loop.create_future()
        handle.setopt(pycurl.HTTPHEADER, [f"Accept: {accept}", *STORE_HEADERS])
        handle.setopt(pycurl.POSTFIELDS, body)
        handle.setopt(pycurl.WRITEDATA, answer)
        self.waiting[handle] = (future, answer)
        self.multi.add_handle(handle)
        return await future


class RsgiForwarder:
    """The minimal forwarder under granian's RSGI interface: every request on the event loop."""

    curl: LoopCurl | None = None

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        body = await proto()
        if not body:
            proto.response_bytes(200, [("content-type", "text/plain")], b"ok")
            return
        if self.curl is None:
            self.curl = LoopCurl(asyncio.get_running_loop(), os.environ["KG_REMOTE_QUERY"])
        media_type, data = await self.curl.post(forwarded_body(body), scope.headers.get("accept", "*/*"))
        proto.response_bytes(200, [("content-type", media_type)], data)


rsgi_app = RsgiForwarder()


@contextmanager
def granian_forwarder(interface: str, store: str) -> Iterator[str]:
    """A forwarder to `store` under granian (1 worker; 8 blocking threads for WSGI) on a free port."""
    port = bench.free_port()
    args = [str(Path(sys.executable).with_name("granian")), "--interface", interface, "--workers", "1", "--no-ws"]
    args += ["--blocking-threads", "8"] if interface == "wsgi" else []
    args += [
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        f"benchmarks.forwarders:{interface}_app",
    ]
    env = {**os.environ, "PYTHONPATH": str(bench.ROOT), "KG_REMOTE_QUERY": store}
    with bench.process(args, env=env, cwd=bench.ROOT) as group:
        url = f"http://127.0.0.1:{port}/sparql"
        bench.SERVER_GROUPS[url] = [group]
        bench.wait_until_up(url)
        yield url


@contextmanager
def nginx_forwarder(store: str, folder: Path) -> Iterator[str]:
    """nginx passing /sparql (or the store's path) to `store`, kept connections, in `folder`."""
    host, path = store.split("/", 3)[2], "/" + store.split("/", 3)[3]
    listen = f"127.0.0.1:{bench.free_port()}"
    (folder / "nginx.conf").write_text(NGINX_CONF.format(folder=folder, store=host, listen=listen, path=path))
    with bench.process([nginx_binary() or "nginx", "-p", str(folder), "-c", str(folder / "nginx.conf")]) as group:
        url = f"http://{listen}{path}"
        bench.SERVER_GROUPS[url] = [group]
        bench.wait_until_up(url)
        yield url


def turns(urls: dict[str, str], texts: list[str], rounds: int, clients: int) -> dict[str, list[tuple[float, float]]]:
    """Each system asked len(texts) // (rounds * systems) distinct queries a turn, in turns; per
    system and turn (req/s, the server's CPU µs per request)."""
    each = len(texts) // (rounds * len(urls))
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in urls}
    queries = iter(texts[i : i + each] for i in range(0, len(texts), each))
    for turn in range(rounds):
        for name in list(urls) if turn % 2 == 0 else list(urls)[::-1]:
            url, sent = urls[name], next(queries)
            groups = bench.SERVER_GROUPS[url]
            before = bench.groups_cpu_s(groups)
            run = wrk_client.run(url, sent, bench.JSON_RESULTS, clients, len(sent), 0, cycle=False)
            cpu_us = (bench.groups_cpu_s(groups) - before) * 1e6 / max(1, run.answered)
            found[name].append((run.answered / run.seconds, cpu_us))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bench.corpus_arguments(parser)
    parser.add_argument("--kinds", nargs="+", default=list(bench.QUERIES), help="query kinds (benchmarks/sparql.py)")
    parser.add_argument("--requests", type=int, default=300, help="distinct queries per system and turn")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    bench.stop_servers_on_sigterm()
    store_dir, release_path = bench.prepare_release(args.events, args.seed, args.workdir)
    quads = bench.dump_quads(release_path, args.workdir / f"data-{args.events}-{args.seed}.nq")
    systems = ["virtuoso", "nginx", "wsgi", "rsgi", "eventkg"]
    count = args.requests * args.rounds * len(systems)
    params = bench.parameters(ox.Store.read_only(str(release_path)), count + 3, args.seed)
    with ExitStack() as servers:
        store = servers.enter_context(bench.virtuoso_server(quads, store_dir, args.workdir, False))
        folder = Path(servers.enter_context(tempfile.TemporaryDirectory(prefix="kg-nginx-")))
        urls = {
            "virtuoso": store,
            "nginx": servers.enter_context(nginx_forwarder(store, folder)),
            "wsgi": servers.enter_context(granian_forwarder("wsgi", store)),
            "rsgi": servers.enter_context(granian_forwarder("rsgi", store)),
            "eventkg": servers.enter_context(bench.eventkg_server(store_dir, "1x8", remote=store)),
        }
        rates: dict[str, list[float]] = {name: [] for name in urls}
        for kind in args.kinds:
            texts = bench.query_texts(kind, params, count + 3)
            for url in urls.values():  # warm up, not measured (the same three for each)
                wrk_client.run(url, texts[:3], bench.JSON_RESULTS, 1, 3, 0, cycle=False)
            found = turns(urls, texts[3:], args.rounds, args.clients)
            direct = statistics.median(rate for rate, _ in found["virtuoso"])
            for name, rows in found.items():
                rate, cpu = statistics.median(r for r, _ in rows), statistics.median(c for _, c in rows)
                rates[name].append(rate)
                print(f"{kind:20} {name:9} {rate:7.1f} req/s ({rate / direct:.2f})  {cpu:6.0f} µs/req", flush=True)
        whole = {name: len(found) / sum(1 / r for r in found) for name, found in rates.items()}
        for name, rate in whole.items():
            print(f"{'whole mix':20} {name:9} {rate:7.1f} req/s ({rate / whole['virtuoso']:.2f})", flush=True)


if __name__ == "__main__":
    main()
