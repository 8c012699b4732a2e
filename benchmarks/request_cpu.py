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

and, with --query, another kind of the mix of benchmarks/sparql.py instead of event lookups. The
time the server's threads waited for a CPU (run queue, /proc/PID/task/TID/schedstat) is shown per
request beside the CPU; the last rows are pyoxigraph in this process on the queries of each cold run.

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
    QUERIES,
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


def cpu_seconds(root: psutil.Process) -> tuple[float, float, float, float]:
    """CPU seconds of the server's processes and of its query worker processes, then the seconds
    their threads waited in the run queue, runnable but not running (/proc/PID/task/*/schedstat)."""
    web = workers = web_wait = workers_wait = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            times, cmdline = proc.cpu_times(), " ".join(proc.cmdline())
            waited = run_queue_seconds(proc.pid)
        except (psutil.NoSuchProcess, FileNotFoundError, ProcessLookupError):
            continue
        if "server.query_guard" in cmdline:
            workers, workers_wait = workers + times.user + times.system, workers_wait + waited
        else:
            web, web_wait = web + times.user + times.system, web_wait + waited
    return web, workers, web_wait, workers_wait


def run_queue_seconds(pid: int) -> float:
    """Time the threads of a process spent waiting for a CPU (the second field of schedstat)."""
    tasks = Path(f"/proc/{pid}/task")
    return sum(int((task / "schedstat").read_text().split()[1]) for task in tasks.iterdir()) / 1e9


def measure(port: int, root: psutil.Process, queries: list[str]) -> tuple[float, ...]:
    """CPU ms per request in the server and in its query workers, their run-queue waits in ms per
    request, and the median wall ms."""
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
    return (*((a - b) * 1000 / n for a, b in zip(after, before, strict=True)), statistics.median(walls) * 1000)


def floor_cpu(store: ox.Store, queries: list[str]) -> tuple[float, float]:
    """CPU ms per query of pyoxigraph in this process (query + JSON), and the median wall ms."""
    walls = []
    started = time.thread_time()
    for query in queries:
        wall = time.perf_counter()
        store.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)  # type: ignore[union-attr]
        walls.append(time.perf_counter() - wall)
    return (time.thread_time() - started) * 1000 / len(queries), statistics.median(walls) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(parser)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--servers", nargs="+", default=["gunicorn", "granian", "uwsgi"])
    parser.add_argument("--apps", nargs="+", default=["lean", "flask", "trivial"])
    parser.add_argument("--repeat", type=int, default=2, help="each measurement this many times (min, max shown)")
    parser.add_argument("--query", choices=list(QUERIES), default="event lookup", help="the kind of query asked")
    args = parser.parse_args()
    store, release = prepare_release(args.events, args.seed, args.workdir)
    floor = ox.Store.read_only(str(release))
    texts = query_texts(args.query, parameters(floor, args.requests * (args.repeat + 1) + 10, args.seed), 10**9)
    if len(texts) < args.requests * (args.repeat + 1) + 10:
        raise SystemExit(f"{len(texts)} distinct {args.query!r} queries: fewer --requests or --repeat")
    body = args.workdir / "trivial-answer.json"
    answer = floor.query(texts[0], use_default_graph_as_union=True)
    body.write_bytes(answer.serialize(format=ox.QueryResultsFormat.JSON) or b"")  # type: ignore[union-attr]
    print(f"{args.query}; load average at start: {os.getloadavg()[0]:.1f}", flush=True)
    print(
        "| server | app | request | web CPU ms | query worker CPU ms | web run-queue wait ms "
        "| query worker run-queue wait ms | median wall ms |\n|---|---|---|---|---|---|---|---|"
    )
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
                        cells = " | ".join(f"{value:.2f}" for value in measure(port, root, queries))
                        print(f"| {server} | {app} | {kind} | {cells} |", flush=True)
    for run in range(args.repeat):  # the same queries as the servers' cold runs (their cost varies by person)
        cpu, wall = floor_cpu(floor, texts[run * args.requests : (run + 1) * args.requests])
        print(f"| in-process | pyoxigraph | cold | {cpu:.2f} | - | - | - | {wall:.2f} |", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
