"""Before and after: the site of a git revision and of the working tree, photographed side by side.

A revision in; PNG screenshots of one story's overview, quotes and positions pages on a phone and
on a desktop, from both sites, out. `python -m tools.before_after` runs it.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from tools.preview import CHROMIUM, CHROMIUM_ARGS, serve_site

PROJECT = Path(__file__).resolve().parent.parent
REVISION = "34e8272"
STORY = "waltz-territory-for-security-guarantees"
PAGES = {"overview": "", "quotes": "quotes/", "positions": "positions/"}
SCREENS = ({"width": 390, "height": 844}, {"width": 1280, "height": 800})


class Error(Exception):
    """Something the tool cannot do, said in one line for the reader of the command line."""


def export_revision(revision: str, target: Path) -> Path:
    """The files of `revision` of this project, unpacked into `target` (no checkout is touched)."""
    archive = subprocess.run(
        ["git", "-C", str(PROJECT), "archive", "--format=tar", revision],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        message = archive.stderr.decode(errors="replace").strip()
        raise Error(f"git cannot export revision {revision!r}: {message}")
    target.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target


def build_project(root: Path, site_dir: Path) -> Path:
    """The site of the project in `root`, built by that project's own code into `site_dir`."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", ".", "--site-dir", str(site_dir)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not (site_dir / "index.html").is_file():
        raise Error(f"the build of {root} failed:\n{result.stdout}{result.stderr}")
    return site_dir


def photograph(sites: dict[str, Path], story: str, out_dir: Path) -> list[Path]:
    """Screenshots of the story's pages from each site (keyed "before", "after"), one screen
    high, written as <page>-<width>-<site>.png; returns the files written."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        for label, site_dir in sites.items():
            with serve_site(site_dir) as base:
                for screen in SCREENS:
                    context = browser.new_context(viewport=screen, color_scheme="light")
                    page = context.new_page()
                    for name, path in PAGES.items():
                        response = page.goto(
                            f"{base}/stories/{story}/{path}", wait_until="networkidle"
                        )
                        if response is None or not response.ok:
                            raise Error(f"the {label} site has no page /stories/{story}/{path}")
                        target = out_dir / f"{name}-{screen['width']}-{label}.png"
                        page.screenshot(path=str(target))
                        written.append(target)
                    context.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.before_after",
        description="Screenshots of a story's main pages from the site of a git revision "
        "(before) and of the working tree (after), at phone and desktop size.",
    )
    parser.add_argument("revision", nargs="?", default=REVISION, help=f"default {REVISION}")
    parser.add_argument("--story", default=STORY, help=f"the story's folder name ({STORY})")
    parser.add_argument(
        "--out", type=Path, default=PROJECT / "screenshots" / "before-after", help="output folder"
    )
    options = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"Error: {CHROMIUM} is missing; install Debian's chromium package", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="explainer-before-after-") as temporary:
            work = Path(temporary)
            before = export_revision(options.revision, work / "before")
            sites = {
                "before": build_project(before, work / "before-site"),
                "after": build_project(PROJECT, work / "after-site"),
            }
            for file in photograph(sites, options.story, options.out):
                print(file.relative_to(PROJECT) if file.is_relative_to(PROJECT) else file)
    except Error as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
