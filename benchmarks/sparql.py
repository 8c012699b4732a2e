"""SPARQL benchmark: eventkg's /sparql against its floor and its peers, on a synthetic corpus.

    .venv/bin/python benchmarks/sparql.py --events 10000            # corpus, build, run, print the table
    .venv/bin/python benchmarks/sparql.py --events 10000 --virtuoso # also Virtuoso, directly and as backend

Systems, all on the same data in the same run:
  in-process   pyoxigraph Store.query + JSON serialisation, no HTTP (the floor)
  eventkg      /sparql under granian as the production server runs it (server/production.py: WSGI,
               PROCESSESxTHREADS blocking threads) per --web (by default production's layout here,
               one process per core x 8 threads, then 1x8; each
               process has 2 query worker processes and an empty answer cache of its own dir);
               "cold" queries are each seen for the first time, "warm" repeats them (same release);
               measured once the query workers answer from their copy of the release in memory
               when it fits KG_QUERY_MEMORY_MB (/readyz says so; printed above the table);
               --web gunicorn:1x8 (or uwsgi:1x8) serves it with another WSGI server, and
               --flask-only adds "eventkg flask": first requests through Flask, as before
               server/lean_path.py
  eventkg+nginx  with --cache-front: another such eventkg behind nginx configured as
               server/sparql_cache.nginx.conf (answers cached per release, the release asked
               once a second); --cache-front-also FILE adds "eventkg+nginx FILE-stem" beside it,
               another version of that configuration (e.g. main's) on an eventkg of its own
  oxigraph     `oxigraph serve-read-only` on the same quads
  rdflib       rdflib's own SPARQL engine over the same quads (what a naive rdflib endpoint does)
  virtuoso     Virtuoso 7 (Debian package), directly, and eventkg with it as remote store under each
               --web layout ("eventkg→virtuoso" under the first, "eventkg 1x8→virtuoso" under 1x8 ...)
and, to show what the client and the WSGI server themselves allow here, the same client against trivial
endpoints: a Python WSGI app that returns a stored answer, and the Oxigraph server asked `ASK {}`.

Each query of the mix is run with parameters drawn from the data (a different event, person,
month, title word or organisation each time, so "cold" is really cold): latency one request at a
time (median, p99), in batches each started after the same pause of its system (the first request of a
batch and the others, back to back, are also given apart), throughput with --clients concurrent
clients (requests per second, over at least --load-runs requests and --load-seconds, in --rounds
turns of the systems). HTTP requests are
sent by wrk (benchmarks/wrk_client.py; `apt-get install wrk`) when it is installed, else (or with
--client python) by Python threads, which cannot send more than a few hundred requests a second here.
Only loopback addresses are used; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import wrk_client  # noqa: E402
from kg import config  # noqa: E402
from kg.build import build  # noqa: E402
from kg.store import ReleaseDirectory  # noqa: E402
from kg.synth import FORMATS, TOPICS, synth  # noqa: E402
from server.production import THREAD_IDLE_S, layout  # noqa: E402

BASE = "http://127.0.0.1:8080/"
JSON_RESULTS = "application/sparql-results+json"
FLASK_ONLY_APP = "benchmarks.flask_only_wsgi:app"
FLASK_VARIANT = "eventkg flask"
FRONT = "eventkg+nginx"  # eventkg behind the optional caching front (server/sparql_cache.nginx.conf)
MAX_SYSTEMS = 10  # queries are drawn for this many systems, so each can send its own under load
WARM_UP = 3  # queries per kind run before measuring (not measured, never repeated later)
QUERY_TIME_LIMIT_S = 120  # as Virtuoso's MaxQueryExecutionTime below: 100,000-event scans under load pass 10 s
PRODUCTION_WEB = "{}x{}".format(*layout(os.environ))  # processes x threads, as `make serve-prod` runs here
QUERY_SETTINGS = {"w": "KG_QUERY_WORKERS", "q": "KG_QUERY_THREADS", "m": "KG_QUERY_MEMORY_MB"}  # --web /wN, /qN, /mN
LATENCY_BATCH = 5  # latency requests one system sends in a row before the next takes its turn
# Each system's latency batch starts once that system has been left idle this long, the same for all:
# its first request is what a client arriving after a pause meets, the others come back to back.
LATENCY_PAUSE_S = 1.0
PREFIXES = f"""PREFIX schema: <https://schema.org/>
PREFIX kg: <{BASE}ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
# Dates and date-times mixed under ORDER BY make Oxigraph 0.5.13's sort panic (no total order) and abort
# the process at 100,000 events; ordering by the lexical form sorts the same here and always works.
QUERIES = {
    "event lookup": "SELECT ?p ?o WHERE {{ <{event}> ?p ?o }}",
    "events of a person": """SELECT ?event ?name ?start WHERE {{
  ?event kg:participation ?x . ?x kg:participant <{person}> .
  ?event schema:name ?name ; schema:startDate ?start }} ORDER BY ?start""",
    "date range": """SELECT ?event ?start WHERE {{
  ?event a schema:Event ; schema:startDate ?start .
  FILTER(STR(?start) >= "{month}-01" && STR(?start) < "{month}-32") }} ORDER BY STR(?start)""",
    "count per organizer": """SELECT ?org (COUNT(?event) AS ?events) WHERE {{
  ?event schema:organizer ?org ; schema:startDate ?start . FILTER(STRSTARTS(STR(?start), "{month}"))
}} GROUP BY ?org ORDER BY DESC(?events) LIMIT 50""",
    "title search": """SELECT ?event ?name WHERE {{
  ?event a schema:Event ; schema:name ?name . FILTER(CONTAINS(LCASE(?name), "{words}")) }} LIMIT 100""",
    "co-speakers": """SELECT ?other (COUNT(?event) AS ?together) WHERE {{
  ?event schema:performer <{person}>, ?other . FILTER(?other != <{person}>)
}} GROUP BY ?other ORDER BY DESC(?together) LIMIT 20""",
    "persons of an org": """SELECT DISTINCT ?person ?name WHERE {{
  ?x kg:statedAffiliation <{org}> ; kg:participant ?person . ?person schema:name ?name }}""",
}


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    idle_s: list[float] = field(default_factory=list)  # how long the system was left idle before each latency batch
    throughput: float = float("nan")
    warm_throughput: float = float("nan")
    warm_start: dict[str, int] = field(default_factory=dict)  # a front's X-Cache-Status as its warm phase starts
    cold_cpu_us: float = float("nan")  # CPU of the server's processes per request, under load (not the client's)
    warm_cpu_us: float = float("nan")

    def median_ms(self) -> float:
        return statistics.median(self.latencies) * 1000 if self.latencies else float("nan")

    def p99_ms(self) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000

    def after_pause_ms(self) -> float:
        """Median latency of each batch's first request (the system idle before it)."""
        return _median_ms(self.latencies[::LATENCY_BATCH])

    def back_to_back_ms(self) -> float:
        """Median latency of the other requests of each batch (each right after the one before)."""
        return _median_ms([t for i, t in enumerate(self.latencies) if i % LATENCY_BATCH])


def _median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000 if seconds else float("nan")


# -- data --------------------------------------------------------------------------------------------


def prepare_release(events: int, seed: int, workdir: Path) -> tuple[Path, Path]:
    """The corpus (kg synth) built and published by kg build; returns (store directory, release path)."""
    records, store = workdir / f"records-{events}-{seed}", workdir / f"store-{events}-{seed}"
    if not records.exists():
        started = time.monotonic()
        synth(events, records, seed=seed)
        print(f"synth: {events} records in {time.monotonic() - started:.0f} s", flush=True)
    release = ReleaseDirectory(store).current()
    if release is None:
        settings = config.load(environ={}, records=records, store=store, base=BASE)
        started = time.monotonic()
        summary = build(settings, echo=lambda line: None)
        print(f"kg build: {summary.line()} (wall {time.monotonic() - started:.0f} s)", flush=True)
        release = ReleaseDirectory(store).current()
    assert release is not None
    return store, release.path


def dump_quads(release_path: Path, target: Path) -> Path:
    if not target.exists():
        ox.Store.read_only(str(release_path)).dump(str(target), format=ox.RdfFormat.N_QUADS)
    return target


def parameters(store: ox.Store, count: int, seed: int) -> dict[str, list[str]]:
    """`count` distinct values per query parameter, drawn from the data."""
    rng = random.Random(seed)

    def column(query: str) -> list[str]:
        return [row[0].value for row in store.query(PREFIXES + query, use_default_graph_as_union=True)]

    events = column("SELECT ?e WHERE { ?e a schema:Event }")
    people = column("SELECT ?p (COUNT(?e) AS ?n) WHERE { ?e schema:performer ?p } GROUP BY ?p ORDER BY DESC(?n)")
    orgs = column("SELECT DISTINCT ?o WHERE { ?x kg:statedAffiliation ?o }")
    months = [f"{y}-{m:02d}" for y in range(1995, 2025) for m in range(1, 13)]
    words = [f"{f} {t}".lower() for f in FORMATS for t in TOPICS]
    # half the people from the busiest hundred (the skew of real archives), half from all
    busy = people[:100]
    people_pick = [rng.choice(busy) if i % 2 else rng.choice(people) for i in range(count * 3)]
    return {
        "event": rng.sample(events, min(count, len(events))),
        "person": list(dict.fromkeys(people_pick))[:count],
        "org": rng.sample(orgs, min(count, len(orgs))),
        "month": rng.sample(months, min(count, len(months))),
        "words": rng.sample(words, min(count, len(words))),
    }


def query_texts(name: str, params: dict[str, list[str]], count: int) -> list[str]:
    template = QUERIES[name]
    key = next(k for k in ("event", "person", "month", "words", "org") if "{" + k + "}" in template)
    return [PREFIXES + template.format(**{key: value}) for value in params[key][:count]]


# -- systems -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


SERVER_GROUPS: dict[str, list[int]] = {}  # a server's URL: the process groups serving it (for its CPU)


def groups_cpu_s(groups: list[int]) -> float:
    """CPU seconds used so far by the processes of these process groups that are alive."""
    total = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) in groups:
                total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


@contextmanager
def process(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Iterator[int]:
    # A process group of its own (stopped as a whole) in this session: Linux shares the CPU between
    # sessions first (autogroup), so a server in a session of its own would get a whole share of a
    # loaded machine beside the in-process floor and the load client, which share this one.
    proc = subprocess.Popen(
        args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, process_group=0
    )
    try:
        yield proc.pid  # its process group
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def stop_servers_on_sigterm() -> None:
    """SIGTERM (`timeout`, `kill`) ends a run as Ctrl-C does, through every `process` block's cleanup:
    Python's default would end it at once and leave the servers it started running."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def server_args(server: str, app: str, port: int, processes: str, threads: str) -> list[str]:
    """The command line of a WSGI server running `app` on 127.0.0.1:`port`."""
    binary = str(Path(sys.executable).with_name(server))
    if server == "gunicorn":  # gthread workers
        args = [binary, "--workers", processes, "--threads", threads, "--worker-class", "gthread"]
        return args + ["--bind", f"127.0.0.1:{port}", "--log-level", "warning", app]
    if server == "granian":  # as server/production.py runs it
        args = [binary, "--interface", "wsgi", "--workers", processes, "--blocking-threads", threads, "--no-ws"]
        args += ["--blocking-threads-idle-timeout", str(THREAD_IDLE_S)]
        return args + ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", app]
    if server == "uwsgi":  # sys.executable must be this venv's python, or the query workers cannot start
        args = [binary, "--http11-socket", f"127.0.0.1:{port}", "--module", app, "--master", "--processes", processes]
        args += ["--threads", threads, "--enable-threads", "--lazy-apps", "--disable-logging", "--die-on-term"]
        return args + ["--py-sys-executable", sys.executable]
    raise ValueError(f"unknown WSGI server {server}")


@contextmanager
def web_server(app: str, web: str, env: dict[str, str]) -> Iterator[str]:
    """`app` served with `web` = [SERVER:]PROCESSESxTHREADS (SERVER: granian, the default as in
    production, gunicorn or uwsgi) on a free port."""
    server, _, shape = web.rpartition(":")
    processes, threads = shape.split("x")
    port = free_port()
    args = server_args(server or "granian", app, port, processes, threads)
    with process(args, env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=ROOT) as group:
        url = f"http://127.0.0.1:{port}/sparql"
        SERVER_GROUPS[url] = [group]
        wait_until_up(url)
        yield url


def remote_variants(webs: list[str]) -> dict[str, str]:
    """eventkg over Virtuoso under each distinct [SERVER:]PROCESSESxTHREADS of --web (query settings
    play no part over a remote store): the first is "eventkg→virtuoso", the others named by theirs."""
    shapes = list(dict.fromkeys(web.partition("/")[0] for web in webs))
    return {("eventkg" if n == 0 else f"eventkg {shape}") + "→virtuoso": shape for n, shape in enumerate(shapes)}


@contextmanager
def eventkg_server(store: Path, web: str, remote: str | None = None, app: str = "server.wsgi:app") -> Iterator[str]:
    """eventkg's /sparql, with an answer cache of its own that starts empty (so "cold" is cold)."""
    web, *query_settings = web.split("/")
    with tempfile.TemporaryDirectory(prefix="kg-answers-") as answers:
        env = {"KG_STORE": str(store), "KG_BASE": BASE, "KG_QUERY_WORKERS": "2", "KG_ANSWER_CACHE_DIR": answers}
        env["KG_QUERY_TIMEOUT_S"] = str(QUERY_TIME_LIMIT_S)
        for setting in query_settings:  # "1x8/w1/q4": one worker process evaluating 4 queries at once
            env[QUERY_SETTINGS[setting[0]]] = setting[1:]
        if remote:
            env["KG_REMOTE_QUERY"] = remote
        with web_server(app, web, env) as url:
            for _ in range(int(web.rpartition(":")[2].split("x")[0]) * 4):  # start the query workers of each process
                requests.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=60)
            yield url


def answered_from(url: str, processes: int, timeout_s: float = 900) -> tuple[str, float]:
    """Where eventkg's query workers answer from once the copy of the release into memory that their
    first query started is whole: "memory", or "disk" when none was made (KG_QUERY_MEMORY_MB), as
    /readyz says; and the seconds waited. A worker states it with each answer, so a fresh query goes
    before each look; with several processes, each new connection may reach another, so every one
    of as many looks in a row as four per process must say it."""
    readyz, started = url.rsplit("/", 1)[0] + "/readyz", time.monotonic()
    settled, state = 0, "unknown"
    for n in itertools.count():
        requests.post(url, data={"query": f"ASK {{}} # copied? {n}"}, timeout=120).raise_for_status()
        state = requests.get(readyz, timeout=120).json().get("queries_from", "unknown")
        settled = 0 if state == "copying" else settled + 1
        if settled >= 4 * processes or time.monotonic() - started > timeout_s:
            break
        time.sleep(0.2 if state == "copying" else 0)
    return state, time.monotonic() - started


@contextmanager
def cache_front_server(upstream: str, workdir: Path, template: Path | None = None) -> Iterator[str]:
    """nginx (Debian package; `make bench` installs it) in front of an eventkg /sparql URL, with the
    caching front's configuration as documented (or `template`, another version of it)."""
    from server import cache_front

    with tempfile.TemporaryDirectory(prefix="kg-front-", dir=workdir) as folder:
        host = upstream.split("/")[2]
        listen = f"127.0.0.1:{free_port()}"
        with cache_front.running(Path(folder), listen, host, template=template or cache_front.TEMPLATE) as url:
            SERVER_GROUPS[url + "/sparql"] = [nginx_group(Path(folder) / "nginx.pid"), *SERVER_GROUPS[upstream]]
            wait_until_up(url + "/sparql")
            yield url + "/sparql"


def nginx_group(pid_file: Path) -> int:
    """The process group of the nginx that writes `pid_file` (started as a group of its own)."""
    deadline = time.monotonic() + 10
    while not (text := pid_file.read_text().strip() if pid_file.exists() else ""):
        if time.monotonic() > deadline:
            raise RuntimeError(f"nginx wrote no {pid_file}")
        time.sleep(0.05)
    return int(text)


@contextmanager
def oxigraph_server(quads: Path, workdir: Path) -> Iterator[str]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    location = workdir / f"oxigraph-{quads.stem}"
    if not location.exists():
        subprocess.run(
            [binary, "load", "--location", str(location), "--file", str(quads)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    port = free_port()
    with process(
        [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    ) as group:
        url = f"http://127.0.0.1:{port}/query"
        SERVER_GROUPS[url] = [group]
        wait_until_up(url)
        yield url


@contextmanager
def virtuoso_server(quads: Path, store_dir: Path, workdir: Path, install: bool) -> Iterator[str]:
    """Virtuoso 7 from Debian on loopback ports, with the quads bulk-loaded (graphs kept) into
    WORKDIR/virtuoso-STEM once per release, and that database reused by later runs (the load takes
    minutes at 100,000 events). One run at a time per workdir."""
    binary = shutil.which("virtuoso-t")
    if binary is None and install:
        subprocess.run(
            ["apt-get", "install", "-y", "--no-install-recommends", "virtuoso-opensource-7-bin"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        binary = shutil.which("virtuoso-t")
    if binary is None:
        raise SystemExit("virtuoso-t not found; rerun with --install-virtuoso (uses apt-get)")
    folder, statement = workdir / f"virtuoso-{quads.stem}", release_statement(store_dir)
    loaded = folder / "loaded.nq"  # written last: the release statement of what the database holds
    fresh = not (loaded.exists() and loaded.read_bytes() == statement)
    if fresh:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    (folder / "virtuoso.lck").unlink(missing_ok=True)  # left by a run that was killed
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(folder=folder, sql=sql_port, http=http_port))
    with process([binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder) as group:
        url = f"http://127.0.0.1:{http_port}/sparql"
        SERVER_GROUPS[url] = [group]
        wait_until_up(url, timeout_s=300)
        if fresh:
            started = time.monotonic()
            shutil.copy(quads, folder / "data.nq")
            (folder / "release.nq").write_bytes(statement)
            isql = shutil.which("isql-vt") or shutil.which("isql")
            script = f"ld_dir('{folder}', '*.nq', 'urn:unused'); rdf_loader_run(); checkpoint;"
            subprocess.run(
                [isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={script}"], check=True, stdout=subprocess.DEVNULL
            )
            (folder / "data.nq").unlink()
            loaded.write_bytes(statement)
            print(f"virtuoso: loaded in {time.monotonic() - started:.0f} s into {folder}", flush=True)
        yield url


def release_statement(store_dir: Path) -> bytes:
    """What `kg build` states in a remote store about the release it holds (see kg/remote.py), as N-Quads
    (sorted: the same bytes in every run, which tell whether Virtuoso's database holds this release)."""
    from kg.remote import _release_graph
    from kg.vocab import provenance_graph_iri

    release = ReleaseDirectory(store_dir).current()
    assert release is not None
    # 3 new triples: its type and end time are already in the provenance graph
    graph = _release_graph(BASE, release.id, release.built_at, release.triples + 3, release.records)
    name = provenance_graph_iri(BASE)
    lines = graph.serialize(format="nt").splitlines(True)
    return "".join(sorted(line[:-2] + f" <{name}> .\n" for line in lines if line.strip())).encode()


VIRTUOSO_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {folder}
NumberOfBuffers = 680000
MaxDirtyBuffers = 500000
MaxQueryMem = 2G
MaxSortedTopRows = 1000000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {folder}
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


# -- measuring ---------------------------------------------------------------------------------------


def cache_statuses(url: str, queries: list[str], most: int = 10) -> dict[str, int]:
    """How a caching front answers up to `most` of `queries` (spread over them), by X-Cache-Status."""
    found: dict[str, int] = {}
    with requests.Session() as session:
        for query in queries[:: max(1, len(queries) // most)][:most]:
            answer = session.post(url, data={"query": query}, headers={"Accept": JSON_RESULTS}, timeout=120)
            status = answer.headers.get("X-Cache-Status", "-")
            found[status] = found.get(status, 0) + 1
    return found


def http_runner(url: str) -> Callable[[str], None]:
    local = threading.local()

    def run(query: str) -> None:
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        response = session.post(url, data={"query": query}, headers={"Accept": JSON_RESULTS}, timeout=120)
        if response.status_code != 200:
            raise RuntimeError(f"{url}: {response.status_code} {response.text[:200]}")

    return run


def inprocess_runner(store: ox.Store) -> Callable[[str], None]:
    def run(query: str) -> None:
        store.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)

    return run


def rdflib_runner(quads: Path) -> Callable[[str], None]:
    from rdflib import Dataset

    started = time.monotonic()
    dataset = Dataset(default_union=True)
    dataset.parse(str(quads), format="nquads")
    print(f"rdflib: {len(dataset)} quads parsed in {time.monotonic() - started:.0f} s", flush=True)

    def run(query: str) -> None:
        dataset.query(query).serialize(format="json")

    return run


def measure(run: Callable[[str], None], latency_queries: list[str]) -> Result:
    """Latencies only, one request at a time (for rdflib's engine, too slow for a load test)."""
    result = Result()
    for query in latency_queries:
        started = time.perf_counter()
        run(query)
        result.latencies.append(time.perf_counter() - started)
    return result


def rotated(runners: dict[str, Client], turn: int) -> list[tuple[str, Client]]:
    """The systems in order, starting at a different one each turn, every other turn backwards (so no
    system is always the one asked right after another: a backend that caches a query just asked,
    such as Virtuoso, would favour the second)."""
    order = list(runners.items())
    order = order[turn % len(order) :] + order[: turn % len(order)]
    return order if turn % 2 == 0 else order[::-1]


class Idle:
    """When each system was last asked anything (a remote-store system asks its backend too), so that
    every system's latency batch starts after the same pause: before, the pause depended on where the
    rotation put it and on how long the others took (a fresh eventkg after its readiness checks, a
    server right after its own previous batch, another after a slow one's turn)."""

    def __init__(self, pause_s: float = LATENCY_PAUSE_S) -> None:
        self.pause_s = pause_s
        self.last: dict[str, float] = {}

    def asked(self, system: str) -> None:
        now = time.monotonic()
        for name in (system, *system.split("→")[1:]):  # "eventkg→virtuoso" keeps "virtuoso" busy too
            self.last[name] = now

    def rest(self, system: str) -> float:
        """Wait until `system` has been idle `pause_s`; how long it was idle, the wait included."""
        idle = time.monotonic() - self.last.get(system, float("-inf"))
        if idle < self.pause_s:
            time.sleep(self.pause_s - idle)
            return self.pause_s
        return idle


def interleaved(runners: dict[str, Client], queries: list[str], idle: Idle) -> dict[str, Result]:
    """Latencies, one request at a time, the systems taking turns every LATENCY_BATCH requests (load
    from outside hits all alike), the first to go rotating (a store that caches what it was just
    asked helps no one system), each batch after the same pause of its system (Idle)."""
    results = {system: Result() for system in runners}
    for turn, first in enumerate(range(0, len(queries), LATENCY_BATCH)):
        for system, client in rotated(runners, turn):
            results[system].idle_s.append(idle.rest(system))
            results[system].latencies += client.latencies(queries[first : first + LATENCY_BATCH])
            idle.asked(system)
    return results


class Client:
    """How a system is asked: one request at a time (latencies), or by concurrent clients (load)."""

    def latencies(self, queries: list[str]) -> list[float]:
        raise NotImplementedError

    def load(self, queries: list[str], min_runs: int, min_seconds: float, cycle: bool) -> tuple[int, int, float]:
        """Send `queries` in order with --clients at once until at least `min_runs` were answered
        and `min_seconds` passed (cycling through them when `cycle`, else at most each once): the
        count sent (the first ones), the count answered and the seconds taken."""
        raise NotImplementedError


class ThreadClient(Client):
    """Python threads calling `run` (pyoxigraph in-process, or HTTP with `requests` sessions)."""

    def __init__(self, run: Callable[[str], None], clients: int) -> None:
        self.run, self.clients = run, clients

    def latencies(self, queries: list[str]) -> list[float]:
        return measure(self.run, queries).latencies

    def load(self, queries: list[str], min_runs: int, min_seconds: float, cycle: bool) -> tuple[int, int, float]:
        source = itertools.cycle(queries) if cycle and queries else iter(queries)
        sent, seconds = _throughput(self.run, source, self.clients, min_runs, min_seconds)
        return len(sent), len(sent), seconds


class WrkClient(Client):
    """wrk (benchmarks/wrk_client.py): one connection for latencies, --clients connections for load."""

    def __init__(self, url: str, clients: int) -> None:
        self.url, self.clients = url, clients

    def latencies(self, queries: list[str]) -> list[float]:
        return wrk_client.run(self.url, queries, JSON_RESULTS, 1, len(queries), 0, cycle=False).latencies

    def load(self, queries: list[str], min_runs: int, min_seconds: float, cycle: bool) -> tuple[int, int, float]:
        found = wrk_client.run(self.url, queries, JSON_RESULTS, self.clients, min_runs, min_seconds, cycle)
        return found.sent, found.answered, found.seconds


def _throughput(
    run: Callable[[str], None], queries: Iterator[str], clients: int, min_runs: int, min_seconds: float
) -> tuple[list[str], float]:
    """`clients` concurrent clients send queries until at least `min_runs` were sent and
    `min_seconds` have passed (or the queries run out); the queries sent and the seconds taken."""
    sent: list[str] = []
    lock = threading.Lock()
    started = time.perf_counter()

    def client() -> None:
        while True:
            with lock:
                if len(sent) >= min_runs and time.perf_counter() - started >= min_seconds:
                    return
                query = next(queries, None)
                if query is None:
                    return
                sent.append(query)
            run(query)

    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(client) for _ in range(clients)]:
            future.result()
    return sent, time.perf_counter() - started


def rate(client: Client, queries: list[str], seconds: float) -> float:
    """Requests per second over `queries`, repeated for at least `seconds`."""
    _, answered, taken = client.load(queries, len(queries), seconds, cycle=True)
    return answered / taken


def per_system(queries: list[str], systems: list[str], needed: int, most: int) -> dict[str, list[str]]:
    """The queries each system sends under load: its own share when there are at least `needed`
    distinct ones per system (a backend that keeps compiled queries, such as Virtuoso, would answer
    whoever asks a query second faster), else the same ones for all; at most `most` each."""
    share = min(most, len(queries) // len(systems))
    if share >= needed:
        return {system: queries[i * share : (i + 1) * share] for i, system in enumerate(systems)}
    return {system: queries[:most] for system in systems}


def loaded(
    runners: dict[str, Client], queries: dict[str, list[str]], args: argparse.Namespace, idle: Idle
) -> tuple[dict[str, tuple[float, float, int, float, float]], dict[str, dict[str, int]]]:
    """Cold and warm requests per second, the count sent, and the CPU the server's processes used
    per cold and per warm request (µs; NaN when its processes are not known), per system. The systems take turns in
    --rounds rounds (so load from outside hits all alike; another goes first each round), each
    sending queries it has not sent before (`queries`, per system; none once all were sent); an
    eventkg system then sends its round's answered queries again, for as long (warm: answered
    from the cache; even a round of a few scans gets a warm figure). Second: for each caching
    front, how a sample of the repeated queries was answered just before each timed warm phase
    (all HIT: the phase measured answers kept and still valid, not revalidations)."""
    offsets = dict.fromkeys(runners, 0)
    warm_start: dict[str, dict[str, int]] = {}
    # cold answered, seconds, warm answered, seconds, sent, cold CPU, warm CPU
    totals = {system: [0, 0.0, 0, 0.0, 0, 0.0, 0.0] for system in runners}

    def cpu_s(client: Client) -> float:  # the server's, when known
        groups = SERVER_GROUPS.get(client.url) if isinstance(client, WrkClient) else None
        return groups_cpu_s(groups) if groups else float("nan")

    min_runs, min_seconds = args.load_runs // args.rounds, args.load_seconds / args.rounds
    for turn in range(args.rounds):
        for system, client in rotated(runners, turn):
            pending = queries[system][offsets[system] :]  # never one sent before: the cold ones are used up
            before = cpu_s(client)
            sent, answered, seconds = client.load(pending, min_runs, min_seconds, cycle=False)
            offsets[system] += sent
            total = totals[system]
            total[0], total[1], total[4] = total[0] + answered, total[1] + seconds, total[4] + sent
            total[5] += cpu_s(client) - before
            # as many as were answered; which of the sent ones are still being evaluated when the
            # load client stops is not known, so each is first asked once more, one at a time and
            # not timed (waiting for those, so every one repeated under load is answered from the cache)
            repeated = pending[: min(sent, answered)]
            if system.startswith("eventkg") and repeated:
                client.latencies(repeated)
                if system.startswith(FRONT) and isinstance(client, WrkClient):
                    for status, count in cache_statuses(client.url, repeated).items():
                        warm_start.setdefault(system, {})[status] = warm_start.get(system, {}).get(status, 0) + count
                before = cpu_s(client)
                _, again, seconds = client.load(repeated, len(repeated), min_seconds, cycle=True)
                total[2], total[3], total[6] = total[2] + again, total[3] + seconds, total[6] + cpu_s(client) - before
            idle.asked(system)
    rates = {
        system: (
            n / s if s else float("nan"),
            w / ws if ws else float("nan"),
            sent,
            cpu * 1e6 / n if n else float("nan"),
            warm_cpu * 1e6 / w if w else float("nan"),
        )
        for system, (n, s, w, ws, sent, cpu, warm_cpu) in totals.items()
    }
    return rates, warm_start


# -- report ------------------------------------------------------------------------------------------


def mix(results: dict[str, dict[str, Result]], system: str, attribute: str = "throughput") -> float:
    """Requests per second over the whole mix, each query kind equally often (harmonic mean)."""
    rates = [getattr(by[system], attribute) for by in results.values() if system in by]
    rates = [r for r in rates if r == r and r > 0]
    return len(rates) / sum(1 / r for r in rates) if rates else float("nan")


def mix_row(results: dict[str, dict[str, Result]], systems: list[str]) -> str:
    """The last row: whole-mix latency (mean of medians) and throughput, and the ratios on them."""

    def latency(system: str) -> float:
        return statistics.mean(by[system].median_ms() for by in results.values())

    servers = [mix(results, s) for s in systems if s in ("oxigraph", "virtuoso")]
    kg_warm, kg_cold, floor = mix(results, "eventkg", "warm_throughput"), mix(results, "eventkg"), latency("in-process")
    row = ["**whole mix**"] + [f"{latency(s):.1f}" for s in systems]
    row += [f"{mix(results, s):.1f}" for s in systems if s != "rdflib"]
    row += [
        f"{kg_warm:.0f}",
        f"{latency('eventkg') / (1.5 * floor + 2):.2f}",
        f"{kg_cold / mix(results, 'oxigraph'):.2f}",
        f"{kg_warm / max(servers):.1f}",
    ]
    return "| " + " | ".join(row) + " |"


def table(results: dict[str, dict[str, Result]], systems: list[str]) -> str:
    header = ["query"] + [f"{s} med/p99 ms" for s in systems] + [f"{s} req/s" for s in systems if s != "rdflib"]
    header += ["eventkg warm req/s", "cold lat ≤1.5×+2ms", "cold thr vs oxigraph", "warm thr vs best server"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for query, by_system in results.items():
        row = [query]
        row += [f"{by_system[s].median_ms():.1f} / {by_system[s].p99_ms():.1f}" for s in systems]
        row += [f"{by_system[s].throughput:.1f}" for s in systems if s != "rdflib"]
        kg, floor = by_system["eventkg"], by_system["in-process"]
        servers = [by_system[s].throughput for s in systems if s in ("oxigraph", "virtuoso")]
        row.append(f"{kg.warm_throughput:.0f}")
        row.append(f"{kg.median_ms() / (1.5 * floor.median_ms() + 2):.2f}")
        row.append(f"{kg.throughput / by_system['oxigraph'].throughput:.2f}" if "oxigraph" in by_system else "-")
        row.append(f"{kg.warm_throughput / max(servers):.1f}" if servers else "-")
        lines.append("| " + " | ".join(row) + " |")
    lines.append(mix_row(results, systems))
    if "virtuoso" in systems:
        lines.append("")
        backends = [b for b in results[next(iter(results))] if b.endswith("→virtuoso")]
        lines.append(
            "| query | "
            + " | ".join(f"{b.replace('→', ' over ')} req/s" for b in backends)
            + " | Virtuoso req/s | "
            + " | ".join(f"{b.split('→')[0]} ratio (target ≥ 0.9)" for b in backends)
            + " |"
        )
        lines.append("|" + "---|" * (2 + 2 * len(backends)))
        rows = [
            (query, {b: by[b].throughput for b in backends}, by["virtuoso"].throughput) for query, by in results.items()
        ]
        rows.append(("**whole mix**", {b: mix(results, b) for b in backends}, mix(results, "virtuoso")))
        for query, ours, theirs in rows:
            cells = (
                [f"{ours[b]:.1f}" for b in backends] + [f"{theirs:.1f}"] + [f"{ours[b] / theirs:.2f}" for b in backends]
            )
            lines.append(f"| {query} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pause_table(results: dict[str, dict[str, Result]]) -> str:
    """Per system, the median latency of each batch's first request (after --latency-pause of idling,
    at least) and of the others (back to back), and eventkg's of its bound either way."""
    first = next(iter(results.values()))
    systems = [s for s, r in first.items() if r.idle_s]
    header = ["query"] + [f"{s} after a pause / back to back ms" for s in systems]
    header += ["eventkg of the bound: after a pause / back to back", "eventkg idle before its batches s"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for query, by in results.items():
        row = [query] + [f"{by[s].after_pause_ms():.2f} / {by[s].back_to_back_ms():.2f}" for s in systems]
        kg, floor = by["eventkg"], by["in-process"]
        bound = [getattr(kg, f)() / (1.5 * getattr(floor, f)() + 2) for f in ("after_pause_ms", "back_to_back_ms")]
        row += [f"{bound[0]:.2f} / {bound[1]:.2f}", f"{min(kg.idle_s):.1f}–{max(kg.idle_s):.1f}"]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def ceiling(clients: dict[str, Client], queries: list[str], args: argparse.Namespace) -> dict[str, tuple[float, float]]:
    """Median latency (ms) and requests per second of the clients against trivial endpoints."""
    found = {}
    for name, client in clients.items():
        latencies = client.latencies(queries[: args.latency_runs * 5])
        found[name] = (statistics.median(latencies) * 1000, rate(client, queries, args.load_seconds))
        print(f"{name:50} median {found[name][0]:6.2f} ms {found[name][1]:7.1f} req/s", flush=True)
    return found


def ceiling_table(found: dict[str, tuple[float, float]], clients: int) -> str:
    lines = [f"| trivial endpoint | median ms (1 client) | req/s ({clients} clients) |", "|---|---|---|"]
    lines += [f"| {name} | {median:.2f} | {rate:.0f} |" for name, (median, rate) in found.items()]
    return "\n".join(lines)


def web_table(results: dict[str, dict[str, Result]], variants: list[str]) -> str:
    """eventkg with each WSGI server and number of processes x threads, side by side."""
    header = ["query"] + [f"{v} {what}" for v in variants for what in ("med ms", "cold req/s", "warm req/s")]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for query, by_system in results.items():
        row = [query]
        for v in variants:
            r = by_system[v]
            row += [f"{r.median_ms():.1f}", f"{r.throughput:.1f}", f"{r.warm_throughput:.0f}"]
        lines.append("| " + " | ".join(row) + " |")
    row = ["**whole mix**"]
    for v in variants:
        median = statistics.mean(by[v].median_ms() for by in results.values())
        row += [f"{median:.1f}", f"{mix(results, v):.1f}", f"{mix(results, v, 'warm_throughput'):.0f}"]
    lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def front_table(results: dict[str, dict[str, Result]], systems: list[str], fronts: list[str]) -> str:
    """eventkg behind each caching front beside eventkg alone and the faster server, warm and cold;
    last, how a sample of the repeats was answered as each warm phase started."""
    header = ["query", "eventkg cold req/s", "eventkg warm req/s", "best server req/s", "its CPU µs/req"]
    for front in fronts:
        header += [f"{front} {what}" for what in ("cold req/s", "cold med ms", "warm req/s", "warm vs best (≥ 5)")]
        header += [f"{front} warm CPU µs/req (nginx + eventkg)"]
    header += [f"{front} before warm" for front in fronts]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    servers = [s for s in systems if s in ("oxigraph", "virtuoso")]

    def cells(kg: tuple[float, float], best: tuple[float, float], each: list[tuple[float, ...]]) -> list[str]:
        found = [f"{kg[0]:.1f}", f"{kg[1]:.0f}", f"{best[0]:.1f}", f"{best[1]:.0f}"]
        for cold, median, warm, cpu in each:
            found += [f"{cold:.1f}", f"{median:.1f}", f"{warm:.0f}", f"{warm / best[0]:.1f}", f"{cpu:.0f}"]
        return found

    for query, by in results.items():
        faster = max(servers, key=lambda s: by[s].throughput)
        each = [(by[f].throughput, by[f].median_ms(), by[f].warm_throughput, by[f].warm_cpu_us) for f in fronts]
        statuses = [" ".join(f"{k}×{v}" for k, v in sorted(by[f].warm_start.items())) or "-" for f in fronts]
        kg = (by["eventkg"].throughput, by["eventkg"].warm_throughput)
        row = [query] + cells(kg, (by[faster].throughput, by[faster].cold_cpu_us), each) + statuses
        lines.append("| " + " | ".join(row) + " |")
    best = max(mix(results, s) for s in servers)
    medians = {f: statistics.mean(by[f].median_ms() for by in results.values()) for f in fronts}
    each = [(mix(results, f), medians[f], mix(results, f, "warm_throughput"), float("nan")) for f in fronts]
    row = ["**whole mix**"] + cells(
        (mix(results, "eventkg"), mix(results, "eventkg", "warm_throughput")), (best, float("nan")), each
    )
    lines.append("| " + " | ".join(row + ["" for _ in fronts]) + " |")
    return "\n".join(lines)


def corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that name the corpus (shared with benchmarks/request_cpu.py)."""
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=ROOT / "var" / "bench")


def main() -> None:
    stop_servers_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(parser)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--latency-runs", type=int, default=20, help="sequential requests per query")
    parser.add_argument("--load-runs", type=int, default=40, help="at least this many concurrent requests per query")
    parser.add_argument("--load-seconds", type=float, default=3.0, help="... and for at least this long")
    parser.add_argument(
        "--latency-pause",
        type=float,
        default=LATENCY_PAUSE_S,
        help="seconds each system is left idle before each of its latency batches",
    )
    parser.add_argument("--rounds", type=int, default=3, help="the systems take turns this many times per query")
    parser.add_argument("--max-load-runs", type=int, default=1000, help="... with no more distinct queries than this")
    parser.add_argument(
        "--web",
        nargs="+",
        default=list(dict.fromkeys([PRODUCTION_WEB, "1x8"])),
        help="eventkg's [SERVER:]PROCESSESxTHREADS[/wQUERY_WORKERS][/qQUERY_THREADS][/mQUERY_MEMORY_MB] (granian, "
        "gunicorn or uwsgi; granian when not named, as in production; /w sets KG_QUERY_WORKERS, 2 when not given, /q "
        "KG_QUERY_THREADS, /m KG_QUERY_MEMORY_MB: /m0 keeps queries on the release on disk); the first is 'eventkg' "
        f"in the main table and over Virtuoso 'eventkg→virtuoso'; by default {PRODUCTION_WEB}, the layout `make "
        "serve-prod` runs here (WEB_CONCURRENCY x KG_THREADS, server/production.py), then 1x8",
    )
    parser.add_argument(
        "--flask-only",
        action="store_true",
        help="also eventkg with first requests through Flask (before server/lean_path.py), 'eventkg flask'",
    )
    parser.add_argument(
        "--client",
        choices=["wrk", "python"],
        default="wrk" if wrk_client.available() else "python",
        help="HTTP load client: wrk (Debian package, the default when installed) or Python threads with "
        "requests sessions (slower than the cheap queries: see the trivial-endpoint table)",
    )
    parser.add_argument(
        "--cache-front",
        action="store_true",
        help=f"also '{FRONT}': eventkg (1st --web shape) behind nginx with server/sparql_cache.nginx.conf",
    )
    parser.add_argument(
        "--cache-front-also",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help=f"with --cache-front, also '{FRONT} STEM' for each FILE: another version of that configuration "
        "(e.g. `git show main:server/sparql_cache.nginx.conf > main.conf`), each before an eventkg of its own",
    )
    parser.add_argument("--rdflib-runs", type=int, default=3, help="sequential queries on rdflib's engine")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--virtuoso", action="store_true", help="also run Virtuoso, directly and as backend")
    parser.add_argument("--install-virtuoso", action="store_true", help="apt-get install it when missing")
    parser.add_argument("--prepare-only", action="store_true", help="generate and build the corpus, then stop")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    store_dir, release_path = prepare_release(args.events, args.seed, args.workdir)
    if args.prepare_only:
        return
    quads = dump_quads(release_path, args.workdir / f"data-{args.events}-{args.seed}.nq")
    floor_store = ox.Store.read_only(str(release_path))
    count = WARM_UP + args.latency_runs + args.max_load_runs * MAX_SYSTEMS
    params = parameters(floor_store, count, args.seed)
    texts = {name: query_texts(name, params, count) for name in QUERIES}

    def split(name: str) -> tuple[list[str], list[str]]:
        measured = texts[name][WARM_UP:]
        return measured[: args.latency_runs], measured[args.latency_runs :]

    results: dict[str, dict[str, Result]] = {name: {} for name in QUERIES}
    answered: dict[str, str] = {}  # eventkg over its own store: its queries answered from memory or disk
    variants = ["eventkg"] + [f"eventkg {web}" for web in args.web[1:]]
    systems = ["in-process", "eventkg", "oxigraph"] + (["virtuoso"] if args.virtuoso else [])

    def http(url: str) -> Client:
        return WrkClient(url, args.clients) if args.client == "wrk" else ThreadClient(http_runner(url), args.clients)

    with ExitStack() as servers:
        runners: dict[str, Client] = {"in-process": ThreadClient(inprocess_runner(floor_store), args.clients)}
        local_eventkg: dict[str, tuple[str, str]] = {}  # name: URL and --web shape, for eventkg over its own store
        for name, web in zip(variants, args.web, strict=True):
            local_eventkg[name] = (servers.enter_context(eventkg_server(store_dir, web)), web.split("/")[0])
            runners[name] = http(local_eventkg[name][0])
        if args.flask_only:
            runners[FLASK_VARIANT] = http(
                servers.enter_context(eventkg_server(store_dir, args.web[0], app=FLASK_ONLY_APP))
            )
        fronts: dict[str, Path | None] = {FRONT: None} if args.cache_front else {}
        fronts |= {f"{FRONT} {template.stem}": template for template in args.cache_front_also if args.cache_front}
        for front, template in fronts.items():
            upstream = servers.enter_context(eventkg_server(store_dir, args.web[0]))
            front_url = servers.enter_context(cache_front_server(upstream, args.workdir, template))
            local_eventkg[front] = (front_url, args.web[0].split("/")[0])
            runners[front] = http(front_url)
        oxigraph_url = servers.enter_context(oxigraph_server(quads, args.workdir))
        runners["oxigraph"] = http(oxigraph_url)
        if args.virtuoso:
            url = servers.enter_context(virtuoso_server(quads, store_dir, args.workdir, args.install_virtuoso))
            runners["virtuoso"] = http(url)
            for name, web in remote_variants(args.web).items():  # the backend under each process layout
                runners[name] = http(servers.enter_context(eventkg_server(store_dir, web, remote=url)))
            if args.flask_only:
                runners[f"{FLASK_VARIANT}→virtuoso"] = http(
                    servers.enter_context(eventkg_server(store_dir, args.web[0], remote=url, app=FLASK_ONLY_APP))
                )
        warm_up = [text for name in QUERIES for text in texts[name][:WARM_UP]]
        idle = Idle(args.latency_pause)
        for system, client in runners.items():  # open files, fill caches, start workers
            client.load(warm_up, len(warm_up), 0, cycle=False)
            idle.asked(system)
        for name, (url, web) in local_eventkg.items():  # measured as it serves: the copy whole, if any
            state, waited = answered_from(url, int(web.rpartition(":")[2].split("x")[0]))
            idle.asked(name)
            answered[name] = state
            print(f"{name}: queries answered from {state} (waited {waited:.0f} s)", flush=True)
        for name in QUERIES:
            latency, load = split(name)
            results[name] = interleaved(runners, latency, idle)
            rates, warm_start = loaded(
                runners, per_system(load, list(runners), args.load_runs, args.max_load_runs), args, idle
            )
            for system in runners:
                result = results[name][system]
                result.warm_start = warm_start.get(system, {})
                result.throughput, result.warm_throughput, sent, result.cold_cpu_us, result.warm_cpu_us = rates[system]
                print(
                    f"{system:18} {name:20} median {result.median_ms():8.1f} ms (after a pause "
                    f"{result.after_pause_ms():.2f}, back to back {result.back_to_back_ms():.2f}) "
                    f"{result.throughput:7.1f} req/s ({sent} requests; load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
        body = args.workdir / "trivial-answer.json"
        inprocess_answer = floor_store.query(texts["event lookup"][0], use_default_graph_as_union=True)
        body.write_bytes(inprocess_answer.serialize(format=ox.QueryResultsFormat.JSON) or b"")  # type: ignore[union-attr]
        trivial: dict[str, Client] = {}
        for web in dict.fromkeys(web.partition("/")[0] for web in args.web):  # query settings play no part here
            url = servers.enter_context(web_server("benchmarks.trivial_wsgi:app", web, {"KG_BENCH_BODY": str(body)}))
            shape = web if ":" in web else "granian:" + web
            trivial[f"Python WSGI app, {shape}, {args.client}"] = http(url)
            if args.client == "wrk":  # what the Python client reaches, for comparison
                trivial[f"Python WSGI app, {shape}, python"] = ThreadClient(http_runner(url), args.clients)
        trivial[f"oxigraph server, ASK {{}}, {args.client}"] = http(oxigraph_url)
        found = ceiling(trivial, ["ASK {}"] * args.max_load_runs, args)
    if not args.skip_rdflib:
        rdflib_run = rdflib_runner(quads)
        for name in QUERIES:
            results[name]["rdflib"] = measure(rdflib_run, texts[name][: args.rdflib_runs])
            results[name]["rdflib"].throughput = 1000 / results[name]["rdflib"].median_ms()
        systems.append("rdflib")
    print(
        f"\n{args.events} events, {len(floor_store)} quads, {args.clients} clients ({args.client}), "
        f"{os.cpu_count()} cores, load average at the end {os.getloadavg()}\n"
    )
    print(", ".join(f"{name} answered from {state}" for name, state in answered.items()) + " (/readyz)\n")
    print(table(results, systems))
    print(f"\nLatency after a pause (each batch's first request, its system idle {args.latency_pause:g} s or more)")
    print("and back to back (the other requests of each batch):\n\n" + pause_table(results))
    variants += [FLASK_VARIANT] if args.flask_only else []
    if len(variants) > 1:
        print("\n" + web_table(results, variants))
    if fronts:
        print("\n" + front_table(results, systems, list(fronts)))
    print("\n" + ceiling_table(found, args.clients))
    (args.workdir / f"results-{args.events}.json").write_text(
        json.dumps(
            {
                "results": {q: {s: r.__dict__ for s, r in by.items()} for q, by in results.items()},
                "ceiling": found,
                "answered_from": answered,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
