"""Registry of evaluations run by ``wirewatch eval``; each one reads ``../shared/data``.

An evaluation is a function returning an :class:`EvalResult`. It never raises for a missing
dataset: it returns a result with ``skipped`` set to the reason, so CI and users see why.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class EvalResult:
    name: str
    metrics: dict[str, float] = field(default_factory=dict)
    n: int = 0
    skipped: str | None = None
    # Figures printed for comparison (e.g. trafilatura on the same pages); not gated.
    reference: dict[str, float] = field(default_factory=dict)


EvalFn = Callable[[int | None], EvalResult]
EVALUATIONS: dict[str, EvalFn] = {}


def register_eval(name: str) -> Callable[[EvalFn], EvalFn]:
    """Register ``fn(limit)`` under ``name``; ``limit`` caps the number of items (None: all)."""

    def wrap(fn: EvalFn) -> EvalFn:
        EVALUATIONS[name] = fn
        return fn

    return wrap


def shared_data_dir() -> Path | None:
    """``$WIREWATCH_DATA`` or ``../shared/data`` beside the project root, if it exists."""
    env = os.environ.get("WIREWATCH_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents]
    candidates.append(Path.cwd().parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def dataset_path(*parts: str) -> Path | None:
    """Path of a file or folder inside the shared data, or None when it is absent."""
    root = shared_data_dir()
    if root is None:
        return None
    p = root.joinpath(*parts)
    return p if p.exists() else None
