"""Dates of acts named as a sentence's point of reference: "seized the town on Saturday, a
day after an attack on a border post" dates the attack Friday, not Saturday.

Wire copy often tells the latest act with its date and an earlier one by its distance from it
("two days after the vote", "a week before the talks"). Giving the earlier act the sentence's
date would put it on the wrong day in a timeline, and two reports of it on different days.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from wirewatch.document import DateValue
from wirewatch.extract.fatalities import CARDINALS

UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
COUNTS = {"a": 1, "an": 1, **CARDINALS}
MAX_COUNT = 60
DIRECTION = {"after": -1, "before": 1}


def interval_from_reference(trigger: Token) -> int | None:
    """Days from the sentence's date to the act ``trigger`` names, when it is the reference
    of "<n> days after/before": "a day after an attack" → -1; None otherwise."""
    if trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    sign = DIRECTION.get(prep.lower_)
    unit = prep.head
    if sign is None or unit.i == prep.i or unit.lower_ not in UNIT_DAYS:
        return None
    count = None
    for child in unit.children:
        if child.dep_ in {"det", "nummod"} and child.i < unit.i:
            word = child.lower_
            count = int(word) if word.isdigit() else COUNTS.get(word)
    if count is None or not 0 < count <= MAX_COUNT:
        return None
    return sign * count * UNIT_DAYS[unit.lower_]


def shifted(value: DateValue | None, days: int | None) -> DateValue | None:
    """A single day moved by ``days``; other dates are left as they are (a week or a month
    moved by a day would claim a precision the text does not give)."""
    if value is None or days is None or value.precision != "day" or value.start != value.end:
        return value
    try:
        day = date.fromisoformat(value.start) + timedelta(days=days)
    except (TypeError, ValueError, OverflowError):
        return value
    return DateValue(day.isoformat(), day.isoformat(), value.text, value.precision)
