"""benchmarks/sparql.py stops the servers it started however the run ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

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
