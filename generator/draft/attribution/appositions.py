"""Appositions: a name set beside a speaker's description (`a protester using the pseudonym X`).

Tokens and mentions in; whether words give a role's name, or which name closes the words after
an inverted speech verb (`said the college's head, Ann Lee`), out.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.mentions.mention import PHRASE_STOPS, Mention, strip_possessive
from generator.draft.text.sentences import Token

_NAMING_LINKS = frozenset({"named", "called", "pseudonym", "alias", "nicknamed"})
_NAMING_AS = frozenset({"identified", "known", "name"})


def names_next(between: tuple[Token, ...]) -> bool:
    """`a protester using the pseudonym Mina`, `a resident identified only as Tom`: the words
    after a role phrase that give the name it goes by."""
    last = between[-1].lower
    if last in _NAMING_LINKS:
        return True
    return last == "as" and any(token.lower in _NAMING_AS for token in between)


_CLOSING_REACH = 12  # tokens after an inverted verb where its subject's name may close it


def closing_name(tokens: tuple[Token, ...], mentions: list[Mention], verb: int) -> Mention | None:
    """`"...," said the University of Leeds' chancellor, Ann Lee.`: a name set after a role noun
    and a comma, ending the words that follow an inverted speech verb, is the speaker."""
    for mention in mentions:
        if mention.first <= verb + 2 or mention.kind != "name":
            continue
        if mention.first - verb > _CLOSING_REACH:
            return None
        before = tokens[verb + 1 : mention.first]
        if any(token.kind == "quote" or token.lower in lx.SPEECH_VERBS for token in before):
            return None
        role = strip_possessive(tokens[mention.first - 2].lower)[0]
        ends = mention.last + 1 >= len(tokens) or tokens[mention.last + 1].text in {".", ","}
        owned = _owned_noun(tokens, verb, mention.first - 2)  # `said Ann Lee's successor, X`
        if tokens[mention.first - 1].text == "," and (role in lx.ROLE_NOUNS or owned) and ends:
            return mention
    return None


def _owned_noun(tokens: tuple[Token, ...], verb: int, noun: int) -> bool:
    """True when the words from the verb to `noun` are an owner's possessive and at most two
    lowercase words (`Ann Lee's successor`, `the firm's new boss`)."""
    owner = next((p for p in range(verb + 1, noun) if strip_possessive(tokens[p].text)[1]), None)
    if owner is None or noun - owner > 2:
        return False
    return all(tokens[p].is_word and tokens[p].text.islower() for p in range(owner + 1, noun + 1))


def described_name(tokens: tuple[Token, ...], mentions: list[Mention], verb: int) -> Mention | None:
    """`wrote singer Kay Dale`, `said former teammate Jo Ames`: up to three lowercase words
    describe the person named after an inverted speech verb."""
    for position in range(verb + 1, min(verb + 4, len(tokens))):
        token = tokens[position]
        if not token.is_word or token.lower in PHRASE_STOPS:
            return None
        if token.capitalised:
            found = next((mention for mention in mentions if mention.first == position), None)
            return found if found is not None and found.kind == "name" else None
    return None
