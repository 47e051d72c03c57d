"""The corpus of bad inputs: each case in bad_inputs/ must get exactly its expected messages.

Every case also proves that a refused input exits 1 without a traceback and that `build` changes
nothing under docs/ or site/. The format of a case is described in bad_inputs/README.md.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.shells.cli import main
from tests.project_copy import snapshot

CASES = Path(__file__).parent / "bad_inputs"
BASE = CASES / "_base"
STORY = Path("seeds/story")


def all_cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if p.is_dir() and not p.name.startswith("_"))


def expected_lines(case: Path) -> list[str]:
    lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def make_project(case: Path, root: Path) -> list[str]:
    """Lay out a project for `case` under `root`; return the extra arguments for `check`."""
    story = root / STORY
    story.mkdir(parents=True)
    for source in (BASE, case):
        for file in source.iterdir():
            if file.name in ("facts.yaml", "article.txt"):
                shutil.copyfile(file, story / file.name)
    if (case / "pages").is_dir():
        shutil.copytree(case / "pages", story / "pages")
    (root / "docs").mkdir()
    (root / "docs" / "about.md").write_text("# About\n\nWritten by hand.\n", encoding="utf-8")
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("<p>The site as last built.</p>\n", encoding="utf-8")
    setup = case / "setup.txt"
    lines = setup.read_text(encoding="utf-8").splitlines() if setup.exists() else []
    return apply_setup([line.split() for line in lines if line and not line.startswith("#")], root)


def apply_setup(steps: list[list[str]], root: Path) -> list[str]:
    args: list[str] = []
    for action, *rest in steps:
        target = root / rest[0] if rest else root
        if action == "args":
            args = rest
        elif action == "remove":
            shutil.rmtree(target) if target.is_dir() else target.unlink()
        elif action == "folder":
            target.unlink(missing_ok=True)
            target.mkdir()
        elif action == "link":
            shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
            os.symlink(rest[1], target)
        elif action == "size":
            with target.open("wb") as stream:
                stream.truncate(int(rest[1]))
        elif action == "move":
            target.rename(root / rest[1])
        else:
            raise ValueError(f"unknown setup step {action!r}")
    return args


@pytest.mark.parametrize("case", all_cases(), ids=lambda case: case.name)
def test_bad_input_gets_its_expected_messages_and_check_writes_nothing(
    case: Path, tmp_path: Path, monkeypatch
):
    root = tmp_path / "project"
    args = make_project(case, root)
    monkeypatch.chdir(root)
    expected = expected_lines(case)
    unchecked = snapshot(root)
    result = CliRunner().invoke(main, ["check", *args])
    assert snapshot(root) == unchecked, "check wrote something"
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines() == expected
    refused = not expected[-1].startswith("0 errors")
    assert result.exit_code == (1 if refused else 0)
    if refused and not args:
        before = snapshot(root)
        built = CliRunner().invoke(main, ["build", "--root", "."])
        assert built.exit_code == 1, built.output
        assert snapshot(root) == before


def test_the_corpus_holds_at_least_fifty_cases():
    assert len(all_cases()) >= 50
