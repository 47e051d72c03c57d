"""The drafting benchmark runs end to end and judges both numbers against their targets."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_prints_start_up_time_and_rate_with_verdicts():
    result = subprocess.run(
        [sys.executable, "benchmarks/draft_speed.py", "--runs", "3", "--articles", "5"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    cold, warm = result.stdout.splitlines()[:2]
    assert re.search(r"median of 3 calls: \d+\.\d+ s wall", cold), cold
    assert re.search(r"target <= 0\.15 s wall: (met|missed)$", cold), cold
    assert re.search(r"^warm: 5 articles of \d+ words", warm), warm
    assert re.search(r"target >= 150: (met|missed)$", warm), warm
