"""Relative clauses: the role a `who` clause gives the person just named.

`Ann Lee, who chairs the Friends of the Mill, said` -> `chair of the Friends of the Mill`;
`Ann Lee, who is the city's mayor, said` -> `the city's mayor`. Tokens and a mention in, a role
phrase or None out.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.mentions.mention import Mention, strip_possessive
from generator.draft.text.sentences import Sentence

_BE = frozenset({"is", "was"})
_CLAUSE_ENDS = lx.SPEECH_VERBS | lx.SUBORDINATORS | {"and", "but", "since", "until"}
_LONGEST_ROLE = 10
"""Words a role may run to; a longer clause is a description, not a role."""


def relative_role(sentence: Sentence, mention: Mention) -> str | None:
    """The role a `, who ...` clause right after `mention` gives, or None."""
    tokens = sentence.tokens
    position = mention.last + 1
    if position + 2 >= len(tokens) or tokens[position].text != ",":
        return None
    if tokens[position + 1].lower != "who":
        return None
    words = []
    for token in tokens[position + 2 :]:
        if not token.is_word or token.lower in _CLAUSE_ENDS:
            break
        words.append(token.text)
    if not words or len(words) > _LONGEST_ROLE + 2:
        return None
    verb = words[0].lower()
    if verb in lx.ROLE_VERBS and len(words) >= 2 and words[1].lower() not in lx.PREPOSITIONS:
        rest = words[1:]
        return f"{lx.ROLE_VERBS[verb]} of {' '.join(rest)}"
    if verb in _BE and len(words) >= 3 and words[1].lower() in {"the", "a", "an"}:
        phrase = words[1:] if words[1].lower() == "the" else words[2:]
        if any(strip_possessive(word.lower())[0] in lx.ROLE_NOUNS for word in phrase[:4]):
            return " ".join(phrase)
    return None
