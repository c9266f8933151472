"""Headline events named as background rather than as the headline's news.

A headline states its event first and gives the circumstances after a preposition of time
or cause ("Curfew Imposed Following Protests", "Mayor Resigns Amid Investigation"); a past
participle names an earlier act as a property of a thing ("Police Must Return Confiscated
Vehicles", "Imprisoned Critic Starts Hunger Strike"). The headline weighs most in the
story's vote, so these mentions would otherwise outvote the act the story reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

# Word sequences that open a circumstance: what follows happened before, around or because
# of the headline's event.
BACKGROUND_MARKERS: tuple[tuple[str, ...], ...] = (
    ("after",),
    ("following",),
    ("amid",),
    ("amidst",),
    ("during",),
    ("despite",),
    ("as",),
    ("ahead", "of"),
    ("in", "the", "wake", "of"),
    ("in", "response", "to"),
    ("in", "preparation", "for"),
    ("in", "return", "for"),
    ("in", "exchange", "for"),
    ("in", "lead", "up", "to"),
    ("in", "the", "run", "up", "to"),
)
BACKGROUND_SHARE = 0.3  # what a background mention keeps of its confidence


def background_start(words: Sequence[str]) -> int:
    """Index of the first word opening a circumstance (len(words) when none)."""
    for i in range(len(words)):
        for marker in BACKGROUND_MARKERS:
            if tuple(words[i : i + len(marker)]) == marker:
                return i
    return len(words)


def attributive_participle(tok: Token) -> bool:
    """ "confiscated vehicle", "vehicle seized as evidence": a participle describing a noun
    that is not the headline's subject names a past act, not the news."""
    if tok.dep_ == "amod" and tok.head.i > tok.i:
        return tok.tag_ in {"VBN", "VBD", "JJ"} and tok.lower_.endswith(("ed", "en"))
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        noun = tok.head
        return noun.dep_ not in {"ROOT", "nsubj", "nsubjpass"}
    return False


def background_tokens(triggers: Sequence[Token]) -> set[int]:
    """Token indices (in the headline's parse) of the triggers that are background: after
    a circumstance marker that follows some other trigger, or attributive participles."""
    if not triggers:
        return set()
    sent = triggers[0].sent
    words = [t.lower_ for t in sent]
    cut = sent.start + background_start(words)
    first = min(t.i for t in triggers)
    out = {t.i for t in triggers if first < cut <= t.i}
    out |= {t.i for t in triggers if attributive_participle(t)}
    if len(out) == len({t.i for t in triggers}):
        return set()  # nothing would be left as the news: keep all
    return out
