"""Cues: the attributing words of a sentence (`said the official`, `according to Waltz`).

A `Sentence` and its mentions in; `Cue` values (the verb, where it stands, the mention that is
its subject, found by `subjects`) out, and the rule that tells a question's word from a quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.draft import lexicon as lx
from generator.draft.attribution.antecedents import mention_ending
from generator.draft.attribution.subjects import (
    agent_after_quote,
    find_subject,
    main_subject,
    mention_starting,
)
from generator.draft.mentions.mention import Mention
from generator.draft.text.sentences import Sentence, Token

_CALL_NOT_SPEECH = frozenset({"for", "on", "off", "up"})  # `called for`, `called on`
_CUE_WORDS = (
    lx.SPEECH_VERBS | lx.QUESTION_VERBS | {"according", "read", "reads", "words", "quoting"}
)
"""The words a cue can start from; every other word is passed over at once."""
_QUESTION_REACH = 5  # tokens between a question verb and the quoted question (its subject)
_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})
_WRITINGS = lx.DOCUMENT_NOUNS | frozenset(
    {"message", "sign", "words", "text", "tweet", "caption", "inscription"}
)
_PASSIVE_NEEDS_AGENT = frozenset(  # `was accused of "x"` is no one's quote without `by Y`
    {
        "called",
        "named",
        "described",
        "accused",
        "criticised",
        "criticized",
        "praised",
        "blamed",
        "dismissed",
    }
)


@dataclass(frozen=True)
class Cue:
    """An attributing verb (or `according to`) at `position`, with its subject when found."""

    position: int
    words: str
    subject: Mention | None
    appositive: Mention | None = None  # a name given beside the subject (`a spokeswoman, Ann Lee`)
    reported: bool = False  # inside another's cue: `Brack said Corliss told him`


def find_cues(sentence: Sentence, mentions: list[Mention]) -> list[Cue]:
    """Every attributing verb of the sentence with its subject."""
    tokens = sentence.tokens
    cues = []
    quoting = False
    for position, token in enumerate(tokens):
        word = token.lower
        if word not in _CUE_WORDS or not token.is_word:
            continue
        if word == "quoting":
            quoting = True
            continue
        if word == "according" and _next_word(tokens, position) == "to":
            subject = _past_a_country_initialism(tokens, mentions, position + 2)
            if subject is None or subject.kind == "document":
                subject = _source_of_document(tokens, mentions, position + 2) or subject
            cues.append(Cue(position, "according to", subject))
        elif (word in lx.SPEECH_VERBS and _is_speech(tokens, position)) or (
            word in lx.QUESTION_VERBS and _puts_a_quoted_question(tokens, position)
        ):
            subject, appositive = find_subject(sentence, mentions, position)
            cues.append(Cue(position, token.text, subject, appositive))
        elif word == "words":
            owner = _whose_words(tokens, mentions, position)
            if owner is not None:
                cues.append(Cue(position, token.text, owner))
        elif word in {"read", "reads"}:  # `the statement read`: a document speaks
            subject, _ = find_subject(sentence, mentions, position)
            if subject is not None and subject.kind == "document":
                cues.append(Cue(position, token.text, subject))
    if not cues:
        cues = _colon_cue(sentence, mentions)
    if quoting:
        cues = [_quoting(tokens, mentions, cue) for cue in cues]
    if any(cue.subject is not None and cue.words != "according to" for cue in cues):
        # `X said "...", according to Reuters`: the report is the source, X the speaker
        cues = [cue for cue in cues if cue.words != "according to"]
    return cues


def _colon_cue(sentence: Sentence, mentions: list[Mention]) -> list[Cue]:
    """`Smith was clear: "We will not negotiate."`: with no speech verb, a colon before a whole
    sentence in quotation marks hands it to the subject of the words before the colon."""
    tokens = sentence.tokens
    for position in range(1, len(tokens)):
        quote = tokens[position]
        if tokens[position - 1].text != ":" or quote.kind != "quote":
            continue
        if not quote.text.rstrip().endswith((".", "!", "?")):
            return []
        subject, _ = main_subject(sentence, mentions, position - 1)
        if subject is None or subject.kind not in {"name", "role", "organisation"}:
            return []
        words = tokens[subject.last + 1 : position - 1]
        if any(token.lower in _WRITINGS for token in words):
            return []  # `Police found a note in the car: "..."`: the note's words
        return [Cue(position - 1, ":", subject)]
    return []


_QUOTING_REACH = 6  # tokens after a cue where its `, quoting X` may stand


def _quoting(tokens: tuple[Token, ...], mentions: list[Mention], cue: Cue) -> Cue:
    """`"...," Ann Lee said, quoting Tom Hart.`: the words are Hart's, reported by Lee."""
    if cue.subject is None:
        return cue
    end = min(len(tokens) - 1, cue.position + _QUOTING_REACH)
    for position in range(cue.position + 1, end):
        token = tokens[position]
        if token.kind == "quote" or token.text in {".", ";"}:
            return cue
        if token.lower == "quoting" and tokens[position - 1].text == ",":
            source = mention_starting(mentions, position + 1)
            if source is None or source.kind not in {"name", "role", "organisation"}:
                return cue
            return replace(cue, subject=source, appositive=None, reported=True)
    return cue


def _whose_words(tokens: tuple[Token, ...], mentions: list[Mention], at: int) -> Mention | None:
    """`In Ann Lee's words, "..."`, `in the words of Ann Lee, "..."`: whose words they are."""
    if at >= 2 and tokens[at - 2].lower == "in":  # `in X's words`
        owner = mention_ending(mentions, at - 1)
        if owner is not None and owner.possessive and owner.kind != "pronoun":
            return owner
    of_whom = at + 1 < len(tokens) and tokens[at + 1].lower == "of"  # `in the words of X`
    if of_whom and at >= 2 and tokens[at - 1].lower == "the" and tokens[at - 2].lower == "in":
        owner = mention_starting(mentions, at + 2)
        if owner is not None and owner.kind != "pronoun":
            return owner
    return None


def _past_a_country_initialism(
    tokens: tuple[Token, ...], mentions: list[Mention], start: int
) -> Mention | None:
    """The mention starting at `start`; past initials such as `U.S.` that qualify the title
    after them (`according to U.K. Ambassador Reyne`: Reyne, not a name `U.K`)."""
    found = mention_starting(mentions, start)
    if found is None or found.kind != "name" or "." not in found.text:
        return found
    letters = found.text.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) <= 3):
        return found
    after = found.last + 1
    if after < len(tokens) and tokens[after].text == ".":
        after += 1
    return mention_starting(mentions, after) or found


def _source_of_document(
    tokens: tuple[Token, ...], mentions: list[Mention], start: int
) -> Mention | None:
    """`according to a statement from the WHO`: the mention after `from`, `by` or `of`."""
    for position in range(start, min(start + 6, len(tokens))):
        token = tokens[position]
        if not token.is_word:
            return None
        if token.lower in {"from", "by", "of"}:
            return mention_starting(mentions, position + 1) or mention_starting(
                mentions, position + 2
            )
    return None


def _puts_a_quoted_question(tokens: tuple[Token, ...], position: int) -> bool:
    """`"Why?" she asked`, `asked Ola Brandvik: "Why?"`: a question verb beside a quoted question
    attributes it, unlike `asked not to be named` or `asked whether ...`."""
    for before in range(position - 1, max(position - _QUESTION_REACH, -1) - 1, -1):
        token = tokens[before]
        if token.kind == "quote":
            return _is_question(token.text)
        if token.lower in lx.SPEECH_VERBS or token.text in {".", ";"}:
            break
    after = position + 1
    while after < len(tokens) and after - position <= _QUESTION_REACH:
        token = tokens[after]
        if token.kind == "quote":
            return _is_question(token.text) and tokens[after - 1].text in {":", ","}
        if token.lower in lx.SPEECH_VERBS or token.text in {".", ";"}:
            return False
        after += 1
    return False


def _is_question(text: str) -> bool:
    return text.rstrip(" \"'\u201d\u2019").endswith("?")


def _next_word(tokens: tuple[Token, ...], position: int) -> str | None:
    return tokens[position + 1].lower if position + 1 < len(tokens) else None


def _is_speech(tokens: tuple[Token, ...], position: int) -> bool:
    word = tokens[position].lower
    following = _next_word(tokens, position)
    previous = tokens[position - 1].lower if position > 0 else None
    if previous in lx.BE_FORMS and following == "to":
        return False  # `are said to be`
    if previous in lx.DETERMINERS:
        return False  # `on a call`, `the claims`: a noun
    if previous in lx.DOCUMENT_NOUNS and word.endswith("ed") and _placed(following):
        return False  # `a statement posted on its website`: the verb describes the statement
    if word in _CALL_FORMS and following in _CALL_NOT_SPEECH:
        return False
    if word in {"spoke", "talked"} and following in {"to", "with"}:
        return False  # `Wikinews spoke to Ann Lee, who said`: the one spoken to is quoted
    if previous in lx.BE_FORMS and word in _PASSIVE_NEEDS_AGENT:
        return agent_after_quote(tokens, position) is not None  # `described as "x" by police`
    return not (position > 0 and tokens[position - 1].text in {"-", "so"})


def _placed(following: str | None) -> bool:
    """True when the word after an `-ed` verb opens where or by whom it was done (`posted on`,
    `issued by`): the verb is a participle; `the statement added.` is a verb of its own."""
    return following is not None and following in lx.PREPOSITIONS and following != "of"


def is_question_word(sentence: Sentence, cues: list[Cue], quote_at: int) -> bool:
    """True for a word of a question put to someone (`asked whether he would "punish" X`)."""
    tokens = sentence.tokens
    for position in range(quote_at - 1, -1, -1):
        token = tokens[position]
        if token.lower in lx.QUESTION_VERBS and any(
            tokens[ahead].lower in lx.QUESTION_WORDS
            for ahead in range(position + 1, min(position + 4, quote_at))
        ):
            return not any(position < cue.position < quote_at for cue in cues)
        if token.kind == "quote":
            return False
    return False
