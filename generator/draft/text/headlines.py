"""Headlines: paragraphs set in capitals that are a title, not sentences of the report.

A headline's capitals say nothing about names (`Minister Resigns Over Leaked Memo`), so the
draft finds no mentions in it. A paragraph text in; True when it reads as a headline.
"""

from __future__ import annotations

import re

from generator.draft.text.quotes import DOUBLE_MARKS

_LONGEST = 16
"""Words a headline may run to; a longer paragraph is part of the report."""
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def is_headline(paragraph: str) -> bool:
    """True for a short paragraph without a closing full stop, in capitals or title case."""
    text = paragraph.strip()
    words = _WORD.findall(text)
    if not words or len(words) > _LONGEST or text[-1] in ".!?:;," or text[-1] in DOUBLE_MARKS:
        return False
    if any(mark in text for mark in DOUBLE_MARKS):
        return False  # a headline that quotes someone keeps its cue
    if text.upper() == text:
        return True
    long_words = [word for word in words if len(word) >= 4]
    capitalised = [word for word in long_words if word[0].isupper()]
    return len(long_words) >= 2 and len(capitalised) == len(long_words)
