"""The process-pool path yields exactly the serial output, in order, and survives crashes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wirewatch.scale import local
from wirewatch.scale.local import CRASH_REASON, extract_parallel

from .faults import crash_on_marker
from .helpers import DEFAULTS, OPTIONS, Record, as_records, input_names
from .pages import write_crash_page


@pytest.fixture(scope="module")
def parallel(corpus: list[str]) -> list[Record]:
    return as_records(extract_parallel(corpus, OPTIONS, DEFAULTS, workers=2))


def test_parallel_equals_serial_document_by_document(
    serial: list[Record], parallel: list[Record]
) -> None:
    assert len(parallel) == len(serial)
    for got, want in zip(parallel, serial, strict=True):
        assert got == want


def test_corpus_exercises_documents_events_and_errors(serial: list[Record]) -> None:
    kinds = [k for k, _ in serial]
    assert kinds.count("document") >= 6
    assert any('"events": [{' in text for kind, text in serial if kind == "document")


def test_order_and_bad_inputs_are_reported_by_name(
    serial: list[Record], parallel: list[Record]
) -> None:
    names = input_names(parallel)
    assert names == input_names(serial)
    errors = [t for k, t in parallel if k == "error"]
    assert any("c_records.jsonl:2: malformed JSON line" in e for e in errors)
    assert any("c_records.jsonl:3: record has neither" in e for e in errors)
    assert any("d_bad.json: invalid JSON" in e for e in errors)
    assert errors[-1].endswith("missing.txt: no such file or directory")
    docs = [n for n in names if "/" in n and ":" not in n.rsplit("/", 1)[-1]]
    assert docs == sorted(docs)


def test_one_worker_is_the_serial_path(
    corpus: list[str], serial: list[Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("workers=1 must not start a pool")

    monkeypatch.setattr(local, "WorkerPool", no_pool)
    assert as_records(extract_parallel(corpus, OPTIONS, DEFAULTS, workers=1)) == serial


def test_a_worker_crash_fails_only_the_page_that_caused_it(
    corpus: list[str], serial: list[Record], tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    shutil.copytree(corpus[0], folder)
    crash = write_crash_page(folder)
    inputs = [str(folder), str(folder / "missing.txt")]
    got = as_records(extract_parallel(inputs, OPTIONS, DEFAULTS, workers=2, task=crash_on_marker))
    assert ("error", f"{crash}: {CRASH_REASON}") in got
    rest = [r for r in got if not r[1].startswith(str(crash))]
    assert [r[0] for r in rest] == [r[0] for r in serial]
    for (kind, text), (_, want) in zip(rest, serial, strict=True):
        if kind == "document":
            assert text.replace(str(folder), corpus[0]) == want


def test_workers_must_be_positive(corpus: list[str]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_parallel(corpus, OPTIONS, DEFAULTS, workers=0))
