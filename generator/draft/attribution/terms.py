"""Terms: words in quotation marks that name or label something rather than quote anyone.

A `Sentence` and the position of a quotation in it in; `slogan`, `title` or `term` out when the
words around the quotation (or its form, such as a code like `COVID-19`) say it is no quote.
"""

from __future__ import annotations

from itertools import pairwise

from generator.draft import lexicon as lx
from generator.draft.mentions.mention import is_possessive
from generator.draft.text.sentences import Sentence, Token

_KNOWN = frozenset({"known", "billed", "styled", "remembered"})
_NAMING_REACH = 10  # tokens back from a quotation where a naming verb still governs it


def non_quote_kind(sentence: Sentence, quote_at: int) -> str | None:
    """`slogan`, `title` or `term` when the words around a quotation say it is one, else None."""
    tokens = sentence.tokens
    text = tokens[quote_at].text
    window = [token.lower for token in tokens[max(0, quote_at - 4) : quote_at] if token.is_word]
    if any(word in lx.SLOGAN_WORDS for word in window) or _carried_on_a_sign(tokens, quote_at):
        return "slogan"
    near = window[-2:]
    if any(word in {"titled", "entitled"} for word in near):
        return "title"
    if is_title_case(text) and any(
        word in lx.TITLE_WORDS or word in lx.NAMING_VERBS for word in near
    ):
        return "title"
    if len(near) == 2 and near[0] in lx.TITLE_WORDS and near[1] in {"called", "named"}:
        return "title"  # `a film called "Lanterns low,"`: the work's title, whatever its case
    if not lx.NAMING_NOUNS.isdisjoint(window) and _name_given(tokens, quote_at):
        return "term"
    if is_code(text) or _named(tokens, quote_at) or _names_a_policy(tokens, quote_at):
        return "term"
    if window and window[-1] in _SCARE_LEADS and _kept_at_a_distance(tokens, quote_at):
        return "term"
    if is_title_case(text) and text.split()[0].lower() in {"the", "a"} and _calls(window):
        return "term"  # `calls the developers "the Three Amigos"`: a nickname
    if _names_inside_a_sentence(tokens, quote_at):
        return "title"
    if _a_gloss(tokens, quote_at):
        return "term"
    return None


_GLOSS_WORDS = 6
"""Words up to which quoted words alone in brackets after a word gloss it."""


def _a_gloss(tokens: tuple[Token, ...], quote_at: int) -> bool:
    """`an anti-tariff ("no new duties") rally`: a few quoted words alone in brackets right
    after a word say what the word means; nobody is quoted."""
    if quote_at < 2 or quote_at + 1 >= len(tokens):
        return False
    if tokens[quote_at - 1].text != "(" or tokens[quote_at + 1].text != ")":
        return False
    text = tokens[quote_at].text.strip()
    return (
        tokens[quote_at - 2].is_word
        and 0 < len(text.split()) <= _GLOSS_WORDS
        and (not text.rstrip('"').endswith((".", "!", "?")))
    )


def _names_inside_a_sentence(tokens: tuple[Token, ...], quote_at: int) -> bool:
    """`the "Silver Fern" range`, `a van called "Wrenlow"`: inside a sentence, words quoted in
    title case (or one capitalised word) name a work, a product or a plan. A speaker's words
    quoted mid-sentence keep the case of running text; a quotation that opens the sentence,
    follows a colon or (as one word) a verb of speech other than `called` may still be a quote."""
    if quote_at == 0 or not any(token.is_word for token in tokens[:quote_at]):
        return False
    previous = tokens[quote_at - 1]
    if previous.text == ":":
        return False
    text = tokens[quote_at].text.strip()
    words = text.split()
    if len(words) >= 2:  # `not Earth 2.0` is running text with a name in it
        opens = words[0][0].isupper() or words[0] in {"the", "a", "an"}
        capitalised = sum(word[0].isupper() for word in words)
        return opens and capitalised >= 2 and is_title_case(text)
    return (
        text.isalpha()
        and text[0].isupper()
        and not text.isupper()
        and (previous.lower not in lx.SPEECH_VERBS or previous.lower in lx.NAMING_VERBS)
    )


_SCARE_WORDS = 2  # at most this many words in a scare-quoted modifier
_WHAT_REACH = 6  # tokens back from the naming verb where its `what` may stand


def _kept_at_a_distance(tokens: tuple[Token, ...], quote_at: int) -> bool:
    """`what the operator called a "minor" fault`: a word or two in quotation marks that modify
    the noun after them, inside the phrase a `what X called` clause names. The writer keeps the
    word at a distance; `called it an "odd" case` or `what the army declared a "x" zone` stay
    quotes (an object of its own, or a verb of speech rather than of naming)."""
    text = tokens[quote_at].text
    after = quote_at + 1
    if len(text.split()) > _SCARE_WORDS or text.rstrip().endswith((".", ",", "!", "?", ";", ":")):
        return False
    if after >= len(tokens) or not tokens[after].is_word or not tokens[after].text.islower():
        return False
    verb = quote_at - 1
    if verb > 0 and tokens[verb].lower in {"a", "an", "the"}:
        verb -= 1
    if verb < 1 or tokens[verb].lower not in _DISTANCING_VERBS:
        return False
    for position in range(verb - 1, max(verb - 1 - _WHAT_REACH, -1), -1):
        token = tokens[position]
        if token.lower == "what":
            return True
        if not token.is_word:
            return False
    return False


_DISTANCING_VERBS = frozenset({"called", "calls", "termed", "terms", "dubbed", "labelled"})
_SCARE_LEADS = _DISTANCING_VERBS | {"a", "an", "the"}  # just before a scare-quoted modifier


_NAME_REACH = 4  # tokens back from a quotation where `his name was ...` may stand


def _name_given(tokens: tuple[Token, ...], quote_at: int) -> bool:
    """`his name was changed to "Kit,"`, `her nickname is "the Anvil"`: a naming noun with a
    determiner is the subject, and only its verb (a form of `be`, a past participle, `to`,
    `as`, auxiliaries and adverbs) stands between it and the quotation."""
    for position in range(quote_at - 1, max(quote_at - 1 - _NAME_REACH, 0), -1):
        word = tokens[position].lower
        if word in lx.NAMING_NOUNS and position < quote_at - 1:
            before = tokens[position - 1].lower
            return before in lx.DETERMINERS or is_possessive(tokens[position - 1].text)
        linking = (
            word in lx.BE_FORMS
            or word in {"to", "as", "always", "often"}
            or (word in lx.AUXILIARIES and word.isalpha())
            or word.endswith("ly")
            or (word.endswith("ed") and word not in lx.SPEECH_VERBS)
        )
        if not tokens[position].is_word or not linking:
            return False
    return False


def _carried_on_a_sign(tokens: tuple[Token, ...], quote_at: int) -> bool:
    """`"No to the mine," read a banner`: a banner, sign or chant after the quotation speaks it."""
    after = [token.lower for token in tokens[quote_at + 1 : quote_at + 5] if token.is_word]
    return any(
        word in lx.DETERMINERS and following in lx.SLOGAN_WORDS
        for word, following in pairwise(after)
    )


def _calls(words: list[str]) -> bool:
    return any(word in {"call", "calls", "called", "calling"} for word in words)


def _names_a_policy(tokens: tuple[Token, ...], quote_at: int) -> bool:
    """`under the "one country, two systems" principle`: the quotation names what follows."""
    after = quote_at + 1
    before = quote_at - 1
    return (
        after < len(tokens)
        and tokens[after].lower in lx.POLICY_NOUNS
        and before >= 0
        and (tokens[before].lower in lx.DETERMINERS or is_possessive(tokens[before].text))
    )


def is_code(text: str) -> bool:
    """`COVID-19`, `2019-nCoV`, `H1N1`: one word with a digit, or an acronym, is a name."""
    word = text.strip(" .,;:!?")
    if not word or " " in word:
        return False
    letters = [char for char in word if char.isalpha()]
    acronym = len(letters) >= 2 and all(char.isupper() for char in letters)
    return any(char.isdigit() for char in word) or acronym


def _named(tokens: tuple[Token, ...], quote_at: int) -> bool:
    """`the virus was named "x"`, `commonly called "x"`, `known as "x"`, `the term "x"`."""
    if quote_at == 0:
        return False
    if tokens[quote_at - 1].lower in lx.NAMING_NOUNS:
        return True
    words = [token.lower for token in tokens[:quote_at] if token.is_word]
    if words[-1:] == ["as"] and any(word in _KNOWN for word in words[-6:-1]):
        return True  # `known as "x"`, `known among fans as "x"`, `billed as "x"`
    called = quote_at - 1
    if called > 0 and tokens[called].lower in {"the", "a", "an"}:
        called -= 1  # `was called the "breadbasket" of Africa`
    if tokens[called].lower == "called":
        by_agent = quote_at + 1 < len(tokens) and tokens[quote_at + 1].lower == "by"
        return not by_agent and _passive([token.lower for token in tokens[:quote_at]], called)
    for position in range(quote_at - 1, max(-1, quote_at - 1 - _NAMING_REACH), -1):
        token = tokens[position]
        if token.kind != "word" or token.lower in lx.SPEECH_VERBS:
            return False  # a quotation, a comma or a speech verb ends the naming clause
        if token.lower in lx.NAMING_WORDS:
            return True
    return False


def _passive(words: list[str], position: int) -> bool:
    """`was commonly called "x"`, `, also called "x"`: a naming, not someone calling it so."""
    start = position
    position -= 1
    while position >= 0 and (
        words[position] in lx.MANNER_ADVERBS or words[position].endswith("ly")
    ):
        position -= 1
    if position >= 0 and words[position] == ",":
        return position < start - 1  # `, also called`, but not `X, who ..., called`
    return position < 0 or words[position] in lx.BE_FORMS


def is_title_case(text: str) -> bool:
    """`Boats Before Profit`: two or more words, every long word capitalised, no full stop."""
    words = text.split()
    long_words = [word for word in words if len(word) > 3]
    return (
        len(words) >= 2
        and bool(long_words)
        and all(word[0].isupper() for word in long_words)
        and not text.rstrip().endswith((".", "?", "!", ","))
    )
