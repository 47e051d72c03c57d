"""Verify: check a valid fact sheet against its article and against itself.

A `FactSheet`, its `Article` and source map in, problems out: quotes verbatim in their paragraph,
paragraph numbers in range, ids unique, every referenced id defined, statuses consistent, each
quote given to the actor its cue names, no pronoun taken for an actor's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from rapidfuzz import fuzz, process

from generator.check.attribution import misattributed_quotes, pronoun_aliases
from generator.check.validate import format_path
from generator.model.article import Article, find_verbatim, normalize_for_matching
from generator.model.factsheet import EXPLAINER, OUTLET, STATEMENT_SECTIONS, FactSheet
from generator.model.layout import PLACES_FOLDER, TOPICS_FOLDER
from generator.model.page_names import MAX_FILE_NAME_BYTES, file_name_bytes, tag_slug
from generator.model.problem import Problem
from generator.model.source_map import Path, SourceMap


def verify_fact_sheet(
    sheet: FactSheet,
    article: Article,
    source_map: SourceMap,
    original: Callable[[Path], Path] | None = None,
) -> list[Problem]:
    """Every problem found between the fact sheet and its article.

    `original`, when given, maps a place in `sheet` to its place in the file (for a sheet
    checked with some of its items left out)."""
    checks = (
        _duplicate_ids(sheet),
        _paragraph_numbers(sheet, article),
        _references(sheet),
        _statuses(sheet),
        _quotes_in_article(sheet, article),
        misattributed_quotes(sheet, article),
        pronoun_aliases(sheet),
        _tag_page_names(sheet),
    )
    problems = []
    for check in checks:
        for path, message in check:
            where = original(path) if original else path
            problems.append(source_map.problem(where, f"{format_path(where)}: {message}"))
    return problems


Finding = tuple[Path, str]
"""An error: where in the fact sheet, and the message (without the place)."""


def _error(path: Path, message: str) -> Finding:
    return (path, message)


def _duplicate_ids(sheet: FactSheet) -> Iterator[Finding]:
    for section in ("actors", "quotes", "issues"):
        first_seen: dict[str, int] = {}
        for index, item in enumerate(getattr(sheet, section)):
            if item.id in first_seen:
                yield _error(
                    (section, index, "id"),
                    f"id '{item.id}' is already used by {section}[{first_seen[item.id]}]; "
                    "give each a different id",
                )
            else:
                first_seen[item.id] = index
    for index, actor in enumerate(sheet.actors):
        if actor.id in _RESERVED_IDS:
            yield _error(
                ("actors", index, "id"),
                f"'{actor.id}' is reserved for {_RESERVED_IDS[actor.id]}; "
                "give the actor another id",
            )


_RESERVED_IDS = {OUTLET: "the article's outlet", EXPLAINER: "this explainer's own analysis"}


def _tag_page_names(sheet: FactSheet) -> Iterator[Finding]:
    """Each tag and place gets a page named after it: one whose file name is longer than a
    file system holds could not be written."""
    for field, kind, folder in (("tags", "tag", TOPICS_FOLDER), ("places", "place", PLACES_FOLDER)):
        for index, name in enumerate(getattr(sheet.story, field)):
            size = file_name_bytes(tag_slug(name))
            if size > MAX_FILE_NAME_BYTES:
                shown = name if len(name) <= 40 else name[:40] + "…"
                yield _error(
                    ("story", field, index),
                    f"the {kind} '{shown}' would be the page {folder}/<name>.md with a file "
                    f"name of {size:,} bytes, more than the {MAX_FILE_NAME_BYTES} a file system "
                    f"holds; shorten the {kind}",
                )


def _paragraph_references(sheet: FactSheet) -> Iterator[tuple[Path, int]]:
    for section in STATEMENT_SECTIONS:
        for index, statement in enumerate(getattr(sheet, section)):
            for n, number in enumerate(statement.paragraphs):
                yield (section, index, "paragraphs", n), number
    for index, quote in enumerate(sheet.quotes):
        yield ("quotes", index, "paragraph"), quote.paragraph
    for index, issue in enumerate(sheet.issues):
        for p, position in enumerate(issue.positions):
            for n, number in enumerate(position.paragraphs):
                yield ("issues", index, "positions", p, "paragraphs", n), number
    for index, event in enumerate(sheet.events):
        yield ("events", index, "paragraph"), event.paragraph
    for section in ("questions", "glossary"):
        for index, item in enumerate(getattr(sheet, section)):
            for n, number in enumerate(item.paragraphs):
                yield (section, index, "paragraphs", n), number


def _paragraph_numbers(sheet: FactSheet, article: Article) -> Iterator[Finding]:
    count = len(article.paragraphs)
    for path, number in _paragraph_references(sheet):
        if not article.has_paragraph(number):
            yield _error(
                path, f"paragraph {number} does not exist; the article has paragraphs 1 to {count}"
            )


def _references(sheet: FactSheet) -> Iterator[Finding]:
    actors = [actor.id for actor in sheet.actors]
    quotes = [quote.id for quote in sheet.quotes]

    def check(path: Path, value: str | None, known: list[str], what: str, extra=()) -> Iterable:
        if value is None or value in known or value in extra:
            return
        hint = process.extractOne(value, [*known, *extra], scorer=fuzz.ratio, score_cutoff=60)
        fix = f"did you mean '{hint[0]}'?" if hint else f"add it to {what} or correct the id"
        yield _error(path, f"'{value}' is not defined in {what}; {fix}")

    for section in STATEMENT_SECTIONS:
        for index, statement in enumerate(getattr(sheet, section)):
            yield from check(
                (section, index, "asserted_by"),
                statement.asserted_by,
                actors,
                "actors",
                extra=(OUTLET, EXPLAINER),
            )
            for n, actor in enumerate(statement.disputed_by):
                yield from check((section, index, "disputed_by", n), actor, actors, "actors")
    for index, actor in enumerate(sheet.actors):
        yield from check(("actors", index, "side"), actor.side, actors, "actors")
    for index, quote in enumerate(sheet.quotes):
        yield from check(("quotes", index, "speaker"), quote.speaker, actors, "actors")
    for index, issue in enumerate(sheet.issues):
        for p, position in enumerate(issue.positions):
            path = ("issues", index, "positions", p)
            yield from check((*path, "party"), position.party, actors, "actors")
            for n, quote_id in enumerate(position.quotes):
                yield from check((*path, "quotes", n), quote_id, quotes, "quotes")
    for index, term in enumerate(sheet.glossary):
        yield from check(
            ("glossary", index, "framing_of"), term.framing_of, actors, "actors", extra=(OUTLET,)
        )


def _analysis_voice(section: str, index: int, statement) -> Iterator[Finding]:
    """`analysis` and `asserted_by: explainer` go together: the explainer's reasoning is never
    presented as a party's, and a party's words are never labelled as the explainer's."""
    if statement.status == "analysis" and statement.asserted_by != EXPLAINER:
        yield _error(
            (section, index, "asserted_by"),
            f"an analysis is the explainer's own reasoning; set `asserted_by: {EXPLAINER}`, "
            "or give the statement the status its asserter's words have",
        )
    if statement.asserted_by == EXPLAINER and statement.status != "analysis":
        yield _error(
            (section, index, "status"),
            "the explainer's own reasoning is labelled as analysis; set `status: analysis`",
        )


def _statuses(sheet: FactSheet) -> Iterator[Finding]:
    for section in STATEMENT_SECTIONS:
        for index, statement in enumerate(getattr(sheet, section)):
            if statement.status == "disputed" and not statement.disputed_by:
                yield _error(
                    (section, index, "disputed_by"),
                    "a disputed statement names who disputes it; add `disputed_by: [id]`",
                )
            if statement.status != "disputed" and statement.disputed_by:
                yield _error(
                    (section, index, "status"),
                    "names `disputed_by` but is not `disputed`; set `status: disputed`",
                )
            yield from _analysis_voice(section, index, statement)
    for index, issue in enumerate(sheet.issues):
        seen: set[str] = set()
        for p, position in enumerate(issue.positions):
            path = ("issues", index, "positions", p)
            if position.party in seen:
                yield _error(
                    (*path, "party"),
                    f"'{position.party}' already has a position on this issue; merge them",
                )
            seen.add(position.party)
            has_evidence = position.quotes or position.paragraphs
            if position.status != "no-public-position" and not has_evidence:
                yield _error(
                    (*path, "status"),
                    f"a {position.status} position needs evidence; add `quotes:` or `paragraphs:`",
                )
            if position.status != "no-public-position" and not position.stance:
                yield _error(
                    (*path, "status"), f"a {position.status} position needs a `stance:` sentence"
                )


def _quotes_in_article(sheet: FactSheet, article: Article) -> Iterator[Finding]:
    for index, quote in enumerate(sheet.quotes):
        path = ("quotes", index, "text")
        if not article.has_paragraph(quote.paragraph):
            continue
        if find_verbatim(quote.text, article.paragraph(quote.paragraph)):
            continue
        elsewhere = [
            number
            for number, text in enumerate(article.paragraphs, start=1)
            if find_verbatim(quote.text, text)
        ]
        if elsewhere:
            yield _error(
                path,
                f"found in paragraph {elsewhere[0]}, not in paragraph "
                f"{quote.paragraph}; set `paragraph: {elsewhere[0]}`",
            )
            continue
        number, passage = closest_passage(quote.text, article)
        yield _error(
            path,
            "not found verbatim in the article; closest match in paragraph "
            f'{number}: "{passage}"; copy the words exactly as printed',
        )


def closest_passage(text: str, article: Article) -> tuple[int, str]:
    """The paragraph number and passage of the article that best match `text`."""
    needle = normalize_for_matching(text)
    scores = [
        fuzz.partial_ratio(needle, normalize_for_matching(paragraph))
        for paragraph in article.paragraphs
    ]
    number = scores.index(max(scores)) + 1
    return number, _closest_window(needle, normalize_for_matching(article.paragraph(number)))


def _closest_window(needle: str, paragraph: str) -> str:
    """The run of whole words in `paragraph` most like `needle`, about as long as it."""
    words = paragraph.split()
    size = len(needle.split())
    best = (-1.0, paragraph)
    for length in range(max(1, size - 2), size + 3):
        for start in range(max(1, len(words) - length + 1)):
            window = " ".join(words[start : start + length])
            score = fuzz.ratio(needle, window.strip("\"'"))
            if score > best[0]:
                best = (score, window)
    return best[1].strip("\"'")
