"""Rebuilds: the same sources make the same site, byte for byte, whatever day it is built on."""

from __future__ import annotations

import datetime as real_datetime

import mkdocs.utils
import pytest

from generator.build.site import build_site
from generator.pipeline import Project, generate
from tests.project_copy import copy_project


def clock_at(day: str) -> type[real_datetime.datetime]:
    """A `datetime` whose `now()` is noon (UTC) of `day`."""
    fixed = real_datetime.datetime.fromisoformat(f"{day}T12:00:00+00:00")

    class FakeClock(real_datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return fixed if tz is None else fixed.astimezone(tz)

    return FakeClock


def site_files(site) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The project built on two days a year apart, without SOURCE_DATE_EPOCH."""
    root = copy_project(tmp_path_factory.mktemp("project"))
    generate(Project.at(root))
    built = []
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        for day in ("2030-01-02", "2031-06-30"):
            patch.setattr(mkdocs.utils, "datetime", clock_at(day))
            built.append(site_files(build_site(root / "mkdocs.yml", root / f"site-{day}")))
    return built


def test_the_sitemap_is_the_same_on_any_day(sites):
    first, second = sites
    assert first["sitemap.xml"] == second["sitemap.xml"]
    assert first["sitemap.xml.gz"] == second["sitemap.xml.gz"]


def test_the_sitemap_dates_a_story_page_by_its_story(sites):
    sitemap = sites[0]["sitemap.xml"].decode()
    entry = sitemap.split("/stories/waltz-territory-for-security-guarantees/</loc>")[1]
    assert entry.split("</lastmod>")[0].strip() == "<lastmod>2025-03-16"
    assert "2030-01-02" not in sitemap


def test_every_file_of_the_site_is_the_same_on_any_day(sites):
    first, second = sites
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []
