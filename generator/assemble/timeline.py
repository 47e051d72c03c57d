"""Timeline order: the story's dated events in the order they happened, partial dates included.

Events with a partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and a paragraph in; the same
events sorted out.

An exact date sorts by itself. An event known only to the month (or year) happened somewhere in
that month; the article's own order is the best clue to where. It goes right after the event of
that month it follows most closely in the article (the nearest earlier paragraph that reports a
more exact date inside the month), and first in its month when no such event comes before it:
"Ukraine agreed to a ceasefire" in paragraph 10, after the talks of 11 March in paragraph 8,
stands after 11 March, not before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class DatedEvent(Protocol):
    @property
    def date(self) -> str: ...

    @property
    def paragraph(self) -> int: ...


Event = TypeVar("Event", bound=DatedEvent)

SortKey = tuple[int, ...]


def order_events(events: Sequence[Event]) -> list[Event]:
    """The events in the order they happened, as far as their dates and the article tell."""
    keys: dict[int, SortKey] = {}
    # Exact dates first, then months (placed among the days), then years (among both).
    for precision in (3, 2, 1):
        for index, event in enumerate(events):
            parts = _parts(event.date)
            if len(parts) != precision:
                continue
            reading = (event.paragraph, index)
            if precision == 3:
                keys[index] = (*parts, 0, *reading)
                continue
            anchor = _nearest_earlier(events, keys, index, parts)
            if anchor is None:  # first in its period: before every day (0) of it
                keys[index] = (*parts, *(0,) * (3 - precision), 0, *reading)
            else:
                keys[index] = (*anchor[:3], anchor[3] + 1, *reading)
    return [events[index] for index in sorted(keys, key=keys.__getitem__)]


def _nearest_earlier(
    events: Sequence[DatedEvent], keys: dict[int, SortKey], index: int, period: tuple[int, ...]
) -> SortKey | None:
    """The key of the placed event inside `period` that the article reports last before the
    event at `index` (by paragraph, then by the fact sheet's order), if any."""
    reading = (events[index].paragraph, index)
    best: tuple[tuple[int, int], SortKey] | None = None
    for other, key in keys.items():
        other_reading = (events[other].paragraph, other)
        if key[: len(period)] != period or other_reading >= reading:
            continue
        if best is None or other_reading > best[0]:
            best = (other_reading, key)
    return None if best is None else best[1]


def _parts(date: str) -> tuple[int, ...]:
    return tuple(int(part) for part in date.split("-"))
