"""Live preview: `mkdocs serve` regenerates a story when its fact sheet changes, shows a broken
fact sheet's problems on the story's page while it keeps running, and recovers once it is fixed."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.editing_project import SEED, replace_in
from tests.project_copy import copy_project


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return f"HTTP {error.code}"
    except OSError:
        return ""


def wait_for(url: str, accept: Callable[[str], bool], server: subprocess.Popen) -> str:
    deadline = time.monotonic() + 60
    text = ""
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server stopped"
        text = fetch(url)
        if accept(text):
            return text
        time.sleep(0.3)
    raise AssertionError(f"{url} never showed what was expected; last answer:\n{text[:2000]}")


def serving(tmp_path: Path, command: list[str]) -> Iterator[tuple[Path, str, subprocess.Popen]]:
    root = copy_project(tmp_path / "project")
    port = free_port()
    # The console goes to a file: a pipe nobody reads while the test runs would fill and stall it.
    with (tmp_path / "console.txt").open("w", encoding="utf-8") as console:
        server = subprocess.Popen(
            [sys.executable, "-m", *command, "--dev-addr", f"127.0.0.1:{port}"],
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=console,
            text=True,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        )
        try:
            yield root, f"http://127.0.0.1:{port}", server
        finally:
            server.terminate()
            server.wait(timeout=30)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen]]:
    yield from serving(tmp_path, ["mkdocs", "serve"])


@pytest.fixture
def explainer_served(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen]]:
    yield from serving(tmp_path, ["generator", "serve"])


def test_one_save_makes_one_build_of_only_the_pages_it_changed(explainer_served, tmp_path):
    root, base, server = explainer_served
    console = tmp_path / "console.txt"
    people = f"{base}/stories/{SEED}/people/"
    wait_for(people, lambda text: "US Secretary of State" in text, server)
    builds = console.read_text().count("Building documentation")
    facts = root / "seeds" / SEED / "facts.yaml"
    replace_in(facts, "US Secretary of State", "Chief diplomat of the United States")
    wait_for(people, lambda text: "Chief diplomat of the United States" in text, server)
    time.sleep(4)  # long enough for the watcher to see the plugin's own writes to docs/
    log = console.read_text()
    assert log.count("Building documentation") == builds + 1, log[-3000:]
    assert log.count("Detected file changes") == 1, log[-3000:]
    # An edit of a page under docs/ by hand is a change like any other.
    about = root / "docs" / "about.md"
    about.write_text(about.read_text() + "\nA line added by hand.\n")
    wait_for(f"{base}/about/", lambda text: "A line added by hand." in text, server)
    assert server.poll() is None


def test_serve_follows_edits_to_a_fact_sheet_and_survives_a_broken_one(served) -> None:
    root, base, server = served
    facts = root / "seeds" / SEED / "facts.yaml"
    people = f"{base}/stories/{SEED}/people/"
    first = wait_for(people, lambda text: "US Secretary of State" in text, server)
    assert "Marco Rubio" in first

    replace_in(facts, "role: US Secretary of State", "role: Chief diplomat of the United States")
    wait_for(people, lambda text: "Chief diplomat of the United States" in text, server)

    good = facts.read_text(encoding="utf-8")
    replace_in(facts, "paragraphs: [", "paragraphs: [99, ")
    broken = wait_for(people, lambda text: "This story has problems" in text, server)
    assert f"seeds/{SEED}/facts.yaml:" in broken
    assert "paragraph 99 does not exist" in broken
    home = fetch(f"{base}/")
    assert "paragraph 99 does not exist" in home

    facts.write_text(good.replace("Chief diplomat", "Top diplomat"), encoding="utf-8")
    fixed = wait_for(people, lambda text: "Top diplomat of the United States" in text, server)
    assert "This story has problems" not in fixed

    fresh = root / "seeds" / "fresh-story"
    shutil.copytree(root / "seeds" / SEED, fresh)
    (fresh / "facts.yaml").write_text(good.replace("paragraphs: [", "paragraphs: [77, ", 1))
    wait_for(f"{base}/stories/fresh-story/", lambda text: "paragraph 77" in text, server)
    shutil.rmtree(fresh)
    wait_for(f"{base}/", lambda text: "paragraph 77" not in text, server)
    assert server.poll() is None
    server.terminate()
    server.wait(timeout=30)
    errors = (root.parent / "console.txt").read_text(encoding="utf-8")
    assert "paragraph 99 does not exist" in errors
    assert "Traceback" not in errors


def test_explainer_serve_reports_a_busy_port_without_a_traceback(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [
                str(Path(sys.executable).with_name("explainer")),
                "serve",
                "--root",
                str(root),
                "--dev-addr",
                f"127.0.0.1:{port}",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        )
    assert result.returncode == 1
    assert "Error: cannot serve:" in result.stderr
    assert "Traceback" not in result.stderr
    assert (root / "docs" / "stories" / SEED / "index.md").is_file()
