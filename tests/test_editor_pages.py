"""An editor's own pages (`seeds/<story>/pages/*.md`) are content, not code: their raw HTML is
cleaned, their titles are text, snippet lines are refused and links out of the project are refused.

One real build of the project with a hostile page of its own and a hostile section added to a
generated page; the built HTML is parsed as a reader's browser would get it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.shells.cli import main
from tests.project_copy import WALTZ, copy_project


def build(root: Path):
    return CliRunner().invoke(main, ["build", "--root", str(root)])


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
