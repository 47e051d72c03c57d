"""Sheet: write a `Draft` as fact-sheet YAML, with TODO markers where an editor must decide.

A `Draft` in; YAML text out that validates as a `FactSheet` and verifies against its article.
Deterministic: the same article and options always give the same bytes.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.draft.actors import ActorRecord, slugify
from generator.draft.extraction import Draft, DraftQuote
from generator.factsheet import OUTLET

DRAFT_HEADER = "# Draft fact sheet written by explainer draft; check every TODO before publishing."
"""The first line of every draft; change it here and every draft follows."""

_WIDTH = 4096  # long texts stay on one line: no folding, no trailing spaces
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
    """The draft as YAML text, beginning with `DRAFT_HEADER`."""
    sheet = CommentedMap()
    sheet["story"] = _story(draft)
    sheet["summary"] = _summary()
    sheet["actors"] = _actors(draft)
    sheet["quotes"] = _quotes(draft)
    sheet["events"] = _events(draft)
    sheet["glossary"] = _glossary(draft)
    _comment_sections(sheet, draft)
    yaml = YAML()
    yaml.width = _WIDTH
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    stream = io.StringIO()
    yaml.dump(sheet, stream)
    return f"{DRAFT_HEADER}\n{stream.getvalue()}"


def _flow(items: list) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _story(draft: Draft) -> CommentedMap:
    story = CommentedMap()
    story["title"] = "TODO: a headline in your own words"
    story["published"] = draft.published
    story["outlet"] = draft.outlet
    story["url"] = None
    story["author"] = None
    story["language"] = "en"
    if draft.published is None:
        story.yaml_add_eol_comment("TODO: publication date (YYYY-MM-DD), if known", "published")
    if draft.outlet is None:
        story.yaml_add_eol_comment("TODO: the outlet, if known; never guess", "outlet")
    if not _looks_english(draft):
        story.yaml_add_eol_comment("TODO: the article does not read as English; set it", "language")
    return story


def _looks_english(draft: Draft) -> bool:
    words = " ".join(draft.article.paragraphs).lower().split()
    common = {"the", "and", "of", "to", "a", "in", "is", "that", "for", "on", "was", "said"}
    return not words or sum(word in common for word in words) / len(words) > 0.08


def _summary() -> CommentedSeq:
    statement = CommentedMap()
    statement["text"] = "TODO: summarise what happened"
    statement["paragraphs"] = _flow([1])
    statement["asserted_by"] = OUTLET
    statement["status"] = "established"
    return CommentedSeq([statement])


def _actors(draft: Draft) -> CommentedSeq:
    actors = CommentedSeq()
    for record in draft.actors:
        actors.append(_actor(record))
    if not actors:
        placeholder = CommentedMap()
        placeholder["id"] = "todo-actor"
        placeholder["name"] = "TODO: name the people and bodies the article is about"
        actors.append(placeholder)
    return actors


def _actor(record: ActorRecord) -> CommentedMap:
    actor = CommentedMap()
    actor["id"] = record.id
    actor["name"] = record.name
    actor["kind"] = record.kind
    if record.role:
        actor["role"] = record.role
    if record.aliases:
        actor["aliases"] = _flow(list(record.aliases))
    if record.kind != "person" and not record.speaks:
        actor.yaml_add_eol_comment("TODO: keep only if the story needs it", "kind")
    return actor


def _quotes(draft: Draft) -> CommentedSeq:
    quotes = CommentedSeq()
    taken: set[str] = set()
    for quote in draft.quotes:
        quotes.append(_quote(draft, quote, taken))
    return quotes


def _quote(draft: Draft, quote: DraftQuote, taken: set[str]) -> CommentedMap:
    item = CommentedMap()
    item["id"] = _quote_id(draft, quote, taken)
    item["speaker"] = quote.speaker
    item["text"] = quote.quotation.text
    item["paragraph"] = quote.quotation.paragraph
    if quote.venue:
        item["venue"] = quote.venue
    if quote.date:
        item["date"] = quote.date
    item["context"] = f"cue: {quote.cue}" if quote.cue else "TODO: what prompted the quote"
    if quote.speaker is None:
        item.yaml_add_eol_comment("TODO: who said this? The article may never say", "speaker")
    elif not quote.sure:
        item.yaml_add_eol_comment(f"TODO: check the speaker (found from {quote.how})", "speaker")
    return item


def _quote_id(draft: Draft, quote: DraftQuote, taken: set[str]) -> str:
    prefix = draft.actor(quote.speaker).id.split("-")[-1] if quote.speaker else "unattributed"
    words = [word for word in slugify(quote.quotation.text, 200).split("-") if len(word) > 3]
    keyword = max(words, key=len) if words else f"p{quote.quotation.paragraph}"
    base = f"{prefix}-{keyword}"[:60].strip("-")
    quote_id, suffix = base, 2
    while quote_id in taken:
        quote_id, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(quote_id)
    return quote_id


def _events(draft: Draft) -> CommentedSeq:
    events = CommentedSeq()
    for event in draft.events:
        if event.date is None:
            continue
        item = CommentedMap()
        item["date"] = event.date
        item["date_basis"] = event.basis
        item["what"] = f"TODO: say what happened. {_shorten(event.sentence)}"
        item["paragraph"] = event.paragraph
        if event.note:
            item.yaml_add_eol_comment(f"TODO: {event.note}", "date")
        events.append(item)
    return events


def _shorten(text: str) -> str:
    if len(text) <= _WHAT_LIMIT:
        return text
    return text[:_WHAT_LIMIT].rsplit(" ", 1)[0] + " …"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _glossary(draft: Draft) -> CommentedSeq:
    glossary = CommentedSeq()
    for quotation, kind in draft.non_quotes:
        if kind not in _GLOSSARY_KINDS:
            continue
        term = CommentedMap()
        term["term"] = _one_line(quotation.text)
        term["article_usage"] = "TODO: what the article means by it, or delete this entry"
        term["note"] = f"TODO: {_NON_QUOTE_NOTES[kind]}."
        term["paragraphs"] = _flow([quotation.paragraph])
        glossary.append(term)
    return glossary


def _comment_sections(sheet: CommentedMap, draft: Draft) -> None:
    sheet.yaml_set_comment_before_after_key(
        "summary", before="\nTODO: write the summary; add background, why_it_matters, what_next"
    )
    sheet.yaml_set_comment_before_after_key(
        "actors", before="\nTODO: check names and roles; add `side` where an actor speaks for one"
    )
    notes = ["", "Every direct quotation, in article order; `context` holds the attributing words."]
    left_out = [(quotation, kind) for quotation, kind in draft.non_quotes]
    if left_out:
        notes.append("Left out as not quotes (check):")
        notes += [
            f"  paragraph {quotation.paragraph}: \"{_one_line(quotation.text)}\" - "
            f"{_NON_QUOTE_NOTES[kind]}"
            for quotation, kind in left_out
        ]
    notes += [f"warning: {_one_line(warning)}" for warning in draft.warnings]
    sheet.yaml_set_comment_before_after_key("quotes", before="\n".join(notes))
    pending = [event for event in draft.events if event.date is None]
    notes = ["", "Dated events found in the article; rewrite each `what` in your own words."]
    if pending:
        notes.append("TODO: these need the publication date (run with --published YYYY-MM-DD):")
        notes += [f"  paragraph {event.paragraph}: {event.basis}" for event in pending]
    sheet.yaml_set_comment_before_after_key("events", before="\n".join(notes))
    sheet.yaml_set_comment_before_after_key(
        "glossary", before="\nWords the article puts in quotation marks without quoting anyone."
    )
