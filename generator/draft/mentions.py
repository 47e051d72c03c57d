"""Mentions: the people, organisations and governments a sentence names or refers to.

A `Sentence` in; `Mention` values out: proper names with their titles or role phrases, noun
phrases headed by a role or an organisation (`the diplomat`, `the Chinese government`), pronouns.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.draft import lexicon as lx
from generator.draft.places import country_of, is_adjective
from generator.draft.sentences import Sentence, Token

_PHRASE_STOPS = (
    lx.DETERMINERS
    | lx.PREPOSITIONS
    | lx.SUBORDINATORS
    | lx.AUXILIARIES
    | lx.SPEECH_VERBS
    | lx.QUESTION_VERBS
    | frozenset({"and", "or", "but", "who", "which", "that", "whose", "whom"})
)
_PERSON_PREFIXES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"})


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


def find_mentions(sentence: Sentence) -> list[Mention]:
    """Every mention in the sentence, in order, none overlapping."""
    tokens = sentence.tokens
    found: list[Mention] = []
    position = 0
    while position < len(tokens):
        mention = _mention_at(tokens, position)
        if mention is None:
            position += 1
            continue
        while found and found[-1].last >= mention.first:
            found.pop()
        found.append(mention)
        position = mention.last + 1
    return found


def _mention_at(tokens: tuple[Token, ...], position: int) -> Mention | None:
    token = tokens[position]
    if not token.is_word:
        return None
    if token.lower in lx.PRONOUNS and (token.text.islower() or position == 0):
        return Mention("pronoun", position, position, token.text, head=token.lower)
    if token.lower == "the":
        person = _nationality(tokens, position)
        if person is not None:
            return person
    if token.lower in lx.DETERMINERS or _is_possessive(token.text):
        phrase = _noun_phrase(tokens, position)
        if phrase is not None:
            return phrase
    if _name_word(tokens, position):
        return _name(tokens, position)
    return None


def _nationality(tokens: tuple[Token, ...], position: int) -> Mention | None:
    """`the Russian told reporters`: a nationality used as a noun refers to a person."""
    if position + 1 >= len(tokens) or not is_adjective(tokens[position + 1].text):
        return None
    following = tokens[position + 2] if position + 2 < len(tokens) else None
    if (
        following is not None
        and following.is_word
        and following.lower not in (lx.SPEECH_VERBS | lx.AUXILIARIES)
    ):
        return None
    word = tokens[position + 1].text
    return Mention(
        "role", position, position + 1, word, role=word, head=word.lower(), definite=True
    )


def is_group(word: str) -> bool:
    """A plural role noun (`researchers`, `officials`): a group that can speak as one."""
    return word.endswith("s") and word[:-1] in lx.ROLE_NOUNS and word not in lx.ROLE_NOUNS


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s")) and word[0].islower()


def _strip_possessive(word: str) -> tuple[str, bool]:
    if word.endswith(("'s", "\u2019s")):
        return word[:-2], True
    return word, False


def _name_word(tokens: tuple[Token, ...], position: int) -> bool:
    token = tokens[position]
    if not token.capitalised:
        return False
    if position == 0 or tokens[position - 1].kind == "quote":
        return token.text not in lx.SENTENCE_STARTERS
    return True


def _name(tokens: tuple[Token, ...], first: int) -> Mention:
    words = []
    last = first
    position = first
    possessive = False
    while position < len(tokens):
        token = tokens[position]
        if token.text in _PERSON_PREFIXES and _dotted_prefix(tokens, position):
            words.append(token.text)
            last = position + 1
            position += 2
        elif token.capitalised:
            word, possessive = _strip_possessive(token.text)
            words.append(word)
            last = position
            position += 1
            if possessive:
                break
        elif (
            token.lower in lx.NAME_CONNECTORS
            and token.text.islower()
            and words
            and (position + 1 < len(tokens) and tokens[position + 1].capitalised)
            and token.lower not in {"and", "for"}
        ):
            words.append(token.text)
            position += 1
        else:
            break
    role_first, role = _role_before(tokens, first)
    text = " ".join(words)
    country = country_of(text)
    if country is not None:
        return Mention("government", first, last, text, name=country, possessive=possessive)
    if any(word in lx.ORG_NAME_WORDS for word in words) or _acronym(words):
        name = text[4:] if text.startswith("The ") else text
        return Mention("organisation", first, last, text, name=name, possessive=possessive)
    title, name_words = _split_title(words)
    if not name_words:
        head = title[-1].lower() if title else None
        return Mention(
            "role",
            role_first,
            last,
            text,
            role=" ".join(title),
            head=head,
            definite=True,
            possessive=possessive,
        )
    prefixed = any(word in _PERSON_PREFIXES for word in title)
    title = [word for word in title if word not in _PERSON_PREFIXES]
    full_role = " ".join(part for part in (role, " ".join(title)) if part) or None
    titled = bool(full_role) or prefixed
    return Mention(
        "name",
        role_first,
        last,
        text,
        name=" ".join(name_words),
        role=full_role,
        possessive=possessive,
        titled=titled,
    )


def _dotted_prefix(tokens: tuple[Token, ...], position: int) -> bool:
    """`Mr. Haddox`: a title with its full stop, then a capitalised word."""
    return (
        position + 2 < len(tokens)
        and tokens[position + 1].text == "."
        and tokens[position + 2].capitalised
    )


def _acronym(words: list[str]) -> bool:
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """`US Secretary of State Marco Rubio` -> title words and name words."""
    position = 0
    while position < len(words):
        word = words[position]
        follows_of = position > 0 and words[position - 1] == "of"
        if (
            word in lx.TITLE_MODIFIERS
            or word.lower() in lx.ROLE_NOUNS
            or word == "of"
            or follows_of
            or country_of(word)
            or is_adjective(word)
            or word in _PERSON_PREFIXES
        ):
            position += 1
            continue
        break
    if (
        position == len(words)
        and words
        and words[-1] not in lx.TITLE_MODIFIERS
        and (words[-1].lower() not in lx.ROLE_NOUNS and not country_of(words[-1]))
    ):
        position -= 1
    return words[:position], words[position:]


def _role_before(tokens: tuple[Token, ...], first: int) -> tuple[int, str | None]:
    """A role phrase just before a name (`senior party official` Li Yuecheng)."""
    position = first - 1
    if position < 0 or not tokens[position].is_word or tokens[position].lower not in lx.ROLE_NOUNS:
        return first, None
    if tokens[position].capitalised:
        return first, None
    start = position
    while start - 1 >= 0 and first - (start - 1) <= 7:
        token = tokens[start - 1]
        if not token.is_word or token.lower in _PHRASE_STOPS or _is_possessive(token.text):
            break
        start -= 1
    return start, " ".join(token.text for token in tokens[start:first])


def _noun_phrase(tokens: tuple[Token, ...], first: int) -> Mention | None:
    """`the national security adviser`, `a spokeswoman for the British Transport Police`."""
    determiner = tokens[first]
    position = first + 1
    head_at = None
    while position < len(tokens) and position - first <= 6:
        token = tokens[position]
        if not token.is_word or token.lower in _PHRASE_STOPS:
            break
        word, _ = _strip_possessive(token.lower)
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
    head, possessive = _strip_possessive(head_token.lower)
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
        return Mention(
            kind,
            first,
            head_at,
            text,
            name=country,
            head=head,
            definite=definite,
            possessive=possessive,
        )
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
    """`Shropshire Council` in `a Shropshire Council spokesman`."""
    words = [token.text for token in modifiers if token.capitalised]
    if (
        len(words) == len(modifiers)
        and words
        and (any(word in lx.ORG_NAME_WORDS for word in words) or _acronym(words))
    ):
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


def appositive_after(sentence: Sentence, mention: Mention) -> Mention | str | None:
    """What follows `mention` between commas: a name, or a role phrase as text, or None."""
    tokens = sentence.tokens
    position = mention.last + 1
    if position >= len(tokens) or tokens[position].text != ",":
        return None
    position += 1
    if position >= len(tokens) or tokens[position].lower in {"who", "which", "whose", "where"}:
        return None
    if _name_word(tokens, position) or tokens[position].capitalised:
        candidate = _name(tokens, position)
        if candidate.kind in {"name", "organisation", "government"}:
            return candidate
    words = []
    for token in tokens[position:]:
        if not token.is_word or token.lower in {"who", "which", "whose", "said", "says"}:
            break
        words.append(token.text)
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    lead = []
    for word in words:
        if word.lower() in lx.PREPOSITIONS:
            break
        lead.append(word)
    has_role = any(_strip_possessive(word.lower())[0] in lx.ROLE_NOUNS for word in lead)
    if has_role and len(words) <= 10:
        return " ".join(words)
    return None
