"""The pipeline, one call per arrow: record files -> records -> identities -> graphs -> validated -> store.

Builds are incremental: a record whose file and resolved people and organisations are unchanged
since the served release keeps its graph, which is neither mapped nor validated again; the new
release starts as a hard-linked copy of the served one, and only changed, new and withdrawn graphs
are replaced before the one atomic switch. A change to the shapes, the ontology or the software
rebuilds everything.
"""

from __future__ import annotations

import hashlib
import pickle
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node

import kg
from kg.config import Settings
from kg.errors import KgError, NotConforming, RecordError
from kg.export import update_search_index, void_graph, void_graph_iri, write_dumps, write_json
from kg.identity import Identities, organizations_of, preferred_name, resolve
from kg.lifecycle import Changes, Manifest, compare_releases, content_hash, lifecycle_graph, merged_person_iris
from kg.link.publish import add_accepted_links
from kg.mapping import map_entities, map_records
from kg.rdf_records import load_rdf_record
from kg.records import EventRecord, RecordFile, find_record_files, load_yaml_record
from kg.store import ReleaseDirectory, dataset_counts, dump_dataset, load_graphs, new_memory_store, remove_graphs
from kg.validate import ONTOLOGY_FILE, SHAPES_DIR, ValidationReport, validate_graphs
from kg.vocab import SCHEMA, graph_iri, iri_for, prefixes, provenance_graph_iri

Echo = Callable[[str], None]
INDEXED_CLASSES = {SCHEMA.Event, SCHEMA.Person, SCHEMA.Organization, SCHEMA.Report}
DUMP_FORMATS = {".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads"}


@dataclass
class Prepared:
    """Everything a build produces before publishing."""

    files: list[RecordFile]
    identities: Identities
    previous: Manifest
    graphs: dict[URIRef, Graph]  # graphs mapped (new or changed) in this build
    manifest: Manifest  # every graph of the new release, unchanged ones carried over
    removed: set[str]  # graphs of the served release that are no longer produced
    report: ValidationReport
    notes: list[str] = field(default_factory=list)
    records: dict[str, EventRecord] = field(default_factory=dict)

    @property
    def triples(self) -> int:
        return sum(len(g) for g in self.graphs.values())


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


RecordCache = dict[str, tuple[str, EventRecord]]  # relative path -> (sha256, record)


def load_record_cache(store: Path) -> RecordCache:
    """Records parsed by the last build, by file hash, so unchanged files are not parsed again."""
    try:
        with open(store / "records.pickle", "rb") as handle:
            cache = pickle.load(handle)  # noqa: S301 - written by kg build itself, in its own store
        return cache if isinstance(cache, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return {}


def save_record_cache(store: Path, records: dict[str, EventRecord], files: list[RecordFile]) -> None:
    hashes = {f.relative: f.sha256 for f in files}
    temporary = store / "records.pickle.tmp"
    with open(temporary, "wb") as handle:
        pickle.dump({k: (hashes[k], r) for k, r in records.items()}, handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(store / "records.pickle")


def read_records(
    files: list[RecordFile],
    cache: RecordCache | None = None,
) -> tuple[dict[str, EventRecord], dict[str, Graph], list[str]]:
    """Parse every file (keyed by its relative path); collect every error, not just the first."""
    cache = cache or {}
    records: dict[str, EventRecord] = {}
    rdf_graphs: dict[str, Graph] = {}
    errors: list[str] = []
    slugs: dict[str, str] = {}
    for file in files:
        try:
            if file.is_rdf:
                rdf_graphs[file.relative] = load_rdf_record(file)
                slug = file.slug
            else:
                cached = cache.get(file.relative)
                record = cached[1] if cached and cached[0] == file.sha256 else load_yaml_record(file)
                records[file.relative] = record
                slug = record.slug
        except RecordError as err:
            errors.append(str(err))
            continue
        if slug in slugs:
            errors.append(f"{file.relative}: event slug {slug!r} is also used by {slugs[slug]}")
        slugs[slug] = file.relative
    return records, rdf_graphs, errors


def rules_fingerprint() -> str:
    """What every graph depends on besides its records: shapes, ontology and this software."""
    digest = hashlib.sha256(kg.__version__.encode())
    for path in (*sorted(SHAPES_DIR.glob("*.ttl")), ONTOLOGY_FILE, *sorted(Path(kg.__file__).parent.glob("*.py"))):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _record_fingerprint(file: RecordFile, record: EventRecord | None, identities: Identities) -> str:
    """A record's graph changes when its file or the IRIs of its people and organisations change."""
    digest = hashlib.sha256(file.sha256.encode())
    if record is not None:
        people = (f"{p.key}={identities.person_slug(record.slug, p)}" for p in record.people)
        orgs = (f"{o.key}={identities.organization_slug(record.slug, o)}" for o in organizations_of(record))
        digest.update("|".join(sorted(people)).encode() + b"#" + "|".join(sorted(orgs)).encode())
    return digest.hexdigest()


def prepare(settings: Settings, echo: Echo, incremental: bool = True) -> Prepared:
    """Read, resolve, map and validate what changed since the served release; publish nothing."""
    files = find_record_files(settings.records)
    if not files:
        raise RecordError(str(settings.records), "no record files (*.yaml, *.ttl, *.nt, *.jsonld) found")
    records, rdf_graphs, errors = read_records(files, load_record_cache(settings.store) if incremental else None)
    if errors:
        raise NotConforming("\n".join(["records that cannot be read:", *errors]))
    previous = previous_manifest(settings)
    rules = rules_fingerprint()
    incremental = incremental and previous.rules == rules
    identities = resolve(records.values(), previous.people, previous.organizations)
    base, by_file = settings.base, {f.relative: f for f in files}
    manifest = Manifest(rules=rules)
    graphs: dict[URIRef, Graph] = {}
    sources: dict[URIRef, set[str]] = {}
    changed_records = []
    for relative, file in by_file.items():
        record = records.get(relative)
        iri = graph_iri(base, "event", record.slug if record else file.slug)
        fingerprint = _record_fingerprint(file, record, identities)
        before = previous.graphs.get(str(iri), {})
        sources[iri] = {relative}
        if incremental and before.get("fingerprint") == fingerprint:
            manifest.graphs[str(iri)] = before
        elif record is None:
            graphs[iri] = rdf_graphs[relative]
            manifest.graphs[str(iri)] = {"fingerprint": fingerprint}
        else:
            changed_records.append(record)
            manifest.graphs[str(iri)] = {"fingerprint": fingerprint}
    graphs.update(map_records(changed_records, identities, base))
    file_of = {r.slug: relative for relative, r in records.items()}
    links = _file_sha256(settings.links)
    manifest.links = links
    touched = _entities_to_map(
        identities, base, previous, {r.slug for r in changed_records}, file_of, incremental and previous.links == links
    )
    entities = map_entities(records.values(), identities, base, only=touched)
    link_notes = add_accepted_links(entities, settings.links, base)  # kg link: librarians' accepted links
    for kind, group in (("person", identities.persons), ("organization", identities.organizations)):
        for slug, entity in group.items():
            iri = graph_iri(base, kind, slug)
            sources[iri] = {file_of[r] for r in entity.records}
            before = previous.graphs.get(str(iri), {})
            if iri not in entities:
                manifest.graphs[str(iri)] = before
                continue
            digest = content_hash(entities[iri])
            if incremental and before.get("sha256") == digest:
                manifest.graphs[str(iri)] = before
            else:
                graphs[iri] = entities[iri]
                manifest.graphs[str(iri)] = {"sha256": digest}
    origins = _origins(graphs, sources)
    report = validate_graphs(list(graphs.values()), base, origins, _stubs(identities, base))
    removed = set(previous.graphs) - set(manifest.graphs)
    manifest.people = {slug: _names(e) for slug, e in identities.persons.items()}
    manifest.organizations = {slug: _names(e) for slug, e in identities.organizations.items()}
    prepared = Prepared(
        files,
        identities,
        previous,
        graphs,
        manifest,
        removed,
        report,
        notes=identities.ambiguities + link_notes,
        records=records,
    )
    _describe_changed(prepared, sources, base)
    return prepared


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


def _origins(graphs: dict[URIRef, Graph], sources: dict[URIRef, set[str]]) -> dict[Node, tuple[str, ...]]:
    """Which record files stated each subject of the graphs, for messages."""
    origins: dict[Node, set[str]] = {}
    for iri, graph in graphs.items():
        for subject in set(graph.subjects()):
            origins.setdefault(subject, set()).update(sources[iri])
    return {node: tuple(sorted(files)) for node, files in origins.items()}


def _describe_changed(prepared: Prepared, sources: dict[URIRef, set[str]], base: str) -> None:
    """Manifest entries of the mapped graphs: hash, minted subjects, sources; unchanged keep their time."""
    prefix = f"{base}id/"
    for iri, graph in prepared.graphs.items():
        entry = prepared.manifest.graphs[str(iri)]
        entry.setdefault("sha256", content_hash(graph))
        before = prepared.previous.graphs.get(str(iri), {})
        entry["modified"] = before.get("modified") if before.get("sha256") == entry["sha256"] else None
        entry["subjects"] = sorted({str(s) for s in graph.subjects() if str(s).startswith(prefix)})
        entry["indexed"] = sorted(
            {str(s) for s, cls in graph.subject_objects(RDF.type) if cls in INDEXED_CLASSES and isinstance(s, URIRef)}
        )
        entry["sources"] = sorted(sources[iri])


def _stamp(prepared: Prepared, built_at: datetime, activity: URIRef) -> None:
    """Each mapped graph states its own provenance: sources with their hashes, content hash, time."""
    hashes = {f.relative: f.sha256 for f in prepared.files}
    for iri, graph in prepared.graphs.items():
        entry = prepared.manifest.graphs[str(iri)]
        entry["modified"] = entry["modified"] or built_at.isoformat()
        graph.add((iri, RDF.type, PROV.Entity))
        graph.add((iri, PROV.wasGeneratedBy, activity))
        graph.add((iri, PROV.generatedAtTime, Literal(entry["modified"], datatype=XSD.dateTime)))
        graph.add((iri, SCHEMA.sha256, Literal(entry["sha256"])))
        for source in entry["sources"]:
            graph.add((iri, DCTERMS.source, Literal(f"{source} (sha256 {hashes[source]})")))


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
    prepared = prepare(settings, echo, incremental=False)
    _report(prepared, echo)
    _gate(prepared)
    return Summary(
        "validated", len(prepared.files), prepared.triples, len(prepared.report.warnings), 0, time.monotonic() - started
    )


def previous_manifest(settings: Settings) -> Manifest:
    """What the release being served published (empty before the first build)."""
    release = ReleaseDirectory(settings.store).current()
    return Manifest.load(release.artifacts / "manifest.json") if release else Manifest()


def build(settings: Settings, echo: Echo, dump: Path | None = None, full: bool = False) -> Summary:
    """`kg build`: validate, then publish in one step (or write `dump` and publish nothing)."""
    started = time.monotonic()
    if dump is not None and dump.suffix not in DUMP_FORMATS:
        raise KgError(f"--dump {dump}: the file name must end with {', '.join(DUMP_FORMATS)}")
    full = full or dump is not None or bool(settings.remote_query)  # these need every graph at hand
    prepared = prepare(settings, echo, incremental=not full)
    _report(prepared, echo)
    _gate(prepared)
    directory = ReleaseDirectory(settings.store)
    built_at = datetime.now(UTC).replace(microsecond=0)
    release_id = directory.new_release_id(built_at)
    activity = URIRef(f"{settings.base}build/{release_id}")
    _stamp(prepared, built_at, activity)
    changes = _changes(prepared, settings.base, built_at)
    extra = _release_graphs(changes, settings.base, activity, built_at)
    if dump is not None:
        _dump({**prepared.graphs, **extra}, dump, settings, release_id, built_at)
        return Summary(
            f"dumped to {dump}",
            len(prepared.files),
            prepared.triples,
            len(prepared.report.warnings),
            0,
            time.monotonic() - started,
        )
    previous = directory.current() if not full else None
    replaced = {URIRef(g) for g in prepared.removed} | set(prepared.graphs) | set(extra)

    def load(store: Any) -> int:
        if previous is not None:
            remove_graphs(store, replaced | {void_graph_iri(settings.base)})
        load_graphs(store, {**prepared.graphs, **extra})
        void = void_graph(dataset_counts(store, settings.base), settings, release_id, built_at)
        load_graphs(store, {void_graph_iri(settings.base): void})
        if settings.remote_query:  # the remote store gets the release before CURRENT switches to it
            publish_remote(
                settings,
                {**prepared.graphs, **extra, void_graph_iri(settings.base): void},
                release_id,
                built_at,
                len(prepared.files),
            )
        return len(store)

    def write_artifacts(folder: Path, store: Any) -> None:
        prepared.manifest.save(folder / "manifest.json")
        write_json(folder / "changes.json", changes.activities)
        before = previous.artifacts / "index.sqlite" if previous is not None else None
        update_search_index(
            folder / "index.sqlite", before, prepared.previous, prepared.manifest, prepared.graphs, settings.base
        )

    def dumps(folder: Path, store: Any) -> None:
        switched = time.monotonic()
        write_dumps(folder / "dumps", store, prefixes(settings.base))
        echo(f"published in {switched - started:.1f} s; dumps written in {time.monotonic() - switched:.1f} s more")

    release = directory.publish(
        release_id,
        built_at,
        load,
        write_artifacts,
        records=len(prepared.files),
        base=settings.base,
        copy_of=previous,
        after_switch=dumps,
    )
    save_record_cache(settings.store, prepared.records, prepared.files)
    echo(f"changes: {Counter(a['type'] for a in changes.activities).most_common() or 'none'}")
    return Summary(
        "published",
        len(prepared.files),
        release.triples,
        len(prepared.report.warnings),
        0,
        time.monotonic() - started,
        release=release.id,
        changed=len(prepared.graphs),
    )


def _changes(prepared: Prepared, base: str, built_at: datetime) -> Changes:
    merged = merged_person_iris(prepared.previous, prepared.identities, base)
    changes = compare_releases(prepared.previous, prepared.manifest, base, built_at, merged)
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


def _dump(graphs: dict[URIRef, Graph], path: Path, settings: Settings, release_id: str, built_at: datetime) -> None:
    """Write every graph to a file; N-Quads keeps the named graphs, Turtle and N-Triples merge them."""
    store = new_memory_store()
    load_graphs(store, graphs)
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
