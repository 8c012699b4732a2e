"""CPU per browse-by-year, search and person page at a small and a large store, in one process, the
two stores taking turns (the machine's load then falls on both alike: on a shared machine the
ratio holds where latencies and even a server's CPU per request spread by 2x between runs).

    python benchmarks/page_cpu.py --store SMALL_STORE --store LARGE_STORE [--rounds 10] [--page-size N]

The pages are benchmarks/serve.py's (listing_paths), requested through the app without HTTP; a
person's page is rendered each time (the per-process cache of /doc/ answers is emptied first).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.serve import PAGE_KINDS, ROW_MARK, listing_paths  # noqa: E402
from kg import config  # noqa: E402
from server.app import create_app  # noqa: E402


class Side:
    """One store's app and its pages of each kind."""

    def __init__(self, store: Path, page_size: int | None) -> None:
        self.app = create_app(config.load(store=store, base="http://127.0.0.1:8080/", page_size=page_size))
        self.client = self.app.test_client()
        paths = listing_paths(store, 40)
        self.pages = {what: [p for p in paths if p.startswith(prefix)] for what, prefix in PAGE_KINDS.items()}

    def request(self, what: str) -> tuple[float, int]:
        """CPU seconds for every page of a kind, and the rows they listed."""
        started, rows = time.process_time(), 0
        for path in self.pages[what]:
            self.app.extensions["kg.page_cache"][0].clear()
            rows += self.client.get(path).get_data(as_text=True).count(ROW_MARK[what])
        return time.process_time() - started, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, action="append", required=True, help="twice: small, then large")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--page-size", type=int, default=None, help="KG_PAGE_SIZE for both (default: the setting's)")
    args = parser.parse_args()
    small, large = (Side(store, args.page_size) for store in args.store)
    print("| page kind | rows, small | rows, large | CPU ms, small | CPU ms, large | large / small |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for what in PAGE_KINDS:
        spent, rows = [0.0, 0.0], [0, 0]
        for side in (small, large):
            side.request(what)  # warm: the index's pages, the templates
        for _ in range(args.rounds):
            for n, side in enumerate((small, large)):
                seconds, listed = side.request(what)
                spent[n] += seconds
                rows[n] += listed
        count = [args.rounds * len(side.pages[what]) for side in (small, large)]
        ms = [spent[n] * 1000 / count[n] for n in (0, 1)]
        print(
            f"| {what} | {rows[0] / count[0]:.1f} | {rows[1] / count[1]:.1f} | {ms[0]:.2f} | {ms[1]:.2f} "
            f"| {ms[1] / ms[0]:.2f}x |",
            flush=True,
        )


if __name__ == "__main__":
    main()
