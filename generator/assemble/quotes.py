"""Assemble: one quote of the fact sheet becomes its card on the quotes page.

A `Quote`, its speaker and the article paragraph in; a `QuoteView` out, with the words as shown
(the sentence's own trailing punctuation trimmed) and the article's sentence around them. A quote
the article splits by its attribution (`"A," she said. "B."`) is joined into one card.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from generator.assemble.dates import format_date
from generator.draft.lexicon import SPEECH_VERBS
from generator.model.article import find_verbatim
from generator.model.factsheet import Actor, Quote
from generator.model.views import QuoteView

# Punctuation of the article's clause, not of the speaker's words: trimmed from the display only.
SENTENCE_PUNCTUATION = ",;:"

# The end of a sentence: a full stop, question or exclamation mark (with any closing quotation
# mark or bracket) before a space or the end, unless it follows a lone capital ("U.S.", "J. Doe").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"\u201d\u2019')\]]*(?=\s|$)")

# Between the two parts of a split quote: its closing mark, a short clause naming the speaker with
# a verb of saying (`the minister said.`), and the next part's opening mark; nothing else.
_ATTRIBUTION_GAP = re.compile(
    r"^\s*[,;:.!?]?[\"\u201d\u2019']\s*(?P<cue>[^\"\u201c\u201d\u2018\u2019]+?)\s*[\"\u201c\u2018']\s*$"
)
_CUE_WORDS = 12

# Between the parts on a joined card.
PART_JOINER = " … "


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


def quote_cards(
    quotes: tuple[QuoteView, ...], paragraph: Callable[[int], str]
) -> tuple[QuoteView, ...]:
    """The cards of the quotes page, in the order of `quotes`: a quote split by its attribution
    becomes one card that shows its parts joined by ` … ` and lists the later parts' ids."""
    later = {}
    for first, *rest in _split_quotes(quotes, paragraph):
        later[first.id] = rest
    dropped = {part.id for parts in later.values() for part in parts}
    cards = []
    for quote in quotes:
        if quote.id in dropped:
            continue
        parts = later.get(quote.id)
        if not parts:
            cards.append(quote)
            continue
        contexts = [q.context for q in (quote, *parts) if q.context]
        cards.append(
            replace(
                quote,
                display_text=PART_JOINER.join(q.display_text for q in (quote, *parts)),
                joined_ids=tuple(part.id for part in parts),
                context=" ".join(dict.fromkeys(contexts)) or None,
            )
        )
    return tuple(cards)


def is_attribution_gap(gap: str) -> bool:
    """True when `gap`, the article's text between two quoted parts, holds only the closing
    mark, an attribution (`" the minister said. "`) and the next opening mark."""
    match = _ATTRIBUTION_GAP.match(gap)
    if match is None:
        return False
    cue = match["cue"].rstrip(" ,;:.")
    words = [word.strip(",;:.").lower() for word in cue.split()]
    if not words or len(words) > _CUE_WORDS or _SENTENCE_END.search(cue):
        return False
    return any(word in SPEECH_VERBS for word in words)


def _split_quotes(
    quotes: tuple[QuoteView, ...], paragraph: Callable[[int], str]
) -> list[list[QuoteView]]:
    """Runs of two or more quotes of one speaker that stand in one paragraph, one after the
    other, with only their attribution between them."""
    placed: dict[int, list[tuple[int, int, QuoteView]]] = {}
    for quote in quotes:
        span = find_verbatim(quote.text, paragraph(quote.paragraph))
        if span is not None and quote.speaker_link is not None:
            placed.setdefault(quote.paragraph, []).append((*span, quote))
    runs = []
    for number, spans in placed.items():
        text = paragraph(number)
        run: list[QuoteView] = []
        last_end = -1
        for start, end, quote in sorted(spans, key=lambda item: item[:2]):
            joins = (
                run
                and run[-1].speaker_link == quote.speaker_link
                and start >= last_end
                and is_attribution_gap(text[last_end:start])
            )
            if not joins:
                if len(run) > 1:
                    runs.append(run)
                run = []
            run.append(quote)
            last_end = end
        if len(run) > 1:
            runs.append(run)
    return runs


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
