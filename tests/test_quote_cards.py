"""Assemble: a quote card: the words as said, the speaker once, the article's sentence."""

from __future__ import annotations

import pytest

from generator.assemble.quotes import display_text, is_attribution_gap, quote_cards, sentence_around
from generator.assemble.story import assemble_story
from generator.model.views import QuoteView
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


def _card(quote_id: str, text: str, speaker: str | None = "minister") -> QuoteView:
    link = f"people.md#{speaker}" if speaker else None
    return QuoteView(
        id=quote_id,
        text=text,
        speaker_name=speaker or "Unnamed speaker",
        speaker_role=None,
        speaker_link=link,
        venue=None,
        date=None,
        context=None,
        paragraph=1,
        source_link=f"source.md#q-{quote_id}",
        display_text=display_text(text),
    )


SPLIT = '"We will start building in spring," the minister said. "It will take four years."'


def test_a_quote_split_by_its_attribution_is_one_card_with_both_ids():
    spring = _card("spring", "We will start building in spring,")
    years = _card("years", "It will take four years.")
    (card,) = quote_cards((spring, years), lambda number: SPLIT)
    assert card.display_text == "We will start building in spring … It will take four years."
    assert (card.id, card.joined_ids) == ("spring", ("years",))


def test_two_speakers_keep_two_cards():
    spring = _card("spring", "We will start building in spring,")
    years = _card("years", "It will take four years.", speaker="mayor")
    assert [card.id for card in quote_cards((spring, years), lambda number: SPLIT)] == [
        "spring",
        "years",
    ]


@pytest.mark.parametrize(
    "gap",
    [
        "” on the issue during the talks on Tuesday. The diplomat argued that “",
        "” would be unrealistic at this point. The talks should focus on the “",
        '," she said. Later that day, officials added: "',
        "” before the vote, “",
    ],
)
def test_more_than_an_attribution_between_two_quotes_keeps_them_apart(gap):
    assert not is_attribution_gap(gap)


@pytest.mark.parametrize(
    "gap",
    ['," the minister said. "', "” said a BBC executive, Caroline Thomson. “", '," he added, "'],
)
def test_an_attribution_alone_between_two_quotes_joins_them(gap):
    assert is_attribution_gap(gap)


def test_the_seed_passenger_quote_split_by_its_attribution_is_one_card():
    story, problems = checked_story(STORIES / "virgin-pendolino-derails-in-cumbria")
    assert story is not None, problems
    view = assemble_story(story)
    card = next(card for card in view.quote_cards if card.id == "thomson-carriage")
    assert card.joined_ids == ("thomson-injuries",)
    assert "very dramatic … Where I am" in card.display_text
    assert len(view.quote_cards) == len(view.quotes) - 1
    assert "thomson-injuries" in {quote.id for quote in view.quotes}, "other pages keep both"
