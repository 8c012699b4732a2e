"""The pipeline, one call per arrow: record files -> records -> identities -> graphs -> validated -> store."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node

from kg.config import Settings
from kg.errors import KgError, NotConforming, RecordError
from kg.export import void_graph, void_graph_iri, write_dumps, write_json, write_search_index
from kg.identity import Identities, resolve
from kg.lifecycle import Changes, Manifest, build_manifest, compare_releases, lifecycle_graph, merged_person_iris
from kg.link.publish import add_accepted_links
from kg.mapping import map_all
from kg.rdf_records import load_rdf_record
from kg.records import EventRecord, RecordFile, find_record_files, load_yaml_record
from kg.store import ReleaseDirectory, load_graphs
from kg.validate import ValidationReport, validate_graph
from kg.vocab import SCHEMA, graph_iri, provenance_graph_iri

Echo = Callable[[str], None]
DUMP_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads"}


@dataclass
class Prepared:
    """Everything a build produces before publishing."""

    files: list[RecordFile]
    graphs: dict[URIRef, Graph]
    origins: dict[Node, tuple[str, ...]]
    report: ValidationReport
    identities: Identities
    previous: Manifest
    notes: list[str] = field(default_factory=list)

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

    def line(self) -> str:
        where = f"; release {self.release}" if self.release else ""
        return (f"{self.action}: {self.records} records, {self.triples} triples, "
                f"{self.warnings} warnings, {self.violations} violations in {self.seconds:.1f} s{where}")


def read_records(files: list[RecordFile]) -> tuple[dict[str, EventRecord], dict[str, Graph], list[str]]:
    """Parse every file (keyed by its relative path); collect every error, not just the first."""
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
                record = records[file.relative] = load_yaml_record(file)
                slug = record.slug
        except RecordError as err:
            errors.append(str(err))
            continue
        if slug in slugs:
            errors.append(f"{file.relative}: event slug {slug!r} is also used by {slugs[slug]}")
        slugs[slug] = file.relative
    return records, rdf_graphs, errors


def prepare(settings: Settings, echo: Echo) -> Prepared:
    """Read, resolve, map and validate every record; publish nothing."""
    files = find_record_files(settings.records)
    if not files:
        raise RecordError(str(settings.records), "no record files (*.yaml, *.ttl, *.nt, *.jsonld) found")
    records, rdf_graphs, errors = read_records(files)
    if errors:
        raise NotConforming("\n".join(["records that cannot be read:", *errors]))
    previous = previous_manifest(settings)
    identities = resolve(records.values(), previous.people, previous.organizations)
    graphs = map_all(list(records.values()), identities, settings.base)
    file_of_slug = {r.slug: relative for relative, r in records.items()}
    for relative, graph in rdf_graphs.items():
        slug = next(f.slug for f in files if f.relative == relative)
        graphs[graph_iri(settings.base, "event", slug)] = graph
        file_of_slug[slug] = relative
    link_notes = add_accepted_links(graphs, settings.links, settings.base)  # kg link: librarians' accepted links
    origins = _origins(settings.base, file_of_slug, identities, graphs)
    union = Graph()
    for graph in graphs.values():
        union += graph
    report = validate_graph(union, settings.base, origins)
    return Prepared(files, graphs, origins, report, identities, previous,
                    notes=identities.ambiguities + link_notes)


def _origins(base: str, file_of_slug: dict[str, str], identities: Identities,
             graphs: dict[URIRef, Graph]) -> dict[Node, tuple[str, ...]]:
    """Which record files stated each subject, for messages and provenance."""
    origins: dict[Node, set[str]] = {}
    for iri, graph in graphs.items():
        kind, _, slug = str(iri)[len(f"{base}graph/"):].partition("/")
        if kind == "event":
            sources = {file_of_slug.get(slug, slug)}
        else:
            entities = identities.persons if kind == "person" else identities.organizations
            sources = {file_of_slug[r] for r in entities[slug].records}
        for subject in set(graph.subjects()):
            origins.setdefault(subject, set()).update(sources)
    return {node: tuple(sorted(files)) for node, files in origins.items()}


def provenance(prepared: Prepared, settings: Settings, built_at: datetime, manifest: Manifest) -> Graph:
    """Where each named graph came from: its record file(s), content hash and when it last changed."""
    graph = Graph()
    activity = URIRef(f"{settings.base}build/{built_at.strftime('%Y%m%dT%H%M%SZ')}")
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, PROV.endedAtTime, Literal(built_at.isoformat(), datatype=XSD.dateTime)))
    hashes = {f.relative: f.sha256 for f in prepared.files}
    for iri, named in prepared.graphs.items():
        graph.add((iri, RDF.type, PROV.Entity))
        graph.add((iri, PROV.wasGeneratedBy, activity))
        entry = manifest.graphs[str(iri)]
        graph.add((iri, PROV.generatedAtTime, Literal(entry["modified"], datatype=XSD.dateTime)))
        graph.add((iri, SCHEMA.sha256, Literal(entry["sha256"])))
        sources = sorted({s for subject in named.subjects() for s in prepared.origins.get(subject, ())})
        for source in sources:
            graph.add((iri, DCTERMS.source, Literal(f"{source} (sha256 {hashes[source]})")))
    return graph


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
    """`kg validate`: everything `kg build` checks, without publishing."""
    started = time.monotonic()
    prepared = prepare(settings, echo)
    _report(prepared, echo)
    _gate(prepared)
    return Summary("validated", len(prepared.files), prepared.triples, len(prepared.report.warnings),
                   0, time.monotonic() - started)


def previous_manifest(settings: Settings) -> Manifest:
    """What the release being served published (empty before the first build)."""
    release = ReleaseDirectory(settings.store).current()
    return Manifest.load(release.artifacts / "manifest.json") if release else Manifest()


def build(settings: Settings, echo: Echo, dump: Path | None = None) -> Summary:
    """`kg build`: validate, then publish in one step (or write `dump` and publish nothing)."""
    started = time.monotonic()
    if dump is not None and dump.suffix not in DUMP_FORMATS:
        raise KgError(f"--dump {dump}: the file name must end with {', '.join(DUMP_FORMATS)}")
    prepared = prepare(settings, echo)
    _report(prepared, echo)
    _gate(prepared)
    directory = ReleaseDirectory(settings.store)
    built_at = datetime.now(UTC).replace(microsecond=0)
    release_id = directory.new_release_id(built_at)
    graphs, manifest, changes = release_graphs(prepared, settings, release_id, built_at)
    if dump is not None:
        _dump(graphs, dump)
        return Summary(f"dumped to {dump}", len(prepared.files), prepared.triples,
                       len(prepared.report.warnings), 0, time.monotonic() - started)

    def write_artifacts(folder: Path, store: object) -> None:
        manifest.save(folder / "manifest.json")
        write_json(folder / "changes.json", changes.activities)
        write_dumps(folder / "dumps", store)
        modified = {subject: entry["modified"] for entry in manifest.graphs.values() for subject in entry["subjects"]}
        write_search_index(folder / "index.sqlite", graphs, modified)
        if settings.remote_query:  # the remote store gets the release before CURRENT switches to it
            publish_remote(settings, graphs, release_id, built_at, len(prepared.files))

    release = directory.publish(release_id, built_at, lambda store: load_graphs(store, graphs), write_artifacts,
                                records=len(prepared.files), base=settings.base)
    echo(f"changes: {Counter(a['type'] for a in changes.activities).most_common() or 'none'}")
    return Summary("published", len(prepared.files), release.triples, len(prepared.report.warnings),
                   0, time.monotonic() - started, release=release.id)


def publish_remote(settings: Settings, graphs: dict[URIRef, Graph], release_id: str, built_at: datetime,
                   records: int) -> None:
    """Push the validated graphs to the remote SPARQL store the settings name (see kg/remote.py)."""
    from kg.remote import RemoteStore

    triples = sum(len(graph) for graph in graphs.values())
    RemoteStore(settings).publish(graphs, release_id, built_at, triples, records)


def release_graphs(prepared: Prepared, settings: Settings, release_id: str,
                   built_at: datetime) -> tuple[dict[URIRef, Graph], Manifest, Changes]:
    """The content graphs plus lifecycle, provenance and VoID graphs, the manifest and the changes."""
    base = settings.base
    manifest = build_manifest(prepared.graphs, prepared.identities, base, built_at, prepared.previous)
    merged = merged_person_iris(prepared.previous, prepared.identities, base)
    changes = compare_releases(prepared.previous, manifest, base, built_at, merged)
    manifest.tombstones, manifest.merges = changes.tombstones, changes.merges
    lifecycle_iri, lifecycle = lifecycle_graph(changes, base)
    graphs = {**prepared.graphs, lifecycle_iri: lifecycle}
    graphs[provenance_graph_iri(base)] = provenance(prepared, settings, built_at, manifest)
    graphs[void_graph_iri(base)] = void_graph(graphs, settings, release_id, built_at)
    return graphs, manifest, changes


def _dump(graphs: dict[URIRef, Graph], path: Path) -> None:
    """Write the graphs to a file; N-Quads keeps the named graphs, Turtle and N-Triples merge them."""
    syntax = DUMP_FORMATS[path.suffix]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if syntax == "nquads":
            dataset = Dataset()
            for iri, graph in graphs.items():
                named = dataset.graph(iri)
                for triple in graph:
                    named.add(triple)
            data = dataset.serialize(format="nquads", encoding="utf-8")
        else:
            merged = Graph()
            for graph in graphs.values():
                merged += graph
                for prefix, namespace in graph.namespaces():
                    merged.bind(prefix, namespace, override=False)
            data = merged.serialize(format=syntax, encoding="utf-8")
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as err:
        raise KgError(f"cannot write {path}: {err.strerror}") from None

