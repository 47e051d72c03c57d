"""Dates: the dates an article gives (`on Sunday`, `earlier this week`, `February 23, 2007`).

Sentences in; each phrase resolved against the publication date to a full or partial date, and
`DatedEvent` values for the timeline. Without a publication date, relative dates stay unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from generator.draft.lexicon import MONTHS, WEEKDAYS
from generator.draft.text.sentences import Sentence
from generator.model.article import Article

_MONTH = "|".join(month.capitalize() for month in MONTHS)
_DAY = "|".join(day.capitalize() for day in WEEKDAYS)
_PHRASES = [
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<pre>on|last|this|late on|early on|next|by|until|since|from)\s+)?"
            rf"(?P<day>{_DAY})(?:\s+(?:morning|afternoon|evening|night))?\b"
        ),
    ),
    (
        "month-day",
        re.compile(
            rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
        ),
    ),
    (
        "day-month",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\b(?:\s+(?P<year>\d{{4}}))?"
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:in|since|during|from|until)\s+(?:early\s+|late\s+|mid-)?(?P<month>{_MONTH})"
            rf"\b(?:\s+(?P<year>\d{{4}}))?"
        ),
    ),
    ("year", re.compile(r"\b(?:in|since|during|from|until)\s+(?P<year>(?:1[89]|20)\d{2})\b")),
    (
        "relative",
        re.compile(
            r"\b(?P<what>earlier this week|this week|last week|earlier this month|this month|"
            r"last month|yesterday|today|last night|tonight|last year|this year)\b",
            re.IGNORECASE,
        ),
    ),
]
_MAY_HOLD_DATE = re.compile(
    "|".join([r"\d", *WEEKDAYS, *MONTHS, "week", "month", "year", "today", "yesterday", "night"])
)
"""Searched in the lowercased text: a quick test before the date patterns run."""
_FUTURE = re.compile(r"\b(?:will|shall|is expected to|are expected to|is due to|are due to)\b")


@dataclass(frozen=True)
class DatedEvent:
    """A sentence that dates something; `date` is None when it needs the publication date."""

    date: str | None
    basis: str
    paragraph: int
    sentence: str
    note: str | None = None


def sentence_text(sentence: Sentence, paragraph: str) -> str:
    """The sentence's words with every quotation blanked out, so dates inside quotes are skipped."""
    chars = list(paragraph[sentence.start : sentence.end])
    for token in sentence.tokens:
        if token.kind == "quote":
            for position in range(token.start - sentence.start, token.end - sentence.start):
                chars[position] = " "
    return "".join(chars)


DateFound = tuple[int, str, str | None, str | None]


def find_dates(text: str, published: dt.date | None) -> list[DateFound]:
    """`(position, words, date, note)` for each date phrase in `text`, in order."""
    if not _MAY_HOLD_DATE.search(text.lower()):
        return []
    found = []
    future = bool(_FUTURE.search(text))
    for kind, pattern in _PHRASES:
        for match in pattern.finditer(text):
            if kind == "weekday" and match.group("pre") in {"by", "until"}:
                continue
            date, note = _resolve(kind, match, published, future)
            found.append((match.start(), match.group().strip(), date, note))
    found.sort()
    kept: list[DateFound] = []
    for item in found:
        if kept and item[0] < kept[-1][0] + len(kept[-1][1]):
            continue
        kept.append(item)
    return kept


def quote_date(found: list[DateFound]) -> str | None:
    """The full date among `found`, the dates of the sentence a quotation stands in, if any."""
    for _, _, date, _ in found:
        if date is not None and len(date) == 10:
            return date
    return None


def find_events(
    sentences: list[Sentence], article: Article, found: list[list[DateFound]]
) -> list[DatedEvent]:
    """One event per sentence that gives a date; unresolved ones keep `date` None.

    `found` holds each sentence's `find_dates`, in the order of `sentences`.
    """
    events = []
    for sentence, dates in zip(sentences, found, strict=True):
        if not dates:
            continue
        _, words, date, note = max(dates, key=_precision)
        paragraph = article.paragraph(sentence.paragraph)
        text = " ".join(paragraph[sentence.start : sentence.end].split())
        events.append(DatedEvent(date, words, sentence.paragraph, text, note))
    return events


def _precision(found: DateFound) -> int:
    """Prefer a day to a month and a month to a year; the first phrase wins a tie."""
    date = found[2]
    return len(date) if date else 0


def _resolve(
    kind: str, match: re.Match[str], published: dt.date | None, future: bool
) -> tuple[str | None, str | None]:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "year":
        return str(year), None
    if kind in {"month-day", "day-month", "month"}:
        month = MONTHS.index(groups["month"].lower()) + 1
        if year is None:
            if published is None:
                return None, None
            year = _year_of(month, groups.get("day"), published, future)
        if kind == "month":
            return f"{year:04d}-{month:02d}", None
        day = int(groups["day"])
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None, None
        return dt.date(year, month, day).isoformat(), None
    if published is None:
        return None, None
    if kind == "weekday":
        return _weekday(groups["day"], groups.get("pre"), published, future).isoformat(), None
    return _relative(groups["what"].lower(), published)


def _year_of(month: int, day: str | None, published: dt.date, future: bool) -> int:
    """The year of a day or month given without one, by the sentence's tense.

    A sentence that points ahead (`will shut on 31 March`) means the next such date on or after
    publication; any other means the latest one before it, allowing a month of lead time for
    plans announced in the past tense.
    """
    if future:
        last_day = calendar.monthrange(published.year, month)[1]
        ends = dt.date(published.year, month, min(int(day), last_day) if day else last_day)
        return published.year + (1 if ends < published else 0)
    return published.year - (1 if month > published.month + 1 else 0)


def _weekday(day: str, pre: str | None, published: dt.date, future: bool) -> dt.date:
    target = WEEKDAYS.index(day.lower())
    if pre == "next" or (future and pre != "last"):
        ahead = (target - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - target) % 7
    if pre == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _relative(what: str, published: dt.date) -> tuple[str | None, str | None]:
    monday = published - dt.timedelta(days=published.weekday())
    if what in {"today", "tonight"}:
        return published.isoformat(), None
    if what in {"yesterday", "last night"}:
        return (published - dt.timedelta(days=1)).isoformat(), None
    if what == "earlier this week":
        return _span(monday, max(monday, published - dt.timedelta(days=1)))
    if what == "this week":
        return _span(monday, monday + dt.timedelta(days=6))
    if what == "last week":
        return _span(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
    if what in {"earlier this month", "this month"}:
        return f"{published.year:04d}-{published.month:02d}", None
    if what == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}", None
    if what == "last year":
        return str(published.year - 1), None
    return str(published.year), None


def _span(first: dt.date, last: dt.date) -> tuple[str, str | None]:
    note = f"between {first.isoformat()} and {last.isoformat()}"
    if first == last:
        return first.isoformat(), None
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", note
    if first.year == last.year:
        return str(first.year), note
    return str(last.year), note
