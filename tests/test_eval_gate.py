"""Quality gate: every evaluation with a stored floor must reach it (floors only move up).

Runs the evaluations on ../shared/data; each one skips with its reason where the dataset
is absent (as on a user's fresh clone).
"""

from __future__ import annotations

import pytest

from wirewatch.eval.catalog import load_evaluations
from wirewatch.eval.floors import check, load_floors

FLOORS = load_floors()
GATED = sorted(FLOORS.get("floors", {}))


def test_every_floor_names_a_registered_evaluation() -> None:
    assert set(GATED) <= set(load_evaluations())


@pytest.mark.parametrize("name", GATED)
def test_quality_floor(name: str) -> None:
    result = load_evaluations()[name](None)
    if result.skipped:
        pytest.skip(f"{name}: {result.skipped}")
    failures = check(result, FLOORS)
    assert not failures, "\n".join(failures)
