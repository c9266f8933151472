"""Fault-injecting chunk tasks, importable by worker processes (top-level functions)."""

from __future__ import annotations

import os

from wirewatch.ingest.raw import RawPage
from wirewatch.options import Options
from wirewatch.scale.codec import Wire
from wirewatch.scale.worker import run_pages

from .pages import CRASH_MARKER


def crash_on_marker(pages: list[RawPage], options: Options) -> list[Wire]:
    """Kill the worker process outright (as a segfault or the OOM killer would)."""
    if any(CRASH_MARKER in (p.text or p.html or "") for p in pages):
        os._exit(70)
    return run_pages(pages, options)
