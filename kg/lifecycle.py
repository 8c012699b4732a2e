"""The life of IRIs across releases: what each release published, and what changed since the last.

Each release keeps a manifest (published/{id}/manifest.sqlite, kg.manifest_db): every named graph with a content
hash, the time its content last changed and the minted IRIs it describes; the names behind every
person and organisation slug; tombstones of withdrawn IRIs; merges of IRIs found to be one.
Comparing it with the next build gives stable IRIs, tombstones (410), merges (301) and the
change feed (Activity Streams 2.0 Create / Update / Delete / Move).
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDFS, XSD
from rdflib.term import Node

from kg import manifest_db
from kg.identity import Identities
from kg.manifest_db import Overlay, Table, every_row
from kg.names import Match, compare
from kg.nquads import n3 as _n3
from kg.vocab import graph_iri, iri_for

MANIFEST = "manifest.pickle"  # in a release's artifacts folder


@dataclass
class Manifest:
    # the keyed parts are dicts, or read by key from a stored manifest (kg.manifest_db)
    graphs: MutableMapping[str, dict[str, Any]] = field(default_factory=dict)  # iri -> sha256, modified, subjects
    people: Mapping[str, list[str]] = field(default_factory=dict)  # slug -> names
    organizations: Mapping[str, list[str]] = field(default_factory=dict)
    tombstones: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> date, reason
    merges: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> into, date
    rules: str = ""  # fingerprint of the shapes, ontology and software the release was built with
    links: str = ""  # SHA-256 of the review file whose accepted links the release publishes
    index: MutableMapping[str, str] = field(default_factory=dict)  # minted IRI -> the graph describing it

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """The manifest a release was published with (in its artifacts folder): its keyed parts read
        by key from SQLite (kg.manifest_db), or whole from the files of earlier versions."""
        stored = manifest_db.load(folder)
        if stored is not None:
            index = stored.pop("subjects")
            return cls(**stored, index=index)
        try:
            with open(folder / MANIFEST, "rb") as handle:
                gc.disable()  # hundreds of thousands of small dicts: the collector would run for nothing
                try:
                    return cls(**pickle.load(handle))  # noqa: S301 - written by kg build, in its own store
                finally:
                    gc.enable()
        except FileNotFoundError:
            pass
        try:
            return cls(**json.loads((folder / "manifest.json").read_text()))  # written by earlier versions
        except FileNotFoundError:
            return cls()

    def save(self, folder: Path) -> None:
        """In SQLite: only what changed when this manifest is the served one's with a few changes
        (kg.manifest_db)."""
        manifest_db.save(folder, {**vars(self), "subjects": self.subjects()})

    def read_whole(self) -> Manifest:
        """This manifest with every part in memory: for a build that reads all of it."""
        return replace(
            self,
            graphs=every_row(self.graphs),
            people=every_row(self.people),
            organizations=every_row(self.organizations),
            index=every_row(self.subjects()),
        )

    def subjects(self) -> MutableMapping[str, str]:
        """Every minted IRI published, with the graph describing it (kept in `index`, and made
        from the graphs' entries for a manifest written before it was)."""
        if isinstance(self.index, dict) and not self.index and self.graphs:
            self.index = {s: g for g, entry in self.graphs.items() for s in entry["subjects"]}
        return self.index

    def reindex(self, previous: Manifest, touched: set[str]) -> None:
        """This manifest's index: the previous one with the subjects of the `touched` graphs
        (changed, new or gone) replaced by what their new entries list (on top of the stored
        one when it is read by key: a build that changed a few graphs reads a few rows)."""
        before = previous.subjects()
        index: MutableMapping[str, str] = Overlay(before) if isinstance(before, Table) else dict(before)
        for graph in touched:
            for subject in previous.graphs.get(graph, {}).get("subjects", ()):
                if index.get(subject) == graph:
                    del index[subject]
        for graph in sorted(touched & self.graphs.keys()):
            index.update(dict.fromkeys(self.graphs[graph]["subjects"], graph))
        self.index = index


def content_hash(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """A hash of a graph's triples (a Graph or any iterable of distinct triples) that does not depend
    on blank node labels (tree-shaped bnodes)."""
    named: list[tuple[Node, Node, Node]] = []
    blank: dict[Node, list[tuple[Node, Node]]] = {}
    for triple in triples:
        if isinstance(triple[0], BNode):
            blank.setdefault(triple[0], []).append((triple[1], triple[2]))
        else:
            named.append(triple)

    def term(node: Node, depth: int = 0) -> str:
        if isinstance(node, BNode):
            if depth > 8:
                return "_:deep"
            inner = sorted(f"{_n3(p)} {term(o, depth + 1)}" for p, o in blank.get(node, ()))
            return "[" + "; ".join(inner) + "]"
        return _n3(node)

    lines = sorted(f"{term(s)} {_n3(p)} {term(o)}" for s, p, o in named)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


@dataclass
class Changes:
    activities: list[dict[str, Any]]
    tombstones: dict[str, dict[str, str]]
    merges: dict[str, dict[str, str]]


def compare_releases(
    previous: Manifest,
    current: Manifest,
    base: str,
    built_at: datetime,
    merged_into: dict[str, str],
    touched: set[str] | None = None,
) -> Changes:
    """Create / Update / Delete / Move activities, and the tombstones and merges carried forward.

    `touched` are the graphs whose entries differ between the two manifests (None: any may). Only
    the IRIs those graphs list, before or now, can have changed, so only those are compared."""
    when = built_at.isoformat()
    touched = set(previous.graphs) | set(current.graphs) if touched is None else touched
    current.reindex(previous, touched)
    before, after = previous.subjects(), current.subjects()
    changed_graphs = {
        g
        for g in touched
        if g in current.graphs and previous.graphs.get(g, {}).get("sha256") != current.graphs[g]["sha256"]
    }
    listed = {s for g in touched for m in (previous, current) for s in m.graphs.get(g, {}).get("subjects", ())}
    activities = [_activity("Create", s, when) for s in sorted(listed) if s in after and s not in before]
    activities += [
        _activity("Update", s, when)
        for s in sorted(listed)
        if s in after and s in before and after[s] in changed_graphs
    ]
    tombstones = {iri: t for iri, t in previous.tombstones.items() if iri not in after}
    merges = {iri: m for iri, m in previous.merges.items() if iri not in after}
    for iri in sorted(s for s in listed if s in before and s not in after):
        survivor = merged_into.get(iri)
        if survivor and survivor in after:
            merges[iri] = {"into": survivor, "date": when}
            activities.append({**_activity("Move", iri, when), "target": survivor})
        else:
            tombstones[iri] = {"date": when, "reason": f"withdrawn: no longer in {before[iri]}"}
            activities.append(_activity("Delete", iri, when))
    return Changes(activities, tombstones, merges)


def _activity(kind: str, iri: str, when: str) -> dict[str, Any]:
    return {"type": kind, "object": iri, "published": when}


def merged_person_iris(previous: Manifest, identities: Identities, base: str) -> dict[str, str]:
    """Earlier person IRIs that are gone now but whose names belong to a current person."""
    merged: dict[str, str] = {}
    for old_slug, old_names in previous.people.items():
        if old_slug in identities.persons:
            continue
        matches = {
            slug
            for slug, entity in identities.persons.items()
            if any(
                compare(a, b) is Match.SAME for a in old_names for b in {n for _, m in entity.mentions for n in m.names}
            )
        }
        if len(matches) == 1:
            merged[str(iri_for(base, "person", old_slug))] = str(iri_for(base, "person", matches.pop()))
    return merged


def lifecycle_graph(changes: Changes, base: str) -> tuple[URIRef, Graph]:
    """Tombstones and merges as RDF: prov:invalidatedAtTime, and owl:sameAs to the survivor."""
    graph = Graph()
    for iri, tombstone in changes.tombstones.items():
        graph.add((URIRef(iri), PROV.invalidatedAtTime, Literal(tombstone["date"], datatype=XSD.dateTime)))
        graph.add((URIRef(iri), RDFS.comment, Literal(tombstone["reason"])))
    for iri, merge in changes.merges.items():
        graph.add((URIRef(iri), OWL.sameAs, URIRef(merge["into"])))
        graph.add((URIRef(iri), PROV.invalidatedAtTime, Literal(merge["date"], datatype=XSD.dateTime)))
    return graph_iri(base, "lifecycle", "withdrawn"), graph
