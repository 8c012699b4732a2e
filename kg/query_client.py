"""POSTs to one SPARQL endpoint over kept-alive connections, one per thread, each answer whole
within a time limit.

Every /sparql request over a remote store pays this client's CPU on top of the store's own work,
so it is the standard library's http.client on a connection each thread keeps: about 130 µs of CPU
per query against urllib3's 270 µs (PoolManager, the same requests; measured), which also checks
each pooled connection before reuse and wraps every answer. A kept connection the store has closed
meanwhile is noticed when the next query is sent on it, and that query is sent once more on a new
connection (a query is safe to repeat; a fresh connection that fails is an error).
"""

from __future__ import annotations

import http.client
import ssl
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

CHUNK_BYTES = 1 << 16
# What a connection closed by the other end looks like on the next request sent over it.
CLOSED = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


class Unreachable(Exception):
    """No connection could be made (refused, no route, or no answer to the connect within its timeout)."""


class TooSlow(Exception):
    """The answer did not arrive whole within the time limit."""


class Broken(Exception):
    """The connection failed or the answer was not HTTP."""


class QueryClient:
    def __init__(self, url: str, connect_timeout_s: float, headers: dict[str, str]) -> None:
        parts = urlsplit(url)
        self.url, self.connect_timeout_s, self.headers = url, connect_timeout_s, headers
        self.target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        host, port = parts.hostname or "", parts.port
        self._new: Callable[[], http.client.HTTPConnection]
        if parts.scheme == "https":
            context = ssl.create_default_context()
            self._new = lambda: http.client.HTTPSConnection(host, port, context=context)
        else:
            self._new = lambda: http.client.HTTPConnection(host, port)
        self._local = threading.local()

    def post(self, body: bytes, headers: dict[str, str], timeout_s: float) -> tuple[int, str, bytes]:
        """Status, Content-Type and body of the answer to a POST, all of it within timeout_s."""
        deadline = time.monotonic() + timeout_s
        for attempt in (1, 2):
            connection, reused = self._connection(deadline)
            try:
                return self._exchange(connection, body, {**self.headers, **headers}, deadline)
            except CLOSED:
                self._drop()
                if not reused or attempt == 2:
                    raise Broken("the connection was closed before the answer came") from None
            except TimeoutError:
                self._drop()
                raise TooSlow from None
            except (OSError, http.client.HTTPException) as err:
                self._drop()
                raise Broken(type(err).__name__) from None
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _connection(self, deadline: float) -> tuple[http.client.HTTPConnection, bool]:
        kept = getattr(self._local, "connection", None)
        if kept is not None and kept.sock is not None:
            kept.sock.settimeout(max(0.001, deadline - time.monotonic()))
            return kept, True
        connection = self._new()
        connection.timeout = min(self.connect_timeout_s, max(0.001, deadline - time.monotonic()))
        try:
            connection.connect()
        except OSError as err:
            connection.close()
            raise Unreachable(type(err).__name__) from None
        assert connection.sock is not None  # connect() succeeded
        connection.sock.settimeout(max(0.001, deadline - time.monotonic()))
        self._local.connection = connection
        return connection, False

    def _exchange(
        self, connection: http.client.HTTPConnection, body: bytes, headers: dict[str, str], deadline: float
    ) -> tuple[int, str, bytes]:
        sock = connection.sock
        connection.request("POST", self.target, body=body, headers=headers)
        response = connection.getresponse()
        chunks = []
        while True:  # what has arrived, each wait for more bounded by the time left
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError  # bytes still coming: the connection is dropped
            if sock is not None:
                sock.settimeout(left)
            chunk = response.read1(CHUNK_BYTES)
            if not chunk:
                break
            chunks.append(chunk)
        chunks.append(response.read())  # nothing left; marks the answer read, so the connection is reused
        if response.will_close:
            self._drop()
        return response.status, response.getheader("Content-Type", ""), b"".join(chunks)

    def _drop(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None
