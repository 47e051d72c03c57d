"""Terms: names of things in quotation marks are no one's quote; each rule on a small example."""

from __future__ import annotations

from tests.draft.helpers import non_quotes, speakers


def test_a_code_like_name_is_a_term():
    text = 'The agency said "H5N1" is to replace the old name.'
    assert non_quotes(text) == {"H5N1": "term"}


def test_the_words_after_named_are_a_term_even_past_the_object():
    text = 'The committee named the virus that causes it "acute respiratory virus two".'
    assert non_quotes(text) == {"acute respiratory virus two": "term"}


def test_commonly_called_and_known_as_give_terms():
    text = (
        'That strain was commonly called "pig fever." The disease, also known as '
        '"the sweats", spread fast.'
    )
    assert non_quotes(text) == {"pig fever.": "term", "the sweats": "term"}


def test_the_term_and_the_designation_give_terms():
    text = 'Officials dropped the term "bird plague" and the temporary designation "novel flu".'
    assert non_quotes(text) == {"bird plague": "term", "novel flu": "term"}


def test_a_speaker_who_called_something_a_name_is_still_quoted():
    text = (
        'Interior Minister Jan Nowak called the stabbing "an act of barbarity." '
        'Lawyer Eva Lind, who represented the family, called the decision "a clear signal".'
    )
    assert speakers(text) == {
        "an act of barbarity.": "Jan Nowak",
        "a clear signal": "Eva Lind",
    }


def test_in_her_own_words_is_no_naming():
    text = 'Mayor Rita Cole spoke. In her own words: "We will rebuild the town."'
    assert non_quotes(text) == {}
    assert list(speakers(text)) == ["We will rebuild the town."]


def test_a_title_inside_an_aside_is_no_quote_and_the_speaker_is_still_found():
    text = 'Ann Lee, author of "The Long Road", said "We are ready."'
    assert non_quotes(text) == {"The Long Road": "title"}
    assert speakers(text) == {"We are ready.": "Ann Lee"}


def test_a_nickname_someone_calls_a_group_is_no_quote():
    text = 'Ann Lee leads the union. The union calls the developers "the Three Amigos".'
    assert non_quotes(text) == {"the Three Amigos": "term"}


def test_the_name_of_a_principle_is_no_quote_but_what_someone_calls_a_plan_is():
    text = (
        'The city is run under the "one town, two rules" principle, Ann Lee said.\n\n'
        'Lee called the plan "a betrayal of everyone".'
    )
    assert non_quotes(text) == {"one town, two rules": "term"}
    assert speakers(text) == {"a betrayal of everyone": "Ann Lee"}


def test_words_a_banner_carries_are_a_slogan_even_when_the_banner_comes_after():
    text = '"We won," union leader Ray Calloway said. "The Offer Is Fair," read a banner.'
    assert non_quotes(text) == {"The Offer Is Fair,": "slogan"}
    assert speakers(text) == {"We won,": "Ray Calloway"}


def test_known_among_fans_as_gives_a_nickname_but_described_as_is_a_quote():
    text = (
        'Ann Corliss, known among fans as "the Rocket", won again.\n\n'
        'Tom Brack described the plan as "a total mess".'
    )
    assert non_quotes(text) == {"the Rocket": "term"}
    assert speakers(text) == {"a total mess": "Tom Brack"}


def test_words_in_title_case_inside_a_sentence_name_a_product_not_a_quote():
    text = (
        'Shops were told to pull the bakery\'s "Morning Crumb" rolls, the company said. '
        'It also sells a tractor called "Wexhold", said Oddny Prentice, its manager. '
        'Prentice said the recall came "far too late for some shops". '
        '"Never Again," she said. Her reply to the board was short: "Not This Year"'
    )
    assert non_quotes(text) == {"Morning Crumb": "title", "Wexhold": "title"}
    assert speakers(text) == {
        "far too late for some shops": "Oddny Prentice",
        "Never Again,": "Oddny Prentice",
        "Not This Year": "Oddny Prentice",
    }
