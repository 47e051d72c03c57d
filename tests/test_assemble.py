"""Assemble: labels, order and links the templates lay out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.assemble.dates import format_date
from generator.assemble.story import assemble_story
from generator.pipeline import checked_story
from generator.render.environment import make_environment
from generator.render.pages import render_story
from tests.conftest import SEED_SLUG
from tests.project_copy import ROOT, STORIES


@pytest.fixture(scope="module")
def seed():
    story, problems = checked_story(STORIES / SEED_SLUG)
    assert story is not None, problems
    return assemble_story(story)


def test_a_disputed_statement_names_who_claims_it_and_who_disputes_it(seed):
    annexation = next(item for item in seed.background if "became part of Russia" in item.text)
    assert annexation.status == "Claimed by Russia; disputed by Ukraine"


def test_the_outlets_own_voice_is_named_as_the_article_when_the_outlet_is_unknown(seed):
    assert seed.outlet is None
    assert seed.summary[-1].attribution == "reported by the article"


def test_every_citation_links_to_a_numbered_paragraph_of_the_source_text(seed):
    citations = [c for item in seed.summary for c in item.citations]
    assert [c.link for c in citations[:2]] == ["source.md#p-2", "source.md#p-4"]


def test_positions_have_one_cell_per_party_on_every_issue(seed):
    assert seed.parties == ("United States", "Ukraine", "Russia")
    sanctions = next(issue for issue in seed.issues if issue.id == "sanctions")
    assert [cell.status for cell in sanctions.cells] == [
        "Stated",
        "No public position",
        "No public position",
    ]


def test_timeline_is_in_date_order_with_partial_dates(seed):
    # The ceasefire, known only to the month, follows the talks of 11 March in the article.
    assert [event.date_label for event in seed.events] == [
        "2014",
        "2022",
        "11 March 2025 (Tuesday)",
        "March 2025",
        "13 March 2025 (Thursday)",
        "16 March 2025 (Sunday)",
    ]


def test_quoted_words_are_marked_in_their_paragraph(seed):
    paragraph = seed.paragraphs[4]
    marked = [(text, quote) for text, quote in paragraph.pieces if quote]
    assert marked == [("is incredibly unlikely.", "waltz-nato")]


def test_a_person_lists_their_own_quotes(seed):
    rubio = next(person for person in seed.people if person.id == "marco-rubio")
    assert [quote.id for quote in rubio.quotes] == [
        "rubio-conversations",
        "rubio-maximalist-goals",
        "rubio-back-to-2014",
    ]


@pytest.mark.parametrize(
    ("value", "label"),
    [("2025-03-11", "11 March 2025 (Tuesday)"), ("2025-03", "March 2025"), ("2014", "2014")],
)
def test_dates_read_as_a_reader_would_say_them(value, label):
    assert format_date(value) == label


@pytest.mark.parametrize(
    ("outlet", "meta"),
    [
        (None, "Published 2025-03-16; outlet not named."),
        ("RT", "Published 2025-03-16 by RT."),
    ],
)
def test_the_overview_names_the_outlet_or_says_it_is_not_named(seed, outlet, meta):
    story = replace(seed, outlet=outlet)
    pages = render_story(story, make_environment(ROOT / "templates"))
    overview = pages[f"stories/{SEED_SLUG}/index.md"]
    assert f'<p class="story-meta">{meta}</p>' in overview
    assert "Unknown outlet" not in "".join(pages.values())
