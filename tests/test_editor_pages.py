"""An editor's own pages (`seeds/<story>/pages/*.md`) are content, not code: their raw HTML is
cleaned, their titles are text, snippet lines are refused and links out of the project are refused.

One real build of the project with a hostile page of its own and a hostile section added to a
generated page; the built HTML is parsed as a reader's browser would get it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build.editor_html import clean_editor_html
from generator.model.layout import EDITOR_CONTENT_MARKER
from generator.shells.cli import main
from tests.html_audit import audit_page
from tests.project_copy import WALTZ, copy_project

HOSTILE_PAGE = """\
---
title: <img src=x onerror=alert('title')> Desk <b>notes</b>
---
# Desk notes

<script>alert('page')</script>

<img src="x" onerror="alert('image')">

<div onclick="alert('block')" class="note">A note from the desk.</div>

A <a href="javascript:alert('link')">bad link</a>, a <a href="https://example.org/">good link</a>,
<em>emphasis</em> and <abbr title="North Atlantic Treaty Organization">NATO</abbr>.

| Side | Says |
|------|------|
| one  | *yes* |

!!! note "Kept"
    An admonition stays an admonition.
"""
HOSTILE_SECTION = """\
## From our desk

<script>alert('section')</script>

<p onmouseover="alert('section handler')">We called the ministry.</p>
"""


def build(root: Path):
    return CliRunner().invoke(main, ["build", "--root", str(root)])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("editor"), stories=[WALTZ])
    pages = root / "seeds" / WALTZ / "pages"
    pages.mkdir()
    (pages / "desk-notes.md").write_text(HOSTILE_PAGE, encoding="utf-8")
    (pages / "index.md").write_text(HOSTILE_SECTION, encoding="utf-8")
    result = build(root)
    assert result.exit_code == 0, result.output
    return root / "site"


def story_page(site: Path, name: str) -> str:
    return (site / "stories" / WALTZ / name / "index.html").read_text(encoding="utf-8")


def test_an_editor_page_runs_no_script_and_keeps_its_markup(site: Path):
    page = story_page(site, "desk-notes")
    audit = audit_page(page)
    assert not any("alert" in code for _, _, code in audit.script_elements)
    assert audit.handlers == []
    assert audit.unsafe_addresses == []
    assert "javascript:" not in page
    assert 'onerror="' not in page and 'onclick="' not in page
    assert '<a href="https://example.org/"' in page
    assert "<em>emphasis</em>" in page
    assert '<abbr title="North Atlantic Treaty Organization">NATO</abbr>' in page
    assert "<table>" in page and "<em>yes</em>" in page
    assert '<div class="admonition note">' in page
    assert '<h1 id="desk-notes">Desk notes' in page


def test_a_section_added_to_a_generated_page_runs_no_script(site: Path):
    page = story_page(site, "")
    audit = audit_page(page)
    assert not any("alert" in code for _, _, code in audit.script_elements)
    assert audit.handlers == []
    assert "We called the ministry." in page
    assert "onmouseover" not in page


def test_an_editor_page_title_is_shown_as_text_on_every_page_of_the_story(site: Path):
    for name in ("", "quotes", "desk-notes"):
        page = story_page(site, name)
        assert "<img src=x" not in page and "<b>notes" not in page, name
        assert "&lt;img src=x onerror=alert('title')&gt; Desk &lt;b&gt;notes&lt;/b&gt;" in page, (
            name
        )


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    root = copy_project(tmp_path / "project", stories=[WALTZ])
    (root / "site").mkdir()
    monkeypatch.chdir(root)
    return root


def test_a_snippet_line_is_a_located_error_and_nothing_is_built(project: Path):
    (project / ".env").write_text("SECRET=hunter2\n", encoding="utf-8")
    pages = project / "seeds" / WALTZ / "pages"
    pages.mkdir()
    (pages / "notes.md").write_text('# Notes\n\nText.\n\n  --8<-- ".env"\n', encoding="utf-8")
    checked = CliRunner().invoke(main, ["check"])
    assert checked.exit_code == 1
    assert checked.exception is None or isinstance(checked.exception, SystemExit)
    assert (
        f"seeds/{WALTZ}/pages/notes.md:5:3: a snippet line (--8<--) would paste another file "
        "into the site; snippets are not supported; paste the text into the page"
    ) in checked.stderr
    built = build(project)
    assert built.exit_code == 1
    assert "Traceback" not in built.output
    assert not any("hunter2" in path.read_text() for path in project.rglob("*.html"))


@pytest.mark.parametrize("linked", ["pages", "pages/notes.md"])
def test_a_link_out_of_the_project_is_refused_by_check_and_build(
    project: Path, tmp_path: Path, linked: str
):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "notes.md").write_text("# Notes\n\nPrivate text from elsewhere.\n")
    story = project / "seeds" / WALTZ
    if linked == "pages":
        (story / "pages").symlink_to(outside, target_is_directory=True)
    else:
        (story / "pages").mkdir()
        (story / linked).symlink_to(outside / "notes.md")
    checked = CliRunner().invoke(main, ["check"])
    assert checked.exit_code == 1
    assert f"seeds/{WALTZ}/{linked}: " in checked.stderr
    assert "links outside" in checked.stderr
    built = build(project)
    assert built.exit_code == 1
    assert "Traceback" not in built.output
    assert not (project / "docs" / "stories" / WALTZ / "notes.md").exists()
    assert not any("Private text" in path.read_text() for path in project.rglob("*.html"))


def test_only_the_editors_part_of_a_generated_page_is_cleaned():
    generated = '<svg viewBox="0 0 10 10"><circle r="1"/></svg>\n'
    editor = '<p onclick="alert(1)">Hi <script>alert(2)</script></p>'
    html = clean_editor_html(f"{generated}{EDITOR_CONTENT_MARKER}\n{editor}")
    assert html == f"{generated}\n<p>Hi </p>"
    assert clean_editor_html(generated) == generated
    assert clean_editor_html(editor, own_page=True) == "<p>Hi </p>"
