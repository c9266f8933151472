"""An act named as the reference of "a day after …" is dated from the sentence's date."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from event_text import events_of, find
from wirewatch.document import DateValue
from wirewatch.extract.event_interval import shifted


def test_the_act_a_day_before_the_news_is_dated_the_day_before() -> None:
    doc = events_of(
        "Fighters seized the border town of Korvik on Saturday, a day after an attack on a "
        "border post killed seven guards.",
        published="2025-03-10",
    )
    assert find(doc, "seized").date.start == "2025-03-08"
    assert find(doc, "attack").date.start == "2025-03-07"


def test_an_act_dated_on_its_own_is_not_moved() -> None:
    doc = events_of("Rebels attacked the garrison in Kunduz on Monday.", published="2025-03-12")
    assert find(doc, "attacked").date.start == "2025-03-10"


@given(st.dates(), st.integers(min_value=-60, max_value=60))
def test_a_day_moves_by_whole_days_and_coarser_dates_stay(day, days) -> None:
    value = DateValue(day.isoformat(), day.isoformat(), "on that day", "day")
    moved = shifted(value, days)
    try:
        expected = (day + timedelta(days=days)).isoformat()
    except OverflowError:
        expected = value.start  # off the calendar: left as it was
    assert moved == DateValue(expected, expected, "on that day", "day")
    month = DateValue("2025-03-01", "2025-03-31", "in March", "month")
    assert shifted(month, days) == month
