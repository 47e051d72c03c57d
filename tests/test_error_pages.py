"""The preview's problem page: each problem's fix comes first, then what is wrong and where."""

from __future__ import annotations

import re

from generator.model.problem import Problem
from generator.shells.error_pages import problem_page, split_fix

UNKNOWN_SPEAKER = Problem(
    "seeds/story/facts.yaml",
    "quotes[2].speaker: unknown actor 'mike-walz'; did you mean 'mike-waltz'?",
    14,
    9,
)


def test_the_fix_is_what_follows_the_last_semicolon():
    assert split_fix("a: b; c; use 1 to 12") == ("a: b; c", "use 1 to 12")
    assert split_fix("template is missing") == ("template is missing", None)


def test_each_problem_shows_its_fix_before_what_is_wrong_and_where():
    page = problem_page([UNKNOWN_SPEAKER, Problem("templates/x.md.j2", "template is missing")])
    items = re.findall(r'<li class="explainer-problem">(.*?)</li>', page)
    assert len(items) == 2
    fix = items[0].index("did you mean 'mike-waltz'?")
    assert fix < items[0].index("unknown actor") < items[0].index("seeds/story/facts.yaml:14:9")
    assert "Fix:" not in items[1] and "template is missing" in items[1]


def test_the_console_lines_stay_on_the_page_to_copy():
    page = problem_page([UNKNOWN_SPEAKER])
    assert f"<pre><code>{UNKNOWN_SPEAKER}" in page
    assert "1 error, 0 warnings" in page
