"""Imports the modules that register evaluations, so ``EVALUATIONS`` is complete."""

from __future__ import annotations

import importlib

from wirewatch.eval.registry import EVALUATIONS, EvalFn

# Modules that call ``register_eval``; a later issue adds its module here.
EVAL_MODULES: tuple[str, ...] = (
    "wirewatch.eval.extraction",
    "wirewatch.eval.geo",
    "wirewatch.eval.timex",
    "wirewatch.eval.events",
    "wirewatch.eval.quotes",
    "wirewatch.eval.stories",
)


def load_evaluations() -> dict[str, EvalFn]:
    for name in EVAL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
    return dict(EVALUATIONS)
