"""Sentences: a paragraph as tokens, split into sentences, with each quotation as one token.

A paragraph's text and its quotations in; `Sentence` values whose tokens are words, punctuation
and whole quotations, so that rules about the words around a quote never see the words inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.draft.lexicon import ABBREVIATIONS, QUESTION_VERBS, SPEECH_VERBS
from generator.draft.text.quotes import Quotation

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019.\-&][^\W_]+)*|--|[,;:.!?()\[\]\u2014\u2013]")
_ENDS = frozenset(".!?")


class Token:
    """A word, a punctuation mark, or a whole quotation (`kind == "quote"`).

    A plain slotted class rather than a dataclass: an article makes one per word, and this is
    the drafting's hottest constructor. Treat it as read-only.
    """

    __slots__ = ("capitalised", "end", "is_word", "kind", "lower", "quote", "start", "text")

    def __init__(self, text: str, start: int, end: int, kind: str, quote: int | None = None):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.quote = quote  # index into the article's quotations when kind == "quote"
        self.lower = text.lower()
        self.is_word = kind == "word"
        self.capitalised = self.is_word and text[0].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r}, {self.quote!r})"


@dataclass(frozen=True)
class Sentence:
    """One sentence of one paragraph; `index` counts sentences across the article from 0."""

    paragraph: int
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]

    def quote_positions(self) -> list[int]:
        return [i for i, token in enumerate(self.tokens) if token.kind == "quote"]


def tokenize(text: str, quotations: list[tuple[int, Quotation]]) -> list[Token]:
    """Tokens of a paragraph; each `(index, quotation)` becomes one token spanning its marks."""
    tokens: list[Token] = []
    position = 0
    for index, quotation in sorted(quotations, key=lambda item: item[1].mark_start):
        tokens.extend(_words(text, position, quotation.mark_start))
        tokens.append(
            Token(quotation.text, quotation.mark_start, quotation.mark_end, "quote", index)
        )
        position = max(position, quotation.mark_end)
    tokens.extend(_words(text, position, len(text)))
    return tokens


def _words(text: str, start: int, end: int) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        kind = "word" if word[0].isalnum() else "punct"
        tokens.append(Token(word, match.start(), match.end(), kind))
    return tokens


def split_sentences(paragraph: int, tokens: list[Token], first_index: int) -> list[Sentence]:
    """Sentences of one paragraph's tokens, numbered on from `first_index`."""
    sentences: list[Sentence] = []
    current: list[Token] = []
    for position, token in enumerate(tokens):
        current.append(token)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and _ends_sentence(tokens, position, following):
            sentences.append(_sentence(paragraph, first_index + len(sentences), current))
            current = []
    if current:
        sentences.append(_sentence(paragraph, first_index + len(sentences), current))
    return sentences


def _sentence(paragraph: int, index: int, tokens: list[Token]) -> Sentence:
    return Sentence(paragraph, index, tokens[0].start, tokens[-1].end, tuple(tokens))


def _ends_sentence(tokens: list[Token], position: int, following: Token) -> bool:
    token = tokens[position]
    starts_new = (
        following.kind == "quote"
        or following.text[0].isupper()
        or (following.kind == "word" and following.text[0].isdigit())
    )
    if not starts_new:
        return False
    if token.kind == "quote":
        if token.text[-1] in "?!" and _cue_follows(tokens, position + 1):
            return False
        return token.text[-1] in _ENDS
    if token.text not in _ENDS:
        return False
    if token.text == "." and position > 0:
        previous = tokens[position - 1]
        if previous.end == token.start and _abbreviation(previous.text):
            return False
    return True


_NAME_WORDS = 4  # capitalised words a speaker's name and title may take before the verb
_CUE_VERBS = SPEECH_VERBS | QUESTION_VERBS


def _cue_follows(tokens: list[Token], start: int) -> bool:
    """`"Why?" Ann Lee asked.`: after a question or an exclamation, a capitalised name and a
    verb of speech go on the quotation's sentence; they are its cue, not a sentence of their
    own."""
    position = start
    while (
        position < len(tokens)
        and position - start < _NAME_WORDS
        and tokens[position].capitalised
        and tokens[position].lower not in _CUE_VERBS
    ):
        position += 1
    if position == start or position >= len(tokens):
        return False
    verb = tokens[position]
    return verb.is_word and verb.text.islower() and verb.lower in _CUE_VERBS


def _abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())
