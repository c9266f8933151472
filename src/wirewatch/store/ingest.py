"""``ingest``: inputs → per-document pipeline → store → cross-document linking.

Input reading and the pipeline are :mod:`wirewatch.api`'s (files, directories, stdin, JSON
records); this module adds URLs and feeds, then stores each document and links it inside
one transaction, so an interrupted ingest leaves whole documents only and a rerun finishes
the job (documents already stored are recognised by id and skipped).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from wirewatch.document import Document
from wirewatch.errors import InputError
from wirewatch.ingest.fetch import FetchLimits, is_url, pages_from_url
from wirewatch.ingest.raw import RawPage
from wirewatch.ingest.sources import iter_inputs
from wirewatch.link.config import LinkConfig, load_link_config
from wirewatch.link.linker import link_document
from wirewatch.options import Options
from wirewatch.store.sqlite import DEFAULT_DB, connect, transaction
from wirewatch.store.write import as_document_dict, store_document


@dataclass
class IngestReport:
    stored: int = 0
    already_stored: int = 0
    copies: int = 0
    new_stories: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


def _pages(
    inputs: Iterable[str],
    options: Options,
    defaults: dict[str, str | None],
    stdin: BinaryIO | None,
    limits: FetchLimits,
) -> Iterator[RawPage | InputError]:
    for item in inputs:
        if is_url(item):
            yield from pages_from_url(item, limits)
        else:
            yield from iter_inputs(
                [item], defaults=defaults, max_bytes=options.max_bytes, stdin=stdin
            )


def store_and_link(
    conn: sqlite3.Connection,
    doc: Document | dict[str, Any],
    cfg: LinkConfig,
    report: IngestReport,
) -> None:
    """One document, stored and linked in one transaction (all or nothing)."""
    d = as_document_dict(doc)
    with transaction(conn):
        if not store_document(conn, d):
            report.already_stored += 1
            return
        result = link_document(conn, d, cfg)
    report.stored += 1
    report.copies += result.copy_of is not None
    report.new_stories += result.new_story


def ingest_documents(
    docs: Iterable[Document | dict[str, Any]],
    db_path: str | Path = DEFAULT_DB,
    link_config: LinkConfig | None = None,
) -> IngestReport:
    """Store and link ready-made documents (Document objects or contract JSON dicts)."""
    cfg = link_config or load_link_config()
    report = IngestReport()
    began = time.perf_counter()
    conn = connect(db_path)
    try:
        for doc in docs:
            store_and_link(conn, doc, cfg, report)
    finally:
        conn.close()
    report.seconds = time.perf_counter() - began
    return report


def ingest(
    inputs: Iterable[str],
    db_path: str | Path = DEFAULT_DB,
    options: Options | None = None,
    *,
    link_config: LinkConfig | None = None,
    defaults: dict[str, str | None] | None = None,
    stdin: BinaryIO | None = None,
    allow_private: bool = False,
) -> IngestReport:
    """Run the pipeline over inputs (files, dirs, ``-``, http(s) URLs, feeds) into the store.

    Failed inputs are listed in the report with their reasons; the rest are stored.
    ``allow_private`` lets URLs reach private/loopback hosts and exists for tests only.
    """
    from wirewatch.api import process_pages
    from wirewatch.pipeline import build_pipeline

    options = options or Options()
    cfg = link_config or load_link_config()
    limits = FetchLimits(max_bytes=options.max_bytes, allow_private=allow_private)
    report = IngestReport()
    began = time.perf_counter()
    conn = connect(db_path)
    try:
        pipeline = build_pipeline(options=options)
        pages = _pages(inputs, options, defaults or {}, stdin, limits)
        for item in process_pages(pages, pipeline):
            if isinstance(item, InputError):
                report.failed.append((item.name, item.reason))
                continue
            store_and_link(conn, item, cfg, report)
    finally:
        conn.close()
    report.seconds = time.perf_counter() - began
    return report
