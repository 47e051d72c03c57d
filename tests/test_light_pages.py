"""Pages about many stories stay light: the home page's JSON-LD names only the stories it shows,
and All stories, a person's page and a tag's page go on over numbered pages of a fixed size."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from benchmarks.scale import TEMPLATE_STORY
from generator.assemble.site import assemble_site
from generator.model.layout import (
    APPEARANCES_PER_PAGE,
    HOME_STORIES,
    STORIES_PER_PAGE,
    TAG_STORIES_PER_PAGE,
)
from generator.render.pages import render_site
from tests.checked import checked_stories
from tests.project_copy import ROOT

MANY = 250


def make_stories(seeds: Path, count: int) -> None:
    """`count` copies of the seed story, story N published N days after 1 January 2020 under the
    title `Story N: ...`; they share the seed's people, topics and places."""
    facts = (TEMPLATE_STORY / "facts.yaml").read_text(encoding="utf-8")
    article = (TEMPLATE_STORY / "article.txt").read_text(encoding="utf-8")
    for number in range(1, count + 1):
        story = seeds / f"story-{number:05d}"
        story.mkdir(parents=True)
        published = (dt.date(2020, 1, 1) + dt.timedelta(days=number)).isoformat()
        text = facts.replace("published: 2025-03-16", f"published: {published}", 1)
        text = text.replace('title: "Waltz:', f'title: "Story {number}: Waltz:', 1)
        (story / "facts.yaml").write_text(text, encoding="utf-8")
        (story / "article.txt").write_text(article, encoding="utf-8")


def generated_pages(seeds: Path) -> dict[str, str]:
    stories, problems = checked_stories(seeds)
    assert not [problem for problem in problems if problem.is_error], problems
    return render_site(assemble_site(stories), ROOT / "templates")


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> dict[str, str]:
    """The generated pages of a site of 250 synthetic stories that share their people and tags."""
    seeds = tmp_path_factory.mktemp("many") / "seeds"
    make_stories(seeds, MANY)
    return generated_pages(seeds)


@pytest.fixture(scope="module")
def few(tmp_path_factory) -> dict[str, str]:
    seeds = tmp_path_factory.mktemp("few") / "seeds"
    make_stories(seeds, 10)
    return generated_pages(seeds)


def front_matter(page: str) -> dict:
    return yaml.safe_load(page.split("---\n", 2)[1])


def listed_headlines(page: str) -> list[str]:
    data = json.loads(front_matter(page)["json_ld"])
    assert data["@type"] == "ItemList"
    return [item["item"]["headline"] for item in data["itemListElement"]]


def story_title(number: int) -> str:
    return (
        f"Story {number}: Waltz: Ukraine should expect to trade territory for security guarantees"
    )


def test_the_home_json_ld_names_only_the_newest_stories_it_shows(many):
    home = many["index.md"]
    newest = [story_title(number) for number in range(MANY, MANY - HOME_STORIES, -1)]
    assert listed_headlines(home) == newest
    shown = re.findall(r"^## \[(.+?)\]\(", home, flags=re.M)
    assert shown == newest


def test_all_stories_goes_on_over_pages_of_a_fixed_size(many):
    files = ["stories/index.md", "stories/page-2.md", "stories/page-3.md"]
    assert [path for path in many if re.fullmatch(r"stories/(index|page-\d+)\.md", path)] == files
    titles = []
    for number, file in enumerate(files, start=1):
        page = many[file]
        rows = re.findall(r"^\| [0-9-]+ \| \[(.+?)\]\(story-\d+/index\.md\)", page, flags=re.M)
        assert listed_headlines(page) == rows
        positions = [
            item["position"]
            for item in json.loads(front_matter(page)["json_ld"])["itemListElement"]
        ]
        assert positions[0] == (number - 1) * STORIES_PER_PAGE + 1
        assert f"Page {number} of 3" in page
        titles += rows
    assert titles == [story_title(number) for number in range(MANY, 0, -1)]
    assert len(re.findall(r"^\| [0-9]", many["stories/index.md"], flags=re.M)) == STORIES_PER_PAGE
    assert "[Older](page-2.md)" in many["stories/index.md"]
    assert "[Newer](index.md)" in many["stories/page-2.md"]
    assert "[Older](page-3.md)" in many["stories/page-2.md"]
    assert "[Older]" not in many["stories/page-3.md"]
    assert front_matter(many["stories/page-2.md"])["title"] == "All stories, page 2"


def test_a_person_in_every_story_has_pages_no_bigger_than_with_few_stories(many, few):
    person = "people/mike-waltz.md"
    assert len(many[person]) <= len(few[person]) * 2.2
    count = -(-MANY // APPEARANCES_PER_PAGE)
    pages = [person, *(f"people/mike-waltz/page-{n}.md" for n in range(2, count + 1))]
    assert {path for path in many if path.startswith("people/mike-waltz")} == set(pages)
    assert max(len(many[page]) for page in pages) <= len(many[person]) * 1.05
    shown = []
    for page in pages:
        stories = re.findall(r"^## \[Story (\d+):", many[page], flags=re.M)
        assert len(stories) <= APPEARANCES_PER_PAGE
        shown += [int(number) for number in stories]
    assert shown == list(range(MANY, 0, -1))
    second = many["people/mike-waltz/page-2.md"]
    # A person's quotes, each with its story, on the later pages too.
    assert re.search(r"\[“is going to be .+?\]\(\.\./\.\./stories/story-00230/quotes\.md#", second)
    assert "[Newer](../mike-waltz.md)" in second
    assert "[Older](page-3.md)" in second
    assert "In 250 stories" in second


def test_a_topic_in_every_story_has_pages_of_a_fixed_size(many):
    pages = [path for path in many if re.fullmatch(r"topics/ukraine(/page-\d+)?\.md", path)]
    assert pages == ["topics/ukraine.md", "topics/ukraine/page-2.md", "topics/ukraine/page-3.md"]
    first = re.findall(r"^- [0-9-]+: \[", many["topics/ukraine.md"], flags=re.M)
    assert len(first) == TAG_STORIES_PER_PAGE
    last = many["topics/ukraine/page-3.md"]
    assert "(../../stories/story-00001/index.md)" in last
    assert "[All topics](../../topics/index.md)" in last


def test_a_story_folder_cannot_take_the_name_of_a_page_of_all_stories(tmp_path):
    make_stories(tmp_path, 1)
    (tmp_path / "story-00001").rename(tmp_path / "page-2")
    _, problems = checked_stories(tmp_path)
    assert [problem.message for problem in problems] == [
        "'page-2' is the name of a page of All stories (stories/page-2, page-3 and on); "
        "give the story folder another name"
    ]


def test_the_source_text_and_later_pages_of_a_list_are_left_out_of_the_search(many):
    assert front_matter(many["stories/story-00001/source.md"])["search"] == {"exclude": True}
    for page in ("stories/page-2.md", "people/mike-waltz/page-2.md", "topics/ukraine/page-2.md"):
        assert front_matter(many[page])["search"] == {"exclude": True}, page
    for page in ("stories/story-00001/quotes.md", "people/mike-waltz.md", "topics/ukraine.md"):
        assert "search" not in front_matter(many[page]), page


def test_the_built_search_index_finds_quotes_but_not_the_source_text(project):
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    index = json.loads((project / "site" / "search" / "search_index.json").read_text("utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert not [location for location in locations if "/source/" in location]
    assert any("/quotes/#quote-waltz-carrots-and-sticks" in location for location in locations)
