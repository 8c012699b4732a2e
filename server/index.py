"""Read access to the search index built with each release (published/{id}/index.sqlite).

Browsing by year or topic and searching names and titles use it instead of scanning the graph.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any

from kg.errors import StoreError
from kg.store import Release
from server.context import published_release, settings, unavailable

# Each server thread keeps one connection to the current release's index: its page cache then
# lasts from request to request (a connection per request read the same pages again each time).
# A published index is never written again (a new release gets a new file), hence immutable=1:
# no file locks and no change checks per query.
CACHE_KIB = 16_000  # per connection: the search index's busiest pages, and the involvement index
_held = threading.local()


def connection() -> sqlite3.Connection:
    """This thread's read-only connection to the current release's index (opened again when a
    build switches the release)."""
    release = published_release()
    held = getattr(_held, "connection", None)
    if held is None or held[0] != release.id:
        if held is not None:
            held[1].close()
        held = _held.connection = (release.id, _open(release))
    return held[1]


def _open(release: Release) -> sqlite3.Connection:
    uri = f"file:{release.artifacts / 'index.sqlite'}?mode=ro&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True)
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlite3.Error as err:
        raise unavailable(StoreError(f"search index of release {release.id}: {err}")) from None
    db.row_factory = sqlite3.Row
    return db


def rows(sql: str, *parameters: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in connection().execute(sql, parameters)]


def per_release(function: Callable[..., list[dict[str, Any]]]) -> Callable[..., list[dict[str, Any]]]:
    """Overviews that read the whole index, computed once per release (a release never changes)."""
    remembered = lru_cache(maxsize=16)(lambda _release_id, *args: function(*args))

    @wraps(function)
    def answer(*args: Any) -> list[dict[str, Any]]:
        return [dict(row) for row in remembered(published_release().id, *args)]

    return answer


@per_release
def years() -> list[dict[str, Any]]:
    # the (year, kind, start) index alone answers this; count_in() reads it too
    return rows(
        "SELECT year, COUNT(*) AS events FROM resources WHERE year IS NOT NULL AND kind = 'event' "
        "GROUP BY year ORDER BY year DESC"
    )


def events_in(year: int, offset: int = 0, limit: int = -1) -> list[dict[str, Any]]:
    """A page of a year's events by start: the page's rows are found in the (year, kind, start)
    index alone, however far into the year, and only they are read from the table."""
    return rows(
        "SELECT r.iri, r.label, r.start FROM ("
        "  SELECT id FROM resources WHERE year = ? AND kind = 'event' ORDER BY start, id LIMIT ? OFFSET ?"
        ") page JOIN resources r ON r.id = page.id ORDER BY r.start, r.id",
        year,
        limit,
        offset,
    )


def count_in(year: int) -> int:
    return next((row["events"] for row in years() if row["year"] == year), 0)


@per_release
def topics() -> list[dict[str, Any]]:
    return rows("SELECT topic, COUNT(*) AS events FROM topics GROUP BY topic ORDER BY topic COLLATE NOCASE")


def events_about(topic: str, offset: int = 0, limit: int = -1) -> list[dict[str, Any]]:
    return rows(
        "SELECT r.iri, r.label, r.start FROM topics t JOIN resources r ON r.iri = t.iri "
        "WHERE t.topic = ? ORDER BY r.start DESC LIMIT ? OFFSET ?",
        topic,
        limit,
        offset,
    )


def count_about(topic: str) -> int:
    return rows("SELECT COUNT(*) AS n FROM topics WHERE topic = ?", topic)[0]["n"]


@per_release
def latest_events(limit: int) -> list[dict[str, Any]]:
    return rows("SELECT iri, label, start FROM resources WHERE kind = 'event' ORDER BY start DESC LIMIT ?", limit)


def counts() -> dict[str, int]:
    return {row["kind"]: row["n"] for row in _kinds()}


@per_release
def _kinds() -> list[dict[str, Any]]:
    return rows("SELECT kind, COUNT(*) AS n FROM resources GROUP BY kind")


def search(text: str, limit: int = 50) -> tuple[list[dict[str, Any]], bool]:
    """Names and titles matching every word of `text` (prefixes allowed), best first (bm25), and
    whether there were more matches than were ranked.

    A common word matches a good share of the archive, and ranking every match made a search cost
    more the larger the archive: only the first settings().search_candidates matches in search
    order are ranked (people and organisations, then events newest first: kg.export.search_order),
    which FTS5 reads in rowid order and stops after."""
    words = re.findall(r"\w+", text, re.UNICODE)
    if not words:
        return [], False
    match = " ".join(_phrase(w) for w in words)
    candidates = settings().search_candidates
    found = rows(
        # one more than the candidates read in rowid order, to tell whether there were more; the
        # candidates ranked, the best `limit` of them joined to resources for IRI, kind and label
        # (bm25() is what `rank` means here, at four fifths of its cost: measured in docs/benchmarks.md)
        "SELECT r.iri, r.kind, r.label, r.start, s.read FROM ("
        "  SELECT rowid, rank, read FROM ("
        "    SELECT rowid, rank, COUNT(*) OVER () AS read, ROW_NUMBER() OVER (ORDER BY rowid DESC) AS position FROM ("
        "      SELECT rowid, bm25(search) AS rank FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT ?"
        "    )"
        "  ) WHERE position <= ? ORDER BY rank, rowid DESC LIMIT ?"
        ") s JOIN resources r ON r.id = s.rowid ORDER BY s.rank, s.rowid DESC",
        match,
        candidates + 1,
        candidates,
        limit,
    )
    more = bool(found) and found[0].pop("read") > candidates
    for row in found:
        row.pop("read", None)
    return found, more


ASCII_TERM = re.compile(r"[A-Za-z0-9]+")  # what FTS5's unicode61 keeps as one token, lower-cased


def _phrase(word: str) -> str:
    """The FTS5 phrase for a word of a search: the word as a prefix, or the word itself when it
    is a term of the index and no other term starts with it (the same matches). FTS5 reads an
    exact term's matches lazily and stops with the candidates, but loads a prefix's whole match
    list first: 0.4 ms more for a word matching 13,000 of 100,000 events."""
    term = word.lower()
    if ASCII_TERM.fullmatch(word):
        terms = _vocabulary(published_release().id)
        at = bisect_left(terms, term)
        if at < len(terms) and terms[at] == term and not (at + 1 < len(terms) and terms[at + 1].startswith(term)):
            return f'"{term}"'
    return f'"{word}"*'


@lru_cache(maxsize=2)
def _vocabulary(_release_id: str) -> tuple[str, ...]:
    """Every term of the release's full-text index, sorted (100,000 terms at 100,000 events: read
    in about 0.1 s, 7 MB; read once per release and process, when the worker warms up)."""
    db = connection()
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, 'search', 'row')")
    return tuple(sorted(term for (term,) in db.execute("SELECT term FROM temp.search_terms")))


def events_of(entity: str, offset: int = 0, limit: int = -1) -> list[dict[str, Any]]:
    """A page of the events of a person (role, stated affiliation) or an organisation, newest first:
    the page's rows are one range of the involvement index (which holds every column), found
    there however far down the list, and only they are joined to the names of events and
    organisations."""
    return rows(
        "SELECT i.event, e.label AS eventName, i.start, i.role, "
        "CASE WHEN o.label <> '' THEN i.org END AS org, NULLIF(o.label, '') AS orgName FROM ("
        "  SELECT event, start, role, org FROM involvement WHERE entity = ? "
        "  ORDER BY start DESC, event, role, org LIMIT ? OFFSET ?"
        ") i JOIN resources e ON e.iri = i.event LEFT JOIN resources o ON o.iri = i.org "
        "ORDER BY i.start DESC, i.event, i.role, i.org",
        entity,
        limit,
        offset,
    )


def count_of(entity: str) -> int:
    return _tally(entity)["events"]


def _tally(entity: str) -> dict[str, int]:
    found = rows("SELECT events, members FROM tallies WHERE entity = ?", entity)
    return found[0] if found else {"events": 0, "members": 0}


def affiliations_of(person: str, limit: int) -> list[dict[str, Any]]:
    """Each organisation a person was introduced with at events, with the first and last time
    and how often, most frequent first (counted when the index was written)."""
    return rows(
        'SELECT a.org, o.label AS orgName, a."from", a."to", a.events FROM affiliations a '
        "JOIN resources o ON o.iri = a.org WHERE a.person = ? AND o.label <> '' "
        'ORDER BY a.events DESC, a."from", orgName LIMIT ?',
        person,
        limit,
    )


def members_of(org: str, limit: int) -> list[dict[str, Any]]:
    return rows("SELECT person, name FROM members WHERE org = ? ORDER BY name, person LIMIT ?", org, limit)


def member_count(org: str) -> int:
    return _tally(org)["members"]


def pages(offset: int, limit: int) -> list[dict[str, Any]]:
    return rows("SELECT iri, modified FROM pages ORDER BY iri LIMIT ? OFFSET ?", limit, offset)


def page_count() -> int:
    return int(rows("SELECT COUNT(*) AS n FROM pages")[0]["n"])
