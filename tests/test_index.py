"""The release's SQLite index (kg/export.py) after incremental builds: the same as one built from
scratch from the same records, whether a few records changed or most of them."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml

from kg.build import build
from kg.store import PublishedStore
from kg.synth import synth
from tests.conftest import settings_for

# Every table, without what differs between two builds of the same records by design: the
# numbers telling apart resources of the same search order and the times the pages last changed.
TABLES = {
    "resources": "SELECT iri, kind, label, start, year FROM resources",
    "search order": "SELECT iri, id >> 32 FROM resources",
    "search rows": "SELECT s.rowid >> 32, r.iri FROM search s JOIN resources r ON r.id = s.rowid",
    "topics": "SELECT topic, iri FROM topics",
    "search": "SELECT iri, kind, label, names FROM search",
    "search words": "SELECT iri FROM search WHERE search MATCH 'renamed'",
    "pages": "SELECT iri FROM pages",
    "involvement": "SELECT entity, event, start, role, org FROM involvement",
    "members": "SELECT org, person, name FROM members",
    "tallies": "SELECT entity, events, members FROM tallies",
    "tallies counted": "SELECT entity, SUM(e), SUM(m) FROM (SELECT entity, 1 AS e, 0 AS m FROM involvement "
    "UNION ALL SELECT org, 0, 1 FROM members) GROUP BY entity",
    "affiliations": 'SELECT person, org, "from", "to", events FROM affiliations',
}


def _index(store: Path) -> dict[str, list[tuple]]:
    release = PublishedStore(store).release()
    assert release is not None
    db = sqlite3.connect(release.artifacts / "index.sqlite")
    try:
        return {name: sorted(db.execute(sql).fetchall(), key=repr) for name, sql in TABLES.items()}
    finally:
        db.close()


def _edit(records: Path, share: float) -> None:
    """Change `share` of the records: speakers' roles and affiliations, titles, dates, speakers
    dropped; remove a few records."""
    files = sorted(records.glob("*.yaml"))
    rng = random.Random(3)
    chosen = rng.sample(files, max(3, int(len(files) * share)))
    for path in chosen[:2]:
        path.unlink()
    for number, path in enumerate(chosen[2:]):
        record = yaml.safe_load(path.read_text())
        record["name"] = f"Renamed {record['name']}"
        record["start"] = f"20{10 + number % 10}-0{1 + number % 9}-15"
        record.pop("end", None)
        participants = record.get("participants", [])
        if participants:
            participants[0]["role"] = "panelist" if participants[0]["role"] != "panelist" else "chair"
            organizations = sorted(record.get("organizations", {}))
            participants[0]["affiliation"] = organizations[number % len(organizations)]
        if len(participants) > 1:
            participants.pop()
        path.write_text(yaml.safe_dump(record, sort_keys=False))


@pytest.mark.parametrize("share", [0.05, 0.8], ids=["few records changed", "most records changed"])
def test_the_index_after_an_incremental_build_is_the_one_a_full_build_makes(tmp_path: Path, share: float) -> None:
    records = tmp_path / "records"
    synth(60, records)
    incremental = settings_for(records, tmp_path / "incremental")
    build(incremental, echo=lambda line: None)
    before = _index(tmp_path / "incremental")
    _edit(records, share)
    build(incremental, echo=lambda line: None)
    fresh = tmp_path / "fresh-records"
    shutil.copytree(records, fresh)
    build(settings_for(fresh, tmp_path / "fresh"), echo=lambda line: None)
    after, expected = _index(tmp_path / "incremental"), _index(tmp_path / "fresh")
    assert after["involvement"] != before["involvement"]  # the edits reach the index
    assert after["search words"]  # the new titles are found
    for table in TABLES:
        assert after[table] == expected[table], table
    assert after["tallies"] == after["tallies counted"]  # kept up to date as the edits went
