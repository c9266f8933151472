"""A cheap tense guess for a date expression from the few words around it.

Used when the caller has no parse to ask ("will meet on Friday" → future). The nearest tense
cue before the expression, within its sentence, decides; failing that, the first one after
it ("On Friday, ministers will meet"). Future cues are tried before past cues at the same
place so that "scheduled" or "planned" count as future although they end in -ed, and a
participle after "be"/"been" ("will be held") is no cue: the auxiliary before it decides.
"""

from __future__ import annotations

import re
from functools import cache

from wirewatch.nlp.timex_grammar import words
from wirewatch.nlp.timex_lexicon import load_lexicon

WINDOW = 60  # characters looked at on each side: about eight words
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")


@cache
def _cues() -> re.Pattern[str]:
    lex = load_lexicon()
    future = words(lex.future_cues)
    past = words(lex.past_cues)
    return re.compile(
        rf"(?P<future>\b{future}\b)|(?<!\bbe\s)(?<!been\s)(?P<past>\b{past}\b|\b[a-z]{{2,}}ed\b)",
        re.IGNORECASE,
    )


def _tense_of(match: re.Match[str]) -> str | None:
    if match.group("future"):
        return "future"
    if match.group("past").lower() in load_lexicon().not_past_ed:
        return None
    return "past"


def local_tense(text: str, start: int, end: int) -> str | None:
    """Return "past", "future" or None (no cue) for the expression at ``text[start:end]``."""
    before = text[max(0, start - WINDOW) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    if ends:
        before = before[ends[-1] :]
    for m in reversed(list(_cues().finditer(before))):
        tense = _tense_of(m)
        if tense:
            return tense
    after = text[end : end + WINDOW]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[: stop.start()]
    for m in _cues().finditer(after):
        tense = _tense_of(m)
        if tense:
            return tense
    return None
