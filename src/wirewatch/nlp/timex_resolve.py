"""What a matched date expression means: a period of days, given the publication date.

Choices (the ones a reader of the output needs to know):
- Relative expressions need the publication date; without it they stay unresolved (start and
  end None, precision still set). Absolute ones ("May 1, 2015", "in 2014") always resolve;
  a month and day without a year ("May 1") counts as relative.
- Bare weekday: past reading (the default) → the latest such day on or before publication
  (published on a Friday, "on Friday" is that day); future reading → the next such day after
  publication. "last Friday" → latest before publication; "next Friday"/"coming Friday" →
  first after it; "this Friday" → in the publication week unless the tense says otherwise.
- Month or day without a year: past reading → latest on or before publication, future → first
  on or after, no tense cue → the nearest; a weekday given with it ("Friday, July 9") picks
  the year in which that day is that weekday.
- Weeks are ISO weeks (Monday to Sunday). "N weeks/months/years ago" is the whole week,
  month or year that holds the day N units back, like "last week".
- "N units later/earlier" counts from the anchor date (an event date the caller knows), else
  from the time last mentioned before it (timex_narrative), else from the publication date
  unless it is told in the past tense (then it stays unresolved). "more than"/"over" leave
  the far end open.
- "the past N units" runs from N units before publication to publication; "the next N units"
  from publication forward.
- "since X" runs from the start of X to publication (end None without it); "until X" has an
  unknown start and ends at the end of X.
- "early/mid/late" narrow a month to days 1-10/11-20/21-end, a year to Jan-Apr/May-Aug/
  Sep-Dec; precision stays that of the month or year named. "earlier this month" runs from
  the month's start to publication, "later this month" from publication to the month's end.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from wirewatch.nlp import timex_calendar as cal
from wirewatch.nlp.timex_lexicon import load_lexicon
from wirewatch.nlp.timex_tense import local_tense

TenseHint = Callable[[int, int], str | None]


@dataclass(frozen=True)
class Value:
    """A resolved (or knowingly unresolved) period; None fields mean "not known"."""

    start: date | None
    end: date | None
    precision: str


@dataclass
class Context:
    text: str
    published: date | None
    anchor: date | None
    tense_hint: TenseHint | None
    span: tuple[int, int] = (0, 0)  # the expression being resolved, preposition included

    def tense(self) -> str | None:
        """The caller's tense for the span if it has one, else the local word-window guess."""
        start, end = self.span
        if self.tense_hint is not None:
            told = self.tense_hint(start, end)
            if told in ("past", "future"):
                return told
        return local_tense(self.text, start, end)


def unresolved(precision: str) -> Value:
    return Value(None, None, precision)


def period(p: cal.Period, precision: str) -> Value:
    return Value(p[0], p[1], precision)


def _lower(m: re.Match[str], group: str) -> str | None:
    g = m.group(group) if group in m.re.groupindex else None
    return re.sub(r"\s+", " ", g.lower()) if g else None


def month_number(name: str) -> int:
    lex = load_lexicon()
    key = name.rstrip(".").strip().title()
    return lex.month_names.get(key) or lex.month_abbrevs[key]


def weekday_number(name: str) -> int:
    return load_lexicon().weekdays[name.title()]


def _choose(candidates: list[date], published: date, tense: str | None) -> date:
    """Past: latest on or before publication; future: first on or after; else the nearest."""
    before = [c for c in candidates if c <= published]
    after = [c for c in candidates if c >= published]
    if tense == "past" and before:
        return max(before)
    if tense == "future" and after:
        return min(after)
    return min(candidates, key=lambda c: (abs((c - published).days), c > published))


def _month_in_year(part: str | None, year: int, month: int) -> cal.Period:
    first, last = cal.month_period(year, month)
    if part in load_lexicon().month_parts:
        lo, hi = load_lexicon().month_parts[part]
        first = first.replace(day=min(lo, last.day))
        last = last.replace(day=min(hi, last.day))
    return first, last


def _year_part(part: str | None, year: int) -> cal.Period:
    if part in load_lexicon().year_parts:
        lo, hi = load_lexicon().year_parts[part]
        return cal.month_period(year, lo)[0], cal.month_period(year, hi)[1]
    return cal.year_period(year)


def _part(m: re.Match[str]) -> str | None:
    part = _lower(m, "part")
    return part.rstrip("- ") if part else None


# --- one resolver per rule --------------------------------------------------------------


def r_iso(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    y, mo, d = (int(x) for x in m.group("iso").split("-"))
    day = cal.safe_date(y, mo, d)
    return period((day, day), "day") if day else None


def r_month_day(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    month = month_number(m.group("mon"))
    day = int(m.group("day"))
    if m.group("year"):
        d = cal.safe_date(int(m.group("year")), month, day)
        return period((d, d), "day") if d else None
    if cal.safe_date(2000, month, day) is None:  # 2000 is a leap year: allows 29 February
        return None
    p = ctx.published
    if p is None:
        return unresolved("day")
    candidates = [
        d for y in range(p.year - 4, p.year + 5) if (d := cal.safe_date(y, month, day)) is not None
    ]
    if m.group("wd"):
        wd = weekday_number(m.group("wd"))
        near = [c for c in candidates if c.weekday() == wd and abs(c.year - p.year) <= 1]
        if near:
            candidates = near
    chosen = _choose(candidates, p, ctx.tense())
    return period((chosen, chosen), "day")


def r_month_year(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    return period(
        _month_in_year(_part(m), int(m.group("year")), month_number(m.group("mon"))), "month"
    )


def r_month_rel_year(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    if ctx.published is None:
        return unresolved("month")
    year = ctx.published.year + load_lexicon().relative[_lower(m, "rel")]
    return period(_month_in_year(_part(m), year, month_number(m.group("mon"))), "month")


def r_month(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    rel, part = _lower(m, "rel"), _part(m)
    if not (rel or part or prep):
        return None  # a bare "March" or "May" is too often a verb or a name
    p = ctx.published
    if p is None:
        return unresolved("month")
    month = month_number(m.group("mon"))
    here = p.year * 12 + p.month - 1
    options = [(y, month) for y in (p.year - 1, p.year, p.year + 1)]
    index = {o: o[0] * 12 + o[1] - 1 for o in options}
    step = load_lexicon().relative.get(rel, 0) if rel else None
    if step is not None and step < 0:
        year, _ = max((o for o in options if index[o] < here), key=index.get)
    elif step is not None and step > 0:
        year, _ = min((o for o in options if index[o] > here), key=index.get)
    elif step == 0:
        year = p.year
    else:
        tense = ctx.tense()
        past = [o for o in options if index[o] <= here]
        future = [o for o in options if index[o] >= here]
        if tense == "past":
            year, _ = max(past, key=index.get)
        elif tense == "future":
            year, _ = min(future, key=index.get)
        else:
            year, _ = min(options, key=lambda o: (abs(index[o] - here), index[o] > here))
    return period(_month_in_year(part, year, month), "month")


def r_year(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    if not (prep or m.group("part") or m.group("theyear")):
        return None  # a year alone is a date only in date-like contexts
    return period(_year_part(_part(m), int(m.group("year"))), "year")


def r_year_range(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 < y1:
        return None
    return Value(date(y1, 1, 1), date(y2, 12, 31), "year")


def r_decade(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    first = int(m.group("decade"))
    lo, hi = load_lexicon().decade_parts.get(_part(m) or "", (0, 9))
    return Value(date(first + lo, 1, 1), date(first + hi, 12, 31), "year")


def r_weekday(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    before = ctx.text[max(0, m.start() - 20) : m.start()].split()
    if before and before[-1] in load_lexicon().weekday_blockers_before:
        return None  # "Bloody Sunday", "Good Friday"-style names
    p = ctx.published
    if p is None:
        return unresolved("day")
    wd = weekday_number(m.group("wd"))
    rel = _lower(m, "rel")
    step = load_lexicon().relative.get(rel) if rel else None
    if step is not None and step < 0:
        day = cal.weekday_on_or_before(p - timedelta(days=1), wd)
    elif step is not None and step > 0:
        day = cal.weekday_on_or_after(p + timedelta(days=1), wd)
    else:
        tense = ctx.tense()
        if step == 0 and tense is None:
            day = cal.week_period(p)[0] + timedelta(days=wd)
        elif tense == "future":
            day = cal.weekday_on_or_after(p + timedelta(days=1 if step is None else 0), wd)
        else:
            day = cal.weekday_on_or_before(p, wd)
    return period((day, day), "day")


def r_day_word(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    if ctx.published is None:
        return unresolved("day")
    lo, hi = load_lexicon().day_words[_lower(m, "dw")]
    p = ctx.published
    return Value(p + timedelta(days=lo), p + timedelta(days=hi), "day")


def _narrow(unit: str, base: cal.Period, part: str | None, published: date) -> cal.Period:
    first, last = base
    if part in ("earlier", "later"):
        if first <= published <= last:
            return (first, published) if part == "earlier" else (published, last)
        part = "early" if part == "earlier" else "late"
    if part is None:
        return base
    lex = load_lexicon()
    if unit == "week":
        lo, hi = lex.week_parts[part]
        return first + timedelta(days=lo), first + timedelta(days=hi)
    if unit == "month":
        return _month_in_year(part, first.year, first.month)
    if unit == "year":
        return _year_part(part, first.year)
    if unit == "decade":
        lo, hi = lex.decade_parts[part]
        return date(first.year + lo, 1, 1), date(first.year + hi, 12, 31)
    return base


def r_rel_period(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    unit = _lower(m, "unit")
    precision = {"weekend": "week", "decade": "year"}.get(unit, unit)
    p = ctx.published
    if p is None:
        return unresolved(precision)
    step = load_lexicon().relative[_lower(m, "rel")]
    if unit in ("week", "weekend"):
        base = cal.week_period(p + timedelta(days=7 * step))
        if unit == "weekend":
            sat = base[0] + timedelta(days=5)
            if step == 0 and sat > p and ctx.tense() == "past":
                sat -= timedelta(days=7)
            return Value(sat, sat + timedelta(days=1), precision)
    elif unit == "month":
        moved = cal.add_months(p, step)
        base = cal.month_period(moved.year, moved.month)
    elif unit == "year":
        base = cal.year_period(p.year + step)
    else:
        first = (p.year // 10 + step) * 10
        base = (date(first, 1, 1), date(first + 9, 12, 31))
    return period(_narrow(unit, base, _part(m), p), precision)


def count_of(m: re.Match[str]) -> tuple[int, int] | None:
    """How many units, as (fewest, most); None when the number is absurdly large."""
    lex = load_lexicon()
    num = _lower(m, "num")
    if num is None:
        unit = _lower(m, "unit") or ""
        return lex.vague_numbers["plural"] if unit.endswith("s") else (1, 1)
    if num.isdigit():
        n = int(num)
        return (n, n) if 0 < n <= 1000 else None
    if num in lex.vague_numbers:
        return lex.vague_numbers[num]
    n = lex.numbers[num]
    return n, n


def r_span(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    unit, per = load_lexicon().units[_lower(m, "unit")]
    precision = cal.precision_of(unit)
    rel = _lower(m, "rel")
    if m.group("num") is None and _lower(m, "unit") == "day":
        return None  # "the next day", "the last day" are narrative, not periods
    count = count_of(m)
    if count is None:
        return None
    p = ctx.published
    if p is None:
        return unresolved(precision)
    n = count[1] * per
    if rel in ("past", "last"):
        return Value(cal.shift(p, unit, -n), p, precision)
    return Value(p, cal.shift(p, unit, n), precision)


def r_offset(m: re.Match[str], ctx: Context, prep: str | None) -> Value | None:
    unit, per = load_lexicon().units[_lower(m, "unit")]
    precision = cal.precision_of(unit)
    direction = _lower(m, "dir")
    if direction != "ago" and m.group("num") is None:
        return None  # "years later" without a number is narrative, not a date
    count = count_of(m)
    if count is None:
        return None
    origin = ctx.published if direction == "ago" else (ctx.anchor or ctx.published)
    if origin is None:
        return unresolved(precision)
    sign = 1 if direction == "later" else -1
    near = cal.shift(origin, unit, sign * count[0] * per)
    far = cal.shift(origin, unit, sign * count[1] * per)
    if _lower(m, "approx") in load_lexicon().open_ended:
        return Value(near, None, precision) if sign > 0 else Value(None, near, precision)
    if sign > 0:
        return Value(cal.snap(near, unit)[0], cal.snap(far, unit)[1], precision)
    return Value(cal.snap(far, unit)[0], cal.snap(near, unit)[1], precision)


Resolver = Callable[[re.Match[str], Context, str | None], Value | None]
RESOLVERS: dict[str, Resolver] = {
    "iso": r_iso,
    "month_day": r_month_day,
    "day_month": r_month_day,
    "month_year": r_month_year,
    "month_rel_year": r_month_rel_year,
    "month": r_month,
    "year": r_year,
    "year_range": r_year_range,
    "decade": r_decade,
    "weekday": r_weekday,
    "day_word": r_day_word,
    "rel_period": r_rel_period,
    "span": r_span,
    "offset": r_offset,
}


def apply_preposition(value: Value, prep: str | None, published: date | None) -> Value:
    """Turn "since X" into X's start to publication, "until X" into an unknown start to X's end."""
    if not prep or (value.start is None and value.end is None):
        return value
    lex = load_lexicon()
    if prep in lex.range_from and value.start is not None:
        if published is None:
            return Value(value.start, None, value.precision)
        if published >= value.start:
            return Value(value.start, published, value.precision)
        return value
    if prep in lex.range_until:
        return Value(None, value.end, value.precision)
    return value


def resolve(
    rule: str, m: re.Match[str], ctx: Context, prep: str | None = None, start: int | None = None
) -> Value | None:
    """The match's value; None when the match is not a date expression after all.

    Dates out of the calendar's range (from absurd publication dates or counts) give an
    unresolved value rather than an error.
    """
    ctx.span = (m.start() if start is None else start, m.end())
    try:
        value = RESOLVERS[rule](m, ctx, prep)
        if value is None:
            return None
        value = apply_preposition(value, prep, ctx.published)
    except (ValueError, OverflowError):
        return unresolved(_fallback_precision(rule, m))
    for d in (value.start, value.end):
        if d is not None and not cal.in_range(d):
            return unresolved(value.precision)
    return value


def _fallback_precision(rule: str, m: re.Match[str]) -> str:
    unit = _lower(m, "unit")
    if unit in load_lexicon().units:
        return cal.precision_of(load_lexicon().units[unit][0])
    return {"year": "year", "decade": "year", "year_range": "year"}.get(rule, "day")
