"""Faults while publishing: kills, two builds at once, a foreign site folder, a full disk."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.project_copy import WALTZ, copy_project


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", *args]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)


def _locked(lock: Path) -> bool:
    """True while a build holds the project's lock (read from /proc/locks, without taking
    the lock, which would make the build refuse to start)."""
    try:
        inode = os.stat(lock).st_ino
    except FileNotFoundError:
        return False
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "FLOCK" in fields and any(f.endswith(f":{inode}") for f in fields):
            return True
    return False


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("built"), stories=[WALTZ])
    result = run(root, "build")
    assert result.returncode == 0, result.stderr
    return root


def test_a_build_killed_at_any_moment_leaves_the_previous_site_whole(built: Path):
    before = snapshot(built / "site")
    assert len(before) > 20
    for delay in (0.2, 0.5, 1.0, 1.5):
        command = [sys.executable, "-m", "generator", "build", "--force"]
        process = subprocess.Popen(command, cwd=built, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert snapshot(built / "site") == before, f"site changed after a kill at {delay} s"
    result = run(built, "build")
    assert result.returncode == 0, result.stderr
    leftovers = [path.name for path in built.iterdir() if path.name.startswith(".site.")]
    assert leftovers == [".site.spare"]  # the site before, kept for the next build to reuse
    assert (built / ".site.spare" / ".explainer-site").is_file()


def test_two_builds_at_once_one_refuses_the_other_succeeds(built: Path):
    command = [sys.executable, "-m", "generator", "build"]
    # Without the cache of the last build, the first build takes long enough to be overtaken.
    shutil.rmtree(built / ".explainer-cache", ignore_errors=True)
    first = subprocess.Popen(command, cwd=built, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not _locked(built / ".explainer-build.lock"):
        assert time.monotonic() < deadline, "the first build never started"
        time.sleep(0.01)
    second = run(built, "build")
    _, first_errors = first.communicate(timeout=120)
    assert first.returncode == 0, first_errors
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert lines == [lines[0]] and "another explainer build is running" in lines[0]
    assert (built / "site" / "stories" / WALTZ / "index.html").is_file()


def test_a_site_dir_with_foreign_files_is_refused_unless_clean(built: Path, tmp_path: Path):
    target = tmp_path / "holiday"
    target.mkdir()
    (target / "notes.txt").write_text("my notes\n")
    (target / "photo.jpg").write_bytes(b"\xff\xd8 a photo")

    refused = run(built, "build", "--site-dir", str(target))
    assert refused.returncode == 1
    assert "holds files explainer did not write" in refused.stderr
    assert "--clean" in refused.stderr
    assert (target / "notes.txt").read_text() == "my notes\n"
    assert (target / "photo.jpg").read_bytes() == b"\xff\xd8 a photo"

    accepted = run(built, "build", "--site-dir", str(target), "--clean")
    assert accepted.returncode == 0, accepted.stderr
    assert (target / "stories" / WALTZ / "index.html").is_file()
    assert not (target / "notes.txt").exists()
    again = run(built, "build", "--site-dir", str(target))
    assert again.returncode == 0, again.stderr


def test_a_draft_on_a_full_disk_keeps_the_old_fact_sheet_whole(tmp_path: Path):
    assert os.geteuid() == 0, "this test mounts a small tmpfs: run it as root (CI does)"
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], check=True)
    try:
        old = "story:\n  title: The editor's work\n" + "# decided\n" * 200
        (disk / "facts.yaml").write_text(old)
        (disk / "filler").write_bytes(b"x" * (60 * 1024 - len(old)))
        article = tmp_path / "article.txt"
        article.write_text(Path("tests/fixtures/stories", WALTZ, "article.txt").read_text() * 3)
        result = run(Path.cwd(), "draft", str(article), "-o", str(disk / "facts.yaml"), "--force")
        assert result.returncode == 1
        assert "facts.yaml" in result.stderr and "the disk is full" in result.stderr
        assert "Traceback" not in result.stderr
        assert (disk / "facts.yaml").read_text() == old
        assert sorted(path.name for path in disk.iterdir()) == ["facts.yaml", "filler"]
    finally:
        subprocess.run(["umount", str(disk)], check=True)
