"""People made to flee, coded as the PLOVER manual codes them.

The manual: refugees and similar actors described as fleeing a country or a place are coded
SANCTION "expel", with the causative agent as the actor, not as a RETREAT by the ones who
fled. Wire copy names the cause with a verb of forcing: "the shelling forced thousands to
flee", "families were forced to leave their homes by the fighting". The fleeing people are
the target; whoever (or whatever act) forced them is the source.
"""

from __future__ import annotations

from spacy.tokens import Token

CAUSING_VERBS = frozenset("force forces forced forcing compel compels compelled compelling".split())
FLIGHT_VERBS = frozenset(
    "flee flees fled fleeing leave leaves left leaving abandon abandons abandoned abandoning "
    "evacuate evacuates evacuated evacuating".split()
)
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})


def _agent(verb: Token) -> Token | None:
    for prep in verb.children:
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by"):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def forced_flight(tok: Token) -> tuple[Token | None, Token] | None:
    """(what forced them, who fled) when ``tok`` is a flight someone was forced into."""
    if tok.lower_ not in FLIGHT_VERBS or tok.dep_ not in COMPLEMENT_DEPS:
        return None
    verb = tok.head
    if verb.lower_ not in CAUSING_VERBS:
        return None
    displaced = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if displaced:
        causer = [c for c in verb.children if c.dep_ == "nsubj"]
        return (causer[0] if causer else None), displaced[0]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return _agent(verb), passive[0]
    return None
