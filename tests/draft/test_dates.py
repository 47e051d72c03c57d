"""Dates: relative dates resolved against the publication date, absolute ones as printed."""

from __future__ import annotations

import datetime as dt

from generator.draft.dates import find_dates
from tests.draft.helpers import draft

SUNDAY = dt.date(2025, 3, 16)


def dates(text: str, published: dt.date | None = SUNDAY) -> list[tuple[str, str | None]]:
    return [(words, date) for _, words, date, _ in find_dates(text, published)]


def test_a_weekday_is_the_last_such_day_up_to_publication():
    assert dates("The talks took place in Jeddah on Tuesday.") == [("on Tuesday", "2025-03-11")]
    assert dates("Speaking on Sunday, he said no.") == [("on Sunday", "2025-03-16")]


def test_a_weekday_in_a_sentence_about_the_future_is_the_next_such_day():
    assert dates("The envoy will travel to Moscow on Thursday.") == [("on Thursday", "2025-03-20")]


def test_a_deadline_weekday_is_not_an_event_date():
    assert dates("The fire could reach the town by Saturday.") == []


def test_earlier_this_week_is_the_month_with_a_note():
    found = find_dates("Earlier this week, the minister resigned.", SUNDAY)
    assert [(words, date, note) for _, words, date, note in found] == [
        ("Earlier this week", "2025-03", "between 2025-03-10 and 2025-03-15")
    ]


def test_absolute_dates_need_no_publication_date():
    assert dates("China did so on August 25, 2006.", None) == [("August 25, 2006", "2006-08-25")]
    assert dates("After referendums in 2014, it changed.", None) == [("in 2014", "2014")]


def test_relative_dates_stay_unresolved_without_a_publication_date():
    assert dates("The talks took place on Tuesday.", None) == [("on Tuesday", None)]


def test_dates_inside_quotes_are_not_events():
    events = draft("\u201cWe met on Monday,\u201d she said.", SUNDAY).events
    assert events == []


def test_events_take_the_most_precise_date_of_their_sentence():
    text = "Earlier this week, Rubio said the sides met in Jeddah on Tuesday."
    [event] = draft(text, SUNDAY).events
    assert (event.date, event.basis, event.paragraph) == ("2025-03-11", "on Tuesday", 1)


def test_a_quote_carries_the_date_of_its_sentence():
    text = "Speaking to ABC News on Sunday, Waltz said it was \u201cunlikely\u201d to happen."
    [quote] = draft(text, SUNDAY).quotes
    assert (quote.date, quote.venue) == ("2025-03-16", "ABC News")


def test_a_day_and_month_without_a_year_is_ahead_when_the_sentence_points_ahead():
    november = dt.date(2026, 11, 20)
    assert dates("The museum will shut on 31 March.", november) == [("31 March", "2027-03-31")]
    assert dates("The museum will reopen on 28 November.", november) == [
        ("28 November", "2026-11-28")
    ]
    assert dates("The museum shut on 31 March.", november) == [("31 March", "2026-03-31")]


def test_a_month_without_a_year_in_a_past_sentence_is_not_moved_ahead():
    january = dt.date(2026, 1, 10)
    assert dates("The strike began in December.", january) == [("in December", "2025-12")]
    assert dates("The strike will end in December.", january) == [("in December", "2026-12")]
