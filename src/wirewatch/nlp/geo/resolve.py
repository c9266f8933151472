"""Chooses one gazetteer row per toponym with a transparent additive score.

Terms (weights in ``data/gazetteer/resolve.yaml``): a population prior, a prior by feature
kind, the main-name bonus, "Town, Region" qualifiers, kind words ("province"), and document
context — the countries, admin1 regions and map cells of the document's other places after a
first, context-free pass. Every mention of the same name gets the same reading (one sense
per document), and a name's own first-pass choice is left out of its context.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from wirewatch.nlp.geo.detect import Toponym
from wirewatch.nlp.geo.gazetteer import Gazetteer

CELL_DEG = 2.0


@dataclass
class Weights:
    population: float
    primary_name: float
    kind: dict[str, float]
    qualifier: float
    contains_qualifier: float
    country_context: float
    admin1_context: float
    hint_country: float
    near_other: float
    no_coordinates: float

    @classmethod
    def from_options(cls, options: dict) -> Weights:
        return cls(**options["weights"])


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)


class Resolver:
    def __init__(self, gaz: Gazetteer, weights: Weights, kind_words: Iterable[str] = ()) -> None:
        self.gaz = gaz
        self.kind_words = set(kind_words)
        self.w = weights
        self._primary: dict[int, str] = {}

    def _is_primary(self, i: int, key: str) -> bool:
        from wirewatch.nlp.geo.normalize import name_key

        cached = self._primary.get(i)
        if cached is None:
            cached = name_key(self.gaz.name[i])
            self._primary[i] = cached
        return cached == key

    def _candidates(self, key: str, dotted: bool = False) -> list[int]:
        """Rows for a name; "Badakhshan province" also tries "Badakhshan"; "Ill." a state."""
        if dotted and key in self.gaz.state_short:
            return [self.gaz.state_short[key]]
        rows = list(self.gaz.lookup(key))
        head, _, last = key.rpartition(" ")
        if head and last in self.kind_words:
            rows += [i for i in self.gaz.lookup(head) if i not in rows]
        if not rows and key in self.gaz.state_short:
            rows = [self.gaz.state_short[key]]
        return rows

    def _qualifier_rows(self, keys: Iterable[str]) -> list[int]:
        rows: list[int] = []
        for key in keys:
            short = self.gaz.state_short.get(key)
            if short is not None:
                rows.append(short)
            rows += [
                i
                for i in self.gaz.lookup(key)
                if self.gaz.kind[i] in ("country", "admin1", "other")
            ]
        return rows

    def prior(self, i: int, key: str, qual_rows: list[int], kind_hints: set[str]) -> float:
        g, w = self.gaz, self.w
        score = w.population * math.log10(g.population[i] + 1) + w.kind.get(g.kind[i], 0.0)
        if self._is_primary(i, key):
            score += w.primary_name
        if not g.has_point(i):
            score += w.no_coordinates
        if qual_rows and any(q != i and g.within(i, q) for q in qual_rows):
            score += w.qualifier
        if g.kind[i] in kind_hints:
            score += w.contains_qualifier
        return score

    def resolve(
        self, toponyms: list[Toponym], hint_countries: Iterable[str] = ()
    ) -> dict[str, int | None]:
        """Name key → chosen row (None when the gazetteer has no reading for the name)."""
        g = self.gaz
        groups: dict[str, list[Toponym]] = defaultdict(list)
        for t in toponyms:
            groups[t.key].append(t)
        cands: dict[str, list[int]] = {}
        priors: dict[str, list[float]] = {}
        for key, tops in groups.items():
            demonym = next((t.demonym_country for t in tops if t.demonym_country), None)
            if demonym is not None:
                row = g.country_rows.get(demonym)
                cands[key] = [row] if row is not None else []
            else:
                dotted = any("." in t.text for t in tops)
                cands[key] = self._candidates(key, dotted)
            quals = self._qualifier_rows({q for t in tops for q in t.qualifiers})
            hints = {t.kind_hint for t in tops if t.kind_hint}
            priors[key] = [self.prior(i, key, quals, hints) for i in cands[key]]
        first = {
            key: cands[key][max(range(len(ps)), key=ps.__getitem__)]
            for key, ps in priors.items()
            if ps
        }
        countries: Counter[str] = Counter()
        admin1s: Counter[tuple[str, str]] = Counter()
        cells: Counter[tuple[int, int]] = Counter()
        for i in first.values():
            if g.country[i]:
                countries[g.country[i]] += 1
            if g.admin1code[i]:
                admin1s[(g.country[i], g.admin1code[i])] += 1
            if g.has_point(i) and g.kind[i] != "country":
                cells[_cell(g.lat[i], g.lon[i])] += 1
        hints = set(hint_countries)
        n_other = max(1, len(first) - 1)
        chosen: dict[str, int | None] = {}
        for key, rows in cands.items():
            if not rows:
                chosen[key] = None
                continue
            own = first[key]
            own_cell = _cell(g.lat[own], g.lon[own]) if g.has_point(own) else None
            best, best_score = rows[0], -math.inf
            for i, p in zip(rows, priors[key], strict=True):
                score = p
                cc = g.country[i]
                if cc:
                    share = countries[cc] - (g.country[own] == cc)
                    score += self.w.country_context * share / n_other
                    if cc in hints:
                        score += self.w.hint_country
                if g.admin1code[i]:
                    a1 = (cc, g.admin1code[i])
                    share = admin1s[a1] - ((g.country[own], g.admin1code[own]) == a1)
                    score += self.w.admin1_context * share / n_other
                if g.has_point(i) and g.kind[i] != "country" and cells:
                    cy, cx = _cell(g.lat[i], g.lon[i])
                    near = sum(
                        cells.get((cy + dy, cx + dx), 0) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                    )
                    if own_cell is not None and abs(own_cell[0] - cy) <= 1:
                        near -= abs(own_cell[1] - cx) <= 1
                    score += self.w.near_other * max(0, near) / n_other
                if score > best_score:
                    best, best_score = i, score
            chosen[key] = best
        return chosen
