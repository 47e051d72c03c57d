"""Attribution rules found on real wire copy: each on a small news-style example."""

from __future__ import annotations

from tests.draft.helpers import non_quotes, speakers


def test_a_role_noun_of_the_street_is_a_title_before_a_name():
    text = '"We will be back next week," wrote student protester Lin Hao on Twitter.'
    assert speakers(text) == {"We will be back next week,": "Lin Hao"}


def test_a_body_and_its_office_before_two_plain_names():
    text = (
        '"The vote is a mistake," Senate Majority Whip Tom Ferris said.\n\n'
        '"It is lawful," Harbour Authority Port Director Ada Quist said.\n\n'
        '"Release them now," Regional director of Human Rights Watch International Eva Sorel said.'
    )
    assert speakers(text) == {
        "The vote is a mistake,": "Tom Ferris",
        "It is lawful,": "Ada Quist",
        "Release them now,": "Eva Sorel",
    }


def test_a_nickname_after_was_called_the_is_no_quote():
    text = 'The valley was once called the "granary" of the region, according to the BBC.'
    assert non_quotes(text) == {"granary": "term"}


def test_a_label_described_as_by_an_agent_is_the_agents_quote():
    text = (
        'The suspect, who was described as "volatile" by the police, was arrested on Monday.\n\n'
        'The plan was called "reckless" by Senator Ann Ruiz.'
    )
    assert speakers(text) == {"volatile": "police", "reckless": "Ann Ruiz"}


def test_thanked_and_spoke_of_take_a_quote():
    text = (
        'The mayor of Leeds, Omar Reid, thanked "every volunteer who turned out".\n\n'
        'Reid spoke of "a city that looks after its own".'
    )
    assert speakers(text) == {
        "every volunteer who turned out": "Omar Reid",
        "a city that looks after its own": "Omar Reid",
    }


def test_a_role_goes_by_the_name_given_after_it():
    text = (
        '"Nobody listens to us," said a protester using the pseudonym Mina.\n\n'
        '"I will stay," said a nurse identified only as Grace.'
    )
    assert speakers(text) == {"Nobody listens to us,": "Mina", "I will stay,": "Grace"}


def test_the_name_that_closes_an_inverted_cue_is_the_speaker():
    text = '"She changed the field," said University of Leeds, Bradford\'s dean, Ruth Okafor.'
    assert speakers(text) == {"She changed the field,": "Ruth Okafor"}


def test_a_body_after_the_main_verb_is_not_the_subject_of_a_participle():
    # the man standing nearby speaks, unnamed; the broadcaster only heard it
    text = (
        "A man standing nearby described to the broadcaster Sky News what had happened, saying, "
        '"The car did not even slow down."'
    )
    assert speakers(text) == {"The car did not even slow down.": None}


def test_a_noun_ending_in_ly_is_a_subject_not_an_adverb():
    text = '"We are devastated," the family said in a statement.'
    assert speakers(text) == {"We are devastated,": "family"}


def test_the_head_of_a_phrase_with_of_or_for_speaks():
    text = (
        'The family of the victim said: "He was a loving father."\n\n'
        'A lawyer for the victims told reporters: "We will appeal."'
    )
    assert speakers(text) == {"He was a loving father.": "family", "We will appeal.": "lawyer"}


def test_a_place_after_the_speaker_is_not_the_speaker():
    text = (
        'Witnesses at the scene said the van was "going very fast".\n\n'
        'Police in Leeds said the driver was "known to them".'
    )
    assert speakers(text) == {"going very fast": "Witnesses", "known to them": "Police"}


def test_who_said_goes_back_to_the_person_spoken_to():
    text = 'The newspaper spoke to Dr Jane Hill, who said: "The data is clear."'
    assert speakers(text) == {"The data is clear.": "Jane Hill"}


def test_lowercase_words_describing_the_name_after_an_inverted_verb():
    text = (
        '"We are praying for everyone," wrote singer Kay Dale on Instagram.\n\n'
        '"It was a shock," said former teammate Jo Ames.'
    )
    assert speakers(text) == {
        "We are praying for everyone,": "Kay Dale",
        "It was a shock,": "Jo Ames",
    }


def test_a_nationality_and_an_unknown_title_before_two_plain_names():
    text = 'Irish Ard-Rí Conor Byrne said the agreement was "a good deal".'
    assert speakers(text) == {"a good deal": "Conor Byrne"}


def test_criticised_and_accused_take_a_quote_and_their_passive_needs_an_agent():
    text = (
        'Opposition spokesman Ben Cole criticised the government for acting "too slowly".\n\n'
        'Cole accused the council of "wasting money".\n\n'
        'The minister was accused of "betrayal" by Labour leader Ann Holt.\n\n'
        'The mayor was accused of "arrogance" by the opposition.'
    )
    assert speakers(text) == {
        "too slowly": "Ben Cole",
        "wasting money": "Ben Cole",
        "betrayal": "Ann Holt",
        "arrogance": None,
    }


def test_an_acronym_before_two_plain_names():
    text = 'US Ambassador to the UN Ann Vale told the council: "The time for talk is over."'
    assert speakers(text) == {"The time for talk is over.": "Ann Vale"}


def test_a_role_noun_without_a_determiner_is_a_subject():
    text = 'In a statement, council members said the test was "a clear violation".'
    assert speakers(text) == {"a clear violation": "council members"}


def test_a_colon_hands_a_whole_quoted_sentence_to_the_subject():
    text = (
        'Ann Lee, the mayor, was blunt: "We are broke."\n\nPolice found a note in the car: "Sorry."'
    )
    assert speakers(text) == {"We are broke.": "Ann Lee", "Sorry.": None}


def test_dismissed_as_is_the_subjects_word():
    text = 'The president dismissed the virus as "a little flu".'
    assert speakers(text) == {"a little flu": "president"}


def test_a_statement_speaks_for_its_owner_and_its_participle_is_no_cue():
    text = (
        'Harlow Air\'s statement said the company was "committed to safety".\n\n'
        'The airline said in a statement posted on its website that it was "cooperating fully".'
    )
    assert speakers(text) == {"committed to safety": "Harlow Air", "cooperating fully": "airline"}


def test_an_owner_and_a_body_noun_with_no_determiner_speak_as_a_body():
    text = 'Hong Kong\'s police department said officers had "exercised restraint".'
    assert speakers(text) == {"exercised restraint": "Hong Kong's police department"}


def test_a_scare_quoted_modifier_after_what_x_called_is_no_quote():
    text = (
        'Trains stood still in what the operator called a "minor" signal fault.\n\n'
        'Inspector Oddny Pellowmark called it an "unusual" case.\n\n'
        'Brisvane was sealed off after what the army declared a "high-risk" incident.'
    )
    assert non_quotes(text) == {"minor": "term"}
    assert speakers(text) == {"unusual": "Oddny Pellowmark", "high-risk": "army"}


def test_a_work_called_x_is_its_title_whatever_the_case():
    text = (
        'She first acted on stage, and a film called "Lanterns low," made her famous.\n\n'
        '"I was lucky," she said.'
    )
    assert non_quotes(text) == {"Lanterns low,": "title"}


def test_the_words_a_name_was_changed_to_are_a_name():
    text = (
        'His name was changed to "Kit Lorne," his brother recalled, to fit on posters. '
        'His nickname has always been "the Anvil," the coach said.\n\n'
        '"I never liked it," she said.'
    )
    assert non_quotes(text) == {"Kit Lorne,": "term", "the Anvil,": "term"}
