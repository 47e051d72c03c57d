"""Publishing: site/ holds the three stories, a sitemap and a feed at site_url; bad links fail."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from generator.build.site import BuildFailed, build_site
from generator.pipeline import Project, generate
from generator.shells.cli import main
from tests.project_copy import copy_project

SITE_URL = "https://explainer.example.org/"
STORIES = (
    "waltz-territory-for-security-guarantees",
    "un-tribunal-dismisses-china-south-china-sea-claims",
    "virgin-pendolino-derails-in-cumbria",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("project"))
    generate(Project.at(root))
    return build_site(root / "mkdocs.yml")


def test_the_site_holds_every_story_and_shared_people_pages(site):
    for slug in STORIES:
        assert (site / "stories" / slug / "index.html").is_file()
    for page in ("people/mike-waltz", "people/richard-branson", "topics/unclos", "places/cumbria"):
        assert (site / page / "index.html").is_file()
    assert (site / "feed.xml").is_file()


def test_the_sitemap_lists_pages_at_site_url(site):
    sitemap = ElementTree.parse(site / "sitemap.xml").getroot()
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]

    assert all(location.startswith(SITE_URL) for location in locations)
    assert f"{SITE_URL}people/caroline-thomson/" in locations
    assert f"{SITE_URL}stories/{STORIES[1]}/glossary/" in locations


def test_wikinews_stories_credit_wikinews_on_every_page(site):
    for slug in STORIES[1:]:
        for page in ("", "quotes/", "source/"):
            html = (site / "stories" / slug / page / "index.html").read_text()
            assert "Article text by Wikinews contributors" in html
            assert 'href="https://creativecommons.org/licenses/by/2.5/"' in html
    waltz = (site / "stories" / STORIES[0] / "index.html").read_text()
    assert "Wikinews" not in waltz


def test_a_story_page_does_not_list_other_stories_in_its_navigation(site):
    html = (site / "stories" / STORIES[0] / "quotes" / "index.html").read_text()

    assert "Last updated 2025-03-16" in html
    for other in STORIES[1:]:
        assert other not in html


@pytest.mark.parametrize(
    "link, named",
    [
        ("[gone](missing.md)", "missing.md"),
        ("[nowhere](about.md#no-such-heading)", "no-such-heading"),
    ],
)
def test_a_broken_internal_link_or_anchor_fails_the_build(tmp_path, link, named):
    root = copy_project(tmp_path, seeds=False)
    (root / "docs" / "notes.md").write_text(f"# Notes\n\nSee {link}.\n")
    generate(Project.at(root))

    with pytest.raises(BuildFailed, match=named):
        build_site(root / "mkdocs.yml")

    result = CliRunner().invoke(main, ["build", "--root", str(root)])
    assert result.exit_code == 1
    assert "Error:" in result.output
