"""Browser fixtures: the seed site built once into a temporary folder and served on 127.0.0.1.

Playwright drives Debian's Chromium (it cannot download a browser here); screenshots go to
test-artifacts/ at the project root.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build.site import build_site
from generator.pipeline import Project, generate
from tests.conftest import PROJECT, SEED_SLUG
from tests.project_copy import copy_project
from tools.preview import list_pages, serve_site

ARTIFACTS = PROJECT / "test-artifacts"
STORY = f"/stories/{SEED_SLUG}/"


def copy_sources(target: Path) -> Path:
    """The configuration, templates, theme overrides, hand-written docs and seeds, copied."""
    return copy_project(target)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's site, generated and built once per session in a temporary folder."""
    root = copy_sources(tmp_path_factory.mktemp("project"))
    generate(Project.at(root))
    return build_site(root / "mkdocs.yml", root / "site")


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    with serve_site(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def page_paths(site_dir: Path) -> list[str]:
    return list_pages(site_dir)


class Watch:
    """What pages did that they should not: console errors, page errors, outside requests."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []

    def attach(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))
        page.on("request", self._request)

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"{message.location.get('url')}: {message.text}")

    def _request(self, request) -> None:
        if not request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            self.outside.append(request.url)


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def open_page(browser, watch: Watch):
    """Open a fresh page of the given size that records errors and outside requests."""
    contexts = []

    def opener(width: int = 1280, scheme: str = "light", height: int = 900):
        context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=scheme
        )
        contexts.append(context)
        tab = context.new_page()
        watch.attach(tab)
        return tab

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    """A fresh 1280 px wide page in the light scheme."""
    return open_page()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
