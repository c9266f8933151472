"""Floors only move up unless lowered explicitly with a note."""

from __future__ import annotations

import pytest

import wirewatch.eval.floors as floors
from wirewatch.eval.registry import EvalResult


@pytest.fixture
def floor_file(tmp_path, monkeypatch):
    path = tmp_path / "floors.json"
    path.write_text('{"floors": {"x": {"f1": 0.5}}, "notes": []}')
    monkeypatch.setattr(floors, "floors_path", lambda: path)
    return path


def test_raise_only_moves_up(floor_file) -> None:
    floors.raise_floors([EvalResult("x", {"f1": 0.4})])
    assert floors.load_floors()["floors"]["x"]["f1"] == 0.5
    floors.raise_floors([EvalResult("x", {"f1": 0.8})])
    assert floors.load_floors()["floors"]["x"]["f1"] == pytest.approx(0.8 - floors.MARGIN)


def test_lowering_needs_a_note(floor_file) -> None:
    with pytest.raises(ValueError, match="note"):
        floors.lower_floor("x", "f1", 0.1, "")
    floors.lower_floor("x", "f1", 0.1, "metric definition changed")
    data = floors.load_floors()
    assert data["floors"]["x"]["f1"] == 0.1 and data["notes"][0]["why"]


def test_check_reports_regressions(floor_file) -> None:
    data = floors.load_floors()
    assert floors.check(EvalResult("x", {"f1": 0.49}), data)
    assert not floors.check(EvalResult("x", {"f1": 0.51}), data)
    assert floors.check(EvalResult("x", {}), data)
