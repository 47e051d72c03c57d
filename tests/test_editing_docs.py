"""The guide documents the editing workflow and every command the CLI has."""

from __future__ import annotations

import click
import pytest

from generator.shells.cli import main
from tests.editing_project import ROOT

COMMANDS = (ROOT / "guide" / "commands.md").read_text(encoding="utf-8")
EDITING = (ROOT / "guide" / "editing.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", main.list_commands(click.Context(main)))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"`explainer {command}" in COMMANDS, f"document `explainer {command}` in commands.md"


def test_the_editing_section_covers_the_workflow() -> None:
    section = EDITING
    for words in (
        "explainer serve",
        "explainer adopt",
        "--force",
        "seeds/<story>/pages/",
        "explainer schema",
        "yaml-language-server",
        "edit_uri",
        "benchmarks.incremental_generation",
    ):
        assert words in section, words
