"""One incident, one event: a killing done by an attack is that attack, and a sentence that
gives the toll of "the fighting" just described belongs to that event.

Wire copy states an attack, then its cost: "Troops retook the town on Monday. Three soldiers
were killed in the fighting." Coded on its own, the second sentence becomes a second attack
with no attacker and a vague date, and the first keeps no fatalities: the duplicate-laden,
casualty-less record analysts complain of in machine-coded event data. Here the definite
reference ("the fighting", "the attack", "this assault") marks the sentence as a report on an
attack already told, so its fatalities go to that attack and its own records are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from wirewatch.document import Document, Event
from wirewatch.extract.fatalities import fatality_mention, fatality_mentions
from wirewatch.extract.lexicon import default_lexicon

# How far back (in characters, from the report's sentence) an attack may be told and still be
# what "the fighting" refers to: the same or the next paragraph, as wire copy writes it.
MAX_GAP = 600
MAX_SENTENCE_CHARS = 2000
# "the fighting", "this assault", "the two-day offensive": the noun, or the word after a
# modifier
BACK_REFERENCE = re.compile(r"\b(?:the|this|that|these|those)\s+([\w-]+)(?:\s+([\w-]+))?", re.I)


def _refers_back(sentence: str) -> bool:
    """The sentence names an attack with a definite article or demonstrative, as one already
    told: "in the fighting", "during this assault", "the two-day offensive"."""
    for match in BACK_REFERENCE.finditer(sentence[:MAX_SENTENCE_CHARS]):
        for word in match.group(1, 2):
            if word and _attack_noun(word.lower()):
                return True
    return False


def _attack_noun(word: str) -> bool:
    return "ASSAULT" in default_lexicon().noun_types(word)


def _groups(events: Iterable[Event]) -> list[list[Event]]:
    """Asserted attacks grouped by sentence, in text order, per part of the page."""
    by_sentence: dict[tuple[str, tuple[int, int]], list[Event]] = {}
    for e in events:
        if e.type == "ASSAULT" and e.modality == "asserted":
            by_sentence.setdefault((e.in_, e.span), []).append(e)
    return [by_sentence[k] for k in sorted(by_sentence, key=lambda k: (k[0], k[1]))]


def _is_report(group: list[Event]) -> bool:
    """Every attack in the sentence is nameless, and one of them is referred back to."""
    return all(e.source is None for e in group) and _refers_back(group[0].sentence)


def fold_casualty_reports(doc: Document) -> None:
    """Give each back-referring casualty sentence's toll to the attack it reports on, and
    drop that sentence's own attack records."""
    groups = _groups(doc.events)
    dropped: set[int] = set()
    for k, group in enumerate(groups):
        if k == 0 or not _is_report(group):
            continue
        antecedent = next(
            (g for g in reversed(groups[:k]) if id(g[0]) not in dropped),
            None,
        )
        if antecedent is None:
            continue
        here, there = group[0], antecedent[0]
        if here.in_ != there.in_ or here.span[0] - there.span[1] > MAX_GAP:
            continue
        tolls = [e.fatalities for e in group if e.fatalities is not None]
        if tolls:
            for e in antecedent:
                if e.fatalities is None:
                    e.fatalities = max(tolls)
        dropped.update(id(e) for e in group)
    if dropped:
        doc.events = [e for e in doc.events if id(e) not in dropped]


HARM_FORMS = frozenset(
    "kill kills killed killing wound wounds wounded wounding injure injures injured injuring "
    "maim maimed maiming".split()
)
RESULT_DEPS = frozenset({"advcl", "conj", "xcomp", "relcl"})
RESTATING_PREPS = frozenset({"in", "during"})


def _absorb(into: Event, other: Event) -> None:
    """``into`` takes what ``other`` adds: its means, its toll, its victims, its place and
    its date."""
    if into.mode is None and other.mode is not None:
        into.mode, into.acled = other.mode, other.acled or into.acled
    if into.fatalities is None:
        into.fatalities = other.fatalities
    # one incident: where and when either telling says
    if into.location is None:
        into.location = other.location
    if (into.date is None or not into.date.text) and other.date is not None and other.date.text:
        into.date = other.date
    if into.target is None and into.target_text is None:
        into.target, into.target_text = other.target, other.target_text


def _fold_restatements(attacks: list[tuple[Event, Token]], owner: dict[int, Event]) -> set[int]:
    """An attack noun in a phrase on an attack verb names the same act again: "attacked the
    checkpoint in a dawn raid", "killed seven in an air strike", "to attack Idlib in its
    first major assault". The verb's event keeps its roles and takes the noun's means."""
    folded: set[int] = set()
    for e, tok in attacks:
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in RESTATING_PREPS:
            continue
        verb = owner.get(prep.head.i)
        if verb is None or verb is e or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        _absorb(verb, e)
        owner[tok.i] = verb
        folded.add(id(e))
    return folded


def one_attack_per_incident(made: list[tuple[Event, Token]]) -> set[int]:
    """One incident told with its toll is one event. "Attacked the checkpoint, killing seven
    guards" and "an attack on a border post killed seven guards": the killing is what the
    attack did, so the attack takes its toll (and its victims, when it names none) and the
    killing is no event of its own. Of several attacks left in a sentence, the deaths go to
    the one stated beside them ("seized the town, a day after an attack killed seven"). An
    attack named again in a phrase on its verb ("in a dawn raid") is the same act.

    ``made`` holds one sentence's events with their trigger tokens; the ids of the events
    folded away are returned for the caller to drop."""
    attacks = [(e, tok) for e, tok in made if e.type == "ASSAULT" and e.act is None]
    # token -> the event it stands for: its own, or the attack it was folded into
    owner = {tok.i: e for e, tok in attacks}
    folded = _fold_restatements(attacks, owner)
    for e, tok in sorted(attacks, key=lambda pair: pair[1].i):
        if tok.lower_ not in HARM_FORMS or id(e) in folded:
            continue
        heads = [tok.head] if tok.dep_ in RESULT_DEPS else []
        if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep":
            # "the attack in Damascus, which killed 50": the parser hangs "which" on the
            # place, but a place kills no one
            heads.append(tok.head.head.head)
        heads += [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        attack = next((owner[h.i] for h in heads if h.i in owner and h.i != tok.i), None)
        if attack is None or attack is e:
            continue
        owner[tok.i] = attack
        if attack.fatalities is None:
            attack.fatalities = e.fatalities
        if attack.target is None and attack.target_text is None:
            attack.target, attack.target_text = e.target, e.target_text
        folded.add(id(e))
    left = [(e, tok) for e, tok in attacks if id(e) not in folded and e.fatalities is not None]
    if len(left) > 1 and len(fatality_mentions(left[0][1].sent.text)) > 1:
        return folded  # several tolls: each act kept its own clause's
    found = fatality_mention(left[0][1].sent.text) if len(left) > 1 else None
    if found is None:
        return folded
    at = left[0][1].sent.start_char + found[1]
    nearest = min(left, key=lambda pair: abs(pair[1].idx - at))[0]
    for e, _ in left:
        if e is not nearest:
            e.fatalities = None
    return folded
