"""Day expressions that point back to a day already named: "in the morning", "that night",
"later that day", "the next day", "the day before".

They have no value of their own: "Redl visited the front on Friday. … flew in in the
morning" means Friday morning. Each takes the last single day named before it (within a
reach), shifted by its offset, and becomes in turn the day the next one points back to.
With no such day before it, it stays unresolved and is not reported ("About 300 people died
the next day" alone says nothing about the calendar).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from wirewatch.document import DateValue

PART = r"(?:morning|afternoon|evening|night)"
# Lower-case pattern, run over the ASCII-lower-cased text; the group names the offset.
ANAPHOR = re.compile(
    r"\b(?:"
    r"(?P<same>(?:later|earlier)\s+(?:that|the\s+same)\s+day"
    rf"|(?:that|the\s+same)\s+(?:day|{PART})"
    rf"|(?:in|during)\s+the\s+{PART})"
    rf"|(?P<next>the\s+(?:next|following)\s+(?:day|{PART})|the\s+day\s+after(?!\s+tomorrow))"
    rf"|(?P<prev>the\s+(?:previous|preceding)\s+(?:day|{PART})|the\s+day\s+before"
    r"(?!\s+yesterday))"
    r")\b"
)
# How far back (in characters) the day pointed to may stand.
REACH = 1500


def _single_day(value: DateValue | None) -> date | None:
    if value is None or value.precision != "day" or not value.start or value.start != value.end:
        return None
    return date.fromisoformat(value.start)


def anaphoric_days(
    text: str, lowered: str, found: list[tuple[int, int, DateValue | None]]
) -> list[tuple[int, int, DateValue]]:
    """Spans and values of the day anaphors in ``text`` that ``found`` (the resolved
    expressions, in order, as (start, end, value)) gives a day to."""
    if "the" not in lowered:
        return []
    days = [(s, e, d) for s, e, v in found if (d := _single_day(v)) is not None]
    taken = [(s, e) for s, e, _v in found]
    out: list[tuple[int, int, DateValue]] = []
    for m in ANAPHOR.finditer(lowered):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        before = [(e, d) for s, e, d in days if e <= start and start - e <= REACH]
        if not before:
            continue
        day = max(before)[1]
        day += timedelta(days=1 if m.group("next") else -1 if m.group("prev") else 0)
        iso = day.isoformat()
        value = DateValue(start=iso, end=iso, text=text[start:end], precision="day")
        out.append((start, end, value))
        days.append((start, end, day))
    return out
