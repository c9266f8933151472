"""The gazetteer: GeoNames rows from the build cache plus curated YAML, keyed by name.

Rows live in parallel columns (see ``build``); a lookup returns row numbers, biggest place
first. Curated files are merged at every load (a few milliseconds), so edits apply at once.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from wirewatch.nlp.geo.build import load_cache
from wirewatch.nlp.geo.normalize import name_key

MAX_CANDIDATES = 40
DEMONYM_KINDS = ("country", "admin1", "other")
CURATED_KINDS = ("country", "admin1", "admin2", "city", "natural", "other")


def data_file(*parts: str) -> Path:
    """A file shipped in ``wirewatch/data``."""
    return Path(str(resources.files("wirewatch").joinpath("data", *parts)))


def read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@dataclass(frozen=True)
class Row:
    """One gazetteer place, as handed to the resolver and turned into a Place."""

    index: int
    name: str
    country: str
    admin1code: str
    kind: str
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None


class Gazetteer:
    """Name → candidate rows, plus the admin1 names that GeoNames' city rows only code."""

    def __init__(self, payload: dict[str, Any]) -> None:
        self.geonameid = payload["geonameid"]
        self.lat = payload["lat"]
        self.lon = payload["lon"]
        self.population = payload["population"]
        self.name: list[str] = payload["name"]
        self.country: list[str] = payload["country"]
        self.admin1code: list[str] = payload["admin1code"]
        self.kind: list[str] = payload["kind"]
        self.index: dict[str, tuple[int, ...]] = payload["index"]
        # First words of multi-word names: phrase matching starts only where one can begin.
        self.first_words: set[str] = payload["first_words"]
        self.admin1_names: dict[tuple[str, str], str] = dict(payload["admin1_names"])
        self.admin1_points: dict[tuple[str, str], tuple[float, float] | None] = payload[
            "admin1_points"
        ]
        self.capitals: set[int] = set(payload.get("capitals") or ())
        self.country_rows: dict[str, int] = {}
        self.admin1_rows: dict[tuple[str, str], int] = {}
        for i, kind in enumerate(self.kind):
            if kind == "country":
                self.country_rows[self.country[i]] = i
            elif kind == "admin1" and self.admin1code[i]:
                self.admin1_rows[(self.country[i], self.admin1code[i])] = i
        self.demonyms: dict[str, str] = {}
        self.state_short: dict[str, int] = {}
        self.curated_rows: set[int] = set()

    # --- loading -----------------------------------------------------------------------

    @classmethod
    def load(cls, extra_places: list[Path] | None = None) -> Gazetteer:
        """Cache rows + shipped curated files + ``extra_places`` (and ``$WIREWATCH_PLACES``)."""
        gaz = cls(load_cache())
        gaz.merge_countries(read_yaml(data_file("places_countries.yaml")) or {})
        demonyms = read_yaml(data_file("places_demonyms.yaml")) or {}
        gaz.demonyms = {name_key(k): v for k, v in demonyms.items()}
        gaz.merge_state_short(read_yaml(data_file("gazetteer", "us_states_short.yaml")) or {})
        paths = [data_file("places.yaml"), *(extra_places or [])]
        env = os.environ.get("WIREWATCH_PLACES")
        if env:
            paths += [Path(p) for p in env.split(os.pathsep) if p]
        for path in paths:
            gaz.merge_places((read_yaml(path) or {}).get("places") or [], source=str(path))
        shorts = read_yaml(data_file("gazetteer", "ca_provinces_short.yaml")) or {}
        gaz.merge_region_short("CAN", shorts)
        return gaz

    def _add_key(self, key: str, i: int) -> None:
        if not key:
            return
        if " " in key:
            self.first_words.add(key.split(" ", 1)[0])
        rows = self.index.get(key, ())
        if i in rows:
            return
        self.index[key] = tuple(sorted((*rows, i), key=lambda r: -self.population[r]))

    def _append(self, name: str, country: str, kind: str, point: Any, population: int) -> int:
        i = len(self.name)
        lat, lon = (float(point[0]), float(point[1])) if point else (math.nan, math.nan)
        self.geonameid.append(0)
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(int(population))
        self.name.append(name)
        self.country.append(country)
        self.admin1code.append("")
        self.kind.append(kind)
        return i

    def merge_countries(self, table: dict[str, Any]) -> None:
        for iso3, spec in table.items():
            i = self.country_rows.get(iso3)
            if i is None:
                continue
            point = (spec or {}).get("point")
            if point:
                self.lat[i], self.lon[i] = float(point[0]), float(point[1])
            for alias in (spec or {}).get("aliases") or []:
                self._add_key(name_key(alias), i)

    def merge_state_short(self, table: dict[str, Any]) -> None:
        """US state abbreviations, trusted only as the qualifier in "Town, ST"."""
        for code, shorts in table.items():
            i = self.admin1_rows.get(("USA", code))
            if i is None:
                continue
            for s in [code, *(shorts or [])]:
                self.state_short[name_key(s)] = i

    def merge_region_short(self, country: str, table: dict[str, Any]) -> None:
        """Short forms of first-level regions given by name ("Ont." for Ontario), trusted
        like the US state short forms."""
        for name, shorts in table.items():
            key = name_key(name)
            row = next(
                (
                    i
                    for i in self.index.get(key, ())
                    if self.kind[i] == "admin1" and self.country[i] == country
                ),
                None,
            )
            if row is None:
                continue
            for s in shorts or []:
                self.state_short.setdefault(name_key(s), row)

    def merge_places(self, entries: list[dict[str, Any]], source: str) -> None:
        """Appends curated rows; an admin1 with a ``capital`` borrows that town's admin1 code."""
        for e in entries:
            kind = e.get("kind", "other")
            if kind not in CURATED_KINDS or not e.get("name"):
                raise ValueError(f"{source}: bad place entry {e!r}")
            country = e.get("country") or ""
            pop = int(e.get("population") or 0)
            i = self._append(e["name"], country, kind, e.get("point"), pop)
            self.curated_rows.add(i)
            if kind == "admin1" and e.get("capital"):
                code = self._admin1_code_of(e["capital"], country)
                if code:
                    self.admin1code[i] = code
                    # The curated name beats the extract's, never a state's own row.
                    if (country, code) not in self.admin1_rows:
                        self.admin1_names[(country, code)] = e["name"]
                    self.admin1_rows.setdefault((country, code), i)
            if kind == "country":
                self.country_rows.setdefault(country, i)
            for n in [e["name"], *(e.get("aliases") or [])]:
                self._add_key(name_key(n), i)

    def _admin1_code_of(self, town: str, country: str) -> str:
        for i in self.index.get(name_key(town), ()):
            if self.kind[i] == "city" and self.country[i] == country:
                return self.admin1code[i]
        return ""

    def set_default_populations(self, defaults: dict[str, int]) -> None:
        """Curated rows without a population get a size prior by kind."""
        for i in self.curated_rows:
            if self.population[i] == 0:
                self.population[i] = int(defaults.get(self.kind[i], 0))

    # --- lookup ------------------------------------------------------------------------

    def lookup(self, key: str) -> tuple[int, ...]:
        return self.index.get(key, ())[:MAX_CANDIDATES]

    def demonym_row(self, target: str) -> int | None:
        """The place a demonym names: a country by ISO3 ("Russian": RUS) or a region by
        name ("South Ossetian": South Ossetia, "Texan": Texas)."""
        row = self.country_rows.get(target)
        if row is not None:
            return row
        areas = [i for i in self.lookup(name_key(target)) if self.kind[i] in DEMONYM_KINDS]
        return areas[0] if areas else None

    def row(self, i: int) -> Row:
        lat, lon = self.lat[i], self.lon[i]
        has_point = not (math.isnan(lat) or math.isnan(lon))
        return Row(
            index=i,
            name=self.name[i],
            country=self.country[i],
            admin1code=self.admin1code[i],
            kind=self.kind[i],
            lat=round(lat, 5) if has_point else None,
            lon=round(lon, 5) if has_point else None,
            population=self.population[i],
            geonameid=self.geonameid[i] or None,
        )

    def admin1_name(self, i: int) -> str | None:
        if self.kind[i] == "admin1":
            return self.name[i]
        return self.admin1_names.get((self.country[i], self.admin1code[i]))

    def has_point(self, i: int) -> bool:
        return not math.isnan(self.lat[i])

    def within(self, i: int, j: int) -> bool:
        """True when row i lies inside row j's area (its country or its admin1)."""
        if self.kind[j] == "country" or (self.kind[j] == "other" and self.country[j]):
            return bool(self.country[j]) and self.country[i] == self.country[j]
        if self.kind[j] == "admin1":
            return (
                self.country[i] == self.country[j]
                and bool(self.admin1code[j])
                and self.admin1code[i] == self.admin1code[j]
            )
        return False
