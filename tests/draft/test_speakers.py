"""Speakers: each attribution rule on a small news-style example."""

from __future__ import annotations

from tests.draft.helpers import draft, non_quotes, speakers


def test_a_name_with_a_title_before_the_verb():
    text = (
        "Earlier, US Secretary of State Marco Rubio revealed that the two sides had "
        "\u201chad talks\u201d."
    )
    assert speakers(text) == {"had talks": "Marco Rubio"}


def test_an_inverted_cue_after_the_quote():
    text = '"The fire is under control," said regional fire chief Ana Silva.'
    assert speakers(text) == {"The fire is under control,": "Ana Silva"}


def test_according_to_names_the_speaker():
    text = (
        "Senator Joan Park spoke on Monday.\n\n"
        "According to Park, the bill is \u201cdead on arrival\u201d in its current form."
    )
    assert speakers(text) == {"dead on arrival": "Joan Park"}


def test_a_surname_goes_back_to_the_full_name():
    text = (
        "Health Minister Lena Novak visited the hospital.\n\n"
        "\u201cWe need more nurses,\u201d Novak said."
    )
    assert speakers(text) == {"We need more nurses,": "Lena Novak"}


def test_a_role_noun_goes_back_to_the_person_with_that_role():
    text = (
        "National Security Adviser Tom Reed spoke on television.\n\n"
        "Talks should focus on \u201cwhat is possible,\u201d the national security adviser argued."
    )
    assert speakers(text) == {"what is possible,": "Tom Reed"}


def test_a_role_noun_with_no_matching_role_goes_back_to_the_last_speaker():
    text = (
        "Mayor Rosa Diaz said the budget was \u201cfair\u201d to everyone.\n\n"
        "According to the official, cuts are \u201cnot on the table.\u201d"
    )
    assert speakers(text)["not on the table."] == "Rosa Diaz"


def test_a_pronoun_across_paragraphs_goes_back_to_the_last_subject():
    text = (
        "The diplomat Ivan Varnell argued that \u201cneither side can win.\u201d\n\n"
        "He similarly predicted that \u201cthe talks will be long.\u201d"
    )
    assert speakers(text) == {
        "neither side can win.": "Ivan Varnell",
        "the talks will be long.": "Ivan Varnell",
    }


def test_a_pronoun_prefers_the_subject_of_the_previous_sentence():
    text = (
        "Striker Sam Obi said the move was \u201ca dream\u201d.\n\n"
        "Coach Dan Mills admitted the club nearly lost him. "
        "\u201cI did not sleep much,\u201d he said."
    )
    assert speakers(text)["I did not sleep much,"] == "Dan Mills"


def test_a_quote_with_no_cue_continues_the_previous_speaker_in_its_paragraph():
    text = "\u201cWe are ready,\u201d said spokeswoman Mia Holt. \u201cThe door is open.\u201d"
    assert speakers(text) == {"We are ready,": "Mia Holt", "The door is open.": "Mia Holt"}


def test_the_spokeswoman_goes_back_to_the_named_spokeswoman():
    text = (
        "A company spokeswoman, Helen Brandt, added that the offer was \u201cgenerous\u201d.\n\n"
        "\u201cOur door remains open,\u201d the spokeswoman said."
    )
    assert speakers(text) == {"generous": "Helen Brandt", "Our door remains open,": "Helen Brandt"}


def test_a_spokesperson_for_an_organisation_speaks_for_it():
    text = '"Two cars are on their way," said a spokeswoman for the British Transport Police.'
    assert speakers(text) == {"Two cars are on their way,": "British Transport Police"}


def test_an_unnamed_official_is_an_actor_of_its_own():
    text = '"We have reports of injuries," said an unnamed ambulance official.'
    assert speakers(text) == {"We have reports of injuries,": "unnamed ambulance official"}


def test_the_kremlin_speaks_for_its_government():
    text = "The Kremlin said the proposal was \u201cunacceptable\u201d."
    assert speakers(text) == {"unacceptable": "Russia"}


def test_a_government_named_by_its_adjective_and_it_afterwards():
    text = (
        "The Chinese government opposed the decision, calling it \u201cill-founded\u201d. "
        "It said \u201cChina neither accepts nor recognizes\u201d the ruling."
    )
    assert speakers(text) == {
        "ill-founded": "China",
        "China neither accepts nor recognizes": "China",
    }


def test_an_organisation_as_speaker():
    text = "The transport ministry said it was \u201cmonitoring the situation closely\u201d."
    assert speakers(text) == {"monitoring the situation closely": "transport ministry"}


def test_a_quote_over_paragraphs_takes_the_speaker_of_its_last_part():
    text = (
        "Economist Tomas Reyes was gloomy.\n\n"
        "\u201cThe timing could hardly be worse.\n\n"
        "\u201cShips may not come back,\u201d Reyes said."
    )
    assert speakers(text) == {
        "The timing could hardly be worse.": "Tomas Reyes",
        "Ships may not come back,": "Tomas Reyes",
    }


def test_a_quote_the_article_never_attributes_has_no_speaker():
    text = "The sign on the door read: \u201cClosed until further notice for repairs.\u201d"
    assert speakers(text) == {"Closed until further notice for repairs.": None}


def test_a_scare_quoted_word_in_a_question_is_not_a_quote():
    text = (
        "When asked whether President Donald Trump was prepared to \u201cpunish\u201d Putin, "
        "Waltz replied that \u201call options are on the table.\u201d"
    )
    assert "punish" not in speakers(text)
    assert non_quotes(text) == {"punish": "question"}


def test_a_title_is_not_a_quote():
    text = (
        "He pointed to the union\u2019s report, \u201cPorts Without People\u201d, published in May."
    )
    assert speakers(text) == {}
    assert non_quotes(text) == {"Ports Without People": "title"}


def test_a_slogan_is_not_a_quote():
    text = "Workers joined picket lines, chanting \u201cNo robots, no deal\u201d outside the gate."
    assert non_quotes(text) == {"No robots, no deal": "slogan"}


def test_a_headline_repeating_a_quote_is_not_a_quote():
    text = (
        '"We cannot keep borrowing": council cuts library hours\n'
        'Mayor Dan Ode defended the plan. "We cannot keep borrowing to pay for services," he said.'
    )
    assert non_quotes(text) == {"We cannot keep borrowing": "repeat"}
    assert speakers(text) == {"We cannot keep borrowing to pay for services,": "Dan Ode"}


def test_a_scare_quoted_term_without_a_speaker_is_not_a_quote():
    text = "Three casualties are said to be in a \u201ccritical condition\u201d tonight."
    assert non_quotes(text) == {"critical condition": "term"}


def test_another_language_still_finds_the_quotes():
    text = "Le ministre a d\u00e9clar\u00e9 : \u00ab Nous ne c\u00e9derons pas. \u00bb"
    assert list(speakers(text)) == ["Nous ne c\u00e9derons pas."]


def test_a_speech_word_after_an_article_is_a_noun_not_a_cue():
    text = (
        "Chief executive Rohan Mehta told analysts on a call that the slowdown was "
        "\u201ctemporary\u201d and orders were strong."
    )
    assert speakers(text) == {"temporary": "Rohan Mehta"}


def test_according_to_a_statement_from_an_organisation():
    text = (
        "According to a statement from the GVA, the vaccine could be "
        "\u201can important addition\u201d to bed nets."
    )
    assert speakers(text) == {"an important addition": "GVA"}


def test_a_short_company_name_goes_back_to_its_full_name():
    text = (
        "Shares in Veltrix Semiconductor fell on Tuesday.\n\n"
        "\u201cDemand softened faster than we anticipated,\u201d Veltrix said."
    )
    assert speakers(text) == {
        "Demand softened faster than we anticipated,": "Veltrix Semiconductor"
    }


def test_a_group_named_by_a_plural_role_noun_speaks_as_one():
    text = "The researchers write that \u201clarger studies will be needed.\u201d"
    assert speakers(text) == {"larger studies will be needed.": "researchers"}


def test_a_verb_of_hoping_or_believing_attributes_a_partial_quote():
    text = (
        "Dr. Amara Nwosu led the study. "
        "Nwosu hopes it could be approved \u201cwithin three years.\u201d"
    )
    assert speakers(text) == {"within three years.": "Amara Nwosu"}


def test_a_pronoun_after_an_unnamed_person_goes_back_to_them():
    text = (
        "Inspector Sarah Hale said the arrests were \u201ca significant step\u201d.\n\n"
        "A neighbour, who asked not to be named, said people had stopped sleeping. "
        "\u201cYou lie awake listening for every noise,\u201d she said."
    )
    assert speakers(text)["You lie awake listening for every noise,"] == "neighbour"


def test_the_statement_speaks_for_whoever_issued_it():
    text = (
        "In a statement, the family of the victim thanked officers. "
        "\u201cWe hope the medals can be found,\u201d the statement said."
    )
    assert speakers(text) == {"We hope the medals can be found,": "family"}


def test_the_company_goes_back_to_the_company_last_spoken_of():
    text = (
        "\u201cDemand softened,\u201d Veltrix Semiconductor said on Tuesday.\n\n"
        "Analyst Julia Quillon said it was \u201cthe third warning\u201d this year.\n\n"
        "The company also paused a new plant. A spokesperson said it was \u201cabout timing\u201d."
    )
    assert speakers(text)["about timing"] == "Veltrix Semiconductor"


def test_asides_of_age_and_a_relative_clause_are_skipped_back_to_the_name():
    text = (
        "Janet Ellis, 67, who has lived by the river for 40 years, said it was the worst flood. "
        "\u201cIt came up the street like a tide,\u201d she said."
    )
    assert speakers(text) == {"It came up the street like a tide,": "Janet Ellis"}


def test_a_nationality_used_as_a_noun_goes_back_to_the_person():
    text = (
        "Nikolai Varnell, 31, praised his opponent. "
        "\u201cHe played better than me today,\u201d the Russian told reporters."
    )
    assert speakers(text) == {"He played better than me today,": "Nikolai Varnell"}


def test_a_spokesman_of_a_named_body_and_he_afterwards_speak_for_the_body():
    text = (
        "A Marston Council spokesman said shelters had been opened. "
        "\u201cNobody should drive through flood water,\u201d he said."
    )
    assert speakers(text) == {"Nobody should drive through flood water,": "Marston Council"}


def test_a_bare_question_after_a_witness_answers_is_not_given_to_the_witness():
    text = (
        "Senator Kim Dorrance questioned Director Ian Moss about the leak.\n\n"
        '"In June," Moss said.\n\n'
        '"And you told no one?" "I told my deputy," he replied.'
    )
    result = speakers(text)
    assert result["In June,"] == "Ian Moss"
    assert result["And you told no one?"] is None
    assert result["I told my deputy,"] == "Ian Moss"


def test_quotations_side_by_side_share_the_cue_that_closes_them_but_a_question_does_not():
    text = '"We tried," "and we failed," said Ann Lee.\n\n"Did you know?" "No," said Ian Moss.'
    assert speakers(text) == {
        "We tried,": "Ann Lee",
        "and we failed,": "Ann Lee",
        "Did you know?": None,
        "No,": "Ian Moss",
    }


def test_a_question_verb_beside_a_quoted_question_gives_it_to_the_asker():
    text = (
        "Panel chair Corisande Pettifer began with the budget. "
        '"Who signed the order?" she asked.\n\n'
        '"Was the pipe ever tested?" asked councillor Ulrik Dammerholt.\n\n'
        'Pettifer asked: "Why did nobody tell us?"'
    )
    assert speakers(text) == {
        "Who signed the order?": "Corisande Pettifer",
        "Was the pipe ever tested?": "Ulrik Dammerholt",
        "Why did nobody tell us?": "Corisande Pettifer",
    }


def test_a_spokesman_for_a_kind_of_body_speaks_for_the_body_last_named():
    text = (
        "Oswin Ketterby of the growers' league welcomed the deal.\n\n"
        "Vasselund will keep its packing plants open. "
        '"Every plant stays open," a spokesman for the co-operative told growers. '
        '"Our members vote on the rest."\n\n'
        'Tamberlow confirmed the sale. "Nobody loses a job," a spokesperson for the firm said.'
    )
    assert speakers(text) == {
        "Every plant stays open,": "Vasselund",
        "Our members vote on the rest.": "Vasselund",
        "Nobody loses a job,": "Tamberlow",
    }


def test_recounted_takes_a_quote():
    text = 'Engineer Wenna Pemberthy recounted, "The rope held, and that is all I remember."'
    assert speakers(text) == {"The rope held, and that is all I remember.": "Wenna Pemberthy"}


def test_a_second_role_noun_is_not_the_unnamed_person_of_the_first():
    text = (
        'The air ambulance lost power over the bay. "We are going down," the pilot said.\n\n'
        '"Boats are on their way," the dispatcher answered.'
    )
    assert speakers(text) == {
        "We are going down,": "pilot",
        "Boats are on their way,": "dispatcher",
    }


def test_the_subject_of_can_be_heard_saying_is_the_speaker():
    text = (
        "In the video, Cosima Aldreth can be heard saying to the crowd: "
        '"Go home, it is over."\n\n'
        'Later an officer was recorded saying: "Nobody leaves this way."'
    )
    assert speakers(text) == {
        "Go home, it is over.": "Cosima Aldreth",
        "Nobody leaves this way.": "officer",
    }


def test_a_pronoun_answering_a_question_is_not_the_one_who_asked_it():
    text = (
        "Panel chair Corisande Pettifer questioned Ulrik Dammerholt about the spill. "
        '"Why were the valves left open?" she asked.\n\n'
        '"They were closed by noon," he replied.'
    )
    result = draft(text)
    assert speakers(text) == {
        "Why were the valves left open?": "Corisande Pettifer",
        "They were closed by noon,": "Ulrik Dammerholt",
    }
    assert all(quote.doubt == "found from pronoun" for quote in result.quotes)


def test_a_relative_known_only_through_a_possessive_is_no_actor():
    text = (
        "The retired teacher Jessamy Orrick died at home at 91.\n\n"
        '"She painted every morning until last year," her son said.\n\n'
        '"She hated fuss," her daughter, Mabyn Orrick, said.'
    )
    result = draft(text)
    assert speakers(text) == {
        "She painted every morning until last year,": None,
        "She hated fuss,": "Mabyn Orrick",
    }
    assert "son" not in {actor.name for actor in result.actors}


def test_she_after_a_charge_someone_denied_is_the_one_who_denied_it():
    text = (
        "Mayor Alun Penwarden said the depot would close. "
        '"We cannot afford it," Penwarden said.\n\n'
        "Penwarden also branded the rival scheme unaffordable, a claim Ceri Tresillian disputed. "
        '"Our numbers add up," she said.'
    )
    result = draft(text)
    assert speakers(text)["Our numbers add up,"] == "Ceri Tresillian"
    assert result.quotes[-1].doubt == "found from pronoun"


def test_a_spokesman_for_a_person_named_before_speaks_for_that_person():
    text = (
        "Senator Zelie Davanzo left the talks early on Monday.\n\n"
        '"It went well," said a spokesman for Davanzo.\n\n'
        '"We will appeal," said a lawyer for Zelie Davanzo.'
    )
    result = draft(text)
    kinds = {actor.name: actor.kind for actor in result.actors}
    assert kinds == {"Zelie Davanzo": "person", "lawyer": "person"}
    assert speakers(text) == {"It went well,": "Zelie Davanzo", "We will appeal,": "lawyer"}
    assert not any(quote.sure for quote in result.quotes)


def test_in_someones_words_gives_the_quote_to_them():
    text = (
        "Finance Minister Rhosyn Alderley presented the plan on Monday.\n\n"
        'In Alderley\'s words, "the era of cheap money is over."\n\n'
        'In the words of opposition leader Tancred Mabey, "this is theft."'
    )
    assert speakers(text) == {
        "the era of cheap money is over.": "Rhosyn Alderley",
        "this is theft.": "Tancred Mabey",
    }


def test_the_statement_added_is_a_cue_but_a_statement_posted_on_is_not():
    text = (
        "Grendle Motors recalled 40,000 cars on Thursday, citing a brake fault. "
        '"No crashes have been reported," the statement added.\n\n'
        'Grendle Motors said in a statement posted on its website: "Safety comes first."'
    )
    assert speakers(text) == {
        "No crashes have been reported,": "Grendle Motors",
        "Safety comes first.": "Grendle Motors",
    }


def test_a_source_close_to_the_talks_is_one_unnamed_speaker():
    text = (
        '"They will sign next week," a source close to the talks said.\n\n'
        '"The bid is dead," said an official familiar with the plan.'
    )
    result = draft(text)
    assert speakers(text) == {
        "They will sign next week,": "source close to the talks",
        "The bid is dead,": "official familiar with the plan",
    }
    assert all(quote.doubt == "found from role" for quote in result.quotes)


def test_it_said_does_not_go_back_to_a_lone_surname():
    text = (
        "Grendle Motors announced the merger on Monday. Hobart said nothing about it. "
        '"We are proud of the deal," it said.'
    )
    assert speakers(text) == {"We are proud of the deal,": "Grendle Motors"}


def test_words_in_a_which_clause_are_not_the_main_subjects():
    text = (
        "Councillor Basil Quennock spoke against the plan on Monday.\n\n"
        'Quennock dismissed the audit, which said the plan was "doomed from the start".\n\n'
        'Quennock praised the Harbour Board, which said the plan was "long overdue".'
    )
    assert speakers(text) == {
        "doomed from the start": None,
        "long overdue": "Harbour Board",
    }


def test_said_quoting_someone_gives_the_words_to_them_as_reported():
    text = (
        "Mayor Rosamund Ferrant and councillor Basil Quennock argued over the plan on Monday.\n\n"
        '"The numbers do not work," Ferrant said, quoting Quennock.'
    )
    result = draft(text)
    assert speakers(text) == {"The numbers do not work,": "Basil Quennock"}
    assert result.quotes[0].doubt == "another speaker reports these words"


def test_she_after_an_unnamed_relative_stays_unnamed():
    text = (
        "The retired teacher Jessamy Orrick died at 91.\n\n"
        '"She was stubborn," his wife, Ann Quarles, said.\n\n'
        '"We will miss her," their neighbour said. "Everyone will," she added.'
    )
    result = speakers(text)
    assert result["We will miss her,"] is None
    assert result["Everyone will,"] is None


def test_after_an_inverted_verb_the_owner_of_a_possessive_is_not_the_speaker():
    text = (
        "Governor Briallen Sarratt stepped down on Friday.\n\n"
        '"I will serve the state," said Sarratt\'s successor, Idris Pollexfen.\n\n'
        '"It was time," said Sarratt\'s deputy.\n\n'
        '"She is tired," said Sarratt\'s spokesman.'
    )
    assert speakers(text) == {
        "I will serve the state,": "Idris Pollexfen",
        "It was time,": None,
        "She is tired,": "Briallen Sarratt",
    }


def test_two_names_set_beside_a_plural_subject_are_no_single_speaker():
    text = (
        'Two officials, Marek Dunstall and Ilsabet Coverley, said the handover was "smooth".\n\n'
        '"We are ready," said Marek Dunstall.'
    )
    assert speakers(text) == {"smooth": None, "We are ready,": "Marek Dunstall"}


def test_a_document_speaks_for_the_one_it_was_sent_by_or_issued_on_behalf_of():
    read_out = (
        "Bram Osterley, the mayor, opened the meeting. A cousin then shared a statement on "
        "behalf of the Tasker family.\n\n"
        '"We are grateful to everyone who helped," the statement said. "Thank you all."'
    )
    assert set(speakers(read_out).values()) == {"Tasker family"}
    sent = (
        "Bram Osterley, the mayor, spoke first. Staff had been warned in an email from the "
        'depot manager, Wilma Tasker, last spring. "Every van leaves at six," the email said.'
    )
    assert speakers(sent) == {"Every van leaves at six,": "Wilma Tasker"}
    issued = (
        "Bram Osterley, the mayor, spoke first. Velmark's government replied with a note issued "
        'by its transport ministry. The toll, the note said, was "a lawful charge".'
    )
    assert speakers(issued) == {"a lawful charge": "Velmark"}


def test_a_name_and_verb_after_a_quoted_question_are_its_cue_not_a_new_sentence():
    text = (
        "Selma Ravick, who chairs the panel, questioned Cadfael Ekwall for an hour. "
        '"Did you sign it?" Ravick asked. "Every page," he replied. '
        '"Why?" Dr Selma Ravick asked.'
    )
    assert speakers(text) == {
        "Did you sign it?": "Selma Ravick",
        "Every page,": "Cadfael Ekwall",
        "Why?": "Selma Ravick",
    }


def test_mr_before_a_shared_surname_is_not_the_woman_of_that_name():
    text = (
        "Piers Penwortle said the bakery would stay open. It was founded in 1970 by Ms Nell "
        'Penwortle, who died on Sunday.\n\n"She never rested," Mr Penwortle said. "Bread is '
        'patient," Ms Penwortle told a reporter in 1990.'
    )
    assert speakers(text) == {
        "She never rested,": "Piers Penwortle",
        "Bread is patient,": "Nell Penwortle",
    }


def test_a_participle_opening_a_sentence_is_no_name_and_the_subject_after_it_speaks():
    text = (
        "Raised on a farm, the youngest of six children, Edwin Thackery became a printer. "
        '"I never wanted another job," he told a local paper.\n\n'
        "Born in Hull, Marit Oddsen moved south at twenty. "
        '"It rained less," she said.\n\n'
        "Appearing before the panel on Monday, Colm Ridley defended the plan. "
        '"It will work," he said.'
    )
    assert speakers(text) == {
        "I never wanted another job,": "Edwin Thackery",
        "It rained less,": "Marit Oddsen",
        "It will work,": "Colm Ridley",
    }


def test_ms_before_a_surname_tells_that_she_is_a_woman_so_the_next_he_is_someone_else():
    text = (
        "Brisa Maddox, the host, said the ferry stoppage had gone on for a week. Dara Isherwood, "
        "a crew organiser, joined her in the studio. 'We are staying ashore,' he told her.\n\n"
        "Ms Maddox asked him about the island's shops. 'Who pays for this?'\n\n"
        "'Not the crews,' he answered."
    )
    assert speakers(text)["Not the crews,"] == "Dara Isherwood"


def test_a_role_set_beside_a_name_as_subject_is_who_the_next_pronoun_is():
    text = (
        'Ivo Dorrance, the firm\'s owner, told the panel its books were "in perfect order".\n\n'
        "The panel's chair, Councillor Clemence Pennick, then took the floor. "
        '"Who signed the order?" she asked.'
    )
    assert speakers(text)["Who signed the order?"] == "Clemence Pennick"


def test_a_pronoun_goes_to_the_person_its_own_sentence_named_before_it():
    text = (
        'Oskar Velde spoke first. "We waited ten years," Velde said.\n\n'
        'Judges praised Hana Roscoe for a novel that she has called "a letter to my mother".'
    )
    assert speakers(text) == {
        "We waited ten years,": "Oskar Velde",
        "a letter to my mother": "Hana Roscoe",
    }


def test_a_bare_question_after_an_answer_goes_to_the_other_person_the_sentence_before_is_about():
    text = (
        "Councillor Nia Okonjo questioned Director Sam Ferriby about the leak.\n\n"
        '"In June," Ferriby said.\n\n'
        'Okonjo looked unconvinced. "And you told no one?" "I told my deputy," he replied.'
    )
    result = speakers(text)
    assert result["And you told no one?"] == "Nia Okonjo"
    assert result["I told my deputy,"] == "Sam Ferriby"


def test_the_report_says_is_a_document_speaking_though_report_is_also_a_verb():
    text = (
        "The depot was criticised in a report published last week by the Kelderby Safety Board. "
        'Drivers were "worn out by double shifts", the report says.'
    )
    assert speakers(text) == {"worn out by double shifts": "Kelderby Safety Board"}


def test_a_team_led_by_a_named_person_speaks_through_that_person():
    text = (
        "Moths can smell a flower from two kilometres away, a study has found.\n\n"
        "The team, led by Gisela Ambrecht of the Sorensby Institute, tagged 90 moths. "
        "Most of them came back.\n\n"
        '"The moths returned faster than we expected," the team said.'
    )
    assert speakers(text) == {"The moths returned faster than we expected,": "Gisela Ambrecht"}


def test_finding_that_after_a_judge_decides_gives_the_quoted_finding_to_the_judge():
    text = (
        "The Brinsop Bakery Company sued over a rival label. Judge Petra Quennby sided with the "
        'rival on Tuesday, finding that the two labels were "plainly different in every way".'
    )
    assert speakers(text) == {"plainly different in every way": "Petra Quennby"}
