"""The review file (data/links.csv): proposed authority links and the librarians' decisions.

A CSV that opens in a spreadsheet and in OpenRefine: one row per (entity, authority, identifier)
with the candidate's label, description, score and reasons, and a `status` a librarian sets to
`accepted` or `rejected` (with `decided_by` and `decided_at`). `kg link` merges new proposals
into it without ever touching a decision: an accepted or rejected row stays as it is, so a
rejected candidate is never proposed again; only rows still `proposed` are refreshed. Columns a
librarian adds are kept. Writes go to a temporary file that replaces the old one in one rename.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from kg.errors import RecordError
from kg.link.identifiers import AUTHORITIES, IdentifierError, parse

STATUSES = ("proposed", "accepted", "rejected")
COLUMNS = (
    "entity",
    "name",
    "authority",
    "identifier",
    "status",
    "score",
    "label",
    "description",
    "reasons",
    "decided_by",
    "decided_at",
    "service",
    "proposed_at",
    "iri",
)
REQUIRED = ("entity", "authority", "identifier", "status")
ENTITY_RE = re.compile(r"^(person|organization)/[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Row:
    entity: str  # person/chen-jian
    name: str
    authority: str
    identifier: str
    status: str
    score: str = ""
    label: str = ""
    description: str = ""
    reasons: str = ""
    decided_by: str = ""
    decided_at: str = ""
    service: str = ""
    proposed_at: str = ""
    iri: str = ""
    line: int = field(default=0, compare=False)  # where the row starts in the file (1 is the header)
    extra: tuple[tuple[str, str], ...] = field(default=(), compare=False)  # columns librarians added

    @property
    def key(self) -> tuple[str, str, str]:
        """Rows are the same candidate when entity, authority and normalised identifier agree."""
        try:
            value = parse(self.authority, self.identifier).value
        except IdentifierError:
            value = self.identifier.strip()
        return self.entity, self.authority, value


def read(path: Path) -> list[Row]:
    """The rows of the review file; no file means no rows. A broken row names the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as err:
        raise RecordError(str(path), f"cannot read the review file ({err})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise RecordError(
            f"{path}:1", f"the header lacks the column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}"
        )
    rows, start = [], 2
    for record in reader:
        rows.append(_row(path, start, record))
        start = reader.line_num + 1
    return rows


def _row(path: Path, line: int, record: dict[str | None, str | list[str] | None]) -> Row:
    where = f"{path}:{line}"
    if None in record:
        raise RecordError(where, "more cells than header columns (a comma inside a cell needs quotes)")
    cells = {str(k): (v if isinstance(v, str) else "").strip() for k, v in record.items()}
    status = cells.get("status", "").lower()
    if status not in STATUSES:
        raise RecordError(where, f"status {cells.get('status')!r} is not one of {', '.join(STATUSES)}")
    if cells["authority"].lower() not in AUTHORITIES:
        raise RecordError(where, f"authority {cells['authority']!r} is not one of {', '.join(AUTHORITIES)}")
    if not ENTITY_RE.match(cells["entity"]):
        raise RecordError(where, f"entity {cells['entity']!r} is not person/<slug> or organization/<slug>")
    if not cells["identifier"]:
        raise RecordError(where, "the identifier cell is empty")
    known = {f.name for f in fields(Row)} - {"line", "extra"}
    values = {k: v for k, v in cells.items() if k in known}
    values.update(status=status, authority=cells["authority"].lower())
    extra = tuple((k, v) for k, v in cells.items() if k not in known)
    return Row(**values, line=line, extra=extra)


def merge(existing: Iterable[Row], proposals: Iterable[Row]) -> list[Row]:
    """Existing rows with their decisions, refreshed proposals, and new proposals, sorted."""
    merged = {row.key: row for row in existing}
    for proposal in proposals:
        current = merged.get(proposal.key)
        if current is None:
            merged[proposal.key] = proposal
        elif current.status == "proposed":
            merged[proposal.key] = replace(
                proposal,
                identifier=current.identifier,
                extra=current.extra,
                decided_by=current.decided_by,
                decided_at=current.decided_at,
            )
    return sorted(merged.values(), key=_order)


def _order(row: Row) -> tuple[str, str, int, str]:
    score = int(row.score) if row.score.isdigit() else 0
    return row.entity, row.authority, -score, row.identifier


def write(path: Path, rows: Iterable[Row]) -> None:
    """Write all rows atomically: readers see the old file or the new one, never half of it."""
    rows = list(rows)
    extra_columns = list(dict.fromkeys(k for row in rows for k, _ in row.extra))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*COLUMNS, *extra_columns])
    for row in rows:
        extra = dict(row.extra)
        writer.writerow([getattr(row, c) for c in COLUMNS] + [extra.get(c, "") for c in extra_columns])
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def decided(rows: Iterable[Row], status: str) -> dict[str, list[Row]]:
    """Rows with a status, by entity."""
    found: dict[str, list[Row]] = {}
    for row in rows:
        if row.status == status:
            found.setdefault(row.entity, []).append(row)
    return found
