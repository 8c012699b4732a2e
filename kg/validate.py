"""Runs pyshacl over the mapped graphs and reports one readable line per result.

Each result names the record file(s) its focus node came from, the focus node, the path and the
shape's message, so a librarian can act on it. Violations block publication; warnings do not.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node
from tqdm import tqdm

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


def load_ontology(base: str) -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle", publicID=str(ontology_iri(base)))


def validate_graph(data: Graph, base: str, origins: Mapping[Node, tuple[str, ...]]) -> ValidationReport:
    """Validate one graph; `origins` maps a subject to the record files that stated it."""
    _, results, _ = shacl_validate(
        data,
        shacl_graph=load_shapes(base),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        meta_shacl=False,
        advanced=True,
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
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text[len(base) :]}>" if text.startswith(base) else f"<{text}>"


# --- Validation of many graphs: batches of whole graphs, spread over the cores -----------------

BATCH_TRIPLES = 40_000
_work: dict[str, object] = {}  # what forked workers inherit: the batches, base and origins


def _batches(graphs: list[Graph]) -> list[list[Graph]]:
    """Whole graphs grouped into batches of about BATCH_TRIPLES triples."""
    batches: list[list[Graph]] = [[]]
    size = 0
    for graph in graphs:
        if size and size + len(graph) > BATCH_TRIPLES:
            batches.append([])
            size = 0
        batches[-1].append(graph)
        size += len(graph)
    return batches


def _with_stubs(graphs: list[Graph], base: str, stubs: Mapping[Node, list[tuple[Node, Node, Node]]]) -> Graph:
    """The batch's graphs, plus a stub of every person or organisation they link to but do not
    describe (its classes and name, from `stubs`), so shapes that check linked nodes work on one
    batch without the rest of the dataset.
    """
    union = Graph()
    for graph in graphs:
        union += graph
    described = set(union.subjects())
    for obj in set(union.objects()):
        if obj not in described and obj in stubs:
            for triple in stubs[obj]:
                union.add(triple)
    return union


def _validate_batch(index: int) -> list[Finding]:
    batches, base, origins, stubs = _work["batches"], _work["base"], _work["origins"], _work["stubs"]
    data = _with_stubs(batches[index], base, stubs)  # type: ignore[index,arg-type]
    return validate_graph(data, base, origins).findings  # type: ignore[arg-type]


def validate_graphs(
    graphs: list[Graph],
    base: str,
    origins: Mapping[Node, tuple[str, ...]],
    stubs: Mapping[Node, list[tuple[Node, Node, Node]]] | None = None,
    workers: int | None = None,
    progress: bool = True,
) -> ValidationReport:
    """Validate many graphs batch by batch, on every core, with a progress bar for long runs.

    The cost grows with the number of graphs; each batch holds whole graphs, so every check that
    concerns one record or one person or organisation sees all it needs.
    """
    batches = _batches(graphs)
    workers = min(workers or os.cpu_count() or 1, len(batches))
    load_shapes(base)  # parsed once, before the workers fork
    findings: list[Finding] = []
    bar = tqdm(total=len(batches), desc="validating", unit="batch", disable=None if progress else True, leave=False)
    _work.update(batches=batches, base=base, origins=origins, stubs=stubs or {})
    try:
        if workers <= 1:
            for index in range(len(batches)):
                findings += _validate_batch(index)
                bar.update()
        else:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                for batch_findings in pool.map(_validate_batch, range(len(batches))):
                    findings += batch_findings
                    bar.update()
    finally:
        _work.clear()
        bar.close()
    findings.sort(key=lambda f: (f.severity != "violation", f.sources, f.focus, f.path, f.message))
    return ValidationReport(findings)
