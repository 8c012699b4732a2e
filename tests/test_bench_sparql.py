"""benchmarks/sparql.py: it stops the servers it started however the run ends, its latency phase
gives every system the same pause before each batch, and it measures eventkg laid out as production."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from benchmarks import sparql

ROOT = Path(__file__).resolve().parent.parent

# a run holding one server (a process group of its own), as the benchmark holds its systems
RUN = textwrap.dedent(
    """
    import time
    from benchmarks.sparql import process, stop_servers_on_sigterm
    stop_servers_on_sigterm()
    with process(["sleep", "60"]) as group:
        print(group, flush=True)
        time.sleep(60)
    """
)


def _alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigterm_stops_the_servers_the_benchmark_started() -> None:
    run = subprocess.Popen([sys.executable, "-c", RUN], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert run.stdout is not None
    group = int(run.stdout.readline())
    assert _alive(group)
    run.send_signal(signal.SIGTERM)
    assert run.wait(30) == 128 + signal.SIGTERM
    deadline = time.monotonic() + 10
    while _alive(group) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(group)


class FakeClock:
    """time.monotonic and time.sleep for the benchmark, advanced by the fake systems below."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class FakeSystem(sparql.Client):
    """Answers each query in `seconds`; keeps when each of its batches started and ended."""

    def __init__(self, clock: FakeClock, seconds: float) -> None:
        self.clock, self.seconds = clock, seconds
        self.batches: list[tuple[float, float]] = []

    def latencies(self, queries: list[str]) -> list[float]:
        started = self.clock.now
        self.clock.now += self.seconds * len(queries)
        self.batches.append((started, self.clock.now))
        return [self.seconds] * len(queries)


@pytest.mark.parametrize("pause_s", [sparql.LATENCY_PAUSE_S, 2.5])  # the default, and --latency-pause 2.5
def test_every_latency_batch_starts_after_the_same_pause(monkeypatch: pytest.MonkeyPatch, pause_s: float) -> None:
    clock = FakeClock()
    monkeypatch.setattr(sparql, "time", clock)
    # a fast system would follow its own batch after a few ms of the others' and a slow one after seconds
    systems = {"fast": 0.0002, "eventkg": 0.001, "slow": 0.4, "virtuoso": 0.003, "eventkg→virtuoso": 0.004}
    runners = {name: FakeSystem(clock, seconds) for name, seconds in systems.items()}
    idle = sparql.Idle(pause_s)
    warmed_up = clock.now
    for name in runners:  # the warm-up, just before
        idle.asked(name)
    results = sparql.interleaved(dict(runners), [f"q{n}" for n in range(20)], idle)  # type: ignore[arg-type]
    for name, system in runners.items():
        users = [system] + [runners[n] for n in runners if n.endswith("→" + name)]  # a backend works for these too
        for started, _ in system.batches:
            busy_until = max(
                (end for user in users for start, end in user.batches if start < started), default=warmed_up
            )
            assert started - busy_until >= pause_s - 1e-9
        assert len(results[name].idle_s) == len(system.batches) == 4
        assert min(results[name].idle_s) >= pause_s - 1e-9


def test_latencies_split_into_first_of_each_batch_and_back_to_back() -> None:
    batch = sparql.LATENCY_BATCH
    result = sparql.Result([0.009] + [0.001] * (batch - 1) + [0.007] + [0.002] * (batch - 1))
    assert result.after_pause_ms() == pytest.approx(8.0)
    assert result.back_to_back_ms() == pytest.approx(1.5)


def test_eventkg_over_virtuoso_is_measured_under_each_process_layout_of_web() -> None:
    """Over a remote store the query settings play no part: one eventkg per layout, the first named as
    the main table names it."""
    webs = ["2x8", "2x8/m0", "1x8", "gunicorn:1x8/w1"]
    assert sparql.remote_variants(webs) == {
        "eventkg→virtuoso": "2x8",
        "eventkg 1x8→virtuoso": "1x8",
        "eventkg gunicorn:1x8→virtuoso": "gunicorn:1x8",
    }


def test_the_benchmark_measures_eventkg_laid_out_as_production_by_default() -> None:
    """What a user runs: `make serve-prod`'s processes x threads (tests/test_production.py checks that
    the server starts with them)."""
    from server.production import layout

    assert "{}x{}".format(*layout(os.environ)) == sparql.PRODUCTION_WEB
    assert layout({}) == (os.cpu_count() or 2, 8)
    assert layout({"WEB_CONCURRENCY": "3", "KG_THREADS": "5"}) == (3, 5)
