"""Speakers named with titles, affiliations and bodies: each rule on a small news-style example."""

from __future__ import annotations

from generator.draft.actors.registry import Registry
from tests.draft.helpers import draft, speakers


def test_a_hyphened_former_title_goes_to_the_role_not_the_name():
    text = 'Ex-Prime Minister Ana Kovac wrote "We are with you." Kovac is from the city.'
    result = draft(text)
    actor = result.actor(result.quotes[0].speaker)
    assert (actor.name, actor.role) == ("Ana Kovac", "Ex-Prime Minister")


def test_a_legislative_title_and_a_party_word_are_not_part_of_the_name():
    text = (
        'Assemblywoman Rosa Lane said "It is a good day."\n\n'
        'A Republican Assemblywoman, Jo Hart, also commented: "We need more women."'
    )
    assert speakers(text) == {"It is a good day.": "Rosa Lane", "We need more women.": "Jo Hart"}


def test_a_person_of_an_organisation_is_the_person_and_their_surname_goes_back_to_them():
    text = (
        "Dr. Tim Ross of Bristol University, a shipping researcher, explained that crews turn "
        'radios off "where piracy is a risk".\n\n'
        '"It could be a faulty transponder", said Ross.'
    )
    result = draft(text)
    assert speakers(text) == {
        "where piracy is a risk": "Tim Ross",
        "It could be a faulty transponder": "Tim Ross",
    }
    ross = next(actor for actor in result.actors if actor.name == "Tim Ross")
    assert ross.role == "shipping researcher, of Bristol University"


def test_a_surname_goes_back_to_a_full_name_given_with_an_affiliation():
    text = (
        "Sam Hill of Harbour Radio, a firm that sells transponders, told reporters the signal "
        'was weak. Hill said "It is hard to say what is going on".'
    )
    assert speakers(text) == {"It is hard to say what is going on": "Sam Hill"}


def test_an_organisation_then_a_role_then_a_name_is_the_person():
    text = 'According to Leeds University political scholar Kim Dale, "Parity is far off."'
    assert speakers(text) == {"Parity is far off.": "Kim Dale"}


def test_went_on_to_add_keeps_the_subject():
    text = 'Kim Dale, a scholar, spoke first. Dale went on to add, "Both parties must do better."'
    assert speakers(text) == {"Both parties must do better.": "Kim Dale"}


def test_an_organisation_reports_and_a_coordinated_verb_keeps_it_as_the_speaker():
    text = (
        "Coles, in its media release, reported that \u201cstores are selling out\u201d, and "
        "called the demand \u201cunprecedented\u201d, while Aldi called it \u201cunexpected\u201d."
    )
    assert speakers(text) == {
        "stores are selling out": "Coles",
        "unprecedented": "Coles",
        "unexpected": "Aldi",
    }


def test_a_spokesperson_of_any_named_body_speaks_for_it():
    text = 'Sales rose in a "sharp increase" last week, according to a Woolworths spokesperson.'
    assert speakers(text) == {"sharp increase": "Woolworths"}


def test_the_agent_of_a_passive_speech_verb_is_the_speaker():
    text = 'The data showed a pattern described by Marine Gazette as "rather confused".'
    assert speakers(text) == {"rather confused": "Marine Gazette"}


def test_he_after_two_joined_names_goes_to_the_one_spoken_of_last():
    text = (
        "Dr Ann Bell and Mr Tom Hart looked at the data.\n\n"
        "Bell and Hart both acknowledged faults, with Hart describing a weak signal. "
        'He too suggested that "the equipment was turned off".'
    )
    assert speakers(text) == {"the equipment was turned off": "Tom Hart"}


def test_a_role_described_with_of_is_an_actor_of_its_own_and_she_goes_back_to_it():
    text = (
        "Sue Park, a lawyer for the victim, spoke to reporters.\n\n"
        "The head of the ministry's internal reviewers told the court \"Basic checks were "
        'not done." She also said "I regret we were not called."'
    )
    assert speakers(text) == {
        "Basic checks were not done.": "head of the ministry's internal reviewers",
        "I regret we were not called.": "head of the ministry's internal reviewers",
    }


def test_a_body_and_an_office_before_a_name_go_to_the_role():
    text = (
        'WHO Director-General Ana Brevard said "We are ready." Leeds University Professor Kim '
        'Dale said "We are not."'
    )
    result = draft(text)
    assert speakers(text) == {"We are ready.": "Ana Brevard", "We are not.": "Kim Dale"}
    assert result.actor(result.quotes[0].speaker).role == "WHO Director-General"


def test_a_person_from_or_of_the_body_is_the_speaker_not_the_body():
    text = (
        'Ann Lee from Oxfam said "Aid is late." Professor Jane Doe of the University of '
        'Oxford said "Aid is short."'
    )
    assert speakers(text) == {"Aid is late.": "Ann Lee", "Aid is short.": "Jane Doe"}


def test_a_bare_quote_takes_the_speaker_named_in_the_next_sentence():
    text = (
        'Coach Ann Lee spoke first.\n\n"We are ready." Tom Hill, the mayor, said the town was calm.'
    )
    assert speakers(text) == {"We are ready.": "Tom Hill"}


def test_a_plural_role_noun_speaks_as_a_group_even_beside_a_body():
    text = (
        'Officials said the storm was "unprecedented". Scientists at the University of '
        'Bristol said the results were "striking".'
    )
    assert speakers(text) == {"unprecedented": "Officials", "striking": "Scientists"}


def test_the_before_a_body_of_several_words_keeps_the_whole_name():
    text = 'The Ministry of Health said "we are ready."'
    assert speakers(text) == {"we are ready.": "Ministry of Health"}


def test_quoted_as_saying_goes_to_the_subject():
    text = 'Jane Doe was quoted by the BBC as saying "We are ready."'
    assert speakers(text) == {"We are ready.": "Jane Doe"}


def test_the_statement_read_speaks_for_whoever_issued_it():
    text = 'Acme Corp issued a statement. "We are ready," the statement read.'
    assert speakers(text) == {"We are ready,": "Acme Corp"}


def test_a_role_noun_with_no_one_to_go_back_to_is_an_actor_of_its_own():
    text = 'The senator said in a statement: "We are ready."'
    assert speakers(text) == {"We are ready.": "senator"}


def test_according_to_a_report_is_the_source_not_the_speaker():
    text = (
        'Jane Doe said "We are ready," according to Reuters. Tom Hill told reporters, '
        'according to CNN, that "the town is calm".'
    )
    assert speakers(text) == {"We are ready,": "Jane Doe", "the town is calm": "Tom Hill"}


def test_a_report_quoting_someone_as_saying_gives_the_person():
    text = 'Reuters quoted Tom Hill as saying "We are ready."'
    assert speakers(text) == {"We are ready.": "Tom Hill"}


def test_a_parenthesis_between_the_name_and_the_verb_is_skipped():
    text = 'Rep. Ann Lee (D-CA) said "We are ready."'
    assert speakers(text) == {"We are ready.": "Ann Lee"}


def test_a_bare_surname_taken_for_a_body_becomes_a_person_when_he_follows():
    text = 'Okafor said the deal was "dead". "We will not sign it," he added.'
    assert speakers(text) == {"dead": "Okafor", "We will not sign it,": "Okafor"}


def test_a_kind_of_body_before_a_name_makes_it_an_organisation():
    text = (
        'Environmental group Green Earth said the floods were "a warning". The retailer said '
        'shelves were "nearly empty".'
    )
    result = draft(text)
    assert speakers(text)["a warning"] == "Green Earth"
    assert result.actor(result.quotes[0].speaker).kind == "organisation"


def test_a_bare_quote_after_a_sentence_about_someone_is_theirs():
    text = 'Mayor Ann Lee was defiant. "We will win." She then left the hall.'
    assert speakers(text) == {"We will win.": "Ann Lee"}


def test_a_demonym_noun_goes_back_to_the_person():
    text = 'City manager Pep Ruiz praised his players. "This group is special," the Spaniard said.'
    assert speakers(text) == {"This group is special,": "Pep Ruiz"}


def test_writing_hangs_a_quote_on_the_subject_of_its_clause():
    text = 'Former captain Vince Kamp congratulated the club online, writing "History makers!"'
    assert speakers(text) == {"History makers!": "Vince Kamp"}


def test_a_spokesperson_for_the_league_speaks_for_the_league_named_before():
    text = (
        "The Premier League said the trophy would be presented on Sunday. A spokesperson for "
        'the league described the race as "one of the closest in years".'
    )
    assert speakers(text) == {"one of the closest in years": "Premier League"}


def test_she_skips_a_man_for_the_woman_spoken_of_before_him():
    text = (
        "Ms Ana Lima, the head of the union, met Mr Rui Costa on Monday. Costa said talks had "
        'been "useful". She said "Nothing is agreed."'
    )
    assert speakers(text) == {"useful": "Rui Costa", "Nothing is agreed.": "Ana Lima"}


def test_a_lowercase_description_before_a_body_name_stays_out_of_the_name():
    text = 'The opposition Social Democratic Party called the response "slow and chaotic".'
    assert speakers(text) == {"slow and chaotic": "Social Democratic Party"}


def test_a_pronoun_after_a_participle_is_its_object_not_a_speaker():
    text = (
        'Angelo Tsai led the team. He cautioned that the planet was "not Earth 2.0", noting it '
        "was far larger."
    )
    assert speakers(text) == {"not Earth 2.0": "Angelo Tsai"}


def test_an_acronym_goes_back_to_the_body_it_spells():
    text = (
        "The force referred itself to the Independent Office for Police Conduct. An IOPC "
        'spokesperson said the watchdog would "independently assess" the case.'
    )
    result = draft(text)
    actor = result.actor(result.quotes[0].speaker)
    assert (actor.name, actor.aliases) == ("Independent Office for Police Conduct", ["IOPC"])


def test_lowercase_particles_stay_in_a_name_and_its_surname_goes_back():
    text = 'Ursula von der Leyen said "We are ready." Von der Leyen added "Truly."'
    assert speakers(text) == {
        "We are ready.": "Ursula von der Leyen",
        "Truly.": "Ursula von der Leyen",
    }


def test_a_body_name_ending_in_an_abbreviation_with_its_full_stop():
    text = 'Apple Inc. said in a filing that sales were "strong".'
    assert speakers(text) == {"strong": "Apple Inc"}


def test_a_nationality_ending_in_man_says_nothing_about_gender():
    text = 'German Chancellor Anna Varnell spoke. She said "We are ready."'
    assert speakers(text) == {"We are ready.": "Anna Varnell"}


def test_a_persons_office_or_campaign_speaks_for_them():
    text = 'Senator Amy Kole spoke on Monday. Kole\'s office said she was "focused on the vote".'
    assert speakers(text) == {"focused on the vote": "Amy Kole"}


def test_a_who_clause_of_office_gives_the_role():
    text = (
        'Mara Quint, who chairs the Friends of the Old Mill, said the building "must be saved".\n\n'
        '"No," said Idris Diaz, who is the city\'s mayor.\n\n'
        'Ben Ray, who ran for office in 2010, said: "Never again."'
    )
    roles = {actor.name: actor.role for actor in draft(text).actors}
    assert roles == {
        "Mara Quint": "chair of the Friends of the Old Mill",
        "Idris Diaz": "the city's mayor",
        "Ben Ray": None,
    }


def test_the_body_a_named_spokeswoman_speaks_for_is_an_actor_that_later_mentions_reach():
    text = (
        'Greenfield Water Board spokeswoman Jane Doe said: "Supplies are safe."\n\n'
        '"We checked every pipe," the board said in a statement.'
    )
    result = draft(text)
    assert speakers(text) == {
        "Supplies are safe.": "Jane Doe",
        "We checked every pipe,": "Greenfield Water Board",
    }
    assert not result.quotes[1].sure


def test_a_pronoun_is_never_an_alias():
    registry = Registry()
    person = registry.person("Ann Lee")
    for alias in ("He", "she", "Lee", "They"):
        person.add_alias(alias)
    assert person.aliases == ["Lee"]


def test_a_name_after_a_fronted_phrase_and_a_comma_is_the_subject_not_the_body_renamed():
    text = 'In a recording played to the court, Tom Rusk said: "Do it now."'
    result = draft(text)
    assert [(actor.id, actor.name) for actor in result.actors] == [("tom-rusk", "Tom Rusk")]


def test_an_organisation_name_with_of_the_before_spokeswoman_is_her_role_and_an_actor():
    text = (
        'Friends of the Earth spokeswoman Jane Doe said: "The memo proves it."\n\n'
        '"We will appeal," Friends of the Earth said.'
    )
    result = draft(text)
    roles = {actor.name: actor.role for actor in result.actors}
    assert roles["Jane Doe"] == "Friends of the Earth spokeswoman"
    assert speakers(text) == {
        "The memo proves it.": "Jane Doe",
        "We will appeal,": "Friends of the Earth",
    }


def test_of_the_joins_a_body_name_but_never_a_person_to_a_body():
    text = (
        'Prof Smith of the University of Leeds said: "It works."\n\n'
        '"We are sure," the Ministry of the Interior said.'
    )
    assert speakers(text) == {"It works.": "Smith", "We are sure,": "Ministry of the Interior"}


def test_a_middle_initial_after_a_title_keeps_the_first_name():
    text = (
        "In the majority opinion, Justice Osgood K. Threlfall found the lease void. "
        '"A promise is not a contract," he wrote.\n\n'
        '"We disagree," Threlfall said later.'
    )
    result = draft(text)
    roles = {actor.name: actor.role for actor in result.actors}
    assert roles["Osgood K. Threlfall"] == "Justice"
    assert speakers(text) == {
        "A promise is not a contract,": "Osgood K. Threlfall",
        "We disagree,": "Osgood K. Threlfall",
    }


def test_a_place_name_before_one_more_name_is_a_first_name():
    text = (
        "The team captain, Georgia Wendeborn, finished third. "
        '"We fought for every metre," Wendeborn told reporters.\n\n'
        '"The city is ready," said Athens Mayor Lisandre Quellbrook.'
    )
    result = draft(text)
    roles = {actor.name: actor.role for actor in result.actors}
    assert roles["Lisandre Quellbrook"] == "Athens Mayor"
    assert speakers(text) == {
        "We fought for every metre,": "Georgia Wendeborn",
        "The city is ready,": "Lisandre Quellbrook",
    }


def test_a_group_opening_the_sentence_is_not_part_of_the_body_after_of():
    text = (
        "Customers of Marrowfield Bank queued outside its branches for hours. "
        'The bank said: "We apologise to everyone affected."'
    )
    assert speakers(text) == {"We apologise to everyone affected.": "Marrowfield Bank"}


def test_a_prefix_of_office_before_a_common_noun_is_a_title():
    text = (
        'Co-inventor Tobyn Merriday said: "It took us nine years."\n\n'
        'Vice-Chair Ilsabet Ferncastle-Vosgrave said: "We are pleased."'
    )
    result = draft(text)
    roles = {actor.name: actor.role for actor in result.actors}
    assert roles == {"Tobyn Merriday": "Co-inventor", "Ilsabet Ferncastle-Vosgrave": "Vice-Chair"}


def test_a_body_named_after_for_is_the_same_actor_when_it_speaks_by_name():
    text = (
        '"We will rebuild the mill," said Briony Thornbeck, a spokeswoman for Brellin Mills.\n\n'
        '"The company regrets the damage," Brellin Mills said on Friday.'
    )
    result = draft(text)
    kinds = {actor.name: actor.kind for actor in result.actors}
    assert kinds == {"Briony Thornbeck": "person", "Brellin Mills": "organisation"}
    assert speakers(text)["The company regrets the damage,"] == "Brellin Mills"


def test_a_place_then_police_is_the_force_of_that_place():
    text = (
        "Penmorvah police closed the bridge on Sunday. "
        '"Stay away from the river," a spokesman said.\n\n'
        '"We found nothing," Penmorvah police said later.'
    )
    result = draft(text)
    kinds = {actor.name: actor.kind for actor in result.actors}
    assert kinds == {"Penmorvah police": "organisation"}
    assert speakers(text) == {
        "Stay away from the river,": "Penmorvah police",
        "We found nothing,": "Penmorvah police",
    }


def test_a_word_of_titles_standing_alone_is_the_department():
    text = (
        "Opposition leader Tancred Mabey attacked the budget on Monday.\n\n"
        '"The plan adds up," according to a statement from the Treasury.\n\n'
        '"We have not seen the figures," the Opposition said.'
    )
    result = draft(text)
    kinds = {actor.name: actor.kind for actor in result.actors}
    assert kinds["Treasury"] == "organisation"
    assert speakers(text) == {
        "The plan adds up,": "Treasury",
        "We have not seen the figures,": "Opposition",
    }


def test_a_party_word_standing_alone_is_a_member_of_the_party_not_the_party():
    text = 'Senator Ann Vell spoke on Monday.\n\n"We will vote no," the Republican said.'
    result = draft(text)
    assert "Republican" not in {actor.name for actor in result.actors}
    assert not result.quotes[0].sure


def test_a_playing_position_opening_a_sentence_is_a_title_not_part_of_the_name():
    text = (
        'Guard Ossian Brackley scored 30 points. "I was lucky," Brackley said. '
        'Winger Ada Tellwright added two tries. "We deserved it," Tellwright said.'
    )
    assert speakers(text) == {
        "I was lucky,": "Ossian Brackley",
        "We deserved it,": "Ada Tellwright",
    }


def test_a_trust_and_an_inspectorate_are_bodies_a_later_the_trust_or_it_goes_back_to():
    text = (
        "The Fenmoor Hospitals Trust runs the ward. Quentin Abara, a porter, said it was busy.\n\n"
        'The trust said on Friday that the ward would close "for a week at most".\n\n'
        "The Fenmoor Wards Inspectorate came in May. The inspectorate gave the ward a low mark. "
        '"The night rota had three empty shifts," it says.'
    )
    assert speakers(text) == {
        "for a week at most": "Fenmoor Hospitals Trust",
        "The night rota had three empty shifts,": "Fenmoor Wards Inspectorate",
    }
