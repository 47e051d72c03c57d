"""Benchmark: how many 1,000-word articles `explainer draft` reads and writes per second.

Builds articles of about 1,000 words from the paragraphs of the development gold articles in
tests/gold/dev, drafts each one (reading and YAML writing), and prints articles per second
on one core.
Run: python benchmarks/draft_speed.py [--articles N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from generator.draft.extraction import draft_article
from generator.draft.output.sheet import render_draft
from generator.model.article import Article

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "dev"
WORDS = 1000


def build_articles(count: int) -> list[str]:
    """`count` articles of about 1,000 words, each a different rotation of the gold paragraphs."""
    paragraphs = [
        paragraph
        for path in sorted(GOLD.glob("*.txt"))
        for paragraph in Article.from_text(path.read_text(encoding="utf-8")).paragraphs
    ]
    articles = []
    for number in range(count):
        chosen, words, position = [], 0, number * 7
        while words < WORDS:
            paragraph = paragraphs[position % len(paragraphs)]
            chosen.append(paragraph)
            words += len(paragraph.split())
            position += 1
        articles.append("\n\n".join(chosen))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles to draft")
    options = parser.parse_args()
    articles = build_articles(options.articles)
    words = sum(len(text.split()) for text in articles) / len(articles)
    draft_article(articles[0], dt.date(2025, 3, 16))  # warm up
    start = time.process_time()
    for text in articles:
        render_draft(draft_article(text, dt.date(2025, 3, 16)))
    elapsed = time.process_time() - start
    print(
        f"{len(articles)} articles of {words:.0f} words on average in {elapsed:.2f} s CPU: "
        f"{len(articles) / elapsed:.0f} articles per second"
    )


if __name__ == "__main__":
    main()
