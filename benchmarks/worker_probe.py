"""What each /doc/ request cost inside a worker of the production server, plus a probe.

    python -m benchmarks.worker_probe serve         # the production server (server/production.py), probed,
                                                    # with PROBE_DIR=DIR and the usual KG_* settings
    python benchmarks/serve.py --probe DIR ...      # the same, for serve.py's servers
    python benchmarks/worker_probe.py DIR           # the summary

Per request the worker writes (DIR/worker-PID.tsv): the path, whether the answer was rendered
(a first rendering) or kept, its wall and thread CPU time, the time the thread waited for a CPU
(/proc/thread-self/schedstat) and the cycle collector's time meanwhile (it stops every thread of
the worker). The summary gives them per format for renderings and kept answers, and what the
slowest 1 % of requests were made of.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from server import production

_local = threading.local()
_collector = {"ms": 0.0, "started": 0.0}


def _waited_ms() -> float:
    """Time this thread has spent runnable but waiting for a CPU."""
    with open("/proc/thread-self/schedstat") as stat:
        return int(stat.read().split()[1]) / 1e6


def _collecting(phase: str, _: dict[str, Any]) -> None:
    if phase == "start":
        _collector["started"] = time.perf_counter()
    else:
        _collector["ms"] += (time.perf_counter() - _collector["started"]) * 1000


def load_probed(target: str) -> Callable[..., Iterable[bytes]]:
    """The production worker's app (warmed as in production), each request noted in the probe's file."""
    app = production.load_app(target)
    from server import resources

    render = resources._render

    def noted(*args: Any, **kwargs: Any) -> Any:
        _local.rendered = True
        return render(*args, **kwargs)

    resources._render = noted
    gc.callbacks.append(_collecting)
    log = open(Path(os.environ["PROBE_DIR"]) / f"worker-{os.getpid()}.tsv", "w", buffering=1)  # noqa: SIM115

    def probed(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        _local.rendered = False
        wall, cpu, waited, collected = time.perf_counter(), time.thread_time(), _waited_ms(), _collector["ms"]
        body = b"".join(app(environ, start_response))
        figures = (
            (time.perf_counter() - wall) * 1000,
            (time.thread_time() - cpu) * 1000,
            _waited_ms() - waited,
            _collector["ms"] - collected,
        )
        path = environ.get("PATH_INFO", "")
        log.write(f"{path}\t{int(_local.rendered)}\t" + "\t".join(f"{f:.3f}" for f in figures) + "\n")
        return [body]

    return probed


def summary(folder: Path) -> None:
    rows = []
    for path in folder.glob("worker-*.tsv"):
        for line in path.read_text().splitlines():
            where, rendered, *figures = line.split("\t")
            if where.startswith("/doc/"):
                wall, cpu, waited, collected = map(float, figures)
                fmt = where.rsplit(".", 1)[-1] if "." in where.rsplit("/", 1)[-1] else "negotiated"
                rows.append(
                    {
                        "format": fmt,
                        "rendered": rendered == "1",
                        "wall": wall,
                        "cpu": cpu,
                        "waited": waited,
                        "gc": collected,
                    }
                )

    def quantile(values: list[float], share: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    print("| requests | n | wall p50 / p99 ms | CPU p50 / p99 ms | waited for a CPU p99 ms | collector ms, mean |")
    print("| --- | ---: | --- | --- | ---: | ---: |")
    for fmt in sorted({row["format"] for row in rows}):
        for rendered in (True, False):
            chosen = [row for row in rows if row["format"] == fmt and row["rendered"] == rendered]
            if chosen:
                column = {key: [row[key] for row in chosen] for key in ("wall", "cpu", "waited", "gc")}
                print(
                    f"| {fmt}, {'rendered' if rendered else 'kept'} | {len(chosen)} "
                    f"| {quantile(column['wall'], 0.5):.2f} / {quantile(column['wall'], 0.99):.2f} "
                    f"| {quantile(column['cpu'], 0.5):.2f} / {quantile(column['cpu'], 0.99):.2f} "
                    f"| {quantile(column['waited'], 0.99):.2f} | {statistics.mean(column['gc']):.3f} |"
                )
    slowest = sorted(rows, key=lambda row: -row["wall"])[: max(1, len(rows) // 100)]
    if slowest:

        def mean(key: str) -> float:
            return statistics.mean(row[key] for row in slowest)

        other = statistics.mean(row["wall"] - row["cpu"] - row["waited"] for row in slowest)
        print(
            f"\nslowest 1 % ({len(slowest)}): {sum(row['rendered'] for row in slowest)} renderings; mean wall "
            f"{mean('wall'):.1f} ms = CPU {mean('cpu'):.1f} + waiting for a CPU {mean('waited'):.1f} + other "
            f"(the GIL, disk) {other:.1f}; {sum(row['gc'] > 5 for row in slowest)} with over 5 ms of collection"
        )


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        production.main(load=load_probed)
    else:
        summary(Path(sys.argv[1]))
