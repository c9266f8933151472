"""The means of an attack: what struck, what carried the blow, what it was done with.

Wire copy names the weapon beside a generic verb ("Russian aircraft attacked the town",
"shells hit the market", "attacked the base with drones"), so the trigger's own sense cannot
say whether an attack was an air strike, shelling or a shooting. PLOVER codes this as the
ASSAULT mode and ACLED as the sub-event type (an air strike is "Explosions/Remote violence",
never an "Armed clash"), and analysts filter on both. The words live in
``data/events/attack_means.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
INSTRUMENT_PREPS = frozenset({"with", "by", "using"})
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
MAX_MEANS_TOKENS = 24


@dataclass(frozen=True)
class Means:
    """One means of attack: its PLOVER mode and, if ACLED codes it apart, its codes."""

    mode: str
    acled: tuple[str, str] | None
    words: frozenset[str]


@dataclass(frozen=True)
class MeansWords:
    means: tuple[Means, ...]
    munitions: frozenset[str]


@lru_cache(maxsize=1)
def means_words() -> MeansWords:
    """The analyst-editable lists of ``data/events/attack_means.yaml``."""
    path = resources.files("wirewatch") / "data" / "events" / "attack_means.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    means = tuple(
        Means(
            entry["mode"],
            (entry["acled"][0], entry["acled"][1]) if entry.get("acled") else None,
            frozenset(w.lower() for w in entry["words"]),
        )
        for entry in data["means"]
    )
    return MeansWords(means, frozenset(w.lower() for w in data["munitions"]))


def _phrases(tok: Token) -> set[str]:
    """The ways a means word may be written: alone, as its lemma, with its compounds."""
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    found = {tok.lower_, tok.lemma_.lower()}
    if compounds:
        found.add(" ".join([c.lower_ for c in compounds] + [tok.lower_]))
    return found


def _instruments(tok: Token) -> list[Token]:
    """Objects of "with", "by", "using" attached to ``tok`` ("attacked with drones")."""
    found = []
    for child in tok.children:
        if (child.dep_ == "prep" and child.lower_ in INSTRUMENT_PREPS) or child.dep_ in {"agent"}:
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in PURPOSE_DEPS | {"acl"} and child.lower_ == "using":
            found += [g for g in child.children if g.dep_ in OBJECT_DEPS]
    return found


def _context(trigger: Token) -> list[Token]:
    """Tokens that may name the attack's means, nearest first."""
    tokens = [trigger]
    tokens += [c for c in trigger.children if c.dep_ in MODIFIER_DEPS]
    tokens += [c for c in trigger.children if c.dep_ in SUBJECT_DEPS]
    tokens += _instruments(trigger)
    # "fired rockets at the airport": a munition fired (never a target: "shot down a drone")
    tokens += [c for c in trigger.children if c.dep_ in OBJECT_DEPS and is_munition(c)]
    head = trigger.head
    if trigger.dep_ in OBJECT_DEPS and head.pos_ in {"VERB", "AUX"}:
        # "conducted strikes", "launched an attack": the light verb's subject and means
        tokens += [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        tokens += _instruments(head)
    elif trigger.dep_ in PURPOSE_DEPS and head.pos_ == "VERB":
        # "sent in aircraft to attack": what was sent struck
        tokens += [c for c in head.children if c.dep_ in OBJECT_DEPS]
    conj_subjects = [g for t in tokens if t is not trigger for g in t.conjuncts]
    return (tokens + conj_subjects)[:MAX_MEANS_TOKENS]


def attack_means(trigger: Token, mode: str | None = None) -> Means | None:
    """The most specific means named around an attack's trigger, if it says more than the
    trigger's own ``mode`` (a "car bomb" sense is explosives; a suicide car bomb is more)."""
    listed = means_words().means
    named: set[str] = set()
    for tok in _context(trigger):
        named |= _phrases(tok)
        if tok is not trigger:
            named |= {c.lower_ for c in tok.children if c.dep_ in MODIFIER_DEPS}
    for rank, means in enumerate(listed):
        if mode is not None and means.mode == mode:
            return None
        if named & means.words:
            return means if mode is None or mode in {m.mode for m in listed[rank:]} else None
    return None


def is_munition(head: Token) -> bool:
    """Is this argument head a munition, which strikes but does not act ("bombs hit")?"""
    words = means_words().munitions
    return head.lower_ in words or head.lemma_.lower() in words


def _names_an_owner(tok: Token) -> bool:
    """A name or a national adjective: "Syrian government missiles", "Taliban-claimed"."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.text[:1].isupper())


def ownerless_munition(head: Token) -> bool:
    """A munition with no one named as firing it ("cluster bombs", "a rocket"): it struck,
    but names no attacker. "Syrian government missiles" and "missiles fired by the Israeli
    military" still name theirs, and so stand for them, as event coders read them."""
    if not is_munition(head):
        return False
    return not any(_names_an_owner(t) for t in head.subtree if t.i != head.i)


# Verbs that make explosives safe: "clearing mines", "defused the bomb" is no attack.
DEFUSING_VERBS = frozenset(
    "clear clears cleared clearing defuse defuses defused defusing detect detects detected "
    "detecting dismantle dismantles dismantled dismantling remove removes removed removing "
    "demine demined demining".split()
)


def made_safe(tok: Token) -> bool:
    """Is the munition the object of a verb that makes it safe ("helping to clear mines")?"""
    if tok.dep_ in {"dobj", "obj", "nsubjpass"} and tok.head.lower_ in DEFUSING_VERBS:
        return True
    # the tagger often reads "to clear mines" as "clear" modifying "mines"
    return any(c.dep_ == "amod" and c.lower_ in DEFUSING_VERBS for c in tok.children)
