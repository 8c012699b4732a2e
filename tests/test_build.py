"""The validation gate: a violating record publishes nothing and the served graph stays as it was."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, URIRef

from kg.build import build, read_records, rules_fingerprint
from kg.errors import NotConforming, StoreError
from kg.record_cache import RecordCache
from kg.records import find_record_files
from kg.resolved import ResolvedStore
from kg.store import ReleaseDirectory, dataset_counts
from kg.vocab import SCHEMA
from tests.conftest import LiveServer, settings_for

QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://schema.org/Event> }"


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_") and k != "PORT"}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def events_served(url: str) -> int:
    r = requests.post(
        f"{url}/sparql", data={"query": QUERY}, headers={"Accept": "application/sparql-results+json"}, timeout=10
    )
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


BAD_END = "name: Broken\nstart: 2020-01-02T10:00:00+00:00\nend: 2020-01-01T10:00:00+00:00\n"
NO_NAME = "start: 2020-01-02\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BAD_END, "broken.yaml: end: 2020-01-01T10:00:00+00:00 is before the start 2020-01-02T10:00:00+00:00"),
        (NO_NAME, "broken.yaml: name: is required"),
    ],
)
def test_violation_exits_1_names_the_file_and_keeps_serving(
    records_copy: Path, tmp_path: Path, text: str, message: str
) -> None:
    store = tmp_path / "store"
    result = kg("build", "--records", str(records_copy), "--store", str(store), "--base", "http://kg.test/")
    assert result.returncode == 0, result.stderr
    server = LiveServer(settings_for(records_copy, store))
    try:
        assert events_served(server.url) == 2
        (records_copy / "broken.yaml").write_text(text)
        failed = kg("build", "--records", str(records_copy), "--store", str(store), "--base", "http://kg.test/")
        assert failed.returncode == 1
        assert message in failed.stderr
        assert "nothing was published" in failed.stderr or "cannot be read" in failed.stderr
        assert events_served(server.url) == 2
        (records_copy / "broken.yaml").unlink()
        (records_copy / "extra.yaml").write_text("name: Extra\nstart: 2021-05-05\n")
        assert (
            kg("build", "--records", str(records_copy), "--store", str(store), "--base", "http://kg.test/").returncode
            == 0
        )
        assert events_served(server.url) == 3  # the server follows the new release
    finally:
        server.stop()


def test_validate_publishes_nothing(records_copy: Path, tmp_path: Path) -> None:
    result = kg("validate", "--records", str(records_copy), "--store", str(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    assert "validated: 1 records" in result.stdout
    assert "warning: 2003-07-29-uneasy-allies.yaml" in result.stderr
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq"])
def test_dump_writes_the_graph_and_leaves_the_store_alone(records_copy: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    result = kg(
        "build",
        "--records",
        str(records_copy),
        "--store",
        str(tmp_path / "store"),
        "--base",
        "http://kg.test/",
        "--dump",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "store").exists()
    if suffix == ".nq":
        from rdflib import Dataset

        dataset = Dataset()
        dataset.parse(out, format="nquads")
        assert any("graph/event/2003-07-29-uneasy-allies" in str(g.identifier) for g in dataset.graphs())
    else:
        graph = Graph().parse(out)
        assert (URIRef("http://kg.test/id/person/chen-jian"), SCHEMA.name, None) in graph


def test_dump_rejects_an_unknown_suffix(records_copy: Path, tmp_path: Path) -> None:
    result = kg("build", "--records", str(records_copy), "--dump", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and "must end with .ttl, .nt, .nq" in result.stderr


TURTLE_RECORD = """
@prefix schema: <http://schema.org/> .
<https://archive.example.org/event/42> a schema:Event ;
    schema:name "Linked data already" ;
    schema:startDate "2019-05-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
    schema:performer <https://archive.example.org/person/ada> .
<https://archive.example.org/person/ada> a schema:Person ; schema:name "Ada Lovelace" .
"""


def test_rdf_records_go_through_the_same_gate(records_copy: Path, tmp_path: Path) -> None:
    (records_copy / "legacy.ttl").write_text(TURTLE_RECORD)
    settings = settings_for(records_copy, tmp_path / "store")
    summary = build(settings, echo=lambda line: None)
    assert summary.records == 2
    (records_copy / "legacy.ttl").write_text(TURTLE_RECORD.replace('schema:name "Ada Lovelace" ', ""))
    lines: list[str] = []
    with pytest.raises(NotConforming):
        build(settings, echo=lines.append)
    assert any("legacy.ttl" in line and "a person needs exactly one name" in line for line in lines)


def test_a_refused_build_leaves_the_record_cache_and_kept_identities_as_they_were(
    records_copy: Path, tmp_path: Path
) -> None:
    """The records are cached before the staged findings are read back, so only a build whose
    staging found no violation may cache them: a refused one must leave the next build's quick
    start what the served release left it."""
    settings = settings_for(records_copy, tmp_path / "store")
    build(settings, echo=lambda line: None)
    served = ReleaseDirectory(settings.store).current()
    assert served is not None
    cached = RecordCache(settings.store).stats()
    assert ResolvedStore(settings.store).describes(served.id, rules_fingerprint())
    seed = records_copy / "2003-07-29-uneasy-allies.yaml"
    seed.write_text(seed.read_text().replace("Uneasy Allies", "Uneasy Allies, revised"))  # would be cached
    (records_copy / "legacy.ttl").write_text(TURTLE_RECORD.replace('schema:name "Ada Lovelace" ', ""))
    lines: list[str] = []
    with pytest.raises(NotConforming):
        build(settings, echo=lines.append)
    assert any("a person needs exactly one name" in line for line in lines)  # the findings were read back
    assert RecordCache(settings.store).stats() == cached
    assert ResolvedStore(settings.store).describes(served.id, rules_fingerprint())
    (records_copy / "legacy.ttl").unlink()
    assert build(settings, echo=lines.append).changed  # and the next build publishes the change
    assert RecordCache(settings.store).stats()[seed.name][2] != cached[seed.name][2]


def test_jsonld_record_with_a_remote_context_is_refused(records_copy: Path, tmp_path: Path) -> None:
    (records_copy / "remote.jsonld").write_text(
        '{"@context": "https://evil.example/context.jsonld", "@type": "Event", "name": "x"}'
    )
    with pytest.raises(NotConforming, match="remote JSON-LD context 'https://evil.example/context.jsonld'"):
        build(settings_for(records_copy, tmp_path / "store"), echo=lambda line: None)


def test_jsonld_record_with_the_schema_org_context_is_read_offline(records_copy: Path, tmp_path: Path) -> None:
    (records_copy / "ok.jsonld").write_text(
        '{"@context": "https://schema.org", "@id": "https://a.example/e/1", "@type": "Event",'
        ' "name": "From JSON-LD", "startDate": "2020-02-02",'
        ' "location": {"@type": "Place", "name": "Hall"}}'
    )
    summary = build(settings_for(records_copy, tmp_path / "store"), echo=lambda line: None)
    assert summary.records == 2


def test_files_whose_size_and_time_are_unchanged_are_not_read_again(records_copy: Path, tmp_path: Path) -> None:
    settings = settings_for(records_copy, tmp_path / "store")
    build(settings, echo=lambda line: None)
    known = RecordCache(settings.store).stats()
    files = {f.relative: f for f in find_record_files(records_copy, known)}
    seed = files["2003-07-29-uneasy-allies.yaml"]
    assert seed.sha256 == known[seed.relative][2]
    assert "content" not in vars(seed)  # the known hash was used; the file was not read
    path = records_copy / seed.relative
    path.write_text(path.read_text().replace("Uneasy Allies", "Uneasy Allies, revised"))
    changed = {f.relative: f for f in find_record_files(records_copy, known)}[seed.relative]
    assert changed.sha256 != seed.sha256  # a new size or time: read and hashed again
    lines: list[str] = []
    summary = build(settings, echo=lines.append)
    assert summary.changed and summary.changed >= 1
    cached = RecordCache(settings.store)
    assert "revised" in cached.records({seed.relative: changed.sha256})[seed.relative][1].name
    assert cached.stats()[seed.relative][2] == changed.sha256
    assert cached.update({}, [], cached.stats()) == 0 and cached.stats() == {}  # files gone: rows gone


def test_many_records_are_parsed_on_every_core_and_errors_still_name_the_file(
    records_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kg.build.PARSE_CHUNK", 2)  # several chunks, so the worker processes are used
    for i in range(5):
        (records_copy / f"extra-{i}.yaml").write_text(f"name: Extra {i}\nstart: 2024-01-0{i + 1}\n")
    (records_copy / "broken.yaml").write_text(BAD_END)
    records, _, errors = read_records(find_record_files(records_copy))
    assert {f"extra-{i}.yaml" for i in range(5)} <= set(records)
    assert records["extra-3.yaml"].name == "Extra 3"
    assert errors == ["broken.yaml: end: 2020-01-01T10:00:00+00:00 is before the start 2020-01-02T10:00:00+00:00"]


def test_a_failure_beside_the_load_publishes_nothing(
    records_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifest, changes and search index are written in a thread while the store loads:
    its error still fails the build before the switch, and leaves no half-written release."""
    settings = settings_for(records_copy, tmp_path / "store")
    build(settings, echo=lambda line: None)
    directory = ReleaseDirectory(settings.store)
    served = directory.current()
    assert served is not None
    seed = records_copy / "2003-07-29-uneasy-allies.yaml"
    seed.write_text(seed.read_text().replace("Uneasy Allies", "Uneasy Allies, revised"))

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kg.build.update_search_index", disk_full)
    with pytest.raises(StoreError, match="No space left on device"):
        build(settings, echo=lambda line: None)
    assert directory.current() == served
    assert sorted(p.name for p in (settings.store / "releases").iterdir()) == [served.id]
    assert sorted(p.name for p in (settings.store / "published").iterdir()) == [served.id]


def test_dataset_counts_count_each_subject_once_over_all_graphs() -> None:
    """The VoID figures equal what the quads give: subjects (and IRI subjects, the entities)
    counted once however many graphs state them."""
    store = ox.Store()
    ex = "http://example.org/"
    person, name, same = ox.NamedNode(ex + "p"), ox.NamedNode(ex + "name"), ox.NamedNode(str(SCHEMA.sameAs))
    typed = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for graph in ("g1", "g2"):
        g = ox.NamedNode(ex + graph)
        store.add(ox.Quad(person, typed, ox.NamedNode(str(SCHEMA.Person)), g))
        store.add(ox.Quad(person, same, ox.NamedNode("http://www.wikidata.org/entity/Q1"), g))
        store.add(ox.Quad(ox.BlankNode(), name, ox.Literal(graph), g))
    store.add(ox.Quad(ox.NamedNode(ex + "q"), name, ox.Literal("q"), ox.NamedNode(ex + "g1")))
    counts = dataset_counts(store, ex)
    subjects = {q.subject for q in store}
    assert counts["triples"] == 7
    assert counts["subjects"] == len(subjects) == 4
    assert counts["entities"] == len({s for s in subjects if isinstance(s, ox.NamedNode)}) == 2
    assert counts["properties"] == 3
    assert counts["classes"] == {str(SCHEMA.Person): 1}
    assert counts["links"] == {"www.wikidata.org": 2}
