"""Phrases: noun phrases that refer to an actor (`the national security adviser`).

Tokens in; a `Mention` for a phrase headed by a role, organisation or document noun, with the
organisation it names (`a spokeswoman for the Northern Rail Police`), or for `the Russian`.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.mentions.mention import PHRASE_STOPS, Mention, is_group, strip_possessive
from generator.draft.mentions.places import country_of, is_adjective
from generator.draft.text.sentences import Token

_VERBS_AFTER_NATIONALITY = lx.SPEECH_VERBS | lx.AUXILIARIES  # `the Russian said`, `... has`


def nationality(tokens: tuple[Token, ...], position: int) -> Mention | None:
    """`the Russian told reporters`: a nationality used as a noun refers to a person."""
    if position + 1 >= len(tokens):
        return None
    if not (is_adjective(tokens[position + 1].text) or tokens[position + 1].text in lx.DEMONYMS):
        return None
    following = tokens[position + 2] if position + 2 < len(tokens) else None
    if (
        following is not None
        and following.is_word
        and following.lower not in _VERBS_AFTER_NATIONALITY
    ):
        return None
    word = tokens[position + 1].text
    return Mention(
        "role", position, position + 1, word, role=word, head=word.lower(), definite=True
    )


def noun_phrase(tokens: tuple[Token, ...], first: int) -> Mention | None:
    """`the national security adviser`, `a spokeswoman for the Northern Rail Police`."""
    determiner = tokens[first]
    position = first + 1
    head_at = None
    while position < len(tokens) and position - first <= 6:
        token = tokens[position]
        # `the report says`: a document noun that is also a verb of speech is the phrase's head
        document = head_at is None and token.lower in lx.DOCUMENT_NOUNS
        if not token.is_word or (token.lower in PHRASE_STOPS and not document):
            break
        word, _ = strip_possessive(token.lower)
        if (
            word in lx.ROLE_NOUNS
            or word in lx.ORG_NOUNS
            or is_group(word)
            or word in lx.DOCUMENT_NOUNS
            or word.endswith("-year-old")
        ):
            head_at = position
        position += 1
    if head_at is None:
        return None
    head_token = tokens[head_at]
    if head_at + 1 < len(tokens) and tokens[head_at + 1].capitalised:
        return None  # a role before a name: the name's own mention carries it
    head, possessive = strip_possessive(head_token.lower)
    words = [token.text for token in tokens[first + 1 : head_at + 1]]
    text = " ".join(words)
    if possessive:
        text = text[:-2]
    definite = determiner.lower in {"the", "this", "that"}
    organisation, last = _attached_organisation(tokens, head_at)
    if organisation is None and head in lx.SPOKESPERSON_NOUNS:
        organisation = _organisation_inside(tokens[first + 1 : head_at])
    if head in lx.DOCUMENT_NOUNS:
        return Mention("document", first, head_at, text, head=head, definite=definite)
    if head in lx.ORG_NOUNS and head not in lx.ROLE_NOUNS:
        country = next((country_of(word) for word in words if country_of(word)), None)
        kind = "government" if head in lx.GOVERNMENT_NOUNS or country else "organisation"
        name = country
        if name is None and head_token.capitalised:  # `the opposition Social Democratic Party`
            run = head_at
            while run - 1 > first and tokens[run - 1].capitalised:
                run -= 1
            name = " ".join(token.text for token in tokens[run : head_at + 1])
            name = name[:-2] if possessive else name
        return Mention(
            kind,
            first,
            head_at,
            text,
            name=name,
            head=head,
            definite=definite,
            possessive=possessive,
        )
    if organisation is None:
        last = _complement(tokens, head_at)
        text = " ".join([text, *(token.text for token in tokens[head_at + 1 : last + 1])])
    return Mention(
        "role",
        first,
        last,
        text,
        role=text,
        head=head,
        definite=definite,
        possessive=possessive,
        organisation=organisation,
    )


def _organisation_inside(modifiers: tuple[Token, ...]) -> str | None:
    """`Shropshire Council` in `a Shropshire Council spokesman`, `Woolworths` in `a Woolworths
    spokesperson`: capitalised words before a spokesperson noun name the body it speaks for."""
    words = [token.text for token in modifiers if token.capitalised]
    if len(words) == len(modifiers) and words and not all(is_adjective(w) for w in words):
        return " ".join(words)
    return None


def _attached_organisation(tokens: tuple[Token, ...], head_at: int) -> tuple[str | None, int]:
    """The organisation in `spokesman for the X` or `official at X`, and the last token used."""
    position = head_at + 1
    if position >= len(tokens) or tokens[position].lower not in {"for", "of", "at", "from"}:
        return None, head_at
    position += 1
    if position < len(tokens) and tokens[position].lower == "the":
        position += 1
        if position < len(tokens) and tokens[position].lower in lx.BACK_REFERENCE_ORG_NOUNS:
            return tokens[position].lower, position  # `a spokesperson for the league`
    words = []
    last = head_at
    while position < len(tokens) and (
        tokens[position].capitalised
        or (
            words
            and tokens[position].lower in {"of", "and", "for"}
            and position + 1 < len(tokens)
            and tokens[position + 1].capitalised
        )
    ):
        words.append(tokens[position].text)
        last = position
        position += 1
    if not words:
        return None, head_at
    return " ".join(words), last


_NEARNESS = {"close": "to", "familiar": "with", "near": "to"}
"""`a source close to the talks`, `people familiar with the plan`: who an unnamed source is."""


def _complement(tokens: tuple[Token, ...], head_at: int) -> int:
    """The last token of `of the ministry's internal reviewers` or `close to the talks` after
    a role noun (`head`)."""
    position = head_at + 1
    if position >= len(tokens):
        return head_at
    word = tokens[position].lower
    if (
        word in _NEARNESS
        and position + 1 < len(tokens)
        and tokens[position + 1].lower == _NEARNESS[word]
    ):
        position += 1  # `close to`: the words after `to` say whose circle the source is in
    elif word != "of":
        return head_at
    last = head_at
    position += 1
    if position < len(tokens) and tokens[position].lower in lx.DETERMINERS:
        position += 1
    while position < len(tokens) and position - head_at <= 7:
        token = tokens[position]
        if not token.is_word or token.capitalised or token.lower in PHRASE_STOPS:
            break
        last = position
        position += 1
    return last
