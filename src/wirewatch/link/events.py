"""Merging events across a story's documents: one real-world event, many citations.

Two mentions are the same event when their types agree, their actors and place do not
contradict each other (a missing one is no contradiction), and their dates are within a few
days. Events in reader comments never become news mentions (CONTRACT.md).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from wirewatch.link.config import LinkConfig
from wirewatch.link.features import actor_key, parse_date, place_key
from wirewatch.store.write import event_place

SKIPPED_MODALITIES = frozenset({"hypothetical", "negated"})


def _mention(e: dict[str, Any], d: dict[str, Any]) -> dict[str, Any]:
    actors = d.get("actors") or {}
    src = actors.get(e.get("source") or "")
    tgt = actors.get(e.get("target") or "")
    if src is None and e.get("source_text"):
        src = {"name": e["source_text"]}
    if tgt is None and e.get("target_text"):
        tgt = {"name": e["target_text"]}
    place = event_place(e, d.get("places") or [])
    date = e.get("date")
    if not date and d.get("published"):
        day = str(d["published"])[:10]
        date = {"start": day, "end": day, "text": "", "precision": "day", "from": "published"}
    return {
        "type": e["type"],
        "source": src,
        "target": tgt,
        "location": place,
        "date": date,
        "source_key": actor_key(src),
        "target_key": actor_key(tgt),
        "place_key": place_key(place),
        "date_start": (date or {}).get("start"),
    }


def _compatible(m: dict[str, Any], row: sqlite3.Row, window: float) -> int | None:
    """None when the two contradict; else how many of actors/place positively agree."""
    agree = 0
    for key in ("source_key", "target_key", "place_key"):
        a, b = m[key], row[key]
        if a and b:
            if a != b:
                return None
            agree += 1
    da, db = parse_date(m["date_start"]), parse_date(row["date_start"])
    if da and db and abs((da - db).days) > window:
        return None
    if agree == 0 and not (da and db):
        return None  # nothing but a type in common: too weak to call it one event
    return agree


def _nearby(
    conn: sqlite3.Connection, story_id: int, m: dict[str, Any], window: float
) -> list[sqlite3.Row]:
    """Same-type story events dated within the window (or undated): an index range read."""
    day = parse_date(m["date_start"])
    sql = "SELECT * FROM story_events WHERE story_id = ? AND type = ?"
    if day is None:
        return conn.execute(sql + " LIMIT 500", (story_id, m["type"])).fetchall()
    lo = (day - dt.timedelta(days=window)).isoformat()
    hi = (day + dt.timedelta(days=window)).isoformat() + "~"
    return conn.execute(
        sql + " AND (date_start IS NULL OR date_start BETWEEN ? AND ?)",
        (story_id, m["type"], lo, hi),
    ).fetchall()


def merge_events(
    conn: sqlite3.Connection, story_id: int, d: dict[str, Any], cfg: LinkConfig
) -> int:
    """Attach each news event of ``d`` to a matching story event or a new one; returns count."""
    n = 0
    for e in d.get("events") or []:
        if e.get("in", "body") != "body" or e.get("modality") in SKIPPED_MODALITIES:
            continue
        m = _mention(e, d)
        best_rank: tuple[int, int, int] | None = None
        for row in _nearby(conn, story_id, m, cfg.event_date_window_days):
            agree = _compatible(m, row, cfg.event_date_window_days)
            if agree is None:
                continue
            da, db = parse_date(m["date_start"]), parse_date(row["date_start"])
            distance = abs((da - db).days) if da and db else 0
            rank = (agree, -distance, -row["id"])
            if best_rank is None or rank > best_rank:
                best_rank = rank
        if best_rank is None:
            event_id = _new_story_event(conn, story_id, m)
        else:
            event_id = -best_rank[2]
            _fill_missing(conn, event_id, m)
        conn.execute(
            "INSERT OR IGNORE INTO story_event_mentions (story_event_id, doc_id, event_id, "
            "sentence) VALUES (?, ?, ?, ?)",
            (event_id, d["id"], e["id"], e.get("sentence")),
        )
        n += 1
    return n


def _dump(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None


def _new_story_event(conn: sqlite3.Connection, story_id: int, m: dict[str, Any]) -> int:
    date = m["date"] or {}
    cur = conn.execute(
        "INSERT INTO story_events (story_id, type, source_key, target_key, place_key, "
        "date_start, date_end, source_json, target_json, location_json, date_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            story_id,
            m["type"],
            m["source_key"],
            m["target_key"],
            m["place_key"],
            date.get("start"),
            date.get("end"),
            _dump(m["source"]),
            _dump(m["target"]),
            _dump(m["location"]),
            _dump(m["date"]),
        ),
    )
    return int(cur.lastrowid)


def _fill_missing(conn: sqlite3.Connection, event_id: int, m: dict[str, Any]) -> None:
    """A later report may name an actor, place or date the first one left out."""
    row = conn.execute("SELECT * FROM story_events WHERE id = ?", (event_id,)).fetchone()
    updates: dict[str, Any] = {}
    for key, js, value in (
        ("source_key", "source_json", m["source"]),
        ("target_key", "target_json", m["target"]),
        ("place_key", "location_json", m["location"]),
    ):
        if not row[key] and m[key]:
            updates[key], updates[js] = m[key], _dump(value)
    if not row["date_start"] and m["date_start"]:
        updates["date_start"] = m["date_start"]
        updates["date_end"] = (m["date"] or {}).get("end")
        updates["date_json"] = _dump(m["date"])
    if updates:
        sets = ", ".join(f"{k} = ?" for k in updates)
        conn.execute(f"UPDATE story_events SET {sets} WHERE id = ?", [*updates.values(), event_id])


def drop_mentions(conn: sqlite3.Connection, doc_id: str) -> None:
    """Withdraw a document's mentions (it turned out to be a copy); empty events go too."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT story_event_id FROM story_event_mentions WHERE doc_id = ?", (doc_id,)
        )
    ]
    conn.execute("DELETE FROM story_event_mentions WHERE doc_id = ?", (doc_id,))
    for sid in ids:
        conn.execute(
            "DELETE FROM story_events WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM story_event_mentions WHERE story_event_id = ?)",
            (sid, sid),
        )
