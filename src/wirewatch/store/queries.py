"""Read side of the store: Story JSON, timelines and export rows.

Story JSON follows CONTRACT.md; disagreements are computed when read, from the merged
events' evidence and the story's documents, so they always reflect the current store.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from wirewatch.link.disagreements import story_disagreements

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")
SUMMARY_SENTENCES = 5


def _load(value: str | None) -> Any:
    return json.loads(value) if value else None


def _lead_sentence(body: str) -> str:
    first = body.strip().split("\n\n", 1)[0][:2000]
    return _SENTENCE_END.split(first, 1)[0].strip()


def story_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM stories ORDER BY start IS NULL, start, id")]


def story_events(conn: sqlite3.Connection, story_id: int) -> list[dict[str, Any]]:
    """Merged events of a story, each with every citing document and its sentence."""
    out = []
    rows = conn.execute(
        "SELECT * FROM story_events WHERE story_id = ? ORDER BY date_start IS NULL, date_start, id",
        (story_id,),
    ).fetchall()
    for row in rows:
        mentions = conn.execute(
            "SELECT m.doc_id, m.sentence, e.date_start, e.date_precision, d.published "
            "FROM story_event_mentions m "
            "JOIN events e ON e.doc_id = m.doc_id AND e.id = m.event_id "
            "JOIN documents d ON d.id = m.doc_id "
            "WHERE m.story_event_id = ? ORDER BY d.published IS NULL, d.published, d.seq",
            (row["id"],),
        ).fetchall()
        documents = list(dict.fromkeys(m["doc_id"] for m in mentions))
        out.append(
            {
                "id": f"S{story_id}E{row['id']}",
                "type": row["type"],
                "source": _load(row["source_json"]),
                "target": _load(row["target_json"]),
                "location": _load(row["location_json"]),
                "date": _load(row["date_json"]),
                "documents": documents,
                # Only a date stated to the day can contradict another source; a week-wide
                # window around the report date is an estimate, not a claim.
                "evidence": [
                    {
                        "document": m["doc_id"],
                        "sentence": m["sentence"],
                        "date": m["date_start"] if m["date_precision"] == "day" else None,
                    }
                    for m in mentions
                ],
            }
        )
    return out


def story_json(conn: sqlite3.Connection, story_id: int) -> dict[str, Any]:
    story = conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if story is None:
        raise KeyError(story_id)
    members = conn.execute(
        "SELECT s.doc_id, s.role, d.body, d.published, d.title, n.original_id "
        "FROM story_documents s JOIN documents d ON d.id = s.doc_id "
        "LEFT JOIN near_duplicates n ON n.doc_id = s.doc_id "
        "WHERE s.story_id = ? ORDER BY d.published IS NULL, d.published, d.seq",
        (story_id,),
    ).fetchall()
    originals = [m for m in members if m["role"] == "original"]
    events = story_events(conn, story_id)
    bodies = {m["doc_id"]: m["body"] for m in originals}
    summary: list[dict[str, str]] = []
    for ev in sorted(events, key=lambda e: -len(e["documents"])):
        first = ev["evidence"][0] if ev["evidence"] else None
        seen = {item["sentence"] for item in summary}
        if (
            first
            and first["sentence"]
            and first["sentence"] not in seen
            and (len(summary) < SUMMARY_SENTENCES)
        ):
            summary.append({"sentence": first["sentence"], "document": first["document"]})
    if not summary:
        for m in originals[:SUMMARY_SENTENCES]:
            lead = _lead_sentence(m["body"])
            if lead:
                summary.append({"sentence": lead, "document": m["doc_id"]})
    related = [
        f"S{r[0]}"
        for r in conn.execute(
            "SELECT related_id FROM story_links WHERE story_id = ? ORDER BY related_id", (story_id,)
        )
    ]
    out = {
        "id": f"S{story_id}",
        "title": story["title"],
        "documents": [m["doc_id"] for m in originals],
        "copies": [
            {"document": m["doc_id"], "original": m["original_id"]}
            for m in members
            if m["role"] == "copy"
        ],
        "start": story["start"],
        "end": story["end"],
        "events": events,
        "summary": summary,
        "disagreements": story_disagreements(events, bodies),
        "related": related,
    }
    for ev in events:
        for item in ev["evidence"]:
            item.pop("date", None)
    return out


def all_stories(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for sid in story_ids(conn):
        yield story_json(conn, sid)


SQLITE_MAX_INT = 2**63 - 1


def parse_story_id(value: str) -> int:
    """ "S12" or "12" → 12; ValueError otherwise."""
    text = value.strip()
    text = text[1:] if text[:1] in {"S", "s"} else text
    if not text.isdigit():
        raise ValueError(f"{value!r} is not a story id (like S12)")
    number = int(text)
    if number > SQLITE_MAX_INT:
        # SQLite stores 64-bit integers: a larger number cannot name a stored story
        raise ValueError(f"{value!r} is not a story id (too large)")
    return number


def timeline(conn: sqlite3.Connection, story_id: int) -> list[dict[str, Any]]:
    """Dated entries of a story: its merged events and its documents' publication, by date."""
    story = story_json(conn, story_id)
    items: list[dict[str, Any]] = []
    for ev in story["events"]:
        date = (ev["date"] or {}).get("start")
        items.append(
            {
                "date": date,
                "kind": "event",
                "type": ev["type"],
                "source": (ev["source"] or {}).get("name"),
                "target": (ev["target"] or {}).get("name"),
                "location": (ev["location"] or {}).get("name"),
                "documents": ev["documents"],
                "text": ev["evidence"][0]["sentence"] if ev["evidence"] else None,
            }
        )
    docs = conn.execute(
        "SELECT d.id, d.published, d.title, d.site, s.role FROM story_documents s "
        "JOIN documents d ON d.id = s.doc_id WHERE s.story_id = ?",
        (story_id,),
    )
    for d in docs:
        items.append(
            {
                "date": d["published"],
                "kind": "document" if d["role"] == "original" else "copy",
                "documents": [d["id"]],
                "text": d["title"],
                "site": d["site"],
            }
        )
    items.sort(key=lambda i: (i["date"] is None, i["date"] or "", i["kind"] != "event"))
    return items


def event_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every stored event with its document's metadata and story (flat, for exports)."""
    for r in conn.execute(
        "SELECT e.*, d.url, d.site, d.title, d.published, sd.story_id, sd.role, "
        "m.story_event_id FROM events e JOIN documents d ON d.id = e.doc_id "
        "LEFT JOIN story_documents sd ON sd.doc_id = e.doc_id "
        "LEFT JOIN story_event_mentions m ON m.doc_id = e.doc_id AND m.event_id = e.id "
        "ORDER BY d.seq, e.id"
    ):
        yield event_row(r)


def event_row(r: sqlite3.Row) -> dict[str, Any]:
    """One stored event as a flat export/API row (the CSV, GeoJSON and API share it)."""
    return {
        "document": r["doc_id"],
        "event": r["id"],
        "story": f"S{r['story_id']}" if r["story_id"] is not None else None,
        "story_event": f"S{r['story_id']}E{r['story_event_id']}" if r["story_event_id"] else None,
        "copy": r["role"] == "copy",
        "type": r["type"],
        "mode": r["mode"],
        "source": r["source_name"],
        "source_country": r["source_country"],
        "target": r["target_name"],
        "target_country": r["target_country"],
        "place": r["place"],
        "place_country": r["place_country"],
        "lat": r["lat"],
        "lon": r["lon"],
        "date_start": r["date_start"],
        "date_end": r["date_end"],
        "date_precision": r["date_precision"],
        "fatalities": r["fatalities"],
        "modality": r["modality"],
        "confidence": r["confidence"],
        "in": r["in_"],
        "sentence": r["sentence"],
        "url": r["url"],
        "site": r["site"],
        "published": r["published"],
    }


def document_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT json FROM documents ORDER BY seq"):
        yield json.loads(r[0])
