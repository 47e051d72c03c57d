"""Evaluation: exact spans, speaker accuracy, non-quotes, and the seed article's done criteria."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.draft.evaluation import (
    GoldArticle,
    GoldQuote,
    GoldRefused,
    Score,
    format_summary,
    load_gold,
    score_draft,
)
from generator.draft.extraction import draft_article
from tests.draft.helpers import GOLD, GOLD_ROOT, HELD_OUT

TEXT = (
    "\u201cWe are ready,\u201d said Ann Lee, the union leader. Asked whether the deal was "
    "\u201cfair\u201d, Lee said it was \u201ca start.\u201d"
)


def gold(*quotes: GoldQuote, non_quotes: tuple[GoldQuote, ...] = ()) -> GoldArticle:
    return GoldArticle("test", Path("test.txt"), "dev", None, quotes, non_quotes)


def test_a_perfect_draft_scores_one_everywhere():
    score = score_draft(
        gold(
            GoldQuote(1, "We are ready,", ("Ann Lee",)),
            GoldQuote(1, "a start.", ("Ann Lee",)),
            non_quotes=(GoldQuote(1, "fair"),),
        ),
        draft_article(TEXT),
    )
    assert (score.precision, score.recall, score.speaker_accuracy) == (1.0, 1.0, 1.0)
    assert score.non_quotes_attributed == 0


def test_spans_must_match_exactly_and_speakers_by_any_accepted_name():
    score = score_draft(
        gold(GoldQuote(1, "We are ready", ("Ann Lee",)), GoldQuote(1, "a start.", ("the union",))),
        draft_article(TEXT),
    )
    assert (score.matched, score.drafted, score.gold) == (1, 2, 2)
    assert score.speakers_right == 0
    assert any(miss.startswith("missed:") for miss in score.misses)


def test_the_seed_article_has_its_nine_quotes_with_the_right_speakers():
    [seed] = [item for item in load_gold(GOLD) if item.name == "seed-waltz-territory"]
    draft = draft_article(seed.article.read_text("utf-8"), seed.published)
    drafted = {
        (quote.quotation.paragraph, quote.quotation.text): draft.actor(quote.speaker).name
        for quote in draft.quotes
    }
    assert drafted == {(quote.paragraph, quote.text): quote.speakers[0] for quote in seed.quotes}
    assert list(drafted.values()).count("Mike Waltz") == 6
    assert list(drafted.values()).count("Marco Rubio") == 3
    assert [(quotation.text, kind) for quotation, kind in draft.non_quotes] == [
        ("punish", "question")
    ]


def test_unflagged_accuracy_counts_only_speakers_drafted_without_a_check_note():
    draft = draft_article(TEXT)
    draft.quotes[1].doubt = "found from pronoun"
    score = score_draft(
        gold(
            GoldQuote(1, "We are ready,", ("Ann Lee",)),
            GoldQuote(1, "a start.", ("Ann Lee",)),
            non_quotes=(GoldQuote(1, "fair"),),
        ),
        draft,
    )
    assert (score.speakers_right, score.unflagged, score.unflagged_right) == (2, 1, 1)
    assert score.traps == 1


def test_a_wrong_unflagged_speaker_lowers_the_unflagged_accuracy():
    score = score_draft(
        gold(GoldQuote(1, "We are ready,", ("Bo Chen",)), GoldQuote(1, "a start.", ("Ann Lee",))),
        draft_article(TEXT),
    )
    assert (score.unflagged, score.unflagged_right, score.unflagged_accuracy) == (2, 1, 0.5)


def test_the_summary_sets_dev_and_held_out_side_by_side_with_counts():
    dev = Score("a", "dev", gold=4, drafted=5, matched=4, speakers_right=3, traps=2)
    dev.unflagged, dev.unflagged_right = 2, 2
    held = Score("b", "heldout", gold=2, drafted=2, matched=1, speakers_right=0, traps=1)
    held.non_quotes_attributed = 1
    lines = format_summary([dev, held]).splitlines()
    assert lines[0] == "| measure | dev | held-out |"
    rows = {cells[0]: cells[1:] for cells in (_cells(line) for line in lines[2:])}
    assert rows["articles"] == ["1", "1"]
    assert rows["quote precision (exact spans)"] == ["0.800 (4/5)", "0.500 (1/2)"]
    assert rows["quote recall (exact spans)"] == ["1.000 (4/4)", "0.500 (1/2)"]
    assert rows["speaker accuracy (matched quotes)"] == ["0.750 (3/4)", "0.000 (0/1)"]
    assert rows["speaker accuracy (not flagged `TODO: check the speaker`)"] == [
        "1.000 (2/2)",
        "n/a (0/0)",
    ]
    assert rows["traps (quoted words that are no one's quote)"] == ["2", "1"]
    assert rows["traps attributed to a speaker"] == ["0", "1"]


def test_a_summary_of_one_split_has_one_column():
    lines = format_summary([Score("a", "heldout", gold=1, drafted=1, matched=1)]).splitlines()
    assert lines[0] == "| measure | held-out |"


def test_the_gold_folder_holds_dev_and_held_out_articles_each_labelled_by_its_folder():
    golds = load_gold(GOLD_ROOT)
    assert {gold.split for gold in golds if gold.article.parent == GOLD} == {"dev"}
    assert {gold.split for gold in golds if gold.article.parent == HELD_OUT} == {"heldout"}
    assert sum(gold.split == "heldout" for gold in golds) >= 4
    assert len(golds) == len(list(GOLD.glob("*.yaml"))) + len(list(HELD_OUT.glob("*.yaml")))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _write_gold(folder: Path, name: str, split: str | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text('"Hi," said Ann Lee.\n', "utf-8")
    line = f"split: {split}\n" if split else ""
    (folder / f"{name}.yaml").write_text(f"{line}quotes: []\n", "utf-8")


def test_a_gold_file_in_the_held_out_folder_labelled_dev_is_refused(tmp_path):
    _write_gold(tmp_path / "held-out", "story", "dev")
    with pytest.raises(GoldRefused, match=r"held-out/story\.yaml: split is 'dev'.*split: heldout"):
        load_gold(tmp_path)


def test_a_gold_file_without_a_split_takes_its_folders(tmp_path):
    _write_gold(tmp_path / "held-out", "story", None)
    _write_gold(tmp_path / "other", "plain", None)
    assert {gold.name: gold.split for gold in load_gold(tmp_path)} == {
        "story": "heldout",
        "plain": "dev",
    }


def test_two_gold_files_of_the_same_name_are_refused(tmp_path):
    _write_gold(tmp_path / "dev", "story", "dev")
    _write_gold(tmp_path / "held-out", "story", "heldout")
    with pytest.raises(GoldRefused, match="has the same name"):
        load_gold(tmp_path)
