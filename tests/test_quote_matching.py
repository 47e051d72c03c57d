"""Quote matching: a quote stands verbatim when only whitespace and quotation-mark styles differ."""

from __future__ import annotations

import pytest

from generator.article import find_verbatim

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
