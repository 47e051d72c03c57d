"""A reader on a phone (390 px) and on a quote card: the story's pages in two rows, positions as
cards, the speaker named once; an editor on a phone: the preview's problem page wraps its long
lines."""

from __future__ import annotations

import markdown
import pytest

from generator.model.layout import STORY_PAGES
from generator.model.problem import Problem
from generator.shells.error_pages import problem_page

from .conftest import STORY


@pytest.mark.parametrize("width", [320, 390])
def test_the_story_navigation_is_two_rows_of_four_on_a_phone(open_page, base_url, width):
    page = open_page(width=width)
    page.goto(base_url + STORY, wait_until="networkidle")
    nav = page.get_by_role("navigation", name="Pages of this story")
    entries = nav.locator(":scope > *")
    assert entries.count() == len(STORY_PAGES)
    assert entries.first.inner_text() == "Overview"
    shown = nav.evaluate(
        """nav => ({
            overflow: nav.scrollWidth - nav.clientWidth,
            right: nav.getBoundingClientRect().right,
            entries: [...nav.children].map(entry => {
                const box = entry.getBoundingClientRect();
                return {text: entry.textContent, top: Math.round(box.top), right: box.right};
            }),
        })"""
    )
    assert shown["overflow"] <= 0, f"the story's pages scroll sideways by {shown['overflow']} px"
    past = [entry["text"] for entry in shown["entries"] if entry["right"] > shown["right"] + 0.5]
    assert past == [], "these pages run past the edge of the navigation"
    rows = sorted({entry["top"] for entry in shown["entries"]})
    assert len(rows) <= 2, f"the story's pages take {len(rows)} rows: {shown['entries']}"
    first_row = [entry["text"] for entry in shown["entries"] if entry["top"] == rows[0]]
    assert len(first_row) == 4, first_row


def test_a_phones_first_screen_says_what_happened_who_says_what_and_what_next(
    open_page, base_url, artifacts
):
    page = open_page(width=390, height=844)
    page.goto(base_url + STORY, wait_until="networkidle")
    page.screenshot(path=str(artifacts / "overview-first-screen-390x844.png"))
    glance = page.locator(".at-a-glance")
    for heading in ("What happened", "What each side says", "What happens next"):
        box = glance.locator("li > strong", has_text=heading).bounding_box()
        assert box is not None, f"At a glance has no {heading!r}"
        assert box["y"] >= 0 and box["y"] + box["height"] <= 844, f"{heading!r} is at {box}"
    notice = page.locator(".admonition", has_text="Developing story")
    assert notice.count() == 1, "the overview of a developing story says so"
    assert notice.bounding_box()["y"] > glance.bounding_box()["y"] + glance.bounding_box()["height"]


def test_positions_are_one_card_per_issue_on_a_phone(open_page, base_url):
    page = open_page(width=390)
    page.goto(base_url + STORY + "positions/", wait_until="networkidle")
    assert not page.locator(".positions-matrix").is_visible()
    territory = page.locator(".issue-card", has=page.locator("h2#territory"))
    text = territory.inner_text()
    assert "Should Ukraine give up territory" in text
    for party in ("United States", "Ukraine", "Russia"):
        assert party in text
    assert "Considers these territories part of Russia" in text


def test_the_matrix_shows_on_a_wide_screen_with_one_sources_link_per_cell(page, base_url):
    page.goto(base_url + STORY + "positions/", wait_until="networkidle")
    matrix = page.locator(".positions-matrix table")
    assert matrix.is_visible()
    row = matrix.locator("tbody tr").first
    cells = row.locator("td")
    assert cells.count() == 4
    for index in range(1, 4):
        assert cells.nth(index).get_by_role("link").count() == 1
        assert cells.nth(index).get_by_role("link").inner_text() == "sources"


def test_each_quote_card_names_its_speaker_once(page, base_url):
    page.goto(base_url + STORY + "quotes/", wait_until="networkidle")
    cards = page.locator("figure.quote-card")
    assert cards.count() == 9
    for index in range(cards.count()):
        card = cards.nth(index)
        name = card.locator('.quote-card__speaker a[href*="people"]').inner_text()
        # The article's sentence may name the speaker too; the card's own words name them once.
        own = card.evaluate(
            """card => { const copy = card.cloneNode(true);
              copy.querySelectorAll(".quote-card__sentence").forEach(e => e.remove());
              return copy.innerText; }"""
        )
        assert own.count(name) == 1, own


def test_a_fragment_is_shown_inside_the_articles_sentence(page, base_url):
    page.goto(base_url + STORY + "quotes/", wait_until="networkidle")
    card = page.locator("figure.quote-card", has_text="is incredibly unlikely")
    sentence = card.locator(".quote-card__sentence")
    assert "NATO membership for Ukraine" in sentence.inner_text()
    assert sentence.locator("mark").inner_text() == "is incredibly unlikely."
    reality = page.locator("figure.quote-card", has_text="reality of the situation")
    assert "“reality of the situation on the ground”" in reality.locator("blockquote").inner_text()


LONG_PROBLEMS = [
    Problem(
        "seeds/a-story-with-a-rather-long-name-about-territory-and-guarantees/facts.yaml",
        "quotes[2].text: not found in the article; closest match in paragraph 6: "
        '"drive-every-Russian-off-of-every-inch-of-Ukrainian-soil-including-Crimea-and-more"',
        14,
        9,
    ),
    Problem(
        "seeds/story/facts.yaml",
        "story.url: https://example.org/"
        + "a-very-long-address-" * 8
        + "; use a full https address",
        3,
        8,
    ),
]


def test_the_preview_problem_page_wraps_long_lines_on_a_phone(open_page, base_url, artifacts):
    page = open_page(width=390)
    page.goto(base_url + STORY, wait_until="networkidle")
    body = markdown.markdown(
        problem_page(LONG_PROBLEMS), extensions=["admonition", "md_in_html", "attr_list"]
    )
    page.locator("article").evaluate("(article, body) => { article.innerHTML = body; }", body)
    page.locator("details.explainer-problems-console summary").click()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    page.screenshot(path=str(artifacts / "problem-page-390.png"), full_page=True)
    assert overflow <= 0, f"the problem page scrolls sideways by {overflow} px"
    cut_off = page.evaluate(
        """selector => [...document.querySelectorAll(selector)]
            .filter(e => e.scrollWidth > e.clientWidth + 1
                || e.getBoundingClientRect().right > window.innerWidth)
            .map(e => e.textContent.slice(0, 40))""",
        ".explainer-problem p, .explainer-problem code, .explainer-problems-console code",
    )
    assert cut_off == [], "lines run past the screen or scroll inside their box"
    first = page.locator(".explainer-problem").first
    fix, wrong = first.locator("p").nth(0), first.locator("p").nth(1)
    assert fix.inner_text().startswith("Fix:") and wrong.inner_text().startswith("Problem:")
    assert fix.bounding_box()["y"] < wrong.bounding_box()["y"]
