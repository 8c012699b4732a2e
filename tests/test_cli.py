"""The kg command: help for every subcommand, and the README documents each one."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT


def test_every_subcommand_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    runner = CliRunner()
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output
        assert f"`kg {name}`" in readme, f"kg {name} is not documented in README.md"


def test_bad_base_is_a_configuration_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["validate", "--base", "ftp://x", "--records", str(tmp_path)])
    assert result.exit_code == 2
    assert "base IRI 'ftp://x/' must be an http(s) IRI" in result.output or "must be an http(s) IRI" in result.output


def test_missing_records_directory_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["validate", "--records", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "nope: records directory does not exist" in result.output
