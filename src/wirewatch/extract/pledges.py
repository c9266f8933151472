"""Pledges that change what an act is: a blow promised is a threat, a blow promised not
to happen is a concession (PLOVER THREATEN and CONCEDE code intentions, not the act)."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.document import Event
from wirewatch.extract.lexicon import verb_forms

HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def pledged_blows(
    pledge: Event, tok: Token, others: list[tuple[Event, Token]], object_deps: frozenset[str]
) -> bool:
    """Recode the hostile acts a pledge verb takes as its object as threats (PLOVER
    THREATEN); True when there were any."""
    objects = {c.i for c in tok.children if c.dep_ in object_deps}
    blows = [e for e, t in others if t.i in objects and e.type in HOSTILE_ACTS]
    for e in blows:
        e.act, e.type, e.mode, e.acled = e.type, "THREATEN", None, None
        e.cameo, e.modality = "13", "intended"
        e.confidence = max(e.confidence, pledge.confidence)
    return bool(blows)


FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo"})
PLEDGE_VERBS = frozenset(
    form for base in ("pledge", "promise", "vow", "agree", "commit") for form in verb_forms(base)
)


def restraint_pledged(tok: Token) -> bool:
    """A negated act that is promised ("will not attack", "vowed not to arrest")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lower_ in PLEDGE_VERBS
