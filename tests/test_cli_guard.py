"""The command line never ends in a traceback, unless --debug asks for one."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from click.testing import CliRunner

from generator.shells.cli import main


def test_an_unexpected_failure_is_one_error_line_and_exit_1(tmp_path: Path):
    with mock.patch("generator.shells.site_commands.check", side_effect=RuntimeError("boom")):
        result = CliRunner().invoke(main, ["check", "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: unexpected RuntimeError: boom. This is a bug in explainer; "
        "run the command again with --debug and report the traceback"
    ]


def test_debug_lets_the_traceback_through(tmp_path: Path):
    with mock.patch("generator.shells.site_commands.check", side_effect=RuntimeError("boom")):
        result = CliRunner().invoke(main, ["--debug", "check", "--root", str(tmp_path)])
    assert isinstance(result.exception, RuntimeError)


def test_a_file_system_failure_names_the_path(tmp_path: Path):
    failure = PermissionError(13, "Permission denied", "docs/index.md")
    with mock.patch("generator.shells.site_commands.generate", side_effect=failure):
        result = CliRunner().invoke(main, ["generate", "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: Permission denied (docs/index.md); "
        "check that the path exists and can be read and written\n"
    )


def test_usage_errors_keep_exit_code_2(tmp_path: Path):
    result = CliRunner().invoke(main, ["check", "--no-such-option"])
    assert result.exit_code == 2
    assert "No such option" in result.stderr


def test_check_refuses_story_names_that_lead_out_of_seeds(tmp_path: Path, monkeypatch):
    (tmp_path / "seeds" / "lane").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "../lane", "/etc", "seeds/../../x"])
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.stderr.splitlines()[:3]] == [
        "../lane",
        "/etc",
        "seeds/../../x",
    ]
    assert all("not a story name" in line for line in result.stderr.splitlines()[:3])
