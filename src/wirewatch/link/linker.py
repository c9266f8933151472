"""Cross-document linking of one newly stored document, inside the caller's transaction.

Order: near-duplicate check (a copy is tied to its original and adds nothing else), else
story assignment, then event merging. The syndicated copy's original is the earliest
published member of the group (first stored on ties); an earlier copy arriving late takes
over as original.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from wirewatch.link.config import LinkConfig
from wirewatch.link.events import drop_mentions, merge_events
from wirewatch.link.features import document_features
from wirewatch.link.merge import merge_stories
from wirewatch.link.neardup import find_copy_of, signature, store_signature
from wirewatch.link.stories import (
    add_to_story,
    choose_story,
    count_document,
    document_vector,
    link_related,
)


@dataclass(frozen=True)
class LinkResult:
    story_id: int
    new_story: bool
    copy_of: str | None = None


def _published_key(conn: sqlite3.Connection, doc_id: str) -> tuple[str, int]:
    row = conn.execute("SELECT published, seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return ((row["published"] or "9999")[:10], row["seq"])


def link_document(conn: sqlite3.Connection, d: dict[str, Any], cfg: LinkConfig) -> LinkResult:
    sig = signature(d.get("body", ""), cfg)
    match = find_copy_of(conn, sig, cfg)
    store_signature(conn, d["id"], sig, cfg)
    if match is not None:
        row = conn.execute(
            "SELECT original_id FROM near_duplicates WHERE doc_id = ?", (match.doc_id,)
        ).fetchone()
        original = row["original_id"] if row else match.doc_id
        member = conn.execute(
            "SELECT story_id FROM story_documents WHERE doc_id = ?", (original,)
        ).fetchone()
        if member is not None:
            return _join_group(conn, d, original, member["story_id"], match.jaccard, cfg)
    f = document_features(d)
    vec = document_vector(conn, f, cfg)
    decision = choose_story(conn, vec, f, cfg)
    story_id = add_to_story(conn, decision.story_id, vec, f, cfg)
    count_document(conn, f)
    if decision.related:
        link_related(conn, story_id, decision.related)
    conn.execute(
        "INSERT INTO story_documents (doc_id, story_id, role, score) VALUES (?, ?, 'original', ?)",
        (d["id"], story_id, round(decision.score, 4)),
    )
    for other in decision.bridged:
        # The smaller story is folded into the larger: merging re-reads the absorbed
        # story's reports, so the work stays proportional to the smaller side.
        keep, gone = story_id, other
        if _size(conn, other) > _size(conn, story_id):
            keep, gone = other, story_id
        merge_stories(conn, keep, gone, cfg, pending=d["id"])
        story_id = keep
    merge_events(conn, story_id, d, cfg)
    return LinkResult(story_id, decision.story_id is None)


def _size(conn: sqlite3.Connection, story_id: int) -> int:
    row = conn.execute("SELECT size FROM stories WHERE id = ?", (story_id,)).fetchone()
    return int(row["size"]) if row else 0


def _join_group(
    conn: sqlite3.Connection,
    d: dict[str, Any],
    original: str,
    story_id: int,
    similarity: float,
    cfg: LinkConfig,
) -> LinkResult:
    new_key = _published_key(conn, d["id"])
    if new_key[0] < _published_key(conn, original)[0]:
        # The newcomer was published first: it becomes the group's original.
        conn.execute(
            "UPDATE near_duplicates SET original_id = ? WHERE original_id = ?", (d["id"], original)
        )
        conn.execute(
            "INSERT INTO near_duplicates (doc_id, original_id, similarity) VALUES (?, ?, ?)",
            (original, d["id"], round(similarity, 4)),
        )
        conn.execute("UPDATE story_documents SET role = 'copy' WHERE doc_id = ?", (original,))
        drop_mentions(conn, original)
        conn.execute(
            "INSERT INTO story_documents (doc_id, story_id, role, score) "
            "VALUES (?, ?, 'original', ?)",
            (d["id"], story_id, round(similarity, 4)),
        )
        day = new_key[0] if new_key[0] != "9999" else None
        if day:
            conn.execute(
                "UPDATE stories SET start = ?, title = COALESCE(?, title) "
                "WHERE id = ? AND (start IS NULL OR start > ?)",
                (day, d.get("title"), story_id, day),
            )
        merge_events(conn, story_id, d, cfg)
        return LinkResult(story_id, False, None)
    conn.execute(
        "INSERT INTO near_duplicates (doc_id, original_id, similarity) VALUES (?, ?, ?)",
        (d["id"], original, round(similarity, 4)),
    )
    conn.execute(
        "INSERT INTO story_documents (doc_id, story_id, role, score) VALUES (?, ?, 'copy', ?)",
        (d["id"], story_id, round(similarity, 4)),
    )
    return LinkResult(story_id, False, original)
