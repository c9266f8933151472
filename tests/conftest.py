"""Shared fixtures: the development data in ../shared/data, skipped with a reason when absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from wirewatch.eval.registry import dataset_path

# A landing is judged by one CI run, so property tests draw the same examples on every run
# and a result depends on the code, not on the luck of the draw. To search new examples (and
# keep any failure found as an @example), run with HYPOTHESIS_PROFILE=explore.
settings.register_profile("deterministic", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


def require_data(*parts: str) -> Path:
    """Path inside ../shared/data, or skip the test saying which dataset is missing."""
    p = dataset_path(*parts)
    if p is None:
        pytest.skip(
            f"dataset {'/'.join(parts)} not found (../shared/data is absent on fresh clones)"
        )
    return p


@pytest.fixture
def seeds_dir() -> Path:
    return require_data("seeds")
