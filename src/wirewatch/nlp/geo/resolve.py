"""Chooses one gazetteer row per toponym with a transparent additive score.

Terms (weights in ``data/gazetteer/resolve.yaml``): a population prior, a prior by feature
kind, the main-name bonus, "Town, Region" qualifiers, kind words ("province"), and document
context — the countries, admin1 regions and map cells of the document's other places after a
first, context-free pass — and coherence: how many other names have a plausible reading
near the candidate or in its region, so that names that only make sense together ("Decatur",
"DeKalb County") pull each other to one state. Two rounds: the second reads its context from
the first round's choices. Every mention of the same name gets the same reading (one sense
per document), and a name's own choice is left out of its context. Weak mentions (small
towns the model did not tag) are kept only after "in/at/near…" where the document's other
places are, or with their region ("Roselle, Ill.").
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from wirewatch.nlp.geo.detect import Toponym, is_feature_name
from wirewatch.nlp.geo.gazetteer import Gazetteer

CELL_DEG = 2.0
# Coherence: each other name's few likeliest readings may support a candidate.
PLAUSIBLE_READINGS = 3
PLAUSIBLE_MARGIN = 2.0
COHERENCE_CAP = 3
COHERENCE_CELL_DEG = 1.0
CONTEXT_ROUNDS = 2
EARTH_KM = 6371.0
# A weak mention must resolve to a town of at least this size: hamlets share names with
# too many people and things.
WEAK_MIN_POPULATION = 1000
COUNTY_WORDS = ("county", "parish")
# A city this big is named for itself more than its same-named state ("in New York").
MAJOR_CITY_POP = 1_000_000
# A weak mention may be in a country with at least half as many places named as the leading
# one (stories about one country's troops abroad name their own country most).
LEADING_SHARE = 0.5
# The dateline names where the story is set: it counts as this many other places.
DATELINE_WEIGHT = 3


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


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
    coherence: float = 0.0
    coherence_country: float = 0.0
    capital: float = 0.0
    major_city: float = 0.0

    @classmethod
    def from_options(cls, options: dict) -> Weights:
        return cls(**options["weights"])


def _initialism(text: str) -> bool:
    """Two or three capitals, with or without dots ("EU", "U.K.")."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)


class Resolver:
    def __init__(
        self,
        gaz: Gazetteer,
        weights: Weights,
        kind_words: Iterable[str] = (),
        local_km: float = 120.0,
        part_words: Iterable[str] = (),
        natural_words: Iterable[str] = (),
    ) -> None:
        self.part_words = set(part_words)
        self.natural_words = set(natural_words)
        self.gaz = gaz
        self.local_km = local_km
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

    def _candidates(self, key: str, dotted: bool = False, county: bool = False) -> list[int]:
        """Rows for a name; "Badakhshan province" also tries "Badakhshan"; "Ill." a state;
        a name that may stand for its county ("D-Braxton") also tries "Braxton County"."""
        if dotted and key in self.gaz.state_short:
            return [self.gaz.state_short[key]]
        rows = list(self.gaz.lookup(key))
        if county:
            for word in COUNTY_WORDS:
                rows += [i for i in self.gaz.lookup(f"{key} {word}") if i not in rows]
        head, _, last = key.rpartition(" ")
        if head and last in self.kind_words:
            rows += [i for i in self.gaz.lookup(head) if i not in rows]
        if not rows and key in self.gaz.state_short:
            rows = [self.gaz.state_short[key]]
        first, _, rest = key.partition(" ")
        if not rows and rest and first in self.part_words:
            rows = self._candidates(rest)
        if self.feature_name(key):
            rows = [i for i in rows if self._feature_reading(i, key)]
        return rows

    def feature_name(self, key: str) -> bool:
        return is_feature_name(key, self.natural_words)

    def _feature_reading(self, i: int, key: str) -> bool:
        """A feature's name reads only as a feature, a curated entry, or a place whose own
        name it is ("Elbow Lake", "Rhode Island"): never as a town one of whose alternate
        names shares a word with it ("La Selva del Camp" for "Selva River")."""
        g = self.gaz
        return g.kind[i] == "natural" or i in g.curated_rows or self._is_primary(i, key)

    def _initialism_reading(self, i: int) -> bool:
        """ "EU", "UK", "NYC": letters stand for an area, a curated entry or a big city,
        never for a town that happens to be spelt so ("Eu", France)."""
        g = self.gaz
        return (
            g.kind[i] in ("country", "admin1", "other", "natural")
            or i in g.curated_rows
            or g.population[i] >= MAJOR_CITY_POP
        )

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

    def _capital_over_region(self, rows: list[int], ps: list[float], hints: set[str]) -> None:
        """A capital that shares its name with a region is the one meant ("Washington
        said…"), unless the text says it is the region ("Washington state")."""
        g = self.gaz
        if "admin1" in hints or not any(g.kind[i] == "admin1" for i in rows):
            return
        for k, i in enumerate(rows):
            if i in g.capitals:
                ps[k] += self.w.capital

    def _city_over_state(self, rows: list[int], ps: list[float], hints: set[str]) -> None:
        """ "in New York", "New York-based": a major city is meant over its same-named
        state, unless the text says state ("New York state", "upstate New York")."""
        g = self.gaz
        if "admin1" in hints:
            return
        states = [j for j in rows if g.kind[j] == "admin1"]
        for k, i in enumerate(rows):
            if g.kind[i] != "city" or g.population[i] < MAJOR_CITY_POP:
                continue
            if any(g.within(i, j) for j in states):
                ps[k] += self.w.major_city

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
                row = g.demonym_row(demonym)
                cands[key] = [row] if row is not None else []
            else:
                dotted = any("." in t.text or t.region_short for t in tops)
                county = any(t.county_ok for t in tops)
                cands[key] = self._candidates(key, dotted, county)
                if all(_initialism(t.text) for t in tops):
                    cands[key] = [i for i in cands[key] if self._initialism_reading(i)]
            quals = self._qualifier_rows({q for t in tops for q in t.qualifiers})
            hints = {t.kind_hint for t in tops if t.kind_hint}
            priors[key] = [self.prior(i, key, quals, hints) for i in cands[key]]
            self._capital_over_region(cands[key], priors[key], hints)
            if any(t.city_cue for t in tops):
                self._city_over_state(cands[key], priors[key], hints)
        weak = {key for key, tops in groups.items() if all(t.weak for t in tops)}
        first = {
            key: cands[key][max(range(len(ps)), key=ps.__getitem__)]
            for key, ps in priors.items()
            if ps and key not in weak
        }
        support = self._coherence_maps(cands, priors, weak)
        datelines = {key for key, tops in groups.items() if any(t.dateline for t in tops)}
        # Two rounds: the second reads its context from the first round's choices, which
        # already had coherence, rather than from the context-free priors.
        for _round in range(CONTEXT_ROUNDS):
            chosen, countries, admin1s = self._choose(
                cands, priors, first, support, hint_countries, datelines
            )
            first = {k: i for k, i in chosen.items() if i is not None and k not in weak}
        for key in weak:
            i = chosen.get(key)
            if i is None or self._local(i, groups[key], first, countries, admin1s):
                continue
            # The likeliest reading is far from the story: the best local one, if any
            # ("Watertown" in a Minnesota story is Watertown, Minnesota).
            local = [
                (i, p)
                for i, p in zip(cands[key], priors[key], strict=True)
                if self._local(i, groups[key], first, countries, admin1s, strict=True)
            ]
            chosen[key] = None
            if local:
                rows, ps = [i for i, _ in local], [p for _, p in local]
                best, _, _ = self._choose(
                    {key: rows}, {key: ps}, first, support, hint_countries, datelines
                )
                chosen[key] = best[key]
        return chosen

    def _choose(
        self,
        cands: dict[str, list[int]],
        priors: dict[str, list[float]],
        first: dict[str, int],
        support: tuple,
        hint_countries: Iterable[str],
        datelines: set[str] = frozenset(),
    ) -> tuple[dict[str, int | None], Counter[str], Counter[tuple[str, str]]]:
        """One round: each name's best reading given the others' current choices."""
        g = self.gaz
        countries: Counter[str] = Counter()
        admin1s: Counter[tuple[str, str]] = Counter()
        cells: Counter[tuple[int, int]] = Counter()
        for key, i in first.items():
            n = DATELINE_WEIGHT if key in datelines else 1
            if g.country[i]:
                countries[g.country[i]] += n
            if g.admin1code[i]:
                admin1s[(g.country[i], g.admin1code[i])] += n
            if g.has_point(i) and g.kind[i] != "country":
                cells[_cell(g.lat[i], g.lon[i])] += n
        hints = set(hint_countries)
        n_other = max(1, len(first) - 1)
        chosen: dict[str, int | None] = {}
        for key, rows in cands.items():
            if not rows:
                chosen[key] = None
                continue
            own = first.get(key, rows[0])
            own_n = DATELINE_WEIGHT if key in datelines else 1
            own_cell = _cell(g.lat[own], g.lon[own]) if g.has_point(own) else None
            best, best_score = rows[0], -math.inf
            for i, p in zip(rows, priors[key], strict=True):
                score = p
                cc = g.country[i]
                if cc:
                    share = countries[cc] - own_n * (g.country[own] == cc)
                    score += self.w.country_context * share / n_other
                    if cc in hints:
                        score += self.w.hint_country
                if g.admin1code[i]:
                    a1 = (cc, g.admin1code[i])
                    share = admin1s[a1] - own_n * ((g.country[own], g.admin1code[own]) == a1)
                    score += self.w.admin1_context * share / n_other
                if g.has_point(i) and g.kind[i] != "country" and cells:
                    cy, cx = _cell(g.lat[i], g.lon[i])
                    near = sum(
                        cells.get((cy + dy, cx + dx), 0) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                    )
                    if own_cell is not None and abs(own_cell[0] - cy) <= 1:
                        near -= own_n * (abs(own_cell[1] - cx) <= 1)
                    score += self.w.near_other * max(0, near) / n_other
                score += self._coherence(i, key, support)
                if score > best_score:
                    best, best_score = i, score
            chosen[key] = best
        return chosen, countries, admin1s

    def _coherence_maps(
        self, cands: dict[str, list[int]], priors: dict[str, list[float]], weak: set[str]
    ) -> tuple[dict, dict, dict]:
        """Where each other name could lie: in each admin1, map cell and country, the name's
        few likeliest readings count, each weighted by how close its prior is to the name's
        best ("Decatur" and "DeKalb County" agree on Georgia though each alone leans
        elsewhere)."""
        g = self.gaz
        by_a1: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
        by_cell: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
        by_cc: dict[str, dict[str, float]] = defaultdict(dict)

        def put(table: dict[str, float], key: str, weight: float) -> None:
            if weight > table.get(key, 0.0):
                table[key] = weight

        for key, rows in cands.items():
            if key in weak or not rows:
                continue
            ps = priors[key]
            top = max(ps)
            ranked = sorted(range(len(rows)), key=lambda k: -ps[k])[:PLAUSIBLE_READINGS]
            for k in ranked:
                if ps[k] < top - PLAUSIBLE_MARGIN:
                    continue
                i, weight = rows[k], math.exp(ps[k] - top)
                if g.country[i]:
                    put(by_cc[g.country[i]], key, weight)
                if g.kind[i] == "country":
                    continue
                if g.admin1code[i]:
                    put(by_a1[(g.country[i], g.admin1code[i])], key, weight)
                if g.has_point(i):
                    put(by_cell[self._cell1(i)], key, weight)
        return by_a1, by_cell, by_cc

    def _cell1(self, i: int) -> tuple[int, int]:
        return (
            math.floor(self.gaz.lat[i] / COHERENCE_CELL_DEG),
            math.floor(self.gaz.lon[i] / COHERENCE_CELL_DEG),
        )

    def _coherence(self, i: int, key: str, support: tuple) -> float:
        """Bonus for the other names that can lie near this candidate (full weight), in its
        admin1 (half) or in its country (``coherence_country``)."""
        g, w = self.gaz, self.w
        if not (w.coherence or w.coherence_country):
            return 0.0
        by_a1, by_cell, by_cc = support
        cc = g.country[i]
        near: dict[str, float] = {}
        region: dict[str, float] = {}
        if g.kind[i] == "country":
            near.update(by_cc.get(cc, {}))
        else:
            if g.admin1code[i]:
                region.update(by_a1.get((cc, g.admin1code[i]), {}))
            if g.has_point(i) and g.kind[i] != "admin1":
                cy, cx = self._cell1(i)
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        for k, v in by_cell.get((cy + dy, cx + dx), {}).items():
                            near[k] = max(v, near.get(k, 0.0))
        if g.kind[i] == "admin1":
            near, region = region, {}
        near.pop(key, None)
        region = {k: v for k, v in region.items() if k != key and k not in near}
        country = (
            {k: v for k, v in by_cc.get(cc, {}).items() if k != key and k not in near} if cc else {}
        )
        local = min(sum(near.values()) + 0.5 * sum(region.values()), COHERENCE_CAP)
        return w.coherence * local + w.coherence_country * min(sum(country.values()), COHERENCE_CAP)

    def _local(
        self,
        i: int,
        tops: list[Toponym],
        first: dict[str, int],
        countries: Counter[str],
        admin1s: Counter[tuple[str, str]],
        strict: bool = False,
    ) -> bool:
        """A weak mention is kept when it is named with its region ("Roselle, Ill.") or,
        after "in/at/near/from", when its reading is where the document's places are: in
        the leading admin1, near another place, or (unless ``strict``, for a reading that
        is not the name's likeliest) in the leading country."""
        g = self.gaz
        if g.population[i] < WEAK_MIN_POPULATION and g.kind[i] == "city":
            return False
        if any(t.qualifiers for t in tops):
            return True
        if not any(t.locative for t in tops):
            return False
        if admin1s:
            ((top_a1, _n),) = admin1s.most_common(1)
            if (g.country[i], g.admin1code[i]) == top_a1:
                return True
        if g.has_point(i):
            for j in first.values():
                if g.kind[j] in ("country", "admin1") or not g.has_point(j) or j == i:
                    continue
                if distance_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) <= self.local_km:
                    return True
        if countries and not strict:
            # the leading country, or one named about as often ("US troops in Syria")
            ((top_cc, top_n),) = countries.most_common(1)
            n = countries[g.country[i]]
            return g.country[i] == top_cc or (n > 0 and n >= top_n * LEADING_SHARE)
        return False
