"""A release's manifest (kg.lifecycle.Manifest) in SQLite, read by key.

Two files in the release's artifacts folder: manifest.sqlite, every part of a manifest written in
full, and manifest-delta.sqlite, what changed since (rows replaced or, with no value, removed). A
build that changed a few graphs links the served release's full file into the new release (files
are never written once published, so a hard link is a copy) and writes a delta of the served one's
changes and its own: saving costs what changed, not the archive (the whole manifest pickled took
about 2 s to write and 1.2 s to read at 100,000 events, in every build). When the delta has grown
to a fair share of the whole, the build writes the whole again. Reading takes only the rows asked
for: the delta's row for a key when it has one, else the full file's.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

FULL, DELTA = "manifest.sqlite", "manifest-delta.sqlite"
TABLES = ("graphs", "subjects", "people", "organizations")  # keyed parts; the rest is in `meta`
SCHEMA = "".join(f"CREATE TABLE IF NOT EXISTS {t} (key TEXT PRIMARY KEY, value BLOB);" for t in (*TABLES, "meta"))
# a delta with more rows than both of these (a share of the full file's graphs, a count): write the whole again
REWRITE_SHARE, REWRITE_ROWS = 0.1, 2_000


class Table(Mapping[str, Any]):
    """One keyed part of a stored manifest."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name
        self._opened: tuple[int, list[sqlite3.Connection]] | None = None

    def _connections(self) -> list[sqlite3.Connection]:
        """The delta's connection first (when there is one), then the full file's; opened again in a
        forked worker (a connection must not cross a fork)."""
        if self._opened is None or self._opened[0] != os.getpid():
            files = [self.folder / DELTA, self.folder / FULL]
            self._opened = (os.getpid(), [_read_only(path) for path in files if path.is_file()])
        return self._opened[1]

    def __getitem__(self, key: str) -> Any:
        for connection in self._connections():
            row = connection.execute(f"SELECT value FROM {self.name} WHERE key = ?", (key,)).fetchone()  # noqa: S608
            if row is not None:
                if row[0] is None:
                    break  # removed since the full file
                return pickle.loads(row[0])  # noqa: S301 - written by kg build, in its own store
        raise KeyError(key)

    def rows(self) -> dict[str, Any]:
        """Every row, read at once."""
        connections = self._connections()
        found: dict[str, Any] = {}
        for connection in reversed(connections):  # the full file, then the delta over it
            for key, value in connection.execute(f"SELECT key, value FROM {self.name}"):  # noqa: S608
                if value is None:
                    found.pop(key, None)
                else:
                    found[key] = pickle.loads(value)  # noqa: S301
        return found

    def __iter__(self) -> Iterator[str]:
        """Every key (no value read), as the full file gives them (those the delta holds last)."""
        *delta, full = self._connections()
        held = {
            key: removed for c in delta for key, removed in c.execute(f"SELECT key, value IS NULL FROM {self.name}")
        }  # noqa: S608
        for (key,) in full.execute(f"SELECT key FROM {self.name}"):  # noqa: S608
            if key not in held:
                yield key
        yield from (key for key, removed in held.items() if not removed)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def delta_rows(self) -> int:
        connection = self._connections()[0]
        return connection.execute(f"SELECT COUNT(*) FROM {self.name}").fetchone()[0] if self.has_delta() else 0  # noqa: S608

    def full_rows(self) -> int:
        """The graphs of the full file (counted when it was written: counting them is a scan)."""
        row = self._connections()[-1].execute("SELECT value FROM meta WHERE key = 'graphs'").fetchone()
        return pickle.loads(row[0]) if row else 0  # noqa: S301

    def has_delta(self) -> bool:
        return (self.folder / DELTA).is_file()


class Overlay(MutableMapping[str, Any]):
    """A stored part with this build's changes on top: what a build that changed a few graphs
    holds of the new manifest (the rest it never reads)."""

    def __init__(self, base: Mapping[str, Any]) -> None:
        self.base = base
        self.changed: dict[str, Any] = {}
        self.removed: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        if key in self.changed:
            return self.changed[key]
        if key in self.removed:
            raise KeyError(key)
        return self.base[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.changed[key] = value
        self.removed.discard(key)

    def __delitem__(self, key: str) -> None:
        self[key]  # a KeyError when absent  # noqa: B018
        self.changed.pop(key, None)
        self.removed.add(key)

    def __iter__(self) -> Iterator[str]:
        yield from (key for key in self.base if key not in self.removed and key not in self.changed)
        yield from self.changed

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def rows(self) -> dict[str, Any]:
        """Every row, read at once."""
        found = every_row(self.base)
        for key in self.removed:
            found.pop(key, None)
        found.update(self.changed)
        return found


def every_row(part: Mapping[str, Any]) -> dict[str, Any]:
    """A keyed part as a dict, read at once (not key by key)."""
    return part.rows() if isinstance(part, Table | Overlay) else dict(part)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def load(folder: Path) -> dict[str, Any] | None:
    """The parts of the manifest stored in `folder` (keyed ones as Tables), or None without one."""
    if not (folder / FULL).is_file():
        return None
    parts: dict[str, Any] = {name: Table(folder, name) for name in TABLES}
    meta = Table(folder, "meta")
    parts.update({key: meta[key] for key in ("rules", "links", "tombstones", "merges")})
    return parts


def save(folder: Path, parts: Mapping[str, Any]) -> None:
    """Write the manifest's parts to `folder`: as a delta over the full file of the release they
    came from when every keyed part is that release's (as an Overlay or unchanged) and the delta
    stays small, else in full."""
    bases = {name: _stored(parts[name]) for name in TABLES}
    origin = next(iter(bases.values()))
    if origin is not None and all(b is not None and b.folder == origin.folder for b in bases.values()):
        delta = {name: _changes(parts[name]) for name in TABLES}
        size = sum(len(rows) for rows in delta.values()) + origin.delta_rows()
        full_size = origin.full_rows()
        if size <= max(REWRITE_SHARE * full_size, REWRITE_ROWS):
            _write_delta(folder, origin, delta, parts)
            return
    _write_full(folder, parts)


def _stored(part: Any) -> Table | None:
    """The stored Table a part reads from (directly or under an Overlay), if any."""
    part = part.base if isinstance(part, Overlay) else part
    return part if isinstance(part, Table) else None


def _changes(part: Any) -> dict[str, Any]:
    """A keyed part's rows to write to a delta (None: removed)."""
    if not isinstance(part, Overlay):
        return {}
    return {**dict.fromkeys(part.removed), **part.changed}


def _meta(parts: Mapping[str, Any]) -> list[tuple[str, bytes]]:
    return [(key, _pickled(parts[key])) for key in ("rules", "links", "tombstones", "merges")]


def _pickled(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _write_delta(folder: Path, origin: Table, delta: dict[str, dict[str, Any]], parts: Mapping[str, Any]) -> None:
    os.link(origin.folder / FULL, folder / FULL)
    temporary = folder / (DELTA + ".tmp")
    if origin.has_delta():
        shutil.copyfile(origin.folder / DELTA, temporary)
    with sqlite3.connect(temporary) as connection:
        connection.executescript(SCHEMA)
        for name, rows in delta.items():
            connection.executemany(
                f"INSERT OR REPLACE INTO {name} VALUES (?, ?)",  # noqa: S608
                ((key, None if value is None else _pickled(value)) for key, value in rows.items()),
            )
        connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", _meta(parts))
    connection.close()
    os.replace(temporary, folder / DELTA)


def _write_full(folder: Path, parts: Mapping[str, Any]) -> None:
    temporary = folder / (FULL + ".tmp")
    temporary.unlink(missing_ok=True)
    with sqlite3.connect(temporary) as connection:
        connection.executescript(SCHEMA)
        for name in TABLES:
            rows = every_row(parts[name])
            connection.executemany(
                f"INSERT INTO {name} VALUES (?, ?)",  # noqa: S608
                ((key, _pickled(value)) for key, value in rows.items()),
            )
            if name == "graphs":
                connection.execute("INSERT INTO meta VALUES ('graphs', ?)", (_pickled(len(rows)),))
        connection.executemany("INSERT INTO meta VALUES (?, ?)", _meta(parts))
    connection.close()
    os.replace(temporary, folder / FULL)
