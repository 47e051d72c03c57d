"""Quote matching: a quote stands verbatim when only whitespace and quotation-mark styles differ."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model.article import find_verbatim

HAYSTACK = "He said \u201cit\u2019s   fine\u201d for US$5 (trillion)? a.b and then\nleft."


@pytest.mark.parametrize(
    "needle, found",
    [
        ('"it\'s fine"', "\u201cit\u2019s   fine\u201d"),
        ("then left.", "then\nleft."),
        ("US$5 (trillion)?", "US$5 (trillion)?"),
        ("a.b", "a.b"),
    ],
)
def test_a_quote_is_found_in_the_article_s_own_characters(needle, found):
    start, end = find_verbatim(needle, HAYSTACK)

    assert HAYSTACK[start:end] == found


@pytest.mark.parametrize("needle", ["a-b", "its fine", "US$5 trillion", "", "   "])
def test_other_words_are_not_found(needle):
    assert find_verbatim(needle, HAYSTACK) is None


def _by_pattern(needle: str, haystack: str) -> tuple[int, int] | None:
    """The rule spelt out as one regular expression: the needle's words with any run of
    whitespace between them, each quotation mark standing for any of its styles."""
    words = " ".join(needle.translate(_STYLES).split())
    if not words:
        return None
    pattern = re.escape(words).replace("\\ ", r"\s+")
    pattern = pattern.replace('"', '["\u201c\u201d\u201e\u2033]').replace(
        "'", "['\u2018\u2019\u201a\u2032]"
    )
    match = re.search(pattern, haystack)
    return match.span() if match else None


_STYLES = str.maketrans("\u201c\u201d\u201e\u2033\u2018\u2019\u201a\u2032", "\"\"\"\"''''")
_PIECES = st.sampled_from(
    ["a", "b", "ab", " ", "  ", "\n", "\t", "\xa0", "\u2003", '"', "'", "\u201c", "\u2019", "."]
)


@settings(max_examples=400, deadline=None)
@given(
    needle=st.lists(_PIECES, min_size=1, max_size=6).map("".join),
    haystack=st.lists(_PIECES, max_size=20).map("".join),
)
def test_a_quote_is_found_where_the_rule_finds_it(needle: str, haystack: str) -> None:
    assert find_verbatim(needle, haystack) == _by_pattern(needle, haystack)
