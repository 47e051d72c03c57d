"""What each speed trick of the generator buys, against `explainer build` at 100 stories.

Each trick stays only while it saves more than 5 % of a full `explainer build`; this prints, for
each, the time of a full generation (or of a regeneration after one edit, for the tricks made
for `serve`) with and without it, each variant in a fresh process, fastest of a few runs.
Usage: python benchmarks/speed_tricks.py [--stories 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRICKS = {
    "none": "every trick in place",
    "libyaml": "fact sheets parsed by libyaml (the pure parser words the errors)",
}


def switch_off(trick: str) -> None:
    """Undo one trick in this process."""
    from generator.load import yaml_source

    if trick == "libyaml":
        yaml_source._FAST_LOADER = None


def run_variant(trick: str, folder: Path) -> dict:
    """Generate the project from scratch, then again after one fact sheet edit (as serve does)."""
    switch_off(trick)
    from generator.cache.generation import GenerationCache
    from generator.pipeline import Project, generate

    project, cache = Project.at(folder), GenerationCache()
    started = time.perf_counter()
    generate(project, cache=cache)
    full = time.perf_counter() - started
    facts = sorted(project.seeds.glob("*/facts.yaml"))[len(list(project.seeds.iterdir())) // 2]
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("role: US Secretary of State", "role: Secretary of State"))
    time.sleep(2.1)  # past the file system's racy window, as an editor's next save would be
    started = time.perf_counter()
    generate(project, cache=cache)
    edit = time.perf_counter() - started
    facts.write_text(text, encoding="utf-8")
    return {"full": full, "edit": edit}


def measure(trick: str, folder: Path) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--variant", trick, "--folder", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def build_seconds(folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "explainer"), "build", "--root", str(folder)],
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.variant:
        print(json.dumps(run_variant(arguments.variant, arguments.folder)))
        return

    from benchmarks.scale import make_project

    with tempfile.TemporaryDirectory(prefix="explainer-tricks-") as temporary:
        folder = Path(temporary)
        make_project(folder, arguments.stories)
        build = min(build_seconds(folder) for _ in range(arguments.repeat))
        runs = {trick: [] for trick in TRICKS}
        for _ in range(arguments.repeat):
            for trick in TRICKS:  # interleaved, so that a slow moment hits every variant
                runs[trick].append(measure(trick, folder))
    best = {t: {k: min(r[k] for r in rs) for k in ("full", "edit")} for t, rs in runs.items()}
    base = best["none"]
    print(f"explainer build, {arguments.stories} stories, from clean: {build:.2f} s")
    print("| trick switched off | full generation s | after one edit s | saves, % of build |")
    print("|---|---:|---:|---:|")
    for trick, what in TRICKS.items():
        row = best[trick]
        saved = max(row["full"] - base["full"], row["edit"] - base["edit"])
        share = "" if trick == "none" else f"{saved / build:.1%}"
        print(f"| {trick}: {what} | {row['full']:.2f} | {row['edit']:.3f} | {share} |")


if __name__ == "__main__":
    main()
