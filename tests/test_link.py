"""kg link end to end against the replay server: proposals, scores with reasons, decisions kept."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import Settings
from kg.errors import RecordError, SourceUnreachable
from kg.link import review
from kg.link.http import AuthorityClient
from kg.link.match import STRONG
from kg.link.proposals import link, services
from tests.test_link_http import AUTHORITIES, Fault, ReplayServer, Sleeps, link_settings, replay_fixture  # noqa: F401 - fixture

HEADER = ",".join(review.COLUMNS)


def run(settings: Settings, **options: object) -> list[review.Row]:
    client = AuthorityClient(services(settings), settings.link_contact, settings.link_cache, sleep=Sleeps())
    link(settings, echo=lambda line: None, client=client, **options)  # type: ignore[arg-type]
    return review.read(settings.links)


def rows_for(rows: list[review.Row], entity: str, authority: str | None = None) -> list[review.Row]:
    return [r for r in rows if r.entity == entity and (authority is None or r.authority == authority)]


def test_chen_jian_is_proposed_from_wikidata_with_reasons(replay: ReplayServer, tmp_path: Path) -> None:
    rows = run(link_settings(replay, tmp_path))
    best = rows_for(rows, "person/chen-jian", "wikidata")
    assert [r.identifier for r in best] == ["Q999999902"]  # the footballer born 1990 is left out
    row = best[0]
    assert int(row.score) >= STRONG and row.status == "proposed"
    assert "affiliation 'University of Virginia' agrees" in row.reasons and "field of work agrees: china" in row.reasons
    assert row.iri == "http://www.wikidata.org/entity/Q999999902"
    assert row.label == "Chen Jian" and row.description.startswith("historian of Cold War China")


def test_a_common_name_alone_is_never_a_strong_proposal(replay: ReplayServer, tmp_path: Path) -> None:
    rows = run(link_settings(replay, tmp_path))
    orcid = {r.identifier: r for r in rows_for(rows, "person/hazel-smith", "orcid")}
    assert int(orcid["0000-0000-0000-0036"].score) >= STRONG  # Warwick agrees
    namesake = orcid["0000-0000-0000-0108"]
    assert int(namesake.score) < 50 and "2 records of this service bear the name" in namesake.reasons
    assert all(int(r.score) < STRONG for r in rows if "only the name agrees" in r.reasons)


def test_inverted_lc_headings_match_and_dated_homonyms_rank_lower(replay: ReplayServer, tmp_path: Path) -> None:
    rows = rows_for(run(link_settings(replay, tmp_path)), "person/samuel-s-kim", "lcnaf")
    assert [r.identifier for r in rows] == ["n9999000001", "n9999000011"]
    assert "'Kim, Samuel S.' is 'Samuel S. Kim' as an inverted heading" in rows[0].reasons
    assert rows[0].iri == "http://id.loc.gov/rwo/agents/n9999000001"


def write_review(path: Path, *lines: str, header: str = HEADER) -> None:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")


def test_decisions_survive_a_rerun_and_rejected_candidates_are_not_proposed_again(
    replay: ReplayServer, tmp_path: Path
) -> None:
    settings = link_settings(replay, tmp_path)
    write_review(
        settings.links,
        "person/chen-jian,Chen Jian,wikidata,Q999999902,accepted,95,Chen Jian,,,M. Librarian,2024-05-02,"
        "Wikidata API,2024-05-01,,checked the book titles",
        "person/hazel-smith,Hazel Smith,orcid,0000-0000-0000-0036,rejected,85,Hazel Smith,,,M. Librarian,"
        "2024-05-02,ORCID expanded search,2024-05-01,,a namesake at Warwick",
        header=HEADER + ",note",
    )
    rows = run(settings)
    accepted = rows_for(rows, "person/chen-jian", "wikidata")
    assert [(r.status, r.decided_by, dict(r.extra)["note"]) for r in accepted] == [
        ("accepted", "M. Librarian", "checked the book titles")
    ]
    rejected = rows_for(rows, "person/hazel-smith", "orcid")
    assert [(r.identifier, r.status) for r in rejected] == [
        ("0000-0000-0000-0036", "rejected"),
        ("0000-0000-0000-0108", "proposed"),
    ]
    searched = [q.get("search") for path, q, _ in replay.requests if q.get("action") == "wbsearchentities"]
    assert "Chen Jian" not in searched  # an accepted Wikidata link: Wikidata is not asked again
    assert run(settings) == rows  # a second rerun changes nothing


def test_a_failing_service_is_reported_after_the_others_proposals_are_written(
    replay: ReplayServer, tmp_path: Path
) -> None:
    settings = link_settings(replay, tmp_path)
    write_review(
        settings.links,
        "person/hazel-smith,Hazel Smith,isni,0000000099990032,rejected,65,Hazel Smith,,,"
        "M. Librarian,2024-05-02,ISNI SRU search,2024-05-01,",
    )
    replay.faults.append(Fault("/v3.0/expanded-search/", 502, times=100))
    with pytest.raises(SourceUnreachable) as raised:
        run(settings)
    assert "orcid: " in str(raised.value) and "HTTP 502 Bad Gateway; gave up after 4 tries" in str(raised.value)
    assert "the proposals from the other sources were written" in str(raised.value)
    rows = review.read(settings.links)
    assert rows_for(rows, "person/chen-jian", "wikidata") and not [r for r in rows if r.authority == "orcid"]
    assert [r.status for r in rows_for(rows, "person/hazel-smith", "isni")] == ["rejected"]
    assert sum(1 for path in replay.paths() if path.startswith("/v3.0")) == 4  # skipped after the first failure


def test_a_broken_review_row_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    write_review(
        path, "person/chen-jian,Chen Jian,wikidata,Q1,proposed", "person/chen-jian,Chen Jian,wikidata,Q2,maybe"
    )
    with pytest.raises(RecordError, match=r"links.csv:3: status 'maybe' is not one of proposed, accepted, rejected"):
        review.read(path)
    write_review(path, "person/chen-jian,Chen Jian,gnd,118,proposed")
    with pytest.raises(RecordError, match=r"links.csv:2: authority 'gnd' is not one of"):
        review.read(path)
    write_review(path, "x", header="entity,name")
    with pytest.raises(RecordError, match=r"links.csv:1: the header lacks the column\(s\) authority, identifier"):
        review.read(path)


def test_the_review_file_opens_as_plain_csv(replay: ReplayServer, tmp_path: Path) -> None:
    settings = link_settings(replay, tmp_path)
    run(settings)
    with settings.links.open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert list(table[0]) == list(review.COLUMNS) and {r["status"] for r in table} == {"proposed"}


def test_offline_lc_and_wikidata_files_replace_the_services(replay: ReplayServer, tmp_path: Path) -> None:
    settings = link_settings(replay, tmp_path)
    files = (AUTHORITIES / "offline" / "lcnaf_sample.nt", AUTHORITIES / "offline" / "wikidata_subset.jsonl")
    rows = run(settings, offline_files=files)
    assert replay.requests == []
    found = {(r.entity, r.authority, r.identifier) for r in rows}
    assert ("person/robert-m-hathaway", "lcnaf", "n9999000004") in found
    assert ("organization/woodrow-wilson-international-center-for-scholars", "lcnaf", "n9999000021") in found
    chen = rows_for(rows, "person/chen-jian", "wikidata")
    assert chen[0].identifier == "Q999999902" and chen[0].service == "offline file wikidata_subset.jsonl"


def test_kg_link_command(replay: ReplayServer, tmp_path: Path) -> None:
    settings = link_settings(replay, tmp_path)
    env = {
        "KG_LINKS": str(settings.links),
        "KG_LINK_CACHE": str(tmp_path / "cache"),
        "KG_STORE": str(tmp_path / "s"),
        "KG_RECORDS": str(settings.records),
        "KG_WIKIDATA_API": settings.wikidata_api,
        "KG_VIAF_URL": settings.viaf_url,
        "KG_LOC_URL": settings.loc_url,
        "KG_ORCID_URL": settings.orcid_url,
        "KG_ISNI_URL": settings.isni_url,
    }
    runner = CliRunner()
    refused = runner.invoke(main, ["link", "--authority", "lcnaf"], env={**env, "KG_LINK_CONTACT": ""})
    assert refused.exit_code == 2 and "set KG_LINK_CONTACT" in refused.output
    result = runner.invoke(
        main,
        ["link", "--authority", "lcnaf", "--only", "person/samuel-s-kim", "--contact", "mailto:ops@example.org"],
        env=env,
    )
    assert result.exit_code == 0, result.output
    assert "proposed 2 candidate(s), 2 new, for 1 people and organisations" in result.output
    unknown = runner.invoke(main, ["link", "--only", "person/nobody", "--contact", "x"], env=env)
    assert unknown.exit_code == 2 and "not in the records: person/nobody" in unknown.output
