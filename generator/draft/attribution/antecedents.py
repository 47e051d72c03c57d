"""Antecedents: the mention that words after it go back to (`Ann Lee, who said`).

Tokens, mentions and a position before a speech verb in; the mention that is the verb's subject
across a relative pronoun or a short place phrase (`Witnesses at the scene said`), or None, out.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.mentions.mention import PHRASE_STOPS, Mention, is_group, strip_possessive
from generator.draft.text.sentences import Token


def mention_ending(mentions: list[Mention], position: int) -> Mention | None:
    return next((mention for mention in mentions if mention.last == position), None)


def antecedent_of_who(
    tokens: tuple[Token, ...], mentions: list[Mention], before: int
) -> Mention | None:
    """`Wikinews spoke to Dr Ann Lee, who said`: the person `who` stands for; `the report,
    which said`: the document or body `which` stands for."""
    if before < 1 or tokens[before].lower not in {"who", "which"}:
        return None
    position = before - 1
    if tokens[position].text == ",":
        position -= 1
    found = mention_ending(mentions, position)
    kinds = {"name", "role"} if tokens[before].lower == "who" else _WHICH_KINDS
    return found if found is not None and found.kind in kinds else None


_WHICH_KINDS = frozenset({"document", "organisation", "government"})


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


def bare_role(tokens: tuple[Token, ...], last: int) -> Mention | None:
    """`council members said`, `China's foreign ministry urged`: a role noun, or a body's noun
    after an owner or a modifier, with no determiner."""
    token = tokens[last]
    if not (token.is_word and token.text.islower()):
        return None
    body = token.lower in lx.ORG_NOUNS
    if token.lower not in lx.ROLE_NOUNS and not is_group(token.lower) and not body:
        return None
    first = last
    while (
        first > 0
        and last - first < 3
        and tokens[first - 1].is_word
        and tokens[first - 1].text.islower()
        and tokens[first - 1].lower not in PHRASE_STOPS
    ):
        first -= 1
    if not body:
        text = " ".join(token.text for token in tokens[first : last + 1])
        return Mention("role", first, last, text, role=text, head=token.lower)
    owner = tokens[first - 1].text if first > 0 else ""
    if strip_possessive(owner)[1] and owner[0].isupper():
        first -= 1  # `China's foreign ministry said`, `Lagos's police department said`
        while first > 0 and tokens[first - 1].capitalised and last - first < 6:
            first -= 1
    elif first == last:
        return None  # a lone `council said` is no body without a determiner
    text = " ".join(token.text for token in tokens[first : last + 1])
    return Mention("organisation", first, last, text, head=token.lower)
