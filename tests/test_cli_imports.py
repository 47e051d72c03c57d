"""`explainer draft` starts fast: it loads the drafter, not the site pipeline's libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from generator.model.schema import SCHEMA_COMMENT
from generator.shells.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "waltz-territory-for-security-guarantees" / "article.txt"
SITE_LIBRARIES = {"pydantic", "mkdocs", "material", "jinja2", "markdown", "pymdownx"}
YAML_READERS = {"ruamel", "yaml"}
SITE_STAGES = {"pipeline", "cache", "build", "render", "assemble", "check", "load"}

# Runs one command through the `explainer` group in a fresh interpreter, then prints the names
# of every module that interpreter loaded.
PROBE = """
import json, sys
from generator.shells.cli import main
try:
    main(sys.argv[1:], prog_name="explainer")
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps(sorted(sys.modules)))
"""


def loaded_site_modules(*arguments: str) -> list[str]:
    """The site libraries, YAML readers and site stages of ours that running `arguments` loads."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.splitlines()[-1])
    libraries = {name.split(".")[0] for name in modules} & (SITE_LIBRARIES | YAML_READERS)
    stages = {
        f"generator.{name.split('.')[1]}" for name in modules if name.startswith("generator.")
    } & {f"generator.{stage}" for stage in SITE_STAGES}
    return sorted(libraries | stages)


def test_draft_writes_the_sheet_without_loading_the_site_pipeline(tmp_path: Path):
    output = tmp_path / "facts.yaml"
    loaded = loaded_site_modules("draft", str(SEED), "--published", "2025-03-16", "-o", str(output))
    assert loaded == []
    text = output.read_text(encoding="utf-8")
    assert text.startswith(SCHEMA_COMMENT)
    assert "quotes:" in text


def test_the_probe_sees_the_site_pipeline_when_a_command_needs_it():
    loaded = loaded_site_modules("schema")
    assert "pydantic" in loaded


@pytest.mark.parametrize("name", main.list_commands(click.Context(main)))
def test_every_listed_command_loads_under_its_own_name(name: str):
    command = main.get_command(click.Context(main), name)
    assert isinstance(command, click.Command)
    assert command.name == name
