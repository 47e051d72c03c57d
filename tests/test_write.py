"""Write: markers, hashes, atomic writes and hand edits."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from generator.model.problem import ProblemsFound
from generator.write.files import write_atomically
from generator.write.pages import content_hash, mark_page, read_page_state, unmark_page, write_pages


@pytest.mark.parametrize(
    "page",
    ["---\ntitle: Kyiv \u201925\n---\n# X \u2014 \xfc\n", "# None \u2019\n", "---\n---\n# Empty\n"],
    ids=["front matter", "none", "empty front matter"],
)
def test_a_marked_page_unmarks_to_what_was_generated(page: str):
    marked = mark_page(page, "seeds/x/facts.yaml").decode("utf-8")
    assert "generated_from: seeds/x/facts.yaml" in marked
    generated, recorded, original = unmark_page(marked)
    assert generated and content_hash(original) == recorded
    assert original == page.removeprefix("---\n---\n")  # an empty front matter block is dropped


def test_unchanged_pages_keep_their_modification_time(tmp_path: Path):
    write_pages({"a.md": "# A\n"}, {}, tmp_path)
    before = (tmp_path / "a.md").stat().st_mtime_ns
    report = write_pages({"a.md": "# A\n"}, {}, tmp_path)
    assert (len(report.unchanged), len(report.written)) == (1, 0)
    assert (tmp_path / "a.md").stat().st_mtime_ns == before


def test_a_hand_written_page_is_never_replaced(tmp_path: Path):
    (tmp_path / "a.md").write_text("# Mine\n", encoding="utf-8")
    report = write_pages({"a.md": "# A\n", "b.md": "# B\n"}, {}, tmp_path, force=True)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "# Mine\n"
    assert len(report.adopted) == 1 and len(report.written) == 1


def test_nothing_is_written_when_any_page_was_edited_by_hand(tmp_path: Path):
    write_pages({"a.md": "# A\n"}, {}, tmp_path)
    edited = tmp_path / "a.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "mine\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as found:
        write_pages({"a.md": "# A2\n", "b.md": "# B\n"}, {}, tmp_path)
    assert "was edited by hand" in str(found.value.problems[0])
    assert edited.read_text(encoding="utf-8").endswith("mine\n")
    assert not (tmp_path / "b.md").exists()


def test_a_stale_generated_page_is_removed_unless_edited(tmp_path: Path):
    docs, kept = tmp_path / "docs", tmp_path / "kept-pages"
    write_pages({"s/old.md": "# Old\n", "s/edited.md": "# E\n"}, {}, docs, owned=["s"])
    edited = docs / "s" / "edited.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "mine\n", encoding="utf-8")
    assert read_page_state(edited).edited
    report = write_pages({}, {}, docs, owned=["s"], kept_folder=kept)
    assert not (docs / "s").exists(), "a page no longer generated stays in the site"
    assert (kept / "s" / "edited.md").read_text(encoding="utf-8").endswith("mine\n")
    assert len(report.kept) == 1


def test_written_pages_can_be_read_as_any_new_file_of_the_user(tmp_path: Path):
    umask = os.umask(0o022)
    try:
        write_pages({"stories/s/a.md": "# A\n"}, {}, tmp_path)
        os.umask(0o002)
        write_pages({"stories/s/b.md": "# B\n"}, {}, tmp_path)
    finally:
        os.umask(umask)
    folder = tmp_path / "stories" / "s"
    assert stat.S_IMODE((folder / "a.md").stat().st_mode) == 0o644
    assert stat.S_IMODE((folder / "b.md").stat().st_mode) == 0o664
    assert sorted(path.name for path in folder.iterdir()) == ["a.md", "b.md"]


def test_reports_name_pages_from_the_working_folder(tmp_path: Path, monkeypatch):
    docs = tmp_path / "docs"
    monkeypatch.chdir(tmp_path)
    assert write_pages({"stories/a.md": "# A\n"}, {}, docs).written == ["docs/stories/a.md"]
    monkeypatch.chdir(docs)
    assert write_pages({"stories/b.md": "# B\n"}, {}, docs).written == ["stories/b.md"]


def test_a_page_named_without_its_folder_is_written_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert write_atomically(Path("page.md"), "# Page\n")
    assert (tmp_path / "page.md").read_text(encoding="utf-8") == "# Page\n"
    assert [path.name for path in tmp_path.iterdir()] == ["page.md"]


def test_a_generated_page_whose_line_endings_changed_is_still_generated(tmp_path: Path):
    write_pages({"s/a.md": "---\ntitle: A\n---\n# A\n\ntext\n"}, {}, tmp_path)
    page = tmp_path / "s" / "a.md"
    page.write_bytes(page.read_bytes().replace(b"\n", b"\r\n"))  # git's autocrlf, an editor
    report = write_pages({"s/a.md": "---\ntitle: A\n---\n# A\n\nnew text\n"}, {}, tmp_path)
    assert len(report.written) == 1 and not report.adopted
    assert page.read_text(encoding="utf-8").endswith("# A\n\nnew text\n")


def test_only_a_story_page_is_offered_adoption(tmp_path: Path):
    pages = {"index.md": "# Home\n", "stories/s/quotes.md": "# Quotes\n"}
    write_pages(pages, {}, tmp_path)
    for relative in pages:
        page = tmp_path / relative
        page.write_text(page.read_text(encoding="utf-8") + "mine\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as found:
        write_pages(pages, {}, tmp_path)
    home, quotes = (problem.message for problem in found.value.problems)
    assert "explainer adopt" not in home and "--force" in home
    assert "`explainer adopt docs/stories/s/quotes.md` to move the page" in quotes
