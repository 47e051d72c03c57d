"""Confidence: whether an editor must check a drafted speaker, and why.

One attribution and the finished registry in; `None` when the quote's own sentence (or the other
half of a split quote) names its speaker plainly, else the reason the draft prints after
`TODO: check the speaker`. An unflagged wrong speaker is the worst error a draft can make, so
every doubt counts against being sure.
"""

from __future__ import annotations

from generator.draft import lexicon as lx
from generator.draft.actors.registry import ActorRecord, Registry

DIRECT = frozenset({"name", "surname", "organisation", "according to"})
"""Ways of finding a speaker where the cue in the quote's own sentence names them."""


def speaker_doubt(how: str, record: ActorRecord | None, registry: Registry) -> str | None:
    """Why the speaker `record`, found by `how`, needs an editor's check; None when it does not."""
    if record is None:
        return None  # no speaker at all: the draft asks who said it instead
    if how == "reported speech":
        return "another speaker reports these words"
    if how not in DIRECT:
        return f"found from {how}"
    if record.guessed or (record.kind == "person" and len(record.name.split()) < 2):
        return "a single capitalised word; the article gives no fuller name"
    if record.kind != "person" and record.name.islower():
        return "the body is not named, only described"
    if record.kind != "person" and _is_publication(record.name):
        return "a publication, which may be reporting someone else's words"
    if how == "surname" and registry.shares_surname(record):
        return "another person in the article has the same surname"
    return None


def _is_publication(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1] in lx.PUBLICATION_WORDS
