"""Main-text extraction evaluations: our HTML cleaner against trafilatura on the same pages.

Registered as "scrapinghub", "wcxb-articles" and "wcxb-forums". Each page is scored for our
cleaner and for plain ``trafilatura.extract(include_comments=True)`` (the published
reference setting), with per-page wall time for both, so quality and cost are compared on
identical input. Pages are processed in a small process pool; a page that fails is counted
in ``errors`` rather than aborting the run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirewatch.eval.extraction_metrics import (
    mean_prf,
    shingle_scores,
    shingle_tp_fp_fn,
    word_prf,
)
from wirewatch.eval.registry import EVALUATIONS, EvalResult, dataset_path, register_eval

WORKERS = int(os.environ.get("WIREWATCH_EVAL_WORKERS", "2"))


@dataclass
class PageJob:
    """One page to score: where its HTML is, its truth, and how to build our prediction."""

    key: str
    html_path: str
    truth: str
    url: str | None
    metric: str  # "shingle" or "word"
    with_comments: bool


@dataclass
class PageOutcome:
    key: str
    ours: tuple[float, float, float] | None
    ref: tuple[float, float, float] | None
    ours_ms: float
    ref_ms: float
    error: str | None = None


def read_html(path: str | Path) -> str:
    """Decode a (gzipped) HTML file the way trafilatura would, so both sides see one string."""
    from trafilatura.utils import decode_file

    raw = Path(path).read_bytes()
    if str(path).endswith(".gz"):
        raw = gzip.decompress(raw)
    text = decode_file(raw)
    return text if isinstance(text, str) else raw.decode("utf-8", errors="replace")


def our_prediction(html: str, url: str | None, with_comments: bool) -> str:
    """Our cleaner's text as the benchmark sees it: body, plus thread replies for forums.

    A blog-style comment section under a forum post is not main content, as on articles.
    """
    from wirewatch.clean.html import clean_html

    cleaned = clean_html(html, url=url)
    parts = [cleaned.body]
    if with_comments and not cleaned.comment_section:
        parts += [c.text for c in cleaned.comments]
    return "\n\n".join(p for p in parts if p)


def reference_prediction(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=True) or ""


def _score(metric: str, truth: str, pred: str) -> tuple[float, float, float]:
    if metric == "shingle":
        return shingle_tp_fp_fn(truth, pred)
    return word_prf(pred, truth)


def score_page(job: PageJob) -> PageOutcome:
    """Score one page for both extractors; failures are reported, never raised."""
    html = read_html(job.html_path)
    ours = ref = None
    error = None
    t0 = time.perf_counter()
    try:
        ours = _score(job.metric, job.truth, our_prediction(html, job.url, job.with_comments))
    except ValueError as exc:  # CleaningError and parse failures: count, keep going
        error = f"{type(exc).__name__}: {exc}"
        ours = _score(job.metric, job.truth, "")
    t1 = time.perf_counter()
    ref = _score(job.metric, job.truth, reference_prediction(html, job.url))
    t2 = time.perf_counter()
    return PageOutcome(job.key, ours, ref, (t1 - t0) * 1000, (t2 - t1) * 1000, error)


_WARM_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    + "<p>This page only loads both extractors' modules and data before timing starts.</p>" * 3
    + "</article></body></html>"
)


def warm_up() -> None:
    """Run both extractors once so imports and one-time data loading (cue lists, compiled
    XPaths) are not charged to whichever side happens to process a worker's first page."""
    our_prediction(_WARM_PAGE, None, True)
    reference_prediction(_WARM_PAGE, None)


def run_jobs(jobs: list[PageJob], workers: int = WORKERS) -> list[PageOutcome]:
    """Score pages in a process pool (serially when ``workers`` <= 1)."""
    if workers <= 1 or len(jobs) < 4:
        warm_up()
        return [score_page(j) for j in jobs]
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up) as pool:
        return list(pool.map(score_page, jobs, chunksize=4))


def _timing(outcomes: list[PageOutcome]) -> dict[str, float]:
    n = max(1, len(outcomes))
    ours = sum(o.ours_ms for o in outcomes) / n
    ref = sum(o.ref_ms for o in outcomes) / n
    return {"ms_per_page": ours, "trafilatura_ms_per_page": ref, "cost_ratio": ours / ref}


def summarise(name: str, metric: str, outcomes: list[PageOutcome]) -> EvalResult:
    """Aggregate per-page outcomes the way the benchmark defines its headline figures."""
    agg: Callable[[Iterable[Any]], dict[str, float]]
    agg = shingle_scores if metric == "shingle" else mean_prf  # type: ignore[assignment]
    ours = agg([o.ours for o in outcomes if o.ours is not None])
    ref = agg([o.ref for o in outcomes if o.ref is not None])
    timing = _timing(outcomes)
    # Only quality figures (higher is better) are gated; errors and timing are reported.
    metrics = dict(ours)
    reference = {f"trafilatura_{k}": v for k, v in ref.items()}
    reference["errors"] = float(sum(1 for o in outcomes if o.error))
    reference.update(timing)
    return EvalResult(name=name, metrics=metrics, n=len(outcomes), reference=reference)


def scrapinghub_jobs(limit: int | None) -> list[PageJob] | str:
    root = dataset_path("extraction", "scrapinghub")
    if root is None or not (root / "ground-truth.json").exists():
        return "dataset extraction/scrapinghub not found"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    jobs = []
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        if path.exists():
            item = truth[key]
            jobs.append(
                PageJob(
                    key, str(path), item.get("articleBody", ""), item.get("url"), "shingle", False
                )
            )
    return jobs[:limit] if limit else jobs


def wcxb_jobs(page_type: str, limit: int | None) -> list[PageJob] | str:
    root = dataset_path("extraction", "wcxb-dev")
    if root is None or not (root / "metadata.json").exists():
        return "dataset extraction/wcxb-dev not found"
    meta = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    jobs = []
    for key in sorted(meta):
        if meta[key].get("page_type") != page_type:
            continue
        html, gt = root / "html" / f"{key}.html.gz", root / "ground-truth" / f"{key}.json"
        if not (html.exists() and gt.exists()):
            continue
        data = json.loads(gt.read_text(encoding="utf-8"))
        truth = (data.get("ground_truth") or {}).get("main_content") or ""
        jobs.append(PageJob(key, str(html), truth, data.get("url"), "word", page_type == "forum"))
    return jobs[:limit] if limit else jobs


def _evaluate(name: str, jobs: list[PageJob] | str, metric: str) -> EvalResult:
    if isinstance(jobs, str):
        return EvalResult(name=name, skipped=jobs)
    return summarise(name, metric, run_jobs(jobs))


@register_eval("scrapinghub")
def eval_scrapinghub(limit: int | None) -> EvalResult:
    """Scrapinghub article-extraction benchmark, shingle F1."""
    return _evaluate("scrapinghub", scrapinghub_jobs(limit), "shingle")


@register_eval("wcxb-articles")
def eval_wcxb_articles(limit: int | None) -> EvalResult:
    """WCXB dev article pages, word F1 on the body."""
    return _evaluate("wcxb-articles", wcxb_jobs("article", limit), "word")


@register_eval("wcxb-forums")
def eval_wcxb_forums(limit: int | None) -> EvalResult:
    """WCXB dev forum pages, word F1 on body plus comment texts."""
    return _evaluate("wcxb-forums", wcxb_jobs("forum", limit), "word")


EXTRACTION_EVALS = ("scrapinghub", "wcxb-articles", "wcxb-forums")


def format_result(res: EvalResult) -> str:
    if res.skipped:
        return f"{res.name}: skipped ({res.skipped})"
    ours = "  ".join(f"{k}={v:.3f}" for k, v in res.metrics.items())
    ref = "  ".join(f"{k}={v:.3f}" for k, v in res.reference.items())
    return f"{res.name} (n={res.n})\n  ours: {ours}\n  ref:  {ref}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extraction evaluations (ours vs trafilatura).")
    parser.add_argument("names", nargs="*", default=list(EXTRACTION_EVALS))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    for name in args.names:
        print(format_result(EVALUATIONS[name](args.limit)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
