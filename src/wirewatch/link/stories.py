"""Incremental story clustering: a new document joins the best existing story or opens one.

Candidates come from the inverted index (term → stories, actor/place key → stories), read
with a bounded number of postings per term, so the work per document does not grow with the
size of the store. A candidate is scored by weighted term overlap (TF-IDF cosine against the
story's centroid), shared actors/places, and the time between the document and the story.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from wirewatch.link.config import LinkConfig
from wirewatch.link.features import DocFeatures, parse_date
from wirewatch.link.text import tfidf


@dataclass(frozen=True)
class Decision:
    story_id: int | None  # None: open a new story
    score: float
    related: tuple[tuple[int, float], ...] = ()
    # Other stories the document would also join: it bridges them (merged into story_id).
    bridged: tuple[int, ...] = ()


def _counter(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def document_vector(conn: sqlite3.Connection, f: DocFeatures, cfg: LinkConfig) -> dict[str, float]:
    """The document's TF-IDF vector against the document frequencies stored so far."""
    terms = sorted(f.terms)
    df: dict[str, int] = {}
    for chunk in _chunks(terms):
        marks = ",".join("?" * len(chunk))
        df.update(conn.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk))
    return tfidf(f.terms, df, _counter(conn, "documents"), cfg.doc_terms)


def count_document(conn: sqlite3.Connection, f: DocFeatures) -> None:
    """Add the document's terms to the document frequencies (originals only)."""
    conn.executemany(
        "INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
        [(t,) for t in f.terms],
    )
    conn.execute(
        "INSERT INTO counters (name, value) VALUES ('documents', 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1"
    )


def _candidates(
    conn: sqlite3.Connection, vec: dict[str, float], f: DocFeatures, cfg: LinkConfig
) -> list[int]:
    n_docs = _counter(conn, "documents")
    query = sorted(vec.items(), key=lambda kv: -kv[1])
    common: set[str] = set()
    if n_docs >= 50:
        names = [t for t, _ in query]
        marks = ",".join("?" * len(names))
        limit = cfg.common_term_share * n_docs
        common = {
            t
            for t, df in conn.execute(
                f"SELECT term, df FROM term_df WHERE term IN ({marks})", names
            )
            if df > limit
        }
    votes: dict[int, float] = defaultdict(float)
    used = 0
    for term, w in query:
        if term in common:
            continue
        used += 1
        if used > cfg.query_terms:
            break
        for sid, sw in conn.execute(
            "SELECT story_id, weight FROM story_terms WHERE term = ? "
            "ORDER BY story_id DESC LIMIT ?",
            (term, cfg.postings_per_term),
        ):
            votes[sid] += w * sw
    for key in sorted(f.keys | f.event_keys):
        for (sid,) in conn.execute(
            "SELECT story_id FROM story_keys WHERE key = ? ORDER BY story_id DESC LIMIT ?",
            (key, cfg.postings_per_term),
        ):
            votes[sid] += 0.05
    return sorted(votes, key=lambda s: (-votes[s], -s))[: cfg.candidates]


def _gap_days(date: dt.date | None, start: str | None, end: str | None) -> float:
    s, e = parse_date(start), parse_date(end)
    if date is None or s is None or e is None:
        return 0.0
    if date < s:
        return float((s - date).days)
    if date > e:
        return float((date - e).days)
    return 0.0


def choose_story(
    conn: sqlite3.Connection, vec: dict[str, float], f: DocFeatures, cfg: LinkConfig
) -> Decision:
    joinable: list[tuple[float, int]] = []
    related: list[tuple[int, float]] = []
    for sid in _candidates(conn, vec, f, cfg):
        story = conn.execute("SELECT start, end, norm FROM stories WHERE id = ?", (sid,)).fetchone()
        weights = dict(
            conn.execute("SELECT term, weight FROM story_terms WHERE story_id = ?", (sid,))
        )
        cos = sum(w * weights.get(t, 0.0) for t, w in vec.items()) / (story["norm"] or 1.0)
        sim = cos
        wanted = sorted(f.keys | f.event_keys)
        marks = ",".join("?" * len(wanted))
        keys = {
            k
            for (k,) in conn.execute(
                f"SELECT key FROM story_keys WHERE story_id = ? AND key IN ({marks})",
                [sid, *wanted],
            )
        }
        if f.keys:
            shared = len(f.keys & keys) / len(f.keys)
            sim = (1 - cfg.key_weight) * cos + cfg.key_weight * shared
        if f.event_keys & keys:
            sim += cfg.event_weight
        gap = _gap_days(f.date, story["start"], story["end"])
        if gap > cfg.max_gap_days:
            if cos >= cfg.text_override:
                score = cos
            else:
                if sim >= cfg.related_threshold:
                    related.append((sid, round(sim, 4)))
                continue
        else:
            score = sim - cfg.gap_penalty * gap / cfg.max_gap_days
        if score >= cfg.join_threshold:
            joinable.append((score, sid))
    if not joinable:
        return Decision(None, 0.0, tuple(related))
    score, best = max(joinable)
    bridged = tuple(
        sid
        for s, sid in sorted(joinable, reverse=True)
        if sid != best and s >= cfg.bridge_threshold
    )
    return Decision(best, score, (), bridged)


def story_weights(conn: sqlite3.Connection, story_id: int) -> dict[str, float]:
    return dict(
        conn.execute("SELECT term, weight FROM story_terms WHERE story_id = ?", (story_id,))
    )


def write_centroid(
    conn: sqlite3.Connection, story_id: int, weights: dict[str, float], cfg: LinkConfig
) -> float:
    """Store a story's strongest terms as its centroid (its inverted-index entries); returns
    the centroid's norm."""
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.story_terms]
    conn.execute("DELETE FROM story_terms WHERE story_id = ?", (story_id,))
    conn.executemany(
        "INSERT INTO story_terms (term, story_id, weight) VALUES (?, ?, ?)",
        [(t, story_id, w) for t, w in top],
    )
    return math.sqrt(sum(w * w for _, w in top))


def add_to_story(
    conn: sqlite3.Connection,
    story_id: int | None,
    vec: dict[str, float],
    f: DocFeatures,
    cfg: LinkConfig,
) -> int:
    """Fold the document into a story's centroid, keys, title and dates (opening it if new)."""
    day = f.date.isoformat() if f.date else None
    if story_id is None:
        story_id = int(
            conn.execute(
                "INSERT INTO stories (title, start, end, size) VALUES (?, ?, ?, 0)",
                (f.title, day, day),
            ).lastrowid
        )
    story = conn.execute(
        "SELECT title, start, end FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    start, end, title = story["start"], story["end"], story["title"]
    if day:
        if start is None or day < start:
            start = day
            title = f.title or title
        if end is None or day > end:
            end = day
    title = title or f.title
    weights = story_weights(conn, story_id)
    for t, w in vec.items():
        weights[t] = weights.get(t, 0.0) + w
    norm = write_centroid(conn, story_id, weights, cfg)
    conn.executemany(
        "INSERT INTO story_keys (key, story_id, count) VALUES (?, ?, 1) "
        "ON CONFLICT(key, story_id) DO UPDATE SET count = count + 1",
        [(k, story_id) for k in sorted(f.keys | f.event_keys)],
    )
    conn.execute(
        "UPDATE stories SET title = ?, start = ?, end = ?, norm = ?, size = size + 1 WHERE id = ?",
        (title, start, end, norm, story_id),
    )
    return story_id


def link_related(
    conn: sqlite3.Connection, story_id: int, related: tuple[tuple[int, float], ...]
) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO story_links (story_id, related_id, score) VALUES (?, ?, ?)",
        [(a, b, s) for r, s in related for a, b in ((story_id, r), (r, story_id))],
    )
