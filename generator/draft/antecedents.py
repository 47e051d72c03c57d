"""Antecedents: the mention that words after it go back to (`Ann Lee, who said`).

Tokens, mentions and a position before a speech verb in; the mention that is the verb's subject
across a relative pronoun or a short place phrase (`Witnesses at the scene said`), or None, out.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.mention import Mention
from generator.draft.sentences import Token


def mention_ending(mentions: list[Mention], position: int) -> Mention | None:
    return next((mention for mention in mentions if mention.last == position), None)


def antecedent_of_who(
    tokens: tuple[Token, ...], mentions: list[Mention], before: int
) -> Mention | None:
    """`Wikinews spoke to Dr Ann Lee, who said`: the person `who` stands for."""
    if before < 1 or tokens[before].lower != "who":
        return None
    position = before - 1
    if tokens[position].text == ",":
        position -= 1
    found = mention_ending(mentions, position)
    return found if found is not None and found.kind in {"name", "role"} else None


_PLACE_LINKS = frozenset({"at", "in", "near", "outside", "inside", "on"})


def before_a_place(tokens: tuple[Token, ...], mentions: list[Mention], last: int) -> Mention | None:
    """`Witnesses at the scene said`: the mention before a short lowercase place phrase."""
    for position in range(last, max(0, last - 4), -1):
        token = tokens[position]
        if not token.is_word or not token.text.islower() or token.lower in lx.SPEECH_VERBS:
            return None
        if token.lower in _PLACE_LINKS:
            earlier = mention_ending(mentions, position - 1)
            if earlier is not None and earlier.kind in {"role", "organisation", "name"}:
                return earlier
            return None
    return None
