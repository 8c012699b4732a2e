"""Person and organisation graphs whose content a change leaves as it was, though one of their
sources changed (a record naming an organisation edited elsewhere, see kg.quick): their provenance
stamp is rewritten in place in the new release instead of the graph being made again from every
record naming it. The graph is then what making it again writes: the changed sources with their
new hashes, and this build as the activity that generated it (its content hash and modification
time stay, as for any graph whose content is unchanged).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV

from kg.stage import source_literal

SOURCE = ox.NamedNode(str(DCTERMS.source))
GENERATED_BY = ox.NamedNode(str(PROV.wasGeneratedBy))


def restamp(store: ox.Store, graphs: Iterable[str], hashes: Mapping[str, tuple[str, str]], activity: str) -> None:
    """Name the sources in `hashes` (record file -> its hash before, its hash now) with their new
    hashes in each of `graphs` that names them, and `activity` as the build that generated them."""
    for name in graphs:
        graph = ox.NamedNode(name)
        for source, (before, now) in hashes.items():
            stamp = ox.Quad(graph, SOURCE, ox.Literal(source_literal(source, before)), graph)
            if stamp in store:  # a lookup: a busy organisation's graph names a fifth of the archive
                store.remove(stamp)
                store.add(ox.Quad(graph, SOURCE, ox.Literal(source_literal(source, now)), graph))
        for quad in list(store.quads_for_pattern(graph, GENERATED_BY, None, graph)):
            store.remove(quad)
        store.add(ox.Quad(graph, GENERATED_BY, ox.NamedNode(activity), graph))
