"""Sheet: drafts are YAML that `explainer check` accepts, with TODO markers, stable bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.draft.extraction import draft_article
from generator.draft.output.sheet import DRAFT_HEADER, render_draft
from generator.draft.output.yaml_text import scalar
from generator.load.yaml_source import load_yaml
from generator.model.schema import SCHEMA_COMMENT
from generator.pipeline import checked_story
from tests.draft.helpers import GOLD

ARTICLES = sorted(GOLD.glob("*.txt"))


def write_story(folder: Path, text: str, published: dt.date | None) -> Path:
    story = folder / "story"
    story.mkdir()
    (story / "article.txt").write_text(text, encoding="utf-8")
    (story / "facts.yaml").write_text(render_draft(draft_article(text, published)), "utf-8")
    return story


@pytest.mark.parametrize("published", [None, dt.date(2024, 5, 14)], ids=["undated", "dated"])
@pytest.mark.parametrize("article", ARTICLES, ids=[path.stem for path in ARTICLES])
def test_the_draft_of_every_gold_article_loads_validates_and_verifies(tmp_path, article, published):
    folder = write_story(tmp_path, article.read_text(encoding="utf-8"), published)
    story, problems = checked_story(folder)
    assert story is not None
    assert [str(p) for p in problems if not is_placeholder(p)] == []
    assert any(is_placeholder(problem) for problem in problems)


PLACEHOLDER_MESSAGES = ("still the draft's placeholder", "the draft left open", "cue the draft")


def is_placeholder(problem) -> bool:
    """True for a leftover placeholder: an error `check` reports on every fresh draft."""
    return problem.is_error and any(text in problem.message for text in PLACEHOLDER_MESSAGES)


def test_a_draft_begins_with_the_schema_comment_and_the_header_and_marks_todos():
    text = render_draft(draft_article((GOLD / "seed-waltz-territory.txt").read_text("utf-8")))
    assert text.startswith(f"{SCHEMA_COMMENT}\n{DRAFT_HEADER}\n")
    assert "TODO: summarise what happened" in text
    assert "TODO: publication date" in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert all(line == line.rstrip() for line in text.splitlines())


def test_the_same_article_gives_the_same_bytes():
    article = (GOLD / "harbour-strike.txt").read_text("utf-8")
    first = render_draft(draft_article(article, dt.date(2024, 5, 14)))
    assert render_draft(draft_article(article, dt.date(2024, 5, 14))) == first


def test_an_article_with_no_names_still_drafts_a_valid_sheet(tmp_path):
    folder = write_story(tmp_path, "Nothing happened here today.\n", None)
    story, problems = checked_story(folder)
    assert story is not None and all(is_placeholder(problem) for problem in problems)


@pytest.mark.parametrize(
    "value",
    [
        "yes",
        "null",
        "2025-03",
        "12",
        "- dash",
        "a: colon",
        "hash # sign",
        "tab\there",
        "[x]",
        "\u2018curly\u2019 start",
        "line\nbreak",
        "trailing ",
        'quote "marks"',
        "back\\slash",
        "\u2028sep",
        "O\u2019Brien said",
        "~",
        "@at",
        "%pct",
        "caf\u00e9",
    ],
)
def test_every_scalar_reads_back_as_the_same_text(value):
    data, _ = load_yaml(f"key: {scalar(value)}\n", "test.yaml")
    assert data == {"key": value}
