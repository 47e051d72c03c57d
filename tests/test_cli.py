"""The command line as a user runs it: exit codes, messages on stderr, nothing written on error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED_SLUG


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def break_first_quote(project: Path) -> None:
    facts = project / "seeds" / SEED_SLUG / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("is incredibly unlikely.", "is very unlikely."), encoding="utf-8")


def test_check_of_the_seed_is_clean(project: Path):
    result = run(project, "check")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "0 errors, 0 warnings in 1 fact sheet"


def test_check_reports_a_misquote_with_location_and_closest_passage(project: Path):
    break_first_quote(project)
    result = run(project, "check")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"seeds/{SEED_SLUG}/facts.yaml:")
    assert "quotes[1].text: not found verbatim in the article" in lines[0]
    assert 'closest match in paragraph 5: "is incredibly unlikely."' in lines[0]
    assert lines[-1] == "1 error, 0 warnings in 1 fact sheet"
    assert "Traceback" not in result.stderr


def test_generate_writes_nothing_when_a_fact_sheet_is_wrong(project: Path):
    break_first_quote(project)
    result = run(project, "generate")
    assert result.returncode == 1
    assert not (project / "docs" / "stories").exists()
    assert not (project / "docs" / "index.md").exists()


def test_generate_writes_every_page_then_rewrites_none(project: Path):
    first = run(project, "generate")
    assert first.returncode == 0, first.stderr
    written = int(first.stdout.split()[0])
    assert first.stdout.startswith(f"{written} pages written, 0 unchanged")
    assert written >= 10, "eight story pages, the home page and the story list at least"
    second = run(project, "generate")
    assert second.stdout.startswith(f"0 pages written, {written} unchanged")


def test_a_hand_edit_of_a_generated_page_survives_regeneration(project: Path):
    assert run(project, "generate").returncode == 0
    page = project / "docs" / "stories" / SEED_SLUG / "quotes.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nAn editor's note.\n", encoding="utf-8")
    (project / "templates" / "story" / "quotes.md.j2").open("a").write("\nNew line.\n")
    result = run(project, "generate")
    assert result.returncode == 1
    assert f"docs/stories/{SEED_SLUG}/quotes.md: was edited by hand" in result.stderr
    assert "An editor's note." in page.read_text(encoding="utf-8")
    forced = run(project, "generate", "--force")
    assert forced.returncode == 0
    assert "An editor's note." not in page.read_text(encoding="utf-8")
