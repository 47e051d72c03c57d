"""A throwaway copy of the project (seeds, templates, hand-written docs, mkdocs.yml) for tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from generator.cache.generation import GenerationCache
from generator.pipeline import Project, generate

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "fixtures" / "stories"
"""The stories tests are made from (copies of the shipped ones; see tests/fixtures/README.md)."""
WALTZ = "waltz-territory-for-security-guarantees"


def copy_project(
    target: Path,
    *,
    seeds: bool = True,
    stories: Iterable[str] | None = None,
    source: Path = STORIES,
) -> Path:
    """Copy what a build needs into `target`; generated pages are left behind.

    Every story of `source` (the fixture stories) is copied, or only `stories` when given, or
    none when `seeds` is false.
    """
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copytree(ROOT / "overrides", target / "overrides")
    (target / "docs").mkdir()
    shutil.copy2(ROOT / "docs" / "about.md", target / "docs" / "about.md")
    shutil.copytree(ROOT / "docs" / "assets", target / "docs" / "assets")
    (target / "seeds").mkdir()
    chosen = sorted(path.name for path in source.iterdir() if path.is_dir())
    for slug in (chosen if stories is None else stories) if seeds else ():
        shutil.copytree(source / slug, target / "seeds" / slug)
    return target


def add_story(root: Path, slug: str, facts: str, article: str | None = None) -> Path:
    """A story folder whose article defaults to the seed story's."""
    folder = root / "seeds" / slug
    folder.mkdir(parents=True)
    (folder / "facts.yaml").write_text(facts, encoding="utf-8")
    text = article or (STORIES / WALTZ / "article.txt").read_text(encoding="utf-8")
    (folder / "article.txt").write_text(text, encoding="utf-8")
    return folder


def waltz_facts() -> str:
    return (STORIES / WALTZ / "facts.yaml").read_text(encoding="utf-8")


def generated_project(tmp_path: Path) -> tuple[Path, Project, GenerationCache, str]:
    """A generated copy of the project, the cache of that run, and the seed story's fact sheet."""
    root = copy_project(tmp_path / "project")
    project, cache = Project.at(root), GenerationCache()
    generate(project, cache=cache)
    return root, project, cache, facts_file(root).read_text(encoding="utf-8")


def facts_file(root: Path) -> Path:
    return root / "seeds" / WALTZ / "facts.yaml"


def run_build(root: Path) -> subprocess.CompletedProcess[str]:
    """`explainer build` in `root`, as a user runs it, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "build"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under docs/ and site/, by its path relative to `root`."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in ("docs", "site")
        for path in sorted((root / folder).rglob("*"))
        if path.is_file()
    }
