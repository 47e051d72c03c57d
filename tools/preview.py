"""Preview: a built site served on 127.0.0.1 and photographed in Debian's Chromium.

A site folder in; PNG screenshots of its main pages out. `python -m tools.preview` runs it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
MAIN_PAGES = ("", "quotes/", "positions/", "timeline/", "source/")


COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}


class _StaticHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly, gzipping text as any static host does when the browser accepts it."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSIBLE and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve_site(site_dir: Path) -> Iterator[str]:
    """Serve `site_dir` on a free port of 127.0.0.1 in a background thread; yield its base URL."""
    handler = functools.partial(_StaticHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def list_pages(site_dir: Path) -> list[str]:
    """Every HTML page of a built site as a URL path (`/`, `/about/`, `/404.html`), sorted."""
    return sorted(
        "/" + file.relative_to(site_dir).as_posix().removesuffix("index.html")
        for file in site_dir.rglob("*.html")
    )


def main_pages(site_dir: Path) -> list[str]:
    """The home page and the main pages of the first story, as URL paths."""
    stories = sorted(path.parent.name for path in (site_dir / "stories").glob("*/source"))
    paths = ["/"]
    if stories:
        paths += [f"/stories/{stories[0]}/{page}" for page in MAIN_PAGES]
    return paths


def capture_pages(
    site_dir: Path, out_dir: Path, dark: bool = False, full_page: bool = False
) -> list[Path]:
    """Screenshots of the main pages at phone and desktop width; returns the files written."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with serve_site(site_dir) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            context = browser.new_context(
                viewport=viewport, color_scheme="dark" if dark else "light"
            )
            page = context.new_page()
            for path in main_pages(site_dir):
                page.goto(base + path, wait_until="networkidle")
                name = path.strip("/").split("/")[-1] if path != "/" else "home"
                if path.startswith("/stories/") and path.count("/") == 3:
                    name = "overview"
                target = out_dir / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=full_page)
                written.append(target)
            context.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.preview",
        description="Write PNG screenshots of a built site's main pages (phone and desktop).",
    )
    parser.add_argument("--site-dir", type=Path, default=Path("site"), help="built site (site/)")
    parser.add_argument("--out", type=Path, default=Path("screenshots"), help="output folder")
    parser.add_argument("--dark", action="store_true", help="use the dark colour scheme")
    parser.add_argument("--full-page", action="store_true", help="the whole page, not the screen")
    options = parser.parse_args(argv)
    if not (options.site_dir / "index.html").is_file():
        print(f"Error: no built site in {options.site_dir}; run `make site` first", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"Error: {CHROMIUM} is missing; install Debian's chromium package", file=sys.stderr)
        return 2
    for file in capture_pages(options.site_dir, options.out, options.dark, options.full_page):
        print(file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
