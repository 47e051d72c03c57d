"""Subjects: who an attributing verb's subject is (`X said`, `said X`, `X, who ..., said`).

A sentence, its mentions and the position of a speech verb in; the mention that is the verb's
subject, and a name set beside it (`a spokeswoman, Ann Lee, said`), out.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.attribution.antecedents import (
    antecedent_of_who,
    bare_role,
    before_a_place,
    mention_ending,
)
from generator.draft.attribution.appositions import closing_name, described_name, names_next
from generator.draft.mentions.finder import appositive_after
from generator.draft.mentions.mention import Mention
from generator.draft.text.sentences import Sentence, Token

_ADVERB_SUFFIX = "ly"
_LY_NOUNS = frozenset(  # nouns that end like adverbs: `the family said` has a subject
    {"family", "ally", "assembly", "rally", "daily", "weekly", "monthly", "reply", "supply"}
)


def mention_starting(mentions: list[Mention], position: int) -> Mention | None:
    return next((mention for mention in mentions if mention.first == position), None)


_VOICES = (
    frozenset({"office", "campaign", "spokesman", "spokeswoman", "spokesperson", "administration"})
    | lx.DOCUMENT_NOUNS  # `Boeing's statement said`
)


def _voice_of(tokens: tuple[Token, ...], mentions: list[Mention], before: int) -> Mention | None:
    """`Klobuchar's office said`, `Trump's campaign said`: the named person speaks through it."""
    if before < 1 or tokens[before].lower not in _VOICES:
        return None
    owner = mention_ending(mentions, before - 1)
    if owner is None or not owner.possessive or owner.kind != "name":
        return None
    return owner


def _voices_owner(tokens: tuple[Token, ...], owner: Mention) -> bool:
    """`said Davanzo's spokesman`, `said the firm's statement`: the owner speaks through it."""
    after = owner.last + 1
    return after < len(tokens) and tokens[after].lower in _VOICES


def agent_after_quote(tokens: tuple[Token, ...], verb: int) -> int | None:
    """`was described as "reckless" by the judge`: the position after `by`, if the quotation
    the passive verb names is followed by its agent."""
    position = verb + 1
    while position < len(tokens) and tokens[position].lower in {"as", "of", "the", "a", "an"}:
        position += 1
    if (
        position + 2 < len(tokens)
        and tokens[position].kind == "quote"
        and tokens[position + 1].lower == "by"
    ):
        return position + 2
    return None


def _passive_agent(tokens: tuple[Token, ...], mentions: list[Mention], verb: int) -> Mention | None:
    """`a pattern described by Harbour Weekly as "..."`: the agent after `by` is the speaker."""
    word = tokens[verb].lower
    if not (word.endswith("ed") or word in {"told", "written", "said"}):
        return None
    if verb + 1 < len(tokens) and tokens[verb + 1].lower == "by":
        agent = mention_starting(mentions, verb + 2)
    else:  # `described as "reckless" by the judge`
        after = agent_after_quote(tokens, verb)
        agent = mention_starting(mentions, after) if after is not None else None
    return agent if agent is not None and agent.kind != "pronoun" else None


def _affiliated_person(
    tokens: tuple[Token, ...], mentions: list[Mention], found: Mention
) -> Mention:
    """`Nora Quill of Westbridge University`: the person, not the body after `of`."""
    current = found
    while current.kind in {"organisation", "government", "name", "role"}:
        before = current.first - 1
        if before >= 0 and tokens[before].lower == "the":
            before -= 1
        second = _second_affiliation(tokens, mentions, before)
        if second is not None:
            current = second  # `A. Reyne of X and columnist for Y wrote`: back past `Y`
            continue
        links = {"of", "at", "from", "for"} if current.kind == "role" else {"of", "at", "from"}
        if current.kind in {"government", "name"}:
            links = {"of", "at", "from", "in"}  # `Police in Paris said`: a place, not a speaker
        if before < 1 or tokens[before].lower not in links:
            return found
        earlier = mention_ending(mentions, before - 1)
        if earlier is None or earlier.kind == "pronoun":
            return found
        if current.kind == "role" or (
            tokens[before].lower == "in" and earlier.kind in {"organisation", "role"}
        ):
            return earlier  # `The family of the victim said`, `a lawyer for the victims told`
        if earlier.kind == "role" or (
            earlier.kind == "name"
            and earlier.name
            and (len(earlier.name.split()) >= 2 or earlier.titled)
        ):
            return earlier  # `Scientists at the University of Bristol said`
        current = earlier  # `Jane Doe of the University of Oxford`: go back past `University`
    return found


def _second_affiliation(
    tokens: tuple[Token, ...], mentions: list[Mention], link: int
) -> Mention | None:
    """The body before `and ROLE to/of/at/for` ending at `link` (`of X and contributor to`),
    so that the person both describe is found before it; None when the words differ."""
    if link < 4 or tokens[link].lower not in {"to", "of", "at", "for"}:
        return None
    noun = link - 1
    if not (tokens[noun].is_word and tokens[noun].text.islower()):
        return None
    lead = noun - 1
    if tokens[lead].lower in {"a", "an", "the"}:
        lead -= 1
    if lead < 2 or tokens[lead].lower != "and":
        return None
    earlier = mention_ending(mentions, lead - 1)
    if earlier is None or earlier.kind in {"pronoun", "role"}:
        return None
    return earlier


def _after_by(tokens: tuple[Token, ...], first: int) -> bool:
    """True when `by` (or `by the`) comes just before position `first`."""
    previous = first - 1
    if previous >= 0 and tokens[previous].lower == "the":
        previous -= 1
    return previous >= 0 and tokens[previous].lower == "by"


def _coordinated(tokens: tuple[Token, ...], mentions: list[Mention], found: Mention) -> bool:
    """True for the second of two names joined by `and` or `or`."""
    if found.kind != "name" or found.first < 2:
        return False
    joined = tokens[found.first - 1].lower in {"and", "or"}
    return joined and mention_ending(mentions, found.first - 2) is not None


_GOES_ON = frozenset({"went", "goes", "go", "going", "continued", "continues", "proceeded"})


_PERCEIVED = frozenset({"heard", "seen", "recorded", "filmed", "caught"})
_MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must"})


def _past_perceived(tokens: tuple[Token, ...], verb: int) -> int:
    """`the pilot can be heard warning`, `she was recorded saying`: the position of the
    passive of perception before a participle, whose subject is the speaker; else `verb`."""
    at = verb - 1
    if not tokens[verb].lower.endswith("ing") or at < 1 or tokens[at].lower not in _PERCEIVED:
        return verb
    if tokens[at - 1].lower not in lx.BE_FORMS:
        return verb
    at -= 1
    while at >= 1 and (tokens[at - 1].lower in lx.BE_FORMS or tokens[at - 1].lower in _MODALS):
        at -= 1
    return at


def _skip_back(tokens: tuple[Token, ...], position: int) -> int:
    """The position before `position` once auxiliaries, adverbs and `went on to` are skipped."""
    if tokens[position].lower.endswith("ing"):
        position = _past_perceived(tokens, position)
    if position >= 2 and tokens[position - 1].lower == "to":
        earlier = position - 2
        if tokens[earlier].lower == "on" and earlier > 0:
            earlier -= 1
        if tokens[earlier].lower in _GOES_ON:
            position = earlier
    position -= 1
    while (
        position >= 0
        and tokens[position].is_word
        and (
            (tokens[position].lower in lx.AUXILIARIES and tokens[position].text.islower())
            or (
                tokens[position].lower.endswith(_ADVERB_SUFFIX)
                and not tokens[position].capitalised
                and tokens[position].lower not in _LY_NOUNS
            )
        )
    ):
        position -= 1
    return position


def find_subject(
    sentence: Sentence, mentions: list[Mention], verb: int
) -> tuple[Mention | None, Mention | None]:
    tokens = sentence.tokens
    agent = _passive_agent(tokens, mentions, verb)
    passive = verb > 0 and tokens[verb - 1].lower in {"is", "are", "was", "were", "been", "being"}
    if agent is not None or (passive and agent_after_quote(tokens, verb) is not None):
        return agent, None  # `was accused of "x" by the opposition`: not the subject's words
    before = _skip_back(tokens, verb)
    if before > 0 and tokens[before].text == "." and tokens[before - 1].text in lx.ABBREVIATIONS:
        before -= 1  # `Apple Inc. said`
    voice = _voice_of(tokens, mentions, before)
    if voice is not None:
        return voice, None
    if before >= 0 and tokens[before].lower == "as" and tokens[verb].lower in lx.PARTICIPLE_CUES:
        quoted = mention_ending(mentions, before - 1)  # `Reuters quoted X as saying`
        if quoted is not None and not _after_by(tokens, quoted.first):
            return quoted, None
        return main_subject(sentence, mentions, verb)  # `X was quoted (by Y) as saying`
    if before >= 0 and tokens[before].text == ")":  # `Rep. Ann Lee (D-CA) said`
        opening = before
        while opening > 0 and tokens[opening].text != "(":
            opening -= 1
        before = _skip_back(tokens, opening) if opening > 0 else before
    inverted = before >= 0 and (
        tokens[before].kind == "quote"
        or (tokens[before].text == "," and before > 0 and tokens[before - 1].kind == "quote")
    )
    if inverted:
        after = mention_starting(mentions, verb + 1) or described_name(tokens, mentions, verb)
        beside = _name_beside(sentence, mentions, after) if after is not None else None
        closing = closing_name(tokens, mentions, verb)
        if closing is not None and closing != beside:  # `said Leeds University's head, Ann Lee.`
            return closing, None
        if after is not None and after.possessive and not _voices_owner(tokens, after):
            return None, None  # `said Sarratt's successor`: not Sarratt
        if after is not None and after.kind != "pronoun":  # `"...", noting it was` has no subject
            return after, beside
    if before < 0:
        return None, None
    adjacent = (
        mention_ending(mentions, before)
        or before_a_place(tokens, mentions, before)
        or antecedent_of_who(tokens, mentions, before)
        or bare_role(tokens, before)
    )
    if adjacent is not None and _coordinated(tokens, mentions, adjacent):
        return None, None  # `Miller and Smith both said`: two speakers, no one actor
    if adjacent is not None:
        adjacent = _affiliated_person(tokens, mentions, adjacent)
        return adjacent, _name_beside(sentence, mentions, adjacent)
    if tokens[before].lower in {"and", "but"}:  # `X reported ..., and called it "y"`
        return main_subject(sentence, mentions, verb)
    if tokens[before].text == ",":
        subject, beside = _subject_before_aside(sentence, mentions, before, verb)
        if subject is None:  # `..., said Ann Lee.`
            after = mention_starting(mentions, verb + 1)
            if after is not None and after.kind in {"name", "role"}:
                return after, _name_beside(sentence, mentions, after)
        return subject, beside
    return None, None


def _subject_before_aside(
    sentence: Sentence, mentions: list[Mention], comma: int, verb: int
) -> tuple[Mention | None, Mention | None]:
    """`X, who led the opposition, said` and `A spokeswoman, Ann Lee, added`: the subject is X."""
    tokens = sentence.tokens
    opening = comma - 1
    while opening >= 0 and tokens[opening].text != "," and not _opens_clause(tokens, opening):
        opening -= 1
    if opening < 0 or tokens[opening].kind == "quote":
        if tokens[verb].lower in lx.PARTICIPLE_CUES:
            return main_subject(sentence, mentions, verb)
        return None, None
    inside = mention_starting(mentions, opening + 1)
    closing = mention_ending(mentions, comma - 1)
    if inside is not None and closing is not None and _coordinated(tokens, mentions, closing):
        return None, None  # `Two officials, Ann Lee and Tom Hart, said`: two speakers
    outside = mention_ending(mentions, opening - 1)
    if tokens[verb].lower in lx.PARTICIPLE_CUES and (outside is None or inside is None):
        return main_subject(sentence, mentions, verb)
    if outside is None and inside is None and opening > 0 and tokens[opening - 1].kind != "quote":
        earlier = _subject_before_aside(sentence, mentions, opening, verb)  # `X, 67, who ..., said`
        if earlier[0] is not None:
            return earlier
    if outside is None:
        return inside, None
    outside = _affiliated_person(tokens, mentions, outside)
    if inside is not None and inside.kind == "name":
        return outside, inside
    return outside, None


def _opens_clause(tokens: tuple[Token, ...], position: int) -> bool:
    """A quotation that is not inside a phrase (`author of "The Long Road"` is inside one)."""
    if tokens[position].kind != "quote":
        return False
    return position == 0 or not tokens[position - 1].is_word


def main_subject(
    sentence: Sentence, mentions: list[Mention], verb: int
) -> tuple[Mention | None, Mention | None]:
    """The subject of the clause a participle hangs on (`X opposed it, calling it "y"`)."""
    tokens = sentence.tokens
    for mention in mentions:
        if mention.first >= verb or _after_a_verb(tokens, mention.first):
            break  # `An eyewitness told news agency PA Media, saying`: PA Media is no subject
        previous = tokens[mention.first - 1].lower if mention.first > 0 else None
        if previous not in lx.PREPOSITIONS and not mention.possessive:
            return mention, _name_beside(sentence, mentions, mention)
    return None, None


def _after_a_verb(tokens: tuple[Token, ...], position: int) -> bool:
    return any(
        token.is_word and token.text.islower() and token.lower in lx.SPEECH_VERBS
        for token in tokens[:position]
    )


def _name_beside(sentence: Sentence, mentions: list[Mention], mention: Mention) -> Mention | None:
    """A name that `mention` (a role or organisation phrase) is set beside, if any."""
    if mention.kind not in {"role", "organisation", "government"}:
        return None
    beside = appositive_after(sentence, mention)
    if isinstance(beside, Mention):
        return beside
    tokens = sentence.tokens
    for later in mentions:
        if later.first <= mention.last or later.kind != "name":
            continue
        between = tokens[mention.last + 1 : later.first]
        if (
            len(between) <= 6
            and between
            and (between[-1].text == "," or names_next(between))
            and all(
                token.kind != "quote" and token.lower not in lx.SPEECH_VERBS for token in between
            )
        ):
            return later
        break
    return None
