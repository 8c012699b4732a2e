"""Precision, recall and F1 of `kg ingest` per field, against hand-written expectations.

    python -m benchmarks.ingest_accuracy [EXPECTED_YAML]
    python -m benchmarks.ingest_accuracy --pool COUNTS_FILE…

The first form also prints the matches, misses and extras per field, the lines a hold-out
set's first-run.txt keeps; --pool adds up such files and prints the pooled F1 (the sums of the
counts, not an average of F1 figures).

EXPECTED_YAML (default tests/data/pages/expected.yaml) maps page file names, relative to its
own directory, to what the page states (see the comments in that file). Fields: title, start
and end instants (with their UTC offsets), people (by name, any written form), roles
(person, role), affiliations (person, organisation), reports (name, number); and, on the pages
whose expectations state them, job titles (person, title without case and punctuation; a
person entry's optional fourth item), organizers and sponsors (by organisation key, any
written form), locality and attendance mode. An affiliation, too, counts under any of the
organisation's names (its initials or its full name).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError
from kg.ingest import unforeseen
from kg.names import fold, organization_key
from kg.pages import parse_page
from kg.pages.draft import same_person
from kg.records import EventRecord

FIELDS = ("title", "start", "end", "people", "roles", "affiliations", "reports")
# Scored only on the pages whose expectations state them.
OPTIONAL_FIELDS = ("job titles", "organizers", "sponsors", "locality", "attendance")
DEFAULT_EXPECTED = Path("tests/data/pages/expected.yaml")
# A directory where measure keeps each set's scores, so that a run which asks for one set from
# many places (the suite's guards) reads its pages once. The key is the set's files, not the
# code: set it only for one run of unchanged code, as tests/conftest.py does.
MEASURE_CACHE = "EVENTKG_MEASURE_CACHE"


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, page: str, found: set[Any], expected: set[Any]) -> None:
        self.true_positive += len(found & expected)
        self.false_positive += len(found - expected)
        self.false_negative += len(expected - found)
        for fact in sorted(map(str, found - expected)):
            self.misses.append(f"{page}: extra {fact}")
        for fact in sorted(map(str, expected - found)):
            self.misses.append(f"{page}: missing {fact}")

    @property
    def f1(self) -> float:
        tp, fp, fn = self.true_positive, self.false_positive, self.false_negative
        return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)

    @property
    def precision(self) -> float:
        total = self.true_positive + self.false_positive
        return self.true_positive / total if total else 1.0

    @property
    def recall(self) -> float:
        total = self.true_positive + self.false_negative
        return self.true_positive / total if total else 1.0


def instant(value: str | None) -> set[Any]:
    """The instant with its offset: '15:00-04:00' and '14:00-05:00' are one instant, but only the
    first is the clock of Washington in July."""
    if value is None:
        return set()
    if "T" not in value:
        return {value}
    moment = datetime.fromisoformat(value)
    return {(moment, moment.utcoffset())}


def _gold_name(name: str, gold: Iterable[str]) -> str:
    """The expected spelling of a found person, so that 'Jian Chen' counts as 'Chen Jian'."""
    return next((g for g in gold if same_person(name, g)), name)


def title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(title)).split())


def _org_keys(orgs: Iterable[Any], gold: set[str]) -> set[str]:
    """Each organisation by the gold key one of its names has, else by its name's key."""
    keys = set()
    for org in orgs:
        forms = {organization_key(n) for n in (org.name, *org.alternate_names, *org.former_names)}
        keys.add(next(iter(sorted(forms & gold)), organization_key(org.name)))
    return keys


def _affiliation_key(person: str, org: Any, gold: set[Any]) -> str:
    """The organisation by the name the answers give it, any of its names ('CEEG' and 'Centre for
    European Economic Governance' are one), like organizers and sponsors."""
    forms = sorted({organization_key(n) for n in (org.name, *org.alternate_names, *org.former_names)})
    return next((f for f in forms if (person, f) in gold), organization_key(org.name))


def found_facts(
    record: EventRecord, gold_names: set[str], gold: dict[str, set[Any]] | None = None
) -> dict[str, set[Any]]:
    def person(p: Any) -> str:
        forms = [p.person.name, *p.person.alternate_names]
        return next(
            (_gold_name(f, gold_names) for f in forms if _gold_name(f, gold_names) in gold_names), p.person.name
        )

    return {
        "title": {record.name},
        "start": instant(record.start),
        "end": instant(record.end),
        "people": {person(p) for p in record.participants},
        "roles": {(person(p), p.role) for p in record.participants},
        "affiliations": {
            (person(p), _affiliation_key(person(p), p.affiliation, (gold or {}).get("affiliations", set())))
            for p in record.participants
            if p.affiliation
        },
        "reports": {(r.name, r.report_number) for r in record.reports},
        "job titles": {(person(p), title_key(p.job_title or p.person.job_title or "")) for p in record.participants}
        - {(person(p), "") for p in record.participants},
        "organizers": _org_keys(record.organizers, (gold or {}).get("organizers", set())),
        "sponsors": _org_keys(record.sponsors, (gold or {}).get("sponsors", set())),
        "locality": {record.location.locality} if record.location and record.location.locality else set(),
        "attendance": {record.attendance_mode} if record.attendance_mode else set(),
    }


def expected_facts(spec: dict[str, Any]) -> dict[str, set[Any]]:
    people = spec.get("people") or []
    return {
        "title": {spec["title"]},
        "start": instant(spec["start"]),
        "end": instant(spec.get("end")),
        "people": {p[0] for p in people},
        "roles": {(p[0], p[1]) for p in people},
        "affiliations": {(p[0], organization_key(p[2])) for p in people if p[2]},
        "reports": {(name, number) for name, number in spec.get("reports") or []},
        "job titles": {(p[0], title_key(p[3])) for p in people if len(p) > 3 and p[3]},
        "organizers": {organization_key(o) for o in spec.get("organizers") or []},
        "sponsors": {organization_key(o) for o in spec.get("sponsors") or []},
        "locality": {spec["locality"]} if spec.get("locality") else set(),
        "attendance": {spec["attendance"]} if spec.get("attendance") else set(),
    }


def _stated(spec: dict[str, Any], name: str) -> bool:
    """Whether the expectations state the optional field for this page."""
    if name == "job titles":
        return any(len(p) > 3 for p in spec.get("people") or [])
    return name.replace(" ", "_") in spec


def measure(expected_file: Path) -> dict[str, Score]:
    cache = os.environ.get(MEASURE_CACHE)
    if not cache:
        return _measure(expected_file)
    kept = Path(cache) / f"{_set_digest(expected_file)}.json"
    if kept.exists():
        return {name: Score(**counts) for name, counts in json.loads(kept.read_text()).items()}
    scores = _measure(expected_file)
    partial = kept.with_name(f"{kept.name}.{os.getpid()}")  # another process may be writing the same set
    partial.write_text(json.dumps({name: asdict(s) for name, s in scores.items()}))
    partial.replace(kept)
    return scores


def _set_digest(expected_file: Path) -> str:
    """The set's place and the bytes of its files: a page or an answer changed is another set."""
    digest = hashlib.sha256(str(expected_file.resolve()).encode())
    for path in sorted(expected_file.parent.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _measure(expected_file: Path) -> dict[str, Score]:
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    scores = {f: Score() for f in FIELDS + OPTIONAL_FIELDS}
    for page, spec in expected.items():
        path = expected_file.parent / page
        gold = expected_facts(spec)
        try:
            record = parse_page(path.read_bytes(), str(path)).record
        except KgError as err:
            print(f"  {page}: {err}", file=sys.stderr)
            found: dict[str, set[Any]] = {name: set() for name in FIELDS + OPTIONAL_FIELDS}
        except Exception as err:  # as `kg ingest` does: a reader's bug costs its page, scored as unread
            print(f"  {unforeseen(page, err)}", file=sys.stderr)
            found = {name: set() for name in FIELDS + OPTIONAL_FIELDS}
        else:
            found = found_facts(record, gold["people"], gold)
        for name in FIELDS + OPTIONAL_FIELDS:
            if name in FIELDS or _stated(spec, name):
                scores[name].add(page, found[name], gold[name])
    return scores


COUNTS_HEADER = f"{'field':<14}{'matches':>8}{'misses':>8}{'extras':>8}"


def format_counts(scores: dict[str, Score]) -> list[str]:
    """One line per field: 'people  31  4  1' (found and expected, expected only, found only)."""
    rows = [COUNTS_HEADER]
    for name, s in scores.items():
        rows.append(f"{name:<14}{s.true_positive:>8}{s.false_negative:>8}{s.false_positive:>8}")
    return rows


def read_counts(text: str) -> dict[str, Score]:
    """The counts table of format_counts, found anywhere in a text (a first-run.txt)."""
    scores: dict[str, Score] = {}
    for line in text.splitlines():
        row = re.fullmatch(r"\s*([a-z ]+?)\s+(\d+)\s+(\d+)\s+(\d+)\s*", line)
        if row and row.group(1) in FIELDS + OPTIONAL_FIELDS:
            tp, fn, fp = (int(n) for n in row.group(2, 3, 4))
            scores[row.group(1)] = Score(true_positive=tp, false_positive=fp, false_negative=fn)
    return scores


def pool(files: Iterable[Path]) -> dict[str, Score]:
    total = {name: Score() for name in FIELDS + OPTIONAL_FIELDS}
    for path in files:
        for name, s in read_counts(path.read_text(encoding="utf-8")).items():
            total[name].true_positive += s.true_positive
            total[name].false_positive += s.false_positive
            total[name].false_negative += s.false_negative
    return total


def print_scores(scores: dict[str, Score]) -> None:
    print(f"{'field':<14}{'precision':>10}{'recall':>10}{'F1':>8}")
    for name, score in scores.items():
        print(f"{name:<14}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>8.3f}")


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1] == "--pool":
        print_scores(pool(Path(a) for a in argv[2:]))
        return 0
    expected_file = Path(argv[1]) if len(argv) > 1 else DEFAULT_EXPECTED
    scores = measure(expected_file)
    print_scores(scores)
    print()
    print("\n".join(format_counts(scores)))
    for name, score in scores.items():
        for miss in score.misses:
            print(f"  {name}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
