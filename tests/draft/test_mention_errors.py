"""Mentions: the kinds of wrong speaker a name finder makes, each on a sentence of our own.

Days and months taken for names, a name cut at its middle initial, a place that belongs to a
role phrase taken into the name, a group's home taken for a person.
"""

from __future__ import annotations

from tests.draft.helpers import draft, speakers


def test_a_weekday_is_never_a_speaker():
    text = (
        'Nina Ford leads the union.\n\n"The deal is dead," Tuesday\'s statement said.\n\n'
        '"We will not go back," according to notes released Monday.'
    )
    result = draft(text)
    assert all(actor.name.split()[0] not in {"Tuesday", "Monday"} for actor in result.actors)
    assert speakers(text)["The deal is dead,"] != "Tuesday"


def test_a_month_on_its_own_is_not_a_name_but_a_surname_like_may_still_can_be():
    text = '"Work stops now," March said.\n\n"It is over," Theresa May said.'
    result = speakers(text)
    assert result["Work stops now,"] is None
    assert result["It is over,"] == "Theresa May"


def test_a_middle_initial_stays_inside_the_name_and_the_surname_goes_back_to_it():
    text = (
        '"We never agreed to that," said Paul J. Hobbs, the county treasurer.\n\n'
        '"It is a disaster," Hobbs said.'
    )
    result = draft(text)
    assert speakers(text) == {
        "We never agreed to that,": "Paul J. Hobbs",
        "It is a disaster,": "Paul J. Hobbs",
    }
    assert [actor.name for actor in result.actors] == ["Paul J. Hobbs"]
    assert all(quote.sure for quote in result.quotes)


def test_initials_before_a_surname_make_one_name():
    assert speakers('"Keep going," said J. R. Okafor.') == {"Keep going,": "J. R. Okafor"}


def test_a_capital_letter_that_ends_a_sentence_does_not_join_the_next_one():
    text = 'Ruth Bale backed Plan B. The vote failed. "We lost," said Idris Diaz.'
    assert speakers(text) == {"We lost,": "Idris Diaz"}


def test_a_place_after_a_role_and_preposition_belongs_to_the_role_not_the_name():
    text = (
        'Italy\'s ambassador to Peru Ola Navarre said: "Our position has not changed."\n\n'
        '"We will sign," the minister for trade in Freedonia Karl Ahn said.'
    )
    result = draft(text)
    roles = {actor.name: actor.role for actor in result.actors if actor.kind == "person"}
    assert roles["Ola Navarre"].endswith("ambassador to Peru")
    assert roles["Karl Ahn"] == "minister for trade in Freedonia"
    assert "Peru" not in {actor.name for actor in result.actors if actor.speaks}


def test_a_place_name_before_a_plural_role_noun_is_the_group_and_the_speaker_is_checked():
    text = '"Nobody asked us," said Lower Dale residents on Friday.'
    result = draft(text)
    quote = result.quotes[0]
    assert result.actor(quote.speaker).name == "Lower Dale residents"
    assert not quote.sure


def test_headline_capitals_make_no_actors():
    text = (
        "MINISTER RESIGNS OVER LEAKED MEMO\n\n"
        '"Talks continue," said Deputy Minister Paolo Rizzi.\n\n'
        "Ministry Spokesman Says Talks Continue\n\n"
        '"Nothing is agreed," Rizzi said.'
    )
    result = draft(text)
    assert [actor.name for actor in result.actors] == ["Paolo Rizzi"]
    assert set(speakers(text).values()) == {"Paolo Rizzi"}


def test_a_short_paragraph_without_a_full_stop_in_lowercase_is_no_headline():
    text = 'Ann Corliss leads the union\n\n"We are ready," Corliss said.'
    assert speakers(text) == {"We are ready,": "Ann Corliss"}
