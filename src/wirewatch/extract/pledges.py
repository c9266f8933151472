"""Pledges that change what an act is: a blow promised is a threat, a blow promised not
to happen is a concession (PLOVER THREATEN and CONCEDE code intentions, not the act)."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.document import Event
from wirewatch.extract.event_modes import threatened_mode
from wirewatch.extract.lexicon import verb_forms
from wirewatch.extract.mappings import cameo_code

HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def pledged_blows(
    pledge: Event, tok: Token, others: list[tuple[Event, Token]], object_deps: frozenset[str]
) -> bool:
    """Recode the hostile acts a pledge verb takes as its object as threats (PLOVER
    THREATEN); True when there were any."""
    objects = {c.i for c in tok.children if c.dep_ in object_deps}
    blows = [e for e, t in others if t.i in objects and e.type in HOSTILE_ACTS]
    for e in blows:
        # the threat's mode is what it threatens ("promised arrests" threatens arrest)
        e.act, e.type, e.acled = e.type, "THREATEN", None
        e.mode = threatened_mode(e.act, e.mode)
        e.cameo, e.modality = "13", "intended"
        e.confidence = max(e.confidence, pledge.confidence)
    return bool(blows)


YIELDING_ACTS = frozenset({"CONCEDE", "RETREAT"})


def pledged_concessions(pledge: Event, tok: Token, others: list[tuple[Event, Token]]) -> bool:
    """ "Government Promises Concessions", "agreed to a withdrawal": PLOVER codes a promised
    concession or withdrawal as a concession (CONCEDE), not as a pledge to cooperate
    (AGREE); the pledged noun takes the pledge's weight. True when there were any."""
    if tok.lower_ not in PLEDGE_VERBS:
        return False
    objects = {c.i for c in tok.children if c.dep_ in {"dobj", "obj"}}
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"):
        objects |= {c.i for c in prep.children if c.dep_ == "pobj"}
    pledged = [
        e for e, t in others if t.i in objects and e.type in YIELDING_ACTS and t.pos_ != "VERB"
    ]
    for e in pledged:
        e.cameo = cameo_code(e.type, "CONCEDE", "intended", None)
        if e.type != "CONCEDE":
            e.act, e.type, e.mode = e.type, "CONCEDE", None
        e.modality, e.acled = "intended", None
        e.confidence = max(e.confidence, pledge.confidence)
    return bool(pledged)


FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo"})
PLEDGE_VERBS = frozenset(
    form for base in ("pledge", "promise", "vow", "agree", "commit") for form in verb_forms(base)
)


def restraint_pledged(tok: Token) -> bool:
    """A negated act that is promised ("will not attack", "vowed not to arrest")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lower_ in PLEDGE_VERBS
