"""Validates mapped graphs against the SHACL shapes and reports one readable line per result.

The engine is pyshacl-turbo (a Rust SHACL engine with pySHACL's API), about five times faster than
pyshacl on our shapes and giving the same results, with one difference handled here (see
`_incomparable`). Each result names the record file(s) its focus node came from, the focus node,
the path and the shape's message, so a librarian can act on it. Violations block publication;
warnings do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyshacl_turbo
from pyshacl_turbo.rdf import Input
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg import nquads
from kg.nquads import Triple
from kg.vocab import ontology_iri, prefixes, shapes_iri

SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True)
class Finding:
    """One SHACL result, in words."""

    severity: str  # violation, warning or info
    sources: tuple[str, ...]  # record files the focus node came from
    focus: str
    path: str
    message: str

    def line(self) -> str:
        shown = ", ".join(self.sources[:3]) + (f" and {len(self.sources) - 3} more" if len(self.sources) > 3 else "")
        where = shown or "(no record)"
        path = f" {self.path}" if self.path else ""
        return f"{self.severity}: {where}: {self.focus}{path}: {self.message}"


@dataclass
class ValidationReport:
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def conforms(self) -> bool:
        return not self.violations


@lru_cache(maxsize=8)
def load_shapes(base: str) -> Graph:
    """Every shapes/*.ttl file, relative IRIs resolved against {base}shapes."""
    graph = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        graph.parse(path, format="turtle", publicID=str(shapes_iri(base)))
    return graph


@lru_cache(maxsize=8)
def compiled_shapes(base: str) -> pyshacl_turbo.CompiledShapes:
    """The shapes compiled once for the engine (before validation workers fork)."""
    return pyshacl_turbo.compile_shapes(load_shapes(base), advanced=True)


def load_ontology(base: str) -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle", publicID=str(ontology_iri(base)))


def validate_graph(data: Graph, base: str, origins: Mapping[Node, tuple[str, ...]]) -> ValidationReport:
    """Validate one graph; `origins` maps a subject to the record files that stated it."""
    return _report(_results(data, base), data.objects, base, origins)


def validate_lines(lines: Mapping[Triple, str], base: str, origins: Mapping[Node, tuple[str, ...]]) -> ValidationReport:
    """Validate distinct triples as one graph, each with its N-Triples line (`nquads.line`): the
    engine parses the lines itself (an rdflib Graph costs more to build and to read than validating it)."""
    text = "".join(f"{line} .\n" for line in lines.values())
    # The engine's own input type: RDF text given to `validate` is first parsed into an rdflib Graph.
    results = _results(Input(text, "nt", None, {}, {}, preserve_ids=True), base)
    index: dict[tuple[Node, Node], list[Node]] = {}

    def objects(subject: Node, predicate: Node) -> Iterable[Node]:
        if not index:  # only results comparing two values look values up
            index.update(nquads.objects(lines))
        return index.get((subject, predicate), ())

    return _report(results, objects, base, origins)


def _results(data: Graph | Input, base: str) -> Graph:
    _, results, _ = compiled_shapes(base).validate(
        data, inference="none", abort_on_first=False, allow_warnings=True, allow_infos=True
    )
    return results


Objects = Callable[[Node, Node], Iterable[Node]]  # the values of (subject, predicate) in the data


def _report(results: Graph, objects: Objects, base: str, origins: Mapping[Node, tuple[str, ...]]) -> ValidationReport:
    namespaces = prefixes(base)
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if _incomparable(objects, results, result, base):
            continue
        severity, focus = results.value(result, SH.resultSeverity), results.value(result, SH.focusNode)
        finding = Finding(
            severity=SEVERITIES.get(severity, "violation") if isinstance(severity, URIRef) else "violation",
            sources=origins.get(focus, ()) if focus is not None else (),
            focus=_short(focus, namespaces, base),
            path=_short(results.value(result, SH.resultPath), namespaces, base),
            message=str(results.value(result, SH.resultMessage) or "does not conform"),
        )
        findings.append(finding)
    findings.sort(key=lambda f: (f.severity != "violation", f.sources, f.focus, f.path, f.message))
    return ValidationReport(findings)


OFFSET = re.compile(r"(Z|[+-][0-9]{2}:[0-9]{2})$")
ORDER_COMPONENTS = {SH.LessThanConstraintComponent, SH.LessThanOrEqualsConstraintComponent}


def _incomparable(objects: Objects, results: Graph, result: Node, base: str) -> bool:
    """A sh:lessThan(OrEquals) result for a pair of values that cannot be compared: a date against a
    date-time, or a date-time with a UTC offset against one without.

    SHACL makes such a pair a violation, and pyshacl-turbo does; pyshacl did not, and our shapes
    rely on that: a start date with an end date-time is compared by day when the record is read
    (kg/records.py), and a date-time without its offset already violates the start and end shapes.
    """
    if results.value(result, SH.sourceConstraintComponent) not in ORDER_COMPONENTS:
        return False
    shapes = load_shapes(base)
    shape = results.value(result, SH.sourceShape)
    other = shapes.value(shape, SH.lessThanOrEquals) or shapes.value(shape, SH.lessThan)
    value = results.value(result, SH.value)
    focus = results.value(result, SH.focusNode)
    if other is None or focus is None or not isinstance(value, Literal):
        return False
    return all(isinstance(bound, Literal) and not _comparable(value, bound) for bound in objects(focus, other))


def _comparable(a: Literal, b: Literal) -> bool:
    if a.datatype != b.datatype:
        return False
    return _has_offset(a) == _has_offset(b)


def _has_offset(value: Literal) -> bool:
    return OFFSET.search(str(value)) is not None


def _short(node: Node | None, namespaces: Mapping[str, str], base: str) -> str:
    """A compact name for a node: schema:name, <id/person/chen-jian>, or '' for none."""
    if node is None:
        return ""
    if not isinstance(node, URIRef):
        return "[blank node]"
    text = str(node)
    for prefix, namespace in namespaces.items():
        if text.startswith(namespace) and prefix != "shape":
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text[len(base) :]}>" if text.startswith(base) else f"<{text}>"


def with_stubs(triples: Iterable[Triple], stubs: Mapping[Node, list[Triple]]) -> dict[Triple, None]:
    """The triples, once each, plus a stub of every person or organisation they link to but do not
    describe (its classes and name, from `stubs`), so shapes that check linked nodes work on a
    batch of graphs without the rest of the dataset.
    """
    union = dict.fromkeys(triples)
    described = {s for s, _, _ in union}
    for value in {o for _, _, o in union}:
        if value not in described and value in stubs:
            union.update(dict.fromkeys(stubs[value]))
    return union
