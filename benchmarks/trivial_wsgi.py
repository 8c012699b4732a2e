"""The least a Python endpoint under a WSGI server can do: the same stored answer for every request.

benchmarks/sparql.py runs it with the same client as the real systems, to measure the ceiling that
the client and the WSGI server themselves put on requests per second on this machine. The answer is read
once from the file named by KG_BENCH_BODY (a real /sparql answer, so the bytes sent are alike).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

BODY = Path(os.environ["KG_BENCH_BODY"]).read_bytes()
HEADERS = [("Content-Type", "application/sparql-results+json"), ("Content-Length", str(len(BODY)))]


def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    environ["wsgi.input"].read()  # the request body is read, as any endpoint must
    start_response("200 OK", list(HEADERS))
    return [BODY]
