"""Opening the SQLite database with the settings every caller needs.

WAL lets readers (``stories``, ``serve``) work while an ingest writes; foreign keys are
per-connection in SQLite, so they are switched on here rather than trusted to callers.
Transactions are explicit (``isolation_level=None``) so one document is one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wirewatch.errors import WirewatchError
from wirewatch.store.migrations import migrate

DEFAULT_DB = Path("wirewatch.db")


class MissingDatabase(WirewatchError):
    code = "W401"


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A migrated connection; with ``create=False`` a missing file is an error, not a new db."""
    path = Path(path)
    if str(path) != ":memory:" and not path.exists():
        if not create:
            raise MissingDatabase(
                f"no database at {path} (run 'wirewatch ingest INPUT... --db {path}' first)"
            )
        if path.parent and not path.parent.exists():
            raise MissingDatabase(f"folder {path.parent} does not exist")
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode is still crash-safe for the database file (a power cut may
        # lose the last commits, never corrupt); it avoids an fsync per document.
        conn.execute("PRAGMA synchronous = NORMAL")
    migrate(conn)
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (including KeyboardInterrupt)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
