"""POSTs to one SPARQL endpoint over kept-alive connections, one per thread, each answer whole
within a time limit: HTTP/1.1 written and read on a plain socket (TLS for https).

Every /sparql request over a remote store pays this client's CPU on top of the store's own work,
so it does no more than one exchange needs: the request in one `sendall`, the answer read with
as few `recv` as it arrives in (Content-Length, chunked, or up to the close). That is a third less
CPU per query than libcurl (pycurl's `perform`, which the client used before: 106-123 against 171-173
µs per forwarded lookup, docs/benchmarks.md session 11), itself half of http.client's. Each thread
keeps its connection; one the store closed meanwhile (nothing comes back on it, or it is reset) is
replaced and the query sent again on a new one (a query is safe to repeat). The time limit covers
the whole exchange, connect and answer, not each wait for bytes. No proxy is asked: the store is
named by its own URL.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from urllib.parse import quote_plus, urlsplit

# Form fields up to this many bytes are sent with every byte percent-encoded (below); longer ones as usual.
SHORT_FIELD_BYTES = 65_536
READ_BYTES = 262_144
MAX_HEAD_BYTES = 65_536  # an answer's status line and headers


def form_body(fields: dict[str, str | list[str]]) -> bytes:
    """An application/x-www-form-urlencoded body. A short value has every byte percent-encoded, which
    bytes.hex does in C: a query's worth in 2 µs against urllib's quote_plus's 40-45 µs (it looks each
    character up in Python). Three times the bytes, which every form decoder reads alike; a long
    value (past SHORT_FIELD_BYTES) is quoted as usual, to keep the body small."""
    parts = []
    for name, values in fields.items():
        for value in [values] if isinstance(values, str) else values:
            data = value.encode()
            quoted = "%" + data.hex("%") if 0 < len(data) <= SHORT_FIELD_BYTES else quote_plus(data)
            parts.append(f"{quote_plus(name)}={quoted}")
    return "&".join(parts).encode()


class Unreachable(Exception):
    """No connection could be made (refused, no route, or no answer to the connect within its timeout)."""


class TooSlow(Exception):
    """The answer did not arrive whole within the time limit."""


class Broken(Exception):
    """The connection failed or the answer was not HTTP."""


class _Stale(Exception):
    """A kept connection gave nothing back: the store closed it meanwhile."""


class _Answer:
    """Reads one HTTP/1.1 answer from a connection, every read within the deadline."""

    def __init__(self, conn: socket.socket, deadline: float) -> None:
        self.conn, self.deadline, self.buffer = conn, deadline, b""

    def more(self) -> bytes:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TooSlow
        self.conn.settimeout(left)
        try:
            data = self.conn.recv(READ_BYTES)
        except TimeoutError:
            raise TooSlow from None
        except OSError as err:
            raise Broken(str(err)) from None
        if not data:
            raise Broken("the store closed the connection before its answer was whole")
        return data

    def line(self) -> bytes:
        while b"\r\n" not in self.buffer:
            self.buffer += self.more()
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self.buffer += self.more()
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def head(self) -> tuple[int, dict[str, str]]:
        """Status and headers (names in lower case) of the answer, past any 1xx."""
        while True:
            while b"\r\n\r\n" not in self.buffer:
                if len(self.buffer) > MAX_HEAD_BYTES:
                    raise Broken("the answer's head is too long")
                try:
                    self.buffer += self.more()
                except Broken:  # closed or reset before a byte came back: a connection the store dropped
                    if not self.buffer:
                        raise _Stale from None
                    raise
            head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
            status_line, *lines = head.decode("latin-1").split("\r\n")
            parts = status_line.split(" ", 2)
            if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
                raise Broken(f"not an HTTP answer: {status_line[:100]!r}")
            if not 100 <= int(parts[1]) < 200:
                headers = {}
                for line in lines:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                return int(parts[1]), headers

    def body(self, status: int, headers: dict[str, str]) -> tuple[bytes, bool]:
        """The body, and whether the connection can carry another exchange."""
        keep = headers.get("connection", "").lower() != "close"
        if status in (204, 304):
            return b"", keep
        if "chunked" in headers.get("transfer-encoding", "").lower():
            chunks = []
            while size := int(self.line().split(b";")[0].strip() or b"0", 16):
                chunks.append(self.exactly(size))
                self.exactly(2)  # the CRLF after each chunk
            while self.line():  # trailers, up to the empty line
                pass
            return b"".join(chunks), keep
        if "content-length" in headers:
            return self.exactly(int(headers["content-length"])), keep
        while True:  # neither: the body ends where the store closes the connection
            try:
                self.buffer += self.more()
            except Broken:
                return self.buffer, False


class QueryClient:
    def __init__(self, url: str, connect_timeout_s: float, headers: dict[str, str]) -> None:
        self.url, self.connect_timeout_s, self.headers = url, connect_timeout_s, headers
        parts = urlsplit(url)
        self.tls = ssl.create_default_context() if parts.scheme == "https" else None
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (443 if self.tls else 80)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.request_line = f"POST {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        self._local = threading.local()

    def post(self, body: bytes, headers: dict[str, str], timeout_s: float) -> tuple[int, str, bytes]:
        """Status, Content-Type and body of the answer to a POST, all of it within timeout_s."""
        deadline = time.monotonic() + timeout_s
        fields = "".join(f"{k}: {v}\r\n" for k, v in {**self.headers, **headers}.items())
        request = f"{self.request_line}{fields}Content-Length: {len(body)}\r\n\r\n".encode("latin-1") + body
        kept = getattr(self._local, "conn", None)
        if kept is not None:
            try:
                return self._exchange(kept, request, deadline)
            except _Stale:
                pass  # closed by the store meanwhile: once more on a new connection
        try:
            return self._exchange(self._connect(deadline), request, deadline)
        except _Stale:
            raise Broken("the store closed the connection without answering") from None

    def _exchange(self, conn: socket.socket, request: bytes, deadline: float) -> tuple[int, str, bytes]:
        self._local.conn = None  # kept again only once this answer was read whole
        try:
            conn.settimeout(max(deadline - time.monotonic(), 0.001))
            try:
                conn.sendall(request)
            except TimeoutError:
                raise TooSlow from None
            except OSError:
                raise _Stale from None  # reset before the query went: nothing was asked
            answer = _Answer(conn, deadline)
            status, headers = answer.head()
            body, keep = answer.body(status, headers)
        except BaseException:
            conn.close()
            raise
        if keep:
            self._local.conn = conn
        else:
            conn.close()
        return status, headers.get("content-type", ""), body

    def _connect(self, deadline: float) -> socket.socket:
        timeout = min(self.connect_timeout_s, deadline - time.monotonic())
        try:
            conn = socket.create_connection((self.host, self.port), timeout=max(timeout, 0.001))
        except OSError as err:
            raise Unreachable(str(err) or type(err).__name__) from None
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.tls is None:
            return conn
        try:
            return self.tls.wrap_socket(conn, server_hostname=self.host)
        except (OSError, ssl.SSLError) as err:
            conn.close()
            raise Broken(str(err)) from None
