"""kg synth: a deterministic corpus with the shape of real archives, which passes the real pipeline."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import yaml
from click.testing import CliRunner

from kg.build import validate
from kg.cli import main
from kg.synth import synth
from tests.conftest import settings_for


def digest(folder: Path) -> str:
    return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in sorted(folder.iterdir()))).hexdigest()


def records(folder: Path) -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in sorted(folder.glob("*.yaml"))]


def test_same_count_and_seed_give_the_same_records(tmp_path: Path) -> None:
    synth(40, tmp_path / "a", seed=7)
    synth(40, tmp_path / "b", seed=7)
    synth(40, tmp_path / "c", seed=8)
    assert digest(tmp_path / "a") == digest(tmp_path / "b") != digest(tmp_path / "c")
    assert len(list((tmp_path / "a").glob("*.yaml"))) == 40


def test_corpus_has_the_shape_of_real_archives(tmp_path: Path) -> None:
    synth(400, tmp_path / "r", seed=1)
    corpus = records(tmp_path / "r")
    appearances = Counter(p["name"] for r in corpus for p in r["people"].values())
    busiest = appearances.most_common(1)[0][1]
    assert busiest >= 40 and sorted(appearances.values())[len(appearances) // 2] <= 3  # skewed
    assert any(p.get("alternate_names") for r in corpus for p in r["people"].values())  # both name orders
    assert {len(r["start"]) for r in corpus} == {10, 19}  # date-only and timed
    assert len({r.get("time_zone") for r in corpus} - {None}) >= 5
    assert any(r.get("reports") for r in corpus)
    assert all(any(o.get("parent") for o in r["organizations"].values()) for r in corpus)  # programs


def test_corpus_passes_the_shapes(tmp_path: Path) -> None:
    synth(30, tmp_path / "r", seed=3)
    summary = validate(settings_for(tmp_path / "r", tmp_path / "store"), echo=lambda line: None)
    assert summary.records == 30 and summary.violations == 0


def test_synth_command_writes_records_and_refuses_a_non_empty_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["synth", "5", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0 and "wrote 5 records" in result.output
    again = CliRunner().invoke(main, ["synth", "5", "-o", str(tmp_path / "out")])
    assert again.exit_code == 2 and "is not empty" in again.output


def test_people_keep_their_affiliation_from_event_to_event(tmp_path: Path) -> None:
    synth(400, tmp_path / "r", seed=1)
    stated: dict[str, set[str]] = {}
    for record in records(tmp_path / "r"):
        for participant in record["participants"]:
            stated.setdefault(participant["person"], set()).add(participant["affiliation"])
    assert max(len(orgs) for orgs in stated.values()) <= 2  # one, or two after a move
    assert any(len(orgs) == 2 for orgs in stated.values())
