"""Expand command-line inputs (files, directories, ``.gz``, JSON/JSONL, stdin) into RawPages.

Yields a :class:`RawPage` per page or an :class:`InputError` per failure, so a caller can
report the failure and keep going with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from wirewatch.errors import InputError
from wirewatch.ingest.decode import (
    check_size,
    decode_bytes,
    gunzip_capped,
    looks_like_html,
)
from wirewatch.ingest.raw import RawPage

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".json", ".jsonl", ".ndjson")
RECORD_KEYS = ("text", "html")


def _is_input_file(p: Path) -> bool:
    name = p.name.lower()
    if name.startswith("."):
        return False
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(PAGE_SUFFIXES)


def _read_stream(name: str, fh: BinaryIO, max_bytes: int) -> bytes:
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"is over the {max_bytes / 1e6:.1f} MB limit (--max-bytes)")
    return data


def _page_from_record(name: str, rec: Any, defaults: dict[str, str | None]) -> RawPage:
    if not isinstance(rec, dict):
        raise InputError(name, f"record is a JSON {type(rec).__name__}, expected an object")
    html, text = rec.get("html"), rec.get("text")
    if not isinstance(html, str) and not isinstance(text, str):
        raise InputError(name, "record has neither a 'text' nor an 'html' string")
    meta: dict[str, str | None] = {}
    for key in ("url", "published", "site", "title"):
        val = rec.get(key)
        if val is not None and not isinstance(val, str):
            raise InputError(name, f"record field {key!r} must be a string")
        meta[key] = val if val else defaults.get(key)
    if isinstance(html, str) and html.strip():
        return RawPage(name=name, html=html, **meta)
    if isinstance(text, str) and text.strip():
        return RawPage(name=name, text=text, **meta)
    raise InputError(name, "record's text is empty")


def _records_from_jsonl(
    name: str, text: str, defaults: dict[str, str | None]
) -> Iterator[RawPage | InputError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"malformed JSON line ({err.msg} at column {err.colno})")
            continue
        try:
            yield _page_from_record(where, rec, defaults)
        except InputError as err:
            yield err


def _records_from_json(
    name: str, text: str, defaults: dict[str, str | None]
) -> Iterator[RawPage | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield InputError(name, f"invalid JSON ({err.msg} at line {err.lineno})")
        return
    items = data if isinstance(data, list) else [data]
    for i, rec in enumerate(items):
        where = f"{name}[{i}]" if isinstance(data, list) else name
        try:
            yield _page_from_record(where, rec, defaults)
        except InputError as err:
            yield err


def pages_from_bytes(
    name: str, data: bytes, defaults: dict[str, str | None], max_bytes: int
) -> Iterator[RawPage | InputError]:
    """One input's bytes → pages: JSON/JSONL records, or one HTML or text page."""
    lower = name.lower()
    try:
        if lower.endswith(".gz") or data[:2] == b"\x1f\x8b":
            data = gunzip_capped(name, data, max_bytes)
            lower = lower.removesuffix(".gz")
        check_size(name, len(data), max_bytes)
        text = decode_bytes(name, data)
    except InputError as err:
        yield err
        return
    stripped = text.lstrip()
    if lower.endswith((".jsonl", ".ndjson")):
        yield from _records_from_jsonl(name, text, defaults)
    elif lower.endswith(".json"):
        yield from _records_from_json(name, text, defaults)
    elif name == "-" and stripped.startswith("{"):
        yield from _records_from_jsonl(name, text, defaults)
    elif looks_like_html(text):
        yield RawPage(name=name, html=text, **defaults)
    else:
        yield RawPage(name=name, text=text, **defaults)


def iter_inputs(
    inputs: Iterable[str],
    defaults: dict[str, str | None] | None = None,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
) -> Iterator[RawPage | InputError]:
    """Every page named by ``inputs``, in order; directories are walked recursively."""
    defaults = defaults or {}
    for item in inputs:
        if item == "-":
            fh = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = _read_stream("-", fh, max_bytes)
            except InputError as err:
                yield err
                continue
            yield from pages_from_bytes("-", data, defaults, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_input_file(p))
            if not files:
                yield InputError(
                    item, "directory contains no inputs (.html, .txt, .json, .jsonl, .gz)"
                )
            for f in files:
                yield from _pages_from_file(f, defaults, max_bytes)
        else:
            yield from _pages_from_file(path, defaults, max_bytes)


def _pages_from_file(
    path: Path, defaults: dict[str, str | None], max_bytes: int
) -> Iterator[RawPage | InputError]:
    name = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(name, "is not a regular file")
        compressed = name.lower().endswith(".gz")
        check_size(name, size if not compressed else 0, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        yield InputError(name, "no such file or directory")
        return
    except PermissionError:
        yield InputError(name, "permission denied")
        return
    except IsADirectoryError:
        yield InputError(name, "is a directory that cannot be read")
        return
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(name, f"cannot be read ({err.strerror or err})")
        return
    yield from pages_from_bytes(name, data, defaults, max_bytes)
