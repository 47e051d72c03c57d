"""The scale benchmark runs end to end (at 10 stories only; the full run is `make bench`)."""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.scale import fastest
from tests.project_copy import ROOT


def test_the_benchmark_measures_a_site_of_ten_stories(tmp_path):
    measurements = tmp_path / "bench.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "scale.py"),
            "--sizes",
            "10",
            "--repeat",
            "1",
            "--json",
            str(measurements),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    (row,) = json.loads(measurements.read_text())

    assert row["stories"] == 10
    assert row["story_pages"] == 80
    assert row["generate_seconds"] > 0 and row["build_seconds"] > 0
    assert 5_000 < row["median_story_page_bytes"] < 100_000
    assert row["site_bytes"] > 80 * row["median_story_page_bytes"]
    assert "| stories | runs | generate s | generate CPU s | build s |" in result.stdout
    assert "| 10 | 1 |" in result.stdout


def test_repeated_runs_show_the_fastest_of_each_and_the_most_memory():
    runs = [
        {
            "stories": 10,
            "generate_seconds": 0.2,
            "generate_cpu_seconds": 0.2,
            "build_seconds": 1.0,
            "peak_mb": 60,
            "median_story_page_bytes": 22_000,
        },
        {
            "stories": 10,
            "generate_seconds": 0.1,
            "generate_cpu_seconds": 0.1,
            "build_seconds": 1.5,
            "peak_mb": 70,
            "median_story_page_bytes": 22_000,
        },
    ]
    row = fastest(runs)
    assert (row["generate_seconds"], row["build_seconds"], row["peak_mb"]) == (0.1, 1.0, 70)
    assert row["runs"] == 2
    assert [run["build_seconds"] for run in row["every_run"]] == [1.0, 1.5]
