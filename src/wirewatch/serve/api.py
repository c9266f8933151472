"""The JSON API: Story JSON and Document JSON as in CONTRACT.md, paged events, exports."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from wirewatch.serve.data import DEFAULT_PAGE, document_json, event_page
from wirewatch.serve.db import open_readonly
from wirewatch.serve.deps import Conn, Filter, Limit, Offset, document_key, story_number
from wirewatch.store import export
from wirewatch.store.queries import story_ids, story_json, timeline

router = APIRouter(prefix="/api")

EXPORT_TYPES = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}
CHUNK = 64 * 1024


@router.get("/stories")
def stories(conn: Conn, response: Response, limit: Limit = 100, offset: Offset = 0) -> list[dict]:
    """Story JSON (a list, as ``wirewatch stories --format json``), one page of it.

    The total is in the ``X-Total-Count`` header so the body keeps the contract's shape.
    """
    ids = story_ids(conn)
    response.headers["X-Total-Count"] = str(len(ids))
    return [story_json(conn, sid) for sid in ids[offset : offset + limit]]


@router.get("/stories/{story_id}")
def story(story_id: str, conn: Conn) -> dict:
    try:
        return story_json(conn, story_number(story_id))
    except KeyError:
        raise HTTPException(404, f"no story {story_id}") from None


@router.get("/stories/{story_id}/timeline")
def story_timeline(story_id: str, conn: Conn) -> list[dict]:
    try:
        return timeline(conn, story_number(story_id))
    except KeyError:
        raise HTTPException(404, f"no story {story_id}") from None


@router.get("/events")
def events(conn: Conn, flt: Filter, limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict:
    """Stored events (one row per document's event, as the exports) matching the filters."""
    return event_page(conn, flt, limit, offset)


@router.get("/documents/{doc_id}")
def document(doc_id: str, conn: Conn) -> dict:
    try:
        return document_json(conn, document_key(doc_id))
    except KeyError:
        raise HTTPException(404, "no such document") from None


@router.get("/export/{fmt}")
def export_events(fmt: str, request: Request) -> StreamingResponse:
    """The whole store as ``wirewatch export`` writes it, spooled to a temporary file first.

    Exports read everything, so they get their own (longer) time budget; the file is built
    before the first byte is sent, so a failure is a clean error status, not a cut-off body.
    """
    if fmt not in EXPORT_TYPES:
        raise HTTPException(404, f"no export format {fmt[:20]!r} (jsonl, csv, geojson, parquet)")
    state = request.app.state
    spool = _write_export(state.db_path, state.export_seconds, fmt)
    media_type, ext = EXPORT_TYPES[fmt]
    return StreamingResponse(
        _chunks(spool),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="wirewatch-events.{ext}"'},
        background=BackgroundTask(spool.close),
    )


def _write_export(db_path: Path, seconds: float, fmt: str) -> IO[bytes]:
    spool: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - the response closes it
    conn = open_readonly(db_path, seconds)
    try:
        if fmt == "parquet":
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "events.parquet"
                export.export_parquet(conn, path)
                with path.open("rb") as fh:
                    while chunk := fh.read(CHUNK):
                        spool.write(chunk)
        else:
            writers: dict[str, Any] = {
                "jsonl": export.export_jsonl,
                "csv": export.export_csv,
                "geojson": export.export_geojson,
            }
            text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
            writers[fmt](conn, text)
            text.flush()
            text.detach()
    except BaseException:
        spool.close()
        raise
    finally:
        conn.close()
    spool.seek(0)
    return spool


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    while chunk := spool.read(CHUNK):
        yield chunk
