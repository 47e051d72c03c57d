"""Render (picture): the story's dated events become an SVG timeline, drawn at build time.

Events with a partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and what happened in; escaped SVG
text out, one line, drawn at the width of a phone's column so that its words stay readable there.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
from collections.abc import Sequence
from typing import Protocol

from generator.assemble.dates import MONTHS
from generator.model.problem import plural

WIDTH = 358
"""The column of a 390 px phone, so the picture is drawn at its own size there."""
TOP = 24
GAP_ROW = 26
SPINE_X = 20
LABEL_X = 46
DATE_TO_TEXT = 20
LINE = 18
AFTER_EVENT = 16
WRAP = 42
"""Characters per line of an event's text: about 290 px of 14 px type, at most 310 px."""
SPAN_HALF_WIDTH = 9

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_OPENING_DOUBLE = re.compile(r'(^|(?<=[\s(\[\u2014\u2013]))"')
_OPENING_SINGLE = re.compile(r"(^|(?<=[\s(\[\u2014\u2013\u201c]))'(?=\w)")


class DatedEvent(Protocol):
    @property
    def date(self) -> str: ...

    @property
    def what(self) -> str: ...


def picture_date(value: str) -> str:
    """`2025-03-11` as `11 March 2025`, `2025-03` as `March 2025`, `2014` as `2014`."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def measure_gap(earlier: str, later: str) -> tuple[int, str] | None:
    """The time between two partial dates at the coarser precision, as (count, unit).

    `2014` to `2022` is (8, "year"); `2025-03-11` to `2025-03-13` is (2, "day"); None when
    there is nothing to tell, as between a month and a day in that month.
    """
    precision = min(len(earlier.split("-")), len(later.split("-")))
    start, end = _first_day(earlier), _first_day(later)
    if precision == 1 or end.year - start.year >= 2:
        count, unit = end.year - start.year, "year"
    elif precision == 2 or (end - start).days >= 60:
        count, unit = (end.year - start.year) * 12 + end.month - start.month, "month"
    else:
        count, unit = (end - start).days, "day"
    return (count, unit) if count >= 1 else None


def label_lines(what: str) -> list[str]:
    """What happened, as plain words wrapped to the picture's width (links and emphasis
    reduced to their words)."""
    words = _EMPHASIS.sub(r"\2", _LINK.sub(r"\1", " ".join(what.split())))
    words = typographic_quotes(words.replace("\\", ""))
    return textwrap.wrap(words, WRAP, break_on_hyphens=False) or [""]


def typographic_quotes(text: str) -> str:
    """Straight quotation marks and apostrophes as typographic ones: `"a"` as `\u201ca\u201d`,
    `it's` as `it\u2019s`; a mark that opens follows a space, a bracket or a dash."""
    text = _OPENING_DOUBLE.sub("\u201c", text).replace('"', "\u201d")
    return _OPENING_SINGLE.sub("\u2018", text).replace("'", "\u2019")


def draw_timeline(events: Sequence[DatedEvent], title: str = "Timeline") -> str:
    """An SVG picture of the events in the order given, numbered like the list that follows it.

    Each event is a numbered point on a vertical line with its date and what happened; the time
    between two events is written on the line, and a long wait (a year or more) is drawn dashed.
    An event dated only to a month or a year is drawn as a band along the line over every
    event of that period, since it happened somewhere in it.
    """
    if not events:
        return ""
    rows: list[tuple[int, int, tuple[int, str] | None, list[str]]] = []  # y, bottom, gap, lines
    y = TOP
    for index, event in enumerate(events):
        gap = measure_gap(events[index - 1].date, event.date) if index else None
        if gap:
            y += GAP_ROW
        lines = label_lines(event.what)
        bottom = y + DATE_TO_TEXT + (len(lines) - 1) * LINE + 6
        rows.append((y, bottom, gap, lines))
        y = bottom + AFTER_EVENT + 13
    height = rows[-1][1] + TOP // 2
    span = picture_date(events[0].date)
    if len(events) > 1:
        span = f"{span} to {picture_date(events[-1].date)}"
    label = f"{title}: {plural(len(events), 'event')}, {span}"
    parts = [
        f'<svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
        f'{height}" width="{WIDTH}" height="{height}" role="img" aria-labelledby="timeline-title '
        f'timeline-desc" font-family="inherit">',
        f'<title id="timeline-title">{_escape(label)}</title>',
        '<desc id="timeline-desc">Each numbered point matches the numbered event in the list '
        "below; the time between events is written on the line; a band marks an event known "
        "only to the month or year, over the events of that period.</desc>",
    ]
    for event in events:
        period = event.date.split("-")
        if len(period) < 3:
            inside = [
                i
                for i, other in enumerate(events)
                if other.date.split("-")[: len(period)] == period
            ]
            top, bottom = rows[min(inside)][0] - 13, rows[max(inside)][1]
            parts.append(
                f'<rect class="timeline-span" x="{SPINE_X - SPAN_HALF_WIDTH}" y="{top}" '
                f'width="{2 * SPAN_HALF_WIDTH}" height="{bottom - top}" rx="{SPAN_HALF_WIDTH}" '
                'fill="currentColor" fill-opacity="0.22"/>'
            )
    for index, (row_y, _, gap, _) in enumerate(rows):
        if index:
            previous_y = rows[index - 1][0]
            dash = ' stroke-dasharray="4 4"' if gap and gap[1] == "year" else ""
            parts.append(
                f'<line class="timeline-spine" x1="{SPINE_X}" y1="{previous_y}" x2="{SPINE_X}" '
                f'y2="{row_y}" stroke="currentColor" stroke-width="2"{dash}/>'
            )
            if gap:
                parts.append(
                    f'<text class="timeline-gap" x="{LABEL_X}" y="{row_y - 22}" '
                    f'font-size="13" font-style="italic" fill="currentColor">'
                    f"{plural(*gap)} later</text>"
                )
    for number, ((row_y, _, _, lines), event) in enumerate(zip(rows, events, strict=True), 1):
        parts.append(
            f'<circle class="timeline-dot" cx="{SPINE_X}" cy="{row_y}" r="13" fill="currentColor"/>'
            f'<text class="timeline-number" x="{SPINE_X}" y="{row_y + 5}" font-size="14" '
            f'font-weight="700" text-anchor="middle" fill="#ffffff">{number}</text>'
            f'<text class="timeline-date" x="{LABEL_X}" y="{row_y + 5}" font-size="15" '
            f'font-weight="700" fill="currentColor">{_escape(picture_date(event.date))}</text>'
            f'<text class="timeline-label" x="{LABEL_X}" y="{row_y + 5 + DATE_TO_TEXT}" '
            'font-size="14" fill="currentColor">'
            + "".join(
                f'<tspan x="{LABEL_X}" dy="{LINE if line_number else 0}">{_escape(line)}</tspan>'
                for line_number, line in enumerate(lines)
            )
            + "</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _first_day(value: str) -> dt.date:
    parts = [int(part) for part in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _escape(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)
