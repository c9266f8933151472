"""Deaths nobody dealt are no attack: "twelve people died of cholera", "migrants died or
disappeared while crossing the sea", "perished in the earthquake".

The death verbs are ASSAULT triggers because conflict news mostly reports deaths from
violence with the attacker left unsaid ("61 died in the shelling"). ACLED codes only
political violence and PLOVER's ASSAULT needs a party using force, so a death whose own
words give a cause that is disease, hunger, the elements, an accident or a journey is no
event. A passive "were killed" implies a killer and is never read here; a violent cause
("died of his wounds") is not in the lists and stays an attack. Cues: natural_deaths.yaml.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Token

# Word forms, not lemmas: the pipeline's parse runs without a lemmatizer.
DEATH_FORMS = frozenset("die dies died dying perish perishes perished perishing".split())


@cache
def _cues() -> dict[str, frozenset[str]]:
    path = resources.files("wirewatch").joinpath("data", "events", "natural_deaths.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {key: frozenset(str(w).lower() for w in data[key]) for key in data}


def _noun_phrase(noun: Token) -> set[str]:
    """The noun and the noun with its compound/amod words before it ("heart attack")."""
    words = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}]
    return {noun.lower_, " ".join([*words, noun.lower_]), " ".join([*words[-1:], noun.lower_])}


def _named_cause(verb: Token) -> bool:
    cues = _cues()
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        wanted = {"of": "causes", "from": "causes", "in": "mishaps"}.get(prep.lower_)
        if wanted is None:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and _noun_phrase(obj) & cues[wanted]:
                return True
    return False


def _on_a_journey(verb: Token) -> bool:
    journeys = _cues()["journeys"]
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "xcomp", "prep"}:
            continue
        # "while crossing", "trying to cross", "attempting to reach Europe"
        words = [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "pcomp"})]
        if any(w.lower_ in journeys for w in words):
            return True
    return False


def death_nobody_dealt(trigger: Token) -> bool:
    """The trigger is a death verb whose own words give it a cause other than violence."""
    if trigger.lower_ not in DEATH_FORMS or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    verbs = [trigger]
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        verbs.append(trigger.head)  # "died or disappeared while crossing": shared modifiers
    verbs += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(_named_cause(v) or _on_a_journey(v) for v in verbs)
