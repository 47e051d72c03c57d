"""Mention: the value for words of a sentence that refer to an actor, and small word tests.

Shared by the modules that find names (`mentions`) and noun phrases (`phrases`).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.draft import lexicon as lx

PHRASE_STOPS = (
    lx.DETERMINERS
    | lx.PREPOSITIONS
    | lx.SUBORDINATORS
    | lx.AUXILIARIES
    | lx.SPEECH_VERBS
    | lx.QUESTION_VERBS
    | frozenset({"and", "or", "but", "who", "which", "that", "whose", "whom"})
)


@dataclass(frozen=True)
class Mention:
    """Words of a sentence that refer to an actor.

    `kind` is `name` (a proper name, person or not yet known), `organisation`, `government`,
    `role` (a noun phrase headed by a role noun), `document` (`the statement`) or `pronoun`.
    `first` and `last` are token positions in the sentence, inclusive.
    """

    kind: str
    first: int
    last: int
    text: str
    name: str | None = None
    role: str | None = None
    head: str | None = None
    definite: bool = False
    possessive: bool = False
    organisation: str | None = None  # the organisation named in `a spokesman for X`
    titled: bool = False  # a title, role phrase or Mr/Ms says the name is a person's


def is_group(word: str) -> bool:
    """A plural role noun (`researchers`, `officials`): a group that can speak as one."""
    return word.endswith("s") and word[:-1] in lx.ROLE_NOUNS


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s")) and word[0].islower()


def strip_possessive(word: str) -> tuple[str, bool]:
    if word.endswith(("'s", "\u2019s")):
        return word[:-2], True
    return word, False


def is_acronym(words: list[str]) -> bool:
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()
