"""Whom a conditional threat is aimed at: the party whose act is the condition.

"Arden warned that Pell would respond if Varnesian shells fell on Dravonian territory
again" threatens Varnesia, though no object says so: the one who must not act is the
subject of the if-clause. Only that subject is read, and only when it names someone.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.extract.modality import if_clauses

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "obj", "dative"})


def condition_party(trigger: Token) -> Token | None:
    """The subject of the if-clause on the trigger or on what it warns of, when the threat
    names no object of its own; else None."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"ccomp", "xcomp"})]
    if any(c.dep_ in OBJECTS for h in heads for c in h.children):
        return None  # "threatened to shell Haifa if …": what is threatened is named
    for head in heads:
        for clause in if_clauses(head):
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                return subject
    return None
