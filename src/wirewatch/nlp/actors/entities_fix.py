"""Mentions: spaCy's entities corrected with the KB and a few label rules.

The small English model mislabels names it has not seen ("Tajikistan" NORP, "Tajik" PERSON,
"Kommersant" GPE, "201st" GPE) and splits or over-extends spans ("Islamic State of Iraq" +
"Syria", "Tajikistan Border" PERSON). KB matches are authoritative for the words they cover; the
rules below fix what the KB cannot know. Only token tags are used: no dependency parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from wirewatch.nlp.actors.kb import AliasHit, KnowledgeBase
from wirewatch.nlp.actors.tokens import Toks
from wirewatch.nlp.word_acronyms import is_word_acronym_in_capitals

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ORDINAL = re.compile(r"\d{1,6}(?:st|nd|rd|th)?", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9\-]{1,9}")
# "pro-Assad forces", "anti-Isis coalition": a name after these prefixes only qualifies a party.
STANCE_PREFIXES = frozenset({"pro", "anti"})


@dataclass
class Mention:
    """A token span [start, end) that may name an actor; ``hits`` are its KB readings."""

    start: int
    end: int
    label: str
    hits: tuple[AliasHit, ...] = ()
    origin: str = "spacy"
    inner: list[Mention] = field(default_factory=list)  # KB matches inside a kept spaCy span
    alias_of: Mention | None = None  # acronym <-> expansion pairing


def _case_ok(surface: tuple[str, ...], words: list[str], lower_ok: bool) -> bool:
    for alias, text in zip(surface, words, strict=True):
        if text == alias:
            continue
        if alias.isupper() and len(alias) > 1:
            return False  # acronyms match exactly ("US" is not "us")
        if text.isupper() and len(text) > 1:
            continue  # headline capitals
        if text == alias[:1].upper() + alias[1:]:
            continue  # "al-Qaeda" at a sentence start
        if lower_ok and text.lower() == alias.lower():
            continue
        return False
    return True


def kb_matches(toks: Toks, kb: KnowledgeBase) -> list[Mention]:
    """Greedy longest-first KB matches over the tokens (spaces skipped)."""
    words, lowers = toks.words, toks.lower
    lengths = kb.lengths
    out: list[Mention] = []
    i, n = 0, len(words)
    while i < n:
        sizes = lengths.get(lowers[i])
        found = None
        if sizes and not toks.space[i] and not is_word_acronym_in_capitals(words, i):
            for size in sizes:
                if i + size > n:
                    continue
                hits = kb.index.get(tuple(lowers[i : i + size]))
                if not hits:
                    continue
                ok = tuple(h for h in hits if _case_ok(h.surface, words[i : i + size], h.lower_ok))
                if ok:
                    found = Mention(i, i + size, kb.label_of(ok[0]), ok, origin="kb")
                    break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.end
    return out


def _spacy_mentions(toks: Toks) -> list[Mention]:
    out = []
    for start, end, label in toks.ents:
        if label not in KEPT_LABELS:
            continue
        # A span never crosses a line break or an opening bracket ("Forces (ANSF").
        for j in range(start, end):
            if toks.space[j] or toks.words[j] == "(":
                end = j
                break
        while start < end and toks.lower[start] == "the" and end - start > 1:
            start += 1
        stance = toks.lower[start] in STANCE_PREFIXES and toks.words[start + 1 : start + 2] == ["-"]
        if end - start > 2 and stance:
            start += 2  # "pro-Assad": the name is Assad's; the stance is read in resolution
        # "Trump's", "Saddam Hussein's": the possessive ending is no part of the name
        while end > start and (
            toks.punct[end - 1] or toks.space[end - 1] or toks.tag[end - 1] == "POS"
        ):
            end -= 1
        if end <= start:
            continue
        if all(_ORDINAL.fullmatch(t) for t in toks.words[start:end]):
            continue  # "201st" is an ordinal, never a place
        out.append(Mention(start, end, label))
    return out


def _merge(spacy_ms: list[Mention], kb_ms: list[Mention]) -> list[Mention]:
    """KB matches win where they cover a span; a longer descriptive spaCy span keeps them inside."""
    result: list[Mention] = []
    taken: set[int] = set()
    kb_at: dict[int, Mention] = {i: m for m in kb_ms for i in range(m.start, m.end)}
    for ent in spacy_ms:
        inside = list({id(m): m for i in range(ent.start, ent.end) if (m := kb_at.get(i))}.values())
        if not inside:
            result.append(ent)
            continue
        exact = [m for m in inside if m.start == ent.start and m.end == ent.end]
        contained = all(ent.start <= m.start and m.end <= ent.end for m in inside)
        is_person_hit = any(
            h.how in ("name", "surname") and m.label == "PERSON" for m in inside for h in m.hits
        )
        if exact:
            continue  # the KB match stands for it
        if contained and ent.label != "PERSON":
            ent.inner = inside
            taken.update(id(m) for m in inside)
            result.append(ent)
        elif contained and ent.label == "PERSON" and is_person_hit:
            # "General Anatoly Sidorov" PERSON around a KB person: the KB span is the name.
            continue
        # otherwise (crossing, PERSON around a country, KB span longer): the KB matches win
    for m in kb_ms:
        if id(m) not in taken:
            result.append(m)
    result.sort(key=lambda m: (m.start, -m.end))
    deduped: list[Mention] = []
    for m in result:
        if deduped and m.start < deduped[-1].end:
            continue
        deduped.append(m)
    return deduped


# Natural features whose generic word follows a name in lower case too: "the Euphrates river".
LOWER_FEATURE_HEADS = frozenset(
    "river sea lake mountains valley desert gulf strait canal basin plateau peninsula".split()
)
# Words before "of" that make the following name a settlement or area: "the town of X".
PLACE_OF_WORDS = frozenset(
    "city town village province district region governorate county suburb suburbs outskirts "
    "plains port enclave".split()
)
# Particles inside Arabic and other place names: "al-Bab", "Deir ez-Zor".
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "ez", "es", "-", "de"})


def _place_head_rules(toks: Toks, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """ "Pyanj River", "Shir Khan Bandar": proper nouns ended by a geographic head are places."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for m in mentions:
        if m.hits:
            continue
        last = toks.lower[m.end - 1]
        nxt = m.end if m.end < len(toks) else None
        if last in kb.place_heads and m.label in ("PERSON", "ORG", "NORP", "FAC", "EVENT"):
            m.label = "LOC" if kb.place_heads[last] == "LOC" else "GPE"
        elif (
            nxt is not None
            and (
                (toks.title[nxt] and toks.lower[nxt] in kb.place_heads)
                or (toks.lower[nxt] in LOWER_FEATURE_HEADS and toks.words[nxt].islower())
            )
            and m.end not in covered
            and m.label in ("PERSON", "ORG", "NORP", "GPE", "LOC")
        ):
            m.end += 1
            m.label = "LOC" if kb.place_heads.get(toks.lower[nxt]) == "LOC" else "GPE"
    # Proper nouns spaCy missed entirely, followed by a head: "the Vakhsh River".
    for i, low in enumerate(toks.lower):
        if i == 0 or low not in kb.place_heads or i in covered or not toks.title[i]:
            continue
        j = i
        while j > 0 and j - 1 not in covered and toks.tag[j - 1] == "NNP" and i - j < 3:
            j -= 1
        if j < i and kb.place_heads[low] == "LOC":
            out.append(Mention(j, i + 1, "LOC", origin="rule"))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _title_person_rule(toks: Toks, mentions: list[Mention], kb: KnowledgeBase) -> None:
    """A title word before a bare name makes it a PERSON ("expert, Haroon Mir")."""
    for m in mentions:
        if m.hits or m.inner or m.label == "PERSON" or m.label not in ("GPE", "ORG", "LOC", "NORP"):
            continue
        if not 1 <= m.end - m.start <= 3 or not all(toks.title[m.start : m.end]):
            continue
        j = m.start - 1
        if j >= 0 and toks.words[j] == ",":
            j -= 1
        if j >= 0 and toks.lower[j] in kb.person_titles:
            m.label = "PERSON"


# After a verb of motion "to" leads to a place ("came to Lenz", not "spoke to Smith"); the
# other locative words are data (``locatives`` in kb/places.yaml).
MOTION_VERBS = frozenset(
    "came come comes coming went go goes going travelled traveled travelling traveling flew "
    "fly flies returned return returns moved move headed head heads arrived sent send "
    "deployed deploy redeployed drove marched fled advanced retreated".split()
)


def _locative(toks: Toks, start: int, kb: KnowledgeBase) -> bool:
    j = start - 1
    while j >= 0 and toks.lower[j] in ("the", "of", ","):
        j -= 1
    if j < 0:
        return False
    if toks.lower[j] in kb.locatives:
        return True
    return toks.lower[j] == "to" and j > 0 and toks.lower[j - 1] in MOTION_VERBS


def _place_of(toks: Toks, start: int) -> bool:
    """Is the name the complement of a settlement word ("the town of X", "plains of X")?"""
    j = start - 1
    if j >= 0 and toks.lower[j] == "the":
        j -= 1
    return j >= 1 and toks.lower[j] == "of" and toks.lower[j - 1] in PLACE_OF_WORDS


def _name_like(toks: Toks, start: int, end: int) -> bool:
    """Capitalised words, with the particles of Arabic names between them ("al-Habit")."""
    return toks.title[end - 1] and all(
        toks.title[i] or toks.lower[i] in NAME_PARTICLES for i in range(start, end)
    )


def _locative_place_rule(
    toks: Toks, mentions: list[Mention], kb: KnowledgeBase, is_place: Callable[[str], bool]
) -> set[str]:
    """A name the model took for a person or an organisation is a place when it follows
    "in/at/near…" (or "to" after a verb of motion) and the gazetteer knows it ("came to Lenz",
    "in eastern Ghouta"), or when it names "the town of …" (known or not). Returns the
    surfaces so fixed, so that their other mentions follow."""
    fixed: set[str] = set()
    for m in mentions:
        if m.hits or m.inner or m.label not in ("PERSON", "ORG", "GPE", "LOC"):
            continue
        if not 1 <= m.end - m.start <= 5 or not _name_like(toks, m.start, m.end):
            continue
        surface = toks.span_text(m.start, m.end)
        if _place_of(toks, m.start) or (_locative(toks, m.start, kb) and is_place(surface)):
            if m.label in ("PERSON", "ORG"):
                m.label = "GPE"
            fixed.add(surface)
    return fixed


def _spread_places(toks: Toks, mentions: list[Mention], fixed: set[str]) -> None:
    for m in mentions:
        if m.label in ("PERSON", "ORG") and not m.hits and toks.span_text(m.start, m.end) in fixed:
            m.label = "GPE"


def _one_sense(toks: Toks, mentions: list[Mention]) -> None:
    """One label per surface form in a document for names the KB does not know."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        if not m.hits and not m.inner:
            votes.setdefault(toks.span_text(m.start, m.end), Counter())[m.label] += 1
    for m in mentions:
        if m.hits or m.inner:
            continue
        counts = votes[toks.span_text(m.start, m.end)]
        best, n = counts.most_common(1)[0]
        if n > counts[m.label]:
            m.label = best


def pair_parentheses(toks: Toks, mentions: list[Mention]) -> None:
    """ "Collective Security Treaty Organization (CSTO)": the acronym and its expansion co-refer.

    A bare acronym in brackets after a mention becomes a mention itself when spaCy missed it.
    """
    by_start = {m.start: m for m in mentions}
    added = []
    for m in list(mentions):
        e = m.end
        if e + 2 < len(toks) and toks.words[e] == "(" and toks.words[e + 2] == ")":
            inner = by_start.get(e + 1)
            if inner is None and _ACRONYM.fullmatch(toks.words[e + 1]):
                inner = Mention(
                    e + 1, e + 2, m.label if m.label != "NORP" else "ORG", origin="rule"
                )
                added.append(inner)
            if inner is not None and m.label in ("ORG", "GPE", "NORP", "LOC", "FAC"):
                m.alias_of = inner
                inner.alias_of = m
    mentions.extend(added)
    mentions.sort(key=lambda m: (m.start, -m.end))


def find_mentions(
    toks: Toks, kb: KnowledgeBase, is_place: Callable[[str], bool] | None = None
) -> list[Mention]:
    """Corrected entity mentions in token order, each with its KB readings; ``is_place``
    (a gazetteer lookup) lets a locative context turn a mislabelled person into a place."""
    mentions = _merge(_spacy_mentions(toks), kb_matches(toks, kb))
    mentions = _place_head_rules(toks, mentions, kb)
    _title_person_rule(toks, mentions, kb)
    fixed = _locative_place_rule(toks, mentions, kb, is_place) if is_place else set()
    _one_sense(toks, mentions)
    if fixed:
        _spread_places(toks, mentions, fixed)
    pair_parentheses(toks, mentions)
    return mentions
