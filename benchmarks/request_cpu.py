"""CPU per /sparql request, by WSGI server and by way through eventkg (not a timed test).

    .venv/bin/python benchmarks/request_cpu.py --events 10000        # uses benchmarks/sparql.py's corpus

One server at a time, 1 worker process with 8 threads (gunicorn: gthread; granian: 8 blocking
threads; uWSGI: --http11-socket, 8 threads; see server_args in benchmarks/sparql.py), answering
--requests sequential requests over one keep-alive connection (http.client, in this process, not
counted). CPU is user + system time from /proc (psutil) of the server's processes, and separately of
eventkg's query worker processes, read before and after each kind of request:

  cold      event lookups, each event asked once (POST form, JSON results, as benchmarks/sparql.py)
  repeat    the same lookup again (a cache hit on the short way, server/fast_path.py)
  trivial   benchmarks/trivial_wsgi.py: a stored answer, the request never looked at

Apps: `lean` is server.wsgi:app as it runs; `flask` is the same app with first requests through
Flask (benchmarks/flask_only_wsgi.py, the way before the lean handler).
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import sys
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.sparql import (  # noqa: E402
    BASE,
    JSON_RESULTS,
    corpus_arguments,
    free_port,
    parameters,
    prepare_release,
    process,
    query_texts,
    server_args,
    wait_until_up,
)

APPS = {"lean": "server.wsgi:app", "flask": "benchmarks.flask_only_wsgi:app", "trivial": "benchmarks.trivial_wsgi:app"}
THREADS = "8"


@contextmanager
def served(server: str, app: str, env: dict[str, str]) -> Iterator[tuple[int, psutil.Process]]:
    port = free_port()
    args = server_args(server, APPS[app], port, "1", THREADS)
    with process(args, env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=ROOT):
        wait_until_up(f"http://127.0.0.1:{port}/sparql")
        (root,) = [p for p in psutil.Process().children() if str(port) in " ".join(p.cmdline())]
        yield port, root


def cpu_seconds(root: psutil.Process) -> tuple[float, float]:
    """CPU seconds of the server's processes and of its query worker processes."""
    web = workers = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            times, cmdline = proc.cpu_times(), " ".join(proc.cmdline())
        except psutil.NoSuchProcess:
            continue
        if "server.query_guard" in cmdline:
            workers += times.user + times.system
        else:
            web += times.user + times.system
    return web, workers


def measure(port: int, root: psutil.Process, queries: list[str]) -> tuple[float, float, float]:
    """CPU ms per request in the server and in its query workers, and the median wall ms."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    headers = {"Accept": JSON_RESULTS, "Content-Type": "application/x-www-form-urlencoded"}
    walls = []
    before = cpu_seconds(root)
    for query in queries:
        started = time.perf_counter()
        connection.request("POST", "/sparql", urllib.parse.urlencode({"query": query}), headers)
        response = connection.getresponse()
        body = response.read()
        walls.append(time.perf_counter() - started)
        if response.status != 200:
            raise RuntimeError(f"{response.status} for {query[:80]}: {body[:300]!r}")
    after = cpu_seconds(root)
    connection.close()
    n = len(queries)
    return (after[0] - before[0]) * 1000 / n, (after[1] - before[1]) * 1000 / n, statistics.median(walls) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(parser)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--servers", nargs="+", default=["gunicorn", "granian", "uwsgi"])
    parser.add_argument("--apps", nargs="+", default=["lean", "flask", "trivial"])
    parser.add_argument("--repeat", type=int, default=2, help="each measurement this many times (min, max shown)")
    args = parser.parse_args()
    store, release = prepare_release(args.events, args.seed, args.workdir)
    floor = ox.Store.read_only(str(release))
    texts = query_texts("event lookup", parameters(floor, args.requests * (args.repeat + 1) + 10, args.seed), 10**9)
    body = args.workdir / "trivial-answer.json"
    answer = floor.query(texts[0], use_default_graph_as_union=True)
    body.write_bytes(answer.serialize(format=ox.QueryResultsFormat.JSON) or b"")  # type: ignore[union-attr]
    print(f"load average at start: {os.getloadavg()[0]:.1f}", flush=True)
    print("| server | app | request | web CPU ms | query worker CPU ms | median wall ms |\n|---|---|---|---|---|---|")
    for server in args.servers:
        for app in args.apps:
            env = {"KG_STORE": str(store), "KG_BASE": BASE, "KG_QUERY_WORKERS": "2", "KG_BENCH_BODY": str(body)}
            env["KG_ANSWER_CACHE_DIR"] = str(args.workdir / f"answers-{server}-{app}-{time.time_ns()}")
            with served(server, app, env) as (port, root):
                measure(port, root, texts[-10:])  # warm: query workers started, modules loaded
                kinds = {"trivial": ["ASK {}"] * args.requests} if app == "trivial" else {}
                for run in range(args.repeat):
                    if app != "trivial":
                        cold = texts[run * args.requests : (run + 1) * args.requests]
                        kinds = {"cold": cold, "repeat": [cold[0]] * args.requests}
                    for kind, queries in kinds.items():
                        web, workers, wall = measure(port, root, queries)
                        print(f"| {server} | {app} | {kind} | {web:.2f} | {workers:.2f} | {wall:.2f} |", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
