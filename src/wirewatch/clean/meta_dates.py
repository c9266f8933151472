"""Cheap normalisation of timestamps found in markup to ISO 8601 (no dateparser per post)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_ISO = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?"
)
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
MAX_INPUT = 200


def to_iso(value: str | None) -> str | None:
    """ISO date or datetime from an attribute or short text; None when not recognisable.

    Numeric dd/mm vs mm/dd is ambiguous; only unambiguous cases (a part > 12) are taken.
    """
    if not value:
        return None
    text = value[:MAX_INPUT]
    m = _ISO.match(text)
    if m:
        date, time, _, tz = m.groups()
        if not _valid(date):
            return None
        if not time:
            return date
        tz = "+00:00" if tz == "Z" else (tz or "")
        if tz and ":" not in tz:
            tz = tz[:3] + ":" + tz[3:]
        return f"{date}T{time if len(time) == 8 else time + ':00'}{tz}"
    m = _EPOCH.match(text)
    if m:
        return datetime.fromtimestamp(int(m.group(1)), tz=UTC).isoformat()
    for rx, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        m = rx.search(text)
        if m:
            a, b, year = m.groups()
            month_name, day = (a, b) if order == "mdy" else (b, a)
            month = _MONTHS.get(month_name.lower())
            if month:
                date = f"{year}-{month:02d}-{int(day):02d}"
                if _valid(date):
                    return date
    m = _NUMERIC.search(text)
    if m:
        a, b, year = (int(x) for x in m.groups())
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            return None
        date = f"{year}-{month:02d}-{day:02d}"
        return date if _valid(date) else None
    return None


def _valid(date: str) -> bool:
    try:
        d = datetime.strptime(date, "%Y-%m-%d")
    except ValueError:
        return False
    return 1990 <= d.year <= 2100
