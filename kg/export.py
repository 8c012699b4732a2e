"""What a release publishes besides its graph: dumps with checksums, the VoID/DCAT description,
and a search index for browsing by year and topic and searching names and titles.
"""

from __future__ import annotations

import json
import pickle
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, XSD
from rdflib.term import Node

from kg.config import Settings
from kg.vocab import SCHEMA, graph_iri, iri_for, kg_namespace

VOID = Namespace("http://rdfs.org/ns/void#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DUMPS = (("dataset.nq.gz", "application/n-quads"), ("dataset.ttl.gz", "text/turtle"))
AUTHORITIES = {  # host of a sameAs target -> the authority's name
    "www.wikidata.org": "Wikidata",
    "viaf.org": "VIAF",
    "id.loc.gov": "Library of Congress Name Authority File",
    "orcid.org": "ORCID",
    "isni.org": "ISNI",
}


def dataset_iri(base: str) -> URIRef:
    return iri_for(base, "dataset", "main")


def void_graph(counts: dict[str, Any], settings: Settings, release_id: str, built_at: datetime) -> Graph:
    """VoID + DCAT description of the dataset from the store's own counts (kg.store.dataset_counts),
    so its figures equal what /sparql counts."""
    base, dataset = settings.base, dataset_iri(settings.base)
    void = Graph()
    add = void.add
    for prefix, namespace in (("void", VOID), ("dcat", DCAT), ("dcterms", DCTERMS), ("schema", SCHEMA)):
        void.bind(prefix, namespace)
    add((dataset, RDF.type, VOID.Dataset))
    add((dataset, RDF.type, DCAT.Dataset))
    add((dataset, DCTERMS.title, Literal(settings.title)))
    add((dataset, DCTERMS.license, URIRef(settings.license)))
    publisher = URIRef(f"{dataset}#publisher")
    add((dataset, DCTERMS.publisher, publisher))
    add((publisher, RDF.type, FOAF.Organization))
    add((publisher, FOAF.name, Literal(settings.publisher)))
    add((publisher, FOAF.mbox, URIRef(settings.contact)))
    add((dataset, DCAT.contactPoint, publisher))
    add((dataset, DCTERMS.modified, Literal(built_at.isoformat(), datatype=XSD.dateTime)))
    add((dataset, OWL.versionInfo, Literal(release_id)))
    add((dataset, VOID.sparqlEndpoint, URIRef(f"{base}sparql")))
    add((dataset, VOID.uriSpace, Literal(f"{base}id/")))
    add((dataset, VOID.rootResource, URIRef(base)))
    for vocabulary in (str(SCHEMA), str(kg_namespace(base)), "http://www.w3.org/ns/prov#", str(DCTERMS)):
        add((dataset, VOID.vocabulary, URIRef(vocabulary)))
    if counts["latest"]:
        add((dataset, VOID.exampleResource, URIRef(counts["latest"])))
    for name, media_type in DUMPS:
        url = URIRef(f"{base}dumps/{release_id}/{name}")
        add((dataset, VOID.dataDump, url))
        distribution = URIRef(f"{url}#distribution")
        add((dataset, DCAT.distribution, distribution))
        add((distribution, RDF.type, DCAT.Distribution))
        add((distribution, DCAT.downloadURL, url))
        add((distribution, DCAT.mediaType, Literal(media_type)))
        add((distribution, DCAT.compressFormat, Literal("application/gzip")))
    _partitions(void, dataset, counts["classes"])
    _linksets(void, dataset, counts["links"])
    add((dataset, VOID.entities, Literal(counts["entities"])))
    add((dataset, VOID.distinctSubjects, Literal(counts["subjects"])))
    add((dataset, VOID.properties, Literal(counts["properties"])))
    own = len(void) + 1  # the void:triples statement itself
    add((dataset, VOID.triples, Literal(counts["triples"] + own)))
    return void


def _partitions(void: Graph, dataset: URIRef, classes: dict[str, int]) -> None:
    """One class partition per class with its entity count."""
    for cls, count in sorted(classes.items()):
        partition = URIRef(f"{dataset}#class-{cls.rsplit('/', 1)[-1].rsplit('#', 1)[-1]}")
        void.add((dataset, VOID.classPartition, partition))
        void.add((partition, VOID["class"], URIRef(cls)))
        void.add((partition, VOID.entities, Literal(count)))


def _linksets(void: Graph, dataset: URIRef, per_host: dict[str, int]) -> None:
    """One void:Linkset per authority linked to with schema:sameAs (`per_host`: links per host)."""
    for host, count in sorted((h, c) for h, c in per_host.items() if h):
        linkset = URIRef(f"{dataset}#links-{host}")
        void.add((dataset, VOID.subset, linkset))
        void.add((linkset, RDF.type, VOID.Linkset))
        void.add((linkset, VOID.linkPredicate, SCHEMA.sameAs))
        void.add((linkset, VOID.subjectsTarget, dataset))
        void.add((linkset, VOID.objectsTarget, URIRef(f"https://{host}/")))
        void.add((linkset, DCTERMS.title, Literal(f"Links to {AUTHORITIES.get(host, host)}")))
        void.add((linkset, VOID.triples, Literal(count)))


def void_graph_iri(base: str) -> URIRef:
    return graph_iri(base, "dataset", "main")


INDEX_TABLES = """
-- id (also the rowid of the full-text row) is search_id(): searching lists the highest ids first.
CREATE TABLE resources (id INTEGER PRIMARY KEY, iri TEXT UNIQUE, kind TEXT, label TEXT, start TEXT, year INTEGER);
CREATE TABLE topics (topic TEXT, iri TEXT);
CREATE TABLE pages (iri TEXT PRIMARY KEY, modified TEXT);
CREATE VIRTUAL TABLE search USING fts5 (
    iri UNINDEXED, kind UNINDEXED, label, names, tokenize = 'unicode61 remove_diacritics 2');
-- The events of a person (one row per participation: role and stated affiliation) or of an
-- organisation (one row per event it organised or sponsored, no role), newest first: a page of
-- them and their number are one range of involvement_entity, however many events there are.
CREATE TABLE involvement (entity TEXT, event TEXT, start TEXT, role TEXT, org TEXT);
-- The people affiliated with or working for an organisation, by name.
CREATE TABLE members (org TEXT, person TEXT, name TEXT);
-- Counted when the index is written, so that the page of a person or an organisation with
-- thousands of events reads one row for each: per entity its involvement and members rows, and
-- per person each organisation they were introduced with at events (first, last time, how often).
CREATE TABLE tallies (entity TEXT PRIMARY KEY, events INTEGER, members INTEGER) WITHOUT ROWID;
CREATE TABLE affiliations (
    person TEXT, org TEXT, "from" TEXT, "to" TEXT, events INTEGER, PRIMARY KEY (person, org)) WITHOUT ROWID;
"""
# Made after the rows of a new index (four times quicker than keeping them up to date row by row).
INDEX_INDEXES = """
CREATE INDEX topics_iri ON topics (iri);
CREATE INDEX resources_year ON resources (year, kind, start);
CREATE INDEX resources_start ON resources (start);
CREATE INDEX resources_kind ON resources (kind);
CREATE INDEX topics_topic ON topics (topic);
CREATE INDEX involvement_entity ON involvement (entity, start DESC, event, role, org);
CREATE INDEX involvement_event ON involvement (event);
CREATE INDEX members_org ON members (org, name, person);
CREATE INDEX members_person ON members (person);
"""


@dataclass(frozen=True)
class Involvement:
    """A person's part in an event (role IRI, stated affiliation), or an organisation's (no role)."""

    entity: str
    role: str | None = None
    org: str | None = None


@dataclass(frozen=True)
class IndexRow:
    """What the search index keeps of one event, person, organisation or report."""

    iri: str
    kind: str
    label: str
    names: str  # alternate and former names, space-separated
    start: str | None
    topics: tuple[str, ...]
    involved: tuple[Involvement, ...] = ()  # of an event: its participants, organisers and sponsors
    member_of: tuple[str, ...] = ()  # of a person: the organisations they are affiliated with or work for

    @property
    def year(self) -> int | None:
        return int(self.start[:4]) if self.start is not None else None


INDEXED_KINDS = {
    "event": SCHEMA.Event,
    "person": SCHEMA.Person,
    "organization": SCHEMA.Organization,
    "report": SCHEMA.Report,
}


Described = dict[Node, dict[Node, list[Node]]]  # subject -> predicate -> values, in record order


def index_rows(triples: Iterable[tuple[Node, Node, Node]], base: str) -> list[IndexRow]:
    """The rows of the search index a graph's triples give (read where the graph is made, in a build worker)."""
    former_name = kg_namespace(base).formerName
    described: Described = {}
    for subject, predicate, value in triples:
        described.setdefault(subject, {}).setdefault(predicate, []).append(value)
    rows = []
    for kind, cls in INDEXED_KINDS.items():
        for subject, values in described.items():
            if cls not in values.get(RDF.type, ()):
                continue
            names = [str(n) for n in (*values.get(SCHEMA.alternateName, ()), *values.get(former_name, ()))]
            start = values.get(SCHEMA.startDate)
            rows.append(
                IndexRow(
                    str(subject),
                    kind,
                    _label(values.get(SCHEMA.name, [])),
                    " ".join(names),
                    str(start[0]) if start else None,
                    tuple(str(t) for t in values.get(SCHEMA.keywords, ())),
                    _involved(described, subject, base) if kind == "event" and start else (),
                    _member_of(values) if kind == "person" else (),
                )
            )
    return rows


def _label(names: list[Node]) -> str:
    """One name for the index, the same whatever order the triples came in (a record read from
    Turtle arrives in rdflib's order): an untagged name first, then English, then by language."""
    if not names:
        return ""

    def preference(name: Node) -> tuple[int, str, str]:
        language = getattr(name, "language", None) or ""
        return (0 if not language else 1 if language.lower().startswith("en") else 2, language, str(name))

    return str(min(names, key=preference))


def _involved(described: Described, event: Node, base: str) -> tuple[Involvement, ...]:
    """Who took part in an event (once per participation and stated affiliation, as a SPARQL
    join gives them) and which organisations organised or sponsored it (once each)."""
    kg = kg_namespace(base)
    found: list[Involvement] = []
    for participation in described[event].get(kg.participation, ()):
        part = described.get(participation, {})
        orgs: list[str | None] = [str(o) for o in part.get(kg.statedAffiliation, ())] or [None]
        for person in part.get(kg.participant, ()):
            found += [Involvement(str(person), str(role), org) for role in part.get(kg.role, ()) for org in orgs]
    hosts = {str(o) for p in (SCHEMA.organizer, SCHEMA.sponsor) for o in described[event].get(p, ())}
    return tuple(sorted(set(found), key=_involvement_key)) + tuple(Involvement(org) for org in sorted(hosts))


def _involvement_key(item: Involvement) -> tuple[str, str, str]:
    return item.entity, item.role or "", item.org or ""


def _member_of(values: dict[Node, list[Node]]) -> tuple[str, ...]:
    return tuple(sorted({str(o) for p in (SCHEMA.affiliation, SCHEMA.worksFor) for o in values.get(p, ())}))


class StagedRows:
    """The index rows build workers wrote, one file per batch, read back a batch at a time (held
    all at once, those of 100,000 events took hundreds of MB)."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.paths = sorted(paths)

    def __iter__(self) -> Iterator[IndexRow]:
        for path in self.paths:
            with open(path, "rb") as handle:
                yield from pickle.load(handle)  # noqa: S301 - written by this build's workers


def write_rows(path: Path, rows: list[IndexRow]) -> Path:
    """Write a batch's index rows for StagedRows."""
    with open(path, "wb") as handle:
        pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def update_search_index(
    path: Path,
    before: Path | None,
    previous: Any,
    manifest: Any,
    changed: set[str],
    removed: set[str],
    rows: Iterable[IndexRow],
) -> None:
    """The release's SQLite index: events by year and topic, full-text names and titles, and every
    minted IRI with the time its description last changed (for the sitemap).

    `rows` are those of the `changed` graphs (read twice for a new index). Starts from the served
    release's index when there is one, and replaces only the rows of the graphs that changed or
    went away (`removed`).
    """
    path.unlink(missing_ok=True)
    stale = {
        s
        for g in changed | removed
        for e in [previous.graphs.get(g, {})]
        for s in (*e.get("subjects", ()), *e.get("indexed", ()))
    }
    # `rows` cover only the changed graphs: a new index only when every graph changed (a first or
    # full build), else the served one edited, or the unchanged graphs' rows would be lost.
    reuse = before is not None and before.is_file() and any(g not in changed for g in manifest.graphs)
    if reuse:
        shutil.copyfile(before, path)  # type: ignore[arg-type]
    connection = sqlite3.connect(path)
    with connection:
        if not reuse:
            connection.executescript(INDEX_TABLES)
        connection.executescript(STAGING)
        if reuse:
            _forget(connection, sorted(stale))
            for row in rows:
                _forget(connection, [row.iri])  # a resource described again replaces its earlier rows
                _index(connection, row)
        else:
            _index_each_once(connection, rows)
        _write_search(connection)
        pages = ((s, manifest.graphs[g]["modified"]) for g in changed for s in manifest.graphs[g]["subjects"])
        connection.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?)", pages)
    if not reuse:
        connection.executescript(INDEX_INDEXES)
    with connection:
        _tally(connection, everything=not reuse)
    connection.close()


def _index_each_once(connection: sqlite3.Connection, rows: Iterable[IndexRow]) -> None:
    """A new index: of a resource described twice, the last row, numbered in the order resources
    first appear (without holding every row: a first pass over them finds the numbers)."""
    ids: dict[str, int] = {}
    last: dict[str, int] = {}
    for position, row in enumerate(rows):
        ids.setdefault(row.iri, len(ids) + 1)
        last[row.iri] = position
    for position, row in enumerate(rows):
        if last[row.iri] == position:
            _index(connection, row, ids[row.iri])


def _forget(connection: sqlite3.Connection, iris: list[str]) -> None:
    """Remove resources from every table (their full-text rows in _write_search)."""
    rows = [(iri,) for iri in iris]
    connection.executemany("INSERT OR IGNORE INTO search_gone SELECT id FROM resources WHERE iri = ?", rows)
    connection.executemany("DELETE FROM search_staged WHERE id = (SELECT id FROM resources WHERE iri = ?)", rows)
    for table in ("resources", "topics", "pages"):
        connection.executemany(f"DELETE FROM {table} WHERE iri = ?", rows)
    connection.executemany("INSERT OR IGNORE INTO touched SELECT entity FROM involvement WHERE event = ?", rows)
    connection.executemany("INSERT OR IGNORE INTO touched SELECT org FROM members WHERE person = ?", rows)
    connection.executemany("DELETE FROM involvement WHERE event = ?", rows)
    connection.executemany("DELETE FROM members WHERE person = ?", rows)


def _index(connection: sqlite3.Connection, row: IndexRow, number: int | None = None) -> None:
    inserted = connection.execute(
        "INSERT INTO resources (id, iri, kind, label, start, year) VALUES (?, ?, ?, ?, ?, ?)",
        (_search_id(connection, row, number), row.iri, row.kind, row.label, row.start, row.year),
    )
    connection.execute(
        "INSERT INTO search_staged (id, iri, kind, label, names) VALUES (?, ?, ?, ?, ?)",
        (inserted.lastrowid, row.iri, row.kind, row.label, row.names),
    )
    connection.executemany("INSERT INTO topics VALUES (?, ?)", [(topic, row.iri) for topic in row.topics])
    connection.executemany(
        "INSERT INTO involvement VALUES (?, ?, ?, ?, ?)",
        [(item.entity, row.iri, row.start, item.role, item.org) for item in row.involved],
    )
    connection.executemany("INSERT INTO members VALUES (?, ?, ?)", [(org, row.iri, row.label) for org in row.member_of])
    touched = {item.entity for item in row.involved} | set(row.member_of)
    connection.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(entity,) for entity in touched])


def _tally(connection: sqlite3.Connection, everything: bool) -> None:
    """Count again the tallies and affiliations of the entities an edit touched (or of all)."""
    only = "" if everything else " AND entity IN (SELECT entity FROM touched)"
    if not everything:
        connection.execute("DELETE FROM tallies WHERE entity IN (SELECT entity FROM touched)")
        connection.execute("DELETE FROM affiliations WHERE person IN (SELECT entity FROM touched)")
    connection.execute(
        "INSERT INTO tallies SELECT entity, SUM(events), SUM(members) FROM ("
        f"  SELECT entity, COUNT(*) AS events, 0 AS members FROM involvement WHERE 1{only} GROUP BY entity"
        "  UNION ALL"
        f"  SELECT org AS entity, 0, COUNT(*) FROM members WHERE 1{only.replace('entity IN', 'org IN')} GROUP BY org"
        ") GROUP BY entity"
    )
    connection.execute(
        "INSERT INTO affiliations SELECT entity, org, MIN(start), MAX(start), COUNT(*) FROM involvement "
        f"WHERE org IS NOT NULL{only} GROUP BY entity, org"
    )


# Full-text rows are written at the end, deletions then insertions each in rowid order: FTS5 writes
# out its pending rows whenever a rowid is lower than the one before, and search ids follow no
# order of the build (a segment per row made a new index many times slower).
STAGING = """
CREATE TEMP TABLE search_staged (id INTEGER PRIMARY KEY, iri TEXT, kind TEXT, label TEXT, names TEXT);
CREATE TEMP TABLE search_gone (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE touched (entity TEXT PRIMARY KEY);  -- entities whose tallies an edit changes
"""


def _write_search(connection: sqlite3.Connection) -> None:
    gone = connection.execute("SELECT id FROM search_gone ORDER BY id").fetchall()
    connection.executemany("DELETE FROM search WHERE rowid = ?", gone)
    connection.execute(
        "INSERT INTO search (rowid, iri, kind, label, names) SELECT id, iri, kind, label, names FROM search_staged "
        "ORDER BY id"
    )


# The order in which a search meets its matches (resources.id, highest first): people and
# organisations, then events newest first, then the rest. FTS5 reads a match list in rowid order and
# can stop early, so ranking the first few thousand of a common word's matches costs the same at
# any size of archive (server/index.py search()).
SEARCH_TIERS = {"person": 3, "organization": 3, "event": 2}
SEQUENCE_BITS = 32  # below the order key: tells apart resources of the same kind and day


def search_order(row: IndexRow) -> int:
    """The order key of a row: its kind's tier, then its start day (events)."""
    return (SEARCH_TIERS.get(row.kind, 1) << 22 | _day(row.start)) << SEQUENCE_BITS


def _day(start: str | None) -> int:
    """Days from 1 January of year 1 to a start (xsd:date, xsd:dateTime; a bare year its first day)."""
    if not start:
        return 0
    try:
        return date.fromisoformat(start[:10]).toordinal()
    except ValueError:
        return date(max(1, int(start[:4])), 1, 1).toordinal() if start[:4].isdigit() else 0


def _search_id(connection: sqlite3.Connection, row: IndexRow, number: int | None) -> int:
    """The row's id: its order key plus its number in a new index, else the next free one of the key."""
    key = search_order(row)
    if number is None:
        number = connection.execute(
            "SELECT COALESCE(MAX(id), ?) - ? + 1 FROM resources WHERE id >= ? AND id < ?",
            (key, key, key, key + (1 << SEQUENCE_BITS)),
        ).fetchone()[0]
    return key | number


def write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1))
