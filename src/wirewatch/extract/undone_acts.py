"""Acts a sentence names without telling that they happened: acts avoided, alternatives
offered, acts of whoever might do them, and what an object is meant for. Analysts reading
real news complain most about such acts reported as done."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch.extract.clauses import is_to_infinitive
from wirewatch.extract.lexicon import modality_cues

# Links from an act up to the verb that avoids it ("avoided [arrest]", "to avoid [being
# attacked]", "averted a [war] and [clashes]").
AVOIDED_LINKS = frozenset({"dobj", "obj", "xcomp", "pcomp", "conj", "compound"})
MAX_CLIMB = 4
TOPIC_PREPS = frozenset({"of", "about"})
PARTICULAR_DETS = frozenset({"the", "this", "that", "these", "those"})
GENERIC_CUE = "whoever"  # the cue for any generic doer, however the sentence words it
PURPOSE_CUE = "for use"


@lru_cache(maxsize=1)
def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in modality_cues()[key])


def is_avoiding_verb(verb: Token) -> bool:
    """Does the verb avoid the act it takes ("evaded arrest")? Its subject is then who would
    have suffered the act, not who would have done it."""
    return verb.pos_ in {"VERB", "AUX"} and verb.lower_ in _words("avoided_by")


def avoidance_is_aimed(verb: Token) -> bool:
    """ "To avoid counter-attacks": the avoiding is only a purpose, so what it avoids is
    feared (hypothetical), not known to be kept from happening (negated)."""
    return is_to_infinitive(verb) or verb.tag_ == "VB"


def _taking_verb(trigger: Token) -> Token | None:
    """The verb that takes the act as its object, directly or through "of"/"about"
    ("evaded [arrest]", "talks of [recalling] troops", "is preparing an [assault]")."""
    current = trigger
    through = False
    for _ in range(MAX_CLIMB):
        link = current.dep_
        if current.head.i == current.i:
            return None
        if link in {"pobj", "pcomp"} and current.head.lower_ in TOPIC_PREPS:
            through = True
        elif link not in AVOIDED_LINKS and link != "prep":
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"} or (through and current.pos_ == "NOUN"):
            # a noun of talk takes it too ("talk of war"; the tagger may read "talks of
            # recalling" as one)
            return current
    return None


def avoiding_verb(trigger: Token) -> Token | None:
    """ "Evaded arrest", "withdrew to avoid counter-attacks": the verb that avoids the act,
    which then did not happen."""
    verb = _taking_verb(trigger)
    return verb if verb is not None and is_avoiding_verb(verb) else None


def prepared(trigger: Token) -> str | None:
    """ "Is preparing an assault on Korvik", "planned an offensive": the act is intended."""
    verb = _taking_verb(trigger)
    return verb.lower_ if verb is not None and verb.lower_ in _words("prepared_by") else None


def mooted(trigger: Token) -> str | None:
    """ "Talks of recalling troops", "is considering sanctions": an act only raised. One
    made particular ("spoke about the attack", "his arrest") is a topic, already done."""
    particular = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in PARTICULAR_DETS)
        for c in trigger.children
    )
    if particular:
        return None
    verb = _taking_verb(trigger)
    return verb.lower_ if verb is not None and verb.lower_ in _words("mooted_by") else None


def _base_form(verb: Token) -> bool:
    """ "Leave", "be shot": a verb in its base form, active or passive."""
    return verb.tag_ == "VB" or (
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)
    )


def offered_alternative(trigger: Token) -> str | None:
    """ "Ordered them either to surrender or die", "told to leave or be shot": acts in a
    disjunction of base forms are alternatives put to someone, and neither is done. Past
    forms ("were killed or wounded") tell what happened and are not read here."""
    if not _base_form(trigger):
        return None
    first = trigger.head if trigger.dep_ == "conj" else trigger
    if not _base_form(first) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children):
        return None
    joined = any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children) and any(
        c.dep_ == "conj" and _base_form(c) for c in first.children
    )
    if not joined:
        return None
    either = any(c.dep_ == "preconj" and c.lower_ == "either" for c in first.children)
    return "either" if either else "or"


def anyone_who(trigger: Token) -> str | None:
    """ "Any party that violates the truce", "whoever attacks the convoy": the act of
    whoever may do it is no dated act."""
    generic = _words("generic_doers")
    for child in trigger.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in generic:
            return child.lower_
    if trigger.dep_ != "relcl":
        return None
    noun = trigger.head
    if noun.lower_ in generic or any(
        c.dep_ == "det" and c.lower_ in {"any", "every"} for c in noun.children
    ):
        return GENERIC_CUE
    return None


def meant_for(trigger: Token) -> str | None:
    """ "Weapons intended for use in an attack", "funds earmarked for the offensive": an act
    an object is meant for has not happened."""
    if trigger.dep_ != "pobj":
        return None
    participles = _words("purpose_participles")
    current = trigger
    for _ in range(MAX_CLIMB):
        if current.dep_ not in {"pobj", "prep"} or current.head.i == current.i:
            return None
        current = current.head
        if current.lower_ in participles and current.tag_ == "VBN":
            return current.lower_
        if current.lower_ == "use" and current.dep_ == "pobj" and current.head.lower_ == "for":
            return PURPOSE_CUE
    return None
