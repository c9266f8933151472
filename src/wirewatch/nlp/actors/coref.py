"""The document's actors: one per real-world actor, found again by name, surname or misspelling.

``DocActors`` hands out ids "A1", "A2"… and remembers what each actor is (KB id, offices,
surnames) so later mentions — "Zakharova" after "Maria Zakharova", "Ushanov" after "Yuri
Ushakov", "the Russian top diplomat" after "Sergei Lavrov" — resolve to the same id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirewatch.document import Actor, Entity

# Misspelt surnames: same initial, at least this long, within this edit distance.
FUZZY_MIN_LEN = 5
FUZZY_MAX_DIST = 1
FUZZY_MAX_DIST_LONG = 2  # for surnames of 9+ letters


@dataclass
class ActorInfo:
    kb_id: str | None = None
    offices: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    full_names: set[str] = field(default_factory=set)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


class DocActors:
    """Registry of a document's actors, keyed by (kind, name) so re-mentions share one id."""

    def __init__(self, existing: dict[str, Actor] | None = None) -> None:
        self.actors: dict[str, Actor] = dict(existing or {})
        self.info: dict[str, ActorInfo] = {aid: ActorInfo() for aid in self.actors}
        self._keys: dict[tuple[str, str], str] = {
            (a.kind, a.name.lower()): aid for aid, a in self.actors.items()
        }
        self._aliases: dict[str, str] = {}
        self._last = max((int(k[1:]) for k in self.actors if k[1:].isdigit()), default=0)
        self.persons: list[str] = []  # person ids in order of first mention
        for aid, a in self.actors.items():
            if a.kind == "person":
                self._note_person(aid, a.name)
                for al in a.aliases:
                    self._note_person(aid, al)
            for al in a.aliases:
                self._aliases.setdefault(al.lower(), aid)

    def _next_id(self) -> str:
        self._last += 1
        return f"A{self._last}"

    def get(
        self,
        name: str,
        kind: str,
        country: str | None,
        sector: str | None,
        alias: str | None = None,
        kb_id: str | None = None,
    ) -> str:
        """The id of this actor, created on first mention; ``alias`` is the mention text."""
        key = (kind, name.lower())
        aid = self._keys.get(key)
        if aid is None:
            aid = self._next_id()
            self.actors[aid] = Actor(name=name, country=country, sector=sector, kind=kind)
            self.info[aid] = ActorInfo(kb_id=kb_id)
            self._keys[key] = aid
            if kind == "person":
                self._note_person(aid, name)
        if alias:
            self.add_alias(aid, alias)
        return aid

    def add_alias(self, aid: str, alias: str) -> None:
        alias = " ".join(alias.split())
        actor = self.actors[aid]
        if alias and alias != actor.name and alias not in actor.aliases:
            actor.aliases.append(alias)
        self._aliases.setdefault(alias.lower(), aid)
        if actor.kind == "person":
            self._note_person(aid, alias)

    def _note_person(self, aid: str, name: str) -> None:
        parts = [p for p in name.replace(",", " ").split() if p[:1].isupper()]
        if not parts:
            return
        info = self.info.setdefault(aid, ActorInfo())
        info.full_names.add(name.lower())
        if len(parts) >= 2 or not info.surnames:
            info.surnames.add(parts[-1].lower())
        if aid not in self.persons:
            self.persons.append(aid)

    def by_alias(self, text: str) -> str | None:
        return self._aliases.get(" ".join(text.split()).lower())

    def person_by_name(self, text: str) -> str | None:
        """An earlier person by full name, surname, or a near-miss spelling of a surname."""
        low = " ".join(text.split()).lower()
        for aid in reversed(self.persons):
            if low in self.info[aid].full_names or low in self.info[aid].surnames:
                return aid
        words = low.split()
        if len(words) != 1 or len(low) < FUZZY_MIN_LEN:
            return None
        best: tuple[int, str] | None = None
        for aid in reversed(self.persons):
            for sur in self.info[aid].surnames:
                if sur[:1] != low[:1] or len(sur) < FUZZY_MIN_LEN:
                    continue
                limit = FUZZY_MAX_DIST_LONG if len(sur) >= 9 else FUZZY_MAX_DIST
                d = edit_distance(low, sur, limit)
                if d <= limit and (best is None or d < best[0]):
                    best = (d, aid)
        return best[1] if best else None

    def office_holder(self, office: str, country: str | None) -> str | None:
        for aid in reversed(self.persons):
            a = self.actors[aid]
            if office in self.info[aid].offices and (country is None or a.country == country):
                return aid
        return None


def resolve_pronoun(
    doc_actors: dict[str, Actor], entities: list[Entity], char_offset: int, in_: str = "body"
) -> str | None:
    """The most recent person actor mentioned before ``char_offset`` (for he/she/his/her).

    Deliberately simple: news quotes attribute "she said" to the last person named; gender is
    not checked because the KB and spaCy carry none.
    """
    best: Entity | None = None
    for e in entities:
        if e.in_ != in_ or e.actor is None or e.end > char_offset:
            continue
        actor = doc_actors.get(e.actor)
        if actor is None or actor.kind != "person":
            continue
        if best is None or e.end > best.end:
            best = e
    return best.actor if best else None
