"""Serving benchmark: /doc/ in Turtle, JSON-LD and HTML under 1, 4 and 16 concurrent clients through
the production server (granian, server/production.py) on 127.0.0.1, against the same describe
in-process; memory of the server processes. Loopback only.

    python benchmarks/serve.py --store SMALL_STORE [--store LARGE_STORE ...] [--seconds 10] [--workers 2]

Build a store first: `kg synth 1000 -o DIR && kg build --records DIR --store STORE`.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import psutil
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.dumps import write_missing  # noqa: E402
from kg.store import PublishedStore  # noqa: E402

TARGET_P50_MS, TARGET_P99_MS = 10.0, 50.0  # /doc/ at 4 clients (issue #7)
TARGET_PAGES_MS = 50.0  # browse-by-year, per-person and search pages
TARGET_GROWTH = 1.5  # latency at 100,000 events against 1,000


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """The production server (server/production.py), on 127.0.0.1; ready once every worker has
    warmed up (its log says so) and /readyz answers."""

    def __init__(self, store: Path, workers: int, probe: Path | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "KG_STORE": str(store),
            "PORT": str(self.port),
            "KG_HOST": "127.0.0.1",
            "WEB_CONCURRENCY": str(workers),
            **({"PROBE_DIR": str(probe)} if probe else {}),
        }
        command = ["-m", "benchmarks.worker_probe", "serve"] if probe else ["-m", "server.production"]
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (the server's log, closed by stop())
        self.process = subprocess.Popen(
            [sys.executable, *command],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if self.warmed() >= workers and requests.get(f"{self.url}/readyz", timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()
        raise SystemExit("the production server did not become ready")

    def warmed(self) -> int:
        """How many workers have said they are warm (server/production.py load_app)."""
        self.log.seek(0)
        return self.log.read().count(b" warmed in ")

    def rss_mb(self) -> float:
        """Resident memory of the master, its workers and their query processes."""
        try:
            master = psutil.Process(self.process.pid)
            processes = [master, *master.children(recursive=True)]
            return sum(p.memory_info().rss for p in processes) / 1e6
        except psutil.NoSuchProcess:
            return 0.0

    def cpu_s(self) -> float:
        """User + system CPU seconds of the master, its workers and their query processes so far,
        those that have ended included (a process's reaped children count in its own figures), so
        a worker or writer ending between two readings does not make their difference negative."""
        try:
            master = psutil.Process(self.process.pid)
            times = [p.cpu_times() for p in (master, *master.children(recursive=True))]
            return sum(t.user + t.system + t.children_user + t.children_system for t in times)
        except psutil.NoSuchProcess:
            return 0.0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)
        self.log.close()


def sample_slugs(store: Path, count: int) -> list[tuple[str, str]]:
    rows = PublishedStore(store).select(
        "SELECT ?s WHERE { ?s a ?t VALUES ?t { <https://schema.org/Event> <https://schema.org/Person> } } LIMIT 5000"
    )
    paths = []
    for row in rows:
        kind, slug = str(row["s"]).split("/id/", 1)[1].split("/", 1)
        paths.append((kind, slug))
    return paths[:: max(1, len(paths) // count)][:count]


def run_clients(url_for: callable, clients: int, seconds: float) -> tuple[list[float], Counter]:  # type: ignore[valid-type]
    """`clients` threads, each with its own keep-alive session, for `seconds`; latencies in ms."""
    latencies: list[float] = []
    statuses: Counter = Counter()
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(number: int) -> None:
        session, done, own = requests.Session(), 0, []
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                status = session.get(url_for(number, done), timeout=30).status_code
            except requests.RequestException:
                status = 0
            own.append((time.perf_counter() - started) * 1000)
            with lock:
                statuses[status] += 1
            done += 1
        with lock:
            latencies.extend(own)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, statuses


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def in_process(store: Path, paths: list[tuple[str, str]], seconds: float) -> list[float]:
    """The same describe query without HTTP (what the server's own work costs at the bottom)."""
    published = PublishedStore(store)
    base = published.release().base
    latencies, stop_at, n = [], time.monotonic() + seconds, 0
    while time.monotonic() < stop_at:
        kind, slug = paths[n % len(paths)]
        started = time.perf_counter()
        published.describe(f"{base}id/{kind}/{slug}")
        latencies.append((time.perf_counter() - started) * 1000)
        n += 1
    return latencies


def listing_paths(store: Path, count: int) -> list[str]:
    """Browse-by-year pages, searches for words of real titles, and pages of the busiest people."""
    release = PublishedStore(store).release()
    db = sqlite3.connect(f"file:{release.artifacts / 'index.sqlite'}?mode=ro", uri=True)
    years = [row[0] for row in db.execute("SELECT DISTINCT year FROM resources WHERE year IS NOT NULL")]
    titles = [row[0] for row in db.execute("SELECT label FROM resources WHERE kind = 'event' LIMIT 2000")]
    db.close()
    rng = random.Random(7)
    words = sorted({w for t in titles for w in t.split() if len(w) > 4 and w.isalpha()})
    busiest = PublishedStore(store).select(
        "SELECT ?p (COUNT(?e) AS ?n) WHERE { ?e <https://schema.org/performer> ?p } GROUP BY ?p ORDER BY DESC(?n) "
        "LIMIT 50"
    )
    people = [f"/doc/person/{str(row['p']).rsplit('/', 1)[1]}.html" for row in busiest]
    paths = [f"/events?year={rng.choice(years)}" for _ in range(count)]
    paths += [f"/search?q={rng.choice(words)}" for _ in range(count)]
    return paths + people


Cells = dict[tuple[str, int], tuple[float, float, float]]  # (what, clients) -> (req/s, p50, p99)


def measure(store: Path, workers: int, seconds: float, clients_list: list[int], probe: Path | None = None) -> Cells:
    """Every cell of the table for one store, printed as it is measured."""
    # the release's dumps first: a server started on a release without them starts a writer,
    # which would take a core for minutes beside the measurements
    if write_missing(store):
        print(f"(wrote the dumps of {store}'s release first)")
    paths = sample_slugs(store, 1000)
    pages = listing_paths(store, 200)
    release = PublishedStore(store).release()
    print(
        f"\nstore {store}: release {release.id}, {release.records} records, {release.triples} triples; "
        f"production server, {workers} workers; {len(paths)} resources; {seconds:g} s per cell"
    )
    cells: Cells = {}
    if probe:
        probe = probe / store.name
        probe.mkdir(parents=True, exist_ok=True)
    server = Server(store, workers, probe)
    try:
        print("| what | clients | requests/s | p50 ms | p99 ms | non-200 | server RSS MB | server CPU ms/request |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")

        def row(
            what: str,
            clients: int,
            latencies: list[float],
            statuses: Counter,
            elapsed: float,
            cpu_ms: float | None = None,
        ) -> None:
            p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
            bad = sum(n for status, n in statuses.items() if status != 200)
            cells[(what, clients)] = (len(latencies) / elapsed, p50, p99)
            if cpu_ms is not None:
                cells[(what, 0)] = (cpu_ms, p50, p99)  # clients 0: the CPU row of a page kind
            print(
                f"| {what} | {clients} | {len(latencies) / elapsed:.0f} | {p50:.1f} | {p99:.1f} | {bad} "
                f"| {server.rss_mb():.0f} | {'' if cpu_ms is None else f'{cpu_ms:.2f}'} |",
                flush=True,
            )

        # First: each resource once, never seen by this server (no answer rendered yet for this release).
        cold, statuses, started, cpu = [], Counter(), time.monotonic(), server.cpu_s()
        with requests.Session() as session:
            for kind, slug in paths[:300]:
                began = time.perf_counter()
                statuses[session.get(f"{server.url}/doc/{kind}/{slug}.ttl", timeout=30).status_code] += 1
                cold.append((time.perf_counter() - began) * 1000)
        first_cpu_ms = (server.cpu_s() - cpu) * 1000 / len(cold)  # a first rendering's CPU: the /doc/ tail's cost
        row("ttl, first request", 1, cold, statuses, time.monotonic() - started, cpu_ms=first_cpu_ms)
        for suffix in ("ttl", "jsonld", "html"):
            for clients in clients_list:

                def url_for(number: int, done: int, suffix: str = suffix) -> str:
                    kind, slug = paths[(number * 7919 + done) % len(paths)]
                    return f"{server.url}/doc/{kind}/{slug}.{suffix}"

                latencies, statuses = run_clients(url_for, clients, seconds)
                row(suffix, clients, latencies, statuses, seconds)
        cpu_per_page_kind(server, pages, seconds, row)
        for clients in clients_list:
            latencies, statuses = run_clients(
                lambda n, i: server.url + pages[(n * 7919 + i) % len(pages)], clients, seconds
            )
            row("browse, search, person pages", clients, latencies, statuses, seconds)
        local = in_process(store, paths, seconds)
        row("describe in-process", 1, local, Counter({200: len(local)}), seconds)
    finally:
        server.stop()
    return cells


PAGE_KINDS = {"year page": "/events?", "search page": "/search?", "person page": "/doc/person/"}
ROW_MARK = {"year page": "<li><time>", "search page": "<li>", "person page": "<li><time>"}  # one per row listed


def cpu_per_page_kind(server: Server, pages: list[str], seconds: float, row: Callable[..., None]) -> None:
    """Each kind of page alone, one client: latency, and the server's CPU per request (which the
    machine's load changes less than latency). A person's page is rendered once per release and
    worker process, then kept: its first requests are a row of their own."""
    for what, prefix in PAGE_KINDS.items():
        paths = [path for path in pages if path.startswith(prefix)]
        runs = [(f"{what}, first time", paths, 0.0)] if what == "person page" else []
        for label, chosen, length in [*runs, (what, paths, seconds)]:
            cpu, began, latencies, statuses = server.cpu_s(), time.monotonic(), [], Counter()
            sizes, rows = [], []
            with requests.Session() as session:
                while not latencies or time.monotonic() - began < length:
                    for path in chosen:
                        started = time.perf_counter()
                        response = session.get(server.url + path, timeout=30)
                        latencies.append((time.perf_counter() - started) * 1000)
                        statuses[response.status_code] += 1
                        sizes.append(len(response.content))
                        rows.append(response.text.count(ROW_MARK[what]))
                        if length and time.monotonic() - began >= length:
                            break
            elapsed = time.monotonic() - began
            row(label, 1, latencies, statuses, elapsed, cpu_ms=(server.cpu_s() - cpu) * 1000 / len(latencies))
        # what a page of this kind shows here: the ratio between stores depends on it
        print(f"|   ({what}: {sum(rows) / len(rows):.1f} rows, {sum(sizes) / len(sizes) / 1000:.1f} kB a page) |")


def verdicts(cells: Cells) -> list[str]:
    said = []
    for what in ("ttl", "jsonld", "html"):
        if (what, 4) in cells:
            _, p50, p99 = cells[(what, 4)]
            met = p50 < TARGET_P50_MS and p99 < TARGET_P99_MS
            said.append(
                f"/doc/ {what} at 4 clients: p50 {p50:.1f} ms (target < {TARGET_P50_MS:g}), "
                f"p99 {p99:.1f} ms (target < {TARGET_P99_MS:g}): " + ("met" if met else "NOT met")
            )
    if ("browse, search, person pages", 4) in cells:
        _, p50, p99 = cells[("browse, search, person pages", 4)]
        said.append(
            f"browse/search/person pages at 4 clients: p50 {p50:.1f} ms, p99 {p99:.1f} ms "
            f"(target < {TARGET_PAGES_MS:g} ms): " + ("met" if p99 < TARGET_PAGES_MS else "NOT met (p99)")
        )
    return said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, action="append", required=True, help="repeat: smallest first")
    parser.add_argument("--seconds", type=float, default=10.0, help="per cell of the table")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="web worker processes")
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument(
        "--probe",
        type=Path,
        help="a folder: the servers log each request's costs there "
        "(benchmarks/worker_probe.py; its summary: python benchmarks/worker_probe.py FOLDER/STORE)",
    )
    args = parser.parse_args()
    clients_list = [int(c) for c in args.clients.split(",")]
    measured = [(store, measure(store, args.workers, args.seconds, clients_list, args.probe)) for store in args.store]
    for store, cells in measured:
        print(f"\n{store}:\n" + "\n".join(verdicts(cells)))
    if len(measured) > 1:
        (small, first), (large, last) = measured[0], measured[-1]
        print(f"\nlatency of {large} against {small}, 4 clients (target at most {TARGET_GROWTH:g}x):")
        for what in ("ttl", "jsonld", "html", "browse, search, person pages"):
            if (what, 4) in first and (what, 4) in last:
                p50 = last[(what, 4)][1] / first[(what, 4)][1]
                p99 = last[(what, 4)][2] / first[(what, 4)][2]
                met = "met" if max(p50, p99) <= TARGET_GROWTH else "NOT met"
                print(f"- {what}: p50 {p50:.2f}x, p99 {p99:.2f}x: {met}")
        for what in ["ttl, first request", *PAGE_KINDS, "person page, first time"]:
            if (what, 0) in first and (what, 0) in last:
                large_ms, small_ms = last[(what, 0)][0], first[(what, 0)][0]
                said = f"{large_ms:.2f} ms against {small_ms:.2f} ms, {large_ms / small_ms:.2f}x"
                print(f"- {what}, server CPU per request: {said}")


if __name__ == "__main__":
    main()
