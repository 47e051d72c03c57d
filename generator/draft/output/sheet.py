"""Sheet: write a `Draft` as fact-sheet YAML, with TODO markers where an editor must decide.

A `Draft` in; YAML text out that validates as a `FactSheet` and verifies against its article.
Deterministic: the same article and options always give the same bytes.
"""

from __future__ import annotations

from generator.draft.actors.registry import ActorRecord, slugify
from generator.draft.extraction import Draft, DraftQuote
from generator.draft.output.yaml_text import YamlLines, flow_list
from generator.model.reserved_ids import OUTLET
from generator.model.schema import with_schema_comment

DRAFT_HEADER = "# Draft fact sheet written by explainer draft; check every TODO before publishing."
"""The first line of every draft; change it here and every draft follows."""

_WHAT_LIMIT = 200
_NON_QUOTE_NOTES = {
    "question": "in quotation marks inside a question put to someone; not a quote",
    "term": "a word or phrase in quotation marks with no speaker; not a quote",
    "title": "a title in quotation marks; not a quote",
    "slogan": "a slogan in quotation marks; not a quote",
    "repeat": "repeats a quote from another paragraph (a headline or subhead); not a quote",
}
_GLOSSARY_KINDS = frozenset({"question", "term"})


def render_draft(draft: Draft) -> str:
    """The draft as YAML text, beginning with the schema comment and `DRAFT_HEADER`."""
    out = YamlLines()
    out.comment(DRAFT_HEADER[2:])
    _story(out, draft)
    _summary(out)
    _actors(out, draft)
    _quotes(out, draft)
    _events(out, draft)
    _glossary(out, draft)
    return with_schema_comment(out.text())


def _story(out: YamlLines, draft: Draft) -> None:
    out.key(0, "story", raw="")
    out.key(2, "title", "TODO: a headline in your own words")
    published_note = None if draft.published else "TODO: publication date (YYYY-MM-DD), if known"
    out.key(2, "published", draft.published, published_note)
    outlet_note = None if draft.outlet else "TODO: the outlet, if known; never guess"
    out.key(2, "outlet", draft.outlet, outlet_note)
    out.key(2, "url")
    out.key(2, "author")
    language_note = None if _looks_english(draft) else "TODO: the article does not read as English"
    out.key(2, "language", "en", language_note)


def _looks_english(draft: Draft) -> bool:
    words = " ".join(draft.article.paragraphs).lower().split()
    common = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "said", "with", "it"}
    return not words or sum(word in common for word in words) / len(words) > 0.08


def _summary(out: YamlLines) -> None:
    out.blank()
    out.comment("TODO: write the summary; add background, why_it_matters, what_next")
    out.key(0, "summary", raw="")
    out.key(2, "text", "TODO: summarise what happened", item=True)
    out.key(4, "paragraphs", raw=flow_list([1]))
    out.key(4, "asserted_by", OUTLET)
    out.key(4, "status", "established")


def _actors(out: YamlLines, draft: Draft) -> None:
    out.blank()
    out.comment("TODO: check names and roles; add `side` where an actor speaks for one")
    out.key(0, "actors", raw="")
    for record in draft.actors:
        _actor(out, record)
    if not draft.actors:
        out.key(2, "id", "todo-actor", item=True)
        out.key(4, "name", "TODO: name the people and bodies the article is about")


def _actor(out: YamlLines, record: ActorRecord) -> None:
    out.key(2, "id", record.id, item=True)
    out.key(4, "name", record.name)
    keep_note = None if record.kind == "person" or record.speaks else "TODO: keep it if needed"
    out.key(4, "kind", record.kind, keep_note)
    if record.role:
        out.key(4, "role", record.role)
    if record.aliases:
        out.key(4, "aliases", raw=flow_list(list(record.aliases)))


def _quotes(out: YamlLines, draft: Draft) -> None:
    out.blank()
    out.comment("Every direct quotation, in article order; `context` holds the attributing words.")
    if draft.non_quotes:
        out.comment("Left out as not quotes (check):")
        for quotation, kind in draft.non_quotes:
            out.comment(
                f'  paragraph {quotation.paragraph}: "{_one_line(quotation.text)}" - '
                f"{_NON_QUOTE_NOTES[kind]}"
            )
    for warning in draft.warnings:
        out.comment(f"warning: {_one_line(warning)}")
    out.key(0, "quotes", raw="" if draft.quotes else "[]")
    taken: set[str] = set()
    for quote in draft.quotes:
        _quote(out, draft, quote, taken)


def _quote(out: YamlLines, draft: Draft, quote: DraftQuote, taken: set[str]) -> None:
    out.key(2, "id", _quote_id(draft, quote, taken), item=True)
    note = None
    if quote.speaker is None:
        note = "TODO: who said this? The article may never say"
    elif not quote.sure:
        note = f"TODO: check the speaker ({quote.doubt})"
    out.key(4, "speaker", quote.speaker, note)
    out.key(4, "text", quote.quotation.text)
    out.key(4, "paragraph", quote.quotation.paragraph)
    if quote.venue:
        out.key(4, "venue", quote.venue)
    if quote.date:
        out.key(4, "date", quote.date)
    out.key(4, "context", f"cue: {quote.cue}" if quote.cue else "TODO: what prompted the quote")


def _quote_id(draft: Draft, quote: DraftQuote, taken: set[str]) -> str:
    prefix = quote.speaker.split("-")[-1] if quote.speaker else "unattributed"
    words = [word for word in slugify(quote.quotation.text, 200).split("-") if len(word) > 3]
    keyword = max(words, key=len) if words else f"p{quote.quotation.paragraph}"
    base = f"{prefix}-{keyword}"[:60].strip("-")
    quote_id, suffix = base, 2
    while quote_id in taken:
        quote_id, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(quote_id)
    return quote_id


def _events(out: YamlLines, draft: Draft) -> None:
    out.blank()
    out.comment("Dated events found in the article; rewrite each `what` in your own words.")
    pending = [event for event in draft.events if event.date is None]
    if pending:
        out.comment("TODO: these need the publication date (run with --published YYYY-MM-DD):")
        for event in pending:
            out.comment(f"  paragraph {event.paragraph}: {event.basis}")
    dated = [event for event in draft.events if event.date is not None]
    out.key(0, "events", raw="" if dated else "[]")
    for event in dated:
        out.key(2, "date", event.date, f"TODO: {event.note}" if event.note else None, item=True)
        out.key(4, "date_basis", event.basis)
        out.key(4, "what", f"TODO: say what happened. {_shorten(event.sentence)}")
        out.key(4, "paragraph", event.paragraph)


def _shorten(text: str) -> str:
    if len(text) <= _WHAT_LIMIT:
        return text
    return text[:_WHAT_LIMIT].rsplit(" ", 1)[0] + " …"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _glossary(out: YamlLines, draft: Draft) -> None:
    out.blank()
    out.comment("Words the article puts in quotation marks without quoting anyone.")
    terms = [(quotation, kind) for quotation, kind in draft.non_quotes if kind in _GLOSSARY_KINDS]
    out.key(0, "glossary", raw="" if terms else "[]")
    for quotation, kind in terms:
        out.key(2, "term", _one_line(quotation.text), item=True)
        out.key(4, "article_usage", "TODO: what the article means by it, or delete this entry")
        out.key(4, "note", f"TODO: {_NON_QUOTE_NOTES[kind]}.")
        out.key(4, "paragraphs", raw=flow_list([quotation.paragraph]))
