"""benchmarks/wrk_client.py: a load phase ends with no request of its still being answered, so that
the work of the answers in flight at its stop does not fall into the next system's turn."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from benchmarks import wrk_client

pytestmark = pytest.mark.skipif(not wrk_client.available(), reason="wrk is not installed")
QUICK_S, SLOW_S = 0.05, 1.0  # the first request's "evaluation", then every other's: the stop comes with 3 in flight


class Counting(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.in_flight = self.received = 0


class Handler(BaseHTTPRequestHandler):
    server: Counting
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        with self.server.lock:
            self.server.in_flight += 1
            self.server.received += 1
            first = self.server.received == 1
        time.sleep(QUICK_S if first else SLOW_S)
        with self.server.lock:
            self.server.in_flight -= 1  # before the answer leaves: done once the client has it
        body = b'{"boolean": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[Counting]:
    found = Counting()
    thread = threading.Thread(target=found.serve_forever, daemon=True)
    thread.start()
    yield found
    found.shutdown()
    found.server_close()


@pytest.mark.parametrize("cycle", [True, False])
def test_the_answers_in_flight_at_the_stop_are_waited_for_not_counted(server: Counting, cycle: bool) -> None:
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    run = wrk_client.run(url, [f"ASK {{ <urn:q{n}> ?p ?o }}" for n in range(8)], "*/*", 4, 1, 0, cycle)
    assert run.answered < run.sent  # the stop came with requests in flight (1 answer was enough) ...
    assert server.in_flight == 0  # ... and each was answered before the phase ended
    assert server.received == run.sent  # nothing more was sent after the stop
    assert len(run.latencies) == run.answered  # those answered after the stop are not counted


def test_wrk_is_stopped_when_its_first_sigint_goes_astray() -> None:
    # a process whose first SIGINT is lost (as when it reaches wrk's ending thread, not its sleeping main one)
    child = "import signal, sys, time\nseen = []\n"
    child += "signal.signal(signal.SIGINT, lambda *_: sys.exit(0) if seen else seen.append(1))\n"
    child += "print('ready', flush=True)\nwhile True:\n    time.sleep(1)\n"
    process = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline() == b"ready\n"
    wrk_client.stop(process)
    assert process.returncode == 0  # ended by the second SIGINT, not killed
