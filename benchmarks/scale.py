"""Scale benchmark: N synthetic stories, generated and built, measured and printed as a table.

Each size runs in a fresh process in a temporary copy of the project, so peak memory is its own;
each runs three times and the table shows the fastest generation and the fastest build (a busy or
slowed machine only ever adds time).
Usage: python benchmarks/scale.py [--sizes 10 100 1000] [--repeat K]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from generator.model.article import Article, find_verbatim

ROOT = Path(__file__).resolve().parent.parent

TEMPLATE_STORY = ROOT / "seeds" / "waltz-territory-for-security-guarantees"
COPIED = ("mkdocs.yml", "templates", "docs", "overrides")


def make_project(folder: Path, count: int) -> None:
    """A copy of the project whose seeds are `count` stories made from the template story.

    Each story's quotes are its own (a word made for the story follows each quote's first word,
    in the fact sheet and in the article), as in a real site: nothing kept from one story's
    text can then spare work on another's."""
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=_generated)
        elif source.exists():
            shutil.copy2(source, folder / name)
    facts = (TEMPLATE_STORY / "facts.yaml").read_text(encoding="utf-8")
    article = (TEMPLATE_STORY / "article.txt").read_text(encoding="utf-8")
    start = dt.date(2020, 1, 1)
    for number in range(1, count + 1):
        story = folder / "seeds" / f"story-{number:05d}"
        story.mkdir(parents=True)
        published = (start + dt.timedelta(days=number)).isoformat()
        text = facts.replace("published: 2025-03-16", f"published: {published}", 1)
        text = text.replace('title: "Waltz:', f'title: "Story {number}: Waltz:', 1)
        text, own_article = _own_quotes(text, article, f"s{number:05d}")
        (story / "facts.yaml").write_text(text, encoding="utf-8")
        (story / "article.txt").write_text(own_article, encoding="utf-8")


def _own_quotes(facts: str, article: str, word: str) -> tuple[str, str]:
    """The fact sheet and article with `word` after the first word of every quote."""
    paragraphs = list(Article.from_text(article).paragraphs)
    for quote in yaml.safe_load(facts)["quotes"]:
        first = quote["text"].split()[0]
        facts, found = re.subn(
            rf"(- id: {re.escape(quote['id'])}\n(?:.*\n)*?    text: (?:>-\n +)?){re.escape(first)}",
            lambda match, first=first: f"{match.group(1)}{first} {word}",
            facts,
            count=1,
        )
        paragraph = paragraphs[quote["paragraph"] - 1]
        span = find_verbatim(quote["text"], paragraph)
        if not found or span is None:
            raise SystemExit(f"the template story's quote {quote['id']} could not be made unique")
        at = span[0] + len(first)
        own = f"{paragraph[:at]} {word}{paragraph[at:]}"
        article = article.replace(paragraph, own, 1)
        paragraphs[quote["paragraph"] - 1] = own
    return facts, article


def _generated(folder: str, names: list[str]) -> list[str]:
    if Path(folder) == ROOT / "docs":
        return [name for name in names if name not in ("about.md", "assets")]
    return []


def measure(count: int, temp_dir: str | None = None) -> dict:
    """Make, generate and build a site of `count` stories as `explainer build` does (the build
    starts from the generation just done); runs in its own process."""
    from generator.build.site import build_site
    from generator.cache.generation import GenerationCache
    from generator.pipeline import Project, generate

    with tempfile.TemporaryDirectory(prefix="explainer-bench-", dir=temp_dir) as temporary:
        folder = Path(temporary)
        make_project(folder, count)
        project, cache = Project.at(folder), GenerationCache()
        started, cpu = time.perf_counter(), time.process_time()
        generate(project, cache=cache)
        generate_seconds = time.perf_counter() - started
        generate_cpu = time.process_time() - cpu
        started = time.perf_counter()
        site = build_site(
            folder / "mkdocs.yml",
            folder / "site",
            lambda config: config.plugins["explainer"].hand_over(cache),
        )
        build_seconds = time.perf_counter() - started
        sizes = [
            path.stat().st_size
            for path in site.glob("stories/**/index.html")
            if path.parent != site / "stories"
        ]
        total = sum(path.stat().st_size for path in site.rglob("*") if path.is_file())
    return {
        "stories": count,
        "generate_seconds": generate_seconds,
        "generate_cpu_seconds": generate_cpu,
        "build_seconds": build_seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "site_bytes": total,
        "story_pages": len(sizes),
        "median_story_page_bytes": statistics.median(sizes) if sizes else 0,
    }


def fastest(runs: list[dict]) -> dict:
    """One row from repeated runs of one size: the least time of each kind, the most memory."""
    row = dict(runs[0])
    for key in ("generate_seconds", "generate_cpu_seconds", "build_seconds"):
        row[key] = min(run[key] for run in runs)
    row["peak_mb"] = max(run["peak_mb"] for run in runs)
    row["runs"] = len(runs)
    row["every_run"] = [
        {"generate_seconds": run["generate_seconds"], "build_seconds": run["build_seconds"]}
        for run in runs
    ]
    return row


def format_table(rows: list[dict]) -> str:
    header = (
        "| stories | runs | generate s | generate CPU s | build s | generate / build "
        "| build s per story | peak memory MB | site MB | median story page KB |"
    )
    lines = [header, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(
            f"| {row['stories']:,} | {row['runs']} | {row['generate_seconds']:.2f} "
            f"| {row['generate_cpu_seconds']:.2f} | {row['build_seconds']:.1f} "
            f"| {row['generate_seconds'] / row['build_seconds']:.1%} "
            f"| {row['build_seconds'] / row['stories']:.3f} | {row['peak_mb']:.0f} "
            f"| {row['site_bytes'] / 1e6:.1f} | {row['median_story_page_bytes'] / 1e3:.1f} |"
        )
    return "\n".join(lines)


def check_targets(rows: list[dict]) -> list[str]:
    """One line per target: what was measured and whether it is met."""
    by_count = {row["stories"]: row for row in rows}
    lines = []
    for row in rows:
        ratio = row["generate_seconds"] / row["build_seconds"]
        lines.append(_verdict(ratio <= 0.05, f"generate <= 5 % of build at {row['stories']:,}"))
    if 1000 in by_count:
        seconds = by_count[1000]["generate_cpu_seconds"]
        lines.append(_verdict(seconds < 5, f"1,000 stories generated in {seconds:.2f} s of CPU"))
    if 10 in by_count and 1000 in by_count:
        small, large = (by_count[n]["median_story_page_bytes"] for n in (10, 1000))
        lines.append(
            _verdict(
                large <= small * 1.1,
                f"median story page {small:,.0f} B at 10, {large:,.0f} B at 1,000",
            )
        )
    if 100 in by_count and 1000 in by_count:
        per = [by_count[n]["build_seconds"] / n for n in (100, 1000)]
        lines.append(
            _verdict(
                per[1] <= per[0] * 1.5,
                f"build s per story {per[0]:.3f} at 100, {per[1]:.3f} at 1,000",
            )
        )
    return lines


def _verdict(ok: bool, what: str) -> str:
    return f"{'met    ' if ok else 'MISSED '} {what}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="Runs of each size, of which the fastest is shown (default: 3).",
    )
    parser.add_argument("--json", type=Path, help="Also write the measurements to this file.")
    parser.add_argument(
        "--temp-dir",
        help="Where to make the temporary projects (default: the system's); "
        "/dev/shm keeps a slow or shared disk out of the measurement.",
    )
    options = parser.parse_args()
    if options.one is not None:
        print(json.dumps(measure(options.one, options.temp_dir)))
        return
    where = ["--temp-dir", options.temp_dir] if options.temp_dir else []
    rows = []
    for count in options.sizes:
        runs = []
        for run in range(1, options.repeat + 1):
            print(
                f"building {count:,} stories ({run}/{options.repeat}) ...",
                file=sys.stderr,
                flush=True,
            )
            output = subprocess.run(
                [sys.executable, __file__, "--one", str(count), *where],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            runs.append(json.loads(output.strip().splitlines()[-1]))
        rows.append(fastest(runs))
    print(format_table(rows))
    print()
    print("\n".join(check_targets(rows)))
    if options.json:
        options.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
