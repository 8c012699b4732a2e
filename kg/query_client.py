"""POSTs to one SPARQL endpoint over kept-alive connections, one per thread, each answer whole
within a time limit: libcurl (pycurl), one handle per thread.

Every /sparql request over a remote store pays this client's CPU on top of the store's own work:
libcurl does the HTTP in C, about half the CPU per query of the standard library's http.client
on a kept connection (measured; http.client was itself half of urllib3's pool). Each handle keeps
its connection; one the store has closed meanwhile is found and replaced by libcurl before or as
the query is sent (a query is safe to repeat). The time limit covers the whole exchange, connect
and answer (CURLOPT_TIMEOUT_MS), not each wait for bytes.
"""

from __future__ import annotations

import ssl
import threading
from io import BytesIO
from urllib.parse import quote_plus

import pycurl

# Form fields up to this many bytes are sent with every byte percent-encoded (below); longer ones as usual.
SHORT_FIELD_BYTES = 65_536
# no "Expect: 100-continue" before a large body: some stores never answer it, and it costs a round trip
NO_EXPECT = "Expect:"


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


class QueryClient:
    def __init__(self, url: str, connect_timeout_s: float, headers: dict[str, str]) -> None:
        self.url, self.connect_timeout_s, self.headers = url, connect_timeout_s, headers
        self._local = threading.local()

    def post(self, body: bytes, headers: dict[str, str], timeout_s: float) -> tuple[int, str, bytes]:
        """Status, Content-Type and body of the answer to a POST, all of it within timeout_s."""
        handle = self._handle()
        answer = BytesIO()
        limit_ms = max(1, int(timeout_s * 1000))
        handle.setopt(pycurl.HTTPHEADER, [f"{k}: {v}" for k, v in {**self.headers, **headers}.items()] + [NO_EXPECT])
        handle.setopt(pycurl.POSTFIELDS, body)
        handle.setopt(pycurl.WRITEDATA, answer)
        handle.setopt(pycurl.TIMEOUT_MS, limit_ms)
        handle.setopt(pycurl.CONNECTTIMEOUT_MS, min(limit_ms, max(1, int(self.connect_timeout_s * 1000))))
        try:
            handle.perform()
        except pycurl.error as err:
            code = tuple(err.args)[0]  # (libcurl's error code, its message)
            never_sent = handle.getinfo(pycurl.REQUEST_SIZE) == 0
            if code in (pycurl.E_COULDNT_CONNECT, pycurl.E_COULDNT_RESOLVE_HOST) or (
                code == pycurl.E_OPERATION_TIMEDOUT and never_sent
            ):
                raise Unreachable(handle.errstr()) from None
            if code == pycurl.E_OPERATION_TIMEDOUT:
                raise TooSlow from None
            raise Broken(handle.errstr()) from None
        return handle.getinfo(pycurl.RESPONSE_CODE), handle.getinfo(pycurl.CONTENT_TYPE) or "", answer.getvalue()

    def _handle(self) -> pycurl.Curl:
        """This thread's handle (with its kept connection), made on first use."""
        handle = getattr(self._local, "handle", None)
        if handle is None:
            handle = self._local.handle = store_handle(self.url)
        return handle


def store_handle(url: str) -> pycurl.Curl:
    """A libcurl handle for the store at url (a handle keeps its connection between requests)."""
    handle = pycurl.Curl()
    handle.setopt(pycurl.URL, url)
    handle.setopt(pycurl.NOSIGNAL, 1)  # timeouts without SIGALRM: the server has threads
    handle.setopt(pycurl.TCP_NODELAY, 1)
    handle.setopt(pycurl.PROXY, "")  # straight to the store, whatever http_proxy says (as before)
    verify = ssl.get_default_verify_paths()  # the system's certificates, as Python's ssl uses them
    if verify.cafile:
        handle.setopt(pycurl.CAINFO, verify.cafile)
    if verify.capath:
        handle.setopt(pycurl.CAPATH, verify.capath)
    return handle
