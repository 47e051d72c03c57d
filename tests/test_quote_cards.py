"""Assemble: a quote card: the words as said, the speaker once, the article's sentence."""

from __future__ import annotations

import pytest

from generator.assemble.quotes import display_text, sentence_around
from generator.assemble.story import assemble_story
from generator.pipeline import checked_story
from tests.conftest import SEED_SLUG
from tests.project_copy import STORIES


@pytest.fixture(scope="module")
def seed():
    story, problems = checked_story(STORIES / SEED_SLUG)
    assert story is not None, problems
    return assemble_story(story)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("reality of the situation on the ground,", "reality of the situation on the ground"),
        ("we will see;", "we will see"),
        ("as follows:", "as follows"),
        ("is incredibly unlikely.", "is incredibly unlikely."),
        ("is it over?", "is it over?"),
    ],
)
def test_the_card_trims_only_the_sentences_own_trailing_punctuation(text, shown):
    assert display_text(text) == shown


def test_the_verbatim_text_keeps_its_comma_while_the_card_drops_it(seed):
    reality = next(quote for quote in seed.quotes if quote.id == "waltz-reality")
    assert reality.text.endswith(",")
    assert reality.display_text == "reality of the situation on the ground"


def test_a_fragment_is_shown_inside_its_sentence():
    paragraph = (
        "Talks began in Jeddah. According to the official, NATO membership for Ukraine "
        "“is incredibly unlikely.” He left."
    )
    assert sentence_around("is incredibly unlikely.", paragraph) == (
        "According to the official, NATO membership for Ukraine “",
        "is incredibly unlikely.",
        "”",
    )


def test_an_abbreviation_does_not_end_the_sentence():
    paragraph = "The U.S. envoy said the talks were “productive” on Sunday."
    before, words, after = sentence_around("productive", paragraph)
    assert before == "The U.S. envoy said the talks were “"
    assert (words, after) == ("productive", "” on Sunday.")


def test_a_quote_that_begins_its_sentence_needs_no_sentence_around_it():
    paragraph = "“A train has crashed,” said a spokeswoman."
    assert sentence_around("A train has crashed,", paragraph) is None


def test_the_card_names_the_speaker_with_role_and_side(seed):
    carrots = next(quote for quote in seed.quotes if quote.id == "waltz-carrots-and-sticks")
    assert (carrots.speaker_name, carrots.speaker_role, carrots.speaker_side) == (
        "Mike Waltz",
        "US National Security Adviser",
        "United States",
    )
    assert carrots.sentence is not None and "carrots and sticks" in carrots.sentence[1]


def test_a_matrix_cell_holds_a_short_stance(seed):
    territory = next(issue for issue in seed.issues if issue.id == "territory")
    united_states = territory.cells[0]
    assert united_states.stance.startswith(united_states.short_stance.rstrip(" …"))
    assert len(united_states.short_stance.split()) <= 11
