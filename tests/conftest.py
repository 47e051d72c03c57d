"""Shared fixtures: a temporary copy of the project, so tests never touch docs/ or site/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.project_copy import copy_project
from tools.preview import CHROMIUM_ARGS

PROJECT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SEED_SLUG = "waltz-territory-for-security-guarantees"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project holding the seed story only."""
    return copy_project(tmp_path, stories=[SEED_SLUG])


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
