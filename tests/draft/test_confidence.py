"""Confidence: a drafted speaker goes unflagged only when the quote's own sentence names them.

Each way of finding a speaker that is not a direct naming gets the check note, with its reason
spelled out in the drafted fact sheet, on sentences written for these tests.
"""

from __future__ import annotations

from generator.draft.output.sheet import render_draft
from tests.draft.helpers import draft


def doubts(text: str) -> dict[str, str | None]:
    """Each drafted quote's text mapped to why its speaker needs a check (None: it does not)."""
    return {quote.quotation.text: quote.doubt for quote in draft(text).quotes}


def test_a_full_name_beside_the_quote_needs_no_check():
    assert doubts('"We are ready," said Ann Corliss, the coach.') == {"We are ready,": None}


def test_a_pronoun_a_role_and_a_previous_paragraph_each_need_a_check_and_say_so():
    text = (
        'Ann Corliss coaches the team. "We are ready," she said.\n\n'
        '"The plan is sound," the coach added.\n\n'
        '"We will win."'
    )
    assert doubts(text) == {
        "We are ready,": "found from pronoun",
        "The plan is sound,": "found from role",
        "We will win.": "found from previous paragraph",
    }


def test_the_other_half_of_a_split_quote_is_as_sure_as_its_cue():
    text = '"We tried," said Ann Corliss, "and we failed."'
    assert doubts(text) == {"We tried,": None, "and we failed.": None}


def test_a_single_word_an_undescribed_body_and_a_publication_each_need_a_check():
    text = (
        '"It is over," Corliss said.\n\n'
        '"Nobody is safe," the union said.\n\n'
        '"The mayor knew," the Valley Herald reported.'
    )
    assert doubts(text) == {
        "It is over,": "a single capitalised word; the article gives no fuller name",
        "Nobody is safe,": "the body is not named, only described",
        "The mayor knew,": "a publication, which may be reporting someone else's words",
    }


def test_a_surname_two_people_in_the_article_share_needs_a_check():
    text = (
        'Ann Corliss and her brother Tom Corliss run the farm.\n\n"We will not sell," Corliss said.'
    )
    assert doubts(text)["We will not sell,"] == (
        "another person in the article has the same surname"
    )


def test_the_drafted_fact_sheet_prints_the_reason_after_the_check_note():
    text = 'Ann Corliss coaches the team. "We are ready," she said.'
    sheet = render_draft(draft(text))
    assert "TODO: check the speaker (found from pronoun)" in sheet


def test_words_one_person_reports_another_said_go_to_the_other_with_a_check():
    text = '"It is a crisis," Tom Brack said Ann Corliss told him.'
    result = draft(text)
    quote = result.quotes[0]
    assert result.actor(quote.speaker).name == "Ann Corliss"
    assert quote.doubt == "another speaker reports these words"
