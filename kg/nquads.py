"""Graphs as plain triples, written as N-Triples and N-Quads lines without an rdflib Graph.

A build maps each record to a few dozen triples, hashes, describes, validates and writes them:
an rdflib Graph indexes every triple added three ways and its serializer walks them again, which
was most of a build's time. `Triples` keeps what the mapping adds, once each and in order; the
lines are those rdflib's N-Triples serializer writes for the same terms.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


class Triples:
    """A graph as an ordered set of triples: what the mapping and the link publisher add to."""

    __slots__ = ("_triples",)

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._triples: dict[Triple, None] = dict.fromkeys(triples)

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def graph(self) -> Graph:
        """The same triples as an rdflib Graph."""
        graph = Graph(bind_namespaces="none")
        graph += self  # type: ignore[arg-type]
        return graph


@lru_cache(maxsize=65536)
def _iri(node: URIRef) -> str:
    return node.n3()


def n3(node: Node) -> str:
    """The N3 form of a term (what content hashes are made of); those of IRIs are remembered, as the
    same predicates, classes and linked resources recur in every graph."""
    return _iri(node) if type(node) is URIRef else node.n3()  # type: ignore[attr-defined]


def nt(node: Node) -> str:
    """The N-Triples form of a term, as rdflib's N-Triples serializer writes it."""
    kind = type(node)
    if kind is URIRef:
        return _iri(node)  # type: ignore[arg-type]
    return _quoteLiteral(node) if kind is Literal else node.n3()  # type: ignore[arg-type, attr-defined]


def line(triple: Triple) -> str:
    """`s p o`, to end as a triple (" .") or as a quad (" <graph> .")."""
    return f"{nt(triple[0])} {nt(triple[1])} {nt(triple[2])}"


def nquads(graph_iri: URIRef, triples: Iterable[Triple], lines: Mapping[Triple, str] | None = None) -> str:
    """The triples as N-Quads lines in the named graph `graph_iri` (`lines`: those already made)."""
    suffix = f" {n3(graph_iri)} .\n"
    if lines is None:
        return "".join(line(t) + suffix for t in triples)
    return "".join(lines[t] + suffix for t in triples)


def objects(triples: Iterable[Triple]) -> dict[tuple[Node, Node], list[Node]]:
    """The objects of each (subject, predicate): what a Graph's `objects()` looks up."""
    index: dict[tuple[Node, Node], list[Node]] = {}
    for subject, predicate, value in triples:
        index.setdefault((subject, predicate), []).append(value)
    return index
