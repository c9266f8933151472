"""Geoparsing evaluations on LGL and TR-News (toponym spans with gold GeoNames coordinates).

Metrics: toponym recall and precision by span overlap; accuracy within 161 km (100 miles,
the field's usual threshold) over gold toponyms we found and placed, and over all gold
toponyms with coordinates; mean error in km. Both corpora annotate demonyms ("Russian")
as mentions of the country, so the geoparser runs with demonyms on here; the figures
with them off are reported under ``reference``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from wirewatch.eval.registry import EvalResult, dataset_path, register_eval

ACCURACY_KM = 161.0
# Rules were developed on the first articles of each corpus; the rest shows how they carry
# over (reported, not gated).
DEV_ARTICLES = {"lgl": 250, "trnews": 60}
EARTH_KM = 6371.0
ALIGN_WINDOW = 60


@dataclass
class GoldToponym:
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass
class Article:
    text: str
    gold: list[GoldToponym]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _float(node: etree._Element | None) -> float | None:
    if node is None or not (node.text or "").strip():
        return None
    return float(node.text)


def _align(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """Gold span moved onto its phrase: a few TR-News offsets are off by some characters."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - ALIGN_WINDOW)
    hits = []
    at = text.find(phrase, lo, end + ALIGN_WINDOW)
    while at != -1:
        hits.append(at)
        at = text.find(phrase, at + 1, end + ALIGN_WINDOW)
    if not hits:
        return start, end
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(phrase)


def read_corpus(path: Path, limit: int | None = None) -> list[Article]:
    """Articles with their gold toponyms; the spans index into the <text> content."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.parse(str(path), parser).getroot()
    out: list[Article] = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for top in art.iter("toponym"):
            start, end = top.findtext("start"), top.findtext("end")
            if start is None or end is None:
                continue
            tag = top.find("gaztag")
            lat = _float(tag.find("lat")) if tag is not None else None
            lon = _float(tag.find("lon")) if tag is not None else None
            s, e = _align(text, int(start), int(end), (top.findtext("phrase") or "").strip())
            gold.append(GoldToponym(s, e, lat, lon))
        out.append(Article(text, gold))
        if limit is not None and len(out) >= limit:
            break
    return out


@dataclass
class Counts:
    n_gold: int = 0
    found: int = 0
    n_pred: int = 0
    pred_hit: int = 0
    n_gold_coords: int = 0
    within: int = 0
    resolved: int = 0

    def rates(self, prefix: str = "") -> dict[str, float]:
        return {
            f"{prefix}recall": self.found / self.n_gold if self.n_gold else 0.0,
            f"{prefix}precision": self.pred_hit / self.n_pred if self.n_pred else 0.0,
            f"{prefix}acc161_resolved": self.within / self.resolved if self.resolved else 0.0,
            f"{prefix}acc161_all_gold": (
                self.within / self.n_gold_coords if self.n_gold_coords else 0.0
            ),
        }


def score(
    articles: list[Article], demonyms: bool = True, dev_articles: int = 0
) -> tuple[dict[str, float], float]:
    """Metrics over the articles and the seconds spent in detection + resolution only;
    with ``dev_articles``, also ``dev_*`` and ``rest_*`` rates for the two parts."""
    from wirewatch.nlp.geo import Geoparser

    geoparser = Geoparser.load(demonyms=demonyms)
    nlp = geoparser.nlp()
    total, dev, rest = Counts(), Counts(), Counts()
    errors: list[float] = []
    geo_seconds = 0.0
    docs = nlp.pipe(a.text for a in articles)
    for k, (art, doc) in enumerate(zip(articles, docs, strict=True)):
        t0 = time.perf_counter()
        places = geoparser.places(doc)
        geo_seconds += time.perf_counter() - t0
        parts = (total, dev if k < dev_articles else rest)
        hits = sum(any(p.start < g.end and g.start < p.end for g in art.gold) for p in places)
        for c in parts:
            c.n_pred += len(places)
            c.pred_hit += hits
        for g in art.gold:
            match = next((p for p in places if p.start < g.end and g.start < p.end), None)
            has_coords = g.lat is not None and g.lon is not None
            placed = has_coords and match is not None and match.lat is not None
            km = haversine_km(g.lat, g.lon, match.lat, match.lon) if placed else None
            if km is not None:
                errors.append(km)
            for c in parts:
                c.n_gold += 1
                c.found += match is not None
                c.n_gold_coords += has_coords
                c.resolved += km is not None
                c.within += km is not None and km <= ACCURACY_KM
    metrics = {
        **total.rates(),
        "mean_error_km": sum(errors) / len(errors) if errors else 0.0,
        "median_error_km": sorted(errors)[len(errors) // 2] if errors else 0.0,
        "us_per_doc_geoparse": 1e6 * geo_seconds / max(1, len(articles)),
        "gold_toponyms": float(total.n_gold),
    }
    if dev_articles and rest.n_gold:
        metrics.update(dev.rates("dev_"))
        metrics.update(rest.rates("rest_"))
    return metrics, geo_seconds


def _evaluate(name: str, filename: str, limit: int | None) -> EvalResult:
    path = dataset_path("geo", filename)
    if path is None:
        return EvalResult(name=name, skipped=f"dataset geo/{filename} not found")
    articles = read_corpus(path, limit)
    metrics, _ = score(articles, demonyms=True, dev_articles=DEV_ARTICLES.get(name, 0))
    plain, _ = score(articles, demonyms=False)
    reference = {f"no_demonyms_{k}": v for k, v in plain.items() if k != "gold_toponyms"}
    reference["mordecai3_acc161"] = 0.827 if name == "lgl" else 0.873
    # Gated metrics are rates where higher is better; errors, timing, counts and the
    # dev/rest parts are reported.
    for key in ("mean_error_km", "median_error_km", "us_per_doc_geoparse", "gold_toponyms"):
        if key in metrics:
            reference[key] = metrics.pop(key)
    for key in [k for k in metrics if k.startswith(("dev_", "rest_"))]:
        reference[key] = metrics.pop(key)
    return EvalResult(name=name, metrics=metrics, n=len(articles), reference=reference)


@register_eval("lgl")
def eval_lgl(limit: int | None = None) -> EvalResult:
    """LGL: local US news, many small ambiguous towns ("Paris", "Springfield")."""
    return _evaluate("lgl", "lgl.xml", limit)


@register_eval("trnews")
def eval_trnews(limit: int | None = None) -> EvalResult:
    """TR-News: international and regional news."""
    return _evaluate("trnews", "TR-News.xml", limit)
