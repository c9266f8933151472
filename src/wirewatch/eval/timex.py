"""Date-normalisation evaluation ("timex"): the golden cases in tests/golden/timex_cases.jsonl.

Each case is a sentence with a publication date and either the expression expected and its
value (start, end, precision), or ``"expr": null`` meaning no date may be found. A case
passes on an exact match. The file lives in the source tree, not the package, so an
installed copy skips with a reason instead of failing.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from wirewatch.eval.registry import EvalResult, register_eval
from wirewatch.nlp.timex import find_timexes

CASES_RELPATH = Path("tests") / "golden" / "timex_cases.jsonl"


def golden_path() -> Path | None:
    """The cases file in the repository this module runs from (or the working directory)."""
    roots = [*Path(__file__).resolve().parents, Path.cwd()]
    for root in roots:
        p = root / CASES_RELPATH
        if p.is_file():
            return p
    return None


def load_cases(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def check_case(case: dict[str, Any]) -> str | None:
    """None when the case passes, else a one-line description of what was found instead."""
    found = find_timexes(case["sentence"], case["published"])
    if case["expr"] is None:
        return None if not found else f"expected no date, found {[t.text for t in found]}"
    for t in found:
        if t.text == case["expr"]:
            v = t.value
            got = (v.start, v.end, v.precision) if v else (None, None, None)
            want = (case["start"], case["end"], case["precision"])
            return None if got == want else f"{t.text!r}: got {got}, want {want}"
    return f"{case['expr']!r} not found; found {[t.text for t in found]}"


@register_eval("timex")
def evaluate_timex(limit: int | None = None) -> EvalResult:
    path = golden_path()
    if path is None:
        return EvalResult(name="timex", skipped=f"{CASES_RELPATH} not found (not a source tree)")
    cases = load_cases(path)[:limit]
    if not cases:
        return EvalResult(name="timex", skipped=f"{path} holds no cases")
    find_timexes("warm-up: compiles the grammar on Friday", None)
    began = time.perf_counter()
    passed = sum(check_case(c) is None for c in cases)
    elapsed = time.perf_counter() - began
    return EvalResult(
        name="timex",
        metrics={"accuracy": passed / len(cases)},
        n=len(cases),
        reference={"us_per_sentence": elapsed / len(cases) * 1e6},
    )
