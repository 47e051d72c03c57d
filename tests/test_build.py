"""End to end: `explainer build` of the real config in a temporary folder, in strict mode."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.conftest import SEED_SLUG
from tests.project_copy import run_build

# The nine direct quotations of the seed article, as a reader finds them in the text.
SEED_QUOTES = [
    ("Mike Waltz", 4, "is going to be some type of territory for future security guarantees"),
    ("Mike Waltz", 5, "is incredibly unlikely."),
    ("Mike Waltz", 6, "drive every Russian off of every inch of Ukrainian soil, including Crimea"),
    ("Mike Waltz", 6, "reality of the situation on the ground,"),
    (
        "Mike Waltz",
        7,
        "we are engaging in diplomacy, and that will involve both carrots and sticks to get both "
        "sides to the table.",
    ),
    ("Mike Waltz", 7, "all options are on the table."),
    ("Marco Rubio", 8, "had conversations"),
    ("Marco Rubio", 8, "neither side can militarily achieve their maximalist goals."),
    (
        "Marco Rubio",
        9,
        "obviously, it\u2019ll be very difficult for Ukraine in any reasonable time period to sort "
        "of force the Russians back all the way to where they were in 2014.",
    ),
]


build = run_build


def visible_text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def quote_cards(page: str) -> list[str]:
    return re.findall(r'<figure class="quote-card".*?</figure>', page, flags=re.S)


def test_the_seed_builds_strictly_and_its_quotes_page_shows_all_nine_quotes(project: Path):
    result = build(project)
    assert result.returncode == 0, result.stderr
    story = project / "site" / "stories" / SEED_SLUG
    cards = quote_cards((story / "quotes" / "index.html").read_text(encoding="utf-8"))
    assert len(cards) == len(SEED_QUOTES)
    for card, (speaker, paragraph, text) in zip(cards, SEED_QUOTES, strict=True):
        shown = visible_text(card)
        assert f"\u201c{text}\u201d" in shown
        assert speaker in shown
        assert f"paragraph {paragraph}" in shown
        anchor = re.search(r'href="\.\./source/#(q-[a-z0-9-]+)"', card).group(1)
        source = (story / "source" / "index.html").read_text(encoding="utf-8")
        marked = re.search(
            rf'<p [^>]*id="p-{paragraph}".*?<mark id="{anchor}"[^>]*>(.*?)</mark>', source
        )
        assert marked, f"{anchor} is not marked in paragraph {paragraph}"
        assert visible_text(marked.group(1)) == text


def test_the_scare_quoted_word_is_not_presented_as_a_quote(project: Path):
    assert build(project).returncode == 0
    page = (project / "site" / "stories" / SEED_SLUG / "quotes" / "index.html").read_text()
    assert not any(visible_text(card).startswith("\u201cpunish") for card in quote_cards(page))


def test_every_page_of_the_story_is_built(project: Path):
    assert build(project).returncode == 0
    story = project / "site" / "stories" / SEED_SLUG
    for page in (
        "",
        "quotes",
        "positions",
        "timeline",
        "questions",
        "people",
        "glossary",
        "source",
    ):
        assert (story / page / "index.html").is_file(), page
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert f'href="stories/{SEED_SLUG}/"' in home


def test_a_broken_link_in_a_hand_written_page_fails_the_build(project: Path):
    (project / "docs" / "about.md").write_text("See [nothing](missing.md).\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "missing.md" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_site_requests_nothing_from_another_origin(project: Path):
    assert build(project).returncode == 0
    for page in (project / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fetched = re.findall(r'<(?:script|img|iframe)[^>]+src="(?:https?:)?//[^"]+"', text)
        fetched += re.findall(
            r'<link rel="(?:stylesheet|preload|icon|modulepreload)"[^>]+href="(?:https?:)?//[^"]+"',
            text,
        )
        assert not fetched, f"{page} fetches {fetched}"
