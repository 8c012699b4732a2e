"""What a build resolved, kept in the store so the next build can read it by key instead of
resolving every mention of the archive again.

identities.sqlite holds, for the release a build published: per record file, what identity
resolution reads of it (its signature) and the slug each of its mentions resolved to; per person
and organisation, its preferred name and its mentions in order. When no record file was added or
removed and every changed file still has the signature it had, resolving the whole archive again
would give the same people and organisations (same groups: their input is the same; same slugs:
`fixpoint` below), so a build may take them from here and re-read only the records they touch.
The rows name the release they describe: any other release served (a SPARQL Update, a build
killed before this was written) makes the next build resolve everything again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from kg.identity import Entity, Identities, PreviousSlugs, organizations_of, preferred_name, resolve_slug
from kg.names import name_parts
from kg.records import EventRecord, RecordFile

FILE = "identities.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (relative TEXT PRIMARY KEY, slug TEXT, signature TEXT, slugs TEXT);
CREATE TABLE IF NOT EXISTS entities (kind TEXT, slug TEXT, name TEXT, mentions TEXT, PRIMARY KEY (kind, slug));
"""
KINDS = ("person", "organization")


def signature(record: EventRecord) -> str:
    """A hash of everything identity resolution reads of a record, in the order it reads it."""
    people = [(p.key, p.name, p.names) for p in record.people]
    orgs = [(o.key, o.name, o.names, o.parent.names if o.parent else None) for o in organizations_of(record)]
    return hashlib.sha256(json.dumps([record.slug, people, orgs]).encode()).hexdigest()


def fixpoint(identities: Identities) -> bool:
    """Whether resolving the same mentions again, with these slugs as the earlier release's, gives
    these slugs back (the groups are the same, since they do not depend on earlier slugs).

    Run in the order resolution gives slugs. People always pass (two groups never share a name
    that compares the same, so a group's only earlier candidate is its own slug); organisations
    sharing a name key under different parents may not, e.g. after a rename."""
    for kind, group in (("person", identities.persons), ("organization", identities.organizations)):
        names = {slug: _names(entity) for slug, entity in group.items()}
        previous = PreviousSlugs(kind, names)
        taken: dict[str, object] = {}
        for slug, entity in group.items():  # in registration order (dicts keep it)
            sole = _sole_candidate(previous, slug, names[slug])
            if not sole and resolve_slug(kind, entity.mentions, previous, taken) != slug:
                return False
            taken[slug] = entity
    return True


def _sole_candidate(previous: PreviousSlugs, slug: str, names: list[str]) -> bool:
    """Whether the entity's own slug is the only earlier slug its names lead to, and counts (a
    personal name needs words to compare the same even with itself): then it gets that slug back,
    whatever was taken before it. Spares the comparisons for nearly every entity."""
    if any(previous.by_key[previous.key(name)] != {slug} for name in names):
        return False
    return previous.kind == "organization" or any(name_parts(name).words for name in names)


def _names(entity: Entity) -> list[str]:
    return sorted({n for _, mention in entity.mentions for n in mention.names})


class ResolvedStore:
    def __init__(self, store: Path) -> None:
        self.path = store / FILE

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path)
        connection.executescript(SCHEMA)
        return connection

    def describes(self, release: str, rules: str) -> bool:
        """Whether the rows are those of `release` built with `rules`, and may stand in for a resolution."""
        if not self.path.is_file():
            return False
        try:
            with self._connect() as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            return False
        return meta.get("release") == release and meta.get("rules") == rules and meta.get("fixpoint") == "1"

    def signatures(self, relatives: Iterable[str]) -> dict[str, str]:
        with self._connect() as connection:
            return dict(_by_key(connection, "SELECT relative, signature FROM files WHERE relative IN ({})", relatives))

    def slugs(self, relatives: Iterable[str]) -> dict[str, tuple[str, dict[str, dict[str, str]]]]:
        """Per record file: its record's slug and what each of its mentions resolved to ({kind: {key: slug}})."""
        with self._connect() as connection:
            rows = _by_key(connection, "SELECT relative, slug, slugs FROM files WHERE relative IN ({})", relatives)
        return {relative: (slug, json.loads(slugs)) for relative, slug, slugs in rows}

    def files_of(self, record_slugs: Iterable[str]) -> dict[str, str]:
        """The record file of each record slug."""
        with self._connect() as connection:
            return dict(_by_key(connection, "SELECT slug, relative FROM files WHERE slug IN ({})", record_slugs))

    def entities(self, kind: str, slugs: Iterable[str]) -> dict[str, tuple[str, list[tuple[str, str]]]]:
        """Preferred name and mentions ((record slug, mention key), in order) of each entity."""
        query = f"SELECT slug, name, mentions FROM entities WHERE kind = '{kind}' AND slug IN ({{}})"  # noqa: S608
        with self._connect() as connection:
            rows = _by_key(connection, query, slugs)
        return {slug: (name, [tuple(m) for m in json.loads(mentions)]) for slug, name, mentions in rows}

    def names(self, kind: str, slugs: Iterable[str]) -> dict[str, str]:
        """The preferred name of each entity."""
        query = f"SELECT slug, name FROM entities WHERE kind = '{kind}' AND slug IN ({{}})"  # noqa: S608
        with self._connect() as connection:
            return dict(_by_key(connection, query, slugs))

    def same_files(self, relatives: Iterable[str]) -> bool:
        """Whether these are every record file of the release (by a digest of their names, kept
        when the rows were saved: reading the names took a second at 100,000 files)."""
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'files'").fetchone()
            if row is None:  # saved by an earlier version
                return {relative for (relative,) in connection.execute("SELECT relative FROM files")} == set(relatives)
        return row[0] == files_digest(relatives)

    def all_slugs(self) -> dict[str, list[str]]:
        with self._connect() as connection:
            rows = connection.execute("SELECT kind, slug FROM entities").fetchall()
        found: dict[str, list[str]] = {kind: [] for kind in KINDS}
        for kind, slug in rows:
            found[kind].append(slug)
        return found

    def ambiguities(self) -> list[str]:
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'ambiguities'").fetchone()
        return json.loads(row[0]) if row else []

    def unmark(self) -> None:
        """The rows describe no release, until mark() or save(): while the record cache they go
        with is rewritten (a quick start reads it by key), so a build killed in between leaves
        the next one on the full path."""
        if self.path.is_file():
            self.mark("")

    def mark(self, release: str) -> None:
        """The rows also describe `release` (a build that took them as they were)."""
        with self._connect() as connection:
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('release', ?)", (release,))

    def save(
        self,
        release: str,
        rules: str,
        records: Mapping[str, EventRecord],
        rdf_files: Iterable[RecordFile],
        identities: Identities,
        stable: bool,
    ) -> None:
        """Replace every row with what a build that resolved every record found (one transaction)."""
        files = [(f.relative, f.slug, "", "{}") for f in rdf_files]  # no mentions: listed to tell a file gone
        for relative, record in records.items():
            people = {p.key: identities.person_slug(record.slug, p) for p in record.people}
            orgs = {o.key: identities.organization_slug(record.slug, o) for o in organizations_of(record)}
            slugs = json.dumps({"person": people, "organization": orgs})
            files.append((relative, record.slug, signature(record), slugs))
        entities = [
            (kind, slug, preferred_name([m for _, m in e.mentions]), json.dumps([(r, m.key) for r, m in e.mentions]))
            for kind, group in (("person", identities.persons), ("organization", identities.organizations))
            for slug, e in group.items()
        ]
        meta = {
            "files": files_digest(relative for relative, *_ in files),
            "release": release,
            "rules": rules,
            "fixpoint": "1" if stable else "0",
            "ambiguities": json.dumps(identities.ambiguities),
        }
        with self._connect() as connection:
            for table in ("meta", "files", "entities"):
                connection.execute(f"DELETE FROM {table}")  # noqa: S608 - the table names above
            connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?)", files)
            connection.executemany("INSERT INTO entities VALUES (?, ?, ?, ?)", entities)
        with sqlite3.connect(self.path) as connection:
            connection.execute("CREATE INDEX IF NOT EXISTS files_slug ON files (slug)")

    def forget(self) -> None:
        """Nothing here describes the release now served (until the next full resolution)."""
        self.path.unlink(missing_ok=True)


def files_digest(relatives: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(relatives)).encode()).hexdigest()


CHUNK = 500  # keys per query (SQLite allows at most 999 parameters in older builds)


def _by_key(connection: sqlite3.Connection, query: str, keys: Iterable[str]) -> list[tuple]:
    keys = sorted(set(keys))
    rows: list[tuple] = []
    for i in range(0, len(keys), CHUNK):
        chunk = keys[i : i + CHUNK]
        rows += connection.execute(query.format(",".join("?" * len(chunk))), chunk).fetchall()
    return rows
