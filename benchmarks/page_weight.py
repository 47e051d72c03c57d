"""Page weight benchmark: N synthetic stories built, and the bytes a reader downloads printed.

For each size: the home page, the All stories page, the biggest person, topic and place pages, and
the search index a page fetches on its first load (raw and gzipped). Stories are made as in
`benchmarks/scale.py`; each size is built once, in a temporary copy of the project.
Usage: python benchmarks/page_weight.py [--sizes 100 1000] [--temp-dir /dev/shm]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import make_project  # noqa: E402

SEARCH_INDEX = "search/search_index.json"


def weigh(count: int, temp_dir: str | None = None) -> dict:
    """Build a site of `count` synthetic stories and weigh the pages that grow with it."""
    from generator.build.site import build_site
    from generator.cache.generation import GenerationCache
    from generator.pipeline import Project, generate

    with tempfile.TemporaryDirectory(prefix="explainer-weight-", dir=temp_dir) as temporary:
        folder = Path(temporary)
        make_project(folder, count)
        cache = GenerationCache()
        generate(Project.at(folder), cache=cache)
        site = build_site(
            folder / "mkdocs.yml",
            folder / "site",
            lambda config: config.plugins["explainer"].hand_over(cache),
        )
        return weigh_site(site, count)


def weigh_site(site: Path, count: int) -> dict:
    """The weights of one built site, in bytes."""
    index = site / SEARCH_INDEX
    row = {
        "stories": count,
        "home_bytes": _size(site / "index.html"),
        "stories_page_bytes": _size(site / "stories" / "index.html"),
        "search_index_bytes": _size(index),
        "search_index_gzip_bytes": len(gzip.compress(index.read_bytes(), 6))
        if index.exists()
        else 0,
        "search_index_documents": len(json.loads(index.read_bytes())["docs"])
        if index.exists()
        else 0,
    }
    for folder in ("people", "topics", "places"):
        pages = list((site / folder).rglob("index.html"))
        row[f"biggest_{folder}_page_bytes"] = max((_size(page) for page in pages), default=0)
    return row


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def format_table(rows: list[dict]) -> str:
    header = (
        "| stories | home KB | All stories KB | biggest person KB | biggest topic KB "
        "| biggest place KB | search index KB | gzipped KB | indexed sections |"
    )
    lines = [header, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(
            f"| {row['stories']:,} | {row['home_bytes'] / 1e3:.1f} "
            f"| {row['stories_page_bytes'] / 1e3:.1f} "
            f"| {row['biggest_people_page_bytes'] / 1e3:.1f} "
            f"| {row['biggest_topics_page_bytes'] / 1e3:.1f} "
            f"| {row['biggest_places_page_bytes'] / 1e3:.1f} "
            f"| {row['search_index_bytes'] / 1e3:,.1f} "
            f"| {row['search_index_gzip_bytes'] / 1e3:,.1f} "
            f"| {row['search_index_documents']:,} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--json", type=Path, help="Also write the measurements to this file.")
    parser.add_argument("--temp-dir", help="Where to make the temporary projects.")
    options = parser.parse_args()
    rows = []
    for count in options.sizes:
        print(f"building {count:,} stories ...", file=sys.stderr, flush=True)
        rows.append(weigh(count, options.temp_dir))
    print(format_table(rows))
    if options.json:
        options.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
