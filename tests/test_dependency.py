"""The index pages are kept while no field they depend on changed; the site's own fields depend
on the story fields listed in SITE_SOURCES, so that list must hold every field `site_of` reads."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from generator.assemble.site import site_of
from generator.cache.dependency import ORDER_FIELDS, SITE_SOURCES, _Recorder
from generator.model.views import StoryView
from generator.pipeline import generate, story_view
from generator.render.feed import FEED_FIELDS, render_feed
from tests.editing_project import replace_in
from tests.project_copy import STORIES, facts_file, generated_project


def seed_views() -> list[StoryView]:
    return [story_view(folder)[0] for folder in sorted(STORIES.iterdir())]


def test_site_sources_name_every_story_field_the_site_model_reads() -> None:
    read: set[str] = set()
    site_of([_Recorder(view, read) for view in seed_views()])
    assert read, "site_of read no field"
    assert read <= SITE_SOURCES | ORDER_FIELDS, read - SITE_SOURCES - ORDER_FIELDS
    assert {field.name for field in fields(StoryView)} >= SITE_SOURCES


def test_a_change_the_index_pages_do_not_show_keeps_them_and_one_they_show_does_not(
    tmp_path: Path,
) -> None:
    root, project, cache, text = generated_project(tmp_path)
    kept = cache.index.pages
    facts = facts_file(root)
    answer = "what_would_answer: A draft agreement"
    assert answer in text
    replace_in(facts, answer, answer + " perhaps")
    generate(project, cache=cache)
    assert cache.index.pages is kept

    title = '  title: "'
    assert title in text
    replace_in(facts, title, title + "New: ")
    generate(project, cache=cache)
    assert cache.index.pages is not kept
    assert "New: " in (root / "docs" / "index.md").read_text(encoding="utf-8")


def test_feed_fields_name_every_story_field_the_feed_reads() -> None:
    read: set[str] = set()
    site = site_of(seed_views())
    reading = replace(site, stories=tuple(_Recorder(view, read) for view in site.stories))
    render_feed(reading, "https://example.org/", "Explainers")
    assert read, "the feed read no field"
    assert read <= set(FEED_FIELDS), read - set(FEED_FIELDS)


def test_a_role_change_renders_that_person_page_again_and_keeps_the_others(
    tmp_path: Path,
) -> None:
    root, project, cache, text = generated_project(tmp_path)
    before = dict(cache.index.pages)
    facts = facts_file(root)
    role = "role: US Secretary of State"
    assert role in text
    replace_in(facts, role, "role: Secretary of State")
    generate(project, cache=cache)
    after = cache.index.pages

    rubio = next(path for path in after if path.endswith("/marco-rubio.md"))
    assert after[rubio] != before[rubio]
    assert "Secretary of State" in (root / "docs" / rubio).read_text(encoding="utf-8")
    kept = [path for path in after if path.startswith("people/") and path != rubio]
    kept.remove("people/index.md")
    assert kept and all(after[path] is before[path] for path in kept)
