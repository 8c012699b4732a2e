"""Matching against a local authority file instead of the web services.

Two forms are read, streamed line by line so a whole bulk file fits:

- N-Triples of the LC NAF in MADS/RDF (id.loc.gov bulk downloads): the authorised and variant
  labels of every personal or corporate name, keyed by the record IRI;
- a Wikidata subset with one entity JSON per line (the dump's per-line shape, brackets and
  trailing commas tolerated), read by the same parser as API answers.

Names are indexed by their words; a subject's candidates are the entries sharing its rarest word.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.plugins.parsers.ntriples import W3CNTriplesParser

from kg.errors import ConfigError
from kg.link import wikidata
from kg.link.identifiers import from_iri
from kg.link.match import Candidate
from kg.link.subjects import Subject
from kg.names import fold

MADS = "http://www.loc.gov/mads/rdf/v1#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
MADS_KINDS = {MADS + "PersonalName": "person", MADS + "CorporateName": "organization"}
FORMATS = (".nt", ".jsonl")


@dataclass
class OfflineAuthority:
    """A local authority file, indexed by name words."""

    path: Path
    authority: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    by_word: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    @property
    def service(self) -> str:
        return f"offline file {self.path.name}"

    def add(self, candidate: Candidate) -> None:
        index = len(self.candidates)
        self.candidates.append(candidate)
        for name in candidate.names:
            for word in fold(name).split():
                self.by_word[word].add(index)

    def search(self, subject: Subject) -> list[Candidate]:
        found: set[int] = set()
        for name in subject.names:
            postings = [self.by_word.get(w, set()) for w in fold(name).split() if len(w) > 1]
            postings = [p for p in postings if p]
            if postings:
                found |= min(postings, key=len)
        return [self.candidates[i] for i in sorted(found)]


def load(path: Path) -> OfflineAuthority:
    """Read an .nt (LC NAF, MADS/RDF) or .jsonl (Wikidata entities) file."""
    if path.suffix not in FORMATS:
        raise ConfigError(f"{path}: an offline authority file is .nt (LC NAF MADS/RDF) or .jsonl (Wikidata entities)")
    try:
        if path.suffix == ".nt":
            return _load_mads(path)
        return _load_wikidata(path)
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the offline authority file ({err.strerror})") from None


class _Sink:
    """Collects labels, variants and types from MADS/RDF triples."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.variants: dict[str, list[str]] = defaultdict(list)
        self.variant_nodes: dict[str, str] = {}  # variant node -> authority IRI
        self.variant_labels: dict[str, str] = {}
        self.kinds: dict[str, str] = {}

    def triple(self, s: URIRef | BNode, p: URIRef, o: URIRef | BNode | Literal) -> None:
        subject, predicate = str(s), str(p)
        if predicate == MADS + "authoritativeLabel" and isinstance(s, URIRef):
            self.labels[subject] = str(o)
        elif predicate == RDF_TYPE and str(o) in MADS_KINDS and isinstance(s, URIRef):
            self.kinds[subject] = MADS_KINDS[str(o)]
        elif predicate == MADS + "hasVariant":
            self.variant_nodes[str(o)] = subject
        elif predicate == MADS + "variantLabel":
            self.variant_labels[subject] = str(o)


def _load_mads(path: Path) -> OfflineAuthority:
    sink = _Sink()
    with path.open("rb") as stream:
        W3CNTriplesParser(sink).parse(stream)  # type: ignore[arg-type]
    for node, record in sink.variant_nodes.items():
        if node in sink.variant_labels:
            sink.variants[record].append(sink.variant_labels[node])
    offline = OfflineAuthority(path, "lcnaf")
    for iri, label in sorted(sink.labels.items()):
        identifier = from_iri(iri)
        if identifier is None or iri not in sink.kinds:
            continue
        offline.add(
            Candidate(
                identifier=identifier,
                label=label,
                service=offline.service,
                names=(label, *sink.variants.get(iri, [])),
                kind=sink.kinds[iri],
            )
        )
    return offline


def _entities(path: Path) -> Iterator[dict]:  # type: ignore[type-arg]
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            text = line.strip().rstrip(",")
            if text in ("", "[", "]"):
                continue
            try:
                yield json.loads(text)
            except ValueError as err:
                raise ConfigError(f"{path}:{number}: not an entity JSON object ({err})") from None


def _load_wikidata(path: Path) -> OfflineAuthority:
    offline = OfflineAuthority(path, "wikidata")
    entities = list(_entities(path))
    labels = {str(e.get("id")): wikidata.label(e) for e in entities}
    for entity in entities:
        candidate = wikidata.candidate(entity, labels, offline.service)
        if candidate is not None:
            offline.add(candidate)
    return offline
