"""`kg ingest`: event pages (files or http(s) URLs) -> YAML record files, one per page.

Each page is read or fetched, parsed (kg.pages), written as YAML that loads back into the same
record, and swapped into place atomically (temporary file, then os.replace): a failing page
leaves nothing behind and does not stop the others. The first lines of a written file carry a
hash of what was generated; a later ingest overwrites the file only while that hash still
matches, so a record corrected by hand is kept unless --force is given.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.dates import zone_name
from kg.errors import ConfigError, KgError, PageError, RecordError
from kg.fetch import Fetcher
from kg.pages import ParsedPage, parse_page
from kg.pages.decode import MAX_PAGE_BYTES
from kg.record_yaml import record_yaml
from kg.records import EventRecord, RecordFile, load_yaml_record

Echo = Callable[[str], None]
HASH_LINE = re.compile(r"^# content-sha256: (?P<hash>[0-9a-f]{64})\n", re.MULTILINE)
FILE_MODE = 0o666
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"


@dataclass(frozen=True)
class PageResult:
    source: str
    status: str  # written, unchanged, kept (edited by hand), failed
    message: str
    path: Path | None = None
    exit_code: int = 0


@dataclass(frozen=True)
class IngestOptions:
    force: bool = False
    default_zone: str | None = None


def ingest(
    inputs: list[str], out_dir: Path, fetcher: Fetcher, options: IngestOptions, echo: Echo = print
) -> list[PageResult]:
    """Every input page to a record in out_dir; one summary line per page through echo."""
    out_dir.mkdir(parents=True, exist_ok=True)
    taken: dict[str, str] = {}
    results = []
    for source in inputs:
        result = ingest_one(source, out_dir, fetcher, options, taken)
        echo(result.message)
        results.append(result)
    return results


def check_zone(zone: str | None) -> str | None:
    """The --zone setting: an IANA zone or a zone abbreviation pages use ('ET')."""
    if zone is None:
        return None
    name = zone_name(zone)
    if name is None:
        raise ConfigError(
            f"--zone {zone!r} is not a time zone; use an IANA name such as America/New_York or Europe/London"
        )
    return name


def exit_code(results: list[PageResult]) -> int:
    """0 when every page went through, else the highest code of the failures."""
    return max((r.exit_code for r in results if r.status == "failed"), default=0)


def ingest_one(
    source: str, out_dir: Path, fetcher: Fetcher, options: IngestOptions, taken: dict[str, str]
) -> PageResult:
    try:
        parsed = read_page(source, fetcher, options.default_zone)
        record = _unique_slug(parsed.record, source, taken)
        path, status = write_record(record, out_dir, source, options.force)
    except KgError as err:
        return PageResult(source, "failed", f"error: {err}", exit_code=err.exit_code)
    except Exception as err:  # a page the readers did not foresee: a bug, but the other pages still go through
        return PageResult(source, "failed", f"error: {unforeseen(source, err)}", exit_code=PageError.exit_code)
    return PageResult(source, status, summary(source, path, status, record, parsed.notes), path)


def unforeseen(source: str, err: Exception) -> str:
    """One line naming the page, the error and where the reader failed, to report with the page."""
    where = traceback.extract_tb(err.__traceback__)[-1]
    return (
        f"{source}: the reader failed on this page ({type(err).__name__}: {err} at "
        f"{Path(where.filename).name}:{where.lineno}); please report it with the page"
    )


def read_page(source: str, fetcher: Fetcher, default_zone: str | None) -> ParsedPage:
    """A file or URL parsed into its event record."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        fetched = fetcher.get(source, accept=PAGE_ACCEPT)
        return parse_page(fetched.content, source, fetched.content_type, fetched.url, default_zone)
    path = Path(source)
    if not path.is_file():
        raise PageError(source, "no such file")
    if path.stat().st_size > MAX_PAGE_BYTES:
        raise PageError(source, f"larger than {MAX_PAGE_BYTES:,} bytes; not an event page")
    return parse_page(path.read_bytes(), source, default_zone=default_zone)


def _unique_slug(record: EventRecord, source: str, taken: dict[str, str]) -> EventRecord:
    """Two different pages of one run never share a slug (the second gets '-2')."""
    slug, n = record.slug, 2
    while taken.get(slug, source) != source:
        slug, n = f"{record.slug}-{n}", n + 1
    taken[slug] = source
    return record if slug == record.slug else replace(record, slug=slug)


def generated_text(record: EventRecord, source: str) -> str:
    """The file's content: a header with the hash of the YAML body, then the body."""
    body = record_yaml(record)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return (
        f"# Generated by `kg ingest` from {source}\n"
        "# Edit freely: a file whose content no longer matches this hash is kept by later\n"
        "# ingests (unless --force).\n"
        f"# content-sha256: {digest}\n{body}"
    )


def edited_by_hand(text: str) -> bool:
    """True when the file has no generation hash or its body no longer matches it."""
    match = HASH_LINE.search(text)
    if not match:
        return True
    body = text[match.end() :]
    return hashlib.sha256(body.encode("utf-8")).hexdigest() != match.group("hash")


def write_record(record: EventRecord, out_dir: Path, source: str, force: bool) -> tuple[Path, str]:
    """Write (atomically) unless a hand-edited file is in the way; (path, status)."""
    path = out_dir / f"{record.slug}.yaml"
    text = generated_text(record, source)
    check_loads(text, path, record)
    try:
        if path.exists():
            existing = path.read_text(encoding="utf-8", errors="replace")
            if _body(existing) == _body(text):
                return path, "unchanged"
            if edited_by_hand(existing) and not force:
                return path, "kept"
        _replace_atomically(path, text)
    except OSError as err:
        raise RecordError(str(path), f"cannot write the record ({err.strerror or err})") from None
    return path, "written"


def _body(text: str) -> str:
    match = HASH_LINE.search(text)
    return text[match.end() :] if match else text


def check_loads(text: str, path: Path, record: EventRecord) -> None:
    """The YAML must load back, with the record loader, into the record it came from."""
    loaded = load_yaml_record(RecordFile(path, path.name, text.encode("utf-8")))
    if loaded != record:
        raise RecordError(
            path.name,
            "the generated YAML does not load back into the same "
            "record (a bug in kg.record_yaml; please report it with the page)",
        )


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _replace_atomically(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temp, FILE_MODE & ~_umask())
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def summary(source: str, path: Path, status: str, record: EventRecord, notes: tuple[str, ...]) -> str:
    """'ok  page -> dir/slug.yaml: "Title", start–end; 3 speakers, 1 contact; …; not stated:
    location; could not read: …'."""
    if status == "kept":
        return f"kept {source} -> {path}: edited by hand since it was generated; not overwritten (use --force)"
    roles = Counter(p.role for p in record.participants)
    found = [line for role, n in roles.items() for line in _counted(n, role.replace("-", " "))]
    found += _counted(len(record.organizers) + len(record.sponsors), "organisation")
    found += _counted(len(record.reports), "report")
    found += _counted(len(record.related_events), "related meeting")
    absent = [
        name
        for name, value in (
            ("end", record.end),
            ("people", record.participants),
            ("host", record.organizers),
            ("place", record.location or record.online_location),
        )
        if not value
    ]
    when = record.start + (f" – {record.end}" if record.end else "")
    line = f'{"ok  " if status == "written" else "same"} {source} -> {path}: "{record.name}", {when}'
    line += f"; {', '.join(found)}" if found else ""
    line += f"; not stated: {', '.join(absent)}" if absent else ""
    return line + (f"; could not read: {'; '.join(notes)}" if notes else "")


def _counted(n: int, noun: str) -> list[str]:
    """'3 speakers', '1 report', '2 introductory remarks' (a noun already plural stays as it is)."""
    return [f"{n} {noun}{'s' if n > 1 and not noun.endswith('s') else ''}"] if n else []
