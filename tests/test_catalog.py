"""People, topics and places across stories: one page per person, found by actor id."""

from __future__ import annotations

import re
from pathlib import Path

from generator.assemble.site import assemble_site
from generator.model.layout import HOME_STORIES
from generator.render.pages import render_site
from tests.checked import checked_stories
from tests.project_copy import ROOT, add_story, copy_project, waltz_facts


def later_story(facts: str) -> str:
    """The seed story moved to a later date under a new title."""
    facts = facts.replace("published: 2025-03-16", "published: 2025-04-02", 1)
    return facts.replace('title: "Waltz:', 'title: "Later: Waltz:', 1)


def site_of(root: Path):
    stories, problems = checked_stories(root / "seeds")
    assert not [p for p in problems if p.is_error], problems
    return assemble_site(stories)


def test_a_person_in_two_stories_has_one_page_with_both(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    add_story(root, "first", waltz_facts())
    add_story(root, "second", later_story(waltz_facts()))
    site = site_of(root)

    waltz = next(person for person in site.catalog.people if person.id == "mike-waltz")
    assert [a.story.slug for a in waltz.appearances] == ["second", "first"]
    assert waltz.quote_count == 12
    quote = waltz.appearances[0].quotes[0]
    assert quote.text == "is going to be some type of territory for future security guarantees"
    assert quote.date == "16 March 2025 (Sunday)"
    assert waltz.roles == ("US National Security Adviser",)
    issues = [position.issue for position in waltz.appearances[0].positions]
    assert issues == [
        "Territory",
        "NATO membership for Ukraine",
        "The 30-day ceasefire",
        "Sanctions on Russia",
    ]

    page = render_site(site, ROOT / "templates")["people/mike-waltz.md"]
    assert "[Later: Waltz: Ukraine should expect" in page
    assert "(../stories/second/quotes.md#quote-waltz-territory)" in page
    assert "(../stories/first/positions.md#territory): Quoted for United States (stated)" in page


def test_people_are_matched_by_actor_id_not_by_name(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    add_story(root, "first", waltz_facts())
    add_story(root, "second", later_story(waltz_facts()).replace("mike-waltz", "waltz"))
    people = {person.id: person for person in site_of(root).catalog.people}

    assert len(people["mike-waltz"].appearances) == 1
    assert len(people["waltz"].appearances) == 1
    assert people["waltz"].name == "Mike Waltz"


def test_whos_who_links_each_person_to_their_page_across_stories(tmp_path):
    pages = render_site(site_of(copy_project(tmp_path)), ROOT / "templates")

    whos_who = pages["stories/waltz-territory-for-security-guarantees/people.md"]
    assert "[Mike Waltz across all stories](../../people/mike-waltz.md)" in whos_who
    assert "../../people/united-states.md" not in whos_who
    assert "people/richard-branson.md" in pages
    assert "people/united-states.md" not in pages


def test_home_lists_stories_newest_first_with_tags_linked_to_tag_pages(tmp_path):
    pages = render_site(site_of(copy_project(tmp_path)), ROOT / "templates")
    home = pages["index.md"]

    titles = [line for line in home.splitlines() if line.startswith("## [")]
    assert [title.split("](")[1] for title in titles] == [
        "stories/waltz-territory-for-security-guarantees/index.md)",
        "stories/un-tribunal-dismisses-china-south-china-sea-claims/index.md)",
        "stories/virgin-pendolino-derails-in-cumbria/index.md)",
    ]
    assert '<p class="story-meta">2016-07-14 · Wikinews</p>' in home
    assert "Places: [South China Sea](places/south-china-sea.md)" in home
    assert "Topics: [rail accident](topics/rail-accident.md)" in home
    assert "People: [Mike Waltz](people/mike-waltz.md)" in home
    topic = pages["topics/rail-accident.md"]
    assert "(../stories/virgin-pendolino-derails-in-cumbria/index.md)" in topic


def test_tags_that_differ_only_in_case_or_punctuation_share_a_page(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    add_story(root, "first", waltz_facts())
    add_story(
        root,
        "second",
        later_story(waltz_facts()).replace("tags: [Ukraine,", "tags: [ukraine!, UNITED-states,", 1),
    )
    topics = {topic.slug: topic for topic in site_of(root).catalog.topics}

    assert topics["ukraine"].name == "ukraine!"
    assert [story.slug for story in topics["ukraine"].stories] == ["second", "first"]
    assert len(topics["united-states"].stories) == 2


def test_the_home_page_shows_the_newest_stories_and_links_to_all(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    count = HOME_STORIES + 2
    for number in range(1, count + 1):
        facts = waltz_facts().replace("published: 2025-03-16", f"published: 2025-01-{number:02d}")
        add_story(root, f"story-{number:02d}", facts)
    pages = render_site(site_of(root), ROOT / "templates")

    shown = re.findall(r"^## \[.+?\]\(stories/(story-\d+)/index\.md\)", pages["index.md"], re.M)
    assert shown == [f"story-{number:02d}" for number in range(count, 2, -1)]
    assert f"[All {count} stories, newest first](stories/index.md)" in pages["index.md"]
    assert pages["stories/index.md"].count("](story-") == count


def test_a_tag_or_person_called_index_does_not_replace_the_index_page(tmp_path):
    root = copy_project(tmp_path, seeds=False)
    facts = waltz_facts().replace("tags: [Ukraine,", "tags: [Index, Ukraine,", 1)
    add_story(root, "first", facts.replace("mike-waltz", "index"))
    pages = render_site(site_of(root), ROOT / "templates")

    assert pages["topics/index.md"].startswith('---\ntitle: "Topics"')
    assert "[Index](../topics/index-page.md)" in pages["topics/index.md"]
    assert pages["people/index.md"].startswith("---\ntitle: People")
    assert "[Mike Waltz](../people/index-page.md)" in pages["people/index.md"]
    assert "(../../people/index-page.md)" in pages["stories/first/people.md"]
