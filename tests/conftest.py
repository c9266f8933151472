"""Shared fixtures: the development data in ../shared/data, skipped with a reason when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.eval.registry import dataset_path


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
