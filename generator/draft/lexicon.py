"""Word lists for drafting: the general English vocabulary of attribution in news writing.

Each list is a data file in `words/`, one linguistic class per file with a comment on its source;
no list names a person, organisation, outlet or phrase of one article. Loaded once, at import.
"""

from __future__ import annotations

from pathlib import Path

_WORDS = Path(__file__).parent / "words"


def _list(name: str) -> tuple[str, ...]:
    """The words of `words/<name>.txt` in file order, without its `#` comment lines."""
    text = (_WORDS / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


def _words(name: str) -> frozenset[str]:
    return frozenset(_list(name))


SPEECH_VERBS = _words("speech_verbs")
"""Verbs that attribute words to a speaker."""

PARTICIPLE_CUES = _words("participle_cues")
"""Participles that hang a quote on the subject of their clause (`..., calling it "x"`)."""

QUESTION_VERBS = _words("question_verbs")
"""Verbs that put a question to someone (`asked whether`)."""

QUESTION_WORDS = _words("question_words")
"""Words that open an indirect question after a question verb."""

SLOGAN_WORDS = _words("slogan_words")
"""Nouns and verbs that say quoted words are chanted or displayed, not said."""

TITLE_WORDS = _words("title_words")
"""Nouns for works with titles; quoted words after them are a title, not a quote."""

NAMING_VERBS = _words("naming_verbs")
"""Verbs that give something a name (`called it`)."""

NAMING_WORDS = _words("naming_words")
"""Words that give something a name; quoted words after them are that name, not a quote."""

NAMING_NOUNS = _words("naming_nouns")
"""Nouns that, just before a quotation, say the quoted words are a name (`the term "x"`)."""

MANNER_ADVERBS = _words("manner_adverbs")
"""Adverbs that may stand between a naming verb and the name (`also called`)."""

AUXILIARIES = _words("auxiliaries")
"""Auxiliary verbs and adverbs that may stand between a subject and its speech verb."""

PRONOUNS = _words("pronouns")
"""Personal pronouns that can be the subject of a speech verb."""

BE_FORMS = _words("be_forms")
"""Forms of the verb `be`."""

DETERMINERS = _words("determiners")
"""Determiners and possessive pronouns that open a noun phrase."""

SUBORDINATORS = _words("subordinators")
"""Conjunctions that open a subordinate clause."""

PREPOSITIONS = _words("prepositions")
"""Common English prepositions."""

ROLE_NOUNS = _words("role_nouns")
"""Nouns that name a person by what they do (`the diplomat`, `a spokeswoman`)."""

DOCUMENT_NOUNS = _words("document_nouns")
"""Nouns for what a body issues; `the statement said` speaks for whoever issued it."""

SPOKESPERSON_NOUNS = _words("spokesperson_nouns")
"""Role nouns for someone who speaks on behalf of a body."""

TITLE_MODIFIERS = _words("title_modifiers")
"""Capitalised words that are part of a title, not of a name (`US Secretary of State`)."""

BACK_REFERENCE_ORG_NOUNS = _words("back_reference_org_nouns")
"""Organisation nouns that, with `the`, point back to the body last spoken of (`the company`)."""

ORG_NOUNS = BACK_REFERENCE_ORG_NOUNS | _words("org_nouns")
"""Nouns that name an organisation (`the agency`, `the Chinese government`)."""

GOVERNMENT_NOUNS = _words("government_nouns")
"""Nouns for the bodies of a state (`the ministry`)."""

ORG_NAME_WORDS = _words("org_name_words")
"""Capitalised words that make a name an organisation (`Northern Rail Police`)."""

NAME_CONNECTORS = _words("name_connectors")
"""Lower-case particles inside personal and organisation names (`van`, `bin`, `of`)."""

SENTENCE_STARTERS = _words("sentence_starters")
"""Capitalised words that start sentences and are not names."""

ABBREVIATIONS = _words("abbreviations")
"""Words whose trailing full stop does not end a sentence."""

DEMONYMS = _words("demonyms")
"""Nouns for a person of a nation (`the Spaniard told reporters`), besides the adjectives."""

GENDERED_NOUNS = _words("gendered_nouns")
"""Nouns ending in `man` or `woman` that say whether `he` or `she` fits (not `German`)."""

PUBLICATION_WORDS = _words("publication_words")
"""Last words of publication names (`Times`, `Herald`): such a speaker may be reporting."""

NAME_SUFFIXES = _words("name_suffixes")
"""Words after a surname that are not the surname (`Jr`, `III`)."""

_ROLE_VERB_PAIRS = _list("role_verbs")
ROLE_VERBS = dict(zip(_ROLE_VERB_PAIRS[::2], _ROLE_VERB_PAIRS[1::2], strict=True))
"""Verbs of office mapped to their role noun (`chairs` -> `chair`), for `who chairs the board`."""

POLICY_NOUNS = _words("policy_nouns")
"""Nouns after quoted words that make them a policy's name (`the "one country" principle`)."""

WEEKDAYS = _list("weekdays")
MONTHS = _list("months")
