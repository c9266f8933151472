"""The server never writes: read-only connections, and the database file is left unchanged."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from wirewatch.serve.app import create_app
from wirewatch.serve.db import StaleSchema, check_database, is_interrupted, open_readonly
from wirewatch.store.ingest import ingest_documents
from wirewatch.store.sqlite import MissingDatabase

from .corpus import DOCS, FORUM, file_digest


@pytest.fixture
def fresh_db(tmp_path):
    path = tmp_path / "w.db"
    ingest_documents(DOCS, path)
    return path


def test_a_session_of_requests_leaves_the_database_file_unchanged(fresh_db):
    before = file_digest(fresh_db)
    with TestClient(create_app(fresh_db), raise_server_exceptions=False) as c:
        for path in (
            "/",
            "/events",
            "/map",
            "/api/stories",
            "/api/events?q=x",
            f"/documents/{FORUM['id']}",
            "/api/export/jsonl",
            "/api/stories/S1",
        ):
            assert c.get(path).status_code == 200
        for method in ("POST", "PUT", "DELETE"):
            assert c.request(method, "/api/stories").status_code == 405
    assert file_digest(fresh_db) == before  # fmt: skip


def test_connections_cannot_write(fresh_db):
    conn = open_readonly(fresh_db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM documents")
    finally:
        conn.close()


def test_queries_past_their_budget_are_interrupted(fresh_db):
    conn = open_readonly(fresh_db, seconds=0.05)
    heavy = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    try:
        with pytest.raises(sqlite3.OperationalError) as err:
            conn.execute(heavy).fetchone()
        assert is_interrupted(err.value)
    finally:
        conn.close()


def test_missing_database_is_refused_before_serving(tmp_path):
    with pytest.raises(MissingDatabase, match="no database"):
        create_app(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_a_file_that_is_not_a_wirewatch_database_is_refused(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all " * 100)
    with pytest.raises(StaleSchema, match="not a wirewatch database"):
        check_database(junk)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(StaleSchema, match="no schema"):
        check_database(empty)


def test_an_older_or_newer_schema_is_named(tmp_path):
    for version, word in ((1, "older"), (99, "newer")):
        path = tmp_path / f"v{version}.db"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
        conn.close()
        with pytest.raises(StaleSchema, match=word):
            check_database(path)
