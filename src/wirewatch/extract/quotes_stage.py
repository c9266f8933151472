"""The ``quotes`` stage: who said what, in the body and (marked) in comments.

Speakers are linked to actors through the entity under the speaker phrase; a he/she (or a
relative "who") takes the nearest person named before it; a definite title ("the minister")
takes the nearest person named before it *with that title* ("Foreign Minister Sergei Lavrov
… the minister said"), so an untitled name is never guessed; an unnamed "senior diplomat"
keeps its text and no actor.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from wirewatch.document import Actor, Document, Entity
from wirewatch.errors import StageError
from wirewatch.extract.quotes import find_quotes
from wirewatch.extract.quotes_cues import load_cues
from wirewatch.extract.quotes_marks import find_mark_spans
from wirewatch.extract.quotes_pronouns import repoint_pronoun_speakers
from wirewatch.nlp.actors.kb import load_kb
from wirewatch.options import Options
from wirewatch.pipeline import register_stage

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_GAP = 3  # characters between a name and its "who" (", ")
TITLE_WINDOW = 60  # characters around a name in which its title must appear
TITLE_MAX_WORDS = 4  # "the Russian foreign minister"
GROUP_PRONOUNS = frozenset({"they", "we", "it"})


def speaker_resolver(doc: Document, where: str, source: str = ""):  # type: ignore[no-untyped-def]
    """A callback mapping a speaker phrase at (start, end) to an actor id, or None.

    ``source`` is the text the offsets refer to; without it titles are not resolved.
    """
    entities = sorted((e for e in doc.entities if e.in_ == where), key=lambda e: e.start)

    @cache
    def speakers() -> list[Entity]:
        """The entities outside quotation marks: a he/she after a quote never stands for a
        name inside it ('"We will not cede the Selva bank," he said': not "Selva"). Worked
        out at the first pronoun only, as many pages need none."""
        quoted = sorted((m.start, m.end) for m in find_mark_spans(source)) if source else []
        starts = [qs for qs, _ in quoted]

        def in_quote(e: Entity) -> bool:
            i = bisect.bisect_right(starts, e.start) - 1
            return i >= 0 and e.end <= quoted[i][1]

        return [e for e in entities if not in_quote(e)]

    def titled_before(start: int, title: str) -> str | None:
        """Nearest person before ``start`` whose mention has ``title`` attached to it."""
        for ent in reversed(entities):
            if ent.start >= start or not ent.actor:
                continue
            actor = doc.actors.get(ent.actor)
            if actor is None or actor.kind != "person":
                continue
            if title_attached(source, ent.start, ent.end, title):
                return ent.actor
        return None

    def nearest_before(start: int, kind: str) -> str | None:
        """Nearest actor before ``start``: "person", "group" (not person, not media), "media"."""
        for ent in reversed(speakers()):
            if ent.start >= start or not ent.actor:
                continue
            actor = doc.actors.get(ent.actor)
            if actor is None:
                continue
            if kind == "media" and actor.kind == "media":
                return ent.actor
            if kind == "person" and actor.kind == "person":
                return ent.actor
            if kind == "group" and actor.kind not in ("person", "media"):
                return ent.actor
        return None

    lex = load_cues()

    def resolve(text: str, start: int, end: int) -> str | None:
        word = text.strip().lower()
        if word in PERSON_PRONOUNS:
            return nearest_before(start, "person")
        if word in GROUP_PRONOUNS:
            return nearest_before(start, "group")
        if word == "who":  # "Smith, who said …": the name right before
            named = [e for e in entities if e.actor and 0 <= start - e.end <= RELATIVE_GAP]
            return named[-1].actor if named else None
        words = word.split()
        if len(words) <= 3 and words[0] == "the" and words[-1] in lex.media_nouns:
            return nearest_before(start, "media")  # "the aforementioned newspaper"
        inside: list[Entity] = [e for e in entities if e.start < end and e.end > start and e.actor]
        if not inside:
            definite = words[0] == "the" and len(words) <= TITLE_MAX_WORDS
            if source and definite and words[-1] in lex.title_nouns:
                return titled_before(start, " ".join(words[1:]))  # "the minister" named before
            return None
        people = [
            e
            for e in inside
            if doc.actors.get(e.actor or "") and doc.actors[e.actor or ""].kind == "person"
        ]
        # "Lavrov's deputy", "Putin's spokesman": the possessor is not the one speaking
        speaking = [e for e in people if not _possessor(source, e, end)]
        if people and not speaking:
            return None
        people = speaking
        # "Russian Foreign Ministry spokesperson Maria Zakharova": the person, not the ministry
        if people:
            return people[-1].actor
        # "a top Russian CSTO official": an unnamed person, not the CSTO; "an Afghan army
        # officer": an unnamed person of Afghanistan's military.
        words = text.rstrip(" ,.").split()
        if words and words[-1].lower() in load_cues().person_nouns:
            return unnamed_person(doc, text, inside)
        return inside[-1].actor

    return resolve


@cache
def _one_person_nouns() -> frozenset[str]:
    """Singular heads naming one person: "a senior official", "the admiral"."""
    lex = load_cues()
    return frozenset(w for w in lex.person_nouns | lex.title_nouns if not w.endswith("s"))


def _possessor(source: str, ent: Entity, end: int) -> bool:
    """A person named as possessor inside a longer speaker phrase ("Lavrov’s deputy")."""
    return bool(source) and source[ent.end : ent.end + 2] in ("’s", "'s") and ent.end + 2 < end


OFFICE_QUALIFIERS = frozenset(
    {"shadow", "former", "deputy", "vice", "acting", "assistant", "junior"}
)


def title_attached(source: str, start: int, end: int, title: str) -> bool:
    """``title`` stands right before the name at ``[start, end)`` ("Foreign Minister Sergei
    Lavrov", "the home secretary, Sajid Javid") or in an apposition right after it ("Sajid
    Javid, the home secretary"), and is not another office ("shadow home secretary")."""
    words = r"(?:[\w’'-]+\s+){0,4}?"
    phrase = r"\s+".join(re.escape(w) for w in title.split())
    before = re.search(
        rf"(\w+\s+)?{phrase}\s*,?\s*$", source[max(0, start - TITLE_WINDOW) : start], re.I
    )
    after = re.match(
        rf"\s*,\s*(?:the\s+|a\s+)?{words}(\w+\s+)?{phrase}\b",
        source[end : end + TITLE_WINDOW],
        re.I,
    )
    for m in (before, after):
        if m is not None:
            qualifier = (m.group(1) or "").strip().lower()
            if qualifier not in OFFICE_QUALIFIERS:
                return True
    return False


ARTICLES = frozenset({"a", "an", "one", "the", "another"})


def _sector_of(words: list[str]) -> str | None:
    """The PLOVER sector a phrase's own words name ("army" MIL, "government" GOV), the
    longest and last such words first."""
    kb = load_kb()
    low = [w.lower() for w in words]
    best: tuple[int, int, str] | None = None
    for i in range(len(low)):
        for n in range(min(kb.sector_max_len, len(low) - i), 0, -1):
            sector = kb.sector_words.get(tuple(low[i : i + n]))
            if sector:
                if best is None or (n, i) > best[:2]:
                    best = (n, i, sector)
                break
    return best[2] if best else None


def unnamed_person(doc: Document, text: str, inside: list[Entity]) -> str | None:
    """An unnamed speaker whose phrase names one country ("an Afghan army officer", "a
    Russian military source") is an unnamed person actor of that country and sector; with
    no country ("a senior diplomat") or several, no actor is guessed."""
    countries = {
        doc.actors[e.actor].country
        for e in inside
        if e.actor and doc.actors.get(e.actor) and doc.actors[e.actor].country
    }
    if len(countries) != 1:
        return None
    country = countries.pop()
    words = text.strip(" ,.").split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words or words[-1].lower().endswith("s"):
        return None  # "Afghan officials": a group, not one speaker
    sector = _sector_of(words)
    if sector is None:
        sectors = {doc.actors[e.actor].sector for e in inside if e.actor}
        sector = sectors.pop() if len(sectors) == 1 else None
    name = " ".join(words)
    for aid, actor in doc.actors.items():
        if actor.kind == "person" and actor.name == name and actor.country == country:
            return aid
    taken = [int(k[1:]) for k in doc.actors if k[1:].isdigit()]
    aid = f"A{max(taken, default=0) + 1}"
    doc.actors[aid] = Actor(name=name, country=country, sector=sector, kind="person")
    return aid


@register_stage("quotes", requires=["spacy", "entities"], assigns=["quotes"])
def quotes_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Direct and reported speech with speakers, from the body and each comment."""
    for doc in docs:
        doc.quotes = []
        units = [("body", doc.body, doc.nlp_cache.get("body"))]
        texts = {c.id: c.text for c in doc.comments}
        for cid, sdoc in doc.nlp_cache.get("comments", {}).items():
            units.append((f"comment:{cid}", texts.get(cid, ""), sdoc))
        for where, text, sdoc in units:
            if sdoc is None or not text:
                continue
            found = find_quotes(text, sdoc, speaker_resolver(doc, where, text))
            here = [e for e in doc.entities if e.in_ == where]
            repoint_pronoun_speakers(found, here, doc.actors, _one_person_nouns())
            for q in found:
                q.in_ = where
                doc.quotes.append(q)
    return list(docs)
