"""He/she speakers read the way news is written: a pronoun speaker is the last speaker.

"“…,” he said" right after a quote of Binali Yıldırım is Yıldırım, even when the reported
words named someone else ("… while Assad remained in power. “…,” he said"). So, for each
he/she speaker in reading order:

* people named *inside* any quote's content are never candidates (they are talked about);
* a person named outside quotes after the previous quote (and its speaker) is a new
  antecedent, and the nearest such person wins ("Putin met Erdoğan. “…,” he said");
* otherwise the previous quote's speaker is kept, when it is a person or an unnamed person
  phrase ("Abu Mukhtar, a resident, said … “…,” he said" stays unresolved rather than
  jumping back to an official named earlier);
* a he/she already bound to an actor fixes that actor's pronoun, so "she" never goes to
  someone seen as "he".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from wirewatch.document import Actor, Entity, Quote

Nouns = frozenset[str] | set[str]
PERSON_PRONOUNS = frozenset({"he", "she"})
WORD = re.compile(r"[^\W\d_][\w'’-]*")
MAX_GAP = 1500  # characters back to the previous quote that a pronoun may still continue


def _spans_of(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    return sorted(q.span for q in quotes)


def _inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    i = bisect_right(starts, a) - 1
    return i >= 0 and b <= spans[i][1]


def repoint_pronoun_speakers(
    quotes: Sequence[Quote],
    entities: Sequence[Entity],
    actors: dict[str, Actor],
    person_nouns: Nouns,
) -> None:
    """Re-resolve he/she speakers of ``quotes`` (one text, reading order) in place.

    ``person_nouns`` are heads naming one person ("official", "admiral").
    """
    spans = _spans_of(quotes)
    starts = [a for a, _ in spans]
    people = [
        e
        for e in sorted(entities, key=lambda e: e.start)
        if e.actor
        and actors.get(e.actor) is not None
        and actors[e.actor].kind == "person"
        and not _inside(spans, starts, e.start, e.end)
    ]
    gender: dict[str, str] = {}
    prev: Quote | None = None
    for q in quotes:
        sp = getattr(q, "speaker_span", None)
        word = (q.speaker_text or "").strip().lower()
        if sp is None or word not in PERSON_PRONOUNS:
            if sp is not None:
                prev = q
            continue
        prev_sp = getattr(prev, "speaker_span", None) if prev is not None else None
        if prev is not None and prev_sp == sp:
            q.speaker = prev.speaker  # a quote continued under one "he said"
        else:
            q.speaker = _choose(q, sp[0], word, prev, people, actors, gender, person_nouns)
        if q.speaker:
            gender.setdefault(q.speaker, word)
        prev = q


def _anchor(q: Quote) -> int:
    sp = getattr(q, "speaker_span", None)
    return max(q.span[1], sp[1] if sp else 0)


def _choose(
    q: Quote,
    at: int,
    word: str,
    prev: Quote | None,
    people: list[Entity],
    actors: dict[str, Actor],
    gender: dict[str, str],
    person_nouns: Nouns,
) -> str | None:
    def fits(actor: str | None) -> bool:
        return actor is None or gender.get(actor, word) == word

    def new_speaker(actor: str | None) -> bool:
        # "she met Campbell. “Anna and I were the same age,” she says": the quote talks
        # about the person just named, so she is not the one speaking
        return fits(actor) and not _named_in(q.text, actors.get(actor or ""))

    near = prev is not None and 0 <= at - _anchor(prev) <= MAX_GAP
    since = _anchor(prev) if near and prev is not None else -1
    prev_sp = getattr(prev, "speaker_span", None) if prev is not None else None
    for ent in reversed(people):
        if ent.start >= at:
            continue
        if ent.start < since:
            break
        if prev_sp and ent.start < prev_sp[1] and ent.end > prev_sp[0]:
            continue  # the previous speaker's own name
        if new_speaker(ent.actor):
            return ent.actor
    person_before = near and prev is not None and _person_like(prev, actors, person_nouns)
    if person_before and prev is not None and fits(prev.speaker):
        return prev.speaker
    for ent in reversed(people):
        if ent.start < at and new_speaker(ent.actor):
            return ent.actor
    return None


NAME_WORD_MIN = 3  # shorter name parts ("Al", "bin") say nothing about who is meant


def _named_in(text: str, actor: Actor | None) -> bool:
    """Does the quoted text name the person in the third person (a first or last name)?"""
    if actor is None or not text:
        return False
    words = set(WORD.findall(text))
    parts = {w for name in (actor.name, *actor.aliases) for w in name.split()}
    return any(len(p) >= NAME_WORD_MIN and p[:1].isupper() and p in words for p in parts)


def _person_like(q: Quote, actors: dict[str, Actor], person_nouns: Nouns) -> bool:
    """The quote's speaker is one person: a person actor, a he/she, or an unnamed person."""
    text = (q.speaker_text or "").strip()
    words = text.rstrip(" ,.").split()
    if text.lower() in PERSON_PRONOUNS or (words and words[-1].lower() in person_nouns):
        return True  # "a former admiral" even when resolved to its country's military
    if q.speaker and actors.get(q.speaker) is not None:
        return actors[q.speaker].kind == "person"
    if not words:
        return False
    last = words[-1]
    # "Abu Mukhtar", "a resident": a capitalised name or a person noun, singular
    return last.lower() in person_nouns or (last[:1].isupper() and not last.endswith("s"))
