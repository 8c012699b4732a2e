"""Runs pyshacl over the mapped graphs and reports one readable line per result.

Each result names the record file(s) its focus node came from, the focus node, the path and the
shape's message, so a librarian can act on it. Violations block publication; warnings do not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.vocab import prefixes, shapes_iri

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
        where = ", ".join(self.sources) or "(no record)"
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


def load_ontology(base: str) -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle", publicID=f"{base}ontology")


def validate_graph(data: Graph, base: str, origins: Mapping[Node, tuple[str, ...]]) -> ValidationReport:
    """Validate one graph; `origins` maps a subject to the record files that stated it."""
    _, results, _ = shacl_validate(
        data, shacl_graph=load_shapes(base), inference="none", abort_on_first=False,
        allow_warnings=True, meta_shacl=False, advanced=True,
    )
    namespaces = prefixes(base)
    findings = [
        Finding(
            severity=SEVERITIES.get(results.value(result, SH.resultSeverity), "violation"),
            sources=origins.get(results.value(result, SH.focusNode), ()),
            focus=_short(results.value(result, SH.focusNode), namespaces, base),
            path=_short(results.value(result, SH.resultPath), namespaces, base),
            message=str(results.value(result, SH.resultMessage) or "does not conform"),
        )
        for result in results.subjects(RDF.type, SH.ValidationResult)
    ]
    findings.sort(key=lambda f: (f.severity != "violation", f.sources, f.focus, f.path, f.message))
    return ValidationReport(findings)


def _short(node: Node | None, namespaces: Mapping[str, str], base: str) -> str:
    """A compact name for a node: schema:name, <id/person/chen-jian>, or '' for none."""
    if node is None:
        return ""
    if not isinstance(node, URIRef):
        return "[blank node]"
    text = str(node)
    for prefix, namespace in namespaces.items():
        if text.startswith(namespace) and prefix != "shape":
            return f"{prefix}:{text[len(namespace):]}"
    return f"<{text[len(base):]}>" if text.startswith(base) else f"<{text}>"
