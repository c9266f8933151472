"""Who does what to whom in a sentence, read at its main predicate rather than at a trigger.

The event reader only reads roles where the trigger lexicon names a PLOVER act. Many coded
sentences state an attitude that PLOVER has no type for ("X said it is skeptical of Y",
"X expressed pessimism about Y", "X hoped Y would…"); their parties are still plain from
the syntax. This reader takes the sentence's main predicate (through "X said that…" to what
was said) and reads its subject and object with the same rules as the event reader. It
invents no event: it returns phrases, and nothing in a document is built from it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.extract.quotes_cues import load_cues
from wirewatch.extract.roles import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    TIME_WORDS,
    Role,
    event_roles,
    phrase,
    resolve,
    role_words,
)

MAX_REPORT_DEPTH = 3
# "skeptical about", "pessimistic over", "angry at", "happy with", "hostile towards"
STANCE_PREPS = frozenset(
    {"about", "of", "over", "on", "at", "with", "regarding", "towards", "toward", "to", "in"}
)


def _reported_clause(pred: Token) -> Token | None:
    """What a verb of saying without an object reports ("NAF said [it killed…]")."""
    if pred.lower_ not in load_cues().verb_forms:
        return None
    if any(c.dep_ in OBJECT_DEPS for c in pred.children):
        return None
    return next((c for c in pred.children if c.dep_ == "ccomp"), None)


def main_predicate(sent: Span) -> Token:
    """The sentence's root, or the clause a reporting root reports."""
    pred = sent.root
    for _ in range(MAX_REPORT_DEPTH):
        clause = _reported_clause(pred)
        if clause is None:
            break
        pred = clause
    return pred


def _clause_subject(head: Token) -> Token | None:
    """The subject of a "that" clause or infinitive under ``head`` ("hoped [Bolton] would")."""
    for clause in head.children:
        if clause.dep_ in {"ccomp", "acl", "xcomp"}:
            subj = [c for c in clause.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
            if subj and subj[0].pos_ in {"NOUN", "PROPN"}:
                return subj[0]
    return None


def _prep_party(head: Token, preps: frozenset[str]) -> Token | None:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and objs[0].lower_ not in TIME_WORDS:
                return objs[0]
    return None


def _stance_target(pred: Token, target: Token | None) -> Token | None:
    """What an attitude is about: "is skeptical [of X]", "expressed pessimism [about X]",
    "expressed optimism [that X could…]", "hoped [X] would…"."""
    if target is not None:
        if target.lower_ not in role_words().stance_nouns:
            return target
        # the parser hangs what it is about on the noun or on the verb ("expressed optimism
        # Wednesday that…", "expressed optimism at a deal")
        return (
            _prep_party(target, STANCE_PREPS)
            or _clause_subject(target)
            or _prep_party(pred, STANCE_PREPS)
            or _clause_subject(pred)
            or target
        )
    for adj in pred.children:
        if adj.dep_ == "acomp":
            found = _prep_party(adj, STANCE_PREPS) or _clause_subject(adj)
            if found is not None:
                return found
    return _clause_subject(pred)


def predicate_roles(sent: Span) -> tuple[Role | None, Role | None]:
    """(source, target) of the sentence's main predicate."""
    pred = main_predicate(sent)
    source, target = event_roles(pred)
    if pred.pos_ not in {"VERB", "AUX"}:
        return source, target
    head = _stance_target(pred, target.head if target is not None else None)
    if head is not None and (target is None or head.i != target.head.i):
        target = phrase(resolve(head))
    return source, target
