"""Story clustering quality on the generated labelled set (``wirewatch eval stories``).

Clusters the set through the real store and linker (a temporary SQLite file), then scores
the story assignment against the gold labels with pairwise and B-cubed precision/recall/F1.
Run twice: with the actors/places/events a full pipeline gives, and text only.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Hashable
from pathlib import Path

from wirewatch.eval.registry import EvalResult, register_eval


def pairwise_f1(gold: dict[str, Hashable], pred: dict[str, Hashable]) -> tuple[float, float, float]:
    """Precision, recall, F1 over same-cluster pairs of items (counted without listing pairs)."""

    def pairs(groups: dict[Hashable, int]) -> int:
        return sum(n * (n - 1) // 2 for n in groups.values())

    by_gold: dict[Hashable, int] = defaultdict(int)
    by_pred: dict[Hashable, int] = defaultdict(int)
    by_both: dict[tuple[Hashable, Hashable], int] = defaultdict(int)
    for item, g in gold.items():
        p = pred[item]
        by_gold[g] += 1
        by_pred[p] += 1
        by_both[(g, p)] += 1
    tp, gp, pp = pairs(by_both), pairs(by_gold), pairs(by_pred)
    precision = tp / pp if pp else 1.0
    recall = tp / gp if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def bcubed_f1(gold: dict[str, Hashable], pred: dict[str, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1: per-item overlap of its predicted and gold clusters."""
    by_gold: dict[Hashable, set[str]] = defaultdict(set)
    by_pred: dict[Hashable, set[str]] = defaultdict(set)
    for item, g in gold.items():
        by_gold[g].add(item)
        by_pred[pred[item]].add(item)
    p_sum = r_sum = 0.0
    for item in gold:
        g, p = by_gold[gold[item]], by_pred[pred[item]]
        both = len(g & p)
        p_sum += both / len(p)
        r_sum += both / len(g)
    n = len(gold) or 1
    precision, recall = p_sum / n, r_sum / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def cluster(docs: list[dict], db_path: Path) -> dict[str, int]:
    """Story id per document id after ingesting ``docs`` in order."""
    from wirewatch.store.ingest import ingest_documents
    from wirewatch.store.sqlite import connect

    ingest_documents(docs, db_path)
    conn = connect(db_path)
    try:
        return {r["doc_id"]: r["story_id"] for r in conn.execute("SELECT * FROM story_documents")}
    finally:
        conn.close()


def score(docs: list[dict], db_path: Path) -> dict[str, float]:
    pred = cluster(docs, db_path)
    gold = {d["id"]: d["story"] for d in docs}
    pp, pr, pf = pairwise_f1(gold, pred)
    bp, br, bf = bcubed_f1(gold, pred)
    return {
        "pairwise_p": pp, "pairwise_r": pr, "pairwise_f1": pf,
        "bcubed_p": bp, "bcubed_r": br, "bcubed_f1": bf,
    }  # fmt: skip


# Thresholds in link/thresholds.yaml were set looking at seed 7; the gate uses other seeds.
TUNING_SEED = 7
HELD_OUT_SEEDS = (11, 23)


def _score_seed(seed: int, limit: int | None, tmp: Path) -> dict[str, float]:
    from wirewatch.eval.story_set import story_documents, text_only

    docs = story_documents(seed=seed)
    if limit:
        docs = docs[:limit]
    metrics = score(docs, tmp / f"full-{seed}.db")
    text = score([text_only(d) for d in docs], tmp / f"text-{seed}.db")
    metrics.update({f"text_only_{k}": v for k, v in text.items()})
    return metrics


@register_eval("stories")
def evaluate_stories(limit: int | None = None) -> EvalResult:
    """Pairwise and B-cubed F1 on generated story sets from seeds never used for tuning."""
    from wirewatch.eval.story_set import story_documents

    with tempfile.TemporaryDirectory() as tmp:
        runs = [_score_seed(seed, limit, Path(tmp)) for seed in HELD_OUT_SEEDS]
        tuned = _score_seed(TUNING_SEED, limit, Path(tmp))
    metrics = {k: round(sum(r[k] for r in runs) / len(runs), 4) for k in runs[0]}
    reference = {f"tuning_seed_{k}": round(v, 4) for k, v in tuned.items() if "f1" in k}
    n = sum(len(story_documents(seed=s)[:limit] if limit else story_documents(seed=s))
            for s in HELD_OUT_SEEDS)  # fmt: skip
    return EvalResult("stories", metrics, n=n, reference=reference)
