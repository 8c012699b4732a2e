"""One IRI per person or organisation across records; ambiguity reported, never merged."""

from __future__ import annotations

from pathlib import Path

from kg.identity import resolve
from kg.records import RecordFile, load_yaml_record


def records(*texts: str) -> list:
    return [load_yaml_record(RecordFile(Path(f"e{i}.yaml"), f"e{i}.yaml", t.encode())) for i, t in enumerate(texts)]


def people(*names: str, org: str | None = None) -> str:
    lines = "".join(
        f"  - {{person: {n}, role: speaker{', affiliation: ' + repr(org) if org else ''}}}\n" for n in names
    )
    return f"name: Talk\nstart: 2020-01-01\nparticipants:\n{lines}"


def test_name_orders_across_records_are_one_person() -> None:
    found = resolve(records(people("Chen Jian"), people("Jian Chen")))
    assert list(found.persons) == ["chen-jian"]
    assert found.persons["chen-jian"].records == ["e0", "e1"]


def test_initials_join_the_full_name() -> None:
    found = resolve(records(people("Samuel S. Kim"), people("Samuel Kim"), people("S. Kim")))
    assert list(found.persons) == ["samuel-s-kim"]


def test_ambiguous_initials_are_reported_not_merged() -> None:
    found = resolve(records(people("Samuel Kim"), people("Sunhee Kim"), people("S. Kim")))
    assert sorted(found.persons) == ["s-kim", "samuel-kim", "sunhee-kim"]
    assert len(found.ambiguities) == 1
    assert "'S. Kim' could be any of Samuel Kim, Sunhee Kim" in found.ambiguities[0]


def test_different_people_stay_apart() -> None:
    found = resolve(records(people("Hazel Smith", "Helen Smith")))
    assert sorted(found.persons) == ["hazel-smith", "helen-smith"]


def test_organisations_merge_by_name_and_article() -> None:
    found = resolve(
        records(people("A B", org="University of Virginia"), people("C D", org="The University of Virginia"))
    )
    assert list(found.organizations) == ["university-of-virginia"]


def test_programs_with_one_name_under_different_parents_stay_apart() -> None:
    def program(parent: str) -> str:
        return (
            f"name: T\nstart: 2020-01-01\norganizations:\n  p: {{name: Asia Program, parent: {parent}}}\n"
            "organizers: [p]\n"
        )

    found = resolve(records(program("Wilson Center"), program("Hudson Institute")))
    programs = [s for s in found.organizations if s.startswith("asia-program")]
    assert sorted(programs) == ["asia-program", "asia-program-2"]


def test_slugs_do_not_depend_on_record_order() -> None:
    a, b = people("Jian Chen", "Hazel Smith"), people("Chen Jian")
    assert sorted(resolve(records(a, b)).persons) == sorted(resolve(records(b, a)).persons)
