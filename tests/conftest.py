"""Shared fixtures: a temporary copy of the project, so tests never touch docs/ or site/."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.preview import CHROMIUM_ARGS

PROJECT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SEED_SLUG = "waltz-territory-for-security-guarantees"


def copy_project(target: Path, stories: list[str] | None = None) -> Path:
    """Copy mkdocs.yml, templates, overrides, hand-written docs and the chosen seeds to `target`."""
    shutil.copy(PROJECT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(PROJECT / "templates", target / "templates")
    if (PROJECT / "overrides").is_dir():
        shutil.copytree(PROJECT / "overrides", target / "overrides")
    for tracked in tracked_files("docs"):
        (target / tracked).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PROJECT / tracked, target / tracked)
    (target / "seeds").mkdir()
    for slug in stories if stories is not None else [SEED_SLUG]:
        shutil.copytree(PROJECT / "seeds" / slug, target / "seeds" / slug)
    return target


def tracked_files(folder: str) -> list[str]:
    """Files of `folder` that git tracks: hand-written ones, never generated output."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", folder], cwd=PROJECT, capture_output=True, check=True
    )
    return [name for name in listing.stdout.decode().split("\0") if name]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project holding the seed story only."""
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright, shared by every test of the session (Playwright's
    synchronous API allows one driver per process)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing; `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()
