"""Comparable forms of an extract() stream for the scale tests."""

from __future__ import annotations

import json
from collections.abc import Iterable

from wirewatch.document import Document
from wirewatch.errors import InputError
from wirewatch.options import Options

# Small batches so that a handful of pages still makes several chunks for the workers.
OPTIONS = Options(batch_size=2)
DEFAULTS: dict[str, str | None] = {"published": "2024-03-03"}

Record = tuple[str, str]


def as_records(items: Iterable[Document | InputError]) -> list[Record]:
    """Full contract JSON per document (ids, events, everything); name: reason per error."""
    out: list[Record] = []
    for item in items:
        if isinstance(item, InputError):
            out.append(("error", f"{item.name}: {item.reason}"))
        else:
            assert isinstance(item, Document)
            out.append(("document", json.dumps(item.to_dict(), sort_keys=True)))
    return out


def input_names(records: list[Record]) -> list[str]:
    """Which input each record came from, in order."""
    return [json.loads(t)["source_name"] if k == "document" else t for k, t in records]
