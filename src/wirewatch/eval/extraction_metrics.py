"""Scores for main-text extraction, re-implemented from the two benchmarks' definitions.

Both benchmarks tokenise with ``\\w+``; they differ in what they count:

* Scrapinghub (article-extraction-benchmark): case-sensitive tokens joined into 4-token
  shingles (a text shorter than 4 tokens is one shingle), multiset TP/FP/FN normalised per
  page so long pages do not weigh more; precision is averaged over pages that predicted
  something, recall over pages whose truth is non-empty, and F1 is taken from those means.
* WCXB: lower-cased bag of words; per-page precision, recall and F1 averaged over pages;
  empty truth scores 1 only for an empty prediction, an empty prediction scores 0.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"\w+")

TpFpFn = tuple[float, float, float]


def tokens(text: str | None) -> list[str]:
    """Word tokens as both benchmarks define them (``\\w+``, Unicode aware)."""
    return _WORD.findall(text or "")


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text with fewer than n tokens is a single shingle."""
    toks = tokens(text)
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(toks) - n + 1)):
        sh = tuple(toks[i : i + n])
        if sh:
            out[sh] += 1
    return out


def shingle_tp_fp_fn(truth: str | None, pred: str | None, n: int = 4) -> TpFpFn:
    """Per-page TP/FP/FN over shingles, normalised to sum to 1 (all zero when both empty)."""
    t, p = shingles(truth, n), shingles(pred, n)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def shingle_scores(pages: Sequence[TpFpFn]) -> dict[str, float]:
    """Benchmark-level precision, recall and F1 from per-page normalised TP/FP/FN."""
    precs = [_precision(*x) for x in pages if x[0] + x[1] > 0]
    recs = [_recall(*x) for x in pages if x[0] + x[2] > 0]
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(recs) / len(recs) if recs else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def word_prf(pred: str | None, truth: str | None) -> tuple[float, float, float]:
    """WCXB per-page word precision, recall and F1 (lower-cased bag of words)."""
    p_toks = tokens((pred or "").lower())
    t_toks = tokens((truth or "").lower())
    if not t_toks:
        return (1.0, 1.0, 1.0) if not p_toks else (0.0, 0.0, 0.0)
    if not p_toks:
        return 0.0, 0.0, 0.0
    overlap = sum((Counter(p_toks) & Counter(t_toks)).values())
    prec, rec = overlap / len(p_toks), overlap / len(t_toks)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec > 0 else 0.0
    return prec, rec, f1


def mean_prf(pages: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """Average per-page (P, R, F1) triples, as WCXB reports them."""
    rows = list(pages)
    if not rows:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    n = len(rows)
    return {
        "precision": sum(r[0] for r in rows) / n,
        "recall": sum(r[1] for r in rows) / n,
        "f1": sum(r[2] for r in rows) / n,
    }
