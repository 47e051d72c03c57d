"""The stories in seeds/ pass every check and build; the Wikinews fixtures carry their licence."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.pipeline import Project, check
from generator.shells.cli import main
from tests.checked import checked_stories
from tests.project_copy import ROOT, STORIES, add_story, copy_project, waltz_facts


def test_every_story_in_seeds_passes_the_check():
    """The stories in seeds/ (the shipped ones, and any an editor added) check clean."""
    stories = [path for path in (ROOT / "seeds").iterdir() if path.is_dir()]
    result = CliRunner().invoke(main, ["check", "--root", str(ROOT)])

    assert result.exit_code == 0, result.output
    sheets = f"{len(stories)} fact sheet{'s' if len(stories) != 1 else ''}"
    assert f"0 errors, 0 warnings in {sheets}" in result.output


def test_every_story_in_seeds_builds_strictly(tmp_path: Path):
    root = copy_project(tmp_path, source=ROOT / "seeds")
    result = CliRunner().invoke(main, ["build", "--root", str(root)])

    assert result.exit_code == 0, result.output
    for story in (root / "seeds").iterdir():
        assert (root / "site" / "stories" / story.name / "index.html").is_file(), story.name


def test_one_check_reports_the_problems_of_every_broken_story(tmp_path: Path):
    root = copy_project(tmp_path)
    facts = waltz_facts()
    add_story(root, "bad-paragraph", facts.replace("paragraphs: [", "paragraphs: [99, ", 1))
    unknown = facts.replace("asserted_by: mike-waltz", "asserted_by: nobody", 1)
    add_story(root, "bad-speaker", unknown)

    result = check(Project.at(root))

    assert not result.ok
    assert result.fact_sheets == 5
    assert sorted({Path(problem.file).parts[-3:] for problem in result.problems}) == [
        ("seeds", "bad-paragraph", "facts.yaml"),
        ("seeds", "bad-speaker", "facts.yaml"),
    ]
    assert any("paragraph 99 does not exist" in str(problem) for problem in result.problems)
    assert any("'nobody' is not defined in actors" in str(problem) for problem in result.problems)


def test_wikinews_stories_credit_wikinews_under_cc_by_2_5():
    stories, _ = checked_stories(STORIES)
    wikinews = [story for story in stories if story.facts.story.outlet == "Wikinews"]

    assert len(wikinews) == 2
    for story in wikinews:
        credit = story.facts.story.credit
        assert credit.holder == "Wikinews contributors"
        assert credit.license == "CC BY 2.5"
        assert credit.license_url == "https://creativecommons.org/licenses/by/2.5/"
