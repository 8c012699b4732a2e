"""The only module importing pyoxigraph: releases on disk, loading, querying, describing.

Layout under the store directory:

    releases/{release-id}/   one complete pyoxigraph store per published release (read-only once published)
    published/{release-id}/  what was built with it: meta.json, manifest, VoID figures, dumps, search index
    CURRENT                  JSON: the id of the release being served and every published id,
                             replaced atomically
    build.lock               held by the one `kg build` that may run at a time

A build writes a whole new release beside the served one and then replaces CURRENT in one
rename, so readers see either the old graph or the new one, never a mixture; a build that
fails or is killed leaves CURRENT untouched. Readers notice the switch on their next request.
"""

from __future__ import annotations

import fcntl
import io
import itertools
import json
import logging
import os
import secrets
import shutil
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.nquads import nquads

if TYPE_CHECKING:
    from kg.config import Settings

_held_locks = threading.local()  # the store roots whose build lock this thread holds
# what a release copied into memory takes per quad (pyoxigraph 0.5's in-memory store: 271 MB for
# 597,908 quads, docs/benchmarks.md, session 9)
BYTES_PER_QUAD = 450
# quads copied into memory at a time: pyoxigraph holds the GIL while it reads a Python iterator, so a
# copy in one call (5 s for 600,000 quads) would keep the worker's query threads waiting until it ends
COPY_CHUNK = 4096
log = logging.getLogger(__name__)
KEEP_RELEASES = 3  # stores kept on disk (readers that have not yet switched keep working)
UPDATE_DROPS = {"meta.json", "counts.json"}  # artifacts a SPARQL Update makes wrong (VoID figures: counted again)
UPDATE_SUFFIX = "-update"  # ends the id of a release made by a SPARQL Update (not by kg build)
KEEP_ARTIFACTS = 20  # releases whose dumps and change lists stay downloadable
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


@dataclass(frozen=True)
class Release:
    id: str
    path: Path  # the pyoxigraph store
    artifacts: Path  # files built with the release: metadata, manifest, dumps, indexes
    built_at: datetime
    triples: int
    records: int
    base: str  # the base IRI the release's IRIs were minted under
    history: tuple[str, ...] = ()  # every published release id, oldest first, this one last


@dataclass(frozen=True)
class Answer:
    """A serialised query answer: `kind` is "solutions", "boolean" or "graph"."""

    kind: str
    media_type: str
    body: bytes
    cost_s: float = 0.0  # what producing it cost: CPU seconds of evaluation here, or seconds a remote store took


def to_rdflib(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


def new_graph() -> Graph:
    """A graph for one answer: rdflib's context-free store fills 2.5 times quicker than its default
    one, whose context bookkeeping also makes every graph a reference cycle (graph -> store ->
    graph), left for the cycle collector instead of freed as soon as the page is written."""
    return Graph(store="SimpleMemory")


class ReleaseDirectory:
    """The on-disk store location: its releases, their artifacts, and which one is current."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._read: tuple[tuple[int, ...], Release] | None = None  # CURRENT's identity when read, and its release

    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    def artifacts(self, release_id: str) -> Path:
        return self.root / "published" / release_id

    def current(self) -> Release | None:
        """The release CURRENT names. CURRENT is only ever replaced by a rename, so a stat() per call
        tells whether it changed, and it is read again only then (readers ask on every request).
        A stat() older than the text read after it only causes one more read next time."""
        try:
            found = os.stat(self.current_file)
            identity = (found.st_ino, found.st_dev, found.st_mtime_ns, found.st_ctime_ns, found.st_size)
            read = self._read
            if read is not None and read[0] == identity:
                return read[1]
            pointer = json.loads(self.current_file.read_bytes())
        except FileNotFoundError:
            return None
        except (json.JSONDecodeError, OSError, UnicodeDecodeError) as err:
            raise StoreError(f"store {self.root}: unreadable CURRENT file ({err})") from None
        release = self._release(pointer["current"], tuple(pointer["history"]))
        self._read = (identity, release)
        return release

    def _release(self, release_id: str, history: tuple[str, ...]) -> Release:
        artifacts = self.artifacts(release_id)
        try:
            meta = json.loads((artifacts / "meta.json").read_text())
        except (OSError, json.JSONDecodeError) as err:
            raise StoreError(f"store {self.root}: release {release_id} is incomplete ({err})") from None
        return Release(
            release_id,
            self.root / "releases" / release_id,
            artifacts,
            datetime.fromisoformat(meta["built_at"]),
            meta["triples"],
            meta["records"],
            meta["base"],
            history,
        )

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Only one build at a time writes to the store directory. A thread already holding the
        lock (a build around its own publish) enters again; any other holder is refused."""
        held = _held_locks.__dict__.setdefault("roots", set())
        root = self.root.resolve()
        if root in held:
            yield
            return
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            lock = open(self.root / "build.lock", "w")  # noqa: SIM115 - held for the block
        except OSError as err:
            raise StoreError(f"cannot write the store directory {self.root}: {err.strerror}") from None
        with lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"another kg build is writing {self.root}; try again when it ends") from None
            held.add(root)
            try:
                yield
            finally:
                held.discard(root)

    def new_release_id(self, built_at: datetime) -> str:
        """Readable and unique, even for two builds within one second."""
        return built_at.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)

    def publish(
        self,
        release_id: str,
        built_at: datetime,
        load: Callable[[ox.Store], int],
        write_artifacts: Callable[[Path, ox.Store], None],
        records: int,
        base: str,
        copy_of: Release | None = None,
    ) -> Release:
        """Write a new release (`load` returns the triple count), its artifacts, then switch to it.

        A release loaded from scratch is compacted (pyoxigraph's optimize()) before it is
        published: queries that scan ran about 1.45 times faster on a compacted 10,000-event
        release (78-81 against 118 ms), for 1.6 s more build time. A copy is not: it changes little
        on top of a compacted release, and compacting all of it again would cost a one-record
        build or a SPARQL Update most of its time.

        With `copy_of`, the new release starts as a copy of that one (hard links to its immutable
        files, so it costs little) for `load` to change. Nothing is visible to readers until the
        final rename of CURRENT; a failure removes the half-written release and leaves the served
        one as it was. The dumps are written after the switch, by kg.dumps.
        """
        path, artifacts = self.root / "releases" / release_id, self.artifacts(release_id)
        with self.locked():
            previous = self.current()
            store: ox.Store | None = None
            try:
                artifacts.mkdir(parents=True, exist_ok=True)
                path.parent.mkdir(parents=True, exist_ok=True)
                if copy_of is not None:
                    ox.Store.read_only(str(copy_of.path)).backup(str(path))
                store = ox.Store(str(path))
                triples = load(store)
                store.flush()
                if copy_of is None:
                    store.optimize()
                write_artifacts(artifacts, store)
                del store
                meta = {"built_at": built_at.isoformat(), "triples": triples, "records": records, "base": base}
                _write_atomically(artifacts / "meta.json", json.dumps(meta))
                history = [*(previous.history if previous else ()), release_id]
                _write_atomically(self.current_file, json.dumps({"current": release_id, "history": history}))
            except BaseException as err:
                # closed before its folder goes (RocksDB could still be writing files in it): the
                # frames of the error held it open
                traceback.clear_frames(err.__traceback__)
                store = None  # noqa: F841 - drops the last reference
                shutil.rmtree(path, ignore_errors=True)
                shutil.rmtree(artifacts, ignore_errors=True)
                if isinstance(err, OSError):
                    raise StoreError(f"cannot write release {path}: {err}") from None
                raise
            self._prune(history)
        return self._release(release_id, tuple(history))

    def _prune(self, history: list[str]) -> None:
        """Keep the newest stores, the newest artifacts (dumps stay downloadable), and no leftovers."""
        keep_stores, keep_artifacts = set(history[-KEEP_RELEASES:]), set(history[-KEEP_ARTIFACTS:])
        for folder, keep in ((self.root / "releases", keep_stores), (self.root / "published", keep_artifacts)):
            for entry in folder.iterdir() if folder.is_dir() else ():
                if entry.name not in keep:
                    shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


LOAD_CHUNK_TRIPLES = 200_000


def load_graphs(store: ox.Store, graphs: dict[URIRef, Graph]) -> int:
    """Load rdflib graphs into named graphs of a pyoxigraph store, as N-Quads in large chunks
    (one bulk load per graph would write files per graph); returns the triple count."""
    total, size, chunk = 0, 0, []
    for graph_iri, graph in graphs.items():
        chunk.append(nquads(graph_iri, graph))
        size += len(graph)
        total += len(graph)
        if size >= LOAD_CHUNK_TRIPLES:
            store.bulk_load("".join(chunk).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            chunk, size = [], 0
    if chunk:
        store.bulk_load("".join(chunk).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return total


BULK_LOAD_BYTES = 64 << 20  # N-Quads per bulk load: pyoxigraph holds about 2.5 times their size while loading


def load_files(store: ox.Store, paths: list[Path]) -> None:
    """Bulk-load N-Quads files (staged by a build) into the store, many files per bulk load (one
    bulk load of many files takes about half the time of one bulk load per file), but no more
    than BULK_LOAD_BYTES at a time: the loader keeps what one load writes in memory (about 500 MB
    for the 600,000 quads of 10,000 events, 90 MB in loads of 200,000 quads)."""
    for group in _groups_of_size(paths, BULK_LOAD_BYTES):
        with io.BufferedReader(_Concatenated(group), buffer_size=1 << 20) as source:
            store.bulk_load(input=source, format=ox.RdfFormat.N_QUADS)


def _groups_of_size(paths: list[Path], limit: int) -> Iterator[list[Path]]:
    """The paths in order, in groups of at most `limit` bytes (a larger file is a group of its own)."""
    group: list[Path] = []
    size = 0
    for path in paths:
        file_size = path.stat().st_size
        if group and size + file_size > limit:
            yield group
            group, size = [], 0
        group.append(path)
        size += file_size
    if group:
        yield group


class _Concatenated(io.RawIOBase):
    """Files read one after the other as one stream (N-Quads files concatenate into N-Quads)."""

    def __init__(self, paths: list[Path]) -> None:
        self._paths = iter(paths)
        self._current: io.BufferedReader | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._current is None:
                path = next(self._paths, None)
                if path is None:
                    return 0
                self._current = open(path, "rb")  # noqa: SIM115 - closed when exhausted
            count = self._current.readinto(buffer)
            if count:
                return count
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
        super().close()


def read_graphs(paths: list[Path]) -> dict[URIRef, Graph]:
    """N-Quads files as rdflib graphs, one per named graph (for --dump and a remote store)."""
    graphs: dict[URIRef, Graph] = {}
    for path in paths:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            name = URIRef(quad.graph_name.value)  # type: ignore[union-attr]
            graph = graphs.get(name)
            if graph is None:
                graph = graphs[name] = Graph()
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graphs


def remove_graphs(store: ox.Store, graphs: set[URIRef]) -> None:
    """Remove named graphs (those that do not exist are ignored)."""
    for graph_iri in graphs:
        name = ox.NamedNode(str(graph_iri))
        if store.contains_named_graph(name):  # one lookup each: listing every graph took seconds
            store.remove_graph(name)


def open_read_only(release: Release) -> ox.Store:
    try:
        return ox.Store.read_only(str(release.path))
    except OSError as err:
        raise StoreError(f"cannot open release {release.path}: {err}") from None


def new_memory_store() -> ox.Store:
    """A temporary in-memory store, for --dump."""
    return ox.Store()


COUNTS = {
    "classes": "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class",
    # distinct subjects and, of them, IRIs (entities) in one pass: filtering the quads by isIRI()
    # before DISTINCT took five times as long as DISTINCT alone
    "subjects": "SELECT (COUNT(?s) AS ?n) (SUM(IF(isIRI(?s), 1, 0)) AS ?iris) "
    "WHERE { SELECT DISTINCT ?s WHERE { ?s ?p ?o } }",
    "properties": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }",
    "links": "SELECT ?o WHERE { ?s <https://schema.org/sameAs> ?o }",
    "latest": "SELECT ?event ?d WHERE { ?event a <https://schema.org/Event> ; <https://schema.org/startDate> ?d } "
    "ORDER BY DESC(STR(?d)) DESC(STR(?event)) LIMIT 1",
}
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SAME_AS = ox.NamedNode("https://schema.org/sameAs")
EVENT = ox.NamedNode("https://schema.org/Event")
START_DATE = ox.NamedNode("https://schema.org/startDate")


def dataset_counts(store: ox.Store, base: str) -> dict[str, Any]:
    """The figures of the VoID description, counted over the union of all graphs (scans of the
    whole store: about 25 s at 100,000 events; `updated_counts` follows a change instead)."""

    def rows(name: str) -> list[Any]:
        return list(store.query(COUNTS[name], use_default_graph_as_union=True))  # type: ignore[arg-type]

    subjects = rows("subjects")[0]
    return {
        "triples": len(store),
        "classes": {row["class"].value: int(row["n"].value) for row in rows("classes")},
        "entities": int(subjects["iris"].value),
        "subjects": int(subjects["n"].value),
        "properties": int(rows("properties")[0]["n"].value),
        "links": dict(Counter(_host(row["o"]) for row in rows("links"))),
        **_latest(store),
    }


def _host(term: Any) -> str:
    return urlsplit(term.value).hostname or "" if isinstance(term, ox.NamedNode) else ""


def _latest(store: ox.Store) -> dict[str, str | None]:
    """The event starting last (ties: the greatest IRI), and its start, by a scan of every event."""
    rows = store.query(COUNTS["latest"], use_default_graph_as_union=True)
    row = next(iter(rows), None)  # type: ignore[arg-type]
    return (
        {"latest": row["event"].value, "latest_start": row["d"].value}
        if row
        else {"latest": None, "latest_start": None}
    )


def _latest_after(counts: dict[str, Any], store: ox.Store, events: set[Any]) -> dict[str, str | None]:
    """The latest event after a change whose graphs mention `events`: the one before, unless one
    of those starts later; a scan only when the one before changed or went away."""

    def starts(event: Any) -> list[str]:
        if not any(True for _ in store.quads_for_pattern(event, RDF_TYPE, EVENT)):
            return []
        return [q.object.value for q in store.quads_for_pattern(event, START_DATE, None)]  # type: ignore[union-attr]

    if counts.get("latest") is None or "latest_start" not in counts:
        return _latest(store)
    before = (counts["latest_start"], counts["latest"])
    if max(starts(ox.NamedNode(counts["latest"])), default=None) != before[0]:
        return _latest(store)
    found = max([before, *((d, e.value) for e in events if isinstance(e, ox.NamedNode) for d in starts(e))])
    return {"latest": found[1], "latest_start": found[0]}


@dataclass
class Footprint:
    """What some named graphs add to the VoID figures: their quads, sameAs links per host, and the
    terms counted distinct over all graphs (subjects, properties, typed subjects)."""

    quads: int = 0
    links: Counter[str] = field(default_factory=Counter)
    subjects: set[Any] = field(default_factory=set)
    properties: set[Any] = field(default_factory=set)
    typed: set[tuple[Any, Any]] = field(default_factory=set)


def footprint(store: ox.Store, graphs: Iterable[str]) -> Footprint:
    """The footprint of these graphs in the store (graphs it does not hold add nothing)."""
    found = Footprint()
    for name in graphs:
        for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(name)):
            found.quads += 1
            found.subjects.add(quad.subject)
            found.properties.add(quad.predicate)
            if quad.predicate == RDF_TYPE:
                found.typed.add((quad.subject, quad.object))
            elif quad.predicate == SAME_AS:
                found.links[_host(quad.object)] += 1
    return found


def updated_counts(
    counts: dict[str, Any], before: ox.Store, after: ox.Store, old: Footprint, new: Footprint, ignore: str
) -> dict[str, Any]:
    """`counts` of the store `before` (as dataset_counts gives them) made those of the store `after`,
    which differs by the graphs whose footprints were `old` in `before` and are `new` in `after`.

    Every figure counted distinct changes only for the terms of those graphs, each looked up in both
    stores (an index lookup, not a scan): the cost follows the change, not the archive. The graph
    `ignore` (the VoID graph itself) is left out, as dataset_counts sees the store without it."""
    skip = ox.NamedNode(ignore)

    def held(store: ox.Store, subject: Any = None, predicate: Any = None, obj: Any = None) -> bool:
        return any(q.graph_name != skip for q in store.quads_for_pattern(subject, predicate, obj, None))

    def change(pattern: Callable[[Any], tuple[Any, ...]], terms: set[Any]) -> Counter[Any]:
        return Counter({t: held(after, *pattern(t)) - held(before, *pattern(t)) for t in terms})

    subjects = change(lambda s: (s,), old.subjects | new.subjects)
    typed = change(lambda pair: (pair[0], RDF_TYPE, pair[1]), old.typed | new.typed)
    classes = Counter(counts["classes"])
    for (_, cls), step in typed.items():
        classes[cls.value] += step
    links = Counter(counts["links"])
    links.update(new.links)
    links.subtract(old.links)
    return {
        "triples": counts["triples"] - old.quads + new.quads,
        "classes": {cls: n for cls, n in classes.items() if n > 0},
        "entities": counts["entities"] + sum(n for s, n in subjects.items() if isinstance(s, ox.NamedNode)),
        "subjects": counts["subjects"] + sum(subjects.values()),
        "properties": counts["properties"] + sum(change(lambda p: (None, p), old.properties | new.properties).values()),
        "links": {host: n for host, n in links.items() if n > 0},
        **_latest_after(counts, after, old.subjects | new.subjects),
    }


class PublishedStore:
    """The read side: queries the current release, reopening it when a build switches releases.

    With `memory_bytes`, query() also copies a release that fits into memory, in the background,
    and answers from the copy once it is whole (from the release on disk until then): pyoxigraph
    evaluates a scan over its in-memory store 2-5 times quicker than over RocksDB, which reads and
    decompresses blocks (docs/benchmarks.md, session 9). The copy is dropped when the release
    switches; a copy of a release no longer current is never used.
    """

    def __init__(self, root: Path, memory_bytes: int = 0) -> None:
        self.directory = ReleaseDirectory(root)
        self.memory_bytes = memory_bytes
        self._lock = threading.Lock()
        self._opened: tuple[str, ox.Store] | None = None  # the current release, on disk or its copy in memory
        self._copying: str | None = None  # the release whose copy into memory was started
        self._copied = False  # whether _opened is that copy
        self._copy_failed: str | None = None  # the release whose copy failed (it stays on disk)

    def release(self) -> Release | None:
        return self.directory.current()

    def open(self) -> None:
        """Open the current release now rather than at the first query (nothing when none is published)."""
        if self.directory.current() is not None:
            self._store()

    def in_memory(self) -> bool:
        """Whether queries are answered from a copy of the current release in memory."""
        return self._copied

    def answered_from(self) -> str:
        """Where queries of the release opened are answered from: "memory" (its copy), "copying" (from
        disk until the copy under way is whole) or "disk"."""
        with self._lock:
            if self._copied:
                return "memory"
            opened = self._opened[0] if self._opened else None
            return "copying" if opened is not None and self._copying == opened != self._copy_failed else "disk"

    def _store(self, copy: bool = False) -> tuple[Release, ox.Store]:
        release = self.directory.current()
        if release is None:
            raise StoreError(f"nothing is published in {self.directory.root} yet; run `kg build`")
        with self._lock:
            if self._opened is None or self._opened[0] != release.id:
                self._opened, self._copied = (release.id, open_read_only(release)), False
            if copy and self._copying != release.id and release.triples * BYTES_PER_QUAD <= self.memory_bytes:
                self._copying = release.id
                threading.Thread(
                    target=self._copy, args=(release.id, self._opened[1]), daemon=True, name="kg-memory-copy"
                ).start()
            return release, self._opened[1]

    def _copy(self, release_id: str, disk: ox.Store) -> None:
        try:
            copy = ox.Store()
            quads = disk.quads_for_pattern(None, None, None, None)  # as they are: blank nodes keep their ids
            for first in quads:  # in chunks (see COPY_CHUNK)
                copy.extend(itertools.chain((first,), itertools.islice(quads, COPY_CHUNK - 1)))
        except (OSError, MemoryError) as err:
            log.warning("release %s stays on disk: copying it into memory failed (%s)", release_id, err)
            self._copy_failed = release_id
            return
        with self._lock:
            if self._opened is not None and self._opened[0] == release_id:
                self._opened, self._copied = (release_id, copy), True

    def query(
        self,
        sparql: str,
        choose: Callable[[str], str],
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Answer:
        """Run a query and serialise its answer in the media type `choose(kind)` returns."""
        _, store = self._store(copy=self.memory_bytes > 0)
        options: dict[str, Any] = {"use_default_graph_as_union": not default_graphs}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        started = time.thread_time()  # evaluation runs lazily, in serialize(), on this thread
        result = store.query(sparql, **options)
        if isinstance(result, ox.QueryBoolean):
            kind, media_type = "boolean", choose("boolean")
            body = result.serialize(format=RESULT_FORMATS[media_type])
        elif isinstance(result, ox.QuerySolutions):
            kind, media_type = "solutions", choose("solutions")
            body = result.serialize(format=RESULT_FORMATS[media_type])
        else:
            kind, media_type = "graph", choose("graph")
            body = result.serialize(format=RDF_FORMATS[media_type])
        return Answer(kind, media_type, body or b"", time.thread_time() - started)

    def select(self, sparql: str) -> list[dict[str, Node]]:
        """Rows of a SELECT over the union of all graphs, as rdflib terms."""
        _, store = self._store()
        solutions = store.query(sparql, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise TypeError("select() takes a SELECT query")
        names = [v.value for v in solutions.variables]
        return [{n: to_rdflib(row[n]) for n in names if row[n] is not None} for row in solutions]

    def construct(self, sparql: str) -> Graph:
        """The graph a CONSTRUCT or DESCRIBE returns, as an rdflib Graph."""
        _, store = self._store()
        graph = new_graph()
        triples = store.query(sparql, use_default_graph_as_union=True)
        if not isinstance(triples, ox.QueryTriples):
            raise TypeError("construct() takes a CONSTRUCT or DESCRIBE query")
        for triple in triples:
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return graph

    def describe(self, iri: str) -> Graph:
        """The concise bounded description of a resource (blank nodes and its own #fragments
        included) plus the names and types of what it links to: DESCRIBE_QUERY's triples."""
        _, store = self._store()
        graph = new_graph()
        for subject, predicate, obj in sorted(
            described_triples(store, iri), key=str
        ):  # the same order in every process
            graph.add((to_rdflib(subject), to_rdflib(predicate), to_rdflib(obj)))
        return graph

    def last_modified(self, iri: str) -> datetime | None:
        """The newest prov:generatedAtTime of the graphs holding triples about the resource
        (LAST_MODIFIED's answer), None when none says."""
        _, store = self._store()
        graphs = {quad.graph_name for quad in store.quads_for_pattern(ox.NamedNode(iri), None, None, None)}
        times = [
            datetime.fromisoformat(quad.object.value)
            for graph in graphs
            if not isinstance(graph, ox.DefaultGraph)
            for quad in store.quads_for_pattern(graph, GENERATED_AT, None, None)
            if isinstance(quad.object, ox.Literal) and quad.object.datatype.value == XSD_DATETIME
        ]
        return max(times, default=None)

    def update(self, sparql: str) -> Release:
        """Apply a SPARQL Update as a new release: a copy of the current one, changed, then switched to.

        The copy is a hard-link copy (see ReleaseDirectory.publish): a published release's files
        are never changed, and the copy writes only files of its own. Readers never see a
        half-applied update. The release keeps the artifacts (dumps, manifest) of the build it came
        from, and the next `kg build` replaces it like any other release.
        """
        with self.directory.locked():  # the release read is the one copied: no build switches between
            return self._update(sparql)

    def _update(self, sparql: str) -> Release:
        current = self.directory.current()
        if current is None:
            raise StoreError(f"nothing is published in {self.directory.root} yet; run `kg build`")
        built_at = datetime.now(UTC).replace(microsecond=0)

        def load(target: ox.Store) -> int:
            target.update(sparql)
            return len(target)

        def keep_artifacts(folder: Path, _: ox.Store) -> None:
            shutil.copytree(
                current.artifacts,
                folder,
                copy_function=os.link,
                dirs_exist_ok=True,
                ignore=lambda _dir, names: [n for n in names if n in UPDATE_DROPS or n.endswith(".partial")],
            )

        release_id = self.directory.new_release_id(built_at) + UPDATE_SUFFIX
        return self.directory.publish(
            release_id, built_at, load, keep_artifacts, current.records, current.base, copy_of=current
        )


DESCRIBE_QUERY = """
PREFIX schema: <https://schema.org/>
CONSTRUCT {
  $iri ?p ?o . ?b1 ?p1 ?o1 . ?b2 ?p2 ?o2 . ?o schema:name ?label . ?o a ?type .
} WHERE {
  { $iri ?p ?o }
  UNION { $iri ?p ?b1 . FILTER(isBlank(?b1)) ?b1 ?p1 ?o1 }
  UNION { $iri ?p ?b1 . FILTER(isBlank(?b1)) ?b1 ?q ?b2 . FILTER(isBlank(?b2)) ?b2 ?p2 ?o2 }
  UNION { $iri ?p ?o . FILTER(isIRI(?o)) { ?o schema:name ?label } UNION { ?o a ?type } }
  UNION { $iri ?p ?b1 . FILTER(STRSTARTS(STR(?b1), CONCAT(STR($iri), "#"))) ?b1 ?p1 ?o1 }
}
"""

LAST_MODIFIED = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (MAX(?modified) AS ?last) WHERE { GRAPH ?g { $iri ?p ?o } ?g prov:generatedAtTime ?modified }
"""
SCHEMA_NAME = ox.NamedNode("https://schema.org/name")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
GENERATED_AT = ox.NamedNode("http://www.w3.org/ns/prov#generatedAtTime")
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
Triple = tuple[Any, Any, Any]


def described_triples(store: ox.Store, iri: str) -> set[Triple]:
    """DESCRIBE_QUERY's triples read straight from the store's indexes: the resource's own triples
    once (the query scans them in each of its five branches, after parsing and planning it), then
    one lookup per blank node, #fragment and linked IRI; half the query's time (docs/benchmarks.md)."""
    found: set[Triple] = set()

    def read(subject: Any, predicate: Any = None) -> set[Any]:
        """The objects of the subject's triples, each once (a person is named in every event's graph)."""
        triples = {
            (quad.subject, quad.predicate, quad.object)
            for quad in store.quads_for_pattern(subject, predicate, None, None)
        }
        found.update(triples)  # read in every graph: the union, as the query's default graph
        return {obj for _, _, obj in triples}

    fragment = iri + "#"
    for obj in read(ox.NamedNode(iri)):
        if isinstance(obj, ox.BlankNode):
            for inner in read(obj):
                if isinstance(inner, ox.BlankNode):
                    read(inner)  # blank nodes two deep (a place's address), no deeper
        elif isinstance(obj, ox.NamedNode):
            read(obj, SCHEMA_NAME)
            read(obj, RDF_TYPE)
            if obj.value.startswith(fragment):
                read(obj)
    return found


def dump_dataset(store: ox.Store, output: Any, media_type: str, prefixes: dict[str, str] | None = None) -> None:
    """Write the whole store: N-Quads keeps the named graphs, Turtle merges them into one graph."""
    if media_type == "application/n-quads":
        store.dump(output, format=ox.RdfFormat.N_QUADS)
    elif media_type == "text/turtle":
        ox.serialize((quad.triple for quad in store), output, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    else:
        ox.serialize((quad.triple for quad in store), output, format=RDF_FORMATS[media_type])


# --- Backends of the SPARQL endpoint (issue #4): one interface, chosen in one place. ---


class QueryTimeout(StoreError):
    """A query ran past the time limit and was stopped."""


class QueryError(Exception):
    """The query parsed but cannot be evaluated (an unbound SERVICE, a bad IRI, ...); says why."""


class Store(Protocol):
    """What the server reads through: the embedded PublishedStore or a remote SPARQL 1.1 store."""

    def release(self) -> Release | None: ...

    def query(
        self,
        sparql: str,
        choose: Callable[[str], str],
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Answer: ...

    def select(self, sparql: str) -> list[dict[str, Node]]: ...

    def construct(self, sparql: str) -> Graph: ...

    def describe(self, iri: str) -> Graph: ...

    def last_modified(self, iri: str) -> datetime | None: ...

    def update(self, sparql: str) -> object: ...


def open_store(settings: Settings) -> Store:
    """The store the settings name: a remote SPARQL store when KG_REMOTE_QUERY is set, else the releases on disk."""
    if settings.remote_query:
        from kg.remote import RemoteStore

        return RemoteStore(settings)
    return PublishedStore(settings.store)


def convert_answer(body: bytes, from_media: str, to_media: str) -> bytes:
    """A serialised answer in another format of the same family (results, or RDF)."""
    if from_media in RESULT_FORMATS and to_media in RESULT_FORMATS:
        parsed = ox.parse_query_results(body, format=RESULT_FORMATS[from_media])
        return parsed.serialize(format=RESULT_FORMATS[to_media]) or b""
    if from_media in RDF_FORMATS and to_media in RDF_FORMATS:
        quads = ox.parse(body, format=RDF_FORMATS[from_media])
        return ox.serialize((quad.triple for quad in quads), format=RDF_FORMATS[to_media]) or b""
    raise ValueError(f"no conversion from {from_media} to {to_media}")
