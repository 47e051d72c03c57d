"""Hostile content in every field and in the article: the site builds and none of it is live.

One real build (MkDocs, Material, the project's own config) of a story whose every text field
carries scripts, handlers, unsafe links, raw HTML, Jinja and Markdown structure, next to a clean
story; the built HTML is parsed and compared with the clean story's pages.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.render.markdown_text import close_bidi_controls
from generator.shells.cli import main
from tests.html_audit import PageAudit, audit_page
from tests.project_copy import copy_project
from tools.preview import serve_site

HOSTILE = Path(__file__).parent / "hostile"
CLEAN = Path(__file__).parent / "bad_inputs" / "_base"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("hostile"), seeds=False)
    shutil.copytree(HOSTILE, root / "seeds" / "hostile")
    shutil.copytree(CLEAN, root / "seeds" / "clean")
    result = CliRunner().invoke(main, ["build", "--root", str(root)])
    assert result.exit_code == 0, result.output
    return root / "site"


def audits(site: Path, folder: str) -> dict[str, PageAudit]:
    return {
        page.relative_to(site).as_posix(): audit_page(page.read_text(encoding="utf-8"))
        for page in sorted((site / folder).rglob("*.html"))
    }


def texts(audit: PageAudit) -> list[str]:
    return [text for _, text in audit.blocks]


def test_no_page_holds_live_markup(site: Path):
    findings = {
        name: audit.live_markup for name, audit in audits(site, ".").items() if audit.live_markup
    }
    assert findings == {}


def test_no_page_runs_a_script_from_content(site: Path):
    for name, audit in audits(site, ".").items():
        for kind, source, code in audit.script_elements:
            if source:
                assert "assets/" in source and "://" not in source, (name, source)
            elif kind.endswith("json"):
                json.loads(code)  # content that broke out would leave broken JSON behind
            else:
                assert "alert" not in code, (name, code[:80])


def test_story_pages_run_only_the_themes_own_scripts(site: Path):
    clean = audits(site, "stories/clean")
    hostile = audits(site, "stories/hostile")
    assert len(hostile) == len(clean) == 8
    for name, audit in hostile.items():
        assert audit.scripts == clean[name.replace("/hostile/", "/clean/")].scripts, name


def test_markdown_in_values_adds_no_heading_rule_or_list(site: Path):
    for name, audit in audits(site, "stories/hostile").items():
        headings = [text for tag, text in audit.blocks if tag in ("h1", "h2", "h3")]
        assert "Heading" not in headings, name
        assert audit.counts.get("h1") == 1, name
        assert audit.counts.get("hr", 0) == 1, name  # the footer's rule only
        assert not any(text in ("item", "a | b |") for text in texts(audit)), name


def test_quotes_show_exactly_as_written(site: Path):
    quotes = texts(audit_page((site / "stories/hostile/quotes/index.html").read_text()))
    # The comma closing the article's clause is trimmed from the card, nothing else.
    assert "“It is a <script>alert('quote')</script> day”" in quotes
    assert "“a | b * c _d_ `e` [f](javascript:alert(1))”" in quotes
    assert "“{{ 7*7 }} and {% if true %}yes{% endif %}”" in quotes


def test_the_article_is_shown_as_text(site: Path):
    source = " ".join(texts(audit_page((site / "stories/hostile/source/index.html").read_text())))
    assert '<script>alert("article")</script>' in source
    assert "<div onclick=\"alert('raw html block')\">" in source
    assert "{{ 7*7 }} and {% if true %}yes{% endif %}" in source
    assert "# Not a heading" in source
    assert "root:" not in source


def test_jinja_in_values_is_never_evaluated(site: Path):
    page = (site / "stories/hostile/index.html").read_text(encoding="utf-8")
    text = " ".join(texts(audit_page(page)))
    assert "{{ 7*7 }} {% if true %}evaluated{% endif %}" in text
    assert "49" not in text


def test_tables_stay_tables_when_values_hold_pipes(site: Path):
    audit = audit_page((site / "stories/hostile/positions/index.html").read_text())
    parties = 3  # mayor, pipe, council
    assert audit.counts.get("table") == 1
    assert audit.counts.get("th") == 1 + parties
    assert audit.counts.get("td") == 2 * (1 + parties)
    header = [text for tag, text in audit.blocks if tag == "th"]
    assert "a | b || c" in header


def test_right_to_left_overrides_are_closed_within_their_block(site: Path):
    for name, audit in audits(site, "stories/hostile").items():
        for tag, text in audit.blocks:
            assert close_bidi_controls(text) == text, (name, tag, text)


@pytest.fixture(scope="module")
def served(site: Path):
    """The built site on 127.0.0.1, as a reader's browser would get it."""
    with serve_site(site) as address:
        yield address


def test_nothing_runs_in_a_browser_nothing_is_fetched_and_long_words_wrap(served: str, browser):
    dialogs: list[str] = []
    outside: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on(
        "request",
        lambda request: None if request.url.startswith(served) else outside.append(request.url),
    )
    for name in ("", "quotes/", "positions/", "source/", "glossary/", "people/"):
        page.goto(f"{served}/stories/hostile/{name}", wait_until="load")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("overview", delay=50)  # results show the hostile page titles
    page.wait_for_selector(".md-search-result__item")
    assert page.locator(".md-search-result img, .md-search-result script").count() == 0
    page.set_viewport_size({"width": 375, "height": 800})
    for name in ("", "source/"):
        page.goto(f"{served}/stories/hostile/{name}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, name
    page.close()
    assert dialogs == []
    assert outside == []
