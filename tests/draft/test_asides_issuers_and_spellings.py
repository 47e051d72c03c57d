"""Speakers through asides, documents issued by the subject, second affiliations, spellings
with and without accents, initials before a title, and glosses in brackets (our sentences)."""

from __future__ import annotations

from tests.draft.helpers import non_quotes, speakers


def test_a_name_written_without_its_accents_is_the_same_person():
    text = (
        "The harbour master Mireille Sévérac opened the inquiry on Monday.\n\n"
        'Severac said, "The records will be public."'
    )
    assert speakers(text) == {"The records will be public.": "Mireille Sévérac"}


def test_an_aside_between_dashes_does_not_take_the_quote():
    text = (
        'Mayor Corvin Raskell said — as reported by the Valley Herald — "We will rebuild the '
        'pier."\n\n'
        "Council leader Odessa Harwood spoke next — which the Herald called a surprise — "
        '"The budget is already set."'
    )
    assert speakers(text) == {
        "We will rebuild the pier.": "Corvin Raskell",
        "The budget is already set.": "Odessa Harwood",
    }


def test_an_aside_after_as_between_commas_does_not_take_the_quote():
    text = 'Odessa Harwood said, as quoted by the Herald, "The budget is already set."'
    assert speakers(text) == {"The budget is already set.": "Odessa Harwood"}


def test_a_statement_the_subject_released_speaks_for_the_subject():
    text = (
        'Professor Alma Reyne wrote in the Herald, "The ruling goes too far."\n\n'
        "Northwind Telecom issued a statement which read, "
        '"We will appeal the decision".'
    )
    assert speakers(text) == {
        "The ruling goes too far.": "Alma Reyne",
        "We will appeal the decision": "Northwind Telecom",
    }


def test_a_second_affiliation_does_not_take_the_person_s_words():
    text = (
        "Alma Reyne of Fenwold College and columnist for the Herald wrote, "
        '"The ruling goes too far."'
    )
    assert speakers(text) == {"The ruling goes too far.": "Alma Reyne"}


def test_characterized_as_attributes_the_words_to_its_subject():
    text = (
        "The prosecutor, Dana Whitcombe, opened the case.\n\n"
        'Whitcombe characterized the fraud as "planned down to the last cent."'
    )
    assert speakers(text) == {"planned down to the last cent.": "Dana Whitcombe"}


def test_initials_before_a_title_after_according_to_are_not_a_name():
    text = (
        "The case is led by Dana Whitcombe, the U.K. Ambassador to the region.\n\n"
        'According to U.K. Ambassador Whitcombe, the files matter: "The intent is clear."'
    )
    assert speakers(text) == {"The intent is clear.": "Dana Whitcombe"}


def test_on_joins_a_commission_s_name_but_never_a_person_s_day():
    text = (
        "The Commission on Coastal Fisheries issued a report which said, "
        '"Stocks are falling."\n\n'
        'It reached Dana Whitcombe on Monday. "We read it," Whitcombe said.'
    )
    assert speakers(text) == {
        "Stocks are falling.": "Commission on Coastal Fisheries",
        "We read it,": "Dana Whitcombe",
    }


def test_a_quoted_gloss_in_brackets_is_no_quote():
    text = 'Thousands joined the anti-tariff ("no new duties") rally on Saturday.'
    assert speakers(text) == {}
    assert non_quotes(text) == {"no new duties": "term"}
