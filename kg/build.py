"""The pipeline, one call per arrow: record files -> records -> identities -> graphs -> validated -> store.

Builds are incremental: a record whose file and resolved people and organisations are unchanged
since the served release keeps its graph, which is neither mapped nor validated again; the new
release starts as a hard-linked copy of the served one, and only changed, new and withdrawn graphs
are replaced before the one atomic switch. When the changed records mention the same people and
organisations as before, only they and the records of those people and organisations are read, and
the identities are those the served release's build resolved (kg.quick). A change to the shapes,
the ontology or the software rebuilds everything.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

import kg
from kg import stage
from kg.config import Settings
from kg.dumps import replace_dead_writer, start_writer, write_missing
from kg.errors import KgError, NotConforming, RecordError
from kg.export import StagedRows, update_search_index, void_graph, void_graph_iri, write_json
from kg.identity import Identities, organizations_of, preferred_name, resolve
from kg.lifecycle import Changes, Manifest, compare_releases, lifecycle_graph, merged_person_iris
from kg.link.publish import add_accepted_links
from kg.manifest_db import Overlay
from kg.mapping import EntityMapper, map_all
from kg.quick import keep_resolved, quick_start
from kg.rdf_records import load_rdf_record
from kg.record_cache import RecordCache
from kg.records import EventRecord, FileStats, RecordFile, find_record_files, load_yaml_record
from kg.resolved import ResolvedStore
from kg.restamp import restamp
from kg.stage import Job, Unit
from kg.store import (
    Release,
    ReleaseDirectory,
    dataset_counts,
    dump_dataset,
    footprint,
    load_files,
    load_graphs,
    new_memory_store,
    open_read_only,
    read_graphs,
    remove_graphs,
    updated_counts,
)
from kg.validate import ONTOLOGY_FILE, SHAPES_DIR, Finding, ValidationReport
from kg.vocab import SCHEMA, graph_iri, iri_for, prefixes, provenance_graph_iri

Echo = Callable[[str], None]
DUMP_FORMATS = {".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads"}


class Phases:
    """Seconds spent in each phase of a build, reported at its end: where the time goes. Each phase
    also gives the CPU seconds of this process (its forked workers not counted; `clock`: of one
    thread), which unlike wall seconds do not depend on what else the machine runs."""

    def __init__(self, clock: Callable[[], float] = time.process_time) -> None:
        self.seconds: dict[str, tuple[float, float]] = {}
        self._clock = clock
        self._last = (time.monotonic(), clock())

    def done(self, name: str) -> None:
        now = (time.monotonic(), self._clock())
        wall, cpu = self.seconds.get(name, (0.0, 0.0))
        self.seconds[name] = (wall + now[0] - self._last[0], cpu + now[1] - self._last[1])
        self._last = now

    def line(self, title: str = "timings") -> str:
        return f"{title}: " + ", ".join(
            f"{name} {wall:.1f} s (CPU {cpu:.1f} s)" for name, (wall, cpu) in self.seconds.items()
        )


@dataclass
class Prepared:
    """Everything a build produces before publishing; the graphs themselves are staged as N-Quads."""

    files: list[RecordFile]
    identities: Identities
    previous: Manifest
    changed: set[str]  # graphs mapped (new or changed) in this build, staged in `staged` (see read_staged)
    staged: list[Path]  # N-Quads files of the changed graphs
    manifest: Manifest  # every graph of the new release, unchanged ones carried over (see read_staged)
    removed: set[str]  # graphs of the served release that are no longer produced (see read_staged)
    report: ValidationReport  # (see read_staged)
    rows: StagedRows  # search index rows of the changed graphs
    triples: int
    details: list[Path] = field(default_factory=list)  # staged manifest entries and findings, not yet read
    violations: int = 0  # among the findings (counted by the workers)
    merged: dict[str, str] = field(default_factory=dict)  # person IRIs gone -> the person they merged into
    notes: list[str] = field(default_factory=list)
    records: dict[str, EventRecord] = field(default_factory=dict)
    phases: Phases = field(default_factory=Phases)
    beside: Phases = field(default_factory=lambda: Phases(time.thread_time))  # the thread beside the load
    known: FileStats = field(default_factory=dict)  # the record cache's file stats when the build began
    incremental: bool = True  # graphs whose record fingerprint is unchanged were carried over
    resolved_all: bool = True  # every record read and resolved (else: those a quick start needed, see kg.quick)
    restamped: list[str] = field(default_factory=list)  # graphs whose stamp changes, not their content (kg.restamp)
    new_hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # changed record file -> hash before, now

    def read_staged(self) -> None:
        """Take in the manifest entries and findings the workers staged: after the records and
        identities have been let go, the memory they held is reused for these."""
        findings: list[Finding] = []
        for entries, batch_findings in stage.read_details(self.details):
            self.changed.update(entries)
            self.manifest.graphs.update(entries)
            findings += batch_findings
        self.details = []
        findings.sort(key=lambda f: (f.severity != "violation", f.sources, f.focus, f.path, f.message))
        self.report = ValidationReport(findings)
        # (a quick start has every record file and entity of the served release: it removes none)
        self.removed = set(self.previous.graphs) - set(self.manifest.graphs) if self.resolved_all else set()


@dataclass
class Summary:
    action: str
    records: int
    triples: int
    warnings: int
    violations: int
    seconds: float
    release: str | None = None
    changed: int | None = None

    def line(self) -> str:
        where = f"; release {self.release}" if self.release else ""
        changed = f", {self.changed} graphs changed" if self.changed is not None else ""
        return (
            f"{self.action}: {self.records} records, {self.triples} triples{changed}, "
            f"{self.warnings} warnings, {self.violations} violations in {self.seconds:.1f} s{where}"
        )


def read_records(
    files: list[RecordFile],
    cache: dict[str, tuple[str, EventRecord]] | None = None,
) -> tuple[dict[str, EventRecord], dict[str, Graph], list[str]]:
    """Parse every file (keyed by its relative path); collect every error, not just the first."""
    cache = cache or {}
    records: dict[str, EventRecord] = {}
    rdf_graphs: dict[str, Graph] = {}
    errors: list[str] = []
    slugs: dict[str, str] = {}
    parsed = _parse_yaml([f for f in files if not f.is_rdf and cache.get(f.relative, ("",))[0] != f.sha256])
    for file in files:
        try:
            if file.is_rdf:
                rdf_graphs[file.relative] = load_rdf_record(file)
                slug = file.slug
            else:
                record = parsed.get(file.relative) or cache[file.relative][1]
                if isinstance(record, str):  # the message of the RecordError met while parsing
                    errors.append(record)
                    continue
                records[file.relative] = record
                slug = record.slug
        except RecordError as err:
            errors.append(str(err))
            continue
        if slug in slugs:
            errors.append(f"{file.relative}: event slug {slug!r} is also used by {slugs[slug]}")
        slugs[slug] = file.relative
    return records, rdf_graphs, errors


PARSE_CHUNK = 500  # files a parsing worker takes at a time


def _parse_yaml(files: list[RecordFile]) -> dict[str, EventRecord | str]:
    """Parse YAML records, on every core when there are many (YAML parsing is most of reading);
    a record that cannot be read gives its error message."""
    chunks = [files[i : i + PARSE_CHUNK] for i in range(0, len(files), PARSE_CHUNK)]
    parsed: dict[str, EventRecord | str] = {}
    if len(chunks) <= 1 or (os.cpu_count() or 1) <= 1:
        results = map(_parse_chunk, chunks)
        parsed.update(item for chunk in results for item in chunk)
        return parsed
    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        for chunk in pool.imap_unordered(_parse_chunk, chunks):
            parsed.update(chunk)
    return parsed


def _parse_chunk(files: list[RecordFile]) -> list[tuple[str, EventRecord | str]]:
    results: list[tuple[str, EventRecord | str]] = []
    for file in files:
        try:
            results.append((file.relative, load_yaml_record(file)))
        except RecordError as err:  # as text: a RecordError does not pickle
            results.append((file.relative, str(err)))
    return results


def rules_fingerprint() -> str:
    """What every graph depends on besides its records: shapes, ontology and this software."""
    digest = hashlib.sha256(kg.__version__.encode())
    for path in (*sorted(SHAPES_DIR.glob("*.ttl")), ONTOLOGY_FILE, *sorted(Path(kg.__file__).parent.glob("*.py"))):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def record_fingerprint(sha256: str, record: EventRecord | None, identities: Identities) -> str:
    """A record's graph changes when its file (its hash) or the IRIs of its people and organisations change."""
    digest = hashlib.sha256(sha256.encode())
    if record is not None:
        people = (f"{p.key}={identities.person_slug(record.slug, p)}" for p in record.people)
        orgs = (f"{o.key}={identities.organization_slug(record.slug, o)}" for o in organizations_of(record))
        digest.update("|".join(sorted(people)).encode() + b"#" + "|".join(sorted(orgs)).encode())
    return digest.hexdigest()


def prepare(
    settings: Settings,
    echo: Echo,
    folder: Path,
    incremental: bool = True,
    built_at: datetime | None = None,
    activity: URIRef | None = None,
    read_back: bool = True,
) -> Prepared:
    """Read, resolve, map and validate what changed since the served release, staging the changed
    graphs as N-Quads files in `folder` (stamped as made at `built_at` by `activity`); publish nothing.
    Without `read_back`, the staged manifest entries and findings are left for Prepared.read_staged."""
    built_at = built_at or datetime.now(UTC).replace(microsecond=0)
    phases = Phases()
    previous = previous_manifest(settings)
    rules = rules_fingerprint()
    incremental = incremental and previous.rules == rules  # new code may also read records differently
    cache = RecordCache(settings.store)
    known = cache.stats() if incremental else {}
    files = find_record_files(settings.records, known)
    if not files:
        raise RecordError(str(settings.records), "no record files (*.yaml, *.ttl, *.nt, *.jsonld) found")
    links = _file_sha256(settings.links)
    quick = quick_start(settings, previous, rules, files, known, links) if incremental else None
    if quick is None:
        parsed = cache.records({f.relative: f.sha256 for f in files if not f.is_rdf}) if incremental else {}
        records, rdf_graphs, errors = read_records(files, parsed)
        del parsed
        if errors:
            raise NotConforming("\n".join(["records that cannot be read:", *errors]))
    else:
        records, rdf_graphs = quick.records, quick.rdf_graphs
        echo(
            f"quick start: {len(records)} records read (changed or naming the same people), identities kept, "
            f"{len(quick.restamped)} graphs restamped (same content, sources changed)"
        )
    for file in files:
        file.forget_content()
    gc.freeze()  # the records live as long as the build: the collector need not walk them again (until stage.run)
    phases.done("read records")
    if quick is None:
        identities = resolve(records.values(), previous.people, previous.organizations)
    else:
        identities = quick.identities
    phases.done("resolve identities")
    base = settings.base
    manifest = Manifest(rules=rules)
    if quick is not None:  # the graphs of files unchanged are carried over as they are, unread
        manifest.graphs = Overlay(previous.graphs)
    else:
        previous = previous.read_whole()  # every entry is compared
    sources: dict[URIRef, set[str]] = {}
    units: list[Unit] = []
    for file in files if quick is None else quick.changed:
        record = records.get(file.relative)
        iri = graph_iri(base, "event", record.slug if record else file.slug)
        fingerprint = record_fingerprint(file.sha256, record, identities)
        before = previous.graphs.get(str(iri), {})
        sources[iri] = {file.relative}
        if incremental and before.get("fingerprint") == fingerprint:
            manifest.graphs[str(iri)] = before
        else:
            units.append(Unit(iri, "rdf" if record is None else "record", file.relative))
            manifest.graphs[str(iri)] = {"fingerprint": fingerprint}
    changed_records = {records[u.key].slug for u in units if u.kind == "record"}
    file_of = {r.slug: relative for relative, r in records.items()}
    manifest.links = links
    touched = _entities_to_map(
        identities, base, previous, changed_records, file_of, incremental and previous.links == links
    )
    entity_iris: set[URIRef] = set()
    for kind, group in (("organization", identities.organizations), ("person", identities.persons)):
        for slug, entity in group.items():
            iri = graph_iri(base, kind, slug)
            entity_iris.add(iri)
            sources[iri] = {file_of[r] for r in entity.records}
            if touched is None or iri in touched:
                units.append(Unit(iri, kind, slug))
            else:
                manifest.graphs[str(iri)] = previous.graphs.get(str(iri), {})
    hashes = {f.relative: f.sha256 for f in files}
    restamped = quick.restamped if quick is not None else []
    for graph in restamped:  # the same content from other sources (kg.restamp)
        before = previous.graphs[graph]
        manifest.graphs[graph] = {**before, "stamped": stage.stamped(before["sources"], hashes)}
    known_entities = entity_iris if quick is None else quick.known_entities  # (a quick start: some entities)
    link_notes = add_accepted_links({}, settings.links, base, known=known_entities)  # errors stop here, once
    job = Job(
        base=base,
        records=records,
        rdf_graphs=rdf_graphs,
        identities=identities,
        entities=EntityMapper(records.values(), identities, base),
        links=settings.links,
        known_entities=known_entities,
        previous=previous.graphs,
        entries=manifest.graphs,
        sources=sources,
        hashes=hashes,
        stubs=_stubs(identities, base) if quick is None else quick.stubs,
        incremental=incremental,
        built_at=built_at,
        activity=activity or URIRef(f"{base}build/unpublished"),
        folder=folder,
    )
    phases.done("plan")
    details: list[Path] = []
    row_files: list[Path] = []
    staged: list[Path] = []
    triples = violations = 0
    for batch in stage.run(job, units):
        details += [batch.details] if batch.details else []
        violations += batch.violations
        row_files += [batch.rows] if batch.rows else []
        triples += batch.triples
        staged += [batch.path] if batch.path else []
        manifest.graphs.update({iri: previous.graphs.get(iri, {}) for iri in batch.unchanged})
    phases.done("map, validate, stage")
    if quick is None:
        manifest.people = {slug: _names(e) for slug, e in identities.persons.items()}
        manifest.organizations = {slug: _names(e) for slug, e in identities.organizations.items()}
    else:  # the same people and organisations, with the same names
        manifest.people, manifest.organizations = previous.people, previous.organizations
    prepared = Prepared(
        files,
        identities,
        previous,
        set(),
        sorted(staged),
        manifest,
        set(),
        ValidationReport(),
        StagedRows(row_files),
        triples,
        details=details,
        violations=violations,
        # a quick start keeps every person: none can have merged into another
        merged=merged_person_iris(previous, identities, base) if quick is None else {},
        notes=identities.ambiguities + link_notes,
        records=records,
        phases=phases,
        known=known,
        incremental=incremental,
        resolved_all=quick is None,
        restamped=restamped,
        new_hashes={f.relative: (known.get(f.relative, ("", "", ""))[2], f.sha256) for f in quick.changed}
        if quick is not None
        else {},
    )
    if read_back:
        prepared.read_staged()
    return prepared


def all_graphs(settings: Settings) -> dict[URIRef, Graph]:
    """Every graph the records give, mapped in this process and not validated (for `kg link`)."""
    files = find_record_files(settings.records)
    records, rdf_graphs, errors = read_records(files)
    if errors:
        raise NotConforming("\n".join(["records that cannot be read:", *errors]))
    graphs = map_all(list(records.values()), resolve(records.values()), settings.base)
    graphs.update({graph_iri(settings.base, "event", f.slug): rdf_graphs[f.relative] for f in files if f.is_rdf})
    return graphs


def _file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _entities_to_map(
    identities: Identities, base: str, previous: Manifest, changed: set[str], file_of: dict[str, str], incremental: bool
) -> set[URIRef] | None:
    """The person and organisation graphs a change can reach: those mentioned by a new or changed
    record, new ones, and those whose records were withdrawn; None means all of them."""
    if not incremental:
        return None
    touched = set()
    for kind, group in (("person", identities.persons), ("organization", identities.organizations)):
        for slug, entity in group.items():
            iri = graph_iri(base, kind, slug)
            before = previous.graphs.get(str(iri))
            if (
                before is None
                or changed.intersection(entity.records)
                or set(before.get("sources", ())) != {file_of[r] for r in entity.records}
            ):
                touched.add(iri)
    return touched


def _stubs(identities: Identities, base: str) -> dict[Node, list[tuple[Node, Node, Node]]]:
    """Class and name of every person and organisation, for validating graphs that link to them."""
    stubs: dict[Node, list[tuple[Node, Node, Node]]] = {}
    for kind, cls, group in (
        ("person", SCHEMA.Person, identities.persons),
        ("organization", SCHEMA.Organization, identities.organizations),
    ):
        for slug, entity in group.items():
            iri = iri_for(base, kind, slug)
            name = Literal(preferred_name([m for _, m in entity.mentions]))
            stubs[iri] = [(iri, RDF.type, cls), (iri, SCHEMA.name, name)]
    return stubs


def _names(entity: Any) -> list[str]:
    return sorted({n for _, mention in entity.mentions for n in mention.names})


def _report(prepared: Prepared, echo: Echo) -> None:
    for note in prepared.notes:
        echo(f"note: {note}")
    for finding in prepared.report.findings:
        echo(finding.line())


def _gate(prepared: Prepared) -> None:
    if not prepared.report.conforms:
        count = len(prepared.report.violations)
        raise NotConforming(f"{count} violation(s); nothing was published, the served graph is unchanged")


def validate(settings: Settings, echo: Echo) -> Summary:
    """`kg validate`: everything `kg build` checks, every record again, without publishing."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kg-validate-") as folder:
        prepared = prepare(settings, echo, Path(folder), incremental=False)
    _report(prepared, echo)
    _gate(prepared)
    return Summary(
        "validated", len(prepared.files), prepared.triples, len(prepared.report.warnings), 0, time.monotonic() - started
    )


STAGING_PREFIX = "kg-build-"  # then the building process's id: kg-build-{pid}-{random}


def remove_abandoned_staging() -> None:
    """Remove the staging folders of builds that were killed (their process is gone)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{STAGING_PREFIX}*-*"):
        pid = folder.name[len(STAGING_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists() and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


def previous_manifest(settings: Settings) -> Manifest:
    """What the release being served published (empty before the first build)."""
    release = ReleaseDirectory(settings.store).current()
    return Manifest.load(release.artifacts) if release else Manifest()


def build(settings: Settings, echo: Echo, dump: Path | None = None, full: bool = False, dumps: str = "wait") -> Summary:
    """`kg build`: validate, then publish in one step (or write `dump` and publish nothing).

    The release's dumps are written after the switch: by this call (`dumps="wait"`), or by a
    detached process this call starts (`dumps="background"`, see kg.dumps)."""
    if dump is not None and dump.suffix not in DUMP_FORMATS:
        raise KgError(f"--dump {dump}: the file name must end with {', '.join(DUMP_FORMATS)}")
    if dump is not None:
        return _build(settings, echo, dump, full, dumps)
    with ReleaseDirectory(settings.store).locked():  # from the release read to the switch: one build at a time
        try:
            return _build(settings, echo, dump, full, dumps)
        except Exception:
            replace_dead_writer(settings.store, echo)  # nothing published: the served release still gets its dumps
            raise


def _build(settings: Settings, echo: Echo, dump: Path | None, full: bool, dumps: str) -> Summary:
    started = time.monotonic()
    full = full or dump is not None or bool(settings.remote_query)  # these need every graph at hand
    directory = ReleaseDirectory(settings.store)
    built_at = datetime.now(UTC).replace(microsecond=0)
    release_id = directory.new_release_id(built_at)
    activity = build_activity(settings.base, release_id)
    remove_abandoned_staging()
    with tempfile.TemporaryDirectory(prefix=f"{STAGING_PREFIX}{os.getpid()}-") as folder:  # gone after the build
        prepared = prepare(
            settings, echo, Path(folder), incremental=not full, built_at=built_at, activity=activity, read_back=False
        )
        if dump is None and not prepared.violations:  # the records are cached, then let go
            _cache_records(settings, prepared, release_id)
        prepared.read_staged()
        _report(prepared, echo)
        _gate(prepared)
        changes = _changes(prepared, settings.base, built_at)
        extra = _release_graphs(changes, settings.base, activity, built_at)
        prepared.phases.done("report, changes")
        if dump is not None:
            _dump(prepared.staged, extra, dump, settings, release_id, built_at)
            return Summary(
                f"dumped to {dump}",
                len(prepared.files),
                prepared.triples,
                len(prepared.report.warnings),
                0,
                time.monotonic() - started,
            )
        release = _publish(settings, prepared, changes, extra, release_id, built_at, full)
    published = time.monotonic() - started
    prepared.phases.done("switch")
    if dumps == "background":
        writer = start_writer(settings.store)
        echo(f"published in {published:.1f} s; dumps being written in the background (kg dumps, pid {writer})")
    else:
        write_missing(settings.store)
        prepared.phases.done("dumps")
        echo(f"published in {published:.1f} s; dumps written in {time.monotonic() - started - published:.1f} s more")
    echo(prepared.phases.line())
    echo(prepared.beside.line("beside the load (one thread)"))
    echo(f"changes: {Counter(a['type'] for a in changes.activities).most_common() or 'none'}")
    return Summary(
        "published",
        len(prepared.files),
        release.triples,
        len(prepared.report.warnings),
        0,
        time.monotonic() - started,
        release=release.id,
        changed=len(prepared.changed) + len(prepared.restamped),
    )


def build_activity(base: str, release_id: str) -> URIRef:
    """The build that made a release, as every graph it wrote names it (prov:wasGeneratedBy)."""
    return URIRef(f"{base}build/{release_id}")


def _cache_records(settings: Settings, prepared: Prepared, release_id: str) -> None:
    """Save the parsed records for the next build, then let them and the identities go: the
    staged manifest entries and findings read back after it, loading, counting and indexing need
    none of them, and they are most of what a build holds (written beside the load instead, they
    kept the build process at 2.33 GB through it at 100,000 events). Only a build that publishes
    calls this, and only when staging found no violation. (A
    cached record is valid whatever release is served, being keyed by its file's hash, so it may
    be saved before the switch.)"""
    ResolvedStore(settings.store).unmark()
    RecordCache(settings.store).update(prepared.records, prepared.files, prepared.known)
    # after the record cache (see kg.quick); under the new release's id, which a quick start
    # accepts only once that release is the one served
    keep_resolved(settings.store, prepared, release_id)
    prepared.records.clear()
    prepared.identities = Identities()
    prepared.phases.done("record cache")


def _write_beside_load(
    settings: Settings, prepared: Prepared, changes: Changes, release_id: str, before: Release | None
) -> None:
    """What a release writes that needs neither the new store nor its counts, written in a thread
    while the main one loads and counts (pyoxigraph lets go of the GIL while it works, and its
    loader leaves part of the second core idle): the manifest, the changes and the search index."""
    prepared.beside = Phases(time.thread_time)
    folder = ReleaseDirectory(settings.store).artifacts(release_id)  # made by publish() before load
    prepared.manifest.save(folder)
    write_json(folder / "changes.json", changes.activities)
    index = before.artifacts / "index.sqlite" if before is not None else None
    update_search_index(
        folder / "index.sqlite",
        index,
        prepared.previous,
        prepared.manifest,
        prepared.changed,
        prepared.removed,
        prepared.rows,
    )
    prepared.beside.done("manifest, changes, search index")


def _publish(
    settings: Settings,
    prepared: Prepared,
    changes: Changes,
    extra: dict[URIRef, Graph],
    release_id: str,
    built_at: datetime,
    full: bool,
) -> Release:
    """Write the new release (a copy of the served one with the changed graphs replaced), then switch."""
    directory = ReleaseDirectory(settings.store)
    previous = directory.current() if not full else None
    replaced = {URIRef(g) for g in prepared.removed | prepared.changed} | set(extra)

    phases = prepared.phases

    void_iri = void_graph_iri(settings.base)
    counts: dict[str, Any] = {}
    beside = ThreadPoolExecutor(1, thread_name_prefix="kg-beside-load")
    written: list[Future[None]] = []

    def load(store: Any) -> int:
        phases.done("copy the served release")
        written.append(beside.submit(_write_beside_load, settings, prepared, changes, release_id, previous))
        try:
            return load_and_count(store)
        except BaseException:
            wait(written)  # publish() removes the release's folders on failure: not while the thread writes
            raise

    def load_and_count(store: Any) -> int:
        if previous is not None:
            remove_graphs(store, replaced | {void_iri})
        load_files(store, prepared.staged)
        load_graphs(store, extra)
        restamp(store, prepared.restamped, prepared.new_hashes, str(build_activity(settings.base, release_id)))
        phases.done("load")
        counts.update(_void_counts(store, previous, replaced, prepared.changed | set(extra), void_iri, settings.base))
        void = void_graph(counts, settings, release_id, built_at)
        load_graphs(store, {void_iri: void})
        phases.done("VoID counts")
        if settings.remote_query:  # the remote store gets the release before CURRENT switches to it
            graphs = {**read_graphs(prepared.staged), **extra, void_iri: void}
            publish_remote(settings, graphs, release_id, built_at, len(prepared.files))
        return counts["triples"] + len(void)  # what len(store) would count, without its scan

    def write_artifacts(folder: Path, store: Any) -> None:
        phases.done("flush, compact")
        written[0].result()  # its error, if any, fails the build before the switch
        write_json(folder / COUNTS_FILE, counts)
        phases.done("wait for the thread beside the load")

    try:
        return directory.publish(
            release_id,
            built_at,
            load,
            write_artifacts,
            records=len(prepared.files),
            base=settings.base,
            copy_of=previous,
        )
    finally:
        beside.shutdown()  # (after a failure: the thread ends before the build does)


COUNTS_FILE = "counts.json"  # the VoID figures of a release, for the next build to update


def _void_counts(
    store: Any, previous: Release | None, replaced: set[URIRef], added: set[str], void_iri: URIRef, base: str
) -> dict[str, Any]:
    """The VoID figures of the new release: those of the served one updated by what changed, or
    counted over the whole store for a release built from scratch (or after one without them)."""
    try:
        before = json.loads((previous.artifacts / COUNTS_FILE).read_text()) if previous is not None else None
    except (OSError, ValueError):
        before = None
    if previous is None or before is None:
        return dataset_counts(store, base)
    served = open_read_only(previous)
    old = footprint(served, (str(g) for g in replaced))
    new = footprint(store, (str(g) for g in added))
    return updated_counts(before, served, store, old, new, str(void_iri))


def _changes(prepared: Prepared, base: str, built_at: datetime) -> Changes:
    # an incremental build's other graphs keep their served entries; a full one compares them all
    touched = prepared.changed | prepared.removed if prepared.incremental else None
    changes = compare_releases(prepared.previous, prepared.manifest, base, built_at, prepared.merged, touched)
    prepared.manifest.tombstones, prepared.manifest.merges = changes.tombstones, changes.merges
    return changes


def _release_graphs(changes: Changes, base: str, activity: URIRef, built_at: datetime) -> dict[URIRef, Graph]:
    """The graphs every release rewrites: withdrawn and merged IRIs, and the build activity."""
    lifecycle_iri, lifecycle = lifecycle_graph(changes, base)
    build_graph = Graph()
    build_graph.add((activity, RDF.type, PROV.Activity))
    build_graph.add((activity, PROV.endedAtTime, Literal(built_at.isoformat(), datatype=XSD.dateTime)))
    return {lifecycle_iri: lifecycle, provenance_graph_iri(base): build_graph}


def publish_remote(
    settings: Settings, graphs: dict[URIRef, Graph], release_id: str, built_at: datetime, records: int
) -> None:
    """Push the validated graphs to the remote SPARQL store the settings name (see kg/remote.py)."""
    from kg.remote import RemoteStore

    RemoteStore(settings).publish(graphs, release_id, built_at, records)


def _dump(
    staged: list[Path], extra: dict[URIRef, Graph], path: Path, settings: Settings, release_id: str, built_at: datetime
) -> None:
    """Write every graph to a file; N-Quads keeps the named graphs, Turtle and N-Triples merge them."""
    store = new_memory_store()
    load_files(store, staged)
    load_graphs(store, extra)
    load_graphs(
        store,
        {
            void_graph_iri(settings.base): void_graph(
                dataset_counts(store, settings.base), settings, release_id, built_at
            )
        },
    )
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as output:
            dump_dataset(store, output, DUMP_FORMATS[path.suffix], prefixes(settings.base))
        temporary.replace(path)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise KgError(f"cannot write {path}: {err.strerror}") from None
