"""A throwaway copy of the project (seeds, templates, hand-written docs, mkdocs.yml) for tests."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WALTZ = "waltz-territory-for-security-guarantees"


def copy_project(target: Path, *, seeds: bool = True) -> Path:
    """Copy what a build needs into `target`; generated pages are left behind."""
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copytree(ROOT / "overrides", target / "overrides")
    (target / "docs").mkdir()
    shutil.copy2(ROOT / "docs" / "about.md", target / "docs" / "about.md")
    shutil.copytree(ROOT / "docs" / "assets", target / "docs" / "assets")
    if seeds:
        shutil.copytree(ROOT / "seeds", target / "seeds")
    else:
        (target / "seeds").mkdir()
    return target


def add_story(root: Path, slug: str, facts: str, article: str | None = None) -> Path:
    """A story folder whose article defaults to the seed story's."""
    folder = root / "seeds" / slug
    folder.mkdir(parents=True)
    (folder / "facts.yaml").write_text(facts, encoding="utf-8")
    text = article or (ROOT / "seeds" / WALTZ / "article.txt").read_text(encoding="utf-8")
    (folder / "article.txt").write_text(text, encoding="utf-8")
    return folder


def waltz_facts() -> str:
    return (ROOT / "seeds" / WALTZ / "facts.yaml").read_text(encoding="utf-8")
