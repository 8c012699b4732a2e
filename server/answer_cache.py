"""Answers of /sparql kept per release: a published graph changes only when a release is switched.

The key is the release id, the query text, the dataset and the chosen media types, so the
validator (a weak ETag over the same key) can be checked before any evaluation: a client that
sends If-None-Match gets 304 without the query being run. Memory is bounded by total body bytes
(least recently used first out); entries of an older release are dropped when a new one is seen.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from kg.store import Answer


@dataclass(frozen=True)
class CacheKey:
    release: str
    query: str
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    media_types: tuple[str | None, ...]

    @property
    def tag(self) -> str:
        return hashlib.blake2b(repr(self).encode(), digest_size=12).hexdigest()

    @property
    def etag(self) -> str:
        return f'W/"{self.tag}"'


class AnswerCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[CacheKey, Answer] = OrderedDict()
        self._bytes = 0
        self._release = ""
        self._lock = threading.Lock()

    def get(self, key: CacheKey) -> Answer | None:
        with self._lock:
            answer = self._entries.get(key)
            if answer is not None:
                self._entries.move_to_end(key)
            return answer

    def put(self, key: CacheKey, answer: Answer) -> None:
        size = len(answer.body)
        if size > self.max_bytes // 8:
            return
        with self._lock:
            if key.release != self._release:
                self._entries.clear()
                self._bytes, self._release = 0, key.release
            previous = self._entries.pop(key, None)
            self._bytes += size - (len(previous.body) if previous else 0)
            self._entries[key] = answer
            while self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted.body)
