"""Speakers: who said each quotation, read from its cue, names, roles, pronouns and context.

Sentences, their mentions and the article's quotations in; an `Attribution` per quotation and the
quotations that are not quotes (question words, terms, titles, slogans, repeats) out.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from itertools import pairwise

from generator.draft import lexicon as lx
from generator.draft.actors.references import RECENT_SENTENCES, Resolver
from generator.draft.actors.registry import Registry
from generator.draft.attribution.cues import Cue, find_cues, is_question_word
from generator.draft.attribution.terms import non_quote_kind
from generator.draft.mentions.mention import Mention
from generator.draft.text.quotes import Quotation
from generator.draft.text.sentences import Sentence, Token
from generator.model.article import normalize_for_matching

_TERM_WORDS = 4
_LONG_CUE = 60
_HEADLINE_WORDS = 30
_ANSWERS = frozenset(
    {"replied", "replies", "answered", "answers", "responded", "responds", "retorted"}
)
"""Verbs of an answer: their `he` or `she` is not the one who asked the question before."""
_REPEAT_WINDOW = 60  # paragraphs either side where a headline's quote is looked for


@dataclass(frozen=True)
class Attribution:
    """The speaker of one quotation (an actor id or None), the cue, and how it was found."""

    quote: int
    speaker: str | None
    cue: str | None
    how: str
    sentence: int


@dataclass(frozen=True)
class NonQuote:
    """Words in quotation marks that are not a quote, and why (`question`, `term`, ...)."""

    quote: int
    kind: str


class Attributor:
    """Walks an article's sentences in order, keeping track of who was last spoken of."""

    def __init__(
        self,
        quotations: list[Quotation],
        sentences: list[Sentence],
        mentions: list[list[Mention]],
        registry: Registry,
        paragraphs: tuple[str, ...],
    ):
        self.paragraphs = paragraphs
        self.quotations = quotations
        self.sentences = sentences
        self.mentions = mentions
        self.registry = registry
        self.resolver = Resolver(registry)
        self._comparable: list[str] | None = None
        self._paragraphs: list[int] = []
        self.attributions: dict[int, Attribution] = {}
        self._last_spoken: int | None = None  # the latest quotation given a speaker so far
        self.non_quotes: list[NonQuote] = []

    def run(self) -> tuple[list[Attribution], list[NonQuote]]:
        for sentence in self.sentences:
            self._read(sentence)
        self._share_across_paragraphs()
        for attribution in self.attributions.values():
            if attribution.speaker:
                self.registry.get(attribution.speaker).speaks = True
        ordered = [self.attributions[index] for index in sorted(self.attributions)]
        return ordered, self.non_quotes

    # one sentence ---------------------------------------------------------------------------

    def _read(self, sentence: Sentence) -> None:
        self.resolver.current = sentence.index
        mentions = self.mentions[sentence.index]
        self.resolver.note_issuers(sentence, mentions)
        cues = find_cues(sentence, mentions)
        chosen: dict[int, Cue | None] = {}
        for position in sentence.quote_positions():
            index = sentence.tokens[position].quote
            kind = non_quote_kind(sentence, position)
            if kind is None and is_question_word(sentence, cues, position):
                kind = "question"
            if kind is not None:
                self.non_quotes.append(NonQuote(index, kind))
            else:
                chosen[position] = _choose_cue(sentence, cues, position)
        _share_a_closing_cue(sentence, chosen)
        used = {cue.position for cue in chosen.values() if cue is not None}
        local: list[str] = []
        speakers: dict[int, tuple[str | None, str]] = {}
        for cue in cues:
            asker = self._asker() if cue.words.lower() in _ANSWERS else None
            if asker is not None and cue.subject is not None and cue.subject.kind == "pronoun":
                actor, how = self._answerer(cue.subject, asker, sentence), "pronoun"
            else:
                actor, how = self.resolver.cue_speaker(
                    cue, sentence, local, create=cue.position in used
                )
            speakers[cue.position] = (actor, how)
            if actor is not None:
                local.append(actor)
        for position, cue in chosen.items():
            index = sentence.tokens[position].quote
            if cue is not None:
                actor, how = speakers[cue.position]
                how = "reported speech" if cue.reported else how
                cue_text = _cue_text(sentence, cue, self.paragraphs[sentence.paragraph - 1])
                self._attribute(index, actor, cue_text, how, sentence)
            else:
                self._attribute_from_context(index, sentence, position)
        self.resolver.remember(sentence, mentions, local)

    def _attribute(
        self, index: int, actor: str | None, cue: str | None, how: str, sentence: Sentence
    ) -> None:
        self.attributions[index] = Attribution(index, actor, cue, how, sentence.index)
        if actor is not None:
            self._last_spoken = index
            self.resolver.last_speaker = actor
            self.resolver.seen[actor] = sentence.index

    def _attribute_from_context(self, index: int, sentence: Sentence, position: int) -> None:
        quotation = self.quotations[index]
        tokens = sentence.tokens
        words_before = any(token.is_word for token in tokens[:position])
        if self._repeats_another(index):
            self.non_quotes.append(NonQuote(index, "repeat"))
            return
        if quotation.runs_on or quotation.resumes:
            self._attribute(index, None, None, "none", sentence)
            return
        if words_before and _looks_like_term(quotation.text, tokens, position):
            self.non_quotes.append(NonQuote(index, "term"))
            return
        previous = self._previous_in_paragraph(index)
        if previous is not None and previous.speaker is not None:
            # `"We tried," said Ann Lee, "and we failed."`: the split quote's cue names her
            how = previous.how if previous.sentence == sentence.index else "previous quote"
            self._attribute(index, previous.speaker, previous.cue, how, sentence)
            return
        only_quotes = not any(token.is_word for token in tokens)
        first_in_paragraph = sentence.index == 0 or (
            self.sentences[sentence.index - 1].paragraph != sentence.paragraph
        )
        introduced = self._introduced_next(sentence) if only_quotes else None
        if introduced is not None:
            self._attribute(index, introduced[0], introduced[1], "next sentence", sentence)
            return
        subjects = self.resolver.subjects
        asks_back = self._asks_after_an_answer(index)
        if asks_back and only_quotes and not first_in_paragraph and subjects:
            at, subject = subjects[-1]  # `Ann Lee frowned. "And then?"`
            other = isinstance(subject, str) and subject != self.resolver.last_speaker
            if at == sentence.index - 1 and other:
                self._attribute(index, subject, None, "previous sentence", sentence)
                return
        if asks_back:
            # `"In June," Moss said. / "And you told no one?"`: in an exchange a bare question
            # is the other side's turn, so the last speaker is not carried over
            self._attribute(index, None, None, "none", sentence)
            return
        last = self.resolver.last_speaker
        if only_quotes and first_in_paragraph and last is not None:
            self._attribute(index, last, None, "previous paragraph", sentence)
            return
        if only_quotes and not first_in_paragraph and subjects:
            at, subject = subjects[-1]  # `Smith was defiant. "We will win."`
            if at == sentence.index - 1 and isinstance(subject, str):
                self._attribute(index, subject, None, "previous sentence", sentence)
                return
        self._attribute(index, None, None, "none", sentence)

    def _introduced_next(self, sentence: Sentence) -> tuple[str, str] | None:
        """`"We are ready." So said Ann Lee, the coach.`: a bare quote whose speaker is named in
        the next sentence of its paragraph, by name, with a speech verb and no quote of its own."""
        following = sentence.index + 1
        if following >= len(self.sentences):
            return None
        after = self.sentences[following]
        if after.paragraph != sentence.paragraph or after.quote_positions():
            return None
        for cue in find_cues(after, self.mentions[following]):
            subject = cue.subject
            if subject is None or subject.kind not in {"name", "organisation", "government"}:
                continue
            actor, _ = self.resolver.cue_speaker(cue, after, [], create=True)
            if actor is not None:
                paragraph = self.paragraphs[after.paragraph - 1]
                return actor, _cue_text(after, cue, paragraph)
        return None

    def _asker(self) -> str | None:
        """Who put the question last quoted, if the last attributed quote is a question."""
        if self._last_spoken is None or not _asks(self.quotations[self._last_spoken].text):
            return None
        return self.attributions[self._last_spoken].speaker

    def _answerer(self, pronoun: Mention, asker: str, sentence: Sentence) -> str | None:
        """`X questioned Y. "Why?" she asked. "Because," he replied.`: the person last named
        before the answer who is not the asker and fits the pronoun; None when there is none."""
        first = max(0, sentence.index - RECENT_SENTENCES)
        for index in range(sentence.index, first - 1, -1):
            earlier = self.sentences[index]
            for mention in reversed(self.mentions[index]):
                if index == sentence.index and mention.first >= pronoun.first:
                    continue
                actor = self.resolver.person_named(mention, earlier)
                if actor is None or actor == asker:
                    continue
                if self.registry.get(actor).fits(pronoun.head or ""):
                    return actor
        return None

    def _asks_after_an_answer(self, index: int) -> bool:
        """True for a bare question whose article's last attributed quote was no question."""
        if not _asks(self.quotations[index].text) or self._last_spoken is None:
            return False
        return not _asks(self.quotations[self._last_spoken].text)

    def _previous_in_paragraph(self, index: int) -> Attribution | None:
        paragraph = self.quotations[index].paragraph
        for earlier in range(index - 1, -1, -1):
            if self.quotations[earlier].paragraph != paragraph:
                return None
            if earlier in self.attributions:
                return self.attributions[earlier]
        return None

    def _repeats_another(self, index: int) -> bool:
        """True for a quote in a headline-like paragraph that repeats a longer quote elsewhere."""
        quotation = self.quotations[index]
        if len(self.paragraphs[quotation.paragraph - 1].split()) > _HEADLINE_WORDS:
            return False
        if self._comparable is None:
            self._comparable = [_comparable(other.text) for other in self.quotations]
            self._paragraphs = [other.paragraph for other in self.quotations]
        words = self._comparable[index]
        first = bisect.bisect_left(self._paragraphs, quotation.paragraph - _REPEAT_WINDOW)
        last = bisect.bisect_right(self._paragraphs, quotation.paragraph + _REPEAT_WINDOW)
        return len(words) > 0 and any(
            self._paragraphs[position] != quotation.paragraph
            and len(self._comparable[position]) > len(words)
            and words in self._comparable[position]
            for position in range(first, last)
        )

    # quotations over several paragraphs -----------------------------------------------------

    def _share_across_paragraphs(self) -> None:
        chain: list[int] = []
        for index, quotation in enumerate(self.quotations):
            if quotation.resumes and chain:
                chain.append(index)
            else:
                self._settle(chain)
                chain = [index]
        self._settle(chain)

    def _settle(self, chain: list[int]) -> None:
        parts = [self.attributions[index] for index in chain if index in self.attributions]
        if len(parts) < 2:
            return
        known = next((part for part in parts if part.speaker and part.how != "none"), None)
        if known is None:
            return
        for part in parts:
            if part.speaker is None:
                self.attributions[part.quote] = Attribution(
                    part.quote, known.speaker, known.cue, "same quotation", part.sentence
                )


def _choose_cue(sentence: Sentence, cues: list[Cue], position: int) -> Cue | None:
    """The cue that attributes the quotation at `position`, if the sentence has one."""
    tokens = sentence.tokens
    if any(cue.subject is not None for cue in cues):
        # `X dismissed the audit, which said it was "doomed"`: the clause of `which` keeps its
        # cue, so the quote is not given to X
        cues = [
            cue
            for cue in cues
            if cue.subject is not None
            or (cue.position > 0 and tokens[cue.position - 1].lower == "which")
        ]
    before = [cue for cue in cues if cue.position < position]
    asides = _asides(tokens, position) if len(before) > 1 else []
    outside = [cue for cue in before if not any(a < cue.position < b for a, b in asides)]
    before = outside or before  # `X said — as reported by Y — "..."`: X's words
    after = [
        cue
        for cue in cues
        if cue.position > position
        and not any(token.kind == "quote" for token in tokens[position + 1 : cue.position])
    ]
    opens_sentence = not any(token.is_word for token in tokens[:position])
    trails = tokens[position].text.endswith(",") or (
        position + 1 < len(tokens) and tokens[position + 1].text == ","
    )
    follows = (
        after
        and (after[0].subject is None or after[0].subject.first > position)
        and not any(  # `"x", while Aldi called it "y"`: a new clause, not the attribution
            token.lower in lx.SUBORDINATORS or token.lower in {"and", "but"}
            for token in tokens[position + 1 : after[0].position]
        )
    )
    if after and (opens_sentence or (trails and follows and after[0].position - position <= 6)):
        return _reported_within(tokens, after)
    if before:
        return before[-1]
    return after[0] if after else None


_DASHES = frozenset({"\u2014", "\u2013", "--"})  # em dash, en dash, two hyphens


def _asides(tokens: tuple, quote: int) -> list[tuple[int, int]]:
    """The asides closed before the quotation at `quote`, as (opening, closing) positions:
    between two dashes (`— which the BBC noted —`), or from `, as` to the next comma
    (`, as reported by the agency,`)."""
    found = []
    dash = None
    for position in range(quote):
        text = tokens[position].text
        if text in _DASHES:
            if dash is None:
                dash = position
            else:
                found.append((dash, position))
                dash = None
        elif text == "," and position + 1 < quote and tokens[position + 1].lower == "as":
            closing = next(
                (later for later in range(position + 2, quote) if tokens[later].text == ","),
                None,
            )
            if closing is not None:
                found.append((position, closing))
    return found


def _reported_within(tokens: tuple[Token, ...], after: list[Cue]) -> Cue:
    """`"...," Brack said Corliss told him.`: the words are the one Brack reports, not his."""
    first = after[0]
    if len(after) < 2 or after[1].subject is None:
        return first
    start = first.position + 1
    if start < len(tokens) and tokens[start].lower == "that":
        start += 1
    inner = after[1]
    subject_before_verb = first.subject is not None and first.subject.first < first.position
    if subject_before_verb and inner.subject.first == start:
        return replace(inner, reported=True)
    return first


def _share_a_closing_cue(sentence: Sentence, chosen: dict[int, Cue | None]) -> None:
    """`"We tried," "and we failed," said Lee.`: quotations side by side, with nothing but
    punctuation between them, share the cue that closes the last of them."""
    tokens = sentence.tokens
    positions = sorted(chosen)
    for this, following in reversed(list(pairwise(positions))):
        if chosen[this] is not None or chosen[following] is None:
            continue
        if any(token.is_word or token.kind == "quote" for token in tokens[this + 1 : following]):
            continue
        if _asks(tokens[this].text) and not _asks(tokens[following].text):
            continue  # `"Did you know?" "No," said Moss.`: a question and its answer
        chosen[this] = chosen[following]


def _asks(text: str) -> bool:
    return text.rstrip(" \"'\u201d\u2019").endswith("?")


def _cue_text(sentence: Sentence, cue: Cue, paragraph: str) -> str:
    """The attributing words as printed: subject and verb, or `according to` and its source."""
    tokens = sentence.tokens
    verb = tokens[cue.position]
    if cue.words == "according to":
        verb = tokens[cue.position + 1]
    if cue.subject is None:
        return paragraph[tokens[cue.position].start : verb.end]
    subject_start = tokens[cue.subject.first].start
    subject_end = tokens[cue.subject.last].end
    start, end = min(subject_start, tokens[cue.position].start), max(subject_end, verb.end)
    if any(token.kind == "quote" and start <= token.start < end for token in tokens) or (
        end - start > _LONG_CUE
    ):
        subject = paragraph[subject_start:subject_end]
        words = paragraph[tokens[cue.position].start : verb.end]
        return (
            f"{subject} … {words}"
            if subject_start < tokens[cue.position].start
            else (f"{words} … {subject}")
        )
    return paragraph[start:end]


def _looks_like_term(text: str, tokens: tuple, position: int) -> bool:
    """A short phrase that is no sentence of its own and is not introduced by a colon."""
    introduced = position > 0 and tokens[position - 1].text == ":"
    return (
        len(text.split()) <= _TERM_WORDS and not text.endswith((".", "!", "?")) and not (introduced)
    )


def _comparable(text: str) -> str:
    return normalize_for_matching(text).lower().strip(" .,;:!?")
