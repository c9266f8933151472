"""Dates and timestamps written on their own line in flattened pages.

Comment sections and datelines print dates as a line of their own ("September 30, 2015 at
4:52 pm", "Published 9 July 2021", "Monday, 10 March 2025", "8 March 2025, 14:05 GMT"),
sometimes sharing it with a byline ("By Jonas Petrak | March 14, 2025"). Recognising such
*lines* (not dates inside sentences) is what lets the cleaner close a comment, date it, and
find the page's publication date. Wire datelines that open the first paragraph ("OSTREL,
March 8 (Meridian Wire) - ") are matched by :func:`leading_dateline`. Lines are short, so the
patterns below only ever run on at most ``MAX_DATE_LINE`` chars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from wirewatch.clean.text_cues import text_cues

MAX_DATE_LINE = 120
MAX_DATELINE_LEAD = 160  # characters of a paragraph's start searched for a wire dateline
MAX_NAME_WORDS = 5

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
_FILLER_SPLIT = re.compile(r"[\s|•·,:;()\[\]/–—-]+")
_NAME_END = re.compile(r"[|•·,;()\[\]/–—]| - ")
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]{0,30}$")


@dataclass(frozen=True)
class DateLine:
    """A line that is only a date: ``value`` is ISO 8601 (None for "2 hours ago")."""

    value: str | None
    prefix: str  # the words before the date, lower-cased ("published", "")
    author: str | None = None  # a byline on the same line ("By Jonas Petrak | ...")


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
        author = None
        if not _only_filler(before):
            before, author = _split_byline(before)
        if author is None and not _only_filler(after):
            after, author = _split_byline(after)
        if not (_only_filler(before) and _only_filler(after)):
            return None
        return DateLine(value, " ".join(before.lower().split()).strip(" :|,-"), author)
    return None


def _split_byline(segment: str) -> tuple[str, str | None]:
    """``segment`` without a "by Name" part, and the name (None when there is none)."""
    low = segment.lower()
    for lead in text_cues().date_byline_lead:
        m = re.search(r"(?:^|\s)" + re.escape(lead) + r"\s+", low)
        if m is None:
            continue
        end = _NAME_END.search(segment, m.end())
        stop = end.start() if end else len(segment)
        name = segment[m.end() : stop].strip()
        parts = name.split()
        if not (0 < len(parts) <= MAX_NAME_WORDS and all(_NAME_WORD.match(w) for w in parts)):
            continue
        if not parts[0][0].isupper():
            continue
        return segment[: m.start()] + " " + segment[stop:], name
    return segment, None


@dataclass(frozen=True)
class Dateline:
    """A wire dateline opening a paragraph: its text, and the date if it names a year."""

    text: str
    value: str | None


def leading_dateline(paragraph: str) -> Dateline | None:
    """The wire dateline ("OSTREL, March 8 (Meridian Wire) - ") opening ``paragraph``.

    Only the paragraph's first ``MAX_DATELINE_LEAD`` characters are searched, and what follows
    the dateline must be running text (so a heading in capitals is not mistaken for one).
    """
    head = paragraph[:MAX_DATELINE_LEAD]
    for pattern in text_cues().dateline_lead:
        m = pattern.match(head)
        if m is None:
            continue
        rest = paragraph[m.end() :]
        if len(rest.split()) < 4:
            continue
        written = (m.groupdict().get("date") or "").strip()
        value = None
        if written:
            parsed = parse_date_line(written)
            value = parsed.value if parsed is not None else None
        return Dateline(m.group(0), value)
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
