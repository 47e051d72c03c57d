"""Structured data as a built page carries it: every JSON-LD block parsed out of the HTML of
`explainer build`, checked against the properties each schema.org type needs, and claims named
with their claimant wherever a page describes itself."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import SEED_SLUG
from tests.project_copy import copy_project

SITE_NAME = "Explainer"  # site_name of mkdocs.yml
WALTZ_CLAIM = "Mike Waltz claims: Ukraine should be prepared to give up certain territories"

# What each schema.org type needs to say anything: property -> the kind of value it takes
# ("text", "node" for an object, "list"), after schema.org's definitions of the types.
REQUIRED = {
    "NewsArticle": {"@id": "text"},
    "Quotation": {"text": "text", "isBasedOn": "node"},
    "Person": {"name": "text"},
    "Organization": {"name": "text"},
    "ItemList": {"itemListElement": "list"},
    "ListItem": {"position": "int", "item": "node"},
}
KINDS = {"text": str, "node": dict, "list": list, "int": int}


class HeadReader(HTMLParser):
    """The JSON-LD blocks, the `<meta name="description">` and the link preview's
    `<meta property="og:description">` of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self.description: str | None = None
        self.preview: str | None = None
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.blocks.append("")
        if tag == "meta" and attributes.get("name") == "description":
            self.description = attributes.get("content")
        if tag == "meta" and attributes.get("property") == "og:description":
            self.preview = attributes.get("content")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.blocks[-1] += data


def read_head(page: Path) -> HeadReader:
    reader = HeadReader()
    reader.feed(page.read_text(encoding="utf-8"))
    return reader


def nodes(data):
    """Every object of a JSON-LD document that names its @type, nested ones included."""
    if isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from nodes(value)
    elif isinstance(data, list):
        for item in data:
            yield from nodes(item)


def problems_of(node: dict) -> list[str]:
    kind = node["@type"]
    if kind not in REQUIRED:
        return [f"unexpected @type {kind!r}"]
    found = []
    for name, value_kind in REQUIRED[kind].items():
        if not isinstance(node.get(name), KINDS[value_kind]):
            found.append(f"{kind} lacks {name} ({value_kind}): {node}")
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("built"), stories=[SEED_SLUG])
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return root / "site"


def json_ld_of(page: Path) -> dict:
    blocks = read_head(page).blocks
    assert len(blocks) == 1, f"{page}: {len(blocks)} JSON-LD blocks"
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    return data


def test_every_json_ld_node_of_every_built_page_has_what_its_type_requires(site: Path):
    pages = [page for page in sorted(site.rglob("*.html")) if read_head(page).blocks]
    assert len(pages) >= 10
    found = []
    for page in pages:
        for node in nodes(json_ld_of(page)):
            found += [f"{page.relative_to(site)}: {problem}" for problem in problems_of(node)]
    assert found == []


def test_the_site_publishes_the_explainer_which_is_based_on_the_unnamed_outlets_article(
    site: Path,
):
    graph = json_ld_of(site / "stories" / SEED_SLUG / "index.html")["@graph"]
    [explainer] = graph
    site_node = {
        "@type": "Organization",
        "name": SITE_NAME,
        "url": "https://explainer.example.org/",
    }
    assert explainer["publisher"] == site_node
    assert explainer["author"] == site_node
    source = explainer["isBasedOn"]
    assert source["@type"] == "NewsArticle"
    assert source["datePublished"] == "2025-03-16"
    # The seed's fact sheet names no outlet: none is invented.
    assert "publisher" not in source
    assert "Unknown outlet" not in json.dumps(graph)


def test_json_ld_descriptions_name_the_claimant(site: Path):
    story = json_ld_of(site / "stories" / SEED_SLUG / "index.html")["@graph"][0]
    assert story["description"].startswith(WALTZ_CLAIM)
    listed = json_ld_of(site / "index.html")["itemListElement"]
    assert [item["item"]["description"] for item in listed] == [story["description"]]
    every = json_ld_of(site / "stories" / "index.html")["itemListElement"]
    assert every[0]["item"]["description"].startswith(WALTZ_CLAIM)


def test_quotations_are_based_on_the_source_article_and_name_their_speaker(site: Path):
    graph = json_ld_of(site / "stories" / SEED_SLUG / "quotes" / "index.html")["@graph"]
    source_id = graph[0]["isBasedOn"]["@id"]
    quotations = [node for node in graph if node["@type"] == "Quotation"]
    assert len(quotations) == 9
    assert {q["isBasedOn"]["@id"] for q in quotations} == {source_id}
    assert {q["creator"]["name"] for q in quotations} == {"Mike Waltz", "Marco Rubio"}


def test_a_person_page_describes_the_person(site: Path):
    person = json_ld_of(site / "people" / "mike-waltz" / "index.html")
    assert person["@type"] == "Person"
    assert person["name"] == "Mike Waltz"
    assert "national security adviser" in person["description"].lower()
    assert person["affiliation"] == [{"@type": "Organization", "name": "United States"}]


def test_no_meta_description_or_link_preview_states_a_claim_in_the_sites_voice(site: Path):
    overview = read_head(site / "stories" / SEED_SLUG / "index.html")
    assert overview.description.startswith(WALTZ_CLAIM)
    assert overview.preview == overview.description
    claim = "Ukraine should be prepared to give up certain territories"
    for page in site.rglob("*.html"):
        head = read_head(page)
        assert head.preview, f"{page}: no og:description"
        for description in (head.description or "", head.preview):
            if claim in description:
                assert WALTZ_CLAIM in description, page


def test_the_home_page_leads_each_claim_with_its_claimant(site: Path):
    body = (site / "index.html").read_text("utf-8").split("</head>", 1)[1]
    text = " ".join(re.sub(r"<[^>]+>", "", body).split())
    claim = "Ukraine should be prepared to give up certain territories"
    assert text.count(claim) == 1
    assert f"Claimed by Mike Waltz: {claim}" in text
