"""Golden Markdown: render every story in seeds/ and write it under tests/golden/.

Run `make golden` after an intended change to the templates or the model, then review `git diff`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.assemble.site import assemble_site
from generator.render.pages import render_site
from tests.checked import checked_stories

PROJECT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def render_seed_pages() -> dict[str, str]:
    """Every page the seeds produce, keyed by path under docs/, as rendered (before marking)."""
    stories, problems = checked_stories(PROJECT / "seeds")
    assert not [p for p in problems if p.is_error], problems
    return render_site(assemble_site(stories), PROJECT / "templates")


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
