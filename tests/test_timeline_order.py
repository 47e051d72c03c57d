"""Timeline order with partial dates: a month or a year goes where the article puts it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.assemble.timeline import order_events


@dataclass(frozen=True)
class Event:
    date: str
    paragraph: int


def dates(events: list[Event]) -> list[str]:
    return [f"{event.date} (¶ {event.paragraph})" for event in order_events(events)]


def test_a_month_goes_after_the_day_of_that_month_it_follows_in_the_article():
    # The seed story: talks on 11 March (¶ 8), then "following the negotiations" a ceasefire
    # known only to the month (¶ 10), then 13 March (¶ 11); 16 March is told first (¶ 4).
    events = [
        Event("2025-03-11", 8),
        Event("2025-03", 10),
        Event("2025-03-13", 11),
        Event("2025-03-16", 4),
    ]
    assert dates(events) == [
        "2025-03-11 (¶ 8)",
        "2025-03 (¶ 10)",
        "2025-03-13 (¶ 11)",
        "2025-03-16 (¶ 4)",
    ]


def test_the_nearest_earlier_paragraph_decides_not_the_latest_date():
    events = [Event("2025-03-20", 1), Event("2025-03-02", 3), Event("2025-03", 4)]
    assert dates(events) == ["2025-03-02 (¶ 3)", "2025-03 (¶ 4)", "2025-03-20 (¶ 1)"]


def test_a_month_no_day_of_it_comes_before_opens_its_month():
    events = [Event("2025-03-11", 5), Event("2025-02-27", 1), Event("2025-03", 2)]
    assert dates(events) == ["2025-02-27 (¶ 1)", "2025-03 (¶ 2)", "2025-03-11 (¶ 5)"]


def test_days_of_other_months_do_not_move_a_month():
    events = [Event("2025-04-02", 1), Event("2025-03", 2), Event("2025-03-30", 3)]
    assert dates(events) == ["2025-03 (¶ 2)", "2025-03-30 (¶ 3)", "2025-04-02 (¶ 1)"]


def test_a_year_follows_the_month_or_day_of_that_year_before_it_in_the_article():
    events = [
        Event("2022-09-30", 1),
        Event("2022-02", 2),
        Event("2022", 3),
        Event("2022-05-01", 4),
        Event("2014", 5),
    ]
    assert dates(events) == [
        "2014 (¶ 5)",
        "2022-02 (¶ 2)",
        "2022 (¶ 3)",
        "2022-05-01 (¶ 4)",
        "2022-09-30 (¶ 1)",
    ]


def test_exact_dates_sort_by_date_then_paragraph_and_every_event_is_kept():
    events = [Event("2025-03-13", 9), Event("2025-03-13", 2), Event("2024", 1), Event("2024", 7)]
    assert dates(events) == ["2024 (¶ 1)", "2024 (¶ 7)", "2025-03-13 (¶ 2)", "2025-03-13 (¶ 9)"]
