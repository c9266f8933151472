"""Month names that double as trigger words ("March", "May").

"On March 7 fighters crossed the river" holds no protest march: a capitalised month name
next to a number, or after a date preposition ("since March", "in May"), is the month.
A capitalised word elsewhere ("Thousands March on Capital") is left to the lexicon.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from wirewatch.nlp.timex_lexicon import load_lexicon

# Words before a month that make it a date ("last March", "early May").
DATE_WORDS_BEFORE = frozenset({"last", "next", "this", "early", "late", "mid", "mid-", "of"})


@cache
def month_names() -> frozenset[str]:
    """Full month names, lower case."""
    return frozenset(name.lower() for name in load_lexicon().month_names)


@cache
def _date_preps() -> frozenset[str]:
    one_word = (p for p in load_lexicon().date_prepositions if " " not in p)
    return frozenset(one_word) | DATE_WORDS_BEFORE


def _numeric(tok: Token) -> bool:
    return tok.like_num or tok.text[:1].isdigit()


def is_month_name(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a month as written in a date, not the verb or noun."""
    tok = tokens[i]
    if not tok.text[:1].isupper() or tok.lower_ not in month_names():
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1] if i > 0 else None
    if (after is not None and _numeric(after)) or (before is not None and _numeric(before)):
        return True
    return before is not None and before.lower_ in _date_preps()
