"""Which of a sentence's death counts belongs to which act: each count to its own clause.

"61 were killed in the first raid and 194 had died by the end of the week" states two tolls
of two moments; giving the first to both (or only to the first act) loses the second and
counts the first twice. A count goes to the act whose clause it stands in: the nearest verb
that heads a clause above the count's words, matched with the act's own clause head.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.extract.fatalities import fatality_mentions

# Dependencies of a verb that heads a clause of its own (the root has none of these but is
# its own clause head).
CLAUSE_DEPS = frozenset(
    {"conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "csubj", "acl", "pcomp"}
)
MAX_DEPTH = 40


def clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` stands in (the root when none is nearer)."""
    for _ in range(MAX_DEPTH):
        if tok.pos_ in {"VERB", "AUX"} and (tok.dep_ in CLAUSE_DEPS or tok.head.i == tok.i):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _token_at(trigger: Token, char: int) -> Token | None:
    sent = trigger.sent
    at = sent.start_char + char
    return next((t for t in sent if t.idx <= at < t.idx + max(len(t.text), 1)), None)


def several_tolls(sentence: str) -> bool:
    """The sentence states more than one death count."""
    return len(fatality_mentions(sentence)) > 1


def clause_toll(sentence: str, trigger: Token) -> int | None:
    """The count stated in the trigger's own clause of ``sentence`` (the trigger's sentence),
    None when its clause states none."""
    own = clause_head(trigger)
    for value, char in fatality_mentions(sentence):
        tok = _token_at(trigger, char)
        if tok is not None and clause_head(tok).i == own.i:
            return value
    return None
