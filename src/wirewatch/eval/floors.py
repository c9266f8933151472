"""CI quality floors: stored figures that a metric may not fall below.

Floors only move up (``raise_floors``). Lowering one is an explicit act with a recorded
note (``lower_floor``), as trafilatura's evaluation gate does with its baseline file.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

from wirewatch.eval.registry import EvalResult

FLOORS_FILE = "floors.json"
# Stored floors sit this far under the measured figure so that harmless nondeterminism
# (thread scheduling, float summation order) never fails CI.
MARGIN = 0.005


def floors_path() -> Path:
    return Path(str(resources.files("wirewatch.eval").joinpath(FLOORS_FILE)))


def load_floors() -> dict[str, Any]:
    p = floors_path()
    if not p.exists():
        return {"floors": {}, "notes": []}
    return json.loads(p.read_text(encoding="utf-8"))


def save_floors(data: dict[str, Any]) -> None:
    floors_path().write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def check(result: EvalResult, floors: dict[str, Any]) -> list[str]:
    """Failures of ``result`` against its stored floors, as readable lines."""
    wanted = floors.get("floors", {}).get(result.name, {})
    failures = []
    for metric, floor in wanted.items():
        value = result.metrics.get(metric)
        if value is None:
            failures.append(f"{result.name}.{metric}: not reported (floor {floor})")
        elif value < floor:
            failures.append(f"{result.name}.{metric}: {value:.4f} is below the floor {floor:.4f}")
    return failures


def raise_floors(results: list[EvalResult]) -> list[str]:
    """Move each floor up to today's figure (less MARGIN) where it improved."""
    data = load_floors()
    changes = []
    for r in results:
        if r.skipped:
            continue
        mine = data.setdefault("floors", {}).setdefault(r.name, {})
        for metric, value in r.metrics.items():
            new = round(value - MARGIN, 4)
            if new > mine.get(metric, float("-inf")):
                changes.append(f"{r.name}.{metric}: {mine.get(metric)} -> {new}")
                mine[metric] = new
    if changes:
        save_floors(data)
    return changes


def lower_floor(name: str, metric: str, value: float, note: str) -> None:
    if not note.strip():
        raise ValueError("lowering a floor needs --note saying why")
    data = load_floors()
    old = data.setdefault("floors", {}).setdefault(name, {}).get(metric)
    data["floors"][name][metric] = value
    data.setdefault("notes", []).append(
        {
            "date": dt.date.today().isoformat(),
            "floor": f"{name}.{metric}",
            "from": old,
            "to": value,
            "why": note,
        }
    )
    save_floors(data)
