"""The quick start of an incremental build: when the changed record files mention the same people
and organisations as before, read only them and the records of those people and organisations
whose graphs they change, and take every identity from what the served release's build resolved
(kg.resolved). A person or organisation to which the changed records give the same inputs as
before keeps its graph but for the provenance stamp (kg.restamp), so its other records, perhaps
a fifth of the archive for a busy organisation, are not read.

It gives exactly what reading and resolving the whole archive would give, or declines (None) and
the build reads and resolves everything: when a record file was added or removed, a changed file
mentions anyone differently (its signature changed), the accepted links changed, the rules changed,
or the stored identities do not describe the served release.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.config import Settings
from kg.errors import NotConforming
from kg.identity import Entity, Identities, organizations_of
from kg.mapping import Mapper
from kg.record_cache import RecordCache
from kg.records import EventRecord, FileStats, OrganizationRecord, PersonRecord, RecordFile
from kg.resolved import ResolvedStore, fixpoint, signature
from kg.store import ReleaseDirectory
from kg.vocab import SCHEMA, graph_iri, iri_for

if TYPE_CHECKING:
    from kg.build import Prepared
    from kg.lifecycle import Manifest


@dataclass
class QuickStart:
    changed: list[RecordFile]  # the files whose graphs may have changed: changed YAML files, every RDF file
    records: dict[str, EventRecord]  # the changed records and every record of the entities made again
    rdf_graphs: dict[str, Graph]
    identities: Identities  # the entities made again; lookups for every record held
    known_entities: Collection[URIRef]
    stubs: dict[Node, list[tuple[Node, Node, Node]]] = field(default_factory=dict)
    restamped: list[str] = field(default_factory=list)  # entity graphs changed only in provenance (kg.restamp)


def quick_start(
    settings: Settings, previous: Manifest, rules: str, files: list[RecordFile], known: FileStats, links: str
) -> QuickStart | None:
    from kg.build import read_records  # build imports this module

    release = ReleaseDirectory(settings.store).current()
    resolved = ResolvedStore(settings.store)
    if release is None or previous.links != links or not resolved.describes(release.id, rules):
        return None
    if not resolved.same_files(f.relative for f in files):
        return None  # a file added or removed: identities may change
    changed = [f for f in files if f.is_rdf or known.get(f.relative, ("", "", ""))[2] != f.sha256]
    records, rdf_graphs, errors = read_records(changed)
    if errors:
        raise NotConforming("\n".join(["records that cannot be read:", *errors]))
    before = resolved.signatures(records)
    if any(before.get(relative) != signature(record) for relative, record in records.items()):
        return None
    slugs = resolved.slugs(records)
    restamped = _same_inputs(settings, previous, records, slugs, before, known)
    stored = {
        kind: resolved.entities(
            kind, {s for _, found in slugs.values() for s in found[kind].values()} - restamped.get(kind, set())
        )
        for kind in ("person", "organization")
    }
    sources = resolved.files_of({r for entities in stored.values() for _, ms in entities.values() for r, _ in ms})
    needed = set(sources.values()) - set(records)
    wanted = {f.relative: f.sha256 for f in files if f.relative in needed}
    cached = RecordCache(settings.store).records(wanted)
    if len(cached) != len(wanted):
        return None  # the record cache lacks some (it was removed or is unreadable)
    records.update({relative: record for relative, (_, record) in cached.items()})
    identities = _identities(records, {**slugs, **resolved.slugs(cached)}, stored)
    identities.ambiguities = resolved.ambiguities()
    known_entities = _EveryEntity(resolved, settings.base)
    stubs = _stubs(resolved, identities, settings.base)
    restamp = sorted(str(graph_iri(settings.base, kind, slug)) for kind in restamped for slug in restamped[kind])
    return QuickStart(changed, records, rdf_graphs, identities, known_entities, stubs, restamp)


def _same_inputs(
    settings: Settings,
    previous: Manifest,
    records: dict[str, EventRecord],
    slugs: dict[str, tuple[str, dict[str, dict[str, str]]]],
    signatures: dict[str, str],
    known: FileStats,
) -> dict[str, set[str]]:
    """The people and organisations ({kind: slugs}) to which every changed record gives the same
    inputs (Mapper.entity_inputs) as the version the served release was made from: their graphs
    are the same but for their provenance stamp (kg.restamp), and need none of their other records.

    That version comes from the record cache, and counts only when it is what the served record
    graph was made from (its signature and its graph's fingerprint with its hash are the served ones)."""
    from kg.build import record_fingerprint  # build imports this module

    wanted = {relative: known[relative][2] for relative in records if relative in known}
    cached = RecordCache(settings.store).records(wanted)
    lookups = _lookups(records, slugs)
    mapper = Mapper(settings.base, lookups)
    same: set[tuple[str, str]] = set()
    differ: set[tuple[str, str]] = set()
    for relative, record in records.items():
        inputs = mapper.entity_inputs(record)
        was = cached.get(relative, ("", None))[1]
        served = previous.graphs.get(str(graph_iri(settings.base, "event", record.slug)), {}).get("fingerprint")
        if (
            was is None
            or signature(was) != signatures[relative]
            or record_fingerprint(wanted[relative], was, lookups) != served
        ):
            differ.update(inputs)
            continue
        before = mapper.entity_inputs(was)
        for key in inputs.keys() | before.keys():
            (same if inputs.get(key) == before.get(key) else differ).add(key)
    found: dict[str, set[str]] = {}
    for kind, slug in same - differ:
        found.setdefault(kind, set()).add(slug)
    return found


class _EveryEntity(Collection[URIRef]):
    """The graph IRIs of every person and organisation, read when first asked for: only accepted
    links (kg link) need them, and reading them is a good part of a quick start at 100,000 events."""

    def __init__(self, resolved: ResolvedStore, base: str) -> None:
        self.resolved, self.base = resolved, base

    @cached_property
    def _iris(self) -> set[URIRef]:
        every = self.resolved.all_slugs()
        return {graph_iri(self.base, kind, slug) for kind in every for slug in every[kind]}

    def __contains__(self, iri: object) -> bool:
        return iri in self._iris

    def __iter__(self) -> Iterator[URIRef]:
        return iter(self._iris)

    def __len__(self) -> int:
        return len(self._iris)


def _identities(
    records: dict[str, EventRecord],
    slugs: dict[str, tuple[str, dict[str, dict[str, str]]]],
    stored: dict[str, dict[str, tuple[str, list[tuple[str, str]]]]],
) -> Identities:
    """The stored entities with their mentions taken from the records at hand, and the slug of every
    mention of those records."""
    identities = _lookups(records, slugs)
    mention: dict[tuple[str, str, str], PersonRecord | OrganizationRecord] = {}
    for record in records.values():
        for person in record.people:
            mention[("person", record.slug, person.key)] = person
        for org in organizations_of(record):
            mention[("organization", record.slug, org.key)] = org
    for kind, group in (("person", identities.persons), ("organization", identities.organizations)):
        for slug, (_, mentions) in stored[kind].items():
            group[slug] = Entity(kind, slug, [(r, mention[(kind, r, key)]) for r, key in mentions])
    return identities


def _lookups(records: dict[str, EventRecord], slugs: dict[str, tuple[str, dict[str, dict[str, str]]]]) -> Identities:
    """No entities yet, only the slug of every mention of the records."""
    identities = Identities()
    for relative, record in records.items():
        found = slugs[relative][1]
        for person in record.people:
            identities.person_of[(record.slug, person.key)] = found["person"][person.key]
        for org in organizations_of(record):
            identities.organization_of[(record.slug, org.key)] = found["organization"][org.key]
    return identities


def _stubs(resolved: ResolvedStore, identities: Identities, base: str) -> dict[Node, list[tuple[Node, Node, Node]]]:
    """Class and name of every person and organisation the records at hand mention (all that the
    graphs made from them can link to)."""
    stubs: dict[Node, list[tuple[Node, Node, Node]]] = {}
    for kind, cls, index in (
        ("person", SCHEMA.Person, identities.person_of),
        ("organization", SCHEMA.Organization, identities.organization_of),
    ):
        for slug, name in resolved.names(kind, set(index.values())).items():
            iri = iri_for(base, kind, slug)
            stubs[iri] = [(iri, RDF.type, cls), (iri, SCHEMA.name, Literal(name))]
    return stubs


def keep_resolved(store: Path, prepared: Prepared, release: str) -> None:
    """Keep what this build resolved for the next build's quick start, under the id of the release it
    is about to publish (after the record cache, which a quick start reads by key): a quick start
    takes it only while that release is the one served, so a build that dies before its switch
    leaves the next one on the full path."""
    resolved = ResolvedStore(store)
    if not prepared.resolved_all:
        resolved.mark(release)  # the same identities as the release before
        return
    stable = fixpoint(prepared.identities)
    rdf_files = [f for f in prepared.files if f.is_rdf]
    resolved.save(release, prepared.manifest.rules, prepared.records, rdf_files, prepared.identities, stable)
