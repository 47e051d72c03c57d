"""The explainer's own reasoning is labelled as analysis wherever it goes, never as established."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import yaml

from generator.pipeline import Project, generate
from tests.project_copy import add_story, copy_project, waltz_facts

ATOM = "{http://www.w3.org/2005/Atom}"
REASONING = "Both senior US officials quoted frame a return to the lines of 2014 as unrealistic"


def _label_before(page: str, text: str) -> str:
    """The label that opens the list item holding `text`."""
    item = next(line for line in page.splitlines() if line.startswith("- ") and text in line)
    match = re.match(r'- (?:\*\*[^*]+\*\* )?<span class="status-label status-label--(\w+)">', item)
    assert match, item
    return match.group(1)


def test_the_shipped_waltz_story_labels_its_reasoning_as_analysis(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    add_story(root, "waltz", waltz_facts())
    generate(Project.at(root))
    overview = (root / "docs" / "stories" / "waltz" / "index.md").read_text(encoding="utf-8")

    assert _label_before(overview, REASONING) == "analysis"
    label = '<span class="status-label status-label--analysis">Analysis'
    assert f'{label}<span class="status-label__end">:</span></span> {REASONING}' in overview
    assert _label_before(overview, "Ukraine agreed to a 30-day ceasefire") == "established"
    assert _label_before(overview, "NATO membership for Ukraine") == "claimed"
    assert _label_before(overview, "Ukraine claims sovereignty over Crimea") == "disputed"


def test_an_analysis_summary_leads_the_feed_and_json_ld_as_analysis(tmp_path):
    facts = yaml.safe_load(waltz_facts())
    facts["summary"][0].update(asserted_by="explainer", status="analysis")
    root = copy_project(tmp_path, seeds=False)
    add_story(root, "waltz", yaml.safe_dump(facts, sort_keys=False, allow_unicode=True))
    generate(Project.at(root))

    feed = ElementTree.parse(root / "docs" / "feed.xml").getroot()
    summary = feed.find(f"{ATOM}entry/{ATOM}summary").text
    assert summary.startswith("Analysis by this explainer: Ukraine should be prepared to give up")
    overview = (root / "docs" / "stories" / "waltz" / "index.md").read_text(encoding="utf-8")
    front = yaml.safe_load(overview.split("---\n")[1])
    described = json.dumps(front, ensure_ascii=False)
    assert "Analysis by this explainer: Ukraine should be prepared" in described
    assert "Mike Waltz claims: Ukraine should be prepared" not in described
    assert front["description"].startswith("Analysis by this explainer: Ukraine should be")
    assert _label_before(overview, "Ukraine should be prepared to give up") == "analysis"
