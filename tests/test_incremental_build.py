"""An incremental build is exactly a full build: after any sequence of edits (fact sheet, template,
theme override, editor page, configuration, a story added or removed) the site `explainer build`
makes by reusing the pages it built before is byte for byte the site a clean build makes."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build.site import build_site
from generator.pipeline import Project, generate
from generator.shells.cli import main
from tests.project_copy import STORIES, WALTZ, copy_project, run_build

CACHE = ".explainer-cache"
SPARE = ".site.spare"
"""The site before the last, which the next build is made in."""
TRIBUNAL = "un-tribunal-dismisses-china-south-china-sea-claims"
VIRGIN = "virgin-pendolino-derails-in-cumbria"


build = run_build
BUILD = [sys.executable, "-m", "generator", "build"]


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def clean_build(root: Path) -> tuple[subprocess.CompletedProcess, dict[str, bytes]]:
    """A build of the same sources with no store of built pages and no earlier site; the
    store of the incremental builds is put back afterwards."""
    kept = root.parent / "kept-cache"
    shutil.rmtree(kept, ignore_errors=True)
    if (root / CACHE).exists():
        shutil.move(root / CACHE, kept)
    earlier, spare = root.parent / "earlier-site", root.parent / "earlier-spare"
    for kept_site in (earlier, spare):
        shutil.rmtree(kept_site, ignore_errors=True)
    if (root / "site").exists():
        shutil.move(root / "site", earlier)
    if (root / SPARE).exists():
        shutil.move(root / SPARE, spare)
    result = build(root)
    site = tree(root / "site") if result.returncode == 0 else {}
    shutil.rmtree(root / "site", ignore_errors=True)
    shutil.rmtree(root / CACHE, ignore_errors=True)
    if earlier.exists():
        shutil.move(earlier, root / "site")
    if spare.exists():
        shutil.move(spare, root / SPARE)
    if kept.exists():
        shutil.move(kept, root / CACHE)
    return result, site


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_fact_sheet(root: Path) -> None:
    replace_in(
        root / "seeds" / WALTZ / "facts.yaml",
        "Both senior US officials quoted frame",
        "The two senior US officials quoted both frame",
    )


def edit_template(root: Path) -> None:
    path = root / "templates" / "story" / "quotes.md.j2"
    path.write_text(path.read_text(encoding="utf-8") + "\nQuotes as the article prints them.\n")


def edit_theme_override(root: Path) -> None:
    replace_in(
        root / "overrides" / "main.html",
        "{% block extrahead %}",
        '{% block extrahead %}\n  <meta name="theme-color" content="#3f51b5">',
    )


def add_notes(root: Path, text: str) -> Path:
    """An editor's page `notes.md` in the seed story, holding `text`."""
    notes = root / "seeds" / WALTZ / "pages" / "notes.md"
    notes.parent.mkdir(exist_ok=True)
    notes.write_text(text)
    return notes


def add_editor_page(root: Path) -> None:
    pages = root / "seeds" / WALTZ / "pages"
    pages.mkdir(exist_ok=True)
    (pages / "notes.md").write_text("# Notes\n\nWhat the editors checked, and how.\n")


def edit_configuration(root: Path) -> None:
    replace_in(root / "mkdocs.yml", "site_name: Explainer", "site_name: Explainers of the week")


def add_story(root: Path) -> None:
    shutil.copytree(STORIES / VIRGIN, root / "seeds" / VIRGIN, dirs_exist_ok=True)


def remove_story(root: Path) -> None:
    shutil.rmtree(root / "seeds" / TRIBUNAL, ignore_errors=True)


EDITS = [
    edit_fact_sheet,
    edit_template,
    edit_theme_override,
    add_editor_page,
    edit_configuration,
    add_story,
    remove_story,
]


@pytest.mark.parametrize("seed", [1, 2])
def test_random_edits_built_incrementally_give_the_clean_builds_site(tmp_path, seed):
    root = copy_project(tmp_path / "project", stories=[WALTZ, TRIBUNAL])
    first = build(root)
    assert first.returncode == 0, first.stderr
    order = random.Random(seed).sample(EDITS, k=len(EDITS))
    for edit in order:
        edit(root)
        incremental = build(root)
        assert incremental.returncode == 0, (edit.__name__, incremental.stderr)
        built = tree(root / "site")
        clean, expected = clean_build(root)
        assert clean.returncode == 0, clean.stderr
        differing = sorted(
            name for name in built.keys() | expected.keys() if built.get(name) != expected.get(name)
        )
        assert differing == [], f"after {edit.__name__} (order {[e.__name__ for e in order]})"


def test_an_unchanged_project_rebuilds_from_the_store_and_a_lost_store_is_rebuilt(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    assert build(root).returncode == 0
    before = tree(root / "site")
    again = build(root)
    assert again.returncode == 0, again.stderr
    assert "writing pages" not in again.stderr  # no page was built again
    assert tree(root / "site") == before
    # A store cut short, emptied or deleted is never trusted: the site comes out the same.
    manifests = list((root / CACHE / "pages").glob("*.pickle"))
    assert manifests
    for manifest in manifests:
        manifest.write_bytes(manifest.read_bytes()[:100])
    objects = sorted((root / CACHE / "pages" / "objects").rglob("*.html"))
    objects[0].write_bytes(b"")
    damaged = build(root)
    assert damaged.returncode == 0, damaged.stderr
    assert tree(root / "site") == before
    shutil.rmtree(root / CACHE)
    assert build(root).returncode == 0
    assert tree(root / "site") == before


def test_a_broken_anchor_fails_the_incremental_build_as_it_fails_a_clean_one(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    notes = root / "seeds" / WALTZ / "pages" / "notes.md"
    notes.parent.mkdir()
    notes.write_text("# Notes\n\nSee [the quotes](quotes.md#key-quotes).\n")
    first = build(root)
    assert first.returncode == 0, first.stderr
    # Only the editor's page changes: the quotes page it links to is reused, not rebuilt.
    notes.write_text("# Notes\n\nSee [the quotes](quotes.md#no-such-quote).\n")
    incremental = build(root)
    assert incremental.returncode != 0
    assert "does not contain an anchor '#no-such-quote'" in incremental.stderr
    clean, _ = clean_build(root)
    assert clean.returncode != 0
    # The failed build stored nothing: it fails again, whatever the store holds.
    assert build(root).returncode != 0


def test_a_store_that_cannot_be_written_changes_nothing(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    (root / CACHE).write_text("a file where the store's folder would be\n")
    result = build(root)
    assert result.returncode == 0, result.stderr
    assert (root / CACHE).read_text() == "a file where the store's folder would be\n"
    _, expected = clean_build_elsewhere(root, tmp_path / "elsewhere")
    assert tree(root / "site") == expected


def clean_build_elsewhere(root: Path, target: Path) -> tuple[subprocess.CompletedProcess, dict]:
    shutil.copytree(root, target, ignore=shutil.ignore_patterns("site", CACHE, ".*"))
    result = build(target)
    assert os.path.isdir(target / "site"), result.stderr
    return result, tree(target / "site")


def test_a_build_shared_by_two_processes_is_the_build_of_one(tmp_path):
    shared = copy_project(tmp_path / "shared", stories=[WALTZ, TRIBUNAL, VIRGIN])
    alone = copy_project(tmp_path / "alone", stories=[WALTZ, TRIBUNAL, VIRGIN])
    result = build(shared)
    assert result.returncode == 0, result.stderr
    # The progress counts this process's pages only: about half of them were built elsewhere.
    written = int(result.stderr.rsplit("writing pages: ", 1)[1].split("/")[1])
    single = subprocess.run(
        [*BUILD, "--single-process"], cwd=alone, capture_output=True, text=True, check=False
    )
    assert single.returncode == 0, single.stderr
    everything = int(single.stderr.rsplit("writing pages: ", 1)[1].split("/")[1])
    assert written <= everything // 2 + 1
    assert tree(shared / "site") == tree(alone / "site")


def test_a_mistake_in_a_page_the_second_process_builds_fails_the_build(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ, TRIBUNAL, VIRGIN])
    for slug in (WALTZ, TRIBUNAL, VIRGIN):  # pages of both halves link to a missing anchor
        notes = root / "seeds" / slug / "pages" / "notes.md"
        notes.parent.mkdir(exist_ok=True)
        notes.write_text("# Notes\n\nSee [the quotes](quotes.md#no-such-quote).\n")
    failed = build(root)
    assert failed.returncode == 1
    assert "does not contain an anchor '#no-such-quote'" in failed.stderr
    assert not (root / "site").exists()
    assert not list((root / CACHE / "pages").glob("part-*"))


def test_a_build_run_from_the_command_line_leaves_the_next_build_in_the_process_as_it_was(
    tmp_path,
):
    first = copy_project(tmp_path / "first", stories=[WALTZ, TRIBUNAL, VIRGIN])
    assert CliRunner().invoke(main, ["build", "--root", str(first)]).exit_code == 0
    # The plugin outlives a build in one process; what the command handed it was for that build.
    second = copy_project(tmp_path / "second", stories=[WALTZ, TRIBUNAL, VIRGIN])
    generate(Project.at(second))
    site = build_site(second / "mkdocs.yml")
    for slug in (WALTZ, TRIBUNAL, VIRGIN):
        assert (site / "stories" / slug / "quotes" / "index.html").is_file()
    assert tree(site) == tree(first / "site")


def test_a_failure_in_the_first_process_leaves_no_second_one_behind(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ, TRIBUNAL, VIRGIN])
    # A page of the first process's half (index.md, about.md, then this one) that cannot be built.
    (root / "docs" / "abz.md").write_text("---\ntemplate: no-such-template.html\n---\n# A\n")
    failed = build(root)
    assert failed.returncode == 1
    assert "no-such-template.html" in failed.stderr
    time.sleep(3)  # a second process left running would have written its pages by now
    assert sorted(path.name for path in root.glob(".site*")) == []
    assert not list((root / CACHE / "pages").glob("part-*"))


def test_a_page_in_the_nav_without_a_title_there_is_named_by_its_heading_on_every_page(tmp_path):
    def project(name: str) -> Path:
        root = copy_project(tmp_path / name, stories=[WALTZ, TRIBUNAL, VIRGIN])
        replace_in(
            root / "mkdocs.yml", "  - About: about.md\n", "  - About: about.md\n  - extra.md\n"
        )
        (root / "docs" / "extra.md").write_text("# Further reading\n\nBooks.\n")
        return root

    shared, alone = project("shared"), project("alone")
    result = build(shared)
    assert result.returncode == 0, result.stderr
    single = subprocess.run(
        [*BUILD, "--single-process"], cwd=alone, capture_output=True, text=True, check=False
    )
    assert single.returncode == 0, single.stderr
    assert tree(shared / "site") == tree(alone / "site")
    # Only the page changes: every page's navigation names it by its new heading.
    for root in (shared, alone):
        (root / "docs" / "extra.md").write_text("# Reading list\n\nBooks.\n")
    assert build(shared).returncode == 0
    assert "Further reading" not in (shared / "site" / "about" / "index.html").read_text()
    assert "Reading list" in (shared / "site" / "about" / "index.html").read_text()


def test_a_hand_edit_to_the_site_never_comes_back_in_a_later_build(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    notes = add_notes(root, "# Notes\n\nWhat the editors checked.\n")
    assert build(root).returncode == 0
    # A build that is not strict keeps its own record of the same pages.
    plain = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--no-strict"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert plain.returncode == 0, plain.stderr
    assert build(root).returncode == 0  # the page is now a link to the stored copy
    page = root / "site" / "stories" / WALTZ / "notes" / "index.html"
    expected = page.read_bytes()
    with open(page, "r+b") as stream:  # an edit in place, the size kept
        stream.write(expected.replace(b"editors checked", b"editors CHECKED"))
    notes.write_text("# Notes\n\nWhat the editors looked at.\n")
    assert build(root).returncode == 0
    notes.write_text("# Notes\n\nWhat the editors checked.\n")
    assert build(root).returncode == 0
    assert build(root).returncode == 0
    assert page.read_bytes() == expected


def test_the_search_index_is_whole_with_search_listed_before_explainer(tmp_path):
    def project(name: str) -> Path:
        root = copy_project(tmp_path / name, stories=[WALTZ, TRIBUNAL, VIRGIN])
        replace_in(
            root / "mkdocs.yml", "  - explainer\n  - search\n", "  - search\n  - explainer\n"
        )
        return root

    shared, alone = project("shared"), project("alone")
    assert build(shared).returncode == 0
    assert build(shared).returncode == 0  # every page reused
    single = subprocess.run(
        [*BUILD, "--single-process"], cwd=alone, capture_output=True, text=True, check=False
    )
    assert single.returncode == 0, single.stderr
    index = Path("site", "search", "search_index.json")
    assert (shared / index).read_bytes() == (alone / index).read_bytes()


def test_mkdocs_build_dirty_changes_no_other_site_through_the_store(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    notes = add_notes(root, "# Notes\n\nWhat the editors checked.\n")
    assert build(root).returncode == 0
    other = subprocess.run(
        [*BUILD, "--site-dir", str(tmp_path / "other")], cwd=root, capture_output=True, text=True
    )
    assert other.returncode == 0, other.stderr
    assert build(root).returncode == 0  # both sites' pages are links to the stored copies
    published = tree(tmp_path / "other")
    notes.write_text("# Notes\n\nWhat the editors looked at.\n")
    dirty = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--dirty"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert dirty.returncode == 0, dirty.stderr
    assert "looked at" in (root / "site" / "stories" / WALTZ / "notes" / "index.html").read_text()
    assert tree(tmp_path / "other") == published


def test_a_site_built_in_the_one_before_it_keeps_nothing_of_it(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ, TRIBUNAL])
    assert build(root).returncode == 0
    # The first site has a spare of its folders alone, for the next build to be made in.
    assert (root / SPARE / "stories" / WALTZ / "quotes").is_dir()
    assert not [path for path in (root / SPARE).rglob("*") if path.is_file()][1:]  # the marker
    planted = [
        root / "site" / "planted.txt",
        root / "site" / "stories" / WALTZ / "old-page" / "index.html",
        root / "site" / "assets" / "stylesheets" / "extra.css",
    ]
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("left in the site by hand\n")
    remove_story(root)
    assert build(root).returncode == 0  # the first site, planted files and all, is put aside
    assert (root / SPARE / "planted.txt").is_file()
    edit_fact_sheet(root)
    assert build(root).returncode == 0  # and built in
    clean, expected = clean_build(root)
    assert clean.returncode == 0, clean.stderr
    assert tree(root / "site") == expected
    assert not (root / "site" / "stories" / TRIBUNAL).exists()  # no empty folder either
    assert (root / SPARE / ".explainer-site").is_file()  # the second site, kept in turn


def test_a_site_built_outside_the_project_keeps_no_spare(tmp_path):
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    elsewhere = tmp_path / "www" / "explainer"
    for _ in range(3):
        result = subprocess.run(
            [*BUILD, "--site-dir", str(elsewhere)], cwd=root, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in elsewhere.parent.iterdir()) == ["explainer"]
    assert (elsewhere / "stories" / WALTZ / "index.html").is_file()
