"""The stories in seeds/ pass every check, and the Wikinews ones carry their licence."""

from __future__ import annotations

from click.testing import CliRunner

from generator.cli import main
from generator.story import load_stories
from tests.project_copy import ROOT


def test_every_story_in_seeds_passes_the_check():
    result = CliRunner().invoke(main, ["check", "--root", str(ROOT)])

    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings in 3 fact sheets" in result.output


def test_wikinews_stories_credit_wikinews_under_cc_by_2_5():
    stories, _, _ = load_stories(ROOT / "seeds")
    wikinews = [story for story in stories if story.facts.story.outlet == "Wikinews"]

    assert len(wikinews) == 2
    for story in wikinews:
        credit = story.facts.story.credit
        assert credit.holder == "Wikinews contributors"
        assert credit.license == "CC BY 2.5"
        assert credit.license_url == "https://creativecommons.org/licenses/by/2.5/"
