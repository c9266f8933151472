"""The Guardian sample in ../shared/data/bench, read once for every benchmark script."""

from __future__ import annotations

import csv
import io
import zipfile

from wirewatch.eval.registry import dataset_path

GUARDIAN = ("bench", "guardian_sdf_sample.csv.zip")


def guardian_records() -> list[dict[str, str]] | None:
    """``{"text", "published"}`` per non-empty article, or None when the sample is absent."""
    path = dataset_path(*GUARDIAN)
    if path is None:
        return None
    csv.field_size_limit(50_000_000)
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        rows = csv.DictReader(io.TextIOWrapper(zf.open(name), encoding="utf-8"))
        return [{"text": r["text"], "published": r["date"]} for r in rows if r["text"].strip()]


def missing_message(script: str) -> str:
    return f"{script}: skipped: {'/'.join(GUARDIAN)} not found under ../shared/data"
