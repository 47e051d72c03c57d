"""Dates: partial ISO dates as a reader reads them (`11 March 2025 (Tuesday)`).

A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` text in; English words out, whatever the machine's locale.
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""English names, whatever the machine's locale (strftime's %A would follow it)."""
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def format_date(value: str) -> str:
    """`2025-03-11` as `11 March 2025`, `2025-03` as `March 2025`, `2014` as `2014`."""
    parts = value.split("-")
    if len(parts) == 3:
        day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        return f"{day.day} {MONTHS[day.month - 1]} {day.year} ({WEEKDAYS[day.weekday()]})"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]
