"""The YAML record loader: what it accepts, and errors that name the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.records import RecordFile, find_record_files, load_yaml_record
from tests.conftest import SEED_RECORDS


def record(text: str, name: str = "events/example.yaml") -> RecordFile:
    return RecordFile(Path(name), name, text.encode("utf-8"))


def test_seed_record_loads_with_everything_the_page_states() -> None:
    seed = load_yaml_record(find_record_files(SEED_RECORDS)[0])
    assert seed.start == "2003-07-29T15:00:00-04:00" and seed.end == "2003-07-29T17:00:00-04:00"
    assert [(p.person.name, p.role) for p in seed.participants][:3] == [
        ("Samuel S. Kim", "speaker"),
        ("Chen Jian", "speaker"),
        ("Hazel Smith", "speaker"),
    ]
    assert seed.organizers[0].former_names == ("Asia Program",)
    assert seed.organizers[0].parent is not None
    assert seed.reports[0].report_number == "115"
    assert seed.related_events[0].start == "2003-07-30"


@pytest.mark.parametrize(
    ("start", "zone", "expected"),
    [
        ("2003-07-29T15:00", "America/New_York", "2003-07-29T15:00:00-04:00"),  # EDT
        ("2004-01-15T15:00", "America/New_York", "2004-01-15T15:00:00-05:00"),  # EST
        ("2021-06-01T14:00", "Europe/London", "2021-06-01T14:00:00+01:00"),  # BST
        ("2021-12-01T14:00", "Europe/London", "2021-12-01T14:00:00+00:00"),  # GMT
        ("2022-03-10T19:00", "Asia/Seoul", "2022-03-10T19:00:00+09:00"),  # KST, no DST
        ("2022-03-10T19:00:00+09:00", None, "2022-03-10T19:00:00+09:00"),
        ("2022-03-10", None, "2022-03-10"),
    ],
)
def test_local_times_take_the_offset_of_their_zone_on_that_date(start: str, zone: str | None, expected: str) -> None:
    zone_line = f"time_zone: {zone}\n" if zone else ""
    assert load_yaml_record(record(f"name: X\nstart: {start}\n{zone_line}")).start == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("start: 2020-01-01\n", "events/example.yaml: name: is required"),
        ("name: X\n", "events/example.yaml: start: is required"),
        ("name: X\nstart: 2020-13-45\n", "start: '2020-13-45' is not a real date"),
        ("name: X\nstart: 2020-01-01T10:00\n", "has no UTC offset; add one"),
        ("name: X\nstart: next tuesday\n", "is neither a date"),
        (
            "name: X\nstart: 2020-01-02T10:00:00+01:00\nend: 2020-01-02T08:30:00+00:00\n",
            "end: 2020-01-02T08:30:00+00:00 is before the start 2020-01-02T10:00:00+01:00",
        ),
        ("name: X\nstart: 2020-01-03\nend: 2020-01-02T23:00:00+00:00\n", "is before the start 2020-01-03"),
        ("name: X\nstart: 2020-01-01\ntime_zone: Mars/Olympus\n", "time_zone: 'Mars/Olympus' is not an IANA time zone"),
        (
            "name: X\nstart: 2020-01-01\nparticipants:\n  - {person: A B, role: speeker}\n",
            "participants[0].role: 'speeker' is not one of",
        ),
        ("name: X\nstart: 2020-01-01\ncolour: blue\n", "unknown field(s) colour"),
        ("name: X\nstart: 2020-01-01\nparticipants:\n  - {role: speaker}\n", "participants[0].person: is required"),
        ("name: [unclosed\n", "line 2, column 1: YAML syntax error"),
        ("- just\n- a list\n", "a record must be a mapping"),
        ("name: X\nstart: 2020-01-01\nurl: javascript:alert(1)\n", "url: 'javascript:alert(1)' is not an http(s) URL"),
        ("name: X\nstart: 2020-01-01\norganizations:\n  a: {name: A, parent: a}\norganizers: [a]\n", "its own parent"),
    ],
)
def test_errors_name_the_file_and_the_field(text: str, message: str) -> None:
    with pytest.raises(RecordError) as caught:
        load_yaml_record(record(text))
    assert message in str(caught.value)
    assert str(caught.value).startswith("events/example.yaml: ")


def test_binary_content_is_a_clear_error() -> None:
    with pytest.raises(RecordError, match="not UTF-8"):
        load_yaml_record(RecordFile(Path("x.yaml"), "x.yaml", b"\xff\xfe\x00binary"))


def test_people_can_be_named_inline_without_a_people_section() -> None:
    loaded = load_yaml_record(record("name: X\nstart: 2020-01-01\nparticipants: [Ada Lovelace]\n"))
    assert loaded.participants[0].person.name == "Ada Lovelace"
    assert loaded.participants[0].role == "speaker"


def test_record_files_listed_as_pathlib_would(tmp_path: Path) -> None:
    """The order decides which mention comes first (and so slugs): folders sort by their parts, as
    sorted(rglob()) did; hidden files and other suffixes are skipped, linked folders not entered."""
    for name in ("a-b.yaml", "a/x.yaml", "a.yaml", ".h/z.yml", "b.c/Q.TTL", ".hid.yaml", "b.c/n.txt", "A.nt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("name: x\n")
    (tmp_path / "link").symlink_to(tmp_path / "a")
    (tmp_path / "lnk.yaml").symlink_to(tmp_path / "a.yaml")
    suffixes = (".yaml", ".yml", ".ttl", ".nt", ".jsonld")
    expected = [
        p.relative_to(tmp_path).as_posix()
        for p in sorted(tmp_path.rglob("*"))
        if p.suffix.lower() in suffixes and not p.name.startswith(".") and p.is_file()
    ]
    assert [f.relative for f in find_record_files(tmp_path)] == expected
    assert expected == [".h/z.yml", "A.nt", "a/x.yaml", "a-b.yaml", "a.yaml", "b.c/Q.TTL", "lnk.yaml"]
