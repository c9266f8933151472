"""``wirewatch eval``: run evaluations, print metrics, and manage the CI floors."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict

from wirewatch.eval.catalog import load_evaluations
from wirewatch.eval.floors import check, load_floors, lower_floor, raise_floors
from wirewatch.eval.registry import EvalResult


def _format(r: EvalResult, seconds: float) -> str:
    if r.skipped:
        return f"{r.name}: skipped ({r.skipped})"
    parts = [f"{k}={v:.4f}" for k, v in r.metrics.items()]
    line = f"{r.name} (n={r.n}, {seconds:.1f} s): " + " ".join(parts)
    numbers = {k: v for k, v in r.reference.items() if isinstance(v, int | float)}
    if numbers:
        line += "\n    reference: " + " ".join(f"{k}={v:.4f}" for k, v in numbers.items())
    return line


def run_eval_command(args: argparse.Namespace) -> int:
    if args.lower_floor:
        name, metric, value = args.lower_floor
        try:
            lower_floor(name, metric, float(value), args.note or "")
        except ValueError as err:
            print(f"wirewatch eval: {err}", file=sys.stderr)
            return 2
        print(f"lowered floor {name}.{metric} to {value}")
        return 0
    evaluations = load_evaluations()
    names = args.names or sorted(evaluations)
    unknown = [n for n in names if n not in evaluations]
    if unknown:
        known = ", ".join(sorted(evaluations)) or "none"
        print(
            f"wirewatch eval: unknown evaluation(s) {', '.join(unknown)} (known: {known})",
            file=sys.stderr,
        )
        return 2
    results, failures = [], []
    floors = load_floors()
    for name in names:
        started = time.perf_counter()
        result = evaluations[name](args.limit)
        results.append(result)
        if not args.json:
            print(_format(result, time.perf_counter() - started), flush=True)
        if not result.skipped and args.limit is None:
            failures += check(result, floors)
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
    if args.raise_floors:
        if args.limit is not None:
            print("wirewatch eval: --raise-floors needs a full run (no --limit)", file=sys.stderr)
            return 2
        for change in raise_floors(results):
            print(f"floor raised: {change}")
    for f in failures:
        print(f"BELOW FLOOR: {f}", file=sys.stderr)
    return 1 if failures else 0
