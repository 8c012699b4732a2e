"""The short way through for a repeated /sparql request: the same request again, same release, no Flask.

A request's signature is the release being served and the bytes that decide its answer: method,
query string, Content-Type, Accept and body. When the way taken the first time
(server/lean_path.py, or the Flask view in server/sparql.py) answers a signature with 200 and a
cacheable answer, it leaves the answer's cache key in the WSGI environ; this middleware then
remembers, for that signature, the key and the headers that were sent. The same signature again
is answered from the answer cache with those headers (or 304 for a matching If-None-Match)
without reading the request. Everything the first way checks (the protocol, refused queries, the
row cap, the format, CORS) was checked when the signature was first answered, and holds for the
same bytes; anything else goes the first way.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable
from typing import Any

from werkzeug.http import parse_etags

from kg.errors import StoreError
from kg.store import Store
from server.answer_cache import AnswerCache, CacheKey
from server.query_operation import RELEASE_KEY, not_modified_headers, status_line

ANSWER_KEY = "kg.answer_key"  # WSGI environ entry: the CacheKey of a cacheable answer (set by sparql.py)
MAX_SIGNATURE_BYTES = 16_384  # longer requests always go the full way (bounds the memory below)
MAX_SIGNATURES = 4096

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class FastAnswers:
    def __init__(self, app: WSGIApp, store: Store, cache: AnswerCache) -> None:
        self.app, self.store, self.cache = app, store, cache
        self._known: dict[tuple[Any, ...], tuple[CacheKey, list[tuple[str, str]]]] = {}
        self._release = ""
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        signature = self._signature(environ)
        if signature is None:
            return self.app(environ, start_response)
        known = self._known.get(signature)
        if known is not None:
            answer = self.cache.get(known[0])
            if answer is not None:
                return self._answer(environ, start_response, known[0].tag, known[1], answer.body)
        sent: list[tuple[str, list[tuple[str, str]]]] = []

        def keep(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            sent.append((status, headers))
            return start_response(status, headers, exc_info)

        body = self.app(environ, keep)
        key = environ.get(ANSWER_KEY)
        if key is not None and sent and sent[0][0].startswith("200 "):
            self._remember(signature, key, sent[0][1])
        return body

    def _signature(self, environ: dict[str, Any]) -> tuple[Any, ...] | None:
        """What decides the answer, or None for a request that always goes the full way."""
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != "/sparql" or method not in ("GET", "POST"):
            return None
        query_string = environ.get("QUERY_STRING", "")
        body = b""
        if method == "POST":
            length = environ.get("CONTENT_LENGTH") or ""
            if not length.isdigit() or int(length) + len(query_string) > MAX_SIGNATURE_BYTES:
                return None
            body = environ["wsgi.input"].read(int(length))
            environ["wsgi.input"] = io.BytesIO(body)  # the full way reads it again
        elif len(query_string) > MAX_SIGNATURE_BYTES:
            return None
        try:
            release = self.store.release()
        except StoreError:
            return None
        if release is None:
            return None
        environ[RELEASE_KEY] = release  # the answer comes from the release its signature names
        accept = environ.get("HTTP_ACCEPT", "")
        return (release.id, method, query_string, environ.get("CONTENT_TYPE", ""), accept, body)

    def _remember(self, signature: tuple[Any, ...], key: CacheKey, headers: list[tuple[str, str]]) -> None:
        with self._lock:
            if signature[0] != self._release:
                self._known.clear()
                self._release = signature[0]
            if len(self._known) >= MAX_SIGNATURES:
                del self._known[next(iter(self._known))]  # the oldest
            self._known[signature] = (key, list(headers))

    @staticmethod
    def _answer(
        environ: dict[str, Any], start_response: StartResponse, tag: str, headers: list[tuple[str, str]], body: bytes
    ) -> Iterable[bytes]:
        if parse_etags(environ.get("HTTP_IF_NONE_MATCH")).contains_weak(tag):
            start_response(status_line(304), not_modified_headers(headers))
            return []
        start_response(status_line(200), list(headers))
        return [body]
