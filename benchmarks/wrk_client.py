"""A load client that is not the bottleneck: wrk (Debian's `wrk`, C, epoll) sending SPARQL queries.

The Python client of benchmarks/sparql.py (threads with `requests` sessions) reaches only 340-630
requests/s against a do-nothing endpoint on 2 shared cores, below what the cheap queries need; wrk
spends a few microseconds per request. benchmarks/wrk_queries.lua POSTs the queries as forms (as the
Python client does) on one wrk thread with `clients` connections, and reports what was sent, what was
answered, the seconds taken and each request's latency. After the stop it sends nothing more and
waits for the answers still in flight (not counted), so that the work they cost a server does not
fall into the next system's turn.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("wrk_queries.lua")
MAX_SECONDS = 900  # wrk's own stop, should the script's never come (every loop bounded)
POLL_S = 0.002  # how often the result file is looked for (wrk only stops by itself after -d)
STOP_S = 30.0  # how long wrk is given to exit once stopped
DRAIN_S = 150.0  # how long the answers in flight at the stop are waited for (past the queries' time limit)


@dataclass(frozen=True)
class Run:
    sent: int  # requests sent (the first `sent` queries, in order, cycling when asked)
    answered: int
    seconds: float
    latencies: list[float]  # seconds per answered request, exact with one connection


def available() -> bool:
    return shutil.which("wrk") is not None


def stop(wrk: subprocess.Popen[bytes]) -> None:
    """Stop wrk (its script has written what it found). SIGINT ends its main thread's sleep only when
    the main thread gets it: sent while wrk's own thread is still ending, it may reach that thread
    instead, so it is sent again until wrk exits (killed after STOP_S)."""
    deadline = time.monotonic() + STOP_S
    while wrk.poll() is None and time.monotonic() < deadline:
        wrk.send_signal(signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            wrk.wait(0.1)
    if wrk.poll() is None:
        wrk.kill()
        wrk.wait()


def run(url: str, queries: list[str], accept: str, clients: int, min_runs: int, min_seconds: float, cycle: bool) -> Run:
    """Send `queries` in order until `min_runs` answers and `min_seconds` (cycling through them when
    `cycle`, else stopping once each was sent); a non-200 answer is an error."""
    if not queries:
        return Run(0, 0, 0.0, [])
    with tempfile.TemporaryDirectory(prefix="kg-wrk-") as folder:
        bodies, out = Path(folder) / "bodies", Path(folder) / "out.json"
        drained = out.with_name(out.name + ".drained")  # written once the answers in flight at the stop came
        bodies.write_text("".join(urllib.parse.urlencode({"query": q}) + "\n" for q in queries))
        args = ["wrk", "-t1", f"-c{clients}", f"-d{MAX_SECONDS}s", "--timeout", "120s", "-s", str(SCRIPT), url]
        args += ["--", str(bodies), accept, str(min_runs), str(min_seconds), "1" if cycle else "0", str(out)]
        log = Path(folder) / "log"
        with log.open("w") as output:
            wrk = subprocess.Popen(args, stdout=output, stderr=subprocess.STDOUT)
            try:
                deadline = time.monotonic() + MAX_SECONDS
                while not out.exists() and wrk.poll() is None and time.monotonic() < deadline:
                    time.sleep(POLL_S)  # wrk itself runs until -d has passed
                deadline = min(deadline, time.monotonic() + DRAIN_S)
                while out.exists() and not drained.exists() and wrk.poll() is None and time.monotonic() < deadline:
                    time.sleep(POLL_S)
            finally:
                stop(wrk)
        if not out.exists():
            raise RuntimeError(f"wrk against {url} stopped without a result: {log.read_text()}")
        found = json.loads(out.read_text())
        if drained.exists():
            found["errors"] += json.loads(drained.read_text())["errors"]
        if found["errors"]:
            raise RuntimeError(f"{url}: {found['errors']} answers were not 200: {log.read_text().strip()}")
    return Run(found["sent"], found["answered"], found["seconds"], found["latencies"])
