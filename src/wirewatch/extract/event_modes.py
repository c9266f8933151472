"""PLOVER modes read off what an act is about.

A request, a rejection or a threat is coded by what is asked, turned down or threatened
(REQUEST yield is a demand to release or to cease fire, THREATEN arrest a threat to
arrest); that act is usually an event of its own under the verb ("urged Moscow to free
the crew"), else a word under it names it ("rejected calls for her resignation"). A meeting
by telephone or one hosted between two others is told by the words around it. Where a
lexicon sense is broader than the mode ("imposed martial law" is COERCE curfew, "suspended
aid" SANCTION withdraw), the words of the trigger and under it name the mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from wirewatch.document import Event

ASKING_TYPES = frozenset({"REQUEST", "REJECT"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MAX_SUBTREE = 60  # tokens under a trigger worth reading for what it is about


@dataclass(frozen=True)
class ModeTables:
    asked_act: dict[str, str]
    asked_words: dict[str, frozenset[str]]
    threatened_act: dict[str, str]
    threat_words: dict[str, frozenset[str]]
    phone_words: frozenset[str]
    host_words: frozenset[str]
    word_modes: dict[str, dict[str, frozenset[str]]]
    broad_modes: dict[str, frozenset[str | None]]
    yield_words: frozenset[str]
    multilateral_words: frozenset[str]


@lru_cache(maxsize=1)
def mode_tables() -> ModeTables:
    path = resources.files("wirewatch") / "data" / "events" / "modes.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))

    def words(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
        return {mode: frozenset(w.lower() for w in ws) for mode, ws in table.items()}

    return ModeTables(
        asked_act=dict(raw["asked_act"]),
        asked_words=words(raw["asked_words"]),
        threatened_act=dict(raw["threatened_act"]),
        threat_words=words(raw["threat_words"]),
        phone_words=frozenset(raw["phone_words"]),
        host_words=frozenset(raw["host_words"]),
        word_modes={etype: words(table) for etype, table in raw["word_modes"].items()},
        broad_modes={t: frozenset([None, *modes]) for t, modes in raw["broad_modes"].items()},
        yield_words=frozenset(raw["yield_words"]),
        multilateral_words=frozenset(raw["multilateral_words"]),
    )


def _by_act(table: dict[str, str], act: str | None, mode: str | None) -> str | None:
    if act is None:
        return None
    return table.get(f"{act}/{mode}") or table.get(act)


def threatened_mode(act: str | None, mode: str | None, takes_territory: bool = False) -> str | None:
    """THREATEN's mode for a threatened act ("threatened to arrest" is THREATEN arrest)."""
    if act == "ASSAULT" and takes_territory:
        return "territory"
    return _by_act(mode_tables().threatened_act, act, mode)


def _under(tok: Token) -> list[Token]:
    """The trigger's subtree, nearest words first, bounded."""
    words = [t for t in tok.subtree if t.i != tok.i]
    words.sort(key=lambda t: abs(t.i - tok.i))
    return words[:MAX_SUBTREE]


def _named(words: list[Token] | tuple[Token, ...], table: dict[str, frozenset[str]]) -> str | None:
    """The mode whose word comes nearest, two-word forms included ("take control")."""
    for k, t in enumerate(words):
        pair = f"{t.lower_} {words[k + 1].lower_}" if k + 1 < len(words) else ""
        for mode, listed in table.items():
            if t.lower_ in listed or pair in listed:
                return mode
    return None


def _event_mode(event: Event, tok: Token, made: list[tuple[Event, Token]]) -> str | None:
    tables = mode_tables()
    under = {t.i for t in _under(tok)}
    inner = sorted(
        ((e, t) for e, t in made if e is not event and t.i in under),
        key=lambda et: abs(et[1].i - tok.i),
    )
    words = _under(tok)
    if event.type in ASKING_TYPES:
        for e, t in inner:
            if e.type in ASKING_TYPES and e.mode:
                return e.mode  # "rejected the request for arms": the request's own mode
            mode = _by_act(tables.asked_act, e.act or e.type, e.mode)
            if mode in {"change", "yield"} and mode != "yield":
                eased = {w.lower_ for w in _trigger_words(e, t)} & tables.yield_words
                mode = "yield" if eased else mode
            if mode:
                return mode
        return _named(words, tables.asked_words)
    if event.type == "THREATEN":
        for e, _ in inner:
            if e.type == "THREATEN" and e.mode:
                return e.mode
        return _named(words, tables.threat_words)
    if event.type == "CONSULT":
        sent = {t.lower_ for t in tok.sent}
        if sent & tables.phone_words:
            return "phone"
        if sent & tables.host_words and "between" in sent:
            return "third-party"
        subject = [t for c in tok.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
        if _named(subject, {"multilateral": tables.multilateral_words}):
            return "multilateral"
    return None


def _trigger_words(event: Event, tok: Token) -> tuple[Token, ...]:
    """The words under the trigger, nearest first ("suspended [aid]"), then its own."""
    own = [t for t in tok.sent if event.span[0] <= t.idx < event.span[1]]
    return (*_under(tok), *own)


def assign_modes(made: list[tuple[Event, Token]]) -> None:
    """Fill in, for the events of one sentence, the mode their trigger's sense left open or
    stated more broadly than the PLOVER mode."""
    tables = mode_tables()
    for event, tok in made:
        if event.act and event.type == "THREATEN":
            # "threatened to expel the envoy": the threatened act's own mode, refined
            act_mode = _named(_trigger_words(event, tok), tables.word_modes.get(event.act, {}))
            event.mode = threatened_mode(event.act, act_mode) or event.mode
            continue
        table = tables.word_modes.get(event.type)
        if table and event.mode in tables.broad_modes.get(event.type, ()):
            event.mode = _named(_trigger_words(event, tok), table) or event.mode
    # then what the verbal acts are about, once the acts under them have their modes
    for event, tok in made:
        if event.mode is None and event.type in ASKING_TYPES | {"THREATEN", "CONSULT"}:
            event.mode = _event_mode(event, tok, made)
