"""Merging two stories when a later document shows they are one.

Incremental clustering sees documents in arrival order, so a follow-up that shares few words
with the story's first reports opens a story of its own; when a later document is as close
to both as any member is to its own story, the two are one story. The merged story keeps
the union of members, the summed centroid (cut to the usual size), key counts and dates, and
its events are merged again so that the same event reported in both becomes one.
"""

from __future__ import annotations

import json
import sqlite3

from wirewatch.link.config import LinkConfig
from wirewatch.link.events import drop_mentions, merge_events
from wirewatch.link.stories import story_weights, write_centroid


def _merge_terms(conn: sqlite3.Connection, keep: int, gone: int, cfg: LinkConfig) -> float:
    weights = story_weights(conn, keep)
    for term, w in story_weights(conn, gone).items():
        weights[term] = weights.get(term, 0.0) + w
    conn.execute("DELETE FROM story_terms WHERE story_id = ?", (gone,))
    return write_centroid(conn, keep, weights, cfg)


def _merge_keys(conn: sqlite3.Connection, keep: int, gone: int) -> None:
    rows = conn.execute("SELECT key, count FROM story_keys WHERE story_id = ?", (gone,)).fetchall()
    conn.executemany(
        "INSERT INTO story_keys (key, story_id, count) VALUES (?, ?, ?) "
        "ON CONFLICT(key, story_id) DO UPDATE SET count = count + excluded.count",
        [(k, keep, c) for k, c in rows],
    )
    conn.execute("DELETE FROM story_keys WHERE story_id = ?", (gone,))


def _merge_header(conn: sqlite3.Connection, keep: int, gone: int, norm: float) -> None:
    a = conn.execute("SELECT * FROM stories WHERE id = ?", (keep,)).fetchone()
    b = conn.execute("SELECT * FROM stories WHERE id = ?", (gone,)).fetchone()
    starts = [s for s in (a["start"], b["start"]) if s]
    ends = [e for e in (a["end"], b["end"]) if e]
    # The story is named after its earliest report.
    title = a["title"]
    if b["start"] and (not a["start"] or b["start"] < a["start"]):
        title = b["title"] or title
    conn.execute(
        "UPDATE stories SET title = ?, start = ?, end = ?, norm = ?, size = ? WHERE id = ?",
        (
            title or b["title"],
            min(starts) if starts else None,
            max(ends) if ends else None,
            norm,
            a["size"] + b["size"],
            keep,
        ),
    )


def _merge_links(conn: sqlite3.Connection, keep: int, gone: int) -> None:
    conn.execute("UPDATE OR IGNORE story_links SET story_id = ? WHERE story_id = ?", (keep, gone))
    conn.execute(
        "UPDATE OR IGNORE story_links SET related_id = ? WHERE related_id = ?", (keep, gone)
    )
    conn.execute(
        "DELETE FROM story_links WHERE story_id = related_id OR story_id = ? OR related_id = ?",
        (gone, gone),
    )


def _merge_events(
    conn: sqlite3.Connection, keep: int, gone: int, cfg: LinkConfig, pending: str | None
) -> None:
    """Re-attach the absorbed story's original reports, oldest first, to the kept story
    (all but ``pending``, the report being linked, whose events are merged after)."""
    docs = conn.execute(
        "SELECT d.id, d.json FROM story_documents sd JOIN documents d ON d.id = sd.doc_id "
        "WHERE sd.story_id = ? AND sd.role = 'original' AND d.id IS NOT ? ORDER BY d.seq",
        (gone, pending),
    ).fetchall()
    for doc_id, _ in docs:
        drop_mentions(conn, doc_id)
    conn.execute("DELETE FROM story_events WHERE story_id = ?", (gone,))
    for _, raw in docs:
        merge_events(conn, keep, json.loads(raw), cfg)


def merge_stories(
    conn: sqlite3.Connection, keep: int, gone: int, cfg: LinkConfig, pending: str | None = None
) -> None:
    """Fold story ``gone`` into story ``keep`` (inside the caller's transaction); the events
    of ``pending``, a report not linked yet, are left to the caller."""
    if keep == gone:
        return
    norm = _merge_terms(conn, keep, gone, cfg)
    _merge_keys(conn, keep, gone)
    _merge_header(conn, keep, gone, norm)
    _merge_links(conn, keep, gone)
    _merge_events(conn, keep, gone, cfg, pending)
    conn.execute("UPDATE story_documents SET story_id = ? WHERE story_id = ?", (keep, gone))
    conn.execute("DELETE FROM stories WHERE id = ?", (gone,))
