"""Writing one Document (contract JSON) and its parts into the store.

The document id is the content hash, so storing a document that is already present is a
no-op: re-ingest leaves the same rows. Callers wrap this in :func:`transaction` together with
the linking of the same document, so a crash never leaves half a document behind.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from wirewatch.document import Document, document_id


def as_document_dict(doc: Document | dict[str, Any]) -> dict[str, Any]:
    """The contract JSON of a Document, or a hand-made dict given an id if it lacks one."""
    if isinstance(doc, Document):
        return doc.to_dict()
    out = dict(doc)
    out.setdefault("body", "")
    if not out.get("id"):
        out["id"] = document_id(out["body"])
    return out


def document_exists(conn: sqlite3.Connection, doc_id: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None


def store_document(conn: sqlite3.Connection, d: dict[str, Any]) -> bool:
    """Insert the document and its parts; False (and no change) when it is already stored."""
    if document_exists(conn, d["id"]):
        return False
    conn.execute(
        "INSERT INTO documents (id, url, site, title, published, body, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            d["id"],
            d.get("url"),
            d.get("site"),
            d.get("title"),
            d.get("published"),
            d.get("body", ""),
            json.dumps(d, ensure_ascii=False, sort_keys=True),
        ),
    )
    doc_id = d["id"]
    conn.executemany(
        "INSERT OR IGNORE INTO comments (doc_id, id, author, posted, parent, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (doc_id, c["id"], c.get("author"), c.get("posted"), c.get("parent"), c["text"])
            for c in d.get("comments") or []
        ],
    )
    actors = d.get("actors") or {}
    conn.executemany(
        "INSERT OR IGNORE INTO actors (doc_id, key, name, country, sector, kind, aliases) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                key,
                a.get("name") or key,
                a.get("country"),
                a.get("sector"),
                a.get("kind"),
                json.dumps(a.get("aliases") or [], ensure_ascii=False),
            )
            for key, a in actors.items()
        ],
    )
    places = d.get("places") or []
    conn.executemany(
        "INSERT OR IGNORE INTO places (doc_id, idx, text, name, country, admin1, lat, lon, "
        "geonameid, feature, in_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                i,
                p.get("text"),
                p.get("name"),
                p.get("country"),
                p.get("admin1"),
                p.get("lat"),
                p.get("lon"),
                p.get("geonameid"),
                p.get("feature"),
                p.get("in", "body"),
            )
            for i, p in enumerate(places)
        ],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO events (doc_id, id, type, mode, source_name, source_country, "
        "target_name, target_country, place, place_country, lat, lon, date_start, date_end, "
        "date_precision, sentence, in_, fatalities, modality, confidence, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_event_row(doc_id, e, actors, places) for e in d.get("events") or []],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO quotes (doc_id, idx, speaker, speaker_text, text, kind, cue, in_) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                i,
                _actor_name(actors, q.get("speaker")),
                q.get("speaker_text"),
                q.get("text", ""),
                q.get("kind"),
                q.get("cue"),
                q.get("in", "body"),
            )
            for i, q in enumerate(d.get("quotes") or [])
        ],
    )
    return True


def _actor_name(actors: dict[str, Any], key: str | None) -> str | None:
    if key is None:
        return None
    a = actors.get(key)
    return (a.get("name") if a else None) or key


def event_place(e: dict[str, Any], places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The place an event points at by index, or None when absent or out of range."""
    loc = e.get("location")
    if isinstance(loc, int) and 0 <= loc < len(places):
        return places[loc]
    return None


def _event_row(
    doc_id: str, e: dict[str, Any], actors: dict[str, Any], places: list[dict[str, Any]]
) -> tuple[Any, ...]:
    src = actors.get(e.get("source") or "") or {}
    tgt = actors.get(e.get("target") or "") or {}
    place = event_place(e, places) or {}
    date = e.get("date") or {}
    return (
        doc_id,
        e["id"],
        e["type"],
        e.get("mode"),
        src.get("name") or e.get("source_text"),
        src.get("country"),
        tgt.get("name") or e.get("target_text"),
        tgt.get("country"),
        place.get("name"),
        place.get("country"),
        place.get("lat"),
        place.get("lon"),
        date.get("start"),
        date.get("end"),
        date.get("precision"),
        e.get("sentence"),
        e.get("in", "body"),
        e.get("fatalities"),
        e.get("modality"),
        e.get("confidence"),
        json.dumps(e, ensure_ascii=False, sort_keys=True),
    )
