"""Output files: identical bytes on every run, unchanged files untouched, atomic writes, and
an incremental run (as `mkdocs serve` does) that gives the same files as a full one."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import generation
from generator.cache.generation import GenerationCache
from generator.model.problem import ProblemsFound
from generator.pipeline import Project, generate
from generator.render.pages import index_page_jobs, render_page
from generator.write import pages as write
from tests.editing_project import SEED, replace_in, snapshot
from tests.project_copy import copy_project, generated_project

FACTS = f"seeds/{SEED}/facts.yaml"


def test_two_projects_in_different_places_get_identical_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = copy_project(tmp_path / "first")
    second = copy_project(tmp_path / "elsewhere" / "second")
    monkeypatch.chdir(first)
    generate(Project.at(Path(".")))
    monkeypatch.chdir(tmp_path)
    generate(Project.at(second.resolve()))
    pages = snapshot(first / "docs")
    assert len(pages) > 10
    assert pages == snapshot(second / "docs")
    for name, data in pages.items():
        assert b"\r" not in data and data.endswith(b"\n") and not data.endswith(b"\n\n"), name


def test_a_second_run_rewrites_nothing(tmp_path: Path) -> None:
    project = Project.at(copy_project(tmp_path))
    generate(project)
    before = {path: path.stat().st_mtime_ns for path in project.docs.rglob("*.md")}
    time.sleep(0.01)
    report, _ = generate(project)
    assert report.written == []
    assert {path: path.stat().st_mtime_ns for path in project.docs.rglob("*.md")} == before


def _fail_on_second_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = os.replace

    def replace(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(write.os, "replace", replace)


def _fail_in_the_middle_of_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.write

    def half_then_disk_full(handle: int, data) -> int:
        real(handle, data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write.os, "write", half_then_disk_full)


@pytest.mark.parametrize("failure", [_fail_on_second_replace, _fail_in_the_middle_of_a_file])
def test_a_failure_in_the_middle_of_a_run_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure
) -> None:
    root = copy_project(tmp_path)
    project = Project.at(root)
    generate(project)
    before = snapshot(project.docs)
    replace_in(root / FACTS, "role: US Secretary of State", "role: Secretary of State")
    fresh = copy_project(tmp_path / "fresh")
    shutil.copy(root / FACTS, fresh / FACTS)
    generate(Project.at(fresh))
    after = snapshot(fresh / "docs")
    failure(monkeypatch)
    with pytest.raises(ProblemsFound) as raised:
        generate(project)
    assert "the disk is full" in str(raised.value.problems[0])
    now = snapshot(project.docs)
    assert set(now) == set(before), "a temporary file was left behind"
    for name, data in now.items():
        assert data in (before[name], after[name]), f"{name} is half-written"


def test_a_run_that_finds_a_problem_writes_nothing(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    shutil.copytree(root / "seeds" / SEED, root / "seeds" / "broken")
    project = Project.at(root)
    generate(project)
    before = snapshot(project.docs)
    replace_in(root / FACTS, "role: US Secretary of State", "role: Secretary of State")
    replace_in(root / "seeds/broken/facts.yaml", "paragraphs: [", "paragraphs: [99, ")
    with pytest.raises(ProblemsFound) as found:
        generate(project)
    assert found.value.problems
    assert all(p.file.endswith("seeds/broken/facts.yaml") for p in found.value.problems)
    assert snapshot(project.docs) == before


def test_a_broken_template_stops_the_run_and_writes_nothing(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    project = Project.at(root)
    generate(project)
    before = snapshot(project.docs)
    replace_in(root / FACTS, "role: US Secretary of State", "role: Secretary of State")
    with (root / "templates/story/quotes.md.j2").open("a", encoding="utf-8") as template:
        template.write("{% if %}\n")
    with pytest.raises(ProblemsFound) as found:
        generate(project)
    assert [problem.file for problem in found.value.problems] == ["templates/story/quotes.md.j2"]
    assert snapshot(project.docs) == before


def _age(root: Path) -> None:
    """Make every file look a minute old, as on a site whose files were not all just written."""
    old = time.time() - 60
    for path in root.rglob("*"):
        os.utime(path, (old, old))


def test_an_incremental_run_writes_only_the_changed_pages_and_matches_a_full_run(
    tmp_path: Path,
) -> None:
    root = copy_project(tmp_path / "site")
    shutil.copytree(root / "seeds" / SEED, root / "seeds" / "second-story")
    project, cache = Project.at(root), GenerationCache()
    generate(project, cache=cache)
    _age(root)
    replace_in(
        root / "seeds/second-story/facts.yaml",
        "role: US Secretary of State",
        "role: Secretary of State",
    )
    report, _ = generate(project, cache=cache)
    assert [path.split("/docs/")[-1] for path in report.written] == [
        "people/index.md",
        "people/marco-rubio.md",
        "stories/second-story/people.md",
        "stories/second-story/quotes.md",
    ], "the story's own pages, and the people pages that show the changed role"
    full = copy_project(tmp_path / "full")
    shutil.copytree(root / "seeds" / "second-story", full / "seeds" / "second-story")
    generate(Project.at(full))
    assert snapshot(root / "docs") == snapshot(full / "docs")

    replace_in(root / "seeds/second-story/facts.yaml", 'title: "Waltz:', 'title: "Second:')
    report, _ = generate(project, cache=cache)
    assert "index.md" in {path.split("/docs/")[-1] for path in report.written}
    shutil.copy(root / "seeds/second-story/facts.yaml", full / "seeds/second-story/facts.yaml")
    generate(Project.at(full))
    assert snapshot(root / "docs") == snapshot(full / "docs")
    assert "Second: Ukraine" in (root / "docs/index.md").read_text(encoding="utf-8")


def test_an_incremental_run_notices_templates_additions_and_removed_stories(
    tmp_path: Path,
) -> None:
    root = copy_project(tmp_path / "served")
    shutil.copytree(root / "seeds" / SEED, root / "seeds" / "second-story")
    project, cache = Project.at(root), GenerationCache()
    generate(project, cache=cache)
    replace_in(root / "templates/story/_footer.md.j2", "From the fact sheet", "Made from")
    pages = root / "seeds" / SEED / "pages"
    pages.mkdir()
    (pages / "interview.md").write_text("# Our interview\n\nWords of our own.\n")
    shutil.rmtree(root / "seeds" / "second-story")
    generate(project, cache=cache)
    full = copy_project(tmp_path / "full")
    shutil.copy(root / "templates/story/_footer.md.j2", full / "templates/story/_footer.md.j2")
    shutil.copytree(pages, full / "seeds" / SEED / "pages")
    generate(Project.at(full))
    served = snapshot(root / "docs")
    assert served == snapshot(full / "docs")
    assert f"stories/{SEED}/interview.md" in served
    assert not any(name.startswith("stories/second-story/") for name in served)


def test_pages_about_every_story_are_rendered_again_only_when_a_story_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_project(tmp_path)
    project, cache = Project.at(root), GenerationCache()
    renders = []

    def counted(site):
        renders.append(site)
        return index_page_jobs(site)

    monkeypatch.setattr(generation, "index_page_jobs", counted)
    generate(project, cache=cache)
    _age(root)
    generate(project, cache=cache)
    assert len(renders) == 1, "nothing changed, yet the pages about every story were rendered"
    replace_in(root / FACTS, "role: US Secretary of State", "role: Secretary of State")
    generate(project, cache=cache)
    assert len(renders) == 2
    people = (root / "docs/people/marco-rubio.md").read_text(encoding="utf-8")
    assert "US Secretary of State" not in people
    replace_in(root / FACTS, 'title: "Waltz:', 'title: "Renamed:')
    generate(project, cache=cache)
    assert len(renders) == 3
    assert "Renamed: Ukraine" in (root / "docs/index.md").read_text(encoding="utf-8")


def test_a_story_edited_renders_again_only_the_pages_about_people_and_tags_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_project(tmp_path)
    project, cache = Project.at(root), GenerationCache()
    rendered: list[str] = []

    def counted(environment, job):
        rendered.append(job.path)
        return render_page(environment, job)

    monkeypatch.setattr(generation, "render_page", counted)
    generate(project, cache=cache)
    assert "people/marco-rubio.md" in rendered and "people/mike-waltz.md" in rendered
    rendered.clear()
    _age(root)
    replace_in(root / FACTS, "role: US Secretary of State", "role: Secretary of State")
    generate(project, cache=cache)
    assert "people/marco-rubio.md" in rendered  # the page showing the role
    assert "people/mike-waltz.md" not in rendered  # nothing on it changed
    assert "index.md" in rendered  # pages given the whole site are always rendered
    people = (root / "docs/people/marco-rubio.md").read_text(encoding="utf-8")
    assert "US Secretary of State" not in people and "Secretary of State" in people
    with_cache = snapshot(root / "docs")
    fresh = copy_project(tmp_path / "fresh")
    replace_in(fresh / FACTS, "role: US Secretary of State", "role: Secretary of State")
    generate(Project.at(fresh))
    assert with_cache == snapshot(fresh / "docs")


def test_an_incremental_run_loads_again_only_the_story_whose_fact_sheet_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, project, cache, _ = generated_project(tmp_path)
    loaded: list[str] = []
    real = pipeline.story_view

    def counted(folder: Path):
        loaded.append(folder.name)
        return real(folder)

    monkeypatch.setattr(pipeline, "story_view", counted)
    replace_in(root / FACTS, "role: US Secretary of State", "role: Secretary of State")
    generate(project, cache=cache)
    assert loaded == [SEED]
    people = (root / "docs" / "stories" / SEED / "people.md").read_text(encoding="utf-8")
    assert "US Secretary of State" not in people


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "{% if story.quotes %}{{ story.title | no_such_filter }}{% endif %}",
            "No filter named 'no_such_filter' found",
        ),
        ("{{ story.title + 1 }}", 'TypeError: can only concatenate str (not "int") to str'),
    ],
    ids=["Jinja's own error", "Python's error"],
)
def test_a_template_that_fails_while_rendering_is_reported_not_raised(
    tmp_path: Path, line: str, message: str
) -> None:
    root = copy_project(tmp_path)
    project = Project.at(root)
    generate(project)
    before = snapshot(project.docs)
    with (root / "templates/story/quotes.md.j2").open("a", encoding="utf-8") as template:
        template.write(line + "\n")
    with pytest.raises(ProblemsFound) as found:
        generate(project)
    assert [str(problem) for problem in found.value.problems] == [
        f"templates/story/quotes.md.j2: template failed: {message}; fix the template"
    ]
    assert snapshot(project.docs) == before
