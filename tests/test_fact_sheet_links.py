"""A link in a fact sheet's Markdown to a page of this site is reported at check time, however
the YAML spells it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import checked_story
from tests.project_copy import WALTZ, add_story, waltz_facts

CONTEXT = (
    "    context: Describing what a potential settlement of the war would look like for Ukraine."
)


@pytest.mark.parametrize(
    "spelt",
    [
        "    context: See [the map](map.md).",
        '    context: "See [the map]\\x28map.md)."',
        '    context: "See [the map]\\\n      (map.md)."',
    ],
    ids=["as written", "through an escape", "across a line joined by a backslash"],
)
def test_a_link_into_the_site_is_reported_at_its_value(tmp_path: Path, spelt: str) -> None:
    facts = waltz_facts()
    assert CONTEXT in facts
    folder = add_story(tmp_path, WALTZ, facts.replace(CONTEXT, spelt))
    line = facts.splitlines().index(CONTEXT) + 1
    _, problems = checked_story(folder)
    messages = [f"{problem.line}: {problem.message}" for problem in problems]
    assert [m for m in messages if "map.md" in m] == [
        f"{line}: quotes[0].context: the link to 'map.md' would point into this site; "
        "write the full address (https://...) or remove the link"
    ]
