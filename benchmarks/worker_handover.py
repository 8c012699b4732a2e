"""What the query worker hand-over costs a cold query (not a timed test; docs/benchmarks.md, SPARQL).

    .venv/bin/python benchmarks/worker_handover.py --events 10000   # uses benchmarks/sparql.py's corpus

The same queries of each kind, one at a time, alternately in this process (PublishedStore.query:
the union default graph, query and JSON serialisation) and through one query worker process
(server/query_guard.py's GuardedStore, as /sparql runs them under the time limit). Per query:
the wall time seen by the caller, the CPU the evaluation itself took where it ran (Answer.cost_s),
and for the worker the time it waited for a CPU while runnable (/proc/PID/schedstat) and its
involuntary context switches. On a loaded machine the difference in wall time is the waiting.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.sparql import JSON_RESULTS, QUERIES, corpus_arguments, parameters, prepare_release, query_texts  # noqa: E402
from kg.store import PublishedStore  # noqa: E402
from server.query_guard import GuardedStore  # noqa: E402


def worker_counters(pid: int) -> tuple[float, int]:
    """Milliseconds the process waited in the run queue, and its involuntary context switches."""
    waited = int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e6
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    switches = next(int(line.split(":")[1]) for line in status if line.startswith("nonvoluntary_ctxt_switches"))
    return waited, switches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(parser)
    parser.add_argument("--queries", type=int, default=60, help="queries per kind")
    parser.add_argument(
        "--kinds", nargs="+", choices=list(QUERIES), default=["event lookup", "events of a person", "co-speakers"]
    )
    args = parser.parse_args()
    store_dir, release = prepare_release(args.events, args.seed, args.workdir)
    params = parameters(ox.Store.read_only(str(release)), args.queries, args.seed)

    def choose(kind: str) -> str:
        return JSON_RESULTS

    here = PublishedStore(store_dir)
    guarded = GuardedStore(PublishedStore(store_dir), 1, 120)
    guarded.query("ASK {}", choose)  # the worker started
    (pid,) = guarded.pool.pids()  # for /proc
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    print(
        "| query | in-process wall ms | its CPU ms | through the worker wall ms | its CPU ms "
        "| worker run-queue wait ms (median / mean) | worker involuntary switches per query |"
    )
    print("|---|---|---|---|---|---|---|")
    for kind in args.kinds:
        rows: dict[str, list[tuple[float, float]]] = {"here": [], "worker": []}
        waits, switches = [], []
        for i, text in enumerate(query_texts(kind, params, args.queries)):
            for who in ("here", "worker") if i % 2 else ("worker", "here"):
                before = worker_counters(pid)
                started = time.perf_counter()
                answer = (here if who == "here" else guarded).query(text, choose)
                wall = (time.perf_counter() - started) * 1000
                rows[who].append((wall, answer.cost_s * 1000))
                if who == "worker":
                    after = worker_counters(pid)
                    waits.append(after[0] - before[0])
                    switches.append(after[1] - before[1])
        cells = [f"{statistics.median(v[k] for v in rows[w]):.2f}" for w in ("here", "worker") for k in (0, 1)]
        cells += [f"{statistics.median(waits):.2f} / {statistics.mean(waits):.2f}", f"{statistics.mean(switches):.2f}"]
        print(f"| {kind} | " + " | ".join(cells) + " |", flush=True)
    guarded.pool.close()
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
