"""Compiled templates are kept in the user's cache folder between runs and projects; an edited
template is never served from that cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.pipeline import Project, generate
from tests.project_copy import WALTZ, copy_project

PAGE = f"docs/stories/{WALTZ}/quotes.md"


def test_a_second_project_uses_the_compiled_templates_and_its_own_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = copy_project(tmp_path / "first", stories=[WALTZ])
    generate(Project.at(first))
    compiled = sorted((tmp_path / "cache" / "explainer" / "templates").iterdir())
    used = [path for path in (first / "templates").rglob("*.j2") if path.name != "addition.md.j2"]
    assert len(compiled) == len(used)  # every template but the one for an editor's own page
    old = 1_000_000_000  # an old time on every compiled file, so a file written again shows
    for path in compiled:
        os.utime(path, ns=(old, old))
    before = {path.name: path.read_bytes() for path in compiled}

    second = copy_project(tmp_path / "second", stories=[WALTZ])
    template = second / "templates" / "story" / "quotes.md.j2"
    edited = template.read_text(encoding="utf-8").replace("# Key quotes", "# Quotes, verbatim")
    template.write_text(edited, encoding="utf-8")
    generate(Project.at(second))

    assert "# Quotes, verbatim" in (second / PAGE).read_text(encoding="utf-8")
    assert "# Key quotes" in (first / PAGE).read_text(encoding="utf-8")
    after = sorted((tmp_path / "cache" / "explainer" / "templates").iterdir())
    assert [path.name for path in after] == [path.name for path in compiled]
    rewritten = [path for path in after if path.stat().st_mtime_ns != old]
    assert len(rewritten) == 1, "only the edited template is compiled again"
    assert b"# Quotes, verbatim" in rewritten[0].read_bytes()
    assert rewritten[0].read_bytes() != before[rewritten[0].name]


def test_generation_works_without_a_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    project = copy_project(tmp_path / "project", stories=[WALTZ])
    generate(Project.at(project))
    assert "# Key quotes" in (project / PAGE).read_text(encoding="utf-8")
