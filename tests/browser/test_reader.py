"""What a reader does in a real browser: open pages, search, follow a quote, switch to dark mode."""

from __future__ import annotations

import re

import pytest

from generator.model.layout import STORY_PAGES

from .conftest import STORY

CARROTS_QUOTE = "both carrots and sticks"


def test_every_page_opens_without_errors_or_outside_requests(page, page_paths, base_url, watch):
    assert len(page_paths) >= 12, page_paths
    for path in page_paths:
        response = page.goto(base_url + path, wait_until="networkidle")
        assert response is not None and response.ok, path
        assert page.locator("h1").count() == 1, f"{path} has no single h1"
    assert watch.errors == []
    assert watch.outside == []


def test_a_page_fetches_the_search_index_only_when_the_reader_goes_to_search(page, base_url):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(base_url + STORY, wait_until="networkidle")
    page.wait_for_timeout(500)
    assert not [url for url in fetched if "search_index" in url]
    with page.expect_request(re.compile(r"/search/search_index\.json$")):
        page.locator("input.md-search__input").click()


def test_search_finds_a_quote_by_one_of_its_words(page, base_url, watch):
    page.goto(base_url + "/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("carrots")
    result = page.locator('.md-search-result__item a[href*="quotes/"]', has_text="carrots").first
    result.wait_for()
    result.click()
    page.wait_for_url(re.compile(r"/quotes/.*#quote-waltz-carrots-and-sticks$"))
    card = page.locator("figure.quote-card", has_text=CARROTS_QUOTE)
    assert "Mike Waltz" in card.inner_text()
    assert _in_viewport(page, card.locator("blockquote"))
    assert watch.errors == [] and watch.outside == []


def test_search_finds_a_person_by_name(page, base_url):
    page.goto(base_url + "/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("Rubio")
    result = page.locator('.md-search-result__item a[href*="people/"][href$="#marco-rubio"]').first
    result.wait_for()
    result.click()
    page.wait_for_url(re.compile(r"/people/"))
    assert page.locator("#marco-rubio").is_visible()


def test_quote_source_link_lands_on_the_highlighted_words(page, base_url, artifacts):
    page.goto(base_url + STORY + "quotes/")
    card = page.locator("figure.quote-card", has_text=CARROTS_QUOTE)
    card.get_by_role("link", name=re.compile(r"paragraph \d+")).click()
    page.wait_for_url(re.compile(r"/source/#q-waltz-carrots-and-sticks$"))
    mark = page.locator("mark#q-waltz-carrots-and-sticks")
    assert CARROTS_QUOTE in mark.inner_text()
    assert mark.evaluate("element => element.matches(':target')")
    assert mark.is_visible() and _in_viewport(page, mark)
    target_style = _colours(mark)
    other = page.locator("mark.quoted:not(:target)").first
    assert target_style != _colours(other), "the quote reached by its link looks like any other"
    assert target_style["outline"] != "none"
    page.screenshot(path=str(artifacts / "source-target-light.png"))


def test_dark_mode_toggle_switches_scheme_and_keeps_highlight_visible(page, base_url, artifacts):
    page.goto(base_url + STORY + "source/#q-waltz-carrots-and-sticks")
    mark = page.locator("mark#q-waltz-carrots-and-sticks")
    light = _colours(mark)
    page.locator('label[title="Switch to dark mode"]').click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    dark = _colours(mark)
    assert dark["background"] != light["background"]
    body = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark["background"] != body
    page.screenshot(path=str(artifacts / "source-target-dark.png"))
    page.reload()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "choice not kept"


@pytest.mark.parametrize("width", [375, 1280])
def test_no_page_scrolls_sideways(open_page, page_paths, base_url, artifacts, width):
    page = open_page(width)
    too_wide = []
    for path in page_paths:
        page.goto(base_url + path, wait_until="networkidle")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            too_wide.append(f"{path} by {overflow} px")
        label = path.strip("/").replace("/", "_").removesuffix(".html") or "home"
        page.screenshot(path=str(artifacts / f"{label}-{width}.png"), full_page=True)
    assert too_wide == [], f"scrolls sideways at {width} px"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_every_story_page_fits_the_screen_in_both_schemes(
    open_page, base_url, artifacts, width, scheme
):
    page = open_page(width, scheme)
    too_wide = []
    for name, _ in STORY_PAGES:
        path = STORY if name == "index" else f"{STORY}{name}/"
        page.goto(base_url + path, wait_until="networkidle")
        shown = page.evaluate("document.body.dataset.mdColorScheme")
        assert shown == ("slate" if scheme == "dark" else "default"), path
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            too_wide.append(f"{path} by {overflow} px")
        shot = artifacts / "story-pages" / f"{name}-{width}-{scheme}.png"
        page.screenshot(path=str(shot), full_page=True)
    assert too_wide == [], f"scrolls sideways at {width} px in the {scheme} scheme"


def test_timeline_picture_matches_its_list(page, base_url):
    page.goto(base_url + STORY + "timeline/")
    picture = page.get_by_role("img", name=re.compile("Timeline: 6 events"))
    assert picture.is_visible()
    numbers = picture.locator(".timeline-number").all_text_contents()
    items = page.locator("article ol > li")
    assert numbers == [str(n) for n in range(1, items.count() + 1)]
    assert "2014" in items.first.inner_text()


def test_contested_glossary_term_shows_its_framing_as_a_tooltip(page, base_url):
    page.goto(base_url + STORY + "timeline/")
    term = page.locator("abbr", has_text="officially became part of Russia").first
    term.hover()
    tooltip = page.locator(".md-tooltip2, .md-tooltip").filter(has_text="Contested")
    tooltip.first.wait_for(state="visible")
    assert "wording of" in tooltip.first.inner_text().lower()


def _colours(locator) -> dict[str, str]:
    return locator.evaluate(
        """element => {
            const style = getComputedStyle(element);
            return {background: style.backgroundColor, color: style.color,
                    outline: style.outlineStyle};
        }"""
    )


def _in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_positions_matrix_says_each_status_in_words_and_symbol(page, base_url):
    page.goto(base_url + STORY + "positions/")
    cells = page.locator("table .position").all_inner_texts()
    assert len(cells) == 12, cells
    allowed = {"● Stated", "◐ Reported", "○ No public position"}
    assert set(cells) <= allowed
    reported = page.locator("table .position--reported").first
    stated = page.locator("table .position--stated").first
    assert _colours(reported)["background"] != _colours(stated)["background"]


def test_the_source_text_shows_glossary_terms_as_tooltips(page, base_url):
    page.goto(base_url + STORY + "source/", wait_until="networkidle")
    kiev = page.locator("article abbr", has_text="Kiev").first
    assert kiev.is_visible()
    assert "Kyiv" in (kiev.get_attribute("title") or "")
    kiev.hover()
    tooltip = page.locator(".md-tooltip2, .md-tooltip").filter(has_text="Kyiv")
    tooltip.first.wait_for(state="visible")


def test_every_timeline_event_is_drawn_with_its_words_on_a_phone(open_page, base_url):
    page = open_page(width=390)
    page.goto(base_url + STORY + "timeline/", wait_until="networkidle")
    picture = page.locator("svg.timeline-svg")
    labels = [
        _plain(label.evaluate("text => [...text.children].map(line => line.textContent).join(' ')"))
        for label in picture.locator(".timeline-label").all()
    ]
    dates = picture.locator(".timeline-date").all_text_contents()
    items = [_plain(text) for text in page.locator("article ol > li").all_inner_texts()]
    assert len(labels) == len(dates) == len(items) == 6
    for label, item in zip(labels, items, strict=True):
        assert label and label in item, (label, item)
    assert "March 2025" in dates, "an event known only to its month is drawn"
    for box in (text.bounding_box() for text in picture.locator("text").all()):
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    column = page.locator("article").evaluate(
        """article => { const box = article.getBoundingClientRect();
            const style = getComputedStyle(article);
            return {left: box.left + parseFloat(style.paddingLeft),
                    right: box.right - parseFloat(style.paddingRight)}; }"""
    )
    drawn = picture.bounding_box()
    assert drawn["x"] + drawn["width"] >= column["right"] - 1, (
        "the picture stops short of the column"
    )
    boxes = [text.bounding_box() for text in picture.locator(".timeline-label").all()]
    widest = max(box["x"] + box["width"] for box in boxes)
    empty = column["right"] - widest
    assert empty < 0.15 * (column["right"] - column["left"]), f"{empty:.0f} px empty on the right"


def _plain(text: str) -> str:
    """Text with its white space folded and curly quotation marks made straight."""
    for curly, straight in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        text = text.replace(curly, straight)
    return " ".join(text.split())


def test_a_link_to_the_second_part_of_a_split_quote_lands_on_its_joined_card(page, base_url):
    page.goto(
        base_url + "/stories/virgin-pendolino-derails-in-cumbria/quotes/#quote-thomson-injuries"
    )
    card = page.locator("figure.quote-card", has=page.locator("#quote-thomson-injuries"))
    words = card.locator("blockquote").inner_text()
    assert "very dramatic … Where I am there are some injuries" in words
    assert card.locator("#quote-thomson-carriage").count() == 1
    assert page.locator("figure.quote-card", has_text="Where I am").count() == 1
    assert _in_viewport(page, card.locator("h2"))


def test_the_overview_labels_each_sides_position_as_the_positions_page_does(page, base_url):
    page.goto(base_url + STORY + "positions/", wait_until="networkidle")
    on_positions = {}
    for label in page.locator(".issue-card .stance .position").all():
        on_positions.setdefault(label.inner_text(), _colours(label))
    stances = page.locator(".issue-card .stance").count()
    page.goto(base_url + STORY, wait_until="networkidle")
    statements = page.locator(
        "xpath=//article//ul[preceding-sibling::h2[1][@id='what-each-side-says']]/li"
    )
    assert stances > 0 and statements.count() == stances, statements.all_inner_texts()
    for statement in statements.all():
        label = statement.locator(".position")
        assert label.count() == 1, f"no position label in {statement.inner_text()!r}"
        text = label.inner_text()
        assert text in on_positions, text
        assert _colours(label) == on_positions[text], f"{text} looks unlike the Positions page"
