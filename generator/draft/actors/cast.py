"""Cast: a first reading of the article that registers the people and bodies it names.

Sentences and their mentions in; the `Registry` filled with full names, roles and organisations,
so that a surname or a role noun met later (or earlier) can be traced back to one actor.
"""

from __future__ import annotations

from dataclasses import replace

from generator.draft import lexicon as lx
from generator.draft.actors.registry import Registry
from generator.draft.mentions.finder import appositive_after
from generator.draft.mentions.mention import Mention
from generator.draft.mentions.places import is_adjective
from generator.draft.mentions.relatives import relative_role
from generator.draft.text.sentences import Sentence


def register_actors(sentences: list[Sentence], mentions: list[list[Mention]]) -> Registry:
    """A registry of every person named with a role, and every organisation and government."""
    registry = Registry()
    for sentence in sentences:
        for mention in mentions[sentence.index]:
            _register(registry, sentence, mention)
    return registry


def _register(registry: Registry, sentence: Sentence, mention: Mention) -> None:
    if mention.kind == "name" and mention.name and len(mention.name.split()) >= 2:
        role = mention.role or _role_beside(sentence, mention)
        affiliated_only = role is not None and role.startswith(("of ", "at ", "from "))
        known_body = None if mention.titled else registry.body_named(mention.name)
        if known_body is not None:
            known_body.mentions += 1  # `a spokeswoman for Brellin Mills ... Brellin Mills said`
        elif (role and not affiliated_only) or mention.titled or _speaks(sentence, mention):
            registry.person(mention.name, role).note_gender(mention.text.split())
            body = _body_spoken_for(role)
            if body is not None:  # `Harbour Board spokeswoman Jane Doe`: the board is an actor
                registry.organisation(body, "organisation")
        else:
            registry.add_candidate(mention.name)
    elif mention.kind == "organisation" and mention.name:
        registry.organisation(mention.name, "organisation")
        if len(mention.name.split()) >= 2:
            registry.add_candidate(mention.name)
    elif mention.kind == "government" and mention.name:
        record = registry.organisation(mention.name, "government", mention.head)
        if not is_adjective(mention.text):
            record.add_alias(mention.text)
    elif mention.kind == "role" and mention.organisation and not mention.organisation.islower():
        if registry.find_name(mention.organisation) is None:  # not `a lawyer for Ann Lee`
            registry.organisation(mention.organisation, "organisation")
    elif mention.kind in {"organisation", "government"}:
        beside = appositive_after(sentence, mention)
        if (
            isinstance(beside, Mention)
            and beside.kind == "name"
            and beside.name
            and not _speaks(sentence, beside)  # `played to the court, Tom Rusk said`: a subject
        ):
            record = registry.organisation(beside.name, mention.kind, mention.head)
            record.add_alias(mention.text)
        elif len(mention.text.split()) >= 2:
            registry.organisation(mention.text, mention.kind, mention.head)


def _body_spoken_for(role: str | None) -> str | None:
    """`Harbour Board` in the role `Harbour Board spokeswoman`: the body a spokesperson is for."""
    words = (role or "").split()
    if len(words) < 2 or words[-1].lower() not in lx.SPOKESPERSON_NOUNS:
        return None
    body = words[:-1]
    named = all(word[0].isupper() or word in {"of", "the", "for", "and"} for word in body)
    return " ".join(body) if named and body[0][0].isupper() else None


def _role_beside(sentence: Sentence, mention: Mention) -> str | None:
    """A role given between commas after the name, or just before it (`the envoy, Ann Lee`)."""
    tokens = sentence.tokens
    affiliation, last = _affiliation(tokens, mention.last)
    if affiliation is not None:  # `Nora Quill of Westbridge University, a researcher`
        after = appositive_after(sentence, replace(mention, last=last))
        return f"{after}, {affiliation}" if isinstance(after, str) else affiliation
    after = appositive_after(sentence, mention)
    if isinstance(after, str):
        return after
    relative = relative_role(sentence, mention)  # `Ann Lee, who chairs the board,`
    if relative is not None:
        return relative
    if mention.first >= 2 and tokens[mention.first - 1].text == ",":
        words = []
        for token in reversed(tokens[: mention.first - 1]):
            if not token.is_word or token.lower in lx.DETERMINERS or token.lower in lx.PREPOSITIONS:
                break
            words.insert(0, token.text)
        if words and words[-1].lower() in lx.ROLE_NOUNS and len(words) <= 5:
            return " ".join(words)
    return None


def _speaks(sentence: Sentence, mention: Mention) -> bool:
    """True when the name is the subject of an attributing verb right beside it."""
    tokens = sentence.tokens
    after = mention.last + 1
    while after < len(tokens) and tokens[after].text in lx.AUXILIARIES:  # `may`, not `May`
        after += 1
    before = mention.first - 1
    return (
        (after < len(tokens) and tokens[after].lower in lx.SPEECH_VERBS)
        or (before >= 0 and tokens[before].lower in lx.SPEECH_VERBS)
        or (
            before >= 1 and tokens[before].lower == "to" and tokens[before - 1].lower == "according"
        )
    )


def _affiliation(tokens: tuple, last: int) -> tuple[str | None, int]:
    """`of Corran Shipping` right after a name: the body the person belongs to, and its end."""
    position = last + 1
    if position + 1 >= len(tokens) or tokens[position].lower not in {"of", "at", "from"}:
        return None, last
    end = position + 1
    while end < len(tokens) and (
        tokens[end].capitalised
        or (
            tokens[end].lower in {"of", "and", "for"}
            and end + 1 < len(tokens)
            and tokens[end + 1].capitalised
        )
    ):
        end += 1
    if end == position + 1:
        return None, last
    words = " ".join(token.text for token in tokens[position:end])
    return words, end - 1
