"""Read-only, time-limited SQLite connections for the web side.

The server only ever reads: opening with ``mode=ro`` makes that a property of the connection
rather than a promise of the code, and a progress handler stops any query that runs past its
time budget, so one expensive request cannot hold a worker (or the database) forever.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from wirewatch.errors import WirewatchError
from wirewatch.store.schema import SCHEMA_VERSION
from wirewatch.store.sqlite import MissingDatabase

PROGRESS_STEPS = 2_000  # SQLite VM instructions between deadline checks
DEFAULT_QUERY_SECONDS = 5.0


class StaleSchema(WirewatchError):
    """The database is at another schema version; a read-only server cannot migrate it."""

    code = "W500"


class QueryTimeout(WirewatchError):
    """A request's queries ran past their time budget and were interrupted."""

    code = "W501"


def _uri(path: Path) -> str:
    # as_uri() percent-encodes the path, so '?' or '#' in a folder name cannot inject options.
    return path.resolve().as_uri() + "?mode=ro"


def open_readonly(path: str | Path, seconds: float = DEFAULT_QUERY_SECONDS) -> sqlite3.Connection:
    """A read-only connection whose queries are interrupted ``seconds`` after it opens.

    One connection serves one request, so the deadline is the request's query budget.
    ``check_same_thread`` is off because the web framework may open and use it on
    different worker threads, never concurrently.
    """
    path = Path(path)
    if not path.is_file():
        raise MissingDatabase(
            f"no database at {path} (run 'wirewatch ingest INPUT... --db {path}' first)"
        )
    conn = sqlite3.connect(_uri(path), uri=True, check_same_thread=False, timeout=10.0)
    conn.row_factory = sqlite3.Row
    if seconds > 0:
        deadline = time.monotonic() + seconds
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
    return conn


def is_interrupted(err: sqlite3.Error) -> bool:
    """True when SQLite stopped a query because the progress handler asked it to."""
    return isinstance(err, sqlite3.OperationalError) and "interrupted" in str(err).lower()


def check_database(path: str | Path) -> None:
    """Fail early, with a message, on a missing, foreign or differently-versioned database."""
    conn = open_readonly(path)
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as err:
            raise StaleSchema(f"{path} is not a wirewatch database ({err})") from None
    finally:
        conn.close()
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise StaleSchema(
            f"database schema version {version} is newer than this wirewatch "
            f"({SCHEMA_VERSION}); upgrade wirewatch"
        )
    if version == 0:
        raise StaleSchema(f"{path} is not a wirewatch database (no schema)")
    raise StaleSchema(
        f"database schema version {version} is older than this wirewatch ({SCHEMA_VERSION}); "
        f"run 'wirewatch stories --db {path}' once to upgrade it"
    )
