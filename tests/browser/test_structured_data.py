"""The JSON-LD in each story page's head, as a search engine would read it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.build.site import build_site
from generator.pipeline import Project, generate
from tests.checked import checked_stories
from tests.project_copy import STORIES

from .conftest import SEED_SLUG, copy_sources

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def read_json_ld(file: Path) -> dict:
    head = file.read_text(encoding="utf-8").split("</head>")[0]
    scripts = SCRIPT.findall(head)
    assert len(scripts) == 1, f"{file}: {len(scripts)} JSON-LD scripts in the head"
    data = json.loads(scripts[0])
    assert data["@context"] == "https://schema.org"
    return data


def read_graph(site_dir: Path, page: str) -> list[dict]:
    return read_json_ld(site_dir / "stories" / SEED_SLUG / page / "index.html")["@graph"]


def test_every_story_page_describes_the_explainer_and_the_news_article_it_is_based_on(site_dir):
    for page in ("", "quotes", "positions", "timeline", "source", "people", "glossary"):
        article = read_graph(site_dir, page)[0]
        assert article["@type"] == "NewsArticle"
        assert article["headline"].startswith("Waltz: Ukraine should expect")
        assert article["publisher"]["name"] == "Explainer"
        assert article["isBasedOn"]["@type"] == "NewsArticle"
        assert article["isBasedOn"]["datePublished"] == "2025-03-16"


def test_quotes_page_carries_each_quote_with_its_speaker(site_dir):
    graph = read_graph(site_dir, "quotes")
    article, quotations = graph[0], graph[1:]
    assert [q["@type"] for q in quotations] == ["Quotation"] * len(quotations)
    carrots = next(q for q in quotations if "carrots and sticks" in q["text"])
    assert carrots["creator"] == {
        "@type": "Person",
        "name": "Mike Waltz",
        "jobTitle": "US National Security Adviser",
    }
    assert carrots["isBasedOn"] == {"@id": article["isBasedOn"]["@id"]}


def test_every_page_has_a_meta_description(site_dir):
    for file in sorted(site_dir.rglob("index.html")):
        html = file.read_text(encoding="utf-8")
        assert re.search(r'<meta name="description" content="[^"]{20,}"', html), file


def newest_first_titles() -> list[str]:
    stories, _ = checked_stories(STORIES)
    ordered = sorted(stories, key=lambda story: story.facts.story.published, reverse=True)
    return [story.facts.story.title for story in ordered]


def test_home_and_story_list_name_the_explainers(site_dir):
    for file in (site_dir / "index.html", site_dir / "stories" / "index.html"):
        data = read_json_ld(file)
        assert data["@type"] == "ItemList"
        headlines = [item["item"]["headline"] for item in data["itemListElement"]]
        assert headlines == newest_first_titles()


def test_a_title_with_script_markup_stays_inside_its_json(tmp_path):
    root = copy_sources(tmp_path)
    facts = root / "seeds" / SEED_SLUG / "facts.yaml"
    hostile = "</script><script>alert(1)</script> & <!-- Waltz"
    text = facts.read_text(encoding="utf-8")
    start = text.index("  title: ")
    end = text.index("\n", start)
    facts.write_text(text[:start] + f"  title: '{hostile}'" + text[end:], encoding="utf-8")
    generate(Project.at(root))
    site = build_site(root / "mkdocs.yml", root / "site")
    page = site / "stories" / SEED_SLUG / "quotes" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert read_graph(site, "quotes")[0]["headline"] == hostile
