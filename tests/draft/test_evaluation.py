"""Evaluation: exact spans, speaker accuracy, non-quotes, and the seed article's done criteria."""

from __future__ import annotations

from pathlib import Path

from generator.draft.evaluation import GoldArticle, GoldQuote, load_gold, score_draft
from generator.draft.extraction import draft_article
from tests.draft.helpers import GOLD

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
