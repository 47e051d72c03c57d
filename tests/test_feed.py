"""Generating the whole site: the Atom feed at `site_url`, updates, and pages across stories."""

from __future__ import annotations

import json
import shutil
from xml.etree import ElementTree

import pytest
import yaml

from generator.model.problem import ProblemsFound
from generator.pipeline import Project, generate
from tests.project_copy import add_story, copy_project, waltz_facts

ATOM = "{http://www.w3.org/2005/Atom}"

UPDATES = """
updates:
  - date: 2025-03-18
    what: Added Ukraine's answer to the remarks.
  - date: 2025-03-20
    what: The Fox News interview was on Sunday, not Saturday.
    correction: true
"""


def read_feed(root):
    return ElementTree.parse(root / "docs" / "feed.xml").getroot()


def test_the_feed_carries_stories_and_updates_under_site_url(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "site_url: https://explainer.example.org/", "site_url: https://news.example.com/x/"
        )
    )
    add_story(root, "waltz", waltz_facts() + UPDATES)
    generate(Project.at(root))
    feed = read_feed(root)

    assert feed.find(f"{ATOM}id").text == "https://news.example.com/x/"
    assert feed.find(f"{ATOM}updated").text == "2025-03-20T00:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles == [
        "Correction: Waltz: Ukraine should expect to trade territory for security guarantees",
        "Update: Waltz: Ukraine should expect to trade territory for security guarantees",
        "Waltz: Ukraine should expect to trade territory for security guarantees",
    ]
    story = entries[2]
    assert story.find(f"{ATOM}id").text == "https://news.example.com/x/stories/waltz/"
    assert story.find(f"{ATOM}updated").text == "2025-03-20T00:00:00Z"
    assert "Correction 2025-03-20: The Fox News interview" in story.find(f"{ATOM}summary").text
    # The site is the author; the story's claims name their claimant, never in the site's voice.
    assert story.find(f"{ATOM}author/{ATOM}name").text == "Explainer"
    summary = story.find(f"{ATOM}summary").text
    assert summary.startswith("Mike Waltz claims: Ukraine should be prepared to give up")
    assert "Unknown outlet" not in ElementTree.tostring(feed, encoding="unicode")
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "https://news.example.com/x/stories/waltz/#updates-and-corrections"


def test_updates_show_on_the_story_and_set_last_updated(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    add_story(root, "waltz", waltz_facts() + UPDATES)
    generate(Project.at(root))
    overview = (root / "docs" / "stories" / "waltz" / "index.md").read_text()
    timeline = (root / "docs" / "stories" / "waltz" / "timeline.md").read_text()

    assert "- 2025-03-20 **Correction**: The Fox News interview was on Sunday" in overview
    assert "Updated 2025-03-20." in overview
    assert (
        "Last updated 2025-03-20 ([updates and corrections](index.md#updates-and-corrections))"
        in timeline
    )
    assert "Last updated 2025-03-20." in (root / "docs" / "people" / "mike-waltz.md").read_text()


def test_without_site_url_there_is_a_warning_and_no_feed(tmp_path):
    root = copy_project(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_url: https://explainer.example.org/\n", ""))
    _, warnings = generate(Project.at(root))

    assert not (root / "docs" / "feed.xml").exists()
    assert [w.severity for w in warnings] == ["warning"]
    assert "site_url is not set" in warnings[0].message


def test_an_unreadable_mkdocs_yml_stops_generation_before_anything_is_written(tmp_path):
    root = copy_project(tmp_path)
    (root / "mkdocs.yml").write_text("site_name: [unclosed\n")

    with pytest.raises(ProblemsFound) as found:
        generate(Project.at(root))

    assert "mkdocs.yml" in str(found.value.problems[0])
    assert not (root / "docs" / "stories").exists()
    assert not (root / "docs" / "index.md").exists()


def test_pages_of_a_person_or_tag_no_story_mentions_any_more_are_removed(tmp_path):
    root = copy_project(tmp_path)
    generate(Project.at(root))
    assert (root / "docs" / "people" / "richard-branson.md").exists()
    assert (root / "docs" / "places" / "cumbria.md").exists()

    shutil.rmtree(root / "seeds" / "virgin-pendolino-derails-in-cumbria")
    report, _ = generate(Project.at(root))

    assert not (root / "docs" / "people" / "richard-branson.md").exists()
    assert not (root / "docs" / "places" / "cumbria.md").exists()
    assert (root / "docs" / "people" / "mike-waltz.md").exists()
    assert any(path.endswith("people/richard-branson.md") for path in report.removed)


def test_a_named_outlet_is_the_source_articles_publisher_and_the_site_is_the_explainers(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    facts = waltz_facts().replace(
        "  outlet: null        # the article as stored names no outlet; unknown, not guessed\n"
        "  url: null\n",
        "  outlet: Example News\n  url: https://news.example.net/waltz\n",
    )
    add_story(root, "waltz", facts)
    generate(Project.at(root))
    entry = read_feed(root).find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Explainer"
    related = entry.find(f"{ATOM}link[@rel='related']")
    assert related.get("href") == "https://news.example.net/waltz"

    front = (root / "docs" / "stories" / "waltz" / "index.md").read_text().split("---")[1]
    article = json.loads(yaml.safe_load(front)["json_ld"])["@graph"][0]
    assert article["publisher"] == {"@id": "#explainer-site"}  # the site, named at build time
    source = article["isBasedOn"]
    assert source["@id"] == source["url"] == "https://news.example.net/waltz"
    assert source["publisher"] == {"@type": "Organization", "name": "Example News"}
