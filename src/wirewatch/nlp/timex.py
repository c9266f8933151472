"""Date expressions in news text, normalised against the document's publication date.

``find_timexes`` scans text with a small hand-written grammar (timex_grammar), keeps the
longest non-overlapping matches and resolves each to a period of days (timex_resolve, whose
docstring lists the interpretation choices). Our own grammar rather than dateparser because
it is about a hundred times faster on sentences, it knows which numbers are not dates, and it
returns spans.

Year policy: a four-digit number (1800-2099) is a year only with a date word in front ("in",
"since", "until", "back in", "by", "during", "early/mid/late", "the year") or as part of a
full date; "1988" alone, "2,000", "201st" and "20 years" are never dates.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from wirewatch.document import DateValue
from wirewatch.nlp import timex_calendar as cal
from wirewatch.nlp.timex_anaphora import anaphoric_days
from wirewatch.nlp.timex_grammar import (
    ASCII_LOWER,
    HEAD_REACH_AFTER,
    HEAD_REACH_BEFORE,
    LOWERED_HEADS,
    PREPOSITION_REACH,
    Rule,
    heads,
    preposition_before,
    rules,
)
from wirewatch.nlp.timex_narrative import Narrative, is_narrative, recount
from wirewatch.nlp.timex_resolve import Context, TenseHint, Value, resolve

__all__ = ["Timex", "find_timexes", "resolve_timex"]


@dataclass
class Timex:
    """One date expression: its span in the scanned text and its value (None if unknown)."""

    text: str
    start: int
    end: int
    value: DateValue | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": asdict(self.value) if self.value else None,
        }


def _date_value(value: Value, text: str) -> DateValue:
    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    return DateValue(
        start=iso(value.start), end=iso(value.end), text=text, precision=value.precision
    )


def _usable(value: str | date | datetime | None) -> date | None:
    d = cal.parse_published(value)
    return d if d is not None and cal.in_range(d) else None


def _matches(rule: Rule, text: str, hits: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The rule's matches that contain one of its head words, each found once."""
    seen: dict[tuple[int, int], re.Match[str]] = {}
    for head_start, head_end in hits:
        lo = max(head_start - HEAD_REACH_BEFORE, 0)
        for m in rule.pattern.finditer(text, lo, min(len(text), head_end + HEAD_REACH_AFTER)):
            if m.start() <= head_start and m.end() >= head_end and m.end() > m.start():
                seen.setdefault(m.span(), m)
    return list(seen.values())


def find_timexes(
    text: str,
    published: str | date | datetime | None,
    *,
    tense_hint: TenseHint | None = None,
    anchor: str | date | datetime | None = None,
) -> list[Timex]:
    """Date expressions in ``text``, in order, resolved against ``published``.

    ``tense_hint(start, end)`` may return "past" or "future" for a span (e.g. from a parse);
    when it is absent or returns None, a local word-window guess is used. ``anchor`` is a
    known event date that "two days later" counts from (default: the publication date).
    Relative expressions stay unresolved (start/end None) without a publication date.
    """
    if not isinstance(text, str) or not text:
        return []
    pub = _usable(published)
    ctx = Context(text=text, published=pub, anchor=_usable(anchor) or pub, tense_hint=tense_hint)
    lowered = text.translate(ASCII_LOWER)
    head_hits = {
        name: [h.span() for h in p.finditer(lowered if name in LOWERED_HEADS else text)]
        for name, p in heads().items()
    }
    candidates = []
    for order, rule in enumerate(rules()):
        for m in _matches(rule, text, head_hits[rule.head]):
            start, prep = m.start(), None
            if rule.takes_preposition:
                before = preposition_before().search(text, max(0, start - PREPOSITION_REACH), start)
                if before:
                    start, prep = before.start(), " ".join(before.group("prep").lower().split())
            candidates.append((start - m.end(), start, order, rule.name, m, prep))
    candidates.sort(key=lambda c: c[:3])
    taken = bytearray(len(text))
    found: list[tuple[Timex, Value, Narrative | None]] = []
    for _, start, _, name, m, prep in candidates:
        end = m.end()
        if taken.find(1, start, end) != -1:
            continue
        value = resolve(name, m, ctx, prep, start)
        if value is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        timex = Timex(text[start:end], start, end, _date_value(value, text[start:end]))
        narrative = Narrative(name, m, start) if anchor is None and is_narrative(name, m) else None
        found.append((timex, value, narrative))
    found.sort(key=lambda f: f[0].start)
    if any(n is not None for _t, _v, n in found):
        _recount_narrative(found, ctx)
    return _with_anaphors(text, lowered, [t for t, _v, _n in found])


def _recount_narrative(found: list[tuple[Timex, Value, Narrative | None]], ctx: Context) -> None:
    """Count "two months later", "the following week" from the time mentioned before them."""
    before: list[tuple[int, Value]] = []
    for timex, value, narrative in found:
        if narrative is not None:
            value = recount(narrative, value, before, ctx)
            timex.value = _date_value(value, timex.text)
        before.append((timex.end, value))


def _with_anaphors(text: str, lowered: str, found: list[Timex]) -> list[Timex]:
    spans = [(t.start, t.end, t.value) for t in found]
    back = anaphoric_days(text, lowered, spans)
    if back:
        found += [Timex(v.text, start, end, v) for start, end, v in back]
        found.sort(key=lambda t: t.start)
    return found


def resolve_timex(
    expr: str, published: str | date | datetime | None, future: bool = False
) -> DateValue | None:
    """The value of one expression (the longest date found in ``expr``), read as past or future."""
    tense = "future" if future else "past"
    found = find_timexes(expr, published, tense_hint=lambda s, e: tense)
    if not found:
        return None
    return max(found, key=lambda t: t.end - t.start).value
