"""Deaths stated in an event sentence ("killed 12 people", "22 people have lost their lives")."""

from __future__ import annotations

import re
from functools import lru_cache

# Numbers written out exactly; NUMBER_WORDS adds the round guesses a toll is given in.
CARDINALS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
NUMBER_WORDS = {
    **CARDINALS,
    "a dozen": 12,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
}
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "sixty-one" is one number; the "one" after its hyphen is no count of its own
_NUM = rf"(?<![\w-])(\d{{1,3}}(?:,\d{{3}})*|\d+|(?:{'|'.join(sorted(TENS))})-[a-z]+|{_WORDS})"
_WHO = (
    r"(?:people|persons|civilians|soldiers|troops|militants|fighters|insurgents|policemen|"
    r"police officers|officers|guards|border guards|servicemen|children|women|men|others|"
    r"members|workers|rebels|attackers|passengers|"
    # agent and demonym plurals: journalists, reporters, volunteers, Americans, Syrians
    r"[a-z]{2,20}(?:ists|ers|ors|ans|ees))"
)
_QUALIFIER = r"(?:at least\s+|more than\s+|some\s+|about\s+)?"
_DIED = (
    r"(?:were|have been|had been|was|are|have|had)?\s*"
    r"(?:killed|dead|died|slain|murdered|lost their lives|have lost their lives|perished)"
)
_PATTERNS = [
    re.compile(
        rf"\b(?:killed|killing|kills|kill)\s+{_QUALIFIER}{_NUM}\b",
        re.I,
    ),
    re.compile(
        rf"\b{_QUALIFIER}{_NUM}\s+(?:\w+\s+){{0,2}}?{_WHO}\s+{_DIED}",
        re.I,
    ),
    re.compile(rf"\b{_NUM}\s+(?:dead|killed|deaths|fatalities)\b", re.I),
    # "61 were killed", "194 had died": a bare count as the subject of a death verb
    re.compile(
        rf"{_QUALIFIER}{_NUM}\s+(?:were|have been|had been|have|had)\s+"
        r"(?:killed|died|slain|perished)\b",
        re.I,
    ),
    re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of)\s+{_NUM}\b", re.I),
]


# "The war has killed 400,000": a toll of the whole conflict, not of the act told with it.
_WAR_TOLL = re.compile(
    r"\b(?:war|conflict|insurgency|uprising|violence|fighting|crisis|campaign|siege)"
    r"(?:,?\s+(?:which|that))?\s+(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?$",
    re.I,
)
WAR_NOUNS = frozenset(
    {"war", "conflict", "insurgency", "uprising", "violence", "fighting", "crisis", "campaign",
     "siege"}
)  # fmt: skip


def toll_of_a_war(sentence: str) -> bool:
    """The sentence's death toll is a whole war's ("the conflict has killed more than
    400,000 people"), which belongs to no single attack told beside it."""
    found = fatality_mention(sentence)
    if found is None:
        return False
    at = found[1]
    return bool(_WAR_TOLL.search(sentence[max(0, at - 60) : at]))


def _value(token: str) -> int | None:
    t = token.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    tens, _, unit = t.partition("-")
    if unit:
        ones = CARDINALS.get(unit)
        return CARDINALS[tens] + ones if tens in TENS and ones is not None and ones < 10 else None
    return NUMBER_WORDS.get(t)


def fatalities_in(sentence: str) -> int | None:
    """The number of deaths the sentence states, or None when it states none."""
    found = fatality_mention(sentence)
    return found[0] if found else None


@lru_cache(maxsize=256)
def fatality_mentions(sentence: str) -> tuple[tuple[int, int], ...]:
    """Every death count the sentence states, as (deaths, character where stated), in text
    order, one per place: "61 were killed in the first raid and 194 had died by Friday"
    states two, each its own clause's."""
    text = sentence[:2000]
    found: list[tuple[int, int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            value = _value(m.group(1))
            if value is None or value >= 1_000_000:
                continue
            if any(s < m.end() and m.start() < e for _v, s, e in found):
                continue
            found.append((value, m.start(), m.end()))
    return tuple((v, s) for v, s, _e in sorted(found, key=lambda f: f[1]))


@lru_cache(maxsize=256)
def fatality_mention(sentence: str) -> tuple[int, int] | None:
    """(deaths, character where they are stated) for the sentence, or None. Cached: each
    attack of a sentence asks, and so does the incident folding after them."""
    text = sentence[:2000]
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m:
            value = _value(m.group(1))
            if value is not None and value < 1_000_000:
                return value, m.start()
    return None
