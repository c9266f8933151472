"""Trigger lexicon: the event words of ``data/events/triggers.yaml``, indexed for matching.

Verbs and nouns are listed once in their base form; the inflected forms a news text uses are
generated here, so the data file stays short and an analyst adds a word in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

IRREGULAR = {
    "fight": ["fought"],
    "find": ["found"],
    "write": ["wrote", "written"],
    "strike": ["struck", "stricken"],
    "hit": ["hit"],
    "shoot": ["shot"],
    "take": ["took", "taken"],
    "retake": ["retook", "retaken"],
    "blow": ["blew", "blown"],
    "meet": ["met"],
    "send": ["sent"],
    "seek": ["sought"],
    "lay": ["laid"],
    "withdraw": ["withdrew", "withdrawn"],
    "slay": ["slew", "slain"],
    "veto": ["vetoes"],
    "mow": ["mown"],
    "overrun": ["overran", "overrun"],
    "undertake": ["undertook", "undertaken"],
    "fall": ["fell", "fallen"],
    "break": ["broke", "broken"],
    "quit": ["quit"],
    "hold": ["held"],
    "freeze": ["froze", "frozen"],
    "flee": ["fled"],
    "shut": ["shut"],
    "cut": ["cut"],
    "beat": ["beaten"],
    "lead": ["led"],
    "win": ["won"],
    "give": ["gave", "given"],
    "speak": ["spoke", "spoken"],
    "fly": ["flew", "flown"],
    "leave": ["left"],
    "mass": ["massed"],
    "burn": ["burnt"],
    "dispatch": ["dispatched"],
    "forbid": ["forbade", "forbidden"],
    "set": ["set"],
    "put": ["put"],
    "spread": ["spread"],
    "sell": ["sold"],
    "bring": ["brought"],
    "teach": ["taught"],
    "run": ["ran"],
    "draw": ["drew", "drawn"],
    "rebuild": ["rebuilt"],
    "build": ["built"],
    "sentence": ["sentenced"],
    "free": ["freed"],
    "tour": ["toured"],
    "arrive": ["arrived"],
    "withhold": ["withheld"],
    "tear": ["tore", "torn"],
    "go": ["went", "gone", "goes"],
    "come": ["came"],
    "acquit": ["acquitted", "acquitting"],
}


def verb_forms(base: str) -> set[str]:
    """Inflections of a verb, particle verbs too: "pull out" gives "pulled out"."""
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head, *IRREGULAR.get(head, [])}
    if head.endswith(("ee", "oe", "ye")):
        forms |= {head + "s", head + "d", head + "ing"}  # "agreeing", "fleeing"
    elif head.endswith("e"):
        forms |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {head + "es", head + "ed", head + "ing"}
    else:
        forms |= {head + "s", head + "ed", head + "ing"}
        if (
            len(head) >= 3
            and head[-1] not in "aeiouwxy"
            and head[-2] in "aeiou"
            and (head[-3] not in "aeiou")
        ):
            forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    return {f + tail for f in forms}


_BASE_OF_IRREGULAR = {form: base for base, forms in IRREGULAR.items() for form in forms}


def phrase_forms(phrase: str) -> set[str]:
    """A phrase as written plus its first word inflected when that word is a verb form:
    "raised the possibility" also matches "raises the possibility", "called upon conscripts"
    also "calls upon conscripts" (headlines use the present tense, stories the past)."""
    head, _, rest = phrase.partition(" ")
    if not rest or len(head) < 3 or not head.isalpha():
        return {phrase}
    guesses = {head, _BASE_OF_IRREGULAR.get(head, head)}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if head.endswith(suffix) and len(head) - len(suffix) >= 3:
            stem = head[: -len(suffix)]
            guesses |= {stem, stem + "e"}
            if len(stem) > 3 and stem[-1] == stem[-2]:
                guesses.add(stem[:-1])  # "stopped" -> "stop"
            if suffix in {"ed", "es"} and stem.endswith("i"):
                guesses.add(stem[:-1] + "y")  # "carried" -> "carry"
    bases = {g for g in guesses - {head} if head in verb_forms(g)} or {head}
    forms = {phrase}
    for base in bases:
        forms |= {f"{form} {rest}" for form in verb_forms(base)}
    return forms


def noun_forms(base: str) -> set[str]:
    """Singular and plural of a (possibly compound) noun: "car bomb" → "car bombs"."""
    words = base.split(" ")
    last = words[-1]
    if last.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return {base, " ".join([*words[:-1], plural])}


@dataclass(frozen=True)
class TriggerSense:
    """One reading of a trigger word: the event it signals and how sure that is."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    acled: tuple[str, str] | None
    weight: float
    pos: str  # "VERB", "NOUN" or "PHRASE"
    lemma: str
    # The grammatical subject is the one acted upon ("22 people lost their lives").
    subject_is_target: bool = False
    # Only an event without a direct object ("protesters marched", not "demonstrated the
    # strength of").
    intransitive: bool = False
    # The target must be a place ("took control of Kunduz", not "of the situation").
    place_target: bool = False
    # When set, the act counts only if its object is one of these ("lifted the curfew").
    objects: frozenset[str] = frozenset()
    # The act never counts with one of these objects ("fight the epidemic").
    not_objects: frozenset[str] = frozenset()
    # When set, the act counts only if its subject is one of these: "the fighting stopped"
    # is a ceasefire in force, "troops arrived" a deployment.
    subjects: frozenset[str] = frozenset()
    # The act never counts with one of these in its subject: an aid official who arrives
    # visits (CONSULT), where arriving medical teams bring aid.
    not_subjects: frozenset[str] = frozenset()
    # Only an event with a direct object ("returned the artifacts", not "returned home").
    transitive: bool = False
    # Only in the active voice: "troops left the town" withdrew, "the town was left in ruins"
    # did not.
    active_only: bool = False
    # A light verb: an event noun as its object gives the type ("signed a ceasefire").
    light: bool = False
    # A noun naming the people in an event ("hostages", "protesters"), not the event: it
    # gives way to another event of its sentence ("freed the hostages").
    participant: bool = False


@dataclass
class Lexicon:
    # first lower-cased token -> [(all tokens of the form, sense)], longest forms first
    index: dict[str, list[tuple[tuple[str, ...], TriggerSense]]]

    def candidates(self, word: str) -> list[tuple[tuple[str, ...], TriggerSense]]:
        return self.index.get(word, [])

    def word_senses(self, word: str) -> list[TriggerSense]:
        """The senses ``word`` has on its own (not as the first word of a phrase)."""
        return [sense for form, sense in self.index.get(word, []) if len(form) == 1]

    def noun_types(self, word: str) -> frozenset[str]:
        """The event types ``word`` names as a noun ("barrage" ASSAULT, "talks" CONSULT)."""
        return frozenset(s.type for s in self.word_senses(word) if s.pos == "NOUN")


def _add(index: dict, form: str, sense: TriggerSense) -> None:
    tokens = tuple(form.lower().replace("-", " - ").split())
    if tokens:
        index.setdefault(tokens[0], []).append((tokens, sense))


def build_lexicon(entries: list[dict]) -> Lexicon:
    index: dict[str, list[tuple[tuple[str, ...], TriggerSense]]] = {}
    for e in entries:
        acled = tuple(e["acled"]) if e.get("acled") else None
        common = {
            "type": e["type"],
            "mode": e.get("mode"),
            "context": tuple(e.get("context") or ()),
            "cameo": e.get("cameo"),
            "acled": acled,
            "weight": float(e.get("weight", 0.7)),
            "subject_is_target": bool(e.get("subject_is_target", False)),
            "place_target": bool(e.get("place_target", False)),
            "objects": frozenset(o.lower() for o in e.get("objects") or []),
            "not_objects": frozenset(o.lower() for o in e.get("not_objects") or []),
            "subjects": frozenset(o.lower() for o in e.get("subjects") or []),
            "not_subjects": frozenset(o.lower() for o in e.get("not_subjects") or []),
        }
        intransitive = set(e.get("intransitive") or [])
        transitive = set(e.get("transitive") or [])
        active = set(e.get("active") or [])
        light = set(e.get("light") or [])
        participants = set(e.get("participants") or [])
        for verb in e.get("verbs") or []:
            sense = TriggerSense(
                pos="VERB",
                lemma=verb,
                intransitive=verb in intransitive,
                transitive=verb in transitive,
                active_only=verb in active,
                light=verb in light,
                **common,
            )
            for form in verb_forms(verb):
                _add(index, form, sense)
        # A compound noun or a phrase names its whole act ("trade deal", "declared a
        # ceasefire"): the entry's object list is for its verbs and one-word nouns.
        # A subject list is for what has a subject: verbs and verb phrases ("arrived in").
        whole = {**common, "objects": frozenset()}
        for noun in e.get("nouns") or []:
            kind = {
                **(whole if " " in noun else common),
                "subjects": frozenset(),
                "not_subjects": frozenset(),
            }
            sense = TriggerSense(pos="NOUN", lemma=noun, participant=noun in participants, **kind)
            for form in noun_forms(noun):
                _add(index, form, sense)
        for phrase in e.get("phrases") or []:
            sense = TriggerSense(pos="PHRASE", lemma=phrase, **whole)
            for form in phrase_forms(phrase):
                _add(index, form, sense)
    for forms in index.values():
        forms.sort(key=lambda item: -len(item[0]))
    return Lexicon(index)


def _data_file(name: str) -> Path:
    return Path(str(resources.files("wirewatch").joinpath("data", "events", name)))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    entries = yaml.safe_load(_data_file("triggers.yaml").read_text(encoding="utf-8"))
    return build_lexicon(entries)


@lru_cache(maxsize=1)
def modality_cues() -> dict:
    return yaml.safe_load(_data_file("modality.yaml").read_text(encoding="utf-8"))
