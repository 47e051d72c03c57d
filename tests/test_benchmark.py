"""The scale benchmark runs end to end (at 10 stories only; the full run is `make bench`)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.project_copy import ROOT


def test_the_benchmark_measures_a_site_of_ten_stories(tmp_path):
    measurements = tmp_path / "bench.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "scale.py"),
            "--sizes",
            "10",
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
    assert "| stories | generate s | generate CPU s | build s |" in result.stdout
    assert "| 10 |" in result.stdout
