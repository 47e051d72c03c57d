"""The MkDocs plugin: plain `mkdocs build` generates the pages, fails cleanly on a bad fact sheet,
shows the editor's own pages in a story's navigation, and points "Edit this page" at the source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import Project, generate
from tests.editing_project import SEED, replace_in, snapshot
from tests.project_copy import copy_project

EDIT_ROOT = "https://example.org/newsroom/edit/main/"


def mkdocs_build(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("built"))
    replace_in(root / "mkdocs.yml", "strict: true\n", f"strict: true\nedit_uri: {EDIT_ROOT}docs/\n")
    pages = root / "seeds" / SEED / "pages"
    pages.mkdir()
    (pages / "desk-interview.md").write_text(
        "---\ntitle: Our interview\n---\nWhat the desk learned on the phone.\n", encoding="utf-8"
    )
    (pages / "index.md").write_text("## From our desk\n\nWe called the ministry.\n")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root


def test_mkdocs_build_generates_the_pages(built: Path) -> None:
    assert (built / "docs" / "stories" / SEED / "index.md").is_file()
    assert (built / "site" / "stories" / SEED / "quotes" / "index.html").is_file()


def test_an_editors_own_page_is_in_the_story_and_its_navigation(built: Path) -> None:
    page = built / "site" / "stories" / SEED / "desk-interview" / "index.html"
    assert "What the desk learned on the phone." in page.read_text(encoding="utf-8")
    overview = (built / "site" / "stories" / SEED / "index.html").read_text(encoding="utf-8")
    assert '<a href="desk-interview/">Our interview</a>' in overview


def test_an_editors_section_is_added_to_the_generated_page_of_its_name(built: Path) -> None:
    overview = (built / "site" / "stories" / SEED / "index.html").read_text(encoding="utf-8")
    assert "We called the ministry." in overview
    assert overview.index("We called the ministry.") < overview.index("From the fact sheet")
    assert 'href="index/"' not in overview, "a section is not a page of its own"


def test_edit_this_page_opens_the_source_not_the_generated_markdown(built: Path) -> None:
    overview = (built / "site" / "stories" / SEED / "index.html").read_text(encoding="utf-8")
    assert f'href="{EDIT_ROOT}seeds/{SEED}/facts.yaml"' in overview
    own = (built / "site" / "stories" / SEED / "desk-interview" / "index.html").read_text()
    assert f'href="{EDIT_ROOT}seeds/{SEED}/pages/desk-interview.md"' in own
    about = (built / "site" / "about" / "index.html").read_text(encoding="utf-8")
    assert f'href="{EDIT_ROOT}docs/about.md"' in about
    home = (built / "site" / "index.html").read_text(encoding="utf-8")
    assert EDIT_ROOT not in home, "the home page is made from every story: nothing to edit"


def test_mkdocs_build_writes_the_same_docs_as_generate(tmp_path: Path) -> None:
    built = copy_project(tmp_path / "built")
    result = mkdocs_build(built)
    assert result.returncode == 0, result.stderr
    generated = copy_project(tmp_path / "generated")
    generate(Project.at(generated))
    pages = snapshot(built / "docs")
    assert f"stories/{SEED}/quotes.md" in pages
    assert pages == snapshot(generated / "docs")


def test_a_bad_fact_sheet_fails_the_build_with_its_problem_lines(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    replace_in(root / "seeds" / SEED / "facts.yaml", "paragraphs: [", "paragraphs: [99, ")
    result = mkdocs_build(root)
    assert result.returncode == 1
    assert f"seeds/{SEED}/facts.yaml:" in result.stderr
    assert "paragraph 99 does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "docs" / "stories").exists()


def test_a_hand_edit_stops_mkdocs_build_and_explainer_build_force_overwrites_it(
    tmp_path: Path,
) -> None:
    root = copy_project(tmp_path)
    assert mkdocs_build(root).returncode == 0
    quotes = root / "docs" / "stories" / SEED / "quotes.md"
    replace_in(quotes, "# Key quotes", "# Key quotes, checked")
    replace_in(root / "seeds" / SEED / "facts.yaml", "role: US Secretary of State", "role: Envoy")
    result = mkdocs_build(root)
    assert result.returncode == 1
    assert "quotes.md: was edited by hand since it was generated" in result.stderr
    assert "Traceback" not in result.stderr
    assert "# Key quotes, checked" in quotes.read_text(encoding="utf-8")
    explainer = Path(sys.executable).with_name("explainer")
    result = subprocess.run(
        [str(explainer), "build", "--force"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "# Key quotes, checked" not in quotes.read_text(encoding="utf-8")
    people = (root / "site" / "stories" / SEED / "people" / "index.html").read_text()
    assert "Envoy" in people
