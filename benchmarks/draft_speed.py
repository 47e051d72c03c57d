"""Benchmark: how fast `explainer draft` starts, and its rate on 1,000-word articles.

Cold start: the median wall time (and CPU time) of N calls of the `explainer` command on the seed
story's article, each a fresh process writing its draft to a temporary file, as an editor runs it.
Warm: builds articles of about 1,000 words from the paragraphs of the development gold articles
in tests/gold/dev, drafts each one in this process (reading and YAML writing), and prints
articles per second on one core. Each number is printed with its target and whether it was met.
Run: python benchmarks/draft_speed.py [--runs N] [--articles N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.draft.extraction import draft_article
from generator.draft.output.sheet import render_draft
from generator.model.article import Article

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "dev"
SEED = ROOT / "seeds" / "waltz-territory-for-security-guarantees" / "article.txt"
WORDS = 1000
COLD_TARGET = 0.15
"""Seconds of wall time one `explainer draft` call may take, start to exit."""
WARM_TARGET = 150
"""Articles of about 1,000 words per second, drafted in one running process."""


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


def explainer_command() -> list[str]:
    """The `explainer` console script beside this Python, as an editor runs it."""
    script = Path(sys.executable).with_name("explainer")
    if not script.exists():
        sys.exit(f"Error: {script} not found; install the project first (make .venv/.installed)")
    return [str(script)]


def time_cold_starts(runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of `runs` calls of `explainer draft` on the seed article."""
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "facts.yaml"
        command = [*explainer_command(), "draft", str(SEED), "--published", "2025-03-16"]
        command += ["-o", str(output), "--force"]
        subprocess.run(command, check=True, capture_output=True)  # fills the bytecode cache
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def verdict(met: bool) -> str:
    return "met" if met else "missed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="cold `explainer draft` calls")
    parser.add_argument("--articles", type=int, default=300, help="articles to draft warm")
    options = parser.parse_args()
    load = os.getloadavg()[0]

    walls, cpus = time_cold_starts(options.runs)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(
        f"cold start: explainer draft {SEED.relative_to(ROOT)} ({len(SEED.read_text().split())} "
        f"words), median of {len(walls)} calls: {wall:.3f} s wall, {cpu:.3f} s CPU "
        f"(fastest {min(walls):.3f} s, slowest {max(walls):.3f} s wall); "
        f"target <= {COLD_TARGET} s wall: {verdict(wall <= COLD_TARGET)}"
    )

    articles = build_articles(options.articles)
    words = sum(len(text.split()) for text in articles) / len(articles)
    draft_article(articles[0], dt.date(2025, 3, 16))  # warm up
    start = time.process_time()
    for text in articles:
        render_draft(draft_article(text, dt.date(2025, 3, 16)))
    elapsed = time.process_time() - start
    rate = len(articles) / elapsed
    print(
        f"warm: {len(articles)} articles of {words:.0f} words on average in {elapsed:.2f} s CPU: "
        f"{rate:.0f} articles per second; target >= {WARM_TARGET}: {verdict(rate >= WARM_TARGET)}"
    )
    print(f"load average (1 min) at the start: {load:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
