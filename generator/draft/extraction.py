"""Extraction: the whole reading of one article, from text to a `Draft` of its fact sheet.

Article text and optional publication date and outlet in; quotations with speakers, the
non-quotes, actors, dated events and warnings out. Pure: no files, no clock, no network.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.draft.actors.cast import register_actors
from generator.draft.actors.registry import ActorRecord
from generator.draft.attribution.venues import find_venue
from generator.draft.confidence import speaker_doubt
from generator.draft.dates import DatedEvent, find_dates, find_events, quote_date, sentence_text
from generator.draft.mentions.finder import find_mentions
from generator.draft.speakers import Attributor, NonQuote
from generator.draft.text.headlines import is_headline
from generator.draft.text.quotes import Quotation, find_quotations
from generator.draft.text.sentences import Sentence, split_sentences, tokenize
from generator.model.article import Article


@dataclass
class DraftQuote:
    """One quotation as the draft records it."""

    quotation: Quotation
    speaker: str | None
    cue: str | None
    how: str
    doubt: str | None
    """Why an editor must check the speaker; None when the quote's own sentence names them."""
    date: str | None = None
    venue: str | None = None

    @property
    def sure(self) -> bool:
        return self.speaker is not None and self.doubt is None


@dataclass
class Draft:
    """Everything drafted from one article."""

    article: Article
    published: dt.date | None
    outlet: str | None
    quotes: list[DraftQuote]
    non_quotes: list[tuple[Quotation, str]]
    actors: list[ActorRecord]
    events: list[DatedEvent]
    warnings: list[str] = field(default_factory=list)

    def actor(self, actor_id: str) -> ActorRecord:
        return next(actor for actor in self.actors if actor.id == actor_id)


def draft_article(text: str, published: dt.date | None = None, outlet: str | None = None) -> Draft:
    """Read `text` and draft its fact sheet's quotes, actors and events."""
    article = Article.from_text(text)
    quotations, warnings = find_quotations(article.paragraphs)
    sentences = _sentences(article, quotations)
    headlines = {number for number, text in enumerate(article.paragraphs, 1) if is_headline(text)}
    mentions = [
        [] if sentence.paragraph in headlines else find_mentions(sentence) for sentence in sentences
    ]
    registry = register_actors(sentences, mentions)
    attributions, non_quotes = Attributor(
        quotations, sentences, mentions, registry, article.paragraphs
    ).run()
    texts = [
        sentence_text(sentence, article.paragraph(sentence.paragraph)) for sentence in sentences
    ]
    dates = [find_dates(text, published) for text in texts]
    quotes = [
        DraftQuote(
            quotation=quotations[attribution.quote],
            speaker=attribution.speaker,
            cue=attribution.cue,
            how=attribution.how,
            doubt=speaker_doubt(
                attribution.how,
                registry.get(attribution.speaker) if attribution.speaker else None,
                registry,
            ),
            date=quote_date(dates[attribution.sentence]),
            venue=find_venue(texts[attribution.sentence]),
        )
        for attribution in attributions
    ]
    return Draft(
        article=article,
        published=published,
        outlet=outlet,
        quotes=quotes,
        non_quotes=[(quotations[item.quote], item.kind) for item in _sorted(non_quotes)],
        actors=registry.exported(),
        events=find_events(sentences, article, dates),
        warnings=warnings,
    )


def _sentences(article: Article, quotations: list[Quotation]) -> list[Sentence]:
    by_paragraph: dict[int, list[tuple[int, Quotation]]] = {}
    for index, quotation in enumerate(quotations):
        by_paragraph.setdefault(quotation.paragraph, []).append((index, quotation))
    sentences: list[Sentence] = []
    for number, text in enumerate(article.paragraphs, start=1):
        tokens = tokenize(text, by_paragraph.get(number, []))
        sentences.extend(split_sentences(number, tokens, len(sentences)))
    return sentences


def _sorted(non_quotes: list[NonQuote]) -> list[NonQuote]:
    return sorted(non_quotes, key=lambda item: item.quote)
