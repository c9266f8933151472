"""The Dask path yields exactly the serial output with local and distributed schedulers."""

from __future__ import annotations

import sys

import pytest

from wirewatch.scale.dask_runner import DaskUnavailableError, extract_dask

from .helpers import DEFAULTS, OPTIONS, Record, as_records

dask = pytest.importorskip("dask", reason="dask is not installed (optional extra wirewatch[dask])")


def test_synchronous_scheduler_equals_serial(corpus: list[str], serial: list[Record]) -> None:
    assert as_records(extract_dask(corpus, OPTIONS, DEFAULTS, "synchronous")) == serial


def test_processes_scheduler_equals_serial(corpus: list[str], serial: list[Record]) -> None:
    got = as_records(extract_dask(corpus, OPTIONS, DEFAULTS, "processes", workers=2))
    assert got == serial


def test_distributed_scheduler_address_equals_serial(
    corpus: list[str], serial: list[Record]
) -> None:
    distributed = pytest.importorskip("distributed", reason="distributed is not installed")
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        assert as_records(extract_dask(corpus, OPTIONS, DEFAULTS, address)) == serial


def test_unknown_scheduler_is_refused_before_any_work(corpus: list[str]) -> None:
    with pytest.raises(DaskUnavailableError, match="unknown Dask scheduler 'gpu-farm'"):
        extract_dask(corpus, OPTIONS, DEFAULTS, "gpu-farm")


def test_missing_dask_names_the_extra(corpus: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(DaskUnavailableError, match=r"wirewatch\[dask\]"):
        extract_dask(corpus, OPTIONS, DEFAULTS, "synchronous")
