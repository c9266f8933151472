"""Queries the web side needs beyond :mod:`wirewatch.store.queries`: filtered, paged events,
single documents, and places with coordinates for the map.

Every list is paged with a hard upper bound, so no request can ask for the whole store.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from wirewatch.store.queries import event_row

MAX_PAGE = 500
DEFAULT_PAGE = 50
MAX_OFFSET = 1_000_000
MAX_PLACES = 2_000

# Same joins and row shape as wirewatch.store.queries.event_rows (the export rows), so the API
# and the exports describe an event with the same fields; a test keeps the two in step.
_EVENT_SELECT = (
    "SELECT e.*, d.url, d.site, d.title, d.published, sd.story_id, sd.role, "
    "m.story_event_id FROM events e JOIN documents d ON d.id = e.doc_id "
    "LEFT JOIN story_documents sd ON sd.doc_id = e.doc_id "
    "LEFT JOIN story_event_mentions m ON m.doc_id = e.doc_id AND m.event_id = e.id"
)


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``/api/events``; ``None`` means "any". Dates compare as ISO prefixes."""

    type: str | None = None
    country: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.type:
            clauses.append("e.type = ?")
            params.append(self.type)
        if self.country:
            clauses.append("? IN (e.source_country, e.target_country, e.place_country)")
            params.append(self.country)
        if self.date_from:
            clauses.append("e.date_start >= ?")
            params.append(self.date_from)
        if self.date_to:
            # inclusive on the given precision: to=2021-07 keeps every day of July
            clauses.append("substr(e.date_start, 1, ?) <= ?")
            params += [len(self.date_to), self.date_to]
        if self.q and "\x00" in self.q:
            # SQLite's LIKE stops reading a pattern at NUL, so "%\x00%" would match every
            # sentence; stored sentences hold no NUL, so such a query has no hits.
            clauses.append("0")
        elif self.q:
            clauses.append("e.sentence LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(self.q) + "%")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def event_page(
    conn: sqlite3.Connection, flt: EventFilter, limit: int = DEFAULT_PAGE, offset: int = 0
) -> dict[str, Any]:
    """One page of events matching ``flt``, newest report order kept stable by (seq, id)."""
    limit = max(1, min(limit, MAX_PAGE))
    offset = max(0, min(offset, MAX_OFFSET))
    where, params = flt.where()
    total = conn.execute(
        f"SELECT COUNT(*) FROM events e{where}",  # clauses are fixed strings
        params,
    ).fetchone()[0]
    rows = conn.execute(
        f"{_EVENT_SELECT}{where} ORDER BY d.seq, e.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if offset + limit < total else None,
        "items": [event_row(r) for r in rows],
    }


def document_json(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """The stored Document JSON; KeyError when the id is unknown."""
    row = conn.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise KeyError(doc_id)
    return json.loads(row[0])


def document_links(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """Where a document sits: its story, its role there, and the original it copies."""
    story = conn.execute(
        "SELECT story_id, role FROM story_documents WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    copy = conn.execute(
        "SELECT original_id, similarity FROM near_duplicates WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    copies = [
        r[0]
        for r in conn.execute(
            "SELECT doc_id FROM near_duplicates WHERE original_id = ? ORDER BY doc_id LIMIT 100",
            (doc_id,),
        )
    ]
    return {
        "story": f"S{story['story_id']}" if story else None,
        "role": story["role"] if story else None,
        "original": copy["original_id"] if copy else None,
        "similarity": copy["similarity"] if copy else None,
        "copies": copies,
    }


def document_titles(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, site, URL and date of each id, to cite sources by more than a hash."""
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(doc_ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = doc_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            f"SELECT id, title, site, url, published FROM documents WHERE id IN ({marks})",
            chunk,
        ):
            out[r["id"]] = dict(r)
    return out


def mapped_places(conn: sqlite3.Connection, limit: int = MAX_PLACES) -> list[dict[str, Any]]:
    """Event locations with coordinates, one row per place, most-reported first."""
    rows = conn.execute(
        "SELECT place, place_country, ROUND(lat, 3) AS lat, ROUND(lon, 3) AS lon, "
        "COUNT(*) AS events, COUNT(DISTINCT doc_id) AS documents, "
        "MIN(date_start) AS first, MAX(date_start) AS last FROM events "
        "WHERE lat IS NOT NULL AND lon IS NOT NULL "
        "AND lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180 "
        "GROUP BY place, place_country, ROUND(lat, 3), ROUND(lon, 3) "
        "ORDER BY events DESC, place LIMIT ?",
        (limit,),
    ).fetchall()
    return [dict(r) for r in rows]


def event_types(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type")]


def story_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]


def story_rows(conn: sqlite3.Connection, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of stories with their sizes, cheap enough for a list page (no Story JSON)."""
    rows = conn.execute(
        "SELECT s.id, s.title, s.start, s.end, "
        "(SELECT COUNT(*) FROM story_documents d WHERE d.story_id = s.id "
        " AND d.role = 'original') AS documents, "
        "(SELECT COUNT(*) FROM story_documents d WHERE d.story_id = s.id "
        " AND d.role = 'copy') AS copies, "
        "(SELECT COUNT(*) FROM story_events e WHERE e.story_id = s.id) AS events "
        "FROM stories s ORDER BY s.start IS NULL, s.start, s.id LIMIT ? OFFSET ?",
        (max(1, min(limit, MAX_PAGE)), max(0, min(offset, MAX_OFFSET))),
    ).fetchall()
    return [{**dict(r), "id": f"S{r['id']}"} for r in rows]
