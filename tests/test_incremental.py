"""Incremental builds give exactly what building every graph again gives.

Each test builds a corpus, copies the store (so both start from the same served release), changes
the records, then builds the original store incrementally and the copy with --full, and compares
the two releases: every named graph (blank nodes canonicalised; the release's own id and time
replaced by placeholders), the VoID figures, the manifest (graphs, people, organisations, tombstones,
merges) and the search index.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import yaml
from rdflib import Graph
from rdflib.compare import to_canonical_graph

from kg import manifest_db
from kg.build import build, previous_manifest
from kg.config import Settings
from kg.export import void_graph_iri
from kg.lifecycle import Manifest
from kg.store import ReleaseDirectory, dataset_counts
from tests.conftest import BASE, settings_for
from tests.test_link import write_review

Change = Callable[[Path], None]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = tmp_path_factory.mktemp("incremental") / "records"
    done = subprocess.run([sys.executable, "-m", "kg", "synth", "40", "-o", str(records)], capture_output=True)
    assert done.returncode == 0, done.stderr
    (records / "kim-a.yaml").write_text(talk("Talk A", "Samuel Kim"))
    (records / "kim-b.yaml").write_text(talk("Talk B", "Sunhee Kim"))
    (records / "kim-c.yaml").write_text(talk("Talk C", "S. Kim"))
    (records / "chen-a.yaml").write_text(talk("Talk D", "Jian Chen", "Hazel Smith"))
    return records


@cache
def first_release(corpus: Path) -> Path:
    """The corpus as built once, for every test whose first build is of the corpus unchanged (a
    store is copied whole: twin below)."""
    store = corpus.parent / "first-store"
    build(settings_for(corpus, store), echo=lambda line: None)
    return store


def talk(name: str, *people: str) -> str:
    lines = "".join(f"  - {{person: {p}, role: speaker}}\n" for p in people)
    return f"name: {name}\nstart: 2021-03-04\nparticipants:\n{lines}"


def synthetic(records: Path) -> list[Path]:
    return sorted(p for p in records.glob("*.yaml") if p.name[0].isdigit())


def edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    record = yaml.safe_load(path.read_text())
    change(record)
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))


def snapshot(store: Path) -> dict[str, Any]:
    """What a release publishes, with what only names this release (its id, its time) replaced."""
    release = ReleaseDirectory(store).current()
    assert release is not None
    when = release.built_at.isoformat()
    stamp = {release.id: "RELEASE", when: "BUILT-AT", when.replace("+00:00", "Z"): "BUILT-AT"}  # (the store writes Z)

    def plain(text: str) -> str:
        for value, placeholder in stamp.items():
            text = text.replace(value, placeholder)
        return text

    data = ox.Store.read_only(str(release.path))
    graphs = {}
    for name in data.named_graphs():
        triples = (q.triple for q in data.quads_for_pattern(None, None, None, name))
        graph = Graph().parse(data=plain(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()), format="nt")
        lines = sorted(line for line in to_canonical_graph(graph).serialize(format="nt").splitlines() if line)
        assert lines, name  # (a graph read wrongly would compare equal)
        # a graph names the build that made it: a --full build makes every one of them again
        lines = [line for line in lines if "prov#wasGeneratedBy" not in line]
        graphs[name.value] = lines
    manifest = json.loads(plain(json.dumps(vars(Manifest.load(release.artifacts).read_whole()))))
    manifest.pop("rules")
    with sqlite3.connect(release.artifacts / "index.sqlite") as index:
        rows = sorted(index.execute("SELECT iri, kind, label, start, year FROM resources"))
        pages = sorted(index.execute("SELECT iri, modified FROM pages"))
    counts = json.loads((release.artifacts / "counts.json").read_text())
    changes = json.loads(plain((release.artifacts / "changes.json").read_text()))
    return {
        "graphs": graphs,
        "manifest": manifest,
        "index": rows,
        "pages": plain(str(pages)),
        "counts": counts,
        "changes": changes,
    }


def incremental_equals_full(
    corpus: Path,
    tmp_path: Path,
    change: Change,
    quick: bool | None = None,
    before: Change | None = None,
    links: Path | None = None,
) -> tuple[int, list[str]]:
    """Build, change, then build incrementally and in full from the same release; compare. Returns
    the number of graphs the incremental build made again or restamped, and what it said. `quick`:
    whether the incremental build must (True) or must not (False) take its identities from the
    served release (kg.quick);
    `before` changes the corpus before the first build; `links` is the review file (kg link)."""
    records, store, twin = tmp_path / "records", tmp_path / "store", tmp_path / "twin"
    shutil.copytree(corpus, records)
    if before is not None:
        before(records)

    def settings(store: Path) -> Settings:
        return replace(settings_for(records, store), links=links) if links else settings_for(records, store)

    if before is None and links is None:
        shutil.copytree(first_release(corpus), store)
    else:
        build(settings(store), echo=lambda line: None)
    shutil.copytree(store, twin)
    change(records)
    first = ReleaseDirectory(store).current()
    assert first is not None
    if int(time.time()) <= int(first.built_at.timestamp()):  # times are stamped to the second: the builds' must differ
        time.sleep(1.01 - time.time() % 1)
    said: list[str] = []
    incremental = build(settings(store), echo=said.append)
    if quick is not None:
        assert any(line.startswith("quick start:") for line in said) == quick, said
    told: list[str] = []
    full = build(settings(twin), echo=told.append, full=True)
    assert [line for line in said if line.startswith("note:")] == [line for line in told if line.startswith("note:")]
    assert incremental.changed is not None and full.changed is not None
    assert incremental.changed < full.changed  # it really was incremental
    mine, theirs = snapshot(store), snapshot(twin)
    assert mine["graphs"].keys() == theirs["graphs"].keys()
    for name in mine["graphs"]:
        assert mine["graphs"][name] == theirs["graphs"][name], name
    for part in ("manifest", "index", "pages", "counts", "changes"):
        assert mine[part] == theirs[part], part
    release = ReleaseDirectory(store).current()
    assert release is not None
    without_void = ox.Store()  # what the figures count: every graph but the VoID description itself
    void = ox.NamedNode(str(void_graph_iri(release.base)))
    without_void.extend(q for q in ox.Store.read_only(str(release.path)) if q.graph_name != void)
    assert mine["counts"] == json.loads(json.dumps(dataset_counts(without_void, release.base)))
    assert previous_manifest(settings_for(records, store)).graphs  # the next build reads the manifest
    return incremental.changed, said


def quick_figures(said: list[str]) -> tuple[int, int]:
    """Records read and graphs restamped, as the quick start reported them."""
    line = next(line for line in said if line.startswith("quick start:"))
    found = re.fullmatch(r"quick start: (\d+) records read .*, (\d+) graphs restamped .*", line)
    assert found, line
    return int(found[1]), int(found[2])


def test_a_changed_record(corpus: Path, tmp_path: Path) -> None:
    def retitle(records: Path) -> None:
        edit(synthetic(records)[3], lambda r: r.update(name="A renamed lecture", keywords=["benchmark"]))

    changed, said = incremental_equals_full(corpus, tmp_path, retitle, quick=True)
    read, restamped = quick_figures(said)
    # only the record is read and mapped again: its people and organisations keep their content
    assert read == 1 and restamped >= 2 and changed == 1 + restamped


def test_an_added_record(corpus: Path, tmp_path: Path) -> None:
    def add(records: Path) -> None:
        known = yaml.safe_load(synthetic(records)[0].read_text())["people"]
        name = next(iter(known.values()))["name"]  # a person already published, and a new one
        (records / "zz-new.yaml").write_text(talk("A new talk", name, "Quentin Newcomer"))

    incremental_equals_full(corpus, tmp_path, add)


def test_a_removed_record(corpus: Path, tmp_path: Path) -> None:
    incremental_equals_full(corpus, tmp_path, lambda records: synthetic(records)[5].unlink())


def test_a_removed_record_that_made_a_name_ambiguous(corpus: Path, tmp_path: Path) -> None:
    """Without Sunhee Kim, "S. Kim" is Samuel Kim: two people become one (a merge)."""
    incremental_equals_full(corpus, tmp_path, lambda records: (records / "kim-b.yaml").unlink())


def test_a_person_renamed_into_another_person(corpus: Path, tmp_path: Path) -> None:
    """Hazel Smith becomes Chen Jian (name order reversed): one person fewer, one with more events."""
    incremental_equals_full(
        corpus, tmp_path, lambda records: (records / "chen-a.yaml").write_text(talk("Talk D", "Jian Chen", "Chen Jian"))
    )


def test_a_person_renamed_in_a_synthetic_record(corpus: Path, tmp_path: Path) -> None:
    def rename(record: dict[str, Any]) -> None:
        first = next(iter(record["people"]))
        record["people"][first]["name"] = "Ottoline Q. Fairweather"

    incremental_equals_full(corpus, tmp_path, lambda records: edit(synthetic(records)[7], rename))


def test_an_organisation_renamed(corpus: Path, tmp_path: Path) -> None:
    def rename(record: dict[str, Any]) -> None:
        first = next(iter(record["organizations"]))
        record["organizations"][first]["name"] = "Institute for Incremental Studies"

    incremental_equals_full(corpus, tmp_path, lambda records: edit(synthetic(records)[9], rename))


# The quick start (kg/quick.py): a change that mentions the same people and organisations takes
# their identities from the served release and reads only the records it needs; the graphs of
# those people and organisations are made again from every record naming them.


def first_participant(records: Path) -> tuple[Path, str]:
    """A synthetic record whose first speaker appears in other records too, and that speaker's key."""
    files = synthetic(records)
    texts = [path.read_text() for path in files]
    for path in files:
        record = yaml.safe_load(path.read_text())
        for key, person in record["people"].items():
            if sum(person["name"] in text for text in texts) > 1:
                return path, key
    raise AssertionError("no speaker appears twice")


def test_a_job_title_added_to_a_busy_person(corpus: Path, tmp_path: Path) -> None:
    """The person's graph is made again from every record naming them, not only the changed one."""

    def job(records: Path) -> None:
        path, key = first_participant(records)
        edit(path, lambda r: r["people"][key].update(job_title="Visiting Fellow", email="fellow@example.org"))

    changed, said = incremental_equals_full(corpus, tmp_path, job, quick=True)
    read, restamped = quick_figures(said)
    assert read >= 2 and changed >= 2 + restamped  # the record and the person made again, from all its records


def test_an_affiliation_moved_to_another_organisation_of_the_record(corpus: Path, tmp_path: Path) -> None:
    """Same mentions, other links: the person's affiliations and the organisations' members change."""

    def move(record: dict[str, Any]) -> None:
        hosts = [key for key in record["organizations"] if key != record["participants"][0].get("affiliation")]
        record["participants"][0]["affiliation"] = hosts[0]

    incremental_equals_full(corpus, tmp_path, lambda records: edit(synthetic(records)[2], move), quick=True)


def test_a_parent_organisation_described(corpus: Path, tmp_path: Path) -> None:
    """An organisation with programs: its graph lists its children, found in its own records."""

    def describe(records: Path) -> None:
        for path in synthetic(records):
            record = yaml.safe_load(path.read_text())
            parents = [o.get("parent") for o in record["organizations"].values() if o.get("parent")]
            if parents:
                record["organizations"][parents[0]].update(description="A council.", url="https://example.org/c")
                path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
                return
        raise AssertionError("no organisation with a parent")

    _, said = incremental_equals_full(corpus, tmp_path, describe, quick=True)
    assert quick_figures(said)[0] >= 2  # the organisation made again, from every record naming it


def busiest_organisation(records: Path) -> tuple[str, list[Path]]:
    """The organisation named by the most synthetic records, and those records."""
    named: dict[str, list[Path]] = {}
    for path in synthetic(records):
        for org in yaml.safe_load(path.read_text())["organizations"].values():
            named.setdefault(org["name"], []).append(path)
    name = max(named, key=lambda n: len(named[n]))
    assert len(named[name]) >= 3, named
    return name, named[name]


def test_a_record_of_a_busy_organisation_retitled(corpus: Path, tmp_path: Path) -> None:
    """The organisation's graph keeps its content: only its stamp changes (the changed file's new
    hash, this build), and none of its other records is read."""
    changed: list[Path] = []

    def retitle(records: Path) -> None:
        changed.append(busiest_organisation(records)[1][1])
        edit(changed[0], lambda r: r.update(name="A busy organisation's renamed lecture"))

    _, said = incremental_equals_full(corpus, tmp_path, retitle, quick=True)
    assert quick_figures(said)[0] == 1
    name, mentioning = busiest_organisation(tmp_path / "records")
    graph = next(
        lines
        for lines in snapshot(tmp_path / "store")["graphs"].values()
        if any(f'<https://schema.org/name> "{name}"' in line and "/id/organization/" in line for line in lines)
    )
    sources = [line for line in graph if "/terms/source>" in line]
    assert len(sources) == len(mentioning)
    digest = hashlib.sha256(changed[0].read_bytes()).hexdigest()
    assert any(f"{changed[0].name} (sha256 {digest})" in line for line in sources)
    release = ReleaseDirectory(tmp_path / "store").current()
    assert release is not None
    iri = ox.NamedNode(graph[0].split(">")[0][1:])
    generated_by = ox.NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy")
    activities = ox.Store.read_only(str(release.path)).quads_for_pattern(iri, generated_by, None, iri)
    assert [q.object.value for q in activities] == [f"{BASE}build/{release.id}"]  # this build wrote it


def test_a_changed_record_missing_from_the_record_cache(corpus: Path, tmp_path: Path) -> None:
    """Without the version of the record the served release was made from, its people and
    organisations are made again from all their records."""

    def retitle(records: Path) -> None:
        path = busiest_organisation(records)[1][1]
        with sqlite3.connect(tmp_path / "store" / "records.sqlite") as connection:
            connection.execute("DELETE FROM records WHERE relative = ?", (path.name,))
        edit(path, lambda r: r.update(name="A renamed lecture"))

    _, said = incremental_equals_full(corpus, tmp_path, retitle, quick=True)
    assert quick_figures(said)[1] == 0 and quick_figures(said)[0] >= 3


def test_two_one_record_changes_in_a_row(corpus: Path, tmp_path: Path) -> None:
    """The second build's manifest is a delta over the first one's, itself a delta over the full
    manifest the first release wrote (a hard link to it): the same as a full build writes."""

    def two_changes(records: Path) -> None:
        edit(synthetic(records)[3], lambda r: r.update(name="A first renamed lecture"))
        build(settings_for(records, tmp_path / "store"), echo=lambda line: None)
        shutil.rmtree(tmp_path / "twin")  # the full build starts from the first change's release too
        shutil.copytree(tmp_path / "store", tmp_path / "twin")
        time.sleep(1.01 - time.time() % 1)
        edit(synthetic(records)[6], lambda r: r.update(name="A second renamed lecture", keywords=["twice"]))

    incremental_equals_full(corpus, tmp_path, two_changes, quick=True)
    release = ReleaseDirectory(tmp_path / "store").current()
    assert release is not None
    with sqlite3.connect(release.artifacts / manifest_db.DELTA) as delta:
        assert delta.execute("SELECT COUNT(*) FROM graphs").fetchone()[0] >= 2  # both records' graphs
    assert (release.artifacts / manifest_db.FULL).stat().st_nlink == 3  # the first three releases' file
    twin = ReleaseDirectory(tmp_path / "twin").current()
    assert twin is not None and not (twin.artifacts / manifest_db.DELTA).exists()  # --full: written whole


def test_a_grown_manifest_delta_is_written_whole(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(manifest_db, "REWRITE_ROWS", 0)
    monkeypatch.setattr(manifest_db, "REWRITE_SHARE", 0.0)

    def retitle(records: Path) -> None:
        edit(synthetic(records)[3], lambda r: r.update(name="A renamed lecture"))

    incremental_equals_full(corpus, tmp_path, retitle, quick=True)
    release = ReleaseDirectory(tmp_path / "store").current()
    assert release is not None and not (release.artifacts / manifest_db.DELTA).exists()
    assert (release.artifacts / manifest_db.FULL).stat().st_nlink == 1


def test_a_manifest_of_an_earlier_version_is_read(corpus: Path, tmp_path: Path) -> None:
    """A release published with the whole manifest pickled (before kg.manifest_db): the next
    build reads it, and writes its own in SQLite."""

    def pickled(records: Path) -> None:
        release = ReleaseDirectory(tmp_path / "store").current()
        assert release is not None
        manifest = Manifest.load(release.artifacts).read_whole()
        with open(release.artifacts / "manifest.pickle", "wb") as handle:
            pickle.dump(vars(manifest), handle)
        (release.artifacts / manifest_db.FULL).unlink()
        edit(synthetic(records)[3], lambda r: r.update(name="A renamed lecture"))

    incremental_equals_full(corpus, tmp_path, pickled, quick=True)


KILLED_AT = """
import os, signal, sys
import kg.build
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
setattr(kg.build, sys.argv.pop(1), die)
from kg.cli import main
main()
"""


@pytest.mark.parametrize(
    "where",
    [
        "keep_resolved",  # the record cache holds the changed record, the identities are not yet marked
        "restamp",  # the new release half written
    ],
)
def test_a_one_record_build_killed(corpus: Path, tmp_path: Path, where: str) -> None:
    """Killed at these moments, the build leaves the served release as it was, and the next build
    publishes the change (the record cache already holding the changed record must not hide it)."""
    served: list[str] = []

    def change_then_kill(records: Path) -> None:
        store = tmp_path / "store"
        release = ReleaseDirectory(store).current()
        assert release is not None
        edit(synthetic(records)[3], lambda r: r.update(name="A renamed lecture"))
        command = [sys.executable, "-c", KILLED_AT, where, "build", "--records", str(records), "--store", str(store)]
        killed = subprocess.run([*command, "--base", BASE], capture_output=True, text=True)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        after = ReleaseDirectory(store).current()
        assert after is not None and after.id == release.id
        served.append(after.id)

    incremental_equals_full(corpus, tmp_path, change_then_kill, quick=False)
    assert served


def test_a_record_touched_but_not_changed(corpus: Path, tmp_path: Path) -> None:
    """A new modification time, the same bytes: the content hash decides, nothing is made again."""

    def touch(records: Path) -> None:
        path = synthetic(records)[4]
        path.write_bytes(path.read_bytes())

    records, store = tmp_path / "records", tmp_path / "store"
    shutil.copytree(corpus, records)
    build(settings_for(records, store), echo=lambda line: None)
    touch(records)
    said: list[str] = []
    again = build(settings_for(records, store), echo=said.append)
    assert again.changed == 0 and any(line.startswith("quick start: 0 records") for line in said), said


def test_accepted_links_of_people_not_made_again(corpus: Path, tmp_path: Path) -> None:
    """Jian Chen's link stays published though his graph is not made again; a link to nobody is
    noted as by a full build (the quick start knows every entity without having read them)."""
    links = tmp_path / "links.csv"
    write_review(
        links,
        "person/jian-chen,Jian Chen,wikidata,Q999999902,accepted,95,Jian Chen,historian,name agrees,"
        'M. Librarian,2024-05-02,"Wikidata API (wbsearchentities, wbgetentities)",2024-05-01,',
        "person/nobody-here,Nobody Here,wikidata,Q999999903,accepted,95,Nobody,,name agrees,"
        'M. Librarian,2024-05-02,"Wikidata API (wbsearchentities, wbgetentities)",2024-05-01,',
    )

    def retitle(records: Path) -> None:
        edit(synthetic(records)[3], lambda r: r.update(name="A renamed lecture"))

    incremental_equals_full(corpus, tmp_path, retitle, quick=True, links=links)
    graph = snapshot(tmp_path / "store")["graphs"]["http://kg.test/graph/person/jian-chen"]
    assert any("Q999999902" in line for line in graph)


# Changes that make the people or organisations differ: every record is read and resolved again.


def test_two_people_split(corpus: Path, tmp_path: Path) -> None:
    """Without Sunhee Kim, "S. Kim" is Samuel Kim; her record coming back makes them two again."""
    kim_b = (corpus / "kim-b.yaml").read_text()
    incremental_equals_full(
        corpus,
        tmp_path,
        lambda records: (records / "kim-b.yaml").write_text(kim_b),
        quick=False,
        before=lambda records: (records / "kim-b.yaml").unlink(),
    )


def test_two_people_merged_by_an_edit(corpus: Path, tmp_path: Path) -> None:
    """Sunhee Kim renamed Samuel Kim in her record: one person, and "S. Kim" joins them."""
    incremental_equals_full(
        corpus, tmp_path, lambda records: (records / "kim-b.yaml").write_text(talk("Talk B", "Samuel Kim")), quick=False
    )


def test_a_name_order_variant_added(corpus: Path, tmp_path: Path) -> None:
    """A busy speaker written family name first in one record: the same person, one more name."""

    def reverse(records: Path) -> None:
        path, key = first_participant(records)
        edit(path, lambda r: r["people"][key].update(name=" ".join(reversed(r["people"][key]["name"].split()))))

    incremental_equals_full(corpus, tmp_path, reverse, quick=False)


def test_a_removed_record_that_was_a_persons_only_source(corpus: Path, tmp_path: Path) -> None:
    """Hazel Smith is only in chen-a: her IRI is withdrawn."""
    incremental_equals_full(corpus, tmp_path, lambda records: (records / "chen-a.yaml").unlink(), quick=False)


def test_identities_of_another_release_are_not_used(corpus: Path, tmp_path: Path) -> None:
    """identities.sqlite names the release it describes: gone or describing another one, the next
    build resolves everything again (a build killed after its switch, a SPARQL Update release)."""

    def forget(records: Path) -> None:
        edit(synthetic(records)[3], lambda r: r.update(name="A renamed lecture"))
        with sqlite3.connect(tmp_path / "store" / "identities.sqlite") as connection:
            connection.execute("UPDATE meta SET value = 'another' WHERE key = 'release'")

    incremental_equals_full(corpus, tmp_path, forget, quick=False)


def test_a_shape_change_remakes_everything(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New shapes (or ontology, or software) may judge or read any record differently: no quick
    start, no graph carried over, whatever the stored identities say."""
    import kg.build

    records, store = tmp_path / "records", tmp_path / "store"
    shutil.copytree(corpus, records)
    first = build(settings_for(records, store), echo=lambda line: None)
    shapes = tmp_path / "shapes"
    shutil.copytree(kg.build.SHAPES_DIR, shapes)
    edited = sorted(shapes.glob("*.ttl"))[0]
    edited.write_text(edited.read_text() + "\n# a reviewed shape\n")
    monkeypatch.setattr(kg.build, "SHAPES_DIR", shapes)
    edit(synthetic(records)[3], lambda r: r.update(name="A renamed lecture"))
    said: list[str] = []
    again = build(settings_for(records, store), echo=said.append)
    assert not any(line.startswith("quick start:") for line in said), said
    assert again.changed == first.changed  # every graph made again
