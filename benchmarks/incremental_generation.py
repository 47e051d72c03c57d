"""Benchmark: how fast a fact-sheet change becomes regenerated Markdown on a site of many stories.

Copies the templates and STORIES copies of the seed story into a temporary folder, generates
everything once with a cache (as `mkdocs serve` keeps one), then changes one story's fact sheet
several times and times each incremental run, in wall-clock and in CPU time (the machine may be
shared). Prints the numbers; asserts nothing.

    .venv/bin/python -m benchmarks.incremental_generation [STORIES]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generator.cache.generation import GenerationCache
from generator.pipeline import Project, generate
from generator.write.pages import WriteReport

ROOT = Path(__file__).resolve().parent.parent
SEED = "waltz-territory-for-security-guarantees"
CHANGES = {
    # Shown on the story's own pages only.
    "an answer to an open question": (
        "an official US or Ukrainian statement naming them.",
        "a US or Ukrainian statement naming them.",
    ),
    # Also shown on the person's page across stories, which here lists every story.
    "a person's role": (
        "role: US Secretary of State",
        "role: Secretary of State of the United States",
    ),
}
RUNS = 15


def make_site(folder: Path, stories: int) -> Project:
    shutil.copytree(ROOT / "templates", folder / "templates")
    (folder / "docs").mkdir()
    for number in range(1, stories + 1):
        shutil.copytree(ROOT / "seeds" / SEED, folder / "seeds" / f"story-{number:04d}")
    return Project.at(folder)


def date_back(folder: Path) -> None:
    """Date every file a minute back, like a site whose files were not all written just now."""
    past = time.time() - 60
    for path in folder.rglob("*"):
        os.utime(path, (past, past))


def timed(run: Callable[[], WriteReport]) -> tuple[float, float, WriteReport]:
    """Wall-clock and CPU milliseconds of one run, and its report."""
    wall, cpu = time.perf_counter(), time.process_time()
    report = run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, report


def describe(samples: list[tuple[float, float, WriteReport]]) -> str:
    walls = [sample[0] for sample in samples]
    cpus = [sample[1] for sample in samples]
    return (
        f"median {statistics.median(walls):.1f} ms wall (min {min(walls):.1f}, "
        f"max {max(walls):.1f}), {statistics.median(cpus):.1f} ms CPU; {len(samples)} runs"
    )


def main(stories: int) -> None:
    with tempfile.TemporaryDirectory(prefix="explainer-bench-") as temporary:
        project = make_site(Path(temporary), stories)
        cache = GenerationCache()

        def incremental() -> WriteReport:
            return generate(project, cache=cache)[0]

        wall, _, report = timed(incremental)
        print(
            f"{stories} stories, first full run: {wall / 1000:.1f} s, "
            f"{len(report.written)} pages written"
        )
        date_back(Path(temporary))
        timed(incremental)  # serve rebuilds once more after its own writes
        quiet = [timed(incremental) for _ in range(RUNS)]
        print(f"run with nothing changed: {describe(quiet)}")

        facts = project.seeds / f"story-{stories // 2:04d}" / "facts.yaml"
        for what, texts in CHANGES.items():
            changes = []
            for run in range(RUNS):
                old, new = texts if run % 2 == 0 else texts[::-1]
                text = facts.read_text(encoding="utf-8")
                assert old in text, old
                facts.write_text(text.replace(old, new, 1), "utf-8")
                changes.append(timed(incremental))
            print(f"change of {what} -> regenerated Markdown: {describe(changes)}")
            written = {tuple(Path(path).name for path in report.written) for *_, report in changes}
            for names in sorted(written):
                print(f"  rewritten: {', '.join(names)} of {len(cache.written)} pages")

        wall, _, report = timed(lambda: generate(project)[0])
        print(
            f"same site, no cache (what `explainer generate` does): {wall / 1000:.1f} s, "
            f"{len(report.written)} pages written"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
