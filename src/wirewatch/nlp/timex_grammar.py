"""The date-expression grammar: one compiled regular expression per kind of expression.

Each rule finds candidates only; whether a candidate is a date at all (a bare "March" is not)
and what it means is decided by timex_resolve. Patterns are built from the word lists so that
extending the lists extends the grammar. Every repetition is bounded (whitespace runs of at
most three characters, numbers of at most four digits) and nothing is nested, so a scan is
linear in the text length whatever the input.

Capitalisation policy: month and weekday names match only as "March"/"MARCH" (never "march",
"may"), everything else case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from wirewatch.nlp.timex_lexicon import Lexicon, load_lexicon

WS = r"\s{1,3}"
# Years accepted anywhere: 1800-2099. A year alone is never a date (see the year rule).
YEAR = r"(?<![\d,.])(?P<{name}>1[89]\d\d|20\d\d)(?!\d|[,.]\d|s\b|[-–]\d)"
DAY = r"(?<!\d)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
PARTS = r"early|mid|late"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    head: str  # name of the head pattern (see heads()) every match of the rule contains
    takes_preposition: bool  # whether a date preposition before the match joins it


# Rules whose own pattern handles the words before the quantity ("for the past week").
OWN_PREPOSITIONS = frozenset({"span", "offset", "year_range"})
PREPOSITION_REACH = 40  # characters looked back for a preposition; longer than any in the list
# A rule's full pattern is run only in this window around each of its head words: rules open
# with optional word lists ("more than" "two" weeks ago), which the regex engine cannot skip
# quickly, while heads are plain word lists it scans fast.
HEAD_REACH_BEFORE = 40
HEAD_REACH_AFTER = 60


def words(items: Iterable[str]) -> str:
    """A non-capturing alternation of phrases, longest first, spaces matching short runs."""
    unique = sorted(set(items), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", WS) for w in unique) + ")"


def names(items: Iterable[str]) -> str:
    """Proper names matched case-sensitively, as written or in capitals."""
    forms = set()
    for item in items:
        forms.update((item, item.upper()))
    return "(?-i:" + words(forms)[3:]


def _year(name: str = "year") -> str:
    return YEAR.format(name=name)


def _patterns(lex: Lexicon) -> dict[str, str]:
    month_full = names(lex.month_names)
    abbrevs = names(lex.month_abbrevs)
    month_any = rf"(?:{month_full}\b|{abbrevs}(?:\.|\b))"
    weekday = names(lex.weekdays) + r"\b"
    rel = words(lex.relative)
    vague = [w for w in lex.vague_numbers if w != "plural"]
    num = rf"(?:\d{{1,4}}|{words([*lex.numbers, *vague])})"
    units = words(lex.units) + r"\b"
    day_parts = words(lex.day_parts) + r"\b"
    blockers = words(lex.weekday_blockers_after)
    count_nouns = words(lex.year_count_nouns)
    approx = words(lex.approximations)
    wd_lead = rf"(?:(?P<wd>{weekday}),?{WS}(?:the{WS})?)?"
    return {
        "iso": r"\b(?<![\d-])(?P<iso>\d{4}-\d{2}-\d{2})(?![\d-])",
        "month_day": (rf"\b{wd_lead}(?P<mon>{month_any}){WS}{DAY}(?:,?{WS}{_year()})?(?!:\d)"),
        "day_month": (
            rf"\b{wd_lead}(?:the{WS})?{DAY}(?:{WS}of)?{WS}(?P<mon>{month_any})"
            rf"(?:,?{WS}{_year()})?"
        ),
        "month_year": (
            rf"\b(?:(?P<part>{PARTS})[\s-]{{1,3}})?(?P<mon>{month_any})"
            rf"(?:,|{WS}of)?{WS}{_year()}"
        ),
        "month_rel_year": (
            rf"\b(?:(?P<part>{PARTS})[\s-]{{1,3}})?(?P<mon>{month_full})\b,?{WS}"
            rf"(?P<rel>last|this|next){WS}year\b"
        ),
        "month": (
            rf"\b(?:(?P<rel>{rel}){WS})?(?:(?P<part>{PARTS})[\s-]{{1,3}})?"
            rf"(?P<mon>{month_full})\b(?!['’]s|\s{{1,3}}\d)"
        ),
        "year": (
            rf"\b(?:(?P<part>{PARTS})[\s-]{{1,3}})?(?P<theyear>the{WS}year{WS})?"
            rf"{_year()}(?!{WS}{count_nouns}\b)"
        ),
        "year_range": (
            rf"\b(?P<kw>between|from){WS}{_year('y1')}\s{{0,3}}(?:and|to|until|till|through|-|–)"
            rf"\s{{0,3}}{_year('y2')}"
        ),
        "decade": (rf"\bthe{WS}(?:(?P<part>{PARTS})[\s-]{{1,3}})?(?P<decade>1[89]\d0|20\d0)s\b"),
        "weekday": (
            rf"\b(?:(?P<rel>{rel}){WS})?(?P<wd>{weekday})"
            rf"(?:{WS}(?P<dpart>{day_parts}))?(?!{WS}{blockers}\b)"
        ),
        "day_word": (rf"\b(?P<dw>{words(lex.day_words)})\b(?:{WS}(?P<dpart>{day_parts}))?"),
        "rel_period": (
            rf"\b(?:(?P<part>earlier|later|{PARTS})(?:{WS}in)?[\s-]{{1,3}})?"
            rf"(?P<rel>last|this|next|coming){WS}(?P<unit>week|weekend|month|year|decade)\b"
        ),
        "span": (
            rf"\b(?:(?P<prep>for|over|in|during|within|throughout|across){WS})?the{WS}"
            rf"(?P<rel>past|last|next|coming|following){WS}(?:(?P<num>{num}){WS})?(?P<unit>{units})"
        ),
        "offset": (
            rf"\b(?:(?P<approx>{approx}){WS})?(?:(?P<num>{num}){WS})?(?:(?:more|other){WS})?"
            rf"(?P<unit>{units}){WS}(?P<dir>ago|later|earlier)\b"
        ),
    }


HEAD_OF = {
    "iso": "iso",
    "month_day": "month",
    "day_month": "month",
    "month_year": "month",
    "month_rel_year": "month",
    "month": "month",
    "year": "year",
    "year_range": "year",
    "decade": "decade",
    "weekday": "weekday",
    "day_word": "day_word",
    "rel_period": "unit",
    "span": "unit",
    "offset": "direction",
}


# Lower-cases ASCII letters only, so offsets stay those of the original text.
ASCII_LOWER = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)  # fmt: skip
# Heads matched against the ASCII-lower-cased text: re.IGNORECASE word lists are several
# times slower to scan than plain ones.
LOWERED_HEADS = frozenset({"day_word", "unit", "direction"})


@cache
def heads() -> dict[str, re.Pattern[str]]:
    """Head patterns: the one word (or number) each kind of expression cannot do without.

    Those in LOWERED_HEADS are lower case and must be run over ``text.translate(ASCII_LOWER)``.
    """
    lex = load_lexicon()
    lower_words = [w.lower() for w in lex.day_words]
    return {
        "iso": re.compile(r"\d{4}-\d\d-\d\d"),
        "month": re.compile(names([*lex.month_names, *lex.month_abbrevs])),
        "year": re.compile(r"(?:1[89]|20)\d\d"),
        "decade": re.compile(r"\d0s\b"),
        "weekday": re.compile(names(lex.weekdays)),
        "day_word": re.compile(words(lower_words)),
        "unit": re.compile(words([*lex.units, "weekend"])),
        "direction": re.compile(r"(?:ago|later|earlier)\b"),
    }


@cache
def rules() -> tuple[Rule, ...]:
    """The compiled rules, in tie-breaking order (earlier wins between equal spans)."""
    return tuple(
        Rule(name, re.compile(src, re.IGNORECASE), HEAD_OF[name], name not in OWN_PREPOSITIONS)
        for name, src in _patterns(load_lexicon()).items()
    )


@cache
def preposition_before() -> re.Pattern[str]:
    """A date preposition ending right where a match starts ("in" + " March").

    Searched backwards from each match rather than made an optional part of every rule: a
    rule that opens with an optional word list defeats the regex engine's first-character
    skip and costs several times more on text without dates.
    """
    preps = words(load_lexicon().date_prepositions)
    return re.compile(rf"(?<![\w-])(?P<prep>{preps}){WS}\Z", re.IGNORECASE)
