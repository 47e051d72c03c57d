"""The Markdown `generate()` makes of the fixture stories must equal the reviewed golden copy
(`make golden`)."""

from __future__ import annotations

from tests.golden_pages import GOLDEN, render_seed_pages


def test_generated_markdown_matches_the_golden_pages():
    pages = render_seed_pages()
    golden = {
        path.relative_to(GOLDEN).as_posix(): path.read_text(encoding="utf-8")
        for path in GOLDEN.rglob("*.md")
    }
    assert sorted(pages) == sorted(golden), "page set changed: run `make golden` and review"
    for relative, text in pages.items():
        assert text == golden[relative], (
            f"{relative} changed: run `make golden` and review the diff"
        )


def test_rendering_twice_gives_identical_bytes():
    assert render_seed_pages() == render_seed_pages()
