"""Build benchmark: full builds and one-record changes at several sizes, side by side with pyshacl
validating the same data as one whole graph.

    .venv/bin/python benchmarks/build.py --events 1000 10000      # add 100000 for the large run

For each size it writes a synthetic corpus (`kg synth`), runs `kg build` into a fresh store,
changes one record and builds again, then validates the release's dump with pyshacl as one graph.
Each command runs in its own process; peak memory is the largest resident size of the process
and its children, sampled every 0.1 s. Prints a table and, with --write, replaces the "Build"
section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]
TARGETS = {"full build, 100k events": "< 300 s and < 2 GB", "one-record change, 100k events": "< 5 s"}

WHOLE_GRAPH = """
import sys, time
from rdflib import Dataset, Graph
from pyshacl import validate
from kg.validate import load_shapes
started = time.monotonic()
dataset = Dataset()
dataset.parse(sys.argv[1], format="nquads")
graph = Graph()
for named in dataset.graphs():
    graph += named
parsed = time.monotonic()
conforms, _, _ = validate(graph, shacl_graph=load_shapes(sys.argv[2]), inference="none", advanced=True)
print(f"{len(graph)} {parsed - started:.1f} {time.monotonic() - parsed:.1f}")
"""


def run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB of the process tree, and stdout of one command."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        parent = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-2000:]}")
    return time.monotonic() - started, peak[0] / 1e6, out + err


def measure(events: int, work: Path) -> list[tuple[str, float, float, str]]:
    records, store = work / f"records-{events}", work / f"store-{events}"
    run([*KG, "synth", str(events), "-o", str(records)])
    env = {**os.environ, "KG_BASE": "http://127.0.0.1:8080/"}
    rows = []
    seconds, peak, out = run([*KG, "build", "--records", str(records), "--store", str(store)], env)
    triples = int(out.split(" triples")[0].rsplit(" ", 1)[-1].replace(",", ""))
    rows.append(
        (
            f"full build, {events} events",
            seconds,
            peak,
            f"{events / seconds:,.0f} records/s, {triples / seconds:,.0f} triples/s",
        )
    )
    first = sorted(records.glob("*.yaml"))[0]
    first.write_text(first.read_text() + "keywords: [benchmark]\n")
    seconds, peak, out = run([*KG, "build", "--records", str(records), "--store", str(store)], env)
    published = next(
        (line.split("published in ")[1].split(" s")[0] for line in out.splitlines() if line.startswith("published in")),
        "?",
    )
    rows.append((f"one-record change, {events} events", seconds, peak, f"published (switched) after {published} s"))
    dump = next(store.glob("published/*/dumps/dataset.nq.gz"))
    plain = work / f"dump-{events}.nq"
    plain.write_bytes(gzip.decompress(dump.read_bytes()))
    seconds, peak, out = run([sys.executable, "-c", WHOLE_GRAPH, str(plain), "http://127.0.0.1:8080/"])
    size, parse, check = out.split()[:3]
    rows.append(
        (
            f"pyshacl, whole graph, {events} events",
            seconds,
            peak,
            f"{int(size):,} triples: parse {parse} s + validate {check} s",
        )
    )
    return rows


def table(rows: list[tuple[str, float, float, str]]) -> str:
    lines = ["| run | seconds | peak MB | figures |", "| --- | ---: | ---: | --- |"]
    lines += [f"| {name} | {seconds:.1f} | {peak:,.0f} | {note} |" for name, seconds, peak, note in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--write", action="store_true", help="record the table in docs/benchmarks.md")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        for events in args.events:
            rows += measure(events, Path(folder))
            print(table(rows[-3:]), flush=True)
    result = table(rows)
    print("\n" + result)
    print("\ntargets: " + "; ".join(f"{k}: {v}" for k, v in TARGETS.items()))
    if args.write:
        record(result)


def record(result: str) -> None:
    docs = ROOT / "docs" / "benchmarks.md"
    text = docs.read_text() if docs.exists() else "# Benchmarks\n"
    section = (
        f"## Build\n\n`.venv/bin/python benchmarks/build.py --events ...` on this machine "
        f"(2 cores), {time.strftime('%Y-%m-%d')}:\n\n{result}\n"
    )
    start = text.find("## Build\n")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end >= 0 else "")
    else:
        text = text.rstrip() + "\n\n" + section
    docs.write_text(text)


if __name__ == "__main__":
    main()
