"""Unfinished sheets are not publishable: a fresh draft fails `check` once per placeholder, and a
story marked `status: draft` is previewed under a banner but left out of the built site."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import Project, generate
from tests.conftest import SEED_SLUG
from tests.project_copy import STORIES, copy_project

LOCATED = re.compile(r"^seeds/story/facts\.yaml:(\d+):(\d+): (.*)$")
SHIPPED = sorted(path.parent.name for path in STORIES.glob("*/article.txt"))


def explainer(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def mark_as_draft(project: Path, slug: str = SEED_SLUG) -> None:
    facts = project / "seeds" / slug / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("story:\n", "story:\n  status: draft\n", 1), encoding="utf-8")


@pytest.mark.parametrize("slug", SHIPPED)
def test_a_fresh_draft_of_a_shipped_article_fails_once_per_placeholder(tmp_path, slug):
    project = copy_project(tmp_path, seeds=False)
    story = project / "seeds" / "story"
    story.mkdir()
    article = (STORIES / slug / "article.txt").read_text(encoding="utf-8")
    (story / "article.txt").write_text(article, encoding="utf-8")
    drafted = explainer(project, "draft", "seeds/story/article.txt", "-o", "seeds/story/facts.yaml")
    assert drafted.returncode == 0, drafted.stderr
    draft = (story / "facts.yaml").read_text(encoding="utf-8").splitlines()

    result = explainer(project, "check")
    assert result.returncode == 1
    *lines, summary = result.stderr.strip().splitlines()
    found = [LOCATED.match(line) for line in lines]
    assert all(found), [line for line, match in zip(lines, found, strict=True) if not match]
    # Every placeholder the draft left is reported at its own place, and nothing else is.
    placeholders = {
        (number, column + 1)
        for number, line in enumerate(draft, start=1)
        for column in _placeholder_columns(line)
    }
    assert {(int(m[1]), int(m[2])) for m in found} == placeholders
    assert summary.startswith(f"{len(placeholders)} errors, 0 warnings")


def _placeholder_columns(line: str) -> list[int]:
    """Where a draft line holds a placeholder: a `# TODO` comment (at its `#`), a value that
    starts with TODO or a `cue:` context (at its opening quote)."""
    columns = [match.start() for match in re.finditer(r"# TODO", line)]
    value = re.match(r'^\s*(?:- )?\w+: (")(TODO|cue:)', line)
    if value:
        columns.append(value.start(1))
    return columns


def test_a_draft_story_is_left_out_of_the_built_site_and_build_says_so(project):
    mark_as_draft(project)
    result = explainer(project, "build")
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "left out of the site" in line]
    assert notes == [
        f"seeds/{SEED_SLUG}/facts.yaml: warning: story.status is draft, so the story was left "
        "out of the site; preview it with explainer serve, and remove `status: draft` when it "
        "is ready to publish"
    ]
    site = project / "site"
    assert (site / "index.html").exists()
    assert not (site / "stories" / SEED_SLUG).exists()
    assert SEED_SLUG not in (site / "index.html").read_text(encoding="utf-8")
    assert SEED_SLUG not in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_a_draft_story_is_previewed_under_a_banner(project):
    mark_as_draft(project)
    generate(Project.at(project), drafts=True)
    for page in (project / "docs" / "stories" / SEED_SLUG).glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert '!!! danger "Draft, not published"' in text, page.name


def test_a_story_that_is_ready_carries_no_banner(project):
    generate(Project.at(project), drafts=True)
    for page in (project / "docs" / "stories" / SEED_SLUG).glob("*.md"):
        assert "Draft, not published" not in page.read_text(encoding="utf-8"), page.name


def test_check_reports_the_open_items_of_a_draft_story_as_warnings(project):
    mark_as_draft(project)
    facts = project / "seeds" / SEED_SLUG / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("\nsummary:", "\n# TODO: decide the background\nsummary:", 1))
    result = explainer(project, "check")
    assert result.returncode == 0, result.stderr
    assert "warning: a decision the draft left open: `# TODO: decide the background`" in (
        result.stderr
    )
    assert result.stderr.strip().splitlines()[-1] == "0 errors, 1 warning in 1 fact sheet"
