"""The cue lexicon of ``data/quote_cues.yaml``, with inflected verb forms generated here.

Only base forms live in the data file so that an analyst extends the list in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class CueLexicon:
    verb_forms: dict[str, str]  # lower-case form -> base form ("said" -> "say")
    framing_forms: dict[str, str]  # "called", "mocked": they frame the speaker's own words
    phrasal: dict[str, str]  # first word of a two-word verb -> particle ("point" -> "out")
    bare_clause: frozenset[str]
    addressee: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    quoted_as: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str]
    pronouns: frozenset[str]
    person_nouns: frozenset[str]
    not_sources: frozenset[str]
    media_nouns: frozenset[str]
    colon_not_speakers: frozenset[str]
    evidence_forms: dict[str, str]  # "shows" -> "show": reports only with a document subject
    title_nouns: frozenset[str]
    report_nouns: frozenset[str]
    stance_nouns: dict[str, frozenset[str]]  # "call" -> {"for"}: "Pence's call for a probe"
    body_nouns: frozenset[str]
    belief_forms: dict[str, str]  # "believes" -> "believe": a stated view, with a clause
    directive_forms: dict[str, str]  # "urged" -> "urge": reports a request as "X to do Y"
    intent_forms: dict[str, str]  # "plans" -> "plan": an aim stated as "X plans to do Y"
    object_forms: dict[str, str]  # "criticized" -> "criticize": its object is a stance
    prep_object_forms: dict[str, frozenset[str]]  # "called" -> {"for"}: "called for a ban"
    question_forms: dict[str, str]  # "asked" -> "ask": reports an "if"/"whether" clause
    share_nouns: frozenset[str]  # "majority", "percent": a share of those polled
    naming_forms: dict[str, str]  # "called" -> "call": "called Trump a fascist"
    view_forms: dict[str, str]  # "sees" -> "see": "sees Cruz as a uniter"
    light_forms: dict[str, str]  # "made" -> "make": "made no mention of X"
    onset_heads: dict[str, str]  # "went" -> "go": "went on to say", "continued to insist"
    scare_max_words: int
    window_after: int
    window_before: int

    def base(self, word: str) -> str | None:
        """Base form of a speech verb form, or None when ``word`` is not one."""
        return self.verb_forms.get(word.lower())

    def evidence(self, word: str) -> str | None:
        """Base form of a verb that reports only for a document subject ("polls show")."""
        return self.evidence_forms.get(word.lower())

    def belief(self, word: str) -> str | None:
        """Base form of a verb that attributes a view ("X believes the talks will fail")."""
        return self.belief_forms.get(word.lower())

    def intent(self, word: str) -> str | None:
        """Base form of a verb that attributes an aim with an infinitive ("X hopes to win")."""
        return self.intent_forms.get(word.lower())

    def directive(self, word: str) -> str | None:
        """Base form of a verb that reports a request or pledge with an infinitive."""
        return self.directive_forms.get(word.lower())

    def frames(self, word: str) -> bool:
        """Whether ``word`` is a form of a speech or framing verb ("called X “a loser”")."""
        low = word.lower()
        return low in self.verb_forms or low in self.framing_forms


VOWELS = "aeiou"
# Verbs stressed on a final closed syllable double its consonant too ("referred", "admitted").
FINAL_STRESS = frozenset(
    {"admit", "regret", "quip", "commit", "refer", "prefer", "confer", "defer", "omit", "rebut",
     "compel", "propel", "deter", "submit", "permit", "equip", "abhor", "infer", "occur"}
)  # fmt: skip


def inflect(base: str, irregular: list[str]) -> list[str]:
    """Base, 3rd person, past and -ing forms of a regular English verb plus given irregulars."""
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    extra: list[str] = []
    if base in FINAL_STRESS or _short_closed(base):
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    elif base.endswith("l") and base[-2:-1] in VOWELS and base[-3:-2] not in VOWELS:
        extra = [base + "led", base + "ling"]  # British "labelled", "signalling"
    return [base, third, ing, *(irregular or [past]), *extra]


def _short_closed(base: str) -> bool:
    """One syllable ending consonant-vowel-consonant doubles its last letter before -ed/-ing
    ("pan" -> "panned", "slam" -> "slamming", "beg" -> "begged"); "tweet", "back" do not."""
    if len(base) < 3 or base[-1] in VOWELS or base[-1] in "wxy":
        return False
    if base[-2] not in VOWELS or base[-3] in VOWELS:
        return False
    starts = [
        i for i, ch in enumerate(base) if ch in VOWELS and (i == 0 or base[i - 1] not in VOWELS)
    ]
    return len(starts) == 1


def _forms(heads: list[str], irregular: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for head in heads:
        for form in inflect(head, irregular.get(head, [])):
            out.setdefault(form, head)
    return out


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    raw = yaml.safe_load(
        resources.files("wirewatch.data").joinpath("quote_cues.yaml").read_text("utf-8")
    )
    irregular: dict[str, list[str]] = raw.get("irregular") or {}
    forms: dict[str, str] = {}
    phrasal: dict[str, str] = {}
    for entry in raw["speech_verbs"]:
        head, _, particle = entry.partition(" ")
        if particle:
            phrasal[head] = particle
        for form in inflect(head, irregular.get(head, [])):
            forms.setdefault(form, head)
    framing: dict[str, str] = {}
    for head in raw.get("framing_verbs") or []:
        for form in inflect(head, irregular.get(head, [])):
            framing.setdefault(form, head)
    evidence = _forms(raw.get("evidence_verbs") or [], irregular)
    return CueLexicon(
        verb_forms=forms,
        framing_forms=framing,
        phrasal=phrasal,
        bare_clause=frozenset(raw["bare_clause_verbs"]),
        addressee=frozenset(raw["addressee_verbs"]),
        according_to=tuple(tuple(p) for p in raw["according_to"]),
        quoted_as=tuple(tuple(p) for p in raw["quoted_as"]),
        document_nouns=frozenset(raw["document_nouns"]),
        pronouns=frozenset(raw["speaker_pronouns"]),
        person_nouns=frozenset(raw.get("person_nouns") or []),
        not_sources=frozenset(raw.get("not_sources") or []),
        media_nouns=frozenset(raw.get("media_nouns") or []),
        colon_not_speakers=frozenset(raw.get("colon_not_speakers") or []),
        evidence_forms=evidence,
        title_nouns=frozenset(raw.get("title_nouns") or []),
        report_nouns=frozenset(raw.get("report_nouns") or []),
        stance_nouns={
            noun: frozenset(preps) for noun, preps in (raw.get("stance_nouns") or {}).items()
        },
        body_nouns=frozenset(raw.get("body_nouns") or []),
        belief_forms=_forms(raw.get("belief_verbs") or [], irregular),
        directive_forms=_forms(raw.get("directive_verbs") or [], irregular),
        intent_forms=_forms(raw.get("intent_verbs") or [], irregular),
        object_forms=_forms(raw.get("object_verbs") or [], irregular),
        prep_object_forms={
            form: frozenset(preps)
            for head, preps in (raw.get("prep_object_verbs") or {}).items()
            for form in inflect(head, irregular.get(head, []))
        },
        question_forms=_forms(raw.get("question_verbs") or [], irregular),
        share_nouns=frozenset(raw.get("share_nouns") or []),
        naming_forms=_forms(raw.get("naming_verbs") or [], irregular),
        view_forms=_forms(raw.get("view_verbs") or [], irregular),
        light_forms=_forms(raw.get("light_verbs") or [], irregular),
        onset_heads=_forms(raw.get("onset_heads") or [], irregular),
        scare_max_words=int(raw["scare_max_words"]),
        window_after=int(raw["window_after"]),
        window_before=int(raw["window_before"]),
    )
