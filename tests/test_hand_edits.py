"""Hand edits are never lost: edited generated pages, adopt, --force, removed stories."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.shells.cli import main
from tests.editing_project import SEED, replace_in
from tests.project_copy import copy_project

QUOTES = f"docs/stories/{SEED}/quotes.md"
FACTS = f"seeds/{SEED}/facts.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = copy_project(tmp_path / "site")
    monkeypatch.chdir(root)
    assert run("generate").exit_code == 0
    return root


def run(*arguments: str):
    return CliRunner().invoke(main, list(arguments))


def edit_by_hand(path: Path) -> None:
    replace_in(path, "# Key quotes", "# Key quotes, checked by the desk")


def change_fact_sheet(root: Path) -> None:
    replace_in(
        root / FACTS,
        "role: US Secretary of State",
        "role: Secretary of State of the United States",
    )


def test_an_edited_page_survives_and_the_message_says_why(project: Path) -> None:
    page = project / QUOTES
    edit_by_hand(page)
    change_fact_sheet(project)
    result = run("generate")
    assert result.exit_code == 1
    assert f"{QUOTES}: was edited by hand since it was generated, so it was not overwritten" in (
        result.stderr
    )
    assert f"into seeds/{SEED}/pages/quotes.md (added at the end of this page)" in result.stderr
    assert f"explainer adopt {QUOTES}" in result.stderr
    assert "--force" in result.stderr
    assert "checked by the desk" in page.read_text()
    people = (project / f"docs/stories/{SEED}/people.md").read_text()
    assert "Secretary of State of the United States" not in people, "a failed run wrote a page"


def test_force_overwrites_an_edited_page(project: Path) -> None:
    page = project / QUOTES
    edit_by_hand(page)
    change_fact_sheet(project)
    result = run("generate", "--force")
    assert result.exit_code == 0, result.output
    assert "checked by the desk" not in page.read_text()
    assert "Secretary of State of the United States" in page.read_text()
    assert f"{QUOTES}: warning: was edited by hand; overwritten (--force)" in result.stderr


def test_force_names_every_hand_edit_it_overwrote(project: Path) -> None:
    pages = [QUOTES, f"docs/stories/{SEED}/people.md", "docs/index.md"]
    for page in pages:
        text = (project / page).read_text(encoding="utf-8")
        (project / page).write_text(text + "\nA note of the desk.\n", encoding="utf-8")
    result = run("build", "--force")
    assert result.exit_code == 0, result.output
    overwritten = [line for line in result.stderr.splitlines() if "overwritten (--force)" in line]
    assert sorted(overwritten) == sorted(
        f"{page}: warning: was edited by hand; overwritten (--force)" for page in pages
    )


EDIT_ROOT = "https://example.org/newsroom/edit/main/"
ADOPTED = f"seeds/{SEED}/pages/quotes.md"


def test_an_adopted_page_moves_to_the_story_and_replaces_the_generated_one(project: Path) -> None:
    replace_in(
        project / "mkdocs.yml", "strict: true\n", f"strict: true\nedit_uri: {EDIT_ROOT}docs/\n"
    )
    edit_by_hand(project / QUOTES)
    result = run("adopt", QUOTES)
    assert result.exit_code == 0, result.output
    assert f"{QUOTES}: adopted; moved to {ADOPTED}" in result.output
    text = (project / ADOPTED).read_text(encoding="utf-8")
    assert "generated_by" not in text and "generated_hash" not in text
    assert "checked by the desk" in text
    assert text.startswith("---\ntitle: ")
    change_fact_sheet(project)
    for arguments in (["generate"], ["generate", "--force"]):
        result = run(*arguments)
        assert result.exit_code == 0, result.output
        assert "checked by the desk" in (project / QUOTES).read_text(encoding="utf-8")
    assert (project / ADOPTED).read_text(encoding="utf-8") == text
    people = (project / f"docs/stories/{SEED}/people.md").read_text()
    assert "Secretary of State of the United States" in people
    shutil.rmtree(project / "docs/stories")  # as in a clean clone: generated pages are not in git
    result = run("build")
    assert result.exit_code == 0, result.output
    built = (project / f"site/stories/{SEED}/quotes/index.html").read_text(encoding="utf-8")
    assert "checked by the desk" in built
    assert "Secretary of State of the United States" not in built, "generated over the adopted page"
    assert f'href="{EDIT_ROOT}{ADOPTED}"' in built
    assert built.count("Key quotes") >= 1


def test_adopt_refuses_what_it_cannot_move_into_the_story(project: Path) -> None:
    pages = project / f"seeds/{SEED}/pages"
    pages.mkdir()
    (pages / "quotes.md").write_text("## From our desk\n\nWe called.\n", encoding="utf-8")
    (pages / "desk-interview.md").write_text("# Our interview\n", encoding="utf-8")
    assert run("generate").exit_code == 0
    (pages / "quotes.md").write_text("## From our desk\n\nWe called twice.\n", encoding="utf-8")
    result = run("adopt", QUOTES, f"docs/stories/{SEED}/desk-interview.md", "docs/index.md")
    assert result.exit_code == 1
    assert f"{QUOTES}: {ADOPTED} already holds your section for this page, changed" in (
        result.stderr
    )
    assert f"seeds/{SEED}/pages/desk-interview.md" in result.stderr
    assert "docs/index.md: only a story's pages can be adopted" in result.stderr
    section = (pages / "quotes.md").read_text(encoding="utf-8")
    assert section == "## From our desk\n\nWe called twice.\n"
    assert (project / QUOTES).is_file() and (project / "docs/index.md").is_file()
    assert run("generate").exit_code == 0  # the page now shows the section as it is
    assert run("adopt", QUOTES).exit_code == 0
    adopted = (pages / "quotes.md").read_text(encoding="utf-8")
    assert adopted.startswith("---\ntitle: ") and "We called twice." in adopted


def test_adopt_refuses_a_page_that_is_not_generated(project: Path) -> None:
    result = run("adopt", "docs/about.md")
    assert result.exit_code == 1
    assert "docs/about.md: is already hand-written" in result.stderr
    result = run("adopt", "docs/missing.md")
    assert result.exit_code == 1
    assert "docs/missing.md: no such page" in result.stderr


def test_a_hand_written_page_in_a_story_folder_is_never_touched(project: Path) -> None:
    own = project / f"docs/stories/{SEED}/notes.md"
    own.write_text("# Desk notes\n", encoding="utf-8")
    change_fact_sheet(project)
    assert run("generate", "--force").exit_code == 0
    shutil.rmtree(project / "seeds" / SEED)
    assert run("generate", "--force").exit_code == 0
    assert own.read_text() == "# Desk notes\n"


def test_a_removed_story_loses_only_its_unmodified_pages(project: Path) -> None:
    shutil.copytree(project / "seeds" / SEED, project / "seeds" / "second-story")
    assert run("generate").exit_code == 0
    folder = project / "docs/stories/second-story"
    edit_by_hand(folder / "quotes.md")
    edited = (folder / "quotes.md").read_text(encoding="utf-8")
    shutil.rmtree(project / "seeds" / "second-story")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert (
        "docs/stories/second-story/quotes.md: warning: no longer generated, but edited by hand; "
        "moved out of the site to kept-pages/stories/second-story/quotes.md"
    ) in result.stderr
    assert not folder.exists()
    kept = project / "kept-pages/stories/second-story/quotes.md"
    assert kept.read_text(encoding="utf-8") == edited
    assert run("build").exit_code == 0, "a later build fails"
    assert kept.read_text(encoding="utf-8") == edited
    assert "second-story" not in (project / "docs/index.md").read_text()


def test_a_kept_page_never_replaces_one_kept_before(project: Path) -> None:
    earlier = project / "kept-pages/stories/second-story/quotes.md"
    earlier.parent.mkdir(parents=True)
    earlier.write_text("# Kept last year\n", encoding="utf-8")
    shutil.copytree(project / "seeds" / SEED, project / "seeds" / "second-story")
    assert run("generate").exit_code == 0
    edit_by_hand(project / "docs/stories/second-story/quotes.md")
    shutil.rmtree(project / "seeds" / "second-story")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert earlier.read_text(encoding="utf-8") == "# Kept last year\n"
    assert "checked by the desk" in (earlier.parent / "quotes-2.md").read_text(encoding="utf-8")
    assert "moved out of the site to kept-pages/stories/second-story/quotes-2.md" in result.stderr


@pytest.mark.parametrize("made", ["from scratch", "as a copy of a generated page"])
def test_a_file_of_the_editor_in_a_story_folder_is_kept_and_named(project: Path, made) -> None:
    folder = project / f"docs/stories/{SEED}"
    mine = folder / "quotes-mine.md"
    if made == "from scratch":
        mine.write_text("# Quotes we checked\n", encoding="utf-8")
    else:
        shutil.copy(folder / "quotes.md", mine)
    text = mine.read_text(encoding="utf-8")
    change_fact_sheet(project)
    for arguments in (["generate"], ["build"]):
        result = run(*arguments)
        assert result.exit_code == 0, result.output
        assert mine.read_text(encoding="utf-8") == text
    assert (
        f"docs/stories/{SEED}/quotes-mine.md: warning: not written by explainer, in a folder of "
        "generated pages; left alone"
    ) in result.stderr


FEED = "docs/feed.xml"


def test_an_edited_feed_is_kept_like_an_edited_page(project: Path) -> None:
    feed = project / FEED
    replace_in(feed, "</feed>", "<!-- checked by the desk -->\n</feed>")
    change_fact_sheet(project)
    result = run("generate")
    assert result.exit_code == 1
    assert f"{FEED}: was edited by hand since it was generated, so it was not overwritten" in (
        result.stderr
    )
    assert "--force" in result.stderr
    assert "checked by the desk" in feed.read_text(encoding="utf-8")
    people = (project / f"docs/stories/{SEED}/people.md").read_text()
    assert "Secretary of State of the United States" not in people, "a failed run wrote a page"
    result = run("generate", "--force")
    assert result.exit_code == 0, result.output
    assert f"{FEED}: warning: was edited by hand; overwritten (--force)" in result.stderr
    assert "checked by the desk" not in feed.read_text(encoding="utf-8")


def test_an_edited_feed_outlives_its_site_url(project: Path) -> None:
    feed = project / FEED
    replace_in(feed, "</feed>", "<!-- checked by the desk -->\n</feed>")
    replace_in(project / "mkdocs.yml", "site_url: https://explainer.example.org/\n", "")
    result = run("generate")
    assert result.exit_code == 0, result.output
    assert f"{FEED}: warning: no site_url, so no feed, but it was edited by hand; kept" in (
        result.stderr
    )
    assert "checked by the desk" in feed.read_text(encoding="utf-8")
