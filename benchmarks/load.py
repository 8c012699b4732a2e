"""Bounded load test, loopback only: many clients for a fixed time over a mix of pages and queries,
through the production server (granian, server/production.py). Passes when there is no 5xx and memory stays flat.

    python benchmarks/load.py --store STORE [--clients 16] [--seconds 60] [--workers 2]

Build a store first: `kg synth 1000 -o DIR && kg build --records DIR --store STORE`.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.serve import Server, percentile, run_clients, sample_slugs  # noqa: E402

QUERY = quote("SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } LIMIT 20")
FLAT_GROWTH = 1.25  # memory at the end at most 25 % above memory after the first quarter


def mix(paths: list[tuple[str, str]]) -> list[str]:
    """The request mix: descriptions in every format, browse and search pages, SPARQL."""
    docs = [f"/doc/{kind}/{slug}.{suffix}" for kind, slug in paths for suffix in ("ttl", "jsonld", "html")]
    pages = [
        "/",
        "/events",
        "/events?year=2005",
        "/topics",
        "/search?q=policy",
        "/search?q=kim",
        "/.well-known/void",
        "/sitemap.xml",
        "/changes",
        "/readyz",
    ]
    return docs + pages * 6 + [f"/sparql?query={QUERY}"] * 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    urls = mix(sample_slugs(args.store, 100))
    server = Server(args.store, args.workers)
    memory: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        started = time.monotonic()
        while not done.wait(1.0):
            memory.append((time.monotonic() - started, server.rss_mb()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        latencies, statuses = run_clients(
            lambda n, i: server.url + urls[(n * 7919 + i) % len(urls)], args.clients, args.seconds
        )
    finally:
        done.set()
        sampler.join()
        server.stop()
    errors = sum(count for status, count in statuses.items() if status >= 500 or status == 0)
    quarter = [rss for t, rss in memory if t >= args.seconds / 4] or [0.0]
    flat = quarter[-1] <= quarter[0] * FLAT_GROWTH
    print(
        f"{args.clients} clients for {args.seconds:.0f} s: {len(latencies)} requests, "
        f"{len(latencies) / args.seconds:.0f} req/s, p50 {percentile(latencies, 0.5):.1f} ms, "
        f"p99 {percentile(latencies, 0.99):.1f} ms"
    )
    print("statuses: " + ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items())))
    print(
        f"server memory MB: start {memory[0][1] if memory else 0:.0f}, after a quarter {quarter[0]:.0f}, "
        f"end {quarter[-1]:.0f}, max {max((m for _, m in memory), default=0):.0f}"
    )
    print(
        "memory over time (s: MB): " + ", ".join(f"{t:.0f}: {m:.0f}" for t, m in memory[:: max(1, len(memory) // 12)])
    )
    print(f"5xx or failed: {errors} ({'ok' if not errors else 'FAIL'}); memory flat: {'ok' if flat else 'FAIL'}")
    sys.exit(0 if not errors and flat else 1)


if __name__ == "__main__":
    main()
