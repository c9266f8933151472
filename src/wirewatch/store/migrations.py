"""Bring a database forward to :data:`SCHEMA_VERSION`, one migration per transaction."""

from __future__ import annotations

import sqlite3

from wirewatch.errors import WirewatchError
from wirewatch.store.schema import MIGRATIONS, SCHEMA_VERSION


class SchemaError(WirewatchError):
    """The database was written by a newer wirewatch; refusing beats corrupting it."""

    code = "W400"


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every pending migration; returns the version reached.

    Each step runs its DDL and bumps ``user_version`` inside one transaction, so a crash
    between steps leaves the database at a consistent earlier version.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"database schema version {current} is newer than this wirewatch "
            f"({SCHEMA_VERSION}); upgrade wirewatch"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) >= version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit implicitly)."""
    return [s.strip() for s in script.split(";") if s.strip()]
