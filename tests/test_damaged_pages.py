"""Damaged pages: a generated page cut short, emptied or garbled on disk is written again."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.shells.cli import main
from tests.project_copy import WALTZ, copy_project, snapshot

QUOTES = f"docs/stories/{WALTZ}/quotes.md"
PERSON = "docs/people/mike-waltz.md"


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, bytes]]:
    """A project built once from scratch, and every file it made."""
    root = copy_project(tmp_path / "project")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    result = CliRunner().invoke(main, ["build", "--root", "."])
    assert result.exit_code == 0, result.output
    return root, snapshot(root)


DAMAGES = {
    "cut-short": lambda page: page[:300],
    "cut-in-a-character": lambda page: page[: page.index("·".encode()) + 1],
    "empty": lambda page: b"",
    "garbage": lambda page: b"\x89PNG\r\n\x1a\n\xa3\xff garbage",
    "another-encoding": lambda page: "é".encode("latin-1"),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_page_is_written_again_with_one_warning(built, damage: str) -> None:
    root, cold = built
    for page in (QUOTES, PERSON):
        (root / page).write_bytes(DAMAGES[damage](cold[page]))
    result = CliRunner().invoke(main, ["build", "--root", "."])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings == [
        f"warning: 2 generated pages were cut short, empty or not text and were written again: "
        f"{PERSON}, {QUOTES}"
    ]
    assert snapshot(root) == cold


@pytest.mark.parametrize("text", ["# Quotes\n\nWritten by hand.\n", "---\ntitle: Quotes\n"])
def test_a_hand_written_page_that_is_text_is_still_left_alone(built, text: str) -> None:
    root, _ = built
    (root / QUOTES).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["generate"])
    assert result.exit_code == 0, result.output
    assert (root / QUOTES).read_text(encoding="utf-8") == text
