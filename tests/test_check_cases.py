"""Golden cases: each fact sheet in check_cases/ with the exact problems `check` must report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import checked_story

CASES = Path(__file__).parent / "check_cases"


def expected_lines(case: Path) -> list[str]:
    lines = []
    for line in case.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# expect:"):
            break
        lines.append(line.removeprefix("# expect:").strip())
    return [] if lines == ["none"] else lines


@pytest.mark.parametrize("case", sorted(CASES.glob("*.yaml")), ids=lambda path: path.stem)
def test_check_reports_exactly_the_expected_problems(case: Path, tmp_path: Path, monkeypatch):
    story = tmp_path / "seeds" / "case"
    story.mkdir(parents=True)
    shutil.copy(case, story / "facts.yaml")
    own_article = case.with_suffix(".txt")
    article = own_article if own_article.exists() else CASES / "article.txt"
    shutil.copy(article, story / "article.txt")
    monkeypatch.chdir(tmp_path)
    _, problems = checked_story(Path("seeds/case"))
    found = [str(problem).replace("seeds/case/facts.yaml", "FILE") for problem in problems]
    assert found == expected_lines(case)
