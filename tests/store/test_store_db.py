"""The store itself: schema migrations, settings, idempotent and complete document writes."""

from __future__ import annotations

import sqlite3

import pytest

from wirewatch.eval.story_set import story_documents
from wirewatch.store.ingest import ingest_documents
from wirewatch.store.migrations import SchemaError, migrate, schema_version
from wirewatch.store.schema import SCHEMA_VERSION
from wirewatch.store.sqlite import MissingDatabase, connect

TABLES = [
    "documents", "comments", "actors", "places", "events", "quotes", "signatures", "lsh_bands",
    "near_duplicates", "stories", "story_documents", "story_terms", "story_keys", "story_links",
    "story_events", "story_event_mentions", "term_df",
]  # fmt: skip


def counts(db) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path):
    conn = connect(tmp_path / "w.db")
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO comments (doc_id, id, text) VALUES ('missing', 'c1', 'x')")


def test_migrations_run_forward_from_an_older_version(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    from wirewatch.store.schema import MIGRATIONS

    for stmt in MIGRATIONS[0].split(";"):
        if stmt.strip():
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 1")
    assert migrate(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT COUNT(*) FROM story_events").fetchone()[0] == 0


def test_newer_schema_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / "new.db", isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaError):
        migrate(conn)


def test_missing_database_is_an_error_when_not_creating(tmp_path):
    with pytest.raises(MissingDatabase, match="no database"):
        connect(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_storing_the_same_documents_twice_leaves_the_same_rows(tmp_path):
    docs = story_documents()[:40]
    db = tmp_path / "w.db"
    first = ingest_documents(docs, db)
    before = counts(db)
    second = ingest_documents(docs, db)
    assert first.stored == 40 and second.stored == 0 and second.already_stored == 40
    assert counts(db) == before
    assert before["documents"] == 40 and before["events"] == 40


def test_document_parts_are_stored(tmp_path):
    doc = story_documents()[0]
    db = tmp_path / "w.db"
    ingest_documents([doc], db)
    conn = connect(db)
    row = conn.execute("SELECT * FROM events").fetchone()
    assert row["doc_id"] == doc["id"]
    assert row["source_country"] == doc["actors"]["A1"]["country"]
    assert row["place"] == doc["places"][0]["name"]
    assert row["sentence"] == doc["events"][0]["sentence"]
    assert conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 2
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
