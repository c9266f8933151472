"""``--workers`` and ``--dask`` parse, validate, and pick the right runner."""

from __future__ import annotations

import argparse
import sys
import types

import pytest

from wirewatch.options import Options
from wirewatch.scale.cli_options import add_scale_options, run_extract


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="+")
    add_scale_options(parser)
    return parser.parse_args(list(argv))


def test_defaults_are_serial() -> None:
    args = parse("a.txt")
    assert (args.workers, args.dask) == (1, None)


@pytest.mark.parametrize("bad", ["0", "-2", "two"])
def test_bad_worker_counts_are_usage_errors(bad: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse("a.txt", "--workers", bad)
    assert exit_info.value.code == 2


def test_runner_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    fake_local = types.SimpleNamespace(
        extract_parallel=lambda *a, **k: calls.append(f"pool:{a[3]}") or iter(())
    )
    fake_dask = types.SimpleNamespace(
        extract_dask=lambda *a, **k: calls.append(f"dask:{a[3]}:{k['workers']}") or iter(())
    )
    fake_api = types.SimpleNamespace(extract=lambda *a, **k: calls.append("serial") or iter(()))
    monkeypatch.setitem(sys.modules, "wirewatch.scale.local", fake_local)
    monkeypatch.setitem(sys.modules, "wirewatch.scale.dask_runner", fake_dask)
    monkeypatch.setitem(sys.modules, "wirewatch.api", fake_api)
    options = Options()
    run_extract(parse("a.txt"), options, {})
    run_extract(parse("a.txt", "--workers", "3"), options, {})
    run_extract(parse("a.txt", "--dask", "tcp://127.0.0.1:8786"), options, {})
    run_extract(parse("a.txt", "--dask", "processes", "--workers", "2"), options, {})
    assert calls == ["serial", "pool:3", "dask:tcp://127.0.0.1:8786:None", "dask:processes:2"]
