"""ACLED's own rules for an event's codes: who took part decides, not the verb alone.

A trigger gives a default ACLED code ("attack" a Battle, "kill" Violence against civilians),
but ACLED's codebook sorts political violence by its parties: a blow between two organised
armed sides is a Battle, a one-sided blow at unarmed people is Violence against civilians,
force used on a peaceful crowd is a Protest event, an "arrest" by an armed group is an
abduction, a withdrawal is a transfer of territory only when the place changes hands without
a fight, and a ceasefire or peace deal signed is an Agreement. Remote violence (air strikes,
shelling, bombs) stays remote violence whoever it hits. The words live in
``data/events/acled_rules.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from wirewatch.document import Actor
from wirewatch.extract.clauses import QUANTITY_WORDS

Codes = tuple[str, str]
Phrases = frozenset[tuple[str, ...]]

ARMED_CLASH: Codes = ("Battles", "Armed clash")
ATTACK: Codes = ("Violence against civilians", "Attack")
ABDUCTION: Codes = ("Violence against civilians", "Abduction/forced disappearance")
PEACEFUL: Codes = ("Protests", "Peaceful protest")
INTERVENTION: Codes = ("Protests", "Protest with intervention")
EXCESSIVE: Codes = ("Protests", "Excessive force against protesters")
VIOLENT_DEMO: Codes = ("Riots", "Violent demonstration")
MOB: Codes = ("Riots", "Mob violence")
ARRESTS: Codes = ("Strategic developments", "Arrests")
AGREEMENT: Codes = ("Strategic developments", "Agreement")
TRANSFER: Codes = ("Strategic developments", "Non-violent transfer of territory")
OTHER: Codes = ("Strategic developments", "Other")

# Inherently one-sided acts: whoever suffers them is not fighting back at that moment.
ONE_SIDED_MODES = frozenset({"massacre", "execute", "torture", "cleansing", "sexual", "abduct"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY"})
CIVILIAN_SECTORS = frozenset({"CVL", "EDU", "JRN", "MED", "REF", "REL", "AGR", "LAB"})
AGREEMENT_ACTS = frozenset({"SUPPORT", "AGREE", "CONCEDE", "RETREAT", "COOPERATE"})
# Words that end the head of a role phrase: "a village in Zamfara", "the home of a general".
HEAD_ENDERS = frozenset(
    "in of near at on from outside inside along across around by with during after before "
    "into to who which that where , ; killing including and".split()
)
AIM_PREPS = frozenset({"on", "at", "against", "upon", "into"})
MAX_SENT_TOKENS = 150
# The pipeline runs without a lemmatizer: a few irregular forms, the rest by suffix.
IRREGULAR = {
    "shot": "shoot", "broke": "break", "broken": "break", "fought": "fight", "struck": "strike",
    "took": "take", "taken": "take", "beaten": "beat",
    "gave": "give", "given": "give", "held": "hold", "left": "leave", "fled": "flee",
}  # fmt: skip


@dataclass(frozen=True)
class RuleWords:
    armed: Phrases
    civilian: Phrases
    protesters: Phrases
    non_state: Phrases
    lethal: Phrases
    intervention: Phrases
    excessive: Phrases
    mob: Phrases
    battle_causes: Phrases
    handover_acts: Phrases
    handover_cues: Phrases
    territory: Phrases
    agreement_objects: Phrases
    agreement_acts: Phrases


@lru_cache(maxsize=1)
def rule_words() -> RuleWords:
    """The analyst-editable lists of ``data/events/acled_rules.yaml``."""
    path = resources.files("wirewatch") / "data" / "events" / "acled_rules.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return RuleWords(
        **{
            name: frozenset(tuple(str(w).lower().split()) for w in data[name])
            for name in RuleWords.__dataclass_fields__
        }
    )


@lru_cache(maxsize=64)
def _by_first_word(phrases: Phrases) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


def _matches(words: list[tuple[str, ...]], phrases: Phrases) -> list[int]:
    """End positions of ``phrases`` in ``words`` (each word given as its written forms)."""
    index = _by_first_word(phrases)
    ends = []
    for i, first in enumerate(words):
        for form in set(first):
            for phrase in index.get(form, ()):
                n = len(phrase)
                if i + n <= len(words) and all(phrase[k] in words[i + k] for k in range(1, n)):
                    ends.append(i + n - 1)
    return ends


def _has(words: list[tuple[str, ...]], phrases: Phrases) -> bool:
    return bool(_matches(words, phrases))


def forms(word: str) -> tuple[str, ...]:
    """A word and the base forms it may be inflected from ("dispersed" -> "disperse")."""
    word = word.lower()
    found = [word, IRREGULAR.get(word, word)]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("d", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            found.append(stem)
            if suffix in {"ed", "ing"} and repl == "" and stem[-1] == stem[-2]:
                found.append(stem[:-1])  # "stopped", "gunned"
    return tuple(found)


def _tok_forms(tok: Token) -> tuple[str, ...]:
    return forms(tok.lower_)


def _phrase_words(text: str | None, head_only: bool = True) -> list[tuple[str, ...]]:
    """A role phrase's words up to where its head noun's modifiers end."""
    if not text:
        return []
    words: list[tuple[str, ...]] = []
    for raw in text.lower().replace(",", " , ").split()[:40]:
        if head_only and raw in HEAD_ENDERS and words:
            if raw == "of" and words[-1][0] in QUANTITY_WORDS:
                continue
            break
        words.append((raw.strip(".'\"()"),))
    return words


def _sentence_words(trigger: Token) -> list[tuple[str, ...]]:
    """The trigger's sentence as written and base forms, bounded in length."""
    sent = trigger.sent
    start = max(sent.start, trigger.i - MAX_SENT_TOKENS // 2)
    end = min(sent.end, start + MAX_SENT_TOKENS)
    return [_tok_forms(t) for t in trigger.doc[start:end]]


def _trigger_words(trigger: Token) -> list[tuple[str, ...]]:
    """The trigger with its particle ("hand over") as written and base forms."""
    toks = [trigger] + [c for c in trigger.children if c.dep_ == "prt"]
    return [_tok_forms(t) for t in toks]


def party(text: str | None, actor: Actor | None) -> str | None:
    """Who a role phrase names, as ACLED sorts parties: "armed", "civilian", "crowd" or None.

    The rightmost party word of the phrase's head decides ("a police checkpoint" is armed,
    "the village market" civilian); a known actor's sector or kind is the fallback."""
    words = _phrase_words(text)
    rules = rule_words()
    found = [
        (end, kind)
        for kind, phrases in (
            ("armed", rules.armed),
            ("civilian", rules.civilian),
            ("crowd", rules.protesters),
        )
        for end in _matches(words, phrases)
    ]
    if found:
        return max(found)[1]
    if actor is None:
        return None
    if actor.kind == "armed-group" or actor.sector in ARMED_SECTORS:
        return "armed"
    if actor.sector in CIVILIAN_SECTORS:
        return "civilian"
    return None


def _non_state(text: str | None, actor: Actor | None) -> bool:
    if actor is not None and (actor.kind == "armed-group" or actor.sector in {"REB", "UAF"}):
        return True
    return _has(_phrase_words(text), rule_words().non_state)


def _force_on_crowd(trigger: Token, mode: str | None) -> Codes:
    """ACLED: lethal force on a peaceful crowd is excessive; dispersal with tear gas, batons
    or arrests is an intervention; a clash means the crowd fought back (a riot)."""
    rules = rule_words()
    if {"clash", "fight"} & set(_tok_forms(trigger)):
        return VIOLENT_DEMO
    own = _trigger_words(trigger)
    if (
        mode == "firearms"
        or _has(own, rules.lethal)
        or _has(_sentence_words(trigger), rules.excessive - {("kill",), ("shoot",)})
    ):
        return EXCESSIVE
    return INTERVENTION


def _protest(trigger: Token) -> Codes:
    """A protest named with the police response to it."""
    rules = rule_words()
    sent = _sentence_words(trigger)
    # "killed" alone may name who is mourned or what is protested, not force on this crowd
    if _has(sent, rules.excessive - {("kill",), ("shoot",)}):
        return EXCESSIVE
    if _has(sent, rules.intervention):
        return INTERVENTION
    return PEACEFUL


def _protest_nearby(trigger: Token) -> bool:
    """The sentence names a protest (a crowd alone does not make one)."""
    rules = rule_words()
    return _has(_sentence_words(trigger), rules.protesters - {("crowd",), ("crowds",)})


def _mob(trigger: Token, source_text: str | None) -> bool:
    """A violent crowd with no protest behind it (a lynching) is mob violence."""
    rules = rule_words()
    if not (_has(_phrase_words(source_text), rules.mob) or trigger.lower_ in {"mob", "mobs"}):
        return False
    return not _protest_nearby(trigger)


def _crowd_struck(trigger: Token) -> bool:
    """The trigger's own subject or "by" agent is a crowd of locals ("villagers beat...")."""
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    doers += [g for c in trigger.children if c.dep_ == "agent" for g in c.children]
    mob = rule_words().mob
    return any(_has([(t.lower_,) for t in d.subtree][:20], mob) for d in doers)


def _aimed_at(trigger: Token) -> str | None:
    """The party a blow was aimed at ("opened fire on protesters", "fired tear gas at the
    crowd") when the role reader named only the place."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in AIM_PREPS:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                found = party(" ".join(t.text for t in obj.subtree), None)
                if found:
                    return found
    return None


def _agreement(trigger: Token) -> bool:
    """A ceasefire, truce or peace deal signed, reached or agreed (not merely urged)."""
    rules = rule_words()
    own = _trigger_words(trigger)
    if _has(own, rules.agreement_acts):
        objects = [
            [_tok_forms(t) for t in c.subtree]
            for c in trigger.children
            if c.dep_ in {"dobj", "obj", "attr", "nsubjpass", "prep"}
        ]
        return any(_has(o, rules.agreement_objects) for o in objects)
    span = [_tok_forms(t) for t in trigger.doc[max(0, trigger.i - 2) : trigger.i + 1]]
    if _has(span, rules.agreement_objects):
        head = trigger.head
        return trigger.dep_ in {"dobj", "obj", "nsubjpass"} and _has(
            [_tok_forms(head)], rules.agreement_acts
        )
    return False


def _handover(trigger: Token, target_text: str | None) -> bool:
    """Territory changed hands without a fight: handed over, or taken over as it was left."""
    rules = rule_words()
    if _has(_sentence_words(trigger), rules.handover_cues):
        return True
    if not _has(_trigger_words(trigger), rules.handover_acts):
        return False
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for o in objects for t in o.subtree):
        return True
    object_words = [[(t.lower_,) for t in o.subtree] for o in objects]
    return any(_has(w, rules.territory) for w in object_words) or _has(
        _phrase_words(target_text), rules.territory
    )


def refine_acled(
    acled: Codes | None,
    act: str,
    mode: str | None,
    trigger: Token,
    source: tuple[str | None, Actor | None],
    target: tuple[str | None, Actor | None],
) -> Codes | None:
    """The ACLED codes of an event, re-read from its parties and sentence.

    ``source`` and ``target`` are each (phrase text, known actor or None)."""
    source_text, source_actor = source
    target_text, target_actor = target
    if acled is None:
        if act in AGREEMENT_ACTS and _agreement(trigger):
            return AGREEMENT
        if act == "RETREAT" and mode in {"return", "disarm"} and _handover(trigger, target_text):
            return TRANSFER
        if act == "COERCE" and party(target_text, target_actor) == "crowd":
            # "police dispersed protesters": the protest met an intervention
            return _force_on_crowd(trigger, mode) if mode == "restrict" else None
        return None
    kind = acled[0]
    if kind == "Riots":
        return MOB if _mob(trigger, source_text) else acled
    if act == "PROTEST" and kind == "Protests":
        return _protest(trigger) if acled == PEACEFUL else acled
    if acled == ARRESTS:
        if party(target_text, target_actor) == "crowd":
            if {"clash", "fight"} & set(_tok_forms(trigger)):
                return VIOLENT_DEMO
            return INTERVENTION
        return ABDUCTION if _non_state(source_text, source_actor) else acled
    if act == "RETREAT" and mode == "withdraw" and acled in {OTHER, TRANSFER}:
        if "surrender" in _tok_forms(trigger) and party(source_text, source_actor) == "armed":
            # fighters laying down arms (ACLED lists surrenders as agreements); a suspect
            # turning himself in is no agreement between armed sides
            return AGREEMENT
        return TRANSFER if _handover(trigger, target_text) else OTHER
    if act != "ASSAULT":
        return acled
    if acled == EXCESSIVE:
        return _force_on_crowd(trigger, mode)
    if acled not in {ARMED_CLASH, ATTACK}:
        # remote violence, looting, abductions and territory keep their codes
        return acled
    victim = party(target_text, target_actor) or _aimed_at(trigger)
    if victim == "crowd" and party(source_text, source_actor) != "crowd":
        return _force_on_crowd(trigger, mode)
    if mode in ONE_SIDED_MODES:
        return acled
    if victim != "armed" and _crowd_struck(trigger):
        # villagers beating a suspect to death: a crowd, not an armed group, struck
        return VIOLENT_DEMO if _protest_nearby(trigger) else MOB
    if _has(_phrase_words(source_text), rule_words().battle_causes):
        return ARMED_CLASH
    if victim == "armed":
        return ARMED_CLASH
    if victim == "civilian":
        return ATTACK
    return acled
