"""Calendar arithmetic for date normalisation: periods as inclusive (first, last) day pairs.

Kept apart from the grammar so the rules for weeks (ISO, Monday first), month ends and leap
days are written once and tested through every expression that uses them.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, datetime, timedelta

Period = tuple[date, date]

# Years we are willing to build dates for; keeps date() from raising on odd input.
MIN_YEAR, MAX_YEAR = 1000, 2999


def parse_published(value: str | date | datetime | None) -> date | None:
    """The publication day from an ISO date/datetime string or a date; None when unusable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    head = value.strip()[:10]
    try:
        return date.fromisoformat(head)
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day), or None for an impossible day such as 30 February."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def month_last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def week_period(d: date) -> Period:
    """The ISO week (Monday to Sunday) containing ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def month_period(year: int, month: int) -> Period:
    return date(year, month, 1), date(year, month, month_last_day(year, month))


def year_period(year: int) -> Period:
    return date(year, 1, 1), date(year, 12, 31)


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, month_last_day(year, month)))


def shift(d: date, unit: str, count: int) -> date:
    """``d`` moved by ``count`` units (hours round up to whole days, away from ``d``)."""
    if unit == "hour":
        days = math.ceil(abs(count) / 24)
        return d + timedelta(days=days if count >= 0 else -days)
    if unit == "day":
        return d + timedelta(days=count)
    if unit == "week":
        return d + timedelta(days=7 * count)
    if unit == "month":
        return add_months(d, count)
    return add_months(d, 12 * count)


def snap(d: date, unit: str) -> Period:
    """The whole calendar unit (day, ISO week, month or year) that contains ``d``."""
    if unit in ("day", "hour"):
        return d, d
    if unit == "week":
        return week_period(d)
    if unit == "month":
        return month_period(d.year, d.month)
    return year_period(d.year)


def precision_of(unit: str) -> str:
    return "day" if unit == "hour" else unit


def weekday_on_or_before(d: date, weekday: int) -> date:
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def weekday_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def in_range(d: date) -> bool:
    return MIN_YEAR <= d.year <= MAX_YEAR
