"""Golden Markdown: generate the fixture stories with `generate()` and keep every page under
tests/golden/, without the generation marker.

Run `make golden` after an intended change to the templates, the model or a fixture story, then
review `git diff`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.pipeline import Project, generate
from generator.write.pages import unmark_page
from tests.project_copy import copy_project

PROJECT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def render_seed_pages() -> dict[str, str]:
    """Every page generated from the fixture stories, keyed by path under docs/, as rendered
    (the marker `generate` adds to each page taken off again)."""
    with tempfile.TemporaryDirectory(prefix="explainer-golden-") as temporary:
        root = copy_project(Path(temporary))
        hand_written = {path for path in (root / "docs").rglob("*") if path.is_file()}
        report, _ = generate(Project(root / "seeds", root / "templates", root / "docs"))
        assert report.written, "nothing was generated"
        pages = {}
        for path in sorted((root / "docs").rglob("*.md")):
            if path in hand_written:
                continue
            generated, _, original = unmark_page(path.read_text(encoding="utf-8"))
            assert generated, f"{path} has no generation marker"
            pages[path.relative_to(root / "docs").as_posix()] = original
        return pages


def main() -> None:
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for relative, text in sorted(render_seed_pages().items()):
        target = GOLDEN / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    print(f"golden pages written to {GOLDEN.relative_to(PROJECT)}")


if __name__ == "__main__":
    main()
