"""Articles: the source text of a story, split into numbered paragraphs.

Paragraphs are separated by blank lines; a text with no blank line has one paragraph per non-empty
line. Numbering starts at 1. Also the text normalisation that quote matching relies on.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_QUOTE_MARKS = str.maketrans(
    {
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u2033": '"',  # double prime
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u201a": "'",  # single low-9 quotation mark
        "\u2032": "'",  # prime
    }
)


@dataclass(frozen=True)
class Article:
    """An article's text as numbered paragraphs (`paragraphs[0]` is paragraph 1)."""

    paragraphs: tuple[str, ...]

    @classmethod
    def from_text(cls, text: str) -> Article:
        return cls(tuple(split_paragraphs(text)))

    def has_paragraph(self, number: int) -> bool:
        return 1 <= number <= len(self.paragraphs)

    def paragraph(self, number: int) -> str:
        return self.paragraphs[number - 1]


def split_paragraphs(text: str) -> list[str]:
    """Split article text into paragraphs, stripped, never empty."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    separated = _BLANK_LINE.search(text.strip("\n"))
    blocks = _BLANK_LINE.split(text) if separated else text.split("\n")
    return [block.strip() for block in blocks if block.strip()]


def normalize_for_matching(text: str) -> str:
    """Fold what counts as equal in quote matching: whitespace runs, quotation mark styles."""
    if not text.isascii():
        for char in set(_QUOTE_MARK.findall(text)):
            text = text.replace(char, _QUOTE_MARKS[ord(char)])
    return " ".join(text.split())


def find_verbatim(needle: str, haystack: str) -> tuple[int, int] | None:
    """Character span of `needle` in `haystack` under `normalize_for_matching`, or None.

    The span is in `haystack`'s own characters, so callers can mark the original text.
    """
    words = normalize_for_matching(needle)
    if not words:
        return None
    folded = _folded(haystack)
    if "  " not in folded:
        # Folding kept every character in its place and left no run of spaces to collapse:
        # the needle's own words are what to look for.
        start = folded.find(words)
        return None if start == -1 else (start, start + len(words))
    match = _verbatim_pattern(words).search(haystack)
    return match.span() if match else None


@functools.lru_cache(maxsize=256)
def _folded(text: str) -> str:
    """`text` with quotation marks and whitespace folded one character for one, so that every
    character stays where it was. Kept per paragraph: each quote in it looks it up."""
    for char in set(_FOLDABLE.findall(text)):
        text = text.replace(char, _QUOTE_MARKS.get(ord(char), " "))
    return text


_QUOTE_MARK = re.compile("[\u201c\u201d\u201e\u2033\u2018\u2019\u201a\u2032]")
_FOLDABLE = re.compile(f"[^\\S ]|{_QUOTE_MARK.pattern}")


@functools.lru_cache(maxsize=1024)
def _verbatim_pattern(words: str) -> re.Pattern[str]:
    """The normalized `words` as a pattern that allows any run of whitespace between them and
    any style of quotation mark."""
    pattern = re.escape(words).replace("\\ ", r"\s+")
    pattern = pattern.replace('"', '["\u201c\u201d\u201e\u2033]')
    return re.compile(pattern.replace("'", "['\u2018\u2019\u201a\u2032]"))
