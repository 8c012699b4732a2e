"""Event records: frozen dataclasses, and the loader for the human-edited YAML files.

A record is one event with everything it states: its people and organisations (declared once
under `people:` and `organizations:` and referred to by key), participations with the role and
the affiliation as stated at that event, reports and related meetings. The YAML form is
documented in docs/records.md. Errors name the file and the field ("participants[2].role").
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from kg.errors import RecordError
from kg.names import slugify

YAML_SUFFIXES = (".yaml", ".yml")
RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}
RDF_ENDINGS = tuple(RDF_SUFFIXES)
RECORD_ENDINGS = (*YAML_SUFFIXES, *RDF_SUFFIXES)
MAX_RECORD_BYTES = 5_000_000

ROLES = (
    "speaker",
    "moderator",
    "panelist",
    "keynote",
    "discussant",
    "chair",
    "presenter",
    "respondent",
    "introductory-remarks",
    "featured-remarks",
    "closing-remarks",
    "host",
    "organizer",
    "rapporteur",
    "contact",
)
ORGANIZATION_TYPES = (
    "Organization",
    "CollegeOrUniversity",
    "EducationalOrganization",
    "ResearchOrganization",
    "GovernmentOrganization",
    "NGO",
    "Corporation",
    "NewsMediaOrganization",
    "Project",
)
ATTENDANCE_MODES = ("offline", "online", "mixed")
EVENT_STATUSES = ("scheduled", "cancelled", "postponed", "rescheduled", "moved-online")

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


@dataclass(frozen=True)
class OrganizationRecord:
    key: str
    name: str
    type: str = "Organization"
    alternate_names: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    parent: OrganizationRecord | None = None
    url: str | None = None
    description: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.alternate_names, *self.former_names)


@dataclass(frozen=True)
class PersonRecord:
    key: str
    name: str
    alternate_names: tuple[str, ...] = ()
    given_name: str | None = None
    family_name: str | None = None
    honorific_prefix: str | None = None
    job_title: str | None = None
    telephone: str | None = None
    email: str | None = None
    works_for: OrganizationRecord | None = None
    url: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.alternate_names)


@dataclass(frozen=True)
class Participation:
    person: PersonRecord
    role: str
    affiliation: OrganizationRecord | None = None
    job_title: str | None = None


@dataclass(frozen=True)
class PlaceRecord:
    name: str | None = None
    street_address: str | None = None
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    url: str | None = None  # set for a virtual location (online meeting link)


@dataclass(frozen=True)
class ReportRecord:
    name: str
    report_number: str | None = None
    publisher: OrganizationRecord | None = None
    url: str | None = None
    date_published: str | None = None


@dataclass(frozen=True)
class EventRecord:
    slug: str
    name: str
    start: str  # xsd:date (YYYY-MM-DD) or xsd:dateTime with offset
    end: str | None = None
    time_zone: str | None = None
    description: str | None = None
    url: str | None = None
    keywords: tuple[str, ...] = ()
    attendance_mode: str | None = None
    status: str | None = None
    in_language: str | None = None
    location: PlaceRecord | None = None
    online_location: PlaceRecord | None = None
    organizers: tuple[OrganizationRecord, ...] = ()
    sponsors: tuple[OrganizationRecord, ...] = ()
    participants: tuple[Participation, ...] = ()
    reports: tuple[ReportRecord, ...] = ()
    related_events: tuple[EventRecord, ...] = ()

    @property
    def people(self) -> tuple[PersonRecord, ...]:
        """Every person the record mentions, the related meetings' included, once each."""
        seen: dict[str, PersonRecord] = {}
        for event in (self, *self.related_events):
            for participation in event.participants:
                seen.setdefault(participation.person.key, participation.person)
        return tuple(seen.values())


@dataclass(frozen=True)
class RecordFile:
    """One file under the records directory, listed but not yet interpreted.

    Its bytes are read when first needed: a build that already knows the file's hash (same size and
    modification time as when it was last read) need not read it at all.
    """

    path: str | Path  # (a string when listed: a Path per file took seconds at 100,000 files)
    relative: str  # path relative to the records directory, used in messages and provenance
    data: bytes | None = field(default=None, repr=False)  # the bytes, when already at hand
    stat: tuple[int, int] = (0, 0)  # size and modification time (ns) when listed
    known_sha256: str | None = None  # the hash read by an earlier build, when the stat is unchanged

    @cached_property
    def content(self) -> bytes:
        if self.data is not None:
            return self.data
        with open(self.path, "rb") as handle:
            return handle.read()

    @cached_property
    def sha256(self) -> str:
        return self.known_sha256 or hashlib.sha256(self.content).hexdigest()

    def forget_content(self) -> None:
        """Let the bytes go once the record is parsed (a build holds every file for its whole run)."""
        vars(self).pop("content", None)

    @property
    def slug(self) -> str:
        return slugify(Path(self.relative).with_suffix("").as_posix().replace("/", "-"))

    @property
    def suffix(self) -> str:
        return os.path.splitext(self.relative)[1].lower()

    @property
    def is_rdf(self) -> bool:
        return self.relative.lower().endswith(RDF_ENDINGS)


FileStats = Mapping[str, tuple[int, int, str]]  # relative path -> (size, mtime_ns, sha256) when last read


def find_record_files(records_dir: Path, known: FileStats | None = None) -> list[RecordFile]:
    """Every record file below the directory, in a stable order.

    A file whose size and modification time are those in `known` keeps its known hash and is not
    read; any other is read and hashed again (its content hash decides whether it changed).
    """
    if not records_dir.is_dir():
        raise RecordError(str(records_dir), "records directory does not exist")
    known = known or {}
    files = []
    # by path components ("/" before any character: as comparing the lists split("/") gives)
    listed = sorted(_record_entries(str(records_dir), ""), key=lambda item: item[0].replace("/", "\0"))
    for relative, path, status in listed:
        if status.st_size > MAX_RECORD_BYTES:
            raise RecordError(relative, f"file is larger than {MAX_RECORD_BYTES} bytes")
        stat = (status.st_size, status.st_mtime_ns)
        before = known.get(relative)
        sha256 = before[2] if before is not None and before[:2] == stat else None
        files.append(RecordFile(path, relative, stat=stat, known_sha256=sha256))
    return files


def _record_entries(folder: str, prefix: str) -> Iterator[tuple[str, str, os.stat_result]]:
    """(relative path, path, stat) of the record files below a folder, with os.scandir: a listing
    that pathlib's rglob() took seconds over at 100,000 files. Like rglob(), it does not enter
    linked folders; like Path.is_file(), it follows links to files."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _record_entries(entry.path, f"{prefix}{entry.name}/")
            elif entry.name.lower().endswith(RECORD_ENDINGS) and not entry.name.startswith(".") and entry.is_file():
                yield f"{prefix}{entry.name}", entry.path, entry.stat()


# libyaml's C loader when PyYAML was built with it (about ten times faster), else the Python one.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StringDatesLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A safe loader that keeps dates and times as written, so we check them ourselves."""


_StringDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml_record(file: RecordFile) -> EventRecord:
    """Parse and check one YAML record; a RecordError names the file, line or field."""
    try:
        text = file.content.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RecordError(file.relative, f"not UTF-8 text (byte {err.start})") from None
    try:
        document = yaml.load(text, Loader=_StringDatesLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise RecordError(file.relative, f"{where}YAML syntax error: {problem}") from None
    if not isinstance(document, Mapping):
        raise RecordError(file.relative, "a record must be a mapping with at least 'name' and 'start'")
    return _Reader(file.relative, document).event(document, file.slug, "")


class _Reader:
    """Turns one parsed YAML document into records, resolving people and organisations by key."""

    def __init__(self, source: str, document: Mapping[str, Any]) -> None:
        self.source = source
        self.org_specs = self._mapping(document.get("organizations") or {}, "organizations")
        self.person_specs = self._mapping(document.get("people") or {}, "people")
        self.orgs: dict[str, OrganizationRecord] = {}
        self.persons: dict[str, PersonRecord] = {}
        self._resolving: set[str] = set()

    def fail(self, field: str, message: str) -> RecordError:
        return RecordError(self.source, f"{field}: {message}" if field else message)

    def _mapping(self, value: Any, field: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(field, "must be a mapping")
        return value

    def _text(self, spec: Mapping[str, Any], key: str, field: str, required: bool = False) -> str | None:
        value = spec.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(f"{field}{key}", "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(f"{field}{key}", f"must be text, not {type(value).__name__}")
        return str(value).strip()

    def _texts(self, spec: Mapping[str, Any], key: str, field: str) -> tuple[str, ...]:
        value = spec.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            raise self.fail(f"{field}{key}", "must be a list of text")
        return tuple(str(v).strip() for v in value if str(v).strip())

    def _choice(self, spec: Mapping[str, Any], key: str, field: str, allowed: tuple[str, ...]) -> str | None:
        value = self._text(spec, key, field)
        if value is not None and value not in allowed:
            raise self.fail(f"{field}{key}", f"{value!r} is not one of: {', '.join(allowed)}")
        return value

    def _unknown_keys(self, spec: Mapping[str, Any], allowed: set[str], field: str) -> None:
        unknown = sorted(str(k) for k in spec if k not in allowed)
        if unknown:
            raise self.fail(
                field.rstrip("."),
                f"unknown field(s) {', '.join(unknown)}; expected some of {', '.join(sorted(allowed))}",
            )

    def organization(self, ref: Any, field: str) -> OrganizationRecord:
        """An organisation by key (declared under organizations:), by name, or inline."""
        if isinstance(ref, str) and ref in self.org_specs:
            if ref not in self.orgs:
                if ref in self._resolving:
                    raise self.fail(field, f"organization {ref!r} is its own parent")
                self._resolving.add(ref)
                self.orgs[ref] = self._organization(ref, self.org_specs[ref], f"organizations.{ref}.")
                self._resolving.discard(ref)
            return self.orgs[ref]
        if isinstance(ref, str):
            return OrganizationRecord(key=slugify(ref), name=ref.strip())
        if isinstance(ref, Mapping):
            return self._organization(None, ref, f"{field}.")
        raise self.fail(field, "must be an organization key, a name, or a mapping with 'name'")

    def _organization(self, key: str | None, spec: Any, field: str) -> OrganizationRecord:
        spec = self._mapping(spec, field.rstrip("."))
        self._unknown_keys(
            spec, {"name", "type", "alternate_names", "former_names", "parent", "url", "description"}, field
        )
        name = self._text(spec, "name", field, required=True)
        assert name is not None
        parent = spec.get("parent")
        return OrganizationRecord(
            key=key or slugify(name),
            name=name,
            type=self._choice(spec, "type", field, ORGANIZATION_TYPES) or "Organization",
            alternate_names=self._texts(spec, "alternate_names", field),
            former_names=self._texts(spec, "former_names", field),
            parent=self.organization(parent, f"{field}parent") if parent is not None else None,
            url=self._url(spec, "url", field),
            description=self._text(spec, "description", field),
        )

    def person(self, ref: Any, field: str) -> PersonRecord:
        """A person by key (declared under people:), by name, or inline."""
        if isinstance(ref, str) and ref in self.person_specs:
            if ref not in self.persons:
                self.persons[ref] = self._person(ref, self.person_specs[ref], f"people.{ref}.")
            return self.persons[ref]
        if isinstance(ref, str) and ref.strip():
            return PersonRecord(key=slugify(ref), name=ref.strip())
        if isinstance(ref, Mapping):
            return self._person(None, ref, f"{field}.")
        raise self.fail(field, "must be a person key, a name, or a mapping with 'name'")

    def _person(self, key: str | None, spec: Any, field: str) -> PersonRecord:
        spec = self._mapping(spec, field.rstrip("."))
        self._unknown_keys(
            spec,
            {
                "name",
                "alternate_names",
                "given_name",
                "family_name",
                "honorific_prefix",
                "job_title",
                "telephone",
                "email",
                "works_for",
                "url",
            },
            field,
        )
        name = self._text(spec, "name", field, required=True)
        assert name is not None
        works_for = spec.get("works_for")
        return PersonRecord(
            key=key or slugify(name),
            name=name,
            alternate_names=self._texts(spec, "alternate_names", field),
            given_name=self._text(spec, "given_name", field),
            family_name=self._text(spec, "family_name", field),
            honorific_prefix=self._text(spec, "honorific_prefix", field),
            job_title=self._text(spec, "job_title", field),
            telephone=self._text(spec, "telephone", field),
            email=self._text(spec, "email", field),
            works_for=self.organization(works_for, f"{field}works_for") if works_for else None,
            url=self._url(spec, "url", field),
        )

    def _url(self, spec: Mapping[str, Any], key: str, field: str) -> str | None:
        value = self._text(spec, key, field)
        if value is not None and not re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
            raise self.fail(f"{field}{key}", f"{value!r} is not an http(s) URL")
        return value

    def _when(
        self, spec: Mapping[str, Any], key: str, field: str, zone: str | None, required: bool = False
    ) -> str | None:
        value = self._text(spec, key, field, required)
        return None if value is None else normalise_when(value, zone, lambda m: self.fail(f"{field}{key}", m))

    def _zone(self, spec: Mapping[str, Any], field: str) -> str | None:
        zone = self._text(spec, "time_zone", field)
        if zone is not None:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                raise self.fail(
                    f"{field}time_zone",
                    f"{zone!r} is not an IANA time zone (for example America/New_York, Europe/London)",
                ) from None
        return zone

    def _list(self, spec: Mapping[str, Any], key: str, field: str) -> list[Any]:
        value = spec.get(key) or []
        if not isinstance(value, list):
            raise self.fail(f"{field}{key}", "must be a list")
        return value

    def _place(self, spec: Any, field: str) -> PlaceRecord:
        if isinstance(spec, str):
            return PlaceRecord(name=spec.strip())
        spec = self._mapping(spec, field)
        keys = ("name", "street_address", "locality", "region", "postal_code", "country")
        self._unknown_keys(spec, {*keys, "url"}, f"{field}.")
        place = PlaceRecord(
            **{k: self._text(spec, k, f"{field}.") for k in keys}, url=self._url(spec, "url", f"{field}.")
        )
        if not any(vars(place).values()):
            raise self.fail(field, "is empty")
        return place

    def event(self, spec: Mapping[str, Any], slug: str, field: str) -> EventRecord:
        self._unknown_keys(spec, EVENT_FIELDS if not field else EVENT_FIELDS - RECORD_ONLY, field or ".")
        zone = self._zone(spec, field)
        location, online = spec.get("location"), spec.get("online_location")
        start, end = self._when(spec, "start", field, zone, required=True), self._when(spec, "end", field, zone)
        if start and end and _ends_before_start(start, end):
            raise self.fail(f"{field}end", f"{end} is before the start {start}")
        return EventRecord(
            slug=slugify(self._text(spec, "slug", field) or slug),
            name=self._text(spec, "name", field, required=True) or "",
            start=start or "",
            end=end,
            time_zone=zone,
            description=self._text(spec, "description", field),
            url=self._url(spec, "url", field),
            keywords=self._texts(spec, "keywords", field),
            attendance_mode=self._choice(spec, "attendance_mode", field, ATTENDANCE_MODES),
            status=self._choice(spec, "status", field, EVENT_STATUSES),
            in_language=self._text(spec, "in_language", field),
            location=self._place(location, f"{field}location") if location else None,
            online_location=self._place(online, f"{field}online_location") if online else None,
            organizers=tuple(
                self.organization(o, f"{field}organizers[{i}]")
                for i, o in enumerate(self._list(spec, "organizers", field))
            ),
            sponsors=tuple(
                self.organization(o, f"{field}sponsors[{i}]") for i, o in enumerate(self._list(spec, "sponsors", field))
            ),
            participants=tuple(
                self._participation(p, f"{field}participants[{i}]")
                for i, p in enumerate(self._list(spec, "participants", field))
            ),
            reports=tuple(
                self._report(r, f"{field}reports[{i}]") for i, r in enumerate(self._list(spec, "reports", field))
            ),
            related_events=tuple(
                self.event(self._mapping(e, f"related_events[{i}]"), f"{slug}-related-{i + 1}", f"related_events[{i}].")
                for i, e in enumerate(self._list(spec, "related_events", field))
            ),
        )

    def _participation(self, spec: Any, field: str) -> Participation:
        if isinstance(spec, str):
            return Participation(person=self.person(spec, field), role="speaker")
        spec = self._mapping(spec, field)
        self._unknown_keys(spec, {"person", "role", "affiliation", "job_title"}, f"{field}.")
        if spec.get("person") is None:
            raise self.fail(f"{field}.person", "is required")
        affiliation = spec.get("affiliation")
        return Participation(
            person=self.person(spec["person"], f"{field}.person"),
            role=self._choice(spec, "role", f"{field}.", ROLES) or "speaker",
            affiliation=self.organization(affiliation, f"{field}.affiliation") if affiliation else None,
            job_title=self._text(spec, "job_title", f"{field}."),
        )

    def _report(self, spec: Any, field: str) -> ReportRecord:
        if isinstance(spec, str):
            return ReportRecord(name=spec.strip())
        spec = self._mapping(spec, field)
        self._unknown_keys(spec, {"name", "report_number", "publisher", "url", "date_published"}, f"{field}.")
        publisher = spec.get("publisher")
        return ReportRecord(
            name=self._text(spec, "name", f"{field}.", required=True) or "",
            report_number=self._text(spec, "report_number", f"{field}."),
            publisher=self.organization(publisher, f"{field}.publisher") if publisher else None,
            url=self._url(spec, "url", f"{field}."),
            date_published=self._when(spec, "date_published", f"{field}.", None),
        )


RECORD_ONLY = {"organizations", "people", "related_events"}
EVENT_FIELDS = {
    "name",
    "start",
    "end",
    "time_zone",
    "description",
    "url",
    "keywords",
    "attendance_mode",
    "status",
    "in_language",
    "location",
    "online_location",
    "organizers",
    "sponsors",
    "participants",
    "reports",
    "slug",
    *RECORD_ONLY,
}


def normalise_when(value: str, zone: str | None, fail: Any) -> str:
    """A stated date or date-time as xsd:date or xsd:dateTime with an offset.

    A local time without an offset takes the offset of `zone` on that date, daylight saving
    included (15:00 on 2003-07-29 in America/New_York is 15:00-04:00).
    """
    if _DATE_RE.match(value):
        try:
            date.fromisoformat(value)
        except ValueError as err:
            raise fail(f"{value!r} is not a real date ({err})") from None
        return value
    if not _DATETIME_RE.match(value):
        raise fail(
            f"{value!r} is neither a date (YYYY-MM-DD) nor a date-time "
            "(YYYY-MM-DDThh:mm:ss with an offset such as -04:00)"
        )
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as err:
        raise fail(f"{value!r} is not a real date-time ({err})") from None
    if moment.tzinfo is None:
        if zone is None:
            raise fail(f"{value!r} has no UTC offset; add one (e.g. -04:00) or set time_zone")
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.isoformat()


def _ends_before_start(start: str, end: str) -> bool:
    """Instants compare across offsets; a date against anything compares by day."""
    if "T" in start and "T" in end:
        return datetime.fromisoformat(end) < datetime.fromisoformat(start)
    return end[:10] < start[:10]


def iter_events(record: EventRecord) -> Iterator[EventRecord]:
    """The record's event followed by its related meetings."""
    yield record
    yield from record.related_events
