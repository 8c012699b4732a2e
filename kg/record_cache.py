"""Records parsed by earlier builds, kept in the store so an unchanged file is neither read nor parsed again.

One SQLite row per record file: its size, modification time and SHA-256 when it was parsed, and the
parsed record (pickled). A build reads the stats of every row (cheap: no record is unpickled for it),
unpickles the records whose file still has the same hash, and afterwards rewrites only the rows of
files that changed, appeared or went away: the cost of saving follows the change, not the archive
(the whole-archive pickle this replaces took 5-20 s to write at 100,000 events). A row is valid
whatever release is served, since it is keyed by the file's hash; a build killed while updating
leaves the previous rows (one SQLite transaction).
"""

from __future__ import annotations

import gc
import pickle
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

from kg.records import EventRecord, FileStats, RecordFile

FILE = "records.sqlite"
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS records "
    "(relative TEXT PRIMARY KEY, sha256 TEXT, size INTEGER, mtime_ns INTEGER, record BLOB)"
)


class RecordCache:
    def __init__(self, store: Path) -> None:
        self.path = store / FILE
        (store / "records.pickle").unlink(missing_ok=True)  # the whole-archive cache of earlier versions

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path)
        connection.execute(SCHEMA)
        return connection

    def stats(self) -> FileStats:
        """Size, modification time and hash of every file an earlier build parsed."""
        if not self.path.is_file():
            return {}
        try:
            with self._connect() as connection:
                rows = connection.execute("SELECT relative, size, mtime_ns, sha256 FROM records").fetchall()
        except sqlite3.DatabaseError:
            return {}  # unreadable: every file is read again
        return {relative: (size, mtime, sha256) for relative, size, mtime, sha256 in rows}

    def records(self, wanted: Mapping[str, str]) -> dict[str, tuple[str, EventRecord]]:
        """The parsed records of the files in `wanted` (relative path -> SHA-256) whose hash is unchanged."""
        if not self.path.is_file() or not wanted:
            return {}
        found: dict[str, tuple[str, EventRecord]] = {}
        gc.disable()  # millions of small objects: the collector would run many times for nothing
        try:
            with self._connect() as connection:
                for relative, sha256, blob in _rows(connection, wanted):
                    if wanted.get(relative) == sha256:
                        found[relative] = (sha256, pickle.loads(blob))  # noqa: S301 - written by kg build itself
        except (sqlite3.DatabaseError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            return {}
        finally:
            gc.enable()
        return found

    def update(self, records: Mapping[str, EventRecord], files: list[RecordFile], known: FileStats) -> int:
        """Rewrite the rows of the files whose stats differ from `known` (as stats() gave them when
        the build began; empty to rewrite every row) and remove those of files gone; returns the
        rows written."""
        current = {f.relative: f for f in files if not f.is_rdf}  # `records` may hold only the changed ones
        present = known or self.stats()  # (known: the rows when the build began; builds take turns)
        stale = [(relative,) for relative in present if relative not in current]
        differ = {relative: f for relative, f in current.items() if known.get(relative) != (*f.stat, f.sha256)}
        touched = [(*f.stat, r) for r, f in differ.items() if known.get(r, ("", "", ""))[2] == f.sha256]
        parsed = [(relative, f) for relative, f in differ.items() if known.get(relative, ("", "", ""))[2] != f.sha256]
        rows = (  # pickled one at a time as SQLite takes them (a list of all took ~180 MB at 100,000 events)
            (relative, f.sha256, *f.stat, pickle.dumps(records[relative], protocol=pickle.HIGHEST_PROTOCOL))
            for relative, f in parsed
        )
        with self._connect() as connection:
            connection.executemany("DELETE FROM records WHERE relative = ?", stale)
            connection.executemany("UPDATE records SET size = ?, mtime_ns = ? WHERE relative = ?", touched)
            connection.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)", rows)
        return len(parsed) + len(touched)


def _rows(connection: sqlite3.Connection, wanted: Mapping[str, str]) -> Iterator[tuple[str, str, bytes]]:
    """The rows of the wanted files: looked up by key when they are a few, else read in one scan."""
    query = "SELECT relative, sha256, record FROM records"
    if len(wanted) > SCAN_ABOVE:
        yield from connection.execute(query)
        return
    keys = sorted(wanted)
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        yield from connection.execute(f"{query} WHERE relative IN ({','.join('?' * len(chunk))})", chunk)


SCAN_ABOVE = 20_000  # wanted files above which one scan of the table is quicker than lookups
