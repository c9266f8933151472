"""Offsets told from the story's own time line: "In October the army shelled Karsk. Two
months later, rebels took Merel" means December, not two months after publication.

"N units later/earlier", "the following month" and, in a past-tense sentence, "the next
month" count from the time last mentioned before them in the text, not from the publication
date: a story published in January about last autumn's events would otherwise put what
happened "two months later" into March, after the story was written. The period reached is
the one mentioned, moved by the offset at both ends, so a year moved by two months is still
a year-long period ("in 2019 … two months later": March 2019 to February 2020), never a
precision the text does not give.

With no time mentioned before (within a reach), a past-tense offset stays unresolved rather
than being counted from publication; a future or tenseless one ("will meet two weeks later")
keeps the publication anchor. A past-tense result after publication is always unresolved: the
story cannot tell what happened after it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from wirewatch.nlp import timex_calendar as cal
from wirewatch.nlp.timex_lexicon import load_lexicon
from wirewatch.nlp.timex_resolve import Context, Value, count_of, unresolved

# How far back (in characters) the time an offset counts from may have been mentioned.
REACH = 2000
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
FORWARD_RELS = frozenset({"next", "coming", "following"})


@dataclass
class Narrative:
    """An offset found in the text, to be counted from the time mentioned before it."""

    rule: str
    match: re.Match[str]
    start: int


def is_narrative(rule: str, m: re.Match[str]) -> bool:
    """ "Two months later", "the following week", "the next month": an offset that may count
    from the story's time line rather than from publication."""
    groups = m.re.groupindex
    if rule == "offset":
        return (m.group("dir") or "").lower() in ("later", "earlier")
    if rule == "span" and "rel" in groups:
        return (m.group("rel") or "").lower() in FORWARD_RELS
    return False


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _coarser(a: str, b: str) -> str:
    return a if PRECISION_RANK.get(a, 0) >= PRECISION_RANK.get(b, 0) else b


def _moved(ref: Value, m: re.Match[str], rule: str) -> Value | None:
    """The period ``ref`` moved by the offset ``m`` states."""
    unit, per = load_lexicon().units[" ".join(m.group("unit").lower().split())]
    count = count_of(m)
    if count is None or ref.start is None or ref.end is None:
        return None
    precision = _coarser(cal.precision_of(unit), ref.precision)
    if rule == "span":
        if m.group("num") is None and not m.group("unit").lower().endswith("s"):
            # "the following month": the whole month after the one mentioned
            return Value(*cal.snap(cal.shift(ref.end, unit, per), unit), precision)
        # "the following two weeks": from the end of the time mentioned onwards
        return Value(ref.end, cal.shift(ref.end, unit, count[1] * per), precision)
    sign = 1 if m.group("dir").lower() == "later" else -1
    near = cal.shift(ref.start if sign > 0 else ref.end, unit, sign * count[0] * per)
    far = cal.shift(ref.end if sign > 0 else ref.start, unit, sign * count[1] * per)
    open_ended = (m.group("approx") or "").lower() in load_lexicon().open_ended
    if open_ended:  # "more than a week later": from a week on, with no end known
        return Value(near, None, precision) if sign > 0 else Value(None, near, precision)
    if sign > 0:
        return Value(cal.snap(near, unit)[0], cal.snap(far, unit)[1], precision)
    return Value(cal.snap(far, unit)[0], cal.snap(near, unit)[1], precision)


def recount(
    offset: Narrative,
    current: Value,
    before: list[tuple[int, Value]],
    ctx: Context,
) -> Value:
    """The offset's value counted from the last time mentioned before it (``before`` holds
    (end, value) of the expressions found earlier in the text, in order)."""
    ref = next(
        (
            v
            for end, v in reversed(before)
            if end <= offset.start and offset.start - end <= REACH and v.start and v.end
        ),
        None,
    )
    ctx.span = (offset.start, offset.match.end())
    past = ctx.tense() == "past"
    forward = offset.rule == "span" and offset.match.group("rel").lower() == "following"
    if ref is None:
        value = unresolved(current.precision) if past or forward else current
    elif offset.rule == "span" and not (past or forward):
        value = current  # "the next two weeks will decide": from publication
    else:
        value = _moved(ref, offset.match, offset.rule) or unresolved(current.precision)
    if past and ctx.published and value.start and value.start > ctx.published:
        return unresolved(value.precision)
    return value
