"""Where a /doc/ page's first rendering spends its time, at a small and a large store side by side.

    python benchmarks/doc_renders.py --store SMALL_STORE --store LARGE_STORE [--suffix html] [--count 1000]

benchmarks/serve.py's sampled resources, each rendered once (its first rendering: nothing kept
yet) through the app without HTTP, the two stores taking turns page by page in one process (the
machine's load then falls on both alike), each app warmed and settled as a gunicorn worker is
(server/warmup.py). Per rendering: CPU and wall time, the time of each step (the description,
the event's people, the last change, the embedded JSON-LD, the template; CPU of the thread), the
cycle collector's pauses, and the blocks read from disk (not from the OS page cache).
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.serve import percentile, sample_slugs  # noqa: E402
from kg import config  # noqa: E402
from kg.store import PublishedStore  # noqa: E402
from server import jsonld, views, warmup  # noqa: E402
from server.app import create_app  # noqa: E402

STEPS = ("describe", "people", "last change", "JSON-LD", "template")
spent: dict[str, float] = defaultdict(float)  # CPU ms of each step in the rendering being measured


def timed(owner: Any, name: str, step: str | Callable[..., str]) -> None:
    """Wrap owner.name so that its CPU time is added to `step` (a name, or one made from the arguments)."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            label = step if isinstance(step, str) else step(*args)
            spent[label] += (time.thread_time() - started) * 1000

    setattr(owner, name, wrapper)


timed(PublishedStore, "describe", "describe")
timed(PublishedStore, "last_modified", "last change")
timed(PublishedStore, "select", lambda _, sparql: "people" if "participation" in sparql else "other queries")
timed(jsonld, "for_crawlers", "JSON-LD")
timed(views, "render_template", "template")
gc.callbacks.append(
    lambda phase, info: (
        spent.__setitem__("gc", spent["gc"] - time.perf_counter() * 1000)
        if phase == "start"
        else spent.__setitem__("gc", spent["gc"] + time.perf_counter() * 1000)
    )
)


class Side:
    def __init__(self, store: Path, count: int) -> None:
        self.store = store
        self.app = create_app(config.load(store=store, base="http://127.0.0.1:8080/"))
        warmup.warm(self.app)
        self.client = self.app.test_client()
        self.paths = sample_slugs(store, count)
        self.rows: list[dict[str, float]] = []

    def render(self, number: int, suffix: str) -> None:
        kind, slug = self.paths[number]
        spent.clear()
        before = resource.getrusage(resource.RUSAGE_THREAD)
        wall, cpu = time.perf_counter(), time.thread_time()
        status = self.client.get(f"/doc/{kind}/{slug}.{suffix}").status_code
        row = {"wall": (time.perf_counter() - wall) * 1000, "cpu": (time.thread_time() - cpu) * 1000, **spent}
        row["blocks read"] = resource.getrusage(resource.RUSAGE_THREAD).ru_inblock - before.ru_inblock
        if status != 200:
            raise SystemExit(f"{self.store}: /doc/{kind}/{slug}.{suffix} answered {status}")
        self.rows.append(row)

    def column(self, key: str) -> list[float]:
        return [row.get(key, 0.0) for row in self.rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, action="append", required=True, help="twice: small, then large")
    parser.add_argument("--suffix", default="html", help="html, ttl, jsonld, nt or rdf")
    parser.add_argument("--count", type=int, default=1000, help="resources sampled (each rendered once)")
    args = parser.parse_args()
    sides = [Side(store, args.count) for store in args.store]
    warmup.settle()  # as a gunicorn worker does once warm
    for number in range(min(len(side.paths) for side in sides)):
        for side in sides:
            side.render(number, args.suffix)
    print(f"first renderings of /doc/…{args.suffix}, {len(sides[0].rows)} resources a store, ms")
    figures = [("CPU mean", "cpu", None), *((f"CPU p{q}", "cpu", q) for q in (50, 99)), ("CPU max", "cpu", 100)]
    figures += [(f"wall p{q}", "wall", q) for q in (50, 99)] + [("wall max", "wall", 100)]
    figures += [(f"{step} (CPU mean)", step, None) for step in STEPS]
    figures += [("cycle collector (mean)", "gc", None), ("cycle collector (max)", "gc", 100)]
    figures += [("blocks read from disk (mean)", "blocks read", None)]
    print("| what | " + " | ".join(side.store.name for side in sides) + " | last / first |")
    print("| --- |" + " ---: |" * (len(sides) + 1))
    for label, key, quantile in figures:
        values = [
            statistics.mean(side.column(key)) if quantile is None else percentile(side.column(key), quantile / 100)
            for side in sides
        ]
        ratio = f"{values[-1] / values[0]:.2f}" if values[0] else ""
        print(f"| {label} | " + " | ".join(f"{v:.2f}" for v in values) + f" | {ratio} |")


if __name__ == "__main__":
    main()
