"""Build benchmark: full builds and one-record changes at several sizes, side by side with pyshacl
validating the same data as one whole graph.

    .venv/bin/python benchmarks/build.py --events 1000 10000      # add 100000 for the large run

For each size it writes a synthetic corpus (`kg synth`), runs `kg build` into a fresh store,
changes one record and builds again, then validates the release's dump with pyshacl as one graph.
Each command runs in its own process; peak memory is sampled every 0.1 s over the process and all
its children (the build's forked workers) in two ways: the sum of their proportional set sizes
(PSS: a page shared by the forked workers is counted once, split between them: the memory the
machine really spends) and the sum of their resident sizes (RSS: a shared page counted in every
process, an upper bound). Prints a table and, with --write, replaces the "Build" section of
docs/benchmarks.md. `--records-from DIR` copies an existing corpus (made by `kg synth N`) instead
of generating it.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
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
import importlib, sys, time
import pyoxigraph as ox
from rdflib import Graph
from kg.validate import load_shapes
validate = importlib.import_module(sys.argv[3]).validate
started = time.monotonic()
# The named graphs merged into one as N-Triples, parsed into a single rdflib graph (an rdflib Dataset
# and a copy of it into one Graph needed 18 GB at 100,000 events).
quads = ox.parse(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)
graph = Graph().parse(data=ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES), format="nt")
parsed = time.monotonic()
conforms, _, _ = validate(graph, shacl_graph=load_shapes(sys.argv[2]), inference="none", advanced=True)
print(f"{len(graph)} {parsed - started:.1f} {time.monotonic() - parsed:.1f}")
"""


Row = tuple[str, float, float, tuple[float, float], str]  # name, seconds, CPU seconds, peak (PSS, RSS) MB, figures


def cpu_seconds() -> float:
    """CPU time of every process this one has started and reaped, with their reaped descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, tuple[float, float], str]:
    """Wall seconds, CPU seconds and peak MB (PSS sum, RSS sum) of the process tree, and the output of one
    command. CPU seconds do not depend on what else the machine runs, wall seconds do."""
    started, cpu = time.monotonic(), cpu_seconds()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]

    def sample() -> None:
        parent = psutil.Process(process.pid)
        while process.poll() is None:
            pss = rss = 0
            for member in [parent, *_children(parent)]:
                try:
                    memory = member.memory_full_info()
                except psutil.Error:  # a worker that just ended
                    continue
                pss, rss = pss + memory.pss, rss + memory.rss
            peak[0], peak[1] = max(peak[0], pss), max(peak[1], rss)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-2000:]}")
    return time.monotonic() - started, cpu_seconds() - cpu, (peak[0] / 1e6, peak[1] / 1e6), out + err


def _children(parent: psutil.Process) -> list[psutil.Process]:
    try:
        return parent.children(recursive=True)
    except psutil.Error:
        return []


def timings(name: str, out: str) -> None:
    """Print the seconds of each phase the build reported (its "timings:" line), as it goes."""
    line = next((line for line in out.splitlines() if line.startswith("timings:")), "timings: not reported")
    print(f"{name}: {line}", flush=True)


def dumps_after(name: str, store: Path, env: dict[str, str]) -> Row:
    """Wait for the dumps the build's background writer is writing (`kg dumps` waits for it, then
    writes whatever is still missing): how long they took after the switch."""
    seconds, cpu, peak, _ = run([*KG, "dumps", "--store", str(store)], env)
    return (f"{name}: dumps after the switch", seconds, cpu, peak, "waited for from the end of the build")


def measure(events: int, work: Path, records_from: Path | None = None, whole_graph: bool = True) -> list[Row]:
    records, store = work / f"records-{events}", work / f"store-{events}"
    if records_from is not None:
        shutil.copytree(records_from, records)
    else:
        run([*KG, "synth", str(events), "-o", str(records)])
    env = {**os.environ, "KG_BASE": "http://127.0.0.1:8080/"}
    rows = []
    seconds, cpu, peak, out = run([*KG, "build", "--records", str(records), "--store", str(store)], env)
    triples = int(out.split(" triples")[0].rsplit(" ", 1)[-1].replace(",", ""))
    timings(f"full build, {events} events", out)
    rows.append(
        (
            f"full build, {events} events",
            seconds,
            cpu,
            peak,
            f"{events / seconds:,.0f} records/s, {triples / seconds:,.0f} triples/s",
        )
    )
    rows.append(dumps_after(f"full build, {events} events", store, env))
    first = sorted(records.glob("*.yaml"))[0]
    changed_text = first.read_text() + "keywords: [benchmark]\n"
    first.unlink()  # a new file, not one written through: --records-from may hard-link the corpus
    first.write_text(changed_text)
    print(f"load before the one-record change: {os.getloadavg()[0]:.1f}", flush=True)
    seconds, cpu, peak, out = run([*KG, "build", "--records", str(records), "--store", str(store)], env)
    published = next(
        (line.split("published in ")[1].split(" s")[0] for line in out.splitlines() if line.startswith("published in")),
        "?",
    )
    timings(f"one-record change, {events} events", out)
    changed = out.split(" graphs changed")[0].rsplit(" ", 1)[-1] if " graphs changed" in out else "?"
    rows.append(
        (
            f"one-record change, {events} events",
            seconds,
            cpu,
            peak,
            f"published (switched) after {published} s; {changed} graphs changed",
        )
    )
    rows.append(dumps_after(f"one-record change, {events} events", store, env))
    if not whole_graph:
        return rows
    dump = next(store.glob("published/*/dumps/dataset.nq.gz"))
    plain = work / f"dump-{events}.nq"
    plain.write_bytes(gzip.decompress(dump.read_bytes()))
    for engine in ("pyshacl", "pyshacl_turbo"):
        seconds, cpu, peak, out = run([sys.executable, "-c", WHOLE_GRAPH, str(plain), "http://127.0.0.1:8080/", engine])
        size, parse, check = out.split()[:3]
        rows.append(
            (
                f"{engine.replace('_', '-')}, whole graph, {events} events",
                seconds,
                cpu,
                peak,
                f"{int(size):,} triples: parse {parse} s + validate {check} s",
            )
        )
    return rows


def table(rows: list[Row]) -> str:
    lines = [
        "| run | seconds | CPU seconds | peak MB (PSS) | peak MB (RSS sum) | figures |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    lines += [
        f"| {name} | {seconds:.1f} | {cpu:.1f} | {pss:,.0f} | {rss:,.0f} | {note} |"
        for name, seconds, cpu, (pss, rss), note in rows
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--write", action="store_true", help="record the table in docs/benchmarks.md")
    parser.add_argument("--records-from", type=Path, help="copy this corpus (one --events size) instead of kg synth")
    parser.add_argument("--no-whole-graph", action="store_true", help="skip validating the dump as one graph")
    args = parser.parse_args()
    if args.records_from and len(args.events) != 1:
        parser.error("--records-from goes with one --events size")
    rows: list[Row] = []
    print(f"load average at the start: {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        for events in args.events:
            rows += measure(events, Path(folder), args.records_from, whole_graph=not args.no_whole_graph)
            print(table(rows[-6:]), flush=True)
    result = table(rows)
    print("\n" + result)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[2]:.1f} (15 min)")
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
