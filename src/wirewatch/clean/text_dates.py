"""Dates and timestamps written on their own line in flattened pages.

Comment sections and datelines print dates as a line of their own ("September 30, 2015 at
4:52 pm", "Published 9 July 2021"). Recognising such *lines* (not dates inside sentences)
is what lets the cleaner close a comment, date it, and bound the page's publication date.
Lines are short, so the patterns below only ever run on at most ``MAX_DATE_LINE`` chars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from wirewatch.clean.text_cues import text_cues

MAX_DATE_LINE = 80

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIME = (
    r"(?:\s*(?:at|,|@|-|\|)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_DATE_PATTERNS = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME, re.I),
    re.compile(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME, re.I
    ),
    re.compile(
        r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?)?(?P<ampm>)"
    ),
)
_RELATIVE = re.compile(
    r"^(?:\d{1,3}|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$"
    r"|^(?:yesterday|today|just now)(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]m)?)?$",
    re.I,
)
_FILLER_SPLIT = re.compile(r"[\s|•·,:;()\[\]-]+")


@dataclass(frozen=True)
class DateLine:
    """A line that is only a date: ``value`` is ISO 8601 (None for "2 hours ago")."""

    value: str | None
    prefix: str  # the words before the date, lower-cased ("published", "")


def parse_date_line(text: str) -> DateLine | None:
    """The date if ``text`` is a timestamp/dateline line (filler words allowed), else None."""
    line = text.strip()
    if not line or len(line) > MAX_DATE_LINE:
        return None
    if _RELATIVE.match(line):
        return DateLine(None, "")
    for pattern in _DATE_PATTERNS:
        m = pattern.search(line)
        if m is None:
            continue
        value = _iso(m)
        if value is None:
            return None
        before, after = line[: m.start()], line[m.end() :]
        if not (_only_filler(before) and _only_filler(after)):
            return None
        return DateLine(value, " ".join(before.lower().split()).strip(" :|-"))
    return None


def _only_filler(s: str) -> bool:
    filler = text_cues().date_filler
    return all(w.lower() in filler for w in _FILLER_SPLIT.split(s) if w)


def _iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    month = int(g["mon"]) if g.get("mon") else _MONTHS.get(g["month"].lower()[:4].rstrip("."), 0)
    if not month:
        month = _MONTHS.get(g["month"].lower()[:3], 0)
    try:
        day = date(int(g["year"]), month, int(g["day"]))
    except ValueError:
        return None
    if g.get("hour") is None:
        return day.isoformat()
    hour, minute = int(g["hour"]), int(g["minute"])
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(day.year, day.month, day.day, hour, minute).isoformat()
    except ValueError:
        return day.isoformat()
