"""The generation cache `explainer build` keeps between runs: the next run loads, checks and
renders again only the stories whose files changed, and a cache that is damaged, or made by
other code, is never trusted."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

from generator import pipeline
from generator.cache.stored import CACHE_FOLDER, load_cache, store_cache
from generator.pipeline import Project, generate
from tests.project_copy import STORIES, WALTZ, copy_project, facts_file, run_build

TRIBUNAL = "un-tribunal-dismisses-china-south-china-sea-claims"


def checked_stories(monkeypatch) -> list[str]:
    """The names of the story folders `generate` loads and checks from now on."""
    checked: list[str] = []
    real = pipeline.story_view

    def counting(folder):
        checked.append(folder.name)
        return real(folder)

    monkeypatch.setattr(pipeline, "story_view", counting)
    return checked


def test_a_run_from_the_stored_cache_checks_only_the_story_that_changed(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "project", stories=[WALTZ, TRIBUNAL])
    project = Project.at(root)
    cache = load_cache(root)
    generate(project, cache=cache)
    store_cache(cache, root)
    facts = facts_file(root)
    facts.write_text(facts.read_text(encoding="utf-8").replace("Both senior", "Both"), "utf-8")
    checked = checked_stories(monkeypatch)
    report, _ = generate(project, cache=load_cache(root))
    assert checked == [WALTZ]
    written = sorted(Path(path).resolve().relative_to(root.resolve()) for path in report.written)
    assert written == [Path("docs/stories", WALTZ, "index.md")]
    assert "Both US officials" in (root / "docs/stories" / WALTZ / "index.md").read_text()


def test_a_stored_cache_that_is_cut_short_or_foreign_is_not_used(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    cache = load_cache(root)
    generate(Project.at(root), cache=cache)
    store_cache(cache, root)
    (stored,) = (root / CACHE_FOLDER).glob("*.pickle")
    checked = checked_stories(monkeypatch)
    stored.write_bytes(stored.read_bytes()[:1000])
    generate(Project.at(root), cache=load_cache(root))
    stored.write_bytes(pickle.dumps({"not": "a cache"}))
    generate(Project.at(root), cache=load_cache(root))
    assert checked == [WALTZ, WALTZ]


def test_a_hand_edit_after_a_build_is_found_by_the_next_build(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    assert run_build(root).returncode == 0
    page = root / "docs" / "stories" / WALTZ / "quotes.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nAn editor's note.\n", "utf-8")
    again = run_build(root)
    assert again.returncode == 1
    assert "edited by hand" in again.stderr
    assert page.read_text(encoding="utf-8").endswith("An editor's note.\n")


def test_a_mistake_made_after_a_build_fails_the_next_build(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    assert run_build(root).returncode == 0
    facts = facts_file(root)
    facts.write_text(facts.read_text(encoding="utf-8").replace("speaker:", "speakr:", 1), "utf-8")
    failed = run_build(root)
    assert failed.returncode == 1
    assert "facts.yaml:" in failed.stderr
    facts.write_text((STORIES / WALTZ / "facts.yaml").read_text(encoding="utf-8"), "utf-8")
    assert run_build(root).returncode == 0


def test_the_cache_lives_in_the_ignored_cache_folder_and_a_file_in_its_way_stops_nothing(
    tmp_path,
):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    assert run_build(root).returncode == 0
    assert list((root / CACHE_FOLDER).glob("*.pickle"))
    assert ".explainer-cache/" in (STORIES.parent.parent.parent / ".gitignore").read_text()
    blocked = copy_project(tmp_path / "blocked", stories=[WALTZ])
    (blocked / ".explainer-cache").write_text("not a folder\n")
    result = run_build(blocked)
    assert result.returncode == 0, result.stderr
    assert (blocked / ".explainer-cache").read_text() == "not a folder\n"
    assert os.path.isfile(blocked / "site" / "index.html")


def test_a_story_generated_without_the_stored_cache_and_removed_leaves_no_page(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    assert run_build(root).returncode == 0
    shutil.copytree(STORIES / TRIBUNAL, root / "seeds" / TRIBUNAL)
    generated = subprocess.run(
        [sys.executable, "-m", "generator", "generate"], cwd=root, capture_output=True, text=True
    )
    assert generated.returncode == 0, generated.stderr
    assert (root / "docs" / "stories" / TRIBUNAL / "index.md").is_file()
    shutil.rmtree(root / "seeds" / TRIBUNAL)
    result = run_build(root)
    assert result.returncode == 0, result.stderr
    assert not (root / "docs" / "stories" / TRIBUNAL).exists()
    assert not (root / "site" / "stories" / TRIBUNAL).exists()
