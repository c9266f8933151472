"""Find trigger words in a tagged (not parsed) sentence: the cheap first pass.

Only sentences with a trigger go on to the dependency parser, which is what keeps event
extraction cheaper than parsing everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from wirewatch.extract.lexicon import Lexicon, TriggerSense

VERB_TAGS = frozenset({"VERB"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger in a sentence: character offsets (into the unit's text) and its sense."""

    start: int
    end: int
    head_char: int  # start of the token that carries the event (the verb or noun)
    text: str
    sense: TriggerSense


def _fits(sense: TriggerSense, pos: str) -> bool:
    if sense.pos == "VERB":
        return pos in VERB_TAGS
    if sense.pos == "NOUN":
        return pos in NOUN_TAGS
    return True


def find_triggers(sent: Span, lexicon: Lexicon) -> list[TriggerMatch]:
    """Longest lexicon matches in ``sent``, one per token position, part of speech checked."""
    tokens = list(sent)
    lowers = [t.lower_ for t in tokens]
    found: list[TriggerMatch] = []
    i = 0
    while i < len(tokens):
        match = None
        for form, sense in lexicon.candidates(lowers[i]):
            n = len(form)
            if tuple(lowers[i : i + n]) != form:
                continue
            # The part of speech is checked on the word that carries the sense: the first
            # word of a verb, the last word of a compound noun.
            key = tokens[i] if sense.pos != "NOUN" else tokens[i + n - 1]
            if not _fits(sense, key.pos_):
                continue
            if (
                match is None
                or n > len(match[0])
                or (n == len(match[0]) and sense.weight > match[1].weight)
            ):
                match = (form, sense, key)
        if match is None:
            i += 1
            continue
        form, sense, key = match
        last = tokens[i + len(form) - 1]
        start, end = tokens[i].idx, last.idx + len(last.text)
        found.append(TriggerMatch(start, end, key.idx, sent.doc.text[start:end], sense))
        i += len(form)
    return found
