"""Staging a build: the graphs that changed, made, validated, described and written batch by batch.

The build process holds the records and the resolved identities; forked workers each take a batch
of graphs (record graphs, person and organisation graphs), map them, validate them together with
stubs of the people and organisations they link to, describe them for the manifest and the search
index, stamp their provenance, and append them as N-Quads to a file of the staging folder. The
descriptions (manifest entries, index rows) and the findings are written beside them too, and only
counts come back: the build process reads them once it has let the records go (held as they came,
they grew it by ~400 MB at 100,000 events, on top of the records). Memory is bounded by the batch,
not by the archive; publishing bulk-loads the files into the new release.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node
from tqdm import tqdm

from kg.export import IndexRow, index_rows, write_rows
from kg.identity import Identities
from kg.lifecycle import content_hash
from kg.link.publish import add_accepted_links
from kg.mapping import EntityMapper
from kg.nquads import Triples, line, nquads
from kg.records import EventRecord
from kg.validate import Finding, compiled_shapes, validate_lines, with_stubs
from kg.vocab import SCHEMA

BATCH_GRAPHS = 250  # graphs per batch: about 10,000 triples, a few MB in a worker
TASKS_PER_WORKER = 40  # batches before a worker is replaced by a fresh fork (keeps its memory flat)
INDEXED_CLASSES = {SCHEMA.Event, SCHEMA.Person, SCHEMA.Organization, SCHEMA.Report}


@dataclass(frozen=True)
class Unit:
    """One graph to make: from a YAML record, an RDF record, or a resolved person or organisation."""

    iri: URIRef
    kind: str  # "record", "rdf", "person" or "organization"
    key: str  # the record file (relative path) or the entity's slug


@dataclass
class Job:
    """What every worker needs (inherited by fork, never pickled)."""

    base: str
    records: dict[str, EventRecord]
    rdf_graphs: dict[str, Graph]
    identities: Identities
    entities: EntityMapper
    links: Path
    known_entities: Collection[URIRef]
    previous: Mapping[str, dict[str, Any]]  # manifest entries of the served release
    entries: Mapping[str, dict[str, Any]]  # the new entries decided before mapping (record fingerprints)
    sources: Mapping[URIRef, set[str]]  # graph -> record files it comes from
    hashes: Mapping[str, str]  # record file -> sha256
    stubs: Mapping[Node, list[tuple[Node, Node, Node]]]
    incremental: bool
    built_at: datetime
    activity: URIRef
    folder: Path


@dataclass
class Staged:
    """What a batch gives back."""

    graphs: int = 0  # graphs of the batch (written or unchanged)
    unchanged: list[str] = field(default_factory=list)  # entity graphs equal to the served ones
    violations: int = 0  # findings that are violations (the findings themselves are in `details`)
    triples: int = 0
    path: Path | None = None
    rows: Path | None = None  # the batch's search index rows (kg.export.StagedRows reads them)
    details: Path | None = None  # the manifest entries of the graphs written and the findings (read_details)


_job: dict[str, Any] = {}  # the Job and the batches, set before the workers fork


def batches(units: list[Unit]) -> list[list[Unit]]:
    return [units[i : i + BATCH_GRAPHS] for i in range(0, len(units), BATCH_GRAPHS)]


def run(job: Job, units: list[Unit], workers: int | None = None, progress: bool = True) -> Iterator[Staged]:
    """Stage every unit, on every core, with a progress bar; yields each batch's result as it ends."""
    chunks = batches(units)
    workers = min(workers or os.cpu_count() or 1, len(chunks))
    compiled_shapes(job.base)  # parsed and compiled once, before the workers fork
    bar = tqdm(total=len(units), desc="mapping and validating", unit="graph", disable=None if progress else True)
    _job.update(job=job, batches=chunks)
    gc.freeze()  # what the workers inherit stays shared: the collector no longer writes to it
    try:
        if workers <= 1:
            results: Iterator[Staged] = map(_stage_batch, range(len(chunks)))
            for staged in results:
                bar.update(staged.graphs)
                yield staged
        else:
            context = multiprocessing.get_context("fork")
            with context.Pool(workers, maxtasksperchild=TASKS_PER_WORKER) as pool:
                for staged in pool.imap_unordered(_stage_batch, range(len(chunks))):
                    bar.update(staged.graphs)
                    yield staged
    finally:
        gc.unfreeze()  # also what prepare() froze after reading the records
        _job.clear()
        bar.close()


def _stage_batch(index: int) -> Staged:
    job: Job = _job["job"]
    units: list[Unit] = _job["batches"][index]
    staged = Staged(graphs=len(units))
    entries: dict[str, dict[str, Any]] = {}  # manifest entries of the graphs written
    made = {unit.iri: _make(job, unit) for unit in units}
    entities = {unit.iri: made[unit.iri] for unit in units if unit.kind in ("person", "organization")}
    add_accepted_links(entities, job.links, job.base, known=job.known_entities)  # kg link: accepted links
    graphs: dict[URIRef, Triples] = {}
    for iri, triples in made.items():
        if iri in entities:
            digest = content_hash(triples)
            before = job.previous.get(str(iri), {})
            if job.incremental and before.get("sha256") == digest and before.get("stamped") == _stamped(job, iri):
                staged.unchanged.append(str(iri))  # same content and same provenance stamp
                continue
            entries[str(iri)] = {"sha256": digest}
        else:
            entries[str(iri)] = dict(job.entries[str(iri)])
        graphs[iri] = triples
    if not graphs:
        return staged
    origins: dict[Node, set[str]] = {}
    for iri, triples in graphs.items():
        for subject in {s for s, _, _ in triples}:
            origins.setdefault(subject, set()).update(job.sources[iri])
    data = with_stubs((t for triples in graphs.values() for t in triples), job.stubs)
    lines = {triple: line(triple) for triple in data}  # made once: validated, then written
    report = validate_lines(lines, job.base, {node: tuple(sorted(files)) for node, files in origins.items()})
    staged.violations = len(report.violations)
    staged.path = job.folder / f"batch-{index:06d}.nq"
    rows: list[IndexRow] = []
    with open(staged.path, "w", encoding="utf-8") as output:
        for iri, triples in graphs.items():
            entry = entries[str(iri)]
            _describe(job, iri, triples, entry)
            rows += index_rows(triples, job.base)
            stamps = _stamp(job, iri, entry)
            staged.triples += len(triples) + len(stamps)
            output.write(nquads(iri, triples, lines))
            output.write(nquads(iri, stamps))
    staged.rows = write_rows(job.folder / f"batch-{index:06d}.rows", rows)
    staged.details = job.folder / f"batch-{index:06d}.details"
    with open(staged.details, "wb") as handle:
        pickle.dump((entries, report.findings), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return staged


def read_details(paths: Iterable[Path]) -> Iterator[tuple[dict[str, dict[str, Any]], list[Finding]]]:
    """The manifest entries and the findings of staged batches, a batch at a time."""
    for path in paths:
        with open(path, "rb") as handle:
            yield pickle.load(handle)  # noqa: S301 - written by this build's workers


def _make(job: Job, unit: Unit) -> Triples:
    if unit.kind == "record":
        return job.entities.mapper.record_triples(job.records[unit.key])
    if unit.kind == "rdf":
        return Triples(job.rdf_graphs[unit.key])
    return job.entities.triples(unit.kind, unit.key)


def _describe(job: Job, iri: URIRef, triples: Triples, entry: dict[str, Any]) -> None:
    """The manifest entry of a graph written: hash, minted subjects, indexed resources, sources;
    a graph whose content did not change keeps the time it last changed."""
    prefix = f"{job.base}id/"
    entry.setdefault("sha256", content_hash(triples))
    before = job.previous.get(str(iri), {})
    entry["modified"] = before.get("modified") if before.get("sha256") == entry["sha256"] else None
    subjects = {s for s, _, _ in triples}
    entry["subjects"] = sorted({str(s) for s in subjects if str(s).startswith(prefix)})
    entry["indexed"] = sorted(
        {str(s) for s, p, o in triples if p == RDF.type and o in INDEXED_CLASSES and isinstance(s, URIRef)}
    )
    entry["sources"] = sorted(job.sources[iri])
    entry["stamped"] = _stamped(job, iri)


def _stamped(job: Job, iri: URIRef) -> str:
    return stamped(job.sources[iri], job.hashes)


def stamped(sources: Iterable[str], hashes: Mapping[str, str]) -> str:
    """What a graph's provenance stamp says besides its content: its sources and their hashes."""
    return hashlib.sha256(" ".join(f"{s}={hashes[s]}" for s in sorted(sources)).encode()).hexdigest()


def source_literal(source: str, sha256: str) -> str:
    """How a graph's stamp names one of its sources (dcterms:source)."""
    return f"{source} (sha256 {sha256})"


def _stamp(job: Job, iri: URIRef, entry: dict[str, Any]) -> Triples:
    """Each graph states its own provenance: sources with their hashes, content hash, time."""
    entry["modified"] = entry["modified"] or job.built_at.isoformat()
    stamps = Triples()
    stamps.add((iri, RDF.type, PROV.Entity))
    stamps.add((iri, PROV.wasGeneratedBy, job.activity))
    stamps.add((iri, PROV.generatedAtTime, Literal(entry["modified"], datatype=XSD.dateTime)))
    stamps.add((iri, SCHEMA.sha256, Literal(entry["sha256"])))
    for source in entry["sources"]:
        stamps.add((iri, DCTERMS.source, Literal(source_literal(source, job.hashes[source]))))
    return stamps
