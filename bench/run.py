"""``make bench``: throughput and peak memory of wirewatch against bare spaCy.

Each measurement runs in its own subprocess so that peak RSS belongs to it alone. Model
loading is timed separately from processing; documents/second counts processing only.
Benchmarks print figures; they never fail on speed (speed is not a test).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guardian import guardian_records, missing_message


def worker_ours(path: Path) -> dict[str, float]:
    from wirewatch.api import process_pages
    from wirewatch.ingest.sources import iter_inputs
    from wirewatch.nlp.geo import get_geoparser
    from wirewatch.nlp.model import load_fast_model, load_model
    from wirewatch.pipeline import build_pipeline

    t0 = time.perf_counter()
    pipeline = build_pipeline()
    load_fast_model()
    load_model(disable=("ner", "lemmatizer"))
    get_geoparser()
    t1 = time.perf_counter()
    pages = iter_inputs([str(path)])
    n = sum(1 for d in process_pages(pages, pipeline) if not isinstance(d, Exception))
    t2 = time.perf_counter()
    out = {"docs": n, "load_s": t1 - t0, "run_s": t2 - t1}
    out.update({f"stage_{k}": v for k, v in pipeline.seconds.items()})
    return out


def worker_spacy(path: Path) -> dict[str, float]:
    from wirewatch.nlp.model import load_model

    texts = [json.loads(line)["text"] for line in path.read_text().splitlines()]
    t0 = time.perf_counter()
    nlp = load_model()
    t1 = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=64))
    t2 = time.perf_counter()
    return {"docs": n, "load_s": t1 - t0, "run_s": t2 - t1}


WORKERS = {"ours": worker_ours, "spacy": worker_spacy}


def run_worker(kind: str, path: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", choices=sorted(WORKERS))
    parser.add_argument("path", nargs="?", type=Path)
    args = parser.parse_args()
    if args.worker:
        out = WORKERS[args.worker](args.path)
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(out))
        return 0
    rows = guardian_records()
    if rows is None:
        raise SystemExit(missing_message("bench"))
    chars = sum(len(r["text"]) for r in rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "guardian.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows))
        print(f"Guardian sample: {len(rows)} articles, {chars / len(rows):,.0f} chars on average")
        results = {kind: run_worker(kind, path) for kind in ("ours", "spacy")}
    for kind, r in results.items():
        label = "wirewatch extract" if kind == "ours" else "spaCy en_core_web_sm (full)"
        print(
            f"  {label:30s} {r['docs'] / r['run_s']:7.1f} docs/s  "
            f"(load {r['load_s']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB)"
        )
    ratio = (results["ours"]["docs"] / results["ours"]["run_s"]) / (
        results["spacy"]["docs"] / results["spacy"]["run_s"]
    )
    print(f"  throughput ratio ours/spaCy: {ratio:.2f} (goal >= 1.0)")
    ours, spacy_s = results["ours"], results["spacy"]["run_s"]
    print("  time per stage, as a share of bare spaCy's time on the same texts:")
    for key, seconds in ours.items():
        if key.startswith("stage_"):
            print(f"    {key[6:]:10s} {seconds:6.1f} s  {100 * seconds / spacy_s:5.1f} %")
    who_where_when = sum(ours.get(f"stage_{k}", 0.0) for k in ("entities", "places", "timexes"))
    events = sum(ours.get(f"stage_{k}", 0.0) for k in ("quotes", "events"))
    print(f"  actors + places + dates: {100 * who_where_when / spacy_s:.1f} % (goal <= 15 %)")
    print(f"  events + quotes:         {100 * events / spacy_s:.1f} % (goal <= 30 %)")
    print_cleaning_cost()
    return 0


def print_cleaning_cost() -> None:
    """Cleaning cost against trafilatura on the same WCXB pages (from the evaluation run)."""
    from wirewatch.eval.catalog import load_evaluations

    evaluations = load_evaluations()
    for name in ("wcxb-articles", "wcxb-forums", "scrapinghub"):
        result = evaluations[name](None)
        if result.skipped:
            print(f"  {name}: skipped ({result.skipped})")
            continue
        ref = result.reference
        print(
            f"  cleaning {name:14s} ours {ref.get('ms_per_page', 0):6.1f} ms/page, "
            f"trafilatura {ref.get('trafilatura_ms_per_page', 0):6.1f} ms/page, "
            f"ratio {ref.get('cost_ratio', 0):.2f} (goal <= 1.3)"
        )


if __name__ == "__main__":
    sys.exit(main())
