"""Attribution: is each quote given to the person the article gives it to?

A `FactSheet` and its `Article` in; an error for each quote whose article cue names a different
actor of the sheet than its `speaker` out. The article is read by the drafter's own quote, cue and
speaker finder, so the check and the draft improve together.

Only a cue that names someone is trusted: a full name, a surname, an organisation, `according to`
a name, or a role phrase the sheet lists as one actor's alias (`the national security adviser`).
A quote whose cue is a pronoun, another role noun or no cue at all is never an error, and
neither is a cue naming someone the sheet does not list as an actor, or an organisation whose
spokesperson (an actor whose `side` it is) the sheet gives the quote to, or the other way round.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.draft.extraction import DraftQuote, draft_article
from generator.model.article import Article, find_verbatim
from generator.model.factsheet import Actor, FactSheet
from generator.model.source_map import Path

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "we",
        "us",
        "our",
        "ours",
        "i",
        "me",
        "my",
        "you",
        "your",
        "himself",
        "herself",
        "itself",
        "themselves",
        "ourselves",
        "one",
    ]
)
"""Words that point back to someone but never name them."""


def misattributed_quotes(sheet: FactSheet, article: Article) -> Iterator[tuple[Path, str]]:
    """(place, message) for every quote the article gives to another actor of the sheet."""
    if not sheet.quotes:
        return
    draft = draft_article("\n\n".join(article.paragraphs))
    known = {actor.id for actor in sheet.actors}
    sides = {actor.id: actor.side for actor in sheet.actors}
    for index, quote in enumerate(sheet.quotes):
        if not article.has_paragraph(quote.paragraph) or quote.speaker not in known:
            continue
        span = find_verbatim(quote.text, article.paragraph(quote.paragraph))
        if span is None:
            continue
        cues = [_named_by(drafted, draft, sheet) for drafted in _drafts_over(draft, quote, span)]
        named = [(actor, cue) for actors, cue in cues if actors for actor in sorted(actors)]
        if not named or any(_speaks_for(quote.speaker, actor, sides) for actor, _ in named):
            continue
        actor, cue = named[0]
        yield (
            ("quotes", index, "speaker"),
            f'paragraph {quote.paragraph} gives this quote to {actor} ("{cue}"), not '
            f"{quote.speaker}; set speaker: {actor}",
        )


def pronoun_aliases(sheet: FactSheet) -> Iterator[tuple[Path, str]]:
    """(place, message) for every actor alias that is a pronoun: it names no one, and would let
    every `he said` in the article stand for this actor."""
    for index, actor in enumerate(sheet.actors):
        for n, alias in enumerate(actor.aliases):
            if is_pronoun(alias):
                yield (
                    ("actors", index, "aliases", n),
                    f"'{alias}' is a pronoun, not a name; remove it from the aliases",
                )


def is_pronoun(word: str) -> bool:
    """`He`, `she`, `them`; not `US` or `IT`, which are written in capitals as names are."""
    word = word.strip()
    return word.lower() in PRONOUNS and not (len(word) > 1 and word.isupper())


def _speaks_for(speaker: str, named: str, sides: dict[str, str | None]) -> bool:
    """True when the cue's actor is the speaker, or one speaks for the other (`a spokeswoman
    for the police said`: the sheet may give the words to the spokeswoman or to the police)."""
    return named == speaker or sides.get(speaker) == named or sides.get(named) == speaker


def _drafts_over(draft, quote, span: tuple[int, int]) -> list[DraftQuote]:
    """The drafted quotations of the quote's paragraph that its words overlap."""
    start, end = span
    return [
        drafted
        for drafted in draft.quotes
        if drafted.quotation.paragraph == quote.paragraph
        and drafted.quotation.start < end
        and start < drafted.quotation.end
    ]


def _named_by(drafted: DraftQuote, draft, sheet: FactSheet) -> tuple[set[str], str]:
    """The sheet's actors that the drafted quotation's cue names, and the cue as printed: by a
    name the draft is sure of, or by a role phrase the sheet lists among one actor's aliases
    (`the national security adviser argued`)."""
    if drafted.speaker is None or drafted.cue is None:
        return set(), ""
    if drafted.sure:
        record = draft.actor(drafted.speaker)
        forms = {_folded(form) for form in (record.name, *record.aliases) if _is_name(form)}
        named = {actor.id for actor in sheet.actors if forms & _name_forms(actor)}
        return named, drafted.cue
    if drafted.how == "role":
        cue = f" {_folded(drafted.cue)} "
        named = {
            actor.id
            for actor in sheet.actors
            if any(f" {_folded(alias)} " in cue for alias in actor.aliases if _is_role(alias))
        }
        return (named if len(named) == 1 else set()), drafted.cue
    return set(), ""


def _is_role(alias: str) -> bool:
    """A description of at least two words (`the official`), not a pronoun."""
    return len(alias.split()) >= 2 and not is_pronoun(alias)


def _name_forms(actor: Actor) -> set[str]:
    """The ways the sheet says the article names `actor`: its name, its aliases, and a person's
    surname."""
    forms = [actor.name, *actor.aliases]
    if actor.kind == "person" and len(actor.name.split()) > 1:
        forms.append(actor.name.split()[-1])
    return {_folded(form) for form in forms if _is_name(form)}


def _is_name(form: str) -> bool:
    """A proper name (`Rubio`, `Kremlin`), not a description (`the official`) or a pronoun."""
    form = form.strip()
    return bool(form) and form[0].isupper() and not is_pronoun(form)


def _folded(form: str) -> str:
    return " ".join(form.replace("\u2019", "'").split()).casefold()
