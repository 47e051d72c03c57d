"""Audit: Lighthouse scores of a built site's main pages, on the mobile profile.

A site folder and the `lighthouse` command in; JSON reports and a Markdown table of scores out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from tools.preview import CHROMIUM, CHROMIUM_ARGS, list_pages, main_pages, serve_site

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGET = 0.95


def run_lighthouse(lighthouse: str, url: str, report: Path) -> dict[str, float]:
    """Scores of one page by category (0 to 1) and the bytes it transferred in all ("bytes").

    The full report is written to `report`.
    """
    command = [
        lighthouse,
        url,
        "--quiet",
        "--form-factor=mobile",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={report}",
        f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
    ]
    environment = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", CHROMIUM)}
    subprocess.run(command, check=True, env=environment, stdout=subprocess.DEVNULL)
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: data["categories"][name]["score"] for name in CATEGORIES}
    return scores | {"bytes": data["audits"]["total-byte-weight"]["numericValue"]}


def median_scores(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of each score over several runs of one page."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def score_table(scores: dict[str, dict[str, float]]) -> str:
    """The scores as a Markdown table, one row per page."""
    lines = [
        "| page | " + " | ".join(CATEGORIES) + " | bytes transferred |",
        "|---|" + "---:|" * (len(CATEGORIES) + 1),
    ]
    for page, by_category in scores.items():
        cells = " | ".join(f"{by_category[name]:.2f}" for name in CATEGORIES)
        lines.append(f"| `{page}` | {cells} | {by_category['bytes']:,.0f} |")
    return "\n".join(lines)


def weigh_pages(site_dir: Path) -> dict[str, tuple[int, int]]:
    """Bytes of every HTML page of the site, as stored and gzipped, keyed by URL path."""
    weights = {}
    for path in list_pages(site_dir):
        file = site_dir / path.lstrip("/")
        if file.is_dir() or path.endswith("/"):
            file = file / "index.html"
        data = file.read_bytes()
        weights[path] = (len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))
    return weights


def weight_table(weights: dict[str, tuple[int, int]]) -> str:
    """Page weights as a Markdown table."""
    lines = ["| page | HTML bytes | gzipped |", "|---|---:|---:|"]
    lines += [f"| `{page}` | {raw:,} | {packed:,} |" for page, (raw, packed) in weights.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.audit",
        description="Run Lighthouse (mobile) on the main pages of a built site; print the scores.",
    )
    parser.add_argument("--site-dir", type=Path, default=Path("site"), help="built site (site/)")
    parser.add_argument("--out", type=Path, default=Path("test-artifacts/lighthouse"))
    parser.add_argument("--lighthouse", default="lighthouse", help="the lighthouse command")
    parser.add_argument(
        "--runs", type=int, default=3, help="runs per page; the median of each score is kept"
    )
    options = parser.parse_args(argv)
    if not (options.site_dir / "index.html").is_file():
        print(f"Error: no built site in {options.site_dir}; run `make site` first", file=sys.stderr)
        return 2
    if shutil.which(options.lighthouse) is None:
        print(f"Error: {options.lighthouse} not found; `make report` installs it", file=sys.stderr)
        return 2
    options.out.mkdir(parents=True, exist_ok=True)
    scores = {}
    with serve_site(options.site_dir) as base:
        for path in main_pages(options.site_dir):
            name = path.strip("/").replace("/", "_") or "home"
            runs = [
                run_lighthouse(options.lighthouse, base + path, options.out / f"{name}-{run}.json")
                for run in range(1, max(options.runs, 1) + 1)
            ]
            scores[path] = median_scores(runs)
    print(f"Median of {max(options.runs, 1)} run(s) per page, mobile profile:")
    print(score_table(scores))
    print()
    print(weight_table(weigh_pages(options.site_dir)))
    low = [
        f"{page} {name} {score:.2f}"
        for page, by_category in scores.items()
        for name, score in by_category.items()
        if name in CATEGORIES and score < TARGET
    ]
    if low:
        print(f"Below {TARGET}: " + "; ".join(low), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
