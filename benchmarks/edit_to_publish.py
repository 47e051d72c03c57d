"""Edit -> published: how long a site of N synthetic stories takes to build from clean, to build
again after one fact-sheet edit and after one template edit, and to show one edit in a running
`explainer serve`; and what a reader downloads on a first visit. Printed as a table with targets.

Each size is measured in a temporary copy of the project made by benchmarks/scale.py, through the
commands a user runs (`python -m generator build`, `python -m generator serve`), once each: the
incremental and full numbers of one size come from one run, so their ratio holds on a noisy
machine even when the seconds do not.
Usage: python benchmarks/edit_to_publish.py [--sizes 10 100 1000] [--no-browser]
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale import make_project
from tools.preview import CHROMIUM, CHROMIUM_ARGS, serve_site

TARGETS = {
    "full build s": ("<=", 45.0),
    "fact-sheet edit -> built s": ("<=", 3.0),
    "template edit -> built s": (None, None),
    "serve: save -> page shows s": ("<=", 1.0),
    "first visit KB (gzip)": ("<=", 150.0),
    "home page KB": ("<=", 60.0),
}
"""Targets at 1,000 stories."""


def timed_build(root: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "build"],
        cwd=root,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def edit_fact_sheet(root: Path, marker: str) -> None:
    facts = root / "seeds" / "story-00001" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    edited = re.sub(r"Both \w+ US officials", f"Both {marker} US officials", text, count=1)
    assert edited != text, "the story to edit has no statement to change"
    facts.write_text(edited, encoding="utf-8")


def serve_latency(root: Path) -> float:
    """Seconds from saving a fact sheet to the served page showing the edit."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    page = f"http://127.0.0.1:{port}/stories/story-00001/"
    try:
        _wait_for(page, "officials", server, 1800)
        time.sleep(2)  # let the watcher settle after the first build
        edit_fact_sheet(root, "served")
        started = time.perf_counter()
        _wait_for(page, "Both served US officials", server, 300)
        return time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=60)


def _wait_for(url: str, text: str, server: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server stopped")
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} never showed {text!r}")


def first_visit_bytes(site: Path) -> float:
    """KB Chromium downloads to show a story page once, with an empty cache (HTML, assets and
    whatever search fetches on its own), served gzipped as a static host does."""
    from playwright.sync_api import sync_playwright

    with serve_site(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        page = browser.new_page()
        fetched = []
        page.on("requestfinished", lambda request: fetched.append(request))
        page.goto(f"{base}/stories/story-00001/", wait_until="networkidle")
        # The body as sent (gzipped when compressible): Chromium reports no body size for the
        # search worker's script, so the server's Content-Length is counted instead.
        total = sum(int(request.response().header_value("content-length")) for request in fetched)
        browser.close()
    return total / 1000


def measure(count: int, browser: bool) -> dict[str, float]:
    row: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="explainer-edit-") as temporary:
        root = Path(temporary)
        make_project(root, count)
        row["full build s"] = timed_build(root)
        edit_fact_sheet(root, "edited")
        row["fact-sheet edit -> built s"] = timed_build(root)
        template = root / "templates" / "story" / "quotes.md.j2"
        template.write_text(template.read_text(encoding="utf-8") + "\n<!-- edited -->\n")
        row["template edit -> built s"] = timed_build(root)
        row["home page KB"] = (root / "site" / "index.html").stat().st_size / 1000
        if browser and shutil.which("chromium"):
            row["first visit KB (gzip)"] = first_visit_bytes(root / "site")
        row["serve: save -> page shows s"] = serve_latency(root)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--no-browser", action="store_true", help="Skip the first-visit bytes.")
    options = parser.parse_args()
    rows = {}
    for count in options.sizes:
        print(f"measuring {count:,} stories ...", file=sys.stderr, flush=True)
        rows[count] = measure(count, not options.no_browser)
    sizes = list(rows)
    print("| measure | " + " | ".join(f"{n:,} stories" for n in sizes) + " | target at 1,000 |")
    print("|---|" + "---:|" * len(sizes) + "---|")
    for name, (relation, target) in TARGETS.items():
        cells = [f"{rows[n][name]:.2f}" if name in rows[n] else "-" for n in sizes]
        verdict = ""
        if target is not None and 1000 in rows and name in rows[1000]:
            met = rows[1000][name] <= target
            verdict = f"{relation} {target:g}: {'met' if met else 'MISSED'}"
        elif target is not None:
            verdict = f"{relation} {target:g}"
        print(f"| {name} | " + " | ".join(cells) + f" | {verdict} |")
    for count in sizes:
        full, edit = rows[count]["full build s"], rows[count]["fact-sheet edit -> built s"]
        print(f"{count:,} stories: one fact-sheet edit builds in {edit / full:.1%} of a full build")


if __name__ == "__main__":
    main()
