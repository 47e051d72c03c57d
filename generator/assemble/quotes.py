"""Assemble: one quote of the fact sheet becomes its card on the quotes page.

A `Quote`, its speaker and the article paragraph in; a `QuoteView` out, with the words as shown
(the sentence's own trailing punctuation trimmed) and the article's sentence around them.
"""

from __future__ import annotations

import re

from generator.assemble.dates import format_date
from generator.model.article import find_verbatim
from generator.model.factsheet import Actor, Quote
from generator.model.views import QuoteView

# Punctuation of the article's clause, not of the speaker's words: trimmed from the display only.
SENTENCE_PUNCTUATION = ",;:"

# The end of a sentence: a full stop, question or exclamation mark (with any closing quotation
# mark or bracket) before a space or the end, unless it follows a lone capital ("U.S.", "J. Doe").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"\u201d\u2019')\]]*(?=\s|$)")


def quote_view(quote: Quote, actors: dict[str, Actor], paragraph: str) -> QuoteView:
    """The card of `quote`, whose words stand verbatim in the article's `paragraph`."""
    speaker = actors.get(quote.speaker) if quote.speaker else None
    side = actors.get(speaker.side) if speaker and speaker.side else None
    return QuoteView(
        id=quote.id,
        text=quote.text,
        speaker_name=speaker.name if speaker else "Unnamed speaker",
        speaker_role=speaker.role if speaker else None,
        speaker_link=f"people.md#{speaker.id}" if speaker else None,
        venue=quote.venue,
        date=format_date(quote.date) if quote.date else None,
        context=quote.context,
        paragraph=quote.paragraph,
        source_link=f"source.md#q-{quote.id}",
        display_text=display_text(quote.text),
        speaker_side=_side_name(speaker, side),
        sentence=sentence_around(quote.text, paragraph),
    )


def display_text(text: str) -> str:
    """`text` as a card shows it: without a trailing comma, semicolon or colon."""
    return text.strip().rstrip(SENTENCE_PUNCTUATION).rstrip()


def sentence_around(text: str, paragraph: str) -> tuple[str, str, str] | None:
    """The sentence of `paragraph` that holds `text`, as (before, quoted words, after).

    None when the words are not found or begin their sentence: only a fragment needs the
    article's words before it to be understood.
    """
    span = find_verbatim(text, paragraph)
    if span is None:
        return None
    start, end = span
    begin = 0
    for match in _SENTENCE_END.finditer(paragraph, 0, start):
        begin = match.end()
    stop = len(paragraph)
    match = _SENTENCE_END.search(paragraph, max(end - 1, start))
    if match:
        stop = match.end()
    before = paragraph[begin:start].lstrip()
    after = paragraph[end:stop].rstrip()
    if not before.strip(" \u201c\u201d\"'"):
        return None
    return before, paragraph[start:end], after


def _side_name(speaker: Actor | None, side: Actor | None) -> str | None:
    """The speaker's side, unless their role already names it."""
    if speaker is None or side is None or side is speaker:
        return None
    return None if side.name in (speaker.role or "") else side.name
